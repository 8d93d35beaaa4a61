"""Anchoring, bound propagation and ordering of events into a Timeline (docs/ordering.md)."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from timeline.errors import InvalidRecordError
from timeline.model import Anchor, Diagnostic, Document, Event, Timeline, TimeMention
from timeline.order.propagate import break_cycles, propagate_links
from timeline.order.sequence import (
    TextKey,
    canonical_diagnostics,
    canonical_documents,
    canonical_timexes,
    order_events,
    text_position,
)

__all__ = ["build_timeline"]


def _document_of(event: Event) -> str:
    return event.evidence[0].document if event.evidence else ""


def _targets(events: Sequence[Event]) -> tuple[list[int | None], list[Diagnostic]]:
    """The index each event-relative event refers to (its ``refers_to``, else the previous
    event of its document), breaking reference cycles; None when there is none."""
    index = {event.id: number for number, event in enumerate(events)}
    targets: list[int | None] = [None] * len(events)
    diagnostics: list[Diagnostic] = []
    previous: dict[str, int] = {}
    for number, event in enumerate(events):
        document = _document_of(event)
        if event.when.anchor is Anchor.EVENT and event.when.relative is not None:
            if event.refers_to is None:
                targets[number] = previous.get(document)
            else:
                targets[number] = index.get(event.refers_to)
            if targets[number] is None or targets[number] == number:
                targets[number] = None
                diagnostics.append(
                    Diagnostic(
                        "unresolved_reference",
                        f"event {event.id} is dated relative to another event, which was not "
                        "found; its time stays unbounded by it",
                        (event.id,),
                    )
                )
        previous[document] = number
    diagnostics.extend(break_cycles(targets, [event.id for event in events]))
    return targets, diagnostics


def build_timeline(
    events: Sequence[Event],
    documents: Sequence[Document],
    timexes: Sequence[TimeMention] = (),
) -> Timeline:
    """Anchor, propagate and order ``events`` (each document's in text order) into a Timeline.

    Event-relative times are resolved against the event they refer to (``refers_to``, else
    the previous event of the same document), stated constraints are propagated to a
    fixpoint, and the events are ordered (docs/ordering.md). Raises
    :class:`~timeline.errors.InvalidRecordError` when two events share an id.
    """
    events = list(events)
    ids = [event.id for event in events]
    if len(set(ids)) != len(ids):
        raise InvalidRecordError("build_timeline: event ids must be unique")
    targets, diagnostics = _targets(events)
    result = propagate_links(events, targets)
    resolved: list[Event] = []
    for number, event in enumerate(events):
        start, end = result.intervals[number]
        when = event.when
        if (start, end) != (when.start, when.end):
            when = attrs.evolve(when, start=start, end=end)
        target = targets[number]
        refers_to = event.refers_to if target is None else events[target].id
        if when is not event.when or refers_to != event.refers_to:
            event = attrs.evolve(event, when=when, refers_to=refers_to)
        resolved.append(event)
    ordered_documents = canonical_documents(documents)
    places = {document.id: place for place, document in enumerate(ordered_documents)}
    keys: list[TextKey] = [
        (*text_position(event, places), rank, event.id) for rank, event in enumerate(resolved)
    ]
    return Timeline(
        events=order_events(resolved, keys),
        documents=ordered_documents,
        timexes=canonical_timexes(timexes, places),
        diagnostics=canonical_diagnostics([*diagnostics, *result.diagnostics]),
    )
