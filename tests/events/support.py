"""Small helpers shared by the event tests."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from timeline.events import find_events
from timeline.model import Document, Event, TimeMention
from timeline.temporal import find_times

REFERENCE = date(2025, 7, 1)


def events_of(
    text: str,
    lang: str = "fr",
    *,
    times: Sequence[TimeMention] | None = None,
    reference: date | None = REFERENCE,
    statistical: bool | None = False,
) -> list[Event]:
    """The events of ``text`` (temporal expressions found by the library unless given)."""
    if times is None:
        times = find_times(text, lang=lang, reference_date=reference)
    document = Document(id="doc-test", text=text, lang=lang, reference_date=reference)
    return find_events(document, times, statistical=statistical)


def parties(event: Event) -> set[tuple[str, str]]:
    """(name, role) pairs of an event."""
    return {(p.name, p.role.value) for p in event.parties}
