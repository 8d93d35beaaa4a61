"""Expressions read from the text around them: a "same day" is the last day named before it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from timeline import Anchor, EventOffset, Relation, TimeMention, extract, find_times, parse_time
from timeline.model import TimeValue

R = date(2025, 7, 1)  # a Tuesday


def _mention(text: str, lang: str, words: str, reference: date | None = R) -> TimeMention:
    """The mention whose text is ``words`` (the last one when it occurs more than once)."""
    found = [m for m in find_times(text, lang=lang, reference_date=reference) if m.text == words]
    if not found:
        pytest.fail(f"{words!r} not found in {text!r}")
    return found[-1]


def _assert_day(value: TimeValue, day: date) -> None:
    assert (value.start, value.end, value.timex) == (day, day + timedelta(days=1), day.isoformat())
    assert value.anchor is Anchor.EVENT
    assert value.relative == EventOffset(Relation.SAME)


@pytest.mark.parametrize(
    ("text", "lang", "words", "day"),
    [
        (
            "The airline's shares slid on Thursday. They closed the day 4% lower.",
            "en",
            "the day",
            date(2025, 6, 26),
        ),
        (
            "Talks began on 3 February 2026 and ended on 5 February 2026. The union "
            "signed the deal the same day.",
            "en",
            "the same day",
            date(2026, 2, 5),
        ),
        (
            "At 9:40 a.m. on March 12, 2024, the index opened higher but fell back "
            "late in the day.",
            "en",
            "late in the day",
            date(2024, 3, 12),
        ),
        (
            "Oil slumped on Wednesday, May 14, 2025, after a rise at the start of the day.",
            "en",
            "the start of the day",
            date(2025, 5, 14),
        ),
        (
            "The vote took place yesterday. For the day, turnout reached 61%.",
            "en",
            "the day",
            date(2025, 6, 30),
        ),
        (
            "Le conseil s'est réuni le 14 octobre 2023. Le même jour, le directeur a démissionné.",
            "fr",
            "Le même jour",
            date(2023, 10, 14),
        ),
        (
            "Mardi 8 avril 2025, la Bourse a chuté. Ce jour-là, le titre a perdu 9 %.",
            "fr",
            "Ce jour-là",
            date(2025, 4, 8),
        ),
    ],
)
def test_a_same_day_takes_the_last_day_named_before_it(
    text: str, lang: str, words: str, day: date
) -> None:
    _assert_day(_mention(text, lang, words).value, day)


def test_a_same_day_needs_no_reference_date_when_a_day_is_named() -> None:
    text = "The merger closed on August 4, 2022; the shares rose that day."
    _assert_day(_mention(text, "en", "that day", None).value, date(2022, 8, 4))


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        # no day named before it: the reference date is not a guess for it
        ("The same day, the regulator opened an inquiry.", "en", "The same day"),
        ("Ce jour-là, le titre a chuté.", "fr", "Ce jour-là"),
        # a month or a year is not a day
        ("In May 2024 the plant closed; that day, 300 jobs went.", "en", "that day"),
        # a named day after it does not count
        (
            "That same day, the firm agreed to pay; it had sued on June 2, 2021.",
            "en",
            "That same day",
        ),
        # nor an open bound ("before Friday")
        ("The offer ran until Friday. On the same day, rivals bid.", "en", "On the same day"),
    ],
)
def test_a_same_day_without_a_day_before_it_stays_on_the_event(
    text: str, lang: str, words: str
) -> None:
    value = _mention(text, lang, words).value
    assert (value.start, value.end, value.timex) == (None, None, "XXXX-XX-XX")
    assert value.anchor is Anchor.EVENT
    assert value.relative == EventOffset(Relation.SAME)


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        (
            "Le 3 mars 2025, le groupe a signé. Peu de temps après, il a recruté.",
            "fr",
            "Peu de temps après",
        ),
        (
            "On June 9, 2025 the deal was signed. The following day, the shares jumped.",
            "en",
            "The following day",
        ),
    ],
)
def test_other_event_relative_times_stay_unresolved_after_a_day(
    text: str, lang: str, words: str
) -> None:
    value = _mention(text, lang, words).value
    assert (value.start, value.end, value.anchor) == (None, None, Anchor.EVENT)


def test_late_in_the_day_is_one_expression_before_after() -> None:
    text = "On Monday, June 30, 2025, the stock recovered late in the day after dropping 6%."
    _assert_day(_mention(text, "en", "late in the day").value, date(2025, 6, 30))


def test_the_expression_alone_stays_unresolved() -> None:
    value = parse_time("the same day", lang="en", reference_date=R)
    assert value is not None and value.start is None


@pytest.mark.parametrize(
    ("text", "lang", "words", "timex", "start", "end"),
    [
        (
            "Exports climbed 6% in October compared with the same month a year earlier.",
            "en",
            "the same month a year earlier",
            "2023-10",
            date(2023, 10, 1),
            date(2023, 11, 1),
        ),
        (
            "First-quarter margins narrowed from the same quarter last year.",
            "en",
            "the same quarter last year",
            "2024-Q1",
            date(2024, 1, 1),
            date(2024, 4, 1),
        ),
        (
            "Bookings for the summer of 2023 topped the same period of the previous year.",
            "en",
            "the same period of the previous year",
            "2022-SU",
            date(2022, 6, 21),
            date(2022, 9, 24),
        ),
        (
            "Revenue for the fourth quarter of 2022 beat the year-ago quarter.",
            "en",
            "the year-ago quarter",
            "2021-Q4",
            date(2021, 10, 1),
            date(2022, 1, 1),
        ),
        (
            "En novembre 2023, les immatriculations ont dépassé celles du même mois de "
            "l'année précédente.",
            "fr",
            "du même mois de l'année précédente",
            "2022-11",
            date(2022, 11, 1),
            date(2022, 12, 1),
        ),
        (
            "Au premier semestre 2024, la fréquentation a baissé par rapport à la même "
            "période de l'an dernier.",
            "fr",
            "la même période de l'an dernier",
            "2023-H1",
            date(2023, 1, 1),
            date(2023, 7, 1),
        ),
    ],
)
def test_the_same_period_a_year_back_is_the_last_period_named_moved_a_year(
    text: str, lang: str, words: str, timex: str, start: date, end: date
) -> None:
    value = _mention(text, lang, words).value
    assert (value.timex, value.start, value.end) == (timex, start, end)
    assert value.anchor is Anchor.EVENT
    assert value.relative is not None and value.relative.relation is Relation.BEFORE


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # nothing named before it
        ("Orders fell against the same month a year ago.", "the same month a year ago"),
        # a day or a year is not the month it speaks of
        (
            "On May 4, 2023 orders fell against the same month a year ago.",
            "the same month a year ago",
        ),
        # "the same quarter" looks for a quarter only
        (
            "Sales in June 2021 beat the same quarter last year.",
            "the same quarter last year",
        ),
    ],
)
def test_the_same_period_without_its_period_before_it_stays_unresolved(
    text: str, words: str
) -> None:
    value = _mention(text, "en", words).value
    assert (value.start, value.end, value.timex) == (None, None, "XXXX-XX-XX")
    assert value.anchor is Anchor.EVENT


@pytest.mark.parametrize(
    ("text", "words", "timex"),
    [
        # a headline without a tense marker
        ("Copper trades at highest price in eight years", "in eight years", "P8Y"),
        # a future clause
        ("The plant will post its first profit in three years.", "in three years", "P3Y"),
        ("It would be the steepest fall in a month.", "in a month", "P1M"),
    ],
)
def test_in_n_years_after_a_superlative_is_a_length(text: str, words: str, timex: str) -> None:
    value = _mention(text, "en", words).value
    assert (value.type, value.timex, value.start) == ("DURATION", timex, None)


def test_in_n_years_without_a_superlative_stays_a_date_ahead() -> None:
    value = _mention("The new terminal opens in eight years.", "en", "in eight years").value
    assert (value.timex, value.start) == ("2033", date(2033, 1, 1))


@pytest.mark.parametrize(
    ("text", "words", "timex"),
    [
        ("Steel output fell to its lowest since '97.", "since '97", "1997"),
        ("The chain was founded in '19.", "'19", "2019"),
    ],
)
def test_two_digits_after_an_apostrophe_are_a_year(text: str, words: str, timex: str) -> None:
    assert _mention(text, "en", words).value.timex == timex


@pytest.mark.parametrize(
    ("text", "words", "timex"),
    [
        ("Refunds take up to seven business days.", "seven business days", "P7D"),
        ("The bonds lost 3% over the last four trading days.", "four trading days", "P4D"),
        ("The brand has changed hands over the years.", "over the years", "PXY"),
    ],
)
def test_days_of_work_and_over_the_years_are_lengths(text: str, words: str, timex: str) -> None:
    value = _mention(text, "en", words).value
    assert (value.type, value.timex, value.start) == ("DURATION", timex, None)


def test_the_timeline_keeps_the_link_of_a_placed_same_day() -> None:
    text = (
        "Norvel acquired Brightline Corp on Tuesday, March 4, 2025. The same day, Norvel "
        "signed a contract with Quarry Labs."
    )
    timeline = extract(text, lang="en", reference_date=date(2025, 3, 10))
    first, second = timeline.events
    assert second.when.anchor is Anchor.EVENT
    assert (second.when.start, second.when.end) == (date(2025, 3, 4), date(2025, 3, 5))
    assert second.refers_to == first.id
    assert timeline.diagnostics == ()
