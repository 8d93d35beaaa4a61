"""Supported languages, their regions, and a cheap detector between the languages.

A language is supported when a data file ``<code>.toml`` sits in this package; its
``[regions]`` table lists the BCP 47 region subtags the library accepts with it ("en-GB").
The detector counts each language's function words.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from timeline.errors import UnsupportedLanguageError
from timeline.resources import data_names, load_toml

__all__ = ["AUTO", "canonical", "detect", "language_of", "regions", "resolve", "supported"]

AUTO = "auto"
_WORD = re.compile(r"[^\W\d_]+['’]?", re.UNICODE)
_SAMPLE = 20_000
_SEPARATORS = ("-", "_")


@cache
def _data() -> dict[str, dict[str, Any]]:
    return {code: load_toml(__name__, f"{code}.toml") for code in data_names(__name__)}


@cache
def _function_words() -> dict[str, frozenset[str]]:
    return {code: frozenset(data["function_words"]) for code, data in _data().items()}


def supported() -> tuple[str, ...]:
    """The language codes the library supports, sorted."""
    return tuple(sorted(_data()))


def regions(code: str) -> tuple[str, ...]:
    """The region subtags (upper case, sorted) the library accepts with language ``code``;
    empty for an unsupported language."""
    return tuple(sorted(_data().get(code, {}).get("regions", {})))


def language_of(tag: str) -> str:
    """The language part of a tag :func:`canonical` or :func:`resolve` returned ("en-GB" ->
    "en")."""
    return tag.partition("-")[0]


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


def _choices() -> str:
    tags = [f"{code}-{region}" for code in supported() for region in regions(code)]
    return f"{', '.join(supported())}, auto, or a language with a region: {', '.join(tags)}"


def canonical(lang: str) -> str:
    """``lang`` as a supported BCP 47 tag: ``"en"``, or language and region as ``"en-GB"``.

    Accepts any case, ``_`` for ``-`` and spaces around; raises UnsupportedLanguageError for
    an unknown language or region (not for ``"auto"``, which is not a tag: see
    :func:`resolve`).
    """
    if not isinstance(lang, str):
        raise UnsupportedLanguageError(f"lang must be a string, not {type(lang).__name__}")
    language, region = lang.strip(), None
    for separator in _SEPARATORS:
        if separator in language:
            language, _, region = language.partition(separator)
            break
    language = language.lower()
    region = None if region is None else region.upper()
    if language not in supported() or (region is not None and region not in regions(language)):
        raise UnsupportedLanguageError(f"unsupported language {lang!r}; expected {_choices()}")
    return f"{language}-{region}" if region else language


def resolve(lang: str, text: str = "") -> str:
    """Check ``lang`` (a supported language, a language with a region, or ``"auto"``) and
    return the tag to use: ``"auto"`` gives the language :func:`detect` finds in ``text``
    (never a region), anything else its :func:`canonical` form."""
    if isinstance(lang, str) and lang.strip().lower() == AUTO:
        return detect(text)
    return canonical(lang)
