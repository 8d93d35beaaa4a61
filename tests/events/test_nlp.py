"""spaCy integration: factories by entry point, Doc extensions, both pipelines, caching."""

from __future__ import annotations

from importlib.metadata import entry_points

import pytest
import spacy

from timeline import nlp as timeline_nlp
from timeline.errors import UnsupportedLanguageError
from timeline.model import EventKind

from .support import events_of, parties

TEXT_FR = "Plus tôt cette année, Nordvik a racheté Calyra pour 40 millions d'euros."


def test_factories_are_declared_as_entry_points() -> None:
    names = {e.name: e.value for e in entry_points(group="spacy_factories")}
    assert names["timeline_times"] == "timeline.nlp:make_times_component"
    assert names["timeline_events"] == "timeline.nlp:make_events_component"


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("fr", TEXT_FR, EventKind.ACQUISITION),
        ("en", "Earlier this year, Nordvik bought Calyra for $40M.", EventKind.ACQUISITION),
    ],
)
def test_components_in_a_blank_pipeline(lang: str, text: str, kind: EventKind) -> None:
    nlp = spacy.blank(lang)
    nlp.add_pipe("timeline_times", config={"reference_date": "2025-07-01"})
    nlp.add_pipe("timeline_events", config={"reference_date": "2025-07-01"})
    doc = nlp(text)
    assert [m.text for m in doc._.times] == [text.split(",")[0]]
    (event,) = doc._.events
    assert event.kind is kind
    assert parties(event) == {("Nordvik", "acquirer"), ("Calyra", "target")}


def test_events_component_alone_finds_times_itself() -> None:
    nlp = spacy.blank("fr")
    nlp.add_pipe("timeline_events")
    doc = nlp.make_doc(TEXT_FR)
    doc._.reference_date = "2025-07-01"
    doc = nlp(doc)
    assert doc._.times and doc._.events[0].when.end is not None


@pytest.mark.parametrize("with_times", [True, False])
def test_an_event_in_a_range_is_dated_by_the_whole_range(with_times: bool) -> None:
    nlp = spacy.blank("fr")
    if with_times:
        nlp.add_pipe("timeline_times", config={"reference_date": "2025-07-01"})
    nlp.add_pipe("timeline_events", config={"reference_date": "2025-07-01"})
    doc = nlp("Nordvik a racheté Calyra du 3 au 5 mars 2026 pour 40 millions d'euros.")
    assert [m.text for m in doc._.times] == ["3", "5 mars 2026"]
    (event,) = doc._.events
    assert event.when.timex == "2026-03-03/2026-03-05"


def test_statistical_pipeline_is_loaded_once_and_used() -> None:
    first = timeline_nlp.statistical_pipeline("fr")
    assert first is not None
    assert timeline_nlp.statistical_pipeline("fr") is first
    assert first.pipe_names == ["tok2vec", "ner"]
    assert timeline_nlp.statistical_pipeline("en") is None


def test_components_inside_the_statistical_pipeline() -> None:
    nlp = spacy.load("fr_core_news_sm")
    nlp.add_pipe("timeline_events", config={"reference_date": "2025-07-01"})
    doc = nlp(TEXT_FR)
    assert doc.ents is not None
    assert [e.kind for e in doc._.events] == [EventKind.ACQUISITION]


def test_ready_made_pipeline() -> None:
    nlp = timeline_nlp.pipeline("en")
    assert nlp.pipe_names[-2:] == ["timeline_times", "timeline_events"]
    assert timeline_nlp.pipeline("en") is nlp
    with pytest.raises(UnsupportedLanguageError):
        timeline_nlp.pipeline("en", statistical=True)


@pytest.mark.parametrize("statistical", [False, True])
def test_hire_roles_with_and_without_the_model(statistical: bool) -> None:
    text = "Le laboratoire de Meta a recruté Alexandr Wang, ancien patron de Scale AI."
    (event,) = events_of(text, statistical=statistical)
    assert event.kind is EventKind.HIRE
    assert ("Meta", "employer") in parties(event)
    assert ("Alexandr Wang", "hire") in parties(event)


def test_model_only_runs_on_sentences_that_need_name_types(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[list[tuple[int, int]]] = []
    real = timeline_nlp.person_hints("fr")

    def spy(text: str, spans: list[tuple[int, int]]) -> dict[tuple[int, int], bool]:
        seen.append(list(spans))
        return dict(real(text, spans))

    monkeypatch.setattr(timeline_nlp, "person_hints", lambda lang, required=False: spy)
    text = "Le marché est calme. Nordvik a racheté Calyra. Meta a recruté Jean Martin."
    events_of(text, statistical=True)
    start = text.index("Meta")
    assert seen == [[(start, len(text))]]


def test_model_required_but_missing_is_a_clear_error() -> None:
    with pytest.raises(UnsupportedLanguageError):
        events_of("Nordvik bought Calyra.", "en", statistical=True)


def test_entity_types_override_the_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Nordvik a recruté Alexandr Wang."
    start = text.index("Alexandr")

    def as_organisation(text: str, spans: list[tuple[int, int]]) -> dict[tuple[int, int], bool]:
        return {(start, start + len("Alexandr Wang")): False}

    (rules,) = events_of(text, statistical=False)
    assert ("Alexandr Wang", "hire") in parties(rules)
    monkeypatch.setattr(timeline_nlp, "person_hints", lambda lang, required=False: as_organisation)
    (typed,) = events_of(text, statistical=True)
    assert ("Alexandr Wang", "hire") not in parties(typed)
