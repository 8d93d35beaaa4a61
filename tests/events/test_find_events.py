"""find_events: kinds, roles, amounts, modality, time, ids, evidence and summaries."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from timeline.errors import InvalidRecordError, UnsupportedLanguageError
from timeline.events import find_events
from timeline.model import (
    Anchor,
    Document,
    EventKind,
    EventOffset,
    Granularity,
    Mod,
    Modality,
    Period,
    Qualifier,
    Relation,
    TimeMention,
    TimeValue,
)

from .support import REFERENCE, events_of, parties


def _kinds(text: str, lang: str = "fr") -> list[str]:
    return [e.kind.value for e in events_of(text, lang)]


def test_acquisition_with_roles_amount_and_plan() -> None:
    (event,) = events_of("OpenAI souhaite acquérir Windsurf pour 3 milliards de dollars.")
    assert event.kind is EventKind.ACQUISITION
    assert parties(event) == {("OpenAI", "acquirer"), ("Windsurf", "target")}
    assert event.amount is not None
    assert (event.amount.value, event.amount.currency) == (Decimal(3 * 10**9), "USD")
    assert event.modality is Modality.PLANNED
    assert event.summary == "OpenAI: acquisition of Windsurf ($3B), planned"


@pytest.mark.parametrize(
    ("text", "lang", "summary"),
    [
        (
            "Nordvik a investi 20 millions d'euros dans Calyra.",
            "fr",
            "Nordvik: investment in Calyra (€20M)",
        ),
        (
            "Calyra raised $50 million in a round led by Vantor.",
            "en",
            "Calyra: funding round from Vantor ($50M)",
        ),
        ("Vantor sued Nordvik last week.", "en", "Vantor: legal action against Nordvik"),
    ],
)
def test_summary_links_the_parties_by_role(text: str, lang: str, summary: str) -> None:
    (event,) = events_of(text, lang)
    assert event.summary == summary


def test_passive_voice_swaps_roles() -> None:
    (event,) = events_of("Calyra was bought by Nordvik for €40M.", "en")
    assert parties(event) == {("Nordvik", "acquirer"), ("Calyra", "target")}
    assert event.parties[0].name == "Nordvik"


def test_noun_trigger_with_complement_and_agent() -> None:
    (event,) = events_of("Le rachat de Twitter par Elon Musk s'est conclu.")
    assert parties(event) == {("Elon Musk", "acquirer"), ("Twitter", "target")}


def test_sale_gives_the_buyer_after_to() -> None:
    (event,) = events_of("Meta sold Giphy to Shutterstock for $53 million.", "en")
    assert parties(event) == {
        ("Shutterstock", "acquirer"),
        ("Giphy", "target"),
        ("Meta", "subject"),
    }
    assert event.parties[0].name == "Shutterstock"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Microsoft a investi 10 milliards de dollars dans OpenAI.", "fr", "investment"),
        ("Mistral AI a levé 600 millions d'euros auprès d'Accel.", "fr", "funding_round"),
        ("Mistral AI est valorisée à 6 milliards d'euros.", "fr", "valuation"),
        ("Renault noue un partenariat avec Google.", "fr", "partnership"),
        ("Thales a remporté un contrat de 1,2 milliard d'euros.", "fr", "contract"),
        ("Meta hired Alexandr Wang.", "en", "hire"),
        ("Carlos Tavares resigned from Stellantis.", "en", "departure"),
        ("Getty Images filed a lawsuit against Stability AI.", "en", "legal"),
        ("The FTC opened an investigation into Microsoft.", "en", "regulatory"),
        ("Intel will cut 15,000 jobs.", "en", "restructuring"),
        ("Arm went public on the Nasdaq.", "en", "ipo"),
        ("Mistral AI unveiled a new language model.", "en", "announcement"),
    ],
)
def test_each_kind_has_a_trigger(text: str, lang: str, expected: str) -> None:
    assert _kinds(text, lang) == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "modality"),
    [
        ("Nordvik a racheté Calyra.", "fr", Modality.FACT),
        ("Nordvik prévoit de racheter Calyra.", "fr", Modality.PLANNED),
        ("Selon Reuters, Nordvik a racheté Calyra.", "fr", Modality.REPORTED),
        ("Nordvik aurait racheté Calyra.", "fr", Modality.REPORTED),
        ("Nordvik pourrait racheter Calyra.", "fr", Modality.HYPOTHETICAL),
        ("Nordvik n'a pas racheté Calyra.", "fr", Modality.NEGATED),
        ("Nordvik is in talks to buy Calyra.", "en", Modality.PLANNED),
        ("Nordvik reportedly bought Calyra.", "en", Modality.REPORTED),
        ("Nordvik could buy Calyra.", "en", Modality.HYPOTHETICAL),
        ("Nordvik did not buy Calyra.", "en", Modality.NEGATED),
        ("The partnership between Nordvik and Calyra could collapse.", "en", Modality.HYPOTHETICAL),
    ],
)
def test_modality_cues(text: str, lang: str, modality: Modality) -> None:
    (event,) = events_of(text, lang)
    assert event.modality is modality


def test_announcement_gives_way_to_the_announced_event() -> None:
    assert _kinds("OpenAI a annoncé son intention de devenir une entreprise à but lucratif.") == [
        "restructuring"
    ]
    assert _kinds("OpenAI a annoncé son projet Stargate de 500 milliards de dollars.") == [
        "announcement"
    ]


def test_weak_verb_gives_its_amount_to_the_earlier_trigger() -> None:
    (event,) = events_of("Oracle signed a cloud contract with OpenAI worth $30 billion.", "en")
    assert event.kind is EventKind.CONTRACT
    assert event.amount is not None and event.amount.value == Decimal(30 * 10**9)


def test_qualified_and_ranged_amounts() -> None:
    (event,) = events_of("OpenAI is now valued at more than $300 billion.", "en")
    assert event.amount is not None and event.amount.qualifier is Qualifier.MORE_THAN
    (event,) = events_of("Shein viserait une valorisation entre 60 et 90 milliards de dollars.")
    assert event.amount is not None and event.amount.upper == Decimal(90 * 10**9)


def test_each_amount_goes_to_its_nearest_trigger() -> None:
    text = (
        "Calyra a grandi. Cela a aidé à ouvrir 40 milliards de dollars dans le financement "
        "de Calyra, augmentant sa valorisation à plus de 300 milliards de dollars."
    )
    found = {e.kind.value: e.amount.value for e in events_of(text) if e.amount is not None}
    assert found == {"funding_round": Decimal(40 * 10**9), "valuation": Decimal(300 * 10**9)}


def test_anaphors_take_the_last_named_subject() -> None:
    text = "Nordvik a grandi vite. Il a racheté Calyra. La société a aussi levé 5 millions d'euros."
    events = events_of(text)
    assert [e.parties[0].name for e in events] == ["Nordvik", "Nordvik"]


def test_contract_until_gives_a_contract_end_in_that_year() -> None:
    text = "Cela signifie le contrat actuel avec OpenAI, qui se déroule jusqu'en 2030."
    prefix = "Microsoft a investi dans OpenAI. "
    events = events_of(prefix + text)
    (end,) = [e for e in events if e.kind is EventKind.CONTRACT_END]
    assert (end.when.start, end.when.end) == (date(2030, 1, 1), date(2031, 1, 1))
    assert end.when.granularity is Granularity.YEAR
    assert parties(end) == {("Microsoft", "partner"), ("OpenAI", "partner")}


def test_contract_end_with_a_fake_time_mention() -> None:
    text = "The contract between Nordvik and Calyra runs until 2028."
    start = text.index("until")
    value = TimeValue(REFERENCE, date(2029, 1, 1), "year", "2028", mod=Mod.ON_OR_BEFORE)
    mention = TimeMention(start, len(text) - 1, text[start:-1], value)
    (event,) = events_of(text, "en", times=[mention])
    assert event.kind is EventKind.CONTRACT_END
    assert (event.when.start, event.when.end) == (date(2028, 1, 1), date(2029, 1, 1))


def test_governing_time_is_taken_from_the_clause() -> None:
    (event,) = events_of("Plus tôt cette année, Openai a annoncé son projet Stargate.")
    assert (event.when.start, event.when.end) == (date(2025, 1, 1), REFERENCE)


def test_undated_events_get_bounds_from_tense_and_modality() -> None:
    (past,) = events_of("Nordvik a racheté Calyra.", times=[])
    assert past.when.anchor is Anchor.UNDATED
    assert (past.when.start, past.when.end) == (None, REFERENCE)
    (plan,) = events_of("Nordvik prévoit de racheter Calyra.", times=[])
    assert (plan.when.start, plan.when.end) == (REFERENCE, None)
    (maybe,) = events_of("Nordvik pourrait racheter Calyra.", times=[])
    assert (maybe.when.start, maybe.when.end) == (REFERENCE, None)
    (now,) = events_of("Nordvik rachète Calyra.", times=[])
    assert now.when.end == REFERENCE + timedelta(days=1)
    (denied,) = events_of("Nordvik ne rachète pas Calyra.", times=[])
    assert (denied.when.start, denied.when.end) == (None, None)
    (unknown,) = events_of("Nordvik a racheté Calyra.", times=[], reference=None)
    assert (unknown.when.start, unknown.when.end) == (None, None)


@pytest.mark.parametrize(
    ("text", "lang", "modality", "bounds"),
    [
        # A plan told in the past lies before R; the tense decides, not the modality.
        ("Nordvik a révélé qu'il souhaitait racheter Calyra.", "fr", "planned", "past"),
        ("Nordvik said it wanted to buy Calyra.", "en", "planned", "past"),
        ("Nordvik aurait investi 3 millions d'euros dans Calyra.", "fr", "reported", "past"),
        ("Nordvik did not buy Calyra.", "en", "negated", "past"),
        ("Nordvik completed the acquisition of Calyra.", "en", "fact", "past"),
        ("Nordvik announced the proposed acquisition of Calyra.", "en", "planned", "past"),
        # A future or conditional chain, or a plan in the present, lies after R.
        ("Nordvik va racheter Calyra.", "fr", "planned", "future"),
        ("Nordvik will buy Calyra.", "en", "planned", "future"),
        ("Nordvik is expected to buy Calyra.", "en", "planned", "future"),
        ("Nordvik plans to buy Calyra.", "en", "planned", "future"),
        ("Nordvik a annoncé qu'il souhaite racheter Calyra.", "fr", "planned", "future"),
    ],
)
def test_undated_bounds_follow_the_tense_of_the_governing_verb(
    text: str, lang: str, modality: str, bounds: str
) -> None:
    (event,) = events_of(text, lang=lang, times=[])
    assert event.modality.value == modality
    expected = (None, REFERENCE) if bounds == "past" else (REFERENCE, None)
    assert (event.when.start, event.when.end) == expected


def test_event_relative_time_refers_to_the_previous_event() -> None:
    text = "Nordvik a racheté Calyra. Peu de temps après, Nordvik a levé 5 millions d'euros."
    start = text.index("Peu")
    offset = EventOffset(Relation.AFTER, Period(0, "day"), Period(1, "month"))
    value = TimeValue(None, None, "day", "XXXX-XX-XX", anchor=Anchor.EVENT, relative=offset)
    mention = TimeMention(start, start + 18, text[start : start + 18], value)
    first, second = events_of(text, times=[mention])
    assert second.when.anchor is Anchor.EVENT
    assert second.refers_to == first.id


def test_ids_and_output_are_deterministic() -> None:
    text = "Nordvik a racheté Calyra. Calyra a levé 5 millions d'euros."
    assert events_of(text) == events_of(text)
    ids = [e.id for e in events_of(text)]
    assert len(set(ids)) == 2 and all(i.startswith("ev-") and len(i) == 15 for i in ids)


def test_evidence_is_the_trigger_sentence() -> None:
    text = "Le marché est calme. Nordvik a racheté Calyra. Rien d'autre."
    (event,) = events_of(text)
    (evidence,) = event.evidence
    assert evidence.text == "Nordvik a racheté Calyra."
    assert text[evidence.start : evidence.end] == evidence.text


def test_undated_re_mention_is_one_event() -> None:
    text = "OpenAI souhaite acquérir Windsurf. Microsoft a accepté l'acquisition de Windsurf."
    assert _kinds(text) == ["acquisition"]


def test_events_need_a_named_party() -> None:
    assert _kinds("La société a levé 5 millions d'euros.") == []
    assert _kinds("Un partenariat profond résiste aux tensions.") == []


def test_unsupported_language_and_bad_document() -> None:
    document = Document(id="d", text="Hallo", lang="de")
    with pytest.raises(UnsupportedLanguageError):
        find_events(document, [])
    with pytest.raises(InvalidRecordError):
        find_events("not a document", [])  # type: ignore[arg-type]


def test_a_contract_signed_until_a_date_has_until_and_an_end() -> None:
    text = "Nordvik a signé un contrat avec Calyra qui court jusqu'en 2030."
    contract, end = events_of(text)
    assert (contract.kind, end.kind) == (EventKind.CONTRACT, EventKind.CONTRACT_END)
    assert contract.until is not None
    assert (contract.until.start, contract.until.end) == (date(2030, 1, 1), date(2031, 1, 1))
    assert contract.when.end == REFERENCE


def test_approvals_are_regulatory_only_with_an_authority() -> None:
    assert _kinds("The board approved the plan of Nordvik.", "en") == []
    (event,) = events_of("The European Commission approved the plan of Nordvik.", "en")
    assert event.kind is EventKind.REGULATORY
    assert parties(event) == {("European Commission", "announcer"), ("Nordvik", "subject")}


def test_a_sale_needs_what_is_sold_or_the_buyer() -> None:
    assert _kinds("Toyota sold 5 million vehicles.", "en") == []
    assert _kinds("EDF envisage de céder sa filiale Edison.") == ["acquisition"]


def test_descriptions_and_topics_are_not_events() -> None:
    assert _kinds("Calyra pourrait attaquer en justice son ancien partenaire Nordvik.") == ["legal"]
    assert _kinds("Elon Musk sued OpenAI over its for-profit plans.", "en") == ["legal"]


def test_a_definite_noun_repeats_the_last_event_of_its_kind() -> None:
    text = (
        "Nordvik a racheté Calyra pour 120 millions d'euros. "
        "Paul Girard quittera Calyra après la finalisation de l'acquisition."
    )
    assert _kinds(text) == ["acquisition", "departure"]


def test_this_contract_runs_until_refers_to_the_last_contract() -> None:
    text = "Verdane a signé un contrat avec Electra Power. Ce contrat court jusqu'en 2031."
    contract, end = events_of(text)
    assert end.kind is EventKind.CONTRACT_END
    assert (
        parties(end) == parties(contract) == {("Verdane", "partner"), ("Electra Power", "partner")}
    )
    assert contract.until is not None and contract.until.end == date(2032, 1, 1)


def test_a_departure_names_the_company_left() -> None:
    text = "Le directeur de Calyra, Paul Girard, quittera l'entreprise en 2026."
    (event,) = events_of("Nordvik a racheté Zeta. " + text)[1:]
    assert parties(event) == {("Paul Girard", "subject"), ("Calyra", "employer")}


def test_a_past_participle_after_a_conditional_auxiliary_is_a_reported_investment() -> None:
    (event,) = events_of("Sorvane aurait investi 3 yens dans Rivaleo en 2021.")
    assert event.kind is EventKind.INVESTMENT
    assert parties(event) == {("Sorvane", "investor"), ("Rivaleo", "investee")}
    assert event.amount is not None
    assert (event.amount.value, event.amount.currency) == (Decimal(3), "JPY")
    assert event.modality is Modality.REPORTED
    assert (event.when.start, event.when.end) == (date(2021, 1, 1), date(2022, 1, 1))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In September 2023, Jovix raised 139 USD in a round led by Alderane.", "en"),
        ("Jovix raised 5 million Dollars from Alderane.", "en"),
        ("En 2023, Jovix a levé 139 EUR auprès d'Alderane.", "fr"),
    ],
)
def test_currency_codes_and_words_are_never_parties(text: str, lang: str) -> None:
    (event,) = events_of(text, lang=lang)
    assert parties(event) == {("Jovix", "investee"), ("Alderane", "investor")}


@pytest.mark.parametrize(
    ("text", "lang", "modality"),
    [
        ("According to Reuters, Nordvik made an offer for Calyra.", "en", "reported"),
        ("Selon Reuters, Nordvik a fait une offre sur Calyra.", "fr", "reported"),
        ("Selon Reuters, Nordvik souhaitait racheter Calyra.", "fr", "reported"),
        # A plan in the present or future stays planned, source or not.
        ("According to Reuters, Nordvik plans to buy Calyra.", "en", "planned"),
        ("Selon Reuters, Nordvik va racheter Calyra.", "fr", "planned"),
        # Without a source, a past plan is still a plan.
        ("Nordvik a révélé qu'il souhaitait racheter Calyra.", "fr", "planned"),
        # Negation and hypothesis still win over a report.
        ("According to Reuters, Nordvik did not buy Calyra.", "en", "negated"),
    ],
)
def test_an_attributed_past_claim_is_reported_rather_than_planned(
    text: str, lang: str, modality: str
) -> None:
    (event,) = events_of(text, lang=lang, times=[])
    assert event.kind is EventKind.ACQUISITION
    assert event.modality.value == modality


@pytest.mark.parametrize(
    ("text", "lang", "employer"),
    [
        ("The CEO Jane Smith left Nordvik in March.", "en", "Nordvik"),
        ("Jane Smith left her post as head of Nordvik.", "en", "Nordvik"),
        ("Jane Smith left the company in March.", "en", None),
        ("Jane Smith a quitté Nordvik en mars.", "fr", "Nordvik"),
        ("Jane Smith a quitté l'entreprise en mars.", "fr", None),
    ],
)
def test_leaving_a_company_or_a_post_is_a_departure(
    text: str, lang: str, employer: str | None
) -> None:
    (event,) = events_of(text, lang=lang)
    assert event.kind is EventKind.DEPARTURE
    expected = {("Jane Smith", "subject")} | ({(employer, "employer")} if employer else set())
    assert parties(event) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Jane Smith turned left at the corner.", "en"),
        ("Nordvik has two weeks left before the vote.", "en"),
        ("Jane Smith left Paris for London.", "en"),
        ("Jane Smith left the meeting early.", "en"),
        ("Jane Smith a quitté Paris en mars.", "fr"),
        ("Le navire de Nordvik a quitté le port.", "fr"),
    ],
)
def test_leaving_a_place_or_a_direction_is_no_departure(text: str, lang: str) -> None:
    assert events_of(text, lang=lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Nordvik a racheté Calyra. Cela survient après que Calyra a levé 5 millions d'euros.",
            "fr",
        ),
        ("Nordvik a racheté Calyra après qu'elle a levé 5 millions d'euros.", "fr"),
        ("Nordvik bought Calyra. This comes after Calyra raised $5M from Vantor.", "en"),
    ],
)
def test_an_event_told_before_an_after_clause_refers_to_the_clause_event(
    text: str, lang: str
) -> None:
    first, second = events_of(text, lang=lang)
    assert (first.kind, second.kind) == (EventKind.ACQUISITION, EventKind.FUNDING_ROUND)
    assert first.refers_to == second.id
    assert first.when.anchor is Anchor.EVENT
    assert first.when.relative == EventOffset(Relation.AFTER, None, None)
    assert first.when.end == REFERENCE  # the bounds from the tense are kept
    assert second.refers_to is None


def test_an_after_clause_leaves_dated_events_and_times_alone() -> None:
    text = "Nordvik a racheté Calyra en 2023. Cela survient après que Calyra a levé 5 M€."
    first, _ = events_of(text)
    assert first.refers_to is None
    assert (first.when.start, first.when.end) == (date(2023, 1, 1), date(2024, 1, 1))
    text = "Nordvik bought Calyra. Shortly after, Calyra raised $5M from Vantor."
    first, second = events_of(text, lang="en")
    assert first.refers_to is None and first.when.anchor is Anchor.UNDATED
    assert second.refers_to == first.id


def test_an_after_clause_does_not_reach_back_over_a_sentence() -> None:
    text = (
        "Nordvik a racheté Calyra. Le marché reste calme. "
        "Cela survient après que Calyra a levé 5 millions d'euros."
    )
    first, _ = events_of(text)
    assert first.refers_to is None and first.when.anchor is Anchor.UNDATED


def test_an_after_clause_opening_its_sentence_links_nothing_back() -> None:
    text = "Nordvik bought Calyra. After Vantor sued Nordvik, Calyra raised $5M."
    events = events_of(text, lang="en")
    assert events[0].kind is EventKind.ACQUISITION
    assert all(e.refers_to is None for e in events)
