"""Times resolved against the reference date R: "hier", "last month", "recently"."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import attrs

from timeline.model import (
    Anchor,
    TimeType,
)
from timeline.temporal.actions._common import (
    WINDOW,
    G,
    Instant,
    Result,
    _calendar,
    _clock_type,
    _length,
    _quantity,
    _unit,
    _unresolved,
)
from timeline.temporal.actions.clock import _clock_value
from timeline.temporal.actions.lengths import (
    act_duration,
    act_event,
)
from timeline.temporal.calendar import add, unit_interval, unit_timex
from timeline.temporal.values import INVALID, Captures, Context, Found, make


def act_day_rel(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """R's day moved by ``args[0]`` days ("hier", "tomorrow")."""
    today = ctx.today
    if today is None:
        return _unresolved(G.DAY)
    return _calendar(today + timedelta(days=int(args[0])), G.DAY, Anchor.REFERENCE)


def act_now(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """ "now", "maintenant": R's day, or the instant R when the rules say ``now="instant"``."""
    if ctx.rules.now == "instant" and isinstance(ctx.reference, datetime):
        moment = ctx.reference.replace(microsecond=0)
        end = moment + timedelta(seconds=1)
        value = make(
            moment, end, G.SECOND, "PRESENT_REF", type=TimeType.TIME, anchor=Anchor.REFERENCE
        )
        return Found(value)
    return act_window(ctx, caps, ("present", "1", "day"))


def act_unit_rel(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """The calendar unit of R moved by ``args[0]`` units ("la semaine dernière"); "next hour",
    "last hour": the hour after (before) R's instant, as in "the next two hours"."""
    unit = _unit(args[1]) if len(args) > 1 else _unit(caps.get("unit"))
    if unit is G.HOUR and int(args[0]) in (-1, 1):
        return act_span_rel(ctx, caps, (args[0], "1"))
    if _clock_type(unit):
        return None
    today = ctx.today
    if today is None:
        return _unresolved(unit)
    moved = add(today, int(args[0]), unit)
    assert isinstance(moved, date)
    return _calendar(moved, unit, Anchor.REFERENCE)


# "in two hours" names an instant, known one unit finer than the unit counted; with
# ``shift="finer"`` calendar units do the same ("in two years": that month).
_INSTANT = {G.HOUR: G.MINUTE, G.MINUTE: G.SECOND}
_FINER = {G.YEAR: G.MONTH, G.QUARTER: G.DAY, G.MONTH: G.DAY, G.WEEK: G.DAY, G.DAY: G.HOUR}


def act_ago(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """N units before R ("il y a trois jours"), or a vague window when N is vague.

    ``ago:1`` ("dans deux semaines", "in two weeks") is N units after R, except in a past
    clause, where "in six years" is a length ("the lowest level in six years").
    ``ago:sign:M:unit``: the word counted is M units ("a fortnight ago": 2 weeks).
    """
    unit = _unit(args[2]) if len(args) > 2 else _unit(caps.get("unit", "units"))
    amount = _quantity(caps)
    if amount is not None and len(args) > 2:
        amount *= int(args[1])
    sign = int(args[0]) if args else -1
    if sign > 0 and ctx.tense == "past":
        return act_duration(ctx, caps, ())
    today = ctx.today
    if today is None or ctx.reference is None:
        return _unresolved(unit, "PAST_REF" if sign < 0 else "FUTURE_REF")
    if amount is None:
        width = WINDOW.get(unit, 6)
        base: Instant = ctx.reference if _clock_type(unit) else today
        moved = add(base, sign * width, unit)
        if sign < 0:
            return Found(make(moved, base, unit, "PAST_REF", anchor=Anchor.REFERENCE))
        return Found(make(base, moved, unit, "FUTURE_REF", anchor=Anchor.REFERENCE))
    shift = ctx.rules.shift
    if _clock_type(unit) or (shift == "finer" and _FINER.get(unit) is G.HOUR):
        moment = ctx.reference if isinstance(ctx.reference, datetime) else None
        if moment is None:
            return None
        moved_clock = add(moment, sign * amount, unit)
        assert isinstance(moved_clock, datetime)
        grain = G.SECOND if shift == "day" else _INSTANT.get(unit, _FINER.get(unit, unit))
        return _clock_value(_truncate(moved_clock, grain), grain)
    moved_day = add(today, sign * amount, unit)
    assert isinstance(moved_day, date)
    if unit is G.WEEK or shift == "day":  # "il y a deux semaines", "in a week": that day
        return _calendar(moved_day, G.DAY, Anchor.REFERENCE)
    if shift == "finer":
        return _calendar(moved_day, _FINER.get(unit, unit), Anchor.REFERENCE)
    return _calendar(moved_day, unit, Anchor.REFERENCE)


def _truncate(moment: datetime, grain: G) -> datetime:
    """``moment`` cut to the start of its ``grain`` (hour, minute or second)."""
    moment = moment.replace(microsecond=0)
    if grain is G.HOUR:
        return moment.replace(minute=0, second=0)
    if grain is G.MINUTE:
        return moment.replace(second=0)
    return moment


def act_span_rel(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """N units from R, as an anchored duration ("les quatre prochaines années" [R, R+4y));
    ``span_rel:sign:N[:unit]`` states the length ("the past fortnight": 2 weeks)."""
    unit = _unit(args[2]) if len(args) > 2 else _unit(caps.get("unit"))
    amount = _quantity(caps) if len(args) < 2 else int(args[1])
    sign = int(args[0])
    length = _length(amount, unit)
    timex = length.timex
    today = ctx.today
    if today is None:
        return Found(
            make(
                None,
                None,
                unit,
                timex,
                type=TimeType.DURATION,
                anchor=Anchor.REFERENCE,
                length=length,
            )
        )
    width = WINDOW.get(unit, 6) if amount is None else amount
    base: Instant = today
    if _clock_type(unit):
        if not isinstance(ctx.reference, datetime):
            return None
        base = ctx.reference
    other = add(base, sign * width, unit)
    start, end = (base, other) if sign > 0 else (other, base)
    if not start < end:
        return None
    value = make(
        start, end, unit, timex, type=TimeType.DURATION, anchor=Anchor.REFERENCE, length=length
    )
    return Found(value)


def act_count_rel(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """ "the next 3 days", "les 2 derniers mois": as :func:`act_span_rel` by default; with
    ``count_window="units"`` N whole units next to R's own, with ``"days"`` N units from
    the day after R (back to R's day for the last N)."""
    mode = ctx.rules.count_window
    unit = _unit(caps.get("unit"))
    amount = _quantity(caps) if len(args) < 2 else int(args[1])
    today = ctx.today
    if mode == "reference" or amount is None or today is None:
        return act_span_rel(ctx, caps, args)
    sign = int(args[0])
    base: Instant = today
    if _clock_type(unit):
        if not isinstance(ctx.reference, datetime):
            return None
        base = _truncate(ctx.reference, unit if mode == "units" else G.SECOND)
        step = unit if mode == "units" else None
    else:
        base = unit_interval(today, unit)[0] if mode == "units" else today
        step = unit if mode == "units" else G.DAY
    if sign > 0:
        start = add(base, 1, step) if step is not None else base
        end = add(start, amount, unit)
    else:
        start, end = add(base, -amount, unit), base
    length = _length(amount, unit)
    value = make(
        start,
        end,
        unit,
        length.timex,
        type=TimeType.DURATION,
        anchor=Anchor.REFERENCE,
        length=length,
    )
    return Found(value)


def act_upcoming(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """ "upcoming two weeks", "2 coming days": "the next N units" (:func:`act_count_rel`), or
    with ``upcoming="nth"`` the single calendar unit N units after R's own."""
    amount, unit = _quantity(caps), _unit(caps.get("unit"))
    if ctx.rules.upcoming == "nth" and amount is not None and not _clock_type(unit):
        return act_unit_rel(ctx, caps, (str(amount),))
    return act_count_rel(ctx, caps, ("1",))


def act_window(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A vague window before or after R: ``window:past|future|present:N:unit``.

    With no N and unit in the arguments, the captured unit and its default window width. A last
    argument ``TIME`` types the value TIME.
    """
    kind, args = _ref_type(args)
    direction = args[0]
    unit = _unit(args[2]) if len(args) > 2 else _unit(caps.get("unit", "units") or "day")
    width = int(args[1]) if len(args) > 1 and args[1] else WINDOW.get(unit, 6)
    timex = {"past": "PAST_REF", "future": "FUTURE_REF", "present": "PRESENT_REF"}[direction]
    today = ctx.today
    if today is None:
        return _unresolved(G.DAY, timex, type=kind)
    if direction == "present":
        end = add(today, width, unit)
        return Found(make(today, end, G.DAY, timex, type=kind, anchor=Anchor.REFERENCE))
    other = add(today, width if direction == "future" else -width, unit)
    start, end = (today, other) if direction == "future" else (other, today)
    return Found(make(start, end, unit, timex, type=kind, anchor=Anchor.REFERENCE))


def _ref_type(args: tuple[str, ...]) -> tuple[TimeType, tuple[str, ...]]:
    """The type a ``*_REF`` value takes (a last argument ``TIME``: French TimeML types the
    temporal adjectives "prochain", "précédent" so), and the other arguments."""
    if args and args[-1] == "TIME":
        return TimeType.TIME, args[:-1]
    return TimeType.DATE, args


def act_open(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """An unbounded past or future from R ("à l'avenir", "in the past"); a last argument
    ``TIME`` types the value TIME."""
    kind, args = _ref_type(args)
    direction = args[0]
    timex = "FUTURE_REF" if direction == "future" else "PAST_REF"
    today = ctx.today
    if today is None:
        return _unresolved(G.DAY, timex, type=kind)
    if direction == "future":
        return Found(make(today, None, G.DAY, timex, type=kind, anchor=Anchor.REFERENCE))
    return Found(make(None, today, G.DAY, timex, type=kind, anchor=Anchor.REFERENCE))


def act_this_part(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """Earlier or later in R's unit: ``this_part:before|after:unit`` ("plus tôt cette année")."""
    unit = _unit(args[1])
    today = ctx.today
    if today is None:
        return _unresolved(unit, "XXXX")
    start, end = unit_interval(today, unit)
    if args[0] == "before":
        end = today
    else:
        start = today
    if start >= end:  # "earlier this month" on the 1st names no day
        return INVALID
    return Found(make(start, end, unit, unit_timex(today, unit), anchor=Anchor.REFERENCE))


def act_weekday(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A weekday: the nearest one (tense), or ``last`` (before R) / ``next`` (next week) /
    ``after`` (the first one after R) / ``after:days`` (the one on or after R, then ``days``
    later: "mardi en huit" said on a Tuesday is R + 7 days)."""
    weekday = caps.get("weekday")
    if weekday is None:
        return None
    which = args[0] if args else ""
    today = ctx.today
    if today is None:
        return _unresolved(G.DAY, f"XXXX-WXX-{weekday + 1}")
    offset = (weekday - today.weekday()) % 7
    back = (today.weekday() - weekday) % 7
    if not which and not ctx.rules.reference_day_counts:  # R's own weekday: a week away
        offset, back = offset or 7, back or 7
    if which == "after" and len(args) > 1:  # "mardi en huit": that day on or after R, + 7 days
        moment = today + timedelta(days=offset + int(args[1]))
    elif which == "after":  # "mercredi prochain": the first one after R
        moment = today + timedelta(days=offset or 7)
    elif which == "next":
        moment = today - timedelta(days=today.weekday()) + timedelta(days=7 + weekday)
    elif which == "this":
        moment = today - timedelta(days=today.weekday()) + timedelta(days=weekday)
    elif which == "last":
        moment = today - timedelta(days=(today.weekday() - weekday) % 7 or 7)
    elif ctx.future:
        moment = today + timedelta(days=offset)
    else:
        moment = today - timedelta(days=back)
    found = _calendar(moment, G.DAY, Anchor.REFERENCE)
    return found if which else attrs.evolve(found, repeat=G.WEEK)


def act_weekday_count(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """The Nth such weekday after R (``weekday_count:1``, "three Fridays from now") or before
    it (``weekday_count:-1``, "two Thursdays ago"), R's own day not counted."""
    weekday, amount = caps.get("weekday"), _quantity(caps)
    today = ctx.today
    if weekday is None or amount is None or not 1 <= amount <= 520:
        return None
    if today is None:
        return _unresolved(G.DAY)
    if int(args[0]) > 0:
        first = today + timedelta(days=(weekday - today.weekday()) % 7 or 7)
        moment = first + timedelta(weeks=amount - 1)
    else:
        first = today - timedelta(days=(today.weekday() - weekday) % 7 or 7)
        moment = first - timedelta(weeks=amount - 1)
    return _calendar(moment, G.DAY, Anchor.REFERENCE)


def act_weekend(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """The weekend of R's week moved by ``args[0]`` weeks (its hours: ``rules.weekend``)."""
    today = ctx.today
    if today is None:
        return _unresolved(G.DAY, "XXXX-WXX-WE")
    if args[0] == "near":  # "the weekend": the latest one (past clause) or the next one
        weeks = -1 if not ctx.future and today.weekday() < 5 else 0
    else:
        weeks = int(args[0])
    monday = today - timedelta(days=today.weekday()) + timedelta(weeks=weeks)
    year, week, _ = monday.isocalendar()
    first, last = ctx.rules.weekend
    start: Instant = monday + timedelta(hours=first)
    end: Instant = monday + timedelta(hours=last)
    if first % 24 or last % 24:
        tz = ctx.reference.tzinfo if isinstance(ctx.reference, datetime) else None
        start = datetime.combine(monday, datetime.min.time(), tzinfo=tz) + timedelta(hours=first)
        end = datetime.combine(monday, datetime.min.time(), tzinfo=tz) + timedelta(hours=last)
    value = make(start, end, G.DAY, f"{year:04d}-W{week:02d}-WE", anchor=Anchor.REFERENCE)
    return Found(value)


def act_following(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """ "la semaine suivante", "the following Friday": in a past clause, after the event told
    (the unit after it; a weekday within the week after it); else as "next week", "next
    Friday"."""
    weekday = caps.get("weekday")
    if ctx.tense == "past":
        if weekday is not None:
            return act_event(ctx, Captures(()), ("after", "1", "day", "7", "day"))
        unit = str(caps.get("unit"))
        return act_event(ctx, Captures(()), ("after", "1", unit, "1", unit))
    if weekday is not None:
        return act_weekday(ctx, caps, ("next",))
    return act_unit_rel(ctx, caps, ("1",))


def act_within_current(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """ "dans la semaine" outside a past clause: R's unit (``args[0]``); in a past clause it
    names the unit of the event told, which is not read."""
    if ctx.tense == "past":
        return None
    return act_unit_rel(ctx, caps, ("0", args[0]))
