"""The HTML page: self-contained, escaped, deterministic, and drawn by a real headless browser."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import zlib
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from strategies_export import timelines

from timeline.export.html import KIND_COLOURS, to_html
from timeline.model import (
    Document,
    Event,
    EventKind,
    Evidence,
    Granularity,
    Timeline,
    TimeValue,
)

TEXT = "Tailspin Toys hired a new chief executive in early 2025 & said so <loudly>."


def _timeline() -> Timeline:
    doc = Document(id="d", text=TEXT, lang="en", reference_date=date(2025, 7, 1), source="t.txt")
    solid = TimeValue(date(2021, 1, 1), date(2025, 1, 1), Granularity.DAY, "2021-01-01")
    month = TimeValue(date(2025, 2, 1), date(2025, 3, 1), Granularity.MONTH, "2025-02")
    return Timeline(
        events=[
            Event(id="a", kind="acquisition", summary="A long solid bar", when=solid),
            Event(
                id="h",
                kind="hire",
                summary="<script>alert('x')</script> joins",
                when=month,
                evidence=[Evidence("d", 0, len(TEXT), TEXT)],
            ),
            Event(
                id="u", kind="other", summary="undated", when=TimeValue.undated(date(2025, 7, 1))
            ),
        ],
        documents=[doc],
    )


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def _parse(page: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Elements()
    parser.feed(page)
    return parser.tags


def test_one_row_and_one_bar_per_event_in_timeline_order() -> None:
    tags = _parse(to_html(_timeline()))
    rows = [a["id"] for t, a in tags if t == "details"]
    assert rows == ["event-a", "event-h", "event-u"]
    bars = [a for t, a in tags if t == "span" and "bar" in (a.get("class") or "").split()]
    assert len(bars) == 3
    span = (date(2025, 1, 1) - date(2021, 1, 1)).days / (date(2026, 1, 1) - date(2021, 1, 1)).days
    assert bars[0]["style"] == f"left:0.000%;width:{100 * span:.3f}%"  # 2021-2025 of 2021-2026
    assert "vague" in (bars[1]["class"] or "")
    assert "open-start" in (bars[2]["class"] or "")


def test_evidence_is_on_hover_and_in_the_unfolded_row() -> None:
    page = to_html(_timeline())
    escaped = (
        "Tailspin Toys hired a new chief executive in early 2025 &amp; said so &lt;loudly&gt;."
    )
    assert f'title="{escaped}"' in page
    assert f"<blockquote>{escaped}</blockquote>" in page


def test_text_is_escaped_and_nothing_is_fetched() -> None:
    page = to_html(_timeline())
    assert "<script>" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; joins" in page
    for needle in ("http://", "https://", "src=", "@import", "url("):
        assert needle not in page


def test_empty_timeline_says_so() -> None:
    assert "No event found." in to_html(Timeline())


@settings(max_examples=40, deadline=None)
@given(timelines())
def test_any_timeline_gives_a_stable_well_formed_page(tl: Timeline) -> None:
    page = to_html(tl)
    assert to_html(tl) == page
    rows = [a for t, a in _parse(page) if t == "details"]
    assert len(rows) == len(tl.events)


# --------------------------------------------------------------------------- real browser


def _chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        if os.environ.get("CI") == "true":
            pytest.fail("chromium not installed (CI must install it: apt-get install chromium)")
        pytest.skip("chromium not installed")
    return path


def _png_pixels(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and RGB(A) rows of an 8-bit non-interlaced PNG (what Chromium writes)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    position, idat, header = 8, b"", b""
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        body = data[position + 8 : position + 8 + length]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            idat += body
        position += 12 + length
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", header)
    assert depth == 8 and colour in (2, 6) and interlace == 0
    step = 3 if colour == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * step
    rows: list[bytes] = []
    previous = bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for x in range(stride):
            left = line[x - step] if x >= step else 0
            up = previous[x]
            corner = previous[x - step] if x >= step else 0
            if kind == 1:
                line[x] = (line[x] + left) & 0xFF
            elif kind == 2:
                line[x] = (line[x] + up) & 0xFF
            elif kind == 3:
                line[x] = (line[x] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                pred = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                line[x] = (line[x] + pred) & 0xFF
        rows.append(bytes(line[i] for i in range(stride) if i % step < 3))
        previous = line
    return width, height, rows


def test_headless_chromium_draws_the_bars(tmp_path: Path) -> None:
    chromium = _chromium()
    page = tmp_path / "timeline.html"
    page.write_text(to_html(_timeline()), encoding="utf-8")
    shot = tmp_path / "shot.png"
    command = [
        chromium,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--hide-scrollbars",
        f"--user-data-dir={tmp_path / 'profile'}",
        f"--screenshot={shot}",
        "--window-size=1200,500",
        page.as_uri(),
    ]
    subprocess.run(command, capture_output=True, timeout=120, check=False)
    assert shot.exists(), "chromium wrote no screenshot"
    width, _, rows = _png_pixels(shot.read_bytes())
    red = bytes(int(KIND_COLOURS[EventKind.ACQUISITION][i : i + 2], 16) for i in (1, 3, 5))
    # The acquisition's bar covers 80% of the track, left of the labels (which start past 60%).
    bar_pixels = sum(
        1 for row in rows for x in range(220, int(width * 0.55)) if row[3 * x : 3 * x + 3] == red
    )
    assert bar_pixels > 2_000
    hire = bytes(int(KIND_COLOURS[EventKind.HIRE][i : i + 2], 16) for i in (1, 3, 5))
    assert any(row[3 * x : 3 * x + 3] == hire for row in rows for x in range(220, width))


def test_only_a_time_known_to_the_day_is_drawn_solid() -> None:
    day = TimeValue(date(2025, 1, 1), date(2025, 1, 2), "day", "2025-01-01")
    months = TimeValue(date(2025, 1, 1), date(2025, 8, 1), "day", "2025-01-01")
    tl = Timeline(
        events=[
            Event(id="d", kind="ipo", summary="x", when=day),
            Event(id="m", kind="ipo", summary="y", when=months),
        ]
    )
    bars = [a for t, a in _parse(to_html(tl)) if t == "span" and "bar" in (a.get("class") or "")]
    assert [b["class"] for b in bars] == ["bar", "bar vague"]


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.data: list[str] = []

    def handle_data(self, data: str) -> None:
        self.data.append(data)


@settings(max_examples=40, deadline=None)
@given(timelines())
def test_summaries_read_back_verbatim_from_the_page(tl: Timeline) -> None:
    parser = _Text()
    parser.feed(to_html(tl))
    text = "".join(parser.data)
    for event in tl.events:
        assert event.summary in text
