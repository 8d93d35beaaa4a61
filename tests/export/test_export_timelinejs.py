"""TimelineJS3 JSON: dates at the precision the text supports, groups by kind."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from strategies_export import timelines

from timeline.errors import ExportError
from timeline.export.timelinejs import to_timelinejs, to_timelinejs_data
from timeline.model import (
    Anchor,
    Event,
    Evidence,
    Granularity,
    Timeline,
    TimeValue,
)


def _one(when: TimeValue, **fields: object) -> Timeline:
    return Timeline(
        events=[Event(id="e", kind="ipo", summary="Fabrikam lists", when=when, **fields)]
    )


@pytest.mark.parametrize(
    ("when", "start", "end"),
    [
        (TimeValue(date(2024, 1, 1), date(2025, 1, 1), "year", "2024"), {"year": 2024}, None),
        (
            TimeValue(date(2024, 3, 1), date(2024, 4, 1), "month", "2024-03"),
            {"year": 2024, "month": 3},
            None,
        ),
        (
            TimeValue(date(2024, 4, 1), date(2024, 7, 1), "quarter", "2024-Q2"),
            {"year": 2024, "month": 4},
            {"year": 2024, "month": 6},
        ),
        (
            TimeValue(date(2024, 3, 5), date(2024, 3, 6), "day", "2024-03-05"),
            {"year": 2024, "month": 3, "day": 5},
            None,
        ),
        (
            TimeValue(date(2020, 1, 1), date(2030, 1, 1), "decade", "202"),
            {"year": 2020},
            {"year": 2029},
        ),
        (
            TimeValue(
                datetime(2024, 3, 5, 9), datetime(2024, 3, 5, 10), Granularity.HOUR, "2024-03-05T09"
            ),
            {"year": 2024, "month": 3, "day": 5, "hour": 9},
            {"year": 2024, "month": 3, "day": 5, "hour": 10},
        ),
    ],
)
def test_dates_carry_only_the_known_precision(
    when: TimeValue, start: dict[str, int], end: dict[str, int] | None
) -> None:
    (slide,) = to_timelinejs_data(_one(when))["events"]
    assert slide["start_date"] == start
    assert slide.get("end_date") == end


def test_headline_text_group_and_id() -> None:
    sentence = "Fabrikam's shares <opened> 20% higher & kept rising."
    when = TimeValue(date(2024, 3, 5), date(2024, 3, 6), "day", "2024-03-05")
    evidence = [Evidence("d", 0, len(sentence), sentence)]
    (slide,) = to_timelinejs_data(_one(when, evidence=evidence))["events"]
    assert slide["text"]["headline"] == "Fabrikam lists"
    assert (
        "Fabrikam&#x27;s shares &lt;opened&gt; 20% higher &amp; kept rising."
        in (slide["text"]["text"])
    )
    assert slide["group"] == "ipo"
    assert slide["unique_id"] == "e"
    assert slide["display_date"] == "on 2024-03-05"


def test_undated_events_are_left_out_or_marked() -> None:
    when = TimeValue.undated(end=date(2025, 7, 1))
    assert to_timelinejs_data(_one(when))["events"] == []
    (slide,) = to_timelinejs_data(_one(when), undated="mark")["events"]
    assert slide["start_date"] == {"year": 2025, "month": 6, "day": 30}
    assert slide["display_date"] == "before 2025-07-01 (undated)"
    assert to_timelinejs_data(_one(TimeValue.undated()), undated="mark")["events"] == []


def test_open_end_keeps_the_start() -> None:
    when = TimeValue(date(2030, 1, 1), None, "year", "2030", anchor=Anchor.REFERENCE)
    (slide,) = to_timelinejs_data(_one(when))["events"]
    assert slide["start_date"] == {"year": 2030}
    assert "end_date" not in slide


def test_title_and_bad_option() -> None:
    data = to_timelinejs_data(Timeline(), title="Deals & more")
    assert data["title"]["text"]["headline"] == "Deals &amp; more"
    with pytest.raises(ExportError):
        to_timelinejs(Timeline(), undated="hide")


@settings(max_examples=60, deadline=None)
@given(timelines())
def test_every_slide_has_a_year_and_ordered_dates(tl: Timeline) -> None:
    text = to_timelinejs(tl, undated="mark")
    assert to_timelinejs(tl, undated="mark") == text
    for slide in json.loads(text)["events"]:
        assert isinstance(slide["start_date"]["year"], int)
        if "end_date" in slide:
            keys = ("year", "month", "day", "hour", "minute", "second")
            start = [slide["start_date"].get(k, 0) for k in keys]
            end = [slide["end_date"].get(k, 0) for k in keys]
            assert start <= end


def test_week_precision_is_a_day() -> None:
    monday = date(2025, 6, 2)
    when = TimeValue(monday, monday + timedelta(days=7), "week", "2025-W23")
    (slide,) = to_timelinejs_data(_one(when))["events"]
    assert slide["start_date"] == {"year": 2025, "month": 6, "day": 2}
    assert slide["end_date"] == {"year": 2025, "month": 6, "day": 8}
