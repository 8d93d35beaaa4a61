"""Stated time zones: the shared table of ``zones.toml``, explicit offsets, and expressing a
value found in a stated zone in the reference's time zone (docs/time-semantics.md)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone, tzinfo
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import attrs

from timeline.model import TimeValue
from timeline.resources import load_toml

__all__ = ["UTC_NAMES", "abbreviations", "express_in", "offset_zone", "zone_named"]

UTC_NAMES = frozenset({"UTC", "GMT", "Z"})
"""Zones whose TIMEX3 value carries ``Z``."""
_MAX_OFFSET_MINUTES = 14 * 60


@cache
def _table() -> dict[str, Any]:
    return load_toml("timeline.temporal", "zones.toml")


@cache
def abbreviations() -> dict[str, str]:
    """Every abbreviation and region name of the shared table -> its zone name (itself);
    shared: do not change it."""
    table = _table()
    return {name: name for part in ("abbreviations", "regions") for name in table[part]}


def _minutes(text: str) -> int:
    """The minutes of an offset written ``+HH:MM`` or ``-HH:MM``."""
    sign = -1 if text[0] == "-" else 1
    hours, _, minutes = text[1:].partition(":")
    return sign * (int(hours) * 60 + int(minutes or 0))


def offset_zone(minutes: int, name: str | None = None) -> tzinfo | None:
    """A fixed zone ``minutes`` east of UTC (None beyond +-14 hours)."""
    if abs(minutes) > _MAX_OFFSET_MINUTES:
        return None
    if minutes == 0 and name is None:
        return timezone.utc
    offset = timedelta(minutes=minutes)
    return timezone(offset) if name is None else timezone(offset, name)


@cache
def zone_named(name: str) -> tzinfo | None:
    """The zone of an abbreviation ("CET"), a region name ("ET") or an IANA name
    ("Europe/Paris"); None when unknown (or when the system has no IANA data for it)."""
    table = _table()
    if name in table["abbreviations"]:
        return offset_zone(_minutes(table["abbreviations"][name]), name)
    iana = table["regions"].get(name, name)
    if "/" not in iana:
        return None
    try:
        return ZoneInfo(iana)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _moved(instant: date | datetime | None, zone: tzinfo) -> date | datetime | None:
    if isinstance(instant, datetime) and instant.tzinfo is not None:
        return instant.astimezone(zone)
    return instant


def express_in(value: TimeValue, reference: date | datetime | None) -> TimeValue:
    """``value`` with its aware bounds expressed in the time zone of an aware ``reference``
    (the same instants); unchanged otherwise."""
    if not isinstance(reference, datetime) or reference.tzinfo is None:
        return value
    zone = reference.tzinfo
    start, end = _moved(value.start, zone), _moved(value.end, zone)
    if start is value.start and end is value.end:
        return value
    return attrs.evolve(value, start=start, end=end)
