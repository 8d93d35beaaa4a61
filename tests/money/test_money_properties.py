"""Properties: any rendered amount reads back exactly; no str makes the finder fail."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.model import Money, Qualifier
from timeline.money import find_amounts, parse_amount

# Numbers in words, with their values (our own short tables, not a full speller).
WORDS = {
    "fr": {
        "un": 1, "deux": 2, "trois": 3, "sept": 7, "onze": 11, "vingt et un": 21,
        "trente-cinq": 35, "quatre-vingt-dix-neuf": 99, "cent": 100,
        "deux cent cinquante": 250, "neuf cent douze": 912,
    },
    "en": {
        "one": 1, "two": 2, "three": 3, "seven": 7, "eleven": 11, "twenty-one": 21,
        "thirty-five": 35, "ninety-nine": 99, "one hundred": 100,
        "two hundred and fifty": 250, "nine hundred twelve": 912,
    },
}  # fmt: skip
SCALES = {
    "fr": [("millions", 6), ("milliards", 9), ("billions", 12)],
    "en": [("million", 6), ("billion", 9), ("trillion", 12)],
}
ABBREVIATIONS = {"fr": [("M", 6), ("Md", 9), ("Mds", 9)], "en": [("m", 6), ("bn", 9), ("M", 6)]}
# (currency words after the number, symbol, ISO code)
CURRENCIES = {
    "fr": [("dollars", "$", "USD"), ("euros", "€", "EUR"), ("livres sterling", "£", "GBP"),
           ("yens", "¥", "JPY"), ("francs suisses", "CHF", "CHF")],
    "en": [("dollars", "$", "USD"), ("euros", "€", "EUR"), ("pounds", "£", "GBP"),
           ("yen", "¥", "JPY"), ("Swiss francs", "CHF", "CHF")],
}  # fmt: skip
QUALIFIERS = {
    "fr": [("", Qualifier.EXACT), ("plus de ", Qualifier.MORE_THAN),
           ("moins de ", Qualifier.LESS_THAN), ("au moins ", Qualifier.AT_LEAST),
           ("jusqu'à ", Qualifier.UP_TO), ("environ ", Qualifier.ABOUT)],
    "en": [("", Qualifier.EXACT), ("more than ", Qualifier.MORE_THAN),
           ("less than ", Qualifier.LESS_THAN), ("at least ", Qualifier.AT_LEAST),
           ("up to ", Qualifier.UP_TO), ("about ", Qualifier.ABOUT)],
}  # fmt: skip
THOUSANDS = {"fr": [" ", "\u00a0", "\u202f", ""], "en": [",", ""]}
DECIMAL = {"fr": ",", "en": "."}


def figures(value: Decimal, lang: str, sep: str) -> str:
    """``value`` written in figures the way ``lang`` writes them."""
    whole, _, fraction = f"{value:f}".partition(".")
    groups = []
    while len(whole) > 3:
        whole, tail = whole[:-3], whole[-3:]
        groups.insert(0, tail)
    text = sep.join([whole, *groups])
    return f"{text}{DECIMAL[lang]}{fraction}" if fraction else text


@st.composite
def rendered(draw: st.DrawFn) -> tuple[str, str, Money]:
    """(language, text, expected Money) for a random amount in a random written form."""
    lang = draw(st.sampled_from(["fr", "en"]))
    qualifier_text, qualifier = draw(st.sampled_from(QUALIFIERS[lang]))
    word, symbol, iso = draw(st.sampled_from(CURRENCIES[lang]))
    form = draw(st.sampled_from(["words", "scale", "abbreviation", "plain"]))
    if form == "words":
        number_text, number = draw(st.sampled_from(sorted(WORDS[lang].items())))
        value = Decimal(number)
    else:
        cents = draw(st.integers(min_value=1, max_value=10**9))
        places = draw(st.sampled_from([0, 1, 2]))
        value = Decimal(cents).scaleb(-places)
        sep = draw(st.sampled_from(THOUSANDS[lang]))
        number_text = figures(value, lang, sep)
    if form in ("words", "scale"):
        scale_text, exponent = draw(st.sampled_from(SCALES[lang]))
        body = f"{number_text} {scale_text}"
    elif form == "abbreviation":
        scale_text, exponent = draw(st.sampled_from(ABBREVIATIONS[lang]))
        body = f"{number_text}{draw(st.sampled_from(['', ' ']))}{scale_text}"
    else:
        exponent = 0
        body = number_text
    if form in ("words", "scale") and draw(st.booleans()):
        link = "" if lang == "en" else ("d'" if word[0] in "aeiouy" else "de ")
        text = f"{body} {link}{word}"
    elif lang == "en" or symbol.isalpha():
        text = f"{symbol}{body}" if not symbol.isalpha() else f"{symbol} {body}"
    else:
        text = f"{body} {symbol}"
    expected = Money(value * Decimal(10) ** exponent, iso, qualifier)
    return lang, qualifier_text + text, expected


@settings(max_examples=300, deadline=None)
@given(rendered())
def test_rendered_amount_reads_back(case: tuple[str, str, Money]) -> None:
    lang, text, expected = case
    assert parse_amount(text, lang=lang) == expected
    mentions = find_amounts(f"Selon le texte, {text}.", lang=lang)
    assert [m.value for m in mentions] == [expected]
    assert [m.text for m in mentions] == [text]


@settings(max_examples=200, deadline=None)
@given(st.text(), st.sampled_from(["fr", "en", "auto"]))
def test_any_text_gives_ordered_disjoint_mentions(text: str, lang: str) -> None:
    mentions = find_amounts(text, lang=lang)
    previous_end = 0
    for mention in mentions:
        assert previous_end <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text
        previous_end = mention.end
    parse_amount(text, lang=lang)


NOISE = [
    *"0123456789 ,.-–$€£¥%'’\n",
    *["de", "d'", "et", "entre", "milliards", "M", "bn", "dollars", "euros", "plus", "than"],
    *["more", "billion", "trois", "a", "à", "to", "US", "between", "and", "or", "environ"],
]
ALPHABET = st.sampled_from(NOISE)


@settings(max_examples=300, deadline=None)
@given(st.lists(ALPHABET, max_size=40).map(" ".join), st.sampled_from(["fr", "en"]))
def test_amount_like_noise_never_fails(text: str, lang: str) -> None:
    for mention in find_amounts(text, lang=lang):
        assert text[mention.start : mention.end] == mention.text
        assert mention.value.value >= 0
    assert find_amounts(text, lang=lang) == find_amounts(text, lang=lang)
