"""Conventions for readings that the words leave open, as one option record.

The defaults are the library's rules (../shared/TIME_RULES.md, docs/time-semantics.md). Other
tools read some expressions differently, each consistently: :data:`CONVENTIONS` holds those
readings by name, so a user can match the tool they come from, and never silently.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Literal

import attrs

from timeline.errors import InvalidRecordError

__all__ = ["CONVENTIONS", "LANGUAGE_CONVENTIONS", "TimeRules", "time_rules"]

Now = Literal["day", "instant"]
Shift = Literal["unit", "day", "finer"]
CountWindow = Literal["reference", "days", "units"]
Bounds = Literal["reference", "open"]
RangeEnd = Literal["inclusive", "exclusive", "whole"]
EventAnchor = Literal["event", "reference"]
BareHour = Literal["24h", "12h"]
BoundEnd = Literal["end", "start"]
EndOfDay = Literal["part", "last_second"]
Upcoming = Literal["span", "nth"]
HolidayStart = Literal["day", "eve"]
ZonedClock = Literal["grain", "minute"]
EarlierLater = Literal["reference", "half"]
NextWeekday = Literal["after", "week"]
LastWeekday = Literal["before", "week"]
ByStart = Literal["reference", "instant", "open"]
HNotation = Literal["hour", "minute"]
RestEnd = Literal["end", "last_day"]
DaypartParts = Literal["hours", "halves"]
Tonight = Literal["evening", "night"]
Few = Literal["vague", "three"]
AfterDay = Literal["end", "start"]
WeekdayYear = Literal["agree", "reference"]
EveningHours = Literal["night", "afternoon", "same_day"]

_DAY = 86_400
_WEEK_HOURS = 168

DAYPART_CODES = ("MO", "AF", "EV", "NI", "MI", "DT")

PART_UNITS = ("week", "month", "year")
PARTS = ("START", "MID", "END")

DEFAULT_PARTS: dict[str, dict[str, tuple[int, int]]] = {
    "week": {"START": (0, 2), "MID": (1, 4), "END": (3, 7)},
    "month": {"START": (0, 10), "MID": (10, 20), "END": (20, 31)},
    "year": {"START": (0, 3), "MID": (3, 9), "END": (9, 12)},
}
"""Parts of periods: days after the first day of a week or month, months for a year."""

_PART_SIZE = {"week": 7, "month": 31, "year": 12}

DEFAULT_DAYPARTS: dict[str, tuple[int, int]] = {
    "MO": (4 * 3600, 12 * 3600),
    "AF": (12 * 3600, 19 * 3600),
    "EV": (18 * 3600, 24 * 3600),
    "NI": (22 * 3600, 28 * 3600),
    "MI": (11 * 3600, 14 * 3600),
    "DT": (6 * 3600, 21 * 3600),
}


def _choice(*allowed: str) -> Callable[[Any, attrs.Attribute[str], str], None]:
    def check(instance: Any, attribute: attrs.Attribute[str], value: str) -> None:
        if value not in allowed:
            raise InvalidRecordError(
                f"TimeRules.{attribute.name} must be one of {', '.join(allowed)}, not {value!r}"
            )

    return check


def _dayparts(value: object) -> tuple[tuple[str, int, int], ...]:
    """Part-of-day windows as ``(code, first second, end second)`` from a mapping (or from
    that tuple form itself, so that ``attrs.evolve`` works)."""
    if isinstance(value, tuple) and all(isinstance(i, tuple) and len(i) == 3 for i in value):
        value = {i[0]: (i[1], i[2]) for i in value}
    if not isinstance(value, Mapping):
        raise InvalidRecordError("TimeRules.dayparts must be a mapping of code to (start, end)")
    merged = dict(DEFAULT_DAYPARTS)
    for code, window in value.items():
        if code not in DAYPART_CODES:
            raise InvalidRecordError(f"unknown part of day {code!r}: one of {DAYPART_CODES}")
        if (
            not isinstance(window, tuple)
            or len(window) != 2
            or not all(isinstance(s, int) and not isinstance(s, bool) for s in window)
            or not 0 <= window[0] < window[1] <= 2 * _DAY
        ):
            raise InvalidRecordError(
                f"part of day {code!r} must be (start, end) seconds after midnight, "
                f"0 <= start < end <= {2 * _DAY}, not {window!r}"
            )
        merged[code] = window
    return tuple((code, *merged[code]) for code in DAYPART_CODES)


def _parts(value: object) -> tuple[tuple[str, str, int, int], ...]:
    """Parts of periods as ``(unit, part, first, end)`` from a mapping of mappings (or from
    that tuple form itself)."""
    source: Mapping[object, object]
    if isinstance(value, tuple) and all(isinstance(i, tuple) and len(i) == 4 for i in value):
        table: dict[object, dict[object, object]] = {}
        for unit, part, first, last in value:
            table.setdefault(unit, {})[part] = (first, last)
        source = table
    elif isinstance(value, Mapping):
        source = value
    else:
        raise InvalidRecordError("TimeRules.parts must map week/month/year to parts")
    merged = {unit: dict(windows) for unit, windows in DEFAULT_PARTS.items()}
    for unit, windows in source.items():
        if not isinstance(unit, str) or unit not in PART_UNITS or not isinstance(windows, Mapping):
            raise InvalidRecordError(f"TimeRules.parts: unknown unit {unit!r}: one of {PART_UNITS}")
        for part, window in windows.items():
            if (
                part not in PARTS
                or not isinstance(window, tuple)
                or len(window) != 2
                or not all(isinstance(n, int) and not isinstance(n, bool) for n in window)
                or not 0 <= window[0] < window[1] <= _PART_SIZE[unit]
            ):
                raise InvalidRecordError(
                    f"TimeRules.parts[{unit!r}][{part!r}] must be (first, end) with "
                    f"0 <= first < end <= {_PART_SIZE[unit]}, not {window!r}"
                )
            merged[unit][part] = window
    return tuple((u, p, *merged[u][p]) for u in PART_UNITS for p in PARTS)


WHOLE_COUNT_UNITS = ("week", "month", "quarter", "half", "year", "decade", "century")


def _whole_counts(value: object) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, tuple | list | frozenset | set):
        raise InvalidRecordError("TimeRules.whole_counts must be a tuple of unit names")
    for unit in value:
        if unit not in WHOLE_COUNT_UNITS:
            raise InvalidRecordError(
                f"TimeRules.whole_counts: unknown unit {unit!r}: one of {WHOLE_COUNT_UNITS}"
            )
    return tuple(u for u in WHOLE_COUNT_UNITS if u in value)


def _relative_parts(value: object) -> tuple[tuple[str, str, int, int], ...]:
    """Only the parts given (no defaults merged): as :func:`_parts` otherwise."""
    if value == () or value == {}:
        return ()
    return tuple(window for window in _parts(value) if _stated(value, window))


def _stated(value: object, window: tuple[str, str, int, int]) -> bool:
    unit, part = window[0], window[1]
    if isinstance(value, Mapping):
        windows = value.get(unit)
        return isinstance(windows, Mapping) and part in windows
    return isinstance(value, tuple) and any(i[:2] == (unit, part) for i in value)


def _weekend(value: object) -> tuple[int, int]:
    if (
        not isinstance(value, tuple)
        or len(value) != 2
        or not all(isinstance(h, int) and not isinstance(h, bool) for h in value)
        or not 0 <= value[0] < value[1] <= _WEEK_HOURS + 24
    ):
        raise InvalidRecordError(
            "TimeRules.weekend must be (start, end) hours after Monday 00:00 of the week, "
            f"0 <= start < end <= {_WEEK_HOURS + 24}, not {value!r}"
        )
    return value


@attrs.frozen
class TimeRules:
    """How open readings resolve. Each field names one convention; the defaults are
    docs/time-semantics.md. ``R`` is the reference date (or datetime)."""

    now: Now = attrs.field(default="day", validator=_choice("day", "instant"))
    """"now", "maintenant": R's day (PRESENT_REF), or the instant R to the second."""
    shift: Shift = attrs.field(default="unit", validator=_choice("unit", "day", "finer"))
    """"in two months", "three days ago": the calendar unit of R +/- N units (``unit``),
    that day (``day``), or one grain finer than the unit counted (``finer``: years give the
    month, months and weeks the day, days the hour). Clock units give an instant always."""
    count_window: CountWindow = attrs.field(
        default="reference", validator=_choice("reference", "days", "units")
    )
    """"the next 3 days", "les 2 derniers mois": [R, R + N) (``reference``); from the day
    after R, or up to R's day (``days``); or N whole units after or before R's own
    (``units``)."""
    reference_day_counts: bool = attrs.field(default=True)
    """A bare weekday that is R's weekday names R's day (True) or the one a week away."""
    bounds: Bounds = attrs.field(default="reference", validator=_choice("reference", "open"))
    """"since X", "before X" (in a future clause) and "until X": closed at R, [start of X, R),
    [R, start of X) and [R, end of X) (``reference``), or left open at that side (``open``;
    "until" a clock time alone keeps R, or the start of a day stated with it). "Entre X et
    maintenant" and "between now and X" state R, so they keep it either way."""
    range_end: RangeEnd = attrs.field(
        default="inclusive", validator=_choice("inclusive", "exclusive", "whole")
    )
    """"from March to May": to the end of May (``inclusive``) or to its start (``exclusive``);
    a range of clock times ends at its second time, unless ``whole``: then it runs to the end
    of that time's minute or hour ("9:30 - 11:00" to 11:01), as a time with a length does
    ("4pm for 30 mins" to 16:31)."""
    event_anchor: EventAnchor = attrs.field(
        default="event", validator=_choice("event", "reference")
    )
    """"la veille", "two days later", "the same day": anchored to another event (``event``,
    resolved by the timeline), or counted from R (``reference``) when the offset is exact."""
    dayparts: tuple[tuple[str, int, int], ...] = attrs.field(
        default=DEFAULT_DAYPARTS, converter=_dayparts
    )
    """Windows of the parts of the day, seconds after midnight (may run past 24 h)."""
    parts: tuple[tuple[str, str, int, int], ...] = attrs.field(
        default=DEFAULT_PARTS, converter=_parts
    )
    """Early, mid and late parts ("début avril", "the end of the year", "mid-week"): for a
    week or month the days after its first day, for a year the months after January."""
    relative_parts: tuple[tuple[str, str, int, int], ...] = attrs.field(
        default=(), converter=_relative_parts
    )
    """Parts that differ for a unit named from R ("the end of this year", "early next week",
    "fin d'année") from those of a unit named by itself ("the end of 2000"): as ``parts``,
    only the ones that differ."""
    weekend: tuple[int, int] = attrs.field(default=(120, 168), converter=_weekend)
    """The weekend, in hours after Monday 00:00 of its week: Saturday to Monday."""
    bare_hour: BareHour = attrs.field(default="24h", validator=_choice("24h", "12h"))
    """An hour of 1 to 12 with no am/pm and no part of the day ("at 3:30", "à 1h30"): as
    written on a 24-hour clock (``24h``), or (``12h``) the first of its two 12-hour readings
    whose hour has not passed at R, in a range the first after its start ("11:30-1:30" ends
    13:30), on a stated day its first. English "3h18" is a 24-hour notation either way."""
    bound_end: BoundEnd = attrs.field(default="end", validator=_choice("end", "start"))
    """"by X", "no later than X", "as late as X", "X or before" with X a day or a clock time,
    and "until X" with X any date or clock time: up to the end of X (``end``: "by 2pm" to
    15:00), or up to X's first instant (``start``: to 14:00; then "by X" with X begun by R is
    ``[None, X's first instant)``)."""
    end_of_day: EndOfDay = attrs.field(default="part", validator=_choice("part", "last_second"))
    """"en fin de journée", "end of tomorrow": as the words read (``part``: the late daytime
    17:00-21:00 for "fin de journée", the whole day for "end of tomorrow"), or the day's
    last second, 23:59:59 (``last_second``)."""
    upcoming: Upcoming = attrs.field(default="span", validator=_choice("span", "nth"))
    """"upcoming two weeks", "2 coming days", "les 2 semaines à venir": N units from R, as
    "the next N units" (``span``), or the single Nth unit after R's own (``nth``: the week
    two weeks on)."""
    holiday_start: HolidayStart = attrs.field(default="day", validator=_choice("day", "eve"))
    """A Jewish holiday ("Yom Kippur", "Hanukkah"): its days (``day``: Yom Kippur is the
    day of the fast), or read from the eve, each day as the one on whose evening it begins
    (``eve``: one day earlier)."""
    zoned_clock: ZonedClock = attrs.field(default="grain", validator=_choice("grain", "minute"))
    """A clock time with a stated zone ("4pm CET"): its own grain (``grain``: that hour), or
    one minute (``minute``)."""
    earlier_later: EarlierLater = attrs.field(
        default="reference", validator=_choice("reference", "half")
    )
    """"earlier this year", "plus tard cette semaine": from the unit's start to R, or from R
    to its end (``reference``); or that, cut to the unit's first or second half (``half``:
    a week's Monday-Wednesday / Thursday-Sunday, a month's days 1-15 / from the 16th, a
    year's January-June / July-December)."""
    next_weekday: NextWeekday = attrs.field(default="after", validator=_choice("after", "week"))
    """"vendredi prochain", "le prochain lundi": the first such day after R (``after``), or
    that day of the week after R's (``week``, as English "next Friday" reads either way)."""
    last_weekday: LastWeekday = attrs.field(default="before", validator=_choice("before", "week"))
    """"last Friday", "previous Monday", "mercredi dernier", "le lundi précédent": the latest
    such day before R (``before``), or that day of the week before R's (``week``). "Past
    Friday", "vendredi passé" stay the latest."""
    by_start: ByStart = attrs.field(
        default="reference", validator=_choice("reference", "instant", "open")
    )
    """"by X", "no later than X", "d'ici X", "before the end of X" while X is ahead: from
    R's day (``reference``), from the instant R (``instant``, with a datetime R), or with
    no start (``open``)."""
    h_notation: HNotation = attrs.field(default="hour", validator=_choice("hour", "minute"))
    """English "15h", "at 8h" (an hour written with "h" and no minutes): that hour
    (``hour``), or its first minute, as "15h00" (``minute``)."""
    daypart_parts: DaypartParts = attrs.field(default="hours", validator=_choice("hours", "halves"))
    """"early morning", "late afternoon", "en fin de soirée": the library's hours
    (``hours``: early morning 07-09, late afternoon 17-19), or the first or second half of
    that part's ``dayparts`` window, cut at a whole hour (``halves``)."""
    tonight: Tonight = attrs.field(default="evening", validator=_choice("evening", "night"))
    """English "tonight", French "ce soir" ("demain soir", "hier soir": the day after's,
    before's): R's evening, as "this evening" (``evening``), or R's night (``night``)."""
    few: Few = attrs.field(default="vague", validator=_choice("vague", "three"))
    """A vague count: "a few days ago", "the past few weeks", "in a few hours", "il y a
    quelques mois": the library's vague windows (``vague``: "a few days ago" is the week
    before R), or three units (``three``)."""
    after_day: AfterDay = attrs.field(default="end", validator=_choice("end", "start"))
    """"after X", "après X" with X a day: from the end of X, the day after (``end``), or
    from X's first instant (``start``)."""
    weekday_year: WeekdayYear = attrs.field(
        default="agree", validator=_choice("agree", "reference")
    )
    """"Tuesday March 7", "vendredi 7 juin" (a date with a weekday and no year): the nearby
    year in which that date falls on that weekday (``agree``), or R's year, the weekday not
    checked (``reference``)."""
    rest_end: RestEnd = attrs.field(default="end", validator=_choice("end", "last_day"))
    """"le reste de la semaine / du mois / de l'année": from R to the unit's end (``end``),
    or to the start of its last day (``last_day``; "le reste de la journée" then runs from
    the instant R to 23:59:59, with a datetime R)."""
    whole_counts: tuple[str, ...] = attrs.field(default=(), converter=_whole_counts)
    """Units ("quarter", "decade"...) that "the last 2 quarters", "the next 3 decades" count
    as N whole units next to R's own, whatever ``count_window`` says for the others."""
    evening_hours: EveningHours = attrs.field(
        default="night", validator=_choice("night", "afternoon", "same_day")
    )
    """A clock time said of a part of day ("ce soir à 1h du matin", "tonight at 2",
    "minuit ce soir"): its reading inside that part, else nearest it, on that part's day or
    after midnight on the next (``night``: 01:00, 02:00 and 00:00 the next day); the same
    but a bare hour in its afternoon reading (``afternoon``: "tonight at 2" is 14:00); or
    on the part's own day always (``same_day``: 01:00, 02:00 and 00:00 of that day)."""

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.reference_day_counts, bool):
            raise InvalidRecordError("TimeRules.reference_day_counts must be a bool")

    def part(self, unit: str, part: str, relative: bool = False) -> tuple[int, int] | None:
        """The window of ``part`` (START, MID, END) of a week, month or year (named from R
        when ``relative``), or None."""
        for name, which, first, last in (self.relative_parts if relative else ()) + self.parts:
            if name == unit and which == part:
                return first, last
        return None

    def daypart(self, code: str) -> tuple[int, int] | None:
        """The window of a part of the day, in seconds after midnight, or None."""
        for name, first, last in self.dayparts:
            if name == code:
                return first, last
        return None


CONVENTIONS: Mapping[str, TimeRules] = {
    "default": TimeRules(),
    # Duckling (facebook/duckling, Time dimension): instants for "now" and "in N units",
    # whole units for "next N days", open bounds, Friday-evening weekends.
    "duckling": TimeRules(
        now="instant",
        shift="finer",
        count_window="units",
        reference_day_counts=False,
        bounds="open",
        range_end="whole",
        event_anchor="reference",
        bare_hour="12h",
        holiday_start="eve",
        upcoming="nth",
        zoned_clock="minute",
        by_start="instant",
        h_notation="minute",
        after_day="start",
        few="three",
        rest_end="last_day",
        evening_hours="afternoon",
        parts={"week": {"START": (0, 3), "END": (4, 7)}, "year": {"END": (8, 12)}},
        dayparts={"MO": (0, 12 * 3600), "NI": (18 * 3600, 24 * 3600)},
        weekend=(4 * 24 + 18, 168),
    ),
    # Microsoft Recognizers-Text (DateTimeModel): days for "in N units", ranges that end
    # where their last part starts, its own part-of-day hours.
    "recognizers": TimeRules(
        now="instant",
        shift="day",
        count_window="days",
        bounds="open",
        range_end="exclusive",
        event_anchor="reference",
        bound_end="start",
        end_of_day="last_second",
        earlier_later="half",
        next_weekday="week",
        last_weekday="week",
        whole_counts=("quarter", "decade"),
        by_start="open",
        daypart_parts="halves",
        tonight="night",
        evening_hours="same_day",
        weekday_year="reference",
        after_day="start",
        few="three",
        rest_end="last_day",
        parts={
            "week": {"START": (0, 3), "MID": (1, 5)},
            "month": {"START": (0, 15), "MID": (9, 20), "END": (15, 31)},
            "year": {"START": (0, 4), "MID": (4, 8), "END": (8, 12)},
        },
        relative_parts={"year": {"START": (0, 6), "END": (6, 12)}},
        dayparts={
            "MO": (8 * 3600, 12 * 3600),
            "AF": (12 * 3600, 16 * 3600),
            "EV": (16 * 3600, 20 * 3600),
            "NI": (20 * 3600, _DAY - 1),
        },
    ),
}
"""Named sets of conventions: the library's (``default``) and two other tools'."""

LANGUAGE_CONVENTIONS: Mapping[tuple[str, str], TimeRules] = {
    # Duckling's French grammar has its own parts of periods ("début avril": days 1-5,
    # "mi-décembre": 10-19, "en début d'année": January-February, "en fin d'année":
    # November-December, the week's middle Wednesday-Thursday) and mornings from 04:00.
    ("duckling", "fr"): attrs.evolve(
        CONVENTIONS["duckling"],
        parts={
            "week": {"START": (0, 2), "MID": (2, 4), "END": (3, 7)},
            "month": {"START": (0, 5), "MID": (9, 19)},
            "year": {"START": (0, 2), "END": (10, 12)},
        },
        dayparts={"MO": (4 * 3600, 12 * 3600), "NI": (18 * 3600, 24 * 3600)},
    ),
}
"""Where a tool's grammar for one language differs from its other languages: the set used
for ``(name, language)`` instead of ``CONVENTIONS[name]``."""


def time_rules(rules: TimeRules | str | None, lang: str = "") -> TimeRules:
    """A :class:`TimeRules` from a record, a name in :data:`CONVENTIONS` (its variant for
    language ``lang`` when :data:`LANGUAGE_CONVENTIONS` has one), or None (default)."""
    if rules is None:
        return CONVENTIONS["default"]
    if isinstance(rules, TimeRules):
        return rules
    if isinstance(rules, str) and rules in CONVENTIONS:
        return LANGUAGE_CONVENTIONS.get((rules, lang.partition("-")[0]), CONVENTIONS[rules])
    raise InvalidRecordError(
        f"time rules must be a TimeRules or one of {', '.join(CONVENTIONS)}, not {rules!r}"
    )
