"""Calendar dates: numbers with any separator, expressions given alone, spelled days, weekdays
that agree with a date, "this March", Nth-last weeks (R = Tuesday 2025-07-01)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline import find_times, parse_time

from .helpers import R, interval, value


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("11-27-93", "en", date(1993, 11, 27)),
        ("05/06/2024", "en", date(2024, 5, 6)),  # month first in English when both can be
        ("27/11/1993", "en", date(1993, 11, 27)),  # 27 cannot be a month: day first
        ("27-11-93", "en", date(1993, 11, 27)),
        ("27.11.1993", "en", date(1993, 11, 27)),
        ("on 23/9", "en", date(2025, 9, 23)),
        ("14.03.97", "fr", date(1997, 3, 14)),
        ("12/Mar/2019", "en", date(2019, 3, 12)),
        ("12-Mar-19", "en", date(2019, 3, 12)),
        ("2019-Aug-05", "en", date(2019, 8, 5)),
        ("Sep/4", "en", date(2025, 9, 4)),
        ("12/nov/2019", "fr", date(2019, 11, 12)),
        ("04/nov", "fr", date(2025, 11, 4)),
    ],
)
def test_numeric_dates_with_separators(text: str, lang: str, day: date) -> None:
    assert value(text, lang).start == day


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("4/22", "en", date(2026, 4, 22)),  # alone, a date without a year reads forward
        ("7 - 19", "en", date(2025, 7, 19)),
        ("23/9", "en", date(2025, 9, 23)),
        ("11 27 1993", "en", date(1993, 11, 27)),
        ("27 11 1993", "en", date(1993, 11, 27)),
        ("19 09", "fr", date(2025, 9, 19)),
        ("19/9", "fr", date(2025, 9, 19)),
        ("le 3 9 2024", "fr", date(2024, 9, 3)),
        ("le 19 09 24", "fr", date(2024, 9, 19)),
        ("the 15", "en", date(2025, 7, 15)),
        ("19th", "en", date(2025, 7, 19)),
        ("sat.", "en", date(2025, 7, 5)),
        ("sun", "en", date(2025, 7, 6)),
        ("ven.", "fr", date(2025, 7, 4)),
        ("jeu", "fr", date(2025, 7, 3)),
    ],
)
def test_days_given_alone(text: str, lang: str, day: date) -> None:
    found = value(text, lang)
    assert (found.start, found.end) == (day, date.fromordinal(day.toordinal() + 1))


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("November", "en", date(2025, 11, 1), date(2025, 12, 1)),
        ("may", "en", date(2026, 5, 1), date(2026, 6, 1)),
        ("9/2024", "en", date(2024, 9, 1), date(2024, 10, 1)),
        ("Nov-2021", "en", date(2021, 11, 1), date(2021, 12, 1)),
    ],
)
def test_months_given_alone_or_in_numbers(text: str, lang: str, start: date, end: date) -> None:
    assert interval(text, lang) == (start, end)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The visitors won 7-19 at home", "en"),
        ("the 24 members of the board", "en"),
        ("this may change", "en"),
        ("She sat on the committee", "en"),
        ("Le jeu vidéo sort en ligne", "fr"),
        ("Vue sur la mer depuis la terrasse", "fr"),
        ("He was the first to arrive", "en"),
        ("on the first attempt", "en"),
    ],
)
def test_lone_forms_stay_out_of_running_text(text: str, lang: str) -> None:
    assert find_times(text, lang=lang, reference_date=R) == []


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("June third", "en", date(2026, 6, 3)),
        ("march second", "en", date(2026, 3, 2)),
        ("august twenty-ninth 2024", "en", date(2024, 8, 29)),
        ("the nineteenth of September", "en", date(2025, 9, 19)),
        ("October twenty one", "en", date(2025, 10, 21)),
        ("on the second.", "en", date(2025, 7, 2)),
        ("Friday the eleventh", "en", date(2025, 7, 11)),
        ("le vingt-deux août", "fr", date(2025, 8, 22)),
    ],
)
def test_spelled_days(text: str, lang: str, day: date) -> None:
    assert value(text, lang).start == day


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("Thu, Jul 3", "en", date(2025, 7, 3)),
        ("Jul 4, Sat", "en", date(2026, 7, 4)),  # the next July 4 that is a Saturday
        ("Sunday, June 29", "en", date(2025, 6, 29)),  # the nearby one that is a Sunday
        ("le 26 samedi", "fr", date(2025, 7, 26)),
        ("le 30 lundi", "fr", date(2025, 6, 30)),
    ],
)
def test_weekday_agrees_with_a_nearby_date(text: str, lang: str, day: date) -> None:
    assert value(text, lang).start == day


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("this March", "en", date(2025, 3, 1), date(2025, 4, 1)),
        ("this November", "en", date(2025, 11, 1), date(2025, 12, 1)),
        ("ce mois de novembre", "fr", date(2025, 11, 1), date(2025, 12, 1)),
        ("cet octobre", "fr", date(2025, 10, 1), date(2025, 11, 1)),
        ("November after next", "en", date(2026, 11, 1), date(2026, 12, 1)),
        ("in 1850 AD", "en", date(1850, 1, 1), date(1851, 1, 1)),
        ("in 79 a.d.", "en", date(79, 1, 1), date(80, 1, 1)),
        ("the 1970 s", "en", date(1970, 1, 1), date(1980, 1, 1)),
    ],
)
def test_months_years_and_decades(text: str, lang: str, start: date, end: date) -> None:
    assert interval(text, lang) == (start, end)


def test_this_month_keeps_the_year_of_the_reference() -> None:
    assert value("this March", "en").timex == "2025-03"
    assert value("in 79 a.d.", "en").timex == "0079"


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("the second last week of March 2026", "en", date(2026, 3, 16), date(2026, 3, 23)),
        ("the 3rd last week of 2025", "en", date(2025, 12, 8), date(2025, 12, 15)),
        ("the second last Friday of August 2025", "en", date(2025, 8, 22), date(2025, 8, 23)),
        ("the first Friday of the month", "en", date(2025, 7, 4), date(2025, 7, 5)),
        ("the last Monday of the month", "en", date(2025, 7, 28), date(2025, 7, 29)),
        ("le premier mardi du mois", "fr", date(2025, 7, 1), date(2025, 7, 2)),
        ("le premier mercredi du mois prochain", "fr", date(2025, 8, 6), date(2025, 8, 7)),
    ],
)
def test_nth_and_nth_last(text: str, lang: str, start: date, end: date) -> None:
    assert interval(text, lang) == (start, end)


def test_invalid_numeric_dates_stay_invalid() -> None:
    assert parse_time("2/30/2024", lang="en", reference_date=R) is None
    assert parse_time("31-11-2024", lang="en", reference_date=R) is None


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("next week on Thursday", "en", date(2025, 7, 10), date(2025, 7, 11)),
        ("last week Friday", "en", date(2025, 6, 27), date(2025, 6, 28)),
        ("la semaine prochaine jeudi", "fr", date(2025, 7, 10), date(2025, 7, 11)),
        ("week 5 of 2026", "en", date(2026, 1, 26), date(2026, 2, 2)),
        ("semaine 5 de 2026", "fr", date(2026, 1, 26), date(2026, 2, 2)),
        ("the week commencing March 9", "en", date(2026, 3, 9), date(2026, 3, 16)),
        ("the fifth month of 2024", "en", date(2024, 5, 1), date(2024, 6, 1)),
        ("the 2nd month of next year", "en", date(2026, 2, 1), date(2026, 3, 1)),
        ("12 of next month", "en", date(2025, 8, 12), date(2025, 8, 13)),
    ],
)
def test_days_weeks_and_months_of_another_time(
    text: str, lang: str, start: date, end: date
) -> None:
    assert interval(text, lang) == (start, end)


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("the second of May of 1998", "en", date(1998, 5, 2), date(1998, 5, 3)),
        ("June 5th of 2001", "en", date(2001, 6, 5), date(2001, 6, 6)),
        ("9 June in 2021", "en", date(2021, 6, 9), date(2021, 6, 10)),
        ("March of 99", "en", date(1999, 3, 1), date(1999, 4, 1)),
        ("3 mai de 1998", "fr", date(1998, 5, 3), date(1998, 5, 4)),
        ("mai de 2001", "fr", date(2001, 5, 1), date(2001, 6, 1)),
        ("Friday 7/11", "en", date(2025, 7, 11), date(2025, 7, 12)),
        ("9.21", "en", date(2025, 9, 21), date(2025, 9, 22)),
        ("2024 March", "en", date(2024, 3, 1), date(2024, 4, 1)),
        ("2024 03 18", "en", date(2024, 3, 18), date(2024, 3, 19)),
        ("5th May 24", "en", date(2024, 5, 5), date(2024, 5, 6)),
    ],
)
def test_years_after_of_and_other_orders(text: str, lang: str, start: date, end: date) -> None:
    assert interval(text, lang) == (start, end)


def test_a_decimal_in_running_text_is_not_a_date() -> None:
    assert find_times("Growth reached 9.21 percent on average", lang="en", reference_date=R) == []


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("14 Mars, 2021", "fr", date(2021, 3, 14)),
        ("03/25/2024", "fr", date(2024, 3, 25)),  # 25 cannot be a month: month first
        ("2024/03/25", "fr", date(2024, 3, 25)),
        ("2024.3.25", "en", date(2024, 3, 25)),
        ("28/02, 2023", "fr", date(2023, 2, 28)),
        ("03/25,2024", "en", date(2024, 3, 25)),
        ("2ème mars 99", "fr", date(1999, 3, 2)),
        ("5 sep. 2022", "fr", date(2022, 9, 5)),
        ("le vingt-huit", "fr", date(2025, 7, 28)),
        ("mercredi, le 16", "fr", date(2025, 7, 16)),
        ("troisième jeudi", "fr", date(2025, 7, 17)),
        ("third Thursday", "en", date(2025, 7, 17)),
        ("14 du mois prochain", "fr", date(2025, 8, 14)),
        ("deuxième lundi en septembre", "fr", date(2025, 9, 8)),
    ],
)
def test_more_day_forms(text: str, lang: str, day: date) -> None:
    assert value(text, lang).start == day


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("mars de l'année prochaine", "fr", date(2026, 3, 1), date(2026, 4, 1)),
        ("October next year", "en", date(2026, 10, 1), date(2026, 11, 1)),
        ("2024, apr", "en", date(2024, 4, 1), date(2024, 5, 1)),
    ],
)
def test_months_of_a_year_found_after_them(text: str, lang: str, start: date, end: date) -> None:
    assert interval(text, lang) == (start, end)


def test_a_first_name_is_not_a_month_abbreviation() -> None:
    found = find_times("Jan Koum a quitté l'entreprise.", lang="fr", reference_date=R)
    assert found == []


@pytest.mark.parametrize(
    ("text", "start", "end", "mod"),
    [
        ("la première quinzaine de mars", date(2026, 3, 1), date(2026, 3, 15), "START"),
        ("la seconde quinzaine de février 2024", date(2024, 2, 15), date(2024, 3, 1), "END"),
    ],
)
def test_fortnights_of_a_month(text: str, start: date, end: date, mod: str) -> None:
    found = value(text, "fr")
    assert (found.start, found.end) == (start, end)
    assert found.mod is not None and found.mod.value == mod


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("07/Nov/2018", "fr", date(2018, 11, 7), date(2018, 11, 8)),
        ("2018/Nov/07", "fr", date(2018, 11, 7), date(2018, 11, 8)),
        ("2018.11", "fr", date(2018, 11, 1), date(2018, 12, 1)),
        ("2018.4", "en", date(2018, 4, 1), date(2018, 5, 1)),
    ],
)
def test_capitalised_month_between_numbers(text: str, lang: str, start: date, end: date) -> None:
    assert interval(text, lang) == (start, end)


def test_fortnight_without_a_month_is_in_the_reference_month() -> None:
    assert interval("la deuxième quinzaine", "fr") == (date(2025, 7, 15), date(2025, 8, 1))


@pytest.mark.parametrize(
    ("text", "lang", "saturday"),
    [
        ("le premier week-end d'octobre", "fr", date(2025, 10, 4)),
        ("le dernier week-end de novembre", "fr", date(2025, 11, 29)),
        ("the second weekend of August", "en", date(2025, 8, 9)),
        ("the last weekend of May 2026", "en", date(2026, 5, 30)),
    ],
)
def test_nth_weekend_of_a_month(text: str, lang: str, saturday: date) -> None:
    found = value(text, lang)
    assert (found.start, found.end) == (saturday, date.fromordinal(saturday.toordinal() + 2))
    assert found.timex.endswith("-WE")


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("vendredi 2025-07-11", "fr", date(2025, 7, 11)),
        ("Friday, 7/11/2025", "en", date(2025, 7, 11)),
        ("last week's Wednesday", "en", date(2025, 6, 25)),
    ],
)
def test_weekday_with_a_day_found_after_it(text: str, lang: str, day: date) -> None:
    assert value(text, lang).start == day


def test_weekday_that_disagrees_with_a_numeric_date_is_not_merged() -> None:
    found = find_times("jeudi 2025-07-11", lang="fr", reference_date=R)
    assert [m.text for m in found] == ["jeudi", "2025-07-11"]


def test_french_month_with_two_digit_year() -> None:
    assert interval("juillet 98", "fr") == (date(1998, 7, 1), date(1998, 8, 1))
