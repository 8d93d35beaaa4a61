"""Quantities in lengths and offsets: decimals, number words, halves; no match begins inside
a number; a clock offset needs a clock reference (R = Tuesday 2025-07-01)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from timeline import TimeType, find_times, parse_time

from .helpers import R

NOON = datetime(2025, 7, 1, 12, 0)


def timexes(text: str, lang: str, reference: date = R) -> list[tuple[str, str]]:
    return [(m.text, m.value.timex) for m in find_times(text, lang=lang, reference_date=reference)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The audit took 3.5 days.", "en", [("3.5 days", "P3.5D")]),
        ("The flight lasted 7.25 hours.", "en", [("7.25 hours", "PT7.25H")]),
        ("They rested 0.5 weeks.", "en", [("0.5 weeks", "P0.5W")]),
        ("The repair took 4.05 hours.", "en", [("4.05 hours", "PT4.05H")]),
        ("Le chantier a duré 3,5 mois.", "fr", [("3,5 mois", "P3.5M")]),
        ("La panne a duré 2,25 heures.", "fr", [("2,25 heures", "PT2.25H")]),
        ("Un trajet de 2.5h en moyenne.", "fr", [("2.5h", "PT2.5H")]),
        ("Il a purgé 6,5 ans.", "fr", [("6,5 ans", "P6.5Y")]),
        ("The drill lasted two point five hours.", "en", [("two point five hours", "PT2.5H")]),
        ("Le chantier a duré trois virgule cinq ans.", "fr", [("trois virgule cinq ans", "P3.5Y")]),
        ("The drill lasted one point two five hours.", "en", []),
    ],
)
def test_a_decimal_count_is_a_decimal_length(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert timexes(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The truce held for twenty-two days.", "en", [("twenty-two days", "P22D")]),
        ("The loan runs thirty seven years.", "en", [("thirty seven years", "P37Y")]),
        ("It took eighty-four minutes.", "en", [("eighty-four minutes", "PT84M")]),
        ("The siege lasted three hundred days.", "en", [("three hundred days", "P300D")]),
        ("Le procès a duré trente-trois jours.", "fr", [("trente-trois jours", "P33D")]),
        ("Il a attendu quarante et un ans.", "fr", [("quarante et un ans", "P41Y")]),
        ("La grève a duré soixante-dix-huit jours.", "fr", [("soixante-dix-huit jours", "P78D")]),
        (
            "Ils ont marché quatre-vingt-douze heures.",
            "fr",
            [("quatre-vingt-douze heures", "PT92H")],
        ),
        ("Un chantier de trente et une semaines.", "fr", [("trente et une semaines", "P31W")]),
        ("Le bail court nonante-neuf ans.", "fr", [("nonante-neuf ans", "P99Y")]),
        (
            "The siege lasted three hundred and twelve days.",
            "en",
            [("three hundred and twelve days", "P312D")],
        ),
        ("Le siège a duré deux cent douze jours.", "fr", [("deux cent douze jours", "P212D")]),
        ("Il y a cent vingt et un ans.", "fr", [("Il y a cent vingt et un ans", "1904")]),
        ("The dispute lasted a thousand days.", "en", [("a thousand days", "P1000D")]),
        ("Le chantier a duré deux mille jours.", "fr", [("deux mille jours", "P2000D")]),
    ],
)
def test_a_compound_number_word_is_the_whole_count(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert timexes(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("It cost 1,2000 years of savings.", "en"),
        ("Un stock de 3,400 heures de vidéo.", "fr"),
        ("The part measured 4.125 hours.", "en"),
    ],
)
def test_a_number_not_read_whole_gives_no_time_rather_than_its_tail(text: str, lang: str) -> None:
    assert find_times(text, lang=lang, reference_date=R) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Sales rose 2020-2023.", "en", ["2020", "2023"]),
        ("Delivery takes 3-4 days.", "en", ["P3D", "P4D"]),
        ("Rendez-vous le 12.04.2026.", "fr", ["2026-04-12"]),
        ("Livraison le 18/02.", "fr", ["2026-02-18"]),
        ("Meet on Thursday at 4.15.", "en", ["2025-07-03T04:15"]),
        ("Open from 9.30 to 11.45 am.", "en", ["2025-07-01T09:30/2025-07-01T11:45"]),
    ],
)
def test_the_boundary_keeps_ranges_dates_and_clock_times(
    text: str, lang: str, expected: list[str]
) -> None:
    assert [timex for _, timex in timexes(text, lang)] == expected


@pytest.mark.parametrize(
    ("text", "lang", "reference", "expected"),
    [
        ("in 1.5 years", "en", R, "2027"),
        ("2.5 days ago", "en", NOON, "2025-06-29"),
        ("in 0.5 months", "en", R, None),
        ("2.5 days ago", "en", R, None),
        ("il y a 1,5 an", "fr", date(2025, 3, 1), "2023"),
        ("dans 1,5 heure", "fr", NOON, "2025-07-01T13:30:00"),
        ("dans 1,5 heure", "fr", R, None),
        ("in 2.75 hours", "en", NOON, "2025-07-01T14:45:00"),
        ("in 1.05 h", "en", NOON, "2025-07-01T13:03:00"),
        ("dans 2,5h", "fr", NOON, "2025-07-01T14:30:00"),
        ("a year and a half ago", "en", date(2025, 3, 1), "2023"),
        ("in two and a half years", "en", R, "2028"),
        ("half a year ago", "en", NOON, "2025"),
        ("il y a deux ans et demi", "fr", date(2025, 3, 1), "2022"),
        ("il y a deux jours et demi", "fr", R, None),
        ("dans une demi-heure", "fr", R, None),
    ],
)
def test_a_decimal_offset_is_exact_or_no_time(
    text: str, lang: str, reference: date, expected: str | None
) -> None:
    found = parse_time(text, lang=lang, reference_date=reference)
    assert (found.timex if found is not None else None) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("half a day", "en", "P0.5D"),
        ("a half hour", "en", "PT0.5H"),
        ("half a century", "en", "P50Y"),
        ("three and a half weeks", "en", "P3.5W"),
        ("une demi-journée", "fr", "P0.5D"),
        ("trois semaines et demie", "fr", "P3.5W"),
    ],
)
def test_halves_are_lengths(text: str, lang: str, expected: str) -> None:
    found = parse_time(text, lang=lang, reference_date=R)
    assert found is not None
    assert (found.type, found.timex) == (TimeType.DURATION, expected)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The results come in 4h.", "en"),
        ("The vote closes in 3 hours.", "en"),
        ("The talks resume in twenty-five minutes.", "en"),
        ("Le vote ferme dans 5h.", "fr"),
        ("Le vote a fermé il y a trois heures.", "fr"),
        ("Le vote ferme dans vingt-deux heures.", "fr"),
    ],
)
def test_a_clock_offset_from_a_day_reference_is_no_time(text: str, lang: str) -> None:
    assert find_times(text, lang=lang, reference_date=R) == []
    assert len(find_times(text, lang=lang, reference_date=NOON)) == 1


def test_a_clock_offset_in_a_past_clause_stays_a_length() -> None:
    assert timexes("He finished the race in 3 hours.", "en") == [("in 3 hours", "PT3H")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The plant reopened 2.5 years later.", "en", ("DURATION", "P2.5Y", "after")),
        ("It had closed 1.25 hours earlier.", "en", ("DURATION", "PT1.25H", "before")),
        ("L'usine a rouvert 3,5 mois plus tard.", "fr", ("DURATION", "P3.5M", "after")),
        ("Prices are reviewed every 1.5 years.", "en", ("SET", "P1.5Y", None)),
        ("Les tarifs changent tous les 2,5 ans.", "fr", ("SET", "P2.5Y", None)),
        ("They signed a 4.5-year lease.", "en", ("DURATION", "P4.5Y", None)),
    ],
)
def test_decimal_counts_in_offsets_from_an_event_sets_and_adjectives(
    text: str, lang: str, expected: tuple[str, str, str | None]
) -> None:
    (found,) = find_times(text, lang=lang, reference_date=R)
    relation = found.value.relative.relation.value if found.value.relative else None
    assert (found.value.type.value, found.value.timex, relation) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The repair takes 4 to 6 hours.", "en", ["PT4H", "PT6H"]),
        ("Comptez 2 à 4 semaines.", "fr", ["P2W", "P4W"]),
        ("Un stage de 6-9 mois.", "fr", ["P6M", "P9M"]),
    ],
)
def test_a_range_of_counts_gives_both_lengths(text: str, lang: str, expected: list[str]) -> None:
    assert [timex for _, timex in timexes(text, lang)] == expected


@pytest.mark.parametrize(
    ("text", "lang", "reference", "expected"),
    [
        ("The vote took 3 1/2 hours.", "en", R, [("3 1/2 hours", "PT3.5H")]),
        ("The vote took 4½ hours.", "en", R, [("4½ hours", "PT4.5H")]),
        ("Il a purgé 2 ans ½.", "fr", R, [("2 ans ½", "P2.5Y")]),
        (
            "The results come in 2 1/4 hours.",
            "en",
            NOON,
            [("in 2 1/4 hours", "2025-07-01T14:15:00")],
        ),
        ("It rained for 2 1/3 days.", "en", R, []),
        ("It rained for 1/2 days.", "en", R, [("1/2 days", "P0.5D")]),
        ("It took 3/4 of an hour.", "en", R, [("3/4 of an hour", "PT0.75H")]),
        ("Il a fallu 1/4 d'heure.", "fr", R, [("1/4 d'heure", "PT0.25H")]),
        ("It took 1/3 of a day.", "en", R, []),
        (
            "It lasted three-quarters of an hour.",
            "en",
            R,
            [("three-quarters of an hour", "PT0.75H")],
        ),
        ("It lasted a quarter of a century.", "en", R, [("a quarter of a century", "P25Y")]),
        ("Il y a travaillé un quart de siècle.", "fr", R, [("un quart de siècle", "P25Y")]),
        ("Il a parlé trois quarts d'heure.", "fr", R, [("trois quarts d'heure", "PT0.75H")]),
        ("Allow two-three weeks.", "en", R, [("two-three weeks", "PXW")]),
    ],
)
def test_fractions_are_exact_lengths_or_no_time(
    text: str, lang: str, reference: date, expected: list[tuple[str, str]]
) -> None:
    assert timexes(text, lang, reference) == expected


def test_a_decimal_offset_follows_the_rules_shift_and_the_clause_tense() -> None:
    from timeline.temporal.rules import TimeRules

    def read(text: str, shift: str) -> str | None:
        found = parse_time(text, lang="en", reference_date=NOON, rules=TimeRules(shift=shift))
        return None if found is None else found.timex

    assert [read("in 1.5 years", shift) for shift in ("unit", "day", "finer")] == [
        "2027",
        "2027-01-01",
        "2027-01",
    ]
    assert timexes("Its best result in 2.5 years came in May.", "en") == [
        ("in 2.5 years", "P2.5Y"),
        ("May", "2025-05"),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Le pilote compte 2 400 heures de vol.", "fr", [("2 400 heures", "PT2400H")]),
        ("La grotte fut occupée il y a 12 000 ans.", "fr", []),
        ("The site was built 1 300 days ago.", "en", [("1 300 days ago", "2021-12-09")]),
        ("Le fonds sera clos dans 2 000 jours.", "fr", [("dans 2 000 jours", "2030-12-22")]),
        ("The lease runs 1 080 days.", "en", []),
        ("The vault held 2,500 hours of tape.", "en", [("2,500 hours", "PT2500H")]),
        ("The firm was founded 1,100 days ago.", "en", [("1,100 days ago", "2022-06-27")]),
        ("Un stock de 3.400 heures de vidéo.", "fr", [("3.400 heures", "PT3400H")]),
        ("It took 1,0 days.", "en", [("1,0 days", "P1D")]),
        ("The town dates back 40 000 years.", "en", [("40 000 years", "P40000Y")]),
    ],
)
def test_numbers_in_groups_of_three_digits(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert timexes(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [("The vote opens at 13.45 hours.", "en"), ("Le vote ouvre à 8,15 heures.", "fr")],
)
def test_a_clock_time_written_with_a_point_is_no_length(text: str, lang: str) -> None:
    assert all(m.value.type is not TimeType.DURATION for m in find_times(text, lang=lang))


def test_a_match_never_begins_inside_a_date_written_with_slashes() -> None:
    found = find_times("Deliveries on 23/11 before 6pm.", lang="en", reference_date=NOON)
    assert [m.text for m in found] == ["on 23/11", "before 6pm"]  # not "11 before 6pm"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Le vote a fermé il y a 4h.", "fr", "2025-07-01T08:00"),
        ("Le vote a fermé il y a 1h45.", "fr", "2025-07-01T10:15:00"),
        ("Polls closed 5h ago.", "en", "2025-07-01T07:00"),
    ],
)
def test_hours_written_as_on_a_clock_before_r(text: str, lang: str, expected: str) -> None:
    assert [m.value.timex for m in find_times(text, lang=lang, reference_date=NOON)] == [expected]
    assert find_times(text, lang=lang, reference_date=R) == []
