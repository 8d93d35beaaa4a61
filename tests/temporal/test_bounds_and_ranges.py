"""Bounds (until, since, by, before, after) and ranges."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from timeline import Mod, find_times
from timeline.temporal import find_times_and_wholes

from .helpers import R, value


@pytest.mark.parametrize(
    ("text", "lang"), [("jusqu'en 2030", "fr"), ("jusqu’en 2030", "fr"), ("until 2030", "en")]
)
def test_until_runs_from_r_to_the_end_of_x(text: str, lang: str) -> None:
    found = value(text, lang)
    assert (found.start, found.end, found.timex) == (R, date(2031, 1, 1), "2030")
    assert found.mod is Mod.ON_OR_BEFORE


@pytest.mark.parametrize(("text", "lang"), [("depuis 2019", "fr"), ("since 2019", "en")])
def test_since_runs_from_the_start_of_x_to_r(text: str, lang: str) -> None:
    found = value(text, lang)
    assert (found.start, found.end, found.timex) == (date(2019, 1, 1), R, "2019")
    assert found.mod is Mod.ON_OR_AFTER


@pytest.mark.parametrize(("text", "lang"), [("d'ici 2027", "fr"), ("by 2027", "en")])
def test_by_in_a_future_clause_includes_x(text: str, lang: str) -> None:
    found = value(text, lang)
    assert (found.start, found.end) == (R, date(2028, 1, 1))


def test_by_in_a_past_clause_is_the_interval_of_x() -> None:
    [mention] = find_times("By 2021, the firm had doubled its staff.", lang="en", reference_date=R)
    assert (mention.value.start, mention.value.end) == (date(2021, 1, 1), date(2022, 1, 1))


def test_before_x_ends_at_the_start_of_x() -> None:
    [mention] = find_times("Le rachat a été bouclé avant 2020.", lang="fr", reference_date=R)
    assert (mention.value.start, mention.value.end) == (None, date(2020, 1, 1))
    assert mention.value.mod is Mod.BEFORE


def test_after_x_starts_at_the_end_of_x() -> None:
    found = value("after March 2024", "en")
    assert (found.start, found.end, found.mod) == (date(2024, 4, 1), None, Mod.AFTER)


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("du 3 au 5 mars 2025", "fr", date(2025, 3, 3), date(2025, 3, 6)),
        ("entre mars et mai 2025", "fr", date(2025, 3, 1), date(2025, 6, 1)),
        ("2025-2027", "fr", date(2025, 1, 1), date(2028, 1, 1)),
        ("de 2019 à 2021", "fr", date(2019, 1, 1), date(2022, 1, 1)),
        ("from March to May 2024", "en", date(2024, 3, 1), date(2024, 6, 1)),
        ("between 2014 and 2016", "en", date(2014, 1, 1), date(2017, 1, 1)),
        ("March 3-5, 2025", "en", date(2025, 3, 3), date(2025, 3, 6)),
    ],
)
def test_ranges_parse_as_one_interval(text: str, lang: str, start: date, end: date) -> None:
    found = value(text, lang)
    assert (found.start, found.end) == (start, end)


def test_a_range_in_running_text_is_reported_as_its_two_ends() -> None:
    mentions = find_times("Les travaux dureront de 2019 à 2021.", lang="fr", reference_date=R)
    assert [(m.text, m.value.timex) for m in mentions] == [("2019", "2019"), ("2021", "2021")]


@pytest.mark.parametrize(
    ("text", "lang", "whole"),
    [
        ("Les travaux dureront de 2019 à 2021.", "fr", ("de 2019 à 2021", "2019/2021")),
        (
            "Le salon se tient du 3 au 5 mars 2026.",
            "fr",
            ("du 3 au 5 mars 2026", "2026-03-03/2026-03-05"),
        ),
        ("The fair runs March 3-5, 2026.", "en", ("March 3-5, 2026", "2026-03-03/2026-03-05")),
    ],
)
def test_without_split_ranges_a_range_is_one_mention_with_its_whole_interval(
    text: str, lang: str, whole: tuple[str, str]
) -> None:
    mentions = find_times(text, lang=lang, reference_date=R, split_ranges=False)
    assert [(m.text, m.value.timex) for m in mentions] == [whole]
    assert text[mentions[0].start : mentions[0].end] == whole[0]


def test_one_reading_gives_the_split_and_the_whole_mentions() -> None:
    text = "Le salon se tient du 3 au 5 mars 2026, puis lundi à 15h."
    parts, wholes = find_times_and_wholes(text, lang="fr", reference_date=R)
    assert parts == find_times(text, lang="fr", reference_date=R)
    assert wholes == find_times(text, lang="fr", reference_date=R, split_ranges=False)
    assert [m.text for m in parts] == ["3", "5 mars 2026", "lundi", "15h"]
    assert [m.text for m in wholes] == ["du 3 au 5 mars 2026", "lundi à 15h"]


def test_the_first_end_of_a_range_takes_the_year_of_the_second() -> None:
    mentions = find_times("Soldes entre mars et mai 2024.", lang="fr", reference_date=R)
    assert [(m.text, m.value.timex) for m in mentions] == [
        ("mars", "2024-03"),
        ("mai 2024", "2024-05"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The offer is open until 5 p.m. on December 12.",
        "The offer is open until 5 p.m. New York time on December 12.",
    ],
)
def test_until_a_clock_time_on_a_day_without_a_year_looks_forward(text: str) -> None:
    [mention] = find_times(text, lang="en", reference_date=date(2025, 11, 15))
    assert mention.value.end == datetime(2025, 12, 12, 18, 0)
    assert mention.value.mod is Mod.ON_OR_BEFORE


@pytest.mark.parametrize(
    ("text", "lang", "start"),
    [
        ("The board won't decide until next year.", "en", date(2026, 1, 1)),
        ("The plant will not reopen before March.", "en", date(2026, 3, 1)),
        ("The deal is not expected to close until 2027.", "en", date(2027, 1, 1)),
        ("La décision ne sera pas prise avant 2027.", "fr", date(2027, 1, 1)),
        ("Le site ne rouvrira pas avant mars.", "fr", date(2026, 3, 1)),
    ],
)
def test_not_until_or_not_before_x_is_from_x_on(text: str, lang: str, start: date) -> None:
    [mention] = find_times(text, lang=lang, reference_date=date(2025, 11, 15))
    assert (mention.value.start, mention.value.end) == (start, None)
    assert mention.value.mod is Mod.ON_OR_AFTER


@pytest.mark.parametrize(
    ("text", "lang"),
    [("The plant will reopen before March.", "en"), ("Le site rouvrira avant mars.", "fr")],
)
def test_before_x_without_a_negation_stays_before(text: str, lang: str) -> None:
    [mention] = find_times(text, lang=lang, reference_date=date(2025, 11, 15))
    assert mention.value.mod is Mod.BEFORE
