"""Ordering properties over generated timelines (the timeline and export issues' part)."""

from __future__ import annotations

from datetime import datetime, timezone

from hypothesis import given, settings

from timeline.model import Instant, Timeline
from timeline.order import build_timeline
from timeline.testing import timelines


def _key(value: Instant) -> datetime:
    """A comparable instant: dates at midnight, aware datetimes in UTC, naive as written."""
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            return value.astimezone(timezone.utc).replace(tzinfo=None)
        return value
    return datetime(value.year, value.month, value.day)


def _rebuilt(timeline: Timeline) -> Timeline:
    return build_timeline(timeline.events, timeline.documents, timeline.timexes)


@settings(max_examples=50, deadline=None)
@given(timelines())
def test_order_is_a_linear_extension_of_the_certain_order(timeline: Timeline) -> None:
    ordered = _rebuilt(timeline)
    assert sorted(e.id for e in ordered) == sorted(e.id for e in timeline.events)
    for i, earlier in enumerate(ordered.events):
        for later in ordered.events[i + 1 :]:
            if later.when.end is not None and earlier.when.start is not None:
                assert not _key(later.when.end) <= _key(earlier.when.start), (
                    f"{later.id} is certainly before {earlier.id} but is placed after it"
                )


@settings(max_examples=50, deadline=None)
@given(timelines())
def test_ordering_is_deterministic_and_only_tightens_bounds(timeline: Timeline) -> None:
    ordered = _rebuilt(timeline)
    assert _rebuilt(timeline) == ordered
    before = {e.id: e.when for e in timeline.events}
    for event in ordered.events:
        given_when = before[event.id]
        if given_when.start is not None:
            assert event.when.start is not None
            assert _key(event.when.start) >= _key(given_when.start)
        if given_when.end is not None:
            assert event.when.end is not None
            assert _key(event.when.end) <= _key(given_when.end)
