"""More French gaps seen in Recognizers-Text expressions (round 10).

R is Tuesday 2025-07-01 (see helpers); every sentence here is our own.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from timeline import parse_time

from .helpers import R


def _span(text: str, rules: str | None = "recognizers") -> tuple[object, object] | None:
    found = parse_time(text, lang="fr", reference_date=R, rules=rules)
    return None if found is None else (found.start, found.end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("la même semaine", date(2025, 6, 30), date(2025, 7, 7)),
        ("même mois", date(2025, 7, 1), date(2025, 8, 1)),
        ("la même année", date(2025, 1, 1), date(2026, 1, 1)),
        ("la journée", date(2025, 7, 1), date(2025, 7, 2)),
        ("jour", date(2025, 7, 1), date(2025, 7, 2)),
        ("la semaine", date(2025, 6, 30), date(2025, 7, 7)),
        ("le mois", date(2025, 7, 1), date(2025, 8, 1)),
        ("l'année", date(2025, 1, 1), date(2026, 1, 1)),
    ],
)
def test_a_bare_unit_is_the_references_with_reference_anchor(
    text: str, start: date, end: date
) -> None:
    assert _span(text) == (start, end)
    assert _span(text, None) is None  # anaphoric: the event's, unknown here


def test_a_unit_noun_inside_a_sentence_is_no_time() -> None:
    found = parse_time("la semaine a été calme", lang="fr", reference_date=R, rules="recognizers")
    assert found is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("ce soir", date(2025, 7, 1)),
        ("demain soir", date(2025, 7, 2)),
        ("hier soir", date(2025, 6, 30)),
    ],
)
def test_ce_soir_follows_the_tonight_rule(text: str, day: date) -> None:
    night = (
        datetime(day.year, day.month, day.day, 20),
        datetime(day.year, day.month, day.day, 23, 59, 59),
    )
    assert _span(text) == night
    evening = _span(text, None)
    assert evening is not None and evening[0] == datetime(day.year, day.month, day.day, 18)


def test_another_evening_keeps_the_evening_window() -> None:
    assert _span("jeudi soir") == (datetime(2025, 7, 3, 16), datetime(2025, 7, 3, 20))
