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


@pytest.mark.parametrize(
    "text", ["The side lost 4-1 Sunday.", "They drew 2-2 Sunday.", "The club lost 1-3 Sunday."]
)
def test_scores_next_to_a_weekday_are_no_clock_range(text: str) -> None:
    for found in find_times(text, lang="en", reference_date=R):
        assert not isinstance(found.value.start, datetime), found


def test_a_weekday_with_a_falling_pair_stays_a_date() -> None:
    # "7-6" is no plausible range of hours: a weekday with a month and a day
    assert interval("Sunday 7-6", "en") == (date(2025, 7, 6), date(2025, 7, 7))


def test_parse_time_of_unrelated_text_is_none() -> None:
    assert parse_time("the score was 6-3", lang="en", reference_date=R) is None


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Wednesday am", datetime(2025, 7, 2, 4), datetime(2025, 7, 2, 12)),
        ("yesterday p.m.", datetime(2025, 6, 30, 12), datetime(2025, 6, 30, 19)),
    ],
)
def test_a_day_with_am_or_pm_alone_is_its_morning_or_afternoon(
    text: str, start: datetime, end: datetime
) -> None:
    assert interval(text, "en") == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("the 4 coming weeks", date(2025, 7, 1), date(2025, 7, 29)),
        ("3 past days", date(2025, 6, 28), date(2025, 7, 1)),
        ("two previous months", date(2025, 5, 1), date(2025, 7, 1)),
        ("next couple days", date(2025, 7, 1), date(2025, 7, 3)),
        ("the last couple of weeks", date(2025, 6, 17), date(2025, 7, 1)),
    ],
)
def test_counted_units_with_the_adjective_after_the_count(
    text: str, start: date, end: date
) -> None:
    assert interval(text, "en") == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("between now and August 20th", date(2025, 7, 1), date(2025, 8, 21)),
        ("between March 3 and now", date(2025, 3, 3), date(2025, 7, 2)),
        ("from February to now", date(2025, 2, 1), date(2025, 7, 2)),
    ],
)
def test_now_as_an_end_of_a_range_of_days(text: str, start: date, end: date) -> None:
    assert interval(text, "en") == (start, end)


def test_now_as_an_end_with_instant_rules_is_r_day() -> None:
    found = parse_time(
        "between now and August 20th",
        lang="en",
        reference_date=datetime(2025, 7, 1, 15, 30),
        rules="recognizers",
    )
    assert found is not None
    assert (found.start, found.end) == (date(2025, 7, 1), date(2025, 8, 20))


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Oct-Dec 2023", date(2023, 10, 1), date(2024, 1, 1)),
        ("Oct-Mar 2024", date(2023, 10, 1), date(2024, 4, 1)),
        ("March to May 1998", date(1998, 3, 1), date(1998, 6, 1)),
        ("from September to January 9, 2022", date(2021, 9, 1), date(2022, 1, 10)),
        ("September in 2019", date(2019, 9, 1), date(2019, 10, 1)),
    ],
)
def test_a_month_takes_the_year_of_the_end_of_its_range(text: str, start: date, end: date) -> None:
    assert interval(text, "en") == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("year greater than 2010", date(2011, 1, 1), None),
        ("greater than 2010", date(2011, 1, 1), None),
        (">= 2021", date(2021, 1, 1), None),
        ("> = 2021", date(2021, 1, 1), None),
        ("year 2014 and greater", date(2014, 1, 1), None),
        ("=2022", date(2022, 1, 1), date(2023, 1, 1)),
        ("<= 2021", None, date(2022, 1, 1)),
        ("less than 2021", None, date(2021, 1, 1)),
    ],
)
def test_comparisons_with_a_year(text: str, start: date | None, end: date | None) -> None:
    assert interval(text, "en") == (start, end)


def test_starting_on_a_date_is_open_after_it() -> None:
    assert interval("starting on March 2nd 2026", "en") == (date(2026, 3, 2), None)
    assert interval("beginning on May 4, 2027", "en") == (date(2027, 5, 4), None)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Friday at 6", datetime(2025, 7, 4, 6), datetime(2025, 7, 4, 7)),
        ("Friday at 6.45", datetime(2025, 7, 4, 6, 45), datetime(2025, 7, 4, 6, 46)),
        ("tomorrow around 11", datetime(2025, 7, 2, 11), datetime(2025, 7, 2, 12)),
        ("thursday 3 oclock", datetime(2025, 7, 3, 3), datetime(2025, 7, 3, 4)),
        ("Friday the 4th at 8", datetime(2025, 7, 4, 8), datetime(2025, 7, 4, 9)),
    ],
)
def test_a_day_at_a_bare_hour_reads_it_as_a_24_hour_clock(
    text: str, start: datetime, end: datetime
) -> None:
    assert interval(text, "en") == (start, end)


def test_dotted_clock_range_with_am_pm() -> None:
    reference = datetime(2025, 7, 1, 8)
    found = parse_time("between 10.15-2.45pm", lang="en", reference_date=reference)
    assert found is not None
    assert (found.start, found.end) == (datetime(2025, 7, 1, 10, 15), datetime(2025, 7, 1, 14, 45))


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("next afternoon", datetime(2025, 7, 2, 12), datetime(2025, 7, 2, 19)),
        ("next morning from 9 to 11", datetime(2025, 7, 2, 9), datetime(2025, 7, 2, 11)),
        ("between 8 and 10 last evening", datetime(2025, 6, 30, 20), datetime(2025, 6, 30, 22)),
    ],
)
def test_next_or_last_part_of_day_is_tomorrow_or_yesterday(
    text: str, start: datetime, end: datetime
) -> None:
    assert interval(text, "en") == (start, end)


def test_the_next_morning_dates_another_event() -> None:
    assert parse_time("the next morning", lang="en", reference_date=R) is None
    assert find_times("The following evening, the firm closed.", lang="en", reference_date=R) == []


def test_from_a_time_to_date_ends_at_r_even_with_open_bounds() -> None:
    found = parse_time("from February to date", lang="en", reference_date=R, rules="recognizers")
    assert found is not None
    assert (found.start, found.end) == (date(2025, 2, 1), date(2025, 7, 1))


def test_previous_weekday_is_the_last_one() -> None:
    assert interval("previous Friday", "en") == (date(2025, 6, 27), date(2025, 6, 28))


def test_weekday_and_day_number_then_a_clock_time() -> None:
    assert interval("Thursday 3 at 10:15", "en") == (
        datetime(2025, 7, 3, 10, 15),
        datetime(2025, 7, 3, 10, 16),
    )


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Friday at 7:30 in the evening", datetime(2025, 7, 4, 19, 30)),
        ("Friday at 6:00 early morning", datetime(2025, 7, 4, 6, 0)),
    ],
)
def test_a_part_of_day_after_a_day_and_clock_keeps_the_day(text: str, start: datetime) -> None:
    assert interval(text, "en")[0] == start
    found = find_times(f"The vote will be held {text}.", lang="en", reference_date=R)
    assert [m.value.start for m in found] == [start]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("the first 3 weeks of 2026", date(2026, 1, 5), date(2026, 1, 26)),
        ("the last 2 weeks of 2025", date(2025, 12, 15), date(2025, 12, 29)),
        ("the last three months of 2024", date(2024, 10, 1), date(2025, 1, 1)),
        ("first five days of next month", date(2025, 8, 1), date(2025, 8, 6)),
        ("the final 4 days of June 2026", date(2026, 6, 27), date(2026, 7, 1)),
    ],
)
def test_first_or_last_units_inside_a_time(text: str, start: date, end: date) -> None:
    assert interval(text, "en") == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("within next 4 months", date(2025, 7, 1), date(2025, 11, 1)),
        ("previous 2 weeks", date(2025, 6, 17), date(2025, 7, 1)),
        ("3 days in the future", date(2025, 7, 1), date(2025, 7, 4)),
        ("March 3, 2026 till March 9, 2026", date(2026, 3, 3), date(2026, 3, 10)),
    ],
)
def test_more_counted_windows_and_ranges(text: str, start: date, end: date) -> None:
    assert interval(text, "en") == (start, end)


def test_within_the_next_keeps_within_out_of_the_span() -> None:
    found = find_times("Sales will rise within the next two years.", lang="en", reference_date=R)
    assert [m.text for m in found] == ["the next two years"]


def test_february_29_without_a_year_is_in_a_leap_year() -> None:
    found = parse_time("Feb 29", lang="en", reference_date=R)
    assert found is not None and isinstance(found.start, date)
    assert (found.start.month, found.start.day) == (2, 29)
    assert found.start.year in (2024, 2028)


def test_next_night_is_tomorrow_night() -> None:
    assert interval("next night", "en")[0] == datetime(2025, 7, 2, 22)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("from 2011-2013", date(2011, 1, 1), date(2014, 1, 1)),
        ("2011~2013", date(2011, 1, 1), date(2014, 1, 1)),
        ("from 2011 till 2013", date(2011, 1, 1), date(2014, 1, 1)),
        ("between 2011 through 2013", date(2011, 1, 1), date(2014, 1, 1)),
        ("2011 to 2013", date(2011, 1, 1), date(2014, 1, 1)),
        ("between 2012 and March 2014", date(2012, 1, 1), date(2014, 4, 1)),
        ("from 2012 to June 3rd, 2014", date(2012, 1, 1), date(2014, 6, 4)),
    ],
)
def test_ranges_that_start_with_a_year(text: str, start: date, end: date) -> None:
    assert interval(text, "en") == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Q2 this year", date(2025, 4, 1), date(2025, 7, 1)),
        ("Q4 of last year", date(2024, 10, 1), date(2025, 1, 1)),
        ("H1 of next year", date(2026, 1, 1), date(2026, 7, 1)),
    ],
)
def test_a_numbered_quarter_or_half_of_a_year_found_after(
    text: str, start: date, end: date
) -> None:
    assert interval(text, "en") == (start, end)


@pytest.mark.parametrize("text", ["Thursday-Jul-3", "thursday (jul-3)", "this Thursday-Jul-3"])
def test_weekday_joined_to_month_and_day(text: str) -> None:
    assert interval(text, "en") == (date(2025, 7, 3), date(2025, 7, 4))


def test_a_decade_with_an_apostrophe() -> None:
    assert interval("the 80's", "en") == (date(1980, 1, 1), date(1990, 1, 1))
    assert parse_time("in her 60's", lang="en", reference_date=R) is None


def test_eight_digits_alone_are_a_compact_date() -> None:
    assert interval("20240917", "en") == (date(2024, 9, 17), date(2024, 9, 18))
    assert parse_time("20241317", lang="en", reference_date=R) is None
    assert find_times("Order 20240917 shipped.", lang="en", reference_date=R) == []


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2023-q3", date(2023, 7, 1), date(2023, 10, 1)),
        ("2023 q4", date(2023, 10, 1), date(2024, 1, 1)),
        ("this calendar year", date(2025, 1, 1), date(2026, 1, 1)),
        ("last calendar year", date(2024, 1, 1), date(2025, 1, 1)),
    ],
)
def test_year_then_quarter_and_calendar_year(text: str, start: date, end: date) -> None:
    assert interval(text, "en") == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("between August and October", date(2025, 8, 1), date(2025, 11, 1)),
        ("from November to February", date(2025, 11, 1), date(2026, 3, 1)),
        ("May to March", date(2025, 5, 1), date(2026, 4, 1)),
        ("Oct-Dec", date(2025, 10, 1), date(2026, 1, 1)),
    ],
)
def test_two_months_without_a_year_form_one_range(text: str, start: date, end: date) -> None:
    assert interval(text, "en") == (start, end)


def test_from_a_range_of_days_is_that_range() -> None:
    assert interval("from 9/1/2026 - 9/8/2026", "en") == (date(2026, 9, 1), date(2026, 9, 9))


def test_to_the_end_of_keeps_the_stated_end_with_exclusive_ranges() -> None:
    for text in ("from 2009 to the end of 2011", "between 2009 and the end of 2011"):
        found = parse_time(text, lang="en", reference_date=R, rules="recognizers")
        assert found is not None
        assert (found.start, found.end) == (date(2009, 1, 1), date(2012, 1, 1))


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("3/2-4/9/2026", date(2026, 3, 2), date(2026, 4, 10)),
        ("from 3/2 to 4/9/2026", date(2026, 3, 2), date(2026, 4, 10)),
        ("3/2-4/9, 2026", date(2026, 3, 2), date(2026, 4, 10)),
        ("from 11/20 to 01/10/2026", date(2025, 11, 20), date(2026, 1, 11)),
    ],
)
def test_two_numeric_days_form_a_range(text: str, start: date, end: date) -> None:
    assert interval(text, "en") == (start, end)


def test_fractions_after_from_are_no_days() -> None:
    found = find_times("It cut its stake from 1/3 to 1/4.", lang="en", reference_date=R)
    assert found == []


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("the 9th this month", date(2025, 7, 9)),
        ("the 12th next month", date(2025, 8, 12)),
        ("the twentieth day of the month", date(2025, 7, 20)),
        ("the 4th day of this month", date(2025, 7, 4)),
    ],
)
def test_a_day_number_of_a_month_found_after(text: str, start: date) -> None:
    assert interval(text, "en")[0] == start


def test_clock_time_then_a_bare_hour_is_a_range() -> None:
    reference = datetime(2025, 7, 1, 8)
    found = parse_time("2pm to 5", lang="en", reference_date=reference)
    assert found is not None
    assert (found.start, found.end) == (datetime(2025, 7, 1, 14), datetime(2025, 7, 1, 17))
    assert interval("2026-03-04 10:30am to 2", "en") == (
        datetime(2026, 3, 4, 10, 30),
        datetime(2026, 3, 4, 14),
    )


def test_clock_on_a_day_then_a_part_of_day() -> None:
    assert interval("8:30 on Saturday evening", "en")[0] == datetime(2025, 7, 5, 20, 30)


def test_year_before_its_month_in_a_range() -> None:
    assert interval("between 2019 March and 2021 October", "en") == (
        date(2019, 3, 1),
        date(2021, 11, 1),
    )


def test_part_of_day_of_the_nth_weekday_of_a_month() -> None:
    assert interval("the first Tuesday afternoon of next month", "en") == (
        datetime(2025, 8, 5, 12),
        datetime(2025, 8, 5, 19),
    )


def test_weekday_of_a_week_then_a_clock_time() -> None:
    assert interval("next week Wed 10 am", "en") == (
        datetime(2025, 7, 9, 10),
        datetime(2025, 7, 9, 11),
    )


def test_tonite_is_tonight() -> None:
    assert interval("tonite", "en") == interval("tonight", "en")


def test_coming_counted_units_without_the() -> None:
    assert interval("upcoming 3 days", "en") == (date(2025, 7, 1), date(2025, 7, 4))


def test_before_around_a_clock_time_is_before_it() -> None:
    found = parse_time("before around 5pm today", lang="en", reference_date=R, rules="recognizers")
    assert found is not None
    assert (found.start, found.end) == (None, datetime(2025, 7, 1, 17))


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("next year's first quarter", date(2026, 1, 1)),
        ("2023's fourth quarter", date(2023, 10, 1)),
        ("last year's second half", date(2024, 7, 1)),
    ],
)
def test_a_quarter_or_half_of_a_year_in_the_possessive(text: str, start: date) -> None:
    assert interval(text, "en")[0] == start


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("3 weeks and 4 days ago", date(2025, 6, 6), date(2025, 6, 7)),
        ("2 months, 10 days ago", date(2025, 4, 21), date(2025, 4, 22)),
        ("1 year 2 months 3 days ago", date(2024, 4, 28), date(2024, 4, 29)),
        ("the past 1 year and 6 months", date(2024, 1, 1), date(2025, 7, 1)),
        ("within 2 weeks and 3 days", date(2025, 7, 1), date(2025, 7, 18)),
    ],
)
def test_counts_of_several_units_at_once(text: str, start: date, end: date) -> None:
    assert interval(text, "en") == (start, end)


def test_counts_of_clock_units_at_once_need_a_clock() -> None:
    reference = datetime(2025, 7, 1, 9, 0)
    found = parse_time("within 1 day and 3 hours", lang="en", reference_date=reference)
    assert found is not None
    assert (found.start, found.end, found.timex) == (reference, datetime(2025, 7, 2, 12), "P1DT3H")
    ago = parse_time("2 hours 15 minutes ago", lang="en", reference_date=reference)
    assert ago is not None and ago.start == datetime(2025, 7, 1, 6, 45)


def test_a_repeated_unit_is_no_compound_count() -> None:
    found = parse_time("4 days 4 days ago", lang="en", reference_date=R)
    assert found is not None and found.text == "4 days ago"


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Wednesday three weeks from now", date(2025, 7, 23)),
        ("in 4 days on Monday", date(2025, 6, 30)),
        ("10 days from now on Friday", date(2025, 7, 11)),
        ("Tuesday 2 weeks after March 3rd 2026", date(2026, 3, 17)),
    ],
)
def test_a_weekday_in_the_week_of_a_day_some_units_away(text: str, start: date) -> None:
    assert interval(text, "en")[0] == start


@pytest.mark.parametrize("text", ["at present", "at the moment", "at the present time"])
def test_synonyms_of_now_follow_the_now_rule(text: str) -> None:
    assert interval(text, "en") == (date(2025, 7, 1), date(2025, 7, 2))
    moment = datetime(2025, 7, 1, 10, 30)
    found = parse_time(text, lang="en", reference_date=moment, rules="recognizers")
    assert found is not None and (found.start, found.end) == (
        moment,
        datetime(2025, 7, 1, 10, 30, 1),
    )


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # R is a Tuesday: the 3rd business day after it is Friday, the 4th the next Monday
        ("the next 3 business days", date(2025, 7, 1), date(2025, 7, 5)),
        ("next 4 working days", date(2025, 7, 1), date(2025, 7, 8)),
        ("the past 2 business days", date(2025, 6, 27), date(2025, 7, 1)),
        ("in 4 business days", date(2025, 7, 7), date(2025, 7, 8)),
        ("within 10 business days", date(2025, 7, 1), date(2025, 7, 16)),
    ],
)
def test_business_days_skip_weekends(text: str, start: date, end: date) -> None:
    assert interval(text, "en") == (start, end)


def test_in_business_days_in_a_past_clause_is_no_day() -> None:
    found = find_times("The deal closed in 4 business days.", lang="en", reference_date=R)
    assert all(m.value.start != date(2025, 7, 7) for m in found)


def test_weekday_with_a_day_first_date_that_cannot_be_month_first() -> None:
    assert interval("Monday 27/04 9.15am", "en")[0] == datetime(2026, 4, 27, 9, 15)
    # month first when the first number can be a month
    assert interval("Friday 5/9", "en") == (date(2025, 5, 9), date(2025, 5, 10))


def test_working_week_is_monday_to_friday() -> None:
    assert interval("this working week", "en") == (date(2025, 6, 30), date(2025, 7, 5))
    assert interval("next workweek", "en") == (date(2025, 7, 7), date(2025, 7, 12))


def test_a_day_with_its_own_date_keeps_it_before_a_clock_time() -> None:
    found = parse_time("Monday 6/15/2026 at noon", lang="en", reference_date=R)
    assert found is not None and found.start == datetime(2026, 6, 15, 12)
    found = parse_time("Tuesday 8/14 at noon", lang="en", reference_date=R)
    assert found is not None and isinstance(found.start, datetime)
    assert (found.start.month, found.start.day) == (8, 14)


def test_day_number_then_a_clock_range() -> None:
    assert interval("the 9 from 1pm to 3pm", "en") == (
        datetime(2025, 7, 9, 13),
        datetime(2025, 7, 9, 15),
    )


def test_spelled_ordinal_days_of_a_month_range() -> None:
    assert interval("june fourth through eleventh 2026", "en") == (
        date(2026, 6, 4),
        date(2026, 6, 12),
    )
    assert interval("June 4th through eleventh, 2026", "en") == (
        date(2026, 6, 4),
        date(2026, 6, 12),
    )


def test_days_of_one_month_end_where_the_last_starts_with_exclusive_ranges() -> None:
    found = parse_time("June 4-11, 2026", lang="en", reference_date=R, rules="recognizers")
    assert found is not None and (found.start, found.end) == (date(2026, 6, 4), date(2026, 6, 11))


def test_spelled_ordinal_day_then_a_day_of_a_month() -> None:
    assert interval("between fifth and twelfth of May 2026", "en") == (
        date(2026, 5, 5),
        date(2026, 5, 13),
    )


def test_a_year_through_a_later_month() -> None:
    assert interval("2019 through March 2021", "en") == (date(2019, 1, 1), date(2021, 4, 1))


def test_day_month_of_a_two_digit_year() -> None:
    assert interval("3 June of 94", "en") == (date(1994, 6, 3), date(1994, 6, 4))


def test_spelled_clock_time_before_a_part_of_a_day() -> None:
    assert interval("six-forty tomorrow evening", "en")[0] == datetime(2025, 7, 2, 18, 40)
    assert interval("eight twenty this morning", "en")[0] == datetime(2025, 7, 1, 8, 20)


def test_spelled_hour_moved_by_minutes() -> None:
    assert interval("a quarter to nine tomorrow", "en")[0] == datetime(2025, 7, 2, 8, 45)
    assert interval("ten minutes past four tomorrow", "en")[0] == datetime(2025, 7, 2, 4, 10)
    found = find_times("Shares rose 10 minutes after four banks reported.", lang="en")
    assert all(not isinstance(m.value.start, datetime) for m in found)


def test_hyphenated_early_or_late_part_of_day() -> None:
    assert interval("early-morning", "en") == (datetime(2025, 7, 1, 7), datetime(2025, 7, 1, 9))
    assert interval("in the late-afternoon", "en") == (
        datetime(2025, 7, 1, 17),
        datetime(2025, 7, 1, 19),
    )


def test_abbreviated_month_with_its_period_before_the_year() -> None:
    assert interval("on 4 Feb. 2024", "en") == (date(2024, 2, 4), date(2024, 2, 5))
    assert interval("the 9 Sept. 2023", "en") == (date(2023, 9, 9), date(2023, 9, 10))


@pytest.mark.parametrize(
    "text",
    [
        "The firm employs less than 2000 people.",
        "Unemployment is lower than in 2010.",
        "Prices in 2019 and higher wages hurt margins.",
    ],
)
def test_comparison_words_in_prose_are_no_bounds(text: str) -> None:
    for found in find_times(text, lang="en", reference_date=R):
        assert found.value.mod is None, found


def test_next_morning_in_a_past_clause_is_not_tomorrow() -> None:
    found = find_times("Next morning, the police arrived.", lang="en", reference_date=R)
    assert all(m.value.start != datetime(2025, 7, 2, 4) for m in found)


def test_nth_week_of_a_time_found_after_without_of() -> None:
    assert interval("the second week next year", "en") == interval(
        "the second week of next year", "en"
    )
