"""French amounts: one sentence of our own per form."""

from __future__ import annotations

import pytest

from timeline.model import Money, Qualifier
from timeline.money import parse_amount

from .helpers_money import found, money

CASES: list[tuple[str, str, Money]] = [
    (
        "Le fonds prévoit d'investir 500 milliards de dollars dans des centres de données.",
        "500 milliards de dollars",
        money("500000000000", "USD"),
    ),
    ("La start-up a levé 13 milliards l'an dernier.", "13 milliards", money("13000000000")),
    (
        "Le rachat est évalué à 1,2 milliard d'euros.",
        "1,2 milliard d'euros",
        money("1200000000", "EUR"),
    ),
    ("Un plan de 2,5 Md€ est sur la table.", "2,5 Md€", money("2500000000", "EUR")),
    (
        "Elle a réuni 100 millions de dollars auprès de ses actionnaires.",
        "100 millions de dollars",
        money("100000000", "USD"),
    ),
    ("Le groupe a promis trois milliards.", "trois milliards", money("3000000000")),
    (
        "Le contrat pèse deux cent cinquante millions d'euros.",
        "deux cent cinquante millions d'euros",
        money("250000000", "EUR"),
    ),
    (
        "Il vise plus de 300 milliards de dollars de revenus.",
        "plus de 300 milliards de dollars",
        money("300000000000", "USD", Qualifier.MORE_THAN),
    ),
    (
        "L'enveloppe pourrait atteindre jusqu'à 100 milliards.",
        "jusqu'à 100 milliards",
        money("100000000000", None, Qualifier.UP_TO),
    ),
    (
        "La société est valorisée environ 80 milliards d'euros.",
        "environ 80 milliards d'euros",
        money("80000000000", "EUR", Qualifier.ABOUT),
    ),
    (
        "Le tour de table atteindrait près de 6 milliards de dollars.",
        "près de 6 milliards de dollars",
        money("6000000000", "USD", Qualifier.ABOUT),
    ),
    (
        "L'amende s'élève à au moins 200 millions d'euros.",
        "au moins 200 millions d'euros",
        money("200000000", "EUR", Qualifier.AT_LEAST),
    ),
    (
        "Le chantier coûtera moins de 40 millions de francs suisses.",
        "moins de 40 millions de francs suisses",
        money("40000000", "CHF", Qualifier.LESS_THAN),
    ),
    (
        "Les analystes parlent d'entre 30 et 50 milliards de dollars.",
        "entre 30 et 50 milliards de dollars",
        money("30000000000", "USD", upper="50000000000"),
    ),
    (
        "Le coût est estimé de 2 à 3 milliards d'euros.",
        "de 2 à 3 milliards d'euros",
        money("2000000000", "EUR", upper="3000000000"),
    ),
    (
        "Il faudra 2 à 3 milliards d'euros pour finir l'usine.",
        "2 à 3 milliards d'euros",
        money("2000000000", "EUR", upper="3000000000"),
    ),
    (
        "La facture irait de 863 à 958 millions de yens.",
        "de 863 à 958 millions de yens",
        money("863000000", "JPY", upper="958000000"),
    ),
    ("Le prix payé : 1 000 000 € comptant.", "1 000 000 €", money("1000000", "EUR")),
    (
        "Le prix payé : 2\u202f500\u202f000 € comptant.",
        "2\u202f500\u202f000 €",
        money("2500000", "EUR"),
    ),
    ("La facture atteint 12\u00a0345,67 €.", "12\u00a0345,67 €", money("12345.67", "EUR")),
    ("Une levée de 150 M€ a été bouclée.", "150 M€", money("150000000", "EUR")),
    (
        "La banque a prêté 20 milliards de livres sterling.",
        "20 milliards de livres sterling",
        money("20000000000", "GBP"),
    ),
    (
        "Le groupe japonais a déboursé 4 000 milliards de yens.",
        "4 000 milliards de yens",
        money("4000000000000", "JPY"),
    ),
    (
        "Un financement d'un milliard et demi d'euros.",
        "un milliard et demi d'euros",
        money("1500000000", "EUR"),
    ),
    ("Il a versé 10 $US par action.", "10 $US", money("10", "USD")),
    ("Le fonds apporte € 2,5 milliards.", "€ 2,5 milliards", money("2500000000", "EUR")),
    (
        "La banque centrale a injecté 800 milliards de yuans.",
        "800 milliards de yuans",
        money("800000000000", "CNY"),
    ),
    (
        "Le budget est de 75 millions de dollars canadiens.",
        "75 millions de dollars canadiens",
        money("75000000", "CAD"),
    ),
]


@pytest.mark.parametrize(("sentence", "span", "value"), CASES)
def test_french_form(sentence: str, span: str, value: Money) -> None:
    assert found(sentence, "fr") == [(span, value)]


@pytest.mark.parametrize(("sentence", "span", "value"), CASES)
def test_french_expression_alone(sentence: str, span: str, value: Money) -> None:
    assert parse_amount(span, lang="fr") == value


@pytest.mark.parametrize(
    "sentence",
    [
        "Le siège a ouvert en 2025.",
        "Le taux est passé à 4,5 % en mars.",
        "L'usine compte 300 employés.",
        "La plateforme revendique 3 millions d'abonnés.",
        "Elle compte 40 magasins.",
        "La version 3.2.1 corrige le défaut.",
        "Appelez le 01 23 45 67 89 avant midi.",
        "Le 14 juillet 2024, la ville a défilé.",
        "Un écran de 1,5 M de pixels.",
        "Des millions de clients attendent.",
        "Le 1er trimestre a été calme.",
        "Les 12 000 salariés sont en grève.",
    ],
)
def test_french_non_amounts(sentence: str) -> None:
    assert found(sentence, "fr") == []
