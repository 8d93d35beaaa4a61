"""``Timeline.relation``: before, after, same, overlaps, undetermined."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.errors import UnknownEventError
from timeline.model import Period, Relation, TimeValue
from timeline.order import build_timeline

from .builders import SHORTLY_AFTER, R, dated, document, event, relative


def _tl(*events):
    return build_timeline(list(events), [document()])


def test_bounds_that_do_not_meet_give_before_and_after():
    tl = _tl(
        event("a", dated(date(2024, 1, 1), date(2024, 2, 1))),
        event("b", dated(date(2024, 2, 1), date(2024, 3, 1)), at=10),
    )
    assert tl.relation("a", "b") is Relation.BEFORE
    assert tl.relation("b", "a") is Relation.AFTER


def test_the_same_day_is_same_and_a_shared_month_overlaps():
    day = dated(date(2024, 1, 5), date(2024, 1, 6))
    month = dated(date(2024, 1, 1), date(2024, 2, 1))
    tl = _tl(
        event("a", day), event("b", day, at=10), event("c", month, at=20), event("d", month, at=30)
    )
    assert tl.relation("a", "b") is Relation.SAME
    assert tl.relation("c", "d") is Relation.OVERLAPS
    assert tl.relation("a", "c") is Relation.OVERLAPS


def test_an_open_bound_leaves_the_order_undetermined():
    tl = _tl(event("a", TimeValue.undated(end=R)), event("b", dated(date(2025, 1, 1), R), at=10))
    assert tl.relation("a", "b") is Relation.UNDETERMINED


def test_a_stated_link_settles_what_overlapping_bounds_leave_open():
    tl = _tl(event("a", dated(date(2025, 1, 1), R)), event("b", SHORTLY_AFTER, at=10))
    assert tl.relation("a", "b") is Relation.BEFORE
    assert tl.relation("b", "a") is Relation.AFTER


def test_stated_links_chain_when_alike():
    tl = _tl(
        event("a", TimeValue.undated(end=R)),
        event("b", relative("after"), at=10),
        event("c", relative("after"), at=20),
        event("d", relative("same"), at=30),
    )
    assert tl.relation("a", "c") is Relation.BEFORE
    assert tl.relation("c", "d") is Relation.SAME
    # d is the same day as c, which is after b: within a day the order is open
    assert tl.relation("b", "d") is Relation.UNDETERMINED


def test_siblings_on_either_side_of_one_event():
    tl = _tl(
        event("a", TimeValue.undated(end=R)),
        event("later", relative("after", Period(1, "day"), None), at=10, refers_to="a"),
        event("earlier", relative("before", Period(1, "day"), None), at=20, refers_to="a"),
    )
    assert tl.relation("earlier", "later") is Relation.BEFORE


def test_an_event_is_the_same_as_itself():
    tl = _tl(event("a", TimeValue.undated()))
    assert tl.relation("a", "a") is Relation.SAME
    assert tl.relation(tl[0], "a") is Relation.SAME


def test_an_unknown_id_is_a_clear_error():
    tl = _tl(event("a", TimeValue.undated()))
    with pytest.raises(UnknownEventError):
        tl.relation("a", "zzz")
