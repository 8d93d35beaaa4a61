"""Instant keys, outward-rounded shifts and bound harmonisation."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.model import Period
from timeline.order.instants import harmonise, instant_key, shift


def test_keys_order_dates_and_datetimes_together():
    assert instant_key(date(2025, 1, 1)) == instant_key(datetime(2025, 1, 1))
    assert instant_key(date(2025, 1, 1)) < instant_key(datetime(2025, 1, 1, 0, 0, 1))
    paris = timezone(timedelta(hours=1))
    assert instant_key(datetime(2025, 1, 1, 1, tzinfo=paris)) == instant_key(date(2025, 1, 1))


def test_fractional_and_vague_periods_round_outward():
    day = date(2025, 1, 10)
    assert shift(day, Period("1.5", "day"), 1, "down") == date(2025, 1, 11)
    assert shift(day, Period("1.5", "day"), 1, "up") == date(2025, 1, 12)
    assert shift(day, Period("0.5", "month"), -1, "down") == date(2024, 12, 10)
    assert shift(day, Period(None, "month"), 1, "up") is None
    assert shift(day, Period(3, "hour"), 1, "up") == date(2025, 1, 11)


def test_out_of_calendar_shifts_are_unbounded():
    assert shift(date(1, 1, 5), Period(1, "year"), -1, "down") is None
    assert shift(date(9999, 12, 1), Period(1, "month"), 1, "up") is None


def test_harmonise_keeps_instants_in_place():
    start, end = harmonise(date(2025, 1, 1), datetime(2025, 1, 1, 12))
    assert start == datetime(2025, 1, 1) and end == datetime(2025, 1, 1, 12)
    aware = datetime(2025, 1, 1, 12, tzinfo=timezone.utc)
    start, end = harmonise(datetime(2025, 1, 1, 3), aware)
    assert start.tzinfo is not None and instant_key(start) == instant_key(datetime(2025, 1, 1, 3))


@settings(max_examples=200, deadline=None)
@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)),
    st.integers(0, 40),
    st.sampled_from(["day", "week", "month", "quarter", "year"]),
)
def test_a_lower_shift_never_exceeds_an_upper_one(day, amount, unit):
    period = Period(amount, unit)
    for sign in (1, -1):
        low, high = shift(day, period, sign, "down"), shift(day, period, sign, "up")
        assert low is not None and high is not None and low <= high
