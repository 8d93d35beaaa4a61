"""Short, deterministic one-line summaries: "OpenAI: acquisition of Windsurf ($3B), planned"."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from timeline.events.lexicon import Lexicon
from timeline.model import EventKind, Modality, Money, Party, Qualifier

__all__ = ["format_amount", "summarise"]

_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}
_SCALES = ((Decimal(10) ** 12, "T"), (Decimal(10) ** 9, "B"), (Decimal(10) ** 6, "M"))
_QUALIFIERS = {
    Qualifier.MORE_THAN: "over ",
    Qualifier.LESS_THAN: "under ",
    Qualifier.AT_LEAST: "at least ",
    Qualifier.UP_TO: "up to ",
    Qualifier.ABOUT: "about ",
}


def _number(value: Decimal) -> str:
    for scale, letter in _SCALES:
        if value >= scale:
            return format((value / scale).normalize(), "f") + letter
    return format(value.normalize(), "f")


def format_amount(money: Money) -> str:
    """ "$3B", "€2.5B", "over $300B", "$30B-50B", "500M CHF", "13B" (no currency)."""
    text = _number(money.value)
    if money.upper is not None:
        text += "-" + _number(money.upper)
    if money.currency in _SYMBOLS:
        text = _SYMBOLS[money.currency] + text
    elif money.currency:
        text = f"{text} {money.currency}"
    return _QUALIFIERS.get(money.qualifier, "") + text


def summarise(
    kind: EventKind,
    parties: Sequence[Party],
    amount: Money | None,
    modality: Modality,
    lex: Lexicon,
) -> str:
    """The event in one line: main party, kind, other parties, amount, modality if not fact."""
    label = lex.labels.get(kind.value, kind.value)
    head = f"{parties[0].name}: {label}" if parties else label[:1].upper() + label[1:]
    others = [p.name for p in parties[1:]]
    if others:
        linker = lex.linkers.get(parties[1].role.value, "with")
        head += f" {linker} " + ", ".join(others)
    if amount is not None:
        head += f" ({format_amount(amount)})"
    if modality is not Modality.FACT:
        head += f", {modality.value}"
    return head
