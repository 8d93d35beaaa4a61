"""Actions: what a matched rule means, as an interval (the rules of docs/time-semantics.md).

Each action takes the match :class:`~timeline.temporal.values.Context`, its
:class:`~timeline.temporal.values.Captures` and the string arguments written after its name in
the data file (``name:arg:arg``), and returns a :class:`~timeline.temporal.values.Found`,
``None`` (no time here) or :data:`~timeline.temporal.values.INVALID` (words that look like a
time but name none). The modules group them by kind: ``dates``, ``deixis``, ``clock``,
``lengths`` and ``composed`` (built on another time).
"""

from __future__ import annotations

from timeline.temporal.actions._common import Action, Result
from timeline.temporal.actions.clock import (
    act_at_time,
    act_clock,
    act_clock_in,
    act_clock_part,
    act_clock_shift,
    act_daypart,
    act_daypart_hour,
    act_daypart_part,
    act_hour_part,
)
from timeline.temporal.actions.composed import (
    act_after,
    act_before,
    act_by,
    act_clock_range,
    act_day_range,
    act_holiday_of,
    act_month_of,
    act_month_part,
    act_nth_day,
    act_nth_week,
    act_nth_weekday,
    act_numbered_of,
    act_part,
    act_range,
    act_shift,
    act_since,
    act_this_part_of,
    act_until,
    act_week_of,
    act_weekday_of,
    act_year_part,
    act_year_range,
)
from timeline.temporal.actions.dates import (
    act_century,
    act_date,
    act_day_of_month,
    act_day_span,
    act_decade,
    act_holiday,
    act_month,
    act_numbered,
    act_season,
    act_week,
    act_weekday_day,
    act_year,
)
from timeline.temporal.actions.deixis import (
    act_ago,
    act_day_rel,
    act_open,
    act_span_rel,
    act_this_part,
    act_unit_rel,
    act_weekday,
    act_weekday_count,
    act_weekend,
    act_window,
)
from timeline.temporal.actions.lengths import (
    act_duration,
    act_duration_range,
    act_event,
    act_set,
    act_set_weekday,
)
from timeline.temporal.values import INVALID, Captures, Context

__all__ = ["ACTIONS", "Action", "Result"]


def act_invalid(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """Words shaped like a date that name none ("le 32 mars"): blocks shorter readings."""
    return INVALID


ACTIONS: dict[str, Action] = {
    "date": act_date,
    "month": act_month,
    "year": act_year,
    "decade": act_decade,
    "century": act_century,
    "numbered": act_numbered,
    "season": act_season,
    "day_rel": act_day_rel,
    "unit_rel": act_unit_rel,
    "ago": act_ago,
    "span_rel": act_span_rel,
    "window": act_window,
    "open": act_open,
    "this_part": act_this_part,
    "weekday": act_weekday,
    "clock": act_clock,
    "at_time": act_at_time,
    "daypart": act_daypart,
    "daypart_hour": act_daypart_hour,
    "daypart_part": act_daypart_part,
    "duration": act_duration,
    "set": act_set,
    "duration_range": act_duration_range,
    "event": act_event,
    "until": act_until,
    "by": act_by,
    "since": act_since,
    "before": act_before,
    "after": act_after,
    "part": act_part,
    "range": act_range,
    "year_range": act_year_range,
    "day_range": act_day_range,
    "day_span": act_day_span,
    "this_part_of": act_this_part_of,
    "weekend": act_weekend,
    "weekday_count": act_weekday_count,
    "set_weekday": act_set_weekday,
    "numbered_of": act_numbered_of,
    "month_of": act_month_of,
    "week": act_week,
    "weekday_day": act_weekday_day,
    "nth_weekday": act_nth_weekday,
    "nth_week": act_nth_week,
    "shift": act_shift,
    "nth_day": act_nth_day,
    "clock_shift": act_clock_shift,
    "clock_in": act_clock_in,
    "clock_part": act_clock_part,
    "weekday_of": act_weekday_of,
    "day_of_month": act_day_of_month,
    "holiday": act_holiday,
    "holiday_of": act_holiday_of,
    "week_of": act_week_of,
    "month_part": act_month_part,
    "clock_range": act_clock_range,
    "year_part": act_year_part,
    "hour_part": act_hour_part,
    "invalid": act_invalid,
}
