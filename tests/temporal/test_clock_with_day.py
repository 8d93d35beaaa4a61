"""A clock time just before its day is one TIME; clocks take the day of their part of day."""

from __future__ import annotations

import pytest

from timeline import find_times

from .helpers import R  # Tuesday 2025-07-01


@pytest.mark.parametrize(
    ("text", "lang", "span", "timex"),
    [
        ("Le train est parti à 7 h lundi.", "fr", "7 h lundi", "2025-06-30T07:00"),
        ("Le conseil s'est réuni à 18 h hier.", "fr", "18 h hier", "2025-06-30T18:00"),
        ("The vote took place at 14:00 UTC today.", "en", "14:00 UTC today", "2025-07-01T14:00Z"),
        ("The plant reopened at 9 am yesterday.", "en", "9 am yesterday", "2025-06-30T09:00"),
    ],
)
def test_a_clock_time_right_before_its_day_is_one_mention(
    text: str, lang: str, span: str, timex: str
) -> None:
    mentions = find_times(text, lang=lang, reference_date=R)
    assert [(m.text, m.value.timex) for m in mentions] == [(span, timex)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Le train est parti lundi à 7 h.",
            "fr",
            [("lundi", "2025-06-30"), ("7 h", "2025-06-30T07:00")],
        ),
        (
            "Vers 7 h, lundi, le train est parti.",
            "fr",
            [("7 h", "2025-06-30T07:00"), ("lundi", "2025-06-30")],
        ),
        (
            "The plant reopened at 9 am, June 30.",
            "en",
            [("9 am", "2025-06-30T09:00"), ("June 30", "2025-06-30")],
        ),
    ],
)
def test_a_day_before_its_clock_time_or_a_comma_between_keeps_two_mentions(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    mentions = find_times(text, lang=lang, reference_date=R)
    assert [(m.text, m.value.timex) for m in mentions] == expected


@pytest.mark.parametrize(
    ("text", "lang", "clocks"),
    [
        (
            "Les visites se feront jeudi après-midi, de 14 h à 16 h.",
            "fr",
            ["2025-07-03T14:00", "2025-07-03T16:00"],
        ),
        (
            "The tour will run Thursday morning, from 9 to 11 am.",
            "en",
            ["2025-07-03T09:00/2025-07-03T11:00"],
        ),
    ],
)
def test_clock_times_take_the_day_of_a_part_of_day_in_their_sentence(
    text: str, lang: str, clocks: list[str]
) -> None:
    mentions = find_times(text, lang=lang, reference_date=R)
    timexes = [str(m.value.timex) for m in mentions]
    assert [t for t in timexes if ":" in t] == clocks


@pytest.mark.parametrize(
    ("text", "lang", "timex"),
    [
        ("The group said it wants to sell the unit in May.", "en", "2026-05"),
        ("The group said it seeks to list its shares in March.", "en", "2026-03"),
        ("Le groupe a indiqué qu'il veut vendre l'usine en mai.", "fr", "2026-05"),
        ("Les syndicats ont dit qu'ils veulent négocier en mars.", "fr", "2026-03"),
    ],
)
def test_a_wish_or_aim_makes_the_clause_look_forward(text: str, lang: str, timex: str) -> None:
    mentions = find_times(text, lang=lang, reference_date=R)
    assert [str(m.value.timex) for m in mentions] == [timex]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The review takes between 30 and 45 days.", [("30", "P30D"), ("45 days", "P45D")]),
        ("The loan runs from 2 to 4 years.", [("2", "P2Y"), ("4 years", "P4Y")]),
    ],
)
def test_an_english_range_of_lengths_gives_both_lengths(
    text: str, expected: list[tuple[str, str]]
) -> None:
    mentions = find_times(text, lang="en", reference_date=R)
    assert [(m.text, str(m.value.timex)) for m in mentions] == expected


def test_a_month_after_a_possessive_is_read_and_a_bare_may_is_not() -> None:
    found = find_times("The firm said its March orders fell.", lang="en", reference_date=R)
    assert [(m.text, str(m.value.timex)) for m in found] == [("March", "2025-03")]
    assert find_times("The firm said sales may fall.", lang="en", reference_date=R) == []
