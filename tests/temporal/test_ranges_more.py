"""Ranges of two weekdays or two months, and a year after a comma (R = Tuesday 2025-07-01)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.temporal.helpers import R, interval
from timeline import find_times, parse_time


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        # a verbless clause looks forward: the first end read alone (R is a Tuesday), the
        # second the first such weekday after it
        ("du vendredi au lundi", "fr", date(2025, 7, 4), date(2025, 7, 8)),
        ("de mercredi à samedi", "fr", date(2025, 7, 2), date(2025, 7, 6)),
        ("du jeudi au mardi", "fr", date(2025, 7, 3), date(2025, 7, 9)),
        ("entre mardi et jeudi", "fr", date(2025, 7, 1), date(2025, 7, 4)),
        ("from Friday to Tuesday", "en", date(2025, 7, 4), date(2025, 7, 9)),
        ("from Wednesday until Sunday", "en", date(2025, 7, 2), date(2025, 7, 7)),
        ("between Tuesday and Thursday", "en", date(2025, 7, 1), date(2025, 7, 4)),
    ],
)
def test_two_weekdays_make_one_range(text: str, lang: str, start: date, end: date) -> None:
    assert interval(text, lang) == (start, end)


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("Les livraisons ont été suspendues du mercredi au vendredi.", "fr", (6, 25), (6, 28)),
        ("Le chantier a été arrêté entre jeudi et lundi.", "fr", (6, 26), (7, 1)),
        ("Les négociations reprendront du lundi au jeudi.", "fr", (7, 7), (7, 11)),
        ("The plant was idle from Thursday to Saturday.", "en", (6, 26), (6, 29)),
        ("Trading was halted between Friday and Monday.", "en", (6, 27), (7, 1)),
        ("The exhibition will run from Saturday to Wednesday.", "en", (7, 5), (7, 10)),
    ],
)
def test_two_weekdays_are_one_mention_in_running_text(
    text: str, lang: str, start: tuple[int, int], end: tuple[int, int]
) -> None:
    (mention,) = find_times(text, lang=lang, reference_date=R)
    assert (mention.value.start, mention.value.end) == (date(2025, *start), date(2025, *end))


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Les stocks ont baissé d'octobre à janvier.", date(2024, 10, 1), date(2025, 2, 1)),
        ("Les ventes progresseront de septembre à mars.", date(2025, 9, 1), date(2026, 4, 1)),
        ("La piscine a fermé entre décembre et avril.", date(2024, 12, 1), date(2025, 5, 1)),
    ],
)
def test_two_french_months_are_one_mention(text: str, start: date, end: date) -> None:
    (mention,) = find_times(text, lang="fr", reference_date=R)
    assert (mention.value.start, mention.value.end) == (start, end)


def test_a_month_pair_before_a_year_reads_the_second_end_whole() -> None:
    assert interval("entre avril et juin 2023", "fr") == (date(2023, 4, 1), date(2023, 7, 1))


def test_the_night_between_two_weekdays_stays_a_night() -> None:
    text = "Un incendie a eu lieu dans la nuit de samedi à dimanche."
    (mention,) = find_times(text, lang="fr", reference_date=R)
    assert mention.value.timex == "2025-06-28TNI"


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("le 9e jour de mars, 1987", "fr", date(1987, 3, 9)),
        ("le dixième jour d'octobre, 2003", "fr", date(2003, 10, 10)),
        ("le onze septembre, 1973", "fr", date(1973, 9, 11)),
        ("the ninth day of March, 1987", "en", date(1987, 3, 9)),
        ("the 12th of August, 1961", "en", date(1961, 8, 12)),
        ("August the 12th, 1961", "en", date(1961, 8, 12)),
    ],
)
def test_a_year_after_a_comma_belongs_to_the_day(text: str, lang: str, day: date) -> None:
    assert interval(text, lang) == (day, day + timedelta(days=1))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("le 30e jour de février, 2001", "fr"),
        ("samedi 9 mars, 1987", "fr"),  # 9 March 1987 was a Monday
    ],
)
def test_a_day_that_its_year_contradicts_has_no_value(text: str, lang: str) -> None:
    assert parse_time(text, lang=lang, reference_date=R) is None


def test_a_relative_day_takes_no_year_after_a_comma() -> None:
    mentions = find_times("Demain, 1500 salariés seront en grève.", lang="fr", reference_date=R)
    assert [(m.text, m.value.start) for m in mentions] == [("Demain", date(2025, 7, 2))]


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        # the first day larger than the second: in the month before
        ("du 29 au 3 octobre 2019", "fr", date(2019, 9, 29), date(2019, 10, 4)),
        ("from the 28th to November 2, 2018", "en", date(2018, 10, 28), date(2018, 11, 3)),
        ("Oct. 30 - Nov. 4, 2017", "en", date(2017, 10, 30), date(2017, 11, 5)),
        ("between Sept. 29 and Oct. 2, 2016", "en", date(2016, 9, 29), date(2016, 10, 3)),
        ("between May 11 and 14", "en", date(2026, 5, 11), date(2026, 5, 15)),
    ],
)
def test_day_ranges_of_our_own(text: str, lang: str, start: date, end: date) -> None:
    assert interval(text, lang) == (start, end)


def test_two_named_days_and_their_year_stay_whole_before_a_clock_time() -> None:
    text = "The fair ran Oct. 30 - Nov. 4, 2017 at 9am."
    first = find_times(text, lang="en", reference_date=R)[0]
    assert (first.text, first.value.start) == ("Oct. 30 - Nov. 4, 2017", date(2017, 10, 30))


def test_a_day_in_february_that_does_not_exist_starts_no_range() -> None:
    assert parse_time("du 30 au 2 mars 2021", lang="fr", reference_date=R) is None


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("The votes took place on May 6 and 9, 2019.", "en", date(2019, 5, 6)),
        ("Hearings were held on June 2, 4 and 7, 2016, in Ohio.", "en", date(2016, 6, 2)),
        ("Le conseil s'est réuni samedi 02/03/2019 vers 10 heures.", "fr", date(2019, 3, 2)),
        ("The board met on Saturday, 03/02/2019 around 10am.", "en", date(2019, 3, 2)),
    ],
)
def test_a_listed_or_numeric_day_keeps_its_year(text: str, lang: str, day: date) -> None:
    first = find_times(text, lang=lang, reference_date=R)[0]
    assert (first.value.start, first.value.end) == (day, day + timedelta(days=1))


def test_an_english_date_before_a_comma_reads_its_own_clause() -> None:
    text = "The plant will reopen on March 9, the union said."
    (mention,) = find_times(text, lang="en", reference_date=R)
    assert mention.value.start == date(2026, 3, 9)


@pytest.mark.parametrize(("text", "lang"), [("45 March 2020", "en"), ("2020-04-33", "fr")])
def test_a_day_number_past_31_is_no_date(text: str, lang: str) -> None:
    assert parse_time(text, lang=lang, reference_date=R) is None


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("du vingt-six au 28 février 2019", date(2019, 2, 26), date(2019, 3, 1)),
        ("entre le vingt-quatre et le trente avril 2018", date(2018, 4, 24), date(2018, 5, 1)),
        ("du premier au quatre juin 2017", date(2017, 6, 1), date(2017, 6, 5)),
    ],
)
def test_spelled_first_days_open_a_range(text: str, start: date, end: date) -> None:
    assert interval(text, "fr") == (start, end)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The mill closed on 9th October 1987 after a long strike.", date(1987, 10, 9)),
        ("The treaty was signed on August the second, 1962 in Rome.", date(1962, 8, 2)),
    ],
)
def test_an_english_day_keeps_its_month_and_year(text: str, day: date) -> None:
    (mention,) = find_times(text, lang="en", reference_date=R)
    assert (mention.value.start, mention.value.end) == (day, day + timedelta(days=1))


def test_a_day_with_its_year_then_a_later_year_is_one_range() -> None:
    text = "The lease ran from 12 May 2016 to 2019, the filing shows."
    (mention,) = find_times(text, lang="en", reference_date=R)
    assert (mention.value.start, mention.value.end) == (date(2016, 5, 12), date(2020, 1, 1))


def test_the_twenty_ninth_day_of_february_without_a_year_is_the_nearest_one() -> None:
    assert interval("le 29e jour de février, 2016", "fr") == (date(2016, 2, 29), date(2016, 3, 1))


@pytest.mark.parametrize(
    ("text", "lang", "days"),
    [
        ("Polls closed on June 8 and July 2, 2018, officials said.", "en", [(6, 8), (7, 2)]),
        (
            "The hearings of November 28 and December 1, 2018 were public.",
            "en",
            [(11, 28), (12, 1)],
        ),
        ("Les audiences du 8 juin et du 2 juillet 2018 étaient publiques.", "fr", [(6, 8), (7, 2)]),
        ("Le 28 novembre et le 1er décembre 2018, le tribunal a siégé.", "fr", [(11, 28), (12, 1)]),
    ],
)
def test_listed_days_share_the_last_ones_year(
    text: str, lang: str, days: list[tuple[int, int]]
) -> None:
    found = find_times(text, lang=lang, reference_date=R)
    assert [m.value.start for m in found] == [date(2018, m, d) for m, d in days]


def test_and_without_between_lists_two_days() -> None:
    found = find_times("The auctions took place on 4 and 6 May 2017.", lang="en", reference_date=R)
    assert [(m.value.start, m.value.end) for m in found] == [(date(2017, 5, 6), date(2017, 5, 7))]


def test_a_first_day_whose_weekday_disagrees_gives_no_range() -> None:
    text = "La vente a duré du jeudi 6 au samedi 8 mai 2021."  # 6 May 2021 was a Thursday
    found = find_times(text, lang="fr", reference_date=R)
    assert [m.value.start for m in found] == [date(2021, 5, 6), date(2021, 5, 8)]
    wrong = "La vente a duré du vendredi 6 au samedi 8 mai 2021."
    assert find_times(wrong, lang="fr", reference_date=R) == []


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("le 9 mai deux mille sept.", "fr", date(2007, 5, 9), date(2007, 5, 10)),
        ("le 9 mai deux mille.", "fr", date(2000, 5, 9), date(2000, 5, 10)),
        ("octobre deux mille soixante-dix-huit.", "fr", date(2078, 10, 1), date(2078, 11, 1)),
        ("June 9 nineteen oh seven.", "en", date(1907, 6, 9), date(1907, 6, 10)),
        ("June nineteen oh seven.", "en", date(1907, 6, 1), date(1907, 7, 1)),
        ("June nineteen hundred.", "en", date(1900, 6, 1), date(1900, 7, 1)),
    ],
)
def test_a_year_in_words_after_a_day_or_month(text: str, lang: str, start: date, end: date) -> None:
    (mention,) = find_times(text, lang=lang, reference_date=R)
    assert (mention.value.start, mention.value.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Cela s'est produit fin octobre, 1987 à Lille.", date(1987, 10, 21), date(1987, 11, 1)),
        ("Il est né le deuxième mardi de mai, 1961 à Lyon.", date(1961, 5, 9), date(1961, 5, 10)),
        (
            "Elle est partie le dernier jour d'août, 1990 à Nice.",
            date(1990, 8, 31),
            date(1990, 9, 1),
        ),
    ],
)
def test_a_french_month_takes_a_year_after_a_comma(text: str, start: date, end: date) -> None:
    (mention,) = find_times(text, lang="fr", reference_date=R)
    assert (mention.value.start, mention.value.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        # said on 1 July 2025: "dernier" / "prochain" on R's own day name another year's
        ("L'accord signé le 1er juillet dernier a été rompu.", "fr", date(2024, 7, 1)),
        ("L'accord sera signé le 1er juillet prochain.", "fr", date(2026, 7, 1)),
        ("The pact signed last July 1 was broken.", "en", date(2024, 7, 1)),
        ("The pact signed last March 9 was broken.", "en", date(2025, 3, 9)),
        ("The pact will be signed next February 4th in Oslo.", "en", date(2026, 2, 4)),
    ],
)
def test_last_and_next_before_a_day_without_a_year(text: str, lang: str, day: date) -> None:
    (mention,) = find_times(text, lang=lang, reference_date=R)
    assert (mention.value.start, mention.value.end) == (day, day + timedelta(days=1))


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        (
            "Le salon s'est tenu du 8/5 au 11/5/2019 à Metz.",
            "fr",
            date(2019, 5, 8),
            date(2019, 5, 12),
        ),
        ("Le salon s'est tenu 8/5 - 11/5/2019 à Metz.", "fr", date(2019, 5, 8), date(2019, 5, 12)),
        ("The fair ran 5/8 - 5/11/2019 in Ohio.", "en", date(2019, 5, 8), date(2019, 5, 12)),
        ("The fair ran 8/5 - 11/5/2019 in Leeds.", "en-GB", date(2019, 5, 8), date(2019, 5, 12)),
    ],
)
def test_two_numeric_days_then_one_year(text: str, lang: str, start: date, end: date) -> None:
    (mention,) = find_times(text, lang=lang, reference_date=R)
    assert (mention.value.start, mention.value.end) == (start, end)
