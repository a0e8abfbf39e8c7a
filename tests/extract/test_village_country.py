"""village_country.py: the country a village lies in when no sentence tells.

Expectations written by hand: each tuple is (line, offset, country, region) as the city
finder records the places an article names.
"""

import pytest

from app.extract import extract_page
from app.extract.village_country import country_most_placed


@pytest.mark.parametrize(
    ("countries", "expected"),
    [
        (["UA", "UA", "RU"], "UA"),  # two Ukrainian places against one Russian
        (["UA", "UA", "UA", "RU", "RU"], None),  # three against two: no clear lead
        (["UA", "RU"], None),  # one each
        (["UA"], None),  # a single place decides nothing
        (["NE", "NE", "NE", "BF"], "NE"),
        ([], None),
    ],
)
def test_country_most_placed(countries, expected):
    places = [(i, 0, cc, None) for i, cc in enumerate(countries)]
    assert country_most_placed(places) == expected


def test_a_village_in_a_two_country_story_lies_where_its_places_are():
    # Russia and Ukraine are both named twice, so no country leads by name; the places
    # named (Kyiv, Kharkiv, Moscow) say the village is Ukrainian.
    text = (
        "Russia and Ukraine traded blame on Monday.\n\n"
        "Officials in Kyiv said Russian forces shelled the village of Novoyakovlivka "
        "overnight, hitting a school.\n\n"
        "The shelling also reached Kharkiv, Ukraine said, while Moscow said Russia had hit "
        "only military targets."
    )
    found = {(c.name, c.country_code) for c in extract_page(text).cities}
    assert found == {
        ("Kyiv", "UA"),
        ("Novoyakovlivka", "UA"),
        ("Kharkiv", "UA"),
        ("Moscow", "RU"),
    }
