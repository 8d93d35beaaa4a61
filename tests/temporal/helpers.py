"""Shared helpers for the temporal tests (reference date R = Tuesday 2025-07-01)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline import TimeValue, parse_time

R = date(2025, 7, 1)  # a Tuesday


def value(text: str, lang: str, reference: date | None = R) -> TimeValue:
    """The value of ``text``; fails the test when it is not read as a time."""
    result = parse_time(text, lang=lang, reference_date=reference)
    if result is None:
        pytest.fail(f"{text!r} ({lang}) was not read as a time")
    return result


def interval(text: str, lang: str, reference: date | None = R) -> tuple[object, object]:
    """``[start, end)`` of ``text``."""
    found = value(text, lang, reference)
    return found.start, found.end
