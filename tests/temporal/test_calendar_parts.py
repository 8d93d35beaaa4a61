"""Quarters, halves, seasons, weeks and weekdays."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from timeline import Granularity, find_times
from timeline.temporal.timex import SEASONS, season_interval
from timeline.testing.calendar import FIXED_DAYS

from .helpers import R, value


@pytest.mark.parametrize(
    ("text", "lang", "start", "end", "timex"),
    [
        ("T1 2025", "fr", date(2025, 1, 1), date(2025, 4, 1), "2025-Q1"),
        ("au premier trimestre 2024", "fr", date(2024, 1, 1), date(2024, 4, 1), "2024-Q1"),
        ("le troisième trimestre", "fr", date(2025, 7, 1), date(2025, 10, 1), "2025-Q3"),
        ("S2 2025", "fr", date(2025, 7, 1), date(2026, 1, 1), "2025-H2"),
        ("Q4 2023", "en", date(2023, 10, 1), date(2024, 1, 1), "2023-Q4"),
        ("the first half of 2025", "en", date(2025, 1, 1), date(2025, 7, 1), "2025-H1"),
        ("H2", "en", date(2025, 7, 1), date(2026, 1, 1), "2025-H2"),
    ],
)
def test_quarters_and_halves(text: str, lang: str, start: date, end: date, timex: str) -> None:
    found = value(text, lang)
    assert (found.start, found.end, found.timex) == (start, end, timex)


@pytest.mark.parametrize(
    ("text", "lang", "start", "end", "timex"),
    [
        ("printemps 2025", "fr", date(2025, 3, 20), date(2025, 6, 21), "2025-SP"),
        ("cet été", "fr", date(2025, 6, 21), date(2025, 9, 24), "2025-SU"),
        ("summer 2024", "en", date(2024, 6, 21), date(2024, 9, 24), "2024-SU"),
    ],
)
def test_seasons(text: str, lang: str, start: date, end: date, timex: str) -> None:
    found = value(text, lang)
    assert (found.start, found.end, found.timex) == (start, end, timex)
    assert found.granularity is Granularity.SEASON


@pytest.mark.parametrize(
    ("text", "lang", "words", "timex"),
    [
        # R = 1 July 2025, in summer
        ("Le chantier a démarré au printemps.", "fr", "printemps", "2025-SP"),
        ("Le chantier démarrera au printemps.", "fr", "printemps", "2026-SP"),
        ("Les ventes ont bondi l'été dernier.", "fr", "l'été dernier", "2024-SU"),
        ("Le site ouvrira l'hiver prochain.", "fr", "l'hiver prochain", "2025-WI"),
        ("Les prix montent en été.", "fr", "été", "2025-SU"),
        ("The firm was founded in the spring.", "en", "the spring", "2025-SP"),
        ("The store opens in the winter.", "en", "the winter", "2025-WI"),
        ("Output fell last spring.", "en", "last spring", "2025-SP"),
        ("Output fell last summer.", "en", "last summer", "2024-SU"),
        ("The line restarts next summer.", "en", "next summer", "2026-SU"),
    ],
)
def test_a_season_without_a_year_follows_the_clause(
    text: str, lang: str, words: str, timex: str
) -> None:
    [mention] = find_times(text, lang=lang, reference_date=R)
    assert (mention.text, mention.value.timex) == (words, timex)
    start, end = season_interval(int(timex[:4]), timex[5:])
    assert (mention.value.start, mention.value.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Il a été nommé directeur.", "fr"), ("The spring broke.", "en"), ("a hot spring", "en")],
)
def test_a_season_word_alone_is_no_time(text: str, lang: str) -> None:
    assert find_times(text, lang=lang, reference_date=R) == []


def test_weekday_in_a_past_clause_is_the_latest_one_not_after_r() -> None:
    [mention] = find_times("Le conseil s'est réuni jeudi.", lang="fr", reference_date=R)
    assert mention.value.start == date(2025, 6, 26)


def test_weekday_in_a_future_clause_is_the_next_one_from_r() -> None:
    [mention] = find_times("The board will meet on Thursday.", lang="en", reference_date=R)
    assert mention.value.start == date(2025, 7, 3)


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("lundi dernier", "fr", date(2025, 6, 30)),
        ("mardi dernier", "fr", date(2025, 6, 24)),
        ("vendredi prochain", "fr", date(2025, 7, 4)),
        ("mardi prochain", "fr", date(2025, 7, 8)),
        ("last Monday", "en", date(2025, 6, 30)),
        ("next Friday", "en", date(2025, 7, 11)),
    ],
)
def test_last_and_next_weekdays(text: str, lang: str, day: date) -> None:
    found = value(text, lang)
    assert found.start == day
    assert found.granularity is Granularity.DAY


def test_this_week_runs_monday_to_sunday() -> None:
    found = value("cette semaine", "fr")
    assert (found.start, found.end, found.timex) == (
        date(2025, 6, 30),
        date(2025, 7, 7),
        "2025-W27",
    )


def test_seasons_partition_the_year() -> None:
    day, stop = date(2024, 1, 1), date(2026, 1, 1)
    while day < stop:
        holders = [
            code
            for year in (day.year - 1, day.year)
            for code in SEASONS
            if season_interval(year, code)[0] <= day < season_interval(year, code)[1]
        ]
        assert len(holders) == 1, (day, holders)
        day += timedelta(days=1)


def test_seasons_match_the_testing_calendar() -> None:
    for code, (first, after) in FIXED_DAYS.items():
        start, end = season_interval(2025, code)
        assert ((start.month, start.day), (end.month, end.day)) == (first, after)
    assert season_interval(2025, "WI") == (date(2025, 12, 21), date(2026, 3, 20))
