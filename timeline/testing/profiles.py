"""Hypothesis settings profiles for the library's property suites and for yours.

``timeline-ci``: derandomized, 100 examples, no deadline, no example database (the same
examples every run). ``timeline-dev``: 2,000 examples for long local runs. Select one with the
environment variable ``TIMELINE_HYPOTHESIS_PROFILE`` and :func:`load_profile_from_env`.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

__all__ = ["CI", "DEV", "ENV_VAR", "load_profile_from_env", "register_profiles"]

CI = "timeline-ci"
DEV = "timeline-dev"
ENV_VAR = "TIMELINE_HYPOTHESIS_PROFILE"


def register_profiles() -> None:
    """Register ``timeline-ci`` and ``timeline-dev`` with Hypothesis (idempotent)."""
    settings.register_profile(
        CI,
        derandomize=True,
        max_examples=100,
        deadline=None,
        database=None,
        print_blob=True,
        suppress_health_check=[HealthCheck.too_slow],
    )
    settings.register_profile(
        DEV,
        max_examples=2000,
        deadline=None,
        print_blob=True,
        suppress_health_check=[HealthCheck.too_slow],
    )


def load_profile_from_env(default: str = CI) -> str:
    """Load the profile named by ``TIMELINE_HYPOTHESIS_PROFILE`` (else ``default``); return it."""
    register_profiles()
    name = os.environ.get(ENV_VAR, "").strip() or default
    settings.load_profile(name)
    return name
