"""Patterns of news articles: descriptions before names, coordinated subjects, probes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline.model import EventKind, Modality

from .support import events_of, parties

DATA = Path(__file__).resolve().parent / "data"


def test_sentence_adverb_is_not_a_party() -> None:
    (event,) = events_of("Separately, Halden Turbines sued Vantor Aerospace on Monday.", "en")
    assert parties(event) == {("Halden Turbines", "plaintiff"), ("Vantor Aerospace", "defendant")}
    (event,) = events_of("Parallèlement, Orsalis a racheté Kaltmann.", "fr")
    assert parties(event) == {("Orsalis", "acquirer"), ("Kaltmann", "target")}


def test_what_someone_is_accused_of_is_not_an_event() -> None:
    text = "Pinecrest Labs sued Quorra Systems, accusing it of poaching three engineers."
    assert [e.kind for e in events_of(text, "en")] == [EventKind.LEGAL]
    text = "Veloria a porté plainte contre Maxten, qu'elle accuse de débaucher ses ingénieurs."
    assert [e.kind for e in events_of(text, "fr")] == [EventKind.LEGAL]


def test_merger_noun_after_a_probe_is_its_topic() -> None:
    text = "The European Commission opened a probe into the Palmer-Rixley merger."
    (event,) = events_of(text, "en")
    assert event.kind is EventKind.REGULATORY
    assert ("European Commission", "announcer") in parties(event)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La Commission européenne enquête sur l'accord entre Palmer Foods et Rixley.", "fr"),
        ("The FTC opened a probe into the deal between Palmer Foods and Rixley.", "en"),
    ],
)
def test_probe_of_a_deal_between_two_companies(text: str, lang: str) -> None:
    (event,) = events_of(text, lang)
    assert event.kind is EventKind.REGULATORY
    assert {("Palmer Foods", "subject"), ("Rixley", "subject")} <= parties(event)


def test_split_compound_parts_share_a_role() -> None:
    text = (
        "Palmer Foods agreed to buy Rixley. Regulators opened a probe into the Palmer-Rixley sale."
    )
    regulatory = [e for e in events_of(text, "en") if e.kind is EventKind.REGULATORY]
    assert {p.name for p in regulatory[0].parties} >= {"Palmer", "Rixley"}


@pytest.mark.parametrize(
    ("text", "lang", "target"),
    [
        ("Cobalt Stores bought its rival Pinewood Foods.", "en", "Pinewood Foods"),
        ("Dorval agreed to acquire the Ohio-based robotics maker Stackline.", "en", "Stackline"),
        ("Vireo a annoncé le rachat de la société nantaise Hydrel.", "fr", "Hydrel"),
        ("Vireo a annoncé le rachat de la start-up bordelaise Hydrel.", "fr", "Hydrel"),
    ],
)
def test_described_target(text: str, lang: str, target: str) -> None:
    (event,) = events_of(text, lang)
    assert (target, "target") in parties(event)


def test_described_subject_at_clause_start() -> None:
    text = "Last week, the chip designer Korvan Micro offered to buy Daltec for $2 billion."
    (event,) = events_of(text, "en")
    assert parties(event) == {("Korvan Micro", "acquirer"), ("Daltec", "target")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Selwyn Foods and the retailer Marlo Stores signed a supply agreement.", "en"),
        ("Selwyn et le distributeur Marlo ont signé un partenariat de trois ans.", "fr"),
    ],
)
def test_coordinated_subject_with_description(text: str, lang: str) -> None:
    (event,) = events_of(text, lang)
    assert len(event.parties) == 2
    assert {p.role.value for p in event.parties} == {"partner"}


@pytest.mark.parametrize(
    ("text", "lang", "employer"),
    [
        ("Delmar Capital's chief executive stepped down on Friday.", "en", "Delmar Capital"),
        ("The president of Norvik Bank resigned after ten years.", "en", "Norvik Bank"),
        ("Le directeur général de la banque Arvel a quitté ses fonctions.", "fr", "Arvel"),
        ("Le président-directeur général de Sorel a démissionné.", "fr", "Sorel"),
    ],
)
def test_departure_of_an_unnamed_person_known_by_title(text: str, lang: str, employer: str) -> None:
    (event,) = events_of(text, lang)
    assert event.kind is EventKind.DEPARTURE
    assert parties(event) == {(employer, "employer")}


def test_no_departure_without_a_title_or_a_person() -> None:
    assert events_of("Norvik Bank left the market in 2019.", "en") == []
    assert events_of("Le directeur de Calyra a quitté Paris.", "fr") == []


@pytest.mark.parametrize("statistical", [False, True])
def test_company_named_like_a_person_stays_the_employer(statistical: bool) -> None:
    text = "Hartwell Chips a recruté l'ancienne directrice financière de Vexa, Anne Morel."
    (event,) = events_of(text, "fr", statistical=statistical)
    assert parties(event) == {("Hartwell Chips", "employer"), ("Anne Morel", "hire")}


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        (
            "Orvane raised $5M. Its co-founder, Ada Brill, said the company had no plans "
            "to go public.",
            "en",
            EventKind.IPO,
        ),
        (
            "Orvane a levé 5 millions. Sa fondatrice, Ada Brill, a dit que l'entreprise "
            "n'avait pas l'intention de racheter des concurrents.",
            "fr",
            EventKind.ACQUISITION,
        ),
    ],
)
def test_the_company_is_not_its_spokesperson(text: str, lang: str, kind: EventKind) -> None:
    (event,) = [e for e in events_of(text, lang) if e.kind is kind]
    assert {p.name for p in event.parties} == {"Orvane"}
    assert event.modality is Modality.NEGATED


def test_adverb_between_verb_and_object() -> None:
    text = "Nautis a levé 20 millions d'euros. Ce tour valorise désormais la société à 90 millions."
    kinds = [e.kind for e in events_of(text, "fr")]
    assert EventKind.VALUATION in kinds


@pytest.mark.parametrize(
    ("text", "lang", "modality"),
    [
        ("Selon la presse, Ombra aurait proposé de racheter Tesla Verde.", "fr", "reported"),
        ("Ombra a proposé de racheter Verdi, mais Verdi a refusé.", "fr", "planned"),
        ("Korvan reportedly offered to buy Daltec, but Daltec rejected it.", "en", "reported"),
        ("Korvan offered to buy Daltec, but Daltec rejected the offer.", "en", "planned"),
    ],
)
def test_bid_modality(text: str, lang: str, modality: str) -> None:
    acquisitions = [e for e in events_of(text, lang) if e.kind is EventKind.ACQUISITION]
    assert acquisitions[0].modality is Modality(modality)


def test_headline_restated_by_the_body_gives_one_event() -> None:
    text = (
        "Tarvos to buy Lindell for $90 million\n\n"
        "Tarvos Group agreed on Monday to buy Lindell for $90 million. Shares rose."
    )
    (event,) = events_of(text, "en")
    assert event.evidence[0].text.startswith("Tarvos Group")


def test_headline_kept_when_the_body_does_not_tell_it() -> None:
    text = "Tarvos to buy Lindell\n\nShares of both companies rose on Monday."
    assert [e.kind for e in events_of(text, "en")] == [EventKind.ACQUISITION]
    text = "Tarvos to buy Lindell.\n\nTarvos Group bought Lindell on Monday."
    assert len(events_of(text, "en")) == 2  # a full stop: not a headline


def test_articles_set_is_well_formed() -> None:
    for lang in ("en", "fr"):
        rows = [json.loads(x) for x in (DATA / f"articles_{lang}.jsonl").read_text().splitlines()]
        assert len(rows) == 6
        for row in rows:
            assert 120 <= len(row["text"].split()) <= 250
            assert row["events"] and row["lang"] == lang
