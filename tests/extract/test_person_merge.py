"""person_merge.py: one entry per person in an article. Each case is written by hand."""

import pytest

from app.extract import extract_page


def people(text: str) -> dict[str, int]:
    return {p.name: p.count for p in extract_page(text).persons}


LONE_WORDS_JOIN = [
    # A given name used alone, as Ethiopian and Eritrean names are, is the person named in
    # full ("Abiy" is Abiy Ahmed), not a person of its own.
    (
        "Prime Minister Abiy Ahmed ordered the offensive. Abiy said the operation would end.",
        {"Abiy Ahmed": 2},
    ),
    # A surname one letter off from the full name's, later in the same article.
    (
        "The district administrator, Orlando Mudumane, said the attack lasted hours. "
        "Modumane said the insurgents set up barricades.",
        {"Orlando Mudumane": 2},
    ),
    # The second surname alone with the rank, misspelt by a letter.
    (
        "General Luis Danilo Murcia Caro said the pipeline was safe. The General Marcia Caro "
        "commands the task force.",
        {"Luis Danilo Murcia Caro": 2},
    ),
    # A bare mention before the one the sentence vouches for counts for the same person.
    (
        "Oduya lost two sons in the raid. Oduya, who now lives in a camp, wants to go home.",
        {"Oduya": 2},
    ),
]


@pytest.mark.parametrize(("text", "expected"), LONE_WORDS_JOIN)
def test_lone_words_join_the_person_they_name(text, expected):
    assert people(text) == expected


NEVER_JOIN = [
    # Different surnames two letters apart stay two people.
    (
        "Commander Yusuf Abdalla led the assault. Commander Omar Abdulla held the bridge.",
        {"Yusuf Abdalla", "Omar Abdulla"},
    ),
    # The same given name, surnames with other consonants.
    (
        "Governor Hani bin Breik was dismissed. Minister Hani bin Barakat said nothing.",
        {"Hani bin Breik", "Hani bin Barakat"},
    ),
    # Hassan and Hussein share their consonants but are two names.
    (
        "Ali Hassan said on Monday that he had fled. Ali Hussein said he stayed.",
        {"Ali Hassan", "Ali Hussein"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEVER_JOIN)
def test_different_people_stay_apart(text, expected):
    assert set(people(text)) == expected
