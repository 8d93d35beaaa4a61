"""Words that look like times and are not: names, amounts, versions, phone numbers."""

from __future__ import annotations

import pytest

from timeline import find_times

from .helpers import R


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Sam Altman a rencontré les dirigeants.", "fr"),
        ("Sam Altman met the board.", "en"),
        ("Le groupe Mars a racheté la marque.", "fr"),
        ("Un projet de 500 milliards de dollars.", "fr"),
        ("Un investissement de 13 milliards.", "fr"),
        ("Une valorisation de plus de 300 milliards.", "fr"),
        ("Une levée de 100M.", "fr"),
        ("It raised 2000 dollars from 1500 backers.", "en"),
        ("La version 2.1.3 corrige le bogue.", "fr"),
        ("Appelez le 01 45 22 13 10.", "fr"),
        ("Call 555-2019 today", "en"),
        ("La société a publié ses comptes.", "fr"),
        ("La propriété intellectuelle reste floue.", "fr"),
        ("You may sign now or later.", "en"),
        ("Il a 52 ans.", "fr"),
        ("Le patron, 52 ans, a démissionné.", "fr"),
        ("The 45-year-old founder resigned.", "en"),
        ("Elle est agée de 30 ans.", "fr"),
        ("Elles ont été vendues.", "fr"),
    ],
)
def test_not_a_time(text: str, lang: str) -> None:
    found = [
        m.text
        for m in find_times(text, lang=lang, reference_date=R)
        if m.text not in {"today", "now", "later"}
    ]
    assert found == []


def test_a_bare_number_is_not_a_year_without_evidence() -> None:
    assert find_times("Le groupe emploie 2019 personnes.", lang="fr", reference_date=R) == []
    assert find_times("They sold 2024 units.", lang="en", reference_date=R) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Il est arrivé en 2019.", "fr"),
        ("Les résultats de 2019, publiés hier", "fr"),
        ("He joined in 2019.", "en"),
        ("the 2019 merger", "en"),
        ("It was founded at WWDC 2019.", "en"),
    ],
)
def test_a_bare_number_is_a_year_with_evidence(text: str, lang: str) -> None:
    years = [m for m in find_times(text, lang=lang, reference_date=R) if m.text == "2019"]
    assert [m.value.timex for m in years] == ["2019"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The bank lent 5 million to the utility.", []),
        ("The fund lent 2 billion in March.", ["March"]),
    ],
)
def test_a_lower_case_holiday_name_before_an_amount_is_a_verb(text: str, found: list[str]) -> None:
    assert [m.text for m in find_times(text, lang="en", reference_date=R)] == found


def test_a_span_never_ends_with_a_comma() -> None:
    mentions = find_times("During Lent, the chain sold less fish.", lang="en", reference_date=R)
    assert [m.text for m in mentions] == ["Lent"]


@pytest.mark.parametrize(
    "text",
    [
        "Mars a cédé sa filiale au printemps dernier.",
        "Mars n'a pas souhaité commenter.",
        "Mars s'est emparé du confiseur.",
        "Juillet vend des vélos. Mars sera racheté.",
        "Mars prévoit de fermer deux usines.",
    ],
)
def test_a_month_opening_a_sentence_before_a_verb_is_a_name(text: str) -> None:
    found = find_times(text, lang="fr", reference_date=R)
    assert [m.text for m in found if m.text.lower() in {"mars", "juillet"}] == []


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("Mars 2024 a été difficile.", "2024-03"),
        ("Le chiffre de mars a reculé.", "-03"),
        ("En mars, Mars a cédé sa filiale.", "-03"),
        ("Juin : la réunion annuelle.", "-06"),
    ],
)
def test_a_month_opening_a_sentence_stays_a_month_otherwise(text: str, month: str) -> None:
    found = [
        m
        for m in find_times(text, lang="fr", reference_date=R)
        if not m.value.timex.startswith("P")
    ]
    assert len(found) == 1
    assert found[0].value.timex.endswith(month)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("In June three thousand workers went on strike.", []),
        ("In August twenty four hundred homes lost power.", []),
        ("In October 4 million viewers watched.", ["October"]),
        ("In April nine billion dollars left the fund.", ["April"]),
        ("By March 12 percent of the staff had left.", ["By March"]),
        ("In June, three thousand workers went on strike.", ["June"]),
        ("They met on June three.", ["June three"]),
    ],
)
def test_a_spelled_or_written_number_after_a_month_that_goes_on_as_an_amount_is_a_count(
    text: str, found: list[str]
) -> None:
    assert [m.text for m in find_times(text, lang="en", reference_date=R)] == found
