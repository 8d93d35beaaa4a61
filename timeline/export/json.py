"""The ``timeline/1`` JSON format."""

from __future__ import annotations

from timeline.model import Timeline


def to_json(timeline: Timeline, *, indent: int | None = 2) -> str:
    """Serialise ``timeline`` to ``timeline/1`` JSON."""
    raise NotImplementedError  # filled by the exporters


def from_json(text: str | bytes) -> Timeline:
    """Read ``timeline/1`` JSON."""
    raise NotImplementedError  # filled by the exporters
