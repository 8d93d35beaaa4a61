"""Clock times and parts of the day: spelled-out clocks, ranges on a day, shifts by minutes."""

from __future__ import annotations

from datetime import datetime

import pytest

from timeline import find_times, parse_time

from .helpers import value

NOW = datetime(2025, 7, 1, 9, 40)  # a Tuesday morning


def _at(text: str, lang: str, reference: datetime = NOW) -> tuple[str, str]:
    """``[start, end)`` of ``text`` as "MM-DDTHH:MM" in 2025."""
    found = value(text, lang, reference)
    assert isinstance(found.start, datetime) and isinstance(found.end, datetime)
    assert found.start.year == found.end.year == 2025
    return found.start.strftime("%m-%dT%H:%M"), found.end.strftime("%m-%dT%H:%M")


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("next Friday 2-4 pm", "en", "07-11T14:00", "07-11T16:00"),
        ("Wednesday 20:30 - 22:00", "en", "07-02T20:30", "07-02T22:00"),
        ("between 6 and 9am tomorrow", "en", "07-02T06:00", "07-02T09:00"),
        ("tomorrow evening from 7:30 to 9:00", "en", "07-02T19:30", "07-02T21:00"),
        ("vendredi de 14h à 16h30", "fr", "07-04T14:00", "07-04T16:30"),
        ("de 22h à 1h samedi", "fr", "07-05T22:00", "07-06T01:00"),
    ],
)
def test_a_range_of_clock_times_with_its_day_lies_on_that_day(
    text: str, lang: str, start: str, end: str
) -> None:
    assert _at(text, lang) == (start, end)


def test_a_range_on_a_day_in_running_text_gives_the_day_and_the_range() -> None:
    found = find_times("Le vote aura lieu jeudi de 9h à 12h.", lang="fr", reference_date=NOW)
    assert [m.text for m in found] == ["jeudi", "de 9h à 12h"]
    assert found[1].value.timex == "2025-07-03T09:00/2025-07-03T12:00"
    assert found[1].value.type.name == "TIME"


@pytest.mark.parametrize(
    "text", ["The talks lasted 36 hours.", "a 12 hours shift", "after 48 hours"]
)
def test_a_count_of_hours_is_a_length_not_a_military_time(text: str) -> None:
    found = find_times(text, lang="en", reference_date=NOW)
    assert [m.value.type.name for m in found] == ["DURATION"]


def test_a_military_time_needs_three_or_four_digits() -> None:
    assert _at("at 1745 hours", "en") == ("07-01T17:45", "07-01T17:46")
    assert value("0615 UTC", "en", NOW).timex == "2025-07-02T06:15Z"
    assert parse_time("7 UTC", lang="en", reference_date=NOW) is None


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("from 4:45 to 7 p.m.", "en", "07-01T16:45", "07-01T19:00"),
        ("2:15-5:30pm", "en", "07-01T14:15", "07-01T17:30"),
        ("between 10 and 1:30 pm", "en", "07-01T10:00", "07-01T13:30"),
        ("de 8h15 jusqu'à 10h", "fr", "07-02T08:15", "07-02T10:00"),
        ("from 10:15 until 11:40", "en", "07-01T10:15", "07-01T11:40"),
        ("entre 23h et 2h", "fr", "07-01T23:00", "07-02T02:00"),
    ],
)
def test_clock_ranges_share_am_pm_and_end_after_their_start(
    text: str, lang: str, start: str, end: str
) -> None:
    assert _at(text, lang) == (start, end)


def test_the_second_clock_of_a_range_follows_the_first_whatever_the_tense() -> None:
    found = find_times("Les bureaux étaient fermés de 8h à 10h.", lang="fr", reference_date=NOW)
    assert [m.value.timex for m in found] == ["2025-07-01T08:00", "2025-07-01T10:00"]


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("eleven forty", "en", "07-01T11:40", "07-01T11:41"),
        ("six-fifteen", "en", "07-02T06:15", "07-02T06:16"),
        ("two oh five p.m.", "en", "07-01T14:05", "07-01T14:06"),
        ("eight thirty-two a m", "en", "07-02T08:32", "07-02T08:33"),
        ("at four forty-five", "en", "07-02T04:45", "07-02T04:46"),
        ("745 p.m.", "en", "07-01T19:45", "07-01T19:46"),
        ("at 915 in the evening", "en", "07-01T21:15", "07-01T21:16"),
        ("5 o'clock in the afternoon", "en", "07-01T17:00", "07-01T18:00"),
        ("4 oclock pm", "en", "07-01T16:00", "07-01T17:00"),
        ("2 in the PM", "en", "07-01T14:00", "07-01T15:00"),
        ("midday", "en", "07-01T12:00", "07-01T13:00"),
        ("9 tonight", "en", "07-01T21:00", "07-01T22:00"),
        ("in the morning at ten", "en", "07-01T10:00", "07-01T11:00"),
    ],
)
def test_english_clock_times_in_words_and_compact_digits(
    text: str, lang: str, start: str, end: str
) -> None:
    assert _at(text, lang) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("midi", "07-01T12:00", "07-01T13:00"),
        ("minuit", "07-02T00:00", "07-02T01:00"),
        ("minuit moins dix", "07-01T23:50", "07-01T23:51"),
        ("à seize heures vingt-cinq", "07-01T16:25", "07-01T16:26"),
        ("vers dix heures et vingt minutes", "07-01T10:20", "07-01T10:21"),
        ("neuf heures trois quarts", "07-01T09:45", "07-01T09:46"),
        ("7 heures du soir", "07-01T19:00", "07-01T20:00"),
        ("10 heures ce soir", "07-01T22:00", "07-01T23:00"),
        ("le 5 juillet autour de 8h", "07-05T08:00", "07-05T09:00"),
        ("le 5 juillet aux alentours de 8h", "07-05T08:00", "07-05T09:00"),
        ("le 4 vers 7h dans la soirée", "07-04T19:00", "07-04T20:00"),
    ],
)
def test_french_clock_times_in_words_noon_and_approximations(
    text: str, start: str, end: str
) -> None:
    assert _at(text, "fr") == (start, end)


@pytest.mark.parametrize(
    "text",
    ["Il a grandi dans le Midi-Pyrénées.", "Elle arrive dans l'après-midi."],
)
def test_midi_inside_another_word_is_not_noon(text: str) -> None:
    found = find_times(text, lang="fr", reference_date=NOW)
    assert all(m.value.timex != "2025-07-01T12:00" for m in found)


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("in 20'", "en", "07-01T10:00:00", "07-01T10:00:01"),
        ("in 2h", "en", "07-01T11:40:00", "07-01T11:41:00"),
        ("in 1h15", "en", "07-01T10:55:00", "07-01T10:55:01"),
        ("in 3/4 hour", "en", "07-01T10:25:00", "07-01T10:25:01"),
        ("in half an hour", "en", "07-01T10:10:00", "07-01T10:10:01"),
        ("in a quarter of an hour", "en", "07-01T09:55:00", "07-01T09:55:01"),
        ("in 3 and a half hours", "en", "07-01T13:10:00", "07-01T13:10:01"),
        ("dans 5'", "fr", "07-01T09:45:00", "07-01T09:45:01"),
        ("dans 3h", "fr", "07-01T12:40:00", "07-01T12:41:00"),
        ("dans une demi-heure", "fr", "07-01T10:10:00", "07-01T10:10:01"),
        ("dans un quart d'heure", "fr", "07-01T09:55:00", "07-01T09:55:01"),
        ("dans une heure et demie", "fr", "07-01T11:10:00", "07-01T11:10:01"),
    ],
)
def test_shifts_by_clock_units_from_now(text: str, lang: str, start: str, end: str) -> None:
    found = value(text, lang, NOW)
    assert isinstance(found.start, datetime) and isinstance(found.end, datetime)
    assert found.start.strftime("%m-%dT%H:%M:%S") == start
    assert found.end.strftime("%m-%dT%H:%M:%S") == end


def test_a_shift_by_clock_units_needs_a_clock_reference_and_no_past_clause() -> None:
    on_a_day = parse_time("in half an hour", lang="en", reference_date=NOW.date())
    assert on_a_day is None or on_a_day.type.name != "TIME"
    found = find_times("It was his best result in half an hour.", lang="en", reference_date=NOW)
    assert all(m.value.type.name != "TIME" for m in found)


@pytest.mark.parametrize(
    "text", ["The engine ran for two hours and a half.", "Il a travaillé deux heures et demie."]
)
def test_lengths_of_hours_stay_lengths(text: str) -> None:
    lang = "fr" if text.startswith("Il") else "en"
    found = find_times(text, lang=lang, reference_date=NOW)
    assert [m.value.type.name for m in found] == ["DURATION"]


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("between 4 and 6 tomorrow", "en", "07-02T04:00", "07-02T06:00"),
        ("Thursday from 9-5", "en", "07-03T09:00", "07-03T17:00"),
        ("between 8 and 10:30 tonight", "en", "07-01T20:00", "07-01T22:30"),
        ("between 9 and 10:45 on Friday", "en", "07-04T09:00", "07-04T10:45"),
        ("from 9:15 to 4 on Monday", "en", "07-07T09:15", "07-07T16:00"),
        ("entre 6 et 9 demain", "fr", "07-02T06:00", "07-02T09:00"),
        ("de 8 à 11h15 samedi", "fr", "07-05T08:00", "07-05T11:15"),
        ("jeudi de 14 à 17", "fr", "07-03T14:00", "07-03T17:00"),
    ],
)
def test_bare_hours_around_a_day_make_a_clock_range_on_that_day(
    text: str, lang: str, start: str, end: str
) -> None:
    assert _at(text, lang) == (start, end)


@pytest.mark.parametrize(
    "text", ["Prices rose between 3 and 5 percent.", "The team won 6-3 on Monday."]
)
def test_counts_and_scores_are_not_clock_ranges(text: str) -> None:
    found = find_times(text, lang="en", reference_date=NOW)
    assert all("/" not in str(m.value.timex) for m in found)


def test_a_bound_on_a_clock_time_moves_to_its_day_with_its_open_side() -> None:
    found = value("samedi à partir de 15h", "fr", NOW)
    assert (found.start, found.end) == (datetime(2025, 7, 5, 15), None)
    until = value("demain jusqu'à 11h", "fr", NOW)
    assert (until.start, until.end) == (datetime(2025, 7, 2), datetime(2025, 7, 2, 12))


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("17 heures demain", "07-02T17:00"),
        ("demain à six heures et trente-cinq minutes", "07-02T06:35"),
        ("demain à neuf heures moins vingt-cinq minutes", "07-02T08:35"),
        ("a quarter of an hour from now", "07-01T09:55"),
    ],
)
def test_more_clock_words_with_a_day(text: str, start: str) -> None:
    lang = "en" if text.startswith("a quarter") else "fr"
    assert _at(text, lang)[0] == start


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("la soirée du 8 juillet", "fr", "07-08T18:00", "07-09T00:00"),
        ("le matin du 3 août", "fr", "08-03T04:00", "08-03T12:00"),
        ("the afternoon of July 9", "en", "07-09T12:00", "07-09T19:00"),
        ("evening of the 4th of August", "en", "08-04T18:00", "08-05T00:00"),
        ("le matin très tôt", "fr", "07-01T07:00", "07-01T09:00"),
        ("très tôt le matin", "fr", "07-01T07:00", "07-01T09:00"),
    ],
)
def test_a_part_of_a_named_day_and_early_in_the_morning(
    text: str, lang: str, start: str, end: str
) -> None:
    assert _at(text, lang) == (start, end)


def test_a_part_of_day_of_something_that_is_no_day_is_no_time() -> None:
    found = find_times("He spoke on the night of the vote.", lang="en", reference_date=NOW)
    assert found == []


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("half past four", "en", "07-02T04:30", "07-02T04:31"),
        ("a quarter past 6 pm", "en", "07-01T18:15", "07-01T18:16"),
        ("from 6 to 8 on July 9", "en", "07-09T06:00", "07-09T08:00"),
        ("in the morning at 5", "en", "07-02T05:00", "07-02T06:00"),
        ("midnight tonight", "en", "07-02T00:00", "07-02T01:00"),
        ("9pm demain", "fr", "07-02T21:00", "07-02T22:00"),
        ("10:30am", "fr", "07-01T10:30", "07-01T10:31"),
        ("6 du soir", "fr", "07-01T18:00", "07-01T19:00"),
    ],
)
def test_past_the_hour_dates_after_ranges_and_borrowed_am_pm(
    text: str, lang: str, start: str, end: str
) -> None:
    assert _at(text, lang) == (start, end)


@pytest.mark.parametrize("text", ["Le PM a parlé.", "Il a marqué 6 de la soirée pour lui"])
def test_french_words_near_a_number_are_not_clock_times(text: str) -> None:
    found = find_times(text, lang="fr", reference_date=NOW)
    assert all(m.value.granularity.name not in ("HOUR", "MINUTE") for m in found)


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("in 1.5 hours", "en", "07-01T11:10", "07-01T11:10"),
        ("dans 3,5 heures", "fr", "07-01T13:10", "07-01T13:10"),
        ("in a couple hours", "en", "07-01T11:40", "07-01T11:41"),
    ],
)
def test_decimal_and_couple_shifts(text: str, lang: str, start: str, end: str) -> None:
    got_start, got_end = _at(text, lang)
    assert got_start == start
    if end != start:
        assert got_end == end


@pytest.mark.parametrize(("text", "lang"), [("within 2h", "en"), ("sous 3h", "fr")])
def test_a_length_in_glued_hours_is_not_a_clock_time(text: str, lang: str) -> None:
    assert all(m.value.type.name != "TIME" for m in find_times(text, lang=lang, reference_date=NOW))


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("tonight at 2am", "07-02T02:00"),
        ("tonight at 10:15 pm", "07-01T22:15"),
        ("this afternoon at 4 pm", "07-01T16:00"),
        ("this morning at 11 am", "07-01T11:00"),
    ],
)
def test_an_hour_with_am_pm_in_a_part_of_day_keeps_its_half_of_the_day(
    text: str, start: str
) -> None:
    assert _at(text, "en")[0] == start


@pytest.mark.parametrize(
    ("text", "lang", "start"),
    [
        ("dans trente-deux minutes", "fr", "07-01T10:12"),
        ("dans vingt-six heures", "fr", "07-02T11:40"),
        ("in forty-five minutes", "en", "07-01T10:25"),
    ],
)
def test_shifts_by_compound_numbers_of_clock_units(text: str, lang: str, start: str) -> None:
    assert _at(text, lang)[0] == start


def test_a_range_whose_second_end_names_the_day_reports_both_ends_on_that_day() -> None:
    found = find_times("Doors open 8:45 - 10:15 on Friday.", lang="en", reference_date=NOW)
    assert [(m.text, m.value.timex) for m in found] == [
        ("8:45", "2025-07-04T08:45"),
        ("10:15 on Friday", "2025-07-04T10:15"),
    ]
    assert _at("8:45 - 10:15 on Friday", "en") == ("07-04T08:45", "07-04T10:15")


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("2pm - 4:30:00pm", "en", "07-01T14:00", "07-01T16:30"),
        ("entre midi et 3", "fr", "07-01T12:00", "07-01T15:00"),
        ("de 8h à 10", "fr", "07-02T08:00", "07-02T10:00"),
    ],
)
def test_seconds_with_pm_and_a_bare_hour_closing_a_french_range(
    text: str, lang: str, start: str, end: str
) -> None:
    assert _at(text, lang) == (start, end)


@pytest.mark.parametrize(
    ("text", "lang", "timex"),
    [("11h30 GMT", "en", "2025-07-01T11:30Z"), ("à 17 h UTC", "fr", "2025-07-01T17:00Z")],
)
def test_clock_times_written_with_h_keep_their_utc_mark(text: str, lang: str, timex: str) -> None:
    assert value(text, lang, NOW).timex == timex


def test_a_clock_time_passed_by_minutes() -> None:
    found = value("14h passé de 10 minutes", "fr", NOW.date())  # a day: no tense to weigh
    assert (found.start, found.end) == (datetime(2025, 7, 1, 14, 10), datetime(2025, 7, 1, 14, 11))
