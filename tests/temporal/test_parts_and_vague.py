"""Parts of periods (début, mi-, fin; early, mid, late) and vague windows around R."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from timeline import Anchor, Mod, TimeType, find_times

from .helpers import R, value


@pytest.mark.parametrize(
    ("text", "lang", "start", "end", "mod"),
    [
        ("début 2024", "fr", date(2024, 1, 1), date(2024, 4, 1), Mod.START),
        ("mi-2026", "fr", date(2026, 4, 1), date(2026, 10, 1), Mod.MID),
        ("fin 2024", "fr", date(2024, 10, 1), date(2025, 1, 1), Mod.END),
        ("fin mars 2025", "fr", date(2025, 3, 21), date(2025, 4, 1), Mod.END),
        ("début avril 2025", "fr", date(2025, 4, 1), date(2025, 4, 11), Mod.START),
        ("à la mi-mai 2025", "fr", date(2025, 5, 11), date(2025, 5, 21), Mod.MID),
        ("à la fin de l'année", "fr", date(2025, 10, 1), date(2026, 1, 1), Mod.END),
        ("early 2024", "en", date(2024, 1, 1), date(2024, 4, 1), Mod.START),
        ("mid-2026", "en", date(2026, 4, 1), date(2026, 10, 1), Mod.MID),
        ("late March 2025", "en", date(2025, 3, 21), date(2025, 4, 1), Mod.END),
        ("the end of the year", "en", date(2025, 10, 1), date(2026, 1, 1), Mod.END),
    ],
)
def test_parts_of_periods(text: str, lang: str, start: date, end: date, mod: Mod) -> None:
    found = value(text, lang)
    assert (found.start, found.end, found.mod) == (start, end, mod)


def test_the_early_part_of_rs_year_is_cut_at_r_in_a_past_clause() -> None:
    reference = date(2025, 2, 10)
    [mention] = find_times("Le groupe a recruté début 2025.", lang="fr", reference_date=reference)
    assert (mention.value.start, mention.value.end) == (date(2025, 1, 1), reference)


@pytest.mark.parametrize(
    ("text", "lang", "start", "end", "timex"),
    [
        ("plus tôt cette année", "fr", date(2025, 1, 1), R, "2025"),
        ("Plus tôt cette année", "fr", date(2025, 1, 1), R, "2025"),
        ("plus tard cette année", "fr", R, date(2026, 1, 1), "2025"),
        ("earlier this year", "en", date(2025, 1, 1), R, "2025"),
        ("later this year", "en", R, date(2026, 1, 1), "2025"),
        ("earlier this month", "en", date(2025, 7, 1), R + timedelta(days=0), "2025-07"),
        ("récemment", "fr", date(2025, 4, 1), R, "PAST_REF"),
        ("recently", "en", date(2025, 4, 1), R, "PAST_REF"),
        ("actuellement", "fr", R, R + timedelta(days=1), "PRESENT_REF"),
        ("currently", "en", R, R + timedelta(days=1), "PRESENT_REF"),
        ("dans les semaines à venir", "fr", R, R + timedelta(weeks=6), "FUTURE_REF"),
        ("dans les prochains jours", "fr", R, R + timedelta(days=7), "FUTURE_REF"),
        ("in the coming weeks", "en", R, R + timedelta(weeks=6), "FUTURE_REF"),
        ("in the coming months", "en", R, date(2026, 1, 1), "FUTURE_REF"),
        ("dans les années à venir", "fr", R, date(2030, 7, 1), "FUTURE_REF"),
        ("bientôt", "fr", R, date(2025, 10, 1), "FUTURE_REF"),
        ("soon", "en", R, date(2025, 10, 1), "FUTURE_REF"),
    ],
)
def test_vague_windows(text: str, lang: str, start: date, end: date, timex: str) -> None:
    if start == end:  # "earlier this month" on the 1st names no day, and no other time
        assert find_times(text, lang=lang, reference_date=R) == []
        return
    found = value(text, lang)
    assert (found.start, found.end, found.timex) == (start, end, timex)
    assert found.anchor is Anchor.REFERENCE


@pytest.mark.parametrize(
    ("text", "lang", "timex"),
    [
        ("ces derniers mois", "fr", "PXM"),
        ("au cours des derniers mois", "fr", "PXM"),
        ("in recent months", "en", "PXM"),
        ("ces dernières années", "fr", "PXY"),
    ],
)
def test_recent_units_are_vague_durations_up_to_r(text: str, lang: str, timex: str) -> None:
    found = value(text, lang)
    assert found.type is TimeType.DURATION
    assert found.timex == timex
    assert found.end == R
    assert found.length is not None and found.length.amount is None


def test_in_recent_months_is_the_half_year_before_r() -> None:
    found = value("in recent months", "en")
    assert (found.start, found.end) == (date(2025, 1, 1), R)


def test_the_next_n_years_is_anchored_at_r() -> None:
    found = value("les quatre prochaines années", "fr")
    assert (found.start, found.end, found.timex) == (R, date(2029, 7, 1), "P4Y")
    assert found.type is TimeType.DURATION


def test_in_the_future_is_open_after_r() -> None:
    found = value("à l'avenir", "fr")
    assert (found.start, found.end, found.timex) == (R, None, "FUTURE_REF")
