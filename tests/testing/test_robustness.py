"""Any text, any reference date: the library returns values or raises TimelineError only."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

import timeline
from timeline.errors import TimelineError
from timeline.money import find_amounts

_LANGS = st.sampled_from(["fr", "en", "auto"])
_REFERENCES = st.one_of(
    st.none(),
    st.dates(min_value=date(1, 1, 2), max_value=date(9999, 12, 30)),
    st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30)),
)
_DIGIT_RUNS = st.tuples(
    st.text(max_size=20), st.integers(min_value=1, max_value=3000), st.text(max_size=20)
).map(lambda t: t[0] + "9" * t[1] + t[2])
_DATEISH = st.text(alphabet="0123456789 /-.,:'’er" + "janvier mars 2025 T Q H", max_size=300)
_CONTROL = st.text(st.characters(whitelist_categories=("Cc", "Cf", "Zs", "Zl", "Zp")))
_TEXTS = st.one_of(st.text(), _DIGIT_RUNS, _DATEISH, _CONTROL)


def _only_library_errors(call: object, *args: object, **kwargs: object) -> object:
    try:
        return call(*args, **kwargs)  # type: ignore[operator]
    except TimelineError:
        return None


@settings(deadline=None)
@given(_TEXTS, _LANGS, _REFERENCES)
def test_find_times_and_parse_time_raise_only_library_errors(
    text: str, lang: str, reference: date | None
) -> None:
    mentions = _only_library_errors(timeline.find_times, text, lang=lang, reference_date=reference)
    for mention in mentions or []:  # type: ignore[attr-defined]
        assert text[mention.start : mention.end] == mention.text
    _only_library_errors(timeline.parse_time, text, lang=lang, reference_date=reference)


@settings(deadline=None)
@given(_TEXTS, st.sampled_from(["fr", "en"]))
def test_find_amounts_raises_only_library_errors(text: str, lang: str) -> None:
    for mention in _only_library_errors(find_amounts, text, lang=lang) or []:  # type: ignore[attr-defined]
        assert text[mention.start : mention.end] == mention.text


@settings(deadline=None, max_examples=50)
@given(_TEXTS, _LANGS, _REFERENCES)
def test_extract_raises_only_library_errors(text: str, lang: str, reference: date | None) -> None:
    _only_library_errors(timeline.extract, text, lang=lang, reference_date=reference)
