"""gazetteer_regions.py and the index's region look-ups: ISO regions linked to GeoNames.

Expected values are ISO 3166-2 codes and GeoNames ids as published (Aleppo 170063,
Al Qunaytirah 173334, Donetsk 709717, Douma 170592), and the regions the cities are in,
written from an atlas (Mosul is in Nineveh, Nice in Provence-Alpes-Côte d'Azur).
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


@pytest.mark.parametrize(
    ("city", "country", "code", "region"),
    [
        # The cities the name heuristics placed wrongly or nowhere.
        ("Nice", "FR", "FR-PAC", "Provence-Alpes-Cote-d'Azur"),  # was Saint-Barthélemy
        ("Marseille", "FR", "FR-PAC", "Provence-Alpes-Cote-d'Azur"),
        ("Paris", "FR", "FR-IDF", "Ile-de-France"),
        ("Lyon", "FR", "FR-ARA", "Auvergne-Rhone-Alpes"),
        ("Mosul", "IQ", "IQ-NI", "Nineveh Governorate"),
        ("Ramadi", "IQ", "IQ-AN", "Al Anbar Governorate"),
        ("Fallujah", "IQ", "IQ-AN", "Al Anbar Governorate"),
        ("Tikrit", "IQ", "IQ-SD", "Salah ad Din Governorate"),
        ("Erbil", "IQ", "IQ-AR", "Erbil Governorate"),  # ISO nests it in Kurdistan
        ("Washington", "US", "US-DC", "District of Columbia"),  # not Washington State
        ("Seattle", "US", "US-WA", "Washington State"),
        ("Brussels", "BE", "BE-BRU", "Brussels Capital Region"),
        ("Manila", "PH", "PH-00", "National Capital Region"),
        ("Kismayo", "SO", "SO-JH", "Jubbada Hoose Region"),
        ("Nyala", "SD", "SD-DS", "South Darfur State"),
        ("El Fasher", "SD", "SD-DN", "North Darfur State"),
        ("Maiduguri", "NG", "NG-BO", "Borno State"),
        ("Kandahar", "AF", "AF-KAN", "Kandahar Province"),
        ("Misrata", "LY", "LY-MI", "Misrata District"),
        ("Marib", "YE", "YE-MA", "Marib Governorate"),
        ("Aden", "YE", "YE-AD", "Aden Governorate"),
        # Kyiv is a region of its own; the oblast around it is named after it.
        ("Kyiv", "UA", "UA-30", "Kyiv"),
        ("Bila Tserkva", "UA", "UA-32", "Kyiv Oblast"),
        ("Bakhmut", "UA", "UA-14", "Donetsk Oblast"),
        ("Gao", "ML", "ML-7", "Gao Region"),
        ("Glasgow", "GB", "GB-SCT", "Scotland"),
        ("Aleppo", "SY", "SY-HL", "Aleppo Province"),
    ],
)
def test_a_city_is_in_its_region_under_its_english_name(city, country, code, region):
    gaz = gazetteer()
    (place,) = [c for c in gaz.lookup(city) if c.country_code == country][:1]
    assert gaz.region_of(place) == code
    assert gaz.regions.regions[code].name == region


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Nineveh", "IQ-NI"),  # GeoNames' English name; ISO says "Nīnawá"
        ("Anbar", "IQ-AN"),
        ("Brussels Capital", "BE-BRU"),
        ("Tigray", "ET-TI"),  # ISO "Tigrai"
        ("Kebbi", "NG-KE"),  # was shown as "Kebbe", a village in another state
    ],
)
def test_regions_are_found_under_geonames_english_names(name, code):
    assert [r.code for r in gazetteer().regions.lookup(name)][:1] == [code]


def test_a_place_outside_a_region_does_not_name_it():
    """New Mexico is not named after Mexico, Missouri, nor found as "Mexico"."""
    regions = gazetteer().regions
    assert regions.regions["US-NM"].name == "New Mexico State"
    assert "US-NM" not in [r.code for r in regions.lookup("Mexico")]


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("GB-BST", "City of Bristol"),  # ISO "Bristol, City of"
        ("GB-DUR", "County Durham"),  # ISO "Durham, County"
        ("RU-DA", "Dagestan"),  # ISO "Dagestan, Respublika"
        ("FR-95", "Val-d'Oise"),  # an elision keeps its apostrophe
        ("SY-RD", "Rif Dimashq Province"),  # GeoNames' "Damascus Countryside" is no name
        ("IQ-SU", "Sulaymaniyah Governorate"),
        ("IQ-KR", "Kurdistan Region"),  # ISO "Iqlīm Kūrdistān": iqlim is "region"
        # Ukrainian oblasts are adjectives of a place's name: the place's name is shown.
        ("UA-07", "Volyn Oblast"),  # ISO "Volynska oblast"
        ("UA-56", "Rivne Oblast"),
        ("UA-35", "Kirovohrad Oblast"),  # its centre is Kropyvnytskyi now
    ],
)
def test_iso_names_are_shown_the_english_way(code, name):
    assert gazetteer().regions.regions[code].name == name


def test_place_aliases_list_the_spellings_a_search_should_match():
    aliases = place_aliases(173334)  # Quneitra, GeoNames "Al Qunaytirah"
    assert {"quneitra", "qunaytirah", "al qunaytirah", "kuneitra"} <= set(aliases)


def test_city_sections_are_not_places():
    assert not [c for c in gazetteer().cities.values() if c.name.startswith("Paris 0")]
