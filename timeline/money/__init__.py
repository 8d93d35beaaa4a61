"""Amounts of money: find them in French or English text and read them as exact values.

Numbers in figures or words, scale words ("milliards", "bn"), currencies as symbols, ISO
codes or words (per-language data in ``timeline/money/lang``), qualifiers ("plus de",
"up to") and ranges ("entre 30 et 50 milliards").
"""

from __future__ import annotations

from timeline.money.mentions import MoneyMention, find_amounts, parse_amount

__all__ = ["MoneyMention", "find_amounts", "parse_amount"]
