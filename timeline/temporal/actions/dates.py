"""Calendar dates named by the words: days, months, years, quarters, seasons, holidays."""

from __future__ import annotations

import calendar as _cal
from datetime import date, datetime, timedelta

import attrs

from timeline.model import (
    Anchor,
)
from timeline.temporal.actions._common import (
    MAX_YEAR,
    G,
    Result,
    _calendar,
    _inner,
    _unit,
    _unresolved,
    _year_ok,
)
from timeline.temporal.actions.deixis import act_weekday
from timeline.temporal.calendar import add_months
from timeline.temporal.holidays import from_eve, holiday_interval, holiday_intervals
from timeline.temporal.timex import season_interval
from timeline.temporal.values import INVALID, Captures, Context, Found, Invalid, make


def _nearest_year(ctx: Context, month: int, day: int | None) -> int | None:
    """The year that puts month/day nearest R, on or before R unless the clause is future
    (February 29: the nearest leap year on that side)."""
    today = ctx.today
    if today is None:
        return None
    if day is None:
        if ctx.future:
            return today.year if month >= today.month else today.year + 1
        return today.year if month <= today.month else today.year - 1
    candidates = []
    for year in range(today.year - 4, today.year + 5):
        if day <= _cal.monthrange(year, month)[1]:
            candidates.append(date(year, month, day))
    if ctx.future:
        later = [c for c in candidates if c >= today]
        return later[0].year if later else None
    earlier = [c for c in candidates if c <= today]
    return earlier[-1].year if earlier else None


def _full_year(ctx: Context, short: int) -> int:
    """A two-digit year ("93"): the century that puts it at most ten years after R."""
    pivot = (ctx.today.year if ctx.today is not None else 2000) + 10
    year = pivot - pivot % 100 + short
    return year - 100 if year > pivot else year


def _agreeing(readings: list[date], today: date, future: bool, weekday: int) -> date | None:
    """Among the readings of a date without a year (or month), the first whose weekday agrees:
    the next two in the clause's direction, then the nearest in the other one."""
    after = [r for r in readings if r >= today]
    before = [r for r in reversed(readings) if r <= today]
    ahead, behind = (after, before) if future else (before, after)
    for reading in ahead[:2] + behind[:1]:
        if reading.weekday() == weekday:
            return reading
    return None


def _year_of_weekday(ctx: Context, month: int, day: int, weekday: int) -> int | None:
    """The year of "dimanche 29 août" (docs/time-semantics.md): the nearby reading whose
    weekday agrees (``_agreeing``), else the agreeing one nearest R on the clause's side, at
    most three years away, else the nearest on the other side."""
    today = ctx.today
    if today is None:
        return None
    years = range(today.year - 3, today.year + 4)
    readings = [date(y, month, day) for y in years if day <= _cal.monthrange(y, month)[1]]
    found = _agreeing(readings, today, ctx.future, weekday)
    if found is None:
        agreeing = [r for r in readings if r.weekday() == weekday]
        found = min(
            agreeing,
            key=lambda r: ((r >= today) != ctx.future, abs((r - today).days)),
            default=None,
        )
    return None if found is None else found.year


def _date_beside(ctx: Context, caps: Captures, side: str) -> Result:
    """A day without its year on one ``side`` of R ("past": before, "future": after); R's own
    day is the one of a year before or after (with a weekday: the nearest that agrees, within
    seven years; else R's day)."""
    found = act_date(Context(ctx.reference, side, ctx.config, ctx.rules), caps, ())
    today = ctx.today
    if not isinstance(found, Found) or today is None or found.value.start != today:
        return found
    step, stated = (-1 if side == "past" else 1), caps.get("weekday")
    for year in range(today.year + step, today.year + 8 * step, step):
        if today.day > _cal.monthrange(year, today.month)[1]:
            continue
        moment = date(year, today.month, today.day)
        if stated is None or moment.weekday() == stated:
            return attrs.evolve(_calendar(moment, G.DAY, Anchor.REFERENCE), year=None)
    return found  # no nearby year agrees with the weekday: R's own day, as the words say


def act_date(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A calendar day: day, month and maybe year (else the nearest such day to R).

    ``date:past`` ("le 3 octobre dernier") takes the nearest such day before R,
    ``date:future`` ("le 3 octobre prochain") the nearest after R;
    ``date:dayfirst`` only a day that cannot be a month ("Thursday 29/03").
    """
    if args == ("dayfirst",):
        number = caps.get("day")
        if not isinstance(number, int) or number <= 12:
            return None
        args = ()
    if args and args[0] in ("past", "future"):
        return _date_beside(ctx, caps, args[0])
    day = caps.get("day", "ordday", "ord", "dayword")
    month = caps.get("month", "month_num", "month_num2")
    year = caps.get("year", "likely_year")
    short = caps.get("short_year")
    if short is not None:
        year = _full_year(ctx, short)
    if day is None or month is None or not _year_ok(year):
        return None
    weekday = caps.get("weekday")
    if year is None:
        if day > max(_cal.monthrange(y, month)[1] for y in (2023, 2024)):
            return INVALID
        resolved = _nearest_year(ctx, month, day)
        if weekday is not None and ctx.rules.weekday_year == "agree":
            resolved = _year_of_weekday(ctx, month, day, weekday) or resolved
        elif weekday is not None and ctx.today is not None:  # weekday_year="reference"
            this_year = ctx.today.year
            resolved = this_year if day <= _cal.monthrange(this_year, month)[1] else resolved
        if resolved is None:
            return Found(
                make(None, None, G.DAY, f"XXXX-{month:02d}-{day:02d}", anchor=Anchor.REFERENCE),
                month=month,
                day=day,
            )
        found = _calendar(date(resolved, month, day), G.DAY, Anchor.REFERENCE)
        return attrs.evolve(found, year=None)
    if day > _cal.monthrange(year, month)[1]:
        return INVALID
    moment = date(year, month, day)
    if weekday is not None and weekday != moment.weekday():
        return INVALID
    return _calendar(moment, G.DAY, Anchor.ABSOLUTE)


def act_day_year(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A day named by its month without a year, then a year after a comma ("le 4e jour de
    juillet, 1995", "the third day of May, 2001"): that day of that year."""
    found, year = _inner(caps), caps.get("year", "likely_year")
    if found is None or year is None or found.year is not None or found.parts:
        return None
    value = found.value
    if value.granularity is not G.DAY or value.mod is not None or found.repeat is not None:
        return None
    if found.month is None or found.day is None or isinstance(value.start, datetime):
        return None
    items = (("day", found.day), ("month", found.month), ("year", year))
    return act_date(ctx, Captures(items), ())


def act_compact_date(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """Eight digits given alone, year first: "20161016" is 2016-10-16 (years 1900-2099)."""
    number = caps.get("int")
    if not isinstance(number, int) or not 19000101 <= number <= 20991231:
        return None
    year, month, day = number // 10000, number // 100 % 100, number % 100
    if not 1 <= month <= 12 or not 1 <= day <= _cal.monthrange(year, month)[1]:
        return None
    return _calendar(date(year, month, day), G.DAY, Anchor.ABSOLUTE)


def act_month(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A calendar month, with its year or the nearest such month to R; ``month:-1`` the latest
    before R's month, ``month:N`` the Nth after it, ``month:this`` the one of R's year."""
    month = caps.get("month", "month_num")
    year = caps.get("year", "likely_year")
    short = caps.get("short_year")
    if short is not None:  # "April of 87"
        year = _full_year(ctx, short)
    if month is None or not _year_ok(year):
        return None
    this = bool(args) and args[0] == "this"
    shift = int(args[0]) if args and not this else 0
    if year is not None:
        return _calendar(date(year, month, 1), G.MONTH, Anchor.ABSOLUTE)
    today = ctx.today
    if today is None:
        return Found(
            make(None, None, G.MONTH, f"XXXX-{month:02d}", anchor=Anchor.REFERENCE), month=month
        )
    if this:  # "this September", "cette année en août": the one of R's year
        resolved = today.year
    elif shift < 0:  # "en décembre dernier": the latest such month before R's month
        resolved = today.year if month < today.month else today.year - 1
    elif shift > 0:  # "en mars prochain": the next such month after R's month; "after next"
        resolved = (today.year if month > today.month else today.year + 1) + shift - 1
    else:
        resolved = _nearest_year(ctx, month, None) or today.year
    found = _calendar(date(resolved, month, 1), G.MONTH, Anchor.REFERENCE)
    return found if this else attrs.evolve(found, year=None)  # "this May" states its year


def act_year(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A calendar year; ``year:era`` any year from 1 with its era ("in 14 A.D."); two digits
    after an apostrophe ("since '82") as a two-digit year of a date."""
    year = caps.get("year", "likely_year")
    short = caps.get("short_year")
    if short is not None:
        year = _full_year(ctx, short)
    if args and args[0] == "era":
        year = caps.get("year", "likely_year", "int")
        if not isinstance(year, int) or not 1 <= year <= MAX_YEAR:
            return None
    elif caps.has("short_year"):  # "cy18": a calendar year in two digits
        year = _full_year(ctx, caps.get("short_year"))
    elif year is None or not _year_ok(year):
        return None
    return _calendar(date(year, 1, 1), G.YEAR, Anchor.ABSOLUTE)


def act_decade(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A decade: "les années 1990", "the 1990s", "les années 90" (two digits: 1900s);
    ``decade:short`` two digits only ("the 70's": "2010's" is the year's)."""
    year = caps.get("year", "int", "decade_word", "thousands")
    if year is None or (args == ("short",) and year >= 100):
        return None
    if year < 100:
        year += 1900
    if year % 10 or not _year_ok(year):
        return None
    start = date(year, 1, 1)
    value = make(start, add_months(start, 120), G.DECADE, f"{year // 10:03d}")
    return Found(value, year=year)


def _thousands_year(ctx: Context, caps: Captures, thousands: object) -> Result:
    if not isinstance(thousands, int):
        return None
    rest = sum(
        value
        for name, value in caps.items
        if name in ("qty", "dayword", "minute_tens", "minute_unit", "decade_word")
        and isinstance(value, int)
    )
    if not 0 <= rest <= 99:
        return None
    return act_year(ctx, Captures((("year", thousands + rest),)), ())


def act_century(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A century by its ordinal, 11th to 30th: "the 21st century", "le 15e siècle" is the years
    (N - 1) * 100 to N * 100 - 1, TIMEX3 ``20`` / ``14``."""
    number = caps.get("ord", "ordday")
    if not isinstance(number, int) or not 11 <= number <= 30:
        return None
    start = date((number - 1) * 100, 1, 1)
    value = make(start, date(number * 100, 1, 1), G.CENTURY, f"{number - 1:02d}")
    return Found(value, year=start.year)


def act_numbered(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A numbered quarter or half ("T1 2025", "second half of 2026"); without a year, R's
    year's, the year before in a past clause when it would follow R's; with ``ahead`` (the
    time of the clause, not a noun's: "au premier trimestre", "in Q1"), the next year in a
    future clause when it would precede R's; with ``fiscal``, no days (a company's year)."""
    unit = _unit(args[0])
    number = caps.get("ord", "int")
    year = caps.get("year", "likely_year")
    if caps.has("short_year"):  # "18Q4"
        year = _full_year(ctx, caps.get("short_year"))
    count = 4 if unit is G.QUARTER else 2
    if number is None or not 1 <= number <= count or not _year_ok(year):
        return None
    anchor = Anchor.ABSOLUTE
    if args[1:] == ("fiscal",):  # a fiscal year need not be the calendar one
        return _unresolved(unit, f"XXXX-{'Q' if unit is G.QUARTER else 'H'}{number}")
    if year is None:
        today = ctx.today
        if today is None:
            letter = "Q" if unit is G.QUARTER else "H"
            return _unresolved(unit, f"XXXX-{letter}{number}")
        current = (today.month - 1) // (3 if unit is G.QUARTER else 6) + 1
        year = today.year
        if ctx.tense == "past" and number > current:
            year -= 1
        elif args[1:] == ("ahead",) and ctx.tense == "future" and number < current:
            year += 1
        anchor = Anchor.REFERENCE
    months = 3 if unit is G.QUARTER else 6
    found = _calendar(date(year, 1 + months * (number - 1), 1), unit, anchor)
    # without a year the same words name it again a year later ("d'ici la fin du 2e trimestre")
    return attrs.evolve(found, repeat=G.YEAR) if anchor is Anchor.REFERENCE else found


def act_season(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A season ("printemps 2025", "this summer"); without a year, R's year."""
    code = caps.get("season")
    year = caps.get("year", "likely_year")
    if code is None or not _year_ok(year):
        return None
    anchor = Anchor.ABSOLUTE
    if year is None:
        today = ctx.today
        if today is None:
            return _unresolved(G.SEASON, f"XXXX-{code}")
        year = today.year
        if code == "WI" and today.month <= 3:
            year -= 1
        anchor = Anchor.REFERENCE
    start, end = season_interval(year, code)
    return Found(make(start, end, G.SEASON, f"{year:04d}-{code}", anchor=anchor), year=year)


def act_holiday(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A holiday ("Noël 2024", "Thanksgiving", "last Easter"): in its year, or the nearest
    one in the clause's direction (``holiday:next`` / ``holiday:last`` force it). A
    ``dated_holiday`` (a name that is a holiday only with its year) reads the same."""
    rule = caps.get("holiday", "dated_holiday")
    year = caps.get("year", "likely_year")
    if not isinstance(rule, str) or not _year_ok(year):
        return None
    eve = ctx.rules.holiday_start == "eve"
    if year is not None:
        bounds = holiday_interval(rule, year)
        bounds = from_eve(rule, bounds) if eve and bounds is not None else bounds
        return None if bounds is None else _holiday_value(bounds, Anchor.ABSOLUTE)
    today = ctx.today
    if today is None:
        return _unresolved(G.DAY)
    direction = args[0] if args else ("next" if ctx.future else "last")
    near = [b for y in range(today.year - 1, today.year + 2) for b in holiday_intervals(rule, y)]
    near = [from_eve(rule, b) for b in near] if eve else near
    if direction == "next":
        later = [b for b in near if b[1] > today]
        return _holiday_value(later[0], Anchor.REFERENCE) if later else None
    earlier = [b for b in near if b[0] <= today]
    return _holiday_value(earlier[-1], Anchor.REFERENCE) if earlier else None


def act_holiday_weekend(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """The weekend of a one-day holiday ("Labor Day weekend", "the weekend of Halloween"):
    Saturday and Sunday, stretched to the holiday when it is a weekday (Monday or Tuesday: from
    the Saturday before; Wednesday to Friday: to the Sunday after)."""
    found = act_holiday(ctx, caps, args)
    if not isinstance(found, Found):
        return found
    day, end = found.value.start, found.value.end
    if not isinstance(day, date) or not isinstance(end, date) or (end - day).days != 1:
        return None if day is not None else _unresolved(G.DAY, "XXXX-WXX-WE")
    weekday = day.weekday()
    if weekday >= 5:
        start, stop = day - timedelta(days=weekday - 5), day + timedelta(days=7 - weekday)
    elif weekday <= 1:
        start, stop = day - timedelta(days=weekday + 2), day + timedelta(days=1)
    else:
        start, stop = day, day + timedelta(days=7 - weekday)
    year, week, _ = start.isocalendar()
    timex = (
        f"{year:04d}-W{week:02d}-WE"
        if start.weekday() == 5 and (stop - start).days == 2
        else f"{start.isoformat()}/{(stop - timedelta(days=1)).isoformat()}"
    )
    return Found(make(start, stop, G.DAY, timex, anchor=found.value.anchor), year=start.year)


def _holiday_value(bounds: tuple[date, date], anchor: Anchor) -> Found:
    """A holiday's day, or its period of several days."""
    start, end = bounds
    if (end - start).days == 1:
        return _calendar(start, G.DAY, anchor)
    last = end - timedelta(days=1)  # a range's timex ends with its last day
    value = make(start, end, G.DAY, f"{start.isoformat()}/{last.isoformat()}", anchor=anchor)
    return Found(value, year=start.year)


def act_week(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """ISO week N of R's year ("semaine 10", "week 10"), or of a year found after it ("week 3
    of 2027", "week 27 of last year")."""
    number = caps.get("int")
    today = ctx.today
    if number is None or not 1 <= number <= 53:
        return None
    year, anchor = (None if today is None else today.year), Anchor.REFERENCE
    found = _inner(caps)
    if caps.has("time"):
        if found is None or found.value.granularity is not G.YEAR:
            return None
        if not isinstance(found.value.start, date):
            return None
        year, anchor = found.value.start.year, found.value.anchor
    if year is None:
        return _unresolved(G.WEEK, f"XXXX-W{number:02d}")
    try:
        monday = date.fromisocalendar(year, number, 1)
    except ValueError:
        return INVALID
    return _calendar(monday, G.WEEK, anchor)


def act_weekday_day(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A weekday with a day of the month ("Tuesday 19th", "mardi 19"): the reading whose weekday
    agrees among the nearest ones (see ``_agreeing``), else the nearest month in the clause's
    direction where that day falls on that weekday."""
    weekday, day = caps.get("weekday"), caps.get("day", "ordday", "ord", "dayword")
    today = ctx.today
    if weekday is None or day is None:
        return None
    if today is None:
        return _unresolved(G.DAY, f"XXXX-XX-{day:02d}")
    first = today.replace(day=1)
    readings = []
    for months in range(-3, 4):
        month_start = add_months(first, months)
        if day <= _cal.monthrange(month_start.year, month_start.month)[1]:
            readings.append(month_start.replace(day=day))
    agreeing = _agreeing(readings, today, ctx.future, weekday)
    if agreeing is not None:
        return _calendar(agreeing, G.DAY, Anchor.REFERENCE)
    step = 1 if ctx.future else -1
    for months in range(14):
        month_start = add_months(first, step * months)
        if day > _cal.monthrange(month_start.year, month_start.month)[1]:
            continue
        moment = month_start.replace(day=day)
        if moment.weekday() != weekday:
            continue
        if (ctx.future and moment < today) or (not ctx.future and moment > today):
            continue
        return _calendar(moment, G.DAY, Anchor.REFERENCE)
    return None


def act_day_of_month(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A day of the month alone ("le 16"): in the nearest month, in the clause's direction."""
    day = caps.get("day", "ordday", "ord", "dayword")
    today = ctx.today
    if day is None:
        return None
    if today is None:
        return _unresolved(G.DAY, f"XXXX-XX-{day:02d}")
    step = 1 if ctx.future else -1
    for months in range(3):
        month_start = add_months(today.replace(day=1), step * months)
        if day > _cal.monthrange(month_start.year, month_start.month)[1]:
            continue
        moment = month_start.replace(day=day)
        if (ctx.future and moment >= today) or (not ctx.future and moment <= today):
            return attrs.evolve(_calendar(moment, G.DAY, Anchor.REFERENCE), repeat=G.MONTH)
    return None


def act_day_span(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """ "March 3-5, 2025", "April ninth through 17th": from the first day to the end of the
    second (to its start with the rules' ``range_end="exclusive"``), in one month."""
    days = caps.all("day", "ordday", "ord")
    if len(days) != 2 or days[0] >= days[1]:
        return None
    last = act_date(ctx, Captures((("day", days[1]), *caps.items)), ())
    first = act_date(ctx, Captures((("day", days[0]), *caps.items)), ())
    if isinstance(first, Found) and isinstance(last, Found) and last.year is None:
        # no year: the second day as read alone, the first in its month ("March 3-5")
        start = last.value.start
        if isinstance(start, date) and not isinstance(first.value.start, datetime):
            moved = _calendar(start.replace(day=days[0]), G.DAY, Anchor.REFERENCE)
            first = attrs.evolve(moved, year=None)
    if not isinstance(first, Found) or not isinstance(last, Found):
        return first if isinstance(first, Invalid) else last if isinstance(last, Invalid) else None
    value = first.value
    if value.start is None or last.value.end is None:
        return None
    timex = f"{value.timex}/{last.value.timex}"
    end = last.value.end if ctx.rules.range_end != "exclusive" else last.value.start
    return Found(attrs.evolve(value, end=end, timex=timex), year=first.year)


def act_weekday_abbr(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A weekday's abbreviation given alone ("lun."): that weekday, as "lundi"."""
    weekday = caps.get("weekday_abbr")
    if weekday is None:
        return None
    return act_weekday(ctx, Captures((("weekday", weekday),)), ())


_SEASON_ORDER = ("SP", "SU", "FA", "WI")


def act_season_rel(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """The season holding R moved by ``args[0]`` seasons ("this season", "last season")."""
    today = ctx.today
    if today is None:
        return _unresolved(G.SEASON, "XXXX-XX")
    year, index = today.year - 1, 3  # the winter that began last year, unless a later one holds R
    for number, code in enumerate(_SEASON_ORDER):
        if season_interval(today.year, code)[0] <= today:
            year, index = today.year, number
    shifted = year * 4 + index + int(args[0])
    year, index = divmod(shifted, 4)
    code = _SEASON_ORDER[index]
    start, end = season_interval(year, code)
    return Found(make(start, end, G.SEASON, f"{year:04d}-{code}", anchor=Anchor.REFERENCE))


_IDES_ON_15TH = frozenset({3, 5, 7, 10})


def act_ides(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """The ides of a month ("the ides of March"): the 15th of March, May, July and October,
    the 13th of the other months (the Roman calendar)."""
    month = caps.get("month")
    if month is None:
        return None
    day = 15 if month in _IDES_ON_15TH else 13
    items = (*tuple(caps.items), ("day", day))
    return act_date(ctx, Captures(items), ())


def act_year_words(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A year in words: the thousands and what follows them ("deux mille vingt-trois"),
    hundreds then the rest ("nineteen ninety-six", "twenty twelve", "nineteen oh five"), or
    ``year_words:2000`` two thousand and the rest ("two thousand and ten"); a last argument
    ``hundred``: the word "hundred" follows the hundreds ("nineteen hundred")."""
    thousands = caps.get("thousands")
    if thousands is not None:
        return _thousands_year(ctx, caps, thousands)
    hundred = args[-1:] == ("hundred",)  # "nineteen hundred (and five)"
    args = args[:-1] if hundred else args
    tail = caps.get("year_tail")
    unit = caps.get("year_unit")
    if tail is not None and unit is not None and (tail < 20 or tail % 10 != 0):
        return None  # "nineteen twelve three"
    rest = (tail or 0) + (unit or 0)
    if args:
        year = int(args[0]) + rest
    else:
        century = caps.get("year_century")
        if century is None or (tail is None and unit is None and not hundred):
            return None
        year = century * 100 + rest
    if not _year_ok(year):
        return None
    return _calendar(date(year, 1, 1), G.YEAR, Anchor.ABSOLUTE)


_YEAR_WORDS = ("year_century", "year_tail", "year_unit", "thousands")


def act_date_year_words(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A day or a month with its year in words ("25 January nineteen eighty-six", "October
    two thousand and five"): ``date_year_words`` a day (a number word of 1 to 20 is the day),
    ``date_year_words:month`` a month; a further argument is the year's thousands, as for
    ``year_words``."""
    whole = args[:1] == ("month",)
    year_args = args[1:] if whole else args
    year_caps = Captures(tuple(item for item in caps.items if item[0] in _YEAR_WORDS))
    others = tuple(item for item in caps.items if item[0] not in _YEAR_WORDS)
    thousands = [i for i, (name, _) in enumerate(caps.items) if name == "thousands"]
    if thousands:  # "le 3 mars deux mille sept": the numbers after the thousands are the year's
        year_caps, others = Captures(caps.items[thousands[0] :]), caps.items[: thousands[0]]
    year = act_year_words(ctx, year_caps, year_args)
    if not isinstance(year, Found) or year.value.start is None:
        return None
    items = (*others, ("year", year.value.start.year))
    if whole:
        return act_month(ctx, Captures(items), ())
    day = caps.get("qty")
    if caps.get("day", "ordday", "ord", "dayword") is None and isinstance(day, int):
        items = (("day", day), *items)
    return act_date(ctx, Captures(items), ())
