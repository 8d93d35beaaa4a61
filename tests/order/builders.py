"""Small builders and Hypothesis strategies for ordering and merging tests."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import strategies as st

from timeline.model import (
    Anchor,
    Document,
    Event,
    EventKind,
    EventOffset,
    Evidence,
    Granularity,
    Modality,
    Money,
    Party,
    Period,
    Qualifier,
    Relation,
    TimeValue,
)

R = date(2025, 7, 1)
TEXT = "Une phrase de test écrite par nous. " * 40


def document(doc_id: str = "d1", reference: date | None = R) -> Document:
    return Document(id=doc_id, text=TEXT, lang="fr", reference_date=reference)


def dated(start: date, end: date, timex: str = "2025") -> TimeValue:
    return TimeValue(start, end, Granularity.DAY, timex, anchor=Anchor.ABSOLUTE)


def relative(relation: str, low: Period | None = None, high: Period | None = None) -> TimeValue:
    return TimeValue(
        None,
        None,
        Granularity.DAY,
        "XXXX-XX-XX",
        anchor=Anchor.EVENT,
        relative=EventOffset(relation, low, high),
    )


SHORTLY_AFTER = relative("after", Period(0, "day"), Period(1, "month"))


def event(
    event_id: str,
    when: TimeValue,
    *,
    at: int = 0,
    doc: str = "d1",
    kind: str = "announcement",
    parties: tuple[tuple[str, str], ...] = (("Acme", "announcer"),),
    amount: Money | None = None,
    refers_to: str | None = None,
    modality: str = "fact",
    until: TimeValue | None = None,
) -> Event:
    return Event(
        id=event_id,
        kind=kind,
        summary=f"{kind} {event_id}",
        when=when,
        parties=[Party(name, role) for name, role in parties],
        amount=amount,
        evidence=[Evidence(doc, at, at + 5, TEXT[at : at + 5])],
        refers_to=refers_to,
        modality=modality,
        until=until,
    )


# ---------------------------------------------------------------- Hypothesis strategies

BASE = date(2024, 1, 1)


@st.composite
def bounds(draw: st.DrawFn) -> tuple[date | None, date | None]:
    """A random half-open interval of days around 2024-2025, either side possibly open."""
    start = draw(st.one_of(st.none(), st.integers(0, 500)))
    length = draw(st.integers(1, 400))
    open_end = draw(st.booleans()) if start is not None else False
    if start is None:
        end_day = draw(st.one_of(st.none(), st.integers(0, 500)))
        return None, None if end_day is None else BASE + timedelta(days=end_day)
    return BASE + timedelta(days=start), None if open_end else BASE + timedelta(days=start + length)


def time_value(start: date | None, end: date | None, undated: bool) -> TimeValue:
    if undated:
        return TimeValue.undated(start=start, end=end)
    return TimeValue(start, end, Granularity.DAY, "2025", anchor=Anchor.REFERENCE)


OFFSETS = st.sampled_from(
    [
        EventOffset(Relation.AFTER, Period(0, "day"), Period(1, "month")),
        EventOffset(Relation.AFTER, Period(2, "week"), Period(2, "week")),
        EventOffset(Relation.AFTER, None, None),
        EventOffset(Relation.BEFORE, Period(0, "day"), Period(7, "day")),
        EventOffset(Relation.BEFORE, None, None),
        EventOffset(Relation.SAME, None, None),
        EventOffset(Relation.AFTER, Period(None, "day"), Period(None, "month")),
    ]
)


@st.composite
def event_lists(draw: st.DrawFn, max_size: int = 12, documents: int = 2) -> list[Event]:
    """Events in text order per document, some event-relative, some referring explicitly."""
    size = draw(st.integers(0, max_size))
    events: list[Event] = []
    for number in range(size):
        doc = f"d{draw(st.integers(1, documents))}"
        at = draw(st.integers(0, 1000))
        if number and draw(st.integers(0, 3)) == 0:
            offset = draw(OFFSETS)
            when = TimeValue(None, None, "day", "XXXX-XX-XX", anchor=Anchor.EVENT, relative=offset)
            target = draw(st.one_of(st.none(), st.integers(0, number - 1)))
            refers_to = None if target is None else f"e{target}"
        else:
            start, end = draw(bounds())
            when = time_value(start, end, draw(st.booleans()))
            refers_to = None
        events.append(event(f"e{number}", when, at=at, doc=doc, refers_to=refers_to))
    # within each document, the events arrive in text order
    events.sort(key=lambda e: (e.evidence[0].document, e.evidence[0].start))
    return events


AMOUNTS = st.one_of(
    st.none(),
    st.builds(
        Money,
        st.sampled_from([1, 2, 3, 10]),
        st.sampled_from(["USD", None]),
        st.sampled_from(list(Qualifier)),
    ),
)


@st.composite
def merge_inputs(draw: st.DrawFn) -> list[list[Event]]:
    """Several single-document event lists sharing kinds, parties and amounts."""
    documents = draw(st.integers(1, 4))
    result = []
    for doc_number in range(documents):
        events = []
        for number in range(draw(st.integers(0, 6))):
            start, end = draw(bounds())
            when = time_value(start, end, draw(st.booleans()))
            if number and draw(st.integers(0, 3)) == 0:
                when = TimeValue(
                    None, None, "day", "XXXX-XX-XX", anchor=Anchor.EVENT, relative=draw(OFFSETS)
                )
            events.append(
                event(
                    f"d{doc_number}-e{number}",
                    when,
                    at=number * 10,
                    doc=f"d{doc_number}",
                    kind=draw(st.sampled_from([EventKind.ACQUISITION, EventKind.INVESTMENT])),
                    parties=draw(
                        st.sampled_from(
                            [
                                (("Acme", "acquirer"), ("Beta", "target")),
                                (("ACME", "acquirer"), ("béta", "target")),
                                (("Gamma", "acquirer"),),
                                (),
                            ]
                        )
                    ),
                    amount=draw(AMOUNTS),
                    modality=draw(st.sampled_from([Modality.FACT, Modality.NEGATED])),
                )
            )
        result.append(events)
    return result
