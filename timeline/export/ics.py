"""iCalendar (RFC 5545) export."""

from __future__ import annotations

from typing import Any

from timeline.model import Timeline


def to_ics(timeline: Timeline, **options: Any) -> str:
    """Serialise ``timeline`` to iCalendar."""
    raise NotImplementedError  # filled by the exporters
