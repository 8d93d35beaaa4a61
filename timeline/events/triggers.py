"""Trigger spans: the lexicon's verbs and nouns found in a sentence, and clause limits."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from timeline.events.lexicon import GroupRules, Lexicon
from timeline.events.text import Sentence, Token

__all__ = ["Trigger", "clauses", "find_triggers"]


@attrs.define
class Trigger:
    """A trigger: token range ``[first, last)``, its group and its clause ``[lo, hi)``."""

    first: int
    last: int
    group: GroupRules
    lo: int
    hi: int

    @property
    def kind(self) -> str:
        """The event kind's value."""
        return self.group.kind.value


def clauses(norms: list[str], sentence: Sentence, lex: Lexicon) -> list[tuple[int, int]]:
    """The clause ranges of a sentence: split at the language's clause-break words."""
    result: list[tuple[int, int]] = []
    lo = sentence.first
    i = sentence.first
    while i < sentence.last:
        hit = lex.clause_breaks.match(norms, i, sentence.last)
        if hit is None:
            i += 1
            continue
        if i > lo:
            result.append((lo, i))
        lo = hit[0]
        i = hit[0]
    if lo < sentence.last:
        result.append((lo, sentence.last))
    return result or [(sentence.first, sentence.last)]


def find_triggers(
    tokens: Sequence[Token],
    norms: list[str],
    sentence: Sentence,
    parts: Sequence[tuple[int, int]],
    lex: Lexicon,
) -> list[Trigger]:
    """Longest-match triggers of the sentence, in text order, without overlaps."""
    found: list[Trigger] = []
    for lo, hi in parts:
        i = lo
        earlier = False
        while i < hi:
            hit = lex.triggers.match(norms, i, hi)
            if hit is None or not tokens[i].is_word:
                i += 1
                continue
            end, group = hit
            if _in_title(tokens, i, end, sentence):
                i = end
                continue
            if not _describes(norms, i, end, lo, lex) and not (
                earlier and _topic(norms, i, lo, lex)
            ):
                found.append(Trigger(i, end, lex.groups[group], lo, hi))
                earlier = True
            i = end
    return found


def _in_title(tokens: Sequence[Token], first: int, last: int, sentence: Sentence) -> bool:
    """A one-word trigger written with a capital inside a sentence is part of a title or a
    name ("Assistant Secretary for Acquisition"); acronyms ("IPO") are not."""
    word = tokens[first].text
    if last - first != 1 or first == sentence.first or not word[:1].isupper():
        return False
    return not word.isupper() and tokens[first - 1].text not in "\"'(:-"


def _describes(norms: list[str], first: int, last: int, lo: int, lex: Lexicon) -> bool:
    """ "son partenaire Nordvik", "its rival X": a noun describing a party, not an event."""
    if last - first != 1 or norms[first] not in lex.descriptors:
        return False
    return any(norms[k] in lex.possessives for k in range(max(lo, first - 2), first))


_TOPIC_REACH = 5
"""How many tokens before a noun its topic marker may stand ("into the A-B merger")."""


def _topic(norms: list[str], first: int, lo: int, lex: Lexicon) -> bool:
    """A noun introduced by "pour", "over"...: the topic of an earlier trigger."""
    for end in range(first, max(lo, first - _TOPIC_REACH), -1):
        if lex.topic_markers.ends_at(norms, end, lo) is not None:
            return True
    return False
