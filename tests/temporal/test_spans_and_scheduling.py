"""TimeML span conventions (article included, no final stop) and scheduling verbs."""

from __future__ import annotations

import pytest

from timeline import find_times

from .helpers import R  # Tuesday 2025-07-01


@pytest.mark.parametrize(
    ("text", "span", "timex"),
    [
        ("La réunion a eu lieu le 10 mai.", "le 10 mai", "2025-05-10"),
        ("Le salon ouvrira le samedi 12 juillet.", "le samedi 12 juillet", "2025-07-12"),
        ("Elle est arrivée le 1er juin.", "le 1er juin", "2025-06-01"),
        ("Il a signé le 3 janv. 2025 à Paris.", "le 3 janv. 2025", "2025-01-03"),
        ("Le contrat date du 4 mars 2024.", "4 mars 2024", "2024-03-04"),
    ],
)
def test_a_french_date_span_takes_its_article_and_never_the_full_stop(
    text: str, span: str, timex: str
) -> None:
    mentions = find_times(text, lang="fr", reference_date=R)
    assert [(m.text, m.value.timex) for m in mentions] == [(span, timex)]


@pytest.mark.parametrize(
    ("text", "lang", "timex"),
    [
        ("Le match est fixé samedi à Nantes.", "fr", "2025-07-05"),
        ("Les délégués ont rendez-vous lundi à Lyon.", "fr", "2025-07-07"),
        ("Le conseil est convoqué jeudi.", "fr", "2025-07-03"),
        ("L'assemblée est programmée vendredi.", "fr", "2025-07-04"),
        ("The exhibition opens Friday in Leeds.", "en", "2025-07-04"),
        ("The vote is slated for Thursday.", "en", "2025-07-03"),
    ],
)
def test_a_scheduling_verb_reads_a_weekday_as_future(text: str, lang: str, timex: str) -> None:
    mentions = find_times(text, lang=lang, reference_date=R)
    assert [m.value.timex for m in mentions] == [timex]


@pytest.mark.parametrize(
    ("text", "lang", "timex"),
    [
        ("Le match a été joué samedi à Nantes.", "fr", "2025-06-28"),
        ("The vote was held on Thursday.", "en", "2025-06-26"),
    ],
)
def test_a_past_verb_still_reads_a_weekday_as_past(text: str, lang: str, timex: str) -> None:
    mentions = find_times(text, lang=lang, reference_date=R)
    assert [m.value.timex for m in mentions] == [timex]
