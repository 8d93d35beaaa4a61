"""Properties of clock times: any written form of an instant, with or without a day or a part
of day, embedded in a sentence of ours, reads as that instant (docs/time-semantics.md: a clock
time alone is the next such time in a future clause; a part of day reads a bare hour in it and
a time after midnight on the next day; French "h" and "HH:MM" are 24-hour clocks)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import Granularity, TimeType, find_times

R = datetime(2025, 7, 1, 10, 0)  # a Tuesday, 10:00
DAY = timedelta(days=1)
REFERENCES = st.sampled_from([R.replace(hour=h, minute=30) for h in (0, 7, 11, 16, 19, 23)] + [R])
"""Reference times through R's day: a clock time alone moves to the next (or latest) one."""

FR_HOURS = [
    "zéro",
    "une",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "dix-sept",
    "dix-huit",
    "dix-neuf",
    "vingt",
    "vingt_et_une",
    "vingt-deux",
    "vingt-trois",
]
EN_HOURS = [
    "twelve",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
]
EN_MINUTES = {5: "five", 10: "ten", 20: "twenty", 25: "twenty-five"}
FR_WEEKDAYS = {"mardi": 0, "mercredi": 1, "jeudi": 2, "vendredi": 3, "samedi": 4, "lundi": 6}
EN_WEEKDAYS = {"Wednesday": 1, "Thursday": 2, "Friday": 3, "Saturday": 4, "Monday": 6}

FR_SENTENCES = (
    "La séance reprendra {}.",
    "Selon la préfecture, la cérémonie commencera {}, a-t-on appris.",
    "Le directeur prendra la parole {} devant les salariés.",
)
EN_SENTENCES = (
    "The hearing will resume {}.",
    "Officials said the launch will happen {}, weather permitting.",
    "The board is due to vote {} on the merger.",
)

FR_PAST = (
    "La séance a repris {}.",
    "Selon la préfecture, la cérémonie a commencé {}, a-t-on appris.",
    "Le directeur a pris la parole {} devant les salariés.",
)
EN_PAST = (
    "The hearing resumed {}.",
    "Officials said the launch happened {}, despite the weather.",
    "The board voted {} on the merger.",
)
FR_MINUTE_WORDS = {5: "cinq", 10: "dix", 20: "vingt", 25: "vingt-cinq", 40: "quarante"}

CLOCK_GRAINS = (Granularity.HOUR, Granularity.MINUTE, Granularity.SECOND)


def _fr_hour_word(hour: int) -> str:
    word = FR_HOURS[hour].replace("_", " ")
    return f"{word} heure" if hour in (0, 1, 21) else f"{word} heures"


def fr_forms(hour: int, minute: int, *, twelve: bool = False) -> list[str]:
    """French ways to write ``hour:minute`` (``twelve``: the hour may be written 1-12, a part
    of day then reads it)."""
    shown = hour - 12 if twelve and hour > 12 else hour
    forms = [f"{shown}h{minute:02d}", f"{shown} h {minute:02d}"]
    if not twelve:
        forms.append(f"{hour}:{minute:02d}")
    if minute == 0:
        forms += [f"{shown}h", f"{shown} h", f"{shown} heures" if shown > 1 else f"{shown} heure"]
    if minute in (0, 15, 30) and shown > 0:
        tail = {0: "", 15: " et quart", 30: " et demie"}[minute]
        forms.append(_fr_hour_word(shown) + tail)
    if minute == 45 and 0 < shown < 23:
        forms.append(_fr_hour_word(shown + 1) + " moins le quart")
    if 60 - minute in FR_MINUTE_WORDS and 0 <= shown < 23:  # "neuf heures moins dix"
        before = 60 - minute
        forms += [f"{_fr_hour_word(shown + 1)} moins {FR_MINUTE_WORDS[before]}"]
        forms += [f"{shown + 1}h moins {before}"]
    if (hour, minute) == (12, 0):
        forms.append("midi")
    if (hour, minute) == (12, 30):
        forms.append("midi et demi")
    if (hour, minute) == (0, 0) and not twelve:
        forms.append("minuit")
    return forms


def en_forms(hour: int, minute: int, *, bare: bool = False) -> list[str]:
    """English ways to write ``hour:minute`` (``bare``: also without am / pm, read in a part
    of day)."""
    half = "am" if hour < 12 else "pm"
    twelve = hour % 12 or 12
    forms = [
        f"{twelve}:{minute:02d} {half}",
        f"{twelve}.{minute:02d}{half}",
        f"{hour:02d}:{minute:02d}",
    ]
    if minute == 0:
        forms += [f"{twelve} {half}", f"{twelve}{half}"]
    if minute == 30:
        forms.append(f"half past {EN_HOURS[twelve % 12]} {half}")
    if minute == 15:
        forms.append(f"a quarter past {EN_HOURS[twelve % 12]} {half}")
    after = EN_HOURS[(twelve + 1) % 12]
    if minute in (35, 40, 50, 55) and twelve != 11:  # "ten to nine pm", "ten to nine" at night
        count = EN_MINUTES[60 - minute]
        forms += [f"{count} to {after} {half}", f"{count} minutes to {after} {half}"]
        forms += [f"{count} to {after}"] if bare else []
    if minute in EN_MINUTES:  # "twenty-five past seven pm"
        count, hour_word = EN_MINUTES[minute], EN_HOURS[twelve % 12]
        forms += [f"{count} past {hour_word} {half}", f"{count} minutes past {hour_word} {half}"]
        forms += [f"{count} past {hour_word}"] if bare else []
    if minute == 45 and twelve != 11:
        forms.append(f"a quarter to {EN_HOURS[(twelve + 1) % 12]} {half}")
    if minute and minute % 10 == 0 and minute != 50:
        tens = {10: "ten", 20: "twenty", 30: "thirty", 40: "forty"}[minute]
        forms.append(f"{EN_HOURS[twelve % 12]} {tens} {half}")
    if bare:
        forms += [f"{twelve}:{minute:02d}"] + ([str(twelve)] if minute == 0 else [])
    if (hour, minute) == (12, 0):
        forms += ["noon", "midday"]
    if (hour, minute) == (0, 0):
        forms.append("midnight")
    return forms


def _next(ref: datetime, hour: int, minute: int) -> datetime:
    """The next such time not before ``ref`` (a clock time alone in a future clause)."""
    moment = ref.replace(hour=hour, minute=minute)
    return moment if moment >= ref else moment + DAY


@st.composite
def french(draw: st.DrawFn) -> tuple[str, datetime, datetime]:
    """A French clock expression and the instant it names."""
    ref = draw(REFERENCES)
    context = draw(
        st.sampled_from(["alone", "demain", "weekday", "soir", "matin", "aprem", "nuit"])
    )
    at = draw(st.sampled_from(["à", "vers"]))
    minute = draw(st.sampled_from([0, 0, 5, 15, 20, 30, 35, 40, 45, 50, 55]))
    if context in ("alone", "demain", "weekday"):
        hour = draw(st.integers(0, 23))
        form = draw(st.sampled_from(fr_forms(hour, minute)))
        if context == "alone":
            return f"{at} {form}", _next(ref, hour, minute), ref
        if context == "demain":
            # "17 heures demain" may be a length ("il travaillera 17 heures demain")
            words = "{1} demain" if "heure" not in form and draw(st.booleans()) else "demain {} {}"
            return words.format(at, form), ref.replace(hour=hour, minute=minute) + DAY, ref
        weekday = draw(st.sampled_from(sorted(FR_WEEKDAYS)))
        day = ref.replace(hour=hour, minute=minute) + FR_WEEKDAYS[weekday] * DAY
        return f"{weekday} {at} {form}", day, ref
    if context == "soir":
        day_words, shift = draw(st.sampled_from([("ce soir", 0), ("demain soir", 1)]))
        moment = ref.replace(hour=0, minute=minute) + shift * DAY
        kind = draw(st.sampled_from(["late", "small", "midnight"]))
        if kind == "late":
            hour = draw(st.integers(18, 23))
            form = draw(
                st.sampled_from(fr_forms(hour, minute) + fr_forms(hour, minute, twelve=True))
            )
            return f"{day_words} {at} {form}", moment + timedelta(hours=hour), ref
        if kind == "small":
            hour = draw(st.integers(1, 3))
            form = f"{hour}h{minute:02d} du matin" if minute else f"{hour}h du matin"
            return f"{day_words} {at} {form}", moment + DAY + timedelta(hours=hour), ref
        return f"{day_words} {at} minuit", moment.replace(minute=0) + DAY, ref
    if context == "matin":
        day_words, shift = draw(st.sampled_from([("ce matin", 0), ("demain matin", 1)]))
        hour = draw(st.integers(5, 11))
        form = draw(st.sampled_from(fr_forms(hour, minute)))
        return f"{day_words} {at} {form}", ref.replace(hour=hour, minute=minute) + shift * DAY, ref
    if context == "aprem":
        hour = draw(st.integers(13, 18))
        form = draw(st.sampled_from(fr_forms(hour, minute) + fr_forms(hour, minute, twelve=True)))
        return f"cet après-midi {at} {form}", ref.replace(hour=hour, minute=minute), ref
    hour = draw(st.sampled_from([22, 23, 0, 1, 2, 3]))
    form = draw(st.sampled_from(fr_forms(hour, minute)))
    instant = ref.replace(hour=hour, minute=minute) + (DAY if hour < 12 else timedelta(0))
    return f"cette nuit {at} {form}", instant, ref


@st.composite
def english(draw: st.DrawFn) -> tuple[str, datetime, datetime]:
    """An English clock expression and the instant it names."""
    ref = draw(REFERENCES)
    context = draw(st.sampled_from(["alone", "tomorrow", "weekday", "tonight", "morning", "aft"]))
    at = draw(st.sampled_from(["at", "around"]))
    minute = draw(st.sampled_from([0, 0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]))
    if context in ("alone", "tomorrow", "weekday"):
        hour = draw(st.integers(0, 23))
        form = draw(st.sampled_from(en_forms(hour, minute)))
        if context == "alone":
            return f"{at} {form}", _next(ref, hour, minute), ref
        if context == "tomorrow":
            words = draw(st.sampled_from(["tomorrow {} {}", "{0} {1} tomorrow"]))
            return words.format(at, form), ref.replace(hour=hour, minute=minute) + DAY, ref
        weekday = draw(st.sampled_from(sorted(EN_WEEKDAYS)))
        day = ref.replace(hour=hour, minute=minute) + EN_WEEKDAYS[weekday] * DAY
        return f"on {weekday} {at} {form}", day, ref
    if context == "tonight":
        day_words, shift = draw(
            st.sampled_from([("tonight", 0), ("this evening", 0), ("Friday evening", 3)])
        )
        moment = ref.replace(hour=0, minute=minute) + shift * DAY
        kind = draw(st.sampled_from(["late", "small", "midnight"]))
        if kind == "late":
            hour = draw(st.integers(18, 23))
            form = draw(st.sampled_from(en_forms(hour, minute, bare=True)))
            return f"{day_words} {at} {form}", moment + timedelta(hours=hour), ref
        if kind == "small":
            hour = draw(st.integers(1, 3))
            form = f"{hour}:{minute:02d} am" if minute else f"{hour} am"
            return f"{day_words} {at} {form}", moment + DAY + timedelta(hours=hour), ref
        return f"{day_words} {at} midnight", moment.replace(minute=0) + DAY, ref
    if context == "morning":
        day_words, shift = draw(st.sampled_from([("this morning", 0), ("tomorrow morning", 1)]))
        hour = draw(st.integers(5, 11))
        form = draw(st.sampled_from(en_forms(hour, minute, bare=True)))
        return f"{day_words} {at} {form}", ref.replace(hour=hour, minute=minute) + shift * DAY, ref
    hour = draw(st.integers(13, 17))
    form = draw(st.sampled_from(en_forms(hour, minute, bare=True)))
    return f"this afternoon {at} {form}", ref.replace(hour=hour, minute=minute), ref


def _latest(ref: datetime, hour: int, minute: int) -> datetime:
    """The latest such time not after ``ref`` (a clock time alone in a past clause)."""
    moment = ref.replace(hour=hour, minute=minute)
    return moment if moment <= ref else moment - DAY


@st.composite
def french_more(draw: st.DrawFn) -> tuple[str, datetime, bool, datetime]:
    """A French clock expression in a past clause, on a date, or before its day or part of
    day; the instant; whether the clause is past."""
    ref = draw(REFERENCES)
    context = draw(
        st.sampled_from(["past", "hier", "date", "soir_after", "wd_part", "matin_after"])
    )
    at = draw(st.sampled_from(["à", "vers"]))
    minute = draw(st.sampled_from([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]))
    if context in ("past", "hier", "date"):
        hour = draw(st.integers(0, 23))
        forms = fr_forms(hour, minute)
        if minute in FR_MINUTE_WORDS and hour:  # "quinze heures vingt-cinq"
            forms.append(f"{_fr_hour_word(hour)} {FR_MINUTE_WORDS[minute]}")
        form = draw(st.sampled_from(forms))
        if context == "past":
            return f"{at} {form}", _latest(ref, hour, minute), True, ref
        if context == "hier":
            return f"hier {at} {form}", ref.replace(hour=hour, minute=minute) - DAY, True, ref
        return (
            f"le 14 juillet {at} {form}",
            ref.replace(day=14, hour=hour, minute=minute),
            False,
            ref,
        )
    if context == "soir_after":
        hour = draw(st.integers(18, 23))
        form = draw(st.sampled_from(fr_forms(hour, minute) + fr_forms(hour, minute, twelve=True)))
        return f"{at} {form} ce soir", ref.replace(hour=hour, minute=minute), False, ref
    if context == "matin_after":
        hour = draw(st.integers(5, 11))
        form = draw(st.sampled_from(fr_forms(hour, minute)))
        return f"{at} {form} demain matin", ref.replace(hour=hour, minute=minute) + DAY, False, ref
    words, first, last, shift, past = draw(
        st.sampled_from(
            [
                ("lundi soir", 18, 23, 6, False),
                ("hier soir", 18, 23, -1, True),
                ("dimanche matin", 5, 11, 5, False),
                ("hier matin", 5, 11, -1, True),
                ("vendredi après-midi", 13, 18, 3, False),
            ]
        )
    )
    hour = draw(st.integers(first, last))
    form = draw(st.sampled_from(fr_forms(hour, minute) + fr_forms(hour, minute, twelve=True)))
    return f"{words} {at} {form}", ref.replace(hour=hour, minute=minute) + shift * DAY, past, ref


@st.composite
def english_more(draw: st.DrawFn) -> tuple[str, datetime, bool, datetime]:
    """An English clock expression in a past clause, on a date, or before its day or part
    of day; the instant; whether the clause is past."""
    ref = draw(REFERENCES)
    context = draw(st.sampled_from(["past", "yesterday", "date", "day_after", "part_after", "wd"]))
    at = draw(st.sampled_from(["at", "around"]))
    minute = draw(st.sampled_from([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50]))
    if context in ("past", "yesterday", "date", "day_after"):
        hour = draw(st.integers(0, 23))
        forms = en_forms(hour, minute)
        if minute == 0:
            forms.append(f"{hour % 12 or 12} o'clock {'am' if hour < 12 else 'pm'}")
        form = draw(st.sampled_from(forms))
        if context == "past":
            return f"{at} {form}", _latest(ref, hour, minute), True, ref
        if context == "yesterday":
            return f"yesterday {at} {form}", ref.replace(hour=hour, minute=minute) - DAY, True, ref
        if context == "date":
            return (
                f"on July 14 {at} {form}",
                ref.replace(day=14, hour=hour, minute=minute),
                False,
                ref,
            )
        return f"{at} {form} on Friday", ref.replace(hour=hour, minute=minute) + 3 * DAY, False, ref
    if context == "part_after":
        words, first, last, shift = draw(
            st.sampled_from([("tonight", 18, 23, 0), ("tomorrow morning", 5, 11, 1)])
        )
        hour = draw(st.integers(first, last))
        form = draw(st.sampled_from(en_forms(hour, minute, bare=True)))
        return (
            f"{at} {form} {words}",
            ref.replace(hour=hour, minute=minute) + shift * DAY,
            False,
            ref,
        )
    words, first, last, shift, past = draw(
        st.sampled_from(
            [
                ("Monday evening", 18, 23, 6, False),
                ("last night", 18, 23, -1, True),
                ("Friday night", 18, 23, 3, False),
                ("Sunday morning", 5, 11, 5, False),
                ("yesterday morning", 5, 11, -1, True),
            ]
        )
    )
    hour = draw(st.integers(first, last))
    form = draw(st.sampled_from(en_forms(hour, minute, bare=True)))
    return f"{words} {at} {form}", ref.replace(hour=hour, minute=minute) + shift * DAY, past, ref


def _framed(words: str, lang: str, frame: int, past: bool = False) -> str:
    """``words`` in sentence ``frame`` (a past one when ``past``); forms that need a break
    after them (a bare hour, "this morning at 5"; French "à une heure", which before "de" is
    a distance) go in a sentence where a comma or a stop follows them."""
    if lang == "fr":
        frames = FR_PAST if past else FR_SENTENCES
    else:
        frames = EN_PAST if past else EN_SENTENCES
    if lang == "en":  # a bare hour, in digits or spelled last ("tonight at ten to nine")
        bare = any(w.isdigit() for w in words.split()) or words.split()[-1] in EN_HOURS
    else:
        bare = _SINGULAR.search(words) is not None
    return frames[frame % 2 if bare else frame].format(words)


_SINGULAR = re.compile(r"\bheure\b(?! du)")


def _clock_starts(sentence: str, lang: str, ref: datetime = R) -> list[object]:
    return [
        m.value.start
        for m in find_times(sentence, lang=lang, reference_date=ref)
        if m.value.type is TimeType.TIME and m.value.granularity in CLOCK_GRAINS
    ]


@settings(max_examples=400, deadline=None)
@given(french(), st.integers(0, len(FR_SENTENCES) - 1))
def test_french_clock_times_read_as_their_instant(
    case: tuple[str, datetime, datetime], frame: int
) -> None:
    words, instant, ref = case
    sentence = _framed(words, "fr", frame)
    assert _clock_starts(sentence, "fr", ref) == [instant], (sentence, ref)


@settings(max_examples=400, deadline=None)
@given(english(), st.integers(0, len(EN_SENTENCES) - 1))
def test_english_clock_times_read_as_their_instant(
    case: tuple[str, datetime, datetime], frame: int
) -> None:
    words, instant, ref = case
    sentence = _framed(words, "en", frame)
    assert _clock_starts(sentence, "en", ref) == [instant], (sentence, ref)


@settings(max_examples=400, deadline=None)
@given(french_more(), st.integers(0, len(FR_PAST) - 1))
def test_french_clock_times_in_past_clauses_and_on_days(
    case: tuple[str, datetime, bool, datetime], frame: int
) -> None:
    words, instant, past, ref = case
    sentence = _framed(words, "fr", frame, past)
    assert _clock_starts(sentence, "fr", ref) == [instant], (sentence, ref)


@settings(max_examples=400, deadline=None)
@given(english_more(), st.integers(0, len(EN_PAST) - 1))
def test_english_clock_times_in_past_clauses_and_on_days(
    case: tuple[str, datetime, bool, datetime], frame: int
) -> None:
    words, instant, past, ref = case
    sentence = _framed(words, "en", frame, past)
    assert _clock_starts(sentence, "en", ref) == [instant], (sentence, ref)
