"""The per-language data files (``timeline/testing/lang/<code>.toml``) for rendering."""

from __future__ import annotations

from functools import cache
from string import Formatter
from typing import Any

from timeline.errors import UnsupportedLanguageError
from timeline.resources import data_names, load_toml

__all__ = ["elide", "fields", "languages", "lexicon"]

_PACKAGE = "timeline.testing.lang"


def languages() -> tuple[str, ...]:
    """The language codes the strategies can render, sorted."""
    return tuple(data_names(_PACKAGE))


@cache
def lexicon(lang: str) -> dict[str, Any]:
    """The parsed data file of ``lang``; raises UnsupportedLanguageError when there is none."""
    if lang not in languages():
        raise UnsupportedLanguageError(
            f"timeline.testing has no data for language {lang!r}; known: {', '.join(languages())}"
        )
    return load_toml(_PACKAGE, f"{lang}.toml")


@cache
def fields(template: str) -> frozenset[str]:
    """The names of the ``{fields}`` a str.format template uses."""
    return frozenset(name for _, name, _, _ in Formatter().parse(template) if name)


def elide(lang: str, text: str) -> str:
    """``text`` with the ``[elision]`` pairs of ``lang`` applied before a vowel."""
    rules: dict[str, Any] = lexicon(lang).get("elision", {})
    vowels: str = rules.get("vowels", "")
    for full, short in rules.get("pairs", []):
        parts = text.split(full)
        out = parts[0]
        for part in parts[1:]:
            out += (short if part[:1] and part[0] in vowels else full) + part
        text = out
    return text
