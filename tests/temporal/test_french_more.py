"""More French expressions: a day number with a clock time, meals, quarters written out,
decades in words, bounds on a clock time, days of "le mois" (R = Tuesday 2025-07-01)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from timeline import Anchor, Mod, TimeRules, TimeType, find_times, parse_time

from .helpers import R, interval, value


def at(day: int, hour: int, minute: int = 0, month: int = 7) -> datetime:
    return datetime(2025, month, day, hour, minute)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("vendredi 4 à 15h", at(4, 15), at(4, 16)),
        ("le 12 de 9h à 11h", at(12, 9), at(12, 11)),
        ("mercredi 9 entre 10h et 12h30", at(9, 10), at(9, 12, 30)),
        ("le 9 à partir de 8h", at(9, 8), None),
    ],
)
def test_a_day_number_takes_the_clock_time_after_it(
    text: str, start: datetime, end: datetime | None
) -> None:
    assert interval(text, "fr") == (start, end)


def test_a_weekday_and_day_with_a_clock_time_is_one_mention() -> None:
    mentions = find_times("Le concert aura lieu samedi 5 à 20h.", lang="fr", reference_date=R)
    assert [m.text for m in mentions] == ["samedi 5 à 20h"]
    assert mentions[0].value.start == at(5, 20)


def test_after_a_clock_time_starts_at_that_instant() -> None:
    found = value("après 17h", "fr")
    assert (found.start, found.end, found.mod) == (at(1, 17), None, Mod.AFTER)
    assert interval("plus tard que 18h30", "fr") == (at(1, 18, 30), None)
    # a day is not an instant: "après" a day still starts when the day ends
    assert interval("après le 3 juillet", "fr")[0] == date(2025, 7, 4)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("avant le déjeuner", at(1, 10), at(1, 12)),
        ("pendant la pause déjeuner", at(1, 12), at(1, 14)),
        ("après le déjeuner", at(1, 13), at(1, 17)),
        ("après le travail", at(1, 17), at(1, 21)),
        ("demain à l'heure du déjeuner", at(2, 12), at(2, 14)),
        ("jeudi après le boulot", at(3, 17), at(3, 21)),
    ],
)
def test_meals_and_work_name_hours_of_the_day(text: str, start: datetime, end: datetime) -> None:
    found = value(text, "fr")
    assert (found.start, found.end) == (start, end)
    assert found.type is TimeType.TIME


def test_the_work_of_someone_is_no_time() -> None:
    assert parse_time("après le travail de la commission", lang="fr", reference_date=R) is None


def test_tout_de_suite_is_now() -> None:
    assert value("tout de suite", "fr").timex == "PRESENT_REF"
    instant = parse_time(
        "tout de suite", lang="fr", reference_date=datetime(2025, 7, 1, 9, 15), rules="duckling"
    )
    assert instant is not None
    assert instant.start == datetime(2025, 7, 1, 9, 15)


def test_sur_le_champ_with_or_without_hyphens_is_now() -> None:
    for text in ("Le conseil a tranché sur-le-champ.", "Il a signé sur le champ."):
        [mention] = find_times(text, lang="fr", reference_date=R)
        assert mention.text.replace("-", " ") == "sur le champ"
        assert mention.value.timex == "PRESENT_REF"


def test_the_day_before_rests_on_the_event() -> None:
    for text in ("le jour d'avant", "la journée d'avant"):
        found = value(text, "fr")
        assert found.anchor is Anchor.EVENT
        counted = parse_time(
            text, lang="fr", reference_date=R, rules=TimeRules(event_anchor="reference")
        )
        assert counted is not None
        assert (counted.start, counted.end) == (date(2025, 6, 30), R)


def test_the_eve_with_a_part_of_day() -> None:
    found = parse_time(
        "la veille au soir", lang="fr", reference_date=R, rules=TimeRules(event_anchor="reference")
    )
    assert found is not None
    assert (found.start, found.end) == (datetime(2025, 6, 30, 18), at(1, 0))


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("jeudi précédent", date(2025, 6, 26), date(2025, 6, 27)),
        ("le vendredi d'après", date(2025, 7, 11), date(2025, 7, 12)),
        ("dans la journée", R, date(2025, 7, 2)),
        ("2024/18/oct", date(2024, 10, 18), date(2024, 10, 19)),
        ("18-2024-octobre", date(2024, 10, 18), date(2024, 10, 19)),
        ("octobre-2024-18", date(2024, 10, 18), date(2024, 10, 19)),
        ("les années trente", date(1930, 1, 1), date(1940, 1, 1)),
        ("les années soixante-dix", date(1970, 1, 1), date(1980, 1, 1)),
        ("les années quatre-vingt-dix", date(1990, 1, 1), date(2000, 1, 1)),
        ("trimestre 3", R, date(2025, 10, 1)),
        ("2023-trimestre2", date(2023, 4, 1), date(2023, 7, 1)),
        ("2022 semestre 2", date(2022, 7, 1), date(2023, 1, 1)),
        ("le dernier trimestre", date(2025, 4, 1), R),
        ("au dernier trimestre de 2021", date(2021, 10, 1), date(2022, 1, 1)),
        ("le trimestre à venir", date(2025, 10, 1), date(2026, 1, 1)),
        ("le deuxième semestre de l'année prochaine", date(2026, 7, 1), date(2027, 1, 1)),
        ("il y a à peu près deux mois", date(2025, 5, 1), date(2025, 6, 1)),
        ("il y a environ trois ans", date(2022, 1, 1), date(2023, 1, 1)),
        ("le reste du mois", R, date(2025, 8, 1)),
        ("le reste de l'année", R, date(2026, 1, 1)),
        ("le 15 du mois", date(2025, 7, 15), date(2025, 7, 16)),
        ("ce jeudi (3 juillet)", date(2025, 7, 3), date(2025, 7, 4)),
        ("le 8 juillet (mardi)", date(2025, 7, 8), date(2025, 7, 9)),
    ],
)
def test_more_french_dates(text: str, start: date, end: date) -> None:
    assert interval(text, "fr") == (start, end)


def test_a_day_of_the_month_is_in_rs_month() -> None:
    found = value("avant le 20 du mois", "fr")
    assert (found.start, found.end, found.mod) == (R, date(2025, 7, 20), Mod.BEFORE)
    # June has no 31st
    assert parse_time("le 31 du mois", lang="fr", reference_date=date(2025, 6, 10)) is None


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("entre 14 heures et 17 heures", at(1, 14), at(1, 17)),
        ("jeudi entre 8 heures et 10 heures 30", at(3, 8), at(3, 10, 30)),
        ("la nuit dernière", datetime(2025, 6, 30, 22), at(1, 4)),
        ("la fin de la journée", at(1, 17), at(1, 21)),
        ("lundi au soir", at(7, 18), at(8, 0)),
    ],
)
def test_more_french_hours(text: str, start: datetime, end: datetime) -> None:
    assert interval(text, "fr") == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("la semaine en cours", date(2025, 6, 30), date(2025, 7, 7)),
        ("le mois en cours", R, date(2025, 8, 1)),
        ("l'année en cours", date(2025, 1, 1), date(2026, 1, 1)),
        ("le reste de la journée", R, date(2025, 7, 2)),
        ("la semaine du 14", date(2025, 7, 14), date(2025, 7, 21)),
        ("la semaine commençant le 10 mars", date(2026, 3, 9), date(2026, 3, 16)),
        ("de 2016 à avril 2019", date(2016, 1, 1), date(2019, 5, 1)),
        ("entre 2012 et la fin de 2014", date(2012, 1, 1), date(2015, 1, 1)),
        ("du milieu de 2010 à la fin de 2011", date(2010, 4, 1), date(2012, 1, 1)),
        ("de février à la fin d'avril 2024", date(2024, 2, 1), date(2024, 5, 1)),
    ],
)
def test_more_french_periods(text: str, start: date, end: date) -> None:
    assert interval(text, "fr") == (start, end)


def test_a_year_then_a_count_is_not_a_range() -> None:
    text = "L'usine est passée de 2014 à 2500 salariés."
    assert find_times(text, lang="fr", reference_date=R) == []
    found = parse_time("de 2014 à mars 2016", lang="fr", reference_date=R)
    assert found is not None
    assert (found.start, found.end) == (date(2014, 1, 1), date(2016, 4, 1))


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("14h30 à 16h le 3 juillet", at(3, 14, 30), at(3, 16)),
        ("entre 8 et 10 le 4 juillet", at(4, 8), at(4, 10)),
    ],
)
def test_clock_ranges_on_a_day_after_them(text: str, start: datetime, end: datetime) -> None:
    assert interval(text, "fr") == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # 20/06 alone is next June in a future clause; before 05/07 it is this June
        ("du 20/06 au 05/07", date(2025, 6, 20), date(2025, 7, 6)),
        ("du T1 de 2024 au T3 de 2025", date(2024, 1, 1), date(2025, 10, 1)),
        ("entre juin 2024 et maintenant", date(2024, 6, 1), R),
        ("entre maintenant et le 15 septembre", R, date(2025, 9, 16)),
    ],
)
def test_more_french_ranges(text: str, start: date, end: date) -> None:
    assert interval(text, "fr") == (start, end)


def test_bare_hours_before_a_day_and_its_part_of_day() -> None:
    found = value("entre 6 et 8 hier soir", "fr")
    assert (found.start, found.end) == (datetime(2025, 6, 30, 18), datetime(2025, 6, 30, 20))


def test_a_range_of_two_weekdays_looking_forward_starts_with_the_first_read_alone() -> None:
    # Monday alone is next Monday (R is a Tuesday); Wednesday the first one after it
    assert interval("du lundi au mercredi", "fr") == (date(2025, 7, 7), date(2025, 7, 10))


def test_a_range_to_the_end_of_a_year_ends_with_it_in_both_conventions() -> None:
    for rules in ("default", "recognizers"):
        found = parse_time("de 2010 à la fin de 2012", lang="fr", reference_date=R, rules=rules)
        assert found is not None
        assert (found.start, found.end) == (date(2010, 1, 1), date(2013, 1, 1))


@pytest.mark.parametrize(
    ("text", "start", "end", "mod"),
    [
        ("jeudi matin à partir de 8 heures 15", at(3, 8, 15), None, Mod.ON_OR_AFTER),
        ("lundi après-midi à partir de 2h", at(7, 14), None, Mod.ON_OR_AFTER),
        ("demain soir avant 10h", at(2, 0), at(2, 22), Mod.BEFORE),
    ],
)
def test_a_bound_on_a_clock_time_read_in_a_part_of_day(
    text: str, start: datetime, end: datetime | None, mod: Mod
) -> None:
    found = value(text, "fr")
    assert (found.start, found.end, found.mod) == (start, end, mod)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("deux mille douze", 2012),
        ("deux mille vingt-quatre", 2024),
        ("en deux mille trente et un", 2031),
        ("deux mille cinquante-six", 2056),
    ],
)
def test_years_in_words(text: str, year: int) -> None:
    assert interval(text, "fr") == (date(year, 1, 1), date(year + 1, 1, 1))


def test_a_count_in_words_is_not_a_year() -> None:
    text = "La firme a vendu deux mille quinze voitures."
    assert find_times(text, lang="fr", reference_date=R) == []
    assert interval("les années deux mille", "fr") == (date(2000, 1, 1), date(2010, 1, 1))


def test_passe_after_a_clock_time_is_no_past_tense() -> None:
    found = parse_time(
        "à dix heures passé de vingt minutes",
        lang="fr",
        reference_date=datetime(2025, 7, 1, 9, 0),
    )
    assert found is not None
    assert found.start == at(1, 10, 20)


def test_the_nth_weekend_of_a_month_follows_the_weekend_rule() -> None:
    assert interval("le deuxième week-end d'août", "fr") == (date(2025, 8, 9), date(2025, 8, 11))
    friday_evening = TimeRules(weekend=(4 * 24 + 18, 168))
    found = parse_time(
        "le deuxième week-end d'août", lang="fr", reference_date=R, rules=friday_evening
    )
    assert found is not None
    assert (found.start, found.end) == (datetime(2025, 8, 8, 18), datetime(2025, 8, 11))


@pytest.mark.parametrize(
    ("text", "start", "end", "mod"),
    [
        ("après 13 heures", at(1, 13), None, Mod.AFTER),
        ("mardi prochain après 15 heures", at(8, 15), None, Mod.AFTER),
        ("dès 8 heures 30", at(1, 8, 30), None, Mod.ON_OR_AFTER),
        ("avant 11 heures", at(1, 0), at(1, 11), Mod.BEFORE),
    ],
)
def test_a_bound_on_a_clock_time_in_heures(
    text: str, start: datetime, end: datetime | None, mod: Mod
) -> None:
    found = value(text, "fr")
    assert (found.start, found.end, found.mod) == (start, end, mod)


def test_two_years_given_alone_and_early_in_the_day() -> None:
    assert interval("2011 à 2013", "fr") == (date(2011, 1, 1), date(2014, 1, 1))
    assert interval("tôt dans la journée", "fr") == (at(1, 6), at(1, 10))


def test_a_count_of_units_from_a_day() -> None:
    assert interval("deux semaines à compter de demain", "fr") == (
        date(2025, 7, 16),
        date(2025, 7, 17),
    )


def test_a_date_and_a_clock_time_with_a_comma_given_alone() -> None:
    assert interval("le 14 juillet, 21:30", "fr") == (at(14, 21, 30), at(14, 21, 31))
    assert interval("21:30, le 14 juillet", "fr") == (at(14, 21, 30), at(14, 21, 31))


def test_day_numbers_of_this_month() -> None:
    assert interval("du 3 au 9 de ce mois", "fr") == (date(2025, 7, 3), date(2025, 7, 10))


def test_a_day_and_its_part_of_day_across_a_comma() -> None:
    assert interval("jeudi, dans la matinée", "fr") == (at(3, 4), at(3, 12))
    assert interval("dans l'après-midi, vendredi", "fr") == (at(4, 12), at(4, 19))
    assert interval("nuit dernière", "fr") == (datetime(2025, 6, 30, 22), at(1, 4))


@pytest.mark.parametrize(
    "text", ["de 8 heures jusqu'à 10 heures", "dès 8 heures jusqu'à 10 heures", "de 8h à 10 heures"]
)
def test_a_range_of_clock_times_in_heures_stays_a_range(text: str) -> None:
    assert interval(text, "fr") == (at(1, 8), at(1, 10))


def test_a_numbered_quarter_of_a_year_named_relatively_and_its_bound() -> None:
    found = value("dès le premier trimestre de l'année prochaine", "fr")
    assert (found.start, found.end, found.mod) == (date(2026, 1, 1), None, Mod.ON_OR_AFTER)
    assert interval("le troisième trimestre de l'année dernière", "fr") == (
        date(2024, 7, 1),
        date(2024, 10, 1),
    )
    found = value("à partir du second semestre 2027", "fr")
    assert (found.start, found.end, found.mod) == (date(2027, 7, 1), None, Mod.ON_OR_AFTER)


def test_a_weekday_with_a_numeric_day_and_month() -> None:
    # 26/06 in 2025 is a Thursday: the reading that agrees with the weekday, a week before R
    assert interval("jeudi 26/06", "fr") == (date(2025, 6, 26), date(2025, 6, 27))
    assert interval("jeudi 26/06 à 11h00", "fr") == (at(26, 11, month=6), at(26, 11, 1, month=6))
