"""Merging the same event told by several documents, rule by rule."""

from __future__ import annotations

from datetime import date

from timeline.merge import amount_range, merge, same_event
from timeline.model import Money, Qualifier, TimeValue
from timeline.order import build_timeline

from .builders import R, dated, document, event

BID = (("Acme", "acquirer"), ("Beta", "target"))


def _acq(event_id, doc, when, amount=None, parties=BID, modality="fact", at=0):
    return event(
        event_id,
        when,
        doc=doc,
        kind="acquisition",
        parties=parties,
        amount=amount,
        modality=modality,
        at=at,
    )


def _tls(*events):
    return [build_timeline([e], [document(e.evidence[0].document)]) for e in events]


def test_the_same_bid_in_two_articles_becomes_one_event():
    a = _acq("a", "d1", TimeValue.undated(end=R), Money(3_000_000_000, "USD"))
    b = _acq(
        "b",
        "d2",
        dated(date(2025, 5, 1), date(2025, 6, 1), "2025-05"),
        Money(3_000_000_000, "USD"),
        parties=(("ACME", "acquirer"), ("béta", "target")),
    )
    tl = merge(_tls(a, b))
    assert len(tl) == 1
    merged = tl[0]
    assert (merged.when.start, merged.when.end) == (date(2025, 5, 1), date(2025, 6, 1))
    assert merged.when.timex == "2025-05"  # the dated report tells the time
    assert {e.document for e in merged.evidence} == {"d1", "d2"}
    assert merged.id not in ("a", "b") and merged.id.startswith("ev-")
    assert [d.id for d in tl.documents] == ["d1", "d2"]


def test_bounds_are_intersected():
    a = _acq("a", "d1", dated(date(2025, 1, 1), date(2025, 7, 1)))
    b = _acq("b", "d2", TimeValue.undated(start=date(2025, 3, 1)))
    merged = merge(_tls(a, b))[0]
    assert (merged.when.start, merged.when.end) == (date(2025, 3, 1), date(2025, 7, 1))


def test_events_whose_bounds_do_not_meet_stay_apart():
    a = _acq("a", "d1", dated(date(2024, 1, 1), date(2025, 1, 1)))
    b = _acq("b", "d2", dated(date(2025, 1, 1), date(2026, 1, 1)))
    assert len(merge(_tls(a, b))) == 2


def test_different_parties_kinds_or_amounts_stay_apart():
    when = TimeValue.undated(end=R)
    base = _acq("a", "d1", when, Money(3, "USD"))
    others = [
        _acq("b", "d2", when, Money(3, "USD"), parties=(("Acme", "acquirer"),)),
        event("c", when, doc="d3", kind="investment", parties=BID),
        _acq("d", "d4", when, Money(4, "USD")),
        _acq("e", "d5", when, Money(3, "EUR")),
        _acq("f", "d6", when, modality="negated"),
    ]
    for other in others:
        assert not same_event(base, other), other.id
        assert len(merge(_tls(base, other))) == 2


def test_events_of_one_document_are_never_merged_together():
    when = TimeValue.undated(end=R)
    tl = build_timeline([_acq("a", "d1", when), _acq("b", "d1", when, at=10)], [document("d1")])
    assert merge([tl]) == tl and len(tl) == 2


def test_events_without_parties_are_never_merged():
    when = TimeValue.undated(end=R)
    a, b = _acq("a", "d1", when, parties=()), _acq("b", "d2", when, parties=())
    assert len(merge(_tls(a, b))) == 2


def test_qualified_amounts_meet_within_their_qualifier():
    when = TimeValue.undated(end=R)
    more = _acq("a", "d1", when, Money(300, "USD", Qualifier.MORE_THAN))
    exact = _acq("b", "d2", when, Money(320, None))
    about = _acq("c", "d3", when, Money(330, "USD", Qualifier.ABOUT))
    tl = merge(_tls(more, exact, about))
    assert len(tl) == 1
    assert tl[0].amount == Money(320, "USD")


def test_the_merged_amount_is_what_every_report_allows():
    when = TimeValue.undated(end=R)
    a = _acq("a", "d1", when, Money(300, "USD", Qualifier.AT_LEAST))
    b = _acq("b", "d2", when, Money(400, "USD", Qualifier.UP_TO))
    merged = merge(_tls(a, b))[0]
    assert merged.amount == Money(300, "USD", upper=400)
    assert amount_range(merged.amount) == (300, 400)


def test_a_fact_and_a_report_of_it_merge_as_a_fact():
    when = TimeValue.undated(end=R)
    a = _acq("a", "d1", when, modality="reported")
    b = _acq("b", "d2", when, modality="fact")
    assert str(merge(_tls(a, b))[0].modality) == "fact"


def test_each_event_joins_a_group_only_if_it_fits_every_member():
    # b meets a and c, but a and c do not meet: b joins a only, c stays alone
    a = _acq("a", "d1", dated(date(2024, 1, 1), date(2024, 7, 1)))
    b = _acq("b", "d2", dated(date(2024, 6, 1), date(2024, 9, 1)))
    c = _acq("c", "d3", dated(date(2024, 8, 1), date(2025, 1, 1)))
    tl = merge(_tls(a, b, c))
    assert len(tl) == 2
    assert sorted(len(e.evidence) for e in tl) == [1, 2]


def test_links_to_merged_events_follow_them():
    from .builders import SHORTLY_AFTER

    a = _acq("a", "d1", dated(date(2025, 1, 1), R))
    after = event("x", SHORTLY_AFTER, doc="d1", at=10)
    b = _acq("b", "d2", dated(date(2025, 1, 21), date(2025, 1, 22)))
    t1 = build_timeline([a, after], [document("d1")])
    t2 = build_timeline([b], [document("d2")])
    tl = merge([t1, t2])
    merged = next(e for e in tl if len(e.evidence) == 2)
    x = next(e for e in tl if e.id == "x")
    assert x.refers_to == merged.id
    # the second article dated the event precisely; the link carries that over
    assert (x.when.start, x.when.end) == (date(2025, 1, 21), date(2025, 2, 22))


def test_documents_and_timexes_are_combined_without_duplicates():
    from timeline.model import TimeMention

    value = dated(date(2025, 1, 1), R)
    mention = TimeMention(0, 3, "Une", value, document="d1")
    t1 = build_timeline([], [document("d1")], [mention])
    tl = merge([t1, t1])
    assert tl.timexes == (mention,)
    assert [d.id for d in tl.documents] == ["d1"]


def test_merging_nothing_gives_an_empty_timeline():
    assert len(merge([])) == 0
