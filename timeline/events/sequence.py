"""Order told by a clause: "Cela survient après que X a fait Y", "This comes after X did Y".

An event told before an "after" clause (in the same sentence, or in the sentence before when
the clause's sentence tells no event of its own before the cue) happened after the first event
of that clause; a cue that opens its sentence is not used. When the text does not date the
earlier-told event, its ``when`` becomes event-relative (``after`` the clause's event, bounds
kept) and its ``refers_to`` names that event; the ordering stage resolves it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence

import attrs

from timeline.events.lexicon import Lexicon
from timeline.model import Anchor, Event, EventOffset, Relation, TimeValue

__all__ = ["Told", "link_after_clauses"]

REACH = 12
"""At most this many tokens between the cue and the clause's trigger."""


@attrs.frozen
class Told:
    """Where an event was told: its trigger's first token and its sentence's first token."""

    trigger: int
    sentence: int


def _after(event: Event, other: Event) -> Event:
    value = event.when
    when = TimeValue(
        start=value.start,
        end=value.end,
        granularity=value.granularity,
        timex=value.timex,
        anchor=Anchor.EVENT,
        relative=EventOffset(Relation.AFTER, None, None),
    )
    return attrs.evolve(event, when=when, refers_to=other.id)


def _cues(
    norms: list[str], lo: int, hi: int, lex: Lexicon, in_time: Callable[[int, int], bool]
) -> list[tuple[int, int]]:
    """Token spans of the "after" cues of ``[lo, hi)`` outside temporal expressions."""
    found: list[tuple[int, int]] = []
    i = lo
    while i < hi:
        hit = lex.after_cues.match(norms, i, hi)
        if hit is None or in_time(i, hit[0]):
            i += 1
            continue
        found.append((i, hit[0]))
        i = hit[0]
    return found


def link_after_clauses(
    events: list[Event],
    told: Sequence[Told],
    sentences: Sequence[tuple[int, int]],
    norms: list[str],
    in_time: Callable[[int, int], bool],
    lex: Lexicon,
) -> list[Event]:
    """``events`` (in text order, told at ``told``) with "after" clauses turned into links.

    ``sentences`` are the token ranges of all the document's sentences, in order;
    ``in_time(first, last)`` tells whether tokens ``[first, last)`` lie in a temporal
    expression ("shortly after" is a time, not a clause).
    """
    result = list(events)
    triggers = [t.trigger for t in told]
    previous = -1
    for lo, hi in sentences:
        if lex.after_cues.is_empty():
            break
        for start, end in _cues(norms, lo + 1, hi, lex, in_time):
            # A cue opening its sentence ("After X sued Y, Z raised...") tells what follows.
            clause = bisect_left(triggers, end)
            main = bisect_left(triggers, start) - 1
            if clause >= len(told) or triggers[clause] >= min(hi, end + REACH) or main < 0:
                continue
            if told[main].sentence not in (lo, previous):
                continue  # "Cela" refers to the sentence just before
            if result[main].when.anchor is Anchor.UNDATED:
                result[main] = _after(result[main], result[clause])
        previous = lo
    return result
