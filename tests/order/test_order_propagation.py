"""Anchoring of event-relative times and propagation of stated constraints, rule by rule."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.errors import InvalidRecordError
from timeline.model import Anchor, Period, TimeValue
from timeline.order import build_timeline

from .builders import SHORTLY_AFTER, R, dated, document, event, relative

H1 = dated(date(2025, 1, 1), R)


def _by_id(tl):
    return {e.id: e for e in tl}


def test_shortly_after_lies_from_the_start_of_its_event_to_a_month_after_its_end():
    tl = build_timeline([event("a", H1, at=0), event("b", SHORTLY_AFTER, at=10)], [document()])
    b = _by_id(tl)["b"]
    assert (b.when.start, b.when.end) == (date(2025, 1, 1), date(2025, 8, 1))
    assert b.when.anchor is Anchor.EVENT
    assert b.refers_to == "a"


def test_a_relative_time_refers_to_the_previous_event_of_its_own_document():
    events = [
        event("a", dated(date(2024, 3, 1), date(2024, 3, 2)), at=0, doc="d1"),
        event("x", dated(date(2020, 1, 1), date(2021, 1, 1)), at=5, doc="d2"),
        event("b", relative("same"), at=10, doc="d1"),
    ]
    tl = build_timeline(events, [document("d1"), document("d2")])
    b = _by_id(tl)["b"]
    assert b.refers_to == "a"
    assert (b.when.start, b.when.end) == (date(2024, 3, 1), date(2024, 3, 2))


def test_an_explicit_reference_wins_over_the_previous_event():
    events = [
        event("a", dated(date(2024, 3, 1), date(2024, 3, 2)), at=0),
        event("c", dated(date(2024, 6, 1), date(2024, 6, 2)), at=5),
        event("b", relative("after", Period(2, "week"), Period(2, "week")), at=10, refers_to="a"),
    ]
    b = _by_id(build_timeline(events, [document()]))["b"]
    assert (b.when.start, b.when.end) == (date(2024, 3, 15), date(2024, 3, 16))


def test_before_with_a_window_lies_that_window_before_its_event():
    events = [
        event("a", dated(date(2024, 3, 10), date(2024, 3, 11)), at=0),
        event("b", relative("before", Period(0, "day"), Period(7, "day")), at=10),
    ]
    b = _by_id(build_timeline(events, [document()]))["b"]
    assert (b.when.start, b.when.end) == (date(2024, 3, 3), date(2024, 3, 11))


def test_a_relative_time_keeps_its_own_bounds_when_tighter():
    own = TimeValue(None, R, "day", "XXXX-XX-XX", anchor="event", relative=SHORTLY_AFTER.relative)
    b = _by_id(build_timeline([event("a", H1), event("b", own, at=10)], [document()]))["b"]
    assert (b.when.start, b.when.end) == (date(2025, 1, 1), R)


def test_constraints_also_tighten_the_event_referred_to():
    # b is the same day as a; b is dated, a only bounded: a learns b's day
    events = [
        event("a", TimeValue.undated(end=R), at=0),
        event(
            "b",
            TimeValue(
                date(2025, 2, 3),
                date(2025, 2, 4),
                "day",
                "2025-02-03",
                anchor="event",
                relative=relative("same").relative,
            ),
            at=10,
        ),
    ]
    a = _by_id(build_timeline(events, [document()]))["a"]
    assert (a.when.start, a.when.end) == (date(2025, 2, 3), date(2025, 2, 4))
    assert a.when.anchor is Anchor.UNDATED  # tightened, still undated by the text


def test_propagation_runs_along_chains_to_a_fixpoint():
    events = [
        event("a", dated(date(2024, 1, 1), date(2024, 1, 2)), at=0),
        event("b", relative("after", Period(1, "week"), Period(1, "week")), at=10),
        event("c", relative("after", Period(1, "week"), Period(1, "week")), at=20),
    ]
    c = _by_id(build_timeline(events, [document()]))["c"]
    assert (c.when.start, c.when.end) == (date(2024, 1, 15), date(2024, 1, 16))


def test_a_vague_window_is_never_narrowed():
    events = [
        event("a", H1, at=0),
        event("b", relative("after", Period(None, "day"), Period(None, "month")), at=10),
    ]
    b = _by_id(build_timeline(events, [document()]))["b"]
    assert (b.when.start, b.when.end) == (date(2025, 1, 1), None)


def test_a_contradiction_is_reported_and_not_applied():
    events = [
        event("a", dated(date(2025, 3, 1), date(2025, 3, 2)), at=0),
        event(
            "b",
            TimeValue(
                date(2024, 1, 1),
                date(2024, 2, 1),
                "month",
                "2024-01",
                anchor="event",
                relative=SHORTLY_AFTER.relative,
            ),
            at=10,
        ),
    ]
    tl = build_timeline(events, [document()])
    by_id = _by_id(tl)
    assert (by_id["b"].when.start, by_id["b"].when.end) == (date(2024, 1, 1), date(2024, 2, 1))
    assert (by_id["a"].when.start, by_id["a"].when.end) == (date(2025, 3, 1), date(2025, 3, 2))
    assert [d.code for d in tl.diagnostics] == ["contradiction"]
    assert tl.diagnostics[0].events == ("b", "a")


def test_a_missing_reference_is_reported():
    tl = build_timeline([event("b", SHORTLY_AFTER, refers_to="nowhere")], [document()])
    assert [d.code for d in tl.diagnostics] == ["unresolved_reference"]
    assert tl[0].when.start is None and tl[0].when.end is None


def test_the_first_event_of_a_document_has_nothing_to_refer_to():
    tl = build_timeline([event("b", SHORTLY_AFTER)], [document()])
    assert [d.code for d in tl.diagnostics] == ["unresolved_reference"]


def test_a_cycle_of_references_is_cut_and_reported():
    events = [
        event("a", relative("same"), at=0, refers_to="b"),
        event("b", relative("same"), at=10, refers_to="a"),
    ]
    tl = build_timeline(events, [document()])
    assert [d.code for d in tl.diagnostics] == ["reference_cycle"]


def test_until_is_kept_as_given():
    until = dated(date(2030, 1, 1), date(2031, 1, 1), "2030")
    events = [event("a", H1), event("b", SHORTLY_AFTER, at=10, until=until)]
    assert _by_id(build_timeline(events, [document()]))["b"].until == until


def test_month_arithmetic_clamps_outward():
    events = [
        event("a", dated(date(2025, 1, 31), date(2025, 2, 1)), at=0),
        event("b", relative("after", Period(1, "month"), Period(1, "month")), at=10),
    ]
    b = _by_id(build_timeline(events, [document()]))["b"]
    # "one month after 31 January": no earlier than 28 February, no later than 1 March
    assert (b.when.start, b.when.end) == (date(2025, 2, 28), date(2025, 3, 1))


def test_far_offsets_leave_the_bound_open_instead_of_failing():
    events = [
        event("a", dated(date(9999, 12, 1), date(9999, 12, 2)), at=0),
        event("b", relative("after", Period(0, "day"), Period(5, "century")), at=10),
    ]
    b = _by_id(build_timeline(events, [document()]))["b"]
    assert (b.when.start, b.when.end) == (date(9999, 12, 1), None)


def test_datetime_and_date_bounds_mix_without_error():
    from datetime import datetime

    events = [
        event(
            "a",
            TimeValue(datetime(2025, 3, 1, 9), datetime(2025, 3, 1, 10), "hour", "2025-03-01T09"),
            at=0,
        ),
        event("b", relative("after", Period(0, "day"), Period(1, "day")), at=10),
        event("c", dated(date(2025, 3, 1), date(2025, 3, 5)), at=20),
    ]
    tl = build_timeline(events, [document()])
    b = _by_id(tl)["b"]
    assert (b.when.start, b.when.end) == (datetime(2025, 3, 1, 9), datetime(2025, 3, 2, 10))


def test_duplicate_ids_are_a_clear_error():
    with pytest.raises(InvalidRecordError):
        build_timeline([event("a", H1), event("a", H1, at=10)], [document()])


def test_no_events_gives_an_empty_timeline():
    tl = build_timeline([], [document()])
    assert len(tl) == 0 and tl.diagnostics == ()


def test_a_cycle_of_after_links_still_gives_every_event_once():
    from timeline.merge import merge

    events = [
        event("a", relative("after"), at=0, refers_to="b"),
        event("b", relative("after"), at=10, refers_to="a"),
        event("c", H1, at=20),
    ]
    tl = build_timeline(events, [document()])
    assert sorted(e.id for e in tl) == ["a", "b", "c"]
    assert [d.code for d in tl.diagnostics] == ["reference_cycle"]
    assert merge([tl]) == tl
