"""TIMEX3 calendar values and their intervals."""

from __future__ import annotations

import re
from datetime import date

from timeline.model import Granularity
from timeline.temporal.calendar import add_months, unit_interval

__all__ = ["SEASONS", "season_interval", "timex_interval"]

G = Granularity

SEASONS: dict[str, tuple[tuple[int, int], tuple[int, int], int]] = {
    # code: (first day, first day of the next season, year offset of the end)
    "SP": ((3, 20), (6, 21), 0),
    "SU": ((6, 21), (9, 24), 0),
    "FA": ((9, 24), (12, 21), 0),
    "WI": ((12, 21), (3, 20), 1),
}

_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(\d{4})-(\d{2})-(\d{2})"), "day"),
    (re.compile(r"(\d{4})-W(\d{2})"), "week"),
    (re.compile(r"(\d{4})-(\d{2})"), "month"),
    (re.compile(r"(\d{4})-Q([1-4])"), "quarter"),
    (re.compile(r"(\d{4})-H([12])"), "half"),
    (re.compile(r"(\d{4})-(SP|SU|FA|WI)"), "season"),
    (re.compile(r"(\d{4})"), "year"),
    (re.compile(r"(\d{3})"), "decade"),
    (re.compile(r"(\d{2})"), "century"),
)


def season_interval(year: int, code: str) -> tuple[date, date]:
    """The astronomical season ``code`` (SP, SU, FA, WI) that begins in ``year``."""
    (m1, d1), (m2, d2), offset = SEASONS[code]
    return date(year, m1, d1), date(year + offset, m2, d2)


def timex_interval(value: str) -> tuple[date, date, Granularity] | None:
    """The interval named by a calendar TIMEX3 value, or None when it names none.

    ``"2030"`` -> 2030-01-01 to 2031-01-01 (year); ``"2025-Q1"``, ``"2025-H2"``,
    ``"2025-W10"`` (ISO week), ``"2025-03"``, ``"2025-03-21"``, ``"199"`` (the 1990s),
    ``"20"`` (the 21st century: 2000-2099), ``"2025-SU"`` (a season).
    """
    for pattern, kind in _PATTERNS:
        match = pattern.fullmatch(value.strip())
        if match is None:
            continue
        try:
            return _interval(kind, match.groups())
        except ValueError:
            return None
    return None


def _interval(kind: str, parts: tuple[str, ...]) -> tuple[date, date, Granularity] | None:
    year = int(parts[0])
    if kind == "day":
        start = date(year, int(parts[1]), int(parts[2]))
        return (*unit_interval(start, G.DAY), G.DAY)
    if kind == "week":
        start = date.fromisocalendar(year, int(parts[1]), 1)
        return (*unit_interval(start, G.WEEK), G.WEEK)
    if kind == "month":
        start = date(year, int(parts[1]), 1)
        return start, add_months(start, 1), G.MONTH
    if kind == "quarter":
        start = date(year, 3 * (int(parts[1]) - 1) + 1, 1)
        return start, add_months(start, 3), G.QUARTER
    if kind == "half":
        start = date(year, 1 if parts[1] == "1" else 7, 1)
        return start, add_months(start, 6), G.HALF
    if kind == "season":
        return (*season_interval(year, parts[1]), G.SEASON)
    if kind == "year":
        if year == 0:
            return None
        start = date(year, 1, 1)
        return start, add_months(start, 12), G.YEAR
    if kind == "decade":
        if year == 0:
            return None
        start = date(year * 10, 1, 1)
        return start, add_months(start, 120), G.DECADE
    if year == 0:
        return None
    start = date(year * 100, 1, 1)
    return start, add_months(start, 1200), G.CENTURY
