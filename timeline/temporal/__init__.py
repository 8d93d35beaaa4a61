"""Temporal expressions: find them in running text and normalise them to intervals."""

from __future__ import annotations

from datetime import date, datetime

from timeline.model import TimeMention, TimeValue

__all__ = ["find_times", "parse_time"]


def find_times(
    text: str, *, lang: str = "auto", reference_date: date | datetime | None = None
) -> list[TimeMention]:
    """Every temporal expression in ``text``, in text order, with char offsets and value."""
    raise NotImplementedError  # filled by the temporal engine


def parse_time(
    text: str, *, lang: str = "auto", reference_date: date | datetime | None = None
) -> TimeValue | None:
    """Normalise one expression; None when ``text`` is not a temporal expression."""
    raise NotImplementedError  # filled by the temporal engine
