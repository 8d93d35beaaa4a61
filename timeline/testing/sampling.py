"""Drawing a fixed, reproducible sample from a strategy (for measurements, not for tests)."""

from __future__ import annotations

from typing import TypeVar

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

__all__ = ["sample"]

T = TypeVar("T")


def sample(strategy: st.SearchStrategy[T], n: int, *, seed_value: int = 0) -> list[T]:
    """``n`` examples of ``strategy`` (fewer if it has fewer), the same for the same seed."""
    drawn: list[T] = []

    @seed(seed_value)
    @settings(
        max_examples=n,
        database=None,
        deadline=None,
        derandomize=False,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def collect(example: T) -> None:
        drawn.append(example)

    collect()
    return drawn
