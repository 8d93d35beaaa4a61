"""Times resolved against the reference date R: "hier", "last month", "recently"."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

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
from timeline.temporal.timex import season_interval
from timeline.temporal.values import INVALID, Captures, Context, Found, make, make_length


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


def act_work_week(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """ "this working week", "next workweek": Monday to Friday of R's week moved by
    ``args[0]`` weeks."""
    week = act_unit_rel(ctx, caps, (args[0], "week"))
    if not isinstance(week, Found) or not isinstance(week.value.start, date):
        return week
    end = week.value.start + timedelta(days=5)
    return attrs.evolve(week, value=attrs.evolve(week.value, end=end))


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


def _few(ctx: Context) -> int | None:
    """A vague count ("a few", "quelques"): 3 with the rules' ``few="three"``, else None."""
    return 3 if ctx.rules.few == "three" else None


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
    if amount is None and len(args) <= 2:
        amount = _few(ctx)
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
        if moment is None:  # "in 2 hours" from a day: no clock to count from, no time
            return INVALID if _clock_type(unit) else None
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


_SIZES = (G.CENTURY, G.DECADE, G.YEAR, G.HALF, G.QUARTER, G.MONTH, G.WEEK, G.DAY)
_SIZES_CLOCK = (G.HOUR, G.MINUTE, G.SECOND)
_TIMEX_LETTERS = {
    G.YEAR: "Y",
    G.MONTH: "M",
    G.WEEK: "W",
    G.DAY: "D",
    G.HOUR: "H",
    G.MINUTE: "M",
    G.SECOND: "S",
}


def _unit_pairs(caps: Captures) -> list[tuple[int, G]] | None:
    """The counts and units of "2 weeks and 3 days", largest unit first; None when a count is
    vague, a unit repeats or is no calendar or clock unit."""
    pairs: list[tuple[int, G]] = []
    count: int | None = None
    for category, value in caps.items:
        if category in ("qty", "int"):
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                return None
            count = value
        elif category == "unit" and count is not None:
            pairs.append((count, _unit(value)))
            count = None
    order = _SIZES + _SIZES_CLOCK
    units = [unit for _, unit in pairs]
    if len(pairs) < 2 or len(set(units)) != len(units) or not all(u in order for u in units):
        return None
    return sorted(pairs, key=lambda pair: order.index(pair[1]))


def act_compound(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """Counts of several units at once: ``compound:ago`` ("2 weeks and 2 days ago", "1 month
    2 days 2 hours 30 mins ago": as "N units ago" for the finest unit), ``compound:in`` the
    same forward ("dans deux ans et trois mois"), ``compound:within``
    ("within 1 day and 5 hours": [R, R + all)), ``compound:last`` ("the last 3 months and
    2 weeks": [R - all, R))."""
    pairs = _unit_pairs(caps)
    today, reference = ctx.today, ctx.reference
    if pairs is None or today is None:
        return None
    finest = pairs[-1][1]
    clock = _clock_type(finest)
    if clock and not isinstance(reference, datetime):
        return None
    base: Instant = reference if clock and isinstance(reference, datetime) else today
    sign = -1 if args[0] in ("ago", "last") else 1
    moment = base
    for count, unit in pairs:
        moment = add(moment, sign * count, unit)
    if args[0] in ("ago", "in"):
        if isinstance(moment, datetime):
            grain = G.SECOND if ctx.rules.shift == "day" else _INSTANT.get(finest, finest)
            return _clock_value(_truncate(moment, grain), grain)
        day_grain = finest is G.WEEK or ctx.rules.shift != "unit"
        return _calendar(moment, G.DAY if day_grain else finest, Anchor.REFERENCE)
    start, end = (base, moment) if sign > 0 else (moment, base)
    dates = "".join(f"{n}{_TIMEX_LETTERS.get(u, '')}" for n, u in pairs if not _clock_type(u))
    times = "".join(f"{n}{_TIMEX_LETTERS[u]}" for n, u in pairs if _clock_type(u))
    if any(u not in _TIMEX_LETTERS for _, u in pairs):
        return None
    timex = "P" + dates + ("T" + times if times else "")
    value = make(start, end, finest, timex, type=TimeType.DURATION, anchor=Anchor.REFERENCE)
    return Found(value)


def _business_day(day: date, count: int) -> date:
    """The ``count``-th Monday-to-Friday day after ``day`` (before it when negative)."""
    step = 1 if count > 0 else -1
    for _ in range(abs(count)):
        day += timedelta(days=step)
        while day.weekday() >= 5:
            day += timedelta(days=step)
    return day


def act_business_days(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """Business (working) days, Monday to Friday: ``business_days:1`` "the next 4 business
    days" (from R, or from the day after R with ``count_window`` other than "reference", to
    the end of the 4th business day after R), ``:-1`` "the previous 4 business days" (from
    the 4th business day before R to R's day), ``:in`` "in 4 business days" (that day),
    ``:within`` "within 5 business days" ([R, end of the 5th))."""
    amount, today = _quantity(caps), ctx.today
    if amount is None or amount < 1 or today is None or amount > 1000:
        return None
    timex = f"P{amount}D"
    if args[0] == "in":  # in a past clause a length ("done in 4 business days"): no day
        if ctx.tense == "past":
            return None
        return _calendar(_business_day(today, amount), G.DAY, Anchor.REFERENCE)
    if args[0] == "-1":
        start, end = _business_day(today, -amount), today
    else:
        start = today
        if args[0] == "1" and ctx.rules.count_window != "reference":
            start = today + timedelta(days=1)
        end = _business_day(today, amount) + timedelta(days=1)
    value = make(start, end, G.DAY, timex, type=TimeType.DURATION, anchor=Anchor.REFERENCE)
    return Found(value)


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
    ``span_rel:sign:N[:unit]`` states the length ("the past fortnight": 2 weeks), or only
    its unit with N = ``n`` ("sous 24h": ``span_rel:1:n:hour``)."""
    unit = _unit(args[2]) if len(args) > 2 else _unit(caps.get("unit"))
    amount = _quantity(caps) if len(args) < 2 or args[1] == "n" else int(args[1])
    if amount is None:
        amount = _few(ctx)
    sign = int(args[0])
    length = _length(amount, unit)
    today = ctx.today
    if today is None:
        return Found(make_length(length, unit, anchor=Anchor.REFERENCE))
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
    return Found(make_length(length, unit, start, end, anchor=Anchor.REFERENCE))


def act_within(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """ "within N units": as :func:`act_span_rel` ([R, R + N units)), from R's instant when
    the rules' ``now`` is ``"instant"`` (a day's end as that day's midnight)."""
    found = act_span_rel(ctx, caps, ("1",))
    reference = ctx.reference
    if not isinstance(found, Found) or ctx.rules.now != "instant":
        return found
    start, end = found.value.start, found.value.end
    if not isinstance(reference, datetime) or isinstance(start, datetime) or end is None:
        return found
    if not isinstance(end, datetime):
        end = datetime.combine(end, time(), tzinfo=reference.tzinfo)
    return attrs.evolve(found, value=attrs.evolve(found.value, start=reference, end=end))


def act_count_rel(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """ "the next 3 days", "les 2 derniers mois": as :func:`act_span_rel` by default; with
    ``count_window="units"`` N whole units next to R's own, with ``"days"`` N units from
    the day after R (back to R's day for the last N); units in ``whole_counts`` as
    ``"units"``."""
    mode = ctx.rules.count_window
    unit = _unit(caps.get("unit"))
    if unit.value in ctx.rules.whole_counts:
        mode = "units"
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
    return Found(make_length(length, unit, start, end, anchor=Anchor.REFERENCE))


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
    """Earlier or later in R's unit: ``this_part:before|after:unit`` ("plus tôt cette année");
    a last argument ``half`` ("earlier", "later") lets the rules' ``earlier_later`` cut it
    to the unit's first or second half, ``rest`` ("the rest of the week") lets their
    ``rest_end`` end it where its last day starts."""
    unit = _unit(args[1])
    today = ctx.today
    if today is None:
        return _unresolved(unit, "XXXX")
    start, end = unit_interval(today, unit)
    middle = _middle(start, unit) if args[-1] == "half" else None
    if ctx.rules.earlier_later != "half" or middle is None:
        middle = today
    if args[0] == "before":
        end = min(today, middle)
    else:
        start = max(today, middle)
    if args[-1] == "rest" and ctx.rules.rest_end == "last_day":  # to its last day's start
        reference = ctx.reference
        if unit is not G.DAY:
            end = end - timedelta(days=1)
        elif isinstance(reference, datetime):  # the day: from R to its last second
            last = datetime.combine(today, time(23, 59, 59), tzinfo=reference.tzinfo)
            if reference < last:
                timex = unit_timex(today, unit)
                return Found(make(reference, last, unit, timex, anchor=Anchor.REFERENCE))
    if start >= end:  # "earlier this month" on the 1st names no day
        return INVALID
    return Found(make(start, end, unit, unit_timex(today, unit), anchor=Anchor.REFERENCE))


def _middle(start: date, unit: G) -> date | None:
    """Where the second half of a week (Thursday), month (the 16th) or year (July) begins."""
    if unit is G.WEEK:
        return start + timedelta(days=3)
    if unit is G.MONTH:
        return start.replace(day=16)
    if unit is G.YEAR:
        return start.replace(month=7)
    return None


def act_weekday(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A weekday: the nearest one (tense), or ``last`` (before R) / ``next`` (next week) /
    ``after`` (the first one after R) / ``after:days`` (the one on or after R, then ``days``
    later: "mardi en huit" said on a Tuesday is R + 7 days) / ``coming`` (``after`` or
    ``next`` by the rules' ``next_weekday``) / ``previous`` (``last``, or the one of the
    week before R's, by the rules' ``last_weekday``)."""
    weekday = caps.get("weekday")
    if weekday is None:
        return None
    which = args[0] if args else ""
    if which == "coming":  # "vendredi prochain": as the rules' ``next_weekday`` says
        which = "next" if ctx.rules.next_weekday == "week" else "after"
    if which == "previous":  # "last Friday": as the rules' ``last_weekday`` says
        which = "last_week" if ctx.rules.last_weekday == "week" else "last"
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
    elif which == "last_week":
        moment = today - timedelta(days=today.weekday()) + timedelta(days=weekday - 7)
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


def act_same_period(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """ "that week", "the same month", "that weekend": the week, month, year or weekend of an
    event told before. Read only with ``rules.event_anchor="reference"`` (no event known: R's,
    as "this week"); otherwise not a time."""
    if ctx.rules.event_anchor != "reference" or ctx.today is None:
        return None
    if args[0] == "weekend":
        return act_weekend(ctx, caps, ("0",))
    return act_unit_rel(ctx, caps, ("0", args[0]))


def act_season_near(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A season named without a year ("last spring", "l'été prochain", "au printemps"):
    ``last``, the latest such season ended by R; ``next``, the first one that starts after R;
    else, in a past clause the latest one begun by R, in a future one the first not ended."""
    code = caps.get("season")
    today = ctx.today
    if not isinstance(code, str):
        return None
    if today is None:
        return _unresolved(G.SEASON, f"XXXX-{code}")
    seasons = [season_interval(year, code) for year in range(today.year - 2, today.year + 2)]
    direction = args[0] if args else ("next" if ctx.future else "last")
    if args and direction == "last":
        start, end = [s for s in seasons if s[1] <= today][-1]
    elif args:
        start, end = next(s for s in seasons if s[0] > today)
    elif direction == "last":
        start, end = [s for s in seasons if s[0] <= today][-1]
    else:
        start, end = next(s for s in seasons if s[1] > today)
    year = start.year
    return Found(make(start, end, G.SEASON, f"{year:04d}-{code}", anchor=Anchor.REFERENCE))
