"""Temporal expressions: find them in running text and normalise them to intervals.

The rules are in docs/time-semantics.md; each language's words and patterns are in
``timeline/temporal/lang/<code>.toml``.
"""

from __future__ import annotations

from datetime import date, datetime

from timeline import languages
from timeline.errors import InvalidRecordError
from timeline.model import Granularity, TimeMention, TimeValue
from timeline.temporal.lexicon import Lexicon, lexicon
from timeline.temporal.matcher import find_mention_views, find_mentions
from timeline.temporal.rules import CONVENTIONS, TimeRules, time_rules
from timeline.temporal.text import normalise, tokenise
from timeline.temporal.timex import timex_interval

__all__ = [
    "CONVENTIONS",
    "TimeRules",
    "find_times",
    "find_times_and_wholes",
    "parse_time",
    "timex_interval",
]

_SPARE_WORDS = 3


def _check(text: object, reference_date: object) -> str:
    if not isinstance(text, str):
        raise InvalidRecordError(f"text must be a str, not {type(text).__name__}")
    if reference_date is not None and not isinstance(reference_date, date):
        raise InvalidRecordError(
            f"reference_date must be a date or datetime, not {type(reference_date).__name__}"
        )
    return text


def find_times(
    text: str,
    *,
    lang: str = "auto",
    reference_date: date | datetime | None = None,
    rules: TimeRules | str | None = None,
    split_ranges: bool = True,
) -> list[TimeMention]:
    """Every temporal expression in ``text``, in text order, with char offsets and value.

    ``lang`` is a supported code or ``"auto"``; ``reference_date`` is the document's
    creation time (deictic expressions stay unresolved without it); ``rules`` a
    :class:`TimeRules` or a name in :data:`CONVENTIONS` (default: the library's rules).
    With ``split_ranges`` (the default, as TimeML annotates running text) a range ("du 3 au
    5 mars") or a day with its clock time ("lundi à 15h") is reported as its two parts;
    without, as one mention with the whole interval.
    """
    return _find(text, lang, reference_date, rules, split=split_ranges)


def find_times_and_wholes(
    text: str,
    *,
    lang: str = "auto",
    reference_date: date | datetime | None = None,
    rules: TimeRules | str | None = None,
) -> tuple[list[TimeMention], list[TimeMention]]:
    """``find_times`` with ranges split, and with ranges whole, from one reading of ``text``."""
    text, lex, chosen = _prepare(text, lang, reference_date, rules)
    if not text.strip():
        return [], []
    return find_mention_views(text, lex, reference_date, rules=chosen)


def _find(
    text: str,
    lang: str,
    reference_date: date | datetime | None,
    rules: TimeRules | str | None,
    *,
    split: bool,
) -> list[TimeMention]:
    text, lex, chosen = _prepare(text, lang, reference_date, rules)
    if not text.strip():
        return []
    return find_mentions(text, lex, reference_date, split=split, rules=chosen)


def _prepare(
    text: str, lang: str, reference_date: date | datetime | None, rules: TimeRules | str | None
) -> tuple[str, Lexicon, TimeRules]:
    """The checked text, its language's lexicon and the time rules (a bad language or rules
    name is an error even for an empty text)."""
    text = _check(text, reference_date)
    code = languages.resolve(lang, text)
    return text, lexicon(code), time_rules(rules, code)


def _lone_year(text: str) -> TimeValue | None:
    """A four-digit number given alone is a year: the whole expression is the evidence."""
    word = text.strip()
    if len(word) != 4 or not word.isascii() or not word.isdigit() or word[0] not in "12":
        return None
    year = int(word)
    return TimeValue(
        start=date(year, 1, 1),
        end=date(year + 1, 1, 1),
        granularity=Granularity.YEAR,
        timex=word,
        text=word,
    )


def parse_time(
    text: str,
    *,
    lang: str = "auto",
    reference_date: date | datetime | None = None,
    rules: TimeRules | str | None = None,
) -> TimeValue | None:
    """Normalise one expression; None when ``text`` is not a temporal expression.

    The expression may carry up to three words around it ("au cours des derniers mois").
    A four-digit number alone ("2015") is read as a year. ``rules`` as in :func:`find_times`.
    """
    mentions = _find(text, lang, reference_date, rules, split=False)
    if not mentions:
        return _lone_year(text)
    best = max(mentions, key=lambda m: (m.end - m.start, -m.start))
    rest = normalise(text[: best.start] + " " + text[best.end :])
    if len(tokenise(rest)) > _SPARE_WORDS:
        return None
    return best.value
