"""Point timeline.testing's temporal strategies at dateparser and list where they disagree.

Usage::

    python benchmarks/dateparser_disagreements.py [--cases 400] [--seed 20250701] [--lang fr]

For each generated case, dateparser's ``DateDataParser(languages=[lang], settings=
{"RELATIVE_BASE": R, "RETURN_TIME_AS_PERIOD": True}).get_date_data(text)`` gives an instant
and a period (day, week, month, quarter, year); the interval it stands for is compared with
the case's expected interval. Each disagreement is classed as:

- ``none``: no date returned;
- ``disjoint``: an interval that does not overlap the expected one (a wrong date);
- ``overlap``: overlapping, neither inside the other;
- ``coarser``: strictly contains the expected interval (less precise);
- ``finer``: strictly inside the expected interval (an instant for a span).

The report prints counts per meaning and, for every (meaning, form, class) found, the
shortest example with a command that reproduces it with dateparser alone.
"""

from __future__ import annotations

import argparse
import collections
import json
import shlex
import sys
from datetime import date, datetime, timedelta

from dateparser.date import DateDataParser

from timeline.testing import TemporalCase, sample, temporal_cases
from timeline.testing import calendar as cal

Interval = tuple[date, date]


def dateparser_interval(text: str, lang: str, reference: date) -> Interval | None:
    """The interval dateparser's answer stands for, or None when it finds no date."""
    parser = DateDataParser(
        languages=[lang],
        settings={
            "RELATIVE_BASE": datetime.combine(reference, datetime.min.time()),
            "RETURN_TIME_AS_PERIOD": True,
        },
    )
    data = parser.get_date_data(text)
    if data.date_obj is None:
        return None
    day = data.date_obj.date()
    period = data.period or "day"
    if period == "year":
        return cal.year_interval(day.year)
    if period == "month":
        return cal.month_interval(day.year, day.month)
    if period == "quarter":
        return cal.quarter_interval(day.year, (day.month - 1) // 3 + 1)
    if period == "week":
        return cal.week_interval(day)
    if period in ("day", "time"):
        return day, day + timedelta(days=1)
    raise ValueError(f"unknown dateparser period {period!r} for {text!r}")


def classify(got: Interval | None, expected: Interval) -> str:
    """``exact``, ``none``, ``disjoint``, ``overlap``, ``coarser`` or ``finer``."""
    if got is None:
        return "none"
    if got == expected:
        return "exact"
    (gs, ge), (es, ee) = got, expected
    if ge <= es or ee <= gs:
        return "disjoint"
    if gs <= es and ee <= ge:
        return "coarser"
    if es <= gs and ge <= ee:
        return "finer"
    return "overlap"


def reproduce(case: TemporalCase) -> str:
    """A shell command that shows dateparser's answer for ``case``."""
    r = case.reference_date
    text = json.dumps(case.text, ensure_ascii=False)
    code = (
        "from datetime import datetime; from dateparser.date import DateDataParser; "
        f'print(DateDataParser(languages=["{case.lang}"], settings={{"RELATIVE_BASE": '
        f'datetime({r.year}, {r.month}, {r.day}), "RETURN_TIME_AS_PERIOD": True}})'
        f".get_date_data({text}))"
    )
    return f"python -c {shlex.quote(code)}"


def main(argv: list[str] | None = None) -> int:
    """Run the comparison and print the report; the exit status is 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=400, help="cases per language")
    parser.add_argument("--seed", type=int, default=20250701)
    parser.add_argument("--lang", choices=["fr", "en"], action="append")
    args = parser.parse_args(argv)
    for lang in args.lang or ["fr", "en"]:
        cases = sample(temporal_cases(lang), args.cases, seed_value=args.seed)
        counts: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
        examples: dict[tuple[str, str, str], TemporalCase] = {}
        got_by_key: dict[tuple[str, str, str], Interval | None] = {}
        for case in cases:
            assert case.expected.start is not None and case.expected.end is not None
            expected = (case.expected.start, case.expected.end)
            got = dateparser_interval(case.text, lang, case.reference_date)
            verdict = classify(got, expected)  # type: ignore[arg-type]
            counts[case.meaning][verdict] += 1
            if verdict != "exact":
                key = (case.meaning, case.form, verdict)
                best = examples.get(key)
                if best is None or len(case.text) < len(best.text):
                    examples[key], got_by_key[key] = case, got
        total = collections.Counter[str]()
        for c in counts.values():
            total.update(c)
        print(f"## {lang}: {len(cases)} cases, seed {args.seed}")
        print("verdicts: " + ", ".join(f"{k} {v}" for k, v in sorted(total.items())))
        print()
        for meaning in sorted(counts):
            row = ", ".join(f"{k} {v}" for k, v in sorted(counts[meaning].items()))
            print(f"  {meaning:30} {row}")
        print()
        order = ["disjoint", "overlap", "coarser", "finer", "none"]
        for (meaning, form, verdict), case in sorted(
            examples.items(), key=lambda kv: (order.index(kv[0][2]), kv[0][0], kv[0][1])
        ):
            got = got_by_key[(meaning, form, verdict)]
            shown = "no date" if got is None else f"[{got[0]}, {got[1]})"
            print(
                f"- {verdict}: {case.text!r} (R = {case.reference_date}, {meaning}, "
                f"form {form!r}): expected "
                f"[{case.expected.start}, {case.expected.end}), dateparser {shown}"
            )
            print(f"    {reproduce(case)}")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
