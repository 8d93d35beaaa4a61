"""English amounts: one sentence of our own per form."""

from __future__ import annotations

import pytest

from timeline.model import Money, Qualifier
from timeline.money import parse_amount

from .helpers_money import found, money

CASES: list[tuple[str, str, Money]] = [
    (
        "The lab agreed to pay $13 billion for the chip maker.",
        "$13 billion",
        money("13000000000", "USD"),
    ),
    ("Investors put in $13bn last spring.", "$13bn", money("13000000000", "USD")),
    ("The port deal is worth US$3 billion.", "US$3 billion", money("3000000000", "USD")),
    ("The carmaker set aside €2.5bn for batteries.", "€2.5bn", money("2500000000", "EUR")),
    ("A $100M seed round closed on Friday.", "$100M", money("100000000", "USD")),
    ("The retailer was sold for £20.1 billion.", "£20.1 billion", money("20100000000", "GBP")),
    (
        "The group plans to spend more than $300 billion on servers.",
        "more than $300 billion",
        money("300000000000", "USD", Qualifier.MORE_THAN),
    ),
    (
        "The fund could commit up to $40 billion.",
        "up to $40 billion",
        money("40000000000", "USD", Qualifier.UP_TO),
    ),
    (
        "Analysts expect about $7 billion in sales.",
        "about $7 billion",
        money("7000000000", "USD", Qualifier.ABOUT),
    ),
    (
        "The fine could reach at least €500 million.",
        "at least €500 million",
        money("500000000", "EUR", Qualifier.AT_LEAST),
    ),
    (
        "It bought the studio for less than $1 billion.",
        "less than $1 billion",
        money("1000000000", "USD", Qualifier.LESS_THAN),
    ),
    (
        "The startup is seeking $30-50 billion in new money.",
        "$30-50 billion",
        money("30000000000", "USD", upper="50000000000"),
    ),
    (
        "Bankers value it between $30 and $50 billion.",
        "between $30 and $50 billion",
        money("30000000000", "USD", upper="50000000000"),
    ),
    (
        "The estate sold for 1,000,000 dollars.",
        "1,000,000 dollars",
        money("1000000", "USD"),
    ),
    (
        "The city paid $1,234,567.89 to settle.",
        "$1,234,567.89",
        money("1234567.89", "USD"),
    ),
    ("The company raised a billion dollars.", "a billion dollars", money("1000000000", "USD")),
    (
        "The bank lent three billion euros to the state.",
        "three billion euros",
        money("3000000000", "EUR"),
    ),
    (
        "The miner raised 13 billion in new funding.",
        "13 billion",
        money("13000000000"),
    ),
    ("The order is worth ¥500bn.", "¥500bn", money("500000000000", "JPY")),
    ("The bid values it at CHF 9 billion.", "CHF 9 billion", money("9000000000", "CHF")),
    ("The buyer paid USD 1.2 trillion.", "USD 1.2 trillion", money("1200000000000", "USD")),
    (
        "The insurer set aside $5bn or more for claims.",
        "$5bn or more",
        money("5000000000", "USD", Qualifier.AT_LEAST),
    ),
    (
        "The studio paid two hundred and fifty million dollars.",
        "two hundred and fifty million dollars",
        money("250000000", "USD"),
    ),
    ("The bailout totals 700 billion USD.", "700 billion USD", money("700000000000", "USD")),
    ("The tower was sold for HK$3bn.", "HK$3bn", money("3000000000", "HKD")),
    ("The mine got A$100M in grants.", "A$100M", money("100000000", "AUD")),
    ("The lender booked a £1.2bn loss.", "£1.2bn", money("1200000000", "GBP")),
    (
        "The deal was priced at 400 million Swiss francs.",
        "400 million Swiss francs",
        money("400000000", "CHF"),
    ),
]


@pytest.mark.parametrize(("sentence", "span", "value"), CASES)
def test_english_form(sentence: str, span: str, value: Money) -> None:
    assert found(sentence, "en") == [(span, value)]


@pytest.mark.parametrize(("sentence", "span", "value"), CASES)
def test_english_expression_alone(sentence: str, span: str, value: Money) -> None:
    assert parse_amount(span, lang="en") == value


@pytest.mark.parametrize(
    "sentence",
    [
        "The plant opened in 2025.",
        "Rates rose to 4.5% in March.",
        "The mill employs 300 workers.",
        "The app has 2 billion users.",
        "She ran 40 laps.",
        "Version 3.2.1 fixes the bug.",
        "Call 555 0199 before noon.",
        "On 14 July 2024 the town marched.",
        "The runner was 5 m ahead.",
        "Millions of people watched.",
        "The 1st quarter was calm.",
        "A billion stars shone.",
    ],
)
def test_english_non_amounts(sentence: str) -> None:
    assert found(sentence, "en") == []
