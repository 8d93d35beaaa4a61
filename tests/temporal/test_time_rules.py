"""TimeRules: each convention changes its own readings and nothing else."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import attrs
import pytest

import timeline
from timeline import CONVENTIONS, InvalidRecordError, TimeRules, find_times, parse_time
from timeline.temporal.rules import LANGUAGE_CONVENTIONS

# A Wednesday, mid-morning.
R = datetime(2024, 4, 17, 10, 20, 5)


def interval(text: str, lang: str, rules: TimeRules | str | None = None) -> tuple[object, object]:
    value = parse_time(text, lang=lang, reference_date=R, rules=rules)
    assert value is not None, text
    return value.start, value.end


def test_defaults_are_the_library_rules() -> None:
    assert CONVENTIONS["default"] == TimeRules()
    for text, lang in [("maintenant", "fr"), ("the next 4 days", "en"), ("mercredi", "fr")]:
        assert interval(text, lang) == interval(text, lang, TimeRules())
        assert interval(text, lang) == interval(text, lang, "default")


@pytest.mark.parametrize(("text", "lang"), [("maintenant", "fr"), ("right now", "en")])
def test_now_as_day_or_instant(text: str, lang: str) -> None:
    assert interval(text, lang) == (date(2024, 4, 17), date(2024, 4, 18))
    assert interval(text, lang, TimeRules(now="instant")) == (
        datetime(2024, 4, 17, 10, 20, 5),
        datetime(2024, 4, 17, 10, 20, 6),
    )


def test_now_instant_needs_a_clock() -> None:
    value = parse_time("now", lang="en", reference_date=date(2024, 4, 17), rules="duckling")
    assert value is not None and (value.start, value.end) == (
        date(2024, 4, 17),
        date(2024, 4, 18),
    )


@pytest.mark.parametrize(
    ("text", "lang", "unit", "day", "finer"),
    [
        (
            "dans trois mois",
            "fr",
            (date(2024, 7, 1), date(2024, 8, 1)),
            (date(2024, 7, 17), date(2024, 7, 18)),
            (date(2024, 7, 17), date(2024, 7, 18)),
        ),
        (
            "four years ago",
            "en",
            (date(2020, 1, 1), date(2021, 1, 1)),
            (date(2020, 4, 17), date(2020, 4, 18)),
            (date(2020, 4, 1), date(2020, 5, 1)),
        ),
        (
            "in 3 days",
            "en",
            (date(2024, 4, 20), date(2024, 4, 21)),
            (date(2024, 4, 20), date(2024, 4, 21)),
            (datetime(2024, 4, 20, 10), datetime(2024, 4, 20, 11)),
        ),
    ],
)
def test_shift_precision(text: str, lang: str, unit: object, day: object, finer: object) -> None:
    assert interval(text, lang) == unit
    assert interval(text, lang, TimeRules(shift="day")) == day
    assert interval(text, lang, TimeRules(shift="finer")) == finer


@pytest.mark.parametrize(
    ("text", "lang", "reference", "days", "units"),
    [
        (
            "les 4 prochains jours",
            "fr",
            (date(2024, 4, 17), date(2024, 4, 21)),
            (date(2024, 4, 18), date(2024, 4, 22)),
            (date(2024, 4, 18), date(2024, 4, 22)),
        ),
        (
            "the last 2 weeks",
            "en",
            (date(2024, 4, 3), date(2024, 4, 17)),
            (date(2024, 4, 3), date(2024, 4, 17)),
            (date(2024, 4, 1), date(2024, 4, 15)),
        ),
        (
            "the next 3 months",
            "en",
            (date(2024, 4, 17), date(2024, 7, 17)),
            (date(2024, 4, 18), date(2024, 7, 18)),
            (date(2024, 5, 1), date(2024, 8, 1)),
        ),
    ],
)
def test_count_window(text: str, lang: str, reference: object, days: object, units: object) -> None:
    assert interval(text, lang) == reference
    assert interval(text, lang, TimeRules(count_window="days")) == days
    assert interval(text, lang, TimeRules(count_window="units")) == units


@pytest.mark.parametrize(("text", "lang"), [("mercredi", "fr"), ("Wednesday", "en")])
def test_reference_day_counts(text: str, lang: str) -> None:
    assert interval(text, lang) == (date(2024, 4, 17), date(2024, 4, 18))
    later = interval(text, lang, TimeRules(reference_day_counts=False))
    assert later == (date(2024, 4, 24), date(2024, 4, 25))


def test_reference_day_counts_in_a_past_clause() -> None:
    text = "La banque a fermé l'agence mercredi."
    rules = TimeRules(reference_day_counts=False)
    (mention,) = find_times(text, lang="fr", reference_date=R, rules=rules)
    assert mention.value.start == date(2024, 4, 10)


@pytest.mark.parametrize(
    ("text", "lang", "closed", "opened"),
    [
        ("depuis mars", "fr", (date(2024, 3, 1), date(2024, 4, 17)), (date(2024, 3, 1), None)),
        ("since 2021", "en", (date(2021, 1, 1), date(2024, 4, 17)), (date(2021, 1, 1), None)),
        ("before 2027", "en", (date(2024, 4, 17), date(2027, 1, 1)), (None, date(2027, 1, 1))),
    ],
)
def test_bounds(text: str, lang: str, closed: object, opened: object) -> None:
    assert interval(text, lang) == closed
    assert interval(text, lang, TimeRules(bounds="open")) == opened


@pytest.mark.parametrize(
    ("text", "lang", "inclusive", "exclusive"),
    [
        ("du 8 au 12 juin", "fr", date(2024, 6, 13), date(2024, 6, 12)),
        ("from 2019 to 2022", "en", date(2023, 1, 1), date(2022, 1, 1)),
        ("between June and August 2025", "en", date(2025, 9, 1), date(2025, 8, 1)),
    ],
)
def test_range_end(text: str, lang: str, inclusive: date, exclusive: date) -> None:
    assert interval(text, lang)[1] == inclusive
    assert interval(text, lang, TimeRules(range_end="exclusive"))[1] == exclusive


@pytest.mark.parametrize(
    ("text", "lang", "instant", "whole"),
    [
        ("de 14h30 à 16h", "fr", datetime(2024, 4, 17, 16), datetime(2024, 4, 17, 16, 1)),
        ("from 2 pm to 5 pm", "en", datetime(2024, 4, 17, 17), datetime(2024, 4, 17, 18)),
    ],
)
def test_whole_clock_ranges(text: str, lang: str, instant: datetime, whole: datetime) -> None:
    assert interval(text, lang)[1] == instant
    assert interval(text, lang, TimeRules(range_end="whole"))[1] == whole
    assert interval("du 8 au 12 juin", "fr", TimeRules(range_end="whole"))[1] == date(2024, 6, 13)


def test_whole_lengths() -> None:
    text = "the 3rd of May for 4 days"
    assert interval(text, "en") == (date(2024, 5, 3), date(2024, 5, 7))
    assert interval(text, "en", TimeRules(range_end="whole")) == (
        date(2024, 5, 3),
        date(2024, 5, 8),
    )


@pytest.mark.parametrize(
    ("text", "lang", "parts", "default", "changed"),
    [
        (
            "début juin",
            "fr",
            {"month": {"START": (0, 5)}},
            (date(2024, 6, 1), date(2024, 6, 11)),
            (date(2024, 6, 1), date(2024, 6, 6)),
        ),
        (
            "at the end of 2019",
            "en",
            {"year": {"END": (8, 12)}},
            (date(2019, 10, 1), date(2020, 1, 1)),
            (date(2019, 9, 1), date(2020, 1, 1)),
        ),
        (
            "at the beginning of next week",
            "en",
            {"week": {"START": (0, 3)}},
            (date(2024, 4, 22), date(2024, 4, 24)),
            (date(2024, 4, 22), date(2024, 4, 25)),
        ),
    ],
)
def test_parts_of_periods(
    text: str,
    lang: str,
    parts: dict[str, dict[str, tuple[int, int]]],
    default: object,
    changed: object,
) -> None:
    assert interval(text, lang) == default
    assert interval(text, lang, TimeRules(parts=parts)) == changed  # type: ignore[arg-type]


def test_evolve_keeps_the_converted_fields() -> None:
    rules = CONVENTIONS["recognizers"]
    assert attrs.evolve(rules, now="day").dayparts == rules.dayparts
    assert attrs.evolve(rules, now="day").parts == rules.parts


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("la veille", "fr", (date(2024, 4, 16), date(2024, 4, 17))),
        ("trois jours plus tard", "fr", (date(2024, 4, 20), date(2024, 4, 21))),
        ("the same day", "en", (date(2024, 4, 17), date(2024, 4, 18))),
        ("two hours later", "en", (datetime(2024, 4, 17, 12, 20), datetime(2024, 4, 17, 12, 21))),
    ],
)
def test_event_anchor(text: str, lang: str, expected: object) -> None:
    default = parse_time(text, lang=lang, reference_date=R)
    assert default is not None and default.anchor is timeline.Anchor.EVENT
    assert default.start is None
    assert interval(text, lang, TimeRules(event_anchor="reference")) == expected


def test_event_anchor_keeps_vague_offsets_on_the_event() -> None:
    rules = TimeRules(event_anchor="reference")
    value = parse_time("quelques jours plus tard", lang="fr", reference_date=R, rules=rules)
    assert value is not None and value.anchor is timeline.Anchor.EVENT


def test_dayparts_and_weekend() -> None:
    rules = TimeRules(dayparts={"EV": (17 * 3600, 21 * 3600)}, weekend=(4 * 24 + 17, 168))
    assert interval("ce soir", "fr") == (datetime(2024, 4, 17, 18), datetime(2024, 4, 18))
    assert interval("ce soir", "fr", rules) == (
        datetime(2024, 4, 17, 17),
        datetime(2024, 4, 17, 21),
    )
    assert interval("this weekend", "en") == (date(2024, 4, 20), date(2024, 4, 22))
    assert interval("this weekend", "en", rules) == (
        datetime(2024, 4, 19, 17),
        datetime(2024, 4, 22),
    )


def test_named_conventions_differ_from_the_default() -> None:
    for name in ("duckling", "recognizers"):
        assert CONVENTIONS[name] != TimeRules()
        assert interval("maintenant", "fr", name)[0] == R


@pytest.mark.parametrize(
    "bad",
    [
        {"now": "soon"},
        {"shift": "month"},
        {"count_window": 3},
        {"bounds": "closed"},
        {"range_end": "both"},
        {"event_anchor": "document"},
        {"reference_day_counts": "no"},
        {"dayparts": {"XX": (0, 10)}},
        {"dayparts": {"MO": (10, 5)}},
        {"dayparts": [("MO", 0, 10)]},
        {"weekend": (120,)},
        {"weekend": (170, 168)},
        {"range_end": "open"},
        {"parts": {"day": {"START": (0, 1)}}},
        {"parts": {"month": {"START": (5, 2)}}},
        {"parts": {"year": {"EARLY": (0, 2)}}},
        {"parts": [("year", "END", 8, 12)]},
        {"bare_hour": "am"},
        {"bound_end": "noon"},
        {"end_of_day": "midnight"},
        {"upcoming": 2},
        {"holiday_start": "night"},
        {"zoned_clock": "second"},
        {"earlier_later": "quarter"},
        {"next_weekday": "month"},
        {"last_weekday": "after"},
        {"whole_counts": ("fortnight",)},
        {"whole_counts": "quarter"},
        {"by_start": "now"},
        {"h_notation": "second"},
        {"rest_end": "last_second"},
        {"daypart_parts": "thirds"},
        {"tonight": "late"},
        {"few": 3},
        {"after_day": "eve"},
        {"weekday_year": "nearest"},
        {"relative_parts": {"day": {"END": (0, 1)}}},
        {"relative_parts": {"year": {"END": (6, 13)}}},
    ],
)
def test_invalid_rules_raise_the_library_error(bad: dict[str, object]) -> None:
    with pytest.raises(InvalidRecordError):
        TimeRules(**bad)  # type: ignore[arg-type]


def test_unknown_convention_name() -> None:
    with pytest.raises(InvalidRecordError, match="duckling"):
        find_times("en mars", lang="fr", reference_date=R, rules="heideltime")


def test_extract_passes_the_rules() -> None:
    text = "Le 3 avril, Vantor a racheté Quillet. La veille, les deux groupes avaient signé."
    starts = {}
    for rules in (None, "duckling"):
        tl = timeline.extract(text, lang="fr", reference_date=R, time_rules=rules)
        starts[rules] = {t.text: t.value.start for t in tl.timexes}
    assert starts[None] == {"Le 3 avril": date(2024, 4, 3), "La veille": None}
    assert starts["duckling"] == {"Le 3 avril": date(2024, 4, 3), "La veille": date(2024, 4, 16)}


def test_a_named_set_can_differ_by_language() -> None:
    assert interval("au début de l'année 2026", "fr", "duckling") == (
        date(2026, 1, 1),
        date(2026, 3, 1),
    )
    assert interval("at the beginning of 2026", "en", "duckling") == (
        date(2026, 1, 1),
        date(2026, 4, 1),
    )
    french = LANGUAGE_CONVENTIONS[("duckling", "fr")]
    assert french.now == CONVENTIONS["duckling"].now and french != CONVENTIONS["duckling"]


@pytest.mark.parametrize(
    ("text", "lang", "written", "twelve"),
    [
        # R is 10:20: 09:45 has passed, so the 24-hour reading is tomorrow's
        ("at 9:45", "en", datetime(2024, 4, 18, 9, 45), datetime(2024, 4, 17, 21, 45)),
        ("vers 9 heures", "fr", datetime(2024, 4, 18, 9), datetime(2024, 4, 17, 21)),
        # the hour of 10:05 has not passed at 10:20: this morning's
        ("at 10:05", "en", datetime(2024, 4, 18, 10, 5), datetime(2024, 4, 17, 10, 5)),
    ],
)
def test_bare_hour(text: str, lang: str, written: datetime, twelve: datetime) -> None:
    assert interval(text, lang)[0] == written
    assert interval(text, lang, TimeRules(bare_hour="12h"))[0] == twelve


@pytest.mark.parametrize(("text", "lang"), [("10:30-2:15", "en"), ("de 10h30 à 2h15", "fr")])
def test_bare_hour_ends_a_range_after_its_start(text: str, lang: str) -> None:
    assert interval(text, lang)[1] == datetime(2024, 4, 18, 2, 15)
    assert interval(text, lang, TimeRules(bare_hour="12h")) == (
        datetime(2024, 4, 17, 10, 30),
        datetime(2024, 4, 17, 14, 15),
    )


def test_bare_hour_keeps_stated_and_24_hour_clocks() -> None:
    rules = TimeRules(bare_hour="12h")
    for text in ("at 9:45 am", "at 21:45", "9h45"):
        assert interval(text, "en", rules) == interval(text, "en"), text
    assert interval("à 9 heures ce soir", "fr", rules)[0] == datetime(2024, 4, 17, 21)
    assert interval("at 9 tomorrow morning", "en", rules)[0] == datetime(2024, 4, 18, 9)
    # on a stated day, the first of its readings
    assert interval("Friday at 9:30", "en", rules)[0] == datetime(2024, 4, 19, 9, 30)


@pytest.mark.parametrize(
    ("text", "span", "nth"),
    [
        (
            "upcoming 3 months",
            (date(2024, 4, 17), date(2024, 7, 17)),
            (date(2024, 7, 1), date(2024, 8, 1)),
        ),
        (
            "3 coming days",
            (date(2024, 4, 17), date(2024, 4, 20)),
            (date(2024, 4, 20), date(2024, 4, 21)),
        ),
        (
            "two upcoming weeks",
            (date(2024, 4, 17), date(2024, 5, 1)),
            (date(2024, 4, 29), date(2024, 5, 6)),
        ),
    ],
)
def test_upcoming(text: str, span: object, nth: object) -> None:
    assert interval(text, "en") == span
    assert interval(text, "en", TimeRules(upcoming="nth")) == nth


@pytest.mark.parametrize(("text", "lang"), [("at 5pm CET", "en"), ("à 17 heures CET", "fr")])
def test_zoned_clock(text: str, lang: str) -> None:
    start, end = interval(text, lang)
    assert isinstance(start, datetime) and end == start + timedelta(hours=1)
    assert interval(text, lang, TimeRules(zoned_clock="minute")) == (
        start,
        start + timedelta(minutes=1),
    )
    assert interval("at 5pm", "en", TimeRules(zoned_clock="minute"))[1] == datetime(2024, 4, 17, 18)


@pytest.mark.parametrize(
    ("text", "lang", "whole", "first_instant"),
    [
        ("by Friday", "en", date(2024, 4, 20), date(2024, 4, 19)),
        ("as late as next Monday", "en", date(2024, 4, 23), date(2024, 4, 22)),
        ("au plus tard demain", "fr", date(2024, 4, 19), date(2024, 4, 18)),
        ("le 5 mai ou avant", "fr", date(2024, 5, 6), date(2024, 5, 5)),
        ("jusqu'au 9 mai", "fr", date(2024, 5, 10), date(2024, 5, 9)),
        ("until 2026", "en", date(2027, 1, 1), date(2026, 1, 1)),
        # "by" a year keeps the whole year: only a day stops at its first instant
        ("by 2026", "en", date(2027, 1, 1), date(2027, 1, 1)),
    ],
)
def test_bound_end(text: str, lang: str, whole: date, first_instant: date) -> None:
    assert interval(text, lang) == (date(2024, 4, 17), whole)
    assert interval(text, lang, TimeRules(bound_end="start")) == (date(2024, 4, 17), first_instant)


def test_bound_end_on_a_passed_day() -> None:
    text = "no later than 2 March 2021"
    assert interval(text, "en") == (date(2021, 3, 2), date(2021, 3, 3))
    assert interval(text, "en", TimeRules(bound_end="start")) == (None, date(2021, 3, 2))


@pytest.mark.parametrize(
    ("text", "lang", "default"),
    [
        ("end of tomorrow", "en", (date(2024, 4, 18), date(2024, 4, 19))),
        ("fin de demain", "fr", (date(2024, 4, 18), date(2024, 4, 19))),
        ("demain en fin de journée", "fr", (datetime(2024, 4, 18, 17), datetime(2024, 4, 18, 21))),
    ],
)
def test_end_of_day(text: str, lang: str, default: object) -> None:
    assert interval(text, lang) == default
    assert interval(text, lang, TimeRules(end_of_day="last_second")) == (
        datetime(2024, 4, 18, 23, 59, 59),
        datetime(2024, 4, 19),
    )


@pytest.mark.parametrize(
    ("text", "lang", "days", "eve"),
    [
        ("Yom Kippur 2025", "en", (date(2025, 10, 2), date(2025, 10, 3)), date(2025, 10, 1)),
        ("Hanukkah 2025", "en", (date(2025, 12, 15), date(2025, 12, 23)), date(2025, 12, 14)),
    ],
)
def test_holiday_start(text: str, lang: str, days: tuple[date, date], eve: date) -> None:
    assert interval(text, lang) == days
    shifted = (eve, eve + (days[1] - days[0]))
    assert interval(text, lang, TimeRules(holiday_start="eve")) == shifted
    christmas = interval("Christmas 2025", "en", TimeRules(holiday_start="eve"))
    assert christmas == (date(2025, 12, 25), date(2025, 12, 26))


@pytest.mark.parametrize(
    ("text", "lang", "from_reference", "half"),
    [
        # R is Wednesday 17 April: in the first half of its week and year
        ("later this year", "en", (date(2024, 4, 17), date(2025, 1, 1)), date(2024, 7, 1)),
        ("plus tard cette année", "fr", (date(2024, 4, 17), date(2025, 1, 1)), date(2024, 7, 1)),
        ("later this week", "en", (date(2024, 4, 17), date(2024, 4, 22)), date(2024, 4, 18)),
    ],
)
def test_earlier_later_cut_to_the_second_half(
    text: str, lang: str, from_reference: tuple[date, date], half: date
) -> None:
    assert interval(text, lang) == from_reference
    assert interval(text, lang, TimeRules(earlier_later="half")) == (half, from_reference[1])


def test_earlier_later_cut_to_the_first_half() -> None:
    rules = TimeRules(earlier_later="half")
    late_in_month = datetime(2024, 4, 27, 9)
    value = parse_time("plus tôt ce mois-ci", lang="fr", reference_date=late_in_month)
    assert value is not None and (value.start, value.end) == (date(2024, 4, 1), date(2024, 4, 27))
    value = parse_time("earlier this month", lang="en", reference_date=late_in_month, rules=rules)
    assert value is not None and (value.start, value.end) == (date(2024, 4, 1), date(2024, 4, 16))
    # R already in that half: from or up to R either way
    assert interval("plus tard dans le mois", "fr", rules) == (date(2024, 4, 17), date(2024, 5, 1))
    assert interval("earlier this year", "en", rules) == (date(2024, 1, 1), date(2024, 4, 17))
    assert interval("plus tôt dans la semaine", "fr", rules) == (
        date(2024, 4, 15),
        date(2024, 4, 17),
    )


@pytest.mark.parametrize(
    ("text", "lang"), [("le reste de l'année", "fr"), ("so far this month", "en")]
)
def test_earlier_later_leaves_rest_and_so_far(text: str, lang: str) -> None:
    assert interval(text, lang, TimeRules(earlier_later="half")) == interval(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "end"),
    [
        ("until 2027", "en", date(2028, 1, 1)),
        ("through next March", "en", date(2025, 4, 1)),
        ("jusqu'au 3 juin", "fr", date(2024, 6, 4)),
    ],
)
def test_bounds_open_until(text: str, lang: str, end: date) -> None:
    assert interval(text, lang) == (date(2024, 4, 17), end)
    assert interval(text, lang, TimeRules(bounds="open")) == (None, end)


def test_bounds_open_until_a_clock_time_on_a_day() -> None:
    rules = TimeRules(bounds="open")
    # the stated day gives the start; a clock time alone keeps R
    assert interval("vendredi jusqu'à 15h", "fr", rules) == (
        datetime(2024, 4, 19),
        datetime(2024, 4, 19, 16),
    )
    assert interval("until 3pm", "en", rules)[0] == R


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        ("entre maintenant et le 9 juin", "fr", (date(2024, 4, 17), date(2024, 6, 10))),
        ("entre le 2 mars et maintenant", "fr", (date(2024, 3, 2), date(2024, 4, 17))),
    ],
)
def test_bounds_open_keeps_a_stated_now(text: str, lang: str, kept: tuple[date, date]) -> None:
    assert interval(text, lang) == kept
    assert interval(text, lang, TimeRules(bounds="open")) == kept


@pytest.mark.parametrize(
    ("text", "lang", "end"),
    [
        ("by 6pm", "en", datetime(2024, 4, 17, 19)),
        ("jusqu'à 18h30", "fr", datetime(2024, 4, 17, 18, 31)),
    ],
)
def test_bound_end_on_a_clock_time(text: str, lang: str, end: datetime) -> None:
    assert interval(text, lang) == (R, end)
    first = end.replace(minute=30) if end.minute else end.replace(hour=18)
    assert interval(text, lang, TimeRules(bound_end="start")) == (R, first)


def test_a_day_until_another_is_a_range() -> None:
    assert interval("de lundi jusqu'à jeudi", "fr") == (date(2024, 4, 22), date(2024, 4, 26))
    assert interval("aujourd'hui jusqu'à vendredi", "fr", TimeRules(range_end="exclusive")) == (
        date(2024, 4, 17),
        date(2024, 4, 19),
    )


@pytest.mark.parametrize(
    ("text", "after", "week"),
    [
        # R is Wednesday 17 April 2024: Friday 19 is this week's, Friday 26 next week's
        ("vendredi prochain", date(2024, 4, 19), date(2024, 4, 26)),
        ("le prochain lundi", date(2024, 4, 22), date(2024, 4, 22)),
        ("mercredi prochain", date(2024, 4, 24), date(2024, 4, 24)),
        ("dimanche prochain à 9h", datetime(2024, 4, 21, 9), datetime(2024, 4, 28, 9)),
    ],
)
def test_next_weekday(text: str, after: date, week: date) -> None:
    assert interval(text, "fr")[0] == after
    assert interval(text, "fr", TimeRules(next_weekday="week"))[0] == week


def test_next_weekday_leaves_english_next() -> None:
    for rules in (None, TimeRules(next_weekday="week")):
        assert interval("next Friday", "en", rules)[0] == date(2024, 4, 26)
        assert interval("this coming Friday", "en", rules)[0] == date(2024, 4, 19)


@pytest.mark.parametrize(
    ("text", "lang", "before", "week"),
    [
        # R is Wednesday 17 April 2024: Tuesday 16 is this week's, Tuesday 9 last week's
        ("last Tuesday", "en", date(2024, 4, 16), date(2024, 4, 9)),
        ("previous Monday", "en", date(2024, 4, 15), date(2024, 4, 8)),
        ("mardi dernier", "fr", date(2024, 4, 16), date(2024, 4, 9)),
        ("le lundi précédent", "fr", date(2024, 4, 15), date(2024, 4, 8)),
        ("last Friday", "en", date(2024, 4, 12), date(2024, 4, 12)),
        ("last Wednesday", "en", date(2024, 4, 10), date(2024, 4, 10)),
    ],
)
def test_last_weekday(text: str, lang: str, before: date, week: date) -> None:
    assert interval(text, lang)[0] == before
    assert interval(text, lang, TimeRules(last_weekday="week"))[0] == week


def test_last_weekday_leaves_past() -> None:
    rules = TimeRules(last_weekday="week")
    assert interval("past Tuesday", "en", rules)[0] == date(2024, 4, 16)
    assert interval("mardi passé", "fr", rules)[0] == date(2024, 4, 16)


@pytest.mark.parametrize(
    ("text", "lang", "window", "whole"),
    [
        (
            "the last 2 quarters",
            "en",
            (date(2023, 10, 17), date(2024, 4, 17)),
            (date(2023, 10, 1), date(2024, 4, 1)),
        ),
        (
            "les 3 prochaines décennies",
            "fr",
            (date(2024, 4, 17), date(2054, 4, 17)),
            (date(2030, 1, 1), date(2060, 1, 1)),
        ),
    ],
)
def test_whole_counts(text: str, lang: str, window: object, whole: object) -> None:
    assert interval(text, lang) == window
    rules = TimeRules(whole_counts=("quarter", "decade"))
    assert interval(text, lang, rules) == whole
    # other units keep count_window
    assert interval("the next 3 months", "en", rules) == interval("the next 3 months", "en")
    assert rules.whole_counts == ("quarter", "decade")


def test_recognizers_reads_a_bare_weekday_on_r_as_r() -> None:
    # R is a Wednesday; Recognizers gives R's day as the coming reading
    assert interval("Wednesday", "en", "recognizers")[0] == date(2024, 4, 17)
    assert interval("mercredi", "fr", "duckling")[0] == date(2024, 4, 24)


@pytest.mark.parametrize(("text", "day"), [("jeudi à venir", 18), ("le mercredi qui vient", 24)])
def test_weekday_a_venir(text: str, day: int) -> None:
    assert interval(text, "fr")[0] == date(2024, 4, day)


@pytest.mark.parametrize(
    ("text", "lang", "end"),
    [
        ("by Friday", "en", date(2024, 4, 20)),
        ("d'ici la fin du mois", "fr", date(2024, 5, 1)),
        ("no later than May 30", "en", date(2024, 5, 31)),
    ],
)
def test_by_start(text: str, lang: str, end: date) -> None:
    assert interval(text, lang) == (date(2024, 4, 17), end)
    assert interval(text, lang, TimeRules(by_start="instant")) == (
        R,
        datetime(end.year, end.month, end.day),
    )
    assert interval(text, lang, TimeRules(by_start="open")) == (None, end)


def test_by_start_leaves_a_passed_time() -> None:
    text = "no later than 2 March 2021"
    for by_start in ("instant", "open"):
        rules = TimeRules(by_start=by_start)  # type: ignore[arg-type]
        assert interval(text, "en", rules) == interval(text, "en")


@pytest.mark.parametrize(
    ("text", "lang", "last", "whole"),
    [
        ("Friday from 9:15 to 10:45", "en", datetime(2024, 4, 19, 10, 45), timedelta(minutes=1)),
        ("8-10am on Friday", "en", datetime(2024, 4, 19, 10), timedelta(hours=1)),
        ("vendredi de 14h à 16h", "fr", datetime(2024, 4, 19, 16), timedelta(hours=1)),
    ],
)
def test_range_end_whole_on_a_day(text: str, lang: str, last: datetime, whole: timedelta) -> None:
    assert interval(text, lang)[1] == last
    assert interval(text, lang, TimeRules(range_end="whole"))[1] == last + whole


def test_h_notation() -> None:
    rules = TimeRules(h_notation="minute")
    assert interval("at 17h", "en") == (datetime(2024, 4, 17, 17), datetime(2024, 4, 17, 18))
    assert interval("at 17h", "en", rules) == (
        datetime(2024, 4, 17, 17),
        datetime(2024, 4, 17, 17, 1),
    )
    # French "17h" is an hour either way, and stated minutes keep their grain
    assert interval("à 17h", "fr", rules) == interval("à 17h", "fr")
    assert interval("at 17h45", "en", rules) == interval("at 17h45", "en")


def test_relative_parts() -> None:
    rules = TimeRules(parts={"year": {"END": (8, 12)}}, relative_parts={"year": {"END": (6, 12)}})
    assert rules.relative_parts == (("year", "END", 6, 12),)
    # the default: Q4 either way
    assert interval("the end of 2026", "en") == (date(2026, 10, 1), date(2027, 1, 1))
    assert interval("la fin de l'année prochaine", "fr")[0] == date(2025, 10, 1)
    # a year named by itself takes parts, one named from R relative_parts
    assert interval("the end of 2026", "en", rules) == (date(2026, 9, 1), date(2027, 1, 1))
    assert interval("fin 2026", "fr", rules)[0] == date(2026, 9, 1)
    assert interval("la fin de l'année prochaine", "fr", rules) == (
        date(2025, 7, 1),
        date(2026, 1, 1),
    )
    assert interval("late next year", "en", rules)[0] == date(2025, 7, 1)


@pytest.mark.parametrize(
    ("text", "lang", "end"),
    [
        ("le reste du mois", "fr", date(2024, 5, 1)),
        ("le reste de cette semaine", "fr", date(2024, 4, 22)),
        ("le reste de l'année", "fr", date(2025, 1, 1)),
        ("reste de ma semaine", "fr", date(2024, 4, 22)),
    ],
)
def test_rest_end(text: str, lang: str, end: date) -> None:
    assert interval(text, lang) == (date(2024, 4, 17), end)
    last_day = end - timedelta(days=1)
    assert interval(text, lang, TimeRules(rest_end="last_day")) == (date(2024, 4, 17), last_day)


def test_rest_of_the_day() -> None:
    for text, lang in [("le reste du jour", "fr"), ("le reste de la journée", "fr")]:
        assert interval(text, lang) == (date(2024, 4, 17), date(2024, 4, 18))
        assert interval(text, lang, TimeRules(rest_end="last_day")) == (
            R,
            datetime(2024, 4, 17, 23, 59, 59),
        )


@pytest.mark.parametrize(
    ("text", "lang", "hours", "halves"),
    [
        ("late in the afternoon", "en", (17, 19), (15, 18)),
        ("Friday late afternoon", "en", (17, 19), (15, 18)),
        ("early Thursday morning", "en", (7, 9), (8, 10)),
        ("en fin de matinée", "fr", (10, 12), (10, 12)),
    ],
)
def test_daypart_parts(
    text: str, lang: str, hours: tuple[int, int], halves: tuple[int, int]
) -> None:
    rules = TimeRules(
        daypart_parts="halves", dayparts={"MO": (8 * 3600, 12 * 3600), "AF": (12 * 3600, 18 * 3600)}
    )
    start, end = interval(text, lang)
    assert isinstance(start, datetime) and isinstance(end, datetime)
    assert (start.hour, end.hour) == hours
    start, end = interval(text, lang, rules)
    assert isinstance(start, datetime) and isinstance(end, datetime)
    assert (start.hour, end.hour) == halves


def test_daypart_parts_halves_of_a_night_to_its_last_second() -> None:
    rules = TimeRules(daypart_parts="halves", dayparts={"NI": (20 * 3600, 24 * 3600 - 1)})
    assert interval("demain en fin de nuit", "fr", rules) == (
        datetime(2024, 4, 18, 22),
        datetime(2024, 4, 18, 23, 59, 59),
    )


def test_tonight() -> None:
    evening = (datetime(2024, 4, 17, 18), datetime(2024, 4, 18))
    assert interval("tonight", "en") == evening
    night = TimeRules(tonight="night")
    assert interval("tonight", "en", night) == (datetime(2024, 4, 17, 22), datetime(2024, 4, 18, 4))
    assert interval("this evening", "en", night) == evening


@pytest.mark.parametrize(
    ("text", "lang", "three"),
    [
        ("a few weeks ago", "en", (date(2024, 3, 27), date(2024, 3, 28))),
        ("il y a quelques jours", "fr", (date(2024, 4, 14), date(2024, 4, 15))),
        ("the past few days", "en", (date(2024, 4, 14), date(2024, 4, 17))),
    ],
)
def test_few(text: str, lang: str, three: tuple[date, date]) -> None:
    vague = interval(text, lang)
    assert vague[1] == date(2024, 4, 17) and vague != three
    assert interval(text, lang, TimeRules(few="three", shift="day")) == three


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [("after 3 June 2024", "en", date(2024, 6, 3)), ("après le 9 mai", "fr", date(2024, 5, 9))],
)
def test_after_day(text: str, lang: str, day: date) -> None:
    assert interval(text, lang) == (day + timedelta(days=1), None)
    assert interval(text, lang, TimeRules(after_day="start")) == (day, None)
    # a month keeps its end, a clock time its instant
    assert interval("after June 2024", "en", TimeRules(after_day="start"))[0] == date(2024, 7, 1)


def test_within_the_next_n_units_starts_at_r_whatever_the_count_window() -> None:
    rules = TimeRules(count_window="days")
    within = (date(2024, 4, 17), date(2024, 5, 15))
    assert interval("dans les 4 prochaines semaines", "fr") == within
    assert interval("dans les 4 prochaines semaines", "fr", rules) == within
    assert interval("les 4 prochaines semaines", "fr", rules)[0] == date(2024, 4, 18)


@pytest.mark.parametrize(
    ("text", "lang", "agree"),
    [
        # 2 March 2024 is a Saturday: "Thursday 2 March" agrees with 2023
        ("Thursday March 2", "en", date(2023, 3, 2)),
        ("jeudi 2 mars", "fr", date(2023, 3, 2)),
        # 9 June 2024 is a Sunday: "Friday 9 June" agrees with 2023
        ("Friday June 9", "en", date(2023, 6, 9)),
    ],
)
def test_weekday_year(text: str, lang: str, agree: date) -> None:
    assert interval(text, lang)[0] == agree
    reference = interval(text, lang, TimeRules(weekday_year="reference"))[0]
    assert reference == agree.replace(year=2024)
    # a stated year is kept either way
    assert interval("Friday June 9, 2023", "en", TimeRules(weekday_year="reference"))[0] == (
        date(2023, 6, 9)
    )
