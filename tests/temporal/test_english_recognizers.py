"""English gaps seen in Recognizers-Text expressions: bare hour ranges next to a day, and more.

R is Tuesday 2025-07-01 (see helpers); every sentence here is our own.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from timeline import find_times, parse_time

from .helpers import R, interval


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Thursday 2-7", datetime(2025, 7, 3, 2), datetime(2025, 7, 3, 7)),
        ("Thursday 9-5", datetime(2025, 7, 3, 9), datetime(2025, 7, 3, 17)),
        ("Thursday 12-3", datetime(2025, 7, 3, 12), datetime(2025, 7, 3, 15)),
        ("thursday 10 to 11", datetime(2025, 7, 3, 10), datetime(2025, 7, 3, 11)),
        ("next Thursday 5-7", datetime(2025, 7, 10, 5), datetime(2025, 7, 10, 7)),
        ("last Friday 9-5", datetime(2025, 6, 27, 9), datetime(2025, 6, 27, 17)),
        ("5-7 next Thursday", datetime(2025, 7, 10, 5), datetime(2025, 7, 10, 7)),
        ("tomorrow 13-16", datetime(2025, 7, 2, 13), datetime(2025, 7, 2, 16)),
        ("Thursday evening 6-8", datetime(2025, 7, 3, 18), datetime(2025, 7, 3, 20)),
    ],
)
def test_bare_hours_next_to_a_day_are_a_clock_range(
    text: str, start: datetime, end: datetime
) -> None:
    assert interval(text, "en") == (start, end)


@pytest.mark.parametrize("text", ["The side lost 4-1 Sunday.", "They drew 2-2 Sunday."])
def test_scores_next_to_a_weekday_are_no_clock_range(text: str) -> None:
    for found in find_times(text, lang="en", reference_date=R):
        assert not isinstance(found.value.start, datetime), found


def test_a_weekday_with_a_falling_pair_stays_a_date() -> None:
    # "7-6" is no plausible range of hours: a weekday with a month and a day
    assert interval("Sunday 7-6", "en") == (date(2025, 7, 6), date(2025, 7, 7))


def test_parse_time_of_unrelated_text_is_none() -> None:
    assert parse_time("the score was 6-3", lang="en", reference_date=R) is None
