"""Properties: context does not change a value; moving R moves every deictic result."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from timeline import Anchor, find_times, parse_time

EXPRESSIONS = {
    "fr": [
        "21 janvier 2025",
        "mars 2024",
        "T3 2023",
        "début 2024",
        "fin mars 2025",
        "jusqu'en 2030",
        "depuis 2019",
        "les années 1990",
        "deux semaines",
        "chaque année",
        "peu de temps après",
    ],
    "en": [
        "January 21, 2025",
        "March 2024",
        "Q3 2023",
        "early 2024",
        "late March 2025",
        "until 2030",
        "since 2019",
        "the 1990s",
        "two weeks",
        "every year",
        "shortly after",
    ],
}
DEICTIC = {
    "fr": [
        "aujourd'hui",
        "hier",
        "demain",
        "la semaine dernière",
        "il y a trois jours",
        "dans deux semaines",
        "récemment",
        "plus tôt cette année",
        "ces derniers mois",
    ],
    "en": [
        "today",
        "yesterday",
        "tomorrow",
        "last week",
        "three days ago",
        "in two weeks",
        "recently",
        "earlier this year",
        "in recent months",
    ],
}
FRAMES = {
    "fr": ["{}", "Note : {}.", "« {} »", "Voir aussi ({}) :"],
    "en": ["{}", "Note: {}.", '"{}"', "See also ({}):"],
}
LANGS = st.sampled_from(["fr", "en"])
REFERENCES = st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 12, 31))


def _names_a_time(reference: date) -> bool:
    """On January 1st "earlier this year" names no day (documented); skip that date."""
    return (reference.month, reference.day) != (1, 1)


@settings(max_examples=60, deadline=None)
@given(lang=LANGS, data=st.data(), reference=REFERENCES)
def test_embedding_in_a_neutral_sentence_keeps_the_value(
    lang: str, data: st.DataObject, reference: date
) -> None:
    expression = data.draw(st.sampled_from(EXPRESSIONS[lang] + DEICTIC[lang]))
    frame = data.draw(st.sampled_from(FRAMES[lang]))
    assume(_names_a_time(reference))
    alone = parse_time(expression, lang=lang, reference_date=reference)
    assert alone is not None
    text = frame.format(expression)
    where = text.index(expression)
    found = find_times(text, lang=lang, reference_date=reference)
    assert [m.value for m in found] == [alone]
    assert where <= found[0].start < found[0].end <= where + len(expression)


@settings(max_examples=60, deadline=None)
@given(
    lang=LANGS,
    data=st.data(),
    reference=REFERENCES,
    days=st.integers(min_value=-3000, max_value=3000),
)
def test_moving_the_reference_moves_deictic_results(
    lang: str, data: st.DataObject, reference: date, days: int
) -> None:
    """Shift R by a whole number of weeks and calendar units stay aligned; a day-level
    expression moves by exactly N days for any N."""
    expression = data.draw(st.sampled_from(DEICTIC[lang]))
    shift = timedelta(days=days)
    assume(_names_a_time(reference) and _names_a_time(reference + shift))
    before = parse_time(expression, lang=lang, reference_date=reference)
    after = parse_time(expression, lang=lang, reference_date=reference + shift)
    assert before is not None and after is not None
    assert before.anchor is after.anchor is Anchor.REFERENCE
    assert before.start is not None and after.start is not None
    if before.granularity.value == "day" and before.timex not in {"PAST_REF", "FUTURE_REF"}:
        assert after.start - before.start == shift
        assert before.end is not None and after.end is not None
        assert after.end - before.end == shift
    else:  # calendar units move with R: R stays at the same place relative to them
        assert before.end is not None and after.end is not None
        assert (before.start <= reference) == (after.start <= reference + shift)
        assert (reference < before.end) == (reference + shift < after.end)


@settings(max_examples=60, deadline=None)
@given(lang=LANGS, data=st.data(), reference=REFERENCES, days=st.integers(-3000, 3000))
def test_absolute_expressions_ignore_the_reference(
    lang: str, data: st.DataObject, reference: date, days: int
) -> None:
    expression = data.draw(st.sampled_from(EXPRESSIONS[lang][:4] + EXPRESSIONS[lang][7:9]))
    first = parse_time(expression, lang=lang, reference_date=reference)
    second = parse_time(expression, lang=lang, reference_date=reference + timedelta(days=days))
    assert first == second
