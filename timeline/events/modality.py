"""Modality and tense of a trigger, read from the cue words around it.

Negation, hypothesis and plan cues count in the trigger's clause, in the few tokens before
it; report cues ("selon", "according to") count anywhere in the sentence. The strongest
wins: negated > hypothetical > planned > reported > fact, except that a report cue wins over
a plan when the verb chain is in the past.
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
    tense: str | None = None,
) -> Modality:
    """The modality of the trigger at tokens ``[first, last)`` whose verb chain has ``tense``.

    A claim attributed to a source and told in the past ("Selon X, Y a fait une offre",
    "According to X, Y wanted to buy Z") is reported rather than planned: the plan is the
    source's word, and it is over by the time of writing.
    """
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
    strongest = max(near, key=_RANK.__getitem__, default=Modality.FACT)
    if strongest is Modality.PLANNED and Modality.REPORTED in near and tense == PAST:
        return Modality.REPORTED
    return strongest


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
    """``past``, ``future`` or ``present``: the tense of the verb chain that governs a trigger.

    The trigger's own form first ("rachètera", "bought"), then the nearest marker before it
    in its clause: a past auxiliary ("a", "has"), a future or modal auxiliary ("va",
    "will", "pourrait"), a verb in the future or conditional, a plan or hypothesis cue whose
    form tells its tense ("souhaitait", "wanted": past; "souhaite", "plans": present), or a
    verb in a past form ("completed the acquisition"). Words after a determiner are skipped.
    ``lowered`` are the tokens in lower case with their accents, so that the French
    auxiliary "a" is not taken for the preposition "à".
    """
    word = norms[first]
    if _future(word, lex) or _conditional(word, lex):
        return FUTURE
    if _past_form(word, lex):
        return PAST
    lo = max(clause[0], first - TENSE_WINDOW)
    for k in range(first - 1, lo - 1, -1):
        if lex.past_auxiliaries.match(lowered, k, first) is not None:
            return PAST
        if lex.future_auxiliaries.match(lowered, k, first) is not None:
            return FUTURE
        if _future(norms[k], lex) or _conditional(norms[k], lex):
            return FUTURE
        if k > 0 and norms[k - 1] in lex.determiners:
            continue  # a noun or an adjective ("une offre", "the proposed deal"), not a verb
        cue = lex.modality.match(norms, k, first)
        if cue is not None and cue[1] in _VERBAL_CUES:
            if k > lo and lex.future_auxiliaries.match(lowered, k - 1, first) is not None:
                return FUTURE  # "is expected to buy"
            if k > lo and lex.past_auxiliaries.match(lowered, k - 1, first) is not None:
                return PAST  # "aurait proposé de racheter", "has offered to buy"
            return PAST if _past_form(norms[k], lex) else PRESENT
        if cue is None and _past_form(norms[k], lex):
            return PAST  # "completed the acquisition of", "finalisait le rachat de"
    return PRESENT


_VERBAL_CUES = frozenset({Modality.PLANNED.value, Modality.HYPOTHETICAL.value})


def _past_form(word: str, lex: Lexicon) -> bool:
    return word in lex.past_forms or any(word.endswith(s) for s in lex.past_suffixes)
