"""Canonical order of documents, events, time expressions and diagnostics in a Timeline.

Documents: by reference date (undated last; aware datetimes in UTC), then id. An event's text
position is its first evidence: (document's place, start, end), then its rank in the
sequence it came in; events without evidence count as told after every document. Time
expressions: by document, then span. Diagnostics: by code, events, message. Sorting by
content makes every result independent of the order of the inputs.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from timeline.model import Diagnostic, Document, Event, Relation, TimeMention
from timeline.order.extension import linear_extension
from timeline.order.instants import end_key, instant_key, start_key
from timeline.order.relation import stated_link

__all__ = [
    "TextKey",
    "canonical_diagnostics",
    "canonical_documents",
    "canonical_timexes",
    "order_events",
    "text_position",
]

TextKey = tuple[int, int, int, int, str]


def _document_key(document: Document) -> tuple[int, int, str, str]:
    reference = document.reference_date
    if reference is None:
        return (1, 0, document.id, repr(document))
    return (0, instant_key(reference), document.id, repr(document))


def canonical_documents(documents: Iterable[Document]) -> tuple[Document, ...]:
    """Documents by reference date then id; one per id (the first in that order)."""
    result: list[Document] = []
    seen: set[str] = set()
    for document in sorted(documents, key=_document_key):
        if document.id not in seen:
            seen.add(document.id)
            result.append(document)
    return tuple(result)


def text_position(event: Event, places: Mapping[str, int]) -> tuple[int, int, int]:
    """Where the text first tells ``event``: (document's place, start, end)."""
    unknown = len(places)
    if not event.evidence:
        return (unknown + 1, 0, 0)
    return min((places.get(e.document, unknown), e.start, e.end) for e in event.evidence)


def canonical_timexes(
    timexes: Iterable[TimeMention], places: Mapping[str, int]
) -> tuple[TimeMention, ...]:
    """Time expressions by document place and span, exact duplicates removed."""
    unknown = len(places)
    unique = set(timexes)
    return tuple(
        sorted(
            unique,
            key=lambda m: (places.get(m.document, unknown), m.start, m.end, repr(m)),
        )
    )


def canonical_diagnostics(diagnostics: Iterable[Diagnostic]) -> tuple[Diagnostic, ...]:
    """Diagnostics by code, events and message, exact duplicates removed."""
    return tuple(sorted(set(diagnostics), key=lambda d: (d.code, d.events, d.message)))


def order_events(events: Sequence[Event], text_keys: Sequence[TextKey]) -> tuple[Event, ...]:
    """``events`` in timeline order: a linear extension of the certain order (bounds and
    kept stated links), text order wherever that order is open."""
    by_id = {event.id: event for event in events}
    index = {event.id: number for number, event in enumerate(events)}
    edges: list[tuple[int, int]] = []
    for number, event in enumerate(events):
        link = stated_link(event, by_id)
        if link is None:
            continue
        target, relation = link
        if relation is Relation.AFTER:
            edges.append((index[target], number))
        elif relation is Relation.BEFORE:
            edges.append((number, index[target]))
    starts = [start_key(e.when.start) for e in events]
    ends = [end_key(e.when.end) for e in events]
    return tuple(events[i] for i in linear_extension(starts, ends, text_keys, edges))
