"""French gaps seen in Recognizers-Text expressions: general forms a French writer uses.

R is Tuesday 2025-07-01 (see helpers); every sentence here is our own.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from timeline import find_times, parse_time

from .helpers import R, interval


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("du 3/4-9/4", date(2026, 4, 3), date(2026, 4, 10)),
        ("3/4-9/4", date(2026, 4, 3), date(2026, 4, 10)),
        ("30/6-2/7", date(2025, 6, 30), date(2025, 7, 3)),
        ("27/12-4/1", date(2025, 12, 27), date(2026, 1, 5)),
        ("28/2-2/3", date(2026, 2, 28), date(2026, 3, 3)),
        ("29/2-2/3", date(2028, 2, 29), date(2028, 3, 3)),
        ("du 30/6 au 2/7 2024", date(2024, 6, 30), date(2024, 7, 3)),
        ("du 3/5 au 8/5, 2019", date(2019, 5, 3), date(2019, 5, 9)),
        ("du 27/12 au 4/1 2019", date(2018, 12, 27), date(2019, 1, 5)),
    ],
)
def test_two_days_with_one_digit_months_are_a_range(text: str, start: date, end: date) -> None:
    assert interval(text, "fr") == (start, end)


def test_a_leap_day_in_a_year_without_one_is_no_range() -> None:
    assert parse_time("du 29/2 au 3/3, 2023", lang="fr", reference_date=R) is None


def test_a_fraction_is_no_day() -> None:
    assert parse_time("les 2/3 des votants", lang="fr", reference_date=R) is None
    assert parse_time("du 1/3 au 1/4", lang="fr", reference_date=R) is None


def test_bare_lendemain_is_the_day_after_the_event() -> None:
    found = parse_time("lendemain", lang="fr", reference_date=R)
    assert found is not None
    assert (found.start, found.end, found.timex) == (None, None, "XXXX-XX-XX")
    spans = [f.text for f in find_times("Au lendemain, la bourse a rebondi.", lang="fr")]
    assert spans == ["Au lendemain"]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("lendemain", date(2025, 7, 2), date(2025, 7, 3)),
        ("au lendemain", date(2025, 7, 2), date(2025, 7, 3)),
        ("lendemain 7h", datetime(2025, 7, 2, 7), datetime(2025, 7, 2, 8)),
    ],
)
def test_lendemain_counted_from_reference(text: str, start: object, end: object) -> None:
    found = parse_time(text, lang="fr", reference_date=R, rules="recognizers")
    assert found is not None
    assert (found.start, found.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("les 2 mois passés", date(2025, 5, 1), date(2025, 7, 1)),
        ("les deux semaines passées", date(2025, 6, 17), date(2025, 7, 1)),
        ("les trois années à venir", date(2025, 7, 1), date(2028, 7, 1)),
        ("les 6 mois qui viennent", date(2025, 7, 1), date(2026, 1, 1)),
    ],
)
def test_a_count_of_units_with_its_adjective_after(text: str, start: date, end: date) -> None:
    assert interval(text, "fr") == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # R is a Tuesday: the next three are Wednesday, Thursday and Friday
        ("les 3 prochains jours ouvrés", date(2025, 7, 1), date(2025, 7, 5)),
        ("5 prochaines journées de travail", date(2025, 7, 1), date(2025, 7, 9)),
        ("les 5 jours ouvrables suivants", date(2025, 7, 1), date(2025, 7, 9)),
        ("les 2 derniers jours ouvrés", date(2025, 6, 27), date(2025, 7, 1)),
        ("les 3 jours ouvrés précédents", date(2025, 6, 26), date(2025, 7, 1)),
        ("dans 3 jours ouvrés", date(2025, 7, 4), date(2025, 7, 5)),
        ("sous 4 jours ouvrés", date(2025, 7, 1), date(2025, 7, 8)),
    ],
)
def test_business_days(text: str, start: date, end: date) -> None:
    assert interval(text, "fr") == (start, end)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("le 14 fév. à 10h15", datetime(2026, 2, 14, 10, 15)),
        ("le 9 oct. vers 18h", datetime(2025, 10, 9, 18)),
        ("3 déc. à 8:45", datetime(2025, 12, 3, 8, 45)),
    ],
)
def test_an_abbreviated_month_with_its_stop_then_a_clock_time(text: str, start: datetime) -> None:
    found = parse_time(text, lang="fr", reference_date=R)
    assert found is not None
    assert found.start == start


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("le 9 avril deux mille vingt", date(2020, 4, 9), date(2020, 4, 10)),
        ("le 1er juin deux mille douze", date(2012, 6, 1), date(2012, 6, 2)),
        ("jeudi 9 avril deux mille vingt", date(2020, 4, 9), date(2020, 4, 10)),
        ("avril deux mille vingt et un", date(2021, 4, 1), date(2021, 5, 1)),
        ("du 3 au 6 mai deux mille quinze", date(2015, 5, 3), date(2015, 5, 7)),
        ("le 12 mai l'an prochain", date(2026, 5, 12), date(2026, 5, 13)),
    ],
)
def test_a_year_in_words_after_a_date(text: str, start: date, end: date) -> None:
    assert interval(text, "fr") == (start, end)


def test_a_year_in_words_against_its_weekday_is_no_date() -> None:
    # 9 April 2020 was a Thursday
    assert parse_time("lundi 9 avril deux mille vingt", lang="fr", reference_date=R) is None


def test_a_number_after_a_month_in_running_text_is_no_year() -> None:
    text = "En mars deux mille salariés ont manifesté."
    assert [f.value.timex for f in find_times(text, lang="fr", reference_date=R)] == ["2025-03"]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("4 années à venir", date(2025, 7, 1), date(2029, 7, 1)),
        ("deux mois passés", date(2025, 5, 1), date(2025, 7, 1)),
    ],
)
def test_a_count_of_units_without_article(text: str, start: date, end: date) -> None:
    assert interval(text, "fr") == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("jeudi soir de la semaine prochaine", datetime(2025, 7, 10, 18), datetime(2025, 7, 11)),
        ("lundi matin de la semaine dernière", datetime(2025, 6, 23, 4), datetime(2025, 6, 23, 12)),
        ("le deuxième mardi soir de septembre", datetime(2025, 9, 9, 18), datetime(2025, 9, 10)),
        ("le premier jeudi soir du mois prochain", datetime(2025, 8, 7, 18), datetime(2025, 8, 8)),
        ("le dernier samedi soir d'octobre", datetime(2025, 10, 25, 18), datetime(2025, 10, 26)),
    ],
)
def test_a_weekday_part_of_the_day_in_a_later_week_or_month(
    text: str, start: datetime, end: datetime
) -> None:
    assert interval(text, "fr") == (start, end)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("la semaine prochaine, vendredi à 11h", datetime(2025, 7, 11, 11)),
        ("semaine prochaine lundi vers 14h30", datetime(2025, 7, 7, 14, 30)),
        ("la semaine dernière, le jeudi à 8h", datetime(2025, 6, 26, 8)),
    ],
)
def test_a_week_then_its_weekday_at_a_clock_time(text: str, start: datetime) -> None:
    found = parse_time(text, lang="fr", reference_date=R)
    assert found is not None
    assert found.start == start


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("d'octobre à décembre 2019", date(2019, 10, 1), date(2020, 1, 1)),
        ("d'août 2018 à mars 2019", date(2018, 8, 1), date(2019, 4, 1)),
        ("d'avril 2020 jusqu'à juin 2020", date(2020, 4, 1), date(2020, 7, 1)),
        ("d'hier à jeudi", date(2025, 6, 30), date(2025, 7, 4)),
        ("d'avril à la fin de mai 2021", date(2021, 4, 1), date(2021, 6, 1)),
    ],
)
def test_a_range_opened_by_elided_de(text: str, start: date, end: date) -> None:
    assert interval(text, "fr") == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("la semaine prochaine, entre lundi et jeudi", date(2025, 7, 7), date(2025, 7, 11)),
        ("cette semaine, du mercredi au vendredi", date(2025, 7, 2), date(2025, 7, 5)),
        ("semaine dernière entre jeudi et samedi", date(2025, 6, 26), date(2025, 6, 29)),
        ("du mardi au jeudi de la semaine prochaine", date(2025, 7, 8), date(2025, 7, 11)),
        ("entre lundi et mercredi de la semaine dernière", date(2025, 6, 23), date(2025, 6, 26)),
    ],
)
def test_two_weekdays_of_a_named_week(text: str, start: date, end: date) -> None:
    assert interval(text, "fr") == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("de la semaine 10 à la semaine 12", date(2025, 3, 3), date(2025, 3, 24)),
        ("entre la semaine 40 et la semaine 42", date(2025, 9, 29), date(2025, 10, 20)),
    ],
)
def test_a_range_of_numbered_weeks(text: str, start: date, end: date) -> None:
    assert interval(text, "fr") == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("de 21h aujourd'hui à 7h demain", datetime(2025, 7, 1, 21), datetime(2025, 7, 2, 7)),
        (
            "de 8h le 3 juillet à 19h le 4 juillet",
            datetime(2025, 7, 3, 8),
            datetime(2025, 7, 4, 19),
        ),
        (
            "de 7 heures le 02/03/2024 à 18 heures le 03/03/2024",
            datetime(2024, 3, 2, 7),
            datetime(2024, 3, 3, 18),
        ),
        (
            "du mardi 8 juillet à 9h au jeudi 10 juillet à 12h",
            datetime(2025, 7, 8, 9),
            datetime(2025, 7, 10, 12),
        ),
    ],
)
def test_a_range_whose_ends_are_a_day_and_a_clock_time(
    text: str, start: datetime, end: datetime
) -> None:
    assert interval(text, "fr") == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("il y a un an et deux mois", date(2024, 5, 1), date(2024, 6, 1)),
        ("il y a 2 mois et 10 jours", date(2025, 4, 21), date(2025, 4, 22)),
        ("dans trois ans et 5 jours", date(2028, 7, 6), date(2028, 7, 7)),
        ("dans 1 an, 2 mois et 3 jours", date(2026, 9, 4), date(2026, 9, 5)),
    ],
)
def test_several_units_at_once(text: str, start: date, end: date) -> None:
    assert interval(text, "fr") == (start, end)


def test_a_count_of_people_after_a_length_is_no_unit() -> None:
    text = "Il y a deux ans, 300 salariés ont été licenciés."
    assert [f.text for f in find_times(text, lang="fr", reference_date=R)] == ["Il y a deux ans"]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("le 18 ce mois-ci", date(2025, 7, 18)),
        ("autour du 9 ce mois-ci", date(2025, 7, 9)),
    ],
)
def test_a_day_number_of_this_month(text: str, start: date) -> None:
    found = parse_time(text, lang="fr", reference_date=R)
    assert found is not None
    assert found.start == start


@pytest.mark.parametrize(
    ("text", "hours"),
    [("dans les 72h", 72), ("sous 12h", 12), ("dans les 3h", 3)],
)
def test_a_length_glued_in_hours_runs_from_a_clock_reference(text: str, hours: int) -> None:
    now = datetime(2025, 7, 1, 9, 15)
    found = parse_time(text, lang="fr", reference_date=now)
    assert found is not None
    assert (found.start, found.end) == (now, now + timedelta(hours=hours))


@pytest.mark.parametrize("text", ["dans les 3h", "sous 12h"])
def test_a_length_glued_in_hours_is_no_clock_time_on_a_day_reference(text: str) -> None:
    assert parse_time(text, lang="fr", reference_date=R) is None


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("le quatrième jour du mois", date(2025, 7, 4), date(2025, 7, 5)),
        ("le vingt-huitième jour du mois", date(2025, 7, 28), date(2025, 7, 29)),
        ("le douzième jour de mars 2024", date(2024, 3, 12), date(2024, 3, 13)),
        ("au dix-huitième siècle", date(1700, 1, 1), date(1800, 1, 1)),
        ("la onzième semaine de 2024", date(2024, 3, 11), date(2024, 3, 18)),
    ],
)
def test_ordinals_in_words_past_five(text: str, start: date, end: date) -> None:
    assert interval(text, "fr") == (start, end)


def test_a_rank_in_a_race_is_no_time() -> None:
    assert find_times("Elle a fini douzième de la course.", lang="fr", reference_date=R) == []


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("21 heures, le 14 juillet", datetime(2025, 7, 14, 21)),
        ("8 heures, ce matin", datetime(2025, 7, 1, 8)),
        ("11 heures, ce soir", datetime(2025, 7, 1, 23)),
        ("6 heures, le 03/02/2023", datetime(2023, 2, 3, 6)),
        ("17 heures 45, demain", datetime(2025, 7, 2, 17, 45)),
    ],
)
def test_hours_then_a_comma_and_a_day_given_alone(text: str, start: datetime) -> None:
    found = parse_time(text, lang="fr", reference_date=R)
    assert found is not None
    assert found.start == start


def test_hours_then_a_comma_in_running_text_stay_a_length() -> None:
    text = "Il a roulé 9 heures, ce matin il se repose."
    assert [f.value.timex for f in find_times(text, lang="fr", reference_date=R)] == [
        "PT9H",
        "2025-07-01TMO",
    ]


def test_four_units_at_once_from_a_clock_reference() -> None:
    now = datetime(2025, 7, 1, 12, 0)
    found = parse_time(
        "il y a 2 mois, 3 jours, 4 heures et 10 minutes", lang="fr", reference_date=now
    )
    assert found is not None
    assert found.start == datetime(2025, 4, 28, 7, 50)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("dans la soirée de ce jeudi", datetime(2025, 7, 3, 18), datetime(2025, 7, 4)),
        ("dans la matinée, ce samedi", datetime(2025, 7, 5, 4), datetime(2025, 7, 5, 12)),
        ("ce jeudi", date(2025, 7, 3), date(2025, 7, 4)),
    ],
)
def test_ce_before_a_weekday(text: str, start: object, end: object) -> None:
    assert interval(text, "fr") == (start, end)


def test_ce_weekday_keeps_a_following_date() -> None:
    # 4 July 2025 is a Friday: the stated date wins over the bare weekday
    assert interval("ce vendredi 4 juillet", "fr") == (date(2025, 7, 4), date(2025, 7, 5))
    spans = [f.text for f in find_times("Il viendra ce jeudi.", lang="fr", reference_date=R)]
    assert spans == ["ce jeudi"]
