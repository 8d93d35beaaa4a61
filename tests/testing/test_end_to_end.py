"""End to end: extract() finds the deal each generated sentence states (a fixed sample)."""

from __future__ import annotations

import pytest

import timeline
from timeline.model import Event
from timeline.testing import DealCase, deal_sentences, sample

SEED = 20250701
CASES = 100
REQUIRED = 0.95


def _difference(case: DealCase, found: list[Event]) -> str | None:
    """Why ``found`` is not exactly the expected deal, or None when it is."""
    deal = case.expected
    if len(found) != 1:
        return f"{len(found)} events"
    event = found[0]
    checks = [
        ("kind", event.kind, deal.kind),
        ("parties", set(event.parties), set(deal.parties)),
        ("amount", event.amount, deal.amount),
        ("modality", event.modality, deal.modality),
        ("when", (event.when.start, event.when.end), (deal.when.start, deal.when.end)),
    ]
    for name, got, expected in checks:
        if got != expected:
            return f"{name}: got {got}, expected {expected}"
    return None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_extract_finds_the_generated_deal(lang: str) -> None:
    cases = sample(deal_sentences(lang), CASES, seed_value=SEED)
    failures = []
    for case in cases:
        found = list(timeline.extract(case.text, lang=lang, reference_date=case.reference_date))
        why = _difference(case, found)
        if why:
            failures.append(f"{case.text!r} (R={case.reference_date}): {why}")
    agreement = 1 - len(failures) / len(cases)
    report = "\n".join(failures[:30])
    assert agreement >= REQUIRED, f"agreement {agreement:.3f} < {REQUIRED}:\n{report}"
