"""spaCy integration: pipelines (loaded once), name typing, and the timeline components.

``nlp.add_pipe("timeline_times")`` and ``nlp.add_pipe("timeline_events")`` work in any
pipeline once the package is installed (the factories are declared as entry points); results
land on ``doc._.times`` and ``doc._.events``. A statistical pipeline (``fr_core_news_sm``) is
used when installed, only on sentences that hold a trigger and only for its named entities;
otherwise (and always in English) a blank pipeline and rules do the work.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from functools import cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from timeline.errors import InvalidRecordError, UnsupportedLanguageError
from timeline.typography import normalise

__all__ = [
    "blank_pipeline",
    "make_events_component",
    "make_times_component",
    "person_hints",
    "pipeline",
    "statistical_pipeline",
]

_KEEP = ("tok2vec", "ner")
"""The statistical components the library runs (entities only)."""


def _register_extensions() -> None:
    for name in ("times", "events", "reference_date"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def _model_name(lang: str) -> str:
    from timeline.events.lexicon import model_name

    return model_name(lang)


@cache
def statistical_pipeline(lang: str) -> Language | None:
    """The installed statistical pipeline of ``lang`` (entities only), or None; loaded once."""
    name = _model_name(lang)
    if not name:
        return None
    import spacy

    try:
        nlp = spacy.load(name)
    except (OSError, ImportError):
        return None
    for component in list(nlp.pipe_names):
        if component not in _KEEP:
            nlp.disable_pipe(component)
    return nlp


@cache
def blank_pipeline(lang: str) -> Language:
    """A blank spaCy pipeline for ``lang`` (tokenizer only); created once."""
    import spacy

    return spacy.blank(lang)


def person_hints(lang: str, *, required: bool = False) -> Any:
    """A function typing names with the statistical pipeline, or None when none is installed.

    The function takes the text and the sentence spans to read and returns
    ``{(start, end): is_person}`` for the PER and ORG entities found there.
    Raises UnsupportedLanguageError when ``required`` and no pipeline is installed.
    """
    nlp = statistical_pipeline(lang)
    if nlp is None:
        if required:
            raise UnsupportedLanguageError(f"no statistical spaCy pipeline installed for {lang!r}")
        return None

    def hints(text: str, spans: Sequence[tuple[int, int]]) -> dict[tuple[int, int], bool]:
        found: dict[tuple[int, int], bool] = {}
        pieces = (normalise(text[s:e]) for s, e in spans)
        for (start, _), doc in zip(spans, nlp.pipe(pieces, batch_size=64), strict=True):
            for ent in doc.ents:
                if ent.label_ in ("PER", "PERSON", "ORG"):
                    span = (start + ent.start_char, start + ent.end_char)
                    found[span] = ent.label_ != "ORG"
        return found

    return hints


def pipeline(lang: str, statistical: bool | None = None) -> Language:
    """A pipeline with the timeline components: statistical when asked or installed."""
    return _pipeline(lang, statistical)


@cache
def _pipeline(lang: str, statistical: bool | None) -> Language:
    nlp = None
    if statistical is not False:
        name = _model_name(lang)
        if name:
            import spacy

            try:
                nlp = spacy.load(name)
            except (OSError, ImportError):
                nlp = None
        if nlp is None and statistical:
            raise UnsupportedLanguageError(f"no statistical spaCy pipeline installed for {lang!r}")
    if nlp is None:
        import spacy

        nlp = spacy.blank(lang)
    nlp.add_pipe("timeline_times")
    nlp.add_pipe("timeline_events", config={"statistical": statistical})
    return nlp


def _reference(value: object) -> date | datetime | None:
    if value is None or isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)
        except ValueError:
            raise InvalidRecordError(f"reference_date {value!r} is not an ISO date") from None
    raise InvalidRecordError(f"reference_date must be a date or ISO string, not {value!r}")


_WHOLE_TIMES = "timeline.whole_times"
"""``doc.user_data`` key: the times of ``timeline_times`` with ranges whole, for the events."""


class TimesComponent:
    """Sets ``doc._.times``: the temporal expressions of the doc's text."""

    def __init__(self, lang: str, reference_date: str | None) -> None:
        self.lang = lang
        self.reference_date = _reference(reference_date)

    def __call__(self, doc: Doc) -> Doc:
        from timeline.temporal import find_times_and_wholes

        reference = _reference(doc._.reference_date) or self.reference_date
        parts, wholes = find_times_and_wholes(doc.text, lang=self.lang, reference_date=reference)
        doc._.times = parts
        doc.user_data[_WHOLE_TIMES] = (parts, wholes)
        return doc


class EventsComponent:
    """Sets ``doc._.events``: the events of the doc's text (``doc._.times`` if already set)."""

    def __init__(self, lang: str, reference_date: str | None, statistical: bool | None) -> None:
        self.lang = lang
        self.reference_date = _reference(reference_date)
        self.statistical = statistical

    def __call__(self, doc: Doc) -> Doc:
        from timeline.events import find_events
        from timeline.model import Document
        from timeline.pipeline import stable_document_id

        reference = _reference(doc._.reference_date) or self.reference_date
        times = doc._.times
        if times is None:
            from timeline.temporal import find_times_and_wholes

            doc._.times, times = find_times_and_wholes(
                doc.text, lang=self.lang, reference_date=reference
            )
        else:  # set by timeline_times (events take whole ranges), or by the user
            parts, wholes = doc.user_data.get(_WHOLE_TIMES, (None, None))
            if parts is times:
                times = wholes
        document = Document(
            id=stable_document_id(doc.text, self.lang, reference),
            text=doc.text,
            lang=self.lang,
            reference_date=reference,
        )
        doc._.events = find_events(document, times, statistical=self.statistical)
        return doc


_register_extensions()


@Language.factory(
    "timeline_times",
    default_config={"reference_date": None},
)
def make_times_component(nlp: Language, name: str, reference_date: str | None) -> TimesComponent:
    """The ``timeline_times`` component: ``doc._.times`` (a list of TimeMention)."""
    _register_extensions()
    return TimesComponent(str(nlp.lang), reference_date)


@Language.factory(
    "timeline_events",
    default_config={"reference_date": None, "statistical": None},
)
def make_events_component(
    nlp: Language, name: str, reference_date: str | None, statistical: bool | None
) -> EventsComponent:
    """The ``timeline_events`` component: ``doc._.events`` (a list of Event)."""
    _register_extensions()
    return EventsComponent(str(nlp.lang), reference_date, statistical)
