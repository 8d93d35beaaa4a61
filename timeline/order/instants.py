"""Instants as comparable keys, period arithmetic and bound harmonisation.

Bounds may be dates (midnight of that day) or datetimes. Aware datetimes compare in UTC;
naive datetimes and dates compare as written. ``None`` is unbounded: ``-inf`` as a start,
``+inf`` as an end. Shifts round outward: a lower bound never moves later, an upper bound
never moves earlier, than the exact arithmetic would put it.
"""

from __future__ import annotations

import calendar
import math
from datetime import date, datetime, timedelta, timezone
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from typing import Literal

from timeline.model import Granularity, Instant, Period

__all__ = [
    "Direction",
    "end_key",
    "harmonise",
    "instant_key",
    "shift",
    "start_key",
]

Direction = Literal["down", "up"]
"""``down``: the result is a lower bound (round earlier); ``up``: an upper bound (later)."""

_MICROS_PER_DAY = 86_400 * 1_000_000

_MONTHS = {
    Granularity.MONTH: 1,
    Granularity.SEASON: 3,
    Granularity.QUARTER: 3,
    Granularity.HALF: 6,
    Granularity.YEAR: 12,
    Granularity.DECADE: 120,
    Granularity.CENTURY: 1200,
}
_SECONDS = {
    Granularity.SECOND: 1,
    Granularity.MINUTE: 60,
    Granularity.HOUR: 3600,
    Granularity.PART_OF_DAY: 6 * 3600,
    Granularity.DAY: 86_400,
    Granularity.WEEK: 7 * 86_400,
}


def instant_key(value: Instant) -> int:
    """Microseconds since 0001-01-01 (UTC for aware datetimes): a total order on instants."""
    if isinstance(value, datetime):
        if value.tzinfo is not None and value.utcoffset() is not None:
            try:
                value = value.astimezone(timezone.utc).replace(tzinfo=None)
            except OverflowError:
                value = value.replace(tzinfo=None)
        micros = ((value.hour * 60 + value.minute) * 60 + value.second) * 1_000_000
        return value.toordinal() * _MICROS_PER_DAY + micros + value.microsecond
    return value.toordinal() * _MICROS_PER_DAY


def start_key(value: Instant | None) -> float:
    """The key of a start bound; ``-inf`` when unbounded."""
    return -math.inf if value is None else instant_key(value)


def end_key(value: Instant | None) -> float:
    """The key of an end bound; ``+inf`` when unbounded."""
    return math.inf if value is None else instant_key(value)


def _round(value: Decimal, direction: Direction) -> int:
    return int(value.to_integral_value(ROUND_FLOOR if direction == "down" else ROUND_CEILING))


def _add_months(value: Instant, months: int, direction: Direction) -> Instant:
    total = value.year * 12 + (value.month - 1) + months
    year, month = divmod(total, 12)
    month += 1
    last = calendar.monthrange(year, month)[1] if 1 <= year <= 9999 else 31
    day = value.day
    if day > last:
        if direction == "down":
            day = last
        else:
            year, month, day = (year + 1, 1, 1) if month == 12 else (year, month + 1, 1)
            if isinstance(value, datetime):
                return value.replace(
                    year=year, month=month, day=day, hour=0, minute=0, second=0, microsecond=0
                )
    return value.replace(year=year, month=month, day=day)


def shift(
    value: Instant | None, period: Period | None, sign: int, direction: Direction
) -> Instant | None:
    """``value + sign * period`` rounded ``direction``; ``None`` when unbounded or out of range.

    ``period`` None, or a period whose amount is None, is an unknown length: a lower bound
    becomes unbounded (``None``) and so does an upper bound, the widest honest answer.
    """
    if value is None or period is None or period.amount is None:
        return None
    amount = period.amount * sign
    try:
        if period.unit in _MONTHS:
            months = _round(amount * _MONTHS[period.unit], direction)
            return _add_months(value, months, direction)
        seconds = amount * _SECONDS[period.unit]
        if isinstance(value, datetime):
            micros = _round(seconds * 1_000_000, direction)
            return value + timedelta(microseconds=micros)
        days = _round(seconds / 86_400, direction)
        return value + timedelta(days=days)
    except (OverflowError, ValueError, ArithmeticError):
        return None


def _as_datetime(value: Instant, aware: bool) -> datetime:
    """``value`` as a datetime with the same key: midnight for a date, UTC for aware ones."""
    if isinstance(value, datetime):
        if value.tzinfo is not None and value.utcoffset() is not None and not aware:
            return value.astimezone(timezone.utc).replace(tzinfo=None)
        if aware and value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value
    return datetime(value.year, value.month, value.day, tzinfo=timezone.utc if aware else None)


def harmonise(start: Instant | None, end: Instant | None) -> tuple[Instant | None, Instant | None]:
    """Make both bounds of one kind (the model requires it) without moving either one.

    Two dates, or two datetimes of the same awareness, are kept. Otherwise a date becomes
    midnight and, when one side is aware, the other is read as UTC (the order of keys).
    """
    if start is None or end is None:
        return start, end
    start_dt = isinstance(start, datetime)
    end_dt = isinstance(end, datetime)
    if not start_dt and not end_dt:
        return start, end
    aware = any(
        isinstance(v, datetime) and v.tzinfo is not None and v.utcoffset() is not None
        for v in (start, end)
    )
    try:
        return _as_datetime(start, aware), _as_datetime(end, aware)
    except OverflowError:  # at the ends of the calendar: whole days, rounded outward
        return _floor_date(start), _ceil_date(end)


def _floor_date(value: Instant) -> date:
    return value.date() if isinstance(value, datetime) else value


def _ceil_date(value: Instant) -> date:
    if isinstance(value, datetime) and value.time() != datetime.min.time():
        try:
            return value.date() + timedelta(days=1)
        except OverflowError:
            return value.date()
    return value.date() if isinstance(value, datetime) else value
