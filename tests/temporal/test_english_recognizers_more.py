"""More English gaps seen in Recognizers-Text expressions (round 9).

R is Tuesday 2025-07-01 (see helpers); every sentence here is our own.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from timeline import find_times

from .helpers import R, interval


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("March twenty two nineteen seventy one", date(1971, 3, 22), date(1971, 3, 23)),
        ("twenty two March nineteen seventy one", date(1971, 3, 22), date(1971, 3, 23)),
        ("nine May eighteen hundred and twelve", date(1812, 5, 9), date(1812, 5, 10)),
        ("4 Nov nineteen fifty", date(1950, 11, 4), date(1950, 11, 5)),
        ("the 2nd of June two thousand and eight", date(2008, 6, 2), date(2008, 6, 3)),
        ("June second two thousand and eight", date(2008, 6, 2), date(2008, 6, 3)),
        ("February two thousand and eleven", date(2011, 2, 1), date(2011, 3, 1)),
        ("February two thousand", date(2000, 2, 1), date(2000, 3, 1)),
        ("July nineteen sixty-nine", date(1969, 7, 1), date(1969, 8, 1)),
        ("eighteen hundred and twelve", date(1812, 1, 1), date(1813, 1, 1)),
    ],
)
def test_a_day_or_a_month_with_its_year_in_words(text: str, start: date, end: date) -> None:
    assert interval(text, "en") == (start, end)


def test_two_thousand_people_after_a_month_is_no_year() -> None:
    found = find_times("In March two thousand people marched.", lang="en", reference_date=R)
    assert found
    assert all(getattr(f.value.start, "year", None) != 2000 for f in found)


def test_a_month_with_a_spelled_day_keeps_its_day() -> None:
    assert interval("March nineteen", "en") == (date(2026, 3, 19), date(2026, 3, 20))


@pytest.mark.parametrize("text", ["tonight at 12", "this evening around 12"])
def test_twelve_said_of_an_evening_is_midnight(text: str) -> None:
    assert interval(text, "en") == (datetime(2025, 7, 2, 0), datetime(2025, 7, 2, 1))


def test_an_evening_hour_stays_in_the_evening() -> None:
    assert interval("tonight at 9", "en") == (datetime(2025, 7, 1, 21), datetime(2025, 7, 1, 22))


def test_a_stated_morning_hour_is_kept_in_a_range_with_a_later_part_of_day() -> None:
    assert interval("from 9am-2 tomorrow afternoon", "en") == (
        datetime(2025, 7, 2, 9),
        datetime(2025, 7, 2, 14),
    )


def test_bare_hours_before_a_part_of_day_are_read_in_it() -> None:
    assert interval("from 8-10 tomorrow evening", "en") == (
        datetime(2025, 7, 2, 20),
        datetime(2025, 7, 2, 22),
    )


def test_a_bare_range_on_a_day_then_its_afternoon() -> None:
    assert interval("between 1 and 3 tomorrow afternoon", "en") == (
        datetime(2025, 7, 2, 13),
        datetime(2025, 7, 2, 15),
    )
