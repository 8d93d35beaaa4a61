"""The TIMEX3 values the tables of docs/time-semantics.md state, read from the library.

Each case is the first example of a table row whose ``timex`` column gives an exact value,
read alone with the page's reference (Tuesday 2025-07-01, 12:00). The doc rows are checked
too, so that neither the page nor the library can change a value without the other.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest

from timeline import parse_time

NOON = datetime(2025, 7, 1, 12, 0)  # the page's R: Tuesday 1 July 2025, 12:00
DOC = Path(__file__).resolve().parents[2] / "docs" / "time-semantics.md"

# (first example of the row, language, the row's timex)
CASES = [
    ("21 janvier 2025", "fr", "2025-01-21"),
    ("le 4e jour de juillet, 1995", "fr", "1995-07-04"),
    ("le 14 fév. à 10h15", "fr", "2026-02-14T10:15"),
    ("le 10 novembre 93", "fr", "1993-11-10"),
    ("20161016", "en", "2016-10-16"),
    ("mars 2025", "fr", "2025-03"),
    ("the fifth month of 2024", "en", "2024-05"),
    ("en 2019", "fr", "2019"),
    ("in 79 a.d.", "en", "0079"),
    ("this calendar year", "en", "2025"),
    ("nineteen eighty-four", "en", "1984"),
    ("May 3 nineteen ninety", "en", "1990-05-03"),
    ("deux mille vingt-quatre", "fr", "2024"),
    ("le 9 avril deux mille vingt", "fr", "2020-04-09"),
    ("les années 1990", "fr", "199"),
    ("the nineties", "en", "199"),
    ("les années trente", "fr", "193"),
    ("the 21st century", "en", "20"),
    ("T1 2025", "fr", "2025-Q1"),
    ("2024Q3", "en", "2024-Q3"),
    ("S1 2025", "fr", "2025-H1"),
    ("l'exercice 2025/26", "fr", "2025/2026"),
    ("trimestre 3", "fr", "2025-Q3"),
    ("semaine 10", "fr", "2025-W10"),
    ("the first week of 2026", "en", "2026-W01"),
    ("la semaine du 30 décembre 2024", "fr", "2025-W01"),
    ("printemps 2025", "fr", "2025-SP"),
    ("last spring", "en", "2025-SP"),
    ("this season", "en", "2025-SU"),
    ("le 3 octobre", "fr", "2025-10-03"),
    ("en février", "fr", "2026-02"),
    ("this March", "en", "2025-03"),
    ("November after next", "en", "2026-11"),
    ("le 18 ce mois-ci", "fr", "2025-07-18"),
    ("the 20th of next month", "en", "2025-08-20"),
    ("mardi", "fr", "2025-07-01"),
    ("lundi dernier", "fr", "2025-06-30"),
    ("vendredi prochain", "fr", "2025-07-04"),
    ("next Friday", "en", "2025-07-11"),
    ("jeudi en huit", "fr", "2025-07-10"),
    ("mardi 4 février 2025", "fr", "2025-02-04"),
    ("dimanche 29 août", "fr", "2027-08-29"),
    ("mercredi de la semaine prochaine", "fr", "2025-07-09"),
    ("le premier lundi de mars 2025", "fr", "2025-03-03"),
    ("the second Friday after Thanksgiving 2024", "en", "2024-12-06"),
    ("ce week-end", "fr", "2025-W27-WE"),
    ("le premier week-end d'octobre", "fr", "2025-W40-WE"),
    ("aujourd'hui", "fr", "2025-07-01"),
    ("hier", "fr", "2025-06-30"),
    ("avant-hier", "fr", "2025-06-29"),
    ("cette semaine", "fr", "2025-W27"),
    ("this working week", "en", "2025-W27"),
    ("dans la semaine", "fr", "2025-W27"),
    ("dans la journée", "fr", "2025-07-01"),
    ("le reste de la journée", "fr", "2025-07-01"),
    ("tout de suite", "fr", "PRESENT_REF"),
    ("la semaine dernière", "fr", "2025-W26"),
    ("la semaine prochaine", "fr", "2025-W28"),
    ("la semaine suivante", "fr", "2025-W28"),
    ("le lendemain du 4 août", "fr", "2025-08-05"),
    ("il y a trois jours", "fr", "2025-06-28"),
    ("dans deux semaines", "fr", "2025-07-15"),
    ("in 1.5 years", "en", "2027"),
    ("three Fridays from now", "en", "2025-07-18"),
    ("a fortnight ago", "en", "2025-06-17"),
    ("two weeks from today", "en", "2025-07-15"),
    ("Thanksgiving in a year", "en", "2026-11-26"),
    ("les quatre prochaines années", "fr", "P4Y"),
    ("the next year", "en", "P1Y"),
    ("les trois derniers mois", "fr", "P3M"),
    ("next hour", "en", "PT1H"),
    ("les 2 mois passés", "fr", "P2M"),
    ("within next 10 months", "en", "P10M"),
    ("5 upcoming years", "en", "P5Y"),
    ("the next 4 business days", "en", "P4D"),
    ("les 3 prochains jours ouvrés", "fr", "P3D"),
    ("2 weeks and 2 days ago", "en", "2025-06-15"),
    ("il y a un an et deux mois", "fr", "2024-05"),
    ("the first 2 weeks of 2021", "en", "P2W"),
    ("les six premiers mois de l'année prochaine", "fr", "P6M"),
    ("the three months to June", "en", "P3M"),
    ("à 15h30", "fr", "2025-07-01T15:30"),
    ("à 15 h", "fr", "2025-07-01T15:00"),
    ("2025-07-01T15:30", "en", "2025-07-01T15:30"),
    ("à midi", "fr", "2025-07-01T12:00"),
    ("à trois heures et quart", "fr", "2025-07-02T03:15"),
    ("4ish pm", "en", "2025-07-01T16:00"),
    ("à 8 heures du soir", "fr", "2025-07-01T20:00"),
    ("18:00 UTC", "en", "2025-07-01T18:00Z"),
    ("in three hours", "en", "2025-07-01T15:00"),
    ("in half an hour", "en", "2025-07-01T12:30:00"),
    ("in 5 days at 9am", "en", "2025-07-06T09:00"),
    ("ce matin", "fr", "2025-07-01TMO"),
    ("cet après-midi", "fr", "2025-07-01TAF"),
    ("ce soir", "fr", "2025-07-01TEV"),
    ("cette nuit", "fr", "2025-07-01TNI"),
    ("la nuit dernière", "fr", "2025-06-30TNI"),
    ("la nuit de lundi à mardi", "fr", "2025-07-07TNI"),
    ("next evening", "en", "2025-07-02TEV"),
    ("tomorrow am", "en", "2025-07-02TMO"),
    ("hier soir", "fr", "2025-06-30TEV"),
    ("le 3 mars à 15h", "fr", "2026-03-03T15:00"),
    ("21 heures, le 14 juillet", "fr", "2025-07-14T21:00"),
    ("vendredi 4 à 15h", "fr", "2025-07-04T15:00"),
    ("the 16th at 8pm", "en", "2025-07-16T20:00"),
    ("this evening at 8", "en", "2025-07-01T20:00"),
    ("tonight at 12", "en", "2025-07-02T00:00"),
    ("tonight at 2am", "en", "2025-07-02T02:00"),
    ("lasted 2h", "en", "PT2H"),
    ("7:00 on Sunday afternoon", "en", "2025-07-06T19:00"),
    ("Sat at 5", "en", "2025-07-05T05:00"),
    ("the first Monday evening of next month", "en", "2025-08-04TEV"),
    ("de 17h à 18h", "fr", "2025-07-01T17:00/2025-07-01T18:00"),
    ("next Friday 2-4 pm", "en", "2025-07-11T14:00/2025-07-11T16:00"),
    ("de 21h aujourd'hui à 7h demain", "fr", "2025-07-01T21:00/2025-07-02T07:00"),
    ("plus tôt cette année", "fr", "2025"),
    ("plus tard cette année", "fr", "2025"),
    ("plus tard ce mois-ci", "fr", "2025-07"),
    ("so far this year", "en", "2025"),
    ("récemment", "fr", "PAST_REF"),
    ("actuellement", "fr", "PRESENT_REF"),
    ("bientôt", "fr", "FUTURE_REF"),
    ("il y a quelques jours", "fr", "PAST_REF"),
    ("il y a quelques semaines", "fr", "PAST_REF"),
    ("dans les prochains jours", "fr", "FUTURE_REF"),
    ("in a few days", "en", "FUTURE_REF"),
    ("dans les semaines à venir", "fr", "FUTURE_REF"),
    ("dans les mois à venir", "fr", "FUTURE_REF"),
    ("dans les années à venir", "fr", "FUTURE_REF"),
    ("à l'avenir", "fr", "FUTURE_REF"),
    ("par le passé", "fr", "PAST_REF"),
    ("le prochain sommet", "fr", "FUTURE_REF"),
    ("ces derniers mois", "fr", "PXM"),
    ("du 3 au 5 mars 2025", "fr", "2025-03-03/2025-03-05"),
    ("from 2011 to the end of 2013", "en", "2011/2013"),
    ("de 2016 à avril 2019", "fr", "2016/2019-04"),
    ("d'octobre à décembre 2019", "fr", "2019-10/2019-12"),
    ("entre fin 2025 et début 2026", "fr", "2025/2026"),
    ("from 2014-2018", "en", "2014/2018"),
    ("between 2015 June and 2018 May", "en", "2015-06/2018-05"),
    ("Jan-Feb 2017", "en", "2017-01/2017-02"),
    ("between August and October", "en", "2025-08/2025-10"),
    ("10/1-11/7", "en", "2025-10-01/2025-11-07"),
    ("3/4-9/4", "fr", "2026-04-03/2026-04-09"),
    ("du 20/06 au 05/07", "fr", "2025-06-20/2025-07-05"),
    ("10 juin au 1er juillet", "fr", "2025-06-10/2025-07-01"),
    ("from 4 to 22 this month", "en", "2025-07-04/2025-07-22"),
    ("from April 27 to the 3rd", "en", "2026-04-27/2026-05-03"),
    ("du jeudi au mardi", "fr", "2025-07-03/2025-07-08"),
    ("la semaine prochaine, entre lundi et jeudi", "fr", "2025-07-07/2025-07-10"),
]

# Entries of a timex column that name what a row's values share, not one value.
_SHARED = re.compile(r"(START|MID|END|BEFORE|AFTER|ON_OR_BEFORE|ON_OR_AFTER|T(MO|AF|EV|NI|MI))")


def _valued_rows() -> list[str]:
    """The rows of the page's tables whose last column, ``timex``, holds one exact value."""
    rows: list[str] = []
    in_timex_table = False
    for line in DOC.read_text(encoding="utf-8").splitlines():
        if not line.startswith("|"):
            in_timex_table = False
        elif line.startswith("| expression |"):
            in_timex_table = line.rstrip().endswith("| timex |")
        elif in_timex_table and not line.startswith("|---"):
            last = re.split(r"(?<!\\)\|", line.strip().strip("|"))[-1].strip()
            if re.fullmatch(r"`[^`]+`", last) and not _SHARED.fullmatch(last.strip("`")):
                rows.append(line)
    return rows


@pytest.mark.parametrize(("text", "lang", "timex"), CASES)
def test_library_gives_the_documented_value(text: str, lang: str, timex: str) -> None:
    value = parse_time(text, lang=lang, reference_date=NOON)
    assert value is not None, f"{text!r} ({lang}) is not read"
    assert value.timex == timex


@pytest.mark.parametrize(("text", "lang", "timex"), CASES)
def test_page_states_the_value(text: str, lang: str, timex: str) -> None:
    rows = [row for row in _valued_rows() if f'"{text}"' in row]
    assert rows, f'no valued row of {DOC.name} lists "{text}"'
    assert any(row.rstrip().endswith(f"| `{timex}` |") for row in rows)


def test_every_valued_row_is_checked() -> None:
    checked = {(text, timex) for text, _, timex in CASES}
    unchecked = [
        row
        for row in _valued_rows()
        if not any(
            f'"{text}"' in row and row.rstrip().endswith(f"| `{timex}` |")
            for text, timex in checked
        )
    ]
    assert not unchecked, "add a case to CASES for each of these rows:\n" + "\n".join(unchecked)
