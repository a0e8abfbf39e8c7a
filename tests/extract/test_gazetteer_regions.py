"""gazetteer_regions.py and the index's region look-ups: ISO regions linked to GeoNames.

Expected values are ISO 3166-2 codes and GeoNames ids as published (Aleppo 170063,
Al Qunaytirah 173334, Donetsk 709717, Douma 170592).
"""

import pytest

from app.extract.gazetteer import gazetteer, place_aliases


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Aleppo", "SY-HL"),  # ISO "Ḩalab", found under the city's English name
        ("Halab", "SY-HL"),
        ("Borno", "NG-BO"),  # named after no city: its ISO name
        ("Donetsk", "UA-14"),  # ISO "Donetska oblast", by its centre's name
        ("Zaporizhzhia", "UA-23"),
        ("Upper Nile", "SS-NU"),
    ],
)
def test_regions_are_found_under_their_common_names(name, code):
    assert code in [r.code for r in gazetteer().regions.lookup(name)]


@pytest.mark.parametrize(
    ("city", "country", "code"),
    [
        ("Aleppo", "SY", "SY-HL"),
        ("Raqqa", "SY", "SY-RA"),
        ("Douma", "SY", "SY-RD"),  # Rif Dimashq, linked as Syria's last unlinked region
        ("Kharkiv", "UA", "UA-63"),
        ("Chicago", "US", "US-IL"),  # GeoNames' admin1 "IL" is the ISO code itself
        ("London", "GB", "GB-ENG"),
    ],
)
def test_a_city_knows_its_region(city, country, code):
    gaz = gazetteer()
    (place,) = [c for c in gaz.lookup(city) if c.country_code == country][:1]
    assert gaz.region_of(place) == code


def test_place_aliases_list_the_spellings_a_search_should_match():
    aliases = place_aliases(173334)  # Quneitra, GeoNames "Al Qunaytirah"
    assert {"quneitra", "qunaytirah", "al qunaytirah", "kuneitra"} <= set(aliases)


def test_city_sections_are_not_places():
    assert not [c for c in gazetteer().cities.values() if c.name.startswith("Paris 0")]
