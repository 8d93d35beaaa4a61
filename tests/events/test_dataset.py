"""Our own test set (tests/data/events_*.jsonl): precision and recall, both pipelines."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from timeline.events import find_events
from timeline.model import Document
from timeline.temporal import find_times

DATA = Path(__file__).resolve().parent.parent / "data"
REFERENCE = date(2025, 7, 1)


def _rows(lang: str) -> list[dict[str, Any]]:
    lines = (DATA / f"events_{lang}.jsonl").read_text("utf-8").splitlines()
    return [json.loads(line) for line in lines]


def test_the_set_is_large_and_covers_every_kind() -> None:
    rows = _rows("fr") + _rows("en")
    assert len([r for r in rows if r["events"]]) >= 150
    assert len([r for r in rows if not r["events"]]) >= 40
    kinds = {e["kind"] for r in rows for e in r["events"]}
    assert kinds >= {
        "announcement", "acquisition", "investment", "funding_round", "valuation",
        "partnership", "contract", "contract_end", "hire", "departure", "legal",
        "regulatory", "restructuring", "ipo",
    }  # fmt: skip
    modalities = {e["modality"] for r in rows for e in r["events"]}
    assert modalities == {"fact", "planned", "reported", "hypothetical", "negated"}


@pytest.mark.parametrize(("lang", "statistical"), [("fr", False), ("fr", True), ("en", False)])
def test_precision_and_recall(lang: str, statistical: bool) -> None:
    tp = fp = fn = 0
    for row in _rows(lang):
        text = row["text"]
        document = Document(id=row["id"], text=text, lang=lang, reference_date=REFERENCE)
        times = find_times(text, lang=lang, reference_date=REFERENCE)
        predicted = [e.kind.value for e in find_events(document, times, statistical=statistical)]
        for event in row["events"]:
            if event["kind"] in predicted:
                predicted.remove(event["kind"])
                tp += 1
            else:
                fn += 1
        fp += len(predicted)
    assert tp / (tp + fp) >= 0.95
    assert tp / (tp + fn) >= 0.90
