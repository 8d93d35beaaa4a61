"""Metamorphic properties of the temporal engine, over generated expressions.

Each compares the engine with itself: embedding, moving the reference date, changing case or
apostrophes must not change a value (or must move it by exactly the same number of days).
"""

from __future__ import annotations

from datetime import timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.model import TimeValue
from timeline.temporal import find_times, parse_time
from timeline.testing import TemporalCase, same_time, temporal_cases
from timeline.testing.lexicon import lexicon

# Meanings that move by exactly N days when the reference date moves by N days.
_DAY_SHIFTED = {
    "deictic:today",
    "deictic:yesterday",
    "deictic:tomorrow",
    "deictic:day_before_yesterday",
    "deictic:day_after_tomorrow",
    "deictic:days_ago",
    "vague:few_days_ago",
    "vague:currently",
    "vague:coming_days",
    "vague:coming_weeks",
}
# Meanings that move by N days when N is a whole number of weeks.
_WEEK_SHIFTED = {"deictic:this_week", "deictic:last_week", "deictic:next_week"}


def _parse(case: TemporalCase, text: str | None = None, days: int = 0) -> TimeValue | None:
    reference = case.reference_date + timedelta(days=days)
    return parse_time(case.text if text is None else text, lang=case.lang, reference_date=reference)


def _same(a: TimeValue | None, b: TimeValue | None) -> bool:
    return (a is None and b is None) or (b is not None and same_time(a, b))


@settings(deadline=None)
@given(temporal_cases(), st.integers(min_value=0, max_value=2))
def test_embedding_in_a_neutral_sentence_keeps_the_value(case: TemporalCase, which: int) -> None:
    alone = _parse(case)
    template = lexicon(case.lang)["temporal"]["embed"]["sentences"][which]
    sentence = template.format(expr=case.text)
    start = template.index("{expr}")
    end = start + len(case.text)
    mentions = find_times(sentence, lang=case.lang, reference_date=case.reference_date)
    inside = [m for m in mentions if m.start < end and start < m.end]
    if alone is None:  # nothing to compare: agreement tests report unread expressions
        return
    assert len(inside) == 1, f"{sentence!r}: {inside}"
    assert same_time(inside[0].value, alone), f"{sentence!r}: {inside[0].value} != {alone}"


@settings(deadline=None)
@given(
    temporal_cases(kinds=["deictic", "vague", "weekday"]).filter(
        lambda c: c.meaning in _DAY_SHIFTED | _WEEK_SHIFTED or c.kind == "weekday"
    ),
    st.integers(min_value=-400, max_value=400),
)
def test_moving_the_reference_date_moves_deictic_values_as_much(case: TemporalCase, n: int) -> None:
    days = n if case.meaning in _DAY_SHIFTED else 7 * n
    before, after = _parse(case), _parse(case, days=days)
    if before is None:
        assert after is None
        return
    assert after is not None, f"{case.text!r} R+{days}: no value"
    assert before.start is not None and before.end is not None
    shifted = (before.start + timedelta(days=days), before.end + timedelta(days=days))
    assert (after.start, after.end) == shifted, case.text
    assert after.granularity is before.granularity


@settings(deadline=None)
@given(temporal_cases())
def test_letter_case_does_not_change_the_value(case: TemporalCase) -> None:
    value = _parse(case)
    assert _same(_parse(case, case.text.upper()), value), case.text.upper()
    assert _same(_parse(case, case.text.lower()), value), case.text.lower()


@settings(deadline=None)
@given(temporal_cases(lang="fr"))
def test_typographic_apostrophes_do_not_change_the_value(case: TemporalCase) -> None:
    value = _parse(case)
    typographic = case.text.replace("'", "’")
    assert _same(_parse(case, typographic), value), typographic
