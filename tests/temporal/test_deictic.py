"""Deictic expressions, resolved against the reference date R."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from timeline import Anchor, Granularity, TimeType, find_times

from .helpers import R, value

DAY = timedelta(days=1)


@pytest.mark.parametrize(
    ("text", "lang", "shift"),
    [
        ("aujourd'hui", "fr", 0),
        ("aujourd’hui", "fr", 0),
        ("hier", "fr", -1),
        ("demain", "fr", 1),
        ("avant-hier", "fr", -2),
        ("today", "en", 0),
        ("yesterday", "en", -1),
        ("tomorrow", "en", 1),
    ],
)
def test_days_around_r(text: str, lang: str, shift: int) -> None:
    found = value(text, lang)
    assert (found.start, found.end) == (R + shift * DAY, R + (shift + 1) * DAY)
    assert found.anchor is Anchor.REFERENCE


@pytest.mark.parametrize(
    ("text", "lang", "start", "end", "unit"),
    [
        ("la semaine dernière", "fr", date(2025, 6, 23), date(2025, 6, 30), Granularity.WEEK),
        ("le mois prochain", "fr", date(2025, 8, 1), date(2025, 9, 1), Granularity.MONTH),
        ("l'an dernier", "fr", date(2024, 1, 1), date(2025, 1, 1), Granularity.YEAR),
        ("l’année prochaine", "fr", date(2026, 1, 1), date(2027, 1, 1), Granularity.YEAR),
        ("cette année", "fr", date(2025, 1, 1), date(2026, 1, 1), Granularity.YEAR),
        ("last month", "en", date(2025, 6, 1), date(2025, 7, 1), Granularity.MONTH),
        ("next year", "en", date(2026, 1, 1), date(2027, 1, 1), Granularity.YEAR),
        ("this quarter", "en", date(2025, 7, 1), date(2025, 10, 1), Granularity.QUARTER),
    ],
)
def test_this_last_next_units(
    text: str, lang: str, start: date, end: date, unit: Granularity
) -> None:
    found = value(text, lang)
    assert (found.start, found.end, found.granularity) == (start, end, unit)


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("il y a trois jours", "fr", date(2025, 6, 28), date(2025, 6, 29)),
        ("il y a deux mois", "fr", date(2025, 5, 1), date(2025, 6, 1)),
        ("dans deux semaines", "fr", date(2025, 7, 15), date(2025, 7, 16)),
        ("il y a une semaine", "fr", date(2025, 6, 24), date(2025, 6, 25)),
        ("three days ago", "en", date(2025, 6, 28), date(2025, 6, 29)),
        ("a year ago", "en", date(2024, 1, 1), date(2025, 1, 1)),
        ("in two weeks", "en", date(2025, 7, 15), date(2025, 7, 16)),
    ],
)
def test_n_units_ago_and_in_n_units(text: str, lang: str, start: date, end: date) -> None:
    assert (value(text, lang).start, value(text, lang).end) == (start, end)


def test_in_n_units_in_a_past_clause_is_a_length() -> None:
    [mention] = find_times(
        "Shares hit their lowest level in six years.", lang="en", reference_date=R
    )
    assert mention.value.type is TimeType.DURATION
    assert mention.value.timex == "P6Y"


def test_until_a_weekday_looks_forward() -> None:
    [mention] = find_times("Markets stay closed until Monday.", lang="en", reference_date=R)
    assert mention.value.end == date(2025, 7, 8)


def test_a_few_days_ago_is_the_week_before_r() -> None:
    found = value("il y a quelques jours", "fr")
    assert (found.start, found.end, found.timex) == (R - 7 * DAY, R, "PAST_REF")


def test_deictic_expressions_stay_unresolved_without_a_reference() -> None:
    for text, lang in [("hier", "fr"), ("next year", "en"), ("il y a trois jours", "fr")]:
        found = value(text, lang, reference=None)
        assert (found.start, found.end) == (None, None)
        assert found.anchor is Anchor.REFERENCE


@pytest.mark.parametrize(
    ("text", "lang", "hour", "minute", "unit"),
    [
        ("à 15h30", "fr", 15, 30, Granularity.MINUTE),
        ("à 15 h", "fr", 15, 0, Granularity.HOUR),
        ("vers 9 heures", "fr", 9, 0, Granularity.HOUR),
        ("at 3 pm", "en", 15, 0, Granularity.HOUR),
        ("at 3:45 p.m.", "en", 15, 45, Granularity.MINUTE),
        ("at noon", "en", 12, 0, Granularity.HOUR),
    ],
)
def test_clock_times_on_the_reference_day(
    text: str, lang: str, hour: int, minute: int, unit: Granularity
) -> None:
    reference = datetime(2025, 7, 1, 8, 0)
    found = value(text, lang, reference=reference)
    assert found.start == datetime(2025, 7, 1, hour, minute)
    assert found.type is TimeType.TIME
    assert found.granularity is unit


def test_clock_times_keep_an_aware_reference_time_zone() -> None:
    paris = timezone(timedelta(hours=2))
    found = value("à 15h30", "fr", reference=datetime(2025, 7, 1, 8, 0, tzinfo=paris))
    assert found.start == datetime(2025, 7, 1, 15, 30, tzinfo=paris)


@pytest.mark.parametrize(("text", "lang"), [("ce soir", "fr"), ("tonight", "en")])
def test_this_evening(text: str, lang: str) -> None:
    found = value(text, lang)
    assert (found.start, found.end) == (datetime(2025, 7, 1, 18), datetime(2025, 7, 2))
    assert found.timex == "2025-07-01TEV"


def test_a_day_and_a_clock_time_in_running_text_are_two_mentions() -> None:
    mentions = find_times("La réunion a eu lieu mardi à 15h.", lang="fr", reference_date=R)
    assert [m.text for m in mentions] == ["mardi", "15h"]
    assert mentions[1].value.start == datetime(2025, 7, 1, 15)


def test_a_day_with_a_clock_time_parses_as_one_time() -> None:
    found = value("le 3 mars 2025 à 15h", "fr")
    assert found.start == datetime(2025, 3, 3, 15)
