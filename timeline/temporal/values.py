"""Building blocks for actions: the context of a match, its captures, and what it found."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import attrs

from timeline.model import Anchor, Granularity, Mod, Period, TimeType, TimeValue
from timeline.temporal.calendar import day_of
from timeline.temporal.rules import TimeRules

__all__ = ["INVALID", "Captures", "Context", "Found", "Invalid", "make"]

Instant = date | datetime


class Invalid:
    """Returned by an action for words that look like a time but name none ("31 février")."""


INVALID = Invalid()


@attrs.frozen
class Context:
    """What an action may read besides its captures."""

    reference: Instant | None
    tense_of: str | Callable[[], str]
    """The tense of the clause around the match, or how to read it when an action asks."""
    config: dict[str, Any] = attrs.field(factory=dict)
    rules: TimeRules = attrs.field(factory=TimeRules)
    """The conventions for open readings (:class:`~timeline.temporal.rules.TimeRules`)."""
    _read: list[str] = attrs.field(factory=list, eq=False, repr=False)

    @property
    def tense(self) -> str:
        """``"past"``, ``"future"`` or ``"unknown"``: the tense of the clause (read once)."""
        if not self._read:
            self._read.append(self.tense_of if isinstance(self.tense_of, str) else self.tense_of())
        return self._read[0]

    @property
    def today(self) -> date | None:
        """The reference day, or None."""
        return None if self.reference is None else day_of(self.reference)

    @property
    def future(self) -> bool:
        """True unless the clause reads as past or present (a verbless clause looks forward)."""
        return self.tense != "past"


@attrs.frozen
class Captures:
    """The categorised words a rule matched, in order: ``(category, value)``."""

    items: tuple[tuple[str, Any], ...]

    def get(self, *categories: str) -> Any:
        """The value of the first capture of any of ``categories``, or None."""
        for category, value in self.items:
            if category in categories:
                return value
        return None

    def all(self, *categories: str) -> list[Any]:
        """Every captured value of ``categories``, in order."""
        return [v for c, v in self.items if c in categories]

    def has(self, category: str) -> bool:
        """True when ``category`` was captured."""
        return any(c == category for c, _ in self.items)


@attrs.frozen
class Found:
    """An action's result: the value and the calendar fields the words stated."""

    value: TimeValue
    year: int | None = None
    month: int | None = None
    day: int | None = None
    parts: tuple[TimeValue, ...] = ()
    """For a range or a day with a clock time: the value of each part, in text order."""
    repeat: Granularity | None = None
    """After how long the same words name the next such time (a weekday: a week)."""
    floating: bool = False
    """A clock time that names no day: it took R's day, and takes its sentence's day."""
    joined: bool = False
    """A clock time then its day ("4 h mardi"): one mention when only a space parts them."""
    twelve: bool = False
    """An hour of 1 to 12 with no am/pm read on a 12-hour clock (``rules.bare_hour``)."""
    half: bool = False
    """A clock time whose words state its half of the day ("3 pm", "1h du matin", "minuit",
    "15h"): a part of day said with it does not read it again."""


def make(
    start: Instant | None,
    end: Instant | None,
    granularity: Granularity,
    timex: str,
    *,
    type: TimeType = TimeType.DATE,
    mod: Mod | None = None,
    anchor: Anchor = Anchor.ABSOLUTE,
    **extra: Any,
) -> TimeValue:
    """A TimeValue; the matcher fills in ``text`` afterwards."""
    return TimeValue(
        start=start,
        end=end,
        granularity=granularity,
        timex=timex,
        type=type,
        mod=mod,
        anchor=anchor,
        **extra,
    )


def make_length(
    length: Period,
    unit: Granularity,
    start: Instant | None = None,
    end: Instant | None = None,
    **extra: Any,
) -> TimeValue:
    """A DURATION that carries ``length`` (its TIMEX3 value), placed at [start, end) when
    the text anchors it; ``extra`` as for :func:`make` (anchor, mod, relative)."""
    return make(start, end, unit, length.timex, type=TimeType.DURATION, length=length, **extra)
