"""The model's records: construction, conversion and the validation that rejects nonsense."""

from __future__ import annotations

from datetime import date, datetime, timezone
from decimal import Decimal

import attrs
import pytest

from timeline import (
    Anchor,
    Document,
    Event,
    EventKind,
    EventOffset,
    Evidence,
    Granularity,
    InvalidRecordError,
    Mod,
    Modality,
    Money,
    Party,
    Period,
    Qualifier,
    Relation,
    Role,
    Span,
    Timeline,
    TimelineError,
    TimeMention,
    TimeType,
    TimeValue,
)

MARCH = TimeValue(date(2025, 3, 1), date(2025, 4, 1), Granularity.MONTH, "2025-03")


def make_event(event_id: str = "ev-1", **changes: object) -> Event:
    fields: dict[str, object] = {
        "id": event_id,
        "kind": EventKind.ACQUISITION,
        "summary": "Acme buys Widgets",
        "when": MARCH,
        "parties": (Party("Acme", Role.ACQUIRER), Party("Widgets", Role.TARGET)),
        "amount": Money(Decimal("3e9"), "USD"),
    }
    fields.update(changes)
    return Event(**fields)  # type: ignore[arg-type]


class TestTimeValue:
    def test_month_interval(self) -> None:
        assert MARCH.start == date(2025, 3, 1)
        assert MARCH.end == date(2025, 4, 1)
        assert MARCH.granularity is Granularity.MONTH
        assert MARCH.type is TimeType.DATE
        assert MARCH.is_bounded

    def test_strings_convert_to_enums(self) -> None:
        value = TimeValue(None, date(2025, 7, 1), "year", "2025", "DATE", "BEFORE", "reference")
        assert value.granularity is Granularity.YEAR
        assert value.mod is Mod.BEFORE
        assert value.anchor is Anchor.REFERENCE
        assert not value.is_bounded

    def test_end_before_start_is_rejected(self) -> None:
        with pytest.raises(InvalidRecordError, match="must be after start"):
            TimeValue(date(2025, 4, 1), date(2025, 3, 1), Granularity.MONTH, "2025-03")

    def test_empty_interval_is_rejected(self) -> None:
        with pytest.raises(InvalidRecordError, match="half-open"):
            TimeValue(date(2025, 3, 1), date(2025, 3, 1), Granularity.DAY, "2025-03-01")

    def test_date_and_datetime_bounds_do_not_mix(self) -> None:
        with pytest.raises(InvalidRecordError, match="both be dates or both datetimes"):
            TimeValue(date(2025, 3, 1), datetime(2025, 3, 2), Granularity.DAY, "2025-03-01")

    def test_naive_and_aware_bounds_do_not_mix(self) -> None:
        aware = datetime(2025, 3, 1, 16, tzinfo=timezone.utc)
        with pytest.raises(InvalidRecordError, match="naive"):
            TimeValue(datetime(2025, 3, 1, 15), aware, Granularity.HOUR, "2025-03-01T15")

    def test_unknown_granularity_lists_the_allowed_values(self) -> None:
        with pytest.raises(InvalidRecordError, match=r"unknown Granularity 'fortnight'.*week"):
            TimeValue(None, None, "fortnight", "P2W")

    def test_unknown_mod_is_rejected(self) -> None:
        with pytest.raises(InvalidRecordError, match="unknown Mod"):
            TimeValue(None, None, Granularity.YEAR, "2025", mod="SOMETIME")

    def test_timex_is_required(self) -> None:
        with pytest.raises(InvalidRecordError, match="timex"):
            TimeValue(None, None, Granularity.DAY, "")

    def test_only_durations_have_a_length(self) -> None:
        week = Period(1, Granularity.WEEK)
        duration = TimeValue(None, None, "week", "P1W", TimeType.DURATION, length=week)
        assert duration.length == week
        with pytest.raises(InvalidRecordError, match="only a DURATION"):
            TimeValue(None, None, "week", "P1W", TimeType.DATE, length=week)

    def test_only_sets_have_a_period(self) -> None:
        with pytest.raises(InvalidRecordError, match="only a SET"):
            TimeValue(None, None, "year", "P1Y", period=Period(1, Granularity.YEAR))

    def test_relative_offset_needs_event_anchor(self) -> None:
        offset = EventOffset(Relation.AFTER, Period(0, "day"), Period(1, "month"))
        value = TimeValue(None, None, "day", "XXXX-XX-XX", anchor=Anchor.EVENT, relative=offset)
        assert value.relative == offset
        with pytest.raises(InvalidRecordError, match="anchor='event'"):
            TimeValue(None, None, "day", "XXXX-XX-XX", relative=offset)

    def test_undated_has_no_position(self) -> None:
        value = TimeValue.undated(end=date(2025, 7, 1))
        assert value.anchor is Anchor.UNDATED
        assert value.start is None
        assert value.end == date(2025, 7, 1)
        assert value.timex == "XXXX-XX-XX"

    def test_records_are_frozen(self) -> None:
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            MARCH.timex = "2025-04"  # type: ignore[misc]


class TestPeriod:
    @pytest.mark.parametrize(
        ("amount", "unit", "timex"),
        [
            (1, "week", "P1W"),
            (80, "hour", "PT80H"),
            (None, "month", "PXM"),
            (2, "year", "P2Y"),
            (Decimal("1.5"), "day", "P1.5D"),
            (30, "minute", "PT30M"),
            (1, "half", "P6M"),
            (2, "season", "P6M"),
            (1, "quarter", "P1Q"),
            (3, "part_of_day", "PTXH"),
        ],
    )
    def test_timex(self, amount: object, unit: str, timex: str) -> None:
        assert Period(amount, unit).timex == timex  # type: ignore[arg-type]

    def test_negative_length_is_rejected(self) -> None:
        with pytest.raises(InvalidRecordError, match="negative"):
            Period(-1, "day")

    def test_float_amount_is_rejected(self) -> None:
        with pytest.raises(InvalidRecordError, match="Decimal, int or str"):
            Period(1.5, "day")  # type: ignore[arg-type]


class TestMoney:
    def test_exact_decimal(self) -> None:
        money = Money("1.2e9", "EUR")
        assert money.value == Decimal("1200000000")
        assert money.qualifier is Qualifier.EXACT

    def test_currency_is_optional(self) -> None:
        assert Money(13_000_000_000).currency is None

    @pytest.mark.parametrize("code", ["usd", "XXY", "DOLLARS", "$", ""])
    def test_unknown_currency_is_rejected(self, code: str) -> None:
        with pytest.raises(InvalidRecordError, match="ISO 4217"):
            Money(5, code)

    def test_float_is_rejected_to_keep_values_exact(self) -> None:
        with pytest.raises(InvalidRecordError, match="not float"):
            Money(0.1, "USD")  # type: ignore[arg-type]

    @pytest.mark.parametrize("value", ["NaN", "Infinity", "abc"])
    def test_non_numbers_are_rejected(self, value: str) -> None:
        with pytest.raises(InvalidRecordError):
            Money(value, "USD")

    def test_negative_is_rejected(self) -> None:
        with pytest.raises(InvalidRecordError, match="negative"):
            Money(-5, "USD")

    def test_range(self) -> None:
        money = Money(30_000_000_000, "USD", upper=50_000_000_000)
        assert money.upper == Decimal(50_000_000_000)
        with pytest.raises(InvalidRecordError, match="below its value"):
            Money(50, "USD", upper=30)

    def test_unknown_qualifier_is_rejected(self) -> None:
        with pytest.raises(InvalidRecordError, match="unknown Qualifier"):
            Money(5, "USD", qualifier="roughly")


class TestSpansAndMentions:
    def test_span(self) -> None:
        assert len(Span(3, 10)) == 7
        with pytest.raises(InvalidRecordError, match="invalid character span"):
            Span(10, 3)
        with pytest.raises(InvalidRecordError):
            Span(-1, 3)

    def test_mention_text_must_fit_its_span(self) -> None:
        mention = TimeMention(4, 13, "mars 2025", MARCH)
        assert mention.text == "mars 2025"
        with pytest.raises(InvalidRecordError, match="does not fit"):
            TimeMention(4, 10, "mars 2025", MARCH)

    def test_evidence_text_must_fit_its_span(self) -> None:
        with pytest.raises(InvalidRecordError, match="does not fit"):
            Evidence("doc", 0, 3, "four")


class TestEvent:
    def test_fields(self) -> None:
        event = make_event()
        assert event.kind is EventKind.ACQUISITION
        assert event.modality is Modality.FACT
        assert event.parties[0] == Party("Acme", Role.ACQUIRER)
        assert event.until is None

    def test_lists_become_tuples(self) -> None:
        event = make_event(parties=[Party("Acme", "acquirer")])
        assert event.parties == (Party("Acme", Role.ACQUIRER),)

    def test_unknown_kind_is_rejected(self) -> None:
        with pytest.raises(InvalidRecordError, match="unknown EventKind 'merger'"):
            make_event(kind="merger")

    def test_unknown_role_is_rejected(self) -> None:
        with pytest.raises(InvalidRecordError, match="unknown Role 'buyer'"):
            Party("Acme", "buyer")

    def test_empty_party_name_is_rejected(self) -> None:
        with pytest.raises(InvalidRecordError, match="name must not be empty"):
            Party("  ", Role.SUBJECT)

    def test_when_must_be_a_time_value(self) -> None:
        with pytest.raises(InvalidRecordError, match=r"TimeValue\.undated"):
            make_event(when=None)

    def test_parties_must_be_parties(self) -> None:
        with pytest.raises(InvalidRecordError, match="expected Party items"):
            make_event(parties=["Acme"])

    def test_empty_id_is_rejected(self) -> None:
        with pytest.raises(InvalidRecordError, match="id must not be empty"):
            make_event("")


class TestDocumentAndTimeline:
    def test_document_reference_date(self) -> None:
        doc = Document("d1", "Texte.", "fr", date(2025, 7, 1))
        assert doc.reference_date == date(2025, 7, 1)
        with pytest.raises(InvalidRecordError, match="reference_date must be a date"):
            Document("d1", "Texte.", "fr", "2025-07-01")

    def test_timeline_iterates_in_order(self) -> None:
        first, second = make_event("a"), make_event("b")
        tl = Timeline(events=[first, second])
        assert list(tl) == [first, second]
        assert len(tl) == 2
        assert tl[1] is second

    def test_duplicate_event_ids_are_rejected(self) -> None:
        with pytest.raises(InvalidRecordError, match="unique"):
            Timeline(events=[make_event("a"), make_event("a")])

    def test_errors_share_one_base_class(self) -> None:
        with pytest.raises(TimelineError):
            Timeline(events=["not an event"])  # type: ignore[list-item]
        assert issubclass(InvalidRecordError, ValueError)
