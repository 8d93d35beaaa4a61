"""The terminal table: fixed columns, one line per event, cut and padded by display width."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import given, settings
from strategies_export import timelines

from timeline.export.table import COLUMNS, _char_width, _width, to_table
from timeline.model import Event, Money, Party, Qualifier, Timeline, TimeValue

MARCH = TimeValue(date(2025, 3, 1), date(2025, 4, 1), "month", "2025-03")


def _column_starts() -> list[int]:
    starts, position = [], 0
    for _, width in COLUMNS:
        starts.append(position)
        position += width + 2
    return [*starts, position]


def test_columns_and_values() -> None:
    event = Event(
        id="e",
        kind="funding_round",
        summary="Litware raises a Series C\nled by Woodgrove",
        when=MARCH,
        parties=[Party("Litware", "investee"), Party("Woodgrove", "investor")],
        amount=Money(Decimal("1.2E+8"), "USD", Qualifier.MORE_THAN),
        modality="reported",
    )
    header, rule, line = to_table(Timeline(events=[event])).splitlines()
    starts = _column_starts()
    assert [header[s:].split()[0] for s in starts] == [
        "when", "kind", "parties", "amount", "modality", "summary",
    ]  # fmt: skip
    assert line[starts[0] :].startswith("2025-03 ")
    assert line[starts[1] :].startswith("funding_round")
    assert line[starts[2] :].startswith("Litware (investee), Woodgrove…  ")
    assert line[starts[3] :].startswith("> 120,000,000 USD ")
    assert line[starts[4] :].startswith("reported ")
    assert line[starts[5] :] == "Litware raises a Series C led by Woodgrove"
    assert set(rule) == {"-", " "}


def test_undated_and_unbounded_times_are_visible() -> None:
    open_end = TimeValue(date(2030, 1, 1), None, "year", "2030")
    events = [
        Event(id="u", kind="legal", summary="s", when=TimeValue.undated(end=date(2025, 7, 1))),
        Event(id="o", kind="legal", summary="s", when=open_end),
    ]
    lines = to_table(Timeline(events=events)).splitlines()
    assert lines[2].startswith("(< 2025-07-01) ")
    assert lines[3].startswith(">= 2030-01-01 ")


def test_empty_timeline() -> None:
    assert to_table(Timeline()).splitlines()[-1] == "(no event)"


@settings(max_examples=60, deadline=None)
@given(timelines())
def test_every_line_keeps_the_columns_aligned(tl: Timeline) -> None:
    text = to_table(tl, summary_width=30)
    lines = text.splitlines()
    assert len(lines) == 2 + max(len(tl.events), 1)
    fixed = sum(width + 2 for _, width in COLUMNS)
    for line in lines[2 : 2 + len(tl.events)]:
        assert _width(line) <= fixed + 30
        used = 0
        for char in line:
            if used >= fixed:
                break
            used += _char_width(char)
        assert used == fixed or used == _width(line)  # the summary starts at the same column
