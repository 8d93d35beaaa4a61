"""Holidays: the rule grammar, other calendars' feasts, periods, and a holiday in a time."""

from __future__ import annotations

from datetime import date

import pytest

from timeline import find_times
from timeline.temporal.holidays import holiday_interval, holiday_intervals, orthodox_easter

from .helpers import R, interval, value


@pytest.mark.parametrize(
    ("year", "day"),
    [(2021, date(2021, 5, 2)), (2024, date(2024, 5, 5)), (2025, date(2025, 4, 20))],
)
def test_orthodox_easter(year: int, day: date) -> None:
    assert orthodox_easter(year) == day


@pytest.mark.parametrize(
    ("rule", "year", "start", "end"),
    [
        # the first Monday on or after 18 May
        ("after:5:18:0", 2025, date(2025, 5, 19), date(2025, 5, 20)),
        # a Sunday moved to the Monday after, a Saturday to the Friday before
        ("10-16:O", 2022, date(2022, 10, 17), date(2022, 10, 18)),
        ("10-16:O", 2027, date(2027, 10, 15), date(2027, 10, 16)),
        ("10-16:O", 2025, date(2025, 10, 16), date(2025, 10, 17)),
        # a Sunday moved to the Saturday before
        ("04-27:B", 2025, date(2025, 4, 26), date(2025, 4, 27)),
        # the last Sunday of May, a week later when it is Whitsunday
        ("nth:5:6:-1^easter+49", 2012, date(2012, 6, 3), date(2012, 6, 4)),
        ("nth:5:6:-1^easter+49", 2026, date(2026, 5, 31), date(2026, 6, 1)),
        ("orthodox-48:L40", 2024, date(2024, 3, 18), date(2024, 4, 27)),
        ("chinese:lunar_new_year", 2024, date(2024, 2, 10), date(2024, 2, 11)),
        ("hebrew:yom_kippur", 2024, date(2024, 10, 12), date(2024, 10, 13)),
        ("hebrew:hanukkah:L8", 2024, date(2024, 12, 26), date(2025, 1, 3)),
        ("islamic:eid_al_fitr", 2024, date(2024, 4, 10), date(2024, 4, 11)),
        (
            "islamic:ramadan_beginning..islamic:eid_al_fitr",
            2024,
            date(2024, 3, 11),
            date(2024, 4, 10),
        ),
        ("hindu:diwali_india|hindu:diwali", 2024, date(2024, 10, 31), date(2024, 11, 1)),
    ],
)
def test_holiday_rules(rule: str, year: int, start: date, end: date) -> None:
    assert holiday_interval(rule, year) == (start, end)


def test_an_islamic_feast_can_fall_twice_in_a_year() -> None:
    starts = [start for start, _ in holiday_intervals("islamic:eid_al_adha", 2006)]
    assert starts == [date(2006, 1, 10), date(2006, 12, 31)]


@pytest.mark.parametrize(
    "rule",
    [
        "islamic:not_a_feast",
        "martian:new_year",
        "after:13:1:0",
        "12-25:L0",
        "easter..",
        "nth:2:0:9",
        "",
    ],
)
def test_malformed_or_undated_rules(rule: str) -> None:
    assert holiday_interval(rule, 2025) is None


def test_other_calendars_date_only_the_years_the_package_knows() -> None:
    assert holiday_interval("hindu:diwali", 1650) is None


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("Eid al-Adha 2025", "en", date(2025, 6, 6), date(2025, 6, 7)),
        ("Hanukkah 2025", "en", date(2025, 12, 15), date(2025, 12, 23)),
        ("Lunar New Year 2026", "en", date(2026, 2, 17), date(2026, 2, 18)),
        ("Orthodox Good Friday 2021", "en", date(2021, 4, 30), date(2021, 5, 1)),
        ("Great Lent 2024", "en", date(2024, 3, 18), date(2024, 4, 27)),
        ("Diwali 2025", "en", date(2025, 10, 20), date(2025, 10, 21)),
        ("next Ramadan", "en", date(2026, 2, 18), date(2026, 3, 20)),
        ("last Ramadan", "en", date(2025, 3, 1), date(2025, 3, 30)),
        ("Victoria Day 2025", "en-CA", date(2025, 5, 19), date(2025, 5, 20)),
        ("Boss's Day 2022", "en", date(2022, 10, 17), date(2022, 10, 18)),
        ("labour day 2026", "en", date(2026, 5, 1), date(2026, 5, 2)),
        ("Labor Day 2026", "en", date(2026, 9, 7), date(2026, 9, 8)),
        ("l'Aïd el-Kébir 2024", "fr", date(2024, 6, 16), date(2024, 6, 17)),
        ("le ramadan 2025", "fr", date(2025, 3, 1), date(2025, 3, 30)),
        ("la fête des mères 2012", "fr", date(2012, 6, 3), date(2012, 6, 4)),
        ("fête des pères 2026", "fr", date(2026, 6, 21), date(2026, 6, 22)),
        ("le nouvel an chinois 2025", "fr", date(2025, 1, 29), date(2025, 1, 30)),
        ("veille de Noël 2026", "fr", date(2026, 12, 24), date(2026, 12, 25)),
    ],
)
def test_named_holidays(text: str, lang: str, start: date, end: date) -> None:
    assert interval(text, lang) == (start, end)


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("Christmas in two years", "en", date(2027, 12, 25)),
        ("Easter three years ago", "en", date(2022, 4, 17)),
        ("Halloween 3 months from now", "en", date(2025, 10, 31)),
        ("Pâques en 2027", "fr", date(2027, 3, 28)),
        ("la Toussaint l'an prochain", "fr", date(2026, 11, 1)),
    ],
)
def test_a_holiday_in_a_time(text: str, lang: str, day: date) -> None:
    found = value(text, lang)
    assert (found.start, (found.end - found.start).days) == (day, 1)


def test_a_holiday_outside_the_time_is_not_read_with_it() -> None:
    mentions = find_times("Christmas next week", lang="en", reference_date=R)
    assert [m.text for m in mentions] == ["Christmas", "next week"]


@pytest.mark.parametrize(
    "text",
    [
        "The lender lent them the cash.",
        "They ate pongal at the stall.",
        "Then the minister had an epiphany.",
        "The chain sells great fast food.",
    ],
)
def test_lower_case_words_that_are_not_holidays(text: str) -> None:
    assert find_times(text, lang="en", reference_date=R) == []


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        # a Monday holiday: from the Saturday before
        ("Memorial Day weekend 2026", "en", date(2026, 5, 23), date(2026, 5, 26)),
        # a Thursday holiday: to the Sunday after
        ("the weekend of Thanksgiving 2026", "en", date(2026, 11, 26), date(2026, 11, 30)),
        # a Sunday holiday: that weekend
        ("Easter weekend 2026", "en", date(2026, 4, 4), date(2026, 4, 6)),
        ("next Labor Day weekend", "en", date(2025, 8, 30), date(2025, 9, 2)),
        ("le week-end de l'Ascension 2026", "fr", date(2026, 5, 14), date(2026, 5, 18)),
    ],
)
def test_the_weekend_of_a_holiday(text: str, lang: str, start: date, end: date) -> None:
    assert interval(text, lang) == (start, end)


def test_a_following_holiday_is_the_next_one() -> None:
    assert interval("the following Christmas", "en") == (date(2025, 12, 25), date(2025, 12, 26))


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("Night of Power 2026", "en", date(2026, 3, 16)),
        ("Saint Patrick 2027", "en", date(2027, 3, 17)),
        ("saint-patrick 2027", "fr", date(2027, 3, 17)),
    ],
)
def test_names_that_are_holidays_with_their_year(text: str, lang: str, day: date) -> None:
    assert value(text, lang).start == day


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("It was a night of power ballads.", "en"),
        ("Mass at Saint Patrick cathedral drew crowds.", "en"),
    ],
)
def test_the_same_names_alone_are_not_times(text: str, lang: str) -> None:
    assert find_times(text, lang=lang, reference_date=R) == []


@pytest.mark.parametrize(
    ("text", "timex"),
    [
        ("Hanukkah 2025", "2025-12-15/2025-12-22"),
        ("Ramadan 2026", "2026-02-18/2026-03-19"),
        ("Memorial Day weekend 2026", "2026-05-23/2026-05-25"),
        ("Easter weekend 2026", "2026-W14-WE"),
    ],
)
def test_a_holiday_of_several_days_has_the_timex_of_a_range_ending_on_its_last_day(
    text: str, timex: str
) -> None:
    assert value(text, "en").timex == timex
