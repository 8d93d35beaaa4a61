"""Any string gives events or the library's error; large inputs stay linear."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.errors import TimelineError
from timeline.events import find_events
from timeline.model import Document, Event

WORDS = st.sampled_from(
    [
        "Nordvik", "Calyra", "a", "racheté", "rachat", "de", "par", "d'", "qu'", "’", "l’",
        "lève", "10", "millions", "d'euros", "$", "bought", "by", "raised", "€2.5bn", ",", ".",
        "\n", "«", "»", "(", ")", "jusqu'en", "2030", "contrat", "avec", "il", "la", "société",
        "Meta", "recruté", "Jean", "Martin", "n'a", "pas", "pourrait", "selon", "-", "&", "'s",
        "fabricant", "ChatGPT", "maker", "Commission", "européenne", "de", "Luca", "Paris-based",
        "supprime", "1", "200", "postes", "un", "the", "its", "partenaire", "pour",
    ]
)  # fmt: skip


def _run(text: str, lang: str) -> list[Event]:
    document = Document(id="d", text=text, lang=lang, reference_date=date(2025, 7, 1))
    try:
        return find_events(document, [], statistical=False)
    except TimelineError:
        return []


@settings(max_examples=150, deadline=None)
@given(st.text(), st.sampled_from(["fr", "en"]))
def test_any_text_is_handled(text: str, lang: str) -> None:
    for event in _run(text, lang):
        assert all(text[e.start : e.end] == e.text for e in event.evidence)


@settings(max_examples=150, deadline=None)
@given(st.lists(WORDS, max_size=40).map(" ".join), st.sampled_from(["fr", "en"]))
def test_word_soup_is_handled(text: str, lang: str) -> None:
    events = _run(text, lang)
    assert events == _run(text, lang)
    assert len({e.id for e in events}) == len(events)


def test_a_large_text_completes() -> None:
    sentence = "Nordvik a racheté Calyra pour 40 millions d'euros. Le marché est calme. "
    text = sentence * 3000
    events = _run(text, "fr")
    assert len(events) == 1  # the same undated event, repeated, is one event
    assert _run("x" * 200_000, "fr") == []
