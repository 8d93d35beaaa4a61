"""From text to Timeline: language, document, times, events, order."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import date, datetime

import attrs

from timeline import languages
from timeline.errors import InvalidRecordError
from timeline.events import find_events
from timeline.merge import merge
from timeline.model import Document, Timeline
from timeline.order import build_timeline
from timeline.temporal import TimeRules, find_times_and_wholes

__all__ = ["extract", "extract_document", "extract_many", "stable_document_id"]


def stable_document_id(text: str, lang: str, reference_date: date | datetime | None) -> str:
    """A stable id for a document: a digest of its text, language and reference date."""
    reference = "" if reference_date is None else reference_date.isoformat()
    digest = hashlib.sha256(f"{lang}\x00{reference}\x00{text}".encode("utf-8", "surrogatepass"))
    return "doc-" + digest.hexdigest()[:12]


def _check_text(text: object) -> str:
    if not isinstance(text, str):
        raise InvalidRecordError(f"text must be a str, not {type(text).__name__}")
    return text


def extract_document(
    document: Document,
    *,
    statistical: bool | None = None,
    time_rules: TimeRules | str | None = None,
) -> Timeline:
    """The timeline of one prepared :class:`Document`.

    ``statistical``: use an installed statistical spaCy pipeline (True), never (False), or
    when one is installed for the document's language (None). ``time_rules``: the
    conventions for open time readings (:class:`~timeline.TimeRules` or a name in
    ``timeline.CONVENTIONS``; default: the library's rules).
    """
    parts, wholes = find_times_and_wholes(
        document.text,
        lang=document.lang,
        reference_date=document.reference_date,
        rules=time_rules,
    )
    # an event is dated by a whole range ("du 3 au 5 mars"); the timexes are TimeML's parts
    events = find_events(document, wholes, statistical=statistical)
    times = [attrs.evolve(m, document=document.id) for m in parts]
    return build_timeline(events, [document], times)


def extract(
    text: str,
    *,
    lang: str = "auto",
    reference_date: date | datetime | None = None,
    source: str | None = None,
    document_id: str | None = None,
    statistical: bool | None = None,
    time_rules: TimeRules | str | None = None,
) -> Timeline:
    """Read ``text`` and return its timeline of business events.

    ``lang`` is ``"fr"``, ``"en"`` or ``"auto"``. ``reference_date`` is the document's
    creation time; deictic expressions ("hier", "last month") resolve against it and stay
    unresolved without it. ``statistical`` and ``time_rules`` are passed to
    :func:`extract_document`.
    """
    text = _check_text(text)
    code = languages.resolve(lang, text)
    doc_id = document_id or stable_document_id(text, code, reference_date)
    document = Document(
        id=doc_id, text=text, lang=code, reference_date=reference_date, source=source
    )
    return extract_document(document, statistical=statistical, time_rules=time_rules)


def extract_many(
    documents: Iterable[str | Document],
    *,
    lang: str = "auto",
    reference_date: date | datetime | None = None,
    statistical: bool | None = None,
    time_rules: TimeRules | str | None = None,
) -> Timeline:
    """One merged timeline from several texts or :class:`Document` records."""
    timelines = []
    for item in documents:
        if isinstance(item, Document):
            timelines.append(extract_document(item, statistical=statistical, time_rules=time_rules))
        else:
            timelines.append(
                extract(
                    item,
                    lang=lang,
                    reference_date=reference_date,
                    statistical=statistical,
                    time_rules=time_rules,
                )
            )
    return merge(timelines)
