"""Hypothesis strategies for the export tests: arbitrary but valid timeline records."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

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

# Text with the characters that break naive writers: separators, quotes, newlines, other
# scripts (Cyrillic, Arabic, CJK, emoji), typographic apostrophes.
tricky_text = st.text(
    alphabet=st.one_of(
        st.sampled_from(list(",;:\\\"'’\n\r\t <>&«»\u00a0")),
        st.characters(codec="utf-8", exclude_categories=("Cs",)),
    ),
    max_size=40,
)
names = st.text(min_size=1, max_size=20).filter(lambda s: s.strip())
days = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
zones = st.sampled_from([None, timezone.utc, timezone(timedelta(hours=2))])
moments = st.builds(
    lambda d, seconds, micro, zone: (
        datetime(d.year, d.month, d.day, tzinfo=zone)
        + timedelta(seconds=seconds, microseconds=micro)
    ),
    days,
    st.integers(0, 86_399),
    st.sampled_from([0, 500_000, 123_456]),
    zones,
)
amounts = st.decimals(
    min_value=0, max_value=Decimal("1e15"), allow_nan=False, allow_infinity=False, places=None
)
exact_amounts = st.one_of(
    amounts,
    st.sampled_from([Decimal("1.5E+9"), Decimal("300000000000"), Decimal("0.10"), Decimal("7")]),
)
periods = st.builds(
    Period, amount=st.one_of(st.none(), exact_amounts), unit=st.sampled_from(Granularity)
)


@st.composite
def intervals(draw: st.DrawFn) -> tuple[date | datetime | None, date | datetime | None]:
    """A valid half-open interval: dates or datetimes, maybe unbounded on either side."""
    if draw(st.booleans()):
        start: date | datetime = draw(days)
        end: date | datetime = start + timedelta(days=draw(st.integers(1, 800)))
    else:
        start = draw(moments)
        end = start + timedelta(minutes=draw(st.integers(1, 10_000)))
    return (
        None if draw(st.integers(0, 5)) == 0 else start,
        None if draw(st.integers(0, 5)) == 0 else end,
    )


@st.composite
def time_values(draw: st.DrawFn) -> TimeValue:
    """Any valid TimeValue, including durations, sets and event-relative times."""
    start, end = draw(intervals())
    kind = draw(st.sampled_from(TimeType))
    anchor = draw(st.sampled_from(Anchor))
    relative = None
    if anchor is Anchor.EVENT and draw(st.booleans()):
        relative = draw(
            st.builds(
                EventOffset,
                relation=st.sampled_from(Relation),
                low=st.one_of(st.none(), periods),
                high=st.one_of(st.none(), periods),
            )
        )
    return TimeValue(
        start=start,
        end=end,
        granularity=draw(st.sampled_from(Granularity)),
        timex=draw(
            st.sampled_from(["2025", "2025-03", "2025-Q1", "PAST_REF", "XXXX-XX-XX", "P1W"])
        ),
        type=kind,
        mod=draw(st.one_of(st.none(), st.sampled_from(Mod))),
        anchor=anchor,
        text=draw(tricky_text),
        length=draw(periods) if kind is TimeType.DURATION and draw(st.booleans()) else None,
        period=draw(periods) if kind is TimeType.SET and draw(st.booleans()) else None,
        relative=relative,
    )


@st.composite
def moneys(draw: st.DrawFn) -> Money:
    value = draw(exact_amounts)
    upper = None
    if draw(st.booleans()):
        upper = value + draw(exact_amounts)
    return Money(
        value=value,
        currency=draw(st.sampled_from([None, "USD", "EUR", "JPY", "GBP"])),
        qualifier=draw(st.sampled_from(Qualifier)),
        upper=upper,
    )


@st.composite
def evidences(draw: st.DrawFn, document: str = "doc-1") -> Evidence:
    text = draw(tricky_text)
    start = draw(st.integers(0, 10_000))
    return Evidence(document=document, start=start, end=start + len(text), text=text)


@st.composite
def events(draw: st.DrawFn, event_id: str = "e1") -> Event:
    return Event(
        id=event_id,
        kind=draw(st.sampled_from(EventKind)),
        summary=draw(tricky_text),
        when=draw(time_values()),
        parties=draw(
            st.lists(st.builds(Party, name=names, role=st.sampled_from(Role)), max_size=3)
        ),
        amount=draw(st.one_of(st.none(), moneys())),
        until=draw(st.one_of(st.none(), time_values())),
        modality=draw(st.sampled_from(Modality)),
        evidence=draw(st.lists(evidences(), max_size=2)),
        refers_to=draw(st.one_of(st.none(), st.just("e0"))),
    )


@st.composite
def mentions(draw: st.DrawFn) -> TimeMention:
    text = draw(tricky_text)
    start = draw(st.integers(0, 10_000))
    return TimeMention(
        start=start, end=start + len(text), text=text, value=draw(time_values()), document="doc-1"
    )


documents = st.builds(
    Document,
    id=st.sampled_from(["doc-1", "doc-2"]),
    text=tricky_text,
    lang=st.sampled_from(["fr", "en"]),
    reference_date=st.one_of(st.none(), days, moments),
    source=st.one_of(st.none(), tricky_text),
)


@st.composite
def timelines(draw: st.DrawFn, max_events: int = 4) -> Timeline:
    """A valid Timeline with unique event ids."""
    count = draw(st.integers(0, max_events))
    return Timeline(
        events=[draw(events(event_id=f"e{i}")) for i in range(count)],
        documents=draw(st.lists(documents, max_size=2)),
        timexes=draw(st.lists(mentions(), max_size=2)),
        diagnostics=draw(
            st.lists(
                st.builds(
                    Diagnostic,
                    code=st.sampled_from(["contradiction", "unanchored"]),
                    message=tricky_text,
                    events=st.lists(st.sampled_from(["e0", "e1"]), max_size=2),
                ),
                max_size=1,
            )
        ),
    )
