"""Shared expectations for the amount tests."""

from __future__ import annotations

from decimal import Decimal

from timeline.model import Money, Qualifier
from timeline.money import MoneyMention, find_amounts


def money(
    value: str,
    currency: str | None = None,
    qualifier: Qualifier = Qualifier.EXACT,
    upper: str | None = None,
) -> Money:
    """A Money from exact decimal strings ("1.2e9" style is avoided: plain digits)."""
    return Money(Decimal(value), currency, qualifier, None if upper is None else Decimal(upper))


def found(text: str, lang: str) -> list[tuple[str, Money]]:
    """The (text, value) pairs ``find_amounts`` gives, after checking each span."""
    mentions = find_amounts(text, lang=lang)
    for mention in mentions:
        assert isinstance(mention, MoneyMention)
        assert text[mention.start : mention.end] == mention.text
    return [(m.text, m.value) for m in mentions]
