"""The stretches of a text worth reading for amounts: around currencies and scale words.

Every amount holds a currency (symbol, code or word) or a scale word that makes an amount
alone, so only the text around those anchors is cut into tokens.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from timeline.money.lexicon import Lexicon

__all__ = ["windows"]

_BEFORE = 800
"""Characters kept before an anchor: qualifier, range opener and a number in words fit."""
_AFTER = 300
"""Characters kept after an anchor: currency words, qualifier and the words that follow."""
_BLANK = re.compile(r"\s")


def _snap(text: str, position: int, limit: int) -> int:
    """The first blank at or after ``position`` and before ``limit``; else ``position``."""
    found = _BLANK.search(text, position, limit)
    return position if found is None else found.start()


def windows(folded: str, lex: Lexicon) -> Iterator[tuple[int, int]]:
    """Disjoint ``[start, end)`` stretches of a folded text, in order, that hold its amounts."""
    size = len(folded)
    start = end = -1
    for anchor in lex.anchors.finditer(folded):
        before, after = anchor.start() - _BEFORE, anchor.end() + _AFTER
        if end < 0 or before > end:
            if end >= 0:
                yield start, end
            start = 0 if before <= 0 else _snap(folded, before, anchor.start())
        elif after <= end:
            continue
        after += _AFTER  # extend by more than needed, so a run of anchors snaps rarely
        end = size if after >= size else _snap(folded, after, min(size, after + _AFTER))
    if end >= 0:
        yield start, end
