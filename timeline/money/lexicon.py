"""A language's amount vocabulary, read once from ``timeline/money/lang/<code>.toml``."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any, Generic, TypeVar

import attrs

from timeline.errors import UnsupportedLanguageError
from timeline.languages import language_of
from timeline.model import Qualifier
from timeline.money.tokens import Tokens, phrases, split_phrase
from timeline.resources import data_names, load_toml

__all__ = ["Lexicon", "PhraseTable", "Scale", "lexicon"]

V = TypeVar("V")
_DATA = "timeline.money.lang"


class PhraseTable(Generic[V]):
    """Multi-token phrases mapped to values; the longest phrase wins.

    A ``tight`` table only matches phrases written without spaces inside ("US$", not "US $").
    """

    __slots__ = ("_by_first", "_by_last", "_table", "_tight")

    def __init__(self, entries: Iterable[tuple[tuple[str, ...], V]], tight: bool = False) -> None:
        self._tight = tight
        self._table: dict[tuple[str, ...], V] = {}
        for key, value in entries:
            self._table.setdefault(key, value)
        self._by_first = _sizes((key[0], len(key)) for key in self._table)
        self._by_last = _sizes((key[-1], len(key)) for key in self._table)

    def _fits(self, tokens: Tokens, start: int, stop: int) -> bool:
        if not self._tight or stop - start == 1:
            return True
        return all(tokens.touching(i, i + 1) for i in range(start, stop - 1))

    def starts_with(self, form: str) -> bool:
        """True when some phrase begins with the token ``form``."""
        return form in self._by_first

    def match(self, tokens: Tokens, index: int) -> tuple[V, int] | None:
        """The value of the longest phrase starting at token ``index``, and the index after."""
        forms = tokens.forms
        sizes = self._by_first.get(forms[index]) if index < len(forms) else None
        if sizes is None:
            return None
        for size in sizes:
            if index + size <= len(forms) and self._fits(tokens, index, index + size):
                value = self._table.get(tuple(forms[index : index + size]))
                if value is not None:
                    return value, index + size
        return None

    def match_before(self, tokens: Tokens, end: int) -> tuple[V, int] | None:
        """The value of the longest phrase ending just before token ``end``, and its start."""
        sizes = self._by_last.get(tokens.forms[end - 1]) if end > 0 else None
        if sizes is None:
            return None
        for size in sizes:
            if size <= end and self._fits(tokens, end - size, end):
                value = self._table.get(tuple(tokens.forms[end - size : end]))
                if value is not None:
                    return value, end - size
        return None


def _sizes(pairs: Iterable[tuple[str, int]]) -> dict[str, tuple[int, ...]]:
    """For each token, the lengths of the phrases it begins (or ends), longest first."""
    found: dict[str, set[int]] = {}
    for form, size in pairs:
        found.setdefault(form, set()).add(size)
    return {form: tuple(sorted(sizes, reverse=True)) for form, sizes in found.items()}


@attrs.frozen
class Scale:
    """A scale word: the power of ten it multiplies by, and whether it makes an amount alone."""

    exponent: int
    bare: bool


@attrs.frozen
class Lexicon:
    """Everything :mod:`timeline.money` needs to know about one language."""

    code: str
    decimal_separator: str
    thousands_separators: frozenset[str]
    one_words: frozenset[str]
    number_joiners: frozenset[str]
    half_words: PhraseTable[bool]
    links: frozenset[str]
    money_nouns: frozenset[str]
    bare_followers: frozenset[str] | None
    scales: PhraseTable[Scale]
    currency_symbols: PhraseTable[str]
    currency_words: PhraseTable[str]
    qualifiers: PhraseTable[Qualifier]
    qualifiers_after: PhraseTable[Qualifier]
    range_openers: Mapping[str, tuple[str, ...]]
    range_joiners: PhraseTable[bool]
    range_word_joiners: PhraseTable[bool]
    change_openers: PhraseTable[bool]
    currency_names: frozenset[str]
    """Currency codes and words written as one word ("USD", "dollars", "yens"), as written in
    the data file: never the name of a company."""
    anchors: re.Pattern[str]
    """Currency symbols, codes and words, and scale words that make an amount alone: every
    amount holds one ("trois milliards", "cinq euros", "$3", "USD 3"). Lower case: it is
    searched in a text folded by :func:`timeline.money.tokens.fold`."""


def _forms(items: Iterable[str]) -> frozenset[str]:
    return frozenset(form for phrase in phrases(items) for form in phrase[:1])


def _flags(items: Iterable[str]) -> PhraseTable[bool]:
    return PhraseTable((key, True) for key in phrases(items))


def _qualifiers(section: Mapping[str, list[str]]) -> PhraseTable[Qualifier]:
    return PhraseTable(
        (key, Qualifier(name)) for name, items in section.items() for key in phrases(items)
    )


def _anchors(words: Iterable[str], symbols: Iterable[str]) -> re.Pattern[str]:
    chars = "".join(sorted({c for symbol in symbols for c in symbol if not c.isalnum()} - {"."}))
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
    parts = [f"[{re.escape(chars)}]"] if chars else []
    if alternatives:
        parts.append(rf"(?<![^\W\d_])(?:{alternatives})(?![^\W\d_])")
    return re.compile("|".join(parts) or "(?!)")


def _build(code: str, data: Mapping[str, Any]) -> Lexicon:
    currencies: Mapping[str, Mapping[str, list[str]]] = data.get("currency", {})
    bare_scales = [w for entry in data.get("scale", []) if entry["bare"] for w in entry["words"]]
    currency_words = [w for forms in currencies.values() for w in forms["words"]]
    symbols = [s for forms in currencies.values() for s in forms["symbols"]]
    followers = data.get("bare_followers")
    ranges = data.get("ranges", {})
    return Lexicon(
        code=code,
        decimal_separator=data["decimal_separator"],
        thousands_separators=frozenset(data["thousands_separators"]),
        one_words=_forms(data.get("one_words", [])),
        number_joiners=_forms(data.get("number_joiners", [])),
        half_words=_flags(data.get("half_words", [])),
        links=_forms(data.get("links", [])),
        money_nouns=_forms(data.get("money_nouns", [])),
        bare_followers=None if followers is None else _forms(followers),
        scales=PhraseTable(
            (key, Scale(int(entry["exponent"]), bool(entry["bare"])))
            for entry in data.get("scale", [])
            for key in phrases(entry["words"])
        ),
        currency_symbols=PhraseTable(
            ((key, iso) for iso, forms in currencies.items() for key in phrases(forms["symbols"])),
            tight=True,
        ),
        currency_words=PhraseTable(
            (key, iso) for iso, forms in currencies.items() for key in phrases(forms["words"])
        ),
        qualifiers=_qualifiers(data.get("qualifiers", {})),
        qualifiers_after=_qualifiers(data.get("qualifiers_after", {})),
        range_openers={
            split_phrase(opener)[0]: split_phrase(closer)
            for opener, closer in ranges.get("openers", {}).items()
        },
        range_joiners=_flags(ranges.get("joiners", [])),
        range_word_joiners=_flags(ranges.get("word_joiners", [])),
        change_openers=_flags(ranges.get("change_openers", [])),
        currency_names=frozenset(
            w for w in currency_words + symbols if w.isalpha() and len(split_phrase(w)) == 1
        ),
        anchors=_anchors(
            _forms(bare_scales + currency_words + [s for s in symbols if s.isalpha()]), symbols
        ),
    )


def lexicon(code: str) -> Lexicon:
    """The lexicon of language ``code`` (a tag :func:`timeline.languages.resolve` returned;
    a region does not change amounts)."""
    return _lexicon(language_of(code))


@cache
def _lexicon(code: str) -> Lexicon:
    if code not in data_names(_DATA):
        raise UnsupportedLanguageError(f"no amount data for language {code!r}")
    return _build(code, load_toml(_DATA, f"{code}.toml"))
