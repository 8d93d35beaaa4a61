"""Regional variants of a language: date order, holidays and words of a region's overlay."""

from __future__ import annotations

import sys
from datetime import date, datetime, timedelta
from typing import Any

import pytest

from timeline import UnsupportedLanguageError, find_times, parse_time
from timeline.languages import regions
from timeline.resources import load_toml
from timeline.temporal.holidays import holiday_interval
from timeline.temporal.lexicon import lexicon, overlay, turn_date_order

from .helpers import R, interval

# The module itself: ``timeline.temporal`` re-exports the function under the same name.
lexicon_module = sys.modules["timeline.temporal.lexicon"]

DAY_FIRST = ("en-AU", "en-BZ", "en-GB", "en-IE", "en-IN", "en-JM", "en-NZ", "en-TT", "en-ZA")
MONTH_FIRST = ("en", "en-US", "en-CA", "en-PH")


def _days(text: str, lang: str) -> list[tuple[str, object]]:
    return [(m.text, m.value.start) for m in find_times(text, lang=lang, reference_date=R)]


@pytest.mark.parametrize("lang", DAY_FIRST)
def test_day_first_regions_read_the_day_before_the_month(lang: str) -> None:
    text = "The shareholders approved the plan on 7/9/2023 in London."
    assert _days(text, lang) == [("7/9/2023", date(2023, 9, 7))]


@pytest.mark.parametrize("lang", MONTH_FIRST)
def test_month_first_regions_read_the_month_before_the_day(lang: str) -> None:
    text = "The shareholders approved the plan on 7/9/2023 in London."
    assert _days(text, lang) == [("7/9/2023", date(2023, 7, 9))]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("The filing is dated 18/2/19 in the register.", date(2019, 2, 18)),
        ("Payment was made on 12.1.2022 by transfer.", date(2022, 1, 12)),
        ("Trading will resume on 23/8 after the halt.", date(2025, 8, 23)),
        ("The review ends on 04/11.", date(2025, 11, 4)),
    ],
)
def test_every_numeric_form_of_the_base_turns_round(text: str, start: date) -> None:
    assert [day for _, day in _days(text, "en-GB")] == [start]


def test_iso_dates_read_the_same_everywhere() -> None:
    for lang in ("en", "en-GB", "en-AU"):
        assert interval("2022-10-04", lang) == (date(2022, 10, 4), date(2022, 10, 5))


@pytest.mark.parametrize(
    ("lang", "text"), [("en", "28/11/2021"), ("en-US", "28/11/2021"), ("en-ZA", "11/28/2021")]
)
def test_a_date_only_one_order_can_read_is_read_that_way(lang: str, text: str) -> None:
    assert _days(f"The vote was held on {text}.", lang) == [(text, date(2021, 11, 28))]


@pytest.mark.parametrize("lang", [code for code in DAY_FIRST if code != "en-ZA"])
@pytest.mark.parametrize(
    "text", ["11/28/2021", "11-28-2021", "11.28.2021", "11 28 2021", "11/28/21", "11/28"]
)
def test_a_day_first_region_never_reads_a_date_month_first(lang: str, text: str) -> None:
    assert find_times(f"The vote was held on {text}.", lang=lang, reference_date=R) == []


@pytest.mark.parametrize("lang", [code for code in DAY_FIRST if code != "en-ZA"])
def test_a_day_first_region_reads_no_weekday_date_month_first(lang: str) -> None:
    found = find_times("It reopens Thursday 11/27 at noon.", lang=lang, reference_date=R)
    assert [m.value.start for m in found if "11" in m.text] == []


@pytest.mark.parametrize("lang", ["en-GB", "en-US"])
def test_a_date_no_order_can_read_is_no_date(lang: str) -> None:
    assert find_times("The vote was held on 28/13/2021.", lang=lang, reference_date=R) == []


def test_region_tags_in_any_spelling_read_alike() -> None:
    text = "Orders fell on 3/10/2024."
    expected = _days(text, "en-GB")
    assert expected == [("3/10/2024", date(2024, 10, 3))]
    for lang in ("en_GB", "EN-gb", " en_gb "):
        assert _days(text, lang) == expected


def test_auto_reads_the_base_language() -> None:
    text = "The company said the deal closed on 3/10/2024 with its rival."
    found = find_times(text, lang="auto", reference_date=R)
    assert [m.value.start for m in found] == [date(2024, 3, 10)]


@pytest.mark.parametrize("lang", ["fr-CA", "fr-BE", "fr-CH"])
def test_french_regions_read_as_french(lang: str) -> None:
    text = "Le conseil a validé le budget le 9/6/2022 à Montréal."
    assert _days(text, lang) == _days(text, "fr") == [("9/6/2022", date(2022, 6, 9))]


@pytest.mark.parametrize("lang", ["en-XX", "en-", "en_", "fr-GB", "de-DE", "en-GB-x", "en-gb-"])
def test_unknown_regions_are_errors(lang: str) -> None:
    with pytest.raises(UnsupportedLanguageError, match="unsupported language"):
        find_times("on 3/4/2021", lang=lang)


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("Thanksgiving 2019", "en-CA", date(2019, 10, 14), date(2019, 10, 15)),
        ("Thanksgiving 2019", "en-US", date(2019, 11, 28), date(2019, 11, 29)),
        ("Victoria Day 2024", "en-CA", date(2024, 5, 20), date(2024, 5, 21)),
        ("Victoria Day 2026", "en-CA", date(2026, 5, 18), date(2026, 5, 19)),
        ("Mothering Sunday 2024", "en-GB", date(2024, 3, 10), date(2024, 3, 11)),
        ("Mother's Day 2024", "en-GB", date(2024, 3, 10), date(2024, 3, 11)),
        ("Mother's Day 2024", "en", date(2024, 5, 12), date(2024, 5, 13)),
        ("the August bank holiday in 2021", "en-GB", date(2021, 8, 30), date(2021, 8, 31)),
        ("the August bank holiday in 2021", "en-IE", date(2021, 8, 2), date(2021, 8, 3)),
        ("Anzac Day 2019", "en-AU", date(2019, 4, 25), date(2019, 4, 26)),
        ("Father's Day 2022", "en-AU", date(2022, 9, 4), date(2022, 9, 5)),
        ("Father's Day 2022", "en-GB", date(2022, 6, 19), date(2022, 6, 20)),
        ("Labour Day 2020", "en-NZ", date(2020, 10, 26), date(2020, 10, 27)),
        ("Independence Day 2020", "en-IN", date(2020, 8, 15), date(2020, 8, 16)),
        ("Independence Day 2020", "en", date(2020, 7, 4), date(2020, 7, 5)),
        ("arbor week 2021", "en-ZA", date(2021, 9, 1), date(2021, 9, 8)),
    ],
)
def test_regional_holidays(text: str, lang: str, start: date, end: date) -> None:
    assert interval(text, lang) == (start, end)


@pytest.mark.parametrize(
    ("text", "home", "elsewhere"),
    [
        ("Anzac Day 2021", "en-NZ", ("en", "en-US", "en-GB")),
        ("Victoria Day 2021", "en-CA", ("en", "en-AU")),
        ("Rizal Day 2021", "en-PH", ("en", "en-CA")),
        ("Kruger Day 1990", "en-ZA", ("en", "en-GB")),
        ("Garifuna Settlement Day 2021", "en-BZ", ("en", "en-US")),
    ],
)
def test_a_holiday_of_one_region_is_no_day_elsewhere(
    text: str, home: str, elsewhere: tuple[str, ...]
) -> None:
    assert interval(text, home)[1] - interval(text, home)[0] == timedelta(days=1)
    for lang in elsewhere:
        assert [m.text for m in find_times(text, lang=lang, reference_date=R)] == [text[-4:]]


def test_regional_holidays_stay_in_their_region() -> None:
    assert interval("Melbourne Cup Day 2019", "en-AU") == (date(2019, 11, 5), date(2019, 11, 6))
    assert interval("Melbourne Cup Day 2019", "en-GB") == (date(2019, 1, 1), date(2020, 1, 1))
    assert parse_time("Waitangi Day", lang="en-NZ", reference_date=R) is not None
    assert parse_time("Waitangi Day", lang="en", reference_date=R) is None


def test_a_region_can_add_words_to_any_category() -> None:
    found = find_times("We will sign it this arvo.", lang="en-AU", reference_date=R)
    afternoon = _days("We will sign it this afternoon.", "en-AU")[0][1]
    assert [(m.text, m.value.start) for m in found] == [("this arvo", afternoon)]
    assert afternoon == datetime(2025, 7, 1, 12)
    assert find_times("We will sign it this arvo.", lang="en-GB", reference_date=R) == []


# ---- the data and the compiler


def _regions_file() -> dict[str, Any]:
    return load_toml("timeline.temporal.lang", "en-regions.toml")


def test_every_english_region_has_an_overlay_and_every_overlay_a_region() -> None:
    assert sorted(_regions_file()["regions"]) == list(regions("en"))


def test_every_regional_holiday_is_a_valid_rule() -> None:
    for region, table in _regions_file()["regions"].items():
        for name, rule in table.get("categories", {}).get("holiday", {}).items():
            for year in (2023, 2024):
                assert holiday_interval(rule, year) is not None, (region, name, rule)


@pytest.mark.parametrize("lang", DAY_FIRST)
def test_only_en_za_reads_month_first_what_day_first_cannot(lang: str) -> None:
    assert [day for _, day in _days("Signed on 5/6/2024.", lang)] == [date(2024, 6, 5)]
    mixed = [date(2024, 6, 13)] if lang == "en-ZA" else []
    assert [day for _, day in _days("Signed on 6/13/2024.", lang)] == mixed
    assert [day for _, day in _days("Signed on 13/6/2024.", "en-US")] == [date(2024, 6, 13)]


@pytest.mark.parametrize("lang", ["en-US", "fr-CA"])
def test_a_region_in_the_base_order_keeps_the_base_rules(lang: str) -> None:
    base = lexicon(lang.split("-")[0])
    assert [r.source for r in lexicon(lang).rules] == [r.source for r in base.rules]


def test_lexicons_are_cached_per_code() -> None:
    assert lexicon("en-GB") is lexicon("en-GB")
    assert lexicon("en-GB") is not lexicon("en")
    assert lexicon("en-GB").code == "en-GB"


@pytest.mark.parametrize("code", ["en-QQ", "fr-QQ", "en-", "de", "auto"])
def test_the_lexicon_of_an_unknown_language_or_region_is_an_error(code: str) -> None:
    with pytest.raises(UnsupportedLanguageError, match="unsupported language"):
        lexicon(code)


def test_the_lexicon_of_any_spelling_of_a_tag_is_the_tag_s_lexicon() -> None:
    assert lexicon("en_gb") is lexicon("EN-GB ") is lexicon("en-GB")


def test_a_date_order_shares_its_drops_and_rules_with_its_regions(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    base = load_toml("timeline.temporal.lang", "en.toml")
    dropped, kept = base["rules"][0][0], base["rules"][1][0]
    regions_data = {
        "base_order": "month_first",
        "orders": {"day_first": {"drop": [dropped], "rules": [["fortnight", "week"]]}},
        "regions": {
            "GB": {"date_order": "day_first", "rules": [["<holiday> eve", "holiday"]]},
            "US": {"date_order": "month_first"},
        },
    }
    monkeypatch.setattr(lexicon_module, "_regions", lambda language: regions_data)
    british = [pattern for pattern, _ in lexicon_module._data("en-GB")["rules"]]
    assert dropped not in british
    assert kept in british
    assert british[-2:] == ["fortnight", "<holiday> eve"]
    american = [pattern for pattern, _ in lexicon_module._data("en-US")["rules"]]
    assert american == [pattern for pattern, _ in base["rules"]]
    with pytest.raises(UnsupportedLanguageError, match="no temporal data"):
        lexicon_module._data("en-AU")


@pytest.mark.parametrize(
    ("pattern", "order", "turned"),
    [
        ("<month_num> / <day> / <year>", "day_first", "<day> / <month_num> / <year>"),
        ("at|on <month_num> - <day>?", "day_first", "at|on <day> - <month_num>?"),
        ("{ <month_num2> ~/ ~<day> } <break>", "day_first", "{ <day> ~/ ~<month_num2> } <break>"),
        ("<day> . <month_num> . <year>", "month_first", "<month_num> . <day> . <year>"),
        ("<year> - <month_num> - <day>", "day_first", "<year> - <month_num> - <day>"),
        ("<month_num> / <day> - <day>", "day_first", "<day> / <month_num> - <day>"),
        (
            "<month_num> / <day> to <month_num> / <day>",
            "day_first",
            "<day> / <month_num> to <day> / <month_num>",
        ),
        ("<year> / <month_num> / <day>", "day_first", "<year> / <month_num> / <day>"),
        ("<year> <month_num> / <day>", "day_first", "<year> <day> / <month_num>"),
        ("<month_num> to <day>", "day_first", "<month_num> to <day>"),
        ("<day> / <month_num>", "day_first", "<month_num> / <day>"),
    ],
)
def test_turn_date_order(pattern: str, order: str, turned: str) -> None:
    assert turn_date_order(pattern, order) == turned


def test_turn_date_order_rejects_unknown_orders() -> None:
    with pytest.raises(ValueError, match="date order"):
        turn_date_order("<month_num> / <day>", "year_first")


_BASE: dict[str, Any] = {
    "rules": [["<month_num> / <day> / <year>", "date"], ["noon", "clock"]],
    "categories": {"holiday": {"earth day": "04-22", "flag day": "06-14"}},
    "tense": {"past_words": ["ago"]},
}


def test_overlay_turns_drops_adds_and_merges() -> None:
    changes = {
        "date_order": "day_first",
        "drop": ["noon"],
        "rules": [["<holiday> eve", "holiday"]],
        "categories": {"holiday": {"flag day": "06-15", "harvest day": "09-20"}, "x": {"y": 1}},
    }
    merged = overlay(_BASE, changes, "month_first")
    assert merged["rules"] == [
        ["<day> / <month_num> / <year>", "date"],
        ["<holiday> eve", "holiday"],
    ]
    assert merged["categories"]["holiday"] == {
        "earth day": "04-22",
        "flag day": "06-15",
        "harvest day": "09-20",
    }
    assert merged["categories"]["x"] == {"y": 1}
    assert merged["tense"] == _BASE["tense"]
    assert _BASE["categories"]["holiday"]["flag day"] == "06-14"  # the base is not changed


def test_overlay_in_the_base_order_changes_nothing() -> None:
    assert overlay(_BASE, {"date_order": "month_first"}, "month_first") == _BASE


@pytest.mark.parametrize(
    ("changes", "message"),
    [({"drop": ["<hour> h"]}, "does not have"), ({"date_orders": "day_first"}, "unknown overlay")],
)
def test_overlay_rejects_bad_data(changes: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        overlay(_BASE, changes, "month_first")
