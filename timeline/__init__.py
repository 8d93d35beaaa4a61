"""timeline: news text to a timeline of typed business events.

>>> import timeline
>>> from datetime import date
>>> tl = timeline.extract(text, lang="fr", reference_date=date(2025, 7, 1))  # doctest: +SKIP
"""

from timeline.errors import (
    ExportError,
    InvalidRecordError,
    SchemaError,
    TimelineError,
    UnknownEventError,
    UnsupportedLanguageError,
)
from timeline.merge import merge
from timeline.model import (
    Anchor,
    Diagnostic,
    Document,
    Event,
    EventKind,
    EventOffset,
    Evidence,
    Granularity,
    Mod,
    Modality,
    Money,
    Party,
    Period,
    Qualifier,
    Relation,
    Role,
    Span,
    Timeline,
    TimeMention,
    TimeType,
    TimeValue,
)
from timeline.pipeline import extract, extract_document, extract_many
from timeline.temporal import CONVENTIONS, TimeRules, find_times, parse_time

__version__ = "0.1.0"

__all__ = [
    "CONVENTIONS",
    "Anchor",
    "Diagnostic",
    "Document",
    "Event",
    "EventKind",
    "EventOffset",
    "Evidence",
    "ExportError",
    "Granularity",
    "InvalidRecordError",
    "Mod",
    "Modality",
    "Money",
    "Party",
    "Period",
    "Qualifier",
    "Relation",
    "Role",
    "SchemaError",
    "Span",
    "TimeMention",
    "TimeRules",
    "TimeType",
    "TimeValue",
    "Timeline",
    "TimelineError",
    "UnknownEventError",
    "UnsupportedLanguageError",
    "__version__",
    "extract",
    "extract_document",
    "extract_many",
    "find_times",
    "merge",
    "parse_time",
]
