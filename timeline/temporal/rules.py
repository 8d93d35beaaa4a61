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

__all__ = ["CONVENTIONS", "TimeRules", "time_rules"]

Now = Literal["day", "instant"]
Shift = Literal["unit", "day", "finer"]
CountWindow = Literal["reference", "days", "units"]
Bounds = Literal["reference", "open"]
RangeEnd = Literal["inclusive", "exclusive"]
EventAnchor = Literal["event", "reference"]

_DAY = 86_400
_WEEK_HOURS = 168

DAYPART_CODES = ("MO", "AF", "EV", "NI", "MI", "DT")

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
    """Part-of-day windows as ``(code, first second, end second)`` from a mapping."""
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
    """"since X" and "before X" (in a future clause): closed at R, [start of X, R) and
    [R, start of X) (``reference``), or left open at that side (``open``)."""
    range_end: RangeEnd = attrs.field(
        default="inclusive", validator=_choice("inclusive", "exclusive")
    )
    """"from March to May": to the end of May (``inclusive``) or to its start."""
    event_anchor: EventAnchor = attrs.field(
        default="event", validator=_choice("event", "reference")
    )
    """"la veille", "two days later", "the same day": anchored to another event (``event``,
    resolved by the timeline), or counted from R (``reference``) when the offset is exact."""
    dayparts: tuple[tuple[str, int, int], ...] = attrs.field(
        default=DEFAULT_DAYPARTS, converter=_dayparts
    )
    """Windows of the parts of the day, seconds after midnight (may run past 24 h)."""
    weekend: tuple[int, int] = attrs.field(default=(120, 168), converter=_weekend)
    """The weekend, in hours after Monday 00:00 of its week: Saturday to Monday."""

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.reference_day_counts, bool):
            raise InvalidRecordError("TimeRules.reference_day_counts must be a bool")

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
        event_anchor="reference",
        dayparts={"NI": (18 * 3600, 24 * 3600)},
        weekend=(4 * 24 + 18, 168),
    ),
    # Microsoft Recognizers-Text (DateTimeModel): days for "in N units", ranges that end
    # where their last part starts, its own part-of-day hours.
    "recognizers": TimeRules(
        now="instant",
        shift="day",
        count_window="days",
        reference_day_counts=False,
        bounds="open",
        range_end="exclusive",
        dayparts={
            "MO": (8 * 3600, 12 * 3600),
            "AF": (12 * 3600, 16 * 3600),
            "EV": (16 * 3600, 20 * 3600),
            "NI": (20 * 3600, _DAY - 1),
        },
    ),
}
"""Named sets of conventions: the library's (``default``) and two other tools'."""


def time_rules(rules: TimeRules | str | None) -> TimeRules:
    """A :class:`TimeRules` from a record, a name in :data:`CONVENTIONS`, or None (default)."""
    if rules is None:
        return CONVENTIONS["default"]
    if isinstance(rules, TimeRules):
        return rules
    if isinstance(rules, str) and rules in CONVENTIONS:
        return CONVENTIONS[rules]
    raise InvalidRecordError(
        f"time rules must be a TimeRules or one of {', '.join(CONVENTIONS)}, not {rules!r}"
    )
