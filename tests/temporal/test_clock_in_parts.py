"""A clock time said with a part of day, and "N to H" between hours and minutes."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from timeline import Granularity, TimeType, find_times, parse_time

NOW = datetime(2025, 7, 1, 10, 0)  # a Tuesday morning


def _at(text: str, lang: str, rules: str | None = None) -> tuple[str, str]:
    """``[start, end)`` of ``text`` as "MM-DDTHH:MM" in 2025."""
    found = parse_time(text, lang=lang, reference_date=NOW, rules=rules)
    assert found is not None, text
    assert isinstance(found.start, datetime) and isinstance(found.end, datetime)
    assert found.start.year == found.end.year == 2025
    return found.start.strftime("%m-%dT%H:%M"), found.end.strftime("%m-%dT%H:%M")


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        # a clock time that states its half of the day is not read again in the part
        ("ce soir à 2h du matin", "fr", "07-02T02:00", "07-02T03:00"),
        ("demain soir vers 3 heures du matin", "fr", "07-03T03:00", "07-03T04:00"),
        ("jeudi soir à 4h du matin", "fr", "07-04T04:00", "07-04T05:00"),
        ("this evening at 3 am", "en", "07-02T03:00", "07-02T04:00"),
        # midnight said of an evening is the one that ends it
        ("ce soir vers minuit", "fr", "07-02T00:00", "07-02T01:00"),
        ("demain soir à minuit", "fr", "07-03T00:00", "07-03T01:00"),
        ("tonight at midnight", "en", "07-02T00:00", "07-02T01:00"),
        ("midnight this evening", "en", "07-02T00:00", "07-02T01:00"),
        # a night runs past midnight: its small hours are on the next day
        ("cette nuit à 3h", "fr", "07-02T03:00", "07-02T04:00"),
        ("cette nuit vers 23h30", "fr", "07-01T23:30", "07-01T23:31"),
        # bare hours: the reading inside the part, else the nearest to it
        ("ce soir à 10h", "fr", "07-01T22:00", "07-01T23:00"),
        ("ce soir à 1h", "fr", "07-02T01:00", "07-02T02:00"),
        ("cet après-midi vers 4h", "fr", "07-01T16:00", "07-01T17:00"),
        ("ce matin à 7h", "fr", "07-01T07:00", "07-01T08:00"),
        ("tonight at 1", "en", "07-02T01:00", "07-02T02:00"),
        ("this afternoon at 2", "en", "07-01T14:00", "07-01T15:00"),
        ("ce soir à 22h15", "fr", "07-01T22:15", "07-01T22:16"),
        ("samedi soir à 20h", "fr", "07-05T20:00", "07-05T21:00"),
    ],
)
def test_clock_time_in_a_part_of_day(text: str, lang: str, start: str, end: str) -> None:
    assert _at(text, lang) == (start, end)


@pytest.mark.parametrize(
    ("rules", "start"),
    [(None, "07-02T02:00"), ("duckling", "07-01T14:00"), ("recognizers", "07-01T02:00")],
)
def test_small_evening_hour_follows_the_rules(rules: str | None, start: str) -> None:
    """ "tonight at 2": after midnight by default; Duckling's afternoon; Recognizers' own day."""
    assert _at("tonight at 2", "en", rules)[0] == start


def test_stated_small_hour_stays_on_the_part_s_day_with_recognizers() -> None:
    assert _at("ce soir à 2h du matin", "fr", "recognizers")[0] == "07-01T02:00"


@pytest.mark.parametrize(
    ("sentence", "lang", "words", "start"),
    [
        ("Le dîner aura lieu ce soir à 20h30 au château.", "fr", "ce soir à 20h30", (1, 20, 30)),
        (
            "Ils rentreront demain soir vers 1h du matin.",
            "fr",
            "demain soir vers 1h du matin",
            (3, 1, 0),
        ),
        ("The vote is this evening at 9:45.", "en", "this evening at 9:45", (1, 21, 45)),
    ],
)
def test_part_of_day_and_its_clock_time_are_one_mention(
    sentence: str, lang: str, words: str, start: tuple[int, int, int]
) -> None:
    found = find_times(sentence, lang=lang, reference_date=NOW)
    assert [m.text for m in found] == [words]
    assert found[0].value.start == datetime(2025, 7, *start)


def test_day_and_its_clock_time_stay_two_mentions() -> None:
    """TimeML marks "samedi" and "9 h" apart; the clock time still takes the day."""
    found = find_times("Rendez-vous samedi à 9 h devant la gare.", lang="fr", reference_date=NOW)
    assert [m.text for m in found] == ["samedi", "9 h"]
    assert found[1].value.start == datetime(2025, 7, 5, 9, 0)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # digits without "minutes": a range of hours sharing the am / pm or part of day
        ("6 to 8 pm", "07-01T18:00", "07-01T20:00"),
        ("8 till 11 am", "07-02T08:00", "07-02T11:00"),  # 8 am has passed at R
        ("5 to 7 this evening", "07-01T17:00", "07-01T19:00"),
        ("6 until 10 tonight", "07-01T18:00", "07-01T22:00"),
        ("10 to 2 pm", "07-01T10:00", "07-01T14:00"),
        # minutes before the hour: a spoken count, or "minutes"
        ("twenty to four pm", "07-01T15:40", "07-01T15:41"),
        ("ten to eleven tonight", "07-01T22:50", "07-01T22:51"),
        ("twenty-five to midnight", "07-01T23:35", "07-01T23:36"),
        ("5 minutes to midnight", "07-01T23:55", "07-01T23:56"),
        ("12 mins to 6 pm", "07-01T17:48", "07-01T17:49"),
        ("a quarter to eight pm", "07-01T19:45", "07-01T19:46"),
        ("twenty minutes past six pm", "07-01T18:20", "07-01T18:21"),
        # digits that cannot be a first hour ("20 to midnight" would be a range)
        ("25 to noon", "07-01T11:35", "07-01T11:36"),
    ],
)
def test_n_to_h(text: str, start: str, end: str) -> None:
    assert _at(text, "en") == (start, end)


def test_a_score_with_a_day_is_no_range_of_hours() -> None:
    found = find_times("They lost 3 to 5 on Sunday.", lang="en", reference_date=NOW)
    assert [m.text for m in found] == ["Sunday"]


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        # spelled hours 21 to 23, and minutes that could be an hour before "du matin"
        ("à vingt-trois heures", "fr", "07-01T23:00", "07-02T00:00"),
        ("vers vingt et une heures trente", "fr", "07-01T21:30", "07-01T21:31"),
        ("à 2h10 du matin", "fr", "07-02T02:10", "07-02T02:11"),
        ("vers 4 h 20 du matin", "fr", "07-02T04:20", "07-02T04:21"),
        # a singular "heure": one o'clock, midnight, 21:00
        ("vers une heure du matin", "fr", "07-02T01:00", "07-02T02:00"),
        ("à une heure et demie", "fr", "07-02T01:30", "07-02T01:31"),
        ("à 0 heure", "fr", "07-02T00:00", "07-02T01:00"),
        ("à une heure demain", "fr", "07-02T01:00", "07-02T02:00"),
        ("vers vingt et une heure ce soir", "fr", "07-01T21:00", "07-01T22:00"),
        # a part of day before R with a stated or bare hour keeps its own day
        ("last night at 7 pm", "en", "06-30T19:00", "06-30T20:00"),
        ("last night at 8", "en", "06-30T20:00", "06-30T21:00"),
        ("Saturday night at 7", "en", "07-05T19:00", "07-05T20:00"),
        # a clock time moved by minutes is the next such time, as the clock alone
        ("at ten to ten am", "en", "07-02T09:50", "07-02T09:51"),
        ("at half past one pm", "en", "07-01T13:30", "07-01T13:31"),
    ],
)
def test_clock_forms_found_by_the_properties(text: str, lang: str, start: str, end: str) -> None:
    assert _at(text, lang) == (start, end)


def test_a_singular_heure_before_de_is_a_distance() -> None:
    found = find_times("Le village est à une heure de Lyon.", lang="fr", reference_date=NOW)
    assert all(m.value.type is not TimeType.TIME for m in found)


def test_compound_numbers_count() -> None:
    found = find_times("Il a travaillé vingt-six heures d'affilée.", lang="fr", reference_date=NOW)
    assert [(m.text, m.value.timex) for m in found] == [("vingt-six heures", "PT26H")]


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        ("Un orage a frappé la ville cette nuit.", (6, 30, 22), (7, 1, 4)),
        ("Un orage frappera la ville cette nuit.", (7, 1, 22), (7, 2, 4)),
        ("Les pompiers sont intervenus cette nuit vers 2h30.", (7, 1, 2, 30), (7, 1, 2, 31)),
    ],
)
def test_cette_nuit_in_a_past_clause_is_the_night_before(
    sentence: str, start: tuple[int, ...], end: tuple[int, ...]
) -> None:
    (found,) = find_times(sentence, lang="fr", reference_date=NOW)
    assert (found.value.start, found.value.end) == (datetime(2025, *start), datetime(2025, *end))


@pytest.mark.parametrize(
    "sentence",
    ["The Bears won 27 to 6 tonight.", "Rovers lost 4 to 2 this evening.", "It won 30 to 10 pm."],
)
def test_a_score_before_a_part_of_day_is_no_clock_time(sentence: str) -> None:
    found = find_times(sentence, lang="en", reference_date=NOW)
    assert all(m.value.granularity not in (Granularity.HOUR, Granularity.MINUTE) for m in found)


def test_digits_to_an_hour_are_minutes_only_before_noon_or_midnight() -> None:
    assert _at("35 to midnight", "en") == ("07-01T23:25", "07-01T23:26")
    found = find_times("The Jets won 20 to 9 tonight.", lang="en", reference_date=NOW)
    assert [m.value.start for m in found if m.value.granularity is Granularity.MINUTE] == []


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("tonight at twenty to ten", "07-01T21:40"),
        ("at ten past four.", "07-02T04:10"),
        ("at five to six pm", "07-01T17:55"),
        ("twenty past eight tomorrow morning", "07-02T08:20"),
        ("a quarter to seven tomorrow evening", "07-02T18:45"),
        ("twenty-five minutes past eleven tonight", "07-01T23:25"),
        ("half past six this evening", "07-01T18:30"),
    ],
)
def test_spoken_minutes_with_a_spelled_hour(text: str, start: str) -> None:
    assert _at(text, "en")[0] == start


@pytest.mark.parametrize(
    "sentence",
    [
        "About ten to twelve people were hurt.",
        "At ten to fifteen percent, growth is strong.",
        "They drew two to three tonight.",
    ],
)
def test_counts_before_to_are_no_minutes(sentence: str) -> None:
    found = find_times(sentence, lang="en", reference_date=NOW)
    assert all(m.value.granularity is not Granularity.MINUTE for m in found)


def test_a_part_of_day_and_a_clock_time_take_their_sentence_s_day() -> None:
    sentence = "Le conseil se réunira jeudi dans la soirée, vers 21h30."
    found = find_times(sentence, lang="fr", reference_date=NOW)
    clocks = [m.value.start for m in found if m.value.granularity is Granularity.MINUTE]
    assert clocks == [datetime(2025, 7, 3, 21, 30)]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("à une heure moins vingt", "07-02T00:40"),
        ("ce soir vers onze heures moins cinq", "07-01T22:55"),
        ("demain à 8h moins 10", "07-02T07:50"),
        ("vers vingt et une heure moins le quart.", "07-01T20:45"),
    ],
)
def test_french_minutes_before_the_hour(text: str, start: str) -> None:
    assert _at(text, "fr")[0] == start


def test_a_range_of_bare_hours_keeps_its_end_on_a_day() -> None:
    found = find_times("Stalls will open 8 to 11 pm on Saturday.", lang="en", reference_date=NOW)
    clocks = [m.value for m in found if m.value.granularity is Granularity.HOUR]
    assert [(v.start, v.end) for v in clocks] == [
        (datetime(2025, 7, 5, 20, 0), datetime(2025, 7, 5, 23, 0))
    ]


def test_bare_hours_read_into_more_than_half_a_day_are_no_range() -> None:
    found = find_times("Children aged 9 to 12 tonight.", lang="en", reference_date=NOW)
    assert all(m.value.granularity is not Granularity.HOUR for m in found)


@pytest.mark.parametrize(
    "sentence", ["Il a nagé pendant 1 h 40.", "Elle a bouclé le parcours en 4h05."]
)
def test_a_length_in_hours_is_no_clock_time(sentence: str) -> None:
    found = find_times(sentence, lang="fr", reference_date=NOW)
    assert all(m.value.granularity is not Granularity.MINUTE for m in found)


@pytest.mark.parametrize(
    ("text", "length", "day"),
    [
        ("Le jury a délibéré pendant trois heures mercredi soir.", "PT3H", "2025-06-25TEV"),
        ("Les deux patrons ont parlé durant 2 heures lundi.", "PT2H", "2025-06-30"),
        ("La séance a duré trois heures mardi.", "PT3H", "2025-07-01"),
    ],
)
def test_after_pendant_a_number_of_hours_is_a_length_not_a_clock_time(
    text: str, length: str, day: str
) -> None:
    found = find_times(text, lang="fr", reference_date=date(2025, 7, 1))
    assert [m.value.timex for m in found] == [length, day]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The race lasted 2h.", "2h"),
        ("The flight will take 3h.", "3h"),
        ("It took nearly 4h to agree.", "4h"),
        ("He finished the race in 2h.", "in 2h"),
    ],
)
def test_english_hours_after_a_word_of_length_or_in_a_past_clause_are_a_length(
    text: str, words: str
) -> None:
    for reference in (date(2025, 11, 15), datetime(2025, 11, 15, 10, 0)):
        [mention] = find_times(text, lang="en", reference_date=reference)
        assert (mention.text, mention.value.type) == (words, TimeType.DURATION)


def test_after_a_verb_of_lasting_hours_and_minutes_are_no_clock_time() -> None:
    assert find_times("La réunion a duré 2h30.", lang="fr", reference_date=date(2025, 7, 1)) == []
