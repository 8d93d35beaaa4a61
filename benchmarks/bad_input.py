"""Bad and huge input for find_times: no exception, time linear in the size.

Runs ``timeline.find_times`` on empty and blank strings, random Unicode (seeded), long digit
runs, and a news text repeated to 1 MB and 10 MB, and prints the time of each with its
microseconds per character. Usage::

    python benchmarks/bad_input.py NEWS_TEXT [--lang fr] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

MB = 1_000_000


def random_unicode(size: int, rng: random.Random) -> str:
    """``size`` code points drawn from the whole range, surrogates excepted."""
    points = []
    while len(points) < size:
        point = rng.randrange(0x110000)
        if not 0xD800 <= point <= 0xDFFF:
            points.append(chr(point))
    return "".join(points)


def repeated(text: str, size: int) -> str:
    """``text`` repeated (whole copies, then a cut one) to ``size`` characters."""
    copies = size // len(text) + 1
    return ("\n".join([text] * copies))[:size]


def cases(news: str, rng: random.Random) -> list[tuple[str, Callable[[], str]]]:
    return [
        ("empty", lambda: ""),
        ("whitespace (1 MB)", lambda: " \n\t\u00a0" * (MB // 4)),
        ("random Unicode (100 kB)", lambda: random_unicode(MB // 10, rng)),
        ("random Unicode (1 MB)", lambda: random_unicode(MB, rng)),
        ("digits (100k)", lambda: "7" * 100_000),
        ("digits and separators (1 MB)", lambda: "12/31-2025 " * (MB // 11)),
        ("news text (1 MB)", lambda: repeated(news, MB)),
        ("news text (10 MB)", lambda: repeated(news, 10 * MB)),
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("news", type=Path, help="a news text (UTF-8) to repeat to 1 MB, 10 MB")
    parser.add_argument("--lang", default="fr")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    import timeline

    news = args.news.read_text(encoding="utf-8")
    rng = random.Random(args.seed)
    reference = date(2025, 7, 1)
    print(f"{'input':<30} {'chars':>10} {'mentions':>9} {'seconds':>8} {'us/char':>8}  result")
    failed = 0
    for name, make in cases(news, rng):
        text = make()
        began = time.perf_counter()
        try:
            found = timeline.find_times(text, lang=args.lang, reference_date=reference)
            result, count = "ok", str(len(found))
        except timeline.TimelineError as error:  # a clear library error is acceptable
            result, count = f"{type(error).__name__}: {error}", "-"
        except Exception as error:  # anything else is a bug
            result, count = f"CRASH {type(error).__name__}: {error}", "-"
            failed += 1
        seconds = time.perf_counter() - began
        per_char = 1e6 * seconds / len(text) if text else 0.0
        print(f"{name:<30} {len(text):>10} {count:>9} {seconds:>8.2f} {per_char:>8.2f}  {result}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
