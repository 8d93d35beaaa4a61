"""French business-news sentences whose times were silently wrong (R = Saturday 2025-11-15,
in the last quarter of its year)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from timeline import Mod, TimeType, find_times

R = date(2025, 11, 15)


def found(text: str) -> list[tuple[str, object, object, str]]:
    """(text, start, end, timex) of every mention of ``text`` read at R."""
    return [
        (m.text, m.value.start, m.value.end, m.value.timex)
        for m in find_times(text, lang="fr", reference_date=R)
    ]


@pytest.mark.parametrize(
    ("sentence", "timex"),
    [
        ("La vente de l'usine sera conclue au deuxième trimestre.", "2026-Q2"),
        ("Le groupe lancera son offre au cours du premier semestre.", "2026-H1"),
        ("Le bilan du troisième trimestre a été publié mardi.", "2025-Q3"),
        ("Les commandes ont reculé au premier trimestre.", "2025-Q1"),
        ("Le chiffre d'affaires du quatrième trimestre sera connu en février.", "2025-Q4"),
    ],
)
def test_a_quarter_without_a_year_in_a_future_clause_is_not_behind_r(
    sentence: str, timex: str
) -> None:
    assert found(sentence)[0][3] == timex


def test_a_bound_on_a_coming_quarter_starts_at_r() -> None:
    mentions = find_times(
        "Le nouveau directeur sera nommé d'ici la fin du deuxième trimestre.",
        lang="fr",
        reference_date=R,
    )
    assert len(mentions) == 1
    value = mentions[0].value
    assert (value.start, value.end, value.mod) == (R, date(2026, 7, 1), Mod.ON_OR_BEFORE)
    assert value.type is TimeType.DATE


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Les bureaux resteront fermés mardi.", date(2025, 11, 18)),
        ("La cotation du titre restera suspendue vendredi.", date(2025, 11, 21)),
        ("Le guichet demeurera fermé lundi.", date(2025, 11, 17)),
    ],
)
def test_a_participle_after_a_future_copula_does_not_make_the_clause_past(
    sentence: str, day: date
) -> None:
    assert found(sentence)[0][1] == day


@pytest.mark.parametrize(
    "sentence",
    [
        "Le centre d'appels répond 24 heures sur 24.",
        "Les équipes se relaient sept jours sur sept.",
        "Le site tourne 7 jours sur 7.",
        "Les cadres travaillent à distance deux jours sur cinq.",
        "Sur les dix magasins visités, il en a fermé sept.",
    ],
)
def test_a_share_of_hours_or_days_and_a_final_seven_are_no_time(sentence: str) -> None:
    assert found(sentence) == []


def test_the_abbreviated_september_with_a_day_or_a_year_is_still_read() -> None:
    assert [m[3] for m in found("Le contrat, signé le 4 sept., expire en sept. 2027.")] == [
        "2025-09-04",
        "2027-09",
    ]


def test_a_year_after_une_annee_is_that_year_not_a_length() -> None:
    assert found("Les analystes anticipent une année 2027 compliquée pour le secteur.") == [
        ("année 2027", date(2027, 1, 1), date(2028, 1, 1), "2027")
    ]
    assert [m[3] for m in found("Le groupe sort d'une année de restructuration.")] == ["P1Y"]


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("Au 31 octobre, l'endettement net s'élevait à 900 millions.", date(2025, 10, 31)),
        ("Le 2 avril, l'action s'échangeait à 31 euros.", date(2025, 4, 2)),
        ("À fin août, le portefeuille de projets atteignait 4 milliards.", date(2025, 8, 21)),
        ("Le 9 septembre, le groupe détenait encore 12 % du capital.", date(2025, 9, 9)),
        ("En mars, la filiale comptait 300 salariés.", date(2025, 3, 1)),
    ],
)
def test_an_imperfect_verb_makes_the_clause_past(sentence: str, start: date) -> None:
    assert found(sentence)[0][1] == start


def test_a_conditional_in_rait_still_looks_forward() -> None:
    assert found("Le 4 février, le plan permettrait de réduire les coûts.")[0][1] == date(
        2026, 2, 4
    )


def whole(text: str) -> list[tuple[object, object]]:
    """[start, end) of every mention of ``text`` with ranges read whole."""
    mentions = find_times(text, lang="fr", reference_date=R, split_ranges=False)
    return [(m.value.start, m.value.end) for m in mentions]


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        (
            "La mise en service aura lieu entre fin 2026 et début 2027.",
            date(2026, 10, 1),
            date(2027, 4, 1),
        ),
        ("Le plan sera déployé de mi-2026 à fin 2028.", date(2026, 4, 1), date(2029, 1, 1)),
        (
            "Les travaux auront lieu entre fin mai et début juin.",
            date(2026, 5, 21),
            date(2026, 6, 11),
        ),
        (
            "Les prix ont grimpé entre fin décembre et début février.",
            date(2024, 12, 21),
            date(2025, 2, 11),
        ),
        (
            "La production a été réduite entre mi-2020 et 2022.",
            date(2020, 4, 1),
            date(2023, 1, 1),
        ),
    ],
)
def test_a_range_between_parts_keeps_each_part(sentence: str, start: date, end: date) -> None:
    assert whole(sentence) == [(start, end)]


def test_the_split_parts_of_such_a_range_keep_their_parts() -> None:
    mentions = find_times(
        "L'usine sera modernisée entre début 2027 et mi-2027.", lang="fr", reference_date=R
    )
    assert [(m.value.start, m.value.end, m.value.mod) for m in mentions] == [
        (date(2027, 1, 1), date(2027, 4, 1), Mod.START),
        (date(2027, 4, 1), date(2027, 10, 1), Mod.MID),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Les exportations ont reculé de 1,4 % en glissement annuel.",
        "Le loyer moyen a gagné 0,8 % en glissement trimestriel.",
        "L'usine restera à l'arrêt, ce jeudi étant un jour férié.",
    ],
)
def test_a_year_on_year_change_or_a_holiday_kind_is_no_length_or_set(sentence: str) -> None:
    assert [m for m in found(sentence) if m[3].startswith("P")] == []


def test_shortly_before_a_clock_time_in_heures_is_a_bound_not_a_length() -> None:
    mentions = find_times(
        "Le communiqué est tombé peu avant 19 heures.", lang="fr", reference_date=R
    )
    assert [(m.text, m.value.type, m.value.mod) for m in mentions] == [
        ("peu avant 19 heures", TimeType.TIME, Mod.BEFORE)
    ]
    after = find_times(
        "Les échanges ont repris juste après 11 heures.", lang="fr", reference_date=R
    )
    assert [(m.value.timex, m.value.mod) for m in after] == [("2025-11-15T11:00", Mod.AFTER)]


def test_a_year_end_kind_of_period_after_a_noun_is_no_time() -> None:
    assert found("Les achats de fin d'année ont soutenu le distributeur.") == []
    assert [m[3] for m in found("Le distributeur recrutera en fin d'année.")] == ["2025"]


def test_a_fiscal_year_over_two_years_and_its_quarters() -> None:
    assert whole("Pour l'exercice 2026/27, le groupe vise 3 % de croissance.") == [
        (date(2026, 1, 1), date(2028, 1, 1))
    ]
    assert found("Le deuxième semestre de l'exercice a été décevant.") == []


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Le conseil a été reporté au 4 décembre.", date(2025, 12, 4)),
        ("L'examen du texte, décalé au 20 janvier, inquiète.", date(2026, 1, 20)),
        ("La vente aux enchères a été ajournée au 2 mars.", date(2026, 3, 2)),
        ("La décision a été mise en délibéré au 9 décembre.", date(2025, 12, 9)),
        ("La cotation a été reportée à jeudi.", date(2025, 11, 20)),
        ("Le lancement a été repoussé à février.", date(2026, 2, 1)),
        ("La cotation a été repoussée au printemps.", date(2026, 3, 20)),
    ],
)
def test_the_new_date_of_a_postponement_lies_ahead(sentence: str, day: date) -> None:
    assert found(sentence)[0][1] == day


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("L'action bondit de 6 % ce jeudi.", date(2025, 11, 13)),
        ("Mercredi, le titre recule de 2 % après l'annonce.", date(2025, 11, 12)),
    ],
)
def test_a_market_move_in_the_present_reads_on_or_before_r(sentence: str, day: date) -> None:
    assert found(sentence)[0][1] == day


def test_a_noun_of_market_move_does_not_make_the_clause_present() -> None:
    assert found("Les courtiers prévoient une chute des cours mardi.")[0][1] == date(2025, 11, 18)


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        (
            "Les quatre premiers mois de l'année prochaine seront décisifs.",
            date(2026, 1, 1),
            date(2026, 5, 1),
        ),
        (
            "Les deux derniers mois de l'année dernière ont pesé.",
            date(2024, 11, 1),
            date(2025, 1, 1),
        ),
    ],
)
def test_the_first_or_last_months_of_the_next_or_last_year(
    sentence: str, start: date, end: date
) -> None:
    assert [(m[1], m[2]) for m in found(sentence)] == [(start, end)]


@pytest.mark.parametrize(
    ("sentence", "start", "end", "mod"),
    [
        (
            "Les derniers jours de décembre seront calmes.",
            date(2025, 12, 21),
            date(2026, 1, 1),
            Mod.END,
        ),
        (
            "Les premières semaines de 2027 seront chargées.",
            date(2027, 1, 1),
            date(2027, 4, 1),
            Mod.START,
        ),
    ],
)
def test_the_first_or_last_days_of_a_time_are_its_part(
    sentence: str, start: date, end: date, mod: Mod
) -> None:
    mentions = find_times(sentence, lang="fr", reference_date=R)
    assert [(m.value.start, m.value.end, m.value.mod) for m in mentions] == [(start, end, mod)]


def test_toutes_les_with_a_feminine_unit_is_a_set() -> None:
    mentions = find_times(
        "Le fonds publie sa valeur toutes les deux semaines.", lang="fr", reference_date=R
    )
    assert [(m.text, m.value.type, m.value.timex) for m in mentions] == [
        ("toutes les deux semaines", TimeType.SET, "P2W")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Le comité d'audit siège chaque deuxième mardi du mois.",
        "La société publie ses ventes le dernier jeudi de chaque mois.",
    ],
)
def test_a_weekday_of_every_month_is_a_monthly_set(sentence: str) -> None:
    mentions = find_times(sentence, lang="fr", reference_date=R)
    assert [(m.value.type, m.value.timex) for m in mentions] == [(TimeType.SET, "P1M")]


@pytest.mark.parametrize(
    ("sentence", "end"),
    [
        (
            "Les actionnaires ont jusqu'au 4 décembre à 17h pour apporter leurs titres.",
            datetime(2025, 12, 4, 18),
        ),
        ("Le vendeur attend une réponse d'ici mardi à midi.", datetime(2025, 11, 18, 13)),
    ],
)
def test_a_bound_on_a_day_and_its_clock_time_keeps_the_day(sentence: str, end: datetime) -> None:
    mentions = find_times(sentence, lang="fr", reference_date=R)
    assert [(m.value.end, m.value.mod) for m in mentions] == [(end, Mod.ON_OR_BEFORE)]


def test_a_day_number_then_a_clock_time_in_heures_is_one_time() -> None:
    mentions = find_times("La sentence tombera le 19 à 16 heures.", lang="fr", reference_date=R)
    assert [(m.value.type, m.value.timex) for m in mentions] == [
        (TimeType.TIME, "2025-11-19T16:00")
    ]


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("Elle succède à Jean Roux, parti à la concurrence en août.", date(2025, 8, 1)),
        ("L'usine, vendue en février, employait 300 personnes.", date(2025, 2, 1)),
        ("La filiale sera vendue en février.", date(2026, 2, 1)),
    ],
)
def test_participles_of_other_groups_date_the_clause(sentence: str, start: date) -> None:
    assert found(sentence)[0][1] == start


def test_exactly_n_units_ago_is_n_units_ago() -> None:
    assert [m[3] for m in found("La marque a été relancée il y a tout juste deux ans.")] == ["2023"]


def test_at_the_latest_a_part_of_a_month_is_a_bound() -> None:
    mentions = find_times(
        "Le prospectus sera publié au plus tard fin janvier.", lang="fr", reference_date=R
    )
    assert [(m.value.start, m.value.end, m.value.mod) for m in mentions] == [
        (R, date(2026, 2, 1), Mod.ON_OR_BEFORE)
    ]
