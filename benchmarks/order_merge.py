"""Time ordering and merging on synthetic events at growing sizes (n log n expected).

    .venv/bin/python benchmarks/order_merge.py [--sizes 1000 10000 100000] [--documents 50]

Events are generated deterministically (seeded): dated, undated and event-relative times,
kinds and parties drawn from small pools so that many reports of one event fall in several
documents. For each size it prints the seconds spent in build_timeline (all documents) and
merge, and time / (n log2 n) so that a growth faster than n log n shows.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import time
from datetime import date, timedelta

from timeline.merge import merge
from timeline.model import (
    Anchor,
    Document,
    Event,
    EventKind,
    EventOffset,
    Evidence,
    Granularity,
    Money,
    Party,
    Period,
    Relation,
    Timeline,
    TimeValue,
)
from timeline.order import build_timeline

BASE = date(2020, 1, 1)
REPEATED = 0.3
"""Share of events that repeat one told before (in any document)."""
KINDS = [EventKind.ACQUISITION, EventKind.INVESTMENT, EventKind.PARTNERSHIP, EventKind.HIRE]


def _when(rng: random.Random, reference: date) -> TimeValue:
    roll = rng.random()
    if roll < 0.5:
        start = BASE + timedelta(days=rng.randrange(0, 2000))
        return TimeValue(start, start + timedelta(days=rng.choice([1, 30, 91, 365])), "day", "X")
    if roll < 0.8:
        return TimeValue.undated(end=reference)
    if roll < 0.9:
        return TimeValue.undated(start=reference)
    offset = EventOffset(Relation.AFTER, Period(0, "day"), Period(1, "month"))
    return TimeValue(
        None, None, Granularity.DAY, "XXXX-XX-XX", anchor=Anchor.EVENT, relative=offset
    )


def synthetic(size: int, documents: int, seed: int = 7) -> list[tuple[Document, list[Event]]]:
    """``size`` events spread over ``documents`` documents, each in text order."""
    rng = random.Random(seed)
    companies = [f"Company {i}" for i in range(max(20, size // 20))]
    per_document = max(1, size // documents)
    result = []
    made = 0
    told: list[tuple[EventKind, tuple[Party, ...], Money | None]] = []
    for number in range(documents):
        reference = BASE + timedelta(days=1000 + number)
        doc = Document(id=f"doc-{number:05d}", text="", lang="en", reference_date=reference)
        events = []
        count = per_document if number < documents - 1 else size - made
        for position in range(count):
            if told and rng.random() < REPEATED:  # another report of an earlier event
                kind, parties, amount = rng.choice(told)
            else:
                a, b = rng.sample(companies, 2)
                kind, parties = rng.choice(KINDS), (Party(a, "acquirer"), Party(b, "target"))
                amount = (
                    Money(rng.choice([1, 2, 3, 5]) * 10**9, "USD") if rng.random() < 0.5 else None
                )
                told.append((kind, parties, amount))
            events.append(
                Event(
                    id=f"ev-{number:05d}-{position:06d}",
                    kind=kind,
                    summary="synthetic",
                    when=_when(rng, reference),
                    parties=parties,
                    amount=amount,
                    evidence=(Evidence(doc.id, position * 10, position * 10, ""),),
                )
            )
        made += count
        result.append((doc, events))
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--documents", type=int, default=50)
    args = parser.parse_args(argv)
    print(f"{'events':>8} {'order s':>9} {'merge s':>9} {'merged':>8} {'us/(n log n)':>13}")
    for size in args.sizes:
        corpus = synthetic(size, args.documents)
        started = time.perf_counter()
        timelines: list[Timeline] = [build_timeline(events, [doc]) for doc, events in corpus]
        ordered = time.perf_counter() - started
        started = time.perf_counter()
        merged = merge(timelines)
        merged_time = time.perf_counter() - started
        scale = size * math.log2(max(size, 2))
        per = (ordered + merged_time) / scale * 1e6
        print(f"{size:>8} {ordered:>9.3f} {merged_time:>9.3f} {len(merged):>8} {per:>13.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
