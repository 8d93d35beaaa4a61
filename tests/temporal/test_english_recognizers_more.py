"""More English gaps seen in Recognizers-Text expressions (round 9).

R is Tuesday 2025-07-01 (see helpers); every sentence here is our own.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from timeline import find_times, parse_time

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
    # nor a day ("March two"): the words of the count block the month too
    found = find_times("In March two thousand people marched.", lang="en", reference_date=R)
    assert found == []


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


def test_a_clock_time_and_now_take_the_latest_such_time() -> None:
    # with now as an instant (the rules' now="instant")
    morning = datetime(2025, 7, 1, 11, 45)
    for text, start in [
        ("between 7am and now", datetime(2025, 7, 1, 7)),
        ("between nine o'clock and now", datetime(2025, 7, 1, 9)),
        ("between 2pm and now", datetime(2025, 6, 30, 14)),
    ]:
        found = parse_time(text, lang="en", reference_date=morning, rules="recognizers")
        assert found is not None and (found.start, found.end) == (start, morning), text


def test_an_hour_o_clock_given_alone() -> None:
    assert interval("six o'clock", "en", datetime(2025, 7, 1, 5)) == (
        datetime(2025, 7, 1, 6),
        datetime(2025, 7, 1, 7),
    )


@pytest.mark.parametrize("text", ["end of day", "close of business"])
def test_end_of_day_is_the_end_of_the_working_day(text: str) -> None:
    assert interval(text, "en") == (datetime(2025, 7, 1, 17), datetime(2025, 7, 1, 21))


def test_end_of_day_with_the_last_second_convention() -> None:
    found = parse_time("by end of day", lang="en", reference_date=R, rules="recognizers")
    # no start (by_start="open"), up to the first instant of the day's last second
    assert found is not None and (found.start, found.end) == (
        None,
        datetime(2025, 7, 1, 23, 59, 59),
    )


def test_a_weekend_given_alone_is_the_nearest_one() -> None:
    assert interval("weekend", "en") == (date(2025, 7, 5), date(2025, 7, 7))


@pytest.mark.parametrize(
    ("text", "first"), [("the seventies", 1970), ("the thirties", 1930), ("eighties", 1980)]
)
def test_a_decade_in_words(text: str, first: int) -> None:
    assert interval(text, "en") == (date(first, 1, 1), date(first + 10, 1, 1))


@pytest.mark.parametrize(
    "text", ["He retired in his late fifties.", "Expect highs in the low thirties tomorrow."]
)
def test_ages_and_temperatures_are_no_decades(text: str) -> None:
    for found in find_times(text, lang="en", reference_date=R):
        assert found.value.granularity.value != "decade", found


def test_this_month_keeps_r_s_year_in_a_range_ending_in_another_year() -> None:
    assert interval("from this March to June 2027", "en") == (date(2025, 3, 1), date(2027, 7, 1))


def test_two_numeric_days_unlike_fractions_after_from() -> None:
    assert interval("from 9/2 to 12/5", "en") == (date(2025, 9, 2), date(2025, 12, 6))


def test_two_proper_fractions_are_no_days() -> None:
    for found in find_times("Cut the share from 2/5 to 1/3.", lang="en", reference_date=R):
        assert found.value.granularity.value != "day", found


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2024-03-09T07:45:12", datetime(2024, 3, 9, 7, 45, 12), datetime(2024, 3, 9, 7, 45, 13)),
        ("2024-03-09T07:45", datetime(2024, 3, 9, 7, 45), datetime(2024, 3, 9, 7, 46)),
    ],
)
def test_an_iso_day_and_clock_time_joined_by_t(text: str, start: datetime, end: datetime) -> None:
    assert interval(text, "en") == (start, end)


def test_an_impossible_iso_day_is_no_time() -> None:
    assert parse_time("2023-02-29T10:00", lang="en", reference_date=R) is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("July the fourth seventeen seventy six", date(1776, 7, 4)),
        ("ninth of March, two thousand and one", date(2001, 3, 9)),
    ],
)
def test_more_days_with_their_year_in_words(text: str, day: date) -> None:
    assert interval(text, "en") == (day, day + timedelta(days=1))


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("from 9am today to 6pm tomorrow", datetime(2025, 7, 1, 9), datetime(2025, 7, 2, 18)),
        ("from Thursday 8am to Friday 1pm", datetime(2025, 7, 3, 8), datetime(2025, 7, 4, 13)),
        (
            "between today 10am and tomorrow noon",
            datetime(2025, 7, 1, 10),
            datetime(2025, 7, 2, 12),
        ),
        ("from 3pm until tomorrow 9:15am", datetime(2025, 7, 1, 15), datetime(2025, 7, 2, 9, 15)),
    ],
)
def test_a_range_between_two_days_each_with_its_clock_time(
    text: str, start: datetime, end: datetime
) -> None:
    found = parse_time(text, lang="en", reference_date=datetime(2025, 7, 1, 8))
    assert found is not None and (found.start, found.end) == (start, end)
    assert found.type.value == "TIME"


@pytest.mark.parametrize("text", ["the 9th at 7pm", "on the 9 at 7pm", "7pm on the 9"])
def test_a_day_of_the_month_with_its_clock_time(text: str) -> None:
    assert interval(text, "en") == (datetime(2025, 7, 9, 19), datetime(2025, 7, 9, 20))


def test_a_number_after_on_the_before_a_noun_is_no_day() -> None:
    assert find_times("She parred on the 9 hole.", lang="en", reference_date=R) == []


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("from 6 to 18 this month", date(2025, 7, 6), date(2025, 7, 19)),
        ("between 2 and 11 next month", date(2025, 8, 2), date(2025, 8, 12)),
        ("9-20 in next month", date(2025, 8, 9), date(2025, 8, 21)),
        ("from 3 to 14 last month", date(2025, 6, 3), date(2025, 6, 15)),
    ],
)
def test_two_day_numbers_then_a_month_around_r(text: str, start: date, end: date) -> None:
    assert interval(text, "en") == (start, end)


@pytest.mark.parametrize(
    ("text", "hour"), [("9, tonight", 21), ("6, this morning", 6), ("4, this afternoon", 16)]
)
def test_an_hour_a_comma_and_a_part_of_day_given_alone(text: str, hour: int) -> None:
    assert interval(text, "en") == (datetime(2025, 7, 1, hour), datetime(2025, 7, 1, hour + 1))


def test_a_count_a_comma_and_a_part_of_day_in_a_sentence_is_no_clock_time() -> None:
    found = find_times("They scored 9, tonight they rest.", lang="en", reference_date=R)
    assert all(f.value.granularity.value != "hour" for f in found)


@pytest.mark.parametrize(
    ("text", "first"),
    [("the 1960's", 1960), ("the nineteen fifties", 1950), ("nineteen-forties", 1940)],
)
def test_more_decades(text: str, first: int) -> None:
    assert interval(text, "en") == (date(first, 1, 1), date(first + 10, 1, 1))


def test_a_year_s_possessive_stays_the_year() -> None:
    found = find_times("The 2020's third quarter was calm.", lang="en", reference_date=R)
    assert found and found[0].value.start == date(2020, 7, 1)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("from August 29 to the 2nd", date(2025, 8, 29), date(2025, 9, 3)),
        ("between July 10 and the 14th", date(2025, 7, 10), date(2025, 7, 15)),
        ("from October 30th to the fourth", date(2025, 10, 30), date(2025, 11, 5)),
    ],
)
def test_a_day_then_a_day_number_is_the_first_such_day_after_it(
    text: str, start: date, end: date
) -> None:
    assert interval(text, "en") == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("next week between Tuesday and Thursday", date(2025, 7, 8), date(2025, 7, 11)),
        ("from Mon to Thur this week", date(2025, 6, 30), date(2025, 7, 4)),
        ("between Thursday and Saturday last week", date(2025, 6, 26), date(2025, 6, 29)),
    ],
)
def test_two_weekdays_of_a_named_week(text: str, start: date, end: date) -> None:
    assert interval(text, "en") == (start, end)


def test_a_ctime_stamp_with_its_year_last() -> None:
    assert interval("Mon Mar 3 09:15:30 2025", "en") == (
        datetime(2025, 3, 3, 9, 15, 30),
        datetime(2025, 3, 3, 9, 15, 31),
    )


def test_a_ctime_stamp_whose_weekday_disagrees_is_no_time() -> None:
    assert parse_time("Tue Mar 3 09:15:30 2025", lang="en", reference_date=R) is None


def test_a_dated_day_a_dash_and_a_clock_time() -> None:
    assert interval("9 Feb 2024 - 7:05am", "en") == (
        datetime(2024, 2, 9, 7, 5),
        datetime(2024, 2, 9, 7, 6),
    )


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("that week", date(2025, 6, 30), date(2025, 7, 7)),
        ("the same month", date(2025, 7, 1), date(2025, 8, 1)),
        ("same year", date(2025, 1, 1), date(2026, 1, 1)),
        ("that weekend", date(2025, 7, 5), date(2025, 7, 7)),
    ],
)
def test_an_event_s_period_is_r_s_when_events_rest_on_r(text: str, start: date, end: date) -> None:
    found = parse_time(text, lang="en", reference_date=R, rules="recognizers")
    assert found is not None and (found.start, found.end) == (start, end)


@pytest.mark.parametrize("text", ["that week", "the same month", "that weekend"])
def test_an_event_s_period_is_no_time_with_the_default_rules(text: str) -> None:
    assert parse_time(text, lang="en", reference_date=R) is None


def test_the_period_given_alone_follows_the_event_rule() -> None:
    found = parse_time("the month", lang="en", reference_date=R, rules="recognizers")
    assert found is not None and (found.start, found.end) == (date(2025, 7, 1), date(2025, 8, 1))
    assert parse_time("the month", lang="en", reference_date=R) is None
    in_text = find_times(
        "Sales rose over the month.", lang="en", reference_date=R, rules="recognizers"
    )
    assert in_text == []
