"""More English patterns (round 9): clock ranges on a stated day with whole-unit ends, "the
beginning of" a month or year."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from timeline import Mod, parse_time

from .helpers import R, interval

MORNING_R = datetime(2025, 7, 1, 8, 10)  # Tuesday morning


@pytest.mark.parametrize(
    ("text", "start", "whole_end", "end"),
    [
        ("Friday from 8:15 to 10:45", datetime(2025, 7, 4, 8, 15), (10, 46), (10, 45)),
        ("between 14:00 and 15:30 on friday", datetime(2025, 7, 4, 14), (15, 31), (15, 30)),
        ("8:15 - 10:45 on Friday", datetime(2025, 7, 4, 8, 15), (10, 46), (10, 45)),
        ("this Wed 2-4pm", datetime(2025, 7, 2, 14), (17, 0), (16, 0)),
        ("3pm-5pm tomorrow", datetime(2025, 7, 2, 15), (18, 0), (17, 0)),
    ],
)
def test_a_clock_range_on_a_day_keeps_whole_unit_ends(
    text: str, start: datetime, whole_end: tuple[int, int], end: tuple[int, int]
) -> None:
    whole = parse_time(text, lang="en", reference_date=MORNING_R, rules="duckling")
    assert whole is not None and (whole.start, whole.end) == (
        start,
        start.replace(hour=whole_end[0], minute=whole_end[1]),
    )
    default = parse_time(text, lang="en", reference_date=MORNING_R)
    assert default is not None and (default.start, default.end) == (
        start,
        start.replace(hour=end[0], minute=end[1]),
    )


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("beginning of March", date(2026, 3, 1), date(2026, 3, 11)),
        ("the beginning of March", date(2026, 3, 1), date(2026, 3, 11)),
        ("beginning of 2029", date(2029, 1, 1), date(2029, 4, 1)),
        ("start of 2029", date(2029, 1, 1), date(2029, 4, 1)),
    ],
)
def test_the_beginning_of_a_month_or_year_is_its_first_part(
    text: str, start: date, end: date
) -> None:
    found = parse_time(text, lang="en", reference_date=R)
    assert found is not None and (found.start, found.end) == (start, end)
    assert found.mod is Mod.START


def test_beginning_before_a_date_still_opens_a_range() -> None:
    assert interval("beginning March 3", "en") == (date(2026, 3, 3), None)
