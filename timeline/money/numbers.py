"""Reading a number at a token: figures with separators, or words (through text2num)."""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from text_to_num import text2num

from timeline.money.lexicon import Lexicon
from timeline.money.tokens import Tokens

__all__ = ["is_number_word", "read_figures", "read_words"]

_LONGEST_WORDS = 12
"""At most this many tokens in a number written in words."""
_MAX_DIGITS = 24
"""Longer runs of digits are not amounts; the bound keeps values exact and reading linear."""
_BIG_SCALE = 6
"""Scale words from a million up end a number in words; text2num reads smaller ones itself."""


def _group(tokens: Tokens, left: int, right: int, lex: Lexicon) -> str | None:
    """The separator between digit groups at ``left`` and ``right``, if they are joined."""
    if not tokens.is_digits(right):
        return None
    if right == left + 1:
        gap = tokens.gap(left, right)
        return gap if gap in lex.thousands_separators else None
    sep = tokens.forms[left + 1]
    touching = tokens.touching(left, left + 1) and tokens.touching(left + 1, right)
    return sep if touching and right == left + 2 and sep in ",." else None


def read_figures(tokens: Tokens, index: int, lex: Lexicon) -> tuple[Decimal, int] | None:
    """The number written in figures from token ``index``, and the index after it.

    The language's decimal separator always marks decimals; the other mark separates
    thousands before a group of exactly three digits and is read as decimals otherwise
    ("1,5 billion" in English, "1.5 milliard" in French). Space-like separators only join
    groups of three. A number followed by another separator and digits ("3.2.1") is refused.
    """
    if not tokens.is_digits(index):
        return None
    whole = tokens.forms[index]
    fraction = ""
    thousands: str | None = None
    last = index
    while True:
        nxt = last + 1 if tokens.is_digits(last + 1) else last + 2
        sep = _group(tokens, last, nxt, lex)
        if sep is None:
            break
        digits = tokens.forms[nxt]
        if sep == lex.decimal_separator or (sep in ",." and thousands is None and len(digits) != 3):
            fraction = digits
            last = nxt
            break
        first_ok = thousands is not None or len(whole) <= 3
        if len(digits) != 3 or not first_ok or thousands not in (None, sep):
            break
        if sep not in lex.thousands_separators:
            break
        thousands = sep
        whole += digits
        last = nxt
        if len(whole) > _MAX_DIGITS:
            return None
    if _dangling_separator(tokens, last) or len(whole) + len(fraction) > _MAX_DIGITS:
        return None
    value = Decimal(f"{whole}.{fraction}") if fraction else Decimal(whole)
    return value, last + 1


def _dangling_separator(tokens: Tokens, last: int) -> bool:
    """True when ``.``/``,`` and more digits touch the number's end (a version, a date)."""
    return (
        last + 2 < len(tokens)
        and tokens.forms[last + 1] in (".", ",")
        and tokens.touching(last, last + 1)
        and tokens.touching(last + 1, last + 2)
        and tokens.is_digits(last + 2)
    )


def _big_scale(tokens: Tokens, index: int, lex: Lexicon) -> bool:
    scale = lex.scales.match(tokens, index)
    return scale is not None and scale[0].exponent >= _BIG_SCALE


@lru_cache(maxsize=4096)
def _word_value(words: str, lang: str) -> int | None:
    try:
        value = text2num(words, lang)
    except (ValueError, TypeError):
        return None
    return value if isinstance(value, int) and value >= 0 else None


def is_number_word(form: str, lex: Lexicon) -> bool:
    """True when the token ``form`` is a number by itself ("trois", "vingt-et-un")."""
    return _word_value(form, lex.code) is not None


def read_words(tokens: Tokens, index: int, lex: Lexicon) -> tuple[Decimal, int] | None:
    """The number written in words from token ``index`` ("trois", "deux cent cinquante")."""
    form = tokens.forms[index] if index < len(tokens) else ""
    if form in lex.one_words:
        return Decimal(1), index + 1
    if not tokens.is_word(index) or _word_value(form, lex.code) is None:
        return None
    if _big_scale(tokens, index, lex):
        return None
    end = index + 1
    limit = min(len(tokens), index + _LONGEST_WORDS)
    while end < limit:
        nxt = tokens.forms[end]
        if _big_scale(tokens, end, lex) or not tokens.is_word(end):
            break
        if nxt not in lex.number_joiners and _word_value(nxt, lex.code) is None:
            break
        end += 1
    for stop in range(end, index, -1):
        value = _word_value(" ".join(tokens.forms[index:stop]), lex.code)
        if value is not None:
            return Decimal(value), stop
    return None
