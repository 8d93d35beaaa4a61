"""The error the strategies raise when asked for something they cannot generate."""

from __future__ import annotations

from timeline.errors import TimelineError

__all__ = ["StrategyError"]


class StrategyError(TimelineError, ValueError):
    """A strategy was given an unknown kind, form or option."""
