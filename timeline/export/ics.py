"""iCalendar (RFC 5545) export, written with the ``icalendar`` library.

Policies (also in docs/formats.md):

- one VEVENT per placed event, in timeline order; UID is ``<event id>@<domain>``, so a
  re-import updates rather than duplicates;
- DTSTAMP is the ``dtstamp`` option, by default the latest reference date of the timeline's
  documents (midnight UTC), else the fixed ``1970-01-01T00:00:00Z``: no clock is read;
- a time in whole days is an all-day event (``DTSTART;VALUE=DATE``, exclusive ``DTEND``);
  a longer one (month, year, vague window) spans its whole interval with
  ``span="interval"`` (default) or is a one-day marker on its first day with
  ``span="marker"``; the bounds are always in DESCRIPTION and in ``X-TIMELINE-*``
  properties; a time with clock times keeps its datetimes (UTC when aware, floating if naive);
- an event the text does not date (anchor ``undated``) or whose time is unbounded on a side is
  left out with ``undated="omit"`` (default); with ``undated="mark"`` it is kept with
  ``STATUS:TENTATIVE`` and ``X-TIMELINE-UNDATED:TRUE``, on its interval when bounded, else as
  a one-day marker on its only known bound (the last possible day when only the end is
  known); an event unbounded on both sides has no date to carry and is always left out.

Text is escaped by the library. Control characters, which RFC 5545 forbids in TEXT, are
removed; ``\\r\\n`` and lone ``\\r`` become line breaks. Note that ``icalendar`` reads the
two characters ``\\N`` in a text as a line break.
"""

from __future__ import annotations

import unicodedata
from datetime import date, datetime, timedelta, timezone
from typing import Any

import icalendar

from timeline.errors import ExportError
from timeline.export.wording import (
    describe_amount,
    describe_parties,
    describe_time,
    describe_uncertainty,
    is_whole_days,
    last_day,
)
from timeline.model import Anchor, Event, Instant, Timeline, TimeValue

__all__ = ["DEFAULT_DOMAIN", "FALLBACK_DTSTAMP", "PRODID", "to_ics"]

DEFAULT_DOMAIN = "timeline.invalid"
FALLBACK_DTSTAMP = datetime(1970, 1, 1, tzinfo=timezone.utc)
PRODID = "-//timeline//timeline/1//EN"
_SPANS = ("interval", "marker")
_UNDATED = ("omit", "mark")
_LINE_BREAKS = {"\r\n": "\n", "\r": "\n", "\x0b": "\n", "\x0c": "\n", "\x85": "\n"}
_LINE_BREAKS.update({"\u2028": "\n", "\u2029": "\n", "\x1c": "\n", "\x1d": "\n", "\x1e": "\n"})


def clean_text(text: str) -> str:
    """``text`` as an iCalendar TEXT value may carry it: line breaks as ``\\n``, no controls."""
    for old, new in _LINE_BREAKS.items():
        text = text.replace(old, new)
    return "".join(c for c in text if c in "\n\t" or unicodedata.category(c) not in ("Cc", "Cs"))


def _utc(value: Instant) -> datetime:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)
    return datetime(value.year, value.month, value.day, tzinfo=timezone.utc)


def default_dtstamp(timeline: Timeline) -> datetime:
    """The latest reference date of the documents (UTC), else :data:`FALLBACK_DTSTAMP`."""
    stamps = [_utc(d.reference_date) for d in timeline.documents if d.reference_date is not None]
    return max(stamps, default=FALLBACK_DTSTAMP)


def _calendar_instant(value: Instant) -> Instant:
    """Dates stay dates; aware datetimes go to UTC; naive ones stay floating."""
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(timezone.utc)
    return value


def _placement(when: TimeValue, span: str, undated: str) -> tuple[Instant, Instant] | None:
    """DTSTART and DTEND for ``when``, or None when the event is left out."""
    start, end = when.start, when.end
    unplaced = when.anchor is Anchor.UNDATED or start is None or end is None
    if unplaced and undated == "omit":
        return None
    if start is not None and end is not None:
        if is_whole_days(when):
            assert not isinstance(start, datetime) and not isinstance(end, datetime)
            if span == "marker":
                return start, start + timedelta(days=1)
            return start, end
        return _calendar_instant(start), _calendar_instant(end)
    if start is None and end is None:
        return None
    if start is None:
        assert end is not None
        if isinstance(end, datetime):
            return _calendar_instant(end - timedelta(hours=1)), _calendar_instant(end)
        return last_day(end), end
    if isinstance(start, datetime):
        return _calendar_instant(start), _calendar_instant(start + timedelta(hours=1))
    return start, start + timedelta(days=1)


def _description(event: Event) -> str:
    lines = [e.text for e in event.evidence if e.text.strip()]
    if event.parties:
        lines.append(f"Parties: {describe_parties(event.parties)}")
    if event.amount is not None:
        lines.append(f"Amount: {describe_amount(event.amount)}")
    lines.append(f"When: {describe_time(event.when)} ({describe_uncertainty(event.when)})")
    if event.until is not None:
        lines.append(f"Until: {describe_time(event.until)} ({describe_uncertainty(event.until)})")
    lines.append(f"Modality: {event.modality.value}")
    return clean_text("\n".join(lines))


def _bound(value: Instant | None) -> str:
    return "unbounded" if value is None else value.isoformat()


def _vevent(event: Event, placed: tuple[Instant, Instant], stamp: datetime, domain: str) -> Any:
    item = icalendar.Event()
    item.add("uid", f"{event.id}@{domain}")
    item.add("dtstamp", stamp)
    item.add("dtstart", placed[0])
    item.add("dtend", placed[1])
    item.add("summary", clean_text(event.summary) or event.kind.value)
    item.add("description", _description(event))
    item.add("categories", [event.kind.value])
    when = event.when
    item.add("x-timeline-start", _bound(when.start))
    item.add("x-timeline-end", _bound(when.end))
    item.add("x-timeline-granularity", when.granularity.value)
    item.add("x-timeline-timex", clean_text(when.timex))
    item.add("x-timeline-modality", event.modality.value)
    if event.until is not None:
        item.add("x-timeline-until-start", _bound(event.until.start))
        item.add("x-timeline-until-end", _bound(event.until.end))
    if when.anchor is Anchor.UNDATED or when.start is None or when.end is None:
        item.add("x-timeline-undated", "TRUE")
        item.add("status", "TENTATIVE")
    return item


def to_ics(timeline: Timeline, **options: Any) -> str:
    """Serialise ``timeline`` to iCalendar; same timeline and options, same bytes.

    Options: ``span`` ("interval" or "marker"), ``undated`` ("omit" or "mark"),
    ``dtstamp`` (a date or datetime; default: see the module docs), ``domain`` (the UID
    domain, default ``timeline.invalid``). Raises :class:`ExportError` on a bad option.
    """
    unknown = sorted(set(options) - {"span", "undated", "dtstamp", "domain"})
    if unknown:
        raise ExportError(f"unknown iCalendar option(s): {', '.join(unknown)}")
    span = options.get("span", "interval")
    undated = options.get("undated", "omit")
    if span not in _SPANS:
        raise ExportError(f"span must be one of {', '.join(_SPANS)}, not {span!r}")
    if undated not in _UNDATED:
        raise ExportError(f"undated must be one of {', '.join(_UNDATED)}, not {undated!r}")
    dtstamp = options.get("dtstamp")
    if dtstamp is not None and not isinstance(dtstamp, date):
        raise ExportError(f"dtstamp must be a date or datetime, not {type(dtstamp).__name__}")
    stamp = default_dtstamp(timeline) if dtstamp is None else _utc(dtstamp)
    domain = options.get("domain", DEFAULT_DOMAIN)
    if not isinstance(domain, str) or not domain or any(c.isspace() for c in domain):
        raise ExportError(f"domain must be a non-empty string without spaces, not {domain!r}")

    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    for event in timeline.events:
        placed = _placement(event.when, span, undated)
        if placed is not None:
            calendar.add_component(_vevent(event, placed, stamp, domain))
    return str(calendar.to_ical().decode("utf-8"))
