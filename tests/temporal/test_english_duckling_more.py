"""More English patterns (round 9): clock ranges on a stated day with whole-unit ends, "the
beginning of" a month or year."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from timeline import Mod, find_times, parse_time

from .helpers import R, interval

MORNING_R = datetime(2025, 7, 1, 8, 10)  # Tuesday morning


@pytest.mark.parametrize(
    ("text", "start", "whole_end", "end"),
    [
        ("Friday from 8:15 to 10:45", datetime(2025, 7, 4, 8, 15), (10, 46), (10, 45)),
        ("between 14:00 and 15:30 on friday", datetime(2025, 7, 4, 14), (15, 31), (15, 30)),
        ("8:15 - 10:45 on Friday", datetime(2025, 7, 4, 8, 15), (10, 46), (10, 45)),
        ("this Wed 2-4pm", datetime(2025, 7, 2, 14), (17, 0), (16, 0)),
        ("3pm-5pm tomorrow", datetime(2025, 7, 2, 15), (18, 0), (17, 0)),
    ],
)
def test_a_clock_range_on_a_day_keeps_whole_unit_ends(
    text: str, start: datetime, whole_end: tuple[int, int], end: tuple[int, int]
) -> None:
    whole = parse_time(text, lang="en", reference_date=MORNING_R, rules="duckling")
    assert whole is not None and (whole.start, whole.end) == (
        start,
        start.replace(hour=whole_end[0], minute=whole_end[1]),
    )
    default = parse_time(text, lang="en", reference_date=MORNING_R)
    assert default is not None and (default.start, default.end) == (
        start,
        start.replace(hour=end[0], minute=end[1]),
    )


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("beginning of March", date(2026, 3, 1), date(2026, 3, 11)),
        ("the beginning of March", date(2026, 3, 1), date(2026, 3, 11)),
        ("beginning of 2029", date(2029, 1, 1), date(2029, 4, 1)),
        ("start of 2029", date(2029, 1, 1), date(2029, 4, 1)),
    ],
)
def test_the_beginning_of_a_month_or_year_is_its_first_part(
    text: str, start: date, end: date
) -> None:
    found = parse_time(text, lang="en", reference_date=R)
    assert found is not None and (found.start, found.end) == (start, end)
    assert found.mod is Mod.START


def test_beginning_before_a_date_still_opens_a_range() -> None:
    assert interval("beginning March 3", "en") == (date(2026, 3, 3), None)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("evening", datetime(2025, 7, 1, 18), datetime(2025, 7, 2)),
        ("afternoon", datetime(2025, 7, 1, 12), datetime(2025, 7, 1, 19)),
    ],
)
def test_a_part_of_the_day_alone_is_rs_days(text: str, start: datetime, end: datetime) -> None:
    found = parse_time(text, lang="en", reference_date=MORNING_R)
    assert found is not None and (found.start, found.end) == (start, end)


def test_a_part_of_the_day_inside_a_sentence_is_not_read_alone() -> None:
    assert not find_times("The morning papers ran it.", lang="en", reference_date=MORNING_R)


@pytest.mark.parametrize(
    ("text", "hour", "minute"),
    [("at 0945", 9, 45), ("around 1615", 16, 15), ("approximately 2205", 22, 5)],
)
def test_a_military_clock_time_alone(text: str, hour: int, minute: int) -> None:
    found = parse_time(text, lang="en", reference_date=MORNING_R)
    assert found is not None and found.start == datetime(2025, 7, 1, hour, minute)


def test_around_a_year_alone_stays_a_year() -> None:
    found = parse_time("around 2010", lang="en", reference_date=R)
    assert found is not None and (found.start, found.end) == (date(2010, 1, 1), date(2011, 1, 1))


@pytest.mark.parametrize("text", ["the index closed at 1250", "at 1290", "at 2400", "at 1999"])
def test_a_number_after_at_in_a_sentence_or_out_of_range_is_no_clock(text: str) -> None:
    assert parse_time(text, lang="en", reference_date=MORNING_R) is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Parsi New Year 2019", date(2019, 8, 17)),
        ("parsi new year 2021", date(2021, 8, 16)),
        ("Parsi New Year 2025", date(2025, 8, 15)),
        ("Yom HaShoah 2019", date(2019, 5, 2)),  # 27 Nisan, a Thursday
        ("yom hashoah 2021", date(2021, 4, 8)),
        ("Yom HaShoah 2016", date(2016, 5, 5)),  # 27 Nisan is a Thursday
        ("Yom HaShoah 2020", date(2020, 4, 21)),  # 27 Nisan, a Tuesday
        ("Yom Ha'atzmaut 2019", date(2019, 5, 9)),  # 5 Iyar a Friday: the Thursday
        ("yom haatzmaut 2017", date(2017, 5, 2)),  # 5 Iyar a Monday: the Tuesday
        ("yom haatzmaut 2016", date(2016, 5, 12)),  # 5 Iyar a Friday: the Thursday
    ],
)
def test_parsi_new_year_and_israeli_days_of_remembrance(text: str, day: date) -> None:
    found = parse_time(text, lang="en", reference_date=R)
    assert found is not None and (found.start, found.end) == (day, day + timedelta(days=1))
    eve = parse_time(text, lang="en", reference_date=R, rules="duckling")
    jewish = not text.lower().startswith("parsi")
    assert eve is not None and eve.start == day - timedelta(days=int(jewish))


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Rabindra Jayanti 2021", date(2021, 5, 9)),
        ("rabindranath jayanti 2024", date(2024, 5, 8)),  # a leap year
        ("Tu BiShvat 2017", date(2017, 2, 11)),
        ("tu b'shvat 2022", date(2022, 1, 17)),  # a Hebrew leap year: three months back
        ("Tu Bishvat 2026", date(2026, 2, 2)),
    ],
)
def test_rabindra_jayanti_and_tu_bishvat(text: str, day: date) -> None:
    found = parse_time(text, lang="en", reference_date=R)
    assert found is not None and (found.start, found.end) == (day, day + timedelta(days=1))


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("the last wkend of August", date(2025, 8, 30)),
        ("last week end of November", date(2025, 11, 29)),
        ("the first wkend of September", date(2025, 9, 6)),
    ],
)
def test_a_weekend_of_a_month_spelled_short_or_in_two_words(text: str, start: date) -> None:
    assert interval(text, "en") == (start, start + timedelta(days=2))


def test_an_iso_interval_of_two_times_on_their_days() -> None:
    found = parse_time("2024-11-02 08:15:00/2024-11-03 19:45:00", lang="en", reference_date=R)
    assert found is not None
    assert (found.start, found.end) == (datetime(2024, 11, 2, 8, 15), datetime(2024, 11, 3, 19, 45))
    assert parse_time("8:15/9:45", lang="en", reference_date=R) is None  # no days: no range


@pytest.mark.parametrize("text", ["by EOD", "by the EOD"])
def test_by_eod_is_by_the_end_of_rs_day(text: str) -> None:
    assert interval(text, "en") == (R, date(2025, 7, 2))
    found = parse_time(text, lang="en", reference_date=MORNING_R, rules="duckling")
    assert found is not None and (found.start, found.end) == (MORNING_R, datetime(2025, 7, 2))


def test_eod_alone_is_no_time() -> None:
    assert parse_time("the EOD unit", lang="en", reference_date=R) is None


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("by the end of the month", datetime(2025, 8, 1)),
        ("by the EOY", datetime(2026, 1, 1)),
        ("by the end of next month", datetime(2025, 9, 1)),
    ],
)
def test_by_x_starts_at_rs_instant_when_now_is_an_instant(text: str, end: datetime) -> None:
    found = parse_time(text, lang="en", reference_date=MORNING_R, rules="duckling")
    assert found is not None and (found.start, found.end) == (MORNING_R, end)
    default = parse_time(text, lang="en", reference_date=MORNING_R)
    assert default is not None and (default.start, default.end) == (R, end.date())


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("at half nine", datetime(2025, 7, 1, 9, 30)),
        ("half eleven", datetime(2025, 7, 1, 11, 30)),
    ],
)
def test_british_half_and_an_hour_is_half_past(text: str, start: datetime) -> None:
    found = parse_time(text, lang="en", reference_date=MORNING_R)
    assert found is not None and found.start == start


def test_half_and_a_number_in_running_text_is_no_clock() -> None:
    found = find_times("Sales fell by half three years ago.", lang="en", reference_date=R)
    assert [m.text for m in found] == ["three years ago"]
    found = find_times("Prices were at half three years ago.", lang="en", reference_date=R)
    assert [m.text for m in found] == ["three years ago"]
    found = find_times("We meet at half nine, as planned.", lang="en", reference_date=R)
    assert [m.text for m in found] == ["half nine"]


def test_within_n_units_starts_at_rs_instant_when_now_is_an_instant() -> None:
    found = parse_time("within 3 weeks", lang="en", reference_date=MORNING_R, rules="duckling")
    assert found is not None and (found.start, found.end) == (MORNING_R, datetime(2025, 7, 22))
    default = parse_time("within 3 weeks", lang="en", reference_date=MORNING_R)
    assert default is not None and (default.start, default.end) == (R, date(2025, 7, 22))
    hours = parse_time("within 2 hours", lang="en", reference_date=MORNING_R, rules="duckling")
    assert hours is not None and (hours.start, hours.end) == (
        MORNING_R,
        datetime(2025, 7, 1, 10, 10),
    )


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("10 tomorrow", datetime(2025, 7, 2, 10)),
        ("at 11 on Thursday", datetime(2025, 7, 3, 11)),
        ("around 16 tomorrow", datetime(2025, 7, 2, 16)),
    ],
)
def test_a_bare_hour_before_its_day_alone(text: str, start: datetime) -> None:
    found = parse_time(text, lang="en", reference_date=MORNING_R)
    assert found is not None and (found.start, found.end) == (
        start,
        start.replace(hour=start.hour + 1),
    )


def test_a_bare_hour_before_a_day_in_running_text_is_not_a_clock() -> None:
    found = find_times("The stock closed at 5 on Friday.", lang="en", reference_date=R)
    assert [(m.text, m.value.start) for m in found] == [
        ("Friday", date(2025, 6, 27))
    ]  # past clause
