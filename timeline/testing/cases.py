"""The records the strategies generate: a text, the context it is read in, and what it means."""

from __future__ import annotations

from datetime import date

import attrs

from timeline.model import EventKind, Modality, Money, Party, TimeValue

__all__ = ["DealCase", "ExpectedDeal", "MoneyCase", "TemporalCase", "same_time"]


def same_time(actual: TimeValue | None, expected: TimeValue) -> bool:
    """True when ``actual`` has the interval, granularity and TIMEX3 value of ``expected``."""
    return actual is not None and (
        actual.start == expected.start
        and actual.end == expected.end
        and actual.granularity is expected.granularity
        and actual.timex == expected.timex
    )


@attrs.frozen
class TemporalCase:
    """A temporal expression, its language and reference date, and the value it must get.

    ``kind`` is the family of the meaning (``date``, ``deictic``...) and ``meaning`` its exact
    name (``deictic:last_week``); ``form`` is the data-file template the text was rendered
    with; ``expected.text`` is ``text``.
    """

    text: str
    lang: str
    reference_date: date
    expected: TimeValue
    kind: str
    meaning: str
    form: str

    def matches(self, actual: TimeValue | None) -> bool:
        """True when ``actual`` has the expected interval, granularity and TIMEX3 value."""
        return same_time(actual, self.expected)


@attrs.frozen
class MoneyCase:
    """An amount written in words or figures, and the Money it must read as."""

    text: str
    lang: str
    expected: Money
    form: str


@attrs.frozen
class ExpectedDeal:
    """The event a generated deal sentence states."""

    kind: EventKind
    parties: tuple[Party, ...]
    amount: Money | None
    modality: Modality
    when: TimeValue


@attrs.frozen
class DealCase:
    """A sentence that states one deal, read with ``reference_date``, and its expected event."""

    text: str
    lang: str
    reference_date: date
    expected: ExpectedDeal
