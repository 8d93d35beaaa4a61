"""Our parsers agree with the generated cases: 400 per language, a fixed seed, >= 99%."""

from __future__ import annotations

import pytest

from timeline.model import Money, TimeValue
from timeline.money import parse_amount
from timeline.temporal import parse_time
from timeline.testing import MoneyCase, TemporalCase, money_cases, sample, temporal_cases
from timeline.testing.calendar import FIXED_DAYS

# The library's documented readings where TIME_RULES has no rule (docs/time-semantics.md):
# a lone expression reads as future ("Clause tense"); the seasons' boundaries.
TENSE = "future"
SEASONS = FIXED_DAYS
SEED = 20250701
CASES = 400
REQUIRED = 0.99


def _show(value: TimeValue | Exception | None) -> str:
    if not isinstance(value, TimeValue):
        return repr(value)
    return f"[{value.start}, {value.end}) {value.granularity.value} {value.timex}"


def _read_time(case: TemporalCase) -> TimeValue | Exception | None:
    try:
        return parse_time(case.text, lang=case.lang, reference_date=case.reference_date)
    except Exception as error:  # reported below as a disagreement
        return error


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_parse_time_agrees_with_temporal_cases(lang: str) -> None:
    cases = sample(temporal_cases(lang, tense=TENSE, seasons=SEASONS), CASES, seed_value=SEED)
    assert len(cases) == CASES
    assert len({c.text for c in cases}) >= 0.6 * CASES
    failures = []
    for case in cases:
        got = _read_time(case)
        if isinstance(got, Exception) or not case.matches(got):
            failures.append(
                f"{case.meaning:28} {case.text!r} R={case.reference_date}: "
                f"expected {_show(case.expected)}, got {_show(got)}"
            )
    agreement = 1 - len(failures) / len(cases)
    report = "\n".join(failures[:40])
    assert agreement >= REQUIRED, f"agreement {agreement:.3f} < {REQUIRED}:\n{report}"


def _read_money(case: MoneyCase) -> Money | Exception | None:
    try:
        return parse_amount(case.text, lang=case.lang)
    except Exception as error:  # reported below as a disagreement
        return error


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_parse_amount_agrees_with_money_cases(lang: str) -> None:
    cases = sample(money_cases(lang), CASES, seed_value=SEED)
    assert len(cases) == CASES
    failures = [
        f"{c.form:45} {c.text!r}: expected {c.expected}, got {got!r}"
        for c in cases
        if (got := _read_money(c)) != c.expected
    ]
    agreement = 1 - len(failures) / len(cases)
    report = "\n".join(failures[:40])
    assert agreement >= REQUIRED, f"agreement {agreement:.3f} < {REQUIRED}:\n{report}"
