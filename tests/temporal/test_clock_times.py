"""Clock times and parts of the day: spelled-out clocks, ranges on a day, shifts by minutes."""

from __future__ import annotations

from datetime import datetime

import pytest

from timeline import find_times, parse_time

from .helpers import value

NOW = datetime(2025, 7, 1, 9, 40)  # a Tuesday morning


def _at(text: str, lang: str, reference: datetime = NOW) -> tuple[str, str]:
    """``[start, end)`` of ``text`` as "MM-DDTHH:MM" in 2025."""
    found = value(text, lang, reference)
    assert isinstance(found.start, datetime) and isinstance(found.end, datetime)
    assert found.start.year == found.end.year == 2025
    return found.start.strftime("%m-%dT%H:%M"), found.end.strftime("%m-%dT%H:%M")


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("next Friday 2-4 pm", "en", "07-11T14:00", "07-11T16:00"),
        ("Wednesday 20:30 - 22:00", "en", "07-02T20:30", "07-02T22:00"),
        ("between 6 and 9am tomorrow", "en", "07-02T06:00", "07-02T09:00"),
        ("tomorrow evening from 7:30 to 9:00", "en", "07-02T19:30", "07-02T21:00"),
        ("vendredi de 14h à 16h30", "fr", "07-04T14:00", "07-04T16:30"),
        ("de 22h à 1h samedi", "fr", "07-05T22:00", "07-06T01:00"),
    ],
)
def test_a_range_of_clock_times_with_its_day_lies_on_that_day(
    text: str, lang: str, start: str, end: str
) -> None:
    assert _at(text, lang) == (start, end)


def test_a_range_on_a_day_in_running_text_gives_the_day_and_the_range() -> None:
    found = find_times("Le vote aura lieu jeudi de 9h à 12h.", lang="fr", reference_date=NOW)
    assert [m.text for m in found] == ["jeudi", "de 9h à 12h"]
    assert found[1].value.timex == "2025-07-03T09:00/2025-07-03T12:00"
    assert found[1].value.type.name == "TIME"


@pytest.mark.parametrize(
    "text", ["The talks lasted 36 hours.", "a 12 hours shift", "after 48 hours"]
)
def test_a_count_of_hours_is_a_length_not_a_military_time(text: str) -> None:
    found = find_times(text, lang="en", reference_date=NOW)
    assert [m.value.type.name for m in found] == ["DURATION"]


def test_a_military_time_needs_three_or_four_digits() -> None:
    assert _at("at 1745 hours", "en") == ("07-01T17:45", "07-01T17:46")
    assert value("0615 UTC", "en", NOW).timex == "2025-07-02T06:15Z"
    assert parse_time("7 UTC", lang="en", reference_date=NOW) is None


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("from 4:45 to 7 p.m.", "en", "07-01T16:45", "07-01T19:00"),
        ("2:15-5:30pm", "en", "07-01T14:15", "07-01T17:30"),
        ("between 10 and 1:30 pm", "en", "07-01T10:00", "07-01T13:30"),
        ("de 8h15 jusqu'à 10h", "fr", "07-02T08:15", "07-02T10:00"),
        ("from 10:15 until 11:40", "en", "07-01T10:15", "07-01T11:40"),
        ("entre 23h et 2h", "fr", "07-01T23:00", "07-02T02:00"),
    ],
)
def test_clock_ranges_share_am_pm_and_end_after_their_start(
    text: str, lang: str, start: str, end: str
) -> None:
    assert _at(text, lang) == (start, end)


def test_the_second_clock_of_a_range_follows_the_first_whatever_the_tense() -> None:
    found = find_times("Les bureaux étaient fermés de 8h à 10h.", lang="fr", reference_date=NOW)
    assert [m.value.timex for m in found] == ["2025-07-01T08:00", "2025-07-01T10:00"]
