"""Self-tests of ``temporal_cases``: valid, independent expected values and varied texts."""

from __future__ import annotations

import calendar
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.model import Anchor, Granularity
from timeline.testing import KINDS, TemporalCase, temporal_cases
from timeline.testing.errors import StrategyError
from timeline.testing.sampling import sample

_ABSOLUTE = {"date", "month", "year", "quarter", "half", "season", "week", "part"}


def _days(case: TemporalCase) -> int:
    assert case.expected.start is not None and case.expected.end is not None
    return (case.expected.end - case.expected.start).days  # type: ignore[operator]


@settings(max_examples=300, deadline=None)
@given(temporal_cases())
def test_expected_value_is_a_bounded_interval_named_by_the_text(case: TemporalCase) -> None:
    assert case.expected.is_bounded
    assert case.expected.start < case.expected.end  # type: ignore[operator]
    assert case.expected.text == case.text
    assert "{" not in case.text and "}" not in case.text
    assert case.text == case.text.strip() and case.text
    assert case.kind in KINDS and case.meaning.startswith(case.kind + ":")
    expected_anchor = Anchor.ABSOLUTE if case.kind in _ABSOLUTE else Anchor.REFERENCE
    assert case.expected.anchor is expected_anchor


@settings(max_examples=200, deadline=None)
@given(temporal_cases(kinds=["date", "month", "year", "quarter", "half"]))
def test_calendar_units_checked_by_a_second_method(case: TemporalCase) -> None:
    start, end = case.expected.start, case.expected.end
    assert isinstance(start, date) and isinstance(end, date)
    year = int(case.expected.timex[:4])
    assert str(year) in case.text
    granularity = case.expected.granularity
    if granularity is Granularity.DAY:
        assert date.fromisoformat(case.expected.timex) == start and _days(case) == 1
    elif granularity is Granularity.MONTH:
        month = int(case.expected.timex[5:7])
        assert _days(case) == calendar.monthrange(year, month)[1]
        assert start == date(year, month, 1)
    elif granularity is Granularity.YEAR:
        assert _days(case) == (366 if calendar.isleap(year) else 365)
    else:
        unit = 3 if granularity is Granularity.QUARTER else 6
        index = int(case.expected.timex[-1])
        assert start == date(year, 1 + unit * (index - 1), 1)
        assert (end.year - start.year) * 12 + end.month - start.month == unit


@settings(max_examples=100, deadline=None)
@given(temporal_cases(kinds=["weekday"]))
def test_weekday_is_the_nearest_on_or_before_the_reference(case: TemporalCase) -> None:
    start = case.expected.start
    assert isinstance(start, date)
    assert 0 <= (case.reference_date - start).days < 7


@settings(max_examples=100, deadline=None)
@given(temporal_cases(kinds=["weekday", "deictic"], tense="future"))
def test_a_future_clause_reads_weekdays_and_months_forward(case: TemporalCase) -> None:
    start = case.expected.start
    assert isinstance(start, date)
    if case.kind == "weekday":
        assert 0 <= (start - case.reference_date).days < 7
    elif case.meaning == "deictic:month_no_year":
        months_ahead = (start.year - case.reference_date.year) * 12 + start.month
        assert 0 <= months_ahead - case.reference_date.month < 12


@settings(max_examples=100, deadline=None)
@given(temporal_cases(kinds=["week"]))
def test_weeks_run_monday_to_sunday(case: TemporalCase) -> None:
    start = case.expected.start
    assert isinstance(start, date)
    assert start.weekday() == 0 and _days(case) == 7
    iso = start.isocalendar()
    assert case.expected.timex == f"{iso[0]}-W{iso[1]:02d}"


def test_deictic_values_follow_the_reference_date() -> None:
    reference = date(2025, 7, 1)
    cases = sample(temporal_cases("en", ["deictic"], st.just(reference)), 200, seed_value=3)
    by_text = {c.text: c.expected for c in cases}
    checks = {
        "yesterday": (date(2025, 6, 30), date(2025, 7, 1)),
        "last week": (date(2025, 6, 23), date(2025, 6, 30)),
        "next month": (date(2025, 8, 1), date(2025, 9, 1)),
        "last year": (date(2024, 1, 1), date(2025, 1, 1)),
        "in July": (date(2025, 7, 1), date(2025, 8, 1)),
        "last July": (date(2024, 7, 1), date(2024, 8, 1)),
        "in December": (date(2024, 12, 1), date(2025, 1, 1)),
    }
    seen = 0
    for text, (start, end) in checks.items():
        if text in by_text:
            seen += 1
            assert (by_text[text].start, by_text[text].end) == (start, end), text
    assert seen >= 4


@settings(max_examples=100, deadline=None)
@given(temporal_cases(kinds=["vague", "bound"]))
def test_vague_and_bounds_touch_the_reference_date(case: TemporalCase) -> None:
    reference = case.reference_date
    assert reference in (case.expected.start, case.expected.end)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_four_hundred_cases_have_at_least_sixty_percent_distinct_texts(lang: str) -> None:
    cases = sample(temporal_cases(lang), 400, seed_value=20250701)
    assert len(cases) == 400
    assert len({c.text for c in cases}) / len(cases) >= 0.6
    assert {c.kind for c in cases} == set(KINDS)


def test_same_seed_gives_the_same_cases() -> None:
    first = sample(temporal_cases("fr"), 50, seed_value=11)
    assert first == sample(temporal_cases("fr"), 50, seed_value=11)


def test_unknown_kind_or_language_is_a_clear_error() -> None:
    with pytest.raises(StrategyError, match="kinds"):
        temporal_cases(kinds=["fortnight"])
    with pytest.raises(StrategyError, match="lang"):
        temporal_cases(lang="de")
    with pytest.raises(StrategyError, match="tense"):
        temporal_cases(tense="present")


def test_reference_dates_without_a_non_empty_vague_window_still_generate() -> None:
    first_of_year = st.just(date(2026, 1, 1))
    cases = sample(temporal_cases("fr", ["vague"], first_of_year), 60, seed_value=5)
    assert cases and all(c.expected.start < c.expected.end for c in cases)  # type: ignore[operator]
    assert all(c.meaning != "vague:earlier_this_year" for c in cases)


def test_reference_dates_out_of_range_are_a_clear_error() -> None:
    with pytest.raises(StrategyError, match="reference_dates"):
        sample(temporal_cases("en", ["deictic"], st.just(date(9999, 12, 31))), 1)


@settings(max_examples=60, deadline=None)
@given(temporal_cases(kinds=["season"]))
def test_default_seasons_are_three_whole_months(case: TemporalCase) -> None:
    start, end = case.expected.start, case.expected.end
    assert isinstance(start, date) and isinstance(end, date)
    assert start.day == 1 and end.day == 1 and start.month in (3, 6, 9)
    assert (end.month - start.month) % 12 == 3


def test_season_boundaries_can_be_given() -> None:
    table = {"SP": ((3, 20), (6, 21)), "SU": ((6, 21), (9, 23)), "FA": ((9, 23), (12, 21))}
    cases = sample(temporal_cases("fr", ["season"], seasons=table), 30, seed_value=2)
    for case in cases:
        start, end = case.expected.start, case.expected.end
        assert isinstance(start, date) and isinstance(end, date)
        code = case.expected.timex[-2:]
        assert ((start.month, start.day), (end.month, end.day)) == table[code]
    with pytest.raises(StrategyError, match="seasons"):
        temporal_cases(seasons={"SP": ((2, 30), (6, 1))})
