"""``temporal_cases``: generated meanings, their expected intervals, rendered into words.

A meaning is drawn from integers and sampled names only (so shrinking gives small, readable
cases), its interval is computed here with plain calendar arithmetic following the library's
time rules (docs/time-semantics.md), never by calling a parser, and a form of the language's
data file renders it. Form fields: ``year``, ``month``, ``month_abbr``, ``month_short`` (an
abbreviation without a dot, where the language has one), ``m``, ``mm``, ``day``,
``dd``, ``day_ord``, ``weekday``, ``q``, ``q_word``, ``q_short``, ``h``, ``h_word``, ``n``,
``n_word`` and ``x`` (the rendered target of a bound).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from typing import Any

import attrs
from hypothesis import strategies as st

from timeline.model import Anchor, Granularity, Mod, Period, TimeType, TimeValue
from timeline.testing import calendar as cal
from timeline.testing.cases import TemporalCase
from timeline.testing.errors import StrategyError
from timeline.testing.lexicon import elide, languages, lexicon

__all__ = [
    "KINDS",
    "TENSES",
    "Meaning",
    "Reading",
    "check_reference",
    "default_reference_dates",
    "forms",
    "meanings",
    "render",
    "render_fields",
    "temporal_cases",
]

KINDS: tuple[str, ...] = (
    "date",
    "month",
    "year",
    "quarter",
    "half",
    "season",
    "week",
    "weekday",
    "deictic",
    "part",
    "vague",
    "bound",
)
"""Every family of meaning ``temporal_cases`` can generate."""

TENSES: tuple[str, ...] = ("past", "future")
"""Clause tenses an expression can be read in ("past" covers the present)."""

_BASE = date(2025, 7, 1)
_EARLIEST, _LATEST = date(1900, 1, 1), date(2100, 12, 31)


@attrs.frozen
class Reading:
    """How expressions are read: reference date, clause tense, season boundaries."""

    reference: date
    future: bool = False
    seasons: cal.SeasonTable = cal.METEOROLOGICAL


@attrs.frozen
class Meaning:
    """What an expression means, independent of its words.

    ``kind`` and ``name`` select the forms (``[temporal] <kind>`` or ``[temporal.<kind>]
    <name>`` of the data file); ``values`` fill them; ``expected`` is the interval.
    """

    kind: str
    name: str
    values: tuple[tuple[str, Any], ...]
    expected: TimeValue


_REFERENCE_DATES = st.sampled_from(
    [_BASE + timedelta(days=n) for n in sorted(range(-3650, 3651), key=lambda n: (abs(n), n))]
)


def default_reference_dates() -> st.SearchStrategy[date]:
    """Reference dates from 2015-07-04 to 2035-06-29, shrinking towards 2025-07-01."""
    return _REFERENCE_DATES


def _years(around: int, low: int, high: int) -> st.SearchStrategy[int]:
    """Years ``around + low .. around + high`` (``low <= 0 <= high``), shrinking to ``around``.

    Drawn with ``sampled_from`` (near-uniform) rather than ``integers`` (biased to small
    values), which would give many identical texts.
    """
    offsets = sorted(range(low, high + 1), key=lambda n: (abs(n), n))
    return st.sampled_from([around + n for n in offsets])


_ABS_YEARS = _years(2025, -35, 15)
_MONTHS = st.sampled_from(range(1, 13))


def _value(
    start: date,
    end: date,
    granularity: Granularity,
    timex: str,
    *,
    anchor: Anchor = Anchor.ABSOLUTE,
    mod: Mod | None = None,
) -> TimeValue:
    return TimeValue(
        start=start, end=end, granularity=granularity, timex=timex, anchor=anchor, mod=mod
    )


def _day_value(day: date, anchor: Anchor = Anchor.ABSOLUTE) -> TimeValue:
    return _value(day, cal.add_days(day, 1), Granularity.DAY, day.isoformat(), anchor=anchor)


def _month_value(year: int, month: int, anchor: Anchor = Anchor.ABSOLUTE) -> TimeValue:
    start, end = cal.month_interval(year, month)
    return _value(start, end, Granularity.MONTH, f"{year:04d}-{month:02d}", anchor=anchor)


def _year_value(year: int, anchor: Anchor = Anchor.ABSOLUTE) -> TimeValue:
    start, end = cal.year_interval(year)
    return _value(start, end, Granularity.YEAR, f"{year:04d}", anchor=anchor)


def _week_value(day: date, anchor: Anchor = Anchor.ABSOLUTE) -> TimeValue:
    start, end = cal.week_interval(day)
    return _value(start, end, Granularity.WEEK, cal.iso_week_timex(day), anchor=anchor)


def _day_values(day: date) -> tuple[tuple[str, Any], ...]:
    return (("year", day.year), ("month", day.month), ("day", day.day), ("weekday", day.weekday()))


@st.composite
def _dates(draw: st.DrawFn) -> date:
    year = draw(_ABS_YEARS)
    month = draw(_MONTHS)
    last = (cal.add_months(date(year, month, 1), 1) - timedelta(days=1)).day
    return date(year, month, draw(st.sampled_from(range(1, last + 1))))


@st.composite
def _date_meaning(draw: st.DrawFn, reading: Reading) -> Meaning:
    day = draw(_dates())
    return Meaning("date", "date", _day_values(day), _day_value(day))


@st.composite
def _month_meaning(draw: st.DrawFn, reading: Reading) -> Meaning:
    year, month = draw(_ABS_YEARS), draw(_MONTHS)
    return Meaning("month", "month", (("year", year), ("month", month)), _month_value(year, month))


@st.composite
def _year_meaning(draw: st.DrawFn, reading: Reading) -> Meaning:
    year = draw(_ABS_YEARS)
    return Meaning("year", "year", (("year", year),), _year_value(year))


@st.composite
def _quarter_meaning(draw: st.DrawFn, reading: Reading) -> Meaning:
    year, quarter = draw(_ABS_YEARS), draw(st.integers(min_value=1, max_value=4))
    start, end = cal.quarter_interval(year, quarter)
    value = _value(start, end, Granularity.QUARTER, f"{year:04d}-Q{quarter}")
    return Meaning("quarter", "quarter", (("year", year), ("q", quarter)), value)


@st.composite
def _half_meaning(draw: st.DrawFn, reading: Reading) -> Meaning:
    year, half = draw(_ABS_YEARS), draw(st.integers(min_value=1, max_value=2))
    start, end = cal.half_interval(year, half)
    value = _value(start, end, Granularity.HALF, f"{year:04d}-H{half}")
    return Meaning("half", "half", (("year", year), ("h", half)), value)


@st.composite
def _season_meaning(draw: st.DrawFn, reading: Reading) -> Meaning:
    # Winter is left out: whether "winter 2025" starts in December 2024 or 2025 is ambiguous.
    year, code = draw(_ABS_YEARS), draw(st.sampled_from(("SU", "SP", "FA")))
    start, end = cal.season_interval(year, code, reading.seasons)
    value = _value(start, end, Granularity.SEASON, f"{year:04d}-{code}")
    return Meaning("season", code, (("year", year),), value)


@st.composite
def _week_meaning(draw: st.DrawFn, reading: Reading) -> Meaning:
    monday, _ = cal.week_interval(draw(_dates()))
    return Meaning("week", "week", _day_values(monday), _week_value(monday))


@st.composite
def _weekday_meaning(draw: st.DrawFn, reading: Reading) -> Meaning:
    reference = reading.reference
    weekday = draw(st.sampled_from(range(7)))
    # The nearest such day: on or before R in a past clause, on or after R in a future one.
    if reading.future:
        day = reference + timedelta(days=(weekday - reference.weekday()) % 7)
    else:
        day = reference - timedelta(days=(reference.weekday() - weekday) % 7)
    return Meaning("weekday", "weekday", (("weekday", weekday),), _day_value(day, Anchor.REFERENCE))


def _fixed_deictic(reference: date) -> dict[str, TimeValue]:
    ref = Anchor.REFERENCE
    last_month = cal.add_months(reference, -1)
    next_month = cal.add_months(reference, 1)
    return {
        "today": _day_value(reference, ref),
        "yesterday": _day_value(cal.add_days(reference, -1), ref),
        "tomorrow": _day_value(cal.add_days(reference, 1), ref),
        "day_before_yesterday": _day_value(cal.add_days(reference, -2), ref),
        "day_after_tomorrow": _day_value(cal.add_days(reference, 2), ref),
        "this_week": _week_value(reference, ref),
        "last_week": _week_value(cal.add_days(reference, -7), ref),
        "next_week": _week_value(cal.add_days(reference, 7), ref),
        "this_month": _month_value(reference.year, reference.month, ref),
        "last_month": _month_value(last_month.year, last_month.month, ref),
        "next_month": _month_value(next_month.year, next_month.month, ref),
        "this_year": _year_value(reference.year, ref),
        "last_year": _year_value(reference.year - 1, ref),
        "next_year": _year_value(reference.year + 1, ref),
    }


_COUNTED = ("days_ago", "months_ago", "years_ago")
_MONTH_NAMED = ("month_no_year", "month_last")
DEICTIC_NAMES: tuple[str, ...] = (*_fixed_deictic(_BASE), *_COUNTED, *_MONTH_NAMED)


@st.composite
def _deictic_meaning(draw: st.DrawFn, reading: Reading) -> Meaning:
    reference = reading.reference
    name = draw(st.sampled_from(DEICTIC_NAMES))
    ref = Anchor.REFERENCE
    if name in _COUNTED:
        n = draw(st.sampled_from(range(2, 13)))
        if name == "days_ago":
            value = _day_value(cal.add_days(reference, -n), ref)
        elif name == "months_ago":
            shifted = cal.add_months(reference, -n)
            value = _month_value(shifted.year, shifted.month, ref)
        else:
            value = _year_value(reference.year - n, ref)
        return Meaning("deictic", name, (("n", n),), value)
    if name in _MONTH_NAMED:
        month = draw(_MONTHS)
        if name == "month_no_year" and reading.future:
            # The next such month, or the current one, in a future clause.
            year = reference.year if month >= reference.month else reference.year + 1
        else:
            # Latest such month not after R's ("en février"), or before it ("février dernier").
            latest = reference.month if name == "month_no_year" else reference.month - 1
            year = reference.year if month <= latest else reference.year - 1
        return Meaning("deictic", name, (("month", month),), _month_value(year, month, ref))
    return Meaning("deictic", name, (), _fixed_deictic(reference)[name])


@st.composite
def _part_meaning(draw: st.DrawFn, reading: Reading) -> Meaning:
    reference = reading.reference
    part = draw(st.sampled_from(("early", "mid", "late")))
    mod = {"early": Mod.START, "mid": Mod.MID, "late": Mod.END}[part]
    if draw(st.booleans()):
        # A year part: left out for R's own year, where a past clause may cut it at R.
        year = draw(_ABS_YEARS.filter(lambda y: y != reference.year))
        first_month, months = {"early": (1, 3), "mid": (4, 6), "late": (10, 3)}[part]
        start = date(year, first_month, 1)
        value = _value(
            start, cal.add_months(start, months), Granularity.YEAR, f"{year:04d}", mod=mod
        )
        return Meaning("part", f"year_{part}", (("year", year),), value)
    year, month = draw(_ABS_YEARS), draw(_MONTHS)
    month_start, month_end = cal.month_interval(year, month)
    start = {"early": month_start, "mid": month_start.replace(day=11)}.get(
        part, month_start.replace(day=21)
    )
    end = {"early": month_start.replace(day=11), "mid": month_start.replace(day=21)}.get(
        part, month_end
    )
    value = _value(start, end, Granularity.MONTH, f"{year:04d}-{month:02d}", mod=mod)
    return Meaning("part", f"month_{part}", (("year", year), ("month", month)), value)


def _vague_values(reference: date) -> dict[str, TimeValue]:
    """The vague expressions that make a non-empty interval with reference date ``reference``."""
    ref = Anchor.REFERENCE
    year_start, next_year = cal.year_interval(reference.year)
    month_timex = f"{reference.year:04d}-{reference.month:02d}"

    def window(start: date, end: date, unit: Granularity, timex: str) -> TimeValue:
        # The granularity of a vague window is the unit its length is counted in.
        return _value(start, end, unit, timex, anchor=ref)

    day, week, month, year = Granularity.DAY, Granularity.WEEK, Granularity.MONTH, Granularity.YEAR
    past = cal.add_months(reference, -6)
    values = {
        "later_this_year": _value(reference, next_year, year, f"{reference.year:04d}", anchor=ref),
        "recently": window(cal.add_months(reference, -3), reference, month, "PAST_REF"),
        # "in recent months" is a vague duration ending at R: DURATION, length "X months".
        "recent_months": TimeValue(
            start=past,
            end=reference,
            granularity=month,
            timex="PXM",
            type=TimeType.DURATION,
            length=Period(None, month),
            anchor=ref,
        ),
        "few_days_ago": window(cal.add_days(reference, -7), reference, day, "PAST_REF"),
        "currently": window(reference, cal.add_days(reference, 1), day, "PRESENT_REF"),
        "coming_days": window(reference, cal.add_days(reference, 7), day, "FUTURE_REF"),
        "coming_weeks": window(reference, cal.add_days(reference, 42), week, "FUTURE_REF"),
        "coming_months": window(reference, cal.add_months(reference, 6), month, "FUTURE_REF"),
        "coming_years": window(reference, cal.add_years(reference, 5), year, "FUTURE_REF"),
        "soon": window(reference, cal.add_months(reference, 3), month, "FUTURE_REF"),
    }
    if reference > year_start:
        values["earlier_this_year"] = _value(
            year_start, reference, Granularity.YEAR, f"{reference.year:04d}", anchor=ref
        )
    if reference.day > 1:
        values["earlier_this_month"] = _value(
            reference.replace(day=1), reference, Granularity.MONTH, month_timex, anchor=ref
        )
    return values


VAGUE_NAMES: tuple[str, ...] = (
    "earlier_this_year",
    "later_this_year",
    "earlier_this_month",
    "recently",
    "recent_months",
    "few_days_ago",
    "currently",
    "coming_days",
    "coming_weeks",
    "coming_months",
    "coming_years",
    "soon",
)


@st.composite
def _vague_meaning(draw: st.DrawFn, reading: Reading) -> Meaning:
    reference = reading.reference
    values = _vague_values(reference)
    name = draw(st.sampled_from([n for n in VAGUE_NAMES if n in values]))
    return Meaning("vague", name, (), values[name])


@st.composite
def _bound_meaning(draw: st.DrawFn, reading: Reading) -> Meaning:
    reference = reading.reference
    name = draw(st.sampled_from(("until", "by", "since", "within_months")))
    ref = Anchor.REFERENCE
    if name == "within_months":
        n = draw(st.sampled_from(range(2, 13)))
        value = _value(
            reference, cal.add_months(reference, n), Granularity.MONTH, f"P{n}M", anchor=ref
        )
        return Meaning("bound", name, (("n", n),), value)
    forward = name != "since"
    step = 1 if forward else -1
    if draw(st.booleans()):
        year = reference.year + step * draw(st.integers(min_value=1, max_value=10))
        target = _year_value(year)
        values: tuple[tuple[str, Any], ...] = (("target", "year"), ("year", year))
    else:
        shifted = cal.add_months(reference, step * draw(st.integers(min_value=1, max_value=24)))
        target = _month_value(shifted.year, shifted.month)
        values = (("target", "month"), ("year", shifted.year), ("month", shifted.month))
    assert target.start is not None and target.end is not None
    if forward:
        start, end, mod = reference, target.end, Mod.ON_OR_BEFORE
    else:
        start, end, mod = target.start, reference, Mod.ON_OR_AFTER
    value = _value(start, end, target.granularity, target.timex, anchor=ref, mod=mod)
    return Meaning("bound", name, values, value)


_MEANINGS: dict[str, Callable[[Reading], st.SearchStrategy[Meaning]]] = {
    "date": _date_meaning,
    "month": _month_meaning,
    "year": _year_meaning,
    "quarter": _quarter_meaning,
    "half": _half_meaning,
    "season": _season_meaning,
    "week": _week_meaning,
    "weekday": _weekday_meaning,
    "deictic": _deictic_meaning,
    "part": _part_meaning,
    "vague": _vague_meaning,
    "bound": _bound_meaning,
}


def meanings(
    kind: str,
    reference_date: date,
    tense: str = "past",
    seasons: cal.SeasonTable = cal.METEOROLOGICAL,
) -> st.SearchStrategy[Meaning]:
    """Meanings of family ``kind`` (one of :data:`KINDS`) read at ``reference_date``.

    ``tense`` (``"past"``, which covers the present, or ``"future"``) is the clause tense
    the expressions are read in; it decides weekdays and months without a year. ``seasons``
    gives the seasons' boundaries (see :func:`temporal_cases`).
    """
    if kind not in _MEANINGS:
        raise StrategyError(f"unknown temporal kind {kind!r}; expected one of {', '.join(KINDS)}")
    if tense not in TENSES:
        raise StrategyError(f"tense: {tense!r}; expected one of {TENSES}")
    return _MEANINGS[kind](Reading(reference_date, tense == "future", seasons))


def forms(lang: str, meaning: Meaning) -> list[str]:
    """The templates of ``lang`` that can render ``meaning``."""
    section = lexicon(lang)["temporal"][meaning.kind]
    found = section[meaning.name] if isinstance(section, dict) else section
    return list(found)


def _fields(lang: str, values: dict[str, Any]) -> dict[str, str]:
    words = lexicon(lang)["calendar"]
    out: dict[str, str] = {}
    if "year" in values:
        out["year"] = str(values["year"])
    if "month" in values:
        month = values["month"]
        out.update(
            month=words["months"][month - 1],
            month_abbr=words["month_abbr"][month - 1],
            month_short=words.get("month_short", words["month_abbr"])[month - 1],
            m=str(month),
            mm=f"{month:02d}",
        )
    if "day" in values:
        day = values["day"]
        out.update(day=str(day), dd=f"{day:02d}", day_ord=words["day_ordinals"][day - 1])
    if "weekday" in values:
        out["weekday"] = words["weekdays"][values["weekday"]]
    if "q" in values:
        q = values["q"]
        out.update(q=str(q), q_word=words["quarter_words"][q - 1])
        out["q_short"] = words["quarter_short"][q - 1]
    if "h" in values:
        out.update(h=str(values["h"]), h_word=words["half_words"][values["h"] - 1])
    if "n" in values:
        out.update(n=str(values["n"]), n_word=words["numbers"][values["n"]])
    if "target" in values:
        target = lexicon(lang)["temporal"]["bound_target"][values["target"]]
        out["x"] = target.format(**out)
    return out


def render(lang: str, meaning: Meaning, form: str) -> str:
    """``form`` filled with the words of ``lang`` for ``meaning``."""
    return elide(lang, form.format(**_fields(lang, dict(meaning.values))))


def render_fields(lang: str, meaning: Meaning) -> dict[str, str]:
    """The form fields of ``meaning`` in ``lang`` (for templates of your own)."""
    return _fields(lang, dict(meaning.values))


def check_reference(reference: date) -> date:
    """``reference`` when it is a date (not a datetime) in 1900..2100; else StrategyError."""
    if isinstance(reference, datetime) or not _EARLIEST <= reference <= _LATEST:
        raise StrategyError(f"reference_dates: {reference!r} is not a date in 1900..2100")
    return reference


def _check_choice(name: str, chosen: Sequence[str], allowed: Sequence[str]) -> list[str]:
    unknown = [c for c in chosen if c not in allowed]
    if unknown or not chosen:
        raise StrategyError(f"{name}: {list(chosen)!r}; expected a non-empty subset of {allowed}")
    return list(chosen)


@st.composite
def _cases(
    draw: st.DrawFn,
    langs: list[str],
    kinds: list[str],
    reference_dates: st.SearchStrategy[date],
    tense: str,
    seasons: cal.SeasonTable,
) -> TemporalCase:
    lang = draw(st.sampled_from(langs))
    kind = draw(st.sampled_from(kinds))
    reference = check_reference(draw(reference_dates))
    meaning = draw(meanings(kind, reference, tense, seasons))
    form = draw(st.sampled_from(forms(lang, meaning)))
    text = render(lang, meaning, form)
    expected = attrs.evolve(meaning.expected, text=text)
    return TemporalCase(
        text=text,
        lang=lang,
        reference_date=reference,
        expected=expected,
        kind=kind,
        meaning=f"{kind}:{meaning.name}",
        form=form,
    )


def temporal_cases(
    lang: str | None = None,
    kinds: Sequence[str] | None = None,
    reference_dates: st.SearchStrategy[date] | None = None,
    tense: str = "past",
    seasons: cal.SeasonTable = cal.METEOROLOGICAL,
) -> st.SearchStrategy[TemporalCase]:
    """Temporal expressions with the value the library's time rules give them.

    :param lang: ``"fr"``, ``"en"``, or None for every language with a data file.
    :param kinds: families to draw from (default: all of :data:`KINDS`).
    :param reference_dates: a strategy of reference dates between 1900 and 2100 (default:
        2015-2035).
    :param tense: how an expression alone is read where the rules depend on the clause:
        ``"past"`` (past or present: "lundi" is the last Monday on or before R) or
        ``"future"`` (the next one on or after R). ``timeline`` reads a lone expression as
        future (docs/time-semantics.md, "Clause tense").
    :param seasons: season boundaries, code (``SP``, ``SU``, ``FA``) to ((month, day) of the
        first day, (month, day) of the first day after); default meteorological (whole
        months: March to May, June to August, September to November). Winter is not
        generated (which year "winter 2025" starts in is ambiguous).
    """
    if tense not in TENSES:
        raise StrategyError(f"tense: {tense!r}; expected one of {TENSES}")
    langs = list(languages()) if lang is None else _check_choice("lang", [lang], languages())
    chosen = list(KINDS) if kinds is None else _check_choice("kinds", list(kinds), KINDS)
    refs = default_reference_dates() if reference_dates is None else reference_dates
    cal.check_seasons(seasons)
    return _cases(langs, chosen, refs, tense, dict(seasons))
