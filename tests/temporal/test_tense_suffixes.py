"""Short regular past forms mark a past clause; short words are never future by their ending."""

from __future__ import annotations

from datetime import date

import pytest

from timeline import find_times

WEDNESDAY = date(2025, 7, 2)
LAST_MONDAY = date(2025, 6, 30)
NEXT_MONDAY = date(2025, 7, 7)


@pytest.mark.parametrize(
    ("text", "lang", "start"),
    [
        ("The committee voted Monday.", "en", LAST_MONDAY),
        ("Shareholders voted on Monday.", "en", LAST_MONDAY),
        ("The regulator fined the bank Monday.", "en", LAST_MONDAY),
        ("The committee will vote Monday.", "en", NEXT_MONDAY),
        ("Le front social bougera lundi.", "fr", NEXT_MONDAY),
    ],
)
def test_weekday_side_follows_the_verb(text: str, lang: str, start: date) -> None:
    (mention,) = find_times(text, lang=lang, reference_date=WEDNESDAY)
    assert mention.value.start == start
