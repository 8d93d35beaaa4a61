"""The ``timeline`` command: extract a timeline from news files and write it in a format.

Errors are one line on stderr and a non-zero exit status (1: input or output, 2: usage,
70: internal), never a traceback. Unlike the library, the command may read a file's
modification time or the clock to choose a reference date; it says so on stderr.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime, timezone
from pathlib import Path
from typing import NoReturn

from timeline import __version__, languages
from timeline.errors import TimelineError
from timeline.export.html import to_html
from timeline.export.ics import to_ics
from timeline.export.json import to_json
from timeline.export.table import to_table
from timeline.export.timelinejs import to_timelinejs
from timeline.merge import merge
from timeline.model import Document, Timeline
from timeline.pipeline import extract_document, stable_document_id
from timeline.temporal.rules import CONVENTIONS

__all__ = ["main"]

EXIT_INPUT = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 70
STDIN = "-"
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

EXAMPLES = """\
examples:
  timeline extract article.txt --lang fr --reference-date 2025-07-01
  timeline extract a.txt b.txt c.txt --format ics -o deals.ics
  timeline extract news/*.txt --format html -o timeline.html
  cat article.txt | timeline extract - --format table
  timeline extract article.txt --format timelinejs --undated mark -o slides.json

Without --reference-date, each file's modification date (UTC) is used, and today's date
for stdin; the command says which on stderr. Several files make one merged timeline.
"""


class UsageError(Exception):
    """Bad command-line arguments."""


class InputError(Exception):
    """A file that cannot be read, or an output that cannot be written."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _reference_date(text: str) -> date:
    try:
        if not _DATE.fullmatch(text):
            raise ValueError
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a valid date (expected YYYY-MM-DD)"
        ) from None


def _lang(text: str) -> str:
    try:
        languages.resolve(text)
    except TimelineError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
    return text


def _render(timeline: Timeline, args: argparse.Namespace) -> str:
    writers: dict[str, Callable[[], str]] = {
        "json": lambda: to_json(timeline) + "\n",
        "ics": lambda: to_ics(timeline, span=args.span, undated=args.undated),
        "timelinejs": lambda: to_timelinejs(timeline, undated=args.undated) + "\n",
        "html": lambda: to_html(timeline),
        "table": lambda: to_table(timeline),
    }
    return writers[args.format]()


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``timeline`` command."""
    parser = _Parser(
        prog="timeline",
        description="News text (French, English) to a timeline of typed business events.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"timeline {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    extract = commands.add_parser(
        "extract",
        help="extract the timeline of one or more text files",
        description="Extract the business events of FILE(s) into one timeline.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    extract.add_argument("files", nargs="+", metavar="FILE", help="UTF-8 text file, or - for stdin")
    extract.add_argument(
        "--lang",
        type=_lang,
        default=languages.AUTO,
        metavar="LANG",
        help=f"language of the texts: {', '.join(languages.supported())}, a language with a"
        " region (en-GB: numeric dates day first) or auto (default: auto)",
    )
    extract.add_argument(
        "--reference-date",
        type=_reference_date,
        metavar="YYYY-MM-DD",
        help="creation date of the texts (default: each file's modification date)",
    )
    extract.add_argument(
        "--format",
        choices=("json", "ics", "timelinejs", "html", "table"),
        default="json",
        help="output format (default: json)",
    )
    extract.add_argument(
        "--time-rules",
        choices=tuple(CONVENTIONS),
        default="default",
        help='conventions for open time readings ("now", "in two months", "since X"):'
        " the library's (default) or another tool's; see docs/time-semantics.md",
    )
    extract.add_argument("-o", "--output", metavar="OUT", help="write to OUT instead of stdout")
    extract.add_argument(
        "--span",
        choices=("interval", "marker"),
        default="interval",
        help="ics: a month/year/vague time spans its interval, or is a one-day marker",
    )
    extract.add_argument(
        "--undated",
        choices=("omit", "mark"),
        default="omit",
        help="ics, timelinejs: leave out or keep (marked) events the text does not date",
    )
    extract.add_argument("-q", "--quiet", action="store_true", help="no notes or progress")
    return parser


def _read(name: str) -> str:
    try:
        data = sys.stdin.buffer.read() if name == STDIN else Path(name).read_bytes()
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory, not a text file") from None
    except OSError as error:
        raise InputError(f"{name}: cannot read: {error.strerror or error}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        byte = data[error.start]
        raise InputError(
            f"{_label(name)}: not UTF-8 text (byte 0x{byte:02x} at offset {error.start});"
            " convert it to UTF-8 first"
        ) from None


def _label(name: str) -> str:
    return "<stdin>" if name == STDIN else name


def _default_reference(name: str) -> tuple[date, str]:
    """The reference date the command uses for ``name`` without --reference-date, and why."""
    if name == STDIN:
        return datetime.now(timezone.utc).date(), "today's date (UTC), as stdin has no file date"
    mtime = Path(name).stat().st_mtime
    return datetime.fromtimestamp(mtime, timezone.utc).date(), "the file's modification date (UTC)"


class _Progress:
    """A progress bar on stderr (a line per file when stderr is not a terminal)."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.total = total
        self.enabled = enabled and total > 1
        self.tty = sys.stderr.isatty()

    def step(self, index: int, name: str) -> None:
        if not self.enabled:
            return
        if self.tty:
            filled = 30 * index // self.total
            bar = "#" * filled + "." * (30 - filled)
            sys.stderr.write(f"\r[{bar}] {index}/{self.total} {_label(name)[-40:]:<40}")
            if index == self.total:
                sys.stderr.write("\n")
        else:
            sys.stderr.write(f"timeline: [{index}/{self.total}] {_label(name)}\n")
        sys.stderr.flush()


def _note(args: argparse.Namespace, message: str) -> None:
    if not args.quiet:
        print(f"timeline: note: {message}", file=sys.stderr)


def _document(name: str, args: argparse.Namespace) -> Document:
    text = _read(name)
    lang = languages.resolve(args.lang, text)
    if args.lang == languages.AUTO:
        _note(args, f"{_label(name)}: language detected: {lang}")
    reference: date | None = args.reference_date
    if reference is None:
        reference, why = _default_reference(name)
        _note(
            args,
            f"{_label(name)}: no --reference-date; using {reference.isoformat()}, {why}",
        )
    return Document(
        id=stable_document_id(text, lang, reference),
        text=text,
        lang=lang,
        reference_date=reference,
        source=_label(name),
    )


def _write(text: str, output: str | None) -> None:
    data = text.encode("utf-8")
    if output is None or output == STDIN:
        stream = getattr(sys.stdout, "buffer", None)
        sys.stdout.flush()
        if stream is None:
            sys.stdout.write(text)
        else:
            stream.write(data)
            stream.flush()
        return
    try:
        Path(output).write_bytes(data)
    except OSError as error:
        raise InputError(f"{output}: cannot write: {error.strerror or error}") from None


def _extract(args: argparse.Namespace) -> int:
    if args.files.count(STDIN) > 1:
        raise UsageError("'-' (stdin) may be given only once")
    progress = _Progress(len(args.files), not args.quiet)
    timelines = []
    for index, name in enumerate(args.files, start=1):
        document = _document(name, args)
        timelines.append(extract_document(document, time_rules=args.time_rules))
        progress.step(index, name)
    timeline = timelines[0] if len(timelines) == 1 else merge(timelines)
    _write(_render(timeline, args), args.output)
    return 0


def _fail(code: int, message: str) -> int:
    first_line = " ".join(message.split()) or "unknown error"
    print(f"timeline: error: {first_line}", file=sys.stderr)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command with ``argv`` (default: ``sys.argv[1:]``); returns the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if args.command is None:
            parser.print_help(sys.stderr)
            return EXIT_USAGE
        return _extract(args)
    except UsageError as error:
        return _fail(EXIT_USAGE, f"{error} (see: timeline extract --help)")
    except InputError as error:
        return _fail(EXIT_INPUT, str(error))
    except TimelineError as error:
        return _fail(EXIT_INPUT, str(error))
    except KeyboardInterrupt:
        return _fail(130, "interrupted")
    except BrokenPipeError:  # the reader went away (e.g. `| head`): stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except NotImplementedError:
        return _fail(EXIT_INTERNAL, "this build cannot extract yet (a stage is not implemented)")
    except Exception as error:  # the command never shows a traceback
        return _fail(
            EXIT_INTERNAL, f"internal error, please report: {type(error).__name__}: {error}"
        )
