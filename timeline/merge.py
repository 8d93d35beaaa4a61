"""The same event reported by several documents, merged into one."""

from __future__ import annotations

from collections.abc import Iterable

from timeline.model import Timeline

__all__ = ["merge"]


def merge(timelines: Iterable[Timeline]) -> Timeline:
    """One timeline from several: shared events merged, documents and timexes combined."""
    raise NotImplementedError  # filled by the merge engine
