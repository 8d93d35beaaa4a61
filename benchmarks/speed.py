"""Time timeline against dateparser.search_dates and spaCy, side by side in one run.

Usage::

    python benchmarks/speed.py TEXT_PATH... [--words N] [--repeat N] [--slow-words N]
                               [--reference-date YYYY-MM-DD] [--lang fr] [--scaling]

The given news files are concatenated and repeated until the text has ``--words`` words
(whitespace-separated). Each tool is warmed up once on a short text, then timed ``--repeat``
times; the best time is kept. Slow tools (search_dates, the statistical spaCy pipeline) are
timed on the first ``--slow-words`` words and their speed is extrapolated per word.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import re
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

WORD = re.compile(r"\S+")


def build_text(paths: Sequence[Path], words: int) -> str:
    """The files joined by blank lines and repeated until the text holds ``words`` words."""
    parts = [p.read_text(encoding="utf-8").strip() for p in paths]
    unit = "\n\n".join(part for part in parts if part)
    unit_words = len(unit.split())
    if unit_words == 0:
        raise SystemExit("the given files contain no words")
    copies = -(-words // unit_words)
    return cut_words("\n\n".join([unit] * copies), words)


def cut_words(text: str, words: int) -> str:
    """The prefix of ``text`` that holds its first ``words`` words."""
    end = 0
    for count, match in enumerate(WORD.finditer(text), start=1):
        end = match.end()
        if count == words:
            break
    return text[:end]


def count_words(text: str) -> int:
    """Whitespace-separated words."""
    return len(text.split())


def best_time(run: Callable[[], object], repeat: int) -> float:
    """The fastest of ``repeat`` runs, in seconds."""
    best = float("inf")
    for _ in range(max(1, repeat)):
        t0 = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - t0)
    return best


@dataclass
class Row:
    """One timed tool."""

    name: str
    words: int = 0
    seconds: float = 0.0
    load: float = 0.0
    note: str = ""
    error: str = ""

    @property
    def per_word(self) -> float:
        """Seconds per word."""
        return self.seconds / self.words if self.words else float("inf")

    @property
    def rate(self) -> float:
        """Words per second."""
        return self.words / self.seconds if self.seconds else 0.0


def measure(
    name: str,
    make: Callable[[], Callable[[str], object]],
    text: str,
    warmup: str,
    repeat: int,
    note: str = "",
) -> Row:
    """Build the tool (timed as load), warm it up, then time it on ``text``."""
    row = Row(name=name, words=count_words(text), note=note)
    try:
        t0 = time.perf_counter()
        run = make()
        run(warmup)
        row.load = time.perf_counter() - t0
        row.seconds = best_time(lambda: run(text), repeat)
    except Exception as exc:  # report the failure in the table and go on
        row.error = describe(exc)
    return row


def describe(exc: BaseException) -> str:
    """An exception in one short line."""
    first = str(exc).splitlines()[0] if str(exc) else ""
    return f"{type(exc).__name__}: {first}".rstrip(": ")[:80]


def ratio(faster: Row, slower: Row) -> str:
    """How many times faster per word ``faster`` is than ``slower``."""
    if faster.error or slower.error or not faster.seconds or not slower.seconds:
        return "-"
    return f"{slower.per_word / faster.per_word:.1f}x"


def find_times_tool(lang: str, reference: date) -> Callable[[], Callable[[str], object]]:
    """timeline.find_times."""

    def make() -> Callable[[str], object]:
        from timeline import find_times

        return lambda text: find_times(text, lang=lang, reference_date=reference)

    return make


def extract_tool(lang: str, reference: date) -> Callable[[], Callable[[str], object]]:
    """timeline.extract (the whole pipeline)."""

    def make() -> Callable[[str], object]:
        from timeline import extract

        return lambda text: extract(text, lang=lang, reference_date=reference)

    return make


def search_dates_tool(lang: str, reference: date) -> Callable[[], Callable[[str], object]]:
    """dateparser.search.search_dates with the language and RELATIVE_BASE given."""

    def make() -> Callable[[str], object]:
        from dateparser.search import search_dates

        base = datetime(reference.year, reference.month, reference.day)
        settings: dict[str, Any] = {"RELATIVE_BASE": base}
        return lambda text: search_dates(text, languages=[lang], settings=settings)

    return make


def blank_spacy_tool(lang: str) -> Callable[[], Callable[[str], object]]:
    """spaCy's blank pipeline for ``lang``: the tokenizer only."""

    def make() -> Callable[[str], object]:
        import spacy

        nlp = spacy.blank(lang)
        nlp.max_length = 10**9
        return lambda text: nlp(text)

    return make


def spacy_model_tool(model: str) -> Callable[[], Callable[[str], object]]:
    """A statistical spaCy pipeline, run paragraph by paragraph with ``nlp.pipe``."""

    def make() -> Callable[[str], object]:
        import spacy

        nlp = spacy.load(model)

        def run(text: str) -> object:
            paragraphs = [p for p in text.split("\n") if p.strip()]
            return list(nlp.pipe(paragraphs))

        return run

    return make


def print_rows(rows: Sequence[Row], search: Row, model: Row | None) -> None:
    """The side-by-side table."""
    header = ["tool", "words", "seconds", "words/s", "load s", "vs search_dates", "note"]
    table = [header]
    for row in rows:
        if row.error:
            table.append([row.name, str(row.words), "-", "-", "-", "-", f"error: {row.error}"])
            continue
        versus = ratio(row, search) if row is not search else "1.0x"
        note = row.note
        if model is not None and row.name == "timeline.extract":
            note = f"{ratio(row, model)} vs {model.name}" + (f"; {note}" if note else "")
        table.append(
            [
                row.name,
                str(row.words),
                f"{row.seconds:.3f}",
                f"{row.rate:,.0f}",
                f"{row.load:.2f}",
                versus,
                note,
            ]
        )
    widths = [max(len(r[i]) for r in table) for i in range(len(header))]
    for k, line in enumerate(table):
        cells = [
            c.ljust(widths[i]) if i in (0, len(header) - 1) else c.rjust(widths[i])
            for i, c in enumerate(line)
        ]
        print("  ".join(cells).rstrip())
        if k == 0:
            print("  ".join("-" * w for w in widths))


def scaling(paths: Sequence[Path], lang: str, reference: date, sizes: Sequence[int]) -> None:
    """find_times at growing sizes: time per word should stay flat (linear growth)."""
    print("\nScaling of timeline.find_times (one run per size):")
    run = find_times_tool(lang, reference)()
    try:
        run(build_text(paths, 200))
    except Exception as exc:  # the engine is not usable: say so and stop
        print(f"error: {describe(exc)}")
        return
    first: float | None = None
    print(f"{'words':>10}  {'seconds':>9}  {'us/word':>8}  {'vs first':>8}  {'timexes':>8}")
    for size in sizes:
        text = build_text(paths, size)
        t0 = time.perf_counter()
        try:
            found = run(text)
        except Exception as exc:  # report and stop: larger sizes would fail the same way
            print(f"{size:>10}  error: {describe(exc)}")
            return
        seconds = time.perf_counter() - t0
        per_word = seconds / count_words(text)
        first = first or per_word
        count = len(found) if isinstance(found, list) else -1
        print(
            f"{size:>10}  {seconds:>9.2f}  {per_word * 1e6:>8.2f}  "
            f"{per_word / first:>7.2f}x  {count:>8}"
        )


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("paths", nargs="+", type=Path, metavar="TEXT_PATH")
    parser.add_argument("--words", type=int, default=20_000, help="size of the text (words)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per tool; best time kept")
    parser.add_argument(
        "--slow-words",
        type=int,
        default=20_000,
        help="time search_dates and the spaCy model on at most this many words",
    )
    parser.add_argument("--lang", default="fr")
    parser.add_argument("--model", default="fr_core_news_sm", help="statistical spaCy pipeline")
    parser.add_argument(
        "--reference-date", type=date.fromisoformat, default=date(2025, 7, 1), metavar="DATE"
    )
    parser.add_argument("--scaling", action="store_true", help="find_times at 10k, 100k, 1M")
    parser.add_argument(
        "--sizes",
        type=lambda s: [int(x) for x in s.split(",")],
        default=[10_000, 100_000, 1_000_000],
        help="word counts for --scaling (comma-separated)",
    )
    args = parser.parse_args(argv)
    try:
        importlib.import_module("timeline")
    except Exception as exc:  # a broken work tree: say why instead of a traceback
        print(f"cannot import timeline: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    warnings.filterwarnings("ignore")  # dateparser's deprecation chatter

    text = build_text(args.paths, args.words)
    slow_text = cut_words(text, min(args.words, args.slow_words))
    warmup = cut_words(text, 200)
    lang, ref = args.lang, args.reference_date
    extrapolated = (
        f"timed on first {count_words(slow_text)} words, per-word rate extrapolated"
        if len(slow_text) < len(text)
        else ""
    )
    print(
        f"text: {count_words(text)} words, {len(text)} chars from {len(args.paths)} file(s); "
        f"lang {lang}, reference {ref}; best of {args.repeat}"
    )

    rows = [
        measure("timeline.find_times", find_times_tool(lang, ref), text, warmup, args.repeat),
        measure(
            "dateparser.search_dates",
            search_dates_tool(lang, ref),
            slow_text,
            warmup,
            args.repeat,
            extrapolated,
        ),
        measure("spacy.blank tokenizer", blank_spacy_tool(lang), text, warmup, args.repeat),
    ]
    model: Row | None = None
    try:
        installed = importlib.util.find_spec(args.model) is not None
    except (ImportError, ValueError):
        installed = False
    if installed:
        model = measure(
            f"{args.model} (nlp.pipe)",
            spacy_model_tool(args.model),
            slow_text,
            warmup,
            args.repeat,
            extrapolated,
        )
        rows.append(model)
    else:
        print(f"{args.model} is not installed: skipped")
    rows.append(measure("timeline.extract", extract_tool(lang, ref), text, warmup, args.repeat))
    print()
    print_rows(rows, rows[1], model)
    if args.scaling:
        scaling(args.paths, lang, ref, args.sizes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
