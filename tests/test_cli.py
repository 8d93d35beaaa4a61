"""The ``timeline`` command: formats, files and stdin, reference dates, clean refusals.

The extraction stages are replaced by a small fake here (one event per non-empty line, dated
on the reference date), so these tests check the command itself.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import icalendar
import jsonschema
import pytest

from timeline import cli
from timeline.export.json import from_json, schema
from timeline.merge import merge as real_merge
from timeline.model import Document, Event, Evidence, Granularity, Timeline, TimeValue
from timeline.pipeline import extract_document as real_extract_document

FRENCH = "Le groupe Fabrikam a annoncé le rachat de Litware.\nLa transaction sera close en 2026.\n"
ENGLISH = "Contoso said it would hire two hundred engineers.\n"


RULES_SEEN: list[str] = []


def _fake_extract(document: Document, *, time_rules: str = "default") -> Timeline:
    RULES_SEEN.append(time_rules)
    reference = document.reference_date
    assert isinstance(reference, date)
    when = TimeValue(reference, reference + timedelta(days=1), Granularity.DAY, "X")
    events, offset = [], 0
    for number, line in enumerate(document.text.splitlines(keepends=True)):
        text = line.rstrip("\n")
        if text.strip():
            evidence = Evidence(document.id, offset, offset + len(text), text)
            events.append(
                Event(
                    id=f"{document.id}-{number}",
                    kind="announcement",
                    summary=text[:30],
                    when=when,
                    evidence=[evidence],
                )
            )
        offset += len(line)
    return Timeline(events=events, documents=[document])


def _fake_merge(timelines: list[Timeline]) -> Timeline:
    return Timeline(
        events=[e for t in timelines for e in t.events],
        documents=[d for t in timelines for d in t.documents],
    )


@pytest.fixture(autouse=True)
def fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "extract_document", _fake_extract)
    monkeypatch.setattr(cli, "merge", _fake_merge)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(FRENCH, encoding="utf-8")
    return path


def _run(capsysbinary: pytest.CaptureFixture[bytes], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsysbinary.readouterr()
    return code, out.decode("utf-8"), err.decode("utf-8")


REF = ("--reference-date", "2025-07-01")


def test_json_to_stdout_is_valid_and_stable(
    capsysbinary: pytest.CaptureFixture[bytes], article: Path
) -> None:
    code, out, err = _run(capsysbinary, "extract", str(article), "--lang", "fr", *REF)
    assert code == 0, err
    jsonschema.validate(json.loads(out), schema())
    timeline = from_json(out)
    assert len(timeline) == 2
    (document,) = timeline.documents
    assert (document.lang, document.reference_date, document.source) == (
        "fr",
        date(2025, 7, 1),
        str(article),
    )
    assert _run(capsysbinary, "extract", str(article), "--lang", "fr", *REF)[1] == out
    assert err == ""


def test_a_language_with_a_region(
    capsysbinary: pytest.CaptureFixture[bytes], article: Path
) -> None:
    code, out, err = _run(capsysbinary, "extract", str(article), "--lang", "en_gb", *REF)
    assert code == 0, err
    assert from_json(out).documents[0].lang == "en-GB"


def test_time_rules_reach_the_library(
    capsysbinary: pytest.CaptureFixture[bytes], article: Path
) -> None:
    RULES_SEEN.clear()
    assert _run(capsysbinary, "extract", str(article), "--lang", "fr", *REF)[0] == 0
    code, _, err = _run(
        capsysbinary, "extract", str(article), "--lang", "fr", *REF, "--time-rules", "duckling"
    )
    assert code == 0, err
    assert RULES_SEEN == ["default", "duckling"]
    code, _, err = _run(capsysbinary, "extract", str(article), *REF, "--time-rules", "strict")
    assert code == 2 and "--time-rules" in err and "Traceback" not in err


@pytest.mark.parametrize("fmt", ["json", "ics", "timelinejs", "html", "table"])
def test_each_format_to_a_file_is_byte_identical_across_runs(
    capsysbinary: pytest.CaptureFixture[bytes], article: Path, tmp_path: Path, fmt: str
) -> None:
    outputs = []
    for run in range(2):
        out = tmp_path / f"out{run}.{fmt}"
        code, stdout, err = _run(
            capsysbinary, "extract", str(article), *REF, "--format", fmt, "-o", str(out)
        )
        assert code == 0, err
        assert stdout == ""
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    assert outputs[0]


def test_ics_output_reads_back(capsysbinary: pytest.CaptureFixture[bytes], article: Path) -> None:
    code, out, _ = _run(capsysbinary, "extract", str(article), *REF, "--format", "ics")
    assert code == 0
    vevents = list(icalendar.Calendar.from_ical(out).walk("VEVENT"))
    assert [v.decoded("dtstart") for v in vevents] == [date(2025, 7, 1)] * 2


def test_table_output(capsysbinary: pytest.CaptureFixture[bytes], article: Path) -> None:
    code, out, _ = _run(capsysbinary, "extract", str(article), *REF, "--format", "table")
    assert code == 0
    assert out.splitlines()[0].split() == [
        "when",
        "kind",
        "parties",
        "amount",
        "modality",
        "summary",
    ]
    assert "2025-07-01" in out.splitlines()[2]


def test_stdin_is_read_with_dash(
    capsysbinary: pytest.CaptureFixture[bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ENGLISH.encode())))
    code, out, err = _run(capsysbinary, "extract", "-", "--lang", "en", *REF)
    assert code == 0, err
    (document,) = from_json(out).documents
    assert document.source == "<stdin>"
    assert document.text == ENGLISH


def test_several_files_make_one_timeline_with_progress(
    capsysbinary: pytest.CaptureFixture[bytes], article: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other.txt"
    other.write_text(ENGLISH, encoding="utf-8")
    code, out, err = _run(capsysbinary, "extract", str(article), str(other), *REF)
    assert code == 0
    timeline = from_json(out)
    assert [d.lang for d in timeline.documents] == ["fr", "en"]  # auto-detected
    assert len(timeline) == 3
    assert f"[2/2] {other}" in err
    assert "language detected: en" in err
    assert _run(capsysbinary, "extract", "-q", str(article), str(other), *REF)[2] == ""


def test_without_reference_date_the_file_date_is_used_and_said(
    capsysbinary: pytest.CaptureFixture[bytes], article: Path
) -> None:
    stamp = datetime(2024, 11, 5, 12, tzinfo=timezone.utc).timestamp()
    os.utime(article, (stamp, stamp))
    code, out, err = _run(capsysbinary, "extract", str(article), "--lang", "fr")
    assert code == 0
    assert from_json(out).documents[0].reference_date == date(2024, 11, 5)
    assert f"{article}: no --reference-date; using 2024-11-05, the file's modification date" in err


def test_stdin_without_reference_date_uses_today_and_says_so(
    capsysbinary: pytest.CaptureFixture[bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ENGLISH.encode())))
    code, out, err = _run(capsysbinary, "extract", "-", "--lang", "en")
    assert code == 0
    assert "<stdin>: no --reference-date; using " in err
    assert "today's date (UTC)" in err
    assert from_json(out).documents[0].reference_date is not None


def test_empty_file_gives_an_empty_timeline(
    capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code, out, _ = _run(capsysbinary, "extract", str(empty), "--lang", "en", *REF)
    assert code == 0
    assert len(from_json(out)) == 0


def test_help_shows_examples(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    for argv in (["--help"], ["extract", "--help"]):
        with pytest.raises(SystemExit) as info:
            cli.main(argv)
        assert info.value.code == 0
        out = capsysbinary.readouterr().out.decode()
        assert "examples:" in out
        assert "timeline extract article.txt --lang fr --reference-date 2025-07-01" in out


def _bad(tmp_path: Path) -> dict[str, tuple[list[str], int, str]]:
    good = tmp_path / "good.txt"
    good.write_text(ENGLISH, encoding="utf-8")
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Le contrat a été signé.".encode("latin-1"))
    return {
        "missing file": ([str(tmp_path / "nope.txt")], 1, "nope.txt: no such file"),
        "directory": ([str(tmp_path)], 1, "is a directory"),
        "undecodable": ([str(latin1)], 1, "not UTF-8 text (byte 0xe9 at offset 13)"),
        "bad date": ([str(good), "--reference-date", "2025-13-01"], 2, "not a valid date"),
        "date words": ([str(good), "--reference-date", "yesterday"], 2, "expected YYYY-MM-DD"),
        "short date": ([str(good), "--reference-date", "2025-7-1"], 2, "not a valid date"),
        "language": ([str(good), "--lang", "de"], 2, "unsupported language 'de'"),
        "region": ([str(good), "--lang", "en-XX"], 2, "unsupported language 'en-XX'"),
        "format": ([str(good), "--format", "xml"], 2, "invalid choice: 'xml'"),
        "no file": ([], 2, "the following arguments are required: FILE"),
        "stdin twice": (["-", "-"], 2, "'-' (stdin) may be given only once"),
        "output": ([str(good), "-o", str(tmp_path / "no" / "dir" / "x")], 1, "cannot write"),
        "unknown option": ([str(good), "--colour"], 2, "unrecognized arguments: --colour"),
    }


@pytest.mark.parametrize(
    "case",
    ["missing file", "directory", "undecodable", "bad date", "date words", "short date",
     "language", "region", "format", "no file", "stdin twice", "output", "unknown option"],
)  # fmt: skip
def test_bad_input_is_refused_in_one_line(
    capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path, case: str
) -> None:
    argv, expected_code, message = _bad(tmp_path)[case]
    code, out, err = _run(capsysbinary, "extract", "--quiet", *argv)
    assert code == expected_code
    assert out == ""
    assert _run(capsysbinary, "extract", *argv)[2].splitlines()[-1] == err.rstrip("\n")
    assert err.count("\n") == 1
    assert err.startswith("timeline: error: ")
    assert message in err
    assert "Traceback" not in err


def test_no_command_prints_help_and_fails(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    code, _, err = _run(capsysbinary)
    assert code == 2
    assert "extract" in err


def test_an_internal_failure_is_one_line_not_a_traceback(
    capsysbinary: pytest.CaptureFixture[bytes], article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(document: Document, *, time_rules: str = "default") -> Timeline:
        raise RuntimeError("boom\nsecond line")

    monkeypatch.setattr(cli, "extract_document", broken)
    code, _, err = _run(capsysbinary, "extract", str(article), "--lang", "fr", *REF)
    assert code == cli.EXIT_INTERNAL
    assert err == "timeline: error: internal error, please report: RuntimeError: boom second line\n"


def test_python_dash_m_runs_the_command(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "timeline", "extract", str(tmp_path / "missing.txt")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.startswith("timeline: error: ")
    assert "Traceback" not in result.stderr


def test_end_to_end_with_the_real_pipeline(
    capsysbinary: pytest.CaptureFixture[bytes], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(cli, "extract_document", real_extract_document)
    monkeypatch.setattr(cli, "merge", real_merge)
    first, second = tmp_path / "one.txt", tmp_path / "two.txt"
    first.write_text("Northwind Traders agreed to acquire Contoso for $2 billion.\n", "utf-8")
    second.write_text("Litware hired a new chief financial officer in March 2025.\n", "utf-8")
    files = (str(first), str(second), "--lang", "en", *REF, "-q")
    code, out, err = _run(capsysbinary, "extract", *files)
    assert code == 0, err
    jsonschema.validate(json.loads(out), schema())
    timeline = from_json(out)
    assert [d.source for d in timeline.documents] == [str(first), str(second)]
    assert _run(capsysbinary, "extract", *files)[1] == out
    for fmt in ("ics", "timelinejs", "html", "table"):
        code, text, err = _run(capsysbinary, "extract", *files, "--format", fmt)
        assert code == 0, err
        assert text
