"""When an event happened: the temporal expression that governs its trigger, or inferred bounds.

The governing expression is the nearest one in the trigger's clause, else the nearest one in
its sentence. Sets ("every year") and durations without bounds ("for a week") never govern.
Without one, the tense of the verb chain governing the trigger decides, not the modality: past
("a racheté", "said it wanted to buy") lies before the reference date R (``end=R``); future or
conditional ("va racheter", "will buy", "pourrait") after R (``start=R``); in the present, a
plan or a possibility ("prévoit de racheter", "plans to buy") lies after R, a denial is
undated, anything else lies no later than R (``end=R+1 day``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

import attrs

from timeline.events.modality import FUTURE, PAST
from timeline.model import Anchor, Modality, TimeMention, TimeType, TimeValue
from timeline.temporal.timex import timex_interval

__all__ = ["governing_time", "inferred_time", "until_value"]


def _governs(mention: TimeMention) -> bool:
    """A set never dates an event; a duration does only when anchored (to R or to an event)."""
    value = mention.value
    if value.type is TimeType.SET:
        return False
    if value.anchor is Anchor.EVENT:
        return True
    return not (value.type is TimeType.DURATION and value.start is None and value.end is None)


def governing_time(
    times: Sequence[TimeMention],
    trigger: tuple[int, int],
    clause: tuple[int, int],
    sentence: tuple[int, int],
    exclude: Sequence[tuple[int, int]] = (),
) -> TimeMention | None:
    """The time mention governing a trigger at chars ``trigger``: same clause, then sentence."""

    def distance(m: TimeMention) -> int:
        if m.end <= trigger[0]:
            return trigger[0] - m.end
        return max(0, m.start - trigger[1])

    def usable(m: TimeMention, lo: int, hi: int) -> bool:
        if m.start < lo or m.end > hi or not _governs(m):
            return False
        return not any(m.start < e and s < m.end for s, e in exclude)

    for lo, hi in (clause, sentence):
        inside = [m for m in times if usable(m, lo, hi)]
        if inside:
            return min(inside, key=lambda m: (distance(m), m.start))
    return None


def inferred_time(reference: date | datetime | None, modality: Modality, tense: str) -> TimeValue:
    """Bounds for an event the text does not date (see the module docstring)."""
    if reference is None:
        return TimeValue.undated()
    if tense == PAST:
        return TimeValue.undated(end=reference)
    if tense == FUTURE or modality in (Modality.PLANNED, Modality.HYPOTHETICAL):
        return TimeValue.undated(start=reference)
    if modality is Modality.NEGATED:
        return TimeValue.undated()
    return TimeValue.undated(end=reference + timedelta(days=1))


def until_value(mention: TimeMention) -> TimeValue:
    """The calendar interval of the bound in "until 2030": [2030-01-01, 2031-01-01)."""
    value = mention.value
    interval = timex_interval(value.timex)
    if interval is None:
        return value
    start, end, granularity = interval
    return attrs.evolve(
        value,
        start=start,
        end=end,
        granularity=granularity,
        mod=None,
        anchor=Anchor.ABSOLUTE if value.anchor is Anchor.ABSOLUTE else value.anchor,
        type=TimeType.DATE,
        length=None,
        relative=None,
    )
