"""A time combined with a length or a quantified bound: "18th Dec for 10 days", "15 minutes
from 1pm", "more than 2 weeks before today", "2018 or later" (docs/time-semantics.md, "A time
with a length")."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import attrs

from timeline.model import Anchor, Granularity, Mod, Period, TimeType, TimeValue
from timeline.temporal.actions._common import (
    MAX_YEAR,
    MIN_YEAR,
    G,
    Instant,
    Result,
    _calendar,
    _clock_type,
    _inner,
    _quantity,
    _reference_like,
    _unit,
)
from timeline.temporal.actions.clock import _clock_value, act_at_time
from timeline.temporal.actions.composed import act_by, bound_end
from timeline.temporal.actions.dates import act_month, act_year
from timeline.temporal.actions.deixis import act_ago
from timeline.temporal.actions.lengths import act_decimal_duration, stated_decimal
from timeline.temporal.calendar import add, day_of
from timeline.temporal.values import INVALID, Captures, Context, Found, make, make_length

_ORDER = (
    G.SECOND,
    G.MINUTE,
    G.HOUR,
    G.PART_OF_DAY,
    G.DAY,
    G.WEEK,
    G.MONTH,
    G.SEASON,
    G.QUARTER,
    G.HALF,
    G.YEAR,
    G.DECADE,
    G.CENTURY,
)
_FIXED = {G.SECOND: 1, G.MINUTE: 60, G.HOUR: 3600, G.DAY: 86_400, G.WEEK: 604_800}
"""Units of a fixed number of seconds: a fraction of them ("2.5 days") can be added."""


def _finer(a: Granularity, b: Granularity) -> Granularity:
    return a if _ORDER.index(a) <= _ORDER.index(b) else b


def _plain(found: Found | None) -> bool:
    """A positioned DATE or TIME without a modifier (not a bound, not a vague window)."""
    if found is None:
        return False
    value = found.value
    return (
        value.type in (TimeType.DATE, TimeType.TIME)
        and value.mod is None
        and value.anchor is not Anchor.EVENT
        and not value.timex.endswith("_REF")
    )


def _moved(moment: Instant, amount: Decimal | int, unit: Granularity) -> Instant | None:
    """``moment`` moved by ``amount`` units; None for a fraction of a unit of no fixed size."""
    whole = int(amount)
    if whole == amount:
        return add(moment, whole, unit)
    if unit not in _FIXED:
        return None
    step = timedelta(seconds=float(Decimal(amount) * _FIXED[unit]))
    if not isinstance(moment, datetime) and step % timedelta(days=1):
        moment = datetime.combine(moment, datetime.min.time())
    return moment + step


_FINER_DAYS = {G.YEAR: G.MONTH, G.QUARTER: G.DAY, G.MONTH: G.DAY}
"""The finer unit of a count from R with the rules' ``shift="finer"`` (as for whole counts)."""

_IN_MONTHS = {G.MONTH: 1, G.QUARTER: 3, G.HALF: 6, G.YEAR: 12, G.DECADE: 120, G.CENTURY: 1200}
"""Units of whole months: a fraction of them is a whole number of months or no time."""


def _moved_exactly(moment: Instant, amount: Decimal, unit: Granularity) -> Instant | None:
    """``moment`` moved by ``amount`` units when the move is exact: a whole number of months
    for units of months, of seconds for fixed units (of days when ``moment`` is a day)."""
    if amount == int(amount):
        return add(moment, int(amount), unit)
    if unit in _IN_MONTHS:
        months = amount * _IN_MONTHS[unit]
        return add(moment, int(months), G.MONTH) if months == int(months) else None
    if unit not in _FIXED:
        return None
    seconds = amount * _FIXED[unit]
    if seconds != int(seconds):
        return None
    if isinstance(moment, datetime):
        return moment + timedelta(seconds=int(seconds))
    days, rest = divmod(int(seconds), 86_400)
    return None if rest or _clock_type(unit) else moment + timedelta(days=days)


def act_decimal_offset(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """R moved by a number of units stated with decimals or a fraction: ``decimal_offset:sign:
    how`` (``how`` as in ``stated_decimal``: "in 1.5 years", "2.5 days ago", "dans 1,5
    heure", "a year and a half ago", "1 300 days ago"), read as the whole-number offsets
    ("in 2 years": that calendar year; days, weeks: that day; clock units: that instant, with
    a clock R). When the move is not exact (half a month, hours from a day R) there is no
    time; "in" in a past clause is a length."""
    sign, digits = int(args[0]), args[1:]
    amount = stated_decimal(caps, digits)
    unit_word = args[2] if len(args) > 2 else caps.get("unit")  # "in 1.5h": ...:hour
    if amount is None or amount <= 0 or unit_word is None:
        return None
    if sign > 0 and ctx.tense == "past":  # "the lowest level in 1.5 years"
        return act_decimal_duration(ctx, caps, digits)
    reference = ctx.reference
    unit = _unit(unit_word)
    if reference is None:
        return Found(
            make(
                None,
                None,
                unit,
                "FUTURE_REF" if sign > 0 else "PAST_REF",
                anchor=Anchor.REFERENCE,
            )
        )
    try:
        moved = _moved_exactly(reference, sign * amount, unit)
        if moved is None or not MIN_YEAR <= moved.year <= MAX_YEAR:
            return INVALID  # not exact, or "10 000 years ago": outside the calendar read
        if _clock_type(unit):
            assert isinstance(moved, datetime)
            whole_minutes = moved.second == 0 and moved.microsecond == 0
            grain = G.MINUTE if whole_minutes and amount * _FIXED[unit] % 3600 == 0 else G.SECOND
            return _clock_value(moved.replace(microsecond=0), grain)
        grain = G.DAY if unit in (G.DAY, G.WEEK) or ctx.rules.shift == "day" else unit
        if ctx.rules.shift == "finer":  # as "in N units" read one unit finer
            grain = _FINER_DAYS.get(unit, grain)
        return _calendar(day_of(moved), grain, Anchor.REFERENCE)
    except (ValueError, OverflowError):
        return INVALID


def act_clock_ago(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """R moved back by hours written as on a clock ("il y a 2h", "2h30 ago"): ``clock_ago``;
    the instant to the minute (whole hours) or the second, with a clock R; no time without
    one (rather than the clock time "2h")."""
    hours, minutes = caps.get("int"), caps.get("minute") or 0
    if not isinstance(hours, int) or not isinstance(minutes, int):
        return None
    if not isinstance(ctx.reference, datetime):
        return INVALID
    total = hours * 60 + minutes
    if not 0 < total <= _MAX_CLOCK_MINUTES:
        return INVALID
    moved = ctx.reference.replace(microsecond=0) - timedelta(minutes=total)
    return _clock_value(moved, G.MINUTE if minutes == 0 else G.SECOND)


_MAX_CLOCK_MINUTES = 7 * 24 * 60
"""The longest offset read from hours written as on a clock (a week)."""


def act_no_clock(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A clock time counted from R ("in 2h", "dans 3h") when R has no clock and the clause is
    not past: no time (rather than the clock time "2h"); placed after the rule that reads it.
    In a past clause ("finished the race in 2h"), or with ``no_clock:length`` after a word of
    length ("took 3h", "for 2h"), the hours are a length."""
    if ctx.tense == "past" or args == ("length",):
        hours = caps.get("int")
        if not isinstance(hours, int) or hours <= 0:
            return INVALID
        length = Period(hours, Granularity.HOUR)
        return Found(make_length(length, Granularity.HOUR))
    if isinstance(ctx.reference, datetime):
        return None
    return INVALID


def _midnight(ctx: Context, day: date) -> datetime:
    """The first instant of ``day``, in R's time zone."""
    zone = ctx.reference.tzinfo if isinstance(ctx.reference, datetime) else None
    return datetime.combine(day, datetime.min.time(), tzinfo=zone)


def _at(moment: Instant, grain: Granularity, anchor: Anchor) -> Found:
    """The calendar unit or clock instant of ``grain`` that starts at ``moment``."""
    if isinstance(moment, datetime):
        found = _clock_value(moment, grain if _clock_type(grain) else G.HOUR)
        return attrs.evolve(found, value=attrs.evolve(found.value, anchor=anchor))
    return _calendar(moment, grain, anchor)


def act_offset(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """N units after (``offset:1``) or before (``offset:-1``) a time, where a day shift does
    not apply: a clock unit or a clock time ("15 minutes from 1pm", "two hours after 9:30":
    that instant, known to the finer grain), or a unit as coarse as the time's own ("a year
    after 2010": 2011). From "now" ("3 minutes à partir de maintenant"), as "in 3 minutes"."""
    found, amount = _inner(caps), _quantity(caps)
    unit = _unit(caps.get("unit"))
    if found is None or amount is None or amount <= 0:
        return None
    sign = int(args[0])
    value = found.value
    if value.timex == "PRESENT_REF" and sign > 0:
        return act_ago(ctx, caps, ("1",))
    if not _plain(found) or value.start is None:
        return None
    start = value.start
    clock = _clock_type(unit) or isinstance(start, datetime)
    if not clock and _ORDER.index(unit) < _ORDER.index(value.granularity):
        return None  # "two weeks after March": no grain to give
    if value.granularity is G.PART_OF_DAY:
        return None
    if clock and not isinstance(start, datetime):
        start = _midnight(ctx, start)
    moved = add(start, sign * amount, unit)
    grain = _finer(unit, value.granularity) if clock else value.granularity
    result = _at(moved, grain, value.anchor)
    return attrs.evolve(result, floating=found.floating and _clock_type(unit))


def act_with_length(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A time and a stated length from it ("18th Dec for 10 days", "a week starting
    tomorrow", "le 3 mars pendant deux jours", a day and a clock time: "14th Feb from 9:30am
    for 7 hours"): [start of the time, + the length), a DURATION. Running text reports the
    time and the length apart."""
    times = caps.all("time")
    lengths = [t for t in times if t.value.type is TimeType.DURATION]
    if len(lengths) != 1 or len(times) not in (2, 3):
        return None
    length_found = lengths[0]
    others = [t for t in times if t is not length_found]
    parts = tuple(t.value for t in times)
    if len(others) == 2:  # "14th Feb from 9:30am for 7 hours": the day and its clock time
        combined = act_at_time(ctx, Captures(tuple(("time", t) for t in others)), ())
        if not isinstance(combined, Found):
            return None
        parts = tuple(
            combined.value if isinstance(t.value.start, datetime) else t.value for t in times
        )
        others = [attrs.evolve(combined, parts=())]
    found = others[0]
    length = length_found.value.length
    if (
        not _plain(found)
        or length is None
        or length.amount is None
        or length.amount <= 0
        or length_found.value.start is not None
        or length_found.value.anchor is Anchor.EVENT
        or found.value.granularity is G.PART_OF_DAY
    ):
        return None
    value = found.value
    if value.start is None:
        return Found(make_length(length, length.unit), parts=parts)
    end = _moved(value.start, length.amount, length.unit)
    if end is not None and ctx.rules.range_end == "whole":  # to the end of its last unit
        end = _moved(end, Decimal(1), length.unit)
    if end is None:
        return None
    return Found(_positioned(value, value.start, end, length), parts=parts)


def _positioned(
    value: TimeValue,
    start: Instant | None,
    end: Instant | None,
    length: Period,
    mod: Mod | None = None,
) -> TimeValue:
    return make_length(length, length.unit, start, end, anchor=value.anchor, mod=mod)


def act_quantified(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A bound at a stated distance from a time, counted from its start:
    ``quantified:more:1`` "more than 2 weeks after X" [X + 2 weeks, unbounded);
    ``quantified:more:-1`` "more than 2 days before X" (unbounded, X - 2 days);
    ``quantified:less:1`` "less than 3 days after X", "within 3 days from X" [X, X + 3 days);
    ``quantified:less:-1`` "less than 3 days before X" [X - 3 days, X);
    ``quantified:next:1`` "the next 3 days from X" [X, X + 3 days), no modifier."""
    found, amount = _inner(caps), _quantity(caps)
    unit = _unit(caps.get("unit"))
    kind, sign = args[0], int(args[1])
    if not _plain(found) or found is None or amount is None or amount <= 0:
        return None
    value = found.value
    length = Period(amount, unit)
    window_mod = Mod.LESS_THAN if kind == "less" else None
    bound_mod = Mod.ON_OR_AFTER if sign > 0 else Mod.BEFORE
    if value.start is None:
        if kind == "more":
            unresolved = attrs.evolve(value, mod=bound_mod)
        else:
            unresolved = _positioned(value, None, None, length, window_mod)
        return Found(unresolved)
    base = value.start
    if _clock_type(unit) and not isinstance(base, datetime):
        base = _midnight(ctx, base)
    other = add(base, sign * amount, unit)
    if kind in ("less", "next"):
        start, end = (base, other) if sign > 0 else (other, base)
        return Found(_positioned(value, start, end, length, window_mod))
    grain = _finer(unit, value.granularity) if isinstance(other, datetime) else value.granularity
    if not isinstance(other, datetime) and _ORDER.index(unit) < _ORDER.index(grain):
        grain = unit if unit in (G.DAY, G.WEEK, G.MONTH) else G.DAY
    if grain is G.WEEK and isinstance(other, date) and other.weekday() != 0:
        grain = G.DAY
    named = _at(other, grain, value.anchor).value
    if sign > 0:
        return Found(attrs.evolve(named, start=other, end=None, mod=bound_mod))
    return Found(attrs.evolve(named, start=None, end=other, mod=bound_mod))


def _time_or_year(ctx: Context, caps: Captures) -> Found | None:
    """The time captured, or the year number a rule took as its evidence ("2027 ou plus
    tard", where "plus tard" alone would be a time of its own)."""
    found = _inner(caps)
    if found is None and caps.get("year", "likely_year") is not None:
        read = act_month if caps.has("month") else act_year
        year = read(ctx, caps, ())
        found = year if isinstance(year, Found) else None
    return found


def act_or_later(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """ "2018 or later", "1/1/2016 and after", "2026 ou plus tard", "from 2019 onwards":
    [start of X, unbounded), mod ON_OR_AFTER, in every clause."""
    found = _time_or_year(ctx, caps)
    if found is None or not _plain(found):
        return None
    value = attrs.evolve(found.value, end=None, mod=Mod.ON_OR_AFTER)
    return attrs.evolve(found, value=value)


def act_or_earlier(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """ "2018 or earlier", "le 3 mars ou avant": up to the end of X, mod ON_OR_BEFORE; from R
    in a future clause when X ends after R (as "by X"), unless the rules say
    ``bounds="open"``."""
    found = _time_or_year(ctx, caps)
    if found is None or not _plain(found):
        return None
    inner = found.value
    end = bound_end(ctx, inner)  # rules.bound_end
    start = _reference_like(ctx, end)
    if not ctx.future or ctx.rules.bounds == "open" or start is None or end is None or start >= end:
        start = None
    anchor = Anchor.REFERENCE if start is not None else inner.anchor
    value = attrs.evolve(inner, start=start, end=end, mod=Mod.ON_OR_BEFORE, anchor=anchor)
    return attrs.evolve(found, value=value)


def act_at_earliest(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """ "as early as next year", "X at the earliest", "au plus tôt X": not before X,
    [start of X, unbounded), mod ON_OR_AFTER; in a past clause ("as early as 2005, the
    firm had ...") the interval of X itself."""
    found = _time_or_year(ctx, caps)
    if found is None or not _plain(found):
        return None
    end = found.value.end if ctx.tense == "past" else None
    value = attrs.evolve(found.value, end=end, mod=Mod.ON_OR_AFTER)
    return attrs.evolve(found, value=value)


def act_at_latest(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """ "as late as X", "X at the latest", "au plus tard X": read as "by X"."""
    found = _time_or_year(ctx, caps)
    if found is None or not _plain(found):
        return None
    return act_by(ctx, caps, args)
