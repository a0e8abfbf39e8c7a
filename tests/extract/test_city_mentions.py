"""city_mentions.py: a place named as the article writes it.

Expectations written by hand from fresh datelines (review14).
"""

import pytest

from app.extract import extract_page
from app.extract.city_mentions import capitalised


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("PORT-AU-PRINCE", "Port-au-Prince"),
        ("SAINT-MARC", "Saint-Marc"),
        ("BEIT-HANOUN", "Beit-Hanoun"),
        ("RAS-AL-AIN", "Ras-al-Ain"),
        ("AL-BAB", "Al-Bab"),
        ("PONT-SONDÉ", "Pont-Sondé"),
        ("GAZA", "Gaza"),
    ],
)
def test_a_word_in_capitals_is_capitalised_part_by_part(word, expected):
    assert capitalised(word) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "PORT-AU-PRINCE, Haiti (AP) — Gangs attacked a police station on Thursday.",
            "Port-au-Prince",
        ),
        (
            "SAINT-MARC, Haiti (Reuters) — Gang members killed 70 people, officials said.",
            "Saint-Marc",
        ),
        ("BEIT-HANOUN, Gaza Strip (AFP) — Israeli tanks pushed in on Monday.", "Beit-Hanoun"),
    ],
)
def test_a_hyphenated_dateline_in_capitals_is_written_part_by_part(text, expected):
    assert [c.written_as for c in extract_page(text).cities] == [expected]
