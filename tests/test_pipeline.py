"""End to end through timeline.extract: stages handing records to each other."""

from __future__ import annotations

from datetime import date

import pytest

import timeline
from timeline import Anchor, EventKind

REFERENCE = date(2025, 7, 1)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Nordvik a racheté Calyra en mars 2021. Trois ans plus tard, Vantor a racheté "
            "Nordvik pour 2 milliards d'euros.",
            "fr",
        ),
        (
            "Nordvik bought Calyra in March 2021. Three years later, Vantor acquired Nordvik "
            "for $2 billion.",
            "en",
        ),
    ],
)
def test_a_length_after_an_event_dates_the_next_event(text: str, lang: str) -> None:
    first, second = timeline.extract(text, lang=lang, reference_date=REFERENCE)
    assert first.kind is second.kind is EventKind.ACQUISITION
    assert (first.when.start, first.when.end) == (date(2021, 3, 1), date(2021, 4, 1))
    assert second.when.anchor is Anchor.EVENT
    assert second.refers_to == first.id
    assert (second.when.start, second.when.end) == (date(2024, 3, 1), date(2024, 4, 1))


@pytest.mark.parametrize(
    ("text", "lang", "when", "timexes"),
    [
        (
            "Nordvik a racheté Calyra du 3 au 5 mars 2026 pour 2 millions d'euros.",
            "fr",
            (date(2026, 3, 3), date(2026, 3, 6)),
            ["2026-03-03", "2026-03-05"],
        ),
        (
            "Nordvik signed a $2 million contract with Calyra running from 2026 to 2028.",
            "en",
            (date(2026, 1, 1), date(2029, 1, 1)),
            ["2026", "2028"],
        ),
    ],
)
def test_an_event_in_a_range_is_dated_by_the_whole_range(
    text: str, lang: str, when: tuple[date, date], timexes: list[str]
) -> None:
    result = timeline.extract(text, lang=lang, reference_date=REFERENCE)
    (event,) = result.events
    assert (event.when.start, event.when.end) == when
    assert [t.value.timex for t in result.timexes] == timexes  # TimeML's two parts


def test_the_same_input_gives_byte_identical_json() -> None:
    text = "Le 3 mars 2025, Nordvik a annoncé le rachat de Calyra pour 40 millions d'euros."
    first = timeline.extract(text, lang="fr", reference_date=REFERENCE).to_json()
    second = timeline.extract(text, lang="fr", reference_date=REFERENCE).to_json()
    assert first == second
    assert timeline.Timeline.from_json(first).to_json() == first


def test_auto_language_and_document_ids_are_stable() -> None:
    text = "Vantor said on Monday it had agreed to buy Calyra for $40 million."
    tl = timeline.extract(text, lang="auto", reference_date=REFERENCE)
    (document,) = tl.documents
    assert document.lang == "en"
    assert document.id == timeline.pipeline.stable_document_id(text, "en", REFERENCE)
    assert all(m.document == document.id for m in tl.timexes)


def test_a_region_reaches_every_stage() -> None:
    text = "Fabrikam said on 3/4/2025 it would buy Contoso for $2bn."
    british = timeline.extract(text, lang="en-GB", reference_date=date(2025, 5, 1))
    american = timeline.extract(text, lang="en", reference_date=date(2025, 5, 1))
    assert british.documents[0].lang == "en-GB"
    assert [e.when.start for e in british.events if e.when] == [date(2025, 4, 3)]
    assert [e.when.start for e in american.events if e.when] == [date(2025, 3, 4)]
    assert [e.amount for e in british.events] == [e.amount for e in american.events]
