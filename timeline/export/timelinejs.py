"""TimelineJS3 JSON export (the format of Knight Lab's TimelineJS, used by newsrooms).

Each event's ``start_date``/``end_date`` carry only the fields its granularity supports: the
year alone for a year (or coarser), year and month for a month, quarter, half or season, the
day for a day or week, the clock for finer times. ``end_date`` is the last unit inside the
interval and is left out when it equals ``start_date``; ``display_date`` states the bounds in
words. Events the text does not date, or whose start is unbounded, follow ``undated``: left
out (``"omit"``, default) or kept (``"mark"``) on their only known bound, the last possible
day when only the end is known, with "undated" in the display date.
"""

from __future__ import annotations

import html
import json
from datetime import datetime, timedelta
from typing import Any

from timeline.errors import ExportError
from timeline.export.wording import (
    describe_amount,
    describe_parties,
    describe_time,
    describe_uncertainty,
)
from timeline.model import Anchor, Event, Granularity, Instant, Timeline, TimeValue

__all__ = ["to_timelinejs", "to_timelinejs_data"]

_YEAR_ONLY = {Granularity.YEAR, Granularity.DECADE, Granularity.CENTURY}
_MONTH = {Granularity.MONTH, Granularity.QUARTER, Granularity.HALF, Granularity.SEASON}
_DAY = {Granularity.DAY, Granularity.WEEK}
_FIELDS = ("year", "month", "day", "hour", "minute", "second")


def _depth(granularity: Granularity) -> int:
    """How many of year, month, day, hour, minute, second the granularity supports."""
    if granularity in _YEAR_ONLY:
        return 1
    if granularity in _MONTH:
        return 2
    if granularity in _DAY:
        return 3
    if granularity in (Granularity.HOUR, Granularity.PART_OF_DAY):
        return 4
    return 5 if granularity is Granularity.MINUTE else 6


def _date_object(value: Instant, depth: int) -> dict[str, int]:
    if not isinstance(value, datetime):
        depth = min(depth, 3)
    return {name: getattr(value, name) for name in _FIELDS[:depth]}


def _last_inside(when: TimeValue) -> Instant | None:
    end = when.end
    if end is None or isinstance(end, datetime):
        return end
    return end - timedelta(days=1)


def _html_text(event: Event) -> str:
    parts = [f"<p>{html.escape(e.text)}</p>" for e in event.evidence if e.text.strip()]
    facts = []
    if event.parties:
        facts.append(f"Parties: {describe_parties(event.parties)}")
    if event.amount is not None:
        facts.append(f"Amount: {describe_amount(event.amount)}")
    facts.append(f"When: {describe_time(event.when)} ({describe_uncertainty(event.when)})")
    if event.until is not None:
        facts.append(f"Until: {describe_time(event.until)}")
    facts.append(f"Modality: {event.modality.value}")
    parts.append("<p>" + "<br>".join(html.escape(f) for f in facts) + "</p>")
    return "".join(parts)


def _slide(event: Event, undated: str) -> dict[str, Any] | None:
    when = event.when
    unplaced = when.anchor is Anchor.UNDATED or when.start is None
    if unplaced and undated == "omit":
        return None
    depth = _depth(when.granularity)
    first = when.start if when.start is not None else _last_inside(when)
    if first is None:
        return None
    slide: dict[str, Any] = {"start_date": _date_object(first, depth)}
    last = _last_inside(when) if when.start is not None else None
    if last is not None:
        end_date = _date_object(last, depth)
        if end_date != slide["start_date"]:
            slide["end_date"] = end_date
    display = describe_time(when)
    if unplaced:
        display += " (undated)"
    slide["display_date"] = display
    slide["text"] = {"headline": html.escape(event.summary), "text": _html_text(event)}
    slide["group"] = event.kind.value
    slide["unique_id"] = event.id
    return slide


def to_timelinejs_data(
    timeline: Timeline, *, undated: str = "omit", title: str | None = None
) -> dict[str, Any]:
    """The TimelineJS3 document as Python data."""
    if undated not in ("omit", "mark"):
        raise ExportError(f"undated must be 'omit' or 'mark', not {undated!r}")
    data: dict[str, Any] = {}
    if title is not None:
        data["title"] = {"text": {"headline": html.escape(title), "text": ""}}
    slides = (_slide(event, undated) for event in timeline.events)
    data["events"] = [slide for slide in slides if slide is not None]
    return data


def to_timelinejs(
    timeline: Timeline, *, undated: str = "omit", title: str | None = None, indent: int = 2
) -> str:
    """The TimelineJS3 JSON of ``timeline`` (same timeline, same bytes)."""
    data = to_timelinejs_data(timeline, undated=undated, title=title)
    return json.dumps(data, ensure_ascii=False, indent=indent)
