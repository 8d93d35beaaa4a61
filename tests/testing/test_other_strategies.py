"""Self-tests of money_cases, deal_sentences and the model-object strategies."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date

import pytest
from hypothesis import given, settings

from timeline.model import Modality, Qualifier, Timeline
from timeline.testing import (
    SHAPES,
    DealCase,
    MoneyCase,
    StrategyError,
    deal_sentences,
    events,
    money_cases,
    sample,
    time_values,
    timelines,
)
from timeline.testing.lexicon import lexicon


@settings(max_examples=300, deadline=None)
@given(money_cases("fr") | money_cases("en"))
def test_money_cases_name_their_currency_and_qualifier(case: MoneyCase) -> None:
    money = lexicon(case.lang)["money"]
    assert case.text and "{" not in case.text
    assert case.expected.value > 0
    shape = case.form.split(":")[0]
    assert shape in SHAPES
    if case.expected.currency is None:
        assert shape == "bare"
    else:
        words = [w for ws in money["currency"][case.expected.currency].values() for w in ws]
        assert any(w in case.text for w in words), case.text
    if case.expected.qualifier is not Qualifier.EXACT:
        phrases = money["qualifiers"][case.expected.qualifier.value]
        assert any(case.text.startswith(p + " ") for p in phrases)
    if shape == "range":
        assert case.expected.upper is not None and case.expected.upper > case.expected.value


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_money_figures_carry_the_value(lang: str) -> None:
    """A second reading of the scaled figures: mantissa times the scale word's power of ten."""
    money = lexicon(lang)["money"]
    scale_of = {word: int(exp) for exp, words in money["scales"].items() for word in words}
    checked = 0
    for case in sample(money_cases(lang, ["scaled"]), 200, seed_value=4):
        tokens = case.text.split()
        for i, token in enumerate(tokens[:-1]):
            figure = token.lstrip("$€£¥US").replace(money["decimal_mark"], ".")
            if figure.replace(".", "").isdigit() and tokens[i + 1] in scale_of:
                value = float(figure) * 10 ** scale_of[tokens[i + 1]]
                assert value == pytest.approx(float(case.expected.value)), case.text
                checked += 1
    assert checked >= 50


@settings(max_examples=200, deadline=None)
@given(deal_sentences("fr") | deal_sentences("en"))
def test_deal_sentences_state_every_part_of_the_deal(case: DealCase) -> None:
    deal = case.expected
    for party in deal.parties:
        assert party.name in case.text
    assert len({p.name for p in deal.parties}) == len(deal.parties)
    assert deal.when.text and deal.when.text.lower() in case.text.lower()
    assert deal.when.start is not None and deal.when.end is not None
    assert isinstance(deal.when.start, date) and isinstance(deal.when.end, date)
    if deal.modality in (Modality.PLANNED, Modality.HYPOTHETICAL):
        assert deal.when.start > case.reference_date
    else:
        assert deal.when.end <= case.reference_date
    assert case.text[0].isupper() and case.text.endswith(".")


def test_unknown_options_are_clear_errors() -> None:
    with pytest.raises(StrategyError):
        money_cases("de")
    with pytest.raises(StrategyError):
        money_cases("fr", ["coins"])
    with pytest.raises(StrategyError):
        deal_sentences("fr", ["merger_of_equals"])


@settings(max_examples=200, deadline=None)
@given(time_values())
def test_time_values_are_valid_and_bounded_the_right_way(value) -> None:  # type: ignore[no-untyped-def]
    if value.start is not None and value.end is not None:
        assert value.start < value.end
    assert value.timex


@settings(max_examples=100, deadline=None)
@given(events())
def test_events_have_their_evidence_text_fit_its_span(event) -> None:  # type: ignore[no-untyped-def]
    for evidence in event.evidence:
        assert len(evidence.text) == evidence.end - evidence.start


@settings(max_examples=50, deadline=None)
@given(timelines())
def test_timelines_quote_their_documents_and_survive_json(timeline: Timeline) -> None:
    texts = {d.id: d.text for d in timeline.documents}
    ids = {e.id for e in timeline.events}
    for event in timeline.events:
        assert event.refers_to is None or event.refers_to in ids - {event.id}
        for evidence in event.evidence:
            assert texts[evidence.document][evidence.start : evidence.end] == evidence.text
    for mention in timeline.timexes:
        assert texts[mention.document][mention.start : mention.end] == mention.text
    assert Timeline.from_json(timeline.to_json()) == timeline


def test_the_module_imports_without_pytest() -> None:
    code = (
        "import sys; sys.modules['pytest'] = None; import timeline.testing as t; "
        "print(len(t.sample(t.temporal_cases('fr'), 5)))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "5"


def test_profiles_are_registered_and_chosen_by_the_environment() -> None:
    from hypothesis import settings as hypothesis_settings

    ci = hypothesis_settings.get_profile("timeline-ci")
    assert ci.derandomize and ci.max_examples <= 200 and ci.database is None
    assert hypothesis_settings.get_profile("timeline-dev").max_examples >= 1000
    code = (
        "from hypothesis import settings; from timeline.testing import load_profile_from_env; "
        "print(load_profile_from_env(), settings.default.max_examples)"
    )
    for env, expected in (("timeline-dev", "timeline-dev 2000"), ("", "timeline-ci 100")):
        result = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=False,
            env={**os.environ, "TIMELINE_HYPOTHESIS_PROFILE": env},
        )
        assert result.stdout.strip() == expected, result.stderr
