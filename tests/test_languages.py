"""Language codes and the detector behind lang="auto"."""

from __future__ import annotations

import pytest

from timeline import UnsupportedLanguageError
from timeline.languages import canonical, detect, language_of, regions, resolve, supported


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
    with pytest.raises(UnsupportedLanguageError, match="must be a string"):
        canonical(44)  # type: ignore[arg-type]


def test_regions_come_from_the_data_files() -> None:
    assert {"AU", "CA", "GB", "IE", "IN", "NZ", "US"} <= set(regions("en"))
    assert {"BE", "CA", "CH", "FR"} <= set(regions("fr"))
    assert regions("en") == tuple(sorted(regions("en")))
    assert regions("de") == ()


@pytest.mark.parametrize(
    ("lang", "tag"),
    [
        ("en-GB", "en-GB"),
        ("en_gb", "en-GB"),
        (" EN-Au ", "en-AU"),
        ("fr_ca", "fr-CA"),
        ("FR-be", "fr-BE"),
        ("En", "en"),
    ],
)
def test_region_tags_in_any_case_and_with_underscores(lang: str, tag: str) -> None:
    assert canonical(lang) == tag
    assert resolve(lang, "Le groupe a annoncé le rachat.") == tag
    assert language_of(tag) == tag[:2]


def test_auto_never_gives_a_region() -> None:
    assert resolve("AUTO", "The firm said it was in talks with the bank.") == "en"


@pytest.mark.parametrize(
    "lang", ["en-XX", "en-", "fr_", "fr-AU", "xx-GB", "en-GB-x", "-GB", "auto-GB"]
)
def test_unknown_regions_are_rejected(lang: str) -> None:
    with pytest.raises(UnsupportedLanguageError, match="unsupported language"):
        resolve(lang)
