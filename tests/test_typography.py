"""Typographic variants become plain characters without moving any offset."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timeline.typography import PLAIN, fold, normalise


def test_french_typography_becomes_plain() -> None:
    assert (
        normalise("l’accord « signé » le 3\u00a0mars – enfin")
        == 'l\'accord " signé " le 3 mars - enfin'
    )


def test_every_variant_maps_to_one_character() -> None:
    assert all(len(variant) == len(plain) == 1 for variant, plain in PLAIN.items())


@given(st.text(alphabet=st.sampled_from([*PLAIN, "a", "é", " ", "'", "\n"])))
def test_length_and_plain_characters_are_kept(text: str) -> None:
    plain = normalise(text)
    assert len(plain) == len(text)
    for before, after in zip(text, plain, strict=True):
        assert after == PLAIN.get(before, before)


def test_fold_removes_case_and_accents() -> None:
    assert fold("Février") == "fevrier"
    assert fold("RACHÈTE") == "rachete"
