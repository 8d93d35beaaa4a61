"""Words that look like times and are not: names, amounts, versions, phone numbers."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import find_times

from .helpers import R


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Sam Altman a rencontré les dirigeants.", "fr"),
        ("Sam Altman met the board.", "en"),
        ("Le groupe Mars a racheté la marque.", "fr"),
        ("Un projet de 500 milliards de dollars.", "fr"),
        ("Un investissement de 13 milliards.", "fr"),
        ("Une valorisation de plus de 300 milliards.", "fr"),
        ("Une levée de 100M.", "fr"),
        ("It raised 2000 dollars from 1500 backers.", "en"),
        ("La version 2.1.3 corrige le bogue.", "fr"),
        ("Appelez le 01 45 22 13 10.", "fr"),
        ("Call 555-2019 today", "en"),
        ("La société a publié ses comptes.", "fr"),
        ("La propriété intellectuelle reste floue.", "fr"),
        ("You may sign now or later.", "en"),
        ("Il a 52 ans.", "fr"),
        ("Le patron, 52 ans, a démissionné.", "fr"),
        ("The 45-year-old founder resigned.", "en"),
        ("Elle est agée de 30 ans.", "fr"),
        ("Elles ont été vendues.", "fr"),
    ],
)
def test_not_a_time(text: str, lang: str) -> None:
    found = [
        m.text
        for m in find_times(text, lang=lang, reference_date=R)
        if m.text not in {"today", "now", "later"}
    ]
    assert found == []


def test_a_bare_number_is_not_a_year_without_evidence() -> None:
    assert find_times("Le groupe emploie 2019 personnes.", lang="fr", reference_date=R) == []
    assert find_times("They sold 2024 units.", lang="en", reference_date=R) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Il est arrivé en 2019.", "fr"),
        ("Les résultats de 2019, publiés hier", "fr"),
        ("He joined in 2019.", "en"),
        ("the 2019 merger", "en"),
        ("It was founded at WWDC 2019.", "en"),
    ],
)
def test_a_bare_number_is_a_year_with_evidence(text: str, lang: str) -> None:
    years = [m for m in find_times(text, lang=lang, reference_date=R) if m.text == "2019"]
    assert [m.value.timex for m in years] == ["2019"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The bank lent 5 million to the utility.", []),
        ("The fund lent 3000 farmers seed money.", []),
        ("Sales fell during lent 2023, the grocer said.", ["lent 2023"]),
        ("The fund lent 2 billion in March.", ["March"]),
    ],
)
def test_a_lower_case_holiday_name_before_an_amount_is_a_verb(text: str, found: list[str]) -> None:
    assert [m.text for m in find_times(text, lang="en", reference_date=R)] == found


def test_a_span_never_ends_with_a_comma() -> None:
    mentions = find_times("During Lent, the chain sold less fish.", lang="en", reference_date=R)
    assert [m.text for m in mentions] == ["Lent"]


@pytest.mark.parametrize(
    "text",
    [
        "Mars a cédé sa filiale au printemps dernier.",
        "Mars n'a pas souhaité commenter.",
        "Mars s'est emparé du confiseur.",
        "Juillet vend des vélos. Mars sera racheté.",
        "Mars prévoit de fermer deux usines.",
        "Avril Durand prend la tête du groupe.",
        "Mars Wrigley, le confiseur, grandit.",
    ],
)
def test_a_month_opening_a_sentence_before_a_verb_or_a_name_is_a_name(text: str) -> None:
    found = find_times(text, lang="fr", reference_date=R)
    assert [m.text for m in found if m.text.split()[0] in {"Mars", "Juillet", "Avril"}] == []


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("Mars 2024 a été difficile.", "2024-03"),
        ("Le chiffre de mars a reculé.", "-03"),
        ("En mars, Mars a cédé sa filiale.", "-03"),
        ("Juin : la réunion annuelle.", "-06"),
    ],
)
def test_a_month_opening_a_sentence_stays_a_month_otherwise(text: str, month: str) -> None:
    found = [
        m
        for m in find_times(text, lang="fr", reference_date=R)
        if not m.value.timex.startswith("P")
    ]
    assert len(found) == 1
    assert found[0].value.timex.endswith(month)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("In June three thousand workers went on strike.", []),
        ("In August twenty four hundred homes lost power.", []),
        ("In October 4 million viewers watched.", ["October"]),
        ("In April nine billion dollars left the fund.", ["April"]),
        ("By March 12 percent of the staff had left.", ["By March"]),
        ("In June, three thousand workers went on strike.", ["June"]),
        ("They met on June three.", ["June three"]),
    ],
)
def test_a_spelled_or_written_number_after_a_month_that_goes_on_as_an_amount_is_a_count(
    text: str, found: list[str]
) -> None:
    assert [m.text for m in find_times(text, lang="en", reference_date=R)] == found


# ---- Properties: text that is no time, put in sentences of our own, gives no time where it
# stands (the times of the sentence around it may still be found).

_TEMPLATES = {
    "fr": [
        "La société a publié {X} hier.",
        "Selon le rapport, {X} ont été relevés.",
        "Le groupe a cité {X} dans son rapport annuel.",
        "Il a évoqué {X} devant les analystes.",
        "Les ventes ont atteint {X} cette année.",
        "Le contrat porte sur {X}.",
        "Contact : {X}.",
        "En 2024, {X} a progressé.",
        "Il a mentionné {X} lundi.",
        "Le conseil, avec {X}, a voté.",
    ],
    "en": [
        "The company published {X} yesterday.",
        "According to the report, {X} were recorded.",
        "The group cited {X} in its annual report.",
        "He mentioned {X} to analysts.",
        "Sales reached {X} this year.",
        "The contract covers {X}.",
        "Contact: {X}.",
        "In 2024, {X} rose.",
        "He mentioned {X} on Monday.",
        "The board, with {X}, voted.",
    ],
}
_FIRST = ["Paul", "Claire", "Hugo", "Léa", "Omar", "Nina"]
_LAST = ["Durand", "Leroy", "Faure", "Rossi", "Okafor", "Lambert"]
_NAMES = {
    # a time word as a first name or a surname, or a company
    "fr": st.one_of(
        st.tuples(st.sampled_from(["Noël", "Pâques"]), st.sampled_from(_LAST)).map(" ".join),
        st.tuples(st.sampled_from(_FIRST), st.sampled_from(["Noël", "Pâques"])).map(" ".join),
        st.sampled_from(["Sam Altman", "la société Mars", "le groupe Mars", "le Père Noël"]),
    ),
    "en": st.one_of(
        st.tuples(st.sampled_from(["Sam", "Jan", "Sat"]), st.sampled_from(_LAST)).map(" ".join),
        st.sampled_from(["the company Mars", "Mars Inc", "Theresa May", "Brian May"]),
    ),
}
_N = st.integers(min_value=1, max_value=999)
_D2 = st.integers(min_value=0, max_value=99).map(lambda n: f"{n:02d}")
_AMOUNTS = {
    "fr": st.one_of(
        _N.map(lambda n: f"{n} milliards de dollars"),
        _N.map(lambda n: f"{n}M"),
        _N.map(lambda n: f"plus de {n}"),
        _N.map(lambda n: f"{n} %"),
        st.tuples(_N, _D2).map(lambda t: f"{t[0]},{t[1]} millions d'euros"),
        st.tuples(_N, _N).map(lambda t: f"{t[0]} {t[1]:03d} emplois"),
    ),
    "en": st.one_of(
        _N.map(lambda n: f"${n} billion"),
        _N.map(lambda n: f"{n}M"),
        _N.map(lambda n: f"more than {n}"),
        _N.map(lambda n: f"{n}%"),
        st.tuples(_N, _D2).map(lambda t: f"{t[0]}.{t[1]} million euros"),
        st.tuples(_N, _N).map(lambda t: f"{t[0]},{t[1]:03d} jobs"),
    ),
}
_PART = st.integers(min_value=0, max_value=31)
_VERSIONS = st.one_of(
    st.tuples(_PART, _PART, _D2).map(lambda t: f"version {t[0]}.{t[1]}.{t[2]}"),
    st.tuples(_PART, _PART, _D2).map(lambda t: f"v{t[0]}.{t[1]}.{t[2]}"),
    st.tuples(st.sampled_from(["Firefox", "Android", "Windows", "Ubuntu"]), _PART, _PART, _D2).map(
        lambda t: f"{t[0]} {t[1]}.{t[2]}.{t[3]}"
    ),
    st.tuples(_PART, _PART).map(lambda t: f"iOS {t[0]}.{t[1]}"),
)
_PHONES = st.one_of(
    st.lists(_D2, min_size=4, max_size=4).map(lambda p: "+33 1 " + " ".join(p)),
    st.lists(_D2, min_size=4, max_size=4).map(lambda p: "01 " + " ".join(p)),
    st.lists(_D2, min_size=4, max_size=4).map(lambda p: "06." + ".".join(p)),
    st.tuples(_N, _N, st.integers(0, 9999)).map(lambda t: f"({t[0]:03d}) {t[1]:03d}-{t[2]:04d}"),
)
_INVALID_DATES = {
    "fr": st.one_of(
        st.tuples(st.integers(30, 31), st.integers(1990, 2040)).map(
            lambda t: f"{t[0]} février {t[1]}"
        ),
        st.integers(32, 99).map(lambda d: f"le {d} mars"),
        st.tuples(st.sampled_from(["avril", "juin", "septembre", "novembre"]), _N).map(
            lambda t: f"31 {t[0]} {2000 + t[1] % 50}"
        ),
    ),
    "en": st.one_of(
        st.integers(30, 31).map(lambda d: f"February {d}"),
        st.tuples(st.integers(30, 31), st.integers(1990, 2040)).map(
            lambda t: f"February {t[0]}, {t[1]}"
        ),
        st.sampled_from(["April", "June", "September", "November"]).map(lambda m: f"{m} 31"),
    ),
}


def _times_over(lang: str, template: str, injected: str) -> list[str]:
    """The times found in ``template`` filled with ``injected`` that overlap it."""
    text = template.replace("{X}", injected)
    start = template.index("{X}")
    end = start + len(injected)
    found = find_times(text, lang=lang, reference_date=R)
    return [m.text for m in found if m.start < end and m.end > start]


def _no_time_in(lang: str, strategy: st.SearchStrategy[str]) -> st.SearchStrategy[tuple[str, str]]:
    return st.tuples(st.sampled_from(_TEMPLATES[lang]), strategy)


@pytest.mark.parametrize("lang", ["fr", "en"])
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_no_time_is_found_in_a_name(lang: str, data: st.DataObject) -> None:
    template, name = data.draw(_no_time_in(lang, _NAMES[lang]))
    assert _times_over(lang, template, name) == []


@pytest.mark.parametrize("lang", ["fr", "en"])
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_no_time_is_found_in_an_amount(lang: str, data: st.DataObject) -> None:
    template, amount = data.draw(_no_time_in(lang, _AMOUNTS[lang]))
    assert _times_over(lang, template, amount) == []


@pytest.mark.parametrize("lang", ["fr", "en"])
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_no_time_is_found_in_a_version_or_a_phone_number(lang: str, data: st.DataObject) -> None:
    template, number = data.draw(_no_time_in(lang, st.one_of(_VERSIONS, _PHONES)))
    assert _times_over(lang, template, number) == []


@pytest.mark.parametrize("lang", ["fr", "en"])
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_no_time_is_found_in_an_impossible_date(lang: str, data: st.DataObject) -> None:
    template, words = data.draw(_no_time_in(lang, _INVALID_DATES[lang]))
    assert _times_over(lang, template, words) == []


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("Les ventes de Noël 2023 ont déçu.", "fr", ["Noël 2023"]),
        ("À Noël, les magasins ferment tôt.", "fr", ["Noël"]),
        ("Le Père Noël a livré les cadeaux.", "fr", []),
        ("Selon Gaëlle Noël, le marché recule.", "fr", []),
        ("La réunion du 07.11.2024 est annulée.", "fr", ["07.11.2024"]),
        ("Appelez le 04.72.10.11.12 pour réserver.", "fr", []),
        ("Il a installé Ubuntu 22.10.24 sur le serveur.", "fr", []),
        ("According to March data, prices fell.", "en", ["March"]),
        ("According to August Lambert, prices fell.", "en", []),
        ("Brian May played in London.", "en", []),
        ("The summit is set for Thursday May 8.", "en", ["Thursday May 8"]),
        ("Sun Microsystems was sold in 2010.", "en", ["2010"]),
        ("An editorial in the Sunday Herald blamed the bank.", "en", []),
        ("The Tuesday deadline was missed.", "en", ["Tuesday"]),
        ("The store opened Sun Mar 9 2025.", "en", ["Sun Mar 9 2025"]),
    ],
)
def test_names_numbers_and_the_times_next_to_them(text: str, lang: str, found: list[str]) -> None:
    assert [m.text for m in find_times(text, lang=lang, reference_date=R)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Divers reached Easter Island in 1722.", ["1722"]),
        ("The Good Friday Agreement turned 25.", []),
        ("The Jewish Passover begins at dusk.", ["Passover"]),
        ("Shops close early on Christmas Eve.", ["Christmas Eve"]),
    ],
)
def test_a_holiday_before_a_capitalised_word_names_something_else(
    text: str, found: list[str]
) -> None:
    assert [m.text for m in find_times(text, lang="en", reference_date=R)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The plan may first need a vote.", []),
        ("Rates may 4 times rise this year.", ["this year"]),
        ("Costs may 3 years later fall.", []),
        ("They march second in the parade.", []),
        ("the vote on march second", ["march second"]),
        ("may third 2026", ["may third 2026"]),
    ],
)
def test_a_lower_case_month_word_before_an_adverb_or_a_count_is_no_date(
    text: str, found: list[str]
) -> None:
    mentions = find_times(text, lang="en", reference_date=R)
    assert [m.text for m in mentions if m.text != "later"] == found


_DATED = {
    "fr": "Le 12 mars 2024, la société a cité {X} dans son rapport.",
    "en": "On March 12, 2024, the company cited {X} in its report.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_the_guards_leave_the_sentence_s_own_date(lang: str, data: st.DataObject) -> None:
    injected = data.draw(
        st.one_of(_NAMES[lang], _AMOUNTS[lang], _VERSIONS, _PHONES, _INVALID_DATES[lang])
    )
    text = _DATED[lang].replace("{X}", injected)
    found = find_times(text, lang=lang, reference_date=R)
    assert "2024-03-12" in [m.value.timex for m in found]


@pytest.mark.parametrize(
    "text",
    ["Paul Dimanche a racheté la société.", "Selon Marie Vendredi, la vente est close."],
)
def test_a_french_capitalised_weekday_after_a_first_name_is_a_surname(text: str) -> None:
    assert find_times(text, lang="fr", reference_date=date(2025, 11, 15)) == []


def test_a_french_weekday_with_its_date_after_a_name_stays_a_date() -> None:
    [mention] = find_times("Air France Samedi 3 mai", lang="fr", reference_date=date(2025, 11, 15))
    assert mention.value.start == date(2025, 5, 3)
