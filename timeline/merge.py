"""The same event reported by several documents, merged into one (docs/ordering.md).

Two events are the same real event when they come from different documents and have the same
kind, the same party names (compared by :func:`~timeline.order.names.canonical_name`; events
without parties are never merged), compatible amounts (their value ranges meet, currencies
equal or one missing), overlapping ``when`` (and ``until`` when both have one), and both or
neither negated. Candidates are bucketed by kind and party names; within a bucket, events are
taken by id and each joins the first group all of whose members it is compatible with. A
group becomes one event: bounds intersected, evidence from every source, id derived from the
sorted ids of its members (a single event keeps its id).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any

import attrs

from timeline.model import (
    Anchor,
    Diagnostic,
    Event,
    EventKind,
    Evidence,
    Modality,
    Money,
    Qualifier,
    Timeline,
    TimeMention,
    TimeValue,
)
from timeline.order.instants import end_key, harmonise, start_key
from timeline.order.names import canonical_name
from timeline.order.propagate import break_cycles, propagate_links
from timeline.order.sequence import (
    TextKey,
    canonical_diagnostics,
    canonical_documents,
    canonical_timexes,
    order_events,
    text_position,
)

__all__ = ["amount_range", "merge", "same_event"]

ABOUT_MARGIN = Decimal("0.1")
"""An amount qualified "about" stands for anything within 10 % of it."""

_ANCHOR_RANK = {Anchor.ABSOLUTE: 0, Anchor.REFERENCE: 1, Anchor.EVENT: 2, Anchor.UNDATED: 3}
_MODALITY_RANK = {
    Modality.FACT: 0,
    Modality.REPORTED: 1,
    Modality.PLANNED: 2,
    Modality.HYPOTHETICAL: 3,
    Modality.NEGATED: 4,
}


def amount_range(money: Money) -> tuple[Decimal, Decimal | None]:
    """The closed range of values ``money`` stands for; ``None`` as the top is unbounded.

    exact: [v, v] (a range: [v, upper]); about: 10 % either side; more than / at least:
    [v, upper or unbounded); less than / up to: [0, upper or v].
    """
    low, high = money.value, money.upper if money.upper is not None else money.value
    if money.qualifier is Qualifier.EXACT:
        return low, high
    if money.qualifier is Qualifier.ABOUT:
        return low * (1 - ABOUT_MARGIN), high * (1 + ABOUT_MARGIN)
    if money.qualifier in (Qualifier.MORE_THAN, Qualifier.AT_LEAST):
        return low, money.upper
    return Decimal(0), high


def _amounts_meet(a: Money | None, b: Money | None) -> bool:
    if a is None or b is None:
        return True
    if a.currency is not None and b.currency is not None and a.currency != b.currency:
        return False
    (a_low, a_high), (b_low, b_high) = amount_range(a), amount_range(b)
    return (a_high is None or b_low <= a_high) and (b_high is None or a_low <= b_high)


def _overlap(a: TimeValue | None, b: TimeValue | None) -> bool:
    if a is None or b is None:
        return True
    return max(start_key(a.start), start_key(b.start)) < min(end_key(a.end), end_key(b.end))


def _documents(event: Event) -> frozenset[str]:
    return frozenset(e.document for e in event.evidence)


def _names(event: Event) -> frozenset[str]:
    return frozenset(canonical_name(p.name) for p in event.parties)


def _compatible(a: Event, b: Event) -> bool:
    """Everything :func:`same_event` asks beyond kind and party names."""
    return (
        not (_documents(a) & _documents(b))
        and (a.modality is Modality.NEGATED) == (b.modality is Modality.NEGATED)
        and _amounts_meet(a.amount, b.amount)
        and _overlap(a.when, b.when)
        and _overlap(a.until, b.until)
    )


def same_event(a: Event, b: Event) -> bool:
    """True when ``a`` and ``b`` may be one real event told by different documents."""
    return a.kind is b.kind and bool(a.parties) and _names(a) == _names(b) and _compatible(a, b)


def _group(events: Sequence[Event], names: Mapping[str, frozenset[str]]) -> list[list[Event]]:
    """Groups of events that are pairwise the same event; deterministic for a set of events."""
    buckets: dict[tuple[EventKind, frozenset[str]], list[list[Event]]] = {}
    groups: list[list[Event]] = []
    for event in sorted(events, key=lambda e: e.id):
        key = names[event.id]
        if not key:
            groups.append([event])
            continue
        bucket = buckets.setdefault((event.kind, key), [])
        for group in bucket:
            if all(_compatible(member, event) for member in group):
                group.append(event)
                break
        else:
            bucket.append([event])
            groups.append(bucket[-1])
    return groups


def _telling(values: Sequence[TimeValue]) -> int:
    """Index of the most telling value: dated before undated, then the narrowest."""
    return min(
        range(len(values)),
        key=lambda i: (
            _ANCHOR_RANK[values[i].anchor],
            end_key(values[i].end) - start_key(values[i].start),
            i,
        ),
    )


def _intersect(values: Sequence[TimeValue], best: TimeValue) -> TimeValue:
    """``best`` bounded by every value in ``values`` (which overlap pairwise)."""
    start = max((v.start for v in values), key=start_key)
    end = min((v.end for v in values), key=end_key)
    start, end = harmonise(start, end)
    if (start, end) == (best.start, best.end):
        return best
    return attrs.evolve(best, start=start, end=end)


def _merged_amount(amounts: Sequence[Money]) -> Money | None:
    """The amount every member allows: a member's own when it is that narrow, else built."""
    if not amounts:
        return None
    currencies = {m.currency for m in amounts if m.currency is not None}
    currency = min(currencies) if currencies else None
    ranges = [amount_range(m) for m in amounts]
    low = max(r[0] for r in ranges)
    tops = [r[1] for r in ranges if r[1] is not None]
    high = min(tops) if tops else None
    for money in amounts:
        if amount_range(money) == (low, high) and money.currency == currency:
            return money
    if high is None:
        return Money(low, currency, Qualifier.AT_LEAST)
    if low == high:
        return Money(low, currency)
    if low == 0:
        return Money(high, currency, Qualifier.UP_TO)
    return Money(low, currency, upper=high)


def _merged_id(members: Sequence[Event]) -> str:
    if len(members) == 1:
        return members[0].id
    digest = hashlib.sha256("\x00".join(sorted(e.id for e in members)).encode("utf-8"))
    return "ev-" + digest.hexdigest()[:12]


def _merge_group(members: list[Event], places: dict[str, int]) -> Event:
    if len(members) == 1:
        return members[0]
    times = [e.when for e in members]
    best = members[_telling(times)]
    untils = [e.until for e in members if e.until is not None]
    changes: dict[str, Any] = {
        "id": _merged_id(members),
        "when": _intersect(times, best.when),
        "until": _intersect(untils, untils[_telling(untils)]) if untils else None,
        "amount": _merged_amount([e.amount for e in members if e.amount is not None]),
        "parties": tuple(dict.fromkeys(p for e in members for p in e.parties)),
        "evidence": tuple(
            sorted(
                {item for e in members for item in e.evidence},
                key=lambda item: (
                    places.get(item.document, len(places)),
                    item.start,
                    item.end,
                    item.text,
                ),
            )
        ),
        "modality": min((e.modality for e in members), key=_MODALITY_RANK.__getitem__),
        "refers_to": best.refers_to,
    }
    return attrs.evolve(members[0], **changes)


def _unique_events(
    timelines: Sequence[Timeline],
) -> tuple[list[Event], dict[str, int], list[Diagnostic]]:
    """One event per id (identical copies collapse), with its best rank in its timeline."""
    first: dict[str, Event] = {}
    ranks: dict[str, int] = {}
    variants: dict[str, dict[Event, int]] = {}
    for timeline in timelines:
        for rank, event in enumerate(timeline.events):
            known = first.get(event.id)
            if known is None:
                first[event.id], ranks[event.id] = event, rank
            elif known is event or known == event:
                ranks[event.id] = min(rank, ranks[event.id])
            else:
                seen = variants.setdefault(event.id, {})
                seen[event] = min(rank, seen.get(event, rank))
    diagnostics: list[Diagnostic] = []
    for event_id, seen in sorted(variants.items()):
        seen[first[event_id]] = min(ranks[event_id], seen.get(first[event_id], ranks[event_id]))
        tightened = _tightened_copies(list(seen))
        if tightened is not None:
            first[event_id], ranks[event_id] = tightened, min(seen.values())
            continue
        chosen = min(seen, key=repr)
        first[event_id], ranks[event_id] = chosen, seen[chosen]
        diagnostics.append(_duplicate(event_id))
    return list(first.values()), ranks, diagnostics


def _unbounded(event: Event) -> Event:
    """``event`` without what merging may change in a copy: its bounds and its link."""
    return attrs.evolve(event, when=attrs.evolve(event.when, start=None, end=None), refers_to=None)


def _tightened_copies(copies: list[Event]) -> Event | None:
    """One event from copies that differ only in how far their ``when`` was tightened and
    in the name of their link (a merged timeline and its sources): the intersection; None
    when they differ otherwise."""
    shape = _unbounded(copies[0])
    if any(_unbounded(c) != shape for c in copies[1:]):
        return None
    if not all(_overlap(a.when, b.when) for a in copies for b in copies):
        return None
    copies = sorted(copies, key=repr)
    times = [c.when for c in copies]
    return attrs.evolve(copies[0], when=_intersect(times, copies[0].when))


def _unsubsumed(
    events: list[Event], names: Mapping[str, frozenset[str]]
) -> tuple[list[Event], dict[str, str]]:
    """Events without those already merged into another (same kind and party names, evidence
    a strict subset of the other's), and where each dropped id went: merging a merged
    timeline with its sources adds nothing."""
    holders: dict[Evidence, list[Event]] = {}
    for event in events:
        if len(event.evidence) > 1:
            for item in event.evidence:
                holders.setdefault(item, []).append(event)
    kept = []
    renamed: dict[str, str] = {}
    for event in events:
        mine = set(event.evidence)
        wider = [
            other.id
            for other in (holders.get(event.evidence[0], ()) if mine else ())
            if other.kind is event.kind
            and names[other.id] == names[event.id]
            and mine < set(other.evidence)
        ]
        if wider:
            renamed[event.id] = min(wider)
        else:
            kept.append(event)
    return kept, renamed


def _duplicate(event_id: str) -> Diagnostic:
    return Diagnostic(
        "duplicate_id",
        f"two different events share the id {event_id}; one of them was kept",
        (event_id,),
    )


def merge(timelines: Iterable[Timeline]) -> Timeline:
    """One timeline from several: shared events merged, documents and timexes combined.

    The result does not depend on the order of ``timelines``, and merging a merged timeline
    again changes nothing.
    """
    timelines = list(timelines)
    documents = canonical_documents(d for t in timelines for d in t.documents)
    places = {document.id: place for place, document in enumerate(documents)}
    events, ranks, diagnostics = _unique_events(timelines)
    names = {event.id: _names(event) for event in events}
    events, renamed = _unsubsumed(events, names)
    keyed: dict[str, TextKey] = {}
    merged: list[Event] = []
    for members in _group(events, names):
        event = _merge_group(members, places)
        for member in members:
            renamed[member.id] = event.id
        key = min((*text_position(m, places), ranks[m.id], event.id) for m in members)
        if event.id in keyed:  # a guard; subsumption makes it unreachable in practice
            diagnostics.append(_duplicate(event.id))
            if key >= keyed[event.id]:
                continue
            merged = [e for e in merged if e.id != event.id]
        keyed[event.id] = key
        merged.append(event)
    final = {old: renamed.get(new, new) for old, new in renamed.items()}
    merged = [_renamed(event, final) for event in merged]
    merged, found = _propagate(merged)
    carried = [_rename_diagnostic(d, final) for t in timelines for d in t.diagnostics]
    timexes: list[TimeMention] = [m for t in timelines for m in t.timexes]
    return Timeline(
        events=order_events(merged, [keyed[e.id] for e in merged]),
        documents=documents,
        timexes=canonical_timexes(timexes, places),
        diagnostics=canonical_diagnostics([*carried, *diagnostics, *found]),
    )


def _renamed(event: Event, renamed: dict[str, str]) -> Event:
    target = event.refers_to
    if target is None or target not in renamed:
        return event
    new: str | None = renamed[target]
    if new == event.id:
        new = None
    return event if new == target else attrs.evolve(event, refers_to=new)


def _rename_diagnostic(item: Diagnostic, renamed: dict[str, str]) -> Diagnostic:
    events = tuple(renamed.get(e, e) for e in item.events)
    if events == item.events:
        return item
    return Diagnostic(item.code, item.message, events)


def _propagate(events: list[Event]) -> tuple[list[Event], tuple[Diagnostic, ...]]:
    """Apply again the stated links between the merged events (bounds may have tightened)."""
    index = {event.id: number for number, event in enumerate(events)}
    ids = [event.id for event in events]
    targets: list[int | None] = [
        None if e.refers_to is None or index.get(e.refers_to) == n else index.get(e.refers_to)
        for n, e in enumerate(events)
    ]
    cycles = break_cycles(targets, ids)
    result = propagate_links(events, targets)
    updated = []
    for event, (start, end) in zip(events, result.intervals, strict=True):
        if (start, end) != (event.when.start, event.when.end):
            event = attrs.evolve(event, when=attrs.evolve(event.when, start=start, end=end))
        updated.append(event)
    return updated, (*cycles, *result.diagnostics)
