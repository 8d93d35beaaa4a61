"""Third round: expression families measured on the expression corpora (our own examples)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from timeline import Granularity, parse_time

from .helpers import R, value

NOON = datetime(2025, 7, 1, 12, 0)  # Tuesday 2025-07-01, 12:00


@pytest.mark.parametrize(
    ("text", "lang", "start", "end", "unit"),
    [
        ("in three hours", "en", datetime(2025, 7, 1, 15), datetime(2025, 7, 1, 15, 1), "minute"),
        ("dans deux heures", "fr", datetime(2025, 7, 1, 14), datetime(2025, 7, 1, 14, 1), "minute"),
        ("il y a une heure", "fr", datetime(2025, 7, 1, 11), datetime(2025, 7, 1, 11, 1), "minute"),
        (
            "in ten minutes",
            "en",
            datetime(2025, 7, 1, 12, 10),
            datetime(2025, 7, 1, 12, 10, 1),
            "second",
        ),
        (
            "il y a 5 minutes",
            "fr",
            datetime(2025, 7, 1, 11, 55),
            datetime(2025, 7, 1, 11, 55, 1),
            "second",
        ),
    ],
)
def test_clock_offsets_from_r_are_instants(
    text: str, lang: str, start: datetime, end: datetime, unit: str
) -> None:
    found = value(text, lang, NOON)
    assert (found.start, found.end, found.granularity) == (start, end, Granularity(unit))


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("this qtr", date(2025, 7, 1), date(2025, 10, 1)),
        ("next qtr", date(2025, 10, 1), date(2026, 1, 1)),
        ("the 2nd qtr of 2024", date(2024, 4, 1), date(2024, 7, 1)),
        ("first qtr 2026", date(2026, 1, 1), date(2026, 4, 1)),
        ("the upcoming month", date(2025, 8, 1), date(2025, 9, 1)),
        ("upcoming week", date(2025, 7, 7), date(2025, 7, 14)),
    ],
)
def test_quarter_abbreviation_and_upcoming(text: str, start: date, end: date) -> None:
    found = value(text, "en")
    assert (found.start, found.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "lang", "start"),
    [
        ("the first week of 2026", "en", date(2025, 12, 29)),  # ISO week 2026-W01
        ("the second week of March 2027", "en", date(2027, 3, 8)),
        ("the last week of 2021", "en", date(2021, 12, 27)),
        ("la première semaine de 2027", "fr", date(2027, 1, 4)),
        ("la dernière semaine d'août 2025", "fr", date(2025, 8, 25)),
        ("la 2e semaine de février 2026", "fr", date(2026, 2, 9)),
    ],
)
def test_nth_week_of_a_month_or_year_counts_weeks_by_their_thursday(
    text: str, lang: str, start: date
) -> None:
    found = value(text, lang)
    assert (found.start, found.granularity) == (start, Granularity.WEEK)
    assert (found.end - start).days == 7


def test_a_week_number_past_the_period_is_no_date() -> None:
    assert parse_time("the sixth week of February 2026", lang="en", reference_date=R) is None


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("four days after tomorrow", "en", date(2025, 7, 6)),
        ("two weeks from today", "en", date(2025, 7, 15)),
        ("a month before September 10, 2025", "en", date(2025, 8, 10)),
        ("five days hence", "en", date(2025, 7, 6)),
        ("deux semaines après le 3 mars 2026", "fr", date(2026, 3, 17)),
        ("trois jours avant le 10 octobre 2025", "fr", date(2025, 10, 7)),
        ("dix jours à partir de demain", "fr", date(2025, 7, 12)),
    ],
)
def test_units_counted_from_a_day(text: str, lang: str, day: date) -> None:
    found = value(text, lang)
    assert (found.start, found.granularity) == (day, Granularity.DAY)


def test_units_counted_from_an_event_stay_event_relative() -> None:
    found = value("two weeks after the vote", "en")
    assert found.start is None


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("from the 4th to the 6th of November 2025", date(2025, 11, 4), date(2025, 11, 7)),
        ("9 to 11 December 2025", date(2025, 12, 9), date(2025, 12, 12)),
        ("October 20 through 24, 2025", date(2025, 10, 20), date(2025, 10, 25)),
        ("from September 2-4, 2025", date(2025, 9, 2), date(2025, 9, 5)),
        ("May 1st - 3rd, 2026", date(2026, 5, 1), date(2026, 5, 4)),
    ],
)
def test_english_day_ranges_include_the_last_day(text: str, start: date, end: date) -> None:
    assert (value(text, "en").start, value(text, "en").end) == (start, end)


def test_bare_number_ranges_are_not_dates() -> None:
    found = parse_time("from 10 to 12", lang="en", reference_date=R)
    assert found is None


@pytest.mark.parametrize(
    ("text", "lang", "start"),
    [
        ("this evening at 7", "en", datetime(2025, 7, 1, 19)),
        ("Friday morning at 10", "en", datetime(2025, 7, 4, 10)),
        ("at 9 tonight", "en", datetime(2025, 7, 1, 21)),
        ("ce soir à 9", "fr", datetime(2025, 7, 1, 21)),
        ("demain après-midi vers 4", "fr", datetime(2025, 7, 2, 16)),
    ],
)
def test_a_bare_hour_is_read_in_the_part_of_day_named(
    text: str, lang: str, start: datetime
) -> None:
    found = value(text, lang, NOON)
    assert (found.start, found.granularity) == (start, Granularity.HOUR)


def test_a_count_after_a_part_of_day_is_no_hour() -> None:
    texts = [
        m.text
        for m in find_times("Ce matin à 3 reprises, il a parlé.", lang="fr", reference_date=NOON)
    ]
    assert texts == ["Ce matin"]
