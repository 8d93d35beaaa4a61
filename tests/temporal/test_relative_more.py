"""Relative expressions: "suivant", "en huit", days around a date, EOM, ranges of day numbers."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from timeline import Anchor, Mod, TimeType, find_times, parse_time

from .helpers import R, interval, value


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("la semaine suivante", "fr", date(2025, 7, 7), date(2025, 7, 14)),
        ("la semaine qui suit", "fr", date(2025, 7, 7), date(2025, 7, 14)),
        ("le trimestre suivant", "fr", date(2025, 10, 1), date(2026, 1, 1)),
        ("l'année d'après", "fr", date(2026, 1, 1), date(2027, 1, 1)),
        ("jeudi suivant", "fr", date(2025, 7, 10), date(2025, 7, 11)),
        ("vendredi de la semaine suivante", "fr", date(2025, 7, 11), date(2025, 7, 12)),
        ("the following Thursday", "en", date(2025, 7, 10), date(2025, 7, 11)),
        ("following Monday", "en", date(2025, 7, 7), date(2025, 7, 8)),
        ("Friday of the following week", "en", date(2025, 7, 11), date(2025, 7, 12)),
        ("at the end of the following week", "en", date(2025, 7, 10), date(2025, 7, 14)),
    ],
)
def test_following_unit_and_weekday_are_the_next_ones(
    text: str, lang: str, start: date, end: date
) -> None:
    assert interval(text, lang) == (start, end)


@pytest.mark.parametrize("text", ["le jour suivant", "la journée d'après"])
def test_the_following_day_stays_event_relative(text: str) -> None:
    found = value(text, "fr")
    assert found.anchor is Anchor.EVENT
    assert found.start is None


def test_suivant_before_a_noun_phrase_is_a_preposition() -> None:
    text = "Les ventes ont chuté le mois suivant la fusion des deux groupes."
    mentions = find_times(text, lang="fr", reference_date=R)
    assert all(m.value.timex != "2025-08" for m in mentions)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("jeudi en huit", date(2025, 7, 10)),  # Thursday July 3, then a week later
        ("mardi en huit", date(2025, 7, 8)),  # R is a Tuesday: a week after R
        ("mardi en quinze", date(2025, 7, 15)),
        ("lundi en 15", date(2025, 7, 21)),  # Monday July 7, then two weeks later
    ],
)
def test_en_huit_and_en_quinze(text: str, day: date) -> None:
    found = value(text, "fr")
    assert (found.start, found.end) == (day, date.fromordinal(day.toordinal() + 1))


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("le lendemain du 4 août", "fr", date(2025, 8, 5)),
        ("la veille du 1er mars 2026", "fr", date(2026, 2, 28)),
        ("le lendemain de Noël", "fr", date(2025, 12, 26)),
        ("the day before March 1, 2024", "en", date(2024, 2, 29)),
        ("the day after Thanksgiving 2025", "en", date(2025, 11, 28)),
        ("the day following June 30, 2026", "en", date(2026, 7, 1)),
    ],
)
def test_the_day_before_or_after_a_date(text: str, lang: str, day: date) -> None:
    found = value(text, lang)
    assert (found.start, found.end) == (day, date.fromordinal(day.toordinal() + 1))


def test_the_day_after_an_event_stays_event_relative() -> None:
    found = value("the day after", "en")
    assert found.anchor is Anchor.EVENT


@pytest.mark.parametrize(
    ("text", "start", "end", "mod"),
    [
        ("EOM", date(2025, 7, 21), date(2025, 8, 1), Mod.END),
        ("the BOM", date(2025, 7, 1), date(2025, 7, 11), Mod.START),
        ("EOY", date(2025, 10, 1), date(2026, 1, 1), Mod.END),
        ("by the EOY", R, date(2026, 1, 1), Mod.ON_OR_BEFORE),
    ],
)
def test_month_and_year_end_abbreviations(text: str, start: date, end: date, mod: Mod) -> None:
    found = value(text, "en")
    assert (found.start, found.end, found.mod) == (start, end, mod)


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("next hour", "en", datetime(2025, 7, 1, 9, 40), datetime(2025, 7, 1, 10, 40)),
        ("the last hour", "en", datetime(2025, 7, 1, 8, 40), datetime(2025, 7, 1, 9, 40)),
        ("l'heure suivante", "fr", datetime(2025, 7, 1, 9, 40), datetime(2025, 7, 1, 10, 40)),
    ],
)
def test_next_and_last_hour_run_from_r(
    text: str, lang: str, start: datetime, end: datetime
) -> None:
    found = parse_time(text, lang=lang, reference_date=datetime(2025, 7, 1, 9, 40))
    assert found is not None
    assert (found.start, found.end) == (start, end)


def test_last_minute_is_not_a_time() -> None:
    assert parse_time("last minute", lang="en", reference_date=datetime(2025, 7, 1, 9)) is None


@pytest.mark.parametrize(
    ("text", "reference", "start", "end"),
    [
        ("du 7 au 9", R, date(2025, 7, 7), date(2025, 7, 10)),
        ("du 2e au vingt", R, date(2025, 7, 2), date(2025, 7, 21)),
        ("du 29 au 2", R, date(2025, 6, 29), date(2025, 7, 3)),  # across the month's end
        ("8 juin au 3 juillet 2026", R, date(2026, 6, 8), date(2026, 7, 4)),
        ("5 mai au 9 mai", R, date(2026, 5, 5), date(2026, 5, 10)),
    ],
)
def test_ranges_of_day_numbers_and_days(text: str, reference: date, start: date, end: date) -> None:
    assert interval(text, "fr", reference) == (start, end)


def test_a_first_day_the_month_before_cannot_hold_is_not_a_time() -> None:
    # R in March: "2" is March 2 and February has no 30th
    assert parse_time("du 30 au 2", lang="fr", reference_date=date(2025, 3, 1)) is None


def test_a_range_without_du_needs_two_days() -> None:
    found = parse_time("T2 2024 au T4 2024", lang="fr", reference_date=R)
    assert found is None or found.end == date(2024, 7, 1)


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("à la fin du mois dernier", "fr", date(2025, 6, 21), date(2025, 7, 1)),
        ("au début de la semaine prochaine", "fr", date(2025, 7, 7), date(2025, 7, 9)),
        ("en fin d'année dernière", "fr", date(2024, 10, 1), date(2025, 1, 1)),
        ("début de l'an prochain", "fr", date(2026, 1, 1), date(2026, 4, 1)),
        ("à la fin de l'année", "fr", date(2025, 10, 1), date(2026, 1, 1)),
    ],
)
def test_a_part_of_the_unit_before_or_after_r(text: str, lang: str, start: date, end: date) -> None:
    assert interval(text, lang) == (start, end)


@pytest.mark.parametrize(
    ("text", "lang", "start", "end", "mod"),
    [
        ("depuis fin 2023", "fr", date(2023, 10, 1), R, Mod.ON_OR_AFTER),
        ("depuis la fin de l'année dernière", "fr", date(2024, 10, 1), R, Mod.ON_OR_AFTER),
        ("depuis début mai", "fr", date(2025, 5, 1), R, Mod.ON_OR_AFTER),
        ("jusqu'à mi-2027", "fr", R, date(2027, 10, 1), Mod.ON_OR_BEFORE),
        ("après la mi-septembre", "fr", date(2025, 9, 21), None, Mod.AFTER),
        ("since late 2022", "en", date(2022, 10, 1), R, Mod.ON_OR_AFTER),
        ("since the end of March", "en", date(2025, 3, 21), R, Mod.ON_OR_AFTER),
        ("until early 2026", "en", R, date(2026, 4, 1), Mod.ON_OR_BEFORE),
    ],
)
def test_a_bound_on_a_part_of_a_time(
    text: str, lang: str, start: date, end: date | None, mod: Mod
) -> None:
    found = value(text, lang)
    assert (found.start, found.end, found.mod) == (start, end, mod)


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("à partir du 9", "fr", date(2025, 7, 9), None),
        ("jusqu'au 20", "fr", R, date(2025, 7, 21)),
        ("de mars 2024 à ce jour", "fr", date(2024, 3, 1), R),
        ("depuis le 2 février jusqu'à présent", "fr", date(2025, 2, 2), R),
        ("from April to date", "en", date(2025, 4, 1), R),
        ("after the year 2027", "en", date(2028, 1, 1), None),
        ("since the year 2015", "en", date(2015, 1, 1), R),
        ("from 2011 to the end of 2013", "en", date(2011, 1, 1), date(2014, 1, 1)),
    ],
)
def test_more_bounds(text: str, lang: str, start: date, end: date | None) -> None:
    assert interval(text, lang) == (start, end)


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("this coming Tuesday", "en", date(2025, 7, 8)),  # R is a Tuesday: the next one
        ("the upcoming Saturday", "en", date(2025, 7, 5)),
        ("following Christmas", "en", date(2025, 12, 25)),
        ("jeudi passé", "fr", date(2025, 6, 26)),
        ("ce mardi passé", "fr", date(2025, 6, 24)),
    ],
)
def test_coming_and_past_weekdays(text: str, lang: str, day: date) -> None:
    found = value(text, lang)
    assert (found.start, found.end) == (day, date.fromordinal(day.toordinal() + 1))


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("plus tôt dans la semaine", date(2025, 6, 30), R),
        ("plus tard dans la semaine", R, date(2025, 7, 7)),
        ("plus tard dans le mois", R, date(2025, 8, 1)),
    ],
)
def test_earlier_and_later_in_the_week_or_month(text: str, start: date, end: date) -> None:
    assert interval(text, "fr") == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("a fortnight ago", date(2025, 6, 17), date(2025, 6, 18)),
        ("in a fortnight", date(2025, 7, 15), date(2025, 7, 16)),
        ("three fortnights hence", date(2025, 8, 12), date(2025, 8, 13)),
        ("over the past fortnight", date(2025, 6, 17), R),
        ("April after next", date(2027, 4, 1), date(2027, 5, 1)),
        ("September after next", date(2026, 9, 1), date(2026, 10, 1)),
    ],
)
def test_fortnights_and_a_month_after_next(text: str, start: date, end: date) -> None:
    assert interval(text, "en") == (start, end)


def test_a_fortnight_later_stays_event_relative() -> None:
    assert value("a fortnight later", "en").anchor is Anchor.EVENT


def test_n_units_suivants_are_a_length() -> None:
    found = value("les quatre mois suivants", "fr")
    assert found.start is None and found.timex == "P4M"


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("over the next year", date(2026, 7, 1)),
        ("the coming month", date(2025, 8, 1)),
        ("during the next decade", date(2035, 7, 1)),
        ("in the next few weeks", date(2025, 8, 12)),  # vague: the six-week window
    ],
)
def test_the_next_unit_runs_from_r(text: str, end: date) -> None:
    assert interval(text, "en") == (R, end)


def test_the_next_day_stays_event_relative() -> None:
    assert value("the next day", "en").anchor is Anchor.EVENT


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("avant hier", "fr", date(2025, 6, 29), date(2025, 6, 30)),
        ("après demain", "fr", date(2025, 7, 3), date(2025, 7, 4)),
        ("the weekend after next", "en", date(2025, 7, 19), date(2025, 7, 21)),
        ("the month after the next", "en", date(2025, 9, 1), date(2025, 10, 1)),
    ],
)
def test_days_and_units_two_away(text: str, lang: str, start: date, end: date) -> None:
    assert interval(text, lang) == (start, end)


@pytest.mark.parametrize(
    ("text", "lang", "start"),
    [
        ("3/1/2019 and after", "en", date(2019, 3, 1)),
        ("June 2031 and beyond", "en", date(2031, 6, 1)),
        ("01/02/2020 et après", "fr", date(2020, 2, 1)),
        ("juin 2031 et au-delà", "fr", date(2031, 6, 1)),
    ],
)
def test_x_and_after_is_open_ended(text: str, lang: str, start: date) -> None:
    found = value(text, lang)
    assert (found.start, found.end, found.mod) == (start, None, Mod.ON_OR_AFTER)


def test_et_apres_before_a_verb_is_not_a_bound() -> None:
    text = "Il a signé le 3 mai et après avoir hésité, il est parti."
    (mention,) = find_times(text, lang="fr", reference_date=R)
    assert (mention.text, mention.value.mod) == ("le 3 mai", None)


@pytest.mark.parametrize(
    ("text", "lang", "end"),
    [
        ("jusqu'à la fin de l'année", "fr", date(2026, 1, 1)),
        ("jusqu'à la fin du mois prochain", "fr", date(2025, 9, 1)),
        ("avant la fin du mois", "fr", date(2025, 8, 1)),
        ("avant fin 2027", "fr", date(2028, 1, 1)),
        ("before the end of the month", "en", date(2025, 8, 1)),
    ],
)
def test_until_or_before_the_end_of_x_runs_to_the_end_of_x(text: str, lang: str, end: date) -> None:
    found = value(text, lang)
    assert (found.start, found.end, found.mod) == (R, end, Mod.ON_OR_BEFORE)


def test_jusqu_a_la_fin_keeps_the_bound_word_in_its_span() -> None:
    text = "Le dispositif court jusqu'à la fin de l'année."
    (mention,) = find_times(text, lang="fr", reference_date=R)
    assert mention.text == "jusqu'à la fin de l'année"


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("Il a signé le 4 mars. Le mois suivant, il a démissionné.", "fr", "Le mois suivant"),
        ("Elle est arrivée lundi et elle est repartie le jeudi suivant.", "fr", "le jeudi suivant"),
        ("The firm was sold in 2019 and closed the following year.", "en", "the following year"),
        ("They met on Monday and signed the following Thursday.", "en", "the following Thursday"),
    ],
)
def test_following_in_a_past_clause_follows_the_event_told(
    text: str, lang: str, words: str
) -> None:
    (mention,) = [m for m in find_times(text, lang=lang, reference_date=R) if m.text == words]
    assert mention.value.anchor is Anchor.EVENT
    assert mention.value.start is None


@pytest.mark.parametrize(
    ("text", "words", "timex"),
    [
        ("Ils préparent le prochain congrès du parti.", "prochain", "FUTURE_REF"),
        ("Les prochaines législatives auront lieu en juin.", "prochaines", "FUTURE_REF"),
        ("Un précédent accord avait échoué.", "précédent", "PAST_REF"),
        ("Le score est meilleur qu'au scrutin précédent.", "précédent", "PAST_REF"),
        ("La réunion est reportée à une date ultérieure.", "une date ultérieure", "FUTURE_REF"),
    ],
)
def test_french_temporal_adjectives(text: str, words: str, timex: str) -> None:
    (mention,) = [m for m in find_times(text, lang="fr", reference_date=R) if m.text == words]
    assert (mention.value.timex, mention.value.type) == (timex, TimeType.TIME)
    assert R in (mention.value.start, mention.value.end)


@pytest.mark.parametrize(
    "text", ["une hausse sans précédent des prix", "Cette décision crée un précédent."]
)
def test_precedent_as_a_noun_is_not_a_time(text: str) -> None:
    assert find_times(text, lang="fr", reference_date=R) == []


def test_le_prochain_weekday() -> None:
    assert interval("le prochain vendredi", "fr") == (date(2025, 7, 4), date(2025, 7, 5))


def test_no_bound_before_or_after_a_vague_time() -> None:
    text = "Le vote aura lieu avant le prochain sommet."
    (mention,) = find_times(text, lang="fr", reference_date=R)
    assert (mention.text, mention.value.mod) == ("prochain", None)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("la semaine écoulée", date(2025, 6, 23), date(2025, 6, 30)),
        ("l'année écoulée", date(2024, 1, 1), date(2025, 1, 1)),
        ("les six mois écoulés", date(2025, 1, 1), R),
        ("il y a une quinzaine de jours", date(2025, 6, 16), date(2025, 6, 17)),
        ("dans une dizaine de jours", date(2025, 7, 11), date(2025, 7, 12)),
        ("il y a une trentaine d'années", date(1995, 1, 1), date(1996, 1, 1)),
    ],
)
def test_ecoule_and_approximate_counts(text: str, start: date, end: date) -> None:
    assert interval(text, "fr") == (start, end)


def test_an_approximate_count_of_things_is_not_a_time() -> None:
    text = "Une vingtaine de salariés ont manifesté."
    assert find_times(text, lang="fr", reference_date=R) == []


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("so far this year", date(2025, 1, 1)),
        ("so far this month", date(2025, 6, 1)),
        ("year-to-date", date(2025, 1, 1)),
        ("the YTD", date(2025, 1, 1)),
    ],
)
def test_so_far_and_to_date_end_at_r(text: str, start: date) -> None:
    reference = date(2025, 6, 20)
    assert interval(text, "en", reference) == (start, reference)


@pytest.mark.parametrize(
    ("text", "lang", "timex"),
    [
        ("il y a peu", "fr", "PAST_REF"),
        ("depuis peu", "fr", "PAST_REF"),
        ("not long ago", "en", "PAST_REF"),
        ("d'ici peu", "fr", "FUTURE_REF"),
        ("dans un proche avenir", "fr", "FUTURE_REF"),
        ("in the near future", "en", "FUTURE_REF"),
        ("before long", "en", "FUTURE_REF"),
    ],
)
def test_more_vague_words_as_recently_and_soon(text: str, lang: str, timex: str) -> None:
    found = value(text, lang)
    three_months = (date(2025, 4, 1), R) if timex == "PAST_REF" else (R, date(2025, 10, 1))
    assert (found.timex, (found.start, found.end)) == (timex, three_months)


@pytest.mark.parametrize(
    ("text", "lang", "start", "end", "timex"),
    [
        (
            "Profit fell in the six months to March.",
            "en",
            date(2024, 10, 1),
            date(2025, 4, 1),
            "P6M",
        ),
        (
            "Revenue rose in the quarter ended May 31.",
            "en",
            date(2025, 3, 1),
            date(2025, 6, 1),
            "P1Q",
        ),
        (
            "Les ventes ont baissé sur les neuf mois à fin mars.",
            "fr",
            date(2024, 7, 1),
            date(2025, 4, 1),
            "P9M",
        ),
    ],
)
def test_n_units_to_a_date(text: str, lang: str, start: date, end: date, timex: str) -> None:
    (mention,) = find_times(text, lang=lang, reference_date=R)
    assert (mention.value.start, mention.value.end, mention.value.timex) == (start, end, timex)


def test_a_delay_to_a_date_is_not_a_span() -> None:
    mentions = find_times(
        "The vote was pushed back two weeks to Friday.", lang="en", reference_date=R
    )
    assert [m.text for m in mentions] == ["two weeks", "Friday"]


def test_la_nuit_de_x_a_y_is_the_night_after_x() -> None:
    text = "Des vitrines ont été brisées dans la nuit de jeudi à vendredi."
    (mention,) = find_times(text, lang="fr", reference_date=R)
    assert mention.text == "la nuit de jeudi à vendredi"
    assert mention.value.timex == "2025-06-26TNI"
    assert (mention.value.start, mention.value.end) == (
        datetime(2025, 6, 26, 22),
        datetime(2025, 6, 27, 4),
    )


def test_la_nuit_du_n_au_n_plus_1() -> None:
    text = "L'incendie s'est déclaré dans la nuit du 30 avril au 1er mai 2025."
    (mention,) = find_times(text, lang="fr", reference_date=R)
    assert (mention.text, mention.value.timex) == (
        "la nuit du 30 avril au 1er mai 2025",
        "2025-04-30TNI",
    )


def test_dans_une_annee_de_is_a_kind_of_year_not_a_date() -> None:
    text = "Le constructeur entre dans une année de restructuration."
    assert find_times(text, lang="fr", reference_date=R) == []


def test_dans_la_semaine_is_r_s_week_outside_a_past_clause() -> None:
    found = find_times("Le texte sera voté dans la semaine.", lang="fr", reference_date=R)
    assert [(m.text, m.value.timex) for m in found] == [("dans la semaine", "2025-W27")]
    past = find_times("Il a été relâché dans la semaine.", lang="fr", reference_date=R)
    assert past == []


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("au milieu de la semaine", R, date(2025, 7, 4)),
        ("en milieu de mois", date(2025, 7, 11), date(2025, 7, 21)),
        ("au milieu de l'année", date(2025, 4, 1), date(2025, 10, 1)),
    ],
)
def test_the_middle_of_r_s_unit(text: str, start: date, end: date) -> None:
    assert interval(text, "fr") == (start, end)


@pytest.mark.parametrize(
    ("text", "relation"),
    [("plus tard", "after"), ("par la suite", "after"), ("auparavant", "before")],
)
def test_plus_tard_alone_is_event_relative(text: str, relation: str) -> None:
    found = value(text, "fr")
    assert found.anchor is Anchor.EVENT
    assert found.relative is not None and found.relative.relation.value == relation


def test_plus_tot_que_is_a_comparison() -> None:
    assert find_times("Le chantier a fini plus tôt que prévu.", lang="fr", reference_date=R) == []


def test_plus_tard_dans_la_soiree_is_the_evening() -> None:
    found = parse_time(
        "plus tard dans la soirée", lang="fr", reference_date=datetime(2025, 7, 1, 9)
    )
    assert found is not None and found.timex == "2025-07-01TEV"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Le rapport sera rendu le 3 mai au plus tard.", ["le 3 mai au plus tard"]),
        ("Il faut agir le plus tôt possible.", []),
        ("Le vote aura lieu au plus tôt en mars.", ["mars"]),
    ],
)
def test_au_plus_tard_is_not_event_relative(text: str, words: list[str]) -> None:
    assert [m.text for m in find_times(text, lang="fr", reference_date=R)] == words


@pytest.mark.parametrize(
    ("text", "lang", "start", "end", "timex"),
    [
        ("weeks ago", "en", date(2025, 5, 20), R, "PAST_REF"),
        ("il y a des mois", "fr", date(2025, 1, 1), R, "PAST_REF"),
        ("in coming months", "en", R, date(2026, 1, 1), "FUTURE_REF"),
        ("upcoming weeks", "en", R, date(2025, 8, 12), "FUTURE_REF"),
        ("voici trois ans", "fr", date(2022, 1, 1), date(2023, 1, 1), "2022"),
        ("the previous weekend", "en", date(2025, 6, 28), date(2025, 6, 30), "2025-W26-WE"),
    ],
)
def test_plural_units_are_vague_windows(
    text: str, lang: str, start: date, end: date, timex: str
) -> None:
    found = value(text, lang)
    assert (found.start, found.end, found.timex) == (start, end, timex)
