"""gazetteer_admin1.py: GeoNames admin1 codes paired with ISO 3166-2, and English names.

Expected pairs from GeoNames' admin1CodesASCII as published ("IQ.15 Nineveh", "FR.93
Provence-Alpes-Côte d'Azur", "US.DC Washington, D.C.", "BE.BRU Brussels Capital").
"""

import pytest

from app.extract.gazetteer_admin1 import Admin1, admin1_crosswalk, english_name


@pytest.fixture(scope="module")
def crosswalk() -> dict[str, Admin1]:
    return admin1_crosswalk()


@pytest.mark.parametrize(
    ("code", "country", "admin1"),
    [
        ("IQ-NI", "IQ", "15"),
        ("IQ-AN", "IQ", "01"),
        ("IQ-AR", "IQ", "11"),  # nested under IQ-KR in ISO, an admin1 area in GeoNames
        ("FR-PAC", "FR", "93"),
        ("FR-IDF", "FR", "11"),
        ("US-DC", "US", "DC"),
        ("BE-BRU", "BE", "BRU"),
        ("SY-HL", "SY", "09"),
        ("UA-32", "UA", "13"),  # Kyiv Oblast; the city of Kyiv is UA-30, "12"
        ("UA-30", "UA", "12"),
    ],
)
def test_iso_regions_know_their_geonames_admin1_code(crosswalk, code, country, admin1):
    area = crosswalk[code]
    assert (area.country_code, area.admin1) == (country, admin1)


def test_departments_are_not_first_level_areas(crosswalk):
    """French departments are GeoNames admin2 ("FR.93.06"): no city's region."""
    assert "FR-06" not in crosswalk


@pytest.mark.parametrize(
    ("iso", "aliases", "type_word", "expected"),
    [
        # An ISO transliteration GeoNames does not use: its English name.
        ("Ninawa", ("Nineveh", "Nineveh Governorate"), "Governorate", "Nineveh"),
        # The ISO form is GeoNames' too: only a translation of it, far more written.
        (
            "Bruxelles-Capitale",
            ("Bruxelles-Capitale", "Brussels Capital"),
            "Region",
            "Brussels Capital",
        ),
        (
            "Rif Dimashq",
            ("Damascus Countryside", "Rif-dimashq Governorate"),
            "Province",
            "Rif Dimashq",
        ),
        # Titles, numbers and common words are no names.
        ("Sachsen", ("Free State of Saxony",), "State", "Sachsen"),
        ("Ilocos", ("Region I",), "Region", "Ilocos"),
        ("Al Janubi", ("Southern District",), None, "Al Janubi"),
        # Rarely written names say nothing about which is English.
        ("Eschen", ("Escha",), None, "Eschen"),
    ],
)
def test_english_name(iso, aliases, type_word, expected):
    area = Admin1("XX-YY", "XX", "01", aliases)
    assert english_name(iso, area, type_word) == expected
