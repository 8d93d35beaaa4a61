"""Questions people ask a timeline: who, what kind, when, how two events stand.

Every query returns events in timeline order. Party names compare by
:func:`~timeline.order.names.canonical_name` (case, accents and punctuation ignored).
A date range ``[start, end)`` is half-open like every interval in the library; by default an
event is in it when its bounds lie certainly inside it (``possibly=True``: when they overlap
it, i.e. the event may have happened in it).
"""

from __future__ import annotations

from datetime import date

from timeline.errors import InvalidRecordError, UnknownEventError
from timeline.model import Anchor, Event, EventKind, Instant, Relation, Role, Timeline
from timeline.order.instants import end_key, start_key
from timeline.order.names import canonical_name
from timeline.order.relation import relation as _relation

__all__ = [
    "between",
    "of_kind",
    "of_party",
    "relation",
    "undated",
]


def _event(timeline: Timeline, item: Event | str, by_id: dict[str, Event]) -> Event:
    if isinstance(item, Event):
        return item
    if isinstance(item, str) and item in by_id:
        return by_id[item]
    raise UnknownEventError(f"no event {item!r} in this timeline")


def relation(timeline: Timeline, a: Event | str, b: Event | str) -> Relation:
    """How event ``a`` stands to event ``b`` (events or ids); see docs/ordering.md."""
    by_id = {event.id: event for event in timeline.events}
    first, second = _event(timeline, a, by_id), _event(timeline, b, by_id)
    by_id.setdefault(first.id, first)
    by_id.setdefault(second.id, second)
    return _relation(first, second, by_id)


def of_party(timeline: Timeline, name: str, role: Role | str | None = None) -> tuple[Event, ...]:
    """Events in which a party named ``name`` takes part (in ``role``, when given)."""
    if not isinstance(name, str):
        raise InvalidRecordError(f"party name must be a str, not {type(name).__name__}")
    wanted = canonical_name(name)
    wanted_role = None if role is None else _role(role)
    return tuple(
        event
        for event in timeline.events
        if any(
            canonical_name(p.name) == wanted and (wanted_role is None or p.role is wanted_role)
            for p in event.parties
        )
    )


def _role(value: Role | str) -> Role:
    try:
        return Role(value)
    except ValueError:
        raise InvalidRecordError(f"unknown Role {value!r}") from None


def of_kind(timeline: Timeline, kind: EventKind | str) -> tuple[Event, ...]:
    """Events of one kind (an :class:`EventKind` or its value, e.g. ``"acquisition"``)."""
    try:
        wanted = EventKind(kind)
    except ValueError:
        raise InvalidRecordError(f"unknown EventKind {kind!r}") from None
    return tuple(event for event in timeline.events if event.kind is wanted)


def _bound(value: object, what: str) -> Instant | None:
    if value is None or isinstance(value, date):
        return value
    raise InvalidRecordError(f"{what} must be a date, a datetime or None, not {value!r}")


def between(
    timeline: Timeline,
    start: Instant | None = None,
    end: Instant | None = None,
    *,
    possibly: bool = False,
) -> tuple[Event, ...]:
    """Events certainly within ``[start, end)`` (``possibly=True``: that may lie in it).

    ``None`` leaves that side of the range open.
    """
    low, high = start_key(_bound(start, "start")), end_key(_bound(end, "end"))
    if low >= high:
        raise InvalidRecordError(f"empty date range: {start} is not before {end}")
    result = []
    for event in timeline.events:
        event_low, event_high = start_key(event.when.start), end_key(event.when.end)
        if possibly:
            keep = max(low, event_low) < min(high, event_high)
        else:
            keep = low <= event_low and event_high <= high
        if keep:
            result.append(event)
    return tuple(result)


def undated(timeline: Timeline) -> tuple[Event, ...]:
    """Events the text does not date (their anchor is ``undated``)."""
    return tuple(event for event in timeline.events if event.when.anchor is Anchor.UNDATED)
