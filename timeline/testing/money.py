"""``money_cases``: amounts drawn as numbers, rendered in figures or words, with their Money.

Forms come from the ``[money]`` section of the language's data file. Fields: ``num`` (a
mantissa in figures, with the language's decimal mark), ``num_full`` (a whole amount with
thousands separators), ``num_word`` (a number in words), ``scale``, ``scale_abbr``, ``low`` and
``high`` (range ends), and the currency's slots (``cur_scaled``, ``cur_plain``, ``sym_before``,
``sym_after``, ``code``).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

from timeline.model import Money, Qualifier
from timeline.testing.cases import MoneyCase
from timeline.testing.errors import StrategyError
from timeline.testing.lexicon import fields, languages, lexicon

__all__ = ["SHAPES", "money_cases"]

SHAPES: tuple[str, ...] = ("scaled", "plain", "bare", "range")
"""Amount shapes: a scale word, a whole number, no currency, a range."""

_CURRENCY_SLOTS = frozenset({"cur_scaled", "cur_plain", "sym_before", "sym_after", "code"})


def _mantissa_text(integer: int, decimals: str, mark: str) -> str:
    return f"{integer}{mark}{decimals}" if decimals else str(integer)


def _grouped(value: int, separator: str) -> str:
    return f"{value:,}".replace(",", separator)


def _usable(forms: Sequence[str], slots: dict[str, list[str]]) -> list[str]:
    """The forms whose currency slots ``slots`` can all fill."""
    return [f for f in forms if (fields(f) & _CURRENCY_SLOTS) <= set(slots)]


@st.composite
def _currency(draw: st.DrawFn, lang: str, forms: Sequence[str]) -> tuple[str, dict[str, str]]:
    table: dict[str, dict[str, list[str]]] = lexicon(lang)["money"]["currency"]
    codes = [code for code in sorted(table) if _usable(forms, table[code])]
    code = draw(st.sampled_from(codes))
    slots = {name: draw(st.sampled_from(words)) for name, words in sorted(table[code].items())}
    return code, slots


@st.composite
def _scaled_number(draw: st.DrawFn, lang: str) -> tuple[Decimal, int, dict[str, str]]:
    money = lexicon(lang)["money"]
    exponent = draw(st.sampled_from(sorted(money["scales"], key=int)))
    integer = draw(st.integers(min_value=1, max_value=999))
    decimals = draw(st.sampled_from(["", "5", "2", "25", "1", "75", "05"]))
    mantissa = Decimal(f"{integer}.{decimals}" if decimals else str(integer))
    singular, plural = money["scales"][exponent]
    out = {
        "num": _mantissa_text(integer, decimals, money["decimal_mark"]),
        "scale": singular if mantissa < 2 else plural,
        "scale_abbr": draw(st.sampled_from(money["scale_abbr"][exponent])),
    }
    words: list[str] = lexicon(lang)["calendar"]["numbers"]
    if not decimals and integer < len(words):
        out["num_word"] = words[integer]
    return mantissa, int(exponent), out


@st.composite
def _money_case(draw: st.DrawFn, lang: str, shapes: Sequence[str]) -> MoneyCase:
    money: dict[str, Any] = lexicon(lang)["money"]
    shape = draw(st.sampled_from(shapes))
    qualifier = Qualifier.EXACT
    prefix = ""
    if shape != "range" and draw(st.booleans()):
        qualifier = draw(st.sampled_from(sorted(money["qualifiers"])))
        qualifier = Qualifier(qualifier)
        prefix = draw(st.sampled_from(money["qualifiers"][qualifier.value])) + " "
    upper: Decimal | None = None
    currency: str | None = None
    values: dict[str, str]
    if shape == "plain":
        forms = money["plain_forms"]
        currency, values = draw(_currency(lang, forms))
        whole = draw(st.integers(min_value=2, max_value=999_999_999))
        separator = draw(st.sampled_from(money["thousands_separators"]))
        values["num_full"] = _grouped(whole, separator)
        value = Decimal(whole)
    elif shape == "range":
        forms = money["range_forms"]
        currency, values = draw(_currency(lang, forms))
        exponent = draw(st.sampled_from(sorted(money["scales"], key=int)))
        low = draw(st.integers(min_value=1, max_value=900))
        high = low + draw(st.integers(min_value=1, max_value=99))
        values.update(low=str(low), high=str(high), scale=money["scales"][exponent][1])
        value, upper = Decimal(low) * 10 ** int(exponent), Decimal(high) * 10 ** int(exponent)
    else:
        mantissa, exponent, values = draw(_scaled_number(lang))
        if shape == "bare":
            forms = money["bare_forms"]
        else:
            forms = money["forms"]
            currency, slots = draw(_currency(lang, forms))
            values.update(slots)
        value = mantissa * 10**exponent
    usable = [f for f in forms if fields(f) <= set(values)]
    form = draw(st.sampled_from(usable))
    text = prefix + form.format(**values)
    expected = Money(value=value, currency=currency, qualifier=qualifier, upper=upper)
    return MoneyCase(text=text, lang=lang, expected=expected, form=f"{shape}:{form}")


def money_cases(
    lang: str = "fr", shapes: Sequence[str] | None = None
) -> st.SearchStrategy[MoneyCase]:
    """Amounts in words and figures with their expected :class:`~timeline.model.Money`.

    :param lang: a language with a data file (``"fr"``, ``"en"``).
    :param shapes: a subset of :data:`SHAPES` (default: all).
    """
    if lang not in languages():
        raise StrategyError(f"lang: no money forms for {lang!r}; known: {languages()}")
    chosen = list(SHAPES) if shapes is None else list(shapes)
    if not chosen or any(s not in SHAPES for s in chosen):
        raise StrategyError(f"shapes: {chosen!r}; expected a non-empty subset of {SHAPES}")
    return _money_case(lang, chosen)
