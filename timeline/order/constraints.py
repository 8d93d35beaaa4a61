"""Stated constraints between events ("shortly after", "the same day") and how they tighten.

A constraint says that the instant ``x`` of a subject event lies within ``[dmin, dmax]`` of
the instant ``e`` of its target event: ``x - e`` is at least ``dmin`` and at most ``dmax``.
From :class:`~timeline.model.EventOffset` (low/high ``None`` are 0 / unbounded):

- ``after(low, high)``: ``dmin = low``, ``dmax = high``
- ``before(low, high)``: ``dmin = -high``, ``dmax = -low``
- ``same``: ``dmin = dmax = 0`` (the two intervals are intersected)

A period whose amount is vague (``None``) counts as 0 as a minimum and unbounded as a maximum.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from timeline.model import Granularity, Instant, Period, Relation, TimeValue
from timeline.order.instants import Direction, end_key, harmonise, shift, start_key

__all__ = ["Constraint", "Interval", "Offset", "apply", "constraint_for", "satisfied"]

Interval = tuple[Instant | None, Instant | None]
"""``(start, end)`` of a half-open interval; ``None`` is unbounded."""

_ZERO = Period(0, Granularity.DAY)


@attrs.frozen
class Offset:
    """A signed length: ``sign * period``."""

    period: Period
    sign: int


ZERO = Offset(_ZERO, 1)


@attrs.frozen
class Constraint:
    """``x - e`` lies in ``[dmin, dmax]`` (``None``: unbounded) for subject x and target e."""

    subject: int
    target: int
    relation: Relation
    dmin: Offset | None
    dmax: Offset | None


def _known(period: Period | None) -> Period | None:
    return None if period is None or period.amount is None else period


def constraint_for(subject: int, target: int, value: TimeValue) -> Constraint | None:
    """The constraint a subject's event-relative time states, or None when it states none."""
    offset = value.relative
    if offset is None:
        return None
    low, high = _known(offset.low), _known(offset.high)
    dmin: Offset | None
    dmax: Offset | None
    if offset.relation is Relation.AFTER:
        dmin = ZERO if low is None else Offset(low, 1)
        dmax = None if high is None else Offset(high, 1)
    elif offset.relation is Relation.BEFORE:
        dmin = None if high is None else Offset(high, -1)
        dmax = ZERO if low is None else Offset(low, -1)
    elif offset.relation is Relation.SAME:
        dmin = dmax = ZERO
    else:
        return None
    return Constraint(subject, target, offset.relation, dmin, dmax)


def _plus(
    value: Instant | None, offset: Offset | None, sign: int, direction: Direction
) -> Instant | None:
    if offset is None:
        return None
    return shift(value, offset.period, offset.sign * sign, direction)


def _tighten(old: Interval, start: Instant | None, end: Instant | None) -> Interval:
    new_start = old[0] if start is None or start_key(start) <= start_key(old[0]) else start
    new_end = old[1] if end is None or end_key(end) >= end_key(old[1]) else end
    return new_start, new_end


def _empty(interval: Interval) -> bool:
    return start_key(interval[0]) >= end_key(interval[1])


def apply(
    constraint: Constraint, subject: Interval, target: Interval
) -> tuple[Interval, Interval] | None:
    """Both intervals tightened by the constraint; None when it leaves one of them empty."""
    lo, hi = constraint.dmin, constraint.dmax
    new_subject = _tighten(subject, _plus(target[0], lo, 1, "down"), _plus(target[1], hi, 1, "up"))
    new_target = _tighten(
        target, _plus(subject[0], hi, -1, "down"), _plus(subject[1], lo, -1, "up")
    )
    if _empty(new_subject) or _empty(new_target):
        return None
    return harmonise(*new_subject), harmonise(*new_target)


def satisfied(constraint: Constraint, intervals: Sequence[Interval]) -> bool:
    """True when the constraint is consistent with the intervals (it leaves neither empty)."""
    return (
        apply(constraint, intervals[constraint.subject], intervals[constraint.target]) is not None
    )
