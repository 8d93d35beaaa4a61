"""Properties: every written form of a calendar date, month or range of days, embedded in a
sentence of our own, gives exactly the generated interval; an impossible date gives none.

Dates are drawn from 1900 to 2100; the words come from the data files of
``timeline.testing`` (``render_fields``), the spelled numbers from the tables below.
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import Granularity, TimeMention, TimeValue, find_times, parse_time
from timeline.testing import Meaning
from timeline.testing import calendar as cal
from timeline.testing.lexicon import elide
from timeline.testing.temporal import render_fields

R = date(2025, 7, 1)
DATES = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
REFERENCES = st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 12, 31))

_FR_UNITS = ["", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]
_FR_TEENS = ["dix", "onze", "douze", "treize", "quatorze", "quinze", "seize"]
_EN_ORDINALS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
]


def _fr_day_word(day: int) -> str:
    """A day of the month in French words ("premier", "dix-sept", "vingt et un")."""
    if day == 1:
        return "premier"
    if day < 10:
        return _FR_UNITS[day]
    if day < 17:
        return _FR_TEENS[day - 10]
    if day < 20:
        return "dix-" + _FR_UNITS[day - 10]
    tens, unit = ("vingt", "trente")[day // 10 - 2], day % 10
    return tens if unit == 0 else f"{tens} et un" if unit == 1 else f"{tens}-{_FR_UNITS[unit]}"


def _en_ordinal_word(day: int) -> str:
    """A day of the month as an English ordinal word ("twenty-first", "thirtieth")."""
    if day <= 20:
        return _EN_ORDINALS[day - 1]
    if day % 10 == 0:
        return "thirtieth"
    tens = "twenty" if day < 30 else "thirty"
    return f"{tens}-{_EN_ORDINALS[day % 10 - 1]}"


def _fields(lang: str, day: date) -> dict[str, str]:
    values = (("year", day.year), ("month", day.month), ("day", day.day))
    expected = TimeValue(
        start=day, end=day + timedelta(days=1), granularity=Granularity.DAY, timex=str(day)
    )
    meaning = Meaning("date", "date", (*values, ("weekday", day.weekday())), expected)
    fields = render_fields(lang.split("-")[0], meaning)
    fields["day_word"] = _fr_day_word(day.day) if lang == "fr" else _en_ordinal_word(day.day)
    return fields


DAY_FORMS = {
    "fr": [
        "{day} {month} {year}",
        "le {day_ord} {month} {year}",
        "le {day} {month_abbr} {year}",
        "{dd}/{mm}/{year}",
        "{day}/{m}/{year}",
        "{dd}.{mm}.{year}",
        "{year}-{mm}-{dd}",
        "{weekday} {day} {month} {year}",
        "le {weekday} {day_ord} {month} {year}",
        "le {day_word} {month} {year}",
        "le {day} {month}, {year}",
        "{day} {month_abbr} {year}",
        "{dd}-{mm}-{year}",
        "le {day}.{m}.{year}",
        "{weekday} {dd}/{mm}/{year}",
    ],
    "en": [
        "{month} {day}, {year}",
        "{month} {day_ord}, {year}",
        "{month_abbr} {day}, {year}",
        "{day} {month} {year}",
        "the {day_ord} of {month}, {year}",
        "{year}-{mm}-{dd}",
        "{weekday}, {month} {day}, {year}",
        "{month} {day_word}, {year}",
        "the {day_word} of {month} {year}",
        "{day}-{month_short}-{year}",
        "{day_ord} {month} {year}",
        "{month} {day} {year}",
        "the {day_ord} of {month} {year}",
        "{weekday} {day} {month} {year}",
        "{weekday}, {month_abbr} {day}, {year}",
        "on {day_ord} {month} {year}",
        "{day_ord} {month}, {year}",
        "{month} the {day_word}, {year}",
    ],
    "en-US": ["{m}/{day}/{year}", "{mm}/{dd}/{year}"],
    "en-GB": ["{day}/{m}/{year}", "{dd}/{mm}/{year}", "{day} {month_abbr} {year}"],
}
MONTH_FORMS = {
    "fr": ["{month} {year}", "en {month} {year}", "au mois de {month} {year}"],
    "en": ["{month} {year}", "{month} of {year}", "in {month} {year}"],
}
# Two days of one month: the fields of the first end in "1", of the second in "2".
SPAN_FORMS = {
    "fr": [
        "du {day1} au {day2} {month2} {year2}",
        "du {day_ord1} au {day_ord2} {month2} {year2}",
        "entre le {day1} et le {day2} {month2} {year2}",
        "du {day_word1} au {day_word2} {month2} {year2}",
        "{day1}-{day2} {month2} {year2}",
        "du {day1} au {day2} {month_abbr2} {year2}",
    ],
    "en": [
        "{month2} {day1}-{day2}, {year2}",
        "{month2} {day1} to {day2}, {year2}",
        "from {month2} {day1} to {day2}, {year2}",
        "{month2} {day_ord1}-{day_ord2}, {year2}",
        "{month2} {day_ord1} through {day_ord2}, {year2}",
        "from {month2} {day_word1} to {day_word2}, {year2}",
        "{day1}-{day2} {month2} {year2}",
        "from {day1} to {day2} {month2} {year2}",
        "between {month2} {day1} and {day2}, {year2}",
    ],
}
# Two days less than a year apart: a year written once is the second day's, and the first
# day's when it comes before the second in the year, else the year before.
RANGE_FORMS = {
    "fr": [
        "du {day1} {month1} au {day2} {month2} {year2}",
        "du {day_ord1} {month1} {year1} au {day_ord2} {month2} {year2}",
        "entre le {day1} {month1} et le {day2} {month2} {year2}",
        "du {dd1}/{mm1}/{year1} au {dd2}/{mm2}/{year2}",
        "du {day1}/{m1} au {day2}/{m2}/{year2}",
        "{day1}/{m1} - {day2}/{m2}/{year2}",
    ],
    "en": [
        "from {month1} {day1} to {month2} {day2}, {year2}",
        "from {month1} {day1}, {year1} to {month2} {day2}, {year2}",
        "between {month1} {day1} and {month2} {day2}, {year2}",
        "{month_abbr1} {day1} - {month_abbr2} {day2}, {year2}",
        "{m1}/{day1} - {m2}/{day2}/{year2}",
    ],
}
SENTENCES = {
    "fr": [
        "{}",
        "Le conseil d'administration s'est réuni {} à Lyon.",
        "Selon le greffe, l'acte porte la date du {}, rien de plus.",
        "Les comptes seront publiés {}, a précisé la direction.",
        "Rendez-vous {} : la séance est ouverte au public.",
        "{}, 300 salariés ont manifesté devant le siège.",
        "Il est arrivé {} vers midi avec 12 camions.",
    ],
    "en": [
        "{}",
        "The board met {} in Boston.",
        "According to the filing, the deed is dated {}, nothing more.",
        "The accounts will be published {}, the company said.",
        "Note: {}.",
        "{}, 300 workers marched to the head office.",
        "He arrived {} around noon with 12 trucks.",
    ],
}


def _lang_of(lang: str) -> str:
    return lang.split("-")[0]


def _fill(lang: str, form: str, fields: dict[str, str]) -> str:
    return elide(_lang_of(lang), form.format(**fields))


def _day_of(mention: TimeMention) -> date | None:
    """The day ``mention`` lies in, None when it is not within one day."""
    start, end = mention.value.start, mention.value.end
    if start is None or end is None:
        return None
    first = start.date() if isinstance(start, datetime) else start
    last = end - timedelta(microseconds=1) if isinstance(end, datetime) else end - timedelta(1)
    last_day = last.date() if isinstance(last, datetime) else last
    return first if first == last_day else None


def _mentions_in(text: str, lang: str, expression: str, reference: date) -> list[TimeMention]:
    where = text.index(expression)
    found = find_times(text, lang=lang, reference_date=reference)
    return [m for m in found if m.start < where + len(expression) and where < m.end]


def _check_in_sentence(
    lang: str, expression: str, sentence: str, start: date, end: date, reference: date = R
) -> None:
    """``expression`` alone and in ``sentence`` is ``[start, end)``: one mention, or (running
    text) the range's two ends, each its day."""
    alone = parse_time(expression, lang=lang, reference_date=reference)
    assert alone is not None, expression
    assert (alone.start, alone.end) == (start, end), expression
    text = sentence.format(expression)
    mentions = _mentions_in(text, lang, expression, reference)
    bounds = [(m.value.start, m.value.end) for m in mentions]
    if len(mentions) == 2:  # a range reported as its parts
        first, last = bounds
        assert first[0] == start and last[1] == end, text
        assert first[1] is not None and last[0] is not None and first[1] <= last[0], text
    else:
        assert bounds == [(start, end)], text


LANGS = st.sampled_from(["fr", "en", "en-US", "en-GB"])


@settings(max_examples=150, deadline=None)
@given(lang=LANGS, day=DATES, reference=REFERENCES, data=st.data())
def test_a_written_date_is_its_day(
    lang: str, day: date, reference: date, data: st.DataObject
) -> None:
    forms = DAY_FORMS[lang] + (DAY_FORMS["en"] if lang.startswith("en-") else [])
    form = data.draw(st.sampled_from(forms))
    sentence = data.draw(st.sampled_from(SENTENCES[_lang_of(lang)]))
    expression = _fill(lang, form, _fields(lang, day))
    if sentence.startswith("{}"):  # at the head of a sentence, with its capital
        expression = expression[0].upper() + expression[1:]
    end = day + timedelta(days=1)
    _check_in_sentence(lang, expression, sentence, day, end, reference)


@settings(max_examples=100, deadline=None)
@given(lang=st.sampled_from(["fr", "en"]), day=DATES, data=st.data())
def test_a_written_month_is_that_month(lang: str, day: date, data: st.DataObject) -> None:
    form = data.draw(st.sampled_from(MONTH_FORMS[lang]))
    sentence = data.draw(st.sampled_from(SENTENCES[lang]))
    expression = _fill(lang, form, _fields(lang, day))
    start, end = cal.month_interval(day.year, day.month)
    _check_in_sentence(lang, expression, sentence, start, end)


def _pair_fields(lang: str, first: date, last: date) -> dict[str, str]:
    fields = {f"{k}1": v for k, v in _fields(lang, first).items()}
    fields.update({f"{k}2": v for k, v in _fields(lang, last).items()})
    return fields


@settings(max_examples=100, deadline=None)
@given(lang=st.sampled_from(["fr", "en"]), day=DATES, length=st.integers(1, 30), data=st.data())
def test_two_days_of_a_month_are_one_range(
    lang: str, day: date, length: int, data: st.DataObject
) -> None:
    last_day = calendar.monthrange(day.year, day.month)[1]
    last = day.replace(day=min(last_day, day.day + length))
    first = day if day < last else day.replace(day=last.day - 1)
    form = data.draw(st.sampled_from(SPAN_FORMS[lang]))
    sentence = data.draw(st.sampled_from(SENTENCES[lang]))
    expression = _fill(lang, form, _pair_fields(lang, first, last))
    _check_in_sentence(lang, expression, sentence, first, last + timedelta(days=1))


@settings(max_examples=100, deadline=None)
@given(lang=st.sampled_from(["fr", "en"]), day=DATES, length=st.integers(1, 360), data=st.data())
def test_two_days_less_than_a_year_apart_are_one_range(
    lang: str, day: date, length: int, data: st.DataObject
) -> None:
    first, last = day, day + timedelta(days=length)
    if last.year > 2100:
        first, last = day - timedelta(days=length), day
    form = data.draw(st.sampled_from(RANGE_FORMS[lang]))
    sentence = data.draw(st.sampled_from(SENTENCES[lang]))
    expression = _fill(lang, form, _pair_fields(lang, first, last))
    _check_in_sentence(lang, expression, sentence, first, last + timedelta(days=1))


def _nearest(reference: date, month: int, day: int, future: bool) -> date:
    """The nearest such day on or before R (past), on or after R (future); for 29 February
    the nearest leap year on that side."""
    step = 1 if future else -1
    year = reference.year
    while True:
        if day <= calendar.monthrange(year, month)[1]:
            moment = date(year, month, day)
            if (moment >= reference) if future else (moment <= reference):
                return moment
        year += step


YEARLESS_SENTENCES = {
    # (sentence, the clause looks forward)
    "fr": [
        ("Les magasins ont été fermés {}, a indiqué la mairie.", False),
        ("Les guichets seront fermés {}, a prévenu la direction.", True),
    ],
    "en": [
        ("The shops were closed {}, the city said.", False),
        ("The offices will be closed {}, the firm said.", True),
    ],
}
YEARLESS_FORMS = {
    "fr": ["entre le {day1} et le {day2} {month2}", "du {day1} au {day2} {month2}"],
    "en": ["between {month2} {day1} and {day2}", "from {month2} {day1} to {day2}"],
}


@settings(max_examples=100, deadline=None)
@given(
    lang=st.sampled_from(["fr", "en"]),
    reference=REFERENCES,
    day=DATES,
    length=st.integers(1, 9),
    data=st.data(),
)
def test_two_days_without_a_year_end_with_the_second_read_alone(
    lang: str, reference: date, day: date, length: int, data: st.DataObject
) -> None:
    last_day = calendar.monthrange(2024, day.month)[1]  # 2024: a leap year
    second = min(day.day + length, last_day)
    first = min(day.day, second - 1)
    sentence, future = data.draw(st.sampled_from(YEARLESS_SENTENCES[lang]))
    last = _nearest(reference, day.month, second, future)
    start = last.replace(day=first)
    form = data.draw(st.sampled_from(YEARLESS_FORMS[lang]))
    fields = _pair_fields(lang, date(2024, day.month, first), date(2024, day.month, second))
    expression = _fill(lang, form, fields)
    text = sentence.format(expression)
    mentions = _mentions_in(text, lang, expression, reference)
    assert mentions, text
    assert (mentions[0].value.start, mentions[-1].value.end) == (start, last + timedelta(1)), text


IMPOSSIBLE = {
    "fr": [
        "{day} {month} {year}",
        "le {day} {month} {year}",
        "{dd}/{mm}/{year}",
        "{year}-{mm}-{dd}",
    ],
    "en": ["{month} {day}, {year}", "{day} {month} {year}", "{mm}/{dd}/{year}", "{year}-{mm}-{dd}"],
}


@settings(max_examples=100, deadline=None)
@given(
    lang=st.sampled_from(["fr", "en"]),
    year=st.integers(1900, 2100),
    month=st.integers(1, 12),
    over=st.integers(1, 3),
    data=st.data(),
)
def test_an_impossible_date_has_no_value(
    lang: str, year: int, month: int, over: int, data: st.DataObject
) -> None:
    day = calendar.monthrange(year, month)[1] + over
    if day > 31:
        day = 31 if calendar.monthrange(year, month)[1] < 31 else 32
    fields = _fields(lang, date(year, month, 1))
    fields.update(day=str(day), dd=f"{day:02d}")
    expression = _fill(lang, data.draw(st.sampled_from(IMPOSSIBLE[lang])), fields)
    sentence = data.draw(st.sampled_from(SENTENCES[lang]))
    text = sentence.format(expression)
    assert parse_time(expression, lang=lang, reference_date=R) is None, expression
    assert _mentions_in(text, lang, expression, R) == [], text


WEEKDAY_FORMS = {
    "fr": ["{weekday} {day} {month} {year}", "le {weekday} {dd}/{mm}/{year}"],
    "en": ["{weekday}, {month} {day}, {year}", "{weekday} {day} {month} {year}"],
}


@settings(max_examples=100, deadline=None)
@given(lang=st.sampled_from(["fr", "en"]), day=DATES, shift=st.integers(1, 6), data=st.data())
def test_a_date_with_another_weekday_has_no_value(
    lang: str, day: date, shift: int, data: st.DataObject
) -> None:
    fields = _fields(lang, day)
    fields["weekday"] = _fields(lang, day + timedelta(days=shift))["weekday"]
    expression = _fill(lang, data.draw(st.sampled_from(WEEKDAY_FORMS[lang])), fields)
    sentence = data.draw(st.sampled_from(SENTENCES[lang]))
    assert parse_time(expression, lang=lang, reference_date=R) is None, expression
    assert _mentions_in(sentence.format(expression), lang, expression, R) == [], expression


YEARLESS_DAY_FORMS = {
    "fr": ["le {day_ord} {month}", "le {day_word} {month}", "le {dd}/{mm}"],
    "en": ["on {month} {day}", "on {month_abbr} {day_ord}", "on the {day_ord} of {month}"],
}


@settings(max_examples=100, deadline=None)
@given(lang=st.sampled_from(["fr", "en"]), reference=REFERENCES, day=DATES, data=st.data())
def test_a_day_without_a_year_is_the_nearest_in_the_clause_direction(
    lang: str, reference: date, day: date, data: st.DataObject
) -> None:
    sentence, future = data.draw(st.sampled_from(YEARLESS_SENTENCES[lang]))
    expected = _nearest(reference, day.month, day.day, future)
    form = data.draw(st.sampled_from(YEARLESS_DAY_FORMS[lang]))
    expression = _fill(lang, form, _fields(lang, day))
    text = sentence.format(expression)
    mentions = _mentions_in(text, lang, expression, reference)
    bounds = [(m.value.start, m.value.end) for m in mentions]
    assert bounds == [(expected, expected + timedelta(days=1))], text


YEARLESS_MONTH_FORMS = {"fr": ["en {month}", "au mois de {month}"], "en": ["in {month}"]}


@settings(max_examples=100, deadline=None)
@given(lang=st.sampled_from(["fr", "en"]), reference=REFERENCES, day=DATES, data=st.data())
def test_a_month_without_a_year_is_the_nearest_in_the_clause_direction(
    lang: str, reference: date, day: date, data: st.DataObject
) -> None:
    sentence, future = data.draw(st.sampled_from(YEARLESS_SENTENCES[lang]))
    month = day.month
    if future:
        year = reference.year + (month < reference.month)
    else:
        year = reference.year - (month > reference.month)
    expression = _fill(
        lang, data.draw(st.sampled_from(YEARLESS_MONTH_FORMS[lang])), _fields(lang, day)
    )
    text = sentence.format(expression)
    mentions = _mentions_in(text, lang, expression, reference)
    assert [(m.value.start, m.value.end) for m in mentions] == [cal.month_interval(year, month)], (
        text
    )


NTH_DAY_FORMS = {
    "fr": ["le {day_ord}e jour de {month}, {year}", "le {day} {month}, {year}"],
    "en": ["the {day_ord} day of {month}, {year}", "{month} the {day_ord}, {year}"],
}


@settings(max_examples=100, deadline=None)
@given(lang=st.sampled_from(["fr", "en"]), day=DATES, data=st.data())
def test_a_year_after_a_comma_dates_the_day(lang: str, day: date, data: st.DataObject) -> None:
    fields = _fields(lang, day)
    fields["day_ord"] = fields["day_ord"].removesuffix("er") if lang == "fr" else fields["day_ord"]
    form = data.draw(st.sampled_from(NTH_DAY_FORMS[lang]))
    sentence = data.draw(st.sampled_from(SENTENCES[lang]))
    expression = _fill(lang, form, fields)
    _check_in_sentence(lang, expression, sentence, day, day + timedelta(days=1))


SHORT_YEAR_FORMS = {
    "fr": ["{dd}/{mm}/{yy}", "le {day}/{m}/{yy}", "{dd}.{mm}.{yy}"],
    "en": ["{m}/{day}/{yy}", "{mm}-{dd}-{yy}", "on {m}/{day}/{yy}"],
}


@settings(max_examples=100, deadline=None)
@given(
    lang=st.sampled_from(["fr", "en"]),
    reference=REFERENCES,
    back=st.integers(0, 99),
    day=DATES,
    data=st.data(),
)
def test_a_two_digit_year_is_at_most_ten_years_after_the_reference(
    lang: str, reference: date, back: int, day: date, data: st.DataObject
) -> None:
    year = reference.year + 10 - back
    last = calendar.monthrange(year, day.month)[1]
    moment = date(year, day.month, min(day.day, last))
    fields = _fields(lang, moment)
    fields["yy"] = f"{year % 100:02d}"
    expression = _fill(lang, data.draw(st.sampled_from(SHORT_YEAR_FORMS[lang])), fields)
    sentence = data.draw(st.sampled_from(SENTENCES[lang]))
    text = sentence.format(expression)
    mentions = _mentions_in(text, lang, expression, reference)
    assert [(m.value.start, m.value.end) for m in mentions] == [
        (moment, moment + timedelta(days=1))
    ], text


YEARLESS_RANGE_FORMS = {
    "fr": [
        "du {day1} {month1} au {day2} {month2}",
        "entre le {day1} {month1} et le {day2} {month2}",
    ],
    "en": [
        "from {month1} {day1} to {month2} {day2}",
        "between {month1} {day1} and {month2} {day2}",
    ],
}


@settings(max_examples=100, deadline=None)
@given(
    lang=st.sampled_from(["fr", "en"]),
    reference=REFERENCES,
    day=st.dates(min_value=date(2023, 1, 1), max_value=date(2023, 12, 31)),
    length=st.integers(1, 300),
    data=st.data(),
)
def test_two_days_of_two_months_without_a_year_end_with_the_second_read_alone(
    lang: str, reference: date, day: date, length: int, data: st.DataObject
) -> None:
    """The second day as read alone; the first in its year, or the year before when it would
    come later (2023: no 29 February among the generated days)."""
    other = day + timedelta(days=length)
    sentence, future = data.draw(st.sampled_from(YEARLESS_SENTENCES[lang]))
    last = _nearest(reference, other.month, other.day, future)
    start = date(last.year, day.month, day.day)
    if start >= last:
        start = date(last.year - 1, day.month, day.day)
    form = data.draw(st.sampled_from(YEARLESS_RANGE_FORMS[lang]))
    expression = _fill(lang, form, _pair_fields(lang, day, other))
    text = sentence.format(expression)
    mentions = _mentions_in(text, lang, expression, reference)
    assert mentions, text
    assert (mentions[0].value.start, mentions[-1].value.end) == (start, last + timedelta(1)), text


def _agreeing_year(reference: date, month: int, day: int, weekday: int, future: bool) -> int:
    """docs/time-semantics.md, "weekday with day and month": among the readings without the
    weekday (the next two in the clause's direction, then the nearest in the other), the first
    on that weekday; else, within three years, the one nearest R on the clause's side, then
    the nearest on the other; with none, the year as without the weekday."""
    years = range(reference.year - 3, reference.year + 4)
    readings = [date(y, month, day) for y in years if day <= calendar.monthrange(y, month)[1]]
    after = [r for r in readings if r >= reference]
    before = [r for r in reversed(readings) if r <= reference]
    ahead, behind = (after, before) if future else (before, after)
    for reading in ahead[:2] + behind[:1]:
        if reading.weekday() == weekday:
            return reading.year
    agreeing = [r for r in readings if r.weekday() == weekday]
    if agreeing:
        on_side = [r for r in agreeing if (r >= reference) == future] or agreeing
        return min(on_side, key=lambda r: abs((r - reference).days)).year
    return _nearest(reference, month, day, future).year


WEEKDAY_YEARLESS_FORMS = {
    "fr": ["le {weekday} {day_ord} {month}", "{weekday} {day} {month}"],
    "en": ["on {weekday}, {month} {day}", "on {weekday} {month} {day_ord}"],
}


@settings(max_examples=100, deadline=None)
@given(
    lang=st.sampled_from(["fr", "en"]),
    reference=REFERENCES,
    day=DATES,
    weekday=st.integers(0, 6),
    data=st.data(),
)
def test_a_weekday_with_a_day_and_month_takes_the_year_that_agrees(
    lang: str, reference: date, day: date, weekday: int, data: st.DataObject
) -> None:
    sentence, future = data.draw(st.sampled_from(YEARLESS_SENTENCES[lang]))
    year = _agreeing_year(reference, day.month, day.day, weekday, future)
    expected = date(year, day.month, day.day)
    fields = _fields(lang, day)
    fields["weekday"] = _fields(lang, day + timedelta(days=weekday - day.weekday()))["weekday"]
    expression = _fill(lang, data.draw(st.sampled_from(WEEKDAY_YEARLESS_FORMS[lang])), fields)
    text = sentence.format(expression)
    mentions = _mentions_in(text, lang, expression, reference)
    assert [(m.value.start, m.value.end) for m in mentions] == [
        (expected, expected + timedelta(days=1))
    ], text


LIST_FORMS = {
    "fr": [
        "le {day1} {month1} et le {day2} {month2} {year2}",
        "du {day1} {month1} et du {day2} {month2} {year2}",
    ],
    "en": [
        "on {month1} {day1} and {month2} {day2}, {year2}",
        "{month_abbr1} {day1} and {month_abbr2} {day2}, {year2}",
    ],
}


@settings(max_examples=100, deadline=None)
@given(lang=st.sampled_from(["fr", "en"]), day=DATES, length=st.integers(1, 300), data=st.data())
def test_two_listed_days_are_each_their_day(
    lang: str, day: date, length: int, data: st.DataObject
) -> None:
    first, last = day, day + timedelta(days=length)
    if last.year > 2100:
        first, last = day - timedelta(days=length), day
    form = data.draw(st.sampled_from(LIST_FORMS[lang]))
    sentence = data.draw(st.sampled_from(SENTENCES[lang][1:]))
    expression = _fill(lang, form, _pair_fields(lang, first, last))
    text = sentence.format(expression)
    mentions = _mentions_in(text, lang, expression, R)
    # each its day; a clock time after the last narrows it to that time of its day
    assert [_day_of(m) for m in mentions] == [first, last], text


MONTH_RANGE_FORMS = {
    "fr": [
        "de {month1} à {month2} {year2}",
        "entre {month1} et {month2} {year2}",
        "de {month1} {year1} à {month2} {year2}",
        "du mois de {month1} {year1} au mois de {month2} {year2}",
    ],
    "en": [
        "from {month1} to {month2} {year2}",
        "{month_short1}-{month_short2} {year2}",
        "between {month1} {year1} and {month2} {year2}",
        "from {month1} {year1} through {month2} {year2}",
    ],
}
YEAR_RANGE_FORMS = {
    "fr": ["de {year1} à {year2}", "entre {year1} et {year2}", "{year1}-{year2}"],
    "en": ["from {year1} to {year2}", "between {year1} and {year2}", "{year1}-{year2}"],
}


@settings(max_examples=100, deadline=None)
@given(lang=st.sampled_from(["fr", "en"]), day=DATES, months=st.integers(1, 11), data=st.data())
def test_two_months_less_than_a_year_apart_are_one_range(
    lang: str, day: date, months: int, data: st.DataObject
) -> None:
    first = day.replace(day=1)
    last = cal.add_months(first, months)
    if last.year > 2100:
        first, last = cal.add_months(first, -months), first
    form = data.draw(st.sampled_from(MONTH_RANGE_FORMS[lang]))
    sentence = data.draw(st.sampled_from(SENTENCES[lang][1:]))
    expression = _fill(lang, form, _pair_fields(lang, first, last))
    end = cal.add_months(last, 1)
    _check_in_sentence(lang, expression, sentence, first, end)


@settings(max_examples=60, deadline=None)
@given(lang=st.sampled_from(["fr", "en"]), day=DATES, years=st.integers(1, 30), data=st.data())
def test_two_years_are_one_range(lang: str, day: date, years: int, data: st.DataObject) -> None:
    first, last = day.year, min(day.year + years, 2100)
    if first == last:
        first -= 1
    form = data.draw(st.sampled_from(YEAR_RANGE_FORMS[lang]))
    sentence = data.draw(st.sampled_from(SENTENCES[lang][1:]))
    fields = _pair_fields(lang, date(first, 1, 1), date(last, 1, 1))
    expression = _fill(lang, form, fields)
    _check_in_sentence(lang, expression, sentence, date(first, 1, 1), date(last + 1, 1, 1))


_FR_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}
_EN_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_EN_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"
_EN_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy"}
_EN_TENS.update({8: "eighty", 9: "ninety"})


def _fr_number(n: int) -> str:
    """1 to 99 in French words ("vingt et un", "soixante-douze", "quatre-vingt-dix-neuf")."""
    if n < 10:
        return _FR_UNITS[n]
    if n < 17:
        return _FR_TEENS[n - 10]
    if n < 20:
        return "dix-" + _FR_UNITS[n - 10]
    if n < 70:
        tens, unit = _FR_TENS[n // 10], n % 10
        return tens if not unit else f"{tens} et un" if unit == 1 else f"{tens}-{_FR_UNITS[unit]}"
    if n < 80:
        return "soixante et onze" if n == 71 else "soixante-" + _fr_number(n - 60)
    if n == 80:
        return "quatre-vingts"
    return "quatre-vingt-" + _fr_number(n - 80)


def _en_number(n: int) -> str:
    """1 to 99 in English words ("twenty-one", "ninety")."""
    if n < 10:
        return _EN_UNITS[n - 1]
    if n < 20:
        return _EN_TEENS.split()[n - 10]
    tens, unit = _EN_TENS[n // 10], n % 10
    return tens if not unit else f"{tens}-{_EN_UNITS[unit - 1]}"


def _year_words(lang: str, year: int) -> str:
    """A year in words: French 2000-2099 ("deux mille vingt-trois"); English "nineteen
    eighty-four", "two thousand and nine"."""
    rest = year % 100
    if lang == "fr":
        return "deux mille" + (f" {_fr_number(rest)}" if rest else "")
    if year // 100 == 20 and rest < 10:
        return "two thousand" + (f" and {_en_number(rest)}" if rest else "")
    if rest == 0:
        return f"{_en_number(year // 100)} hundred"
    head = _en_number(year // 100)
    return f"{head} oh {_en_number(rest)}" if rest < 10 else f"{head} {_en_number(rest)}"


YEAR_WORD_FORMS = {
    "fr": ["le {day} {month} {year_words}", "{month} {year_words}"],
    "en": ["{month} {day} {year_words}", "{month} {year_words}"],
}


@settings(max_examples=100, deadline=None)
@given(lang=st.sampled_from(["fr", "en"]), day=DATES, data=st.data())
def test_a_year_in_words_dates_its_day_or_month(lang: str, day: date, data: st.DataObject) -> None:
    # French years in words run from 2000 to 2099; English "twenty-one hundred" is not read
    if not 2000 <= day.year <= 2099 and (lang == "fr" or day.year > 2099):
        day = day.replace(year=2000 + day.year % 100, day=min(day.day, 28))
    fields = _fields(lang, day)
    fields["year_words"] = _year_words(lang, day.year)
    form = data.draw(st.sampled_from(YEAR_WORD_FORMS[lang]))
    # documented: a year in words after a date is read before a break ("deux mille personnes")
    breaks = [s for s in SENTENCES[lang] if "{}," in s or "{}." in s or s == "{}"]
    sentence = data.draw(st.sampled_from(breaks))
    expression = _fill(lang, form, fields)
    if "{day}" in form:
        start, end = day, day + timedelta(days=1)
    else:
        start, end = cal.month_interval(day.year, day.month)
    _check_in_sentence(lang, expression, sentence, start, end)


WEEKDAY_RANGE_FORMS = {
    "fr": ["du {weekday1} au {weekday2}", "entre {weekday1} et {weekday2}"],
    "en": ["from {weekday1} to {weekday2}", "between {weekday1} and {weekday2}"],
}


@settings(max_examples=100, deadline=None)
@given(
    lang=st.sampled_from(["fr", "en"]),
    reference=REFERENCES,
    days=st.tuples(st.integers(0, 6), st.integers(0, 6)).filter(lambda d: d[0] != d[1]),
    data=st.data(),
)
def test_two_weekdays_follow_the_clause(
    lang: str, reference: date, days: tuple[int, int], data: st.DataObject
) -> None:
    """In a future clause the first weekday as read alone (on or after R), the second the
    first such weekday after it; in a past one the second as read alone (on or before R),
    the first the latest such weekday before it."""
    sentence, future = data.draw(st.sampled_from(YEARLESS_SENTENCES[lang]))
    if future:
        first = reference + timedelta(days=(days[0] - reference.weekday()) % 7)
        last = first + timedelta(days=(days[1] - days[0]) % 7)
    else:
        last = reference - timedelta(days=(reference.weekday() - days[1]) % 7)
        first = last - timedelta(days=(days[1] - days[0]) % 7)
    monday = date(2024, 1, 1)  # a Monday
    fields = _pair_fields(lang, monday + timedelta(days[0]), monday + timedelta(days[1]))
    expression = _fill(lang, data.draw(st.sampled_from(WEEKDAY_RANGE_FORMS[lang])), fields)
    text = sentence.format(expression)
    mentions = _mentions_in(text, lang, expression, reference)
    assert mentions, text
    assert (mentions[0].value.start, mentions[-1].value.end) == (first, last + timedelta(1)), text


@settings(max_examples=100, deadline=None)
@given(
    lang=st.sampled_from(["fr", "en"]),
    day=DATES,
    weekday=st.integers(0, 6),
    shape=st.sampled_from(["last", "first_weekday", "late"]),
    data=st.data(),
)
def test_a_year_after_a_comma_dates_any_part_of_its_month(
    lang: str, day: date, weekday: int, shape: str, data: st.DataObject
) -> None:
    start_of_month, end_of_month = cal.month_interval(day.year, day.month)
    fields = _fields(lang, day)
    if shape == "last":
        form = {"fr": "le dernier jour de {month}, {year}", "en": "the last day of {month}, {year}"}
        start, end = end_of_month - timedelta(days=1), end_of_month
    elif shape == "first_weekday":
        form = {
            "fr": "le premier {weekday} de {month}, {year}",
            "en": "the first {weekday} of {month}, {year}",
        }
        start = start_of_month + timedelta(days=(weekday - start_of_month.weekday()) % 7)
        end = start + timedelta(days=1)
        fields["weekday"] = _fields(lang, start)["weekday"]
    else:
        form = {"fr": "fin {month}, {year}", "en": "late {month}, {year}"}
        start, end = start_of_month.replace(day=21), end_of_month
    sentence = data.draw(st.sampled_from(SENTENCES[lang][1:]))
    expression = _fill(lang, form[lang], fields)
    _check_in_sentence(lang, expression, sentence, start, end)
