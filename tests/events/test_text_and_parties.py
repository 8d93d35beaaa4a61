"""Tokens keep offsets into the original text; names become one canonical party each."""

from __future__ import annotations

from timeline.events.lexicon import aliases, build_aliases, lexicon
from timeline.events.parties import canonicalise, find_mentions
from timeline.events.text import normalise, phrase_keys, sentences, tokenise

from .support import events_of, parties


def _names(text: str, lang: str = "fr") -> list[str]:
    lex = lexicon(lang)
    tokens = tokenise(text, lex.elisions)
    norms = [t.norm for t in tokens]
    lower = frozenset(t.norm for t in tokens if t.text.islower())
    found = []
    for sentence in sentences(text, tokens):
        found.extend(find_mentions(text, tokens, norms, sentence, lex, aliases(), lower, ()))
    canonicalise(found, aliases())
    return [m.name for m in found if m.name]


def test_normalisation_keeps_length() -> None:
    text = "L’accord « Microsoft–OpenAI » d’ici\u00a02030"
    assert len(normalise(text)) == len(text)


def test_tokens_point_into_the_original_text() -> None:
    text = "Le PDG d’Openai, jusqu’en 2030, qu’il a dit."
    for token in tokenise(text, lexicon("fr").elisions):
        assert text[token.start : token.end] == token.text
    norms = [t.norm for t in tokenise(text, lexicon("fr").elisions)]
    assert "d'" in norms and "jusqu'" in norms and "qu'" in norms


def test_phrase_keys_fold_case_and_accents() -> None:
    assert phrase_keys("Mettre la main SUR") == ("mettre", "la", "main", "sur")
    assert phrase_keys("rachète") == ("rachete",)
    assert phrase_keys("supprime <NUM> postes") == ("supprime", "<num>", "postes")


def test_sentences_split_on_punctuation_before_capitals() -> None:
    text = "Nordvik rachète Calyra. M. Dupont approuve. Le prix: 3,5 milliards."
    spans = sentences(text, tokenise(text))
    assert [text[s.start : s.end] for s in spans] == [
        "Nordvik rachète Calyra.",
        "M. Dupont approuve.",
        "Le prix: 3,5 milliards.",
    ]


def test_elided_and_cased_variants_are_one_party() -> None:
    text = "Openai a grandi. Le PDG d’Openai parle. Il dit qu’OpenAI recrute."
    assert set(_names(text)) == {"OpenAI"}


def test_spelling_one_edit_away_joins_the_frequent_one() -> None:
    text = "Windsurf a grandi. Le PDG de Windsurf parle. Windisurf recrute."
    assert set(_names(text)) == {"Windsurf"}


def test_short_names_are_not_merged_by_spelling() -> None:
    assert set(_names("Arm et Aim discutent.")) == {"Arm", "Aim"}


def test_maker_phrases_resolve_through_the_product_table() -> None:
    assert _names("Le fabricant de ChatGPT a levé 40 milliards de dollars.") == ["OpenAI"]
    assert _names("The ChatGPT maker raised $6.6 billion.", "en") == ["OpenAI"]


def test_products_alone_are_not_parties() -> None:
    assert _names("ChatGPT séduit les entreprises.") == []


def test_compound_names_split_when_their_parts_are_names() -> None:
    text = "Microsoft investit. L'accord Microsoft-OpenAI est flou."
    assert _names(text) == ["Microsoft", "Microsoft", "OpenAI"]
    assert _names("Coca-Cola recrute.") == ["Coca-Cola"]


def test_alias_table_is_extensible() -> None:
    table = build_aliases({"companies": {"Nordvik Group": ["Nordvik", "NVK"]}})
    assert table.names["nvk"] == "Nordvik Group"
    assert table.names["nordvikgroup"] == "Nordvik Group"


def test_alias_table_names_parties_in_events() -> None:
    (event,) = events_of("Facebook a racheté Giphy.")
    assert parties(event) == {("Meta", "acquirer"), ("Giphy", "target")}
