"""The per-language data files: valid ISO codes, the same currencies in every language."""

from __future__ import annotations

import pytest

from timeline.languages import supported
from timeline.model import Money
from timeline.resources import data_names, load_toml

DATA = "timeline.money.lang"


def test_every_supported_language_has_amount_data() -> None:
    assert set(supported()) <= set(data_names(DATA))


@pytest.mark.parametrize("code", data_names(DATA))
def test_currencies_are_iso_codes_with_symbols_and_words(code: str) -> None:
    currencies = load_toml(DATA, f"{code}.toml")["currency"]
    for iso, forms in currencies.items():
        assert Money(1, iso).currency == iso
        assert forms["symbols"] and forms["words"]


def test_languages_know_the_same_currencies() -> None:
    known = [set(load_toml(DATA, f"{code}.toml")["currency"]) for code in data_names(DATA)]
    assert all(codes == known[0] for codes in known)
