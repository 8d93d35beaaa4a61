"""Supported languages and a cheap detector between them.

A language is supported when a data file ``<code>.toml`` sits in this package; the detector
counts each language's function words.
"""

from __future__ import annotations

import re
from functools import cache

from timeline.errors import UnsupportedLanguageError
from timeline.resources import data_names, load_toml

__all__ = ["AUTO", "detect", "resolve", "supported"]

AUTO = "auto"
_WORD = re.compile(r"[^\W\d_]+['’]?", re.UNICODE)
_SAMPLE = 20_000


@cache
def _function_words() -> dict[str, frozenset[str]]:
    return {
        code: frozenset(load_toml(__name__, f"{code}.toml")["function_words"])
        for code in data_names(__name__)
    }


def supported() -> tuple[str, ...]:
    """The language codes the library supports, sorted."""
    return tuple(sorted(_function_words()))


def detect(text: str, default: str = "en") -> str:
    """The supported language whose function words are most frequent in ``text``.

    Reads at most the first 20,000 characters; ties and texts without any function word
    give ``default``.
    """
    counts = dict.fromkeys(supported(), 0)
    for match in _WORD.finditer(text[:_SAMPLE]):
        token = match.group().lower().replace("’", "'")
        for code, words in _function_words().items():
            if token in words:
                counts[code] += 1
    best = max(counts.values(), default=0)
    leaders = [code for code, count in counts.items() if count == best]
    if best == 0 or len(leaders) > 1:
        return default
    return leaders[0]


def resolve(lang: str, text: str = "") -> str:
    """Check ``lang`` (a supported code or ``"auto"``) and return the language to use."""
    if not isinstance(lang, str):
        raise UnsupportedLanguageError(f"lang must be a string, not {type(lang).__name__}")
    code = lang.strip().lower()
    if code == AUTO:
        return detect(text)
    if code not in supported():
        raise UnsupportedLanguageError(
            f"unsupported language {lang!r}; expected one of: {', '.join(supported())}, auto"
        )
    return code
