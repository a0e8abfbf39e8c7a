"""gazetteer_build.py: which name forms find a place.

Expected places written from an atlas: Marawi (GeoNames "Marawi City", 1701053) is the
Philippine city of about 200,000 that news calls Marawi; Ciudad Juárez (4013708) is the
border city news calls Juárez. Oklahoma, Kansas, Panama and Mexico are a state or a country
before they are the short name of a city."""

import pytest

from app.extract.gazetteer import gazetteer


@pytest.mark.parametrize(
    ("form", "geonames_id", "name"),
    [
        ("Marawi", 1701053, "Marawi"),  # before Merowe, Sudan (10,000), also "Marawi"
        ("Juarez", 4013708, "Ciudad Juarez"),
        ("Juárez", 4013708, "Ciudad Juarez"),
    ],
)
def test_a_city_is_found_without_its_word_for_city(form, geonames_id, name):
    first = gazetteer().lookup(form)[0]
    assert (first.geonames_id, first.name) == (geonames_id, name)


@pytest.mark.parametrize(
    ("form", "city_id"),
    [
        ("Oklahoma", 4544349),  # Oklahoma City
        ("Kansas", 4393217),  # Kansas City, Missouri
        ("Panama", 3703443),  # Panama City
        ("Mexico", 3530597),  # Mexico City
    ],
)
def test_a_state_or_country_name_is_not_a_short_form_of_its_city(form, city_id):
    assert city_id not in [c.geonames_id for c in gazetteer().lookup(form)]
