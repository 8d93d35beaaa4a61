"""Offsets into the original text, typographic variants, language choice and bad input."""

from __future__ import annotations

import itertools
import random
from datetime import date, datetime, timezone

import pytest

from timeline import Anchor, TimelineError, UnsupportedLanguageError, find_times, parse_time
from timeline.temporal import timex_interval

from .helpers import R


def test_offsets_point_into_the_original_text_with_typographic_characters() -> None:
    text = "«\u00a0Jusqu’en 2030\u00a0», a-t-il dit\u202f; c’était l’an dernier\u2014hier."
    mentions = find_times(text, lang="fr", reference_date=R)
    assert [m.text for m in mentions] == ["Jusqu’en 2030", "l’an dernier", "hier"]
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text == mention.value.text


def test_mentions_come_in_text_order_without_overlap() -> None:
    text = "Le 3 mars 2025, puis en avril, et enfin hier à 15h, depuis 2019."
    mentions = find_times(text, lang="fr", reference_date=R)
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    assert all(a.end <= b.start for a, b in itertools.pairwise(mentions))


def test_words_are_matched_whole_only() -> None:
    assert find_times("La société et la propriété.", lang="fr", reference_date=R) == []
    assert find_times("Les marsupiaux de la maison mère.", lang="fr", reference_date=R) == []


def test_auto_language_detection() -> None:
    [fr] = find_times("Le contrat court jusqu'en 2030 et il a été signé.", reference_date=R)
    assert fr.text == "jusqu'en 2030"
    [en] = find_times("The contract runs until 2030 and it was signed.", reference_date=R)
    assert en.text == "until 2030"


def test_unsupported_language_raises_the_library_error() -> None:
    with pytest.raises(UnsupportedLanguageError):
        find_times("hier", lang="xx")
    with pytest.raises(UnsupportedLanguageError):
        parse_time("hier", lang="de")


def test_bad_arguments_raise_the_library_error() -> None:
    with pytest.raises(TimelineError):
        find_times(b"hier", lang="fr")  # type: ignore[arg-type]
    with pytest.raises(TimelineError):
        find_times("hier", lang="fr", reference_date="2025-07-01")  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", " ", "\n\t  \u00a0", "!!!", "0" * 100_000])
def test_empty_and_odd_input_gives_an_empty_result(text: str) -> None:
    assert find_times(text, lang="fr", reference_date=R) == []
    assert parse_time(text, lang="en", reference_date=R) is None


def test_random_unicode_never_crashes() -> None:
    generator = random.Random(7)
    alphabet = [chr(c) for c in range(0x20, 0x3000) if not 0xD800 <= c <= 0xDFFF]
    text = "".join(generator.choice(alphabet) for _ in range(200_000))
    for mention in find_times(text, lang="fr", reference_date=R):
        assert text[mention.start : mention.end] == mention.text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Two days later from 9-5 the site was open.", "en"),
        ("The same day from 9 to 5, the desk was staffed.", "en"),
        ("Le même jour de 9 h à 17 h, le guichet était ouvert.", "fr"),
    ],
)
def test_a_clock_range_on_an_event_relative_day_keeps_the_day_and_no_crash(
    text: str, lang: str
) -> None:
    for reference in (R, datetime(2024, 2, 29, 23, 59, tzinfo=timezone.utc)):
        mentions = find_times(text, lang=lang, reference_date=reference)
        assert mentions[0].value.anchor is Anchor.EVENT


def test_parse_time_rejects_text_that_is_more_than_an_expression() -> None:
    sentence = "Le conseil d'administration de la société a finalement approuvé le plan hier."
    assert parse_time(sentence, lang="fr", reference_date=R) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2030", (date(2030, 1, 1), date(2031, 1, 1), "year")),
        ("2025-03", (date(2025, 3, 1), date(2025, 4, 1), "month")),
        ("2025-Q1", (date(2025, 1, 1), date(2025, 4, 1), "quarter")),
        ("2025-H2", (date(2025, 7, 1), date(2026, 1, 1), "half")),
        ("2025-W10", (date(2025, 3, 3), date(2025, 3, 10), "week")),
        ("2025-03-21", (date(2025, 3, 21), date(2025, 3, 22), "day")),
        ("199", (date(1990, 1, 1), date(2000, 1, 1), "decade")),
        ("2025-SU", (date(2025, 6, 21), date(2025, 9, 24), "season")),
    ],
)
def test_timex_interval(value: str, expected: tuple[date, date, str]) -> None:
    result = timex_interval(value)
    assert result is not None
    start, end, granularity = result
    assert (start, end, str(granularity)) == expected


@pytest.mark.parametrize(
    "value", ["", "PAST_REF", "P1W", "XXXX-XX-XX", "2025-13", "2025-02-30", "2025-W60", "abc"]
)
def test_timex_interval_of_a_non_calendar_value_is_none(value: str) -> None:
    assert timex_interval(value) is None
