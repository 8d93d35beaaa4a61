"""``deal_sentences``: one generated deal (kind, parties, amount, time, modality) per sentence.

Templates live in the ``[deals]`` section of each language's data file, per kind and modality.
Template fields: a field per role (``acquirer``, ``target``, ``partner2`` is a second
partner...), ``amount``, ``for_amount`` (the amount with its preposition, or nothing),
``time`` and ``Time`` (the time adverbial, capitalised at a sentence start). The time is an
absolute calendar unit, in the past for facts and reports and in the future for plans and
hypotheses, so the tense of the sentence never changes its interval.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import attrs
from hypothesis import strategies as st

from timeline.model import EventKind, Modality, Money, Party, Role, TimeValue
from timeline.testing import calendar as cal
from timeline.testing.cases import DealCase, ExpectedDeal
from timeline.testing.errors import StrategyError
from timeline.testing.lexicon import elide, fields, languages, lexicon
from timeline.testing.money import money_cases
from timeline.testing.temporal import (
    Meaning,
    check_reference,
    default_reference_dates,
    render_fields,
)

__all__ = ["deal_sentences"]

_ROLE_FIELDS: dict[str, Role] = {
    "acquirer": Role.ACQUIRER,
    "target": Role.TARGET,
    "investor": Role.INVESTOR,
    "investee": Role.INVESTEE,
    "partner": Role.PARTNER,
    "partner2": Role.PARTNER,
    "employer": Role.EMPLOYER,
    "hire": Role.HIRE,
    "plaintiff": Role.PLAINTIFF,
    "defendant": Role.DEFENDANT,
    "subject": Role.SUBJECT,
}
_PEOPLE_ROLES = frozenset({"hire"})
_FUTURE = frozenset({Modality.PLANNED, Modality.HYPOTHETICAL})


def _time_meaning(unit: str, year: int, month: int, day: int, quarter: int) -> Meaning:
    if unit == "date":
        start = date(year, month, day)
        values: tuple[tuple[str, Any], ...] = (("year", year), ("month", month), ("day", day))
        timex = start.isoformat()
        end = cal.add_days(start, 1)
    elif unit == "month":
        start, end = cal.month_interval(year, month)
        values, timex = (("year", year), ("month", month)), f"{year:04d}-{month:02d}"
    elif unit == "quarter":
        start, end = cal.quarter_interval(year, quarter)
        values, timex = (("year", year), ("q", quarter)), f"{year:04d}-Q{quarter}"
    else:
        start, end = cal.year_interval(year)
        values, timex = (("year", year),), f"{year:04d}"
    granularity = "day" if unit == "date" else unit
    expected = TimeValue(start=start, end=end, granularity=granularity, timex=timex)
    return Meaning("deal", unit, values, expected)


@st.composite
def _deal_time(draw: st.DrawFn, reference: date, future: bool) -> Meaning:
    offset = draw(st.integers(min_value=1, max_value=4))
    year = reference.year + offset if future else reference.year - offset
    return _time_meaning(
        draw(st.sampled_from(("month", "date", "year", "quarter"))),
        year,
        draw(st.sampled_from(range(1, 13))),
        draw(st.sampled_from(range(1, 29))),
        draw(st.sampled_from(range(1, 5))),
    )


@st.composite
def _deal(
    draw: st.DrawFn, lang: str, kinds: list[str], references: st.SearchStrategy[date]
) -> DealCase:
    data: dict[str, Any] = lexicon(lang)["deals"]
    kind = draw(st.sampled_from(kinds))
    by_modality: dict[str, list[str]] = data["templates"][kind]
    modality = Modality(draw(st.sampled_from(sorted(by_modality))))
    template = draw(st.sampled_from(by_modality[modality.value]))
    reference = check_reference(draw(references))
    meaning = draw(_deal_time(reference, modality in _FUTURE))
    time_text = elide(lang, data["time"][meaning.name].format(**render_fields(lang, meaning)))
    values = {"time": time_text, "Time": time_text[:1].upper() + time_text[1:]}
    roles = [f for f in sorted(fields(template)) if f in _ROLE_FIELDS]
    companies = draw(
        st.lists(
            st.sampled_from(data["companies"]),
            min_size=len(roles),
            max_size=len(roles),
            unique=True,
        )
    )
    person = draw(st.sampled_from(data["people"]))
    parties = []
    for role_field, company in zip(roles, companies, strict=True):
        name = person if role_field in _PEOPLE_ROLES else company
        values[role_field] = name
        parties.append(Party(name=name, role=_ROLE_FIELDS[role_field]))
    amount: Money | None = None
    needs_amount = "amount" in fields(template)
    if needs_amount or ("for_amount" in fields(template) and draw(st.booleans())):
        money = draw(money_cases(lang, ["scaled", "plain"]))  # both shapes name a currency
        amount = money.expected
        values["amount"] = money.text
        values["for_amount"] = data["for_amount"].format(amount=money.text)
    else:
        values["for_amount"] = ""
    text = elide(lang, template.format(**values))
    text = text[:1].upper() + text[1:]
    when = attrs.evolve(meaning.expected, text=time_text)
    expected = ExpectedDeal(
        kind=EventKind(kind), parties=tuple(parties), amount=amount, modality=modality, when=when
    )
    return DealCase(text=text, lang=lang, reference_date=reference, expected=expected)


def deal_sentences(
    lang: str = "fr",
    kinds: list[str] | None = None,
    reference_dates: st.SearchStrategy[date] | None = None,
) -> st.SearchStrategy[DealCase]:
    """Sentences stating one deal, with the event they state.

    :param lang: a language with a data file (``"fr"``, ``"en"``).
    :param kinds: event kinds to draw from (default: every kind the data file has templates for).
    :param reference_dates: a strategy of reference dates (default: 2015-2035).
    """
    if lang not in languages():
        raise StrategyError(f"lang: no deal templates for {lang!r}; known: {languages()}")
    available = sorted(lexicon(lang)["deals"]["templates"])
    chosen = available if kinds is None else list(kinds)
    if not chosen or any(k not in available for k in chosen):
        raise StrategyError(f"kinds: {chosen!r}; expected a non-empty subset of {available}")
    references = default_reference_dates() if reference_dates is None else reference_dates
    return _deal(lang, chosen, references)
