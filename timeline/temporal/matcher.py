"""The engine: categorise tokens, match the language's rules in passes, pick the longest.

Pass 1 matches the rules made of words only; passes 2 and 3 match the rules built on an
expression found by the pass before (``<time>``: bounds, parts, ranges). Each pass reads the
tokens once, and at each token only the rules that can start there, so time stays linear.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime, timedelta
from typing import Any

import attrs

from timeline.model import Anchor, Granularity, Mod, Relation, TimeMention, TimeType, TimeValue
from timeline.temporal.actions import ACTIONS
from timeline.temporal.actions.lengths import spelled_number
from timeline.temporal.calendar import day_of
from timeline.temporal.lexicon import Lexicon, Rule
from timeline.temporal.rules import TimeRules
from timeline.temporal.text import Tokens, fold, normalise, tokenise
from timeline.temporal.timex import timex_interval
from timeline.temporal.values import Captures, Context, Found, Invalid
from timeline.temporal.zones import express_in

__all__ = ["find_mention_views", "find_mentions"]

Edges = dict[int, dict[str, list[tuple[int, Any]]]]
_Nest = tuple[int, ...]
"""The starts of the subordinate clauses around a token, outermost first."""
_NO_EDGES: dict[str, list[tuple[int, Any]]] = {}
_PASSES = 4
_TENSE_REACH = 40
_FAR = 1 << 30
_AUXILIARY_PENALTY = 3
_FUTURE_SUFFIX_MIN = 6
_PAST_SUFFIX_MIN = 5
"""Shortest words whose ending marks a tense: "voted" is past; "front" is not future."""
_MAX_MATCH_TOKENS = 40
_BREAKS = frozenset('.,;:)!?"')
_CLAUSE_ENDS = frozenset(',;:()"«»')
"""Punctuation that closes a subordinate clause ("la réunion, qui aura lieu lundi, ...")."""
_DIGITS = frozenset("0123456789")
_DAY_OR_FINER = frozenset(
    {
        Granularity.DAY,
        Granularity.PART_OF_DAY,
        Granularity.HOUR,
        Granularity.MINUTE,
        Granularity.SECOND,
    }
)
_OPEN_MODS = frozenset({Mod.BEFORE, Mod.AFTER, Mod.ON_OR_BEFORE, Mod.ON_OR_AFTER})
_PERIODS = frozenset({Granularity.MONTH, Granularity.SEASON, Granularity.QUARTER, Granularity.HALF})
_PER_YEAR = {Granularity.MONTH: 12, Granularity.QUARTER: 4, Granularity.YEAR: 1}
"""Units of "the same month / quarter / period a year ago"; a period is counted in years."""


@attrs.frozen
class _Match:
    first: int
    last: int
    span_first: int
    span_last: int
    found: Found | None
    """None for a blocked (invalid) match."""
    parts: tuple[tuple[int, int, TimeValue], ...] = ()
    """Token ranges and values of the parts of a range or of a day with a clock time."""


def _numeric(text: str, edges: dict[str, list[tuple[int, Any]]], end: int) -> None:
    """Number categories of an ASCII digit token (other scripts' digits are not read)."""
    if not text.isascii():
        return
    digits = len(text) - len(text.lstrip("0123456789"))
    if digits == 0:
        return
    if digits < len(text):  # an ordinal: "1er", "21st"
        if digits <= 2:
            value = int(text[:digits])
            edges["ord"].append((end, value))
            if 1 <= value <= 31:
                edges["ordday"].append((end, value))
        return
    if digits > 9:
        return
    value = int(text)
    edges["int"].append((end, value))
    edges["qty"].append((end, value))
    if digits <= 2:
        if 1 <= value <= 31:
            edges["day"].append((end, value))
        else:
            edges["bad_day"].append((end, value))
        if 1 <= value <= 12:
            edges["month_num"].append((end, value))
        if value <= 24:
            edges["hour"].append((end, value))
    if digits == 2 and value <= 59:
        edges["minute"].append((end, value))
        edges["second"].append((end, value))
    if digits == 2:
        edges["short_year"].append((end, value))
        if 1 <= value <= 12:  # "04": a month written as on a form
            edges["month_num2"].append((end, value))
    if digits == 4 and 1000 <= value <= 2999:
        edges["year"].append((end, value))
        if 1900 <= value <= 2099:
            edges["likely_year"].append((end, value))


def _inside_number(tokens: Tokens, i: int, language: str) -> bool:
    """True when token ``i`` continues a number begun before it, so no match may begin there:
    digits after digits and a glued "." or "," ("2.5", "1,5", "1,500") or, both of one or two
    digits, "/" ("1/2", "23/12"; not "2024/2025"), a group of
    three digits one space after one to three digits ("10 000"), or a number word that reads
    as one number with the words before it ("twenty-one", "vingt et un", "hundred and five";
    read by text2num in ``language``)."""
    texts = tokens.texts
    text = texts[i]
    if i < 1 or not text:
        return False
    if "0" <= text[:1] <= "9":
        before = texts[i - 1]
        if len(text) == 3 and text.isdigit() and 0 < len(before) <= 3 and before.isdigit():
            gap = tokens.source[tokens.end(i - 1) : tokens.starts[i]]
            return len(gap) == 1 and gap != "\n" and i not in tokens.breaks
        mark = before if i >= 2 else ""
        return (
            mark in (".", ",", "/")
            and tokens.glued(i - 1)
            and tokens.glued(i)
            and "0" <= texts[i - 2][-1:] <= "9"
            and (mark != "/" or len(text) <= 2 >= len(texts[i - 2]))  # "1/2", not "2024/2025"
        )
    if not text.isalpha() or spelled_number(text, language) is None:
        return False
    for first in range(i - 1, max(i - 5, -1), -1):  # "twenty one", "quatre-vingt-dix-neuf"
        if first + 1 in tokens.breaks:  # a sentence begins after it
            return False
        if spelled_number(texts[first], language) is None:
            continue
        words = texts[first] + "".join(
            ("" if tokens.glued(j) and "-" in (texts[j], texts[j - 1]) else " ") + texts[j]
            for j in range(first + 1, i + 1)
        )
        if spelled_number(words, language) is not None:
            return True
    return False


def _is_cap_word(tokens: Tokens, i: int) -> bool:
    return tokens.capitalised(i) and i not in tokens.breaks and tokens.texts[i].isalpha()


def _is_singular_word(tokens: Tokens, i: int) -> bool:
    text = tokens.texts[i]
    return len(text) >= 3 and not text.endswith("s") and text.isalpha()


def _is_break(tokens: Tokens, i: int) -> bool:
    return i in tokens.breaks or tokens.texts[i] in _BREAKS


def _is_word(tokens: Tokens, i: int) -> bool:
    return tokens.texts[i].isalpha()


# Categories tested on the token when a rule asks for them, rather than stored for every word:
# a capitalised word inside a sentence, a word of three letters or more not ending in s, any
# word of letters.
_PREDICATES = {"cap_word": _is_cap_word, "singular_word": _is_singular_word, "word": _is_word}
"""Tested on the token itself; its keys are ``lexicon.PREDICATES``."""


def _build_edges(
    tokens: Tokens, lex: Lexicon, positions: dict[str, list[int]], openers: list[int]
) -> Edges:
    """The categories of each token (numbers, lexicon words); fills ``positions`` (where
    each key word or category is) and ``openers`` (where a word rule may begin)."""
    edges: Edges = {}
    count = len(tokens)
    known, entries_after = lex.known_words, lex.entries_after
    texts = tokens.texts
    digits = _DIGITS
    # Most tokens are neither lexicon words nor numbers: skip them in one pass.
    useful = [i for i, text in enumerate(texts) if text in known or text[:1] in digits]
    for i in useful:
        text = texts[i]
        info = known.get(text)
        numeric = "0" <= text[:1] <= "9"
        if info is None:
            if numeric:
                entries: Sequence[tuple[tuple[str, ...], str, Any]] = ()
            else:
                continue
        else:
            is_key, is_starter, entries = info
            if is_key:
                positions[text].append(i)
            if not entries and not numeric:
                if is_starter:
                    openers.append(i)
                continue
        here: dict[str, list[tuple[int, Any]]] = defaultdict(list)
        if numeric:
            _numeric(text, here, i + 1)
        if i + 1 < count and len(entries) > 1:  # only the phrases whose second word follows
            after = entries_after.get(text)
            if after is not None:
                entries = after.get(texts[i + 1], after[""])
        for phrase, category, value in entries:
            size = len(phrase)
            if i + size > count:
                continue
            if size > 1 and (
                texts[i + 1] != phrase[1] or any(texts[i + j] != phrase[j] for j in range(2, size))
            ):
                continue
            if category == "month" and not _month_allowed(tokens, i, size, lex):
                continue
            if category == "weekday" and _weekday_is_name(tokens, i, size, lex):
                continue
            if category == "zone_abbr" and not _zone_case_ok(tokens, i, size, lex):
                continue
            if (
                phrase[0] in lex.capitalised_only
                and not tokens.capitalised(i)
                and not _number_touches(tokens, i, size, year=category == "holiday")
                and not _alone(tokens, i, size)
                and not _spelled_day_follows(tokens, i + size, lex)
                and (i == 0 or texts[i - 1] not in lex.lowercase_after)
            ):
                continue
            here[category].append((i + size, value))
            if category == "qty" and isinstance(value, int) and value > 1:
                # "quinze heures", "dix juillet" ("un", "a" stay counts only)
                if value <= 24:
                    here["hour"].append((i + size, value))
                if value <= 59:
                    here["minute"].append((i + size, value))
                if 2 <= value <= 31:
                    here["day"].append((i + size, value))
        if here:
            edges[i] = here
            for category in here:
                positions[f"<{category}>"].append(i)
            openers.append(i)
        elif info is not None and info[1]:
            openers.append(i)
    return edges


def _zone_case_ok(tokens: Tokens, i: int, size: int, lex: Lexicon) -> bool:
    """A zone abbreviation counts in capitals, or in lower case when the language lists it
    (English "pst"; not "west", "wet")."""
    if tokens.texts[i] in lex.config.get("lowercase_zones", ()):
        return True
    return tokens.source[tokens.starts[i] : tokens.end(i + size - 1)].isupper()


def _number_touches(tokens: Tokens, i: int, size: int, *, year: bool = False) -> bool:
    """True when a number is next to tokens [i, i + size), or "of" comes before them; with
    ``year``, only a four-digit number after them that no word follows ("lent 2026", not
    "lent 5 million" or "lent 2000 dollars")."""
    texts = tokens.texts
    if year:
        after = texts[i + size] if i + size < len(texts) else ""
        counted = i + size + 1 < len(texts) and texts[i + size + 1].isalpha()
        return len(after) == 4 and after.isascii() and after.isdigit() and not counted
    before = texts[i - 1] if i > 0 else ""
    after = texts[i + size] if i + size < len(texts) else ""
    if after in (".", ",") and i + size + 1 < len(texts):  # "Jan. 2025", "jan, 2025"
        after = texts[i + size + 1]
    if before in ("/", "-") and i > 1 and tokens.glued(i - 1) and tokens.glued(i):  # "12/Nov"
        before = texts[i - 2]
    return before[:1].isdigit() or after[:1].isdigit() or before == "of"


def _spelled_day_follows(tokens: Tokens, after: int, lex: Lexicon) -> bool:
    """True when a spelled day follows ("march first", "may twenty nine"), not an adverb
    before a word of letters that is no word of the lexicon ("it may first need")."""
    if after >= len(tokens):
        return False
    entries = lex.words.get(tokens.texts[after], ())
    if not any(category in ("ord", "dayword") for _, category, _ in entries):
        return False
    following = tokens.texts[after + 1] if after + 1 < len(tokens) else ""
    return not (following.isalpha() and following not in lex.vocabulary)


def _alone(tokens: Tokens, i: int, size: int) -> bool:
    """True when tokens [i, i + size) are the whole text, but for a final full stop."""
    rest = len(tokens) - i - size
    return i == 0 and (rest == 0 or (rest == 1 and tokens.texts[-1] == "."))


def _month_allowed(tokens: Tokens, i: int, size: int, lex: Lexicon) -> bool:
    """A capitalised month word inside a sentence is a name ("Mars") unless a number touches
    it; opening a sentence, it is a name when a verb or a capitalised word that is no word of
    the lexicon follows it ("Mars a racheté", "Avril Lavigne"). Where months are always
    capitalised, with ``config.months_after_names``, a month after a capitalised word that is
    no word of the lexicon is a surname ("Theresa May") unless a number touches it."""
    if not lex.lowercase_months:
        return not (
            lex.config.get("months_after_names")
            and _after_name(tokens, i, lex)
            and not _number_touches(tokens, i, size)
        )
    if not tokens.capitalised(i):
        return True
    start = tokens.starts[i]
    if tokens.source[start : tokens.end(i + size - 1)].isupper():  # "EN JANVIER": all capitals
        return True
    if i in tokens.breaks:
        after = i + size
        named = after not in tokens.breaks and _is_name(tokens, after, lex)
        return not (named or _verb_follows(tokens, after, lex))
    return _number_touches(tokens, i, size)


def _weekday_is_name(tokens: Tokens, i: int, size: int, lex: Lexicon) -> bool:
    """Where weekdays are written in lower case (``lowercase_months``), a capitalised one
    after a capitalised word that is no word of the lexicon is a surname ("Paul Dimanche")."""
    return (
        lex.lowercase_months
        and tokens.capitalised(i)
        and _after_name(tokens, i, lex)
        and not _number_touches(tokens, i, size)
    )


def _after_name(tokens: Tokens, i: int, lex: Lexicon) -> bool:
    """True when token ``i``, inside a sentence, follows a capitalised word of letters that is
    no word of the lexicon ("Theresa May"; not "In May", "Early May")."""
    return i > 0 and i not in tokens.breaks and _is_name(tokens, i - 1, lex)


def _is_name(tokens: Tokens, i: int, lex: Lexicon) -> bool:
    """True when token ``i`` is a capitalised word of letters that is no word of the lexicon."""
    if i >= len(tokens) or not tokens.capitalised(i):
        return False
    text = tokens.texts[i]
    return text.isalpha() and text not in lex.vocabulary


def _verb_follows(tokens: Tokens, after: int, lex: Lexicon) -> bool:
    """True when token ``after``, as written (accents kept: "a", not "à"), is one of the
    language's ``config.verbs_after_subject``."""
    if after >= len(tokens):
        return False
    word = tokens.source[tokens.starts[after] : tokens.end(after)].lower()
    return word in lex.config.get("verbs_after_subject", ())


def _needs_met(rule: Rule, window: list[tuple[int, tuple[str, ...]]]) -> bool:
    """True when each of the rule's needs is in ``window`` (offsets and markers of the
    marked tokens after a start) close enough."""
    for markers, reach in rule.needs:
        if not any(offset <= reach and not markers.isdisjoint(m) for offset, m in window):
            return False
    return True


def _span_size(rule: Rule, bounds: tuple[int, ...]) -> int:
    """Minus the number of tokens in the span: on equal matches, the wider span wins."""
    return bounds[rule.span[0]] - bounds[rule.span[1]]


def _second_possible(
    rule: Rule, start: int, tokens: Tokens, edges: Edges, times: dict[int, list[Any]]
) -> bool:
    """A quick test before matching: can one of the rule's possible second elements (see
    ``Rule.second_words``) follow its first one (a required category, ``<time>`` or word)?"""
    category = rule.elements[0].category
    if category == "time":
        ends = [end for end, _ in times.get(start, ())]
    elif category is None:  # a one-word literal
        ends = [start + 1]
    elif category in _PREDICATES:
        return True
    else:
        ends = [end for end, _ in edges.get(start, _NO_EDGES).get(category, ())]
    words = rule.second_words
    texts = tokens.texts
    count = len(texts)
    timed = "<time>" in words
    for end in ends:
        if end < count and texts[end] in words:
            return True
        if timed and end in times:
            return True
        if any(f"<{c}>" in words for c in edges.get(end, _NO_EDGES)):
            return True
    return False


def _match_rule(
    rule: Rule, start: int, tokens: Tokens, edges: Edges, times: dict[int, list[Any]]
) -> list[tuple[int, tuple[tuple[str, Any], ...], tuple[int, ...]]]:
    """Every way ``rule`` matches from token ``start``: (end, captures, element boundaries)."""
    results: list[tuple[int, tuple[tuple[str, Any], ...], tuple[int, ...]]] = []
    texts, breaks = tokens.texts, tokens.breaks
    count = len(texts)
    elements = rule.elements
    size_of = len(elements)
    if start and elements[-1].category == "whole":  # the whole text only
        return results
    stack: list[tuple[int, int, tuple[tuple[str, Any], ...], tuple[int, ...]]] = [
        (0, start, (), ())
    ]
    push = stack.append
    while stack:
        k, pos, caps, bounds = stack.pop()
        if k == size_of:
            results.append((pos, caps, (*bounds, pos)))
            continue
        element = elements[k]
        category = element.category
        if element.optional:
            push((k + 1, pos, caps, (*bounds, pos)))
        if category == "break":
            if pos >= count or _is_break(tokens, pos):
                push((k + 1, pos, caps, (*bounds, pos)))
            continue
        if category == "whole":  # the expression is the whole text
            if start == 0 and pos >= count:
                push((k + 1, pos, caps, (*bounds, pos)))
            continue
        if pos >= count or pos - start > _MAX_MATCH_TOKENS:
            continue
        if pos > start and pos in breaks:  # a match stays in its sentence
            continue
        if element.glued and not tokens.glued(pos):
            continue
        here = (*bounds, pos)
        if category is None:
            for alternative in element.by_first.get(texts[pos], ()):
                size = len(alternative)
                if size == 1 or (
                    pos + size <= count
                    and all(texts[pos + j] == alternative[j] for j in range(1, size))
                ):
                    push((k + 1, pos + size, caps, here))
        elif category == "time":
            for end, found in times.get(pos, ()):
                push((k + 1, end, (*caps, ("time", found)), here))
        elif category in _PREDICATES:
            if _PREDICATES[category](tokens, pos):
                push((k + 1, pos + 1, (*caps, (category, texts[pos])), here))
        else:
            for end, value in edges.get(pos, _NO_EDGES).get(category, ()):
                push((k + 1, end, (*caps, (category, value)), here))
    return results


_PART_CATEGORIES = frozenset({"time", "day", "ordday", "year", "likely_year", "int"})


def _parts(
    rule: Rule, bounds: tuple[int, ...], found: Found
) -> tuple[tuple[int, int, TimeValue], ...]:
    """Pair the part values of ``found`` with the token ranges of the rule's parts."""
    if not found.parts:
        return ()
    elements = rule.elements
    ranges = []
    for k, element in enumerate(elements):
        if element.category in _PART_CATEGORIES:
            end = k + 1
            if end < len(elements) and elements[end].category in ("unit", "units"):
                end += 1  # "de 8 à 24 mois": the last number keeps its unit
            ranges.append((bounds[k], bounds[end]))
    if len(ranges) != len(found.parts):
        return ()
    return tuple((a, b, value) for (a, b), value in zip(ranges, found.parts, strict=True))


def _size(match: _Match) -> int:
    return match.span_last - match.span_first


def _best_cover(options: dict[int, dict[int, _Match]], count: int) -> list[_Match]:
    """Dynamic programming over the positions where a match starts: the most span tokens,
    then the fewest matches, then the most matched tokens (prepositions included)."""
    starts = sorted(options)
    score: dict[int, tuple[int, int, int]] = {}
    choice: dict[int, _Match | None] = {}

    def score_from(position: int) -> tuple[int, int, int]:
        index = bisect.bisect_left(starts, position)
        return score[starts[index]] if index < len(starts) else (0, 0, 0)

    for i in reversed(starts):
        best, pick = score_from(i + 1), None
        for option in options[i].values():
            after = score_from(max(option.last, i + 1))
            candidate = (
                after[0] + _size(option),
                after[1] - 1,
                after[2] + option.last - option.first,
            )
            if candidate > best:
                best, pick = candidate, option
        score[i], choice[i] = best, pick
    chosen: list[_Match] = []
    i = 0
    while True:
        index = bisect.bisect_left(starts, i)
        if index == len(starts):
            return chosen
        i = starts[index]
        picked = choice[i]
        if picked is None:
            i += 1
            continue
        chosen.append(picked)
        i = max(picked.last, i + 1)


def _named_day(value: TimeValue) -> date | None:
    """The one calendar day a value names ("Monday", "today", "March 4 at 10 am"), or None."""
    if (
        value.anchor is Anchor.EVENT
        or value.type not in (TimeType.DATE, TimeType.TIME)
        or value.granularity not in _DAY_OR_FINER
        or value.mod in _OPEN_MODS
        or not isinstance(value.start, date)
        or "/" in value.timex
    ):
        return None
    try:
        named = date.fromisoformat(value.timex[:10])
    except ValueError:
        return None
    return named if named == day_of(value.start) else None


def _is_same_day(value: TimeValue) -> bool:
    """True for an event-relative "same day" not yet placed ("the same day", "ce jour-là")."""
    relative = value.relative
    return (
        relative is not None
        and relative.relation is Relation.SAME
        and value.granularity is Granularity.DAY
        and value.start is None
    )


def _named_period(value: TimeValue) -> str | None:
    """The TIMEX3 of the month, season, quarter or half a value names ("February", "Q3")."""
    if (
        value.anchor is Anchor.EVENT
        or value.type is not TimeType.DATE
        or value.granularity not in _PERIODS
        or value.mod is not None
    ):
        return None
    interval = timex_interval(value.timex)
    return value.timex if interval is not None and interval[2] is value.granularity else None


def _years_back(value: TimeValue) -> int | None:
    """For "the same month a year ago" and its kind, not yet placed: the whole years of its
    offset (negative before the event), else None."""
    relative = value.relative
    if (
        relative is None
        or relative.relation not in (Relation.BEFORE, Relation.AFTER)
        or value.type is not TimeType.DATE
        or value.start is not None
        or relative.low is None
        or relative.low != relative.high
        or relative.low.unit is not value.granularity
        or relative.low.amount is None
    ):
        return None
    per_year = _PER_YEAR.get(value.granularity)
    if per_year is None or relative.low.amount % per_year:
        return None
    years = int(relative.low.amount) // per_year
    return -years if relative.relation is Relation.BEFORE else years


def _period_back(value: TimeValue, timex: str, years: int) -> TimeValue | None:
    """``value`` placed on the period ``timex`` moved by ``years``, or None outside the calendar."""
    year = int(timex[:4]) + years
    if not 1 <= year <= 9998:
        return None
    moved = f"{year:04d}{timex[4:]}"
    interval = timex_interval(moved)
    if interval is None:
        return None
    start, end, granularity = interval
    return attrs.evolve(value, start=start, end=end, granularity=granularity, timex=moved)


def _antecedents(matches: list[_Match]) -> list[_Match]:
    """Event-relative times that name a day or a period of the text before them
    (docs/time-semantics.md, "Event-relative expressions"): a "same day" ("the same day",
    "ce jour-là", "to end the day") takes the last day named before it; "the same month a
    year ago" the last month named before it, a year back ("the same quarter": the last
    quarter; "the same period": the last month, season, quarter or half). They keep their
    link to the event; with nothing named before them, they stay unresolved."""
    result = []
    last_day: date | None = None
    periods: dict[Granularity, str] = {}
    for match in matches:
        found = match.found
        if found is None:
            result.append(match)
            continue
        value = found.value
        years = _years_back(value)
        placed: TimeValue | None = None
        if _is_same_day(value):
            if last_day is not None and last_day < date.max:
                end = last_day + timedelta(days=1)
                placed = attrs.evolve(value, start=last_day, end=end, timex=last_day.isoformat())
        elif years is not None:
            timex = periods.get(value.granularity)
            if timex is not None:
                placed = _period_back(value, timex, years)
        elif not found.floating:
            for part in [part for _, _, part in match.parts] or [value]:
                named = _named_day(part)
                if named is not None:
                    last_day = named
                period = _named_period(part)
                if period is not None:
                    periods[part.granularity] = periods[Granularity.YEAR] = period
        if placed is not None:
            match = attrs.evolve(match, found=attrs.evolve(found, value=placed))
        result.append(match)
    return result


def _shift_days(value: TimeValue, days: int) -> TimeValue:
    """``value`` moved by whole days, its TIMEX3 dates too."""
    if days == 0 or value.start is None or value.end is None:
        return value
    step = timedelta(days=days)
    timex = "/".join(_shift_timex(part, step) for part in value.timex.split("/"))
    return attrs.evolve(value, start=value.start + step, end=value.end + step, timex=timex)


def _shift_timex(timex: str, step: timedelta) -> str:
    try:
        day = date.fromisoformat(timex[:10])
    except ValueError:
        return timex
    return (day + step).isoformat() + timex[10:]


def _shift_parts(match: _Match, days: int) -> tuple[tuple[int, int, TimeValue], ...]:
    return tuple((a, b, _shift_days(value, days)) for a, b, value in match.parts)


class _Tense:
    """The tense of the clause around a match (docs/time-semantics.md, "Clause tense").

    The nearest past (or present) or future marker decides: first among the markers of the
    match's own clause, then of the clauses around it, then of the other clauses; in a
    clause, first those of the match's comma-delimited part. Without any, the tense is
    unknown (read as future). Only the tokens within reach of a match are read.
    """

    def __init__(self, source: str, tokens: Tokens, lex: Lexicon) -> None:
        self.source = source
        self.tokens = tokens
        self.lex = lex
        self.kinds: list[str | None] = [None] * len(tokens)
        """The tense marker of each token ("" for none), filled on first use."""
        lowered = source.lower()
        self.lowered = lowered if len(lowered) == len(source) else None
        self.windows: dict[tuple[int, int], list[tuple[int, str]]] = {}
        count = len(tokens)
        self.nests: list[_Nest] = [()] * count
        """For each token, the subordinate clauses it lies in (filled a sentence at a time, on
        first use)."""
        self.parts: list[int] = [0] * count
        """For each token, how many punctuation marks of its sentence come before or on it."""
        self.sentences = sorted({0, *tokens.breaks})
        self.read: set[int] = set()
        """The sentences (by first token) whose clauses are read."""

    def _lower(self, i: int) -> str:
        """Token ``i`` in lower case with its accents."""
        start, end = self.tokens.starts[i], self.tokens.end(i)
        if self.lowered is not None:
            return self.lowered[start:end]
        return self.source[start:end].lower()

    def _kind(self, i: int) -> str:
        kind = self.kinds[i]
        if kind is None:
            kind = _contraction(self._contracted(i), self.lex)
            if kind is None:
                previous = self._lower(i - 1) if i else ""
                capital = self.tokens.capitalised(i)
                word = self._lower(i)
                kind = _marker(capital, word, previous, self.lex)
                if capital and word in self.lex.capitalised_only and i not in self.tokens.breaks:
                    kind = ""  # "in May", not the verb "may"
                if kind == "future" and word in self.lex.negated_past and self._negated(i):
                    kind = "past"
            self.kinds[i] = kind
        return kind

    def _colon_cut(self, i: int) -> bool:
        """True when token ``i`` is a colon that cuts a clause: not one inside a clock time
        ("at 8:30 p.m. on Sunday")."""
        tokens = self.tokens
        texts = tokens.texts
        if texts[i] != ":":
            return False
        inside = (
            0 < i < len(texts) - 1
            and texts[i - 1][-1:].isdigit()
            and texts[i + 1][:1].isdigit()
            and tokens.glued(i)
            and tokens.glued(i + 1)
        )
        return not inside

    def _negated(self, i: int) -> bool:
        """True when a negation ("not") follows token ``i``."""
        return i + 1 < len(self.tokens) and self.tokens.texts[i + 1] in self.lex.negations

    def _contracted(self, i: int) -> str:
        """Token ``i`` with a glued apostrophe and word after it ("won't"), or ""."""
        tokens = self.tokens
        if i + 2 >= len(tokens) or tokens.texts[i + 1] != "'":
            return ""
        if not (tokens.glued(i + 1) and tokens.glued(i + 2)):
            return ""
        return self.source[tokens.starts[i] : tokens.end(i + 2)].lower()

    def at(self, first: int, last: int) -> str:
        """``"past"``, ``"future"`` or ``"unknown"`` for the match on tokens [first, last)."""
        breaks, texts = self.tokens.breaks, self.tokens.texts
        while last - first > 1 and texts[last - 1] in _CLAUSE_ENDS:
            last -= 1  # "Jan. 5," : the comma a date rule takes ends the clause part
        begin = first  # the clause: the sentence, cut at a colon
        cut = self._colon_cut
        while (
            begin > 0
            and begin not in breaks
            and not cut(begin - 1)
            and first - begin < _TENSE_REACH
        ):
            begin -= 1
        end = last
        while end < len(texts) and end not in breaks and not cut(end) and end - last < _TENSE_REACH:
            end += 1
        self._read_clauses(first)
        nests, parts = self.nests, self.parts
        home = nests[first]
        best: tuple[int, int, int, int, str] | None = None
        weak = self.lex.suffix_blockers
        for i, kind in self._window(begin, end):
            if first <= i < last:
                continue
            distance = first - i if i < first else i - last + 1
            if kind == "past" and self._lower(i) in weak:  # "has been scheduled": the verb decides
                distance += _AUXILIARY_PENALTY
            crossed = parts[first] - parts[i] if i < first else parts[i] - parts[last - 1]
            rank = (_place(nests[i], home), crossed, distance, 0 if kind == "past" else 1, kind)
            if best is None or rank < best:
                best = rank
        return "unknown" if best is None else best[4]

    def _window(self, begin: int, end: int) -> list[tuple[int, str]]:
        """The tense markers of tokens [begin, end) (cached)."""
        cached = self.windows.get((begin, end))
        if cached is None:
            cached = [(i, kind) for i in range(begin, end) if (kind := self._kind(i))]
            self.windows[(begin, end)] = cached
        return cached

    def _read_clauses(self, token: int) -> None:
        """Fill ``nests`` and ``parts`` for the sentence of ``token``, in one pass.

        A clause opened at the head of a comma-delimited part ("Alors que ...,", ", which
        ...,") ends at the next comma; one opened inside a part ("said that ...") runs to the
        end of its sentence (or colon)."""
        index = bisect.bisect_right(self.sentences, token) - 1
        begin = self.sentences[index]
        if begin in self.read:
            return
        self.read.add(begin)
        texts, openers = self.tokens.texts, self.lex.subordinators
        end = self.sentences[index + 1] if index + 1 < len(self.sentences) else len(texts)
        heads = {fold(phrase.split()[-1]) for phrase in openers}
        open_clauses: list[tuple[int, bool]] = []  # (start, ends at a comma)
        nest: _Nest = ()
        position = 0  # tokens since the last punctuation
        count = 0
        for i in range(begin, end):
            text = texts[i]
            if i > begin and self._colon_cut(i - 1):  # a colon clause
                open_clauses, nest, position = [], (), 0
            if text in _CLAUSE_ENDS and not (text == ":" and not self._colon_cut(i)):
                count += 1
                if open_clauses and open_clauses[-1][1]:
                    while open_clauses and open_clauses[-1][1]:
                        open_clauses.pop()
                    nest = tuple(start for start, _ in open_clauses)
                position = -1
            elif text in heads:
                word = self._lower(i)
                pair = f"{self._lower(i - 1)} {word}" if i else word
                if pair in openers:  # "alors que", "even though"
                    open_clauses.append((i - 1, position == 1))
                elif word in openers:
                    open_clauses.append((i, position == 0))
                nest = tuple(start for start, _ in open_clauses)
            self.nests[i] = nest
            self.parts[i] = count
            position += 1


def _place(clause: _Nest, home: _Nest) -> int:
    """How far a marker's clause is from the match's: 0 the same, 1 the clause around it,
    2 the one around that..., and after all of them any other clause."""
    if clause == home:
        return 0
    if clause == home[: len(clause)]:
        return len(home) - len(clause)
    return _FAR


def _contraction(word: str, lex: Lexicon) -> str | None:
    """The marker of a contracted form ("won't" looks forward), None when not one."""
    if not word:
        return None
    if word in lex.future_words:
        return "future"
    if word in lex.past_words:
        return "past"
    return None


def _marker(capitalised: bool, word: str, previous: str, lex: Lexicon) -> str:
    if word in lex.tenseless:
        return ""
    if word in lex.future_words and previous in lex.determiners:
        return ""  # "its forecast", "the plan": a noun
    if word in lex.future_words or (
        word in lex.future_pair_ends and f"{previous} {word}" in lex.future_pairs
    ):
        return "future"
    if word in lex.past_words:
        return "" if previous in lex.suffix_blockers else "past"
    if len(word) < _PAST_SUFFIX_MIN or capitalised or not word.isalpha():
        return ""
    if len(word) >= _FUTURE_SUFFIX_MIN and word.endswith(lex.future_suffixes):
        return "future"
    if word.endswith(lex.subject_suffixes) and previous in lex.suffix_subjects:
        return "future"  # "nous parlerons" ("les patrons" is a noun)
    if (
        word.endswith(lex.past_suffixes)
        and previous not in lex.suffix_blockers
        and previous not in lex.participle_blockers
        and not previous[-1:].isdigit()  # after a number it qualifies it: "14 h passées"
    ):
        return "past"
    return ""


class _Engine:
    def __init__(
        self, text: str, lex: Lexicon, reference: date | datetime | None, rules: TimeRules
    ) -> None:
        self.text = text
        self.lex = lex
        self.reference = reference
        self.rules = rules
        self.starters: dict[int, int] | None = None
        normal = normalise(text)
        self.tokens = tokenise(normal)
        self.positions: dict[str, list[int]] = defaultdict(list)
        self.openers: list[int] = []
        self.edges = _build_edges(self.tokens, lex, self.positions, self.openers)
        self._add_capital_openers()
        self.markers_list: list[tuple[str, ...]] = [()] * len(self.tokens)
        for marker, places in self.positions.items():
            if marker not in lex.word_markers:
                continue
            for place in places:
                self.markers_list[place] = (*self.markers_list[place], marker)
        self.marked = [i for i, markers in enumerate(self.markers_list) if markers]
        self.tense = _Tense(normal, self.tokens, lex)
        self.word_memo: dict[tuple[tuple[str, ...], tuple[Any, ...]], list[Rule]] = {}
        self.times: dict[int, list[Any]] = {}
        self.matches: list[_Match] | None = None

    def run(self) -> list[_Match]:
        matches = self._select([], [])
        fresh = matches
        for _ in range(_PASSES - 1):
            if not fresh:  # nothing new to build on: a further pass would change nothing
                break
            before = {id(m) for m in matches}
            matches = self._select(matches, fresh)
            fresh = [m for m in matches if id(m) not in before]
        return _antecedents(self._days_for_clocks([m for m in matches if m.found is not None]))

    def _days_for_clocks(self, matches: list[_Match]) -> list[_Match]:
        """A clock time that names no day takes the day (or part of a day) named nearest to it
        in its sentence ("dimanche 29 août ... départ à 9 h"); without one it keeps R's day."""
        breaks = sorted(self.tokens.breaks)
        days: list[tuple[int, int, date]] = []
        for match in matches:
            value = match.found.value if match.found is not None else None
            if value is None or match.found is None or match.found.floating:
                continue
            for first, _, part in match.parts or ((match.span_first, 0, value),):
                if part.anchor is Anchor.EVENT or not isinstance(part.start, date):
                    continue
                if part.granularity is Granularity.DAY and not isinstance(part.start, datetime):
                    days.append((bisect.bisect_right(breaks, first), first, part.start))
                elif part.granularity is Granularity.PART_OF_DAY and isinstance(
                    part.start, datetime
                ):  # "lundi après-midi, de 13 h 30 à 15 h 30": Monday's clock times
                    days.append((bisect.bisect_right(breaks, first), first, part.start.date()))
        if not days:
            return matches
        result = []
        for match in matches:
            found = match.found
            if found is None or not found.floating or not isinstance(found.value.start, datetime):
                result.append(match)
                continue
            sentence = bisect.bisect_right(breaks, match.span_first)
            near = [(abs(first - match.span_first), day) for s, first, day in days if s == sentence]
            if not near:
                result.append(match)
                continue
            day = min(near)[1]
            shift = (day - found.value.start.date()).days
            moved = attrs.evolve(
                found,
                value=_shift_days(found.value, shift),
                parts=tuple(_shift_days(part, shift) for part in found.parts),
                floating=False,
            )
            result.append(attrs.evolve(match, found=moved, parts=_shift_parts(match, shift)))
        return result

    def _add_capital_openers(self) -> None:
        """Rules that begin with a capitalised word can only begin close before their key:
        add those words to the openers (not every capital of the text)."""
        extra = set()
        for markers, reach in self.lex.capital_keys:
            for marker in markers:
                for p in self.positions.get(marker, ()):
                    for q in range(max(0, p - reach), p + 1):
                        if _is_cap_word(self.tokens, q):
                            extra.add(q)
        self.capital_openers = frozenset(extra)
        if extra:
            self.openers = sorted(extra.union(self.openers))

    def _word_starts(self) -> Iterator[tuple[int, list[Rule]]]:
        """The tokens where a word rule can begin, each with the word rules that begin there
        and find their key close enough after it."""
        lex, texts, edges = self.lex, self.tokens.texts, self.edges
        reach_of, default, brackets = lex.opener_reach, lex.key_reach, lex.bracketed
        marked, markers_list, memo = self.marked, self.markers_list, self.word_memo
        count = len(marked)
        widest = lex.key_reach
        capitals = self.capital_openers
        for i in self.openers:
            index = bisect.bisect_left(marked, i)
            if index == count or marked[index] > i + widest:  # no key within any reach
                continue
            word = texts[i]
            here = edges.get(i)
            capital = i in capitals
            if here or capital:
                openers = [word]
                if here:
                    openers.extend(brackets[c] for c in here)
                if capital:
                    openers.append("<cap_word>")
                limit = i + max([reach_of.get(opener, default) for opener in openers])
            else:
                reach = reach_of.get(word)
                if reach is None:  # no rule begins with this word alone
                    continue
                openers = [word]
                limit = i + reach
            window = []  # (offset from i, markers) of the marked tokens within reach
            while index < count and marked[index] <= limit:
                window.append((marked[index] - i, markers_list[marked[index]]))
                index += 1
            if not window:
                continue
            memo_key = (tuple(openers), tuple(window))
            found = memo.get(memo_key)
            if found is None:
                found = memo[memo_key] = self._keyed_rules(openers, window)
            if found:
                yield i, found

    def _keyed_rules(
        self, openers: list[str], window: list[tuple[int, tuple[str, ...]]]
    ) -> list[Rule]:
        """The word rules of ``openers`` whose key is in ``window`` close enough."""
        keyed, keyless = self.lex.keyed_groups, self.lex.keyless
        found: list[Rule] = []
        taken: set[int] = set()
        for opener in openers:
            found.extend(keyless.get(opener, ()))
            table = keyed.get(opener)
            if not table:
                continue
            for offset, markers in window:
                for marker in markers:
                    for reach, rules in table.get(marker, ()):
                        if offset <= reach and id(rules) not in taken:
                            taken.add(id(rules))
                            found.extend(r for r in rules if _needs_met(r, window))
        return found

    def _candidates(
        self, i: int, time_starts: list[int], times: dict[int, list[Any]]
    ) -> list[Rule]:
        """The rules on ``<time>`` that can begin at token ``i``: a rule only when an
        expression starts within its reach, and one that begins with ``<time>`` only when
        its second element can follow an expression that starts here."""
        index = bisect.bisect_left(time_starts, i)
        if index == len(time_starts):
            return []
        gap = time_starts[index] - i
        literal, by_category = self.lex.by_literal[1], self.lex.by_category[1]
        found = [r for r in literal.get(self.tokens.texts[i], ()) if gap <= r.time_reach]
        categories = list(self.edges.get(i, _NO_EDGES))
        if _is_cap_word(self.tokens, i):
            categories.append("cap_word")
        for category in categories:
            found.extend(r for r in by_category.get(category, ()) if gap <= r.time_reach)
        if gap == 0:
            following = self._following(times[i])
            for rule in by_category.get("time", ()):
                if not rule.second_words or not rule.second_words.isdisjoint(following):
                    found.append(rule)
        near = self._key_near
        return [
            rule
            for rule in found
            if rule.key is None or (near(rule.key, i) and all(near(need, i) for need in rule.needs))
        ]

    def _starter_reaches(self) -> dict[int, int]:
        """The tokens where a rule on ``<time>`` can begin (by its word, a category of the
        token or a capitalised word), each with how far its rules reach (computed once)."""
        if self.starters is None:
            reach_of, brackets = self.lex.start_reach, self.lex.bracketed
            texts, tokens = self.tokens.texts, self.tokens
            starters = {p: reach_of[text] for p, text in enumerate(texts) if text in reach_of}
            for p, categories in self.edges.items():
                for category in categories:
                    reach = reach_of.get(brackets[category], -1)
                    if reach > starters.get(p, -1):
                        starters[p] = reach
            cap_reach = reach_of.get("<cap_word>", -1)
            if cap_reach >= 0:
                for p in range(len(texts)):
                    if cap_reach > starters.get(p, -1) and _is_cap_word(tokens, p):
                        starters[p] = cap_reach
            self.starters = starters
        return self.starters

    def _key_near(self, key: tuple[frozenset[str], int], i: int) -> bool:
        """True when one of the words or categories a rule cannot match without (its key)
        occurs close enough after token ``i``."""
        markers, reach = key
        positions = self.positions
        for marker in markers:
            places = positions.get(marker)
            if places:
                k = bisect.bisect_left(places, i)
                if k < len(places) and places[k] <= i + reach:
                    return True
        return False

    def _following(self, ends: list[Any]) -> set[str]:
        """The words and ``"<category>"`` markers that come right after expressions that end
        at ``ends`` (pairs of an end and a value)."""
        texts, brackets = self.tokens.texts, self.lex.bracketed
        following = set()
        for end, _ in ends:
            if end < len(texts):
                following.add(texts[end])
                following.update(brackets[c] for c in self.edges.get(end, _NO_EDGES))
                if end in self.times:
                    following.add("<time>")
        return following

    def _select(self, prior: list[_Match], fresh: list[_Match]) -> list[_Match]:
        """The non-overlapping matches that cover the most span tokens (then the fewest).

        In a later pass, rules are tried only where they can reach an expression found by
        the pass before (``fresh``)."""
        times: dict[int, list[Any]] = defaultdict(list)
        options: dict[int, dict[int, _Match]] = defaultdict(dict)
        for match in prior:
            if match.found is not None:
                times[match.span_first].append((match.span_last, match.found))
                if match.first != match.span_first or match.last != match.span_last:
                    times[match.first].append((match.last, match.found))
            options[match.first][match.last] = match
        count = len(self.tokens)
        later = bool(prior)
        time_starts = sorted(times)
        self.times = times
        starts: Iterable[tuple[int, list[Rule]]]
        if not later:
            starts = self._word_starts()
        else:
            new_starts = sorted({m.span_first for m in fresh} | {m.first for m in fresh})
            time_reach = self.lex.start_reach.get("<time>", -1)
            reaches = dict(self._starter_reaches())
            for p in times:
                reaches[p] = max(reaches.get(p, -1), time_reach)
            positions = []
            for p in sorted(reaches):
                k = bisect.bisect_left(new_starts, p)
                if k < len(new_starts) and new_starts[k] - p <= reaches[p]:
                    positions.append(p)
            starts = ((p, self._candidates(p, time_starts, times)) for p in positions)
        tokens, edges = self.tokens, self.edges
        language = self.lex.code.partition("-")[0]
        lengths = self.lex.length_words
        for i, rules in starts:
            if rules and _inside_number(tokens, i, language):
                continue
            raw = []
            counted = i > 0 and tokens.texts[i - 1] in lengths  # "pendant 3 heures mardi"
            for rule in rules:
                if rule.second_words and not _second_possible(rule, i, tokens, edges, times):
                    continue
                if counted and rule.clock_first:
                    continue
                for end, caps, bounds in _match_rule(rule, i, tokens, edges, times):
                    raw.append((end, rule, caps, bounds))
            if not raw:
                continue
            raw.sort(key=lambda item: (-item[0], _span_size(item[1], item[3]), item[1].index))
            tried: set[int] = set()
            for end, rule, caps, bounds in raw:
                if end in tried:
                    continue
                made = self._apply(rule, i, end, caps, bounds)
                if made is None:
                    continue
                tried.add(end)
                kept = options[i].get(end)
                if (
                    kept is None
                    or _size(made) > _size(kept)
                    or (later and _size(made) == _size(kept))
                ):
                    options[i][end] = made
        return _best_cover({i: o for i, o in options.items() if o}, count)

    def _apply(
        self,
        rule: Rule,
        first: int,
        last: int,
        caps: tuple[tuple[str, Any], ...],
        bounds: tuple[int, ...],
    ) -> _Match | None:
        span_first, span_last = bounds[rule.span[0]], bounds[rule.span[1]]
        if span_first >= span_last:
            return None
        context = Context(
            reference=self.reference,
            tense_of=lambda: self.tense.at(first, last),
            config=self.lex.config,
            rules=self.rules,
        )
        try:
            result = ACTIONS[rule.action](context, Captures(caps), rule.args)
        except (ValueError, OverflowError):  # a date outside the calendar: no time here
            return None
        if result is None:
            return None
        if isinstance(result, Invalid):
            return _Match(first, last, span_first, span_last, None)
        return _Match(first, last, span_first, span_last, result, _parts(rule, bounds, result))

    def _joined(self, match: _Match) -> bool:
        """A clock time and its day that touch ("4 h mardi"), not "16:15 UTC, June 1st"."""
        if match.found is None or not match.found.joined or len(match.parts) != 2:
            return False
        end = self.tokens.end(match.parts[0][1] - 1)
        start = self.tokens.starts[match.parts[1][0]]
        return not self.text[end:start].strip() and self.text[start : start + 1].isalnum()

    def _is_comma(self, index: int) -> bool:
        return self.text[self.tokens.starts[index] : self.tokens.end(index)] == ","

    def mentions(self, split: bool) -> list[TimeMention]:
        if self.matches is None:
            self.matches = self.run()
        result = []
        for match in self.matches:
            assert match.found is not None
            pieces = [(match.span_first, match.span_last, match.found.value)]
            if split and match.parts and not self._joined(match):
                pieces = list(match.parts)
            for first, last, value in pieces:
                while last - first > 1 and self._is_comma(first):
                    first += 1  # a part never starts with the comma before it
                while last - first > 1 and self._is_comma(last - 1):
                    last -= 1  # nor ends with the comma after it ("Easter, sales fell")
                start = self.tokens.starts[first]
                end = self.tokens.end(last - 1)
                words = self.text[start:end]
                result.append(
                    TimeMention(
                        start=start, end=end, text=words, value=attrs.evolve(value, text=words)
                    )
                )
        return result


def find_mentions(
    text: str,
    lex: Lexicon,
    reference: date | datetime | None,
    *,
    split: bool = True,
    rules: TimeRules | None = None,
) -> list[TimeMention]:
    """The temporal expressions of ``text`` in language ``lex``, in text order.

    With ``split``, a range ("du 3 au 5 mars") or a day with a clock time ("lundi à 15h") is
    reported as its parts, each with its value (the TimeML convention for running text).
    """
    (mentions,) = _read(text, lex, reference, rules, (split,))
    return mentions


def find_mention_views(
    text: str, lex: Lexicon, reference: date | datetime | None, *, rules: TimeRules | None = None
) -> tuple[list[TimeMention], list[TimeMention]]:
    """``find_mentions`` split and whole, from one reading of the text."""
    parts, wholes = _read(text, lex, reference, rules, (True, False))
    return parts, wholes


def _read(
    text: str,
    lex: Lexicon,
    reference: date | datetime | None,
    rules: TimeRules | None,
    splits: tuple[bool, ...],
) -> list[list[TimeMention]]:
    engine = _Engine(text, lex, reference, rules or TimeRules())
    views = [engine.mentions(split) for split in splits]
    if not isinstance(reference, datetime) or reference.tzinfo is None:
        return views
    # a time stated in another zone: the same instants in R's zone
    return [[attrs.evolve(m, value=express_in(m.value, reference)) for m in v] for v in views]
