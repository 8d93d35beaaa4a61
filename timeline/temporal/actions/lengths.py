"""Durations, sets and event-relative offsets: never positioned on the calendar."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache

from text_to_num import text2num

from timeline.model import (
    Anchor,
    EventOffset,
    Period,
    Relation,
    TimeType,
)
from timeline.temporal.actions._common import (
    WINDOW,
    G,
    Result,
    _calendar,
    _clock_type,
    _length,
    _quantity,
    _unit,
)
from timeline.temporal.actions.clock import _clock_value
from timeline.temporal.calendar import add
from timeline.temporal.values import INVALID, Captures, Context, Found, make, make_length

_GROUPS = frozenset({0, *range(100, 1000)})
"""Values of a group of three digits that tell their digits ("000", "100" to "999")."""


@lru_cache(maxsize=4096)
def spelled_number(words: str, language: str) -> int | None:
    """The whole number ``words`` spell in ``language`` ("vingt-et-un": 21), or None when they
    are no number or text2num does not read the language."""
    try:
        value = text2num(words, language)
    except (ValueError, TypeError, KeyError):
        return None
    return value if isinstance(value, int) and value >= 0 else None


def act_duration(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A length of time ("deux ans", "80 heures"), never a date."""
    half = args == ("half",)  # "un demi-siècle"
    if half:
        args = ()
    # "quinquennat" (duration:5:year); "sa deuxième année" (duration:1, a unit's length)
    unit_word = args[1] if len(args) > 1 else caps.get("unit", "units")
    if unit_word is None:
        return None
    unit = _unit(unit_word)
    amount = int(args[0]) if args else _quantity(caps)
    if half:
        amount = None
    if amount is not None and amount <= 0:
        return None
    fraction = Decimal("0.5") if half else caps.get("fraction")
    quantity: Decimal | None = None if amount is None else Decimal(amount)
    if fraction is not None:
        quantity = (quantity or Decimal(0)) + Decimal(str(fraction))
    length = _length(quantity, unit)  # "a decade": P10Y
    value = make_length(length, unit)
    return Found(value)


def stated_decimal(caps: Captures, args: tuple[str, ...]) -> Decimal | None:
    """The decimal number a rule captured as a whole part and its decimals ("2.5", "1,25"):
    ``args[0]`` says how many digits the decimals have ("1": a digit, "2": two digits); with
    ``fraction``, a count and a fraction ("two and a half"); ``mixed``, a count and a ratio
    of two numbers ("2 1/2"), ``ratio`` a ratio alone ("3/4"), None unless it has a finite
    decimal form; ``half``: one half;
    a number with a point: that amount ("0.75": "three quarters of an hour"); ``thousands``,
    a number written in groups of three digits ("10 000"); ``hundreds``, hundreds and the
    rest in words ("two hundred and five": the counts before and after the hundred);
    ``spelled``, a count and one decimal digit in words ("one point five"); ``thousand``, a
    count of thousands in words ("two thousand", "mille")."""
    if args[:1] == ("half",):
        return Decimal("0.5")
    if args and "." in args[0]:
        return Decimal(args[0])
    if args[:1] == ("thousands",):  # "10 000": thousands and a group of three digits
        numbers = [n for n in caps.all("int") if isinstance(n, int)]
        # "000" or 100-999: a group of three digits ("050" and "50" look alike: not read)
        if len(numbers) != 2 or not (0 < numbers[0] < 1000 and numbers[1] in _GROUPS):
            return None
        return Decimal(numbers[0] * 1000 + numbers[1])
    if args[:1] == ("thousand",):  # "two thousand", "mille": a count of thousands in words
        counts = caps.all("qty", "qty_long") or [1]
        if len(counts) != 1 or type(counts[0]) is not int or not 0 < counts[0] < 1000:
            return None
        return Decimal(counts[0] * 1000)
    if args[:1] == ("spelled",):  # "one point five": a count, then one decimal digit
        counts = caps.all("qty")
        if len(counts) != 2 or not all(type(n) is int for n in counts) or counts[1] > 9:
            return None
        return Decimal(counts[0]) + Decimal(counts[1]).scaleb(-1)
    if args[:1] == ("hundreds",):  # "two hundred and five", "deux cent cinquante"
        counts = caps.all("qty", "qty_long")
        if not counts or len(counts) > 2 or not all(type(n) is int for n in counts):
            return None  # "two hundred and a few days": no count
        hundreds, rest = [1, *counts] if len(counts) == 1 else counts
        if not (0 < hundreds < 10 and 0 < rest < 100):
            return None
        return Decimal(hundreds * 100 + rest)
    if args[:1] in (("mixed",), ("ratio",)):
        numbers = [n for n in caps.all("int", "qty") if isinstance(n, int)]
        if args[0] == "ratio":  # "3/4 of an hour": one digit each ("12/25" is a date)
            numbers = [0, *numbers] if all(n < 10 for n in numbers) else []
        if len(numbers) != 3 or not 0 < numbers[1] < numbers[2] or numbers[2] > 100:
            return None
        ratio = Decimal(numbers[1]) / Decimal(numbers[2])
        if ratio != ratio.quantize(Decimal("0.01")):  # "1/3": no finite decimal
            return None
        return Decimal(numbers[0]) + ratio.normalize()
    if args[:1] == ("fraction",):
        count, fraction = _quantity(caps), caps.get("fraction")
        if count is None or fraction is None:
            return None
        return Decimal(count) + Decimal(str(fraction))
    whole = caps.get("int")
    decimals = caps.get("short_year") if args[:1] == ("2",) else caps.get("hour")
    if args[:1] not in (("1",), ("2",)):
        return None
    if not isinstance(whole, int) or not isinstance(decimals, int):
        return None
    places = int(args[0])
    if not 0 <= decimals < 10**places:
        return None
    return Decimal(whole) + Decimal(decimals).scaleb(-places)


def _proper_fraction(caps: Captures) -> bool:
    """True when the rule captured two one-digit numbers, the first the smaller ("1/3")."""
    numbers = [n for n in caps.all("int") if isinstance(n, int)]
    return len(numbers) == 2 and 0 < numbers[0] < numbers[1] < 10


def act_decimal_duration(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A length stated with decimals or a fraction ("2.5 days", "1,5 heure", "2 1/2 years"):
    ``decimal_duration:how[:unit]``, ``how`` as in :func:`stated_decimal`, ``unit`` when the
    rule names it ("1.5h"); the TIMEX3 value keeps the decimals (``P2.5D``)."""
    unit_word = args[1] if len(args) > 1 else None  # "1.5h": decimal_duration:1:hour
    if stated_decimal(caps, args) is None and args[:1] == ("ratio",) and _proper_fraction(caps):
        return INVALID  # "1/3 of a day": no exact decimal, and not "a day"
    stated = _stated_length(caps, args, unit_word)
    if stated is None:
        return None
    amount, unit = stated
    length = _length(amount, unit)
    return Found(make_length(length, unit))


def _stated_length(
    caps: Captures, how: tuple[str, ...], unit_word: str | None = None
) -> tuple[Decimal, G] | None:
    """The positive decimal amount (see :func:`stated_decimal`) and unit a rule captured."""
    amount = stated_decimal(caps, how)
    unit_word = unit_word or caps.get("unit")
    if amount is None or amount <= 0 or unit_word is None:
        return None
    return amount, _unit(unit_word)


def act_decimal_set(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A recurrence every so many units stated with decimals ("every 2.5 years"):
    ``decimal_set:how`` (see :func:`stated_decimal`)."""
    stated = _stated_length(caps, args)
    if stated is None:
        return None
    amount, unit = stated
    period = _length(amount, unit)
    return Found(make(None, None, unit, period.timex, type=TimeType.SET, period=period))


def act_decimal_event(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A length stated with decimals after or before another event ("1.5 years later"):
    ``decimal_event:after|before:how`` (see :func:`stated_decimal`); the stated length, a
    DURATION, with the offset."""
    found = _stated_length(caps, args[1:])
    if found is None:
        return None
    amount, unit = found
    stated = Period(amount, unit)
    return _event_length(amount, unit, EventOffset(Relation(args[0]), stated, stated))


def _event_length(amount: Decimal, unit: G, offset: EventOffset) -> Found:
    """A length stated from another event ("three years after"): TimeML types the stated
    length, a DURATION (P3Y); the offset from the event stays on the value."""
    return Found(make_length(_length(amount, unit), unit, anchor=Anchor.EVENT, relative=offset))


def act_duration_range(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """ "de 8 à 24 mois": two lengths in one unit; the whole is a vague length."""
    amounts = [a for a in caps.all("int", "qty") if isinstance(a, int)]
    unit_word = caps.get("unit", "units")
    if len(amounts) != 2 or unit_word is None or not 0 < amounts[0] < amounts[1]:
        return None
    unit = _unit(unit_word)
    parts = []
    for amount in amounts:
        length = Period(amount, unit)
        parts.append(make_length(length, unit))
    vague = Period(None, unit)
    value = make_length(vague, unit)
    return Found(value, parts=tuple(parts))


def act_set(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """A recurrence ("chaque année", "annuel", "every month")."""
    unit_word = args[0] if args else caps.get("unit", "set_unit")
    if unit_word is None:
        return None
    unit = _unit(unit_word)
    amount = _quantity(caps) or 1
    period = _length(amount, unit)
    value = make(None, None, unit, period.timex, type=TimeType.SET, period=period)
    return Found(value)


def act_frequency(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """So many times in each unit ("twice a year", "trois fois par semaine"): the set of
    that unit (the count is a frequency, not a length)."""
    unit_word = caps.get("unit")
    if unit_word is None:
        return None
    period = _length(1, _unit(unit_word))
    return Found(make(None, None, period.unit, period.timex, type=TimeType.SET, period=period))


def act_set_weekday(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """Every such weekday ("tous les jeudis", "every Thursday"): a weekly set."""
    weekday = caps.get("weekday")
    if weekday is None:
        return None
    period = Period(1, G.WEEK)
    value = make(None, None, G.DAY, f"XXXX-WXX-{weekday + 1}", type=TimeType.SET, period=period)
    return Found(value)


def _from_reference(
    ctx: Context, relation: Relation, low: Period | None, high: Period | None
) -> Result:
    """An exact offset counted from R instead of an event ("la veille": R's day before)."""
    today = ctx.today
    assert today is not None
    if relation is Relation.SAME:
        return _calendar(today, G.DAY, Anchor.REFERENCE)
    if low is None or low != high or low.amount is None or low.amount != int(low.amount):
        return None
    sign = 1 if relation is Relation.AFTER else -1
    if _clock_type(low.unit):
        if not isinstance(ctx.reference, datetime):
            return None
        grain = G.MINUTE if low.unit is G.HOUR else G.SECOND
        moved = add(ctx.reference.replace(microsecond=0), sign * int(low.amount), low.unit)
        assert isinstance(moved, datetime)
        return _clock_value(moved.replace(second=0) if grain is G.MINUTE else moved, grain)
    moved_day = add(today, sign * int(low.amount), low.unit)
    assert isinstance(moved_day, date)
    return _calendar(moved_day, G.DAY, Anchor.REFERENCE)


def act_event(ctx: Context, caps: Captures, args: tuple[str, ...]) -> Result:
    """Relative to another event: ``event:after|before|same[:low_n:low_unit:high_n:high_unit]``.

    With a captured quantity and unit ("deux semaines plus tard"), low = high = that length;
    a vague quantity ("quelques jours après") gives low = 0 and high = the unit's window.
    """
    relation = Relation(args[0])
    low: Period | None = None
    high: Period | None = None
    unit_word = caps.get("unit")
    if unit_word is not None:
        unit = _unit(unit_word)
        amount = _quantity(caps)
        if amount is None:
            low, high = Period(0, unit), Period(WINDOW.get(unit, 6), unit)
        else:
            low = high = Period(amount, unit)
    elif len(args) >= 5:
        low = Period(int(args[1]), args[2])
        high = Period(int(args[3]), args[4])
    elif len(args) >= 3:  # "later": no upper bound
        low = Period(int(args[1]), args[2])
    unit = low.unit if low is not None else G.DAY
    if ctx.rules.event_anchor == "reference" and ctx.today is not None:
        counted = _from_reference(ctx, relation, low, high)
        if counted is not None:
            return counted
    offset = EventOffset(relation, low, high)
    if unit_word is not None and low is high and low is not None and low.amount is not None:
        return _event_length(Decimal(low.amount), unit, offset)  # "three years after"
    value = make(None, None, unit, "XXXX-XX-XX", anchor=Anchor.EVENT, relative=offset)
    return Found(value)
