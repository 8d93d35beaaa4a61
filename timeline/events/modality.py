"""Modality and tense of a trigger, read from the cue words around it.

Negation, hypothesis and plan cues count in the trigger's clause, in the few tokens before
it; report cues ("selon", "according to") count anywhere in the sentence. The strongest
wins: negated > hypothetical > planned > reported > fact.
"""

from __future__ import annotations

from timeline.events.lexicon import Lexicon
from timeline.model import Modality

__all__ = ["modality_of", "tense_of"]

WINDOW = 8
"""How many tokens before a trigger its negation, hypothesis and plan cues may stand."""

_RANK = {
    Modality.NEGATED: 4,
    Modality.HYPOTHETICAL: 3,
    Modality.PLANNED: 2,
    Modality.REPORTED: 1,
    Modality.FACT: 0,
}

TENSE_WINDOW = 8
"""How many tokens before a trigger a past auxiliary may stand ("a aidé à ouvrir ... le
financement")."""

PAST = "past"
FUTURE = "future"
PRESENT = "present"


def _cues(norms: list[str], lo: int, hi: int, lex: Lexicon) -> set[Modality]:
    found: set[Modality] = set()
    i = lo
    while i < hi:
        hit = lex.modality.match(norms, i, hi)
        if hit is None:
            i += 1
            continue
        found.add(Modality(hit[1]))
        i = hit[0]
    return found


def modality_of(
    norms: list[str],
    first: int,
    last: int,
    clause: tuple[int, int],
    sentence: tuple[int, int],
    lex: Lexicon,
    default: Modality | None,
) -> Modality:
    """The modality of the trigger at tokens ``[first, last)``."""
    lo = max(clause[0], first - WINDOW)
    near = _cues(norms, lo, first, lex)
    if _heads_clause(norms, first, clause, lex):
        # "Le partenariat ... pourrait être renégocié": the noun is the subject of the cue.
        near |= _cues(norms, last, min(clause[1], last + WINDOW), lex)
    near.discard(Modality.REPORTED)
    if any(_conditional(norms[k], lex) for k in range(lo, first + 1)):
        near.add(lex.conditional_modality)
    elif _future(norms[first], lex):
        near.add(Modality.PLANNED)
    if Modality.REPORTED in _cues(norms, sentence[0], sentence[1], lex):
        near.add(Modality.REPORTED)
    if default is not None:
        near.add(default)
    return max(near, key=_RANK.__getitem__, default=Modality.FACT)


def _heads_clause(norms: list[str], first: int, clause: tuple[int, int], lex: Lexicon) -> bool:
    """True when only determiners stand between the clause start and the trigger."""
    return all(
        norms[k] in lex.determiners or not norms[k][:1].isalnum() for k in range(clause[0], first)
    )


def _future(word: str, lex: Lexicon) -> bool:
    return len(word) > 5 and any(word.endswith(s) for s in lex.future_suffixes)


def _conditional(word: str, lex: Lexicon) -> bool:
    return len(word) > 6 and any(word.endswith(s) for s in lex.conditional_suffixes)


def tense_of(
    norms: list[str],
    lowered: list[str],
    first: int,
    clause: tuple[int, int],
    lex: Lexicon,
) -> str:
    """``past``, ``future`` or ``present``: auxiliaries before the trigger, else its form.

    ``lowered`` are the tokens in lower case with their accents, so that the French
    auxiliary "a" is not taken for the preposition "à".
    """
    word = norms[first]
    if _future(word, lex):
        return FUTURE
    lo = max(clause[0], first - TENSE_WINDOW)
    i = lo
    while i < first:
        hit = lex.past_auxiliaries.match(lowered, i, first)
        if hit is not None:
            return PAST
        i += 1
    if word in lex.past_forms or any(word.endswith(s) for s in lex.past_suffixes):
        return PAST
    return PRESENT
