"""Queries: by party, by kind, by date range, undated."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.errors import InvalidRecordError
from timeline.model import TimeValue
from timeline.order import build_timeline

from .builders import R, dated, document, event


def _tl():
    return build_timeline(
        [
            event(
                "a",
                dated(date(2025, 1, 1), date(2025, 2, 1)),
                kind="acquisition",
                parties=(("Crédit Agricole", "acquirer"), ("Beta", "target")),
            ),
            event(
                "b",
                TimeValue.undated(end=R),
                at=10,
                kind="investment",
                parties=(("Beta", "investor"),),
            ),
            event(
                "c",
                dated(date(2024, 6, 1), date(2025, 6, 1)),
                at=20,
                kind="hire",
                parties=(("Gamma", "employer"),),
            ),
        ],
        [document()],
    )


def _ids(events):
    return [e.id for e in events]


def test_of_party_ignores_case_accents_and_can_filter_roles():
    tl = _tl()
    assert _ids(tl.of_party("credit  agricole")) == ["a"]
    assert _ids(tl.of_party("BETA")) == ["a", "b"]
    assert _ids(tl.of_party("Beta", role="investor")) == ["b"]
    assert tl.of_party("Nobody") == ()


def test_of_kind_takes_a_kind_or_its_name():
    tl = _tl()
    assert _ids(tl.of_kind("hire")) == ["c"]
    with pytest.raises(InvalidRecordError):
        tl.of_kind("merger-ish")


def test_between_is_certain_containment_by_default():
    tl = _tl()
    assert _ids(tl.between(date(2025, 1, 1), date(2025, 7, 1))) == ["a"]
    assert _ids(tl.between(None, date(2025, 7, 1))) == ["a", "b", "c"]


def test_between_possibly_takes_every_event_that_may_lie_in_the_range():
    tl = _tl()
    assert _ids(tl.between(date(2025, 3, 1), date(2025, 4, 1), possibly=True)) == ["b", "c"]


def test_between_rejects_an_empty_or_mistyped_range():
    tl = _tl()
    with pytest.raises(InvalidRecordError):
        tl.between(date(2025, 2, 1), date(2025, 1, 1))
    with pytest.raises(InvalidRecordError):
        tl.between("2025-01-01", None)


def test_undated_lists_the_events_the_text_does_not_date():
    assert _ids(_tl().undated()) == ["b"]
