#!/usr/bin/env python
"""Precision and recall of the event extractor on our test set and on the seed article.

    .venv/bin/python benchmarks/events_eval.py                       # tests/data/events_*.jsonl
    .venv/bin/python benchmarks/events_eval.py --seed ../shared/seed  # plus the seed article
    .venv/bin/python benchmarks/events_eval.py --statistical off --errors 20
    .venv/bin/python benchmarks/events_eval.py --data --scaling ../shared/seed/000_*.txt

Test set: each line holds a sentence and its gold events. A predicted event matches a gold
event of the same kind (one to one, in text order). Precision = matched / predicted, recall =
matched / gold. Among matched events the script also reports how often the main party (the
gold's first party) is among the predicted parties, the roles are exactly right, the amount is
right (value, currency, range) and the modality is right.

Seed: a gold event is found when a predicted event of its kind (or an alternative kind) has
evidence covering the gold trigger, the gold's main party among its parties and the gold's
amount (value and currency, or none). Predicted events that match no gold event are listed.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from timeline.events import find_events
from timeline.events.lexicon import model_name
from timeline.model import Document, Event, Money, TimeMention
from timeline.temporal import find_times

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = [
    ROOT / "tests" / "data" / "events_fr.jsonl",
    ROOT / "tests" / "data" / "events_en.jsonl",
]
REFERENCE = date(2025, 7, 1)


def _times(text: str, lang: str, reference: date) -> list[TimeMention]:
    try:
        # whole ranges, as timeline.extract hands them to the events
        return find_times(text, lang=lang, reference_date=reference, split_ranges=False)
    except Exception as error:  # the temporal engine is scored elsewhere
        print(f"  (find_times failed: {error!r}; events scored without times)", file=sys.stderr)
        return []


def _statistical(asked: bool | None, lang: str) -> bool | None:
    """``on`` asks for the statistical pipeline where the language has one (French)."""
    return None if asked and not model_name(lang) else asked


def _amount_ok(gold: dict[str, Any] | None, predicted: Money | None) -> bool:
    if gold is None or predicted is None:
        return gold is None and predicted is None
    upper = gold.get("upper")
    return (
        Decimal(gold["value"]) == predicted.value
        and gold.get("currency") == predicted.currency
        and (Decimal(upper) if upper else None) == predicted.upper
    )


def _match(gold: Sequence[dict[str, Any]], predicted: Sequence[Event]) -> list[tuple[int, int]]:
    used: set[int] = set()
    pairs = []
    for g, event in enumerate(gold):
        for p, candidate in enumerate(predicted):
            if p not in used and candidate.kind.value == event["kind"]:
                used.add(p)
                pairs.append((g, p))
                break
    return pairs


def evaluate_set(paths: Sequence[Path], statistical: bool | None, errors: int) -> None:
    """Print precision, recall and argument accuracy on the test set files."""
    rows = [json.loads(line) for path in paths for line in path.read_text("utf-8").splitlines()]
    tp = fp = fn = 0
    main = roles = amount = modality = 0
    negatives = negatives_clean = 0
    shown = 0
    for row in rows:
        document = Document(
            id=row["id"], text=row["text"], lang=row["lang"], reference_date=REFERENCE
        )
        times = _times(row["text"], row["lang"], REFERENCE)
        predicted = find_events(document, times, statistical=_statistical(statistical, row["lang"]))
        gold = row["events"]
        pairs = _match(gold, predicted)
        tp += len(pairs)
        fp += len(predicted) - len(pairs)
        fn += len(gold) - len(pairs)
        if not gold:
            negatives += 1
            negatives_clean += not predicted
        problems = []
        for g, p in pairs:
            event, guess = gold[g], predicted[p]
            names = {party.name for party in guess.parties}
            gold_parties = {(x["name"], x["role"]) for x in event["parties"]}
            guessed = {(party.name, party.role.value) for party in guess.parties}
            ok_main = not event["parties"] or event["parties"][0]["name"] in names
            main += ok_main
            roles += gold_parties == guessed
            ok_amount = _amount_ok(event["amount"], guess.amount)
            amount += ok_amount
            modality += event["modality"] == guess.modality.value
            if not ok_main or not ok_amount or event["modality"] != guess.modality.value:
                problems.append(f"argument: gold {event} / got {guess.summary}")
        if len(pairs) != len(gold) or len(pairs) != len(predicted):
            problems.append(
                f"events: gold {[e['kind'] for e in gold]} / got {[e.summary for e in predicted]}"
            )
        if problems and shown < errors:
            shown += 1
            print(f"- {row['id']}: {row['text']}")
            for problem in problems:
                print(f"    {problem}")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    matched = max(tp, 1)
    names = [p.name for p in paths]
    print(f"test set: {len(rows)} sentences ({negatives} without events), files {names}")
    print(f"  events: gold {tp + fn}, predicted {tp + fp}, matched {tp}")
    print(f"  precision {precision:.3f}  recall {recall:.3f}")
    print(f"  sentences without events left empty: {negatives_clean}/{negatives}")
    print(
        f"  among matched: main party {main / matched:.3f}, exact roles {roles / matched:.3f}, "
        f"amount {amount / matched:.3f}, modality {modality / matched:.3f}"
    )


def evaluate_seed(seed: Path, statistical: bool | None) -> None:
    """Print which of the seed's gold events are found, and the extra events."""
    gold = json.loads((seed / "gold.json").read_text("utf-8"))
    text_path = next(seed.glob(f"{gold['id']}*.txt"), None) or next(seed.glob("*.txt"))
    text = text_path.read_text("utf-8")
    reference = date.fromisoformat(gold["dct"])
    document = Document(id=gold["id"], text=text, lang=gold["lang"], reference_date=reference)
    predicted = find_events(
        document, _times(text, gold["lang"], reference), statistical=statistical
    )
    used: set[int] = set()
    found = 0
    for event in gold["events"]:
        kinds = {event["kind"], *event.get("alt_kinds", ())}
        start = event["trigger_start"]
        hit = None
        for n, guess in enumerate(predicted):
            covers = any(ev.start <= start < ev.end for ev in guess.evidence)
            if n in used or not covers or guess.kind.value not in kinds:
                continue
            names = {p.name for p in guess.parties}
            if event["parties"] and event["parties"][0]["name"] not in names:
                continue
            if not _amount_ok(event["amount"], guess.amount):
                continue
            hit = n
            break
        status = "ok  " if hit is not None else "MISS"
        got = predicted[hit].summary if hit is not None else "-"
        print(f"  {status} {event['kind']:<14} {event['trigger'][:45]!r:<48} -> {got}")
        if hit is not None:
            used.add(hit)
            found += 1
    print(f"seed: {found}/{len(gold['events'])} gold events found (kind, main party, amount)")
    extras = [e for n, e in enumerate(predicted) if n not in used]
    print(f"  extra events: {len(extras)}")
    for event in extras:
        print(f"    + {event.summary!r} @ {event.evidence[0].text[:70]!r}")


def scaling(path: Path, sizes: Sequence[int] = (1, 10)) -> None:
    """Time find_events (rules only, no temporal expressions) on texts of 1 and 10 MB."""
    base = path.read_text("utf-8") + "\n"
    for megabytes in sizes:
        size = megabytes * 10**6
        text = (base * (size // len(base) + 1))[:size]
        document = Document(id="scale", text=text, lang="fr", reference_date=REFERENCE)
        began = time.perf_counter()
        found = find_events(document, [], statistical=False)
        seconds = time.perf_counter() - began
        print(
            f"scaling: {megabytes} MB in {seconds:.1f} s ({seconds / megabytes:.2f} s/MB), "
            f"{len(found)} events"
        )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", nargs="*", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--seed", type=Path, help="directory with gold.json and the seed text")
    parser.add_argument("--statistical", choices=("auto", "on", "off"), default="auto")
    parser.add_argument("--errors", type=int, default=0, help="print up to N wrong sentences")
    parser.add_argument("--scaling", type=Path, help="French text to repeat to 1 and 10 MB")
    args = parser.parse_args(argv)
    statistical = {"auto": None, "on": True, "off": False}[args.statistical]
    if args.data:
        evaluate_set(args.data, statistical, args.errors)
    if args.seed:
        evaluate_seed(args.seed, statistical)
    if args.scaling:
        scaling(args.scaling)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
