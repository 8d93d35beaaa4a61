"""Calendar arithmetic on half-open intervals: units, shifts and their TIMEX3 names."""

from __future__ import annotations

import calendar as _cal
from datetime import date, datetime, timedelta

from timeline.model import Granularity

__all__ = [
    "add",
    "day_of",
    "unit_interval",
    "unit_timex",
]

Instant = date | datetime

G = Granularity


def day_of(moment: Instant) -> date:
    """The calendar day of ``moment``."""
    return moment.date() if isinstance(moment, datetime) else moment


def add_months(day: date, months: int) -> date:
    """``day`` moved by ``months`` calendar months, clipped to the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    year = max(1, min(9999, year))
    last = _cal.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def add(moment: Instant, amount: int, unit: Granularity) -> Instant:
    """``moment`` moved by ``amount`` units (calendar arithmetic for months and longer)."""
    if unit is G.SECOND:
        return moment + timedelta(seconds=amount)
    if unit is G.MINUTE:
        return moment + timedelta(minutes=amount)
    if unit is G.HOUR:
        return moment + timedelta(hours=amount)
    if unit is G.DAY:
        return moment + timedelta(days=amount)
    if unit is G.WEEK:
        return moment + timedelta(weeks=amount)
    months = {
        G.MONTH: 1,
        G.SEASON: 3,
        G.QUARTER: 3,
        G.HALF: 6,
        G.YEAR: 12,
        G.DECADE: 120,
        G.CENTURY: 1200,
    }[unit] * amount
    moved = add_months(day_of(moment), months)
    if isinstance(moment, datetime):
        return moment.replace(year=moved.year, month=moved.month, day=moved.day)
    return moved


def unit_interval(day: date, unit: Granularity) -> tuple[date, date]:
    """The calendar ``unit`` (day, week from Monday, month, quarter...) that contains ``day``."""
    if unit is G.DAY:
        return day, day + timedelta(days=1)
    if unit is G.WEEK:
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(weeks=1)
    if unit is G.MONTH:
        first = day.replace(day=1)
        return first, add_months(first, 1)
    if unit is G.QUARTER:
        first = date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
        return first, add_months(first, 3)
    if unit is G.HALF:
        first = date(day.year, 1 if day.month <= 6 else 7, 1)
        return first, add_months(first, 6)
    if unit is G.YEAR:
        first = date(day.year, 1, 1)
        return first, add_months(first, 12)
    if unit is G.DECADE:
        first = date(max(1, day.year - day.year % 10), 1, 1)
        return first, add_months(first, 120)
    if unit is G.CENTURY:
        first = date(max(1, day.year - day.year % 100), 1, 1)
        return first, add_months(first, 1200)
    raise ValueError(f"no calendar interval for {unit}")


def unit_timex(day: date, unit: Granularity) -> str:
    """The TIMEX3 value naming the calendar ``unit`` that contains ``day``."""
    if unit is G.DAY:
        return day.isoformat()
    if unit is G.WEEK:
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if unit is G.MONTH:
        return f"{day.year:04d}-{day.month:02d}"
    if unit is G.QUARTER:
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if unit is G.HALF:
        return f"{day.year:04d}-H{1 if day.month <= 6 else 2}"
    if unit is G.YEAR:
        return f"{day.year:04d}"
    if unit is G.DECADE:
        return f"{day.year // 10:03d}"
    if unit is G.CENTURY:
        return f"{day.year // 100:02d}"
    raise ValueError(f"no calendar name for {unit}")
