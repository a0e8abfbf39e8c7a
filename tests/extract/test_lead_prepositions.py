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
