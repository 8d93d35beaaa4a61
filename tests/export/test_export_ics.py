"""iCalendar export: read back by icalendar and by vobject, placement policies, escaping."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import icalendar
import pytest
import vobject
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies_export import timelines, tricky_text

from timeline.errors import ExportError
from timeline.export.ics import FALLBACK_DTSTAMP, clean_text, to_ics
from timeline.model import (
    Anchor,
    Document,
    Event,
    Evidence,
    Granularity,
    Modality,
    Money,
    Party,
    Qualifier,
    Timeline,
    TimeValue,
)

SENTENCE = (
    "Fabrikam said on 3 March 2025 that it signed a cloud deal, worth $2bn; talks began in 2024."
)
REF = date(2025, 7, 1)


def _day(d: date) -> TimeValue:
    return TimeValue(d, d + timedelta(days=1), Granularity.DAY, d.isoformat())


def _timeline(*events: Event, reference: date | None = REF) -> Timeline:
    doc = Document(id="doc-1", text=SENTENCE, lang="en", reference_date=reference)
    return Timeline(events=events, documents=[doc])


def _event(event_id: str, when: TimeValue, **fields: object) -> Event:
    evidence = Evidence("doc-1", 0, len(SENTENCE), SENTENCE)
    return Event(id=event_id, kind="contract", summary=f"deal {event_id}", when=when,
                 evidence=[evidence], **fields)  # fmt: skip


def _components(ics: str) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(ics).walk("VEVENT"))


def _vobject_events(ics: str) -> list[object]:
    calendar = vobject.readOne(ics)
    return list(getattr(calendar, "vevent_list", []))


MONTH = TimeValue(date(2025, 3, 1), date(2025, 4, 1), Granularity.MONTH, "2025-03", text="March")
EARLIER = TimeValue(
    date(2025, 1, 1), REF, Granularity.YEAR, "2025", anchor=Anchor.REFERENCE, text="earlier"
)


def test_a_day_is_an_all_day_event_with_an_exclusive_end() -> None:
    ics = to_ics(_timeline(_event("a", _day(date(2025, 3, 3)))))
    assert "DTSTART;VALUE=DATE:20250303\r\n" in ics
    assert "DTEND;VALUE=DATE:20250304\r\n" in ics
    (vevent,) = _components(ics)
    assert vevent.decoded("dtstart") == date(2025, 3, 3)
    assert vevent.decoded("dtend") == date(2025, 3, 4)
    (vo,) = _vobject_events(ics)
    assert vo.dtstart.value == date(2025, 3, 3)  # type: ignore[attr-defined]
    assert vo.dtend.value == date(2025, 3, 4)  # type: ignore[attr-defined]


def test_interval_span_covers_the_whole_month() -> None:
    (vevent,) = _components(to_ics(_timeline(_event("a", MONTH))))
    assert vevent.decoded("dtstart") == date(2025, 3, 1)
    assert vevent.decoded("dtend") == date(2025, 4, 1)
    assert str(vevent["x-timeline-granularity"]) == "month"


def test_marker_span_is_one_day_with_the_bounds_kept() -> None:
    ics = to_ics(_timeline(_event("a", EARLIER)), span="marker")
    (vevent,) = _components(ics)
    assert vevent.decoded("dtstart") == date(2025, 1, 1)
    assert vevent.decoded("dtend") == date(2025, 1, 2)
    assert str(vevent["x-timeline-start"]) == "2025-01-01"
    assert str(vevent["x-timeline-end"]) == "2025-07-01"
    description = str(vevent["description"])
    assert "between 2025-01-01 and 2025-06-30" in description
    assert "resolved against the reference date" in description
    assert "known to the year" in description


def test_description_has_evidence_parties_amount_and_uncertainty() -> None:
    event = _event(
        "a",
        MONTH,
        parties=[Party("Fabrikam", "partner"), Party("Litware", "partner")],
        amount=Money(Decimal("2E+9"), "USD", Qualifier.ABOUT),
        modality=Modality.REPORTED,
    )
    (vevent,) = _components(to_ics(_timeline(event)))
    description = str(vevent["description"])
    assert SENTENCE in description
    assert "Parties: Fabrikam (partner), Litware (partner)" in description
    assert "Amount: about 2,000,000,000 USD" in description
    assert "When: between 2025-03-01 and 2025-03-31" in description
    assert "Modality: reported" in description
    assert [str(c) for c in vevent["categories"].cats] == ["contract"]


def test_uids_are_unique_stable_and_follow_the_event_ids() -> None:
    tl = _timeline(_event("a", MONTH), _event("b", _day(date(2025, 3, 3))))
    first, second = to_ics(tl), to_ics(tl)
    assert first == second
    uids = [str(v["uid"]) for v in _components(first)]
    assert uids == ["a@timeline.invalid", "b@timeline.invalid"]
    assert [str(v["uid"]) for v in _components(to_ics(tl, domain="example.org"))] == [
        "a@example.org",
        "b@example.org",
    ]


def test_dtstamp_defaults_to_the_reference_date_then_to_a_fixed_value() -> None:
    (vevent,) = _components(to_ics(_timeline(_event("a", MONTH))))
    assert vevent.decoded("dtstamp") == datetime(2025, 7, 1, tzinfo=timezone.utc)
    (vevent,) = _components(to_ics(_timeline(_event("a", MONTH), reference=None)))
    assert vevent.decoded("dtstamp") == FALLBACK_DTSTAMP
    stamp = datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
    (vevent,) = _components(to_ics(_timeline(_event("a", MONTH)), dtstamp=stamp))
    assert vevent.decoded("dtstamp") == stamp


UNDATED = TimeValue.undated(end=REF)
OPEN_END = TimeValue(date(2030, 1, 1), None, Granularity.YEAR, "2030", mod="ON_OR_AFTER")
NOWHERE = TimeValue.undated()


def test_undated_and_unbounded_events_are_left_out_by_default() -> None:
    tl = _timeline(_event("u", UNDATED), _event("o", OPEN_END), _event("n", NOWHERE))
    assert _components(to_ics(tl)) == []


def test_undated_events_can_be_marked() -> None:
    tl = _timeline(_event("u", UNDATED), _event("o", OPEN_END), _event("n", NOWHERE))
    vevents = _components(to_ics(tl, undated="mark"))
    assert [str(v["uid"]).split("@")[0] for v in vevents] == ["u", "o"]
    undated, open_end = vevents
    assert undated.decoded("dtstart") == date(2025, 6, 30)  # the last possible day
    assert undated.decoded("dtend") == REF
    assert str(undated["status"]) == "TENTATIVE"
    assert str(undated["x-timeline-start"]) == "unbounded"
    assert "the text gives no date" in str(undated["description"])
    assert open_end.decoded("dtstart") == date(2030, 1, 1)
    assert open_end.decoded("dtend") == date(2030, 1, 2)
    assert str(open_end["x-timeline-end"]) == "unbounded"


def test_clock_times_stay_datetimes_in_utc() -> None:
    start = datetime(2025, 3, 3, 14, 0, tzinfo=timezone(timedelta(hours=1)))
    when = TimeValue(start, start + timedelta(hours=1), Granularity.HOUR, "2025-03-03T14")
    ics = to_ics(_timeline(_event("a", when)))
    assert "DTSTART:20250303T130000Z\r\n" in ics
    (vo,) = _vobject_events(ics)
    assert vo.dtstart.value == start  # type: ignore[attr-defined]


def test_until_goes_to_the_description_and_x_properties() -> None:
    until = TimeValue(date(2030, 1, 1), date(2031, 1, 1), Granularity.YEAR, "2030")
    (vevent,) = _components(to_ics(_timeline(_event("a", MONTH, until=until))))
    assert "Until: between 2030-01-01 and 2030-12-31" in str(vevent["description"])
    assert str(vevent["x-timeline-until-end"]) == "2031-01-01"


@pytest.mark.parametrize(
    "options",
    [{"span": "week"}, {"undated": "hide"}, {"dtstamp": "2025-01-01"}, {"domain": "a b"},
     {"colour": "red"}],
)  # fmt: skip
def test_bad_options_raise_an_export_error(options: dict[str, object]) -> None:
    with pytest.raises(ExportError):
        to_ics(_timeline(_event("a", MONTH)), **options)


def test_clean_text_keeps_line_breaks_and_drops_controls() -> None:
    assert clean_text("a\r\nb\rc\x00d\x1fe\u2028f\tg") == "a\nb\nc" + "de\nf\tg"


def _expected(text: str) -> str:
    """What a TEXT value reads back as: cleaned; icalendar turns the two chars \\N into \\n."""
    return clean_text(text).replace("\\N", "\n")


@settings(max_examples=80, deadline=None)
@given(summary=tricky_text, evidence=tricky_text, party=st.text(min_size=1).filter(str.strip))
def test_arbitrary_text_survives_both_parsers(summary: str, evidence: str, party: str) -> None:
    event = Event(
        id="e,1;x",
        kind="legal",
        summary=summary,
        when=MONTH,
        parties=[Party(party, "plaintiff")],
        evidence=[Evidence("doc-1", 0, len(evidence), evidence)],
    )
    ics = to_ics(_timeline(event))
    assert to_ics(_timeline(event)) == ics
    (vevent,) = _components(ics)
    expected_summary = _expected(summary) or "legal"
    assert str(vevent["summary"]) == expected_summary
    assert str(vevent["uid"]) == "e,1;x@timeline.invalid"
    (vo,) = _vobject_events(ics)
    assert vo.summary.value == expected_summary  # type: ignore[attr-defined]
    assert vo.uid.value == "e,1;x@timeline.invalid"  # type: ignore[attr-defined]
    description = vo.description.value  # type: ignore[attr-defined]
    assert description == str(vevent["description"])
    if _expected(evidence).strip():
        assert description.startswith(_expected(evidence))


@settings(max_examples=40, deadline=None)
@given(timelines())
def test_any_timeline_gives_a_readable_calendar(tl: Timeline) -> None:
    for span in ("interval", "marker"):
        ics = to_ics(tl, span=span, undated="mark")
        vevents = _components(ics)
        assert len(_vobject_events(ics)) == len(vevents)
        uids = [str(v["uid"]) for v in vevents]
        assert len(set(uids)) == len(uids)
        for vevent in vevents:
            assert vevent.decoded("dtend") > vevent.decoded("dtstart")
