"""More English patterns: relative seasons, meal and work hours, years in words, quarters
glued to a year, days of this or next month, counts of weekdays from a time, clock times on a
day counted from R."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from timeline import Granularity, TimeType, find_times, parse_time

from .helpers import R, interval, value

NOON_R = datetime(2025, 7, 1, 9, 15)  # Tuesday morning


@pytest.mark.parametrize(
    ("text", "reference", "start", "end"),
    [
        ("this season", R, date(2025, 6, 21), date(2025, 9, 24)),
        ("the current season", R, date(2025, 6, 21), date(2025, 9, 24)),
        ("last season", R, date(2025, 3, 20), date(2025, 6, 21)),
        ("the previous season", R, date(2025, 3, 20), date(2025, 6, 21)),
        ("next season", R, date(2025, 9, 24), date(2025, 12, 21)),
        ("this season", date(2026, 1, 9), date(2025, 12, 21), date(2026, 3, 20)),
        ("last season", date(2026, 1, 9), date(2025, 9, 24), date(2025, 12, 21)),
        ("the coming season", date(2026, 1, 9), date(2026, 3, 20), date(2026, 6, 21)),
        ("next season", date(2025, 12, 30), date(2026, 3, 20), date(2026, 6, 21)),
    ],
)
def test_a_season_counted_from_the_one_holding_r(
    text: str, reference: date, start: date, end: date
) -> None:
    found = value(text, "en", reference)
    assert (found.start, found.end) == (start, end)
    assert found.granularity is Granularity.SEASON


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("at lunch", "en", datetime(2025, 7, 1, 12), datetime(2025, 7, 1, 14)),
        ("Thursday at lunch", "en", datetime(2025, 7, 3, 12), datetime(2025, 7, 3, 14)),
        ("tomorrow lunchtime", "en", datetime(2025, 7, 2, 12), datetime(2025, 7, 2, 14)),
        ("lunch on Friday", "en", datetime(2025, 7, 4, 12), datetime(2025, 7, 4, 14)),
        ("after lunch", "en", datetime(2025, 7, 1, 13), datetime(2025, 7, 1, 17)),
        ("after school", "en", datetime(2025, 7, 1, 15), datetime(2025, 7, 1, 21)),
        ("Monday after work", "en", datetime(2025, 7, 7, 17), datetime(2025, 7, 7, 21)),
        ("vendredi au déjeuner", "fr", datetime(2025, 7, 4, 12), datetime(2025, 7, 4, 14)),
        ("après le déjeuner", "fr", datetime(2025, 7, 1, 13), datetime(2025, 7, 1, 17)),
        ("demain après le travail", "fr", datetime(2025, 7, 2, 17), datetime(2025, 7, 2, 21)),
    ],
)
def test_meals_and_work_name_hours_of_a_day(
    text: str, lang: str, start: datetime, end: datetime
) -> None:
    found = value(text, lang)
    assert (found.start, found.end) == (start, end)
    assert found.type is TimeType.TIME


def test_after_work_inside_a_sentence_needs_an_end_or_a_day() -> None:
    found = find_times("The crew resumed after work stopped in May.", lang="en", reference_date=R)
    assert [m.text for m in found] == ["May"]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("nineteen eighty-four", 1984),
        ("nineteen seventy", 1970),
        ("seventeen seventy six", 1776),
        ("twenty twenty-two", 2022),
        ("nineteen oh eight", 1908),
        ("two thousand", 2000),
        ("two thousand and nine", 2009),
        ("two thousand twenty-one", 2021),
        ("two thousand and forty", 2040),
    ],
)
def test_a_year_in_words_alone(text: str, year: int) -> None:
    assert interval(text, "en") == (date(year, 1, 1), date(year + 1, 1, 1))


def test_a_year_in_words_in_a_sentence_needs_a_year_word_before_it() -> None:
    text = "The plant opened in nineteen fifty-two and closed in two thousand and three."
    found = find_times(text, lang="en", reference_date=R)
    assert [m.value.timex for m in found] == ["1952", "2003"]
    assert find_times("She sold two thousand and three shares.", lang="en", reference_date=R) == []


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Good Friday nineteen ninety-nine", date(1999, 4, 2), date(1999, 4, 3)),
        ("October of nineteen eighty-seven", date(1987, 10, 1), date(1987, 11, 1)),
    ],
)
def test_a_year_in_words_after_a_holiday_or_a_month(text: str, start: date, end: date) -> None:
    assert interval(text, "en") == (start, end)


def test_twelve_and_a_number_stay_a_clock_time() -> None:
    found = value("twelve oh five", "en")
    assert found.type is TimeType.TIME


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("2024Q3", date(2024, 7, 1)),
        ("2026-q2", date(2026, 4, 1)),
        ("21q1", date(2021, 1, 1)),
        ("Q4 of 2019", date(2019, 10, 1)),
    ],
)
def test_a_quarter_with_its_year(text: str, start: date) -> None:
    found = value(text, "en")
    assert found.start == start
    assert found.granularity is Granularity.QUARTER


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("this calendar year", date(2025, 1, 1)),
        ("cy 2011", date(2011, 1, 1)),
        ("cy22", date(2022, 1, 1)),
    ],
)
def test_a_calendar_year(text: str, start: date) -> None:
    assert interval(text, "en") == (start, date(start.year + 1, 1, 1))


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("the 12th of the following month", date(2025, 8, 12)),
        ("15th of the next month", date(2025, 8, 15)),
        ("the 9 of this month", date(2025, 7, 9)),
        ("the 28th this month", date(2025, 7, 28)),
        ("the 2nd of the previous month", date(2025, 6, 2)),
    ],
)
def test_a_day_of_this_next_or_last_month(text: str, day: date) -> None:
    assert interval(text, "en") == (day, date.fromordinal(day.toordinal() + 1))


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("the third last day of September", date(2025, 9, 28)),
        ("second last day of February 2024", date(2024, 2, 28)),
        ("the 4th last day of August", date(2025, 8, 28)),
    ],
)
def test_the_nth_last_day_of_a_month(text: str, day: date) -> None:
    assert value(text, "en").start == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("the second Friday after Thanksgiving 2024", date(2024, 12, 6)),
        ("first Monday after July 14, 2025", date(2025, 7, 21)),
        ("the third Sunday before Christmas 2025", date(2025, 12, 7)),
        ("3 Wednesdays back", date(2025, 6, 11)),
    ],
)
def test_weekdays_counted_from_a_time(text: str, day: date) -> None:
    assert value(text, "en").start == day


def test_units_back_are_units_ago() -> None:
    assert interval("two years back", "en") == (date(2023, 1, 1), date(2024, 1, 1))


@pytest.mark.parametrize(
    ("text", "rules", "moment"),
    [
        ("in 5 days at 9am", None, datetime(2025, 7, 6, 9)),
        ("in 2 weeks at 3:30 pm", None, datetime(2025, 7, 15, 15, 30)),
        ("in 2 years at 6pm", None, datetime(2027, 7, 1, 18)),
        ("at 11am in 3 days", None, datetime(2025, 7, 4, 11)),
        ("in 5 days at 9am", "duckling", datetime(2025, 7, 6, 9)),
    ],
)
def test_a_clock_time_on_a_day_counted_from_r(
    text: str, rules: str | None, moment: datetime
) -> None:
    found = parse_time(text, lang="en", reference_date=NOON_R, rules=rules)
    assert found is not None
    assert found.start == moment
    assert found.type is TimeType.TIME


@pytest.mark.parametrize(
    ("text", "moment"),
    [
        ("in 3 more minutes", datetime(2025, 7, 1, 9, 18)),
        ("in a pair of hours", datetime(2025, 7, 1, 11, 15)),
    ],
)
def test_more_minutes_and_a_pair_are_counts(text: str, moment: datetime) -> None:
    found = parse_time(text, lang="en", reference_date=NOON_R)
    assert found is not None
    assert found.start == moment


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("the ides of March", date(2026, 3, 15)),
        ("ides of October", date(2025, 10, 15)),
        ("the Ides of September 2023", date(2023, 9, 13)),
        ("the ides of January", date(2026, 1, 13)),
    ],
)
def test_the_ides_of_a_month(text: str, day: date) -> None:
    assert value(text, "en").start == day


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("4ish pm", datetime(2025, 7, 1, 16), datetime(2025, 7, 1, 17)),
        ("at 10 45", datetime(2025, 7, 1, 10, 45), datetime(2025, 7, 1, 10, 46)),
        ("seven-fifteen tomorrow morning", datetime(2025, 7, 2, 7, 15), None),
        ("March second 19", datetime(2019, 3, 2), None),
    ],
)
def test_clock_and_day_shapes(text: str, start: datetime, end: datetime | None) -> None:
    found = parse_time(text, lang="en", reference_date=NOON_R)
    assert found is not None
    assert found.start == (start if start.hour or start.minute else start.date())
    if end is not None:
        assert found.end == end


def test_a_decade_with_a_spaced_s_alone() -> None:
    assert interval("80 s", "en") == (date(1980, 1, 1), date(1990, 1, 1))


@pytest.mark.parametrize(
    ("text", "rules", "start"),
    [
        ("Labor Day in 2 years", None, date(2027, 9, 6)),
        ("Labor Day in 2 years", "duckling", date(2027, 9, 6)),
        ("Halloween 8 months ago", "duckling", date(2024, 10, 31)),
        ("Independence Day 3 years from now", None, date(2028, 7, 4)),
        ("November in 1 year", "duckling", date(2026, 11, 1)),
        ("April 2 years ago", None, date(2023, 4, 1)),
    ],
)
def test_a_holiday_or_month_in_the_year_of_a_shift(
    text: str, rules: str | None, start: date
) -> None:
    found = parse_time(text, lang="en", reference_date=R, rules=rules)
    assert found is not None
    assert found.start == start


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("the closest Friday to July 16 2025", date(2025, 7, 18)),
        ("the second closest Friday to July 16 2025", date(2025, 7, 11)),
        ("the nearest Sunday to August 20", date(2025, 8, 17)),
        ("the closest Halloween to today", date(2025, 10, 31)),
        ("the 2nd closest Halloween to today", date(2024, 10, 31)),
    ],
)
def test_the_closest_weekday_or_holiday_to_a_day(text: str, day: date) -> None:
    assert value(text, "en").start == day


@pytest.mark.parametrize(
    ("text", "rules", "start"),
    [
        ("a fortnight ago", None, date(2025, 6, 17)),
        ("in a fortnight", None, date(2025, 7, 15)),
        ("a fortnight ago", "duckling", datetime(2025, 6, 17, 9)),
        ("three fortnights hence", "duckling", datetime(2025, 8, 12, 9)),
    ],
)
def test_a_fortnight_is_fourteen_days(text: str, rules: str | None, start: date) -> None:
    found = parse_time(text, lang="en", reference_date=NOON_R, rules=rules)
    assert found is not None
    assert found.start == start


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("later than 10:15am but before noon", datetime(2025, 7, 1, 10, 15), None),
        ("after 1pm and before 4pm", datetime(2025, 7, 1, 13), datetime(2025, 7, 1, 16)),
        ("11am until 3", datetime(2025, 7, 1, 11), datetime(2025, 7, 1, 15)),
        ("2pm till 10", datetime(2025, 7, 1, 14), datetime(2025, 7, 1, 22)),
    ],
)
def test_clock_ranges_with_a_bound_word_or_a_bare_end(
    text: str, start: datetime, end: datetime | None
) -> None:
    found = parse_time(text, lang="en", reference_date=NOON_R)
    assert found is not None
    assert found.start == start
    if end is not None:
        assert found.end == end


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("in a few days", date(2025, 7, 1), date(2025, 7, 8)),
        ("in a few hours", NOON_R, datetime(2025, 7, 1, 15, 15)),
    ],
)
def test_in_a_few_units_is_a_vague_window_ahead(text: str, start: date, end: date) -> None:
    found = parse_time(text, lang="en", reference_date=NOON_R)
    assert found is not None
    assert (found.start, found.end, found.timex) == (start, end, "FUTURE_REF")


def test_in_a_few_units_in_a_past_clause_is_a_length() -> None:
    found = find_times("Prices fell in a few hours.", lang="en", reference_date=NOON_R)
    assert [m.value.start for m in found] == [None]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Friday the eleventh four pm", datetime(2025, 7, 11, 16)),
        ("thursday 9 oclock", datetime(2025, 7, 3, 9)),
    ],
)
def test_a_weekday_then_a_clock_time(text: str, start: datetime) -> None:
    found = parse_time(text, lang="en", reference_date=NOON_R)
    assert found is not None
    assert found.start == start


@pytest.mark.parametrize(
    ("name", "base", "days"),
    [
        ("Bhai Dooj", "Govardhan Puja", 1),
        ("Dhanteras", "Diwali", -2),
        ("Maha Saptami", "Maha Ashtami", -1),
        ("Chaitra Sukhladi", "Gudi Padwa", 0),
    ],
)
def test_hindu_feasts_dated_from_a_neighbour(name: str, base: str, days: int) -> None:
    for year in (2020, 2022, 2024):
        named, other = value(f"{name} {year}", "en").start, value(f"{base} {year}", "en").start
        assert isinstance(named, date) and isinstance(other, date)
        assert (named - other).days == days


def test_a_part_of_day_with_ish_is_that_part() -> None:
    found = value("Thursday eveningish", "en")
    assert (found.start, found.end) == (datetime(2025, 7, 3, 18), datetime(2025, 7, 4))


def test_in_several_units_counts_them_all() -> None:
    value = parse_time("in 3 years and 10 days", lang="en", reference_date=date(2025, 7, 1))
    assert value is not None and (value.start, value.end) == (date(2028, 7, 11), date(2028, 7, 12))
