"""The library's exceptions: every error it raises derives from :class:`TimelineError`."""

from __future__ import annotations

__all__ = [
    "ExportError",
    "InvalidRecordError",
    "SchemaError",
    "TimelineError",
    "UnknownEventError",
    "UnsupportedLanguageError",
]


class TimelineError(Exception):
    """Base class of every error raised by ``timeline``."""


class InvalidRecordError(TimelineError, ValueError):
    """A model record was given values that cannot be true (end before start, unknown code...)."""


class UnsupportedLanguageError(TimelineError, ValueError):
    """The language asked for is not one the library supports."""


class SchemaError(TimelineError, ValueError):
    """A serialised timeline does not follow the ``timeline/1`` schema."""


class ExportError(TimelineError):
    """A timeline cannot be written in the format asked for."""


class UnknownEventError(TimelineError, LookupError):
    """An event or event id that the timeline does not hold."""
