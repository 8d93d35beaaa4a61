"""A language's temporal lexicon: word categories and rules, read from ``lang/<code>.toml``.

A rule is a pattern over tokens and an action name. Pattern elements, separated by spaces:

- ``word`` a literal token sequence, ``a|b`` alternatives (each tokenised like the text;
  ``_`` stands for a space inside an alternative: ``peu_après|juste_après``);
- ``<cat>`` a word of category ``cat`` (from ``[categories.cat]`` or built in: ``int``,
  ``day``, ``hour``, ``minute``, ``month_num``, ``month_num2`` (two digits: "04"), ``year``,
  ``ordday``, ``qty``), or ``<time>``,
  a temporal expression found by an earlier pass;
- ``<break>`` matches at punctuation or the end of the text, and ``<whole>`` only when the
  match so far spans the whole text (an expression given alone, as to ``parse_time``);
- a trailing ``?`` makes an element optional; a leading ``~`` requires that no space
  separates it from the previous token;
- ``{`` and ``}`` mark the part of the match that is the expression's span (default: all).

The action is ``name`` or ``name:arg:arg`` (see :mod:`timeline.temporal.actions`).

A code with a region (``"en-GB"``) is the language's lexicon with the region's overlay from
``lang/<language>-regions.toml`` (see :func:`overlay`); a language without that file reads the
same in all its regions.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from functools import cache
from typing import Any

import attrs

from timeline import languages
from timeline.errors import UnsupportedLanguageError
from timeline.resources import data_names, load_toml
from timeline.temporal.text import normalise, tokenise
from timeline.temporal.zones import abbreviations

__all__ = ["DATE_ORDERS", "Element", "Lexicon", "Rule", "lexicon", "overlay", "turn_date_order"]

_PACKAGE = "timeline.temporal.lang"
_WIDE = 8
# Categories from the rarest to the most common in running text (to pick a rule's key).
_RARE = (
    "zone_abbr",
    "zone",
    "holiday",
    "clock_fraction",
    "ampm_short",
    "units",
    "likely_year",
    "year",
    "month",
    "weekday",
    "weekday_abbr",
    "dayword",
    "season",
    "set_unit",
    "daypart",
    "ampm",
    "clock_word",
    "fraction",
    "unit",
    "ordday",
    "month_num2",
    "month_num",
    "ord",
)
_CLOCK_STARTS = frozenset({"hour", "clock_hour"})
ZERO_WIDTH = frozenset({"break", "whole"})
"""Elements that match no token: a break follows, the match is the whole text."""

PREDICATES = frozenset({"cap_word", "singular_word", "word"})
"""Categories the matcher tests on the token itself, never listed in the edges."""

_NOT_KEYS = ZERO_WIDTH | PREDICATES | frozenset({"time"})
"""Categories that are no key: expressions found before, and tests on the token itself."""
_COMMON = (
    "bad_day",
    "short_year",
    "day",
    "hour",
    "minute",
    "second",
    "int",
    "qty",
    "minute_unit",
    "clause_word",
)


@attrs.frozen
class Element:
    """One pattern element: a category or literal alternatives, maybe glued."""

    category: str | None
    alternatives: tuple[tuple[str, ...], ...] = ()
    glued: bool = False
    optional: bool = False
    by_first: dict[str, tuple[tuple[str, ...], ...]] = attrs.field(
        factory=dict, eq=False, hash=False, repr=False
    )
    """The literal alternatives keyed by their first token."""


@attrs.frozen
class Rule:
    """A pattern, the part of it that is the span, and the action that gives the value."""

    index: int
    elements: tuple[Element, ...]
    span: tuple[int, int]
    action: str
    args: tuple[str, ...]
    source: str
    time_reach: int = 0
    """At most how many tokens can precede the rule's first ``<time>``."""
    second_words: frozenset[str] = frozenset()
    """When the rule starts with a required category or one-word literal and a required
    word or category follows it: what can come second (a quick test before matching)."""
    key: tuple[frozenset[str], int] | None = None
    """Words or categories (``"<month>"``) one of which the rule needs, and at most how many
    tokens can precede it."""
    clock_first: bool = False
    """The rule begins with an hour (a clock time)."""
    needs: tuple[tuple[frozenset[str], int], ...] = ()
    """The rule's other required elements that can be keys, in the same form: each must be
    near as well ("le mois prochain" needs "prochain" as well as its key ``<unit>``)."""

    @property
    def uses_time(self) -> bool:
        """True when the rule builds on an expression found by an earlier pass."""
        return any(e.category == "time" for e in self.elements)

    def compute_time_reach(self) -> int:
        """At most how many tokens can precede the rule's first ``<time>``."""
        reach = 0
        for element in self.elements:
            if element.category == "time":
                return reach
            if element.category is None:
                reach += max(len(a) for a in element.alternatives)
            else:
                reach += 8
        return reach

    def compute_keys(
        self, widths: dict[str, int], frequent: frozenset[str] = frozenset()
    ) -> list[tuple[tuple[int, int], frozenset[str], int]]:
        """What the rule cannot match without: for each required element that can be a key,
        its rank, its markers and at most how far from the rule's start it begins, best first.

        A rare category (as ``"<month>"``; any category not listed as common) ranks first,
        then a literal element (of each alternative its longest word that is not
        ``frequent``) without short or frequent words, then a common category (numbers),
        then the other literal elements.
        """
        keys: list[tuple[tuple[int, int], frozenset[str], int]] = []
        reach = 0
        for element in self.elements:
            category = element.category
            rank: tuple[int, int] | None = None
            markers: frozenset[str] = frozenset()
            span = 0
            if element.optional:
                pass
            elif category in _RARE:
                rank, markers = (0, _RARE.index(category)), frozenset({f"<{category}>"})
            elif category in _COMMON:
                rank, markers = (2, _COMMON.index(category)), frozenset({f"<{category}>"})
            elif category is not None and category not in _NOT_KEYS:  # any other category
                rank, markers = (0, len(_RARE)), frozenset({f"<{category}>"})
            elif category is None:
                longest = [
                    max(a, key=lambda word: (word not in frequent, len(word)))
                    for a in element.alternatives
                ]
                shortest = min(len(word) for word in longest)
                common = any(word in frequent for word in longest)
                rank = (3 if common else 1, -shortest)
                markers = frozenset(longest)
                span = max(len(a) for a in element.alternatives) - 1
            if rank is not None:
                keys.append((rank, markers, reach + span))
            if category is None:
                reach += max(len(a) for a in element.alternatives)
            else:
                reach += widths[category]
        keys.sort(key=lambda key: key[0])  # stable: on equal ranks the earlier element
        return keys

    def first_elements(self) -> list[Element]:
        """The elements a match can begin with (optional leading elements may be absent)."""
        firsts = []
        for element in self.elements:
            firsts.append(element)
            if not element.optional:
                break
        return firsts


@attrs.frozen
class Lexicon:
    """Everything the engine knows about one language."""

    code: str
    words: dict[str, list[tuple[tuple[str, ...], str, Any]]]
    """First folded token -> (token sequence, category, value), longest first."""
    rules: tuple[Rule, ...]
    by_literal: tuple[dict[str, tuple[Rule, ...]], dict[str, tuple[Rule, ...]]]
    """For word rules (pass 1) and rules on ``<time>`` (later passes): first token -> rules."""
    by_category: tuple[dict[str, tuple[Rule, ...]], dict[str, tuple[Rule, ...]]]
    """The same, keyed by the category of the first element."""
    word_groups: dict[str, tuple[tuple[tuple[frozenset[str], int] | None, tuple[Rule, ...]], ...]]
    """Word rules by what they can begin with (a word, or ``"<category>"``), grouped by key."""
    keyed_groups: dict[str, dict[str, tuple[tuple[int, tuple[Rule, ...]], ...]]]
    """For what a word rule can begin with: each key word or category -> the groups of rules
    with that key, each with the largest offset at which the key may start."""
    keyless: dict[str, tuple[Rule, ...]]
    """For what a word rule can begin with: its rules without a key (always tried)."""
    opener_reach: dict[str, int]
    """For what a word rule can begin with: the largest reach of its rules' keys."""
    bracketed: dict[str, str]
    """Category name -> ``"<name>"`` (a cache)."""
    capital_keys: frozenset[tuple[frozenset[str], int]]
    """The keys of the word rules that begin with a capitalised word (``<cap_word>``)."""
    time_reach: int
    """The largest ``time_reach`` of all rules."""
    any_time_reach: int
    """At most how many tokens can precede any ``<time>`` of a rule."""
    start_reach: dict[str, int]
    """For what a rule on ``<time>`` can begin with (a word, or ``"<category>"``): at most
    how many tokens can precede any ``<time>`` of its rules."""
    key_reach: int
    """The largest reach of a word rule's key."""
    key_words: frozenset[str]
    """The literal words that are some rule's key."""
    word_markers: frozenset[str]
    """The words and ``"<category>"`` markers of the word rules' keys and needs: the only
    ones that open a word rule's window."""
    known_words: dict[str, tuple[bool, bool, list[tuple[tuple[str, ...], str, Any]]]]
    """Folded word -> (is a key word, begins a word rule, its lexicon entries)."""
    entries_after: dict[str, dict[str, list[tuple[tuple[str, ...], str, Any]]]]
    """Folded word -> the next token -> its lexicon entries that can match there (the
    one-word ones and the phrases whose second word it is, in lexicon order; ``""``: the
    one-word ones alone): "le" begins many phrases ("le jour de l'an"), most of them not worth
    trying at each "le"."""
    future_words: frozenset[str]
    past_words: frozenset[str]
    past_suffixes: tuple[str, ...]
    future_suffixes: tuple[str, ...]
    subject_suffixes: tuple[str, ...]
    """Future endings that are futures only after one of ``suffix_subjects`` ("nous
    parlerons"; "les patrons" is a noun)."""
    suffix_subjects: frozenset[str]
    future_pairs: frozenset[str]
    """Two words that together look forward ("to be", "is to")."""
    future_pair_ends: frozenset[str]
    """The second words of ``future_pairs``."""
    suffix_blockers: frozenset[str]
    """Words after which a past word or suffix is a participle, not a past tense ("will be
    signed", "sera signé")."""
    negated_past: frozenset[str]
    """Future words that look back when one of ``negations`` follows ("could not", "would
    not" report what did not happen)."""
    negations: frozenset[str]
    tenseless: frozenset[str]
    determiners: frozenset[str]
    """Words after which a future word is a noun ("its forecast", "the plan")."""
    """Words whose tense ending marks no tense: adjectives in "-ed" ("adjusted earnings",
    "updated targets")."""
    participle_blockers: frozenset[str]
    """Words after which a past suffix ends a noun, not a participle ("la journée")."""
    subordinators: frozenset[str]
    """Words that open a subordinate clause ("qui", "which", "when"), in lower case."""
    vocabulary: frozenset[str]
    """Every word of the lexicon and its rules: not evidence of a verb around a match."""
    lowercase_months: bool
    length_words: frozenset[str]
    """Words after which a number counts units, never a clock time ("pendant 3 heures")."""
    capitalised_only: frozenset[str]
    """Words that name a time only when capitalised (English "May", "March"), next to a
    number, or after one of ``lowercase_after``."""
    lowercase_after: frozenset[str]
    """Words after which a ``capitalised_only`` word names a time in lower case too."""
    config: dict[str, Any]


def _tokens(phrase: str) -> tuple[str, ...]:
    return tuple(t.text for t in tokenise(normalise(phrase)))


def _parse_element(raw: str) -> Element:
    optional = raw.endswith("?") and len(raw) > 1
    if optional:
        raw = raw[:-1]
    glued = raw.startswith("~") and len(raw) > 1
    if glued:
        raw = raw[1:]
    if raw.startswith("<") and raw.endswith(">") and len(raw) > 2:
        return Element(category=raw[1:-1], glued=glued, optional=optional)
    alternatives = tuple(_tokens(alt.replace("_", " ")) for alt in raw.split("|"))
    if not all(alternatives):
        raise ValueError(f"empty alternative in pattern element {raw!r}")
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for alternative in alternatives:
        by_first[alternative[0]].append(alternative)
    return Element(
        category=None,
        alternatives=alternatives,
        glued=glued,
        optional=optional,
        by_first={k: tuple(v) for k, v in by_first.items()},
    )


def _parse(pattern: str) -> tuple[tuple[Element, ...], tuple[int, int]]:
    """The elements of ``pattern`` and the element range of its span."""
    elements: list[Element] = []
    start, end = 0, None
    for raw in pattern.split():
        if raw == "{":
            start = len(elements)
        elif raw == "}":
            end = len(elements)
        else:
            elements.append(_parse_element(raw))
    if not elements or all(e.optional for e in elements):
        raise ValueError(f"pattern {pattern!r} can match nothing")
    return tuple(elements), (start, len(elements) if end is None else end)


def _last_time_reach(rule: Rule, widths: dict[str, int]) -> int:
    """At most how many tokens can precede the rule's last ``<time>``."""
    reach, last = 0, 0
    for element in rule.elements:
        if element.category == "time":
            last = reach
        if element.category is None:
            reach += max(len(a) for a in element.alternatives)
        else:
            reach += widths[element.category]
    return last


def _useful_key(
    rule: Rule, key: tuple[frozenset[str], int] | None, frequent: frozenset[str]
) -> tuple[frozenset[str], int] | None:
    """The key of a rule on ``<time>``, or None when it is only short or frequent words
    (",", "de", "le"): such a key is near almost everywhere and costs more than it saves."""
    if key is None or not rule.uses_time:
        return key
    if all(not _is_marker(m) and (len(m) < 3 or m in frequent) for m in key[0]):
        return None
    return key


def _all_keys(rule: Rule) -> tuple[tuple[frozenset[str], int], ...]:
    """The rule's key and its needs."""
    return () if rule.key is None else (rule.key, *rule.needs)


def _key_markers(rule: Rule) -> Iterator[str]:
    """The words and ``"<category>"`` markers of the rule's key and needs."""
    for markers, _ in _all_keys(rule):
        yield from markers


def _entries_after(
    entries: list[tuple[tuple[str, ...], str, Any]],
) -> dict[str, list[tuple[tuple[str, ...], str, Any]]]:
    """The entries of a word by the token after it (see ``Lexicon.entries_after``)."""
    seconds = {phrase[1] for phrase, _, _ in entries if len(phrase) > 1}
    after = {
        second: [e for e in entries if len(e[0]) == 1 or e[0][1] == second] for second in seconds
    }
    after[""] = [e for e in entries if len(e[0]) == 1]  # any other next token
    return after


def _start_reach(
    literal: dict[str, list[Rule]], category: dict[str, list[Rule]], widths: dict[str, int]
) -> dict[str, int]:
    """What a rule on ``<time>`` begins with -> the largest reach to any of its times."""
    reach: dict[str, int] = {}
    tables = [(k, v) for k, v in literal.items()] + [(f"<{k}>", v) for k, v in category.items()]
    for opener, rules in tables:
        reach[opener] = max(_last_time_reach(rule, widths) for rule in rules)
    return reach


def _is_marker(word: str) -> bool:
    """True for a category marker such as ``"<month>"`` (not the literal ``"<"``)."""
    return len(word) > 2 and word[0] == "<" and word[-1] == ">"


def _second_words(elements: tuple[Element, ...]) -> frozenset[str]:
    """What may come second when a rule starts with a required category or one-word
    literal: the first words of the literals, ``"<category>"`` for a category (``"<time>"``
    for an expression found before), up to and including the first required element after
    the first one; when every first literal has several words, their second words. Empty
    (no filter) when anything may come second."""
    first = elements[0]
    if first.optional:
        return frozenset()
    if first.category is None and all(len(a) > 1 for a in first.alternatives):
        return frozenset(a[1] for a in first.alternatives)  # "plus tard": the second word
    if len(elements) < 2:
        return frozenset()
    if first.category is None and any(len(a) != 1 for a in first.alternatives):
        return frozenset()
    words: set[str] = set()
    for element in elements[1:]:
        if element.category is None:
            words.update(element.by_first)
        elif element.category in ZERO_WIDTH or element.category in PREDICATES:
            return frozenset()
        else:
            words.add(f"<{element.category}>")
        if not element.optional:
            return frozenset(words)
    return frozenset()


def _group(
    literal: dict[str, list[Rule]], category: dict[str, list[Rule]]
) -> dict[str, tuple[tuple[tuple[frozenset[str], int] | None, tuple[Rule, ...]], ...]]:
    groups = {}
    tables = [(k, v) for k, v in literal.items()] + [(f"<{k}>", v) for k, v in category.items()]
    for opener, rules in tables:
        by_key: dict[tuple[frozenset[str], int] | None, list[Rule]] = defaultdict(list)
        for rule in rules:
            by_key[rule.key].append(rule)
        groups[opener] = tuple((key, tuple(members)) for key, members in by_key.items())
    return groups


def _reaches(
    groups: dict[str, tuple[tuple[tuple[frozenset[str], int] | None, tuple[Rule, ...]], ...]],
) -> dict[str, dict[str, int]]:
    reaches: dict[str, dict[str, int]] = {}
    for opener, entries in groups.items():
        if any(key is None for key, _ in entries):
            continue  # a rule without a key: always tried
        table: dict[str, int] = {}
        for key, rules in entries:
            assert key is not None
            for markers, reach in (key, *(need for rule in rules for need in rule.needs)):
                for marker in markers:
                    table[marker] = max(reach, table.get(marker, -1))
        reaches[opener] = table
    return reaches


def _keyed(
    groups: dict[str, tuple[tuple[tuple[frozenset[str], int] | None, tuple[Rule, ...]], ...]],
) -> dict[str, dict[str, tuple[tuple[int, tuple[Rule, ...]], ...]]]:
    keyed: dict[str, dict[str, tuple[tuple[int, tuple[Rule, ...]], ...]]] = {}
    for opener, entries in groups.items():
        table: dict[str, list[tuple[int, tuple[Rule, ...]]]] = defaultdict(list)
        for key, rules in entries:
            if key is not None:
                markers, reach = key
                for marker in sorted(markers):
                    table[marker].append((reach, rules))
        keyed[opener] = {marker: tuple(pairs) for marker, pairs in table.items()}
    return keyed


def _keyless(
    groups: dict[str, tuple[tuple[tuple[frozenset[str], int] | None, tuple[Rule, ...]], ...]],
) -> dict[str, tuple[Rule, ...]]:
    keyless = {}
    for opener, entries in groups.items():
        rules = tuple(rule for key, members in entries if key is None for rule in members)
        if rules:
            keyless[opener] = rules
    return keyless


class _Brackets(dict[str, str]):
    """``"<name>"`` for each category name, made once."""

    def __missing__(self, name: str) -> str:
        self[name] = f"<{name}>"
        return self[name]


def _freeze(table: dict[str, list[Rule]]) -> dict[str, tuple[Rule, ...]]:
    return {key: tuple(sorted(rules, key=lambda r: r.index)) for key, rules in table.items()}


def _compile(code: str, data: dict[str, Any]) -> Lexicon:
    words: dict[str, list[tuple[tuple[str, ...], str, Any]]] = defaultdict(list)
    for category, table in data.get("categories", {}).items():
        for phrase, value in table.items():
            tokens = _tokens(phrase)
            if tokens:
                words[tokens[0]].append((tokens, category, value))
    for entries in words.values():
        entries.sort(key=lambda e: -len(e[0]))
    widths: dict[str, int] = defaultdict(lambda: 1)
    for entries in words.values():
        for tokens, category, _ in entries:
            widths[category] = max(widths[category], len(tokens))
    widths["time"] = 2 * _WIDE
    frequent = frozenset(_tokens(" ".join(data.get("frequent_words", []))))
    rules: list[Rule] = []
    for pattern, action in data.get("rules", []):
        name, *args = action.split(":")
        elements, span = _parse(pattern)
        rule = Rule(len(rules), elements, span, name, tuple(args), pattern)
        ranked = rule.compute_keys(widths, frequent)
        rules.append(
            attrs.evolve(
                rule,
                time_reach=rule.compute_time_reach(),
                key=_useful_key(rule, (ranked[0][1], ranked[0][2]) if ranked else None, frequent),
                needs=tuple((markers, reach) for rank, markers, reach in ranked[1:] if rank[0] < 2),
                second_words=_second_words(elements),
                clock_first=elements[0].category in _CLOCK_STARTS,
            )
        )
    by_literal: tuple[dict[str, list[Rule]], ...] = (defaultdict(list), defaultdict(list))
    by_category: tuple[dict[str, list[Rule]], ...] = (defaultdict(list), defaultdict(list))
    for rule in rules:
        index = 1 if rule.uses_time else 0
        for first in rule.first_elements():
            keys = (
                [first.category]
                if first.category is not None
                else [alternative[0] for alternative in first.alternatives]
            )
            table = by_category[index] if first.category is not None else by_literal[index]
            for key in keys:
                if rule not in table[key]:
                    table[key].append(rule)
    key_words = frozenset(m for r in rules for m in _key_markers(r) if not _is_marker(m))
    word_markers = frozenset(m for r in rules if not r.uses_time for m in _key_markers(r))
    tense = data.get("tense", {})
    vocabulary = {tokens[0] for entries in words.values() for tokens, _, _ in entries}
    for rule in rules:
        for element in rule.elements:
            vocabulary.update(t for alternative in element.alternatives for t in alternative)
    return Lexicon(
        code=code,
        words=dict(words),
        rules=tuple(rules),
        by_literal=(_freeze(by_literal[0]), _freeze(by_literal[1])),
        word_groups=_group(by_literal[0], by_category[0]),
        keyed_groups=_keyed(_group(by_literal[0], by_category[0])),
        keyless=_keyless(_group(by_literal[0], by_category[0])),
        opener_reach={
            opener: max(table.values(), default=0)
            for opener, table in _reaches(_group(by_literal[0], by_category[0])).items()
        },
        bracketed=_Brackets(),
        capital_keys=frozenset(
            r.key for r in by_category[0].get("cap_word", []) if r.key is not None
        ),
        by_category=(_freeze(by_category[0]), _freeze(by_category[1])),
        time_reach=max((r.time_reach for r in rules if r.uses_time), default=0),
        any_time_reach=max((_last_time_reach(r, widths) for r in rules), default=0),
        start_reach=_start_reach(by_literal[1], by_category[1], widths),
        key_reach=max(
            (reach for r in rules if r.key and not r.uses_time for _, reach in _all_keys(r)),
            default=0,
        ),
        key_words=key_words,
        word_markers=word_markers,
        known_words={
            word: (word in key_words, word in by_literal[0], words.get(word, []))
            for word in set(words) | set(by_literal[0]) | key_words
        },
        entries_after={word: _entries_after(entries) for word, entries in words.items()},
        future_words=frozenset(tense.get("future_words", [])),
        past_words=frozenset(tense.get("past_words", [])),
        past_suffixes=tuple(tense.get("past_suffixes", [])),
        future_suffixes=tuple(tense.get("future_suffixes", [])),
        subject_suffixes=tuple(tense.get("subject_suffixes", [])),
        suffix_subjects=frozenset(tense.get("suffix_subjects", [])),
        suffix_blockers=frozenset(tense.get("suffix_blockers", [])),
        future_pairs=frozenset(tense.get("future_pairs", [])),
        future_pair_ends=frozenset(pair.split()[-1] for pair in tense.get("future_pairs", [])),
        negated_past=frozenset(tense.get("negated_past", [])),
        negations=frozenset(tense.get("negations", [])),
        tenseless=frozenset(tense.get("tenseless", [])),
        determiners=frozenset(tense.get("determiners", [])),
        participle_blockers=frozenset(tense.get("participle_blockers", [])),
        subordinators=frozenset(tense.get("subordinators", [])),
        vocabulary=frozenset(vocabulary),
        lowercase_months=bool(data.get("lowercase_months", False)),
        length_words=frozenset(_tokens(" ".join(data.get("length_words", [])))),
        capitalised_only=frozenset(_tokens(" ".join(data.get("capitalised_only", [])))),
        lowercase_after=frozenset(_tokens(" ".join(data.get("lowercase_after", [])))),
        config=dict(data.get("config", {})),
    )


DATE_ORDERS = ("month_first", "day_first")
"""How numeric dates without a leading year read: "3/4/2025" is 4 March or 3 April."""
_NUMERIC_MONTHS = frozenset({"<month_num>", "<month_num2>"})
_NUMERIC_DAYS = frozenset({"<day>"})
_YEARS = frozenset({"<year>", "<short_year>", "<likely_year>"})
_DATE_SEPARATORS = frozenset({"/", ".", "-"})
_OVERLAY_KEYS = frozenset({"date_order", "drop", "rules", "categories"})


def _core(raw: str) -> str:
    """A pattern element without its ``~`` and ``?`` marks."""
    return raw.removeprefix("~").removesuffix("?") if len(raw) > 1 else raw


def _marked(raw: str, core: str) -> str:
    """``core`` with the ``~`` and ``?`` marks of ``raw``."""
    glue = "~" if raw.startswith("~") and len(raw) > 1 else ""
    optional = "?" if raw.endswith("?") and len(raw) > 1 else ""
    return f"{glue}{core}{optional}"


def turn_date_order(pattern: str, order: str) -> str:
    """``pattern`` read in the date order opposite to its own (``order``, one of
    :data:`DATE_ORDERS`, names the order wanted).

    Turns each numeric month and day joined by a separator ("/", "." or "-") the other way
    round, each place keeping its marks: for ``"day_first"``, ``<month_num> / <day> / <year>``
    becomes ``<day> / <month_num> / <year>``, and a base fallback written day first
    (``<day> / <month_num> / <year>``, for dates that cannot be read month first) becomes
    month first. A month and day after a year and a separator (ISO "2025-03-04") are kept.
    """
    if order not in DATE_ORDERS:
        raise ValueError(f"unknown date order {order!r}; expected one of {DATE_ORDERS}")
    raws = pattern.split()
    cores = [_core(raw) for raw in raws]

    def separator(i: int) -> bool:
        return 0 <= i < len(cores) and set(cores[i].split("|")) <= _DATE_SEPARATORS

    def pair(i: int) -> bool:
        a, b = cores[i], cores[i + 2]
        return (a in _NUMERIC_MONTHS and b in _NUMERIC_DAYS) or (
            a in _NUMERIC_DAYS and b in _NUMERIC_MONTHS
        )

    i = 0
    while i < len(raws) - 2:
        if (
            pair(i)
            and separator(i + 1)
            and not (i >= 2 and cores[i - 2] in _YEARS and separator(i - 1))
        ):
            raws[i], raws[i + 2] = _marked(raws[i], cores[i + 2]), _marked(raws[i + 2], cores[i])
            i += 3
            continue
        i += 1
    return " ".join(raws)


@cache
def _regions(language: str) -> dict[str, Any]:
    """The regions file of ``language`` (empty when it has none)."""
    name = f"{language}-regions"
    return load_toml(_PACKAGE, f"{name}.toml") if name in data_names(_PACKAGE) else {}


def overlay(data: dict[str, Any], changes: dict[str, Any], base_order: str) -> dict[str, Any]:
    """The lexicon data ``data`` (date order ``base_order``) with a region's ``changes``.

    ``changes`` may set ``date_order`` (numeric month/day rules are turned round, see
    :func:`turn_date_order`), ``drop`` (base rules named by their pattern text), ``rules``
    (added after the base rules) and ``categories`` (each table merged into the base one;
    the overlay wins for a word in both). Raises ValueError for an unknown key or a dropped
    pattern the base does not have.
    """
    unknown = set(changes) - _OVERLAY_KEYS
    if unknown:
        raise ValueError(f"unknown overlay keys {sorted(unknown)}")
    rules = [list(rule) for rule in data.get("rules", [])]
    drop = set(changes.get("drop", []))
    missing = drop - {pattern for pattern, _ in rules}
    if missing:
        raise ValueError(f"overlay drops rules the base does not have: {sorted(missing)}")
    rules = [rule for rule in rules if rule[0] not in drop]
    order = changes.get("date_order", base_order)
    if order != base_order:
        rules = [[turn_date_order(pattern, order), action] for pattern, action in rules]
    rules.extend(list(rule) for rule in changes.get("rules", []))
    categories = {name: dict(table) for name, table in data.get("categories", {}).items()}
    for name, table in changes.get("categories", {}).items():
        categories[name] = {**categories.get(name, {}), **table}
    return {**data, "rules": rules, "categories": categories}


def _data(code: str) -> dict[str, Any]:
    """The data of ``code``: a language, or a language and a region ("en-GB")."""
    language, _, region = code.partition("-")
    data = load_toml(_PACKAGE, f"{language}.toml")
    regions = _regions(language)
    if not region or not regions:
        return data
    table = regions.get("regions", {})
    if region not in table:
        raise UnsupportedLanguageError(f"no temporal data for region {region!r} of {language!r}")
    changes = dict(table[region])
    shared = regions.get("orders", {}).get(changes.get("date_order", ""), {})
    changes["drop"] = [*shared.get("drop", []), *changes.get("drop", [])]
    changes["rules"] = [*shared.get("rules", []), *changes.get("rules", [])]
    return overlay(data, changes, regions["base_order"])


@cache
def lexicon(code: str) -> Lexicon:
    """The compiled lexicon of ``code``, a language or a language with a region, in any
    spelling :func:`timeline.languages.canonical` accepts (cached; one lexicon per tag)."""
    tag = languages.canonical(code)
    return lexicon(tag) if tag != code else _compile(tag, _with_zones(_data(tag)))


def _with_zones(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` with the shared zone abbreviations (``zones.toml``) as category ``zone_abbr``."""
    categories = dict(data.get("categories", {}))
    categories["zone_abbr"] = {**abbreviations(), **categories.get("zone_abbr", {})}
    return {**data, "categories": categories}
