"""Score timeline's temporal engine on the converted corpora (see benchmarks/README.md).

Usage::

    python benchmarks/score_times.py CORPORA_DIR [--only NAME ...] [--errors N]
                                     [--seed SEED_DIR] [--verified] [--json OUT]

Expression corpora: exact ``[start, end)`` match of ``timeline.parse_time`` against the expected
interval or any of its ``alternatives``. Document corpora: strict/relaxed span, value and type
P/R/F1 of ``timeline.find_times``, micro-averaged, as the corpora README defines them.
Exceptions raised by the library are counted as errors; the run goes on.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import signal
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

Instant = date | datetime
Interval = tuple[datetime | None, datetime | None]
ParseFn = Callable[..., Any]
FindFn = Callable[..., Any]

EXPRESSION_CORPORA = (
    "duckling_fr",
    "duckling_en",
    "duckling_en_locales",
    "recognizers_fr",
    "recognizers_en",
    "recognizers_parsers_fr",
    "recognizers_parsers_en",
)
DOCUMENT_CORPORA = ("timeml_fr_timebank_dev", "timeml_en_wikinews_dev")

# dateparser 1.5.0 baselines, copied from the corpora README (not recomputed here).
BASELINE_ACCURACY = {
    "duckling_fr": 22.9,
    "duckling_en": 13.9,
    "duckling_en_locales": 24.4,
    "recognizers_fr": 26.5,
    "recognizers_en": 24.8,
    "recognizers_parsers_fr": 23.5,
    "recognizers_parsers_en": 24.8,
}
BASELINE_ACCURACY_VERIFIED = {"recognizers_fr": 46.2, "recognizers_parsers_fr": 29.8}
# strict F1, relaxed P, R, F1, value F1, type F1 (search_dates, README table).
BASELINE_DOCUMENTS: dict[str, tuple[float, float, float, float, float, float]] = {
    "timeml_fr_timebank_dev": (28.2, 65.6, 64.5, 65.0, 31.4, 47.2),
    "timeml_en_wikinews_dev (all predictions)": (24.1, 32.6, 75.4, 45.5, 33.6, 40.4),
    "timeml_en_wikinews_dev": (39.5, 73.6, 75.4, 74.5, 55.1, 66.2),
}
UNSCORED_TYPES = {"duration": "DURATION", "set": "SET"}

# The tool each expression corpus comes from, whose conventions timeline.CONVENTIONS names.
SOURCE_CONVENTIONS = {"duckling": "duckling", "recognizers": "recognizers"}
TIMEOUT = [10.0]  # seconds per case or document; set from --timeout


class CaseTimeout(Exception):
    """A case or document took longer than ``--timeout`` seconds."""


@contextlib.contextmanager
def time_limit() -> Iterator[None]:
    """Raise :class:`CaseTimeout` in the body after ``TIMEOUT[0]`` seconds (POSIX main thread)."""
    if TIMEOUT[0] <= 0 or not hasattr(signal, "SIGALRM"):
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise CaseTimeout(f"over {TIMEOUT[0]:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, TIMEOUT[0])
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# --------------------------------------------------------------------------- helpers


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """The JSON objects of a JSON-lines file."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def reference_of(text: str, offset: str | None = None) -> Instant:
    """A corpus reference: a datetime when it has a time part, else a date; aware at the UTC
    ``offset`` (``reference_tz``, "-02:00") when the case gives one."""
    if "T" in text:
        moment = datetime.fromisoformat(text)
        return moment if offset is None else datetime.fromisoformat(f"{text}{offset}")
    return date.fromisoformat(text)


def naive(value: object) -> datetime | None:
    """A bound as a naive datetime: a date is its midnight; an aware time keeps its wall clock."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    raise TypeError(f"not a date or datetime: {value!r}")


def expected_interval(expected: dict[str, Any]) -> Interval:
    """The ``[start, end)`` of a corpus answer, ``None`` for an open side."""
    start, end = expected.get("start"), expected.get("end")
    return (
        None if start is None else datetime.fromisoformat(start),
        None if end is None else datetime.fromisoformat(end),
    )


def show(interval: Interval | None) -> str:
    """``[start, end)`` in a compact form."""
    if interval is None:
        return "None"

    def one(bound: datetime | None) -> str:
        if bound is None:
            return "null"
        if bound.time() == datetime.min.time():
            return bound.date().isoformat()
        return bound.isoformat(timespec="seconds")

    return f"[{one(interval[0])}, {one(interval[1])})"


def prf(correct: int, system: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 in percent."""
    p = 100.0 * correct / system if system else 0.0
    r = 100.0 * correct / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def spread(items: Sequence[Any], n: int) -> list[Any]:
    """Up to ``n`` items taken evenly across ``items`` (deterministic)."""
    if n <= 0 or not items:
        return []
    if len(items) <= n:
        return list(items)
    step = len(items) / n
    return [items[int(i * step)] for i in range(n)]


def error_text(exc: BaseException) -> str:
    """A one-line description of an exception and the innermost line that raised it."""
    message = str(exc).splitlines()[0] if str(exc) else ""
    text = f"{type(exc).__name__}: {message}".rstrip(": ")[:120]
    frames = traceback.extract_tb(exc.__traceback__)
    if frames and not isinstance(exc, CaseTimeout):
        where = frames[-1]
        text += f" ({Path(where.filename).name}:{where.lineno})"
    return text


def print_table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
    """A left-aligned first column and right-aligned others."""
    all_rows = [list(header), *[list(r) for r in rows]]
    widths = [max(len(r[i]) for r in all_rows) for i in range(len(header))]
    for k, row in enumerate(all_rows):
        cells = [
            cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i]) for i, cell in enumerate(row)
        ]
        print("  ".join(cells).rstrip())
        if k == 0:
            print("  ".join("-" * w for w in widths))


# --------------------------------------------------------------------------- expressions


@dataclass
class ExpressionScore:
    """Counts for one expression corpus."""

    corpus: str
    cases: int = 0
    rules: str = "default"
    scored: int = 0
    correct: int = 0
    no_output: int = 0
    errors: int = 0
    typed_total: int = 0
    typed_ok: int = 0
    wall: float = 0.0
    slowest: tuple[float, str] = (0.0, "")
    by_type: Counter[str] = field(default_factory=Counter)
    by_type_ok: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)
    error_kinds: Counter[str] = field(default_factory=Counter)


def predicted_interval(value: Any) -> Interval:
    """The naive ``[start, end)`` of a TimeValue."""
    return naive(value.start), naive(value.end)


def describe_value(value: Any) -> str:
    """A TimeValue in one short line."""
    return (
        f"{show(predicted_interval(value))} timex={value.timex} "
        f"type={value.type} mod={value.mod} gran={value.granularity}"
    )


def source_conventions(corpus: str) -> str:
    """The name in ``timeline.CONVENTIONS`` of the conventions of the corpus's source tool."""
    return SOURCE_CONVENTIONS[corpus.split("_")[0]]


def case_lang(case: dict[str, Any]) -> str:
    """The ``lang`` to read a case with: its language, with the region of its ``locale``
    when it has one (``"en_GB"`` -> ``"en-GB"``)."""
    locale = case.get("locale")
    return str(locale).replace("_", "-") if locale else str(case["lang"])


def score_expression_corpus(
    name: str, cases: Sequence[dict[str, Any]], parse: ParseFn, rules: str = "default"
) -> ExpressionScore:
    """Run ``parse`` with the conventions ``rules`` on every case; count exact matches."""
    score = ExpressionScore(corpus=name, cases=len(cases), rules=rules)
    began = time.perf_counter()
    for case in cases:
        expected = case["expected"]
        kind = str(expected["type"])
        reference = reference_of(case["reference"], case.get("reference_tz"))
        t0 = time.perf_counter()
        error: str | None = None
        value: Any = None
        try:
            with time_limit():
                value = parse(
                    case["text"], lang=case_lang(case), reference_date=reference, rules=rules
                )
            got = None if value is None else predicted_interval(value)
        except Exception as exc:  # a library failure is a scored error, never fatal
            error = error_text(exc)
            got = None
        elapsed = time.perf_counter() - t0
        if elapsed > score.slowest[0]:
            score.slowest = (elapsed, case["text"])
        if error is not None:
            score.errors += 1
            score.error_kinds[error.split(":")[0]] += 1
        if kind in UNSCORED_TYPES:
            score.typed_total += 1
            if value is not None and error is None and str(value.type) == UNSCORED_TYPES[kind]:
                score.typed_ok += 1
            continue
        score.scored += 1
        score.by_type[kind] += 1
        answers = [expected_interval(a) for a in case.get("alternatives") or [expected]]
        if got is not None and got in answers:
            score.correct += 1
            score.by_type_ok[kind] += 1
            continue
        if value is None and error is None:
            score.no_output += 1
        got_text = error if error is not None else describe_value(value) if value else "None"
        alternatives = f" (+{len(answers) - 1} alt)" if len(answers) > 1 else ""
        score.failures.append(
            f"  {case['id']} [{kind}] {case['text']!r} ref={case['reference']}\n"
            f"      expected {show(answers[0])}{alternatives} {expected.get('value', '')}\n"
            f"      got      {got_text}"
        )
    score.wall = time.perf_counter() - began
    return score


def keep_case(name: str, case: dict[str, Any], verified: bool) -> bool:
    """The ``--verified`` filter: Recognizers rows run by the upstream .NET CI only."""
    if not verified or not name.startswith("recognizers"):
        return True
    return bool(case.get("rt_dotnet_tested"))


def report_expressions(
    pairs: Sequence[tuple[ExpressionScore, ExpressionScore]],
    errors: int,
    verified: bool,
    detail: str,
) -> None:
    """The expression table (the library's rules and the source tool's conventions side by
    side), then the per-type table and failure samples of the ``detail`` run."""
    print("\n== Expression level: exact [start, end) match, any alternative accepted")
    print("   (acc %: the library's rules; source conv. %: rules=<source tool's conventions>)")
    rows = []
    for s, own in pairs:
        baseline = BASELINE_ACCURACY.get(s.corpus)
        if verified and s.corpus.startswith("recognizers"):
            baseline = BASELINE_ACCURACY_VERIFIED.get(s.corpus)
        accuracy = 100.0 * s.correct / s.scored if s.scored else 0.0
        own_accuracy = 100.0 * own.correct / own.scored if own.scored else 0.0
        rows.append(
            [
                s.corpus,
                str(s.scored),
                str(s.correct),
                f"{accuracy:.1f}",
                f"{own_accuracy:.1f} ({own.rules})",
                str(s.no_output),
                str(s.errors + own.errors),
                f"{s.typed_ok}/{s.typed_total}",
                "-" if baseline is None else f"{baseline:.1f}",
                f"{s.wall + own.wall:.1f}",
            ]
        )
    print_table(
        [
            "corpus",
            "scored",
            "correct",
            "acc %",
            "source conv. %",
            "no output",
            "errors",
            "dur/set typed",
            "dateparser %",
            "wall s",
        ],
        rows,
    )
    scores = [own if detail == "source" else s for s, own in pairs]
    whose = "each source tool" if detail == "source" else "the library"
    print(f"\nDetails below: the run with {whose}'s rules.")
    kinds = sorted({k for s in scores for k in s.by_type})
    print("\nAccuracy by expected type (correct/scored):")
    print_table(
        ["corpus", *kinds],
        [
            [
                s.corpus,
                *[f"{s.by_type_ok[k]}/{s.by_type[k]}" if s.by_type[k] else "-" for k in kinds],
            ]
            for s in scores
        ],
    )
    for s in scores:
        if s.slowest[0] > 0.05:
            print(f"slowest case in {s.corpus}: {s.slowest[0]:.2f} s for {s.slowest[1]!r}")
        if s.error_kinds:
            kinds_text = ", ".join(f"{k} x{n}" for k, n in s.error_kinds.most_common())
            print(f"errors in {s.corpus}: {kinds_text}")
    if errors:
        for s in scores:
            sample = spread(s.failures, errors)
            if sample:
                print(f"\n-- {s.corpus}: {len(sample)} of {len(s.failures)} failures")
                print("\n".join(sample))


# --------------------------------------------------------------------------- documents


@dataclass(frozen=True)
class Mark:
    """A timex span with its TIMEX3 value and type."""

    start: int
    end: int
    text: str
    value: str
    type: str


@dataclass
class DocumentScore:
    """Micro-averaged counts for one document corpus (one table row)."""

    row: str
    docs: int = 0
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0
    errors: int = 0
    wall: float = 0.0
    error_samples: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    wrong_value: list[str] = field(default_factory=list)


def match_relaxed(gold: Sequence[Mark], system: Sequence[Mark]) -> list[tuple[Mark, Mark]]:
    """One-to-one pairs with at least one character of overlap, largest overlap first."""
    pairs = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            overlap = min(g.end, s.end) - max(g.start, s.start)
            if overlap > 0:
                pairs.append((-overlap, g.start, s.start, gi, si))
    pairs.sort()
    used_gold: set[int] = set()
    used_system: set[int] = set()
    matched = []
    for _, _, _, gi, si in pairs:
        if gi in used_gold or si in used_system:
            continue
        used_gold.add(gi)
        used_system.add(si)
        matched.append((gold[gi], system[si]))
    return matched


def system_marks(find: FindFn, doc: dict[str, Any]) -> list[Mark]:
    """The engine's timexes for one document."""
    mentions = find(doc["text"], lang=doc["lang"], reference_date=date.fromisoformat(doc["dct"]))
    return [
        Mark(m.start, m.end, doc["text"][m.start : m.end], str(m.value.timex), str(m.value.type))
        for m in mentions
    ]


def gold_marks(doc: dict[str, Any], *, keep_dateline: bool) -> list[Mark]:
    """The annotated timexes of one document."""
    return [
        Mark(t["start"], t["end"], t["text"], str(t["value"]), str(t["type"]))
        for t in doc["timexes"]
        if keep_dateline or not t.get("dateline")
    ]


@dataclass(frozen=True)
class RowSpec:
    """How one table row filters gold and system timexes."""

    row: str
    cut_at_annotated_end: bool
    keep_dateline: bool


def row_specs(name: str) -> list[RowSpec]:
    """The rows reported for a document corpus."""
    if name == "timeml_en_wikinews_dev":
        return [
            RowSpec(f"{name} (all predictions)", False, True),
            RowSpec(name, True, True),
            RowSpec(f"{name} (body, no dateline)", True, False),
        ]
    return [RowSpec(name, False, True)]


def score_document_corpus(
    name: str, docs: Sequence[dict[str, Any]], find: FindFn
) -> list[DocumentScore]:
    """Run ``find`` once per document and score every row of this corpus."""
    specs = row_specs(name)
    scores = [DocumentScore(row=spec.row, docs=len(docs)) for spec in specs]
    for doc in docs:
        t0 = time.perf_counter()
        error: str | None = None
        try:
            with time_limit():
                found = system_marks(find, doc)
        except Exception as exc:  # a library failure is a scored error, never fatal
            error = error_text(exc)
            found = []
        elapsed = time.perf_counter() - t0
        for spec, score in zip(specs, scores, strict=True):
            score.wall += elapsed
            if error is not None:
                score.errors += 1
                score.error_samples.append(f"  doc {doc['id']}: {error}")
            gold = gold_marks(doc, keep_dateline=spec.keep_dateline)
            system = found
            if spec.cut_at_annotated_end and "annotated_end" in doc:
                system = [m for m in system if m.start < doc["annotated_end"]]
            if not spec.keep_dateline:
                datelines = [t for t in doc["timexes"] if t.get("dateline")]
                system = [
                    m
                    for m in system
                    if not any(m.start < t["end"] and t["start"] < m.end for t in datelines)
                ]
            add_document(score, doc["id"], gold, system)
    return scores


def add_document(score: DocumentScore, doc_id: str, gold: list[Mark], system: list[Mark]) -> None:
    """Add one document's counts and error samples to ``score``."""
    score.gold += len(gold)
    score.system += len(system)
    gold_spans = Counter((g.start, g.end) for g in gold)
    system_spans = Counter((s.start, s.end) for s in system)
    score.strict += sum((gold_spans & system_spans).values())
    pairs = match_relaxed(gold, system)
    score.relaxed += len(pairs)
    matched_gold = {id(g) for g, _ in pairs}
    matched_system = {id(s) for _, s in pairs}
    for g, s in pairs:
        score.value += g.value == s.value
        score.type += g.type == s.type
        if g.value != s.value:
            score.wrong_value.append(
                f"  {doc_id}: gold {g.text!r} {g.type} {g.value}  |  got {s.text!r} {s.type} "
                f"{s.value}"
            )
    score.missed.extend(
        f"  {doc_id}: {g.text!r} {g.type} {g.value}" for g in gold if id(g) not in matched_gold
    )
    score.spurious.extend(
        f"  {doc_id}: {s.text!r} {s.type} {s.value}" for s in system if id(s) not in matched_system
    )


def report_documents(scores: Sequence[DocumentScore], errors: int) -> None:
    """The TimeML table and error samples."""
    print("\n== Document level (TimeML): micro-averaged P/R/F1 in %")
    rows = []
    for s in scores:
        sp, sr, sf = prf(s.strict, s.system, s.gold)
        rp, rr, rf = prf(s.relaxed, s.system, s.gold)
        vf = prf(s.value, s.system, s.gold)[2]
        tf = prf(s.type, s.system, s.gold)[2]
        rows.append(
            [
                s.row,
                f"{sp:.1f} / {sr:.1f} / {sf:.1f}",
                f"{rp:.1f} / {rr:.1f} / {rf:.1f}",
                f"{vf:.1f}",
                f"{tf:.1f}",
                f"{s.system} / {s.gold}",
                str(s.errors),
                f"{s.wall:.1f}",
            ]
        )
        base = BASELINE_DOCUMENTS.get(s.row)
        if base is not None:
            rows.append(
                [
                    "  dateparser search_dates (README)",
                    f"F1 {base[0]:.1f}",
                    f"{base[1]:.1f} / {base[2]:.1f} / {base[3]:.1f}",
                    f"{base[4]:.1f}",
                    f"{base[5]:.1f}",
                    "",
                    "",
                    "",
                ]
            )
    print_table(
        [
            "corpus",
            "strict P / R / F1",
            "relaxed P / R / F1",
            "value F1",
            "type F1",
            "system / gold",
            "errors",
            "wall s",
        ],
        rows,
    )
    if errors:
        for s in scores:
            print(f"\n-- {s.row}")
            for title, items in (
                ("library errors", s.error_samples),
                ("missed gold", s.missed),
                ("spurious", s.spurious),
                ("wrong value", s.wrong_value),
            ):
                sample = spread(items, errors)
                if sample:
                    print(f" {title}: {len(sample)} of {len(items)}")
                    print("\n".join(sample))


# --------------------------------------------------------------------------- seed


def score_seed(seed_dir: Path, find: FindFn) -> None:
    """Gold timexes found or missing on the seed article, and traps hit."""
    gold = json.loads((seed_dir / "gold.json").read_text(encoding="utf-8"))
    text = (seed_dir / gold["source"]).read_text(encoding="utf-8")
    reference = date.fromisoformat(gold["dct"])
    print(f"\n== Seed {gold['source']} (lang {gold['lang']}, reference {reference})")
    try:
        with time_limit():
            mentions = list(find(text, lang=gold["lang"], reference_date=reference))
    except Exception as exc:  # report and stop: nothing to score
        print(f"find_times raised {error_text(exc)}")
        return
    print(f"{len(mentions)} timexes found")
    ok = Counter[str]()
    total = Counter[str]()
    for item in gold["timexes"]:
        priority = item.get("priority", "core")
        total[priority] += 1
        overlapping = [m for m in mentions if m.start < item["end"] and item["start"] < m.end]
        label = f"{priority:8} {item['text']!r} @{item['start']}"
        want_interval = (
            None
            if item["interval"] is None
            else (
                naive(date.fromisoformat(item["interval"][0])),
                naive(date.fromisoformat(item["interval"][1])),
            )
        )
        want = f"{item['type']} {item['value'] or '(event-anchored)'} {show(want_interval)}"
        if not overlapping:
            print(f"MISSING  {label}: want {want}")
            continue
        best = max(overlapping, key=lambda m: min(m.end, item["end"]) - max(m.start, item["start"]))
        v = best.value
        value_ok = (
            str(v.anchor) == "event" if item["value"] == "" else str(v.timex) == item["value"]
        )
        interval_ok = want_interval is None or predicted_interval(v) == want_interval
        good = value_ok and interval_ok and str(v.type) == item["type"]
        ok[priority] += good
        status = "OK      " if good else "WRONG   "
        print(
            f"{status} {label}: want {want}\n"
            f"         got {best.text!r} @{best.start} {v.type} {v.timex} "
            f"{show(predicted_interval(v))} anchor={v.anchor} mod={v.mod}"
        )
    hits = [
        (trap, m)
        for trap in gold["traps"]
        for m in mentions
        if m.start < trap["end"] and trap["start"] < m.end
    ]
    for trap, m in hits:
        print(f"TRAP HIT {trap['text']!r} @{trap['start']}: got {m.text!r} {m.value.timex}")
    summary = ", ".join(f"{p} {ok[p]}/{total[p]} right" for p in sorted(total))
    print(f"seed: {summary}; traps hit {len(hits)}/{len(gold['traps'])}")
    gold_spans = [(t["start"], t["end"]) for t in gold["timexes"] + gold["traps"]]
    others = [m for m in mentions if not any(m.start < e and s < m.end for s, e in gold_spans)]
    if others:
        print("other finds (neither gold nor trap):")
        for m in others:
            print(f"         {m.text!r} @{m.start} {m.value.type} {m.value.timex}")


# --------------------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("corpora_dir", type=Path, help="directory of the *.jsonl corpora")
    parser.add_argument(
        "--only",
        nargs="+",
        metavar="NAME",
        choices=EXPRESSION_CORPORA + DOCUMENT_CORPORA,
        help="corpora to run (file names without .jsonl); default all",
    )
    parser.add_argument(
        "--errors", type=int, default=0, metavar="N", help="print N sample failures per corpus"
    )
    parser.add_argument(
        "--seed",
        type=Path,
        metavar="SEED_DIR",
        help="also check the seed article against SEED_DIR/gold.json",
    )
    parser.add_argument(
        "--verified",
        action="store_true",
        help="Recognizers: keep only rows the upstream .NET CI runs",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=10.0,
        help="seconds allowed per case or document, counted as an error beyond (0: none)",
    )
    parser.add_argument(
        "--conventions",
        choices=("default", "source"),
        default="default",
        help="whose rules the per-type table and failure samples show: the library's "
        "(default) or the corpus source tool's (timeline.CONVENTIONS)",
    )
    parser.add_argument("--json", type=Path, metavar="OUT", help="also write the counts as JSON")
    args = parser.parse_args(argv)
    try:
        import timeline
    except Exception as exc:  # a broken work tree: say why instead of a traceback
        print(f"cannot import timeline: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    if not args.corpora_dir.is_dir():
        parser.error(f"not a directory: {args.corpora_dir}")
    TIMEOUT[0] = args.timeout
    wanted = args.only or list(EXPRESSION_CORPORA + DOCUMENT_CORPORA)
    began = time.perf_counter()

    expression_scores = []
    for name in EXPRESSION_CORPORA:
        path = args.corpora_dir / f"{name}.jsonl"
        if name not in wanted:
            continue
        if not path.exists():
            print(f"skipped {name}: {path} not found", file=sys.stderr)
            continue
        cases = [c for c in read_jsonl(path) if keep_case(name, c, args.verified)]
        default = score_expression_corpus(name, cases, timeline.parse_time)
        own = score_expression_corpus(
            name, cases, timeline.parse_time, rules=source_conventions(name)
        )
        expression_scores.append((default, own))
    if expression_scores:
        report_expressions(expression_scores, args.errors, args.verified, args.conventions)

    document_scores = []
    for name in DOCUMENT_CORPORA:
        path = args.corpora_dir / f"{name}.jsonl"
        if name not in wanted:
            continue
        if not path.exists():
            print(f"skipped {name}: {path} not found", file=sys.stderr)
            continue
        document_scores.extend(score_document_corpus(name, read_jsonl(path), timeline.find_times))
    if document_scores:
        report_documents(document_scores, args.errors)

    if args.seed is not None:
        score_seed(args.seed, timeline.find_times)

    print(f"\ntotal wall time {time.perf_counter() - began:.1f} s")
    if args.json is not None:
        payload = {
            "expressions": [
                {
                    k: getattr(s, k)
                    for k in (
                        "corpus",
                        "rules",
                        "cases",
                        "scored",
                        "correct",
                        "no_output",
                        "errors",
                        "typed_total",
                        "typed_ok",
                        "wall",
                    )
                }
                for pair in expression_scores
                for s in pair
            ],
            "documents": [
                {
                    k: getattr(s, k)
                    for k in (
                        "row",
                        "docs",
                        "gold",
                        "system",
                        "strict",
                        "relaxed",
                        "value",
                        "type",
                        "errors",
                        "wall",
                    )
                }
                for s in document_scores
            ],
        }
        args.json.write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
