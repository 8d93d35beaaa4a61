"""Valid model objects for round trips: time values, amounts, events and timelines.

Every object passes the model's validation (``end > start``, unique event ids, evidence and
timex text equal to the document text at their span, durations with a length...).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from functools import cache
from typing import Any, TypeVar

from hypothesis import strategies as st

from timeline.model import (
    Anchor,
    Diagnostic,
    Document,
    Event,
    EventKind,
    EventOffset,
    Evidence,
    Granularity,
    Mod,
    Modality,
    Money,
    Party,
    Period,
    Qualifier,
    Relation,
    Role,
    Timeline,
    TimeMention,
    TimeType,
    TimeValue,
)
from timeline.testing.temporal import KINDS, default_reference_dates, meanings

__all__ = ["events", "money_values", "readable_text", "time_values", "timelines"]

T = TypeVar("T")

_CURRENCIES = ("USD", "EUR", "GBP", "JPY", "CHF", "CNY")
_TIMEZONES = (timezone.utc, timezone(timedelta(hours=2)), timezone(timedelta(hours=-5)))


def _make(cls: Callable[..., T], **fields: Any) -> T:
    """``cls(**fields)``; attrs ``converter=tuple`` fields defeat mypy's inference otherwise."""
    return cls(**fields)


@cache
def readable_text(min_size: int = 0, max_size: int = 40) -> st.SearchStrategy[str]:
    """Unicode text without surrogates or control characters (accents, ’ and « » included)."""
    characters = st.characters(blacklist_categories=("Cs", "Cc", "Co", "Cn"))
    return st.text(characters, min_size=min_size, max_size=max_size)


@cache
def _names() -> st.SearchStrategy[str]:
    return readable_text(1, 30).filter(lambda s: s.strip() != "")


@st.composite
def _calendar_value(draw: st.DrawFn) -> TimeValue:
    meaning = draw(meanings(draw(st.sampled_from(KINDS)), draw(default_reference_dates())))
    return meaning.expected


@st.composite
def _clock_value(draw: st.DrawFn) -> TimeValue:
    day = draw(st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31)))
    moment = datetime.combine(day, time(draw(st.integers(0, 23)), draw(st.integers(0, 59))))
    if draw(st.booleans()):
        moment = moment.replace(tzinfo=draw(st.sampled_from(_TIMEZONES)))
    minute = draw(st.booleans())
    step = timedelta(minutes=1) if minute else timedelta(hours=1)
    granularity = Granularity.MINUTE if minute else Granularity.HOUR
    stamp = moment.strftime("%Y-%m-%dT%H:%M") if minute else moment.strftime("%Y-%m-%dT%H")
    return TimeValue(
        start=moment, end=moment + step, granularity=granularity, timex=stamp, type=TimeType.TIME
    )


@st.composite
def _half_open_value(draw: st.DrawFn) -> TimeValue:
    bound = draw(_calendar_value())
    if draw(st.booleans()):
        return TimeValue(
            start=bound.start,
            end=None,
            granularity=bound.granularity,
            timex=bound.timex,
            mod=Mod.ON_OR_AFTER,
        )
    return TimeValue(
        start=None,
        end=bound.end,
        granularity=bound.granularity,
        timex=bound.timex,
        mod=Mod.ON_OR_BEFORE,
    )


@cache
def _periods(vague: bool = True) -> st.SearchStrategy[Period]:
    amount = st.integers(min_value=0, max_value=500).map(Decimal)
    return st.builds(
        Period,
        amount=st.one_of(amount, st.none()) if vague else amount,
        unit=st.sampled_from(Granularity),
    )


@st.composite
def _duration_value(draw: st.DrawFn) -> TimeValue:
    length = draw(_periods())
    return TimeValue(
        start=None,
        end=None,
        granularity=length.unit,
        timex=length.timex,
        type=TimeType.DURATION,
        length=length,
    )


@st.composite
def _set_value(draw: st.DrawFn) -> TimeValue:
    period = Period(1, draw(st.sampled_from(Granularity)))
    return TimeValue(
        start=None,
        end=None,
        granularity=period.unit,
        timex=period.timex,
        type=TimeType.SET,
        period=period,
    )


@st.composite
def _relative_value(draw: st.DrawFn) -> TimeValue:
    relation = draw(st.sampled_from((Relation.AFTER, Relation.BEFORE, Relation.SAME)))
    low = draw(st.one_of(st.none(), _periods(vague=False)))
    high = draw(st.one_of(st.none(), _periods(vague=False)))
    return TimeValue(
        start=None,
        end=None,
        granularity=Granularity.DAY,
        timex="XXXX-XX-XX",
        anchor=Anchor.EVENT,
        relative=EventOffset(relation, low, high),
    )


@st.composite
def _undated_value(draw: st.DrawFn) -> TimeValue:
    reference = draw(default_reference_dates())
    side = draw(st.sampled_from(("before", "after", "unknown")))
    if side == "before":
        return TimeValue.undated(end=reference)
    if side == "after":
        return TimeValue.undated(start=reference)
    return TimeValue.undated()


@cache
def time_values(*, clock: bool = True) -> st.SearchStrategy[TimeValue]:
    """Valid TimeValues: calendar units, deictic and vague intervals, half-open bounds,
    undated, durations, sets, event-relative and (with ``clock``) clock times, naive or aware.
    """
    parts: list[st.SearchStrategy[TimeValue]] = [
        _calendar_value(),
        _half_open_value(),
        _undated_value(),
        _duration_value(),
        _set_value(),
        _relative_value(),
    ]
    if clock:
        parts.append(_clock_value())
    return st.one_of(parts)


@st.composite
def money_values(draw: st.DrawFn) -> Money:
    """Valid Money: exact Decimals (up to 3 decimals), ISO currency or None, ranges."""
    units = draw(st.integers(min_value=0, max_value=10**15))
    value = Decimal(units).scaleb(-draw(st.integers(min_value=0, max_value=3)))
    upper = None
    if draw(st.booleans()):
        upper = value + draw(st.integers(min_value=1, max_value=10**12))
    return Money(
        value=value,
        currency=draw(st.one_of(st.none(), st.sampled_from(_CURRENCIES))),
        qualifier=draw(st.sampled_from(Qualifier)),
        upper=upper,
    )


def _spans(text: str) -> st.SearchStrategy[tuple[int, int]]:
    return st.integers(min_value=0, max_value=len(text)).flatmap(
        lambda a: st.tuples(st.just(a), st.integers(min_value=a, max_value=len(text)))
    )


@st.composite
def _evidence(draw: st.DrawFn, documents: Sequence[Document]) -> Evidence:
    if documents:
        document = draw(st.sampled_from(documents))
        start, end = draw(_spans(document.text))
        return Evidence(document.id, start, end, document.text[start:end])
    text = draw(readable_text())
    start = draw(st.integers(min_value=0, max_value=10_000))
    return Evidence(draw(readable_text(0, 12)), start, start + len(text), text)


@cache
def _optional_money() -> st.SearchStrategy[Money | None]:
    return st.one_of(st.none(), money_values())


@cache
def _optional_time() -> st.SearchStrategy[TimeValue | None]:
    return st.one_of(st.none(), time_values())


@st.composite
def _party(draw: st.DrawFn) -> Party:
    return Party(name=draw(_names()), role=draw(st.sampled_from(Role)))


@st.composite
def _event(
    draw: st.DrawFn,
    event_id: str,
    documents: Sequence[Document],
    others: Sequence[str],
    free_evidence: bool = True,
) -> Event:
    with_evidence = bool(documents) or free_evidence
    evidence = st.lists(_evidence(documents), max_size=2) if with_evidence else st.just([])
    return _make(
        Event,
        id=event_id,
        kind=draw(st.sampled_from(EventKind)),
        summary=draw(readable_text()),
        when=draw(time_values()),
        parties=draw(st.lists(_party(), max_size=3)),
        amount=draw(_optional_money()),
        until=draw(_optional_time()),
        modality=draw(st.sampled_from(Modality)),
        evidence=draw(evidence),
        refers_to=draw(st.one_of(st.none(), st.sampled_from(others))) if others else None,
    )


def events(documents: Sequence[Document] = ()) -> st.SearchStrategy[Event]:
    """Valid Events; evidence points into ``documents`` when given."""
    ids = st.text("abcdef0123456789", min_size=1, max_size=12).map(lambda s: "ev-" + s)
    return ids.flatmap(lambda event_id: _event(event_id, documents, ()))


@st.composite
def _document(draw: st.DrawFn, index: int) -> Document:
    reference = draw(st.one_of(st.none(), default_reference_dates()))
    return Document(
        id=f"doc-{index}",
        text=draw(readable_text(0, 200)),
        lang=draw(st.sampled_from(("fr", "en"))),
        reference_date=reference,
        source=draw(st.one_of(st.none(), readable_text(1, 30))),
    )


@st.composite
def _timex(draw: st.DrawFn, document: Document) -> TimeMention:
    start, end = draw(_spans(document.text))
    return TimeMention(start, end, document.text[start:end], draw(time_values()), document.id)


@st.composite
def timelines(draw: st.DrawFn, max_events: int = 6, max_documents: int = 3) -> Timeline:
    """Valid Timelines: unique event ids, evidence and timexes that quote their documents."""
    count = draw(st.integers(min_value=0, max_value=max_documents))
    documents = [draw(_document(i)) for i in range(count)]
    n_events = draw(st.integers(min_value=0, max_value=max_events))
    ids = [f"ev-{i:03d}" for i in range(n_events)]
    built = [draw(_event(i, documents, [o for o in ids if o != i], False)) for i in ids]
    timexes = [draw(_timex(d)) for d in documents for _ in range(draw(st.integers(0, 2)))]
    diagnostics = draw(
        st.lists(
            st.builds(
                Diagnostic,
                code=st.sampled_from(("contradiction", "unresolved", "merged")),
                message=readable_text(),
                events=st.lists(st.sampled_from(ids), max_size=2) if ids else st.just([]),
            ),
            max_size=2,
        )
    )
    return _make(
        Timeline, events=built, documents=documents, timexes=timexes, diagnostics=diagnostics
    )
