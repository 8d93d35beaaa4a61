"""The clause tense is read from the expression's own clause first; the words next to a
number or an adverb tell whether it is a time at all (ages, "prochain", "now-")."""

from __future__ import annotations

from datetime import date

import pytest

from timeline import find_times
from timeline.temporal.calendar import day_of

JULY_1 = date(2025, 7, 1)  # a Tuesday
JULY_2 = date(2025, 7, 2)  # a Wednesday


def _start(text: str, lang: str, reference: date, words: str) -> date:
    """The start of the mention whose text is ``words``."""
    for mention in find_times(text, lang=lang, reference_date=reference):
        if mention.text == words:
            start = mention.value.start
            assert isinstance(start, date)
            return start
    pytest.fail(f"{words!r} not found in {text!r}")


@pytest.mark.parametrize(
    ("text", "lang", "words", "start"),
    [
        # a relative clause between commas does not date the noun phrase before it
        (
            "Les chiffres des ventes de février, qui devraient être révisés d'ici l'automne, "
            "indiquent une hausse.",
            "fr",
            "février",
            date(2025, 2, 1),
        ),
        (
            "Sales in March, which will be restated, fell sharply.",
            "en",
            "March",
            date(2025, 3, 1),
        ),
        # a clause opened at the head of the sentence ends at its comma
        (
            "Alors que le groupe prévoit une reprise, les ventes d'avril confirment la baisse.",
            "fr",
            "avril",
            date(2025, 4, 1),
        ),
        # inside a clause, the clause around it speaks before the main verb
        (
            "The analyst said that the firm will have sold a million units before the quarter, "
            "which closes on September 30.",
            "en",
            "September 30",
            date(2025, 9, 30),
        ),
        # a clause opened inside a part ("said that ...") runs past an aside between commas
        (
            "The group has said that it plans to shut 40 stores, or a tenth of its network, "
            "in October.",
            "en",
            "October",
            date(2025, 10, 1),
        ),
        (
            "La mairie a confirmé que le chantier, selon le calendrier, reprendra en octobre.",
            "fr",
            "octobre",
            date(2025, 10, 1),
        ),
    ],
)
def test_the_expression_takes_the_tense_of_its_clause(
    text: str, lang: str, words: str, start: date
) -> None:
    assert _start(text, lang, JULY_1, words) == start


@pytest.mark.parametrize(
    ("text", "lang", "start"),
    [
        # a reporting verb after a comma does not date the event before it
        ("The board will meet on Friday, its chairman said.", "en", date(2025, 7, 4)),
        ("Le conseil se réunira vendredi, a indiqué son président.", "fr", date(2025, 7, 4)),
        ("The plant closed on Friday, its owner said.", "en", date(2025, 6, 27)),
        # a contraction is read whole: "won't" looks forward, it is not the past "won"
        ("The board won't meet Friday.", "en", date(2025, 7, 4)),
        ("The board didn't meet Friday.", "en", date(2025, 6, 27)),
        # "could" looks forward; "could not", "would not" report what did not happen
        ("The union said talks could resume Friday.", "en", date(2025, 7, 4)),
        ("The mayor could not be reached on Friday.", "en", date(2025, 6, 27)),
        ("The bank would not comment on Friday.", "en", date(2025, 6, 27)),
        ("The bank wouldn't comment on Friday.", "en", date(2025, 6, 27)),
        # a future word after a determiner is a noun ("its forecast"); "-ed" adjectives of the
        # trade mark no tense ("diluted earnings")
        ("The bank revised its forecast on Friday.", "en", date(2025, 6, 27)),
        ("The firm will report diluted earnings on Friday.", "en", date(2025, 7, 4)),
        # the comma a date takes ends its part: "Jan. 5," keeps "filed", not "seeks"
        ("The suit, filed on Friday, seeks damages.", "en", date(2025, 6, 27)),
        # an irregular past form is a past marker as "-ed" is
        ("Oil prices sank on Friday.", "en", date(2025, 6, 27)),
        ("The carmaker's chief spoke to investors on Friday.", "en", date(2025, 6, 27)),
        ("Its bonds slid Friday after the downgrade.", "en", date(2025, 6, 27)),
        # a French past participle after its noun dates the clause
        ("Les dégâts constatés vendredi dépassent 10 000 euros.", "fr", date(2025, 6, 27)),
        ("Les vols commis vendredi inquiètent les commerçants.", "fr", date(2025, 6, 27)),
        # "-rons" is a future after "nous" only ("les patrons" is a noun)
        ("Les patrons ont parlé vendredi.", "fr", date(2025, 6, 27)),
        ("Nous signerons vendredi, a dit le patron.", "fr", date(2025, 7, 4)),
        # the French imperfect plural looks back, the conditional forward ("retrait" is a noun)
        ("Les deux camions roulaient vendredi sur la nationale.", "fr", date(2025, 6, 27)),
        ("Le conseil voterait vendredi, a indiqué le maire.", "fr", date(2025, 7, 4)),
        ("Le retrait des troupes vendredi a surpris.", "fr", date(2025, 6, 27)),
        # after an article the same ending is a noun, and after "sera" a future passive
        ("Une randonnée vendredi partira du port.", "fr", date(2025, 7, 4)),
        ("Le contrat sera signé vendredi.", "fr", date(2025, 7, 4)),
        ("Le résultat sera annoncé vendredi, a précisé le maire.", "fr", date(2025, 7, 4)),
    ],
)
def test_weekday_side(text: str, lang: str, start: date) -> None:
    (mention,) = find_times(text, lang=lang, reference_date=JULY_2)
    assert mention.value.start == start


@pytest.mark.parametrize(
    "text",
    [
        "Un garçon de 9 ans a été retrouvé sain et sauf.",
        "Le club accueille les enfants de 4 à 11 ans le mercredi.",
        "Une Lorraine de 40 ans a remporté la course.",
    ],
)
def test_an_age_after_a_person_is_not_a_duration(text: str) -> None:
    assert all(m.value.type != "DURATION" for m in find_times(text, lang="fr"))


@pytest.mark.parametrize(
    ("text", "length"),
    [
        ("Il a obtenu un bail de 9 ans.", "P9Y"),
        ("La société a signé un contrat de 4 ans.", "P4Y"),
    ],
)
def test_a_length_after_a_thing_stays_a_duration(text: str, length: str) -> None:
    (mention,) = find_times(text, lang="fr")
    assert mention.value.timex == length


@pytest.mark.parametrize(
    ("text", "words", "timex"),
    [
        ("Sa prochaine tournée passera par Nancy.", "prochaine", "FUTURE_REF"),
        ("Les comptes de l'exercice précédent étaient meilleurs.", "précédent", "PAST_REF"),
        ("Le précédent directeur avait quitté le groupe.", "précédent", "PAST_REF"),
    ],
)
def test_next_and_previous_as_adjectives_are_vague_times(text: str, words: str, timex: str) -> None:
    (mention,) = find_times(text, lang="fr", reference_date=JULY_1)
    assert (mention.text, mention.value.timex) == (words, timex)


@pytest.mark.parametrize(
    "text",
    ["Une crise sans précédent frappe le secteur.", "Ce jugement pourrait créer un précédent."],
)
def test_precedent_as_a_noun_is_not_a_time(text: str) -> None:
    assert find_times(text, lang="fr", reference_date=JULY_1) == []


@pytest.mark.parametrize(
    "text",
    ["The now-bankrupt retailer closed its stores.", "A soon-to-be-built bridge will help."],
)
def test_an_adverb_of_time_inside_a_compound_modifier_is_not_a_time(text: str) -> None:
    assert find_times(text, lang="en", reference_date=JULY_1) == []


def test_the_adverb_alone_stays_a_time() -> None:
    (mention,) = find_times("The bridge is open now.", lang="en", reference_date=JULY_1)
    assert mention.value.timex == "PRESENT_REF"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The leaders met at 8:30 p.m. on Friday.", "en"),
        ("Le conseil s'est réuni à 20:30 vendredi.", "fr"),
    ],
)
def test_the_colon_of_a_clock_time_cuts_no_clause(text: str, lang: str) -> None:
    mentions = find_times(text, lang=lang, reference_date=JULY_2)
    assert mentions[-1].value.start is not None
    assert day_of(mentions[-1].value.start) == date(2025, 6, 27)
