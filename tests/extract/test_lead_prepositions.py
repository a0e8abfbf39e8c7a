"""lead_prepositions.py: a run opened by a capitalised preposition (expectations by hand)."""

import pytest

from app.extract import extract_page


def villages(text: str) -> set[str]:
    return {c.name for c in extract_page(text).cities if c.geonames_id is None}


# cities19: a settlement word between the name and the comma still closes the phrase ("At
# Jar Kuka community, one was killed"), whatever place GeoNames knows by a word of it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bandits raided three villages in Nigeria. At Jar Kuka community, two died.",
            {"Jar Kuka"},
        ),
        (
            "Bandits raided three villages in Nigeria. In Gidan Bawa village, two died.",
            {"Gidan Bawa"},
        ),
    ],
)
def test_a_lead_preposition_before_a_settlement_word(text, expected):
    assert villages(text) == expected


def cities(text: str) -> set[str]:
    return {c.name for c in extract_page(text).cities}


# cities27: a sentence's capitalised "The" before a name is the article, no word of the
# name: "The Tumbuli village was raided" names the village Tumbuli, and "The Sabon Gari
# attack" is a town's name as a modifier, no village "The Sabon Gari".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen struck again in Mali on Monday. The Tumbuli village of Bankass circle was"
            " raided before dawn.",
            {"Tumbuli"},
        ),
        (
            "Fighting went on in Azerbaijan. The Karmir Shuka village was shelled on Sunday.",
            {"Karmir Shuka"},
        ),
        ("Fear spread in Nigeria. The Ungwan Rimi attack left nine dead, police said.", set()),
        # A country whose name opens with "The" is still the country.
        ("Talks resumed on Monday. The Gambia sent envoys to Dakar.", {"Dakar"}),
    ],
)
def test_a_sentences_the_is_no_word_of_the_name(text, expected):
    assert cities(text) == expected
