"""Deal events: triggers, arguments, amounts, modality and evidence."""

from __future__ import annotations

from collections.abc import Sequence

from timeline.model import Document, Event, TimeMention

__all__ = ["find_events"]


def find_events(document: Document, times: Sequence[TimeMention]) -> list[Event]:
    """The events of ``document`` in text order; ``times`` are its temporal expressions."""
    raise NotImplementedError  # filled by the events engine
