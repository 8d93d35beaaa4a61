"""Parts of a named year, month words in lower case, "last <month>", "by <year>" inside a
sentence, and capitals."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from timeline import Mod, find_times

from .helpers import R, value


@pytest.mark.parametrize(
    ("text", "lang", "start", "end", "mod"),
    [
        ("au début de l'année 2033", "fr", date(2033, 1, 1), date(2033, 4, 1), Mod.START),
        ("à la fin de l'année 2030", "fr", date(2030, 10, 1), date(2031, 1, 1), Mod.END),
        ("au milieu de l'année 2029", "fr", date(2029, 4, 1), date(2029, 10, 1), Mod.MID),
        ("at the start of the year 2033", "en", date(2033, 1, 1), date(2033, 4, 1), Mod.START),
        ("the end of the year 2030", "en", date(2030, 10, 1), date(2031, 1, 1), Mod.END),
    ],
)
def test_a_part_of_a_named_year_keeps_its_year(
    text: str, lang: str, start: date, end: date, mod: Mod
) -> None:
    found = value(text, lang)
    assert (found.start, found.end, found.mod) == (start, end, mod)


def test_a_part_of_a_named_year_is_one_mention_in_a_sentence() -> None:
    mentions = find_times(
        "Le chantier commencera au début de l'année 2033.", lang="fr", reference_date=R
    )
    assert [m.text for m in mentions] == ["au début de l'année 2033"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prices were set last June.", ("last June", date(2025, 6, 1))),
        ("The report came out last march.", ("last march", date(2025, 3, 1))),
        ("It opens next March.", ("next March", date(2026, 3, 1))),
    ],
)
def test_last_and_next_month_in_a_sentence(text: str, expected: tuple[str, date]) -> None:
    [mention] = find_times(text, lang="en", reference_date=R)
    assert (mention.text, mention.value.start) == expected


@pytest.mark.parametrize(
    ("text", "month"),
    [("The vote is set in may.", 5), ("They met in early march.", 3), ("It began in march.", 3)],
)
def test_ambiguous_english_months_after_a_time_word(text: str, month: int) -> None:
    [mention] = find_times(text, lang="en", reference_date=R)
    assert mention.value.start is not None and mention.value.start.month == month


@pytest.mark.parametrize(
    "text",
    ["The price may rise.", "This may change.", "Workers march on the capital."],
)
def test_may_and_march_as_verbs_are_not_months(text: str) -> None:
    assert find_times(text, lang="en", reference_date=R) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("EN JANVIER", "fr"),
        ("EN AVRIL DERNIER", "fr"),
        ("IN MAY", "en"),
        ("LAST JUNE", "en"),
        ("AU DÉBUT DE L'ANNÉE 2033", "fr"),
    ],
)
def test_capitals_do_not_change_the_value(text: str, lang: str) -> None:
    upper = value(text, lang)
    lower = value(text.lower(), lang)
    assert (upper.start, upper.end, upper.timex) == (lower.start, lower.end, lower.timex)


def test_by_a_year_then_a_clause_word_is_a_bound() -> None:
    text = "The plant must be ready by 2034 at the latest."
    [mention] = find_times(text, lang="en", reference_date=R)
    assert (mention.text, mention.value.end, mention.value.mod) == (
        "by 2034",
        date(2035, 1, 1),
        Mod.ON_OR_BEFORE,
    )


def test_by_a_number_then_a_noun_is_an_amount() -> None:
    assert find_times("Output grew by 2034 units.", lang="en", reference_date=R) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("jeudi en huit", date(2025, 7, 10)),
        ("mardi en huit", date(2025, 7, 8)),  # R's own Tuesday counts: a week after R
        ("lundi en quinze", date(2025, 7, 21)),
    ],
)
def test_weekday_en_huit_is_a_week_after_the_next_one(text: str, day: date) -> None:
    found = value(text, "fr")
    assert (found.start, found.end) == (day, day + timedelta(days=1))


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("début du mois d'avril 2026", date(2026, 4, 1), date(2026, 4, 11)),
        ("fin du mois de mai 2026", date(2026, 5, 21), date(2026, 6, 1)),
    ],
)
def test_part_of_a_month_without_a_preposition(text: str, start: date, end: date) -> None:
    assert (value(text, "fr").start, value(text, "fr").end) == (start, end)


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("from 3 to 5 pm", "en", (15, 0), (17, 0)),
        ("between 3 and 5pm", "en", (15, 0), (17, 0)),
        ("4-6 pm", "en", (16, 0), (18, 0)),
        ("from 10 to 2 pm", "en", (10, 0), (14, 0)),
        ("de 9 à 11 h", "fr", (9, 0), (11, 0)),
        ("entre 14 et 16 heures", "fr", (14, 0), (16, 0)),
        ("de 17h à 18h", "fr", (17, 0), (18, 0)),
        ("from 9 am to 5 pm", "en", (9, 0), (17, 0)),
    ],
)
def test_a_range_of_clock_times_ends_at_the_second_time(
    text: str, lang: str, start: tuple[int, int], end: tuple[int, int]
) -> None:
    found = value(text, lang)
    day = datetime(2025, 7, 1)
    assert (found.start, found.end) == (day.replace(hour=start[0]), day.replace(hour=end[0]))


def test_a_clock_range_that_passes_midnight_ends_the_next_day() -> None:
    found = value("de 22 à 2 h", "fr")
    assert (found.start, found.end) == (datetime(2025, 7, 1, 22), datetime(2025, 7, 2, 2))


def test_numbers_from_to_without_a_clock_word_are_not_times() -> None:
    assert find_times("Rates went from 3 to 5 percent.", lang="en", reference_date=R) == []


def test_day_and_two_digit_month_is_a_date_in_french() -> None:
    [mention] = find_times("Les ventes du 31/10 ont baissé.", lang="fr", reference_date=R)
    assert (mention.text, mention.value.start) == ("31/10", date(2024, 10, 31))


@pytest.mark.parametrize("text", ["Les 3/4 des salariés ont voté.", "Le service est ouvert 24/7."])
def test_fractions_are_not_dates(text: str) -> None:
    assert find_times(text, lang="fr", reference_date=R) == []
