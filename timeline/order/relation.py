"""How two events of a timeline stand to each other, from their bounds and stated links.

- ``before``: ``a.end <= b.start`` (certain from the bounds), or the text states that b comes
  after a (a chain of kept "after"/"before"/"same" links, see docs/ordering.md);
- ``after``: the converse;
- ``same``: both bounded with identical bounds at most one day long, or stated "same";
- ``overlaps``: both fully bounded, their windows share time, order open;
- ``undetermined``: anything else (a bound is missing and nothing settles the order).
"""

from __future__ import annotations

from collections.abc import Mapping

from timeline.model import Event, Relation
from timeline.order.constraints import apply, constraint_for
from timeline.order.instants import end_key, instant_key, start_key

__all__ = ["INVERSE", "relation", "stated_link"]

_DAY = 86_400 * 1_000_000

INVERSE = {
    Relation.BEFORE: Relation.AFTER,
    Relation.AFTER: Relation.BEFORE,
    Relation.SAME: Relation.SAME,
    Relation.OVERLAPS: Relation.OVERLAPS,
    Relation.UNDETERMINED: Relation.UNDETERMINED,
}

_MAX_CHAIN = 10_000


def stated_link(event: Event, by_id: Mapping[str, Event]) -> tuple[str, Relation] | None:
    """``(target id, relation)`` when ``event`` is stated relative to a known event and the
    statement agrees with both events' bounds; None otherwise."""
    target_id = event.refers_to
    if target_id is None or target_id == event.id or target_id not in by_id:
        return None
    constraint = constraint_for(0, 1, event.when)
    if constraint is None:
        return None
    target = by_id[target_id]
    result = apply(
        constraint, (event.when.start, event.when.end), (target.when.start, target.when.end)
    )
    if result is None:
        return None
    return target_id, constraint.relation


def _compose(first: Relation, second: Relation) -> Relation | None:
    """x first y, y second z: how x stands to z, when that follows.

    Only like links chain: "same" is the same unit of time (a day, say), inside which two
    "after" links say nothing about each other.
    """
    return first if first is second else None


def _ancestors(event: Event, by_id: Mapping[str, Event]) -> dict[str, Relation]:
    """Every event reachable by stated links from ``event``, with how ``event`` stands to it."""
    found = {event.id: Relation.SAME}
    current: Relation | None = None
    node = event
    for _ in range(_MAX_CHAIN):
        link = stated_link(node, by_id)
        if link is None:
            break
        target_id, step = link
        current = step if current is None else _compose(current, step)
        if current is None or target_id in found:
            break
        found[target_id] = current
        node = by_id[target_id]
    return found


def _stated(a: Event, b: Event, by_id: Mapping[str, Event]) -> Relation | None:
    from_a = _ancestors(a, by_id)
    from_b = _ancestors(b, by_id)
    for common, a_to_common in from_a.items():
        b_to_common = from_b.get(common)
        if b_to_common is None:
            continue
        if common == a.id:
            return INVERSE[b_to_common]
        if common == b.id:
            return a_to_common
        result = _compose(a_to_common, INVERSE[b_to_common])
        if result is not None:
            return result
    return None


def relation(a: Event, b: Event, by_id: Mapping[str, Event]) -> Relation:
    """How ``a`` stands to ``b`` (see the module docstring for the rules)."""
    if a.id == b.id:
        return Relation.SAME
    if end_key(a.when.end) <= start_key(b.when.start):
        return Relation.BEFORE
    if end_key(b.when.end) <= start_key(a.when.start):
        return Relation.AFTER
    stated = _stated(a, b, by_id)
    if stated is not None:
        return stated
    if a.when.is_bounded and b.when.is_bounded:
        assert a.when.start is not None and a.when.end is not None
        assert b.when.start is not None and b.when.end is not None
        same_bounds = (instant_key(a.when.start), instant_key(a.when.end)) == (
            instant_key(b.when.start),
            instant_key(b.when.end),
        )
        if same_bounds and instant_key(a.when.end) - instant_key(a.when.start) <= _DAY:
            return Relation.SAME
        return Relation.OVERLAPS
    return Relation.UNDETERMINED
