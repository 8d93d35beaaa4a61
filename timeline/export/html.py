"""A self-contained HTML page that draws a timeline: one row per event, a bar for its bounds.

No script, font or image is fetched: CSS is inline and bars are positioned by percentages
computed here, so the page renders offline and the same timeline gives the same bytes. A
solid bar is a time known to the day (or finer); a striped bar is "somewhere in this
interval"; a fading end is an unbounded side. Hovering a bar shows its evidence; clicking a
row unfolds the evidence, parties, amount and the time in words.
"""

from __future__ import annotations

import html
from datetime import date, datetime

from timeline.export.wording import (
    describe_amount,
    describe_parties,
    describe_time,
    describe_uncertainty,
    short_time,
)
from timeline.model import Anchor, Event, EventKind, Instant, Timeline, TimeValue

__all__ = ["KIND_COLOURS", "to_html"]

KIND_COLOURS = {
    EventKind.ANNOUNCEMENT: "#6b7280",
    EventKind.ACQUISITION: "#c0392b",
    EventKind.INVESTMENT: "#1f7a4d",
    EventKind.FUNDING_ROUND: "#2e9e5b",
    EventKind.VALUATION: "#8e6c00",
    EventKind.PARTNERSHIP: "#2563eb",
    EventKind.CONTRACT: "#7c3aed",
    EventKind.CONTRACT_END: "#a855f7",
    EventKind.HIRE: "#0e7490",
    EventKind.DEPARTURE: "#0891b2",
    EventKind.LEGAL: "#b45309",
    EventKind.REGULATORY: "#d97706",
    EventKind.RESTRUCTURING: "#be185d",
    EventKind.IPO: "#4338ca",
    EventKind.OTHER: "#475569",
}

_CSS = """
:root { --ink: #1f2328; --muted: #5f6b7a; --rule: #d8dee4; --track: #f3f5f7; }
* { box-sizing: border-box; }
body { margin: 0; padding: 1.5rem 2rem; font: 15px/1.45 system-ui, -apple-system, "Segoe UI",
  Roboto, "Noto Sans", "DejaVu Sans", sans-serif; color: var(--ink); background: #fff; }
h1 { font-size: 1.4rem; margin: 0 0 .25rem; }
.meta, .legend { color: var(--muted); font-size: .85rem; margin: 0 0 .5rem; }
.legend span { display: inline-block; margin-right: 1rem; }
.swatch { display: inline-block; width: 1.6rem; height: .7rem; vertical-align: middle;
  margin-right: .3rem; border-radius: 2px; background: #475569; }
.row { display: grid; grid-template-columns: 10rem minmax(14rem, 3fr) minmax(16rem, 2fr);
  gap: .75rem; align-items: center; }
.axis { border-bottom: 1px solid var(--rule); padding: .5rem 0 .2rem; position: sticky; top: 0;
  background: #fff; z-index: 1; }
.axis .track { background: none; height: 1.4rem; }
.tick { position: absolute; top: 0; bottom: 0; border-left: 1px solid var(--rule);
  font-size: .75rem; color: var(--muted); padding-left: 3px; white-space: nowrap; }
details.event { border-bottom: 1px solid var(--rule); }
details.event > summary { list-style: none; cursor: pointer; padding: .35rem 0; }
details.event > summary::-webkit-details-marker { display: none; }
details.event > summary:hover { background: #f8fafc; }
.when { font: .8rem/1.2 ui-monospace, "DejaVu Sans Mono", monospace; color: var(--muted); }
.track { position: relative; height: 1rem; background: var(--track); border-radius: 3px; }
.bar { position: absolute; top: 1px; bottom: 1px; min-width: 8px; border-radius: 3px;
  background: var(--c); }
.lasts { position: absolute; top: 45%; height: 3px; background: var(--c); opacity: .5; }
.bar.vague { background: repeating-linear-gradient(135deg, var(--c) 0 6px,
  color-mix(in srgb, var(--c) 45%, white) 6px 10px); }
.bar.open-start { border-top-left-radius: 0; border-bottom-left-radius: 0;
  -webkit-mask-image: linear-gradient(to right, transparent, #000 2.5rem);
  mask-image: linear-gradient(to right, transparent, #000 2.5rem); }
.bar.open-end { border-top-right-radius: 0; border-bottom-right-radius: 0;
  -webkit-mask-image: linear-gradient(to left, transparent, #000 2.5rem);
  mask-image: linear-gradient(to left, transparent, #000 2.5rem); }
.bar.open-start.open-end { -webkit-mask-image: none; mask-image: none; opacity: .35; }
.modality-planned .bar { outline: 2px dashed var(--c); outline-offset: 1px; opacity: .75; }
.modality-hypothetical .bar { opacity: .45; }
.modality-negated .label .text { text-decoration: line-through; }
.modality-reported .label .text { font-style: italic; }
.kind { display: inline-block; font-size: .7rem; text-transform: uppercase; letter-spacing: .04em;
  color: #fff; background: var(--c); border-radius: 3px; padding: 0 .35rem; margin-right: .4rem; }
.flag { font-size: .75rem; color: var(--muted); margin-left: .3rem; }
.detail { margin: 0 0 .6rem 10.75rem; font-size: .9rem; }
.detail blockquote { margin: .3rem 0; padding: .2rem .7rem; border-left: 3px solid var(--c);
  background: #fafbfc; }
.detail dl { display: grid; grid-template-columns: 6rem 1fr; gap: .1rem .6rem; margin: .3rem 0; }
.detail dt { color: var(--muted); }
.detail dd { margin: 0; }
.empty { color: var(--muted); font-style: italic; }
"""


def _day(value: Instant) -> date:
    return value.date() if isinstance(value, datetime) else value


class _Scale:
    """Maps days to percentages of the track, over whole months or years around the data."""

    def __init__(self, days: list[date]) -> None:
        low, high = min(days), max(days)
        self.by_year = (high.year - low.year) >= 3
        if self.by_year:
            self.low = date(low.year, 1, 1)
            self.high = date(high.year + 1, 1, 1)
        else:
            self.low = date(low.year, low.month, 1)
            year, month = (high.year + 1, 1) if high.month == 12 else (high.year, high.month + 1)
            self.high = date(year, month, 1)
        self.width = (self.high - self.low).days

    def pct(self, value: Instant) -> float:
        return 100.0 * (_day(value) - self.low).days / self.width

    def ticks(self) -> list[tuple[float, str]]:
        result = []
        if self.by_year:
            years = self.high.year - self.low.year
            step = 1 if years <= 15 else 5 if years <= 75 else 10 if years <= 150 else 50
            for year in range(self.low.year, self.high.year, step):
                result.append((self.pct(date(year, 1, 1)), str(year)))
            return result
        months = (self.high.year - self.low.year) * 12 + self.high.month - self.low.month
        step = 1 if months <= 12 else 3
        year, month = self.low.year, self.low.month
        for index in range(months):
            if index % step == 0:
                label = f"{year}-{month:02d}" if (index == 0 or month == 1) else f"{month:02d}"
                result.append((self.pct(date(year, month, 1)), label))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return result


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _precise(when: TimeValue) -> bool:
    """True for a time the text gives to the day (or finer): one day, or clock times."""
    if when.anchor is Anchor.UNDATED or when.start is None or when.end is None:
        return False
    if isinstance(when.start, datetime):
        return True
    return (when.end - when.start).days == 1


def _bar(event: Event, scale: _Scale | None) -> str:
    when = event.when
    classes = ["bar"]
    if not _precise(when):
        classes.append("vague")
    if when.start is None:
        classes.append("open-start")
    if when.end is None:
        classes.append("open-end")
    if scale is None:
        left, right = 0.0, 100.0
    else:
        left = 0.0 if when.start is None else scale.pct(when.start)
        right = 100.0 if when.end is None else scale.pct(when.end)
    tip = " | ".join(e.text.strip() for e in event.evidence if e.text.strip())
    tip = tip or describe_time(when)
    return _lasts(event, scale, right) + (
        f'<span class="{" ".join(classes)}" style="left:{left:.3f}%;width:{right - left:.3f}%"'
        f' title="{_e(tip)}"></span>'
    )


def _lasts(event: Event, scale: _Scale | None, left: float) -> str:
    """A thin line for a state that lasts ``until`` a time (a contract), if the text says."""
    until = event.until
    if until is None or scale is None or (until.start is None and until.end is None):
        return ""
    right = 100.0 if until.end is None else scale.pct(until.end)
    if right <= left:
        return ""
    words = f"lasts until {describe_time(until)}"
    return (
        f'<span class="lasts" style="left:{left:.3f}%;width:{right - left:.3f}%"'
        f' title="{_e(words)}"></span>'
    )


def _detail(event: Event) -> str:
    quotes = "".join(
        f"<blockquote>{_e(e.text)}</blockquote>" for e in event.evidence if e.text.strip()
    )
    facts = [("When", f"{describe_time(event.when)} ({describe_uncertainty(event.when)})")]
    if event.until is not None:
        until = event.until
        facts.append(("Until", f"{describe_time(until)} ({describe_uncertainty(until)})"))
    if event.parties:
        facts.append(("Parties", describe_parties(event.parties)))
    if event.amount is not None:
        facts.append(("Amount", describe_amount(event.amount)))
    facts.append(("Modality", event.modality.value))
    facts.append(("Id", event.id))
    rows = "".join(f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in facts)
    return f'<div class="detail">{quotes}<dl>{rows}</dl></div>'


def _row(event: Event, scale: _Scale | None) -> str:
    colour = KIND_COLOURS[event.kind]
    flags = []
    if event.when.anchor is Anchor.UNDATED:
        flags.append("undated")
    if event.modality.value != "fact":
        flags.append(event.modality.value)
    flag = f'<span class="flag">({_e(", ".join(flags))})</span>' if flags else ""
    return (
        f'<details class="event kind-{event.kind.value} modality-{event.modality.value}"'
        f' id="event-{_e(event.id)}" style="--c:{colour}">'
        f'<summary class="row"><span class="when">{_e(short_time(event.when))}</span>'
        f'<span class="track">{_bar(event, scale)}</span>'
        f'<span class="label"><span class="kind">{_e(event.kind.value)}</span>'
        f'<span class="text">{_e(event.summary)}</span>{flag}</span></summary>'
        f"{_detail(event)}</details>"
    )


def _axis(scale: _Scale | None) -> str:
    ticks = (
        ""
        if scale is None
        else "".join(
            f'<span class="tick" style="left:{pct:.3f}%">{_e(label)}</span>'
            for pct, label in scale.ticks()
        )
    )
    return (
        '<div class="row axis"><span class="when">when</span>'
        f'<span class="track">{ticks}</span><span class="when">event</span></div>'
    )


def _legend(timeline: Timeline) -> str:
    kinds = sorted({e.kind for e in timeline.events}, key=lambda k: list(EventKind).index(k))
    items = [
        f'<span><i class="swatch" style="background:{KIND_COLOURS[k]}"></i>{_e(k.value)}</span>'
        for k in kinds
    ]
    items.append(
        '<span><i class="swatch bar vague" style="position:static;--c:#475569"></i>'
        "somewhere in this interval</span>"
    )
    items.append("<span>fading end: unbounded</span><span>dashed: planned</span>")
    items.append("<span>thin line: lasts until</span>")
    return f'<p class="legend">{"".join(items)}</p>'


def _meta(timeline: Timeline) -> str:
    documents = []
    for d in timeline.documents:
        reference = "no reference date" if d.reference_date is None else d.reference_date
        documents.append(f"{d.source or d.id} ({d.lang}, {reference})")
    count = f"{len(timeline.events)} event" + ("" if len(timeline.events) == 1 else "s")
    sources = "; ".join(documents) if documents else "no document"
    return f'<p class="meta">{_e(count)} from {_e(sources)}</p>'


def to_html(timeline: Timeline, *, title: str = "Timeline") -> str:
    """A self-contained HTML page drawing ``timeline`` (same timeline, same bytes)."""
    days = [
        _day(bound)
        for event in timeline.events
        for time in (event.when, event.until)
        if time is not None
        for bound in (time.start, time.end)
        if bound is not None
    ]
    scale = _Scale(days) if days else None
    if timeline.events:
        rows = "".join(_row(event, scale) for event in timeline.events)
    else:
        rows = '<p class="empty">No event found.</p>'
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(title)}</title><style>{_CSS}</style></head>\n<body>"
        f"<h1>{_e(title)}</h1>{_meta(timeline)}{_legend(timeline)}"
        f'<main class="timeline">{_axis(scale)}{rows}</main>'
        "</body></html>\n"
    )
