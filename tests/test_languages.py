"""Language codes and the detector behind lang="auto"."""

from __future__ import annotations

import pytest

from timeline import UnsupportedLanguageError
from timeline.languages import detect, resolve, supported


def test_supported_languages_come_from_the_data_files() -> None:
    assert supported() == ("en", "fr")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le groupe a annoncé le rachat de la start-up pour un milliard d'euros.", "fr"),
        ("Plus tôt cette année, l’entreprise a levé des fonds auprès de ses investisseurs.", "fr"),
        ("The company said it would buy its rival for three billion dollars.", "en"),
        ("Earlier this year the start-up raised money from its investors.", "en"),
    ],
)
def test_detect(text: str, lang: str) -> None:
    assert detect(text) == lang


@pytest.mark.parametrize("text", ["", "   ", "12345 !!!", "OpenAI Microsoft"])
def test_detect_without_evidence_gives_the_default(text: str) -> None:
    assert detect(text, default="fr") == "fr"


def test_resolve_accepts_codes_in_any_case() -> None:
    assert resolve(" FR ") == "fr"
    assert resolve("auto", "The deal was signed in March.") == "en"


@pytest.mark.parametrize("lang", ["de", "", "french", "xx"])
def test_resolve_rejects_unsupported_languages(lang: str) -> None:
    with pytest.raises(UnsupportedLanguageError, match="unsupported language"):
        resolve(lang)


def test_resolve_rejects_non_strings() -> None:
    with pytest.raises(UnsupportedLanguageError, match="must be a string"):
        resolve(None)  # type: ignore[arg-type]
