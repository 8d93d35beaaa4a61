"""Holidays as calendar rules, written in the language data files.

A rule is one of: ``MM-DD`` (a fixed day), ``nth:M:W:N`` (the Nth weekday W, Monday = 0, of
month M; N = -1 for the last one), ``easter`` (Western Easter Sunday); the last two may
add ``+D`` or ``-D`` days. ``:L`` at the end makes it an L-day period instead of one day.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

__all__ = ["easter", "holiday_interval"]

_NTH = re.compile(r"nth:(\d{1,2}):(\d):(-?\d)([+-]\d{1,3})?")


def easter(year: int) -> date:
    """Western Easter Sunday of ``year`` (anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _shift(spec: str) -> tuple[str, int]:
    for sign in ("+", "-"):
        if sign in spec:
            base, amount = spec.split(sign, 1)
            return base, int(amount) * (1 if sign == "+" else -1)
    return spec, 0


def holiday_interval(rule: str, year: int) -> tuple[date, date] | None:
    """The interval of holiday ``rule`` in ``year``, or None if the rule is malformed."""
    spec, _, length = rule.partition(":L")
    days = int(length) if length else 1
    try:
        if spec.startswith("nth:"):
            match = _NTH.fullmatch(spec)
            if match is None:
                return None
            month, weekday, number = (int(part) for part in match.group(1, 2, 3))
            shift = int(match.group(4) or 0)
            matching = [
                date(year, month, day)
                for day in range(1, calendar.monthrange(year, month)[1] + 1)
                if date(year, month, day).weekday() == weekday
            ]
            start = matching[number - 1 if number > 0 else number] + timedelta(days=shift)
        elif spec.startswith("easter"):
            _, shift = _shift(spec)
            start = easter(year) + timedelta(days=shift)
        else:
            month, day = (int(part) for part in spec.split("-"))
            start = date(year, month, day)
    except (ValueError, IndexError):
        return None
    return start, start + timedelta(days=days)
