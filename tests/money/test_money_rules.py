"""Rules across forms: currency carried in a sentence, counts, ranges, spans, bad input."""

from __future__ import annotations

import pytest

from timeline.errors import TimelineError, UnsupportedLanguageError
from timeline.model import Qualifier
from timeline.money import find_amounts, parse_amount

from .helpers_money import found, money


def test_bare_amount_takes_the_currency_stated_before_it_in_the_sentence() -> None:
    text = (
        "La société a levé 13 milliards de dollars en 2024, puis 20 milliards en 2025. "
        "Elle espère 5 milliards l'an prochain."
    )
    assert [value.currency for _, value in found(text, "fr")] == ["USD", "USD", None]


def test_currency_is_carried_along_a_list_of_amounts() -> None:
    text = "Revenue was $4bn in 2023, 6 billion in 2024 and 9 billion in 2025."
    assert [value for _, value in found(text, "en")] == [
        money("4000000000", "USD"),
        money("6000000000", "USD"),
        money("9000000000", "USD"),
    ]


def test_currency_is_not_carried_across_a_line_break() -> None:
    text = "Budget : 3 milliards d'euros\nDette : 2 milliards"
    assert [value.currency for _, value in found(text, "fr")] == ["EUR", None]


def test_bare_amount_before_any_currency_stays_without_currency() -> None:
    text = "Elle a levé 2 milliards, contre 1 milliard d'euros un an plus tôt."
    assert [value.currency for _, value in found(text, "fr")] == [None, "EUR"]


def test_amounts_in_one_text_come_in_text_order_with_exact_offsets() -> None:
    text = "Le groupe paiera 1,5 milliard d'euros puis versera 300 M€ en 2026."
    mentions = find_amounts(text, lang="fr")
    assert [(m.start, m.end) for m in mentions] == [(17, 37), (51, 57)]
    assert [m.text for m in mentions] == ["1,5 milliard d'euros", "300 M€"]


def test_count_after_a_scale_word_is_not_money_but_a_money_noun_is() -> None:
    assert found("Le réseau compte 2 millions d'abonnés.", "fr") == []
    assert found("Le plan prévoit 300 milliards d'investissements.", "fr") == [
        ("300 milliards", money("300000000000"))
    ]
    assert found("The network has 2 million subscribers.", "en") == []
    assert found("The plan adds 300 billion of investment.", "en") == [
        ("300 billion", money("300000000000"))
    ]


def test_abbreviated_scale_needs_a_currency() -> None:
    assert found("Le mur mesure 3 M de long.", "fr") == []
    assert found("The tower is 300 m tall.", "en") == []
    assert found("The round raised $300m.", "en") == [("$300m", money("300000000", "USD"))]


def test_a_change_between_two_amounts_is_not_a_range() -> None:
    text = "Its valuation went from $30bn to $50bn."
    assert [span for span, _ in found(text, "en")] == ["$30bn", "$50bn"]
    text = "Sa valeur est passée de 30 milliards à 50 milliards d'euros."
    assert [span for span, _ in found(text, "fr")] == ["30 milliards", "50 milliards d'euros"]


def test_french_de_a_with_the_scale_at_the_high_end_is_a_range() -> None:
    assert parse_amount("de 285 à 291 millions d'euros", lang="fr") == money(
        "285000000", "EUR", upper="291000000"
    )
    assert found("Une levée de 30 millions d'euros.", "fr") == [
        ("30 millions d'euros", money("30000000", "EUR"))
    ]
    assert found("Un délai de 3 à 5 ans.", "fr") == []


def test_word_joiner_between_two_priced_amounts_is_not_a_range() -> None:
    assert [span for span, _ in found("The price was cut by $200 to $399.", "en")] == [
        "$200",
        "$399",
    ]
    assert found("It costs $200 to 300 million.", "en") == [
        ("$200 to 300 million", money("200000000", "USD", upper="300000000"))
    ]


def test_a_falling_pair_is_two_amounts_not_a_range() -> None:
    text = "Le budget est passé de 50 milliards à 30 milliards d'euros."
    assert [value.upper for _, value in found(text, "fr")] == [None, None]


def test_range_ends_in_different_currencies_are_two_amounts() -> None:
    assert [span for span, _ in found("It costs $30bn-€50bn.", "en")] == ["$30bn", "€50bn"]


def test_number_glued_to_letters_is_not_an_amount() -> None:
    assert found("L'A320 a coûté cher, comme le modèle B2 de 2 M.", "fr") == []


def test_qualifier_after_the_amount() -> None:
    assert found("Il faudra 100 millions d'euros au moins.", "fr") == [
        ("100 millions d'euros au moins", money("100000000", "EUR", Qualifier.AT_LEAST))
    ]


def test_other_mark_reads_as_decimals_unless_three_digits_follow() -> None:
    assert parse_amount("1.5 milliard", lang="fr") == money("1500000000")
    assert parse_amount("1.500 milliards", lang="fr") == money("1500000000000")
    assert parse_amount("1,5 billion", lang="en") == money("1500000000")
    assert parse_amount("1,500 billion", lang="en") == money("1500000000000")


def test_french_billion_is_a_million_millions() -> None:
    assert parse_amount("2 billions d'euros", lang="fr") == money("2000000000000", "EUR")
    assert parse_amount("2 billion euros", lang="en") == money("2000000000", "EUR")


def test_parse_amount_refuses_text_that_is_more_than_an_amount() -> None:
    assert parse_amount("40", lang="fr") is None
    assert parse_amount("13 milliards de dollars en 2024", lang="fr") is None
    assert parse_amount("", lang="en") is None
    assert parse_amount("  $3bn ", lang="en") == money("3000000000", "USD")


def test_language_auto_and_unknown() -> None:
    assert found("Le groupe a levé 2 milliards de dollars.", "auto") == [
        ("2 milliards de dollars", money("2000000000", "USD"))
    ]
    with pytest.raises(UnsupportedLanguageError):
        find_amounts("2 milliards", lang="xx")


def test_non_text_input_is_a_library_error() -> None:
    with pytest.raises(TimelineError):
        find_amounts(42, lang="fr")  # type: ignore[arg-type]


def test_overlong_digit_runs_are_not_amounts() -> None:
    assert found("$" + "9" * 40 + " billion", "en") == []


def test_amounts_far_apart_in_a_long_text_are_all_found() -> None:
    filler = "Le conseil s'est réuni sans rien décider de plus. " * 200
    text = "Il a levé 2 milliards d'euros. " + filler + "Puis 3 milliards de dollars."
    assert [value.currency for _, value in found(text, "fr")] == ["EUR", "USD"]


def test_a_run_of_symbols_before_an_amount_does_not_hide_it() -> None:
    assert found("$" * 5000 + " It paid $3bn.", "en") == [("$3bn", money("3000000000", "USD"))]


def test_a_range_in_words_far_from_its_scale_word() -> None:
    words = "quatre-vingt-dix-neuf mille neuf cent quatre-vingt-dix-neuf"
    text = f"Entre {words} et cent mille milliards d'euros."
    assert found(text, "fr") == [
        (text[:-1], money("99999000000000", "EUR", upper="100000000000000"))
    ]
