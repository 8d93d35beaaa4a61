"""The timeline/1 JSON: lossless, byte-stable, valid against the shipped schema, strict reader."""

from __future__ import annotations

import contextlib
import json
import re
from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path

import attrs
import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies_export import timelines

from timeline.errors import SchemaError
from timeline.export.json import from_json, schema, schema_text, to_json
from timeline.model import (
    Anchor,
    Document,
    Event,
    EventKind,
    Evidence,
    Granularity,
    Mod,
    Modality,
    Money,
    Party,
    Qualifier,
    Relation,
    Role,
    Timeline,
    TimeMention,
    TimeType,
    TimeValue,
)

DOCS = Path(__file__).resolve().parents[2] / "docs" / "formats.md"
TEXT = "Northwind agreed to buy Contoso for 1.5 billion euros in March 2025."


def _sample() -> Timeline:
    doc = Document(id="doc-1", text=TEXT, lang="en", reference_date=date(2025, 7, 1), source="a")
    march = TimeValue(date(2025, 3, 1), date(2025, 4, 1), Granularity.MONTH, "2025-03", text="x")
    event = Event(
        id="ev-1",
        kind=EventKind.ACQUISITION,
        summary="Northwind buys Contoso",
        when=march,
        parties=[Party("Northwind", Role.ACQUIRER), Party("Contoso", Role.TARGET)],
        amount=Money(Decimal("1.5E+9"), "EUR", Qualifier.MORE_THAN),
        evidence=[Evidence("doc-1", 0, len(TEXT), TEXT)],
    )
    mention = TimeMention(58, 68, TEXT[58:68], march, document="doc-1")
    return Timeline(events=[event], documents=[doc], timexes=[mention])


def _validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(schema())


def test_contract_keys_and_values() -> None:
    data = json.loads(to_json(_sample()))
    assert data["schema"] == "timeline/1"
    assert set(data["documents"][0]) >= {"id", "lang", "reference_date", "source"}
    event = data["events"][0]
    assert set(event) >= {
        "id", "kind", "summary", "parties", "amount", "when", "until", "modality", "evidence",
    }  # fmt: skip
    assert event["when"]["start"] == "2025-03-01"
    assert event["when"]["end"] == "2025-04-01"
    assert event["parties"] == [
        {"name": "Northwind", "role": "acquirer"},
        {"name": "Contoso", "role": "target"},
    ]
    assert set(data["timexes"][0]) >= {
        "document", "start", "end", "text", "type", "value", "start_date", "end_date",
        "granularity",
    }  # fmt: skip
    assert data["timexes"][0]["value"] == "2025-03"


def test_amount_is_a_number_with_the_exact_digits() -> None:
    text = to_json(_sample())
    assert '"value": 1.5E+9,' in text
    data = json.loads(text, parse_float=Decimal)
    assert data["events"][0]["amount"]["value"] == Decimal("1.5E+9")


@pytest.mark.parametrize(
    "value", ["123456789012345678901234567890.123456789", "0.1", "1E-7", "300000000000", "0.00"]
)
def test_amounts_that_a_float_would_spoil_round_trip(value: str) -> None:
    tl = _sample()
    event = tl.events[0]
    assert event.amount is not None
    money = Money(Decimal(value), "USD")
    tl = Timeline(events=[attrs.evolve(event, amount=money)], documents=tl.documents)
    back = from_json(to_json(tl))
    assert back.events[0].amount is not None
    assert str(back.events[0].amount.value) == value


def test_non_ascii_is_written_as_is() -> None:
    tl = _sample()
    doc = Document(id="d", text="Le 3 mars, l’accord à 5 M€ — 東京", lang="fr")
    text = to_json(Timeline(events=tl.events, documents=[doc]))
    assert "l’accord à 5 M€ — 東京" in text


def test_datetimes_and_unbounded_sides() -> None:
    aware = datetime(2025, 3, 4, 9, 30, tzinfo=timezone.utc)
    when = TimeValue(None, aware, Granularity.MINUTE, "2025-03-04T09:30", mod=Mod.BEFORE)
    event = Event(id="e", kind="hire", summary="s", when=when, modality=Modality.PLANNED)
    data = json.loads(to_json(Timeline(events=[event])))
    assert data["events"][0]["when"]["start"] is None
    assert data["events"][0]["when"]["end"] == "2025-03-04T09:30:00+00:00"
    assert from_json(to_json(Timeline(events=[event]))).events[0].when.end == aware


@settings(max_examples=100, deadline=None)
@given(timelines())
def test_round_trip_is_lossless_and_byte_stable(tl: Timeline) -> None:
    text = to_json(tl)
    back = Timeline.from_json(text)
    assert back == tl
    assert to_json(back) == text
    assert tl.to_json() == text


@settings(max_examples=50, deadline=None)
@given(timelines())
def test_output_validates_against_the_shipped_schema(tl: Timeline) -> None:
    _validator().validate(json.loads(to_json(tl)))


@settings(max_examples=30, deadline=None)
@given(timelines())
def test_compact_output_reads_back(tl: Timeline) -> None:
    text = to_json(tl, indent=None)
    assert "\n" not in text.replace("\\n", "")
    assert from_json(text) == tl
    assert from_json(text.encode("utf-8")) == tl


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(schema())


@pytest.mark.parametrize(
    ("definition", "enum"),
    [
        ("event", EventKind),
        ("party", Role),
        ("money", Qualifier),
        ("relative", Relation),
    ],
)
def test_schema_enums_follow_the_model(definition: str, enum: type) -> None:
    props = schema()["$defs"][definition]["properties"]
    key = {"event": "kind", "party": "role", "money": "qualifier", "relative": "relation"}
    assert props[key[definition]]["enum"] == [m.value for m in enum]


def test_schema_time_enums_follow_the_model() -> None:
    time = schema()["$defs"]["time"]["properties"]
    assert time["granularity"]["enum"] == [m.value for m in Granularity]
    assert time["anchor"]["enum"] == [m.value for m in Anchor]
    assert time["type"]["enum"] == [m.value for m in TimeType]
    assert time["mod"]["oneOf"][1]["enum"] == [m.value for m in Mod]
    event = schema()["$defs"]["event"]["properties"]
    assert event["modality"]["enum"] == [m.value for m in Modality]


def test_docs_publish_the_shipped_schema() -> None:
    if not DOCS.exists():
        pytest.fail(f"{DOCS} is missing")
    blocks = re.findall(r"```json\n(.*?)```", DOCS.read_text(encoding="utf-8"), re.DOTALL)
    assert schema_text() in blocks


def _valid() -> dict[str, object]:
    result: dict[str, object] = json.loads(to_json(_sample()))
    return result


def _break(path: str, value: object) -> str:
    data = _valid()
    keys = path.split(".")
    target: object = data
    for key in keys[:-1]:
        target = target[int(key)] if isinstance(target, list) else target[key]  # type: ignore[index]
    if value is KeyError:
        del target[keys[-1]]  # type: ignore[attr-defined]
    else:
        target[keys[-1]] = value  # type: ignore[index]
    return json.dumps(data)


BROKEN = [
    ("schema", "timeline/2", "expected 'timeline/1'"),
    ("events", {}, "$.events: expected an array"),
    ("events.0.kind", "merger", "$.events[0]: unknown EventKind 'merger'"),
    ("events.0.when.end", 20250401, "$.events[0].when.end: expected an ISO 8601 date or null"),
    ("events.0.when", KeyError, "missing key 'when'"),
    ("events.0.amount.value", "1.5", "$.events[0].amount.value: expected a number or null"),
    ("events.0.amount.value", True, "expected a number"),
    ("events.0.amount.currency", "euros", "ISO 4217"),
    ("events.0.parties.0.role", "buyer", "$.events[0].parties[0]: unknown Role"),
    ("events.0.evidence.0.start", -3, "invalid character span"),
    ("events.0.evidence.0.end", 2.5, "$.events[0].evidence[0].end: expected an integer"),
    ("documents.0.reference_date", "1 July 2025", "not an ISO 8601 date"),
    ("events.0.when.start", "2025-W10-1", "not an ISO 8601 date"),
    ("events.0.when.end", "2025-04-01T00:00Z", "not an ISO 8601 date"),
]
"""Broken documents that both the reader and the JSON Schema refuse."""

BROKEN_BEYOND_SCHEMA = [
    ("events.0.when.start", "2025-02-30", "$.events[0].when.start: '2025-02-30' is not an ISO"),
    ("events.0.when.start", "2025-05-01", "must be after start"),
    ("timexes.0.value", "2024-03", "'time' disagrees"),
]
"""Broken documents that only the reader can refuse (the schema checks shapes, not calendars)."""


@pytest.mark.parametrize(("path", "value", "message"), BROKEN + BROKEN_BEYOND_SCHEMA)
def test_invalid_documents_raise_a_schema_error_naming_the_place(
    path: str, value: object, message: str
) -> None:
    with pytest.raises(SchemaError) as info:
        from_json(_break(path, value))
    assert message in str(info.value)


@pytest.mark.parametrize(("path", "value", "message"), BROKEN)
def test_the_schema_refuses_the_same_documents(path: str, value: object, message: str) -> None:
    assert not _validator().is_valid(json.loads(_break(path, value)))


@pytest.mark.parametrize(
    "text", ["", "{", "[]", "null", '{"schema": "timeline/1"}', "NaN", b"\xff\xfe{", "[" * 100_000]
)
def test_garbage_raises_a_schema_error(text: str | bytes) -> None:
    with pytest.raises(SchemaError):
        from_json(text)


def test_duplicate_event_ids_are_refused() -> None:
    data = _valid()
    events = data["events"]
    assert isinstance(events, list)
    data["events"] = [events[0], events[0]]
    with pytest.raises(SchemaError, match="unique"):
        from_json(json.dumps(data))


def test_a_timex_without_the_full_time_reads_from_the_flat_keys() -> None:
    data = _valid()
    timexes = data["timexes"]
    assert isinstance(timexes, list)
    del timexes[0]["time"]
    back = from_json(json.dumps(data))
    assert back.timexes[0].value.timex == "2025-03"
    assert back.timexes[0].value.start == date(2025, 3, 1)


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.text(max_size=12)
    | st.sampled_from(
        ["2025-03-01", "2025-03-01T09:00:00", "acquisition", "day", "USD", "timeline/1"]
    ),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=10,
)


def _leaf_paths(data: object, prefix: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    if isinstance(data, dict):
        return [p for k, v in data.items() for p in _leaf_paths(v, (*prefix, k))] + [prefix]
    if isinstance(data, list):
        return [p for i, v in enumerate(data) for p in _leaf_paths(v, (*prefix, i))] + [prefix]
    return [prefix]


@settings(max_examples=100, deadline=None)
@given(data=st.data(), replacement=json_values)
def test_any_corruption_gives_a_timeline_or_a_schema_error(
    data: st.DataObject, replacement: object
) -> None:
    document = _valid()
    path = data.draw(st.sampled_from([p for p in _leaf_paths(document) if p]))
    target: object = document
    for key in path[:-1]:
        target = target[key]  # type: ignore[index]
    target[path[-1]] = replacement  # type: ignore[index]
    with contextlib.suppress(SchemaError):  # any other exception fails the test
        from_json(json.dumps(document))


@settings(max_examples=100, deadline=None)
@given(st.one_of(st.text(), json_values.map(json.dumps)))
def test_any_string_gives_a_timeline_or_a_schema_error(text: str) -> None:
    with contextlib.suppress(SchemaError):  # any other exception fails the test
        from_json(text)
