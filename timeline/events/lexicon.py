"""The event lexicons: per-language data files compiled into token tries, loaded once."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any

import attrs

from timeline.errors import UnsupportedLanguageError
from timeline.events.text import fold, phrase_keys, tokenise
from timeline.languages import language_of
from timeline.model import EventKind, Modality, Role
from timeline.money.lexicon import lexicon as money_lexicon
from timeline.resources import data_names, load_toml

__all__ = ["NUM", "GroupRules", "Lexicon", "PhraseTrie", "aliases", "lexicon"]

_PACKAGE = "timeline.events.lang"
NUM = "<num>"
"""Placeholder in a lexicon phrase that matches one number token."""

_POSITIONS = ("subject", "object", "complement", "passive", "with", "against", "into", "from", "to")


class PhraseTrie:
    """Multi-token phrases mapped to a value; finds the longest phrase at a position."""

    def __init__(self) -> None:
        self._root: dict[str, Any] = {}

    def add(self, keys: tuple[str, ...], value: str) -> None:
        """Add the phrase ``keys`` (folded tokens) with ``value``; the first value added wins."""
        if not keys:
            return
        node = self._root
        for key in keys:
            node = node.setdefault(key, {})
        node.setdefault("", value)

    def match(self, norms: list[str], start: int, stop: int) -> tuple[int, str] | None:
        """The longest phrase starting at ``start`` and ending before ``stop``: (end, value)."""
        node = self._root
        best: tuple[int, str] | None = None
        i = start
        while i < stop:
            word = norms[i]
            nxt = node.get(word)
            if nxt is None and word[:1].isdigit() and NUM in node:
                nxt = node[NUM]
                i = _number_end(norms, i, stop) - 1
            if nxt is None:
                break
            node = nxt
            i += 1
            if "" in node:
                best = (i, node[""])
        return best

    def is_empty(self) -> bool:
        """True when the trie holds no phrase."""
        return not self._root

    def ends_at(self, norms: list[str], end: int, floor: int, longest: int = 4) -> str | None:
        """The value of a phrase that ends exactly at ``end`` (exclusive) and starts >= floor."""
        for size in range(min(longest, end - floor), 0, -1):
            hit = self.match(norms, end - size, end)
            if hit is not None and hit[0] == end:
                return hit[1]
        return None


def _number_end(norms: list[str], i: int, stop: int) -> int:
    """The end of the number starting at token ``i`` ("1 200", "15,000", "2.5")."""
    j = i + 1
    while j < stop:
        if norms[j][:1].isdigit() and len(norms[j]) == 3:
            j += 1
        elif norms[j] in (",", ".") and j + 1 < stop and norms[j + 1][:1].isdigit():
            j += 2
        else:
            break
    return j


@attrs.frozen
class GroupRules:
    """What a trigger group means: kind, role of each position, amount and modality rules."""

    name: str
    kind: EventKind
    roles: Mapping[str, Role]
    amount: bool
    requires_amount: bool
    generic: bool
    weak: bool
    by_type: bool
    authorities: bool
    requires_authority: bool
    requires_any: frozenset[Role]
    needs_object: bool
    """Counts only with an organisation or an ``object_nouns`` word as its object."""
    min_parties: int
    modality: Modality | None


@attrs.frozen
class Lexicon:
    """One language's compiled event lexicon."""

    lang: str
    elisions: frozenset[str]
    triggers: PhraseTrie
    groups: Mapping[str, GroupRules]
    markers: PhraseTrie
    modality: PhraseTrie
    until: PhraseTrie
    contract_words: frozenset[str]
    clause_breaks: PhraseTrie
    prepositions: frozenset[str]
    subject_openers: frozenset[str]
    subordinators: frozenset[str]
    anaphors: frozenset[str]
    generic_companies: frozenset[str]
    determiners: frozenset[str]
    indefinites: frozenset[str]
    definites: frozenset[str]
    possessives: frozenset[str]
    coordinators: frozenset[str]
    non_agent_verbs: frozenset[str]
    descriptors: frozenset[str]
    adverbs: frozenset[str]
    """Adverbs that may stand between a verb and its object ("valorise désormais X")."""
    accusations: PhraseTrie
    """Cues of a charge: a trigger after one is what someone is accused of, not an event."""
    topic_markers: PhraseTrie
    conditional_modality: Modality
    not_names: frozenset[str]
    person_titles: frozenset[str]
    name_particles: frozenset[str]
    not_name_endings: tuple[str, ...]
    org_suffixes: frozenset[str]
    maker_words: PhraseTrie
    maker_links: frozenset[str]
    maker_after_product: bool
    past_auxiliaries: PhraseTrie
    future_auxiliaries: PhraseTrie
    past_suffixes: tuple[str, ...]
    past_forms: frozenset[str]
    future_suffixes: tuple[str, ...]
    conditional_suffixes: tuple[str, ...]
    object_nouns: frozenset[str]
    after_cues: PhraseTrie
    """Cues of a clause telling an earlier event ("après que", "after")."""
    known_words: frozenset[str]
    verb_words: frozenset[str]
    """First words (lower case, accents kept) of triggers, cues, auxiliaries, followers."""
    labels: Mapping[str, str]
    linkers: Mapping[str, str]
    """The word joining the main party to the others in a summary, by the next party's role."""
    role_order: Mapping[str, tuple[Role, ...]]


@attrs.frozen
class Aliases:
    """The alias table: other names, products and authorities, keyed by folded name."""

    names: Mapping[str, str]
    products: Mapping[str, str]
    authorities: frozenset[str]
    phrases: PhraseTrie
    """Every written name of the table, as folded token sequences (to find multi-word names)."""


def _folded(words: Iterable[str]) -> frozenset[str]:
    return frozenset(fold(w.replace("\u2019", "'")) for w in words)


def _trie(table: Mapping[str, Iterable[str]], elisions: Iterable[str]) -> PhraseTrie:
    trie = PhraseTrie()
    for value, phrases in table.items():
        for phrase in phrases:
            trie.add(phrase_keys(phrase, elisions), value)
    return trie


def _first_word(phrase: str, elisions: Iterable[str]) -> str:
    """The first token of a phrase in lower case, accents kept ("a", not "à")."""
    tokens = tokenise(phrase, elisions)
    return tokens[0].text.lower().replace("\u2019", "'") if tokens else ""


def _accented_trie(phrases: Iterable[str], elisions: Iterable[str]) -> PhraseTrie:
    """A trie on lower-case tokens that keep their accents ("a" is not "à")."""
    trie = PhraseTrie()
    for phrase in phrases:
        keys = tuple(t.text.lower().replace("\u2019", "'") for t in tokenise(phrase, elisions))
        trie.add(keys, "past")
    return trie


def _group(name: str, data: Mapping[str, Any]) -> GroupRules:
    roles = {pos: Role(data[pos]) for pos in _POSITIONS if data.get(pos)}
    modality = data.get("modality")
    return GroupRules(
        name=name,
        kind=EventKind(data["kind"]),
        roles=roles,
        amount=bool(data.get("amount", False)),
        requires_amount=bool(data.get("requires_amount", False)),
        generic=bool(data.get("generic", False)),
        weak=bool(data.get("weak", False)),
        by_type=bool(data.get("by_type", False)),
        authorities=bool(data.get("authorities", False)),
        requires_authority=bool(data.get("requires_authority", False)),
        requires_any=frozenset(Role(r) for r in data.get("requires_any", ())),
        needs_object=bool(data.get("needs_object", False)),
        min_parties=int(data.get("min_parties", 1)),
        modality=None if modality is None else Modality(modality),
    )


def _currency_names(lang: str) -> frozenset[str]:
    """The one-word currency codes and words of ``lang``'s amount data ("USD", "euros")."""
    try:
        return money_lexicon(lang).currency_names
    except UnsupportedLanguageError:
        return frozenset()


def _suffixes(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted((fold(v) for v in values), key=len, reverse=True))


def lexicon(lang: str) -> Lexicon:
    """The compiled lexicon of ``lang`` (a region does not change it); raises
    UnsupportedLanguageError when there is none."""
    return _lexicon(language_of(lang))


@cache
def _lexicon(lang: str) -> Lexicon:
    if lang not in data_names(_PACKAGE) or lang in ("kinds", "aliases"):
        raise UnsupportedLanguageError(f"no event lexicon for language {lang!r}")
    data = load_toml(_PACKAGE, f"{lang}.toml")
    kinds = load_toml(_PACKAGE, "kinds.toml")
    elisions = _folded(data["elisions"])
    groups = {name: _group(name, spec) for name, spec in kinds["groups"].items()}
    unknown = set(data["triggers"]) - set(groups)
    if unknown:
        raise UnsupportedLanguageError(f"{lang}: unknown trigger groups {sorted(unknown)}")
    tense = data["tense"]
    known: set[str] = set()
    for section in (data["triggers"], data["modality"]):
        for phrases in section.values():
            for phrase in phrases:
                known.update(phrase_keys(phrase, elisions))
    verbs: set[str] = set()
    for section in (data["triggers"], data["modality"]):
        for phrases in section.values():
            verbs.update(_first_word(p, elisions) for p in phrases)
    for key in ("subject_followers", "non_agent_verbs"):
        verbs.update(_first_word(p, elisions) for p in data[key])
    verbs.update(_first_word(p, elisions) for p in tense["past_auxiliaries"])
    verbs -= {w.lower() for w in data["determiners"]} | {""}
    for key in ("prepositions", "anaphors", "determiners", "possessives", "non_agent_verbs"):
        known.update(_folded(data[key]))
    return Lexicon(
        lang=lang,
        elisions=elisions,
        triggers=_trie(data["triggers"], elisions),
        groups=groups,
        markers=_trie(data["markers"], elisions),
        modality=_trie(data["modality"], elisions),
        until=_trie({"until": data["until"]["cues"]}, elisions),
        contract_words=_folded(data["until"]["contract_words"]),
        clause_breaks=_trie({"break": data["clause_breaks"]}, elisions),
        prepositions=_folded(data["prepositions"]),
        subject_openers=_folded(data["subject_openers"]),
        subordinators=_folded(data["subordinators"]),
        anaphors=_folded(data["anaphors"]),
        generic_companies=_folded(data["generic_companies"]),
        determiners=_folded(data["determiners"]),
        indefinites=_folded(data["indefinites"]),
        definites=_folded(data["definites"]),
        possessives=_folded(data["possessives"]),
        coordinators=_folded(data["coordinators"]),
        non_agent_verbs=_folded(data["non_agent_verbs"]),
        descriptors=_folded(data["descriptors"]),
        adverbs=_folded(data.get("adverbs", ())),
        accusations=_trie({"charge": data.get("accusations", [])}, elisions),
        topic_markers=_trie({"topic": data["topic_markers"]}, elisions),
        conditional_modality=Modality(tense.get("conditional_modality", "hypothetical")),
        not_names=_folded(data["not_names"]) | _folded(_currency_names(lang)),
        person_titles=_folded(data["person_titles"]),
        name_particles=_folded(data["name_particles"]),
        not_name_endings=tuple(fold(e) for e in data["not_name_endings"]),
        org_suffixes=_folded(data["org_suffixes"]),
        maker_words=_trie({"maker": data["maker_words"]}, elisions),
        maker_links=_folded(data["maker_links"]),
        maker_after_product=bool(data["maker_after_product"]),
        past_auxiliaries=_accented_trie(tense["past_auxiliaries"], elisions),
        future_auxiliaries=_accented_trie(tense.get("future_auxiliaries", ()), elisions),
        past_suffixes=_suffixes(tense.get("past_suffixes", ())),
        past_forms=_folded(tense.get("past_forms", ())),
        future_suffixes=_suffixes(tense["future_suffixes"]),
        conditional_suffixes=_suffixes(tense["conditional_suffixes"]),
        object_nouns=_folded(data.get("object_nouns", ())),
        after_cues=_trie({"after": data.get("after_cues", ())}, elisions),
        known_words=frozenset(known),
        verb_words=frozenset(verbs),
        labels=dict(kinds["labels"]),
        linkers=dict(kinds["linkers"]),
        role_order={k: tuple(Role(r) for r in v) for k, v in kinds["role_order"].items()},
    )


def _name_key(name: str) -> str:
    return "".join(c for c in fold(name) if c.isalnum())


@cache
def aliases() -> Aliases:
    """The shipped alias table (``lang/aliases.toml``)."""
    data = load_toml(_PACKAGE, "aliases.toml")
    return build_aliases(data)


def build_aliases(data: Mapping[str, Any]) -> Aliases:
    """An alias table from data shaped like ``aliases.toml``."""
    names: dict[str, str] = {}
    for canonical, others in data.get("companies", {}).items():
        names.setdefault(_name_key(canonical), canonical)
        for other in others:
            names.setdefault(_name_key(other), canonical)
    products = {_name_key(p): owner for p, owner in data.get("products", {}).items()}
    listed = data.get("authorities", {}).get("names", ())
    authorities = frozenset(_name_key(a) for a in listed)
    phrases = PhraseTrie()
    written = [*data.get("companies", {}), *listed]
    for others in data.get("companies", {}).values():
        written.extend(others)
    for name in written:
        phrases.add(phrase_keys(name), name)
    return Aliases(names=names, products=products, authorities=authorities, phrases=phrases)


name_key = _name_key


def model_name(lang: str) -> str:
    """The statistical spaCy pipeline named by ``lang``'s lexicon ("" when none)."""
    lang = language_of(lang)
    if lang not in data_names(_PACKAGE) or lang in ("kinds", "aliases"):
        raise UnsupportedLanguageError(f"no event lexicon for language {lang!r}")
    return str(load_toml(_PACKAGE, f"{lang}.toml").get("statistical_model", ""))
