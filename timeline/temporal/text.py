"""Text preparation: length-preserving normalisation, tokens with offsets, sentence breaks.

Normalisation never changes the length of the text, so every offset computed on the
normalised text is an offset into the original one.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Sequence
from functools import cache
from typing import NamedTuple, overload

from timeline.resources import load_toml
from timeline.temporal.zones import abbreviations
from timeline.typography import fold, normalise

__all__ = ["Token", "Tokens", "fold", "normalise", "tokenise"]


# Digits followed by an ordinal suffix stay one token ("1er", "21st"); otherwise runs of
# digits, runs of letters, or one other non-space character. No nested quantifiers.
_TOKEN = re.compile(  # letters first: the most common tokens
    r"[^\W\d_]+|\d+(?:ères|ère|eres|ere|ers|er|re|ème|eme|e|st|nd|rd|th)(?![^\W\d_])|\d+|\S",
    re.IGNORECASE,
)
_NEWLINE = re.compile("\n")
_STOP = re.compile("[!?;]")
_PERIOD = re.compile("\\.")
_SENTENCE_END = frozenset(".!?;\n")
_WEEKDAY_NAME_MIN = 6  # "monday", not "mon" or "sun"


class Token(NamedTuple):
    """One token: its folded text, its character span, and shape flags."""

    text: str
    """Lower case without accents: the form rules compare."""
    start: int
    end: int
    capitalised: bool
    glued: bool
    """True when no whitespace separates this token from the previous one."""
    sentence_start: bool


def _fold_table() -> dict[int, str]:
    table = {}
    for code in range(0xC0, 0x250):
        char = chr(code).lower()
        base = unicodedata.normalize("NFD", char)[:1]
        if len(char) == 1 and base != char and base.isascii():
            table[ord(char)] = base
    return table


_FOLD = _fold_table()
_FOLDED = {chr(code): base for code, base in _FOLD.items()}
_TO_FOLD = re.compile("[\u00c0-\u024f]")


def _fold_char(match: re.Match[str]) -> str:
    char = match.group()
    return _FOLDED.get(char, char)


_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def _folded_text(text: str) -> str | None:
    """``fold`` applied to the whole text when that keeps every offset, else None."""
    lowered = text.lower()
    if len(lowered) != len(text) or _COMBINING.search(text):
        return None
    return _TO_FOLD.sub(_fold_char, lowered)


class Tokens(Sequence[Token]):
    """The tokens of a text as parallel lists (fast to build); ``tokens[i]`` is a Token."""

    __slots__ = ("breaks", "source", "starts", "texts")

    def __init__(self, source: str, texts: list[str], starts: list[int], breaks: set[int]):
        self.source = source
        self.texts = texts
        """Folded token texts: lower case, no accents."""
        self.starts = starts
        self.breaks = breaks
        """Indexes of the tokens that start a sentence."""

    def __len__(self) -> int:
        return len(self.texts)

    @overload
    def __getitem__(self, index: int) -> Token: ...

    @overload
    def __getitem__(self, index: slice) -> list[Token]: ...

    def __getitem__(self, index: int | slice) -> Token | list[Token]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        start = self.starts[index]
        return Token(
            self.texts[index],
            start,
            start + len(self.texts[index]),
            self.source[start].isupper(),
            self.glued(index),
            index in self.breaks,
        )

    def end(self, index: int) -> int:
        """Where token ``index`` ends."""
        return self.starts[index] + len(self.texts[index])

    def glued(self, index: int) -> bool:
        """True when no whitespace separates token ``index`` from the previous one."""
        return index > 0 and self.starts[index] == self.end(index - 1)

    def capitalised(self, index: int) -> bool:
        """True when token ``index`` begins with a capital letter."""
        return self.source[self.starts[index]].isupper()


def _starts(text: str, texts: list[str]) -> list[int]:
    """Where each of ``texts`` (the consecutive tokens of ``text``) starts.

    Only whitespace separates tokens (``_TOKEN`` takes any other character), so each token
    is the next occurrence of its text.
    """
    starts = []
    position = 0
    find = text.find
    for token in texts:
        position = find(token, position)
        starts.append(position)
        position += len(token)
    return starts


@cache
def _meridiem_followers() -> frozenset[str]:
    """Words that go on with a clock time after "a.m." / "p.m." (an English notation): the
    English weekday names ("at 6 a.m. Tuesday") and the one-word US zone regions of en.toml
    ("5 p.m. Eastern")."""
    data = load_toml("timeline.temporal.lang", "en.toml")["categories"]
    days = {word for word in data["weekday"] if len(word) >= _WEEKDAY_NAME_MIN}
    zones = {
        name.split()[0]
        for name, zone in data["zone"].items()
        if name.endswith(" time") and name.count(" ") == 1 and zone.startswith("America/")
    }
    return frozenset(days | zones)


def _zone_after_meridiem(text: str, texts: list[str], starts: list[int], after: int) -> bool:
    """True for a zone or a day just after "a.m." / "p.m.": an abbreviation in capitals ("9
    a.m. ET", "9 a.m. (ET)"), a place and "time" ("5 p.m. Paris time", "9 a.m. New York
    time"), a US zone region ("5 p.m. Eastern") or a weekday ("at 6 a.m. Tuesday")."""
    if after < 4 or texts[after - 2] != "m" or texts[after - 4] not in ("a", "p"):
        return False
    if "time" in texts[after + 1 : after + 4] or texts[after] in _meridiem_followers():
        return True
    if texts[after] == "(" and after + 1 < len(texts):
        after += 1
    word = text[starts[after] : starts[after] + len(texts[after])]
    return word.isupper() and word in abbreviations()


def tokenise(text: str) -> Tokens:
    """The tokens of normalised ``text`` with their offsets.

    A sentence starts after a newline, "!", "?", ";", or a period followed by anything but
    a digit or a small letter ("Jan. 21" stays one sentence).
    """
    folded = _folded_text(text)
    if folded is not None:
        texts = _TOKEN.findall(folded)
        starts = _starts(folded, texts)
    else:
        matches = list(_TOKEN.finditer(text))
        texts = [fold(m.group()) for m in matches]
        starts = [m.start() for m in matches]
    count = len(starts)
    breaks = {0}
    for newline in _NEWLINE.finditer(text):
        breaks.add(bisect.bisect_left(starts, newline.start()))
    for stop in _STOP.finditer(text):
        breaks.add(bisect.bisect_left(starts, stop.start()) + 1)
    for period in _PERIOD.finditer(text):
        after = bisect.bisect_left(starts, period.start()) + 1
        if after < count:
            first = text[starts[after]]
            if not (
                first.isdigit()
                or first.islower()
                or _zone_after_meridiem(text, texts, starts, after)
            ):
                breaks.add(after)
    breaks.discard(count)
    return Tokens(text, texts, starts, breaks)
