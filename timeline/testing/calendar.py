"""Calendar arithmetic for expected intervals, written independently of the temporal engine."""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from datetime import date, timedelta

__all__ = [
    "FIXED_DAYS",
    "METEOROLOGICAL",
    "SeasonTable",
    "add_days",
    "add_months",
    "add_years",
    "check_seasons",
    "half_interval",
    "iso_week_timex",
    "month_interval",
    "quarter_interval",
    "season_interval",
    "week_interval",
    "year_interval",
]

SeasonTable = Mapping[str, tuple[tuple[int, int], tuple[int, int]]]
"""Season code -> ((month, day) of its first day, (month, day) of the first day after it)."""

METEOROLOGICAL: SeasonTable = {
    "SP": ((3, 1), (6, 1)),
    "SU": ((6, 1), (9, 1)),
    "FA": ((9, 1), (12, 1)),
}
"""Whole-month seasons: March-May, June-August, September-November."""

FIXED_DAYS: SeasonTable = {
    "SP": ((3, 20), (6, 21)),
    "SU": ((6, 21), (9, 24)),
    "FA": ((9, 24), (12, 21)),
}
"""The seasons timeline.temporal reads (docs/time-semantics.md): fixed first days, spring
03-20, summer 06-21, autumn 09-24, winter 12-21 (to the next spring's first day)."""


def add_days(day: date, days: int) -> date:
    """``day`` shifted by ``days`` days."""
    return day + timedelta(days=days)


def add_months(day: date, months: int) -> date:
    """``day`` shifted by whole months, the day clamped to the end of a shorter month."""
    index = day.year * 12 + (day.month - 1) + months
    year, month0 = divmod(index, 12)
    last = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(day.day, last))


def add_years(day: date, years: int) -> date:
    """``day`` shifted by whole years (29 February becomes 28 February when needed)."""
    return add_months(day, 12 * years)


def month_interval(year: int, month: int) -> tuple[date, date]:
    """``[first day of the month, first day of the next month)``."""
    start = date(year, month, 1)
    return start, add_months(start, 1)


def year_interval(year: int) -> tuple[date, date]:
    """``[1 January, next 1 January)``."""
    return date(year, 1, 1), date(year + 1, 1, 1)


def quarter_interval(year: int, quarter: int) -> tuple[date, date]:
    """Quarter ``quarter`` (1-4) of ``year``."""
    start = date(year, 3 * (quarter - 1) + 1, 1)
    return start, add_months(start, 3)


def half_interval(year: int, half: int) -> tuple[date, date]:
    """Half ``half`` (1-2) of ``year``."""
    start = date(year, 6 * (half - 1) + 1, 1)
    return start, add_months(start, 6)


def season_interval(year: int, code: str, table: SeasonTable = METEOROLOGICAL) -> tuple[date, date]:
    """Season ``code`` of ``year`` by ``table``; an end not after the start is in ``year + 1``."""
    (m1, d1), (m2, d2) = table[code]
    start = date(year, m1, d1)
    end = date(year, m2, d2)
    return start, end if end > start else date(year + 1, m2, d2)


def check_seasons(table: SeasonTable) -> None:
    """Raise StrategyError unless ``table`` gives valid boundaries for SP, SU and FA."""
    from timeline.testing.errors import StrategyError

    try:
        for code in ("SP", "SU", "FA"):
            season_interval(2001, code, table)
    except (KeyError, TypeError, ValueError) as error:
        raise StrategyError(f"seasons: invalid table {table!r} ({error!r})") from None


def week_interval(day: date) -> tuple[date, date]:
    """The Monday-to-Sunday week that contains ``day``."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=7)


def iso_week_timex(day: date) -> str:
    """TIMEX3 value of the ISO week containing ``day``, e.g. ``2025-W04``."""
    iso = day.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"
