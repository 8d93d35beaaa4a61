"""The ``timeline/1`` JSON format: a lossless, byte-stable writer and a validating reader.

Amounts are written as JSON numbers with the exact digits of their ``Decimal`` (never through
a float); the reader parses non-integer numbers as ``Decimal`` and integers as ``int``, so
``from_json(to_json(tl)) == tl``. Readers in other languages should parse amounts the same
way (e.g. ``json.loads(s, parse_float=Decimal)`` in Python). The JSON Schema of the format
ships in the package (:func:`schema`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from importlib import resources
from typing import Any, TypeVar

from timeline.errors import InvalidRecordError, SchemaError
from timeline.model import (
    Diagnostic,
    Document,
    Event,
    EventOffset,
    Evidence,
    Instant,
    Money,
    Party,
    Period,
    Timeline,
    TimeMention,
    TimeValue,
)

__all__ = ["SCHEMA_ID", "from_json", "schema", "schema_text", "to_json"]

SCHEMA_ID = "timeline/1"
_SCHEMA_FILE = "timeline.schema.json"

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATETIME = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{6})?"
    r"([+-][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{6})?)?)?"
)
JSONValue = Any
T = TypeVar("T")


def schema_text() -> str:
    """The JSON Schema of ``timeline/1`` as shipped in the package."""
    return (
        resources.files(__package__ or "timeline.export")
        .joinpath(_SCHEMA_FILE)
        .read_text(encoding="utf-8")
    )


def schema() -> dict[str, Any]:
    """The JSON Schema of ``timeline/1``, parsed."""
    result: dict[str, Any] = json.loads(schema_text())
    return result


# --------------------------------------------------------------------------- writing


def _instant(value: Instant | None) -> str | None:
    return None if value is None else value.isoformat()


def _period(value: Period | None) -> dict[str, JSONValue] | None:
    if value is None:
        return None
    return {"amount": value.amount, "unit": str(value.unit)}


def _offset(value: EventOffset | None) -> dict[str, JSONValue] | None:
    if value is None:
        return None
    return {
        "relation": str(value.relation),
        "low": _period(value.low),
        "high": _period(value.high),
    }


def _time(value: TimeValue | None) -> dict[str, JSONValue] | None:
    if value is None:
        return None
    return {
        "start": _instant(value.start),
        "end": _instant(value.end),
        "granularity": str(value.granularity),
        "timex": value.timex,
        "text": value.text,
        "anchor": str(value.anchor),
        "type": str(value.type),
        "mod": None if value.mod is None else str(value.mod),
        "length": _period(value.length),
        "period": _period(value.period),
        "relative": _offset(value.relative),
    }


def _money(value: Money | None) -> dict[str, JSONValue] | None:
    if value is None:
        return None
    return {
        "value": value.value,
        "currency": value.currency,
        "qualifier": str(value.qualifier),
        "upper": value.upper,
    }


def _event(event: Event) -> dict[str, JSONValue]:
    return {
        "id": event.id,
        "kind": str(event.kind),
        "summary": event.summary,
        "parties": [{"name": p.name, "role": str(p.role)} for p in event.parties],
        "amount": _money(event.amount),
        "when": _time(event.when),
        "until": _time(event.until),
        "modality": str(event.modality),
        "evidence": [
            {"document": e.document, "start": e.start, "end": e.end, "text": e.text}
            for e in event.evidence
        ],
        "refers_to": event.refers_to,
    }


def _document(document: Document) -> dict[str, JSONValue]:
    return {
        "id": document.id,
        "lang": document.lang,
        "reference_date": _instant(document.reference_date),
        "source": document.source,
        "text": document.text,
    }


def _timex(mention: TimeMention) -> dict[str, JSONValue]:
    value = mention.value
    return {
        "document": mention.document,
        "start": mention.start,
        "end": mention.end,
        "text": mention.text,
        "type": str(value.type),
        "value": value.timex,
        "start_date": _instant(value.start),
        "end_date": _instant(value.end),
        "granularity": str(value.granularity),
        "time": _time(value),
    }


def _diagnostic(diagnostic: Diagnostic) -> dict[str, JSONValue]:
    return {
        "code": diagnostic.code,
        "message": diagnostic.message,
        "events": list(diagnostic.events),
    }


def to_data(timeline: Timeline) -> dict[str, JSONValue]:
    """The ``timeline/1`` document as Python data (amounts stay ``Decimal``)."""
    return {
        "schema": SCHEMA_ID,
        "documents": [_document(d) for d in timeline.documents],
        "events": [_event(e) for e in timeline.events],
        "timexes": [_timex(m) for m in timeline.timexes],
        "diagnostics": [_diagnostic(d) for d in timeline.diagnostics],
    }


def _encode(value: JSONValue, indent: int | None, level: int, out: list[str]) -> None:
    """Append the JSON text of ``value``: keys in insertion order, Decimals exact."""
    if isinstance(value, Decimal):
        if value.is_zero() and value.is_signed():
            value = abs(value)  # "-0" would read back as the integer 0 and lose its sign
        out.append(str(value))  # always a valid JSON number: the model keeps amounts finite
    elif isinstance(value, dict | list) and value:
        items = list(value.items()) if isinstance(value, dict) else list(enumerate(value))
        opening, closing = ("{", "}") if isinstance(value, dict) else ("[", "]")
        inner = "" if indent is None else "\n" + " " * (indent * (level + 1))
        outer = "" if indent is None else "\n" + " " * (indent * level)
        separator = ", " if indent is None else ","
        out.append(opening)
        for position, (key, item) in enumerate(items):
            out.append((separator if position else "") + inner)
            if isinstance(value, dict):
                out.append(json.dumps(key, ensure_ascii=False) + ": ")
            _encode(item, indent, level + 1, out)
        out.append(outer + closing)
    else:
        out.append(json.dumps(value, ensure_ascii=False))


def to_json(timeline: Timeline, *, indent: int | None = 2) -> str:
    """Serialise ``timeline`` to ``timeline/1`` JSON: same timeline, same bytes.

    Keys come in a fixed order, non-ASCII text is written as is, amounts as exact numbers.
    """
    out: list[str] = []
    _encode(to_data(timeline), indent, 0, out)
    return "".join(out)


# --------------------------------------------------------------------------- reading


class _Reader:
    """Checks one JSON object field by field; errors name the path of the bad value."""

    def __init__(self, data: object, path: str) -> None:
        if not isinstance(data, dict):
            raise SchemaError(f"{path}: expected an object, got {_kind(data)}")
        self.data: dict[str, object] = data
        self.path = path

    def at(self, key: str) -> str:
        return f"{self.path}.{key}"

    def has(self, key: str) -> bool:
        return key in self.data

    def raw(self, key: str, required: bool = True, default: object = None) -> object:
        if key not in self.data:
            if required:
                raise SchemaError(f"{self.path}: missing key {key!r}")
            return default
        return self.data[key]

    def text(self, key: str, required: bool = True, default: str = "") -> str:
        value = self.raw(key, required, default)
        if not isinstance(value, str):
            raise SchemaError(f"{self.at(key)}: expected a string, got {_kind(value)}")
        return value

    def opt_text(self, key: str, required: bool = True) -> str | None:
        value = self.raw(key, required)
        if value is not None and not isinstance(value, str):
            raise SchemaError(f"{self.at(key)}: expected a string or null, got {_kind(value)}")
        return value

    def integer(self, key: str) -> int:
        value = self.raw(key)
        if not isinstance(value, int) or isinstance(value, bool):
            raise SchemaError(f"{self.at(key)}: expected an integer, got {_kind(value)}")
        return value

    def number(self, key: str, required: bool = True) -> Decimal | None:
        value = self.raw(key, required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | Decimal):
            raise SchemaError(f"{self.at(key)}: expected a number or null, got {_kind(value)}")
        return Decimal(value)

    def instant(self, key: str, required: bool = True) -> Instant | None:
        value = self.raw(key, required)
        if value is None:
            return None
        if not isinstance(value, str):
            raise SchemaError(
                f"{self.at(key)}: expected an ISO 8601 date or null, got {_kind(value)}"
            )
        return _parse_instant(value, self.at(key))

    def items(self, key: str, read: Callable[[object, str], T], required: bool = True) -> list[T]:
        value = self.raw(key, required, [])
        if not isinstance(value, list):
            raise SchemaError(f"{self.at(key)}: expected an array, got {_kind(value)}")
        return [read(item, f"{self.at(key)}[{i}]") for i, item in enumerate(value)]

    def nested(self, key: str, read: Callable[[object, str], T], required: bool = True) -> T | None:
        value = self.raw(key, required)
        return None if value is None else read(value, self.at(key))


def _kind(value: object) -> str:
    if value is None:
        return "null"
    names = {bool: "a boolean", str: "a string", list: "an array", dict: "an object"}
    for cls, name in names.items():
        if isinstance(value, cls):
            return f"{name} {_short(value)}" if cls in (str, bool) else name
    return f"the number {value}" if isinstance(value, int | Decimal) else type(value).__name__


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _parse_instant(text: str, path: str) -> Instant:
    """A date or datetime in the forms ``isoformat()`` writes (the schema's pattern)."""
    try:
        if _DATE.fullmatch(text):
            return date.fromisoformat(text)
        if _DATETIME.fullmatch(text):
            return datetime.fromisoformat(text)
    except ValueError:
        pass
    raise SchemaError(f"{path}: {_short(text)} is not an ISO 8601 date (YYYY-MM-DD) or datetime")


def _read_period(data: object, path: str) -> Period:
    r = _Reader(data, path)
    return _build(Period, path, amount=r.number("amount"), unit=r.text("unit"))


def _read_offset(data: object, path: str) -> EventOffset:
    r = _Reader(data, path)
    return _build(
        EventOffset,
        path,
        relation=r.text("relation"),
        low=r.nested("low", _read_period, required=False),
        high=r.nested("high", _read_period, required=False),
    )


def _read_time(data: object, path: str) -> TimeValue:
    r = _Reader(data, path)
    return _build(
        TimeValue,
        path,
        start=r.instant("start"),
        end=r.instant("end"),
        granularity=r.text("granularity"),
        timex=r.text("timex"),
        text=r.text("text"),
        anchor=r.text("anchor"),
        type=r.text("type", required=False, default="DATE"),
        mod=r.opt_text("mod", required=False),
        length=r.nested("length", _read_period, required=False),
        period=r.nested("period", _read_period, required=False),
        relative=r.nested("relative", _read_offset, required=False),
    )


def _read_money(data: object, path: str) -> Money:
    r = _Reader(data, path)
    return _build(
        Money,
        path,
        value=r.number("value"),
        currency=r.opt_text("currency"),
        qualifier=r.text("qualifier", required=False, default="exact"),
        upper=r.number("upper", required=False),
    )


def _read_party(data: object, path: str) -> Party:
    r = _Reader(data, path)
    return _build(Party, path, name=r.text("name"), role=r.text("role"))


def _read_evidence(data: object, path: str) -> Evidence:
    r = _Reader(data, path)
    return _build(
        Evidence,
        path,
        document=r.text("document"),
        start=r.integer("start"),
        end=r.integer("end"),
        text=r.text("text"),
    )


def _read_event(data: object, path: str) -> Event:
    r = _Reader(data, path)
    return _build(
        Event,
        path,
        id=r.text("id"),
        kind=r.text("kind"),
        summary=r.text("summary"),
        parties=r.items("parties", _read_party),
        amount=r.nested("amount", _read_money),
        when=_read_time(r.raw("when"), r.at("when")),
        until=r.nested("until", _read_time),
        modality=r.text("modality"),
        evidence=r.items("evidence", _read_evidence),
        refers_to=r.opt_text("refers_to", required=False),
    )


def _read_document(data: object, path: str) -> Document:
    r = _Reader(data, path)
    return _build(
        Document,
        path,
        id=r.text("id"),
        lang=r.text("lang"),
        reference_date=r.instant("reference_date"),
        source=r.opt_text("source"),
        text=r.text("text", required=False),
    )


def _read_timex(data: object, path: str) -> TimeMention:
    r = _Reader(data, path)
    start_date = r.instant("start_date")
    end_date = r.instant("end_date")
    granularity = r.text("granularity")
    flat = {
        "type": r.text("type"),
        "timex": r.text("value"),
        "start": start_date,
        "end": end_date,
        "granularity": granularity,
    }
    if r.has("time") and r.raw("time") is not None:
        value = _read_time(r.raw("time"), r.at("time"))
        seen = {
            "type": str(value.type),
            "timex": value.timex,
            "start": value.start,
            "end": value.end,
            "granularity": str(value.granularity),
        }
        if seen != flat:
            raise SchemaError(f"{path}: 'time' disagrees with type/value/start_date/end_date")
    else:
        value = _build(TimeValue, path, text=r.text("text"), **flat)
    return _build(
        TimeMention,
        path,
        document=r.text("document"),
        start=r.integer("start"),
        end=r.integer("end"),
        text=r.text("text"),
        value=value,
    )


def _read_diagnostic(data: object, path: str) -> Diagnostic:
    r = _Reader(data, path)
    events = r.raw("events", required=False, default=[])
    if not isinstance(events, list) or not all(isinstance(e, str) for e in events):
        raise SchemaError(f"{r.at('events')}: expected an array of event ids")
    return _build(
        Diagnostic, path, code=r.text("code"), message=r.text("message"), events=tuple(events)
    )


def _build(cls: Callable[..., T], path: str, **fields: Any) -> T:
    try:
        return cls(**fields)
    except InvalidRecordError as error:
        raise SchemaError(f"{path}: {error}") from None


def from_data(data: object) -> Timeline:
    """A :class:`Timeline` from parsed ``timeline/1`` data; raises :class:`SchemaError`."""
    r = _Reader(data, "$")
    version = r.raw("schema")
    if version != SCHEMA_ID:
        raise SchemaError(f"$.schema: expected {SCHEMA_ID!r}, got {_short(version)}")
    return _build(
        Timeline,
        "$",
        documents=r.items("documents", _read_document),
        events=r.items("events", _read_event),
        timexes=r.items("timexes", _read_timex),
        diagnostics=r.items("diagnostics", _read_diagnostic, required=False),
    )


def _reject_constant(name: str) -> object:
    raise SchemaError(f"{name} is not a JSON number")


def from_json(text: str | bytes) -> Timeline:
    """Read ``timeline/1`` JSON (str, or UTF-8 bytes); raises :class:`SchemaError` if invalid.

    Non-integer numbers are read as ``Decimal`` (amounts stay exact).
    """
    if isinstance(text, bytes | bytearray):
        try:
            text = bytes(text).decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise SchemaError(f"not UTF-8 text: {error}") from None
    if not isinstance(text, str):
        raise SchemaError(f"expected JSON text (str or bytes), not {type(text).__name__}")
    try:
        data = json.loads(text, parse_float=Decimal, parse_constant=_reject_constant)
    except json.JSONDecodeError as error:
        raise SchemaError(f"not valid JSON: {error}") from None
    except (ValueError, RecursionError) as error:  # e.g. an integer too long to convert
        raise SchemaError(f"not a readable JSON document: {error}") from None
    return from_data(data)
