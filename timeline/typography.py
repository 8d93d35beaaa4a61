"""Typographic variants made plain, without moving a character: offsets stay valid.

French press text writes ’ for ', « » for quotes, non-breaking spaces and en dashes; spaCy and
our patterns expect the plain forms (see FINDINGS: spaCy leaves ``qu’`` unsplit).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["PLAIN", "fold", "normalise"]

PLAIN: dict[str, str] = {
    "\u2019": "'",  # right single quotation mark, the French apostrophe
    "\u2018": "'",
    "\u02bc": "'",
    "\u00b4": "'",
    "`": "'",
    "\u00ab": '"',  # « »
    "\u00bb": '"',
    "\u201c": '"',
    "\u201d": '"',
    "\u00a0": " ",  # no-break, narrow no-break, thin and figure spaces
    "\u202f": " ",
    "\u2009": " ",
    "\u2007": " ",
    "\u2010": "-",  # hyphens, dashes and the minus sign
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2212": "-",
}
"""Each variant and its plain form: one character for one, so lengths never change."""

_VARIANT = re.compile("[" + re.escape("".join(PLAIN)) + "]")


def _plain(match: re.Match[str]) -> str:
    return PLAIN[match.group()]


def normalise(text: str) -> str:
    """``text`` with the variants of :data:`PLAIN` replaced; the length is unchanged.

    A regex substitution of the few characters concerned: much faster than ``str.translate``
    with a mapping on long texts.
    """
    return _VARIANT.sub(_plain, text)


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Lower case without accents ("Février" -> "fevrier"), for comparisons only."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
