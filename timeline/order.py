"""Anchoring, bound propagation and ordering of events into a Timeline."""

from __future__ import annotations

from collections.abc import Sequence

from timeline.model import Document, Event, Timeline, TimeMention

__all__ = ["build_timeline"]


def build_timeline(
    events: Sequence[Event],
    documents: Sequence[Document],
    timexes: Sequence[TimeMention] = (),
) -> Timeline:
    """Anchor, propagate and order ``events`` (each document's in text order) into a Timeline."""
    raise NotImplementedError  # filled by the ordering engine
