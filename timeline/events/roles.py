"""Roles: which party plays which part in an event, from positions and marker words.

Positions: the subject (nearest name before the trigger in its clause, not after a
preposition), the object (first name after a verb trigger), the complement ("de X", "of X"),
and names after a marker ("par", "by", "avec", "with", "contre", "dans"...). Each trigger
group (``lang/kinds.toml``) says which role each position gives. Hires and departures assign
roles by the type of the name instead: a person is the hire, an organisation the employer.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from timeline.events.lexicon import Aliases, GroupRules, Lexicon, name_key
from timeline.events.parties import ANAPHOR, Mention
from timeline.events.triggers import Trigger
from timeline.model import EventKind, Role

__all__ = ["Salience", "assign_roles"]

_SKIPPABLE_GAP = 3
_DESCRIPTION_GAP = 5
"""Most tokens of a description before a name, its determiner included."""
_POSSESSIVE_REACH = 6


class Salience:
    """The last named clause subject before a position: what "il" or "the company" means."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        points = sorted(
            (m.end, m.name, m.person) for m in mentions if m.subject and m.form != ANAPHOR
        )
        self._ends = [p[0] for p in points if p[1]]
        self._names = [p[1] for p in points if p[1]]
        self._people = [p[2] for p in points if p[1]]

    def at(
        self, position: int, avoid: Sequence[str] = (), *, organisation: bool = False
    ) -> str | None:
        """The latest subject ending at or before ``position`` whose name is not in ``avoid``
        (not a person when ``organisation``: "the company" is not its chief executive)."""
        i = bisect_right(self._ends, position)
        while i > 0:
            i -= 1
            if self._names[i] not in avoid and not (organisation and self._people[i]):
                return self._names[i]
        return None


def _description(norms: list[str], lo: int, hi: int, lex: Lexicon) -> bool:
    """A determiner or possessive and a few plain lower-case words: an apposition that
    describes the name after it ("its rival X", "the Texas-based cooling specialist X")."""
    if hi - lo < 2 or hi - lo > _DESCRIPTION_GAP:
        return False
    if norms[lo] not in lex.determiners and norms[lo] not in lex.possessives:
        return False
    closed = lex.prepositions | lex.coordinators | lex.determiners | lex.possessives
    return all(
        norms[k] not in closed and norms[k].replace("-", "").isalpha() for k in range(lo + 1, hi)
    )


def _gap_ok(norms: list[str], lo: int, hi: int, lex: Lexicon) -> bool:
    """Only determiners, titles and a generic word with its adjectives stand in between
    ("de la société lyonnaise Calyra"), or a short description ("its rival X")."""
    if _description(norms, lo, hi, lex):
        return True
    if hi - lo > _SKIPPABLE_GAP:
        return False
    skippable = (
        lex.determiners | lex.possessives | lex.generic_companies | lex.person_titles | lex.adverbs
    )
    generic = False
    for k in range(lo, hi):
        word = norms[k]
        if word in lex.generic_companies:
            generic = True
        elif word not in skippable and not (generic and word.isalpha()):
            return False
    return True


def _marker(norms: list[str], floor: int, first: int, lex: Lexicon) -> str | None:
    """The marker class right before a name (determiners and titles may stand between)."""
    for skip in range(_DESCRIPTION_GAP + 1):
        end = first - skip
        if end <= floor:
            break
        found = lex.markers.ends_at(norms, end, floor)
        if found is not None:
            return found if not skip or _gap_ok(norms, end, first, lex) else None
    return None


def _coordinated(norms: list[str], lo: int, hi: int, lex: Lexicon) -> bool:
    return lo < hi and all(norms[k] in lex.coordinators for k in range(lo, hi))


def _joined(norms: list[str], lo: int, hi: int, lex: Lexicon) -> bool:
    """Coordinated names, the second maybe described ("X and the utility Y")."""
    if _coordinated(norms, lo, hi, lex):
        return True
    if lo >= hi or norms[lo] not in lex.coordinators or norms[lo] == ",":
        return False
    return _description(norms, lo + 1, hi, lex) or _gap_ok(norms, lo + 1, hi, lex)


def _positional(
    trigger: Trigger,
    mentions: Sequence[Mention],
    norms: list[str],
    lex: Lexicon,
    stop: int,
) -> list[tuple[Role, Mention]]:
    rules: GroupRules = trigger.group
    roles = rules.roles
    result: list[tuple[Role, Mention]] = []
    after = [m for m in mentions if m.first >= trigger.last and m.last <= stop]
    before = [m for m in mentions if m.first >= trigger.lo and m.last <= trigger.first]
    passive = False
    previous: Mention | None = None
    previous_role: Role | None = None
    for m in after:
        floor = trigger.last if previous is None else previous.last
        if previous is not None and (
            m.first == previous.first or _coordinated(norms, previous.last, m.first, lex)
        ):  # the parts of a split compound ("the A-B merger") share a token
            role = previous_role
        else:
            marker = _marker(norms, floor, m.first, lex)
            if marker == "passive":
                passive = True
            if marker is None:
                adjacent = m.first - floor <= 1 or _gap_ok(norms, floor, m.first, lex)
                role = roles.get("object") or roles.get("complement")
                if previous is not None or not adjacent:
                    role = None
            elif marker == "complement":
                role = roles.get("complement") or roles.get("object")
            else:
                role = roles.get(marker)
        if role is not None:
            result.append((role, m))
        previous, previous_role = m, role
    subject_role = roles.get("subject")
    if passive:
        subject_role = roles.get("object") or roles.get("complement")
    subjects = _subjects(trigger, before, norms, lex)
    if subject_role is not None:
        result = [(subject_role, m) for m in subjects] + result
    return result


def _subjects(
    trigger: Trigger, before: Sequence[Mention], norms: list[str], lex: Lexicon
) -> list[Mention]:
    """The subject mentions of a trigger (coordinated ones included), nearest first."""
    # English possessive: "Microsoft's $13 billion investment".
    if before:
        m = before[-1]
        if norms[m.last] == "'s" and trigger.first - m.last <= _POSSESSIVE_REACH:
            return [m]
    floor = trigger.lo
    for k in range(trigger.first - 1, trigger.lo - 1, -1):
        if norms[k] in lex.subordinators:
            floor = k
            break
    chosen = [m for m in before if m.subject and m.first >= floor]
    if not chosen:
        return []
    subject = chosen[-1]
    if any(norms[k] in lex.non_agent_verbs for k in range(subject.last, trigger.first)):
        return []
    group = [subject]
    index = before.index(subject)
    while index > 0 and _joined(norms, before[index - 1].last, group[0].first, lex):
        earlier = before[index - 1]
        if not earlier.subject and not norms[earlier.last].isalpha():
            break
        index -= 1
        group.insert(0, earlier)
    return group


def _by_type(
    trigger: Trigger,
    mentions: Sequence[Mention],
    clause: Sequence[Mention],
    norms: list[str],
    lex: Lexicon,
) -> list[tuple[Role, Mention]]:
    hire = trigger.group.kind is EventKind.HIRE
    person_role = Role.HIRE if hire else Role.SUBJECT
    people = [m for m in clause if m.person]
    orgs = [m for m in clause if not m.person]
    after_people = [m for m in people if m.first >= trigger.last]
    before_people = [m for m in people if m.last <= trigger.first]
    order = (after_people + before_people[::-1]) if hire else (before_people[::-1] + after_people)
    if not order:
        order = [m for m in mentions if m.person]
    result: list[tuple[Role, Mention]] = []
    if order:
        result.append((person_role, order[0]))
    floor = trigger.lo
    for k in range(trigger.first - 1, trigger.lo - 1, -1):
        if norms[k] in lex.subordinators:
            floor = k
            break
    subj = [m for m in orgs if m.subject and floor <= m.first and m.last <= trigger.first]
    after_orgs = [m for m in orgs if m.first >= trigger.last]
    before_orgs = [m for m in orgs if m.last <= trigger.first]
    if hire:
        pool = subj[::-1] + before_orgs[::-1] + after_orgs
    else:
        pool = after_orgs + subj[::-1] + before_orgs[::-1]
    pool = pool or [m for m in mentions if not m.person]
    # Written names before anaphors ("le directeur de Calyra ... quittera l'entreprise").
    pool = [m for m in pool if m.form != ANAPHOR] + [m for m in pool if m.form == ANAPHOR]
    if pool:
        result.append((Role.EMPLOYER, pool[0]))
    return result


def assign_roles(
    trigger: Trigger,
    mentions: Sequence[Mention],
    norms: list[str],
    lex: Lexicon,
    table: Aliases,
    salience: Salience,
    stop: int,
    starts: Sequence[int],
) -> list[tuple[Role, str]]:
    """(role, canonical name) pairs for ``trigger``; ``mentions`` are those of its sentence.

    ``stop`` is the token where names after the trigger stop counting (the next trigger);
    ``starts`` are the tokens' character offsets.
    """
    clause = [m for m in mentions if m.first >= trigger.lo and m.last <= trigger.hi]
    if trigger.group.by_type:
        pairs = _by_type(trigger, mentions, clause, norms, lex)
    else:
        pairs = _positional(trigger, clause, norms, lex, stop)
    result: list[tuple[Role, str]] = []
    seen: set[str] = set()
    for role, m in pairs:
        company = m.form == ANAPHOR and norms[m.first] in lex.generic_companies
        name = m.name or salience.at(m.start, avoid=tuple(seen), organisation=company) or ""
        if not name or name in seen:
            continue
        seen.add(name)
        result.append((role, name))
    subject_role = trigger.group.roles.get("subject")
    if subject_role is not None and not any(r is subject_role for r, _ in result):
        back = trigger.first - 1
        while back >= trigger.lo and back >= trigger.first - 3:
            if norms[back] in lex.possessives:
                topic = salience.at(starts[back], avoid=tuple(seen))
                if topic and topic not in seen:
                    result.insert(0, (subject_role, topic))
                    seen.add(topic)
                break
            back -= 1
    if trigger.group.authorities:
        result = [
            (Role.ANNOUNCER if name_key(n) in table.authorities else Role.SUBJECT, n)
            for _, n in result
        ]
    return result
