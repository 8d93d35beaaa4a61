"""Deal events: triggers, arguments, amounts, modality and evidence.

Triggers, cue words and role markers come from per-language data files
(``timeline/events/lang/<lang>.toml``); the alias table from ``lang/aliases.toml``.
"""

from __future__ import annotations

from collections.abc import Sequence

from timeline.errors import InvalidRecordError
from timeline.events.assemble import build_events
from timeline.events.lexicon import aliases, lexicon
from timeline.model import Document, Event, TimeMention

__all__ = ["find_events"]


def find_events(
    document: Document,
    times: Sequence[TimeMention],
    *,
    statistical: bool | None = None,
) -> list[Event]:
    """The events of ``document`` in text order; ``times`` are its temporal expressions.

    ``statistical``: use an installed statistical spaCy pipeline to type names (persons vs
    organisations) in sentences that hold a trigger: ``None`` when one is installed for the
    language, ``True`` to require it, ``False`` for rules only.
    """
    if not isinstance(document, Document):
        raise InvalidRecordError(f"expected a Document, not {type(document).__name__}")
    lex = lexicon(document.lang)
    hints = None
    if statistical is not False:
        from timeline.nlp import person_hints

        hints = person_hints(document.lang, required=bool(statistical))
    return build_events(document, list(times), lex, aliases(), hints)
