"""Amounts of money in running text: spans, values, and currency carried within a sentence."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import attrs

from timeline.errors import InvalidRecordError, TimelineError
from timeline.languages import resolve
from timeline.model import Money
from timeline.money.grammar import scan
from timeline.money.lexicon import lexicon
from timeline.money.tokens import fold, tokenize
from timeline.money.windows import windows

__all__ = ["MoneyMention", "find_amounts", "parse_amount"]

_BREAK = re.compile(r"[.!?…](?=\s)|\n")


@attrs.frozen
class MoneyMention:
    """An amount found in a text: its span in the original text, its words and its value."""

    start: int
    end: int
    text: str
    value: Money

    def __attrs_post_init__(self) -> None:
        if self.start < 0 or self.end < self.start or len(self.text) != self.end - self.start:
            raise InvalidRecordError(
                f"MoneyMention: text {self.text!r} does not fit span [{self.start}, {self.end})"
            )


def _check_text(text: object) -> str:
    if not isinstance(text, str):
        raise TimelineError(f"text must be a str, not {type(text).__name__}")
    return text


def _sentence_break(text: str, start: int, end: int) -> bool:
    """True when a sentence ends in ``text[start:end]``."""
    return _BREAK.search(text, start, end) is not None


def _with_context(text: str, mentions: Iterable[MoneyMention]) -> list[MoneyMention]:
    """Give an amount without currency the currency of the amount before it in its sentence.

    The previous amount may itself have inherited it, so a list of amounts in one sentence
    ("13 milliards de dollars en 2024, 20 milliards en 2025") shares one currency. A sentence
    ends at ``.``, ``!``, ``?`` or ``…`` followed by a space, or at a line break.
    """
    result: list[MoneyMention] = []
    for mention in mentions:
        if mention.value.currency is None and result:
            previous = result[-1]
            currency = previous.value.currency
            if currency is not None and not _sentence_break(text, previous.end, mention.start):
                value = attrs.evolve(mention.value, currency=currency)
                mention = attrs.evolve(mention, value=value)
        result.append(mention)
    return result


def _mentions(text: str, lang: str) -> Iterator[MoneyMention]:
    lex = lexicon(resolve(lang, text))
    folded = fold(text)
    for start, end in windows(folded, lex):
        tokens = tokenize(folded, start, end)
        for match in scan(tokens, lex):
            first, last = tokens.starts[match.first], tokens.ends[match.stop - 1]
            yield MoneyMention(first, last, text[first:last], match.money)


def find_amounts(text: str, *, lang: str) -> list[MoneyMention]:
    """Every amount of money in ``text``, in text order, with character offsets and value.

    ``lang`` is a supported language code or ``"auto"``. An amount with no currency takes
    the currency of the previous amount of the same sentence; otherwise its currency is None.
    """
    text = _check_text(text)
    return _with_context(text, _mentions(text, lang))


def parse_amount(text: str, *, lang: str) -> Money | None:
    """The amount that ``text`` is as a whole ("plus de 300 milliards de dollars"), else None."""
    text = _check_text(text)
    stripped = text.strip()
    found = list(_mentions(stripped, lang))
    if len(found) != 1 or found[0].text != stripped:
        return None
    return found[0].value
