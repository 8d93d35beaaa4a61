"""Timeline order: certain order first, the text's order wherever the order is open."""

from __future__ import annotations

from datetime import date

from timeline.model import Period, Relation, TimeValue
from timeline.order import build_timeline

from .builders import SHORTLY_AFTER, R, dated, document, event, relative

H1 = dated(date(2025, 1, 1), R)
Y2030 = dated(date(2030, 1, 1), date(2031, 1, 1), "2030")
Y2019 = dated(date(2019, 1, 1), date(2020, 1, 1), "2019")


def _ids(tl):
    return [e.id for e in tl]


def test_open_order_follows_the_text():
    events = [
        event("first", TimeValue.undated(end=R), at=0),
        event("second", H1, at=10),
        event("third", TimeValue.undated(), at=20),
    ]
    assert _ids(build_timeline(events, [document()])) == ["first", "second", "third"]


def test_a_certainly_earlier_event_comes_first_whatever_the_text_order():
    events = [event("late", Y2030, at=0), event("open", H1, at=10), event("old", Y2019, at=20)]
    assert _ids(build_timeline(events, [document()])) == ["old", "open", "late"]


def test_a_plan_comes_after_every_past_fact():
    events = [
        event("plan", TimeValue.undated(start=R), at=0),
        event("fact", TimeValue.undated(end=R), at=10),
    ]
    assert _ids(build_timeline(events, [document()])) == ["fact", "plan"]


def test_a_stated_after_orders_even_against_the_text():
    # "this comes after X": the later event is told first
    events = [
        event("told-first", relative("after"), at=0, refers_to="told-second"),
        event("told-second", TimeValue.undated(end=R), at=10),
    ]
    tl = build_timeline(events, [document()])
    assert _ids(tl) == ["told-second", "told-first"]
    assert tl.relation("told-second", "told-first") is Relation.BEFORE


def test_a_stated_before_orders_too():
    events = [
        event("anchor", TimeValue.undated(end=R), at=0),
        event("earlier", relative("before", Period(0, "day"), None), at=10),
    ]
    assert _ids(build_timeline(events, [document()])) == ["earlier", "anchor"]


def test_documents_are_told_in_reference_date_order_then_id():
    events = [
        event("new", TimeValue.undated(), at=0, doc="b"),
        event("old", TimeValue.undated(), at=0, doc="a"),
        event("undated-doc", TimeValue.undated(), at=0, doc="c"),
    ]
    docs = [document("c", None), document("b", date(2025, 2, 1)), document("a", date(2025, 1, 1))]
    assert _ids(build_timeline(events, docs)) == ["old", "new", "undated-doc"]
    assert [d.id for d in build_timeline(events, docs).documents] == ["a", "b", "c"]


def test_same_sentence_events_keep_their_arrival_order():
    events = [event("x", H1, at=10), event("y", H1, at=10), event("w", H1, at=10)]
    assert _ids(build_timeline(events, [document()])) == ["x", "y", "w"]


def test_shortly_after_keeps_its_event_before_it():
    events = [
        event("stargate-like", H1, at=0),
        event("other", TimeValue.undated(end=R), at=5),
        event("after-it", SHORTLY_AFTER, at=10, refers_to="stargate-like"),
        event("contract-end", Y2030, at=20),
        event("bid", TimeValue.undated(end=R), at=30),
    ]
    tl = build_timeline(events, [document()])
    assert _ids(tl) == ["stargate-like", "other", "after-it", "bid", "contract-end"]


def test_order_is_deterministic():
    events = [event(f"e{i}", TimeValue.undated(end=R), at=i) for i in range(50)]
    assert build_timeline(events, [document()]) == build_timeline(events, [document()])
