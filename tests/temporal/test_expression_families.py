"""Expression families: relative hours, weeks of a period, units from a day, holidays."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from timeline import Granularity, find_times, parse_time

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


@pytest.mark.parametrize(
    ("text", "lang", "first", "last"),
    [
        ("en début de matinée", "fr", 7, 9),
        ("en fin d'après-midi", "fr", 17, 19),
        ("en fin de soirée", "fr", 21, 24),
        ("en milieu de journée", "fr", 11, 16),
        ("early morning", "en", 7, 9),
        ("late in the afternoon", "en", 17, 19),
        ("mid-morning", "en", 9, 11),
    ],
)
def test_start_middle_and_end_of_a_part_of_day(text: str, lang: str, first: int, last: int) -> None:
    found = value(text, lang, NOON)
    base = datetime(2025, 7, 1)
    assert found.start == base + timedelta(hours=first)
    assert found.end == base + timedelta(hours=last)


def test_a_part_of_a_part_of_day_takes_the_day_named() -> None:
    found = value("jeudi en fin de matinée", "fr", NOON)
    assert (found.start, found.end) == (datetime(2025, 7, 3, 10), datetime(2025, 7, 3, 12))


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("the 20th of next month", "en", date(2025, 8, 20)),
        ("the 3rd of the previous month", "en", date(2025, 6, 3)),
        ("le 15 du mois prochain", "fr", date(2025, 8, 15)),
        ("le 2 de ce mois", "fr", date(2025, 7, 2)),
    ],
)
def test_a_day_number_of_a_relative_month(text: str, lang: str, day: date) -> None:
    found = value(text, lang)
    assert (found.start, found.granularity) == (day, Granularity.DAY)


def test_a_day_number_past_the_month_end_is_no_date() -> None:
    assert parse_time("the 31st of next month", lang="en", reference_date=date(2025, 8, 5)) is None


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("this week-end", date(2025, 7, 5)),
        ("next week-end", date(2025, 7, 12)),
        ("last wkend", date(2025, 6, 28)),
    ],
)
def test_hyphenated_weekend_is_a_weekend(text: str, start: date) -> None:
    found = value(text, "en")
    assert (found.start, found.end) == (start, start + timedelta(days=2))


def test_month_end_is_the_end_of_the_month() -> None:
    found = value("month-end", "en")
    assert (found.start, found.end) == (date(2025, 7, 21), date(2025, 8, 1))


@pytest.mark.parametrize(
    ("text", "month", "day"),
    [("on 3/9", 3, 9), ("11/24", 11, 24), ("since 10/02", 10, 2)],
)
def test_us_month_day_without_a_year(text: str, month: int, day: int) -> None:
    start = value(text, "en").start
    assert isinstance(start, date)
    assert (start.month, start.day) == (month, day)


def test_fractions_and_scores_are_not_month_day_dates() -> None:
    for text in ["Turnout rose to 2/3 of voters.", "She scored 10/12 points."]:
        assert find_times(text, lang="en", reference_date=R) == []


def test_starting_from_a_later_date_is_open_ended() -> None:
    for text, lang in [("à partir du 8 septembre", "fr"), ("starting September 8", "en")]:
        found = value(text, lang)
        assert (found.start, found.end) == (date(2025, 9, 8), None)


def test_starting_from_in_a_past_clause_ends_at_r() -> None:
    [mention] = find_times("À partir de mars, les ventes ont chuté.", lang="fr", reference_date=R)
    assert (mention.value.start, mention.value.end) == (date(2025, 3, 1), R)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("depuis le 8 mars", date(2025, 3, 8), R),
        ("avant le 8 septembre", R, date(2025, 9, 8)),
        ("après le 8 septembre", date(2025, 9, 9), None),
    ],
)
def test_french_bounds_take_an_article_before_the_day(text: str, start: date, end: date) -> None:
    found = value(text, "fr")
    assert (found.start, found.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("Thanksgiving of next year", "en", date(2026, 11, 26)),
        ("Christmas of last year", "en", date(2024, 12, 25)),
        ("Noël de l'année prochaine", "fr", date(2026, 12, 25)),
        ("la Toussaint de l'an dernier", "fr", date(2024, 11, 1)),
    ],
)
def test_a_holiday_of_a_relative_year(text: str, lang: str, day: date) -> None:
    found = value(text, lang)
    assert (found.start, found.granularity) == (day, Granularity.DAY)


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("mothers day 2026", "en", date(2026, 5, 10)),
        ("Presidents' Day 2026", "en", date(2026, 2, 16)),
        ("Columbus Day 2025", "en", date(2025, 10, 13)),
        ("Boxing Day 2025", "en", date(2025, 12, 26)),
        ("la fête de la musique 2026", "fr", date(2026, 6, 21)),
        ("jour de l'an 2027", "fr", date(2027, 1, 1)),
    ],
)
def test_more_holidays(text: str, lang: str, day: date) -> None:
    assert value(text, lang).start == day


def test_holiday_words_inside_names_are_not_times() -> None:
    text = "Il a visité la cathédrale Saint-Patrick."
    assert find_times(text, lang="fr", reference_date=R) == []


@pytest.mark.parametrize(
    ("text", "lang", "first"),
    [
        ("the 20th century", "en", 1900),
        ("le 18e siècle", "fr", 1700),
        ("au 21ème siècle", "fr", 2000),
    ],
)
def test_centuries_by_ordinal(text: str, lang: str, first: int) -> None:
    found = value(text, lang)
    assert (found.start, found.end) == (date(first, 1, 1), date(first + 100, 1, 1))


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("two Fridays from now", date(2025, 7, 11)),
        ("three Tuesdays ago", date(2025, 6, 10)),
        ("one Tuesday from now", date(2025, 7, 8)),
        ("Thursday after next", date(2025, 7, 10)),
    ],
)
def test_counted_weekdays_around_r(text: str, day: date) -> None:
    assert value(text, "en").start == day


def test_the_unit_after_next() -> None:
    found = value("the month after next", "en")
    assert (found.start, found.end) == (date(2025, 9, 1), date(2025, 10, 1))
