"""Hypothesis strategies for testing date, money and event parsers (yours or ours).

Each strategy generates a meaning, computes the expected value from it with plain calendar
arithmetic (never by calling a parser) and renders it into words::

    from hypothesis import given
    from timeline.testing import temporal_cases

    @given(temporal_cases(lang="fr", kinds=["date", "month"]))
    def test_my_parser(case):
        start, end = my_parse(case.text, case.reference_date)
        assert (start, end) == (case.expected.start, case.expected.end)

Importing this module registers the settings profiles ``timeline-ci`` and ``timeline-dev``
(see :mod:`timeline.testing.profiles`). It needs Hypothesis, not pytest.
"""

from timeline.testing.cases import DealCase, ExpectedDeal, MoneyCase, TemporalCase, same_time
from timeline.testing.deals import deal_sentences
from timeline.testing.errors import StrategyError
from timeline.testing.money import SHAPES, money_cases
from timeline.testing.profiles import CI, DEV, ENV_VAR, load_profile_from_env, register_profiles
from timeline.testing.records import events, money_values, readable_text, time_values, timelines
from timeline.testing.sampling import sample
from timeline.testing.temporal import KINDS, TENSES, Meaning, meanings, temporal_cases

register_profiles()

__all__ = [
    "CI",
    "DEV",
    "ENV_VAR",
    "KINDS",
    "SHAPES",
    "TENSES",
    "DealCase",
    "ExpectedDeal",
    "Meaning",
    "MoneyCase",
    "StrategyError",
    "TemporalCase",
    "deal_sentences",
    "events",
    "load_profile_from_env",
    "meanings",
    "money_cases",
    "money_values",
    "readable_text",
    "register_profiles",
    "same_time",
    "sample",
    "temporal_cases",
    "time_values",
    "timelines",
]
