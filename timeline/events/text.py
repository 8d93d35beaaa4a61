"""Tokens, sentences and clauses, with offsets into the original text.

Typographic characters are replaced one for one (’ -> ', « -> "), so the normalised text has
the length of the original and every offset is an offset into the original.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import attrs

from timeline.typography import fold, normalise

__all__ = [
    "Sentence",
    "Token",
    "fold",
    "normalise",
    "phrase_keys",
    "sentences",
    "tokenise",
]


# A word: letters/digits, optionally joined by single hyphens or ampersands ("joint-venture",
# "AT&T"); the English possessive; or any other single visible character. No nested
# quantifiers: each repetition must start with a separator.
_TOKEN = re.compile(r"[^\W_]+(?:[-&][^\W_]+)*|'s(?![^\W_])|\S")
_ABBREVIATIONS = frozenset(
    {"m", "mm", "mme", "mr", "mrs", "ms", "dr", "st", "inc", "corp", "ltd", "co", "jr", "sr"}
)
_SENTENCE_PUNCT = frozenset(".!?")


@attrs.frozen
class Token:
    """One token: its original text, folded form, span and shape."""

    text: str
    norm: str
    start: int
    end: int
    is_word: bool = attrs.field(init=False)
    """True for letters/digits tokens (not punctuation)."""
    capitalised: bool = attrs.field(init=False)
    """True when the token looks like part of a name ("OpenAI", "eBay", "Windsurf")."""

    def __attrs_post_init__(self) -> None:
        t = self.text
        object.__setattr__(self, "is_word", t[:1].isalnum())
        cap = t[:1].isalpha() and (t[0].isupper() or not t.islower())
        object.__setattr__(self, "capitalised", cap)


@attrs.frozen
class Sentence:
    """A sentence: character span and token range ``[first, last)``."""

    start: int
    end: int
    first: int
    last: int


def tokenise(text: str, elisions: Iterable[str] = ()) -> list[Token]:
    """The tokens of ``text`` (normalised internally); French elisions become one token."""
    plain = normalise(text)
    elided = frozenset(elisions)
    raw = [(m.start(), m.end()) for m in _TOKEN.finditer(plain)]
    tokens: list[Token] = []
    i = 0
    n = len(raw)
    while i < n:
        start, end = raw[i]
        if (
            elided
            and i + 1 < n
            and raw[i + 1][0] == end
            and plain[end] == "'"
            and (i + 2 == n or raw[i + 2][0] == end + 1)
            and fold(plain[start:end]) in elided
        ):
            surface = plain[start : end + 1]
            tokens.append(Token(text[start : end + 1], fold(surface), start, end + 1))
            i += 2
            continue
        surface = plain[start:end]
        tokens.append(Token(text[start:end], fold(surface), start, end))
        i += 1
    return tokens


def phrase_keys(phrase: str, elisions: Iterable[str] = ()) -> tuple[str, ...]:
    """The folded token sequence of a lexicon phrase ("<NUM>" stays one placeholder)."""
    keys: list[str] = []
    for n, piece in enumerate(phrase.split("<NUM>")):
        if n:
            keys.append("<num>")
        keys.extend(t.norm for t in tokenise(piece, elisions))
    return tuple(keys)


def sentences(text: str, tokens: Sequence[Token]) -> list[Sentence]:
    """Sentence spans: breaks at newlines and at ., ! or ? before a capital, digit or quote."""
    result: list[Sentence] = []
    first = 0
    n = len(tokens)
    for i in range(n):
        is_last = i == n - 1
        boundary = is_last
        if not is_last:
            nxt = tokens[i + 1]
            gap = text[tokens[i].end : nxt.start]
            if "\n" in gap:
                boundary = True
            elif tokens[i].text in _SENTENCE_PUNCT and gap:
                head = nxt.text[:1]
                prev = tokens[i - 1] if i > 0 else None
                abbreviation = prev is not None and (
                    prev.norm in _ABBREVIATIONS or (len(prev.text) == 1 and prev.text.isupper())
                )
                boundary = not abbreviation and (head.isupper() or head.isdigit() or head in "\"'")
        if boundary:
            result.append(Sentence(tokens[first].start, tokens[i].end, first, i + 1))
            first = i + 1
    return result
