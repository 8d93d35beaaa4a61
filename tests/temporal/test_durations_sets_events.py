"""Durations and sets (never dates) and event-relative expressions (never resolved on R)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from timeline import Anchor, EventOffset, Granularity, Period, Relation, TimeType, find_times

from .helpers import R, value


@pytest.mark.parametrize(
    ("text", "lang", "amount", "unit", "timex"),
    [
        ("une semaine", "fr", 1, Granularity.WEEK, "P1W"),
        ("pendant deux ans", "fr", 2, Granularity.YEAR, "P2Y"),
        ("80 heures", "fr", 80, Granularity.HOUR, "PT80H"),
        ("deux ans et demi", "fr", Decimal("2.5"), Granularity.YEAR, "P2.5Y"),
        ("for five years", "en", 5, Granularity.YEAR, "P5Y"),
        ("a one-week break", "en", 1, Granularity.WEEK, "P1W"),
        ("90 minutes", "en", 90, Granularity.MINUTE, "PT90M"),
    ],
)
def test_durations_have_a_length_and_no_position(
    text: str, lang: str, amount: Decimal | int, unit: Granularity, timex: str
) -> None:
    found = value(text, lang)
    assert found.type is TimeType.DURATION
    assert found.length == Period(amount, unit)
    assert (found.start, found.end, found.timex) == (None, None, timex)


@pytest.mark.parametrize(
    ("text", "lang", "timex"),
    [
        ("chaque année", "fr", "P1Y"),
        ("une prime annuelle", "fr", "P1Y"),
        ("tous les mois", "fr", "P1M"),
        ("every month", "en", "P1M"),
        ("an annual report", "en", "P1Y"),
        ("weekly", "en", "P1W"),
    ],
)
def test_sets_have_a_period(text: str, lang: str, timex: str) -> None:
    found = value(text, lang)
    assert found.type is TimeType.SET
    assert found.timex == timex
    assert found.period is not None and found.period.timex == timex
    assert (found.start, found.end) == (None, None)


@pytest.mark.parametrize(
    ("text", "lang", "offset"),
    [
        (
            "Peu de temps après",
            "fr",
            EventOffset(Relation.AFTER, Period(0, Granularity.DAY), Period(1, Granularity.MONTH)),
        ),
        (
            "shortly after",
            "en",
            EventOffset(Relation.AFTER, Period(0, Granularity.DAY), Period(1, Granularity.MONTH)),
        ),
        ("ce jour-là", "fr", EventOffset(Relation.SAME)),
        ("the same day", "en", EventOffset(Relation.SAME)),
        (
            "days later",
            "en",
            EventOffset(Relation.AFTER, Period(0, Granularity.DAY), Period(7, Granularity.DAY)),
        ),
        (
            "le lendemain",
            "fr",
            EventOffset(Relation.AFTER, Period(1, Granularity.DAY), Period(1, Granularity.DAY)),
        ),
    ],
)
def test_event_relative_expressions(text: str, lang: str, offset: EventOffset) -> None:
    found = value(text, lang)
    assert found.anchor is Anchor.EVENT
    assert (found.start, found.end, found.timex) == (None, None, "XXXX-XX-XX")
    assert found.relative == offset


@pytest.mark.parametrize(
    ("text", "lang", "relation", "length"),
    [
        ("deux semaines plus tard", "fr", Relation.AFTER, Period(2, Granularity.WEEK)),
        ("six ans auparavant", "fr", Relation.BEFORE, Period(6, Granularity.YEAR)),
        ("three years after", "en", Relation.AFTER, Period(3, Granularity.YEAR)),
        ("two days before", "en", Relation.BEFORE, Period(2, Granularity.DAY)),
    ],
)
def test_a_stated_length_from_an_event_is_a_duration_that_keeps_its_offset(
    text: str, lang: str, relation: Relation, length: Period
) -> None:
    found = value(text, lang)
    assert (found.type, found.timex, found.length) == (TimeType.DURATION, length.timex, length)
    assert (found.start, found.end, found.anchor) == (None, None, Anchor.EVENT)
    assert found.relative == EventOffset(relation, length, length)


def test_event_relative_expressions_ignore_the_reference_date() -> None:
    [mention] = find_times("Ce jour-là, le titre a chuté.", lang="fr", reference_date=R)
    assert mention.value.anchor is Anchor.EVENT
    assert mention.value.start is None


@pytest.mark.parametrize(
    ("text", "lang", "words", "timex"),
    [
        ("The bond pays interest twice a year.", "en", "twice a year", "P1Y"),
        ("The board meets four times per year.", "en", "four times per year", "P1Y"),
        ("Trains run three times a week.", "en", "three times a week", "P1W"),
        ("Le comité se réunit deux fois par mois.", "fr", "deux fois par mois", "P1M"),
        ("La revue paraît quatre fois par an.", "fr", "quatre fois par an", "P1Y"),
    ],
)
def test_a_count_of_times_in_each_unit_is_a_set_of_that_unit(
    text: str, lang: str, words: str, timex: str
) -> None:
    [mention] = find_times(text, lang=lang, reference_date=R)
    assert (mention.text, mention.value.type, mention.value.timex) == (words, TimeType.SET, timex)
    assert mention.value.period is not None and mention.value.period.amount == 1
