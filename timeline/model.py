"""The records every stage passes on: frozen, slotted, validated attrs classes.

Times are half-open intervals ``[start, end)`` on the Gregorian calendar; ``None`` for a bound
means unbounded on that side. Invalid values raise :class:`~timeline.errors.InvalidRecordError`.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TypeVar

import attrs
import pycountry

from timeline.errors import InvalidRecordError

__all__ = [
    "Anchor",
    "Diagnostic",
    "Document",
    "Event",
    "EventKind",
    "EventOffset",
    "Evidence",
    "Granularity",
    "Mod",
    "Modality",
    "Money",
    "Party",
    "Period",
    "Qualifier",
    "Relation",
    "Role",
    "Span",
    "TimeMention",
    "TimeType",
    "TimeValue",
    "Timeline",
]

Instant = date | datetime


class _StrEnum(str, enum.Enum):
    """A string enum whose ``str()`` is its value."""

    def __str__(self) -> str:
        return str(self.value)


class Granularity(_StrEnum):
    """The calendar unit a time is known to."""

    SECOND = "second"
    MINUTE = "minute"
    HOUR = "hour"
    PART_OF_DAY = "part_of_day"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"


class TimeType(_StrEnum):
    """TIMEX3 ``type``."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class Mod(_StrEnum):
    """TIMEX3 ``mod``: how the expression qualifies its value."""

    START = "START"
    MID = "MID"
    END = "END"
    BEFORE = "BEFORE"
    AFTER = "AFTER"
    ON_OR_BEFORE = "ON_OR_BEFORE"
    ON_OR_AFTER = "ON_OR_AFTER"
    APPROX = "APPROX"
    LESS_THAN = "LESS_THAN"
    MORE_THAN = "MORE_THAN"


class Anchor(_StrEnum):
    """What a time was resolved against."""

    ABSOLUTE = "absolute"
    """The expression names its time itself ("21 janvier 2025")."""
    REFERENCE = "reference"
    """Resolved against the reference date ("hier", "earlier this year")."""
    EVENT = "event"
    """Relative to another event ("shortly after"); see :attr:`TimeValue.relative`."""
    UNDATED = "undated"
    """The text gives no time; the bounds are inferred (tense, other events)."""


class Relation(_StrEnum):
    """How one time stands to another."""

    BEFORE = "before"
    AFTER = "after"
    SAME = "same"
    OVERLAPS = "overlaps"
    UNDETERMINED = "undetermined"


class EventKind(_StrEnum):
    """The taxonomy of business events."""

    ANNOUNCEMENT = "announcement"
    ACQUISITION = "acquisition"
    INVESTMENT = "investment"
    FUNDING_ROUND = "funding_round"
    VALUATION = "valuation"
    PARTNERSHIP = "partnership"
    CONTRACT = "contract"
    CONTRACT_END = "contract_end"
    HIRE = "hire"
    DEPARTURE = "departure"
    LEGAL = "legal"
    REGULATORY = "regulatory"
    RESTRUCTURING = "restructuring"
    IPO = "ipo"
    OTHER = "other"


class Role(_StrEnum):
    """The part a party plays in an event."""

    ACQUIRER = "acquirer"
    TARGET = "target"
    INVESTOR = "investor"
    INVESTEE = "investee"
    PARTNER = "partner"
    EMPLOYER = "employer"
    HIRE = "hire"
    PLAINTIFF = "plaintiff"
    DEFENDANT = "defendant"
    ANNOUNCER = "announcer"
    SUBJECT = "subject"


class Modality(_StrEnum):
    """Whether the text reports the event as fact, plan, hearsay, possibility or denial."""

    FACT = "fact"
    PLANNED = "planned"
    REPORTED = "reported"
    HYPOTHETICAL = "hypothetical"
    NEGATED = "negated"


class Qualifier(_StrEnum):
    """How an amount is qualified ("more than $300 billion")."""

    EXACT = "exact"
    MORE_THAN = "more_than"
    LESS_THAN = "less_than"
    AT_LEAST = "at_least"
    UP_TO = "up_to"
    ABOUT = "about"


def _fail(message: str) -> None:
    raise InvalidRecordError(message)


def _check_offsets(start: int, end: int, what: str) -> None:
    if start < 0 or end < start:
        _fail(f"{what}: invalid character span [{start}, {end})")


def _check_interval(start: Instant | None, end: Instant | None, what: str) -> None:
    if start is None or end is None:
        return
    if isinstance(start, datetime) != isinstance(end, datetime):
        _fail(f"{what}: start {start!r} and end {end!r} must both be dates or both datetimes")
    if (
        isinstance(start, datetime)
        and isinstance(end, datetime)
        and (start.tzinfo is None) != (end.tzinfo is None)
    ):
        _fail(f"{what}: start and end must both be naive or both be aware")
    if not start < end:
        _fail(f"{what}: end {end.isoformat()} must be after start {start.isoformat()} (half-open)")


def _nonempty(instance: Any, attribute: attrs.Attribute[Any], value: str) -> None:
    if not value or not value.strip():
        _fail(f"{type(instance).__name__}.{attribute.name} must not be empty")


E = TypeVar("E", bound=enum.Enum)


def _enum(cls: type[E], value: object) -> E:
    """``value`` as a member of ``cls`` (a member or its value), or a clear error."""
    if isinstance(value, cls):
        return value
    try:
        return cls(value)
    except ValueError:
        allowed = ", ".join(str(m.value) for m in cls)
        raise InvalidRecordError(
            f"unknown {cls.__name__} {value!r}; expected one of: {allowed}"
        ) from None


def _granularity(value: object) -> Granularity:
    return _enum(Granularity, value)


def _time_type(value: object) -> TimeType:
    return _enum(TimeType, value)


def _mod(value: object) -> Mod | None:
    return None if value is None else _enum(Mod, value)


def _anchor(value: object) -> Anchor:
    return _enum(Anchor, value)


def _relation(value: object) -> Relation:
    return _enum(Relation, value)


def _kind(value: object) -> EventKind:
    return _enum(EventKind, value)


def _role(value: object) -> Role:
    return _enum(Role, value)


def _modality(value: object) -> Modality:
    return _enum(Modality, value)


def _qualifier(value: object) -> Qualifier:
    return _enum(Qualifier, value)


def _to_decimal(value: object, what: str) -> Decimal:
    """Exact conversion: Decimal, int or numeric str (a float would bring binary noise)."""
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int | str) and not isinstance(value, bool):
        try:
            result = Decimal(value)
        except ArithmeticError:
            raise InvalidRecordError(f"{what}: {value!r} is not a number") from None
    else:
        name = type(value).__name__
        raise InvalidRecordError(f"{what}: expected a Decimal, int or str, not {name}")
    if not result.is_finite():
        raise InvalidRecordError(f"{what}: amount must be finite, not {value!r}")
    return result


def _to_optional_period_amount(value: object) -> Decimal | None:
    return None if value is None else _to_decimal(value, "Period.amount")


def _to_money_value(value: object) -> Decimal:
    return _to_decimal(value, "Money.value")


def _to_money_upper(value: object) -> Decimal | None:
    return None if value is None else _to_decimal(value, "Money.upper")


@attrs.frozen
class Span:
    """Character offsets ``[start, end)`` into a document's text."""

    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        _check_offsets(self.start, self.end, "Span")

    def __len__(self) -> int:
        return self.end - self.start


@attrs.frozen
class Period:
    """A length of time: ``amount`` units (``amount`` None when the text leaves it vague)."""

    amount: Decimal | None = attrs.field(converter=_to_optional_period_amount)
    unit: Granularity = attrs.field(converter=_granularity)

    def __attrs_post_init__(self) -> None:
        if self.amount is not None and self.amount < 0:
            _fail(f"Period: negative amount {self.amount}")

    @property
    def timex(self) -> str:
        """The ISO 8601 / TIMEX3 duration: ``P1W``, ``PT80H``, ``PXM`` when vague.

        Units ISO 8601 lacks are written in months (a half is ``P6M``, a season ``P3M``);
        quarters, decades and centuries use TIMEX3's ``Q``, ``DE`` and ``CE``; a part of day has
        no fixed length (``PTXH``).
        """
        prefix, letter, factor = _DURATION_UNITS[self.unit]
        if self.amount is None or factor is None:
            amount = "X"
        else:
            amount = _format_decimal(self.amount * factor)
        return f"P{prefix}{amount}{letter}"


_DURATION_UNITS: dict[Granularity, tuple[str, str, int | None]] = {
    Granularity.SECOND: ("T", "S", 1),
    Granularity.MINUTE: ("T", "M", 1),
    Granularity.HOUR: ("T", "H", 1),
    Granularity.PART_OF_DAY: ("T", "H", None),
    Granularity.DAY: ("", "D", 1),
    Granularity.WEEK: ("", "W", 1),
    Granularity.MONTH: ("", "M", 1),
    Granularity.SEASON: ("", "M", 3),
    Granularity.QUARTER: ("", "Q", 1),
    Granularity.HALF: ("", "M", 6),
    Granularity.YEAR: ("", "Y", 1),
    Granularity.DECADE: ("", "DE", 1),
    Granularity.CENTURY: ("", "CE", 1),
}


def _format_decimal(value: Decimal) -> str:
    return format(value.normalize(), "f")


@attrs.frozen
class EventOffset:
    """Where an event-relative time lies from the event it refers to.

    The time lies ``relation`` the other event, between ``low`` and ``high`` after its start
    (``after``), before its start (``before``), or on the same unit (``same``). A bound of
    ``None`` is unbounded.
    """

    relation: Relation = attrs.field(converter=_relation)
    low: Period | None = None
    high: Period | None = None


@attrs.frozen
class TimeValue:
    """A normalised time: a half-open interval plus what the text says about it.

    ``start``/``end`` bound where the time lies (``None``: unbounded). ``timex`` is the
    TIMEX3 value (``2025``, ``2025-03``, ``2025-Q1``, ``P1W``, ``PAST_REF``, ``XXXX-XX-XX``).
    Durations carry ``length``; sets carry ``period``; event-relative times carry
    ``relative`` and ``anchor == Anchor.EVENT``.
    """

    start: Instant | None
    end: Instant | None
    granularity: Granularity = attrs.field(converter=_granularity)
    timex: str
    type: TimeType = attrs.field(default=TimeType.DATE, converter=_time_type)
    mod: Mod | None = attrs.field(default=None, converter=_mod)
    anchor: Anchor = attrs.field(default=Anchor.ABSOLUTE, converter=_anchor)
    text: str = ""
    length: Period | None = None
    period: Period | None = None
    relative: EventOffset | None = None

    def __attrs_post_init__(self) -> None:
        _check_interval(self.start, self.end, f"TimeValue {self.timex!r}")
        if not self.timex:
            _fail("TimeValue.timex must not be empty (use 'XXXX-XX-XX' when unresolvable)")
        if self.length is not None and self.type is not TimeType.DURATION:
            _fail(f"TimeValue {self.timex!r}: only a DURATION has a length")
        if self.period is not None and self.type is not TimeType.SET:
            _fail(f"TimeValue {self.timex!r}: only a SET has a period")
        if self.relative is not None and self.anchor is not Anchor.EVENT:
            _fail(f"TimeValue {self.timex!r}: a relative offset needs anchor='event'")

    @property
    def is_bounded(self) -> bool:
        """True when both bounds are known."""
        return self.start is not None and self.end is not None

    @classmethod
    def undated(cls, end: Instant | None = None, start: Instant | None = None) -> TimeValue:
        """A time the text does not give, bounded only by what is inferred around it."""
        return cls(
            start=start,
            end=end,
            granularity=Granularity.DAY,
            timex="XXXX-XX-XX",
            anchor=Anchor.UNDATED,
        )


@attrs.frozen
class TimeMention:
    """A temporal expression found in a text: its span, its words and its value."""

    start: int
    end: int
    text: str
    value: TimeValue
    document: str = ""

    def __attrs_post_init__(self) -> None:
        _check_offsets(self.start, self.end, "TimeMention")
        if len(self.text) != self.end - self.start:
            _fail(f"TimeMention: text {self.text!r} does not fit span [{self.start}, {self.end})")


def _check_currency(instance: Money, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is None:
        return
    if len(value) != 3 or not value.isupper() or pycountry.currencies.get(alpha_3=value) is None:
        _fail(f"Money.currency: {value!r} is not an ISO 4217 currency code")


@attrs.frozen
class Money:
    """An amount: exact ``Decimal`` value, ISO 4217 currency (or None when the text gives none).

    A range ("entre 30 et 50 milliards") has ``value`` as its low end and ``upper`` as its
    high end.
    """

    value: Decimal = attrs.field(converter=_to_money_value)
    currency: str | None = attrs.field(default=None, validator=_check_currency)
    qualifier: Qualifier = attrs.field(default=Qualifier.EXACT, converter=_qualifier)
    upper: Decimal | None = attrs.field(default=None, converter=_to_money_upper)

    def __attrs_post_init__(self) -> None:
        if self.value < 0:
            _fail(f"Money.value must not be negative: {self.value}")
        if self.upper is not None and self.upper < self.value:
            _fail(f"Money: range upper {self.upper} is below its value {self.value}")


@attrs.frozen
class Party:
    """A participant in an event, under its canonical name."""

    name: str = attrs.field(validator=_nonempty)
    role: Role = attrs.field(converter=_role)


@attrs.frozen
class Evidence:
    """Where a document says so: character span and its text."""

    document: str
    start: int
    end: int
    text: str

    def __attrs_post_init__(self) -> None:
        _check_offsets(self.start, self.end, "Evidence")
        if len(self.text) != self.end - self.start:
            _fail(f"Evidence: text does not fit span [{self.start}, {self.end})")


def _check_items(owner: str, items: tuple[object, ...], kind: type) -> None:
    for item in items:
        if not isinstance(item, kind):
            _fail(f"{owner}: expected {kind.__name__} items, got {type(item).__name__}")


def _parties(value: Iterable[Party]) -> tuple[Party, ...]:
    return tuple(value)


def _evidence(value: Iterable[Evidence]) -> tuple[Evidence, ...]:
    return tuple(value)


def _strings(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _events(value: Iterable[Event]) -> tuple[Event, ...]:
    return tuple(value)


def _documents(value: Iterable[Document]) -> tuple[Document, ...]:
    return tuple(value)


def _mentions(value: Iterable[TimeMention]) -> tuple[TimeMention, ...]:
    return tuple(value)


def _diagnostics(value: Iterable[Diagnostic]) -> tuple[Diagnostic, ...]:
    return tuple(value)


def _is_time_value(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, TimeValue):
        _fail(f"Event.when must be a TimeValue (TimeValue.undated() when unknown), not {value!r}")


@attrs.frozen
class Event:
    """A business event: what happened, to whom, for how much, when, how sure, and where said.

    ``when`` bounds the instant at which the event happened; ``until`` is the end of a state
    that lasts (a contract), when the text gives one.
    """

    id: str = attrs.field(validator=_nonempty)
    kind: EventKind = attrs.field(converter=_kind)
    summary: str
    when: TimeValue = attrs.field(validator=_is_time_value)
    parties: tuple[Party, ...] = attrs.field(default=(), converter=_parties)
    amount: Money | None = None
    until: TimeValue | None = None
    modality: Modality = attrs.field(default=Modality.FACT, converter=_modality)
    evidence: tuple[Evidence, ...] = attrs.field(default=(), converter=_evidence)
    refers_to: str | None = None
    """Id of the event that an event-relative ``when`` is relative to, when the text says."""

    def __attrs_post_init__(self) -> None:
        _check_items(f"Event {self.id}.parties", self.parties, Party)
        _check_items(f"Event {self.id}.evidence", self.evidence, Evidence)


def _to_reference(value: object) -> Instant | None:
    if value is None or isinstance(value, date):
        return value
    raise InvalidRecordError(
        f"reference_date must be a date or datetime, not {type(value).__name__}"
    )


@attrs.frozen
class Document:
    """One input text, its language and its reference date (creation time)."""

    id: str = attrs.field(validator=_nonempty)
    text: str
    lang: str = attrs.field(validator=_nonempty)
    reference_date: Instant | None = attrs.field(default=None, converter=_to_reference)
    source: str | None = None


@attrs.frozen
class Diagnostic:
    """Something the library noticed and did not silently decide (a contradiction...)."""

    code: str
    message: str
    events: tuple[str, ...] = attrs.field(default=(), converter=_strings)


@attrs.frozen
class Timeline:
    """Events in timeline order, with the documents and temporal expressions they came from.

    Iterating yields the events in order. Exports and queries are methods.
    """

    events: tuple[Event, ...] = attrs.field(default=(), converter=_events)
    documents: tuple[Document, ...] = attrs.field(default=(), converter=_documents)
    timexes: tuple[TimeMention, ...] = attrs.field(default=(), converter=_mentions)
    diagnostics: tuple[Diagnostic, ...] = attrs.field(default=(), converter=_diagnostics)

    def __attrs_post_init__(self) -> None:
        _check_items("Timeline.events", self.events, Event)
        _check_items("Timeline.documents", self.documents, Document)
        _check_items("Timeline.timexes", self.timexes, TimeMention)
        _check_items("Timeline.diagnostics", self.diagnostics, Diagnostic)
        ids = [e.id for e in self.events]
        if len(set(ids)) != len(ids):
            _fail("Timeline: event ids must be unique")

    def __iter__(self) -> Iterator[Event]:
        return iter(self.events)

    def __len__(self) -> int:
        return len(self.events)

    def __getitem__(self, index: int) -> Event:
        return self.events[index]

    def to_json(self, *, indent: int | None = 2) -> str:
        """The ``timeline/1`` JSON document (see docs/formats.md)."""
        from timeline.export.json import to_json

        return to_json(self, indent=indent)

    @classmethod
    def from_json(cls, text: str | bytes) -> Timeline:
        """Read a ``timeline/1`` JSON document back; raises :class:`SchemaError` if invalid."""
        from timeline.export.json import from_json

        return from_json(text)

    def to_ics(self, **options: Any) -> str:
        """An RFC 5545 iCalendar file with one VEVENT per event (see docs/formats.md)."""
        from timeline.export.ics import to_ics

        return to_ics(self, **options)

    def relation(self, a: Event | str, b: Event | str) -> Relation:
        """How event ``a`` stands to event ``b`` (events or ids; see docs/ordering.md)."""
        from timeline.query import relation

        return relation(self, a, b)

    def of_party(self, name: str, role: Role | str | None = None) -> tuple[Event, ...]:
        """Events in which the party ``name`` takes part (in ``role``, when given)."""
        from timeline.query import of_party

        return of_party(self, name, role)

    def of_kind(self, kind: EventKind | str) -> tuple[Event, ...]:
        """Events of one kind."""
        from timeline.query import of_kind

        return of_kind(self, kind)

    def between(
        self, start: Instant | None = None, end: Instant | None = None, *, possibly: bool = False
    ) -> tuple[Event, ...]:
        """Events certainly within ``[start, end)`` (``possibly=True``: that may lie in it)."""
        from timeline.query import between

        return between(self, start, end, possibly=possibly)

    def undated(self) -> tuple[Event, ...]:
        """Events the text does not date."""
        from timeline.query import undated

        return undated(self)

    def to_timelinejs(self, **options: Any) -> str:
        """TimelineJS3 JSON (see docs/formats.md)."""
        from timeline.export.timelinejs import to_timelinejs

        return to_timelinejs(self, **options)

    def to_html(self, **options: Any) -> str:
        """A self-contained HTML page drawing the timeline (see docs/formats.md)."""
        from timeline.export.html import to_html

        return to_html(self, **options)

    def to_table(self, **options: Any) -> str:
        """A fixed-width text table for a terminal (see docs/formats.md)."""
        from timeline.export.table import to_table

        return to_table(self, **options)
