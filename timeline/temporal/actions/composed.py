"""Times built on another time: bounds, parts, ranges, days within a week or month."""

from __future__ import annotations

import calendar
from datetime import date, datetime, time, timedelta
from typing import Any

import attrs

from timeline.model import (
    Anchor,
    Granularity,
    Mod,
    TimeType,
    TimeValue,
)
from timeline.temporal.actions._common import (
    MAX_YEAR_RANGE,
    G,
    Instant,
    Result,
    _calendar,
    _clock_type,
    _inner,
    _length,
    _move_year,
    _quantity,
    _reference_like,
    _unit,
    _unresolved,
    _with_year,
    _year_ok,
)
from timeline.temporal.actions.clock import (
    _clock_value,
    _keep_zone,
    _on_day,
    _range_on_day,
    _whole_end,
    act_at_time,
    act_clock,
    act_daypart,
    day_part,
    daypart_part,
    share_zone,
    twelve_after,
)
from timeline.temporal.actions.dates import (
    _holiday_value,
    act_date,
    act_day_of_month,
    act_month,
    act_numbered,
    act_weekday_day,
    act_year,
)
from timeline.temporal.actions.deixis import act_unit_rel, act_weekday
from timeline.temporal.calendar import add, add_months, day_of, unit_interval
from timeline.temporal.holidays import holiday_intervals
from timeline.temporal.rules import PART_UNITS
from timeline.temporal.values import INVALID, Captures, Context, Found, make, make_length


def _bound_time(ctx: Context, caps: Captures, forward: bool | None) -> Found | None:
    """The time a bound is on: moved to the side of R the bound implies (``forward``; None:
    not moved), then narrowed to the part the words state ("depuis fin 2019", "since late
    July")."""
    found = _inner(caps)
    if found is None or found.value.type not in (TimeType.DATE, TimeType.TIME):
        return None
    if forward is not None:
        found = _move_year(found, ctx, forward=forward)
    part = caps.get("part")
    if part is None:
        return found
    parted = act_part(ctx, Captures((("time", found),)), (str(part),))
    return parted if isinstance(parted, Found) else None


def bound_end(ctx: Context, value: TimeValue, *, until: bool = False) -> Instant | None:
    """Where "by X", "until X" stop: the end of X, or X's first instant when the rules say
    ``bound_end="start"`` and X is a day (any date after "until") or a clock time."""
    day = until or value.granularity is G.DAY
    if ctx.rules.bound_end == "start" and value.type is TimeType.DATE and value.mod is None:
        return value.start if day else value.end
    if ctx.rules.bound_end == "start" and value.mod is None and _is_clock_value(value):
        return value.start
    return value.end


def act_until(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """ "jusqu'en X", "until X": [R, end of X), mod ON_OR_BEFORE; no start with the rules'
    ``bounds="open"``, unless ``until:now`` ("entre maintenant et X") or X is a clock time
    that names no day ("jusqu'à 16h": it keeps R, or the start of the day it then takes)."""
    past = args == ("past",)  # "lasted until X": X as the clause reads it, not moved after R
    found = _bound_time(ctx, caps, forward=None if past else True)
    if found is None:
        return None
    found = _uncut_end(ctx, found)
    inner = found.value
    end = bound_end(ctx, inner, until=True)
    start = _reference_like(ctx, end)
    if start is not None and end is not None and start >= end:
        start = None
    if ctx.rules.bounds == "open" and args != ("now",) and not found.floating:
        start = None  # a clock time alone may still take a stated day, from its start
    return _bound(found, start, end, Mod.ON_OR_BEFORE)


def _uncut_end(ctx: Context, found: Found) -> Found:
    """The end part of a unit as far as the unit's end: a present clause cuts "the end of
    the year" at R, but "until the end of the year" runs to the year's end."""
    value = found.value
    start = value.start
    if (
        value.mod is not Mod.END
        or value.end != ctx.today
        or not isinstance(start, date)
        or isinstance(start, datetime)
        or value.granularity not in (G.WEEK, G.MONTH, G.QUARTER, G.HALF, G.YEAR)
    ):
        return found
    end = unit_interval(start, value.granularity)[1]
    return attrs.evolve(found, value=attrs.evolve(value, end=end))


def act_bound_at(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A bound on a day and its clock time ("jusqu'au 1er décembre à 18h", "d'ici lundi à
    midi"): ``bound_at:until|by``, the bound on that clock time of that day."""
    times = caps.all("time")
    if len(times) != 2 or times[0].value.granularity is not G.DAY:
        return None
    day = _move_year(times[0], ctx, forward=True)  # the bound's side of R, as "jusqu'au X"
    moment = act_at_time(ctx, Captures((("time", day), ("time", times[1]))), ())
    if not isinstance(moment, Found):
        return moment
    inner = Captures((("time", attrs.evolve(moment, parts=())),))
    return act_until(ctx, inner, ()) if args[0] == "until" else act_by(ctx, inner, ())


def act_by(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """ "d'ici X", "by X": [R, end of X) in a future clause, else the interval of X."""
    found = _bound_time(ctx, caps, forward=True if ctx.future else None)
    return None if found is None else _by(ctx, found)


def _by(ctx: Context, found: Found) -> Result:
    inner = found.value
    end = bound_end(ctx, inner)
    today = _reference_like(ctx, end)
    if (
        today is not None
        and end is not None
        and today < end
        and (ctx.future or (inner.start is not None and inner.start > today))
    ):
        reference = ctx.reference
        if ctx.rules.by_start == "open":
            return _bound(found, None, end, Mod.ON_OR_BEFORE)
        if ctx.rules.by_start == "instant" and isinstance(reference, datetime):
            if not isinstance(end, datetime):  # from the instant R to the day X ends
                end = datetime.combine(end, time(), tzinfo=reference.tzinfo)
            today = _reference_like(ctx, end)
        return _bound(found, today, end, Mod.ON_OR_BEFORE)
    if end != inner.end:  # up to X's first instant, X passed or R in it
        return _bound(found, None, end, Mod.ON_OR_BEFORE)
    return _bound(found, inner.start, inner.end, Mod.ON_OR_BEFORE)


def act_since(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """ "depuis X", "since X": [start of X, R), mod ON_OR_AFTER (no end with the rules'
    ``bounds="open"``). ``since:open`` ("à partir de X", "starting X") outside a past clause
    takes X after R and leaves the end open. ``since:onward`` ("2016 and after", "2030 et
    au-delà") outside a past clause leaves the end open; ``since:now`` ("from March to date")
    states its end at R, open bounds or not."""
    effective = args == ("effective",)
    if effective:  # "effective X": as "from X", but a past clause takes the nearest X
        args = ("open",)
    found = _bound_time(ctx, caps, forward=args == ("open",) and ctx.future)
    if found is None:
        return None
    if effective and not ctx.future:
        found = _nearest_year(ctx, found)
    if args == ("open",) and len(found.parts) == 2 and found.value.type is TimeType.DATE:
        return found  # "from May to June", "from 10/1/2018-10/7/2018": the range itself
    inner = found.value
    end = _reference_like(ctx, inner.start)
    if end is not None and inner.start is not None and end <= inner.start:
        end = None
    if (ctx.rules.bounds == "open" and args != ("now",)) or (args == ("onward",) and ctx.future):
        end = None
    if args == ("open",) and ctx.tense == "future":
        end = None  # "prices will rise from January" said on Jan. 8: open after, not up to R
    return _bound(found, inner.start, end, Mod.ON_OR_AFTER)


def _nearest_year(ctx: Context, found: Found) -> Found:
    """A month or day stated without a year, in the year (R's, or one either side) that
    puts its start nearest to R."""
    today = ctx.today
    if found.year is not None or found.month is None or found.repeat is not None:
        return found
    if today is None or not isinstance(found.value.start, date):
        return found
    best, distance = found, None
    for year in (today.year - 1, today.year, today.year + 1):
        moved = _with_year(found, year)
        if moved is None or not isinstance(moved.value.start, date):
            continue
        gap = abs((day_of(moved.value.start) - today).days)
        if distance is None or gap < distance:
            value = attrs.evolve(moved.value, anchor=found.value.anchor)
            best, distance = attrs.evolve(moved, value=value, year=None), gap
    return best


def act_before(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """ "avant X", "before X": up to the start of X (from R in a future clause unless the
    rules say ``bounds="open"``), mod BEFORE; before the end of X ("avant fin 2026", "before
    the end of the month") is "by X"."""
    found = _bound_time(ctx, caps, forward=None)
    if found is None:
        return None
    if found.value.mod is Mod.END:
        return _by(ctx, found)
    inner = found.value
    if inner.timex.endswith("_REF"):
        return None  # "avant le prochain (sommet)": no time to be before
    start = _reference_like(ctx, inner.start)
    if not ctx.future or (start is not None and inner.start is not None and start >= inner.start):
        start = None
    if ctx.rules.bounds == "open":
        start = None
    return _bound(found, start, inner.start, Mod.BEFORE)


def act_after(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """ "après X", "after X": from the end of X (from its start with the rules'
    ``after_day="start"`` when X is a day), mod AFTER."""
    found = _bound_time(ctx, caps, forward=None)
    if found is None or found.value.timex.endswith("_REF"):  # "après le prochain (sommet)"
        return None
    inner = found.value
    day = inner.granularity is G.DAY and inner.type is TimeType.DATE and inner.mod is None
    from_start = _is_clock_instant(found) or (day and ctx.rules.after_day == "start")
    start = inner.start if from_start else inner.end
    return _bound(found, start, None, Mod.AFTER)


def act_clock_bound(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A bound on a spelled clock time, read at once ("après 13 heures", "dès 8 heures 30"):
    ``clock_bound:after|before|until|since``, as the bound on that clock time."""
    clock = act_clock(ctx, caps, ())
    if not isinstance(clock, Found):
        return clock
    inner = Captures((("time", clock),))
    if args[0] == "since":
        return act_since(ctx, inner, ("open",))
    if args[0] == "after":
        return act_after(ctx, inner, ())
    if args[0] == "before":
        return act_before(ctx, inner, ())
    return act_until(ctx, inner, ())


def _is_clock_instant(found: Found) -> bool:
    """True for a clock time ("16h", "9:30"): an instant, so "après 16h" starts at 16:00."""
    return _is_clock_value(found.value)


def _is_clock_value(value: TimeValue) -> bool:
    """True for a clock time value: an hour, minute or second, not a range."""
    return (
        value.type is TimeType.TIME
        and isinstance(value.start, datetime)
        and value.granularity in (G.HOUR, G.MINUTE, G.SECOND)
        and "/" not in value.timex
    )


def _bound(found: Found, start: Instant | None, end: Instant | None, mod: Mod) -> Result:
    inner = found.value
    if start is not None and end is not None and start >= end:
        return None
    anchor = inner.anchor
    if (start is not None and start != inner.start) or (end is not None and end != inner.end):
        anchor = Anchor.REFERENCE if mod is not Mod.AFTER else anchor
    value = attrs.evolve(inner, start=start, end=end, mod=mod, anchor=anchor)
    return attrs.evolve(found, value=value)


_UNIT_MONTHS = {G.QUARTER: 3, G.HALF: 6, G.DECADE: 120, G.CENTURY: 1200}


def _thirds(size: int, part: Mod) -> tuple[int, int]:
    third = size // 3
    return {Mod.START: (0, third), Mod.MID: (third, 2 * third), Mod.END: (2 * third, size)}[part]


def _part_interval(
    ctx: Context, start: date, end: date, unit: Granularity, part: Mod, relative: bool = False
) -> tuple[date, date] | None:
    """The START, MID or END part of the unit [start, end) (the rules' ``parts``, or their
    ``relative_parts`` for a unit named from R)."""
    window = ctx.rules.part(unit.value, part.value, relative) if unit.value in PART_UNITS else None
    if unit is G.MONTH and window is not None:
        return start + timedelta(days=window[0]), min(end, start + timedelta(days=window[1]))
    if unit is G.YEAR and window is not None:
        return add_months(start, window[0]), add_months(start, window[1])
    if unit is G.WEEK and window is not None:
        return start + timedelta(days=window[0]), start + timedelta(days=window[1])
    if unit in _UNIT_MONTHS:
        first_month, last_month = _thirds(_UNIT_MONTHS[unit], part)
        return add_months(start, first_month), add_months(start, last_month)
    if unit is G.SEASON:
        first_day, last_day = _thirds((end - start).days, part)
        return start + timedelta(days=first_day), start + timedelta(days=last_day)
    return None


def act_part(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """ "début X", "mid-X", "fin X", "the end of X": a part of X, mod START, MID or END."""
    found = _inner(caps)
    part = Mod(args[0]) if args else Mod(str(caps.get("part")))
    if found is not None and found.value.granularity is G.PART_OF_DAY:  # "late tonight"
        return daypart_part(ctx, found, part)
    if found is None or found.value.type is not TimeType.DATE:
        return None
    inner = found.value
    if inner.granularity is G.DAY and ctx.rules.end_of_day == "last_second" and part is Mod.END:
        return day_part(ctx, found, part)  # "end of tomorrow": its last second
    if inner.start is None or inner.end is None or isinstance(inner.start, datetime):
        return attrs.evolve(found, value=attrs.evolve(inner, mod=part))
    assert isinstance(inner.end, date)
    relative = inner.anchor is Anchor.REFERENCE
    bounds = _part_interval(ctx, inner.start, inner.end, inner.granularity, part, relative)
    if bounds is None:
        return None
    start, end = bounds
    today = ctx.today
    if today is not None and ctx.tense == "past" and start < today < end:
        end = today
    value = attrs.evolve(inner, start=start, end=end, mod=part)
    return attrs.evolve(found, value=value)


def _range(first: Found, last: Found, inclusive: bool = True) -> Result:
    year = last.year
    if year is None and last.month is not None and isinstance(last.value.start, date):
        year = last.value.start.year  # "from May to September": the year the second resolved to
    clock = isinstance(first.value.start, datetime)  # a time on a day: its year as read
    if first.year is None and year is not None and first.month is not None and not clock:
        moved = _with_year(first, year)
        if moved is not None and moved.value.start is not None and last.value.start is not None:
            assert isinstance(moved.value.start, date)
            if moved.value.start > last.value.start:
                moved = _with_year(first, year - 1)
        if moved is not None:
            first = moved
    elif first.year is None and last.year is None:
        first = _first_before(first, last)
    a, b = first.value, last.value
    end = b.end if inclusive else b.start
    if a.start is None or end is None:
        timex = f"{a.timex}/{b.timex}"
        return Found(make(None, None, a.granularity, timex, anchor=a.anchor), parts=(a, b))
    if isinstance(a.start, datetime) != isinstance(end, datetime):
        return None
    if not a.start < end:
        return None
    anchor = Anchor.ABSOLUTE if a.anchor is b.anchor is Anchor.ABSOLUTE else Anchor.REFERENCE
    value = make(a.start, end, a.granularity, f"{a.timex}/{b.timex}", anchor=anchor)
    floating = first.floating and last.floating
    return Found(value, year=first.year, parts=(a, b), floating=floating)


def act_range_to_day_number(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """ "from April 27 to the 3rd": a day, then a day number alone: to the first such day of a
    month after that day (May 3)."""
    found, number = _inner(caps), caps.get("ordday", "ord")
    if found is None or not isinstance(number, int) or not 1 <= number <= 31:
        return None
    value = found.value
    start = value.start
    if value.granularity is not G.DAY or value.mod is not None or value.end is None:
        return None
    if not isinstance(start, date) or isinstance(start, datetime):
        return None
    for months in range(3):
        first_day = add_months(start.replace(day=1), months)
        if number <= calendar.monthrange(first_day.year, first_day.month)[1]:
            day = first_day.replace(day=number)
            if day > start:
                last = _calendar(day, G.DAY, value.anchor)
                return _range(found, last, inclusive=ctx.rules.range_end != "exclusive")
    return None


def act_weekdays_in_week(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """ "next week between Wednesday and Friday", "from Tue to Thu this week": two weekdays of
    the week found, as "from X to Y"."""
    week, days = _inner(caps), caps.all("weekday")
    if week is None or len(days) != 2 or week.value.granularity is not G.WEEK:
        return None
    monday = week.value.start
    if not isinstance(monday, date) or isinstance(monday, datetime) or monday.weekday() != 0:
        return None
    if week.value.mod is not None or days[1] <= days[0]:
        return None
    anchor = week.value.anchor
    first = _calendar(monday + timedelta(days=days[0]), G.DAY, anchor)
    last = _calendar(monday + timedelta(days=days[1]), G.DAY, anchor)
    return _range(first, last, inclusive=ctx.rules.range_end != "exclusive")


def _first_before(first: Found, last: Found) -> Found:
    """Two days without a year, the first read after the second ("du 01/10 au 07/11" said in
    late October): the first moved to the latest year that puts it before the second."""
    a, b = first.value.start, last.value.start
    if first.day is None or not isinstance(a, date) or not isinstance(b, date) or a < b:
        return first
    if isinstance(a, datetime) or isinstance(b, datetime):
        return first
    for year in (b.year, b.year - 1):
        moved = _with_year(first, year)
        if moved is not None and isinstance(moved.value.start, date) and moved.value.start < b:
            return attrs.evolve(moved, year=None)
    return first


def _now_as_day(ctx: Context, found: Found) -> Found:
    """ "now" (an instant or R's day) as R's calendar day: an end of a range of days."""
    value, today = found.value, ctx.today
    if value.timex != "PRESENT_REF" or value.granularity not in (G.DAY, G.SECOND):
        return found
    if today is None or found.parts:
        return found
    day = _calendar(today, G.DAY, Anchor.REFERENCE)
    return attrs.evolve(day, value=attrs.evolve(day.value, timex="PRESENT_REF"))


def act_range(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """ "du X au Y", "from X to Y", "entre X et Y", "2025-2027": [start of X, end of Y)
    (to the start of Y with the rules' ``range_end="exclusive"``); between clock times,
    [X, Y). ``range:day``: only between two days ("10 juin au 2 juillet"); ``range:end`` to
    the end of Y whatever ``range_end`` says ("from 2007 to the end of 2008"); ``range:time`` only
    between two times of day on their days ("2025-03-28 17:00/2025-03-29 09:00")."""
    times = caps.all("time")
    if len(times) != 2:
        return None
    first, last = times
    if TimeType.DATE in (first.value.type, last.value.type):  # "between now and May 5"
        first, last = _now_as_day(ctx, first), _now_as_day(ctx, last)
    if args == ("day",) and not first.value.granularity is last.value.granularity is G.DAY:
        return None
    if args == ("time",) and not (first.parts and last.parts):  # each a time on its day
        return None
    if args == ("time",) and not first.value.type is last.value.type is TimeType.TIME:
        return None
    if first.value.type is not TimeType.DATE and first.value.type is not TimeType.TIME:
        return None
    if last.value.type is not first.value.type:
        return None
    # Clock times are instants: "de 17h à 18h" ends at 18:00, not at the end of that hour.
    if last.value.type is TimeType.TIME:
        last = twelve_after(first, last)
        return _whole(ctx, _range(share_zone(ctx, first, last), last, inclusive=False))
    inclusive = ctx.rules.range_end != "exclusive"
    # "to the end of X" names where the range stops: X's end, whatever the range_end rule
    inclusive = inclusive or (last.value.type is TimeType.DATE and last.value.mod is Mod.END)
    if args == ("end",):  # "to the end of 2008": the words state the end
        inclusive = True
    if first.repeat is last.repeat is G.WEEK and not ctx.future:
        # "ça a duré du jeudi au mardi": in a past clause the second end decides
        return _range(_weekday_before(first, last), last, inclusive=inclusive)
    return _range(first, _after_first(first, last), inclusive=inclusive)


def act_day_month_range(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """Two days written day/month with one-digit months ("3/4-9/4", "du 30/6 au 2/7"),
    maybe with one year after both: the range from the first to the second, as
    :func:`act_range` reads two days."""
    days, months = caps.all("day"), caps.all("month_num")
    if len(days) != 2 or len(months) != 2:
        return None
    # a year after both is the second day's ("du 29/12 au 3/1, 2026": from 2025-12-29)
    year = caps.get("year")
    years = [None, year]
    if year is not None:
        years[0] = year - ((months[0], days[0]) > (months[1], days[1]))
    ends = [
        act_date(ctx, Captures((("day", d), ("month_num", m), ("year", y))), ())
        for d, m, y in zip(days, months, years, strict=True)
    ]
    first, last = ends
    if not isinstance(first, Found) or not isinstance(last, Found):
        return first if first is INVALID else last if last is INVALID else None
    found = act_range(ctx, Captures((("time", first), ("time", last))), ("day",))
    start, end = first.value.start, last.value.start
    if found is None and isinstance(start, date) and isinstance(end, date) and end < start:
        # the second day is the first such day after the first ("29/2-1/3")
        year = start.year + ((months[1], days[1]) < (start.month, start.day))
        if days[1] > calendar.monthrange(year, months[1])[1]:
            return INVALID
        last = _calendar(date(year, months[1], days[1]), G.DAY, last.value.anchor)
        return act_range(ctx, Captures((("time", first), ("time", last))), ("day",))
    return found


def act_range_of_pairs(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """ "from Monday 4pm to Tuesday 5pm", "from 4pm today to 5pm tomorrow": two days each with
    a clock time (in either order), as "from X to Y"; "from 2pm till tomorrow 4:30pm": a
    clock time alone, then a day with its clock time."""
    times = caps.all("time")
    if len(times) not in (3, 4):
        return None
    ends = []
    if len(times) == 3:  # "from 2pm till tomorrow 4:30pm": a clock time alone, then a pair
        alone = times[0]
        if alone.value.type is not TimeType.TIME or alone.value.granularity not in _FINEST:
            return None
        ends.append(alone)
    for pair in (times[:2], times[2:]) if len(times) == 4 else (times[1:],):
        grains = {t.value.granularity for t in pair}
        if G.DAY not in grains or not grains & set(_FINEST):
            return None
        read = act_at_time(ctx, Captures(tuple(("time", t) for t in pair)), ())
        if not isinstance(read, Found) or read.value.type is not TimeType.TIME:
            return None
        ends.append(attrs.evolve(read, parts=()))
    found = act_range(ctx, Captures(tuple(("time", end) for end in ends)), ())
    if not isinstance(found, Found):
        return found
    return attrs.evolve(found, value=attrs.evolve(found.value, type=TimeType.TIME))


_FINEST = (G.SECOND, G.MINUTE, G.HOUR)


def _whole(ctx: Context, found: Result) -> Result:
    """A range of clock times to the end of its last unit when the rules say
    ``range_end="whole"`` ("9:30 - 11:00" to 11:01, "de 9h à 11h" to 12:00)."""
    if ctx.rules.range_end != "whole" or not isinstance(found, Found) or len(found.parts) != 2:
        return found
    value, last = found.value, found.parts[1]
    if not isinstance(last.start, datetime) or value.start is None:
        return found
    grains = tuple(p.granularity for p in found.parts)
    if not any(g in _FINEST for g in grains):
        return found
    return attrs.evolve(found, value=attrs.evolve(value, end=_whole_end(ctx, last.start, grains)))


def _after_first(first: Found, last: Found) -> Found:
    """A weekday read before the first end of its range ("du lundi prochain au vendredi") is
    the one of the week after."""
    a, b = first.value.start, last.value.start
    if last.repeat is not G.WEEK or not isinstance(a, date) or not isinstance(b, date):
        return last
    if isinstance(a, datetime) or isinstance(b, datetime) or b > a:
        return last
    moved = b + timedelta(days=7 * ((a - b).days // 7 + 1))
    return attrs.evolve(_calendar(moved, G.DAY, last.value.anchor), repeat=G.WEEK)


def _weekday_before(first: Found, last: Found) -> Found:
    """Two weekdays in a past clause ("it ran from Thursday to Monday"): the second as read
    alone, the first the latest such weekday on or before it."""
    a, b = first.value.start, last.value.start
    if not isinstance(a, date) or not isinstance(b, date):
        return first
    if isinstance(a, datetime) or isinstance(b, datetime):
        return first
    moved = b - timedelta(days=(b.weekday() - a.weekday()) % 7)
    return attrs.evolve(_calendar(moved, G.DAY, first.value.anchor), repeat=G.WEEK)


def act_weekday_pair(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """ "du jeudi au mardi", "between Monday and Wednesday": two weekdays, as "from X to Y"
    (one mention in running text, as "from May to September"); ``weekday_pair:NI`` ("la nuit
    de jeudi à vendredi"): the night that begins on the first, read alone, of two days in a
    row."""
    days = caps.all("weekday")
    if len(days) != 2:
        return None
    ends = [act_weekday(ctx, Captures((("weekday", d),)), ()) for d in days]
    first, last = ends
    if not isinstance(first, Found) or not isinstance(last, Found):
        return None
    if args:
        if days[1] != (days[0] + 1) % 7:
            return None
        return act_daypart(ctx, Captures((("time", first),)), args)
    return act_range(ctx, Captures((("time", first), ("time", last))), ())


def act_year_to(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A year to a later month or day ("de 2019 à mars 2021", "entre 2015 et la fin de 2018",
    "2014 through May 2018"): as "from X to Y"; a second year alone is ``year_range``'s."""
    last = _inner(caps)
    year = caps.get("year", "likely_year")
    if last is None or year is None:
        return None
    if last.value.granularity is G.YEAR and last.value.mod is None:
        return None
    first = act_year(ctx, Captures((("year", year),)), ())
    if not isinstance(first, Found):
        return first
    return act_range(ctx, Captures((("time", first), ("time", last))), ())


def act_day_list(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """ "March 3 and April 5, 2022", "le 3 mars et le 5 avril 2022": a day without its year,
    then a day that states it: the first takes that year (the year before when it would come
    later); running text reports each day; the whole, no one interval, has no bounds."""
    times = caps.all("time")
    if len(times) != 2:
        return None
    first, last = times
    if first.year is not None or first.day is None or first.month is None or first.parts:
        return None
    if first.value.granularity is not G.DAY:
        return None
    # the last day, maybe with its clock time ("and January 2, 2000 around noon")
    head = last.parts[0] if len(last.parts) == 2 else last.value
    if last.parts and last.value.type is not TimeType.TIME:
        return None
    stated = last.year is not None if not last.parts else head.anchor is Anchor.ABSOLUTE
    day = head.start
    if not stated or head.granularity is not G.DAY or head.mod is not None:
        return None
    if not isinstance(day, date) or isinstance(day, datetime):
        return None
    year = day.year - ((first.month, first.day) > (day.month, day.day))
    moved = _with_year(first, year)
    if moved is None:
        return INVALID
    value = make(None, None, G.DAY, "XXXX-XX-XX", anchor=moved.value.anchor)
    return Found(value, parts=(moved.value, last.value))


def act_date_to_year(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """ "from 3 March 2021 to 2023": a day with its year, then a later year, as "from X to Y"
    (not "from 3 March" and the years "2021 to 2023")."""
    years = caps.all("year")
    if len(years) != 2:
        return None
    words = tuple(item for item in caps.items if item[0] != "year")
    first = act_date(ctx, Captures((*words, ("year", years[0]))), ())
    last = act_year(ctx, Captures((("year", years[1]),)), ())
    if not isinstance(first, Found) or not isinstance(last, Found):
        return first if first is INVALID else None
    return act_range(ctx, Captures((("time", first), ("time", last))), ())


def act_range_to_part(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A range whose second time is a part (``args[0]``) of a time: "de mars à la fin de juin"
    is "de mars à fin juin"."""
    times = caps.all("time")
    if len(times) != 2:
        return None
    last = act_part(ctx, Captures((("time", times[1]),)), args[:1])
    if not isinstance(last, Found):
        return last
    return act_range(ctx, Captures((("time", times[0]), ("time", last))), ())


def act_parts_range(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A range whose ends are parts of times ("entre fin 2025 et début 2026", "de fin mars à
    mi-avril"): each end read alone and narrowed to the part stated before it, then as "from
    X to Y"; two months without a year that would run backwards move apart by a year (the
    first back in a past clause, the second on otherwise)."""
    ends: list[tuple[object, Found]] = []
    part: object = None
    for category, item in caps.items:
        if category == "part":
            part = item
            continue
        if category == "year":
            item = act_year(ctx, Captures((("year", item),)), ())
        elif category != "time":
            continue
        if not isinstance(item, Found):
            return None
        ends.append((part, item))
        part = None
    if len(ends) != 2:
        return None
    first, last = _parted(ctx, *ends[0]), _parted(ctx, *ends[1])
    if first is None or last is None or first.year is None or last.year is None:
        return None
    backwards = (first.year, first.month or 0) > (last.year, last.month or 0)
    if backwards and ends[0][1].year is ends[1][1].year is None:
        if ctx.tense == "past":
            first = _parted(ctx, ends[0][0], _with_year(ends[0][1], first.year - 1))
        else:
            last = _parted(ctx, ends[1][0], _with_year(ends[1][1], last.year + 1))
        if first is None or last is None:
            return None
    return act_range(ctx, Captures((("time", first), ("time", last))), ())


def _parted(ctx: Context, part: object, found: Found | None) -> Found | None:
    """``found`` narrowed to ``part`` (None: whole), its year stated as read."""
    if found is not None and part is not None:
        parted = act_part(ctx, Captures((("time", found),)), (str(part),))
        found = parted if isinstance(parted, Found) else None
    if found is None or not isinstance(found.value.start, date):
        return None
    return attrs.evolve(found, year=found.value.start.year)


def act_clock_range_in_part(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """Bare hours before a day and its part of day ("entre 7 et 9 hier soir"): the range in
    that part of that day, as "entre 7 et 9 ce soir"."""
    day, code = _inner(caps), caps.get("daypart")
    if day is None or code is None:
        return None
    part = act_daypart(ctx, Captures((("time", day),)), (str(code),))
    if not isinstance(part, Found):
        return part
    kept = tuple(item for item in caps.items if item[0] not in ("time", "daypart"))
    return act_clock_range(ctx, Captures((*kept, ("time", part))), args)


def act_month_span(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """ "Jan-Feb 2017", "Nov-Feb 2017", "June to May 5, 2019": a month without its year, then
    a month or day that states it; the first month is in that year, or the year before when
    it comes later in the year (as :func:`act_range`)."""
    month, found = caps.get("month"), _inner(caps)
    if month is None or found is None or found.year is None or found.month is None:
        return None
    if found.value.granularity not in (G.MONTH, G.DAY) or found.value.mod is not None:
        return None
    if found.parts or found.month == month:
        return None
    year = found.year - (month > found.month)
    first = _calendar(date(year, month, 1), G.MONTH, found.value.anchor)
    return _range(first, found, inclusive=ctx.rules.range_end != "exclusive")


def act_date_pair_unlike_fractions(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """ "from 10/1 to 11/7": two numeric days as :func:`act_date_pair`, when one of them
    cannot be a proper fraction (its month is not below its day): "from 1/3 to 1/4" is not."""
    numbers = [value for _, value in caps.items]
    if len(numbers) != 4 or not any(n >= d for n, d in (numbers[:2], numbers[2:])):
        return None
    return act_date_pair(ctx, caps, args)


def act_date_pair(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """ "10/1-11/7", "from 10/1 to 11/7/2018": two numeric days, as "from X to Y" (a year
    written once, with the second day, is the year of both)."""
    items = caps.items
    if len(items) not in (4, 5):
        return None
    first = act_date(ctx, Captures(items[:2]), ())
    last = act_date(ctx, Captures(items[2:]), ())
    if not isinstance(first, Found) or not isinstance(last, Found):
        return None
    return _range(first, last, inclusive=ctx.rules.range_end != "exclusive")


def act_month_pair(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """ "May to March", "Jan-Feb": two months without a year, as "from May to March"."""
    months = caps.all("month")
    if len(months) != 2 or months[0] == months[1]:
        return None
    first, last = (act_month(ctx, Captures((("month", m),)), ()) for m in months)
    if not isinstance(first, Found) or not isinstance(last, Found):
        return None
    return _range(first, last, inclusive=ctx.rules.range_end != "exclusive")


def act_year_range(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """ "2025-2027", "de 2019 à 2021": [start of the first year, end of the second)."""
    years = caps.all("year", "likely_year", "int")
    if len(years) != 2:
        return None
    first, last = years
    if last < 100 and first >= 100:  # "2025-27"
        last = first - first % 100 + last
    if not (_year_ok(first) and _year_ok(last)) or not 0 < last - first <= MAX_YEAR_RANGE:
        return None
    start = date(first, 1, 1)
    end = date(last + (ctx.rules.range_end != "exclusive" or args == ("end",)), 1, 1)
    value = make(start, end, G.YEAR, f"{first:04d}/{last:04d}")
    parts = tuple(_calendar(date(y, 1, 1), G.YEAR, Anchor.ABSOLUTE).value for y in (first, last))
    return Found(value, year=first, parts=parts)


def act_day_range(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """ "du 3 au 5 mars", "from ninth till seventeenth of April": the first day takes the
    month and year of the second, or those of the month before when it is larger ("du 30 au
    2 décembre")."""
    day = caps.get("day", "ordday", "ord", "dayword")
    found = _inner(caps)
    if day is None or found is None or found.value.granularity is not G.DAY:
        return None
    inner = found.value
    if (
        inner.start is None
        or not isinstance(inner.start, date)
        or isinstance(inner.start, datetime)
        or inner.end != inner.start + timedelta(days=1)
    ):
        return None
    month = inner.start.replace(day=1)
    if day == inner.start.day:
        return None
    if day > inner.start.day:
        month = add_months(month, -1)
    if not 1 <= day <= calendar.monthrange(month.year, month.month)[1]:
        return INVALID if 1 <= day <= 31 else None
    first = _calendar(month.replace(day=day), G.DAY, inner.anchor)
    weekday = caps.get("weekday")
    if weekday is not None and weekday != month.replace(day=day).weekday():
        return INVALID  # "du mardi 1er au jeudi 3 mars 2021": 1 March 2021 was a Monday
    return _range(first, found, inclusive=ctx.rules.range_end != "exclusive")


def act_day_numbers(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """ "du 13 au 18": two day numbers alone; the second is the nearest such day in the
    clause's direction, the first is in its month (in the month before when it is larger)."""
    days = caps.all("day", "ordday")
    if len(days) != 2 or days[0] == days[1]:
        return None
    last = act_day_of_month(ctx, Captures((("day", days[1]),)), ())
    if not isinstance(last, Found) or not isinstance(last.value.start, date):
        return last
    end = last.value.start
    month = end.replace(day=1) if days[0] < days[1] else add_months(end.replace(day=1), -1)
    if days[0] > (add_months(month, 1) - month).days:  # "du 30 au 2" with February before
        return INVALID
    first = _calendar(month.replace(day=days[0]), G.DAY, Anchor.REFERENCE)
    inclusive = ctx.rules.range_end != "exclusive"
    return _range(first, attrs.evolve(last, repeat=None), inclusive=inclusive)


def act_night_between(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """ "la nuit du 14 au 15 juillet": the night that begins on the day before the second."""
    day, found = caps.get("day", "ordday"), _inner(caps)
    if day is None or found is None or found.value.granularity is not G.DAY:
        return None
    second = found.value.start
    if not isinstance(second, date) or isinstance(second, datetime):
        return None
    first = second - timedelta(days=1)
    if first.day != day:
        return None
    night = _calendar(first, G.DAY, found.value.anchor)
    return act_daypart(ctx, Captures((("time", night),)), ("NI",))


def act_span_to(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """ "the three months to June", "the year ended March 31": N units (one without a number)
    that end with the end of X, as an anchored duration."""
    found = _inner(caps)
    unit = _unit(caps.get("unit"))
    amount = _quantity(caps) if caps.has("qty") or caps.has("int") else 1
    if (
        found is None
        or amount is None
        or _clock_type(unit)
        or found.value.type is not TimeType.DATE
    ):
        return None
    end = found.value.end
    if not isinstance(end, date) or isinstance(end, datetime) or not 0 < amount <= 1000:
        return None
    start = add(end, -amount, unit)
    return Found(make_length(_length(amount, unit), unit, start, end, anchor=found.value.anchor))


def act_this_part_of(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A part of R's unit: ``this_part_of:START|MID|END[:unit]`` ("à la fin de l'année");
    without a unit in the arguments, the captured one ("the end of the month"); without
    arguments, the captured part, unit and direction ("à la fin du mois dernier")."""
    part = Mod(args[0] if args else str(caps.get("part")))
    unit = _unit(args[1]) if len(args) > 1 else _unit(caps.get("unit"))
    if unit not in (G.WEEK, G.MONTH, G.QUARTER, G.YEAR):
        return None
    today = ctx.today
    if today is None:
        return _unresolved(unit, "XXXX", mod=part)
    moved = add(today, int(caps.get("direction") or 0), unit)
    assert isinstance(moved, date)
    inner = _calendar(moved, unit, Anchor.REFERENCE)
    return act_part(ctx, Captures((("time", inner),)), (part.value,))


def act_numbered_of(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A numbered quarter or half of a year found before ("the first quarter of last year")."""
    found = _inner(caps)
    if found is None or found.value.granularity is not G.YEAR or found.value.start is None:
        return None
    assert isinstance(found.value.start, date)
    year = found.value.start.year
    items = (*caps.items, ("year", year))
    if len(args) > 1:  # "the final quarter of 2009": a fixed number
        items = (*items, ("ord", int(args[1])))
    kept = tuple(i for i in items if i[0] != "time")
    return act_numbered(ctx, Captures(kept), args[:1])


def act_numbered_rel(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A numbered quarter or half of the year before or after R's ("le premier trimestre de
    l'année prochaine"): ``numbered_rel:quarter|half``, the year moved by the direction word."""
    step = caps.get("direction")
    if not isinstance(step, int):
        return None
    year = act_unit_rel(ctx, Captures(()), (str(step), "year"))
    if not isinstance(year, Found):
        return year
    kept = tuple(item for item in caps.items if item[0] != "direction")
    return act_numbered_of(ctx, Captures((*kept, ("time", year))), args)


def act_month_of(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A month of a year found after it ("October of next year", "the ninth month of 2026")."""
    found = _inner(caps)
    month = caps.get("month", "ord", "ordday")
    if not isinstance(month, int) or not 1 <= month <= 12:
        return None
    if found is None or month is None or found.value.granularity is not G.YEAR:
        return None
    if found.value.start is None:
        return None
    assert isinstance(found.value.start, date)
    return _calendar(date(found.value.start.year, month, 1), G.MONTH, found.value.anchor)


def act_date_of_year(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A day and month before a year found as a time ("le 7 mars deux mille vingt"): that
    day of that year, read as :func:`act_date` reads a year in digits."""
    found = _inner(caps)
    if found is None or found.value.granularity is not G.YEAR:
        return None
    start = found.value.start
    if not isinstance(start, date):
        return None
    words = tuple((c, v) for c, v in caps.items if c != "time")
    return act_date(ctx, Captures((*words, ("year", start.year))), ())


def _month_range(found: Found) -> tuple[date, date] | None:
    value = found.value
    if value.granularity is not G.MONTH or value.start is None or value.end is None:
        return None
    if value.type is TimeType.DURATION:  # "the next month" as a span from R: no month's days
        return None
    if isinstance(value.start, datetime) or isinstance(value.end, datetime):
        return None
    assert isinstance(value.start, date) and isinstance(value.end, date)
    return value.start, value.end


def _nth(caps: Captures, args: tuple[str, ...]) -> int | None:
    """The rank a rule names: N, or -N for ``last`` ("the third last week": -3; "last": -1)."""
    number = caps.get("ord", "ordday")
    if args and args[0] == "last":
        return -(number or 1) if isinstance(number, int) else -1
    return number if isinstance(number, int) else None


def act_nth_weekday(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """The Nth (or Nth last) weekday of a month found before ("le premier lundi de mars",
    "the second last Friday of May"); ``nth_weekday:N:month``: of R's month ("the first Monday
    of the month"); ``nth_weekday:N:weekend``: the weekend of the Nth Saturday, Saturday and
    Sunday ("le premier week-end de septembre")."""
    found, weekday = _inner(caps), 5 if "weekend" in args else caps.get("weekday")
    number = _nth(caps, args)
    if found is None and "month" in args and ctx.today is not None:  # "of the month": R's
        found = _calendar(ctx.today, G.MONTH, Anchor.REFERENCE)
    bounds = None if found is None else _month_range(found)
    if bounds is None or weekday is None or number is None or number == 0:
        return None
    start, end = bounds
    days = [start + timedelta(days=d) for d in range((end - start).days)]
    matching = [d for d in days if d.weekday() == weekday]
    index = number - 1 if number > 0 else number
    if not -len(matching) <= index < len(matching):
        return INVALID
    anchor = found.value.anchor if found is not None else Anchor.REFERENCE
    if "weekend" in args:
        saturday = matching[index]
        year, week, _ = saturday.isocalendar()
        timex = f"{year:04d}-W{week:02d}-WE"
        start, stop = _weekend_hours(ctx, saturday - timedelta(days=5))
        return Found(make(start, stop, G.DAY, timex, anchor=anchor))
    return _calendar(matching[index], G.DAY, anchor)


def _weekend_hours(ctx: Context, monday: date) -> tuple[Instant, Instant]:
    """The weekend of the week of ``monday``, in the hours of ``rules.weekend``."""
    first, last = ctx.rules.weekend
    if not first % 24 and not last % 24:
        return monday + timedelta(hours=first), monday + timedelta(hours=last)
    tz = ctx.reference.tzinfo if isinstance(ctx.reference, datetime) else None
    midnight = datetime.combine(monday, datetime.min.time(), tzinfo=tz)
    return midnight + timedelta(hours=first), midnight + timedelta(hours=last)


def act_nth_weekday_part(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """ "the first Monday evening of next month": that part of the Nth weekday of a month."""
    code = caps.get("daypart")
    kept = tuple(item for item in caps.items if item[0] != "daypart")
    day = act_nth_weekday(ctx, Captures(kept), args)
    if not isinstance(day, Found) or code is None:
        return day
    return act_daypart(ctx, Captures((("time", day), ("daypart", code))), ())


def act_weekday_in_shift(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """ "Monday two weeks from now", "in 3 days on Friday", "3 weeks after Christmas on
    Friday": that weekday in the (Monday to Sunday) week of the day N units after R (or
    after a day found)."""
    weekday, amount, unit = caps.get("weekday"), _quantity(caps), caps.get("unit")
    found, today = _inner(caps), ctx.today
    if weekday is None or amount is None or unit is None or today is None:
        return None
    if found is None and int(args[0]) > 0 and ctx.tense == "past":
        return None  # "held its first meeting in five years on Tuesday": a length, then a day
    base: Instant = today
    if found is not None:
        start = found.value.start
        if found.value.granularity is not G.DAY or not isinstance(start, date):
            return None
        base = start.date() if isinstance(start, datetime) else start
    unit = _unit(unit)
    if _clock_type(unit):
        return None
    moved = add(base, int(args[0]) * amount, unit)
    assert isinstance(moved, date)
    day = moved + timedelta(days=weekday - moved.weekday())
    anchor = Anchor.REFERENCE if found is None else found.value.anchor
    return _calendar(day, G.DAY, anchor)


def act_day_clock_range(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """ "the 17 from 2pm to 4pm": the nearest such day of a month, with a range of clock
    times found after it."""
    found = _inner(caps)
    if found is None or len(found.parts) != 2 or found.value.type is not TimeType.TIME:
        return None
    if any(p.granularity in (G.DAY, G.PART_OF_DAY) for p in found.parts):
        return None
    day = act_day_of_month(ctx, Captures((("day", caps.get("day")),)), ())
    if not isinstance(day, Found):
        return None
    return act_at_time(ctx, Captures((("time", day), ("time", found))), ())


def act_weekday_part_of(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A weekday's part of the day in a week or month found after it: ``weekday_part_of``
    "mercredi soir de la semaine prochaine", ``weekday_part_of:nth`` "le premier lundi soir
    du mois prochain" (as :func:`act_weekday_of` or :func:`act_nth_weekday`, then the part)."""
    part = caps.get("daypart")
    words = Captures(tuple((c, v) for c, v in caps.items if c != "daypart"))
    nth = args[:1] == ("nth",)  # ``weekday_part_of:nth:last``: "le dernier lundi soir de mai"
    day = act_nth_weekday(ctx, words, args[1:]) if nth else act_weekday_of(ctx, words, ())
    if not isinstance(day, Found) or day.value.granularity is not G.DAY or part is None:
        return day if day is INVALID else None
    return act_daypart(ctx, Captures((("time", day), ("daypart", part))), ())


def act_weekdays_of(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """Two weekdays of a week found before or after them ("la semaine prochaine, entre
    mercredi et vendredi", "du lundi au mercredi de la semaine dernière"): the range of
    those two days of that week, as :func:`act_range` reads two days."""
    week, weekdays = _inner(caps), caps.all("weekday")
    if week is None or week.value.granularity is not G.WEEK or len(weekdays) != 2:
        return None
    first, last = (
        act_weekday_of(ctx, Captures((("time", week), ("weekday", weekday))), ())
        for weekday in weekdays
    )
    if not isinstance(first, Found) or not isinstance(last, Found):
        return None
    return act_range(ctx, Captures((("time", first), ("time", last))), ("day",))


def act_weekday_of_at(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """ "next week Mon 9 am": a weekday of a week found before it, at a clock time after."""
    times = caps.all("time")
    if len(times) != 2:
        return None
    week, clock = times
    day = act_weekday_of(ctx, Captures((("time", week), ("weekday", caps.get("weekday")))), ())
    if not isinstance(day, Found) or week.value.granularity is not G.WEEK:
        return None
    if clock.value.type is not TimeType.TIME or clock.value.granularity is G.PART_OF_DAY:
        return None
    return act_at_time(ctx, Captures((("time", day), ("time", clock))), ())


def act_nth_day(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """The Nth (or last) day of a month found before ("the third day of October", "the 20th of
    next month", "le 20 du mois prochain"); ``nth_day:month`` of R's month ("the 26th day of
    the month")."""
    found = _inner(caps)
    if found is None and args == ("month",) and ctx.today is not None:
        found = _calendar(ctx.today, G.MONTH, Anchor.REFERENCE)
    number = _nth(caps, args) if args and args[0] == "last" else caps.get("ord", "ordday", "day")
    bounds = None if found is None else _month_range(found)
    if bounds is None or number is None or number == 0:
        return None
    start, end = bounds
    size = (end - start).days
    if number > size and found is not None and found.year is None and found.month is not None:
        return act_date(ctx, Captures((("day", number), ("month", found.month))), ())  # 29 Feb
    if number > size:
        return INVALID
    if -number > size:
        return INVALID
    moment = start + timedelta(days=number - 1) if number > 0 else end + timedelta(days=number)
    anchor = found.value.anchor if found is not None else Anchor.REFERENCE
    day = _calendar(moment, G.DAY, anchor)
    if number > 0 and found is not None and found.year is None and found.month is not None:
        return attrs.evolve(day, year=None)  # "the 4th day of July": a day without its year
    return day


def act_day_at(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A day number (with its weekday or not) and a clock time, range or bound on that day
    ("samedi 16 à 18h", "le 20 à partir de 10h", "le 17 de 14h à 16h"): one time."""
    clock = _inner(caps)
    if clock is None or not isinstance(clock.value.start or clock.value.end, datetime):
        return None
    if caps.get("weekday") is not None:
        day = act_weekday_day(ctx, caps, ())
    else:
        day = act_day_of_month(ctx, caps, ())
    if not isinstance(day, Found):
        return day
    found = act_at_time(ctx, Captures((("time", day), ("time", clock))), ())
    return attrs.evolve(found, parts=()) if isinstance(found, Found) else found


def act_day_at_hours(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A day number and a clock time in "heures" ("le 14 à 15 heures"): as
    :func:`act_day_at` ("14 à 15 heures" is not a range of lengths there)."""
    clock = act_clock(ctx, Captures(tuple(i for i in caps.items if i[0] in ("hour", "minute"))), ())
    if not isinstance(clock, Found):
        return clock
    kept = tuple(i for i in caps.items if i[0] not in ("hour", "minute"))
    return act_day_at(ctx, Captures((*kept, ("time", clock))), args)


def act_day_this(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A day of R's unit ``args[0]`` named without it ("le 31 du mois"): as "le 31" of that
    month."""
    unit = act_unit_rel(ctx, Captures(()), ("0", args[0]))
    if not isinstance(unit, Found):
        return unit
    return act_nth_day(ctx, Captures((*caps.items, ("time", unit))), ())


def act_nth_week(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """The Nth (or Nth last) week of a month or year found before ("the third week of January",
    "the second last week of 2026").

    A period's weeks are the Monday-to-Sunday weeks whose Thursday falls inside it (the ISO 8601
    rule, so "the first week of 2015" is ISO week 2015-W01, from 2014-12-29).
    """
    found = _inner(caps)
    number = _nth(caps, args)
    if found is None or number is None or number == 0:
        return None
    value = found.value
    start, end = value.start, value.end
    if value.granularity not in (G.MONTH, G.YEAR) or value.mod is not None:
        return None
    if not isinstance(start, date) or not isinstance(end, date):
        return None
    if isinstance(start, datetime) or isinstance(end, datetime):
        return None
    first_thursday = start + timedelta(days=(3 - start.weekday()) % 7)
    last_thursday = (
        end - timedelta(days=1) - timedelta(days=((end - timedelta(days=1)).weekday() - 3) % 7)
    )
    count = (last_thursday - first_thursday).days // 7 + 1
    if number > count or number < -count:
        return INVALID
    thursday = first_thursday + timedelta(weeks=number - 1 if number > 0 else count + number)
    return _calendar(thursday - timedelta(days=3), G.WEEK, value.anchor)


def act_edge_units(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """ "the first 2 weeks of 2021", "the last four months of 2021", "first ten days of last
    year": ``edge_units:first|last``, the first or last N units inside X (weeks: whole Monday
    to Sunday weeks), a DURATION; X may be a year ("of 2024": the words are its evidence);
    ``edge_units:first|last:<unit>``: inside R's unit ("the first nine months of the
    year"), or the one a captured direction names ("de l'année prochaine")."""
    found, amount, unit = _inner(caps), _quantity(caps), caps.get("unit")
    if found is None:  # "of 2024" (a year after these words is one), "of the year" (R's)
        step = caps.get("direction")  # "de l'année prochaine": the unit after R's
        shift = str(step) if isinstance(step, int) else "0"
        own = (
            act_unit_rel(ctx, caps, (shift, args[1])) if len(args) > 1 else act_year(ctx, caps, ())
        )
        found = own if isinstance(own, Found) else None
    if found is None or amount is None or amount < 1 or unit is None:
        return None
    unit = _unit(unit)
    start, end = found.value.start, found.value.end
    if _clock_type(unit) or found.value.type is not TimeType.DATE or found.value.mod is not None:
        return None
    if not isinstance(start, date) or isinstance(start, datetime):
        return None
    if not isinstance(end, date) or isinstance(end, datetime):
        return None
    if unit is G.WEEK:  # whole weeks: from the first Monday, or to the last one
        start += timedelta(days=-start.weekday() % 7)
        end -= timedelta(days=end.weekday())
    if args[:1] == ("last",):
        first = add(end, -amount, unit)
        assert isinstance(first, date)
        start = first if first >= start else date.max
    else:
        last = add(start, amount, unit)
        assert isinstance(last, date)
        end = last if last <= end else date.min
    if not start < end or (start, end) == (found.value.start, found.value.end):
        return None
    return Found(make_length(_length(amount, unit), unit, start, end, anchor=found.value.anchor))


def act_shift(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """N units after (``shift:1``) or before (``shift:-1``) a day found after them ("two weeks
    after March 3", "trois jours avant le 10 mai"): that day moved, as a day. ``shift:1:N:unit``
    states the length ("le lendemain du 3 mai", "the day before Christmas")."""
    found = _inner(caps)
    if len(args) > 2:
        amount: int | None = int(args[1])
        unit = _unit(args[2])
    else:
        amount, unit = _quantity(caps), _unit(caps.get("unit"))
    if found is None or amount is None or _clock_type(unit):
        return None
    value = found.value
    start = value.start
    if value.granularity is not G.DAY or value.mod is not None or not isinstance(start, date):
        return None
    if isinstance(start, datetime):
        return None
    moved = add(start, int(args[0]) * amount, unit)
    assert isinstance(moved, date)
    return _calendar(moved, G.DAY, value.anchor)


def act_holiday_of(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A holiday in a time found after it ("Thanksgiving of next year", "Noël de l'année
    prochaine", "Easter in two years", "Christmas three years ago"): the first one that
    starts inside that time."""
    found = _inner(caps)
    rule = caps.get("holiday", "dated_holiday")
    if found is None or found.value.mod is not None or not isinstance(rule, str):
        return None
    start, end = found.value.start, found.value.end
    if not isinstance(start, date) or not isinstance(end, date):
        return None
    first = start.date() if isinstance(start, datetime) else start
    last = end.date() if isinstance(end, datetime) else end
    if last.year - first.year > MAX_YEAR_RANGE:
        return None
    for year in range(first.year, last.year + 1):
        for bounds in holiday_intervals(rule, year):
            if first <= bounds[0] < last:
                return _holiday_value(bounds, found.value.anchor)
    return None


def act_weekday_of(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A weekday of a week found before or after it ("mercredi de la semaine prochaine", "next
    week on Thursday"); with a day found after it ("vendredi 2018-07-06"), that day when the
    weekday agrees."""
    found, weekday = _inner(caps), caps.get("weekday")
    if found is None or weekday is None:
        return None
    start = found.value.start
    if found.value.granularity is G.DAY and found.value.mod is None:
        if isinstance(start, date) and not isinstance(start, datetime):
            return found if start.weekday() == weekday else None
        return None
    if found.value.granularity is not G.WEEK:
        return None
    if start is None or isinstance(start, datetime):
        return None
    return _calendar(start + timedelta(days=weekday), G.DAY, found.value.anchor)


def act_week_of(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """ "la semaine du 30 décembre 2024", "the week of July 22": the ISO week of that day."""
    found = _inner(caps)
    if found is None or found.value.granularity is not G.DAY:
        return None
    start = found.value.start
    if start is None or isinstance(start, datetime):
        return None
    return _calendar(start, G.WEEK, found.value.anchor)


def act_month_part(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """ "au début du mois de septembre 1990": a part of the month named; ``month_part:fortnight``
    ("la première quinzaine d'avril") its days 1 to 14 (mod START) or 15 to the end (END);
    without a month, R's month."""
    month = act_month(ctx, caps, ())
    if caps.get("month") is None and ctx.today is not None:  # "la première quinzaine": R's
        month = _calendar(ctx.today, G.MONTH, Anchor.REFERENCE)
    if not isinstance(month, Found):
        return month
    if args[0] == "fortnight":
        number, value = caps.get("ord"), month.value
        if number not in (1, 2):
            return None
        if not isinstance(value.start, date):  # no reference date: the month, unresolved
            return month
        middle = value.start + timedelta(days=14)
        start, end = (value.start, middle) if number == 1 else (middle, value.end)
        part = Mod.START if number == 1 else Mod.END
        return attrs.evolve(month, value=attrs.evolve(value, start=start, end=end, mod=part))
    return act_part(ctx, Captures((("time", month),)), args)


def act_year_part(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """ "au début de l'année 2033", "the end of the year 2030": a part of the year named."""
    year = act_year(ctx, caps, ())
    if not isinstance(year, Found):
        return year
    return act_part(ctx, Captures((("time", year),)), args)


_CLOCK_UNITS = (G.HOUR, G.MINUTE, G.SECOND)


_HALF_DAY = timedelta(hours=12)


def act_clock_range(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """ "from 3 to 5 pm", "de 3 à 5 h", "3:30-6 pm": two clock times that share the last
    one's am/pm or unit; "de 9h30 à 11h", "between 10 and 11:30": clock times found before;
    with a day or part of day ("between 3 and 8 yesterday"), on that day.
    [first, second), the second on the next day when it would come first; with
    ``clock_range:bare``, a bare second hour comes 12 hours later first ("from 10-4");
    ``clock_range:…:digits`` its first hour in digits (``<int>``: "7 to 9 pm", not "ten to
    nine pm"), both 1-12 and rising ("10 to 2 pm" too); ``clock_range:bare:part`` only on a
    part of day ("7 to 9 tonight"; "won 21 to 7 tonight" is a score)."""
    if "part" in args and any(t.value.granularity is not G.PART_OF_DAY for t in caps.all("time")):
        return None
    if "digits" not in args:
        return _whole(ctx, _clock_range(ctx, caps, args))
    first, last = caps.get("int"), caps.get("hour")
    if not isinstance(first, int) or not isinstance(last, int):
        return None
    if not (1 <= first < last <= 12 or (8 <= first <= 12 and 1 <= last <= 6)):
        return INVALID  # a rising order on the clock, "10 to 2 pm"; "won 21 to 7" is a score
    caps = Captures(tuple(("hour" if c == "int" else c, v) for c, v in caps.items))
    found = _whole(ctx, _clock_range(ctx, caps, args))
    if not isinstance(found, Found):
        return found
    start, end = found.value.start, found.value.end
    if isinstance(start, datetime) and isinstance(end, datetime) and end - start > _HALF_DAY:
        return INVALID  # "ages 8 to 12 tonight" is no range of 16 hours
    return attrs.evolve(found, parts=()) if "part" in args else found  # one mention


def _clock_range(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    ends: list[Found | list[tuple[str, Any]]] = []
    day: Found | None = None
    day_first = inside = False
    for category, item in caps.items:
        if category == "hour":
            ends.append([("hour", item)])
        elif category == "minute" and ends and isinstance(ends[-1], list):
            ends[-1].append(("minute", item))
        elif category == "time":
            unit = item.value.granularity
            on_day = [p for p in item.parts if p.granularity in (G.DAY, G.PART_OF_DAY)]
            if unit in _CLOCK_UNITS and item.value.type is TimeType.TIME and on_day:
                if day is not None or len(item.parts) != 2:  # "9:30 - 11:00 on Thursday"
                    return None
                clock = next(p for p in item.parts if p.granularity in _CLOCK_UNITS)
                ends.append(attrs.evolve(item, value=clock, parts=()))
                day, day_first, inside = Found(on_day[0]), False, True
            elif unit in _CLOCK_UNITS and item.value.type is TimeType.TIME:
                ends.append(item)
            elif day is None and unit in (G.DAY, G.PART_OF_DAY) and not item.parts:
                day, day_first = item, not ends
            else:
                return None
    if len(ends) != 2:
        return None
    if isinstance(ends[0], Found) and isinstance(ends[1], Found):  # "de 9h à 11h GMT"
        ends[0] = share_zone(ctx, ends[0], ends[1])
    if all(isinstance(end, Found) for end in ends):
        found = _clock_pair([end for end in ends if isinstance(end, Found)])
    else:
        found = _hours_range(ctx, caps, ends, bare=args[:1] == ("bare",))
    if not isinstance(found, Found):
        return found
    if day is None:  # a range of clock times is a TIME
        return attrs.evolve(found, value=attrs.evolve(found.value, type=TimeType.TIME))
    if not isinstance(day.value.start, date):  # a day with no date ("that day"): no range on it
        return None
    placed = _range_on_day(ctx, found, day.value, not day_first, whole=False)
    if not inside or not isinstance(placed, Found):
        return placed
    start, stop = placed.value.start, placed.value.end  # each end reported on that day
    if not isinstance(start, datetime) or not isinstance(stop, datetime):
        return None
    first, last = found.parts
    parts = (
        _clock_value(start, first.granularity).value,
        _keep_zone(_clock_value(stop, last.granularity), last).value,
    )
    return attrs.evolve(placed, parts=parts)


def _plausible_hours(first: int, second: int) -> bool:
    """Two bare hours that read as a range of clock times: rising ("3-8", "13-17"; two small
    numbers close together, "1-2", "2-4", read as a score), or a morning hour before an
    afternoon one ("10-4", "12-4"); not "6-3" or "2-2" (scores)."""
    rising = 0 < first < second <= 24 and (first >= 5 or second - first >= 3)
    return rising or (8 <= first <= 12 and 1 <= second <= 6)


def act_day_hours(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A day and a range of bare hours next to it ("Monday 3-8", "next Friday 10-4", "6-8
    next Monday"), when the hours are in a plausible order: [first, second) on that day, the
    second hour 12 hours later when it is not after the first ("10-4" is 10:00-16:00)."""
    hours = caps.all("hour")
    today = ctx.today
    if len(hours) != 2 or not _plausible_hours(*hours) or today is None:
        return None
    weekday = caps.get("weekday")
    found: Result = _inner(caps)
    if weekday is not None:  # "Monday 3-8": the weekday's day
        found = act_weekday(ctx, Captures((("weekday", weekday),)), args)
    if not isinstance(found, Found) or found.parts or found.value.start is None:
        return None
    if found.value.granularity not in (G.DAY, G.PART_OF_DAY):
        return None
    first, second = hours
    if second <= first:
        second += 12
    ends = [_clock_value(_on_day(ctx, today, hour, 0), G.HOUR) for hour in (first, second)]
    clocks = _range(ends[0], ends[1], inclusive=False)
    if not isinstance(clocks, Found):
        return None
    day_first = caps.items[0][0] in ("time", "weekday")
    return _range_on_day(ctx, clocks, found.value, not day_first)


def _hours_range(
    ctx: Context, caps: Captures, ends: list[Found | list[tuple[str, Any]]], bare: bool
) -> Result:
    """Two ends of a clock range, one of them at least a bare hour with its minutes."""
    shared = tuple((c, v) for c, v in caps.items if c in ("ampm", "ampm_short"))
    made: list[Found] = []
    for end in ends:
        if isinstance(end, Found):
            made.append(end)
            continue
        clock = act_clock(ctx, Captures((*end, *shared)), ())
        if not isinstance(clock, Found):
            return None
        made.append(clock)
    first, last = made
    last = twelve_after(first, last)
    first = share_zone(ctx, first, last)  # "between 9 and 11:30 CET"
    start, stop = first.value.start, last.value.start
    if not isinstance(start, datetime) or not isinstance(stop, datetime):
        return None
    if isinstance(ends[1], Found) and isinstance(ends[0], list):  # "between 10 and 11:30"
        start = start.replace(year=stop.year, month=stop.month, day=stop.day)
        first = attrs.evolve(_clock_value(start, first.value.granularity), floating=last.floating)
    elif isinstance(ends[0], Found):  # "from 8am-3": the hour on the first one's day
        stop = stop.replace(year=start.year, month=start.month, day=start.day)
        last = attrs.evolve(_clock_value(stop, last.value.granularity), floating=first.floating)
    if stop <= start:
        earlier = start - timedelta(hours=12)
        later = stop + timedelta(hours=12)
        if shared and earlier.date() == start.date() and earlier < stop:  # "10 to 2 pm"
            moved = _clock_value(earlier, first.value.granularity)
            first = attrs.evolve(moved, floating=first.floating)
        elif bare and isinstance(ends[1], list) and later.date() == stop.date() and start < later:
            moved = _clock_value(later, last.value.granularity)  # "from 10-4": 10:00-16:00
            last = attrs.evolve(moved, floating=last.floating)
        elif isinstance(ends[0], list) and isinstance(ends[1], Found):
            return None
        else:  # "22 h à 2 h": the second on the next day
            moved = _clock_value(stop + timedelta(days=1), last.value.granularity)
            last = attrs.evolve(moved, floating=last.floating)
    return _range(first, last, inclusive=False)


def _clock_pair(times: list[Found]) -> Result:
    """Two clock times as a range: the second on the day of the first, or the next day."""
    if len(times) != 2:
        return None
    first, last = times
    a, b = first.value.start, last.value.start
    for found in times:
        if found.value.type is not TimeType.TIME or found.parts:
            return None
        if found.value.granularity not in (G.HOUR, G.MINUTE, G.SECOND):
            return None
    if not isinstance(a, datetime) or not isinstance(b, datetime):
        return None
    if last.value.timex == "PRESENT_REF" and first.floating:  # "between 8 am and now"
        return _range(_latest_before(first, b), last, inclusive=False)
    last = twelve_after(first, last)
    b = last.value.start
    assert isinstance(b, datetime)
    moved = b.replace(year=a.year, month=a.month, day=a.day)
    if moved <= a:
        moved += timedelta(days=1)
    if moved != b:
        again = _keep_zone(_clock_value(moved, last.value.granularity), last.value)
        last = attrs.evolve(again, floating=last.floating)
    return _range(first, last, inclusive=False)


def _latest_before(clock: Found, moment: datetime) -> Found:
    """The clock time ``clock`` (which names no day) at its latest at ``moment``."""
    start = clock.value.start
    assert isinstance(start, datetime)
    moved = start.replace(year=moment.year, month=moment.month, day=moment.day)
    if moved > moment:
        moved -= timedelta(days=1)
    if moved == start:
        return clock
    return _keep_zone(_clock_value(moved, clock.value.granularity), clock.value)


def act_nth_weekday_from(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """The Nth such weekday after the time found (``nth_weekday_from:1``, "the third Tuesday
    after Christmas") or before it (``nth_weekday_from:-1``), that time's own days not
    counted."""
    found, weekday, number = _inner(caps), caps.get("weekday"), caps.get("ord", "ordday", "qty")
    if found is None or weekday is None or not isinstance(number, int) or not 1 <= number <= 60:
        return None
    value = found.value
    if value.mod is not None or not isinstance(value.start, date) or value.end is None:
        return None
    if isinstance(value.start, datetime) or isinstance(value.end, datetime):
        return None
    assert isinstance(value.end, date)
    if int(args[0]) > 0:
        first = value.end + timedelta(days=(weekday - value.end.weekday()) % 7)
        moment = first + timedelta(weeks=number - 1)
    else:
        last = value.start - timedelta(days=1)
        first = last - timedelta(days=(last.weekday() - weekday) % 7)
        moment = first - timedelta(weeks=number - 1)
    return _calendar(moment, G.DAY, value.anchor)


def act_last_day_rel(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """The last day number captured, in R's month moved by ``args[0]`` months, as
    :func:`act_nth_day_rel` (the second of "from 4 to 22 this month")."""
    days = caps.all("day")
    if not days:
        return None
    return act_nth_day_rel(ctx, Captures((("day", days[-1]),)), args)


def act_nth_day_rel(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A day of R's month moved by ``args[0]`` months ("the 20th of next month", "the 3rd of
    the following month")."""
    if ctx.today is None:
        return None
    month = _calendar(add_months(ctx.today.replace(day=1), int(args[0])), G.MONTH, Anchor.REFERENCE)
    return act_nth_day(ctx, Captures((*caps.items, ("time", month))), ())


_SHIFT_UNITS = {"day": G.DAY, "week": G.WEEK, "month": G.MONTH, "year": G.YEAR}


def act_year_of_shift(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A holiday or a month in the year of R moved by N days, weeks, months or years
    ("Thanksgiving in a year", "Easter 3 months ago", "March in 2 years"), whatever
    ``rules.shift`` reads "in N units" alone."""
    unit = _SHIFT_UNITS.get(str(caps.get("unit")))
    amount = _quantity(caps)
    if unit is None or amount is None or not 1 <= amount <= 100 or ctx.today is None:
        return None
    moved = add(ctx.today, int(args[0]) * amount, unit)
    assert isinstance(moved, date)
    year = _calendar(date(moved.year, 1, 1), G.YEAR, Anchor.REFERENCE)
    inner = Captures((*caps.items, ("time", year)))
    if caps.has("month"):
        return act_month_of(ctx, inner, ())
    return act_holiday_of(ctx, inner, ())


def act_closest(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """The (Nth) closest weekday or holiday to a day found after it ("the closest Monday to
    October 5", "the second closest Christmas to today"); of two at the same distance, the
    earlier one first."""
    found, rank = _inner(caps), caps.get("ord", "ordday") or 1
    weekday, rule = caps.get("weekday"), caps.get("holiday")
    if found is None or found.value.mod is not None or not isinstance(rank, int):
        return None
    anchor = found.value.start
    if not isinstance(anchor, date) or not 1 <= rank <= 10:
        return None
    if isinstance(anchor, datetime):
        anchor = anchor.date()
    if isinstance(weekday, int):
        first = anchor - timedelta(weeks=rank + 1)
        days = [first + timedelta(days=d) for d in range(7 * (2 * rank + 3))]
        starts = [d for d in days if d.weekday() == weekday]
    elif isinstance(rule, str):
        years = range(anchor.year - rank - 1, anchor.year + rank + 2)
        starts = [b[0] for y in years for b in holiday_intervals(rule, y)]
    else:
        return None
    ordered = sorted(starts, key=lambda d: (abs((d - anchor).days), d))
    if len(ordered) < rank:
        return None
    chosen = ordered[rank - 1]
    if isinstance(weekday, int):
        return _calendar(chosen, G.DAY, found.value.anchor)
    for bounds in holiday_intervals(str(rule), chosen.year):
        if bounds[0] == chosen:
            return _holiday_value(bounds, found.value.anchor)
    return None


def act_weekday_day_at(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A weekday with a spelled day, then a clock time ("Monday the twenty-fourth six pm")."""
    day = act_weekday_day(ctx, caps, ())
    clock = _inner(caps)
    if not isinstance(day, Found) or clock is None:
        return None
    return act_at_time(ctx, Captures((("time", day), ("time", clock))), ())


def act_weekday_clock(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A weekday, then an hour with "o'clock" ("Wednesday 4 o'clock")."""
    day, clock = act_weekday(ctx, caps, ()), act_clock(ctx, caps, ())
    if not isinstance(day, Found) or not isinstance(clock, Found):
        return None
    return act_at_time(ctx, Captures((("time", day), ("time", clock))), ())
