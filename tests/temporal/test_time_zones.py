"""Clock times with a stated time zone: the instant with an aware reference, the wall clock
as written with a naive one; abbreviations, offsets and zone names in both languages."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from timeline import find_times
from timeline.temporal.lexicon import lexicon
from timeline.temporal.zones import abbreviations, zone_named

from .helpers import value

PLUS3 = timezone(timedelta(hours=3))
AWARE = datetime(2025, 7, 1, 9, 40, tzinfo=PLUS3)  # Tuesday, 06:40 UTC
NAIVE = datetime(2025, 7, 1, 9, 40)


def _utc(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2025, month, day, hour, minute, tzinfo=timezone.utc)


def _start(text: str, lang: str, reference: date = AWARE) -> datetime:
    found = value(text, lang, reference)
    assert isinstance(found.start, datetime)
    return found.start


@pytest.mark.parametrize(
    ("text", "lang", "instant"),
    [
        ("7:15 pm CET", "en", _utc(7, 1, 18, 15)),
        ("8am CST", "en", _utc(7, 1, 14)),  # US Central, the English-news reading
        ("10:30 pm IST", "en", _utc(7, 1, 17)),  # India
        ("6:45 pm Eastern time", "en", _utc(7, 1, 22, 45)),  # EDT in July
        ("13:20 GMT", "en", _utc(7, 1, 13, 20)),
        ("8:05 pst", "en", _utc(7, 1, 16, 5)),
        ("2 p.m. (ET)", "en", _utc(7, 1, 18)),
        ("17h heure de Paris", "fr", _utc(7, 1, 15)),  # CEST in July
        ("21 h heure française", "fr", _utc(7, 1, 19)),
        ("à vingt heures CEST", "fr", _utc(7, 1, 18)),
        ("9h30 (GMT)", "fr", _utc(7, 1, 9, 30)),
    ],
)
def test_a_stated_zone_gives_the_instant_in_the_reference_zone(
    text: str, lang: str, instant: datetime
) -> None:
    start = _start(text, lang)
    assert start == instant
    assert start.utcoffset() == timedelta(hours=3)


@pytest.mark.parametrize(
    ("text", "lang", "instant"),
    [
        ("10:00 GMT+2", "en", _utc(7, 1, 8)),
        ("17:45 UTC-03:00", "en", _utc(7, 1, 20, 45)),
        ("12:10 GMT-5", "en", _utc(7, 1, 17, 10)),
        ("11:00 +0200", "en", _utc(7, 1, 9)),
        ("6:30 UTC+5:30", "en", _utc(7, 2, 1)),
        ("14h UTC+1", "fr", _utc(7, 1, 13)),
    ],
)
def test_an_explicit_offset_gives_the_instant(text: str, lang: str, instant: datetime) -> None:
    assert _start(text, lang) == instant


def test_a_clock_without_a_day_is_the_nearest_such_time_on_the_side_of_the_tense() -> None:
    # R is 02:40 EDT on 1 July: the next 11 am PDT is on 1 July, the last 4 pm ET on 30 June.
    assert _start("11 am PDT", "en") == _utc(7, 1, 18)
    [mention] = find_times("Shares closed at 4pm ET.", lang="en", reference_date=AWARE)
    assert mention.text == "4pm ET"
    assert mention.value.start == _utc(6, 30, 20)


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("10:15 - 11:45 EDT", "en", _utc(7, 1, 14, 15), _utc(7, 1, 15, 45)),
        ("7:00 GMT - 9:30 GMT", "en", _utc(7, 1, 7), _utc(7, 1, 9, 30)),
        ("Wednesday at 2pm ET", "en", _utc(7, 2, 18), _utc(7, 2, 19)),
        ("tomorrow at 6 a.m. GMT", "en", _utc(7, 2, 6), _utc(7, 2, 7)),
        ("Friday 10:00 CET", "en", _utc(7, 4, 9), _utc(7, 4, 9, 1)),
        ("jeudi à 8h GMT", "fr", _utc(7, 3, 8), _utc(7, 3, 9)),
        ("de 9h à 11h30 CET", "fr", _utc(7, 1, 8), _utc(7, 1, 10, 30)),
        ("entre 14 et 16h GMT", "fr", _utc(7, 1, 14), _utc(7, 1, 16)),
        ("from 10 to 11:30 EDT", "en", _utc(7, 1, 14), _utc(7, 1, 15, 30)),
        ("de 23h à 1h GMT", "fr", _utc(7, 1, 23), _utc(7, 2, 1)),
        ("demain à 23h heure de New York", "fr", _utc(7, 3, 3), _utc(7, 3, 4)),
    ],
)
def test_ranges_and_days_with_a_zone(text: str, lang: str, start: datetime, end: datetime) -> None:
    found = value(text, lang, AWARE)
    assert (found.start, found.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "lang", "mod", "start", "end"),
    [
        ("after 4pm CET", "en", "AFTER", _utc(7, 1, 15), None),  # a clock time is an instant
        ("before 4pm ET", "en", "BEFORE", AWARE, _utc(7, 1, 20)),
        ("à partir de 11h GMT", "fr", "ON_OR_AFTER", _utc(7, 1, 11), None),
    ],
)
def test_a_bound_on_a_zoned_clock_is_read_in_that_zone(
    text: str, lang: str, mod: str, start: datetime, end: datetime | None
) -> None:
    found = value(text, lang, AWARE)
    assert found.mod is not None and found.mod.value == mod
    assert (found.start, found.end) == (start, end)


def test_a_naive_reference_keeps_the_wall_clock_as_written() -> None:
    found = value("7:15 pm CET", "en", NAIVE)
    assert found.start == datetime(2025, 7, 1, 19, 15)
    assert found.timex == "2025-07-01T19:15"
    on_day = value("jeudi à 8h heure de Paris", "fr", date(2025, 7, 1))
    assert on_day.start == datetime(2025, 7, 3, 8, 0)
    both = value("entre 14 et 16h GMT", "fr", NAIVE)
    assert (both.start, both.timex) == (
        datetime(2025, 7, 1, 14),
        "2025-07-01T14:00Z/2025-07-01T16:00Z",
    )


def test_the_timex_keeps_z_for_utc_and_the_written_clock_otherwise() -> None:
    assert value("16:30 GMT", "en", AWARE).timex == "2025-07-01T16:30Z"
    assert value("16:30 GMT", "en", NAIVE).timex == "2025-07-01T16:30Z"
    early = value("6:30 GMT", "en", AWARE)  # 06:40 UTC has passed it: the next day's
    assert (early.start, early.timex) == (_utc(7, 2, 6, 30), "2025-07-02T06:30Z")
    late = value("at 11pm ET", "en", AWARE)  # 03:00 UTC the next day
    assert late.start == _utc(7, 2, 3)
    assert late.timex == "2025-07-01T23:00"


def test_a_reference_in_utc_keeps_the_z_of_both_ends() -> None:
    reference = datetime(2025, 7, 1, 6, 40, tzinfo=timezone.utc)
    both = value("entre 14 et 16h GMT", "fr", reference)
    assert (both.start, both.end) == (_utc(7, 1, 14), _utc(7, 1, 16))
    assert both.timex == "2025-07-01T14:00Z/2025-07-01T16:00Z"


def test_an_abbreviation_in_lower_case_is_no_zone_in_french() -> None:
    [mention] = find_times("Le vote de 15h est reporté.", lang="fr", reference_date=AWARE)
    assert mention.text == "15h"
    start = mention.value.start
    assert isinstance(start, datetime)
    assert (start.hour, start.utcoffset()) == (15, timedelta(hours=3))


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("The 9am art fair opens.", "9am"),
        ("They camped at 6pm west of the river.", "6pm"),
        ("At dawn, 7am wet snow fell.", "7am"),
    ],
)
def test_an_english_word_is_no_zone(text: str, clock: str) -> None:
    [mention] = find_times(text, lang="en", reference_date=AWARE)
    assert mention.text == clock


def test_a_clock_without_a_zone_stays_in_the_reference_zone() -> None:
    start = _start("at 5:10 pm", "en")
    assert start == datetime(2025, 7, 1, 17, 10, tzinfo=PLUS3)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_zone_name_of_the_data_is_known(lang: str) -> None:
    names = set(abbreviations())
    for entries in lexicon(lang).words.values():
        names.update(str(v) for _, category, v in entries if category in ("zone", "zone_abbr"))
    assert names
    unknown = sorted(name for name in names if zone_named(name) is None)
    assert unknown == []


@pytest.mark.parametrize(
    "text",
    [
        "Bids close at 5 p.m. Paris time on December 12.",
        "Bids close at 5 p.m. New York time on December 12.",
    ],
)
def test_a_place_and_time_after_pm_keeps_the_sentence_and_its_day(text: str) -> None:
    clock = find_times(text, lang="en", reference_date=date(2025, 11, 15))[0]
    assert clock.value.start == datetime(2025, 12, 12, 17, 0)
