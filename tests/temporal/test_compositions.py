"""Holidays, weekends, weekdays of a given week or month, and clock arithmetic."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from timeline import TimeType, find_times
from timeline.temporal.holidays import easter, holiday_interval

from .helpers import R, value


@pytest.mark.parametrize(
    ("year", "day"),
    [(2010, date(2010, 4, 4)), (2013, date(2013, 3, 31)), (2025, date(2025, 4, 20))],
)
def test_easter(year: int, day: date) -> None:
    assert easter(year) == day


@pytest.mark.parametrize(
    ("rule", "year", "start", "days"),
    [
        ("12-25", 2024, date(2024, 12, 25), 1),
        ("nth:11:3:4", 2025, date(2025, 11, 27), 1),
        ("nth:5:0:-1", 2025, date(2025, 5, 26), 1),
        ("easter+1", 2025, date(2025, 4, 21), 1),
        ("easter-46:L46", 2025, date(2025, 3, 5), 46),
    ],
)
def test_holiday_rules(rule: str, year: int, start: date, days: int) -> None:
    bounds = holiday_interval(rule, year)
    assert bounds is not None
    assert bounds[0] == start
    assert (bounds[1] - bounds[0]).days == days


def test_malformed_holiday_rule() -> None:
    assert holiday_interval("nth:2:0:9", 2025) is None


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("Noël 2024", "fr", date(2024, 12, 25)),
        ("le lundi de Pâques 2025", "fr", date(2025, 4, 21)),
        ("la Toussaint", "fr", date(2025, 11, 1)),
        ("Thanksgiving 2025", "en", date(2025, 11, 27)),
        ("next Christmas", "en", date(2025, 12, 25)),
        ("last Easter", "en", date(2025, 4, 20)),
    ],
)
def test_holidays(text: str, lang: str, day: date) -> None:
    assert value(text, lang).start == day


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("ce week-end", "fr", date(2025, 7, 5), date(2025, 7, 7)),
        ("le week-end dernier", "fr", date(2025, 6, 28), date(2025, 6, 30)),
        ("next weekend", "en", date(2025, 7, 12), date(2025, 7, 14)),
    ],
)
def test_weekends(text: str, lang: str, start: date, end: date) -> None:
    found = value(text, lang)
    assert (found.start, found.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("mercredi de la semaine prochaine", "fr", date(2025, 7, 9)),
        ("wednesday of next week", "en", date(2025, 7, 9)),
        ("le premier lundi de septembre 2025", "fr", date(2025, 9, 1)),
        ("le dernier vendredi d'août 2025", "fr", date(2025, 8, 29)),
        ("the third Tuesday of September 2025", "en", date(2025, 9, 16)),
        ("the last day of February 2024", "en", date(2024, 2, 29)),
        ("dimanche 29 août", "fr", date(2027, 8, 29)),
        ("Friday the 18th", "en", date(2025, 7, 18)),
    ],
)
def test_days_found_within_another_time(text: str, lang: str, day: date) -> None:
    found = value(text, lang)
    assert found.start == day


def test_a_weekday_picks_the_year_of_a_day_without_one() -> None:
    [mention] = find_times("Rendez-vous dimanche 29 juin.", lang="fr", reference_date=R)
    assert mention.value.start == date(2025, 6, 29)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # said on Saturday 15 November 2025: 5 March is a Sunday in 2023 and in 2028 only
        ("La foire aura lieu le dimanche 5 mars.", date(2028, 3, 5)),
        ("La foire a eu lieu le dimanche 5 mars.", date(2023, 3, 5)),
    ],
)
def test_a_far_agreeing_year_is_taken_on_the_side_of_the_clause(text: str, day: date) -> None:
    [mention] = find_times(text, lang="fr", reference_date=date(2025, 11, 15))
    assert mention.value.start == day


def test_the_fifth_monday_of_a_month_that_has_four_is_not_a_time() -> None:
    assert find_times("le cinquième lundi de février 2025", lang="fr", reference_date=R) == []


@pytest.mark.parametrize(
    ("text", "lang", "hour", "minute"),
    [
        ("à midi et quart", "fr", 12, 15),
        ("à 3 heures et demie", "fr", 3, 30),
        ("à midi moins le quart", "fr", 11, 45),
        ("à 8 heures du soir", "fr", 20, 0),
        ("a quarter past 3pm", "en", 15, 15),
        ("ten to noon", "en", 11, 50),
        ("3:20 in the afternoon", "en", 15, 20),
    ],
)
def test_clock_arithmetic(text: str, lang: str, hour: int, minute: int) -> None:
    found = value(text, lang, reference=datetime(2025, 7, 1, 0, 30))
    assert isinstance(found.start, datetime)
    assert (found.start.hour, found.start.minute) == (hour, minute)
    assert found.type is TimeType.TIME


def test_a_clock_time_in_a_past_clause_is_the_latest_such_time() -> None:
    reference = datetime(2025, 7, 1, 9, 0)
    [mention] = find_times("Le vote a eu lieu à 15h.", lang="fr", reference_date=reference)
    assert mention.value.start == datetime(2025, 6, 30, 15, 0)
    [future] = find_times("Le vote aura lieu à 15h.", lang="fr", reference_date=reference)
    assert future.value.start == datetime(2025, 7, 1, 15, 0)


@pytest.mark.parametrize(("text", "lang"), [("tous les jeudis", "fr"), ("every Thursday", "en")])
def test_every_weekday_is_a_weekly_set(text: str, lang: str) -> None:
    found = value(text, lang)
    assert found.type is TimeType.SET
    assert found.timex == "XXXX-WXX-4"


def test_two_digit_years() -> None:
    assert value("le 10 novembre 93", "fr").start == date(1993, 11, 10)
    assert value("21/01/25", "fr").start == date(2025, 1, 21)


def test_a_clock_time_takes_the_day_named_in_its_sentence() -> None:
    text = "Le rallye aura lieu dimanche 31 août, départ à 9 h devant la mairie."
    mentions = find_times(text, lang="fr", reference_date=R)
    assert [m.text for m in mentions] == ["dimanche 31 août", "9 h"]
    assert mentions[1].value.start == datetime(2025, 8, 31, 9)
    assert mentions[1].value.timex == "2025-08-31T09:00"


def test_a_clock_time_alone_in_its_sentence_keeps_the_reference_day() -> None:
    text = "Le rallye aura lieu dimanche 31 août. La réunion aura lieu à 9 h."
    mentions = find_times(text, lang="fr", reference_date=datetime(2025, 7, 1, 8, 0))
    assert mentions[1].value.start == datetime(2025, 7, 1, 9)


def test_a_part_of_day_takes_the_day_named_in_its_sentence() -> None:
    text = "Le 24 mars, elle avait passé la soirée chez un ami."
    mentions = find_times(text, lang="fr", reference_date=R)
    assert [m.text for m in mentions] == ["Le 24 mars", "la soirée"]
    assert mentions[1].value.start == datetime(2025, 3, 24, 18)


def test_a_range_of_lengths_is_reported_as_two_lengths() -> None:
    text = "Le parquet a requis de 8 à 24 mois de prison."
    mentions = find_times(text, lang="fr", reference_date=R)
    assert [(m.text, m.value.timex) for m in mentions] == [("8", "P8M"), ("24 mois", "P24M")]


def test_military_clock_times() -> None:
    found = value("0800 UTC", "en", reference=datetime(2025, 7, 1, 7, 0))
    assert found.start == datetime(2025, 7, 1, 8, 0)
    assert found.timex == "2025-07-01T08:00Z"


@pytest.mark.parametrize(
    ("text", "lang", "timex"),
    [("sa deuxième année", "fr", "P1Y"), ("in years", "en", "PXY"), ("for decades", "en", "PXDE")],
)
def test_more_durations(text: str, lang: str, timex: str) -> None:
    found = value(text, lang)
    assert found.type is TimeType.DURATION
    assert found.timex == timex


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("Sales in the first nine months of 2024 rose.", "en", date(2024, 1, 1), date(2024, 10, 1)),
        ("Sales in the last three months of 2024 fell.", "en", date(2024, 10, 1), date(2025, 1, 1)),
        (
            "Sales in the first six months of the year rose.",
            "en",
            date(2025, 1, 1),
            date(2025, 7, 1),
        ),
        (
            "Les ventes des trois derniers mois de 2024 ont reculé.",
            "fr",
            date(2024, 10, 1),
            date(2025, 1, 1),
        ),
        (
            "Sur les neuf premiers mois de 2023, la marge a baissé.",
            "fr",
            date(2023, 1, 1),
            date(2023, 10, 1),
        ),
        (
            "Les six premiers mois de l'année ont été calmes.",
            "fr",
            date(2025, 1, 1),
            date(2025, 7, 1),
        ),
        (
            "Les dix derniers jours du mois seront décisifs.",
            "fr",
            date(2025, 7, 22),
            date(2025, 8, 1),
        ),
    ],
)
def test_the_first_or_last_units_of_a_time_or_of_r_s_unit(
    text: str, lang: str, start: date, end: date
) -> None:
    [mention] = find_times(text, lang=lang, reference_date=R)
    assert (mention.value.start, mention.value.end) == (start, end)
    assert mention.value.type is TimeType.DURATION
