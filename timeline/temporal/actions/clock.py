"""Times of day: clock times, parts of the day, a day with a time."""

from __future__ import annotations

import calendar as _cal
import re
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from fractions import Fraction

import attrs

from timeline.model import (
    Anchor,
    Granularity,
    Mod,
    TimeType,
    TimeValue,
)
from timeline.temporal.actions._common import (
    DAYPART_PARTS,
    DAYPARTS,
    G,
    Result,
    _inner,
    _unresolved,
)
from timeline.temporal.calendar import add
from timeline.temporal.values import INVALID, Captures, Context, Found, make
from timeline.temporal.zones import UTC_NAMES, offset_zone, zone_named

_UNIT_MINUTES = {"hour": 60, "minute": 1}
_MAX_SHIFT_MINUTES = 60 * 24 * 7
"""A shift by clock units beyond a week reads better as days."""


def _keep_zone(found: Found, source: TimeValue) -> Found:
    """``found`` with the ``Z`` of ``source``'s TIMEX3 value ("18:00 UTC")."""
    if not source.timex.endswith("Z") or found.value.timex.endswith("Z"):
        return found
    return attrs.evolve(found, value=attrs.evolve(found.value, timex=found.value.timex + "Z"))


def _clock_value(moment: datetime, unit: Granularity) -> Found:
    end = add(moment, 1, unit)
    timex = (
        moment.strftime("%Y-%m-%dT%H:%M")
        if unit is not G.HOUR
        else moment.strftime("%Y-%m-%dT%H:00")
    )
    if unit is G.SECOND:
        timex = moment.strftime("%Y-%m-%dT%H:%M:%S")
    value = make(moment, end, unit, timex, type=TimeType.TIME, anchor=Anchor.REFERENCE)
    return Found(value, year=moment.year, month=moment.month, day=moment.day)


def _on_day(ctx: Context, day: date, hour: int, minute: int) -> datetime:
    tz = ctx.reference.tzinfo if isinstance(ctx.reference, datetime) else None
    return datetime.combine(day, time(hour % 24, minute), tzinfo=tz) + timedelta(days=hour // 24)


def _spelled_minute(caps: Captures) -> int | None:
    """The minutes of a spelled-out clock: "thirty", "fifty-nine", "oh three"."""
    tens, unit = caps.get("minute_tens"), caps.get("minute_unit")
    if tens is None:
        return unit if isinstance(unit, int) else None
    if unit is None:
        return int(tens)
    return int(tens) + int(unit) if int(tens) % 10 == 0 and int(tens) >= 20 else None


def _hour(caps: Captures, military: bool = False) -> tuple[int, int, Granularity] | None:
    if military:  # "0800 UTC", "1530 hours", "330 p.m."
        number = caps.get("int")
        # Three or four digits: "5 hours" is a length and "24 UTC" no time.
        if not isinstance(number, int) or not 100 <= number <= 2359 or number % 100 > 59:
            return None
        hour = number // 100
        ampm = caps.get("ampm")
        if ampm is not None:
            if not 1 <= hour <= 12:
                return None
            hour = hour % 12 + (12 if ampm == "pm" else 0)
        return hour, number % 100, G.MINUTE
    hour = caps.get("hour", "clock_hour")
    if hour is None:
        fixed = caps.get("clock_word")
        if fixed is None:
            return None
        extra = caps.get("minute", "clock_fraction")
        if extra is None:  # "à midi": that hour
            return int(fixed), 0, G.HOUR
        total = int(fixed) * 60 + int(extra)
        return total // 60 % 24, total % 60, G.MINUTE
    minute = caps.get("minute")
    if minute is None and (caps.has("minute_tens") or caps.has("minute_unit")):
        minute = _spelled_minute(caps)
        if minute is None or not 0 < minute < 60:
            return None
    ampm = caps.get("ampm", "ampm_short")
    if ampm is not None:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    elif hour > 23:
        return None
    fraction = caps.get("clock_fraction", "clock_quarters")
    if fraction is not None:  # "trois heures et quart", "midi moins le quart"
        total = hour * 60 + (minute or 0) + int(fraction)
        return total // 60 % 24, total % 60, G.MINUTE
    if minute is None:
        return hour, 0, G.HOUR
    return hour, minute, G.MINUTE


def _nearest(ctx: Context, moment: datetime) -> datetime:
    """``moment``'s time of day on the day that puts it nearest R on the side of the tense:
    the next such time in a future clause, the latest one in a past clause."""
    reference = ctx.reference
    if not isinstance(reference, datetime) or (moment.tzinfo is None) != (reference.tzinfo is None):
        return moment
    day = timedelta(days=1)
    if ctx.future:
        floor = reference.replace(second=0, microsecond=0)
        moment += day * ((floor - moment) // day)
        return moment + day if moment < floor else moment
    moment += day * ((reference - moment) // day)
    return moment - day if moment > reference else moment


def _twelve_hour(ctx: Context, moment: datetime) -> datetime:
    """``moment``'s hour read on a 12-hour clock: the first of its readings whose hour has not
    passed at R, in a past clause the latest one begun by R."""
    reference = ctx.reference
    if not isinstance(reference, datetime) or (moment.tzinfo is None) != (reference.tzinfo is None):
        return moment
    half = timedelta(hours=12)
    readings = [moment.replace(hour=moment.hour % 12) + k * half for k in range(-2, 4)]
    if ctx.future:
        floor = reference.replace(minute=0, second=0, microsecond=0)
        return next(r for r in readings if r.replace(minute=0, second=0) >= floor)
    return [r for r in readings if r <= reference][-1]


def twelve_after(first: Found, last: Found) -> Found:
    """``last``, the second end of a range read on a 12-hour clock, at the first of its
    readings after ``first`` ("11:30-1:30" ends at 13:30)."""
    a, b = first.value.start, last.value.start
    if not last.twelve or not isinstance(a, datetime) or not isinstance(b, datetime):
        return last
    if (a.tzinfo is None) != (b.tzinfo is None):
        return last
    moment = b.replace(year=a.year, month=a.month, day=a.day, hour=b.hour % 12)
    while moment <= a:
        moment += timedelta(hours=12)
    if moment == b:
        return last
    moved = _keep_zone(_clock_value(moment, last.value.granularity), last.value)
    return attrs.evolve(moved, floating=last.floating, twelve=True)


def act_clock(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A clock time on R's day ("à 15h30", "at 3 pm"); ``clock:military:not_year`` no
    number that reads as a year ("around 2010")."""
    number = caps.get("int")
    if "not_year" in args and isinstance(number, int) and 1900 <= number <= 2099:
        return None
    parts = _hour(caps, military="military" in args)
    if parts is None:
        return None
    hour, minute, unit = parts
    if "h24" in args and unit is G.HOUR and ctx.rules.h_notation == "minute":
        unit = G.MINUTE  # English "15h" read as "15h00"
    second = caps.get("second")
    zone = "Z" if args[:1] == ("utc",) else ""
    named = caps.get("zone", "zone_abbr")
    stated = zone_named(str(named)) if named is not None else None
    today = ctx.today
    if today is None:
        timex = f"XXXX-XX-XXT{hour:02d}:{minute:02d}{zone}"
        return Found(make(None, None, unit, timex, type=TimeType.TIME, anchor=Anchor.REFERENCE))
    moment = _on_day(ctx, today, hour, minute)
    if second is not None:
        moment, unit = moment.replace(second=second), G.SECOND
    twelve = (
        ctx.rules.bare_hour == "12h" and 1 <= hour <= 12 and not {"military", "h24"} & set(args)
    )
    twelve = twelve and caps.get("ampm", "ampm_short", "clock_word") is None
    moment = _twelve_hour(ctx, moment) if twelve else _nearest(ctx, moment)
    half = caps.get("ampm", "ampm_short", "clock_word") is not None or not 1 <= hour <= 12
    half = half or "military" in args
    found = attrs.evolve(_clock_value(moment, unit), floating=True, twelve=twelve, half=half)
    if stated is not None:  # "at 8 CET"
        return in_zone(ctx, found, stated, utc=named in UTC_NAMES)
    if not zone:
        return found
    return in_zone(ctx, found, timezone.utc, utc=True)


def act_hours_then_day(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """An expression given alone made of a number of "heures", a comma and a day or part of
    a day ("20 heures, le 1er janvier", "7 heures, ce matin"): that clock time on that day.
    In running text "10 heures," may be a length, so the rule needs the whole text."""
    day = caps.get("time")
    clock = act_clock(ctx, Captures(tuple((c, v) for c, v in caps.items if c != "time")), ())
    if not isinstance(day, Found) or not isinstance(clock, Found):
        return None
    if day.value.granularity not in (G.DAY, G.PART_OF_DAY):
        return None
    return act_at_time(ctx, Captures((("time", day), ("time", clock))), ())


def act_at_time(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A day followed by a clock time ("le 3 mars à 15h"), or the reverse ("15h lundi").

    Running text reports the parts apart, except with ``at_time:adjacent`` a single clock time
    just before its day ("4 h mardi", "12:00 UTC Monday"): one TIME, as TimeML has it.
    """
    times = caps.all("time")
    if len(times) != 2:
        return None
    day_found, clock_found = times
    swapped = clock_found.value.granularity in (G.DAY, G.PART_OF_DAY)
    if swapped:  # "15h lundi"
        day_found, clock_found = clock_found, day_found
    day_value, clock_value = day_found.value, clock_found.value
    if day_value.mod in _BOUNDS:  # "jusqu'au 1er décembre à 18h": the bound takes the pair
        return None
    if day_value.granularity is G.DAY and any(p.granularity is G.DAY for p in clock_found.parts):
        return None  # "Friday 5/12 at noon": the clock time has its own day already
    if day_value.granularity is G.PART_OF_DAY and day_found.floating and not clock_found.floating:
        # "Sunday at 8:00 in the morning": a part of day that names no day reads the clock
        # time in it, on the clock time's own day (one mention)
        read = act_clock_part(
            ctx, Captures((("time", clock_found), ("daypart", day_value.timex[-2:]))), ()
        )
        return attrs.evolve(read, parts=()) if isinstance(read, Found) else read
    twelve = clock_found.twelve and day_value.granularity is G.DAY
    # a clock time in a part of day: its readings, each with the days after the part's own
    readings: list[tuple[object, tuple[int, ...]]] = []
    if day_value.granularity is G.PART_OF_DAY and isinstance(day_value.timex, str):
        code = day_value.timex[-2:]
        shifted = act_clock_part(ctx, Captures((("time", clock_found), ("daypart", code))), ())
        days = (0,) if ctx.rules.evening_hours == "same_day" else (0, 1)
        if clock_value.mod in _BOUNDS:
            clock_value = _bound_in_part(ctx, clock_value, code)
        elif clock_found.half:  # "ce soir à 1h du matin": as stated, not read again
            readings = [(clock_value.start, days)]
        elif isinstance(shifted, Found):
            clock_value = shifted.value
            readings = [(shifted.value.start, days)]
            raw = clock_found.value.start
            small = isinstance(raw, datetime) and raw.hour < _SMALL_HOURS
            if ctx.rules.evening_hours == "night" and small:  # "ce soir à 1h": after midnight
                readings.append((raw, (1,)))
    elif day_value.granularity is not G.DAY:
        return None
    if clock_value.granularity is G.PART_OF_DAY or day_value.start is None:
        return None
    if clock_value.mod in _BOUNDS and clock_value.type is TimeType.TIME:
        return _bound_on_day(ctx, clock_value, day_value, swapped)
    if not isinstance(clock_value.start, datetime):
        return None
    assert isinstance(day_value.start, date)
    if _is_clock_range(clock_found):
        return _range_on_day(ctx, clock_found, day_value, swapped)
    moment = clock_value.start.replace(
        year=day_value.start.year, month=day_value.start.month, day=day_value.start.day
    )
    if twelve and moment.hour > 12:  # on a stated day, its first reading
        moment -= timedelta(hours=12)
    placed = _placed_in_part(readings, day_value)
    if placed is not None:
        moment = placed
    combined = _keep_zone(_clock_value(moment, clock_value.granularity), clock_value)
    if placed is not None and not day_found.floating:  # "ce soir à 23h": one mention
        return attrs.evolve(combined, half=True)
    joined = swapped and args[:1] == ("adjacent",) and not clock_found.parts
    parts = (combined.value, day_value) if swapped else (day_value, combined.value)
    # "dans la soirée, vers 22h": neither names a day, so both take their sentence's day
    floating = placed is not None and day_found.floating and clock_found.floating
    half = placed is not None or clock_found.half
    # "5 p.m. on December 12": a day without its year leaves the year open to a bound
    year = None if day_found.year is None and day_found.month is not None else combined.year
    return attrs.evolve(
        combined, parts=parts, joined=joined, floating=floating, half=half, year=year
    )


def _placed_in_part(
    readings: list[tuple[object, tuple[int, ...]]], part: TimeValue
) -> datetime | None:
    """Of the readings of a clock time, each on the day of ``part`` (a part of day) moved
    by the days given with it, the one inside ``part`` (its end included), else the nearest
    to it, the first on a tie ("ce soir à 1h du matin" is after midnight, the next day)."""
    start, end = part.start, part.end
    if not isinstance(start, datetime) or not isinstance(end, datetime):
        return None
    best: tuple[timedelta, datetime] | None = None
    for reading, days in readings:
        if not isinstance(reading, datetime) or (reading.tzinfo is None) != (start.tzinfo is None):
            continue
        on_day = reading.replace(year=start.year, month=start.month, day=start.day)
        for moment in (on_day + timedelta(days=n) for n in days):
            gap = max(start - moment, moment - end, timedelta(0))
            if best is None or gap < best[0]:
                best = (gap, moment)
    return None if best is None else best[1]


_BOUNDS = (Mod.BEFORE, Mod.ON_OR_BEFORE, Mod.AFTER, Mod.ON_OR_AFTER)
_SMALL_HOURS = 5
"""Bare hours below this may be the small hours after midnight ("cette nuit à 3h")."""


_GRAIN = {G.HOUR: timedelta(hours=1), G.MINUTE: timedelta(minutes=1), G.SECOND: timedelta(0)}


def _bound_in_part(ctx: Context, bound: TimeValue, code: str) -> TimeValue:
    """A bound on a clock time read in a part of day: its clock side moved as the clock time
    is ("lundi après-midi à partir de 3h" from 15:00, "demain soir avant 11h" before 23:00)."""
    side = bound.start if bound.end is None else bound.end
    if not isinstance(side, datetime) or bound.granularity not in _GRAIN:
        return bound
    instant = side - (_GRAIN[bound.granularity] if bound.mod is Mod.ON_OR_BEFORE else timedelta(0))
    clock = _clock_value(instant, bound.granularity)
    read = act_clock_part(ctx, Captures((("time", clock), ("daypart", code))), ())
    if not isinstance(read, Found) or not isinstance(read.value.start, datetime):
        return bound
    shift = read.value.start - instant
    if bound.end is None:
        return attrs.evolve(bound, start=side + shift, timex=read.value.timex)
    return attrs.evolve(bound, end=side + shift, timex=read.value.timex)


def _bound_on_day(ctx: Context, bound: TimeValue, day_value: TimeValue, swapped: bool) -> Result:
    """A bound on a clock time moved to a day ("jeudi à partir de 9h30", "demain jusqu'à
    16h"): an open side stays open; a side at R starts the day instead (R on R's day)."""
    day = day_value.start
    start, end = bound.start, bound.end
    if not isinstance(day, date) or not isinstance(start or end, datetime):
        return None
    if not isinstance(start, datetime | None) or not isinstance(end, datetime | None):
        return None
    day = day.date() if isinstance(day, datetime) else day
    edge = start if end is None else end - timedelta(microseconds=1)
    assert edge is not None
    shift = timedelta(days=(day - edge.date()).days)
    if start is not None and end is not None:  # [R, X): from the start of the day
        start = datetime.combine(day, time(), tzinfo=edge.tzinfo)
        reference = ctx.reference
        same_zone = isinstance(reference, datetime) and reference.tzinfo == edge.tzinfo
        if same_zone and isinstance(reference, datetime) and reference.date() == day:
            start = max(start, reference)
    elif start is not None:
        start += shift
    if end is not None:
        end += shift
    if start is not None and end is not None and not start < end:
        return None
    timex = bound.timex
    if timex[:10] == edge.date().isoformat():
        timex = day.isoformat() + timex[10:]
    value = attrs.evolve(bound, start=start, end=end, timex=timex)
    parts = (value, day_value) if swapped else (day_value, value)
    return Found(value, year=day.year, month=day.month, day=day.day, parts=parts)


def _is_clock_range(found: Found) -> bool:
    """True for a range between two clock times ("1-3 pm", "de 9h à 11h")."""
    return len(found.parts) == 2 and all(
        part.type is TimeType.TIME
        and isinstance(part.start, datetime)
        and part.granularity in (G.HOUR, G.MINUTE, G.SECOND)
        for part in found.parts
    )


def _range_on_day(
    ctx: Context, clocks: Found, day_value: TimeValue, swapped: bool, *, whole: bool = True
) -> Result:
    """A range of clock times put on the day of ``day_value``, read in its part of day; the
    second time on the next day when it would not come after the first; to the end of its
    last unit with the rules' ``range_end="whole"`` unless ``whole`` is False."""
    assert isinstance(day_value.start, date)
    day = day_value.start.date() if isinstance(day_value.start, datetime) else day_value.start
    code = day_value.timex[-2:] if day_value.granularity is G.PART_OF_DAY else None
    if code is not None and _stated_in_part(clocks, day, day_value):
        code = None  # "8am-3 yesterday afternoon": the hours as stated already reach into it
    moved = []
    for part in clocks.parts:
        assert isinstance(part.start, datetime)
        on_day = part.start.replace(year=day.year, month=day.month, day=day.day)
        found = _clock_value(on_day, part.granularity)
        if code is not None:  # "7 to 9 tonight"; never earlier: "10am to 12pm Monday morning"
            read = act_clock_part(ctx, Captures((("time", found), ("daypart", code))), ())
            if isinstance(read, Found):
                read_start = read.value.start
                if isinstance(read_start, datetime) and read_start >= on_day:
                    found = read
        moved.append(_keep_zone(found, part))
    first, last = moved
    start, stop = first.value.start, last.value.start
    assert isinstance(start, datetime) and isinstance(stop, datetime)
    if stop <= start:
        stop += timedelta(days=1)
    timex = f"{first.value.timex}/{_clock_value(stop, last.value.granularity).value.timex}"
    granularity = clocks.value.granularity
    grains = (first.value.granularity, last.value.granularity)
    end = _whole_end(ctx, stop, grains) if whole else stop
    value = make(start, end, granularity, timex, type=TimeType.TIME, anchor=Anchor.REFERENCE)
    parts = (value, day_value) if swapped else (day_value, value)
    return Found(value, year=day.year, month=day.month, day=day.day, parts=parts)


def _whole_end(ctx: Context, stop: datetime, grains: tuple[G, ...]) -> datetime:
    """The end of a range of clock times that stops at ``stop``: ``stop`` itself, or with
    the rules' ``range_end="whole"`` the end of its finest unit ("9:30 - 11:00" to 11:01)."""
    if ctx.rules.range_end != "whole":
        return stop
    grain = next((g for g in (G.SECOND, G.MINUTE, G.HOUR) if g in grains), None)
    end = stop if grain is None else add(stop, 1, grain)
    assert isinstance(end, datetime)
    return end


def _day_range_in_part(ctx: Context, found: Found, code: str) -> Result:
    """A range of clock times on a day, then a part of day ("from 8-10 tomorrow evening"):
    the range read in that part of that day, as "from 8-10 tomorrow" then "evening"."""
    value = found.value
    day = next((p for p in found.parts if p.granularity is G.DAY), None)
    if day is None or not isinstance(value.start, datetime) or not isinstance(value.end, datetime):
        return None
    part = act_daypart(ctx, Captures((("time", Found(day)),)), (code,))
    if not isinstance(part, Found):
        return part
    ends = (_clock_value(value.start, G.MINUTE).value, _clock_value(value.end, G.MINUTE).value)
    read = _range_on_day(ctx, attrs.evolve(found, parts=ends), part.value, False)
    if not isinstance(read, Found):
        return read
    return attrs.evolve(read, value=attrs.evolve(read.value, granularity=value.granularity))


def _stated_in_part(clocks: Found, day: date, part: TimeValue) -> bool:
    """True when the range of clock times ``clocks``, as stated on ``day``, overlaps the
    part of day ``part``."""
    first, last = (p.start for p in clocks.parts)
    if not isinstance(first, datetime) or not isinstance(last, datetime):
        return False
    if not isinstance(part.start, datetime) or not isinstance(part.end, datetime):
        return False
    start = first.replace(year=day.year, month=day.month, day=day.day)
    stop = last.replace(year=day.year, month=day.month, day=day.day)
    if stop <= start:
        stop += timedelta(days=1)
    return start < part.end and part.start < stop


def act_daypart(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A part of a day ("ce soir", "tonight", "hier soir"); ``daypart:floating`` ("la
    soirée") takes the day named in its sentence, else R's day; ``daypart:EV:0:tonight``
    is the night with the rules' ``tonight="night"``; ``daypart:NI:0:last`` the one before
    in a past clause ("cette nuit")."""
    floating = args == ("floating",)
    if floating:
        args = ()
    code = args[0] if args else caps.get("daypart")
    shift = int(args[1]) if len(args) > 1 else 0  # "last night": yesterday's
    if args[2:] == ("last",) and ctx.tense == "past":  # "cette nuit" said of the past
        shift -= 1
    if args[2:] == ("tonight",) and ctx.rules.tonight == "night":  # "tonight": the rules'
        code = "NI"
    if code not in DAYPARTS or (shift > 0 and ctx.tense == "past"):
        return None  # "Next morning, police arrived": the morning after another event
    found = caps.get("time")
    if found is not None:
        value = found.value
        if value.granularity is not G.DAY or value.start is None:
            return None
        day = value.start
        assert isinstance(day, date)
    else:
        if ctx.today is None:
            return _unresolved(G.PART_OF_DAY, f"XXXX-XX-XXT{code}")
        day = ctx.today + timedelta(days=shift)
    window = ctx.rules.daypart(code)
    assert window is not None
    midnight = _on_day(ctx, day, 0, 0)
    start = midnight + timedelta(seconds=window[0])
    end = midnight + timedelta(seconds=window[1])
    timex = f"{day.isoformat()}T{code}"
    value = make(start, end, G.PART_OF_DAY, timex, type=TimeType.TIME, anchor=Anchor.REFERENCE)
    return Found(value, floating=floating)


def act_clock_shift(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A clock time moved by minutes: ``clock_shift:15`` ("a quarter past 3pm"),
    ``clock_shift:-1:n`` with a captured count ("ten to noon", "midi moins cinq");
    ``clock_shift:-1:n:not_hour`` a count of digits that cannot be an hour ("15 to noon")."""
    found = _inner(caps)
    if found is None or not isinstance(found.value.start, datetime):
        return None
    if found.value.granularity not in (G.HOUR, G.MINUTE):
        return None
    count = caps.get("qty", "int", "minute")
    if caps.has("minute_tens") or caps.has("minute_unit"):  # "moins vingt-trois minutes"
        count = _spelled_minute(caps)
    if args[2:] == ("not_hour",) and not (isinstance(count, int) and count > 12):
        return None  # "7 to 9 pm" is a range of hours, "15 to noon" 11:45
    alone = caps.has("minute_unit") and not caps.has("minute_tens")
    if alone and int(args[0]) < 0 and count != 5:
        return None  # "two to three tonight" is a count or a score; "five to nine" a time
    minutes = int(args[0]) * (count if isinstance(count, int) and len(args) > 1 else 1)
    if abs(minutes) >= 60:
        return None
    moved = found.value.start + timedelta(minutes=minutes)
    if found.floating and found.value.mod is None:  # "ten to ten am" said at 10:00: tomorrow
        moved = _twelve_hour(ctx, moved) if found.twelve else _nearest(ctx, moved)
    shifted = _keep_zone(_clock_value(moved, G.MINUTE), found.value)
    return attrs.evolve(shifted, floating=found.floating, twelve=found.twelve, half=found.half)


def act_hour_shift(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A spelled hour moved by minutes ("a quarter to seven", "twenty minutes past five
    pm", "15 to noon", "à une heure moins dix"): as ``clock_shift`` on that hour."""
    hour = tuple(i for i in caps.items if i[0] in ("hour", "clock_hour", "clock_word", "ampm"))
    clock = act_clock(ctx, Captures(hour), ())
    if not isinstance(clock, Found):
        return clock
    counts = tuple(i for i in caps.items if i[0] in ("qty", "int", "minute_tens", "minute_unit"))
    return act_clock_shift(ctx, Captures((("time", clock), *counts)), args)


def act_hour_shift_on(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A bare hour moved by minutes, then its day or part of day ("five past six tonight",
    "a quarter to eight tomorrow morning"): the hour on that day as "six tonight", moved."""
    hour = tuple(i for i in caps.items if i[0] in ("hour", "time"))
    on_day = act_daypart_hour(ctx, Captures(hour), ("day",))
    if not isinstance(on_day, Found):
        return on_day
    counts = tuple(i for i in caps.items if i[0] in ("qty", "int", "minute_tens", "minute_unit"))
    return act_clock_shift(ctx, Captures((("time", on_day), *counts)), args)


def act_clock_part(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A clock time read in a part of the day: "3:20 in the afternoon" is 15:20."""
    found = _inner(caps)
    code = caps.get("daypart") or (args[0] if args else None)
    if found is None or not isinstance(found.value.start, datetime) or code is None:
        return None
    if found.value.type is not TimeType.TIME or found.value.granularity is G.PART_OF_DAY:
        return None
    if "/" in found.value.timex:  # "between 2 and 4 tomorrow afternoon"
        return _day_range_in_part(ctx, found, str(code))
    moment = found.value.start
    if found.twelve and moment.hour > 12:  # read in the part of day from its morning hour
        moment -= timedelta(hours=12)
    late = code in ("AF", "EV", "NI") and 0 < moment.hour < 12  # midnight is not noon
    if late and not (code == "NI" and moment.hour < _SMALL_HOURS):
        moment += timedelta(hours=12)
    if code == "MO" and moment.hour == 12:
        moment -= timedelta(hours=12)
    if found.floating and moment != found.value.start:  # 3:00 was tomorrow, 15:00 is today
        moment = _nearest(ctx, moment)
    read = _keep_zone(_clock_value(moment, found.value.granularity), found.value)
    return attrs.evolve(read, floating=found.floating, half=True)


def act_hour_part(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """ "at 3 in the morning", "8 heures du soir": an hour read in a part of the day."""
    clock = act_clock(ctx, caps, args)
    if not isinstance(clock, Found):
        return clock
    return act_clock_part(ctx, Captures((("time", clock), ("daypart", caps.get("daypart")))), ())


def act_daypart_hour(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A part of a day and a bare hour read in it ("this evening at 8", "8 tonight");
    ``daypart_hour:day`` also a day ("15 heures aujourd'hui"); ``daypart_hour:keep`` an hour
    with am / pm, not read again in the part of day ("tonight at 1am")."""
    found = _inner(caps)
    days = (G.PART_OF_DAY, G.DAY) if args == ("day",) else (G.PART_OF_DAY,)
    if found is None or found.value.granularity not in days:
        return None
    clock = act_clock(ctx, caps, ())
    if not isinstance(clock, Found):
        return clock
    day, moment = found.value.start, clock.value.start
    if args == ("keep",) and isinstance(day, datetime) and isinstance(moment, datetime):
        shifts = (0,) if ctx.rules.evening_hours == "same_day" else (0, 1)
        stated = _placed_in_part([(moment, shifts)], found.value)  # "tonight at 1am": next day
        if stated is None:
            return None
        on_day = _clock_value(stated, clock.value.granularity)
        return attrs.evolve(on_day, parts=(found.value, on_day.value))
    late = _after_midnight(found.value, moment)
    if late is not None:  # "this evening around 12": midnight
        on_day = _clock_value(late, clock.value.granularity)
        return attrs.evolve(on_day, parts=(found.value, on_day.value))
    read = act_at_time(ctx, Captures((("time", found), ("time", clock))), ())
    if not found.floating or not isinstance(read, Found):
        return read
    start = read.value.start  # "in the morning at 3": the nearest such time, as a clock alone
    if not isinstance(start, datetime):
        return read
    moved = _clock_value(_nearest(ctx, start), read.value.granularity)
    return attrs.evolve(moved, floating=True)


def _after_midnight(part: TimeValue, moment: object) -> datetime | None:
    """A bare 12 said of an evening or a night that names its day ("tonight at 12"): the
    midnight that ends it; else None. (Bare 1 to 3 there are read in the afternoon by Duckling
    and after midnight by Recognizers: left to the part-of-day reading.)"""
    start = part.start
    if not isinstance(start, datetime) or not isinstance(moment, datetime):
        return None
    if part.timex[-2:] not in ("EV", "NI") or moment.hour != 12 or moment.minute:
        return None
    return start.replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(days=1)


def day_part(ctx: Context, found: Found, part: Mod) -> Result:
    """The end of the day ``found`` ("end of tomorrow") as its last second, 23:59:59."""
    day = found.value.start
    if not isinstance(day, date) or part is not Mod.END:
        return None
    moment = _on_day(ctx, day.date() if isinstance(day, datetime) else day, 23, 59)
    return _clock_value(moment.replace(second=59), G.SECOND)


def act_daypart_part(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """The start, middle or end of a part of day: ``daypart_part:START|MID|END[:code]`` ("en
    fin de matinée", "late in the afternoon", "en début de journée"), floating like "la soirée";
    ``daypart_part:START::this`` ("tard ce matin") is on R's day."""
    code = args[1] if len(args) > 1 and args[1] else caps.get("daypart")
    halves = ctx.rules.daypart_parts == "halves" and args[0] != "MID"
    if DAYPART_PARTS.get((str(code), args[0])) is None and not halves:
        return None
    floating = () if args[2:] == ("this",) else ("floating",)
    whole = act_daypart(ctx, Captures((("daypart", code),)), floating)
    if not isinstance(whole, Found):
        return whole
    last = code == "DT" and args[0] == "END" and ctx.rules.end_of_day == "last_second"
    if last and isinstance(whole.value.start, datetime):  # "en fin de journée"
        moment = whole.value.start.replace(hour=23, minute=59, second=59)
        return attrs.evolve(_clock_value(moment, G.SECOND), floating=whole.floating)
    return daypart_part(ctx, whole, Mod(args[0]))


def act_daypart_hours(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """Hours of a day named by what happens then: ``daypart_hours:code:first:end`` ("pendant
    le déjeuner" 12-14, "après le travail" 17-21), TIMEX3 ``…T<code>``; on the day found
    before it ("demain pendant le déjeuner"), else floating like "la soirée"."""
    code, hours = args[0], (int(args[1]), int(args[2]))
    day = caps.get("time")
    if day is not None:
        whole = act_daypart(ctx, Captures((("time", day),)), (code,))
    else:
        whole = act_daypart(ctx, Captures((("daypart", code),)), ("floating",))
    if not isinstance(whole, Found):
        return whole
    value = whole.value
    if not isinstance(value.start, datetime):
        return whole
    start, end = _on_day_hours(value.start, value.start.date(), hours)
    return attrs.evolve(whole, value=attrs.evolve(value, start=start, end=end))


def daypart_part(ctx: Context, found: Found, part: Mod) -> Found | None:
    """``found`` (a part of day) cut to its START, MID or END: the hours of DAYPART_PARTS, or
    with the rules' ``daypart_parts="halves"`` the first or second half of the rules' window
    (cut at a whole hour); None when that part has no hours."""
    value, code = found.value, found.value.timex[-2:]
    window = ctx.rules.daypart(code)
    if ctx.rules.daypart_parts != "halves" or window is None or part is Mod.MID:
        hours = DAYPART_PARTS.get((code, part.value))
        return None if hours is None else narrow_daypart(found, part, hours)
    start = value.start
    if not isinstance(start, datetime):
        return attrs.evolve(found, value=attrs.evolve(value, mod=part))
    midnight = datetime.combine(start.date(), time(0), tzinfo=start.tzinfo)
    if start - midnight != timedelta(seconds=window[0]):  # not the whole part
        return attrs.evolve(found, value=attrs.evolve(value, mod=part))
    middle = round((window[0] + window[1]) / 7200) * 3600
    first, last = (window[0], middle) if part is Mod.START else (middle, window[1])
    cut = attrs.evolve(
        value,
        start=midnight + timedelta(seconds=first),
        end=midnight + timedelta(seconds=last),
        mod=part,
    )
    return attrs.evolve(found, value=cut)


def narrow_daypart(found: Found, part: Mod, hours: tuple[int, int]) -> Found:
    """``found`` (a part of day) cut to ``hours`` of its day, with mod ``part``."""
    value = found.value
    if not isinstance(value.start, datetime) or value.start.hour != DAYPARTS[value.timex[-2:]][0]:
        return attrs.evolve(found, value=attrs.evolve(value, mod=part))
    day = value.start.date()
    start, end = _on_day_hours(value.start, day, hours)
    return attrs.evolve(found, value=attrs.evolve(value, start=start, end=end, mod=part))


def _on_day_hours(like: datetime, day: date, hours: tuple[int, int]) -> tuple[datetime, datetime]:
    base = datetime.combine(day, time(0), tzinfo=like.tzinfo)
    return base + timedelta(hours=hours[0]), base + timedelta(hours=hours[1])


def act_clock_in(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """R moved forward by minutes: ``clock_in:N`` N minutes, times a captured count ("in 15'",
    "in half an hour"); ``clock_in:60:ratio`` a fraction of an hour ("in 1/2 h");
    ``clock_in`` a count and a fraction of a clock unit ("in 2 and a half hours"). The
    instant is known to the second, or to the minute for whole hours (as "in three hours")."""
    reference = ctx.reference
    if not isinstance(reference, datetime) or ctx.tense == "past":
        return None
    numbers = [n for n in caps.all("int", "qty") if isinstance(n, int) and not isinstance(n, bool)]
    if args[1:] == ("ratio",):
        if len(numbers) != 2 or not 0 < numbers[0] < numbers[1]:
            return None
        minutes = Fraction(int(args[0]) * numbers[0], numbers[1])
    elif args[1:] == ("tenths",):  # "in 2.5 hours": one decimal only
        if len(numbers) != 2 or not 0 <= numbers[1] <= 9:
            return None
        minutes = int(args[0]) * (numbers[0] + Fraction(numbers[1], 10))
    elif args:  # "in 1h30": the minutes after the hours
        extra = caps.get("minute")
        count = _spelled_minute(caps) if caps.has("minute_tens") else None  # "vingt-quatre"
        if count is None:
            count = numbers[0] if numbers else 1
        minutes = Fraction(int(args[0]) * count + (extra or 0))
    else:
        unit = caps.get("unit")
        fraction = caps.get("fraction")
        if unit not in _UNIT_MINUTES or not numbers or fraction is None:
            return None
        minutes = (numbers[0] + Fraction(str(fraction))) * _UNIT_MINUTES[str(unit)]
    if minutes.denominator != 1 or not 0 < minutes <= _MAX_SHIFT_MINUTES:
        return None
    moment = reference + timedelta(minutes=int(minutes))
    return _clock_value(moment, G.MINUTE if minutes % 60 == 0 else G.SECOND)


_CLOCK_UNITS = (G.HOUR, G.MINUTE, G.SECOND)
_QUARTERS = (0, 15, 30, 45)
_DAY_IN_TIMEX = re.compile(r"\d{4}-\d{2}-\d{2}")


def _stated_zone(caps: Captures, args: tuple[str, ...]) -> tuple[tzinfo, bool] | None:
    """The zone a rule states and whether it is UTC: a name ("CET", "heure de Paris") or,
    with ``zone:+`` / ``zone:-``, an offset ("+0100" with ``:four``; "UTC+2", "GMT-05:00"
    with ``:utc``, after a clock read as UTC)."""
    if args[:1] in (("+",), ("-",)):
        number, minutes = caps.get("int"), caps.get("minute")
        if not isinstance(number, int) or (args[1:] == ("four",) and number < 100):
            return None  # "+0100" alone: four digits
        hours = number
        if number >= 100 and minutes is None:  # "+0100", "UTC+0530"
            hours, minutes = divmod(number, 100)
        minutes = minutes or 0
        if minutes not in _QUARTERS:
            return None
        total = (hours * 60 + minutes) * (-1 if args[0] == "-" else 1)
        zone = offset_zone(total)
        return None if zone is None else (zone, total == 0)
    name = caps.get("zone", "zone_abbr")
    named = zone_named(str(name)) if name is not None else None
    return None if named is None else (named, name in UTC_NAMES)


def _shift_timex(timex: str, days: int, utc: bool) -> str:
    """``timex`` with each day moved by ``days``, each part with ``Z`` when ``utc``."""
    if days:
        timex = _DAY_IN_TIMEX.sub(
            lambda m: (date.fromisoformat(m.group()) + timedelta(days=days)).isoformat(), timex
        )
    if utc:
        timex = "/".join(part if part.endswith("Z") else part + "Z" for part in timex.split("/"))
    return timex


def _rezoned(value: TimeValue, zone: tzinfo | None, days: int, utc: bool) -> TimeValue:
    """``value``'s wall-clock bounds read in ``zone`` (kept naive when None), moved by days."""
    if value.type is not TimeType.TIME or not isinstance(value.start, datetime):
        return value
    step = timedelta(days=days)

    def moved(instant: date | datetime | None) -> date | datetime | None:
        if not isinstance(instant, datetime):
            return instant
        return (instant if zone is None else instant.replace(tzinfo=zone)) + step

    timex = _shift_timex(value.timex, days, utc)
    return attrs.evolve(value, start=moved(value.start), end=moved(value.end), timex=timex)


def in_zone(ctx: Context, found: Found, zone: tzinfo, *, utc: bool = False) -> Result:
    """A clock time (or a range of them, or one on a day) stated in ``zone``.

    With an aware R, its wall-clock time is read in ``zone`` (a clock without a day on R's
    day in that zone, nearest R as a clock alone); the matcher then gives the instants in
    R's zone. With a naive R or a date, the time stays as written. The TIMEX3 value keeps
    the written wall-clock time, with ``Z`` for UTC.
    """
    value = found.value
    if value.type is not TimeType.TIME or value.granularity not in _CLOCK_UNITS:
        return None
    if value.mod is not None:  # "before 3pm ET": the bound of "3pm ET", not R read in ET
        return None
    start = value.start
    if not isinstance(start, datetime) or value.timex.endswith("Z"):
        return None
    reference = ctx.reference
    if not isinstance(reference, datetime) or reference.tzinfo is None:
        days, target = 0, None
    elif start.tzinfo is not reference.tzinfo:
        return None  # a zone was stated already
    else:
        target = zone
        days = 0
        if found.floating:  # on R's day in the stated zone, then the nearest such time
            days = (reference.astimezone(zone).date() - start.date()).days
            on_day = start.replace(tzinfo=zone) + timedelta(days=days)
            days += (_nearest(ctx, on_day).date() - on_day.date()).days
    parts = tuple(_rezoned(part, target, days, utc) for part in found.parts)
    read = _rezoned(value, target, days, utc)
    if (
        ctx.rules.zoned_clock == "minute"
        and read.granularity is G.HOUR
        and not _is_clock_range(found)
    ):
        assert isinstance(read.start, datetime)  # "4pm CET" as one minute
        minute = read.start + timedelta(minutes=1)
        read = attrs.evolve(read, end=minute, granularity=G.MINUTE)
    if not days:
        return attrs.evolve(found, value=read, parts=parts)
    assert isinstance(read.start, datetime)
    day = read.start
    return attrs.evolve(found, value=read, parts=parts, year=day.year, month=day.month, day=day.day)


def act_zone(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A clock time with its time zone ("3pm CET", "9:30 - 11:00 CST", "16h heure de Paris",
    "10:00 UTC+2"): ``zone`` a named zone, ``zone:+`` / ``zone:-`` an offset (see
    :func:`_stated_zone` and :func:`in_zone`)."""
    found = _inner(caps)
    stated = _stated_zone(caps, args)
    if found is None or stated is None:
        return None
    if args[1:] == ("utc",):  # "10:00 UTC+2": the clock read as UTC is read again
        if not found.value.timex.endswith("Z"):
            return None
        found = _without_utc(ctx, found)
    zone, utc = stated
    return in_zone(ctx, found, zone, utc=utc)


def _without_utc(ctx: Context, found: Found) -> Found:
    """``found`` (a clock time stated in UTC) as its wall-clock time on R's zone, no ``Z``."""
    reference = ctx.reference
    zone = reference.tzinfo if isinstance(reference, datetime) else None

    def plain(value: TimeValue) -> TimeValue:
        if not value.timex.endswith("Z"):
            return value
        start, end = value.start, value.end
        if zone is not None and isinstance(start, datetime) and isinstance(end, datetime):
            start, end = start.replace(tzinfo=zone), end.replace(tzinfo=zone)
        timex = "/".join(part.removesuffix("Z") for part in value.timex.split("/"))
        return attrs.evolve(value, start=start, end=end, timex=timex)

    return attrs.evolve(found, value=plain(found.value), parts=tuple(map(plain, found.parts)))


def share_zone(ctx: Context, first: Found, last: Found) -> Found:
    """``first`` read in the zone stated for ``last`` alone ("entre 14h et 16h GMT", "from
    9 to 11:30 CET"); unchanged when ``last`` states none or ``first`` states its own."""
    a, b = first.value, last.value
    if a.type is not TimeType.TIME or b.type is not TimeType.TIME or a.timex.endswith("Z"):
        return first
    if not isinstance(a.start, datetime) or not isinstance(b.start, datetime):
        return first
    utc = b.timex.endswith("Z")
    reference = ctx.reference
    zone: tzinfo | None = timezone.utc if utc else None
    if isinstance(reference, datetime) and reference.tzinfo is not None:
        if a.start.tzinfo is not reference.tzinfo:
            return first
        if not utc and b.start.tzinfo is reference.tzinfo:  # no zone stated for ``last``
            return first
        zone = b.start.tzinfo
    if zone is None:
        return first
    read = in_zone(ctx, first, zone, utc=utc)
    return read if isinstance(read, Found) else first


def act_day_window(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """Hours of a day named by what people do in them: ``day_window:12:14:MI`` ("at lunch",
    "tomorrow at lunch"), ``day_window:17:21:EV`` ("after work"); the day found with it,
    else R's day. The TIMEX3 value is the day with the part of day ``args[2]``."""
    first, last, code = int(args[0]), int(args[1]), args[2]
    found = caps.get("time")
    if found is not None:
        value = found.value
        if value.granularity is not G.DAY or value.start is None or value.mod is not None:
            return None
        day = value.start
        assert isinstance(day, date)
    elif ctx.today is None:
        return _unresolved(G.PART_OF_DAY, f"XXXX-XX-XXT{code}")
    else:
        day = ctx.today
    start, end = _on_day(ctx, day, first, 0), _on_day(ctx, day, last, 0)
    timex = f"{day.isoformat()}T{code}"
    value = make(start, end, G.PART_OF_DAY, timex, type=TimeType.TIME, anchor=Anchor.REFERENCE)
    return Found(value)


_DAY_UNITS = {"day": G.DAY, "week": G.WEEK, "month": G.MONTH, "year": G.YEAR}


def act_clock_after(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A clock time on the day N days, weeks, months or years after R ("in 3 days at 5pm",
    "at 7 in two years"): the clock time fixes that day whatever ``rules.shift`` says."""
    unit = _DAY_UNITS.get(str(caps.get("unit")))
    amount = caps.get("qty", "int")
    found = caps.get("time")
    if unit is None or not isinstance(amount, int) or isinstance(amount, bool) or found is None:
        return None
    clock = found.value
    if (
        clock.type is not TimeType.TIME
        or clock.granularity not in (G.HOUR, G.MINUTE, G.SECOND)
        or clock.mod is not None
        or not 1 <= amount <= 100
    ):
        return None
    if ctx.today is None or not isinstance(clock.start, datetime):
        return None
    day = add(ctx.today, amount, unit)
    assert isinstance(day, date)
    moment = clock.start.replace(year=day.year, month=day.month, day=day.day)
    return _keep_zone(_clock_value(moment, clock.granularity), clock)


def act_iso_datetime(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A day and a clock time joined by "T", as ISO 8601 writes them ("2016-12-16T12:23:59",
    "2016-12-16T12:23"), or a clock time between the day and its year, as C's ctime writes
    them ("Wed Oct 26 15:50:06 2016"): that minute or second, in R's time zone."""
    names = ("year", ("month_num", "month"), "day", "hour", "minute")
    numbers = [caps.get(*name) if isinstance(name, tuple) else caps.get(name) for name in names]
    second = caps.get("second")
    if not all(isinstance(n, int) for n in numbers) or not (
        second is None or isinstance(second, int)
    ):
        return None
    year, month, day, hour, minute = (int(n) for n in numbers)
    if not 1 <= month <= 12 or hour > 23 or minute > 59 or (second or 0) > 59:
        return None
    if not 1 <= day <= _cal.monthrange(year, month)[1]:
        return None
    weekday = caps.get("weekday")
    if weekday is not None and weekday != date(year, month, day).weekday():
        return INVALID  # a weekday that disagrees with its date: no time
    moment = _on_day(ctx, date(year, month, day), hour, minute).replace(second=second or 0)
    found = _clock_value(moment, G.MINUTE if second is None else G.SECOND)
    return attrs.evolve(found, value=attrs.evolve(found.value, anchor=Anchor.ABSOLUTE))


def act_dated_clock(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A day with its year, a dash, then a clock time ("6 Jan 2017 - 6:37am", as datelines
    write them): that time on that day, as :func:`act_at_time`."""
    times = caps.all("time")
    if len(times) != 2:
        return None
    day, clock = times
    if day.value.granularity is not G.DAY or day.year is None or day.value.mod is not None:
        return None
    if clock.value.type is not TimeType.TIME or clock.value.granularity not in _GRAIN:
        return None
    return act_at_time(ctx, caps, ())
