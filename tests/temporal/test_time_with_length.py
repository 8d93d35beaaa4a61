"""A time combined with a length or a quantified bound (docs/time-semantics.md, "A time with
a length"). R is Tuesday 2025-07-01."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from tests.temporal.helpers import R, interval, value
from timeline import Granularity, Mod, Period, TimeType, find_times, parse_time

NOON = datetime(2025, 7, 1, 12, 0)


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("20 minutes after 3pm", "en", datetime(2025, 7, 1, 15, 20), datetime(2025, 7, 1, 15, 21)),
        (
            "three hours from 10:15",
            "en",
            datetime(2025, 7, 1, 13, 15),
            datetime(2025, 7, 1, 13, 16),
        ),
        ("45 minutes before 9am", "en", datetime(2025, 7, 1, 8, 15), datetime(2025, 7, 1, 8, 16)),
        (
            "deux heures après 14h30",
            "fr",
            datetime(2025, 7, 1, 16, 30),
            datetime(2025, 7, 1, 16, 31),
        ),
        (
            "dix minutes avant 18 h",
            "fr",
            datetime(2025, 7, 1, 17, 50),
            datetime(2025, 7, 1, 17, 51),
        ),
    ],
)
def test_a_clock_unit_from_a_clock_time_is_that_instant(
    text: str, lang: str, start: datetime, end: datetime
) -> None:
    found = value(text, lang)
    assert (found.start, found.end, found.type) == (start, end, TimeType.TIME)


def test_a_clock_unit_from_now_is_counted_from_r() -> None:
    found = value("5 minutes à partir de maintenant", "fr", NOON)
    assert (found.start, found.end) == (datetime(2025, 7, 1, 12, 5), datetime(2025, 7, 1, 12, 5, 1))


def test_a_unit_as_coarse_as_the_time_keeps_its_grain() -> None:
    found = value("three months after March 2024", "en")
    assert (found.start, found.end, found.timex) == (date(2024, 6, 1), date(2024, 7, 1), "2024-06")
    assert value("deux jours après demain", "fr").timex == "2025-07-04"


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("September 12, 2025 for 5 days", "en", date(2025, 9, 12), date(2025, 9, 17)),
        ("from tomorrow for three days", "en", date(2025, 7, 2), date(2025, 7, 5)),
        ("for two weeks from next Monday", "en", date(2025, 7, 7), date(2025, 7, 21)),
        ("six days starting tomorrow", "en", date(2025, 7, 2), date(2025, 7, 8)),
        ("le 10 octobre 2025 pendant trois jours", "fr", date(2025, 10, 10), date(2025, 10, 13)),
        (
            "à partir du 2 septembre 2025 pendant deux semaines",
            "fr",
            date(2025, 9, 2),
            date(2025, 9, 16),
        ),
        ("pendant un mois à compter du 4 août 2025", "fr", date(2025, 8, 4), date(2025, 9, 4)),
        ("5pm for 45 minutes", "en", datetime(2025, 7, 1, 17, 0), datetime(2025, 7, 1, 17, 45)),
        (
            "October 2, 2025 from 10am for 3 hours",
            "en",
            datetime(2025, 10, 2, 10, 0),
            datetime(2025, 10, 2, 13, 0),
        ),
    ],
)
def test_a_time_and_a_length_run_from_the_start_of_the_time(
    text: str, lang: str, start: object, end: object
) -> None:
    assert interval(text, lang) == (start, end)


def test_a_time_and_a_length_is_a_positioned_duration() -> None:
    found = value("le 10 octobre 2025 pendant trois jours", "fr")
    assert (found.type, found.timex, found.length) == (
        TimeType.DURATION,
        "P3D",
        Period(Decimal(3), Granularity.DAY),
    )


def test_running_text_reports_the_time_and_the_length_apart() -> None:
    text = "Trading was halted on July 8, 2025 for ten days."
    found = [(m.text, m.value.timex) for m in find_times(text, lang="en", reference_date=R)]
    assert found == [("July 8, 2025", "2025-07-08"), ("ten days", "P10D")]


def test_a_length_alone_stays_a_length() -> None:
    found = value("for ten hours", "en")
    assert (found.type, found.start, found.timex) == (TimeType.DURATION, None, "PT10H")


def test_without_reference_the_length_is_kept() -> None:
    found = value("from tomorrow for three days", "en", None)
    assert (found.start, found.end, found.timex) == (None, None, "P3D")


@pytest.mark.parametrize(
    ("text", "lang", "start", "end", "mod"),
    [
        ("more than three days after tomorrow", "en", date(2025, 7, 5), None, Mod.ON_OR_AFTER),
        ("more than 4 weeks before today", "en", None, date(2025, 6, 3), Mod.BEFORE),
        (
            "less than 10 days after yesterday",
            "en",
            date(2025, 6, 30),
            date(2025, 7, 10),
            Mod.LESS_THAN,
        ),
        ("within five days from tomorrow", "en", date(2025, 7, 2), date(2025, 7, 7), Mod.LESS_THAN),
        (
            "less than a week before tomorrow",
            "en",
            date(2025, 6, 25),
            date(2025, 7, 2),
            Mod.LESS_THAN,
        ),
        ("plus de trois jours après demain", "fr", date(2025, 7, 5), None, Mod.ON_OR_AFTER),
        ("plus d'un mois avant hier", "fr", None, date(2025, 5, 30), Mod.BEFORE),
        ("moins de 2 semaines avant aujourd'hui", "fr", date(2025, 6, 17), R, Mod.LESS_THAN),
    ],
)
def test_a_quantified_bound_is_counted_from_the_start_of_the_time(
    text: str, lang: str, start: date | None, end: date | None, mod: Mod
) -> None:
    found = value(text, lang)
    assert (found.start, found.end, found.mod) == (start, end, mod)


def test_a_quantified_bound_from_a_clock_time() -> None:
    found = value("more than 2 hours after 9am", "en")
    assert (found.start, found.end) == (datetime(2025, 7, 1, 11, 0), None)


@pytest.mark.parametrize(
    ("text", "lang", "start"),
    [
        ("2030 or later", "en", date(2030, 1, 1)),
        ("March 2026 and after", "en", date(2026, 3, 1)),
        ("on or after August 1, 2025", "en", date(2025, 8, 1)),
        ("from 2031 onwards", "en", date(2031, 1, 1)),
        ("later than 2029", "en", date(2030, 1, 1)),
        ("2027 ou plus tard", "fr", date(2027, 1, 1)),
        ("le 5 mai 2026 et après", "fr", date(2026, 5, 5)),
    ],
)
def test_an_open_bound_after_the_time_has_no_end(text: str, lang: str, start: date) -> None:
    found = value(text, lang)
    assert (found.start, found.end) == (start, None)
    assert found.mod in (Mod.ON_OR_AFTER, Mod.AFTER)


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("2019 or earlier", "en", None, date(2020, 1, 1)),
        ("2028 or earlier", "en", R, date(2029, 1, 1)),
        ("before or in May 2027", "en", R, date(2027, 6, 1)),
        ("le 1er mars 2024 ou avant", "fr", None, date(2024, 3, 2)),
        ("avant ou en février 2026", "fr", R, date(2026, 3, 1)),
    ],
)
def test_or_earlier_includes_the_time(text: str, lang: str, start: date | None, end: date) -> None:
    found = value(text, lang)
    assert (found.start, found.end, found.mod) == (start, end, Mod.ON_OR_BEFORE)


def test_or_earlier_is_open_with_open_bounds() -> None:
    found = parse_time("2028 or earlier", lang="en", reference_date=R, rules="recognizers")
    assert found is not None and (found.start, found.end) == (None, date(2029, 1, 1))


@pytest.mark.parametrize(
    ("text", "lang", "end"),
    [
        ("as late as next Friday", "en", date(2025, 7, 12)),
        ("au plus tard le 15 septembre 2025", "fr", date(2025, 9, 16)),
        ("September 15, 2025 at the latest", "en", date(2025, 9, 16)),
        ("le 20 août 2025 au plus tard", "fr", date(2025, 8, 21)),
    ],
)
def test_at_the_latest_reads_as_by(text: str, lang: str, end: date) -> None:
    found = value(text, lang)
    assert (found.start, found.end, found.mod) == (R, end, Mod.ON_OR_BEFORE)


def test_at_the_latest_after_the_date_stays_out_of_the_span() -> None:
    text = "The report is due September 15, 2025 at the latest."
    [mention] = find_times(text, lang="en", reference_date=R)
    assert (mention.text, mention.value.end) == ("September 15, 2025", date(2025, 9, 16))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("as early as 2027", "en"),
        ("en 2027 au plus tôt", "fr"),
        ("2027 at the earliest", "en"),
    ],
)
def test_at_the_earliest_has_no_end(text: str, lang: str) -> None:
    found = value(text, lang)
    assert (found.start, found.end, found.mod) == (date(2027, 1, 1), None, Mod.ON_OR_AFTER)


def test_a_bare_year_at_the_earliest_in_running_text() -> None:
    [mention] = find_times("Output resumes 2027 at the earliest.", lang="en", reference_date=R)
    assert (mention.text, mention.value.start, mention.value.end) == (
        "2027",
        date(2027, 1, 1),
        None,
    )


def test_as_early_as_in_a_past_clause_is_the_time_itself() -> None:
    text = "As early as 2005, the firm had warned of losses."
    [mention] = find_times(text, lang="en", reference_date=R)
    assert (mention.value.start, mention.value.end) == (date(2005, 1, 1), date(2006, 1, 1))


def test_day_after_tomorrow_without_article() -> None:
    assert interval("day after tomorrow", "en") == (date(2025, 7, 3), date(2025, 7, 4))
    assert interval("day before yesterday", "en") == (date(2025, 6, 29), date(2025, 6, 30))


def test_a_length_after_an_event_is_not_shifted() -> None:
    found = value("two hours after", "en")
    assert (found.start, found.type) == (None, TimeType.DURATION)
    assert found.relative is not None


@pytest.mark.parametrize(
    "text", ["or later", "for for for", "more than after", "2030 or", "ou plus tard 2030 ou"]
)
def test_fragments_do_not_crash(text: str) -> None:
    for lang in ("en", "fr"):
        for mention in find_times(text, lang=lang, reference_date=R):
            assert text[mention.start : mention.end] == mention.text


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("within the next 10 days after tomorrow", "en", date(2025, 7, 2), date(2025, 7, 12)),
        ("the next two weeks from Monday", "en", date(2025, 7, 7), date(2025, 7, 21)),
        ("les cinq prochains jours à partir de demain", "fr", date(2025, 7, 2), date(2025, 7, 7)),
    ],
)
def test_the_next_n_units_from_a_time_start_at_that_time(
    text: str, lang: str, start: date, end: date
) -> None:
    found = value(text, lang)
    assert (found.start, found.end, found.type, found.mod) == (
        start,
        end,
        TimeType.DURATION,
        None,
    )


def test_a_quantified_bound_without_reference_keeps_its_modifier() -> None:
    found = value("more than 2 weeks after March 3", "en", None)
    assert (found.start, found.end, found.mod) == (None, None, Mod.ON_OR_AFTER)
    window = value("less than 3 days after March 3", "en", None)
    assert (window.timex, window.mod, window.type) == ("P3D", Mod.LESS_THAN, TimeType.DURATION)
