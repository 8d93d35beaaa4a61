"""From a document's tokens, mentions, triggers, amounts and times to Event records."""

from __future__ import annotations

import hashlib
from bisect import bisect_left
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import attrs

from timeline.events.lexicon import Aliases, Lexicon
from timeline.events.modality import modality_of, tense_of
from timeline.events.parties import Mention, canonicalise, find_mentions
from timeline.events.roles import Salience, assign_roles
from timeline.events.sequence import Told, link_after_clauses
from timeline.events.summary import summarise
from timeline.events.text import Sentence, Token, sentences, tokenise
from timeline.events.timing import governing_time, inferred_time, until_value
from timeline.events.triggers import Trigger, clauses, find_triggers
from timeline.model import (
    Anchor,
    Document,
    Event,
    EventKind,
    Evidence,
    Mod,
    Money,
    Party,
    Role,
    TimeMention,
    TimeValue,
)
from timeline.money import MoneyMention, find_amounts

__all__ = ["Draft", "PersonHints", "build_events"]

_T = TypeVar("_T")

PersonHints = Callable[[str, Sequence[tuple[int, int]]], dict[tuple[int, int], bool]]
"""Given the text and sentence spans, {(start, end): is_person} for names a model recognised."""

_UNTIL_REACH = 3
_REMENTION_REACH = 20
_ENTITY_REACH = 200
"""Entities longer than this many characters are not used to type names."""
_AMOUNT_REACH = 15
"""At most this many tokens between an amount and its trigger."""
_TWO_PARTY = frozenset({EventKind.PARTNERSHIP, EventKind.CONTRACT, EventKind.CONTRACT_END})


@attrs.define
class Draft:
    """An event under construction."""

    trigger: Trigger
    sentence: Sentence
    parties: list[tuple[Role, str]]
    kind: EventKind
    amount: MoneyMention | None = None
    until: TimeMention | None = None
    anaphoric: bool = False
    """A definite noun ("l'acquisition", "the deal") naming no party after it."""


def _event_id(document: Document, kind: EventKind, start: int) -> str:
    raw = f"{document.id}\x00{kind.value}\x00{start}".encode("utf-8", "surrogatepass")
    return "ev-" + hashlib.sha256(raw).hexdigest()[:12]


def _token_index(starts: Sequence[int], char: int) -> int:
    return max(0, bisect_left(starts, char + 1) - 1)


def _attach_amounts(
    triggers: Sequence[Trigger], amounts: Sequence[MoneyMention], starts: Sequence[int]
) -> dict[int, MoneyMention]:
    """Each amount goes to the nearest amount-taking trigger of its clause (ties: the earlier)."""
    best: dict[int, tuple[int, MoneyMention]] = {}
    for amount in amounts:
        first = _token_index(starts, amount.start)
        last = _token_index(starts, amount.end - 1) + 1
        candidates = []
        for n, t in enumerate(triggers):
            if not t.group.amount or not (t.lo <= first < t.hi):
                continue
            if t.first < last and first < t.last:
                continue
            gap = first - t.last if t.last <= first else t.first - last
            if gap > _AMOUNT_REACH:
                continue
            candidates.append((gap, 0 if t.last <= first else 1, n))
        if not candidates:
            continue
        gap, _, n = min(candidates)
        if n not in best or gap < best[n][0]:
            best[n] = (gap, amount)
    return {n: a for n, (_, a) in best.items()}


def _until_time(
    trigger: Trigger,
    norms: list[str],
    starts: Sequence[int],
    times: Sequence[TimeMention],
    lex: Lexicon,
) -> TimeMention | None:
    """The bound of "le contrat ... jusqu'en 2030" in the trigger's clause, if any."""
    i = trigger.lo
    while i < trigger.hi:
        hit = lex.until.match(norms, i, trigger.hi)
        if hit is None:
            i += 1
            continue
        cue_start = starts[i]
        limit = starts[min(hit[0] + _UNTIL_REACH, trigger.hi - 1)]
        for m in times:
            if cue_start <= m.start <= limit and m.value.timex[:1].isdigit():
                return m
        i = hit[0]
    for m in times:
        lo, hi = starts[trigger.lo], starts[trigger.hi - 1] + 1
        if lo <= m.start < hi and m.value.mod is Mod.ON_OR_BEFORE:
            return m
    return None


def build_events(
    document: Document,
    times: Sequence[TimeMention],
    lex: Lexicon,
    table: Aliases,
    person_hints: PersonHints | None = None,
) -> list[Event]:
    """The events of ``document`` in text order."""
    text = document.text
    tokens = tokenise(text, lex.elisions)
    if not tokens:
        return []
    norms = [t.norm for t in tokens]
    starts = [t.start for t in tokens]
    spans = sentences(text, tokens)
    lowercase = frozenset(t.norm for t in tokens if t.text.islower())
    singles = _single_names(tokens, lex)
    inner = _inner_names(tokens, spans)
    per_sentence: list[tuple[Sentence, list[tuple[int, int]], list[Trigger]]] = []
    for sentence in spans:
        parts = clauses(norms, sentence, lex)
        found = find_triggers(tokens, norms, sentence, parts, lex)
        per_sentence.append((sentence, parts, found))
    mentions_of: dict[int, list[Mention]] = {}
    all_mentions: list[Mention] = []
    for n, (sentence, _, found) in enumerate(per_sentence):
        ms = find_mentions(text, tokens, norms, sentence, lex, table, lowercase, singles, inner)
        ms = [m for m in ms if not any(m.first < t.last and t.first < m.last for t in found)]
        mentions_of[n] = ms
        all_mentions.extend(ms)
    if person_hints is not None:
        # Name types only matter where roles go by type (hires, departures).
        wanted = [(s.start, s.end) for s, _, f in per_sentence if any(t.group.by_type for t in f)]
        _apply_hints(all_mentions, person_hints(text, wanted), norms, lex)
    canonicalise(all_mentions, table)
    salience = Salience(all_mentions)
    amounts = find_amounts(text, lang=document.lang) if any(f for _, _, f in per_sentence) else []
    amount_starts = [a.start for a in amounts]
    times = sorted(times, key=lambda m: (m.start, m.end))
    time_starts = [m.start for m in times]
    drafts: list[Draft] = []
    for n, (sentence, _, found) in enumerate(per_sentence):
        if not found:
            continue
        in_sentence = _within(amounts, amount_starts, sentence.start, sentence.end)
        sentence_times = _within(times, time_starts, sentence.start, sentence.end)
        drafts.extend(
            _sentence_drafts(
                sentence,
                found,
                mentions_of[n],
                in_sentence,
                sentence_times,
                norms,
                starts,
                lex,
                table,
                salience,
            )
        )
    drafts = _without_restated_headlines(drafts, text)
    events, told = _finish(document, drafts, times, time_starts, tokens, norms, lex)

    def in_time(first: int, last: int) -> bool:
        lo, hi = tokens[first].start, tokens[last - 1].end
        k = bisect_left(time_starts, hi) - 1
        return any(times[j].end > lo for j in range(max(0, k - 1), k + 1))

    ranges = [(s.first, s.last) for s in spans]
    return link_after_clauses(events, told, ranges, norms, in_time, lex)


def _headline(sentence: Sentence, text: str) -> bool:
    """A line without final punctuation followed by a blank line: a title or a heading."""
    if text[sentence.end - 1 : sentence.end] in ".!?":
        return False
    after = text[sentence.end : sentence.end + 16].lstrip(" \t\r")
    return after.startswith("\n") and after[1:].lstrip(" \t\r").startswith("\n")


def _same_party(a: str, b: str) -> bool:
    """ "Pelora" and "Fintech Pelora", "Ardent" and "Ardent Biotech": one name holds the other."""
    x, y = f" {a.casefold()} ", f" {b.casefold()} "
    return x in y or y in x


def _without_restated_headlines(drafts: list[Draft], text: str) -> list[Draft]:
    """Drop a headline's event that the body tells again (same kind, a shared party)."""
    heads = {id(d) for d in drafts if _headline(d.sentence, text)}
    if not heads:
        return drafts
    body = [d for d in drafts if id(d) not in heads]

    def restated(head: Draft) -> bool:
        names = [name for _, name in head.parties]
        return any(
            d.kind is head.kind and any(_same_party(n, m) for n in names for _, m in d.parties)
            for d in body
        )

    return [d for d in drafts if id(d) not in heads or not restated(d)]


def _lowered(tokens: Sequence[Token]) -> list[str]:
    return [t.text.lower().replace("\u2019", "'") for t in tokens]


def _single_names(tokens: Sequence[Token], lex: Lexicon) -> frozenset[str]:
    from timeline.events.lexicon import name_key

    return frozenset(
        name_key(t.text) for t in tokens if t.capitalised and "-" not in t.text and t.is_word
    )


def _inner_names(tokens: Sequence[Token], spans: Sequence[Sentence]) -> frozenset[str]:
    from timeline.events.lexicon import name_key

    firsts = {s.first for s in spans}
    return frozenset(
        name_key(t.text)
        for n, t in enumerate(tokens)
        if t.capitalised and n not in firsts and n - 1 not in firsts
    )


def _apply_hints(
    mentions: Sequence[Mention], hints: dict[tuple[int, int], bool], norms: list[str], lex: Lexicon
) -> None:
    """Type names by the entities that contain them or that they contain; a name ending in
    an organisation word ("Kessler Chips") stays an organisation."""
    spans = sorted(hints)
    span_starts = [s for s, _ in spans]
    for m in mentions:
        lo = bisect_left(span_starts, m.start - _ENTITY_REACH)
        hi = bisect_left(span_starts, m.end)
        for start, end in spans[lo:hi]:
            if (start <= m.start and m.end <= end) or (m.start <= start and end <= m.end):
                if hints[(start, end)]:
                    organisation = norms[m.last - 1] in lex.org_suffixes
                    m.person = m.person or (m.last - m.first >= 2 and not organisation)
                else:
                    m.person = False
                break


def _sentence_drafts(
    sentence: Sentence,
    found: list[Trigger],
    mentions: list[Mention],
    amounts: list[MoneyMention],
    times: list[TimeMention],
    norms: list[str],
    starts: list[int],
    lex: Lexicon,
    table: Aliases,
    salience: Salience,
) -> list[Draft]:
    found = [t for t in found if not _charged(t, norms, lex)]
    specific = [t for t in found if not t.group.generic]
    triggers = _without_weak_followers(specific or found, mentions)
    if specific:
        generic_contracts = [t for t in found if t.group.generic and t.kind == "contract"]
    else:
        generic_contracts = []
    attached = _attach_amounts(triggers, amounts, starts)
    drafts: list[Draft] = []
    for n, trigger in enumerate(triggers):
        stop = next((t.first for t in triggers[n + 1 :] if t.lo == trigger.lo), trigger.hi)
        parties = assign_roles(trigger, mentions, norms, lex, table, salience, stop, starts)
        _elided_subject(trigger, sentence, parties, mentions, norms, lex, salience, starts)
        amount = attached.get(n)
        if trigger.group.requires_amount and amount is None:
            continue
        if trigger.group.requires_authority and not any(r is Role.ANNOUNCER for r, _ in parties):
            continue
        needed = trigger.group.requires_any
        missing = needed and not any(r in needed for r, _ in parties)
        if missing and not _titled_person(trigger, parties, norms, lex):
            continue
        if trigger.group.needs_object and not _has_object(trigger, parties, mentions, norms, lex):
            continue
        draft = Draft(trigger, sentence, parties, trigger.group.kind, amount)
        draft.anaphoric = _definite_noun(trigger, norms, lex) and not any(
            m.first >= trigger.last and m.last <= stop and m.name in {n for _, n in parties}
            for m in mentions
        )
        same = next(
            (d for d in drafts if d.kind is draft.kind and d.trigger.lo == trigger.lo), None
        )
        if same is not None:
            _absorb(same, draft)
            continue
        drafts.append(draft)
    for trigger in generic_contracts:
        parties = assign_roles(trigger, mentions, norms, lex, table, salience, trigger.hi, starts)
        drafts.append(Draft(trigger, sentence, parties, EventKind.CONTRACT))
    result: list[Draft] = []
    for draft in drafts:
        if draft.kind in (EventKind.CONTRACT, EventKind.PARTNERSHIP):
            bound = _until_time(draft.trigger, norms, starts, times, lex)
            if bound is not None:
                end = Draft(draft.trigger, sentence, list(draft.parties), EventKind.CONTRACT_END)
                end.until = bound
                if not _has_subject(draft.trigger, mentions):
                    _two_party(end, salience, starts)
                result.append(end)
                if draft.trigger.group.generic or not _new_contract(draft.trigger, norms, lex):
                    continue
                draft.until = bound
            if draft.trigger.group.generic and specific:
                continue
        if len({name for _, name in draft.parties}) < draft.trigger.group.min_parties:
            continue
        if draft.kind in _TWO_PARTY and not _has_subject(draft.trigger, mentions):
            _two_party(draft, salience, starts)
        if not draft.parties:
            continue
        result.append(draft)
    return result


def _without_weak_followers(triggers: list[Trigger], mentions: Sequence[Mention]) -> list[Trigger]:
    """Drop weak triggers ("raised", "worth") that only continue an earlier trigger's clause.

    A weak trigger continues the earlier trigger of its clause when no subject name stands
    between them ("the IPO of X raised $300M", "a contract with Y worth $30B").
    """
    kept: list[Trigger] = []
    for trigger in triggers:
        earlier = [t for t in kept if t.lo == trigger.lo]
        if trigger.group.weak and earlier:
            lo = earlier[-1].last
            if not any(m.subject and lo <= m.first and m.last <= trigger.first for m in mentions):
                continue
        kept.append(trigger)
    return kept


_CHARGE_REACH = 6
"""How many tokens before a trigger a charge cue ("accusing it of") may stand."""


def _charged(trigger: Trigger, norms: list[str], lex: Lexicon) -> bool:
    """True when the trigger is what someone is accused of ("accusing it of poaching")."""
    for k in range(max(trigger.lo, trigger.first - _CHARGE_REACH), trigger.first):
        if lex.accusations.match(norms, k, trigger.first) is not None:
            return True
    return False


_TITLE_REACH = 10
"""How many tokens before a departure its unnamed person's title may stand."""


def _titled_person(
    trigger: Trigger, parties: Sequence[tuple[Role, str]], norms: list[str], lex: Lexicon
) -> bool:
    """An unnamed person known by title leaves an employer ("X's chief executive stepped
    down", "le directeur général de X a démissionné")."""
    if trigger.group.kind is not EventKind.DEPARTURE:
        return False
    if not any(role is Role.EMPLOYER for role, _ in parties):
        return False
    lo = max(trigger.lo, trigger.first - _TITLE_REACH)
    words = (part for k in range(lo, trigger.first) for part in norms[k].split("-"))
    return any(word in lex.person_titles for word in words)


def _has_object(
    trigger: Trigger,
    parties: Sequence[tuple[Role, str]],
    mentions: Sequence[Mention],
    norms: list[str],
    lex: Lexicon,
) -> bool:
    """True when an organisation of the event, or an object noun ("the company", "son
    poste"), follows the trigger, after at most a determiner or a possessive."""
    at = trigger.last
    while at < trigger.hi and (norms[at] in lex.determiners or norms[at] in lex.possessives):
        at += 1
    if at < trigger.hi and norms[at] in lex.object_nouns:
        return True
    organisations = {name for role, name in parties if role is Role.EMPLOYER}
    return any(m.first == at and m.name in organisations for m in mentions)


def _elided_subject(
    trigger: Trigger,
    sentence: Sentence,
    parties: list[tuple[Role, str]],
    mentions: Sequence[Mention],
    norms: list[str],
    lex: Lexicon,
    salience: Salience,
    starts: Sequence[int],
) -> None:
    """ "X a levé 30 M€ puis a racheté Y": a later clause's verb keeps the sentence's subject."""
    role = trigger.group.roles.get("subject")
    if role is None or trigger.lo <= sentence.first or any(r is role for r, _ in parties):
        return
    if any(trigger.lo <= m.first < trigger.first for m in mentions):
        return
    before = norms[trigger.first - 1] if trigger.first > trigger.lo else ""
    if before in lex.determiners or before in lex.possessives:
        return
    names = tuple(n for _, n in parties)
    topic = salience.at(starts[trigger.lo], avoid=names)
    if topic is not None and salience.at(starts[trigger.lo]) == topic:
        parties.insert(0, (role, topic))


def _definite_noun(trigger: Trigger, norms: list[str], lex: Lexicon) -> bool:
    """True for a trigger right after a definite article or demonstrative."""
    return trigger.first > trigger.lo and norms[trigger.first - 1] in lex.definites


def _new_contract(trigger: Trigger, norms: list[str], lex: Lexicon) -> bool:
    """A contract made here ("signe un contrat", "wins a contract"), not one that exists."""
    if trigger.first == trigger.lo:
        return False
    for k in range(trigger.first - 1, max(trigger.lo, trigger.first - 4) - 1, -1):
        word = norms[k]
        if word in lex.indefinites:
            return True
        if word in lex.determiners or word in lex.possessives or word == "'s":
            return False
    return True


def _has_subject(trigger: Trigger, mentions: Sequence[Mention]) -> bool:
    return any(m.subject and trigger.lo <= m.first and m.last <= trigger.first for m in mentions)


def _two_party(draft: Draft, salience: Salience, starts: Sequence[int]) -> None:
    """A contract or partnership naming one side only: the other is the current topic."""
    if len(draft.parties) != 1 or draft.trigger.group.roles.get("subject") is None:
        return
    name = draft.parties[0][1]
    other = salience.at(starts[draft.trigger.lo], avoid=(name,))
    if other is not None:
        draft.parties.insert(0, (draft.parties[0][0], other))


def _absorb(first: Draft, later: Draft) -> None:
    names = {n for _, n in first.parties}
    first.parties.extend((r, n) for r, n in later.parties if n not in names)
    if first.amount is None:
        first.amount = later.amount


def _within(items: Sequence[_T], starts: Sequence[int], lo: int, hi: int) -> list[_T]:
    """The items (sorted by start) that start in ``[lo, hi)``."""
    return list(items[bisect_left(starts, lo) : bisect_left(starts, hi)])


def _finish(
    document: Document,
    drafts: list[Draft],
    times: Sequence[TimeMention],
    time_starts: Sequence[int],
    tokens: Sequence[Token],
    norms: list[str],
    lex: Lexicon,
) -> tuple[list[Event], list[Told]]:
    reference = document.reference_date
    lowered = _lowered(tokens)
    events: list[Event] = []
    told: list[Told] = []
    kept: dict[tuple[EventKind, str], list[Event]] = {}
    kinds: dict[EventKind, Event] = {}
    """The latest event of each kind."""
    for draft in sorted(drafts, key=lambda d: (d.trigger.first, d.kind.value)):
        t = draft.trigger
        s = draft.sentence
        clause = (t.lo, t.hi)
        tense = tense_of(norms, lowered, t.first, clause, lex)
        modality = modality_of(
            norms, t.first, t.last, clause, (s.first, s.last), lex, t.group.modality, tense
        )
        trig_chars = (tokens[t.first].start, tokens[t.last - 1].end)
        clause_chars = (tokens[t.lo].start, tokens[t.hi - 1].end)
        exclude = [(draft.amount.start, draft.amount.end)] if draft.amount else []
        until: TimeValue | None = None
        if draft.kind is EventKind.CONTRACT and draft.until is not None:
            until = until_value(draft.until)
            exclude.append((draft.until.start, draft.until.end))
        if draft.kind is EventKind.CONTRACT_END and draft.until is not None:
            when = until_value(draft.until)
            explicit = True
        else:
            sentence_times = _within(times, time_starts, s.start, s.end)
            governing = governing_time(
                sentence_times, trig_chars, clause_chars, (s.start, s.end), exclude
            )
            if governing is not None:
                when = governing.value
                explicit = True
            else:
                when = inferred_time(reference, modality, tense)
                explicit = False
        parties = _ordered(draft, lex)
        amount: Money | None = draft.amount.value if draft.amount else None
        event_id = _event_id(document, draft.kind, trig_chars[0])
        refers_to = None
        if when.anchor is Anchor.EVENT and events:
            refers_to = events[-1].id
        evidence = _evidence(document, s)
        if not explicit and _remention(draft, amount, kept):
            continue
        if not explicit and draft.anaphoric and amount is None and kinds.get(draft.kind):
            continue
        if not parties and draft.kind is EventKind.CONTRACT_END:
            # "Ce contrat court jusqu'en 2031": the contract last spoken of.
            latest = kinds.get(EventKind.CONTRACT) or kinds.get(EventKind.PARTNERSHIP)
            if latest is None:
                continue
            parties = latest.parties
            if latest.kind is EventKind.CONTRACT and latest.until is None:
                place = events.index(latest)
                events[place] = attrs.evolve(latest, until=when)
                kinds[EventKind.CONTRACT] = events[place]
        fields: dict[str, Any] = {
            "id": event_id,
            "kind": draft.kind,
            "summary": summarise(draft.kind, parties, amount, modality, lex),
            "when": when,
            "parties": parties,
            "amount": amount,
            "until": until,
            "modality": modality,
            "evidence": (evidence,),
            "refers_to": refers_to,
        }
        event = Event(**fields)
        events.append(event)
        told.append(Told(t.first, s.first))
        kinds[draft.kind] = event
        for party in parties:
            kept.setdefault((draft.kind, party.name), []).append(event)
    return events, told


def _remention(
    draft: Draft, amount: Money | None, kept: dict[tuple[EventKind, str], list[Event]]
) -> bool:
    """True when an undated later mention only repeats an earlier event of the same kind.

    It does when its parties are among the earlier event's and it adds no other amount; the
    last few events naming the same party are compared (a repeat comes soon after).
    """
    names = {n for _, n in draft.parties}
    if not names:
        return False
    shortest = min((kept.get((draft.kind, n), []) for n in names), key=len)
    for event in shortest[-_REMENTION_REACH:]:
        if names <= {p.name for p in event.parties} and (amount is None or amount == event.amount):
            return True
    return False


def _ordered(draft: Draft, lex: Lexicon) -> tuple[Party, ...]:
    order = lex.role_order.get(draft.kind.value, ())
    rank = {role: n for n, role in enumerate(order)}
    indexed = list(enumerate(draft.parties))
    indexed.sort(key=lambda p: (rank.get(p[1][0], len(order)), p[0]))
    return tuple(Party(name, role) for _, (role, name) in indexed)


def _evidence(document: Document, sentence: Sentence) -> Evidence:
    start, end = sentence.start, sentence.end
    return Evidence(document.id, start, end, document.text[start:end])
