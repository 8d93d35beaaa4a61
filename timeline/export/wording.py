"""Plain-English words for times, amounts and parties, shared by the human-facing exports."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from decimal import Decimal

from timeline.model import Anchor, Granularity, Instant, Money, Party, Qualifier, TimeValue

__all__ = [
    "describe_amount",
    "describe_parties",
    "describe_time",
    "describe_uncertainty",
    "digits",
    "is_whole_days",
    "last_day",
    "short_time",
]

_MAX_EXPONENT = 30
_QUALIFIER_WORDS = {
    Qualifier.EXACT: "",
    Qualifier.MORE_THAN: "more than ",
    Qualifier.LESS_THAN: "less than ",
    Qualifier.AT_LEAST: "at least ",
    Qualifier.UP_TO: "up to ",
    Qualifier.ABOUT: "about ",
}

_ANCHOR_WORDS = {
    Anchor.ABSOLUTE: "",
    Anchor.REFERENCE: "resolved against the reference date",
    Anchor.EVENT: "relative to another event",
    Anchor.UNDATED: "the text gives no date; the bounds are inferred",
}


def is_whole_days(value: TimeValue) -> bool:
    """True when both bounds are known and are dates (not datetimes)."""
    return (
        value.start is not None
        and value.end is not None
        and not isinstance(value.start, datetime)
        and not isinstance(value.end, datetime)
    )


def last_day(end: date) -> date:
    """The last day inside a half-open interval of days ending at ``end`` (exclusive)."""
    return end - timedelta(days=1)


def _iso(value: Instant) -> str:
    return value.isoformat()


def describe_time(value: TimeValue) -> str:
    """Where a time lies, in words: "on 2025-01-21", "between 2025-01-01 and 2025-06-30"...

    Day bounds are given inclusively (the exclusive end minus one day); datetime ends are
    exclusive and said so.
    """
    start, end = value.start, value.end
    if start is None and end is None:
        return "at an unknown time"
    if start is None:
        assert end is not None
        return f"before {_iso(end)}"
    if end is None:
        return f"on or after {_iso(start)}"
    if is_whole_days(value):
        assert not isinstance(end, datetime)
        last = last_day(end)
        if last == start:
            return f"on {_iso(start)}"
        return f"between {_iso(start)} and {_iso(last)}"
    return f"from {_iso(start)} to before {_iso(end)}"


def describe_uncertainty(value: TimeValue) -> str:
    """How precisely the text dates a time, in words (granularity, anchor, qualifier, words)."""
    parts = []
    if value.text:
        parts.append(f"text: “{value.text}”")
    if value.start is not None and value.end is not None:
        if value.granularity is not Granularity.DAY or not is_whole_days(value):
            parts.append(f"known to the {value.granularity.value.replace('_', ' ')}")
    else:
        parts.append("unbounded " + ("before" if value.start is None else "after"))
    if value.mod is not None:
        parts.append(f"qualified {value.mod.value.lower().replace('_', ' ')}")
    if _ANCHOR_WORDS[value.anchor]:
        parts.append(_ANCHOR_WORDS[value.anchor])
    parts.append(f"TIMEX3 {value.timex}")
    return "; ".join(parts)


def short_time(value: TimeValue) -> str:
    """A compact label at the precision of the time: ``2025-03``, ``2025``, ``< 2025-07-01``."""
    start, end = value.start, value.end
    if start is None and end is None:
        return "?"
    if start is None:
        assert end is not None
        return f"< {_iso(end)}"
    if end is None:
        return f">= {_iso(start)}"
    if not is_whole_days(value):
        return f"{_iso(start)} .. {_iso(end)}"
    assert not isinstance(end, datetime)
    last = last_day(end)
    if last == start:
        return _iso(start)
    if start.day == 1 and end.day == 1:
        if start.month == 1 and end.month == 1:
            if end.year - start.year == 1:
                return f"{start.year}"
            return f"{start.year}..{last.year}"
        if (end.year - start.year) * 12 + end.month - start.month == 1:
            return f"{start.year}-{start.month:02d}"
        return f"{start.year}-{start.month:02d}..{last.year}-{last.month:02d}"
    return f"{_iso(start)}..{_iso(last)}"


def digits(value: Decimal) -> str:
    """The exact digits of an amount, grouped by thousands: ``1,500,000,000``.

    Numbers too large or too small to write out (exponent beyond 30) keep their
    scientific form, so the text stays as short as the input.
    """
    if abs(value.adjusted()) > _MAX_EXPONENT:
        return str(value)
    return f"{value:,f}"


def describe_amount(money: Money) -> str:
    """An amount in words with its exact digits: "more than 300,000,000,000 USD"."""
    currency = money.currency or "(currency not stated)"
    if money.upper is not None:
        return f"between {digits(money.value)} and {digits(money.upper)} {currency}"
    return f"{_QUALIFIER_WORDS[money.qualifier]}{digits(money.value)} {currency}"


def describe_parties(parties: Iterable[Party]) -> str:
    """Parties with their roles: "Microsoft (investor), OpenAI (investee)"."""
    return ", ".join(f"{p.name} ({p.role.value})" for p in parties)
