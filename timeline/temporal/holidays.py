"""Holidays as calendar rules, written in the language data files.

A rule is ``DAY``, ``DAY..DAY`` or either followed by options. ``DAY`` is one of:

- ``MM-DD``, a fixed day;
- ``nth:M:W:N``, the Nth weekday W (Monday = 0) of month M; N = -1 for the last one;
- ``after:M:D:W``, the first weekday W on or after day D of month M;
- ``easter`` (Western Easter Sunday) or ``orthodox`` (Orthodox Easter Sunday, Julian computus);
- ``doy:N``, the Nth day of the year (``doy:129``: 9 May, 8 May in a leap year);
- ``parsi``, the Parsi (Shahenshahi) New Year: its calendar's year has 365 days and no leap
  day, so the day comes one day earlier every four Gregorian years (2018-08-17, 2022-08-16);
- ``CAL:NAME``, a holiday of another calendar as the ``holidays`` package dates it, with CAL
  one of ``chinese``, ``hebrew``, ``islamic``, ``hindu``, ``buddhist`` and NAME the package's
  name in lower case (``hebrew:yom_kippur``, ``islamic:eid_al_fitr``, ``hindu:diwali``);
- ``hebrew:tu_bishvat``, 15 Shevat, counted back from Passover;

each may add ``+D`` or ``-D`` days. ``A|B`` is day A, or day B in a year that A does not
date (``hindu:diwali_india|hindu:diwali``). ``A^B`` is day A, or the week after when it falls
on day B (``nth:5:6:-1^easter+49``: the last Sunday of May, a week later on Whitsunday).
``A..B`` is the period from day A to the next day B, excluded
(``islamic:ramadan_beginning..islamic:eid_al_fitr``). Options at the end: ``:L<n>`` makes
the holiday an n-day period; ``:O`` moves a Saturday to the Friday before and a Sunday to the
Monday after (observed on a weekday); ``:B`` moves a Sunday to the Saturday before; ``:I``
(Israel's Independence Day, by its law) moves a Friday or Saturday to the Thursday before and,
from 2004, a Monday to the Tuesday; ``:S`` (Yom HaShoah) moves a Friday to the Thursday before
and, from 1997, a Sunday to the Monday. A holiday
belongs to the year of its first day. The ``holidays`` package is imported only when a rule
of another calendar is read.
"""

from __future__ import annotations

import calendar
import importlib
import re
from datetime import date, timedelta
from functools import cache
from typing import Any

__all__ = ["easter", "from_eve", "holiday_interval", "holiday_intervals", "orthodox_easter"]

_NTH = re.compile(r"nth:(\d{1,2}):(\d):(-?\d)")
_AFTER = re.compile(r"after:(\d{1,2}):(\d{1,2}):(\d)")
_FIXED = re.compile(r"(\d{1,2})-(\d{1,2})")
_YEAR_DAY = re.compile(r"doy:(\d{1,3})")
_OTHER = re.compile(r"(chinese|hebrew|islamic|hindu|buddhist):([a-z_]{1,60})")
_DAY = re.compile(
    r"(?P<base>\d{1,2}-\d{1,2}|nth:\d{1,2}:\d:-?\d|after:\d{1,2}:\d{1,2}:\d|doy:\d{1,3}"
    r"|[a-z_:]*[a-z_])"
    r"(?P<shift>[+-]\d{1,3})?"
)
_PARSI_NEW_YEAR = date(2018, 8, 17)
"""A Parsi (Shahenshahi) New Year's Day, 1 Farvardin 1388 of the Yazdegerdi era."""
_OPTIONS = re.compile(r"(?P<spec>.+?)(?::L(?P<length>\d{1,3}))?(?::(?P<observed>[OBIS]))?")
_CALENDARS = {
    "chinese": ("holidays.calendars.chinese", "_ChineseLunisolar"),
    "hebrew": ("holidays.calendars.hebrew", "_HebrewLunisolar"),
    "islamic": ("holidays.calendars.islamic", "_IslamicLunar"),
    "hindu": ("holidays.calendars.hindu", "_HinduLunisolar"),
    "buddhist": ("holidays.calendars.buddhist", "_BuddhistLunisolar"),
}


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


def orthodox_easter(year: int) -> date:
    """Orthodox Easter Sunday of ``year`` (Meeus's Julian algorithm, as a Gregorian date)."""
    d = (19 * (year % 19) + 15) % 30
    e = (2 * (year % 4) + 4 * (year % 7) - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    return date(year, month, day + 1) + timedelta(days=year // 100 - year // 400 - 2)


@cache
def _table(calendar_name: str, name: str) -> dict[int, Any] | None:
    """The ``holidays`` package's dates of holiday ``name`` by Gregorian year, or None."""
    module_name, class_name = _CALENDARS[calendar_name]
    try:
        module = importlib.import_module(module_name)
    except ImportError:
        return None
    table = getattr(getattr(module, class_name, None), f"{name.upper()}_DATES", None)
    return table if isinstance(table, dict) else None


def _other_days(calendar_name: str, name: str, year: int) -> list[date]:
    """The days of holiday ``name`` of another calendar that fall in Gregorian ``year``."""
    table = _table(calendar_name, name)
    entry = table.get(year) if table is not None else None
    if not isinstance(entry, tuple) or not entry:
        return []
    pairs = entry if isinstance(entry[0], tuple) else (entry,)
    return sorted(date(year, month, day) for month, day in pairs)


def _tu_bishvat(year: int) -> list[date]:
    """15 Shevat in ``year``: two months before 15 Nisan (Passover), three in a Hebrew leap
    year (one with Adar I, known by its longer span from Rosh Hashanah to Passover)."""
    passover = _other_days("hebrew", "passover", year)
    new_year = _other_days("hebrew", "rosh_hashanah", year - 1)
    if not passover or not new_year:
        return []
    leap = (passover[0] - new_year[0]).days > 200
    return [passover[0] - timedelta(days=89 if leap else 59)]


def _days(spec: str, year: int) -> list[date]:
    """The days that ``spec`` (one DAY of the rule grammar) names in ``year``, in order."""
    if "|" in spec:
        for choice in spec.split("|"):
            if days := _days(choice, year):
                return days
        return []
    match = _DAY.fullmatch(spec)
    if match is None:
        return []
    base, shift = match.group("base"), int(match.group("shift") or 0)
    if (nth := _NTH.fullmatch(base)) is not None:
        month, weekday, number = (int(part) for part in nth.groups())
        matching = [
            date(year, month, day)
            for day in range(1, calendar.monthrange(year, month)[1] + 1)
            if date(year, month, day).weekday() == weekday
        ]
        days = [matching[number - 1 if number > 0 else number]]
    elif (after := _AFTER.fullmatch(base)) is not None:
        month, day, weekday = (int(part) for part in after.groups())
        first = date(year, month, day)
        days = [first + timedelta(days=(weekday - first.weekday()) % 7)]
    elif base == "easter":
        days = [easter(year)]
    elif base == "orthodox":
        days = [orthodox_easter(year)]
    elif (year_day := _YEAR_DAY.fullmatch(base)) is not None:
        days = [date(year, 1, 1) + timedelta(days=int(year_day.group(1)) - 1)]
        days = [day for day in days if day.year == year]
    elif base == "parsi":
        parsi = _PARSI_NEW_YEAR + timedelta(days=365 * (year - _PARSI_NEW_YEAR.year))
        days = [parsi] if parsi.year == year else []
    elif (fixed := _FIXED.fullmatch(base)) is not None:
        days = [date(year, int(fixed.group(1)), int(fixed.group(2)))]
    elif base == "hebrew:tu_bishvat":
        days = _tu_bishvat(year)
    elif (other := _OTHER.fullmatch(base)) is not None:
        days = _other_days(other.group(1), other.group(2), year)
    else:
        return []
    return [day + timedelta(days=shift) for day in days]


def _observed(day: date, option: str) -> date:
    """``day`` moved off the weekend as option ``O`` or ``B`` says, or as Israel's law moves
    its memorial days (``I``, ``S``)."""
    weekday = day.weekday()
    if option == "I":
        moves = {4: -1, 5: -2, 0: 1 if day.year >= 2004 else 0}
        return day + timedelta(days=moves.get(weekday, 0))
    if option == "S":
        moves = {4: -1, 6: 1 if day.year >= 1997 else 0}
        return day + timedelta(days=moves.get(weekday, 0))
    if option == "B":
        return day - timedelta(days=int(weekday == 6))
    return day - timedelta(days=1) if weekday == 5 else day + timedelta(days=int(weekday == 6))


def holiday_intervals(rule: str, year: int) -> list[tuple[date, date]]:
    """Every interval of holiday ``rule`` that starts in ``year``, in order (an Islamic
    holiday can fall twice in one Gregorian year); empty if the rule is malformed or does not
    date the holiday that year."""
    options = _OPTIONS.fullmatch(rule)
    if options is None:
        return []
    first, dots, last = options.group("spec").partition("..")
    if dots and not last:
        return []
    first, _, clash = first.partition("^")
    length = int(options.group("length") or 1)
    intervals: list[tuple[date, date]] = []
    try:
        clashes = set(_days(clash, year)) if clash else set()
        for day in _days(first, year):
            start = day + timedelta(days=7) if day in clashes else day
            option = options.group("observed")
            start = _observed(start, option) if option else start
            if not last:
                intervals.append((start, start + timedelta(days=length)))
                continue
            ends = [end for y in (year, year + 1) for end in _days(last, y) if end > start]
            if ends:
                intervals.append((start, ends[0]))
    except (ValueError, IndexError, OverflowError):
        return []
    return intervals if length >= 1 else []


def from_eve(rule: str, bounds: tuple[date, date]) -> tuple[date, date]:
    """``bounds`` of holiday ``rule`` read from the eve: a Jewish holiday's days (sunset to
    sunset) as the days on whose evening each begins, one day earlier."""
    if not rule.startswith("hebrew:"):
        return bounds
    day = timedelta(days=1)
    return bounds[0] - day, bounds[1] - day


def holiday_interval(rule: str, year: int) -> tuple[date, date] | None:
    """The first interval of holiday ``rule`` in ``year``, or None (see
    :func:`holiday_intervals`)."""
    intervals = holiday_intervals(rule, year)
    return intervals[0] if intervals else None
