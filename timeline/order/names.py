"""Party names compared across documents: case, accents, punctuation and spacing ignored."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

__all__ = ["canonical_name"]


@lru_cache(maxsize=65_536)
def canonical_name(name: str) -> str:
    """A comparison key: "OpenAI" and "Openai" give "openai", "Crédit  Agricole" gives
    "credit agricole".

    NFKD, accents removed, case folded; runs of letters and digits kept, everything else is a
    single separator. Hyphens and apostrophes therefore separate words.
    """
    folded = unicodedata.normalize("NFKD", name).casefold()
    words: list[str] = []
    current: list[str] = []
    for char in folded:
        if unicodedata.combining(char):
            continue
        if char.isalnum():
            current.append(char)
        elif current:
            words.append("".join(current))
            current = []
    if current:
        words.append("".join(current))
    return " ".join(words)
