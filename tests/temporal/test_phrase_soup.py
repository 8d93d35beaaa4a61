"""No exception on any mix of the documented expressions: sentences drawn from the quoted
examples of docs/time-semantics.md and joining words, with date, naive and aware references."""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import find_times

DOC = Path(__file__).resolve().parents[2] / "docs" / "time-semantics.md"
PHRASES = sorted(set(re.findall(r'"([^"]{2,60})"', DOC.read_text("utf-8"))))
JOINS = ["", ",", "and", "et", "until", "jusqu'au", "from", "du", "to", "au", "between", "entre"]
JOINS += ["on", "le", "at", "à", "in", "en", "pendant", "for", "tonight", "ce soir", "5", "2025"]
REFERENCES = [
    None,
    date(2025, 7, 1),
    datetime(2025, 11, 15, 14, 30),
    datetime(2024, 2, 29, 23, 59, tzinfo=timezone.utc),
]


@settings(max_examples=400, deadline=None)
@given(
    pieces=st.lists(st.sampled_from(PHRASES) | st.sampled_from(JOINS), min_size=1, max_size=5),
    lang=st.sampled_from(["fr", "en", "en-GB"]),
    reference=st.sampled_from(REFERENCES),
    split=st.booleans(),
)
def test_mixed_expressions_never_raise_and_keep_their_spans(
    pieces: list[str], lang: str, reference: date | None, split: bool
) -> None:
    text = " ".join(pieces)
    for mention in find_times(text, lang=lang, reference_date=reference, split_ranges=split):
        assert text[mention.start : mention.end] == mention.text
        value = mention.value
        if value.start is not None and value.end is not None:
            assert value.start < value.end
