"""More French gaps seen in Recognizers-Text expressions (round 10).

R is Tuesday 2025-07-01 (see helpers); every sentence here is our own.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from timeline import parse_time

from .helpers import R


def _span(text: str, rules: str | None = "recognizers") -> tuple[object, object] | None:
    found = parse_time(text, lang="fr", reference_date=R, rules=rules)
    return None if found is None else (found.start, found.end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("la même semaine", date(2025, 6, 30), date(2025, 7, 7)),
        ("même mois", date(2025, 7, 1), date(2025, 8, 1)),
        ("la même année", date(2025, 1, 1), date(2026, 1, 1)),
        ("la journée", date(2025, 7, 1), date(2025, 7, 2)),
        ("jour", date(2025, 7, 1), date(2025, 7, 2)),
        ("la semaine", date(2025, 6, 30), date(2025, 7, 7)),
        ("le mois", date(2025, 7, 1), date(2025, 8, 1)),
        ("l'année", date(2025, 1, 1), date(2026, 1, 1)),
    ],
)
def test_a_bare_unit_is_the_references_with_reference_anchor(
    text: str, start: date, end: date
) -> None:
    assert _span(text) == (start, end)
    assert _span(text, None) is None  # anaphoric: the event's, unknown here


def test_a_unit_noun_inside_a_sentence_is_no_time() -> None:
    found = parse_time("la semaine a été calme", lang="fr", reference_date=R, rules="recognizers")
    assert found is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("ce soir", date(2025, 7, 1)),
        ("demain soir", date(2025, 7, 2)),
        ("hier soir", date(2025, 6, 30)),
    ],
)
def test_ce_soir_follows_the_tonight_rule(text: str, day: date) -> None:
    night = (
        datetime(day.year, day.month, day.day, 20),
        datetime(day.year, day.month, day.day, 23, 59, 59),
    )
    assert _span(text) == night
    evening = _span(text, None)
    assert evening is not None and evening[0] == datetime(day.year, day.month, day.day, 18)


def test_another_evening_keeps_the_evening_window() -> None:
    assert _span("jeudi soir") == (datetime(2025, 7, 3, 16), datetime(2025, 7, 3, 20))


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("tôt ce matin", datetime(2025, 7, 1, 8), datetime(2025, 7, 1, 10)),
        ("plus tard cet après-midi", datetime(2025, 7, 1, 14), datetime(2025, 7, 1, 16)),
        ("tard ce soir", datetime(2025, 7, 1, 18), datetime(2025, 7, 1, 20)),
    ],
)
def test_early_or_late_in_this_part_of_day_is_its_half(
    text: str, start: datetime, end: datetime
) -> None:
    assert _span(text) == (start, end)


def test_late_this_morning_stays_on_the_reference_day() -> None:
    assert _span("jeudi, tard ce matin", None) == (
        datetime(2025, 7, 1, 10),
        datetime(2025, 7, 1, 12),
    )


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2011~2015", date(2011, 1, 1), date(2016, 1, 1)),
        ("de 2003~2006", date(2003, 1, 1), date(2007, 1, 1)),
        ("entre 1998-2001", date(1998, 1, 1), date(2002, 1, 1)),
    ],
)
def test_a_tilde_between_two_years_is_a_range(text: str, start: date, end: date) -> None:
    assert _span(text, None) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (">= 2021", date(2021, 1, 1), None),
        ("<=2010", None, date(2011, 1, 1)),
        ("> 2008", date(2009, 1, 1), None),
        ("année supérieure à 2003", date(2004, 1, 1), None),
        ("année inférieure ou égale à 2003", None, date(2004, 1, 1)),
        ("année 2014 et plus", date(2014, 1, 1), None),
    ],
)
def test_a_year_compared_is_a_bound(text: str, start: date | None, end: date | None) -> None:
    assert _span(text) == (start, end)


def test_a_sign_between_small_numbers_is_no_year() -> None:
    assert _span("3 < 5", None) is None


def test_up_to_this_day_ends_at_the_reference_with_open_bounds() -> None:
    assert _span("de février à ce jour") == (date(2025, 2, 1), date(2025, 7, 1))


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("cette semaine de travail", date(2025, 6, 30), date(2025, 7, 5)),
        ("la prochaine semaine de travail", date(2025, 7, 7), date(2025, 7, 12)),
        ("la semaine de travail suivante", date(2025, 7, 7), date(2025, 7, 12)),
        ("la semaine de travail passée", date(2025, 6, 23), date(2025, 6, 28)),
    ],
)
def test_a_work_week_runs_monday_to_friday(text: str, start: date, end: date) -> None:
    assert _span(text, None) == (start, end)


def test_n_units_before_are_the_span_up_to_the_reference() -> None:
    assert _span("les 3 mois précédents", None) == (date(2025, 4, 1), date(2025, 7, 1))


def test_two_days_with_a_slashed_year_are_a_range() -> None:
    assert _span("du 5/3-20/4/2021", None) == (date(2021, 3, 5), date(2021, 4, 21))


def test_il_ya_misspelt_is_ago() -> None:
    assert _span("il ya 4 jours", None) == (date(2025, 6, 27), date(2025, 6, 28))


def test_before_about_a_time_is_a_bound() -> None:
    assert _span("avant environ 11h demain") == (None, datetime(2025, 7, 2, 11))
    assert _span("après environ 16h") == (datetime(2025, 7, 1, 16), None)


def test_n_units_to_come_follow_the_upcoming_rule() -> None:
    assert _span("les 3 mois à venir", None) == (date(2025, 7, 1), date(2025, 10, 1))
    assert _span("les 3 mois à venir") == (date(2025, 7, 2), date(2025, 10, 2))
    found = parse_time("les 2 semaines qui viennent", lang="fr", reference_date=R, rules="duckling")
    assert found is not None and (found.start, found.end) == (date(2025, 7, 14), date(2025, 7, 21))


def test_a_weekday_evening_then_its_week_without_de() -> None:
    assert _span("jeudi soir la semaine prochaine", None) == (
        datetime(2025, 7, 10, 18),
        datetime(2025, 7, 11),
    )
    assert _span("lundi matin la semaine dernière") == (
        datetime(2025, 6, 23, 8),
        datetime(2025, 6, 23, 12),
    )


def test_the_rest_of_the_current_unit() -> None:
    assert _span("le reste du mois en cours", None) == (date(2025, 7, 1), date(2025, 8, 1))
    assert _span("le reste de la semaine en cours") == (date(2025, 7, 1), date(2025, 7, 6))
