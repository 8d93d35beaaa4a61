"""Self-contained dates: days, months, years, decades, numeric formats, in both languages."""

from __future__ import annotations

from datetime import date

import pytest

from timeline import Anchor, Granularity, find_times, parse_time

from .helpers import R, interval, value


@pytest.mark.parametrize(
    ("text", "lang", "start", "end", "timex"),
    [
        ("21 janvier 2025", "fr", date(2025, 1, 21), date(2025, 1, 22), "2025-01-21"),
        ("le 1er mars 2024", "fr", date(2024, 3, 1), date(2024, 3, 2), "2024-03-01"),
        ("mardi 4 février 2025", "fr", date(2025, 2, 4), date(2025, 2, 5), "2025-02-04"),
        ("21/01/2025", "fr", date(2025, 1, 21), date(2025, 1, 22), "2025-01-21"),
        ("2025-03-21", "fr", date(2025, 3, 21), date(2025, 3, 22), "2025-03-21"),
        ("January 21st, 2025", "en", date(2025, 1, 21), date(2025, 1, 22), "2025-01-21"),
        ("Jan. 21, 2025", "en", date(2025, 1, 21), date(2025, 1, 22), "2025-01-21"),
        ("1/21/2025", "en", date(2025, 1, 21), date(2025, 1, 22), "2025-01-21"),
        ("the 3rd of May 2024", "en", date(2024, 5, 3), date(2024, 5, 4), "2024-05-03"),
        ("2024-11-05", "en", date(2024, 11, 5), date(2024, 11, 6), "2024-11-05"),
    ],
)
def test_full_dates_are_that_day(text: str, lang: str, start: date, end: date, timex: str) -> None:
    found = value(text, lang)
    assert (found.start, found.end, found.timex) == (start, end, timex)
    assert found.granularity is Granularity.DAY
    assert found.anchor is Anchor.ABSOLUTE


@pytest.mark.parametrize(
    ("text", "lang", "start", "end", "timex"),
    [
        ("mars 2025", "fr", date(2025, 3, 1), date(2025, 4, 1), "2025-03"),
        ("en décembre 2023", "fr", date(2023, 12, 1), date(2024, 1, 1), "2023-12"),
        ("March 2025", "en", date(2025, 3, 1), date(2025, 4, 1), "2025-03"),
        ("in September of 2019", "en", date(2019, 9, 1), date(2019, 10, 1), "2019-09"),
    ],
)
def test_months_with_a_year(text: str, lang: str, start: date, end: date, timex: str) -> None:
    found = value(text, lang)
    assert (found.start, found.end, found.timex) == (start, end, timex)
    assert found.granularity is Granularity.MONTH


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("en 2019", "fr"),
        ("depuis l'an 2019", "fr"),
        ("in 2019", "en"),
        ("during 2019", "en"),
    ],
)
def test_years_with_evidence(text: str, lang: str) -> None:
    found = value(text, lang)
    assert found.timex == "2019"
    assert found.granularity is Granularity.YEAR


@pytest.mark.parametrize(
    ("text", "lang", "start", "end", "timex"),
    [
        ("les années 1990", "fr", date(1990, 1, 1), date(2000, 1, 1), "199"),
        ("les années 80", "fr", date(1980, 1, 1), date(1990, 1, 1), "198"),
        ("the 1990s", "en", date(1990, 1, 1), date(2000, 1, 1), "199"),
        ("the '80s", "en", date(1980, 1, 1), date(1990, 1, 1), "198"),
    ],
)
def test_decades(text: str, lang: str, start: date, end: date, timex: str) -> None:
    found = value(text, lang)
    assert (found.start, found.end, found.timex) == (start, end, timex)
    assert found.granularity is Granularity.DECADE


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("the early 1980s", date(1980, 1, 1), date(1983, 5, 1)),
        ("late 2010s", date(2016, 9, 1), date(2020, 1, 1)),
        ("the early seventies", date(1970, 1, 1), date(1973, 5, 1)),
        ("the roaring twenties", date(1920, 1, 1), date(1930, 1, 1)),
    ],
)
def test_english_parts_of_a_decade_and_its_names(text: str, start: date, end: date) -> None:
    found = value(text, "en")
    assert (found.start, found.end) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        "She retired in her early 70s.",
        "He is in his late fifties.",
        "Highs reached the mid nineties.",
        "Fans in their early 20s queued.",
    ],
)
def test_ages_and_temperatures_are_no_decades(text: str) -> None:
    assert find_times(text, lang="en", reference_date=R) == []


def test_a_month_without_a_year_is_the_nearest_one_not_after_r_in_a_past_clause() -> None:
    [mention] = find_times("Le groupe a signé l'accord en février.", lang="fr", reference_date=R)
    assert (mention.value.start, mention.value.end) == (date(2025, 2, 1), date(2025, 3, 1))
    assert mention.value.anchor is Anchor.REFERENCE


def test_a_month_without_a_year_is_the_next_one_in_a_future_clause() -> None:
    [mention] = find_times("The company will report in May.", lang="en", reference_date=R)
    assert (mention.value.start, mention.value.end) == (date(2026, 5, 1), date(2026, 6, 1))


def test_a_day_without_a_year_follows_the_clause_tense() -> None:
    [past] = find_times("Il a démissionné le 3 octobre.", lang="fr", reference_date=R)
    assert past.value.start == date(2024, 10, 3)
    [future] = find_times("Le vote aura lieu le 3 octobre.", lang="fr", reference_date=R)
    assert future.value.start == date(2025, 10, 3)


def test_day_month_without_year_and_without_reference_stays_unresolved() -> None:
    found = value("le 3 octobre", "fr", reference=None)
    assert (found.start, found.end, found.timex) == (None, None, "XXXX-10-03")


def test_month_words_are_matched_without_accents_and_case() -> None:
    assert interval("15 FEVRIER 2024", "fr") == (date(2024, 2, 15), date(2024, 2, 16))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("31 février 2025", "fr"),
        ("le 32 mars", "fr"),
        ("30/02/2024", "fr"),
        ("February 30, 2024", "en"),
        ("13/45/2024", "en"),
    ],
)
def test_invalid_dates_are_not_times(text: str, lang: str) -> None:
    assert find_times(text, lang=lang, reference_date=R) == []
    assert parse_time(text, lang=lang, reference_date=R) is None


def test_weekday_must_agree_with_the_date() -> None:
    assert parse_time("lundi 4 février 2025", lang="fr", reference_date=R) is None
