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


# Lead round (session 15): a three-letter town in a capitals dateline is written as a name
# too ("JOS" is Jos, "KUT" is Kut), as longer ones were.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("JOS, Nigeria (AP) — Gunmen killed four farmers near the city on Monday.", "Jos"),
        ("KUT, Iraq (Reuters) — A car bomb exploded near a market on Friday.", "Kut"),
    ],
)
def test_a_three_letter_dateline_in_capitals_is_written_as_a_name(text, expected):
    assert [c.written_as for c in extract_page(text).cities] == [expected]
