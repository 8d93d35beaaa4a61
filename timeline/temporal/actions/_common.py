"""Shared pieces of the actions: result types, windows, calendar helpers."""

from __future__ import annotations

import calendar as _cal
from collections.abc import Callable
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

import attrs

from timeline.model import (
    Anchor,
    Granularity,
    Mod,
    Period,
)
from timeline.temporal.calendar import add, unit_interval, unit_timex
from timeline.temporal.rules import DEFAULT_DAYPARTS
from timeline.temporal.values import Captures, Context, Found, Invalid, make

G = Granularity

Result = Found | Invalid | None

Instant = date | datetime

Action = Callable[[Context, Captures, tuple[str, ...]], Result]

_IN_YEARS = {Granularity.DECADE: 10, Granularity.CENTURY: 100}

MIN_YEAR = 1000

MAX_YEAR = 2999

MAX_YEAR_RANGE = 100

# Windows for vague expressions around R, per unit (docs/time-semantics.md).
WINDOW = {G.DAY: 7, G.WEEK: 6, G.MONTH: 6, G.YEAR: 5, G.QUARTER: 2, G.HOUR: 6}

# The default part-of-day windows (timeline/temporal/rules.py), in hours.
DAYPARTS = {code: (first // 3600, last // 3600) for code, (first, last) in DEFAULT_DAYPARTS.items()}

# The start, middle and end of a part of day, in hours (docs/time-semantics.md).
DAYPART_PARTS = {
    ("MO", "START"): (7, 9),
    ("MO", "MID"): (9, 11),
    ("MO", "END"): (10, 12),
    ("AF", "START"): (12, 14),
    ("AF", "MID"): (14, 17),
    ("AF", "END"): (17, 19),
    ("EV", "START"): (18, 21),
    ("EV", "END"): (21, 24),
    ("DT", "START"): (6, 10),
    ("DT", "MID"): (11, 16),
    ("DT", "END"): (17, 21),
}


def _unit(value: Any) -> Granularity:
    return Granularity(str(value))


def _clock_type(unit: Granularity) -> bool:
    return unit in (G.HOUR, G.MINUTE, G.SECOND)


def _calendar(day: date, unit: Granularity, anchor: Anchor, mod: Mod | None = None) -> Found:
    start, end = unit_interval(day, unit)
    value = make(start, end, unit, unit_timex(day, unit), mod=mod, anchor=anchor)
    year = day.year
    month = day.month if unit in (G.DAY, G.MONTH) else None
    return Found(value, year=year, month=month, day=day.day if unit is G.DAY else None)


def _unresolved(unit: Granularity, timex: str = "XXXX-XX-XX", **extra: Any) -> Found:
    return Found(make(None, None, unit, timex, anchor=Anchor.REFERENCE, **extra))


def _year_ok(year: int | None) -> bool:
    return year is None or MIN_YEAR <= year <= MAX_YEAR


def _quantity(caps: Captures) -> int | None:
    """The captured count; None when vague ("quelques", "several")."""
    quantity = caps.get("qty", "int", "qty_long")
    return quantity if isinstance(quantity, int) and not isinstance(quantity, bool) else None


def _length(amount: Decimal | int | None, unit: Granularity) -> Period:
    """A length in the TIMEX3 units: decades and centuries in years, halves in months."""
    if amount is not None and unit in _IN_YEARS:
        return Period(Decimal(amount) * _IN_YEARS[unit], G.YEAR)
    if amount is not None and unit is G.HALF:
        return Period(Decimal(amount) * 6, G.MONTH)
    return Period(amount, unit)


def _inner(caps: Captures) -> Found | None:
    found = caps.get("time")
    return found if isinstance(found, Found) else None


def _with_year(found: Found, year: int) -> Found | None:
    """``found`` (a month or day stated without a year) moved to ``year``."""
    if found.month is None:
        return None
    if found.day is None:
        return _calendar(date(year, found.month, 1), G.MONTH, Anchor.ABSOLUTE)
    if found.day > _cal.monthrange(year, found.month)[1]:
        return None
    return _calendar(date(year, found.month, found.day), G.DAY, Anchor.ABSOLUTE)


def _reference_like(ctx: Context, like: Instant | None) -> Instant | None:
    """R as the same kind of instant as ``like`` (a day, or a datetime in its time zone)."""
    reference = ctx.reference
    if reference is None:
        return None
    if not isinstance(like, datetime):
        return ctx.today
    if not isinstance(reference, datetime):
        return datetime.combine(reference, time(), tzinfo=like.tzinfo)
    if (reference.tzinfo is None) != (like.tzinfo is None):
        return reference.replace(tzinfo=like.tzinfo)
    return reference


def _move_year(found: Found, ctx: Context, *, forward: bool) -> Found:
    """A month or day stated without a year, moved to the side of R a bound implies:
    after R for "until", before R for "since"."""
    today = ctx.today
    value = found.value
    if found.repeat is not None and today is not None and isinstance(value.start, date):
        if isinstance(value.start, datetime) or value.end is None:
            return found
        assert isinstance(value.end, date)
        if forward and value.end <= today:
            step = 1
        elif not forward and value.start > today:
            step = -1
        else:
            return found
        shifted = add(value.start, step, found.repeat)
        assert isinstance(shifted, date)
        again = _calendar(shifted, value.granularity, value.anchor)
        return attrs.evolve(again, repeat=found.repeat)
    if found.year is not None or found.month is None or today is None:
        return found
    if value.start is None or value.end is None:
        return found
    assert isinstance(value.start, date) and isinstance(value.end, date)
    year = value.start.year
    clock = isinstance(value.start, datetime)  # "5 p.m. on December 12": a time on its day
    day = value.start.date() if isinstance(value.start, datetime) else value.start
    passed = day < today if clock else value.end <= today
    if forward and passed:
        year += 1
    elif not forward and day > today:
        year -= 1
    else:
        return found
    if clock:
        return _clock_in_year(found, year)
    other_year = _with_year(found, year)
    return found if other_year is None else attrs.evolve(other_year, year=None)


def _clock_in_year(found: Found, year: int) -> Found:
    """A time of day on a day stated without a year, moved to that day of ``year``."""
    value = found.value
    assert isinstance(value.start, datetime) and isinstance(value.end, datetime)
    try:
        start = value.start.replace(year=year)
    except ValueError:  # 29 February
        return found
    step = start - value.start
    timex = value.timex
    if timex[:4] == f"{value.start.year:04d}":
        timex = f"{year:04d}{timex[4:]}"
    moved = attrs.evolve(value, start=start, end=value.end + step, timex=timex)
    return attrs.evolve(found, value=moved)
