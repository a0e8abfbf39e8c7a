"""village_district.py: "VILLAGE DISTRICT" addresses ("from Barpora Pulwama"); expectations
written by hand (Pulwama, Shopian and Sopore are Kashmiri towns GeoNames knows; Tozanpura,
Gulmarpora, Rangwani and Kanibal are not in it)."""

import pytest

from app.extract import extract_page
from app.extract.gazetteer import gazetteer
from app.extract.village_district import village_then_town


@pytest.mark.parametrize(
    ("run", "expected"),
    [
        ("Gulmarpora Pulwama", 1),
        ("Tozanpura Rangwani Shopian", 2),
        # A given name opens a person's name ("Bashir Sopore" is no address).
        ("Bashir Sopore", 0),
        ("Abid Ahmad Sheikh", 0),
        # The last word must be a town of the article's country.
        ("Gulmarpora Kanibal", 0),
        # An English word opens no village's name, nor a people's name or a country's
        # flattened possessive ("in Syrias Idlib province").
        ("Police Pulwama", 0),
        ("Kashmiri Pulwama", 0),
        ("Indias Pulwama", 0),
    ],
)
def test_village_then_town(run, expected):
    assert village_then_town(run.split(), gazetteer(), {"IN"}) == expected


def test_no_address_in_a_country_the_article_does_not_name():
    assert village_then_town(["Gulmarpora", "Pulwama"], gazetteer(), {"NG"}) == 0


def test_addresses_are_places_not_persons():
    """Both militants are persons; each address is a village and its district town,
    except a town the text calls a district ("in Shopian district")."""
    text = (
        "SRINAGAR, India - Two militants were killed in Kashmir. They were identified as "
        "Abid Ahmad Sheikh from Gulmarpora Pulwama and Majid Nazir Wani from Rangwani "
        "Sopore. A third man from Kanibal Shopian escaped to the hills of Shopian district."
    )
    e = extract_page(text)
    persons = {p.name for p in e.persons}
    cities = {c.name for c in e.cities}
    assert {"Abid Ahmad Sheikh", "Majid Nazir Wani"} <= persons
    assert not persons & {"Gulmarpora Pulwama", "Rangwani Sopore", "Kanibal Shopian"}
    assert {"Srinagar", "Gulmarpora", "Pulwama", "Rangwani", "Sopore", "Kanibal"} <= cities
    assert "Shopian" not in cities
