"""Cutting text into tokens for amount matching: digit runs, words, single symbols.

Every non-space character belongs to exactly one token, so spans map back to the original
text. The pattern has no ambiguous repetition: matching is linear in the text's length.
Tokens are read from the text's folded form (:func:`fold`), which keeps every offset.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import attrs

__all__ = ["Tokens", "fold", "phrases", "split_phrase", "tokenize"]

# Digits; a word (letters, inner hyphens, an optional final apostrophe as in "d'"); any other
# single non-space character.
_TOKEN = re.compile(r"[0-9]+|[^\W\d_]+(?:-[^\W\d_]+)*['’]?|\S")
_UPPER = [c for c in map(chr, range(0x41, 0x250)) if c.isupper() and len(c.lower()) == 1]
_FOLD = str.maketrans("".join(_UPPER) + "’", "".join(c.lower() for c in _UPPER) + "'")


def fold(text: str) -> str:
    """``text`` with Latin capitals in lower case and ’ as ', every character kept in place."""
    return text.translate(_FOLD)


@attrs.frozen
class Tokens:
    """The tokens of a folded text: parallel lists of offsets and forms."""

    text: str
    starts: list[int]
    ends: list[int]
    forms: list[str]

    def __len__(self) -> int:
        return len(self.forms)

    def touching(self, left: int, right: int) -> bool:
        """True when token ``right`` follows token ``left`` with no space between them."""
        return self.ends[left] == self.starts[right]

    def gap(self, left: int, right: int) -> str:
        """The (blank) text between tokens ``left`` and ``right``."""
        return self.text[self.ends[left] : self.starts[right]]

    def is_digits(self, index: int) -> bool:
        """True when token ``index`` is a run of ASCII digits."""
        return 0 <= index < len(self.forms) and "0" <= self.forms[index][:1] <= "9"

    def is_word(self, index: int) -> bool:
        """True when token ``index`` is made of letters."""
        return 0 <= index < len(self.forms) and self.forms[index][:1].isalpha()


def tokenize(folded: str, start: int = 0, end: int | None = None) -> Tokens:
    """The tokens of ``folded[start:end]`` (a :func:`fold`-ed text), with offsets into it."""
    starts: list[int] = []
    ends: list[int] = []
    forms: list[str] = []
    for match in _TOKEN.finditer(folded, start, len(folded) if end is None else end):
        starts.append(match.start())
        ends.append(match.end())
        forms.append(match.group())
    return Tokens(folded, starts, ends, forms)


def split_phrase(phrase: str) -> tuple[str, ...]:
    """A data-file phrase as the tuple of token forms it is matched as."""
    return tuple(m.group() for m in _TOKEN.finditer(fold(phrase)))


def phrases(items: Iterable[str]) -> list[tuple[str, ...]]:
    """Each phrase of ``items`` split into tokens, empty ones dropped."""
    return [tokens for tokens in map(split_phrase, items) if tokens]
