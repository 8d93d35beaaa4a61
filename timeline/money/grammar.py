"""The shape of an amount, matched over tokens.

    amount := [qualifier] [opener] core [closer-or-joiner core] [qualifier-after]
    core   := [currency symbol] number [scale ["and a half"]] [currency symbol | [link] word]

An amount is money when it has a currency, or a scale word marked ``bare`` ("500 milliards")
that is not followed by what it counts ("3 millions d'abonnés", "2 billion users").
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import attrs

from timeline.model import Money, Qualifier
from timeline.money.lexicon import Lexicon, Scale
from timeline.money.numbers import is_number_word, read_figures, read_words
from timeline.money.tokens import Tokens

__all__ = ["AmountMatch", "scan"]

_HALF = Decimal("0.5")
_GLUED = frozenset({".", ","})
"""A number touching these on its left is part of something else ("3.2.1", "1,2,3")."""


@attrs.frozen
class AmountMatch:
    """An amount found over tokens ``[first, stop)``."""

    first: int
    stop: int
    money: Money


@attrs.frozen
class _Core:
    first: int
    stop: int
    number: Decimal
    scale: Scale | None
    currency: str | None


def _scaled(number: Decimal, scale: Scale | None) -> Decimal:
    """``number`` times its scale, exact, without exponent notation."""
    value = number if scale is None else number * (Decimal(10) ** scale.exponent)
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value.normalize()


def _glued_on_left(tokens: Tokens, index: int) -> bool:
    if index == 0 or not tokens.touching(index - 1, index):
        return False
    before = tokens.forms[index - 1]
    return (tokens.is_word(index - 1) and not before.endswith("'")) or before in _GLUED


def _suffix_currency(
    tokens: Tokens, index: int, lex: Lexicon, scaled: bool
) -> tuple[str, int] | None:
    found = lex.currency_symbols.match(tokens, index) or lex.currency_words.match(tokens, index)
    if found is None and scaled and index < len(tokens) and tokens.forms[index] in lex.links:
        found = lex.currency_words.match(tokens, index + 1)
    return found


def _core(tokens: Tokens, index: int, lex: Lexicon) -> _Core | None:
    """The core of an amount starting at token ``index``."""
    if index >= len(tokens):
        return None
    currency: str | None = None
    at = index
    prefix = lex.currency_symbols.match(tokens, at)
    if prefix is not None:
        currency, at = prefix
        if not (tokens.is_digits(at) or tokens.is_word(at)):
            return None
    elif _glued_on_left(tokens, at):
        return None
    figures = read_figures(tokens, at, lex)
    number = figures or read_words(tokens, at, lex)
    if number is None:
        return None
    value, at = number
    scale: Scale | None = None
    found_scale = lex.scales.match(tokens, at)
    if found_scale is not None:
        scale, at = found_scale
        half = lex.half_words.match(tokens, at)
        if half is not None:
            value, at = value + _HALF, half[1]
    elif figures is None and tokens.forms[at - 1] in lex.one_words:
        return None  # "a" alone is no number
    if currency is None:
        suffix = _suffix_currency(tokens, at, lex, scale is not None)
        if suffix is not None:
            currency, at = suffix
    if figures is not None and scale is None and currency is None:
        after = figures[1]
        if tokens.is_word(after) and tokens.touching(after - 1, after):
            return None  # "1er", "5G"
    return _Core(index, at, value, scale, currency)


def _is_money(tokens: Tokens, core: _Core, stop: int, lex: Lexicon) -> bool:
    """True when the amount ending before ``stop`` is money rather than a count or a number."""
    if core.currency is not None:
        return True
    if core.scale is None or not core.scale.bare:
        return False
    if stop >= len(tokens) or not tokens.is_word(stop):
        return True
    nxt = tokens.forms[stop]
    if nxt in lex.money_nouns:
        return True
    if nxt in lex.links:
        return not tokens.is_word(stop + 1) or tokens.forms[stop + 1] in lex.money_nouns
    return lex.bare_followers is None or nxt in lex.bare_followers


def _range(low: _Core, high: _Core) -> _Core | None:
    """The range ``low`` to ``high`` as one core (value, scale of the high end), if coherent."""
    if low.scale is not None and high.scale is None:
        return None
    if None not in (low.currency, high.currency) and low.currency != high.currency:
        return None
    scale = low.scale or high.scale
    if not _scaled(low.number, scale) < _scaled(high.number, high.scale):
        return None
    return _Core(low.first, high.stop, low.number, scale, low.currency or high.currency)


def _second(tokens: Tokens, low: _Core, opener: int | None, lex: Lexicon) -> _Core | None:
    """The high end of a range after ``low``, if there is one."""
    at = low.stop
    complete = low.scale is not None or low.currency is not None
    if complete and lex.change_openers.match_before(tokens, low.first) is not None:
        return None  # "from 30 billion to 50 billion": a change, two amounts
    if opener is not None:
        closer = lex.range_openers[tokens.forms[opener]]
        if tuple(tokens.forms[at : at + len(closer)]) != closer:
            return None
        return _core(tokens, at + len(closer), lex)
    joiner = lex.range_joiners.match(tokens, at)
    if joiner is not None:
        return _core(tokens, joiner[1], lex)
    joiner = lex.range_word_joiners.match(tokens, at)
    if joiner is None:
        return None
    high = _core(tokens, joiner[1], lex)
    if high is None or (low.currency is not None and high.currency is not None):
        return None  # "down $2.86 to $77.11": two amounts
    return high


def _amount(tokens: Tokens, index: int, lex: Lexicon, floor: int) -> AmountMatch | None:
    """The amount whose core starts at token ``index``; nothing before ``floor`` is taken."""
    low = _core(tokens, index, lex)
    if low is None:
        return None
    first = index
    opener = (
        index - 1 if index - 1 >= floor and tokens.forms[index - 1] in lex.range_openers else None
    )
    core = low
    high = _second(tokens, low, opener, lex)
    merged = None if high is None else _range(low, high)
    upper: Decimal | None = None
    if merged is not None and high is not None:
        core = merged
        upper = _scaled(high.number, high.scale)
        if opener is not None:
            first = opener
    if not _is_money(tokens, core, core.stop, lex):
        return None
    qualifier = Qualifier.EXACT
    stop = core.stop
    before = lex.qualifiers.match_before(tokens, first)
    if before is not None and before[1] >= floor:
        qualifier, first = before
    else:
        after = lex.qualifiers_after.match(tokens, stop)
        if after is not None:
            qualifier, stop = after
    money = Money(
        value=_scaled(core.number, core.scale),
        currency=core.currency,
        qualifier=qualifier,
        upper=upper,
    )
    return AmountMatch(first, stop, money)


def _may_start(tokens: Tokens, index: int, lex: Lexicon) -> bool:
    form = tokens.forms[index]
    return (
        tokens.is_digits(index)
        or lex.currency_symbols.starts_with(form)
        or form in lex.one_words
        or (tokens.is_word(index) and is_number_word(form, lex))
    )


def scan(tokens: Tokens, lex: Lexicon) -> Iterator[AmountMatch]:
    """Every amount of money in ``tokens``, in text order, without overlaps."""
    index = 0
    floor = 0
    count = len(tokens)
    while index < count:
        found = _amount(tokens, index, lex, floor) if _may_start(tokens, index, lex) else None
        if found is None:
            index += 1
            continue
        yield found
        index = floor = found.stop
