"""English business-news shapes read in running text: quarters in a future clause, clock
times with a weekday after "a.m.", bounds to the end of a unit, short or unchanging past
verbs, "effective" dates, half-yearly sets, trailing windows, lengths counted from an
event."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from timeline import Granularity, Mod, TimeType, TimeValue, find_times

R = date(2026, 5, 20)  # a Wednesday, in the second quarter


def only(text: str, found: str, reference: date | datetime = R) -> TimeValue:
    """The value of the mention ``found`` in ``text``; fails when it is not there."""
    for mention in find_times(text, lang="en", reference_date=reference):
        if mention.text == found:
            return mention.value
    pytest.fail(f"{found!r} not found in {text!r}")


@pytest.mark.parametrize(
    ("text", "found", "start", "end"),
    [
        # a quarter or half already over, in a future clause: next year's
        (
            "Harlow Metals expects the sale to be completed in the first quarter.",
            "the first quarter",
            date(2027, 1, 1),
            date(2027, 4, 1),
        ),
        (
            "The carve-out will take place in the first half.",
            "the first half",
            date(2026, 1, 1),
            date(2026, 7, 1),
        ),
        (
            "The plant will restart in the second quarter.",
            "the second quarter",
            date(2026, 4, 1),
            date(2026, 7, 1),
        ),
        (
            "The lender aims to finish the review by the end of the first quarter.",
            "by the end of the first quarter",
            R,
            date(2027, 4, 1),
        ),
        # past clause, or a quarter that qualifies a noun: R's year
        (
            "Shipments slipped in the first quarter.",
            "the first quarter",
            date(2026, 1, 1),
            date(2026, 4, 1),
        ),
        (
            "Harlow will publish first-quarter figures on June 2.",
            "first-quarter",
            date(2026, 1, 1),
            date(2026, 4, 1),
        ),
        (
            "The deal will close in the first quarter of 2026.",
            "the first quarter of 2026",
            date(2026, 1, 1),
            date(2026, 4, 1),
        ),
        (
            "Orders will pick up in the third quarter of the year.",
            "the third quarter of the year",
            date(2026, 7, 1),
            date(2026, 10, 1),
        ),
    ],
)
def test_a_quarter_without_a_year_follows_the_clause(
    text: str, found: str, start: date, end: date
) -> None:
    got = only(text, found)
    assert (got.start, got.end) == (start, end)


def test_a_clock_time_then_a_weekday_after_am_pm_is_one_time() -> None:
    got = only("Dock workers stopped work at 7 a.m. Monday.", "7 a.m. Monday")
    assert got.start == datetime(2026, 5, 18, 7, 0)
    assert got.type is TimeType.TIME


def test_a_clock_time_with_a_us_zone_region_keeps_its_day() -> None:
    got = only("The auction will end at 3 p.m. Pacific on Friday.", "3 p.m.")
    assert got.start == datetime(2026, 5, 22, 15, 0)


def test_a_sentence_still_ends_after_am_before_another_word() -> None:
    mentions = find_times(
        "Voting opened at 9 a.m. Prices rose on Friday.", lang="en", reference_date=R
    )
    friday = [m.value for m in mentions if m.text == "Friday"]
    assert [v.start for v in friday] == [date(2026, 5, 15)]


@pytest.mark.parametrize(
    ("text", "found", "end"),
    [
        (
            "The discount is valid until the end of the year.",
            "until the end of the year",
            date(2027, 1, 1),
        ),
        (
            "The waiver is in force through the end of the month.",
            "through the end of the month",
            date(2026, 12, 1),
        ),
        (
            "The price freeze is valid until the end of 2026.",
            "until the end of 2026",
            date(2027, 1, 1),
        ),
    ],
)
def test_until_the_end_of_a_unit_holding_r_runs_to_its_end(
    text: str, found: str, end: date
) -> None:
    late = date(2026, 11, 24)  # in the end part of its month and of its year
    got = only(text, found, late)
    assert (got.start, got.end, got.mod) == (late, end, Mod.ON_OR_BEFORE)


@pytest.mark.parametrize(
    ("text", "found", "start", "end"),
    [
        ("Two shareholders sued in February.", "February", date(2026, 2, 1), date(2026, 3, 1)),
        (
            "Results for the six months to March beat forecasts.",
            "the six months to March",
            date(2025, 10, 1),
            date(2026, 4, 1),
        ),
        (
            "The bid represents a discount to Monday's price.",
            "Monday",
            date(2026, 5, 18),
            date(2026, 5, 19),
        ),
        # a term that runs out looks forward, whatever a clause after "unless" says
        (
            "The standstill expires on June 12 unless renewed.",
            "June 12",
            date(2026, 6, 12),
            date(2026, 6, 13),
        ),
    ],
)
def test_the_tense_of_short_or_unchanging_verbs(
    text: str, found: str, start: date, end: date
) -> None:
    got = only(text, found)
    assert (got.start, got.end) == (start, end)


def test_effective_in_a_past_clause_takes_the_nearest_day() -> None:
    got = only("The board appointed a new finance chief, effective June 1.", "effective June 1")
    assert (got.start, got.end, got.mod) == (date(2026, 6, 1), None, Mod.ON_OR_AFTER)
    got = only("The surcharge, effective April 1, weighed on demand.", "effective April 1")
    assert (got.start, got.end, got.mod) == (date(2026, 4, 1), R, Mod.ON_OR_AFTER)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Coupons are paid semiannually.", "semiannually"),
        ("The fund reports on a semi-annual basis.", "semi-annual"),
        ("The group pays a half-yearly dividend.", "half-yearly"),
    ],
)
def test_half_yearly_is_a_set_of_six_months(text: str, found: str) -> None:
    got = only(text, found)
    assert (got.type, got.timex) == (TimeType.SET, "P6M")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Sales over the trailing 12 months topped $2 billion.", "over the trailing 12 months"),
        ("Trailing 12-month revenue rose 6%.", "Trailing 12-month"),
    ],
)
def test_a_trailing_window_ends_at_r(text: str, found: str) -> None:
    got = only(text, found)
    assert (got.start, got.end) == (date(2025, 5, 20), R)
    assert got.type is TimeType.DURATION


def test_within_a_length_of_an_event_is_not_counted_from_r() -> None:
    got = only("Buyers can cancel within 14 days of delivery.", "within 14 days")
    assert (got.type, got.timex, got.start) == (TimeType.DURATION, "P14D", None)
    got = only("Buyers can cancel within 14 days.", "within 14 days")
    assert (got.start, got.end) == (R, date(2026, 6, 3))
    assert got.granularity is Granularity.DAY


@pytest.mark.parametrize(
    ("text", "found", "start"),
    [
        # a comparison with what was expected has no tense of its own
        ("Margins widened more than expected in April.", "April", date(2026, 4, 1)),
        (
            "Costs fell less than expected in the first quarter.",
            "the first quarter",
            date(2026, 1, 1),
        ),
        ("As expected, the lender cut its rate in March.", "March", date(2026, 3, 1)),
        ("Revenue will be weaker than expected in April.", "April", date(2027, 4, 1)),
        # "expected" that waits for something looks forward
        ("The sale is expected to close in April.", "April", date(2027, 4, 1)),
        (
            "The spin-off, expected to be completed in April, needs approval.",
            "April",
            date(2027, 4, 1),
        ),
        ("A verdict expected in April could weigh on the shares.", "April", date(2027, 4, 1)),
        ("Traders expected a cut in April.", "April", date(2026, 4, 1)),
    ],
)
def test_expected_looks_forward_only_when_something_is_awaited(
    text: str, found: str, start: date
) -> None:
    assert only(text, found).start == start


def test_a_length_before_a_weekday_in_a_past_clause_is_no_future_day() -> None:
    text = "The retailer held its first press briefing in three years on Monday."
    mentions = {m.text: m.value for m in find_times(text, lang="en", reference_date=R)}
    assert mentions["in three years"].type is TimeType.DURATION
    assert mentions["Monday"].start == date(2026, 5, 18)
    got = only("The teams will meet in two weeks on Friday.", "in two weeks on Friday")
    assert got.start == date(2026, 6, 5)


@pytest.mark.parametrize(
    ("text", "found", "start", "end"),
    [
        (
            "Output in the year through March grew 4%.",
            "the year through March",
            date(2025, 4, 1),
            date(2026, 4, 1),
        ),
        (
            "Sales fell 3% in the nine months to the end of March.",
            "the nine months to the end of March",
            date(2025, 7, 1),
            date(2026, 4, 1),
        ),
    ],
)
def test_a_span_through_or_to_the_end_of_a_month(
    text: str, found: str, start: date, end: date
) -> None:
    got = only(text, found)
    assert (got.start, got.end, got.type) == (start, end, TimeType.DURATION)


@pytest.mark.parametrize(
    ("text", "found", "timex"),
    [
        ("The audit is expected to last six weeks.", "last six weeks", "P6W"),
        ("The outage could last three days.", "last three days", "P3D"),
    ],
)
def test_last_as_a_verb_gives_a_length(text: str, found: str, timex: str) -> None:
    got = only(text, found)
    assert (got.type, got.timex, got.start) == (TimeType.DURATION, timex, None)
    assert only("Prices rose over the last six weeks.", "over the last six weeks").end == R


@pytest.mark.parametrize(
    ("text", "found", "start"),
    [
        # a past verb right after a number: an index name or a year as the subject
        ("The Nikkei 225 climbed 2% in April.", "April", date(2026, 4, 1)),
        ("The group's fiscal 2026 ended in March.", "March", date(2026, 3, 1)),
        ("The FTSE 100 dropped on Friday.", "Friday", date(2026, 5, 15)),
    ],
)
def test_a_past_verb_after_a_number_dates_the_clause(text: str, found: str, start: date) -> None:
    assert only(text, found).start == start


def test_into_a_year_at_the_end_of_a_clause() -> None:
    got = only("Management sees the slowdown lasting into 2027.", "2027")
    assert (got.start, got.end) == (date(2027, 1, 1), date(2028, 1, 1))
    found = find_times("The shares were split into 2000 lots.", lang="en", reference_date=R)
    assert [m.text for m in found] == []


@pytest.mark.parametrize(
    ("text", "found", "start", "end"),
    [
        ("The listing should happen in Q1.", "Q1", date(2027, 1, 1), date(2027, 4, 1)),
        ("The listing happened in Q1.", "Q1", date(2026, 1, 1), date(2026, 4, 1)),
        ("Hiring will resume in H1.", "H1", date(2026, 1, 1), date(2026, 7, 1)),
        ("Margins narrowed in 3Q25.", "3Q25", date(2025, 7, 1), date(2025, 10, 1)),
    ],
)
def test_a_quarter_written_q_after_a_preposition(
    text: str, found: str, start: date, end: date
) -> None:
    got = only(text, found)
    assert (got.start, got.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "found", "start", "end"),
    [
        (
            "The group lost money in the January-March quarter.",
            "January-March",
            date(2026, 1, 1),
            date(2026, 4, 1),
        ),
        (
            "Deliveries in the July to September period rose.",
            "July to September",
            date(2025, 7, 1),
            date(2025, 10, 1),
        ),
    ],
)
def test_a_period_named_by_its_months(text: str, found: str, start: date, end: date) -> None:
    got = only(text, found)
    assert (got.start, got.end) == (start, end)


def test_more_than_doubled_is_past() -> None:
    january = date(2026, 1, 8)
    got = only("Third-quarter sales more than doubled.", "Third-quarter", january)
    assert (got.start, got.end) == (date(2025, 7, 1), date(2025, 10, 1))


def test_from_a_unit_holding_r_in_a_future_clause_is_open_after() -> None:
    january = date(2026, 1, 8)
    got = only("Fares will go up by 4% from January.", "from January", january)
    assert (got.start, got.end, got.mod) == (date(2026, 1, 1), None, Mod.ON_OR_AFTER)
    got = only("Fares went up by 4% from January.", "from January", january)
    assert (got.start, got.end) == (date(2026, 1, 1), january)


@pytest.mark.parametrize(
    ("text", "found", "start", "end"),
    [
        (
            "The chain swung to a loss in its most recent quarter.",
            "most recent quarter",
            date(2026, 1, 1),
            date(2026, 4, 1),
        ),
        (
            "Cash burn slowed in the latest month.",
            "latest month",
            date(2026, 4, 1),
            date(2026, 5, 1),
        ),
        (
            "Rents are lower than at this time last year.",
            "at this time last year",
            date(2025, 1, 1),
            date(2026, 1, 1),
        ),
    ],
)
def test_the_last_period_reported(text: str, found: str, start: date, end: date) -> None:
    got = only(text, found)
    assert (got.start, got.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "found", "end"),
    [
        ("The standstill lasted until April.", "until April", date(2026, 5, 1)),
        ("Talks continued until early March.", "until early March", date(2026, 3, 11)),
    ],
)
def test_a_past_verb_of_lasting_before_until_keeps_x_before_r(
    text: str, found: str, end: date
) -> None:
    got = only(text, found)
    assert (got.start, got.end, got.mod) == (None, end, Mod.ON_OR_BEFORE)
    extended = only("The standstill was extended until April.", "until April")
    assert (extended.start, extended.end) == (R, date(2027, 5, 1))


@pytest.mark.parametrize(
    ("text", "found", "timex"),
    [
        ("The notes pay 6.25% a year.", "a year", "P1Y"),
        ("The plant ships 300 trucks a week.", "a week", "P1W"),
        ("Subscribers pay 12 dollars a month.", "a month", "P1M"),
    ],
)
def test_an_amount_a_unit_is_a_rate(text: str, found: str, timex: str) -> None:
    got = only(text, found)
    assert (got.type, got.timex) == (TimeType.SET, timex)
    assert only("The review took a week.", "a week").type is TimeType.DURATION


@pytest.mark.parametrize(
    ("text", "found", "start", "end"),
    [
        (
            "Bookings rose 9% from a year ago.",
            "from a year ago",
            date(2025, 1, 1),
            date(2026, 1, 1),
        ),
        (
            "Orders slipped from two months ago.",
            "from two months ago",
            date(2026, 3, 1),
            date(2026, 4, 1),
        ),
        ("Fees fell 2% from last year.", "from last year", date(2025, 1, 1), date(2026, 1, 1)),
    ],
)
def test_from_a_past_time_is_a_base_of_comparison(
    text: str, found: str, start: date, end: date
) -> None:
    got = only(text, found)
    assert (got.start, got.end, got.mod) == (start, end, None)


def test_no_earlier_than_a_month_is_open_after_it() -> None:
    got = only("A ruling will come no earlier than July.", "no earlier than July")
    assert (got.start, got.end, got.mod) == (date(2026, 7, 1), None, Mod.ON_OR_AFTER)
    found = find_times("The curbs stay until at least July.", lang="en", reference_date=R)
    assert [m.text for m in found] == []  # a floor on the end: no upper bound to report


@pytest.mark.parametrize(
    ("text", "found", "timex"),
    [
        ("Its fiscal second quarter ends in October.", "fiscal second quarter", "XXXX-Q2"),
        ("Fiscal fourth-quarter sales beat forecasts.", "Fiscal fourth-quarter", "XXXX-Q4"),
        ("Margins improved in fiscal Q1.", "fiscal Q1", "XXXX-Q1"),
        (
            "The chain will report fiscal 2027 second-quarter figures.",
            "fiscal 2027 second-quarter",
            "XXXX-Q2",
        ),
    ],
)
def test_a_fiscal_quarter_has_no_calendar_days(text: str, found: str, timex: str) -> None:
    got = only(text, found)
    assert (got.timex, got.start, got.end) == (timex, None, None)
