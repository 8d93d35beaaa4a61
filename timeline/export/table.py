"""A fixed-width text table for a quick look in a terminal.

Columns: when (at the precision of the time; ``< D`` before an exclusive end, ``>= D`` from a
start), kind, parties, amount, modality, summary. Cells are cut with "…" to fit; wide (East
Asian) characters count as two columns.
"""

from __future__ import annotations

import unicodedata

from timeline.export.wording import digits, short_time
from timeline.model import Anchor, Event, Money, Qualifier, Timeline

__all__ = ["COLUMNS", "to_table"]

COLUMNS = (("when", 22), ("kind", 13), ("parties", 30), ("amount", 24), ("modality", 12))
"""Header and width of each fixed column; the summary takes up to ``summary_width``."""

_QUALIFIER_SIGNS = {
    Qualifier.EXACT: "",
    Qualifier.MORE_THAN: "> ",
    Qualifier.LESS_THAN: "< ",
    Qualifier.AT_LEAST: ">= ",
    Qualifier.UP_TO: "<= ",
    Qualifier.ABOUT: "~ ",
}


def _char_width(char: str) -> int:
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def _width(text: str) -> int:
    return sum(_char_width(c) for c in text)


def _flat(text: str) -> str:
    """One line: every run of whitespace or control characters becomes one space."""
    cleaned = "".join(" " if c.isspace() or unicodedata.category(c) == "Cc" else c for c in text)
    return " ".join(cleaned.split())


def _fit(text: str, width: int) -> str:
    """``text`` cut with "…" and padded to exactly ``width`` columns."""
    text = _flat(text)
    if _width(text) > width:
        kept, used = [], 0
        for char in text:
            if used + _char_width(char) > width - 1:
                break
            kept.append(char)
            used += _char_width(char)
        text = "".join(kept) + "…"
    return text + " " * (width - _width(text))


def _amount(money: Money | None) -> str:
    if money is None:
        return ""
    currency = f" {money.currency}" if money.currency else ""
    if money.upper is not None:
        return f"{digits(money.value)}-{digits(money.upper)}{currency}"
    return f"{_QUALIFIER_SIGNS[money.qualifier]}{digits(money.value)}{currency}"


def _cells(event: Event) -> list[str]:
    when = short_time(event.when)
    if event.when.anchor is Anchor.UNDATED:
        when = f"({when})"
    parties = ", ".join(f"{p.name} ({p.role.value})" for p in event.parties)
    return [when, event.kind.value, parties, _amount(event.amount), event.modality.value]


def to_table(timeline: Timeline, *, summary_width: int = 60) -> str:
    """The timeline as a fixed-width table, one event per line, in timeline order.

    An undated event's "when" is in parentheses (its bounds are inferred, not stated).
    """
    widths = [width for _, width in COLUMNS] + [max(summary_width, 8)]
    headers = [name for name, _ in COLUMNS] + ["summary"]
    lines = [
        "  ".join(_fit(h, w) for h, w in zip(headers, widths, strict=True)).rstrip(),
        "  ".join("-" * w for w in widths),
    ]
    for event in timeline.events:
        cells = [*_cells(event), event.summary]
        lines.append("  ".join(_fit(c, w) for c, w in zip(cells, widths, strict=True)).rstrip())
    if not timeline.events:
        lines.append("(no event)")
    return "\n".join(lines) + "\n"
