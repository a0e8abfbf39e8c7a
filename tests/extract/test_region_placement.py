"""region_placement.py: a name GeoNames lacks, placed by the region named right after it.

Expectations written by hand from reading each text.
"""

import pytest

from app.extract import extract_page


def places(text: str) -> dict[str, str]:
    """Each city or village found, with its country."""
    return {c.name: c.country_code for c in extract_page(text).cities}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia's defence ministry said its forces had taken Ostrivske, in the southeast "
            "corner of the Dnipropetrovsk region.",
            {"Ostrivske": "UA"},
        ),
        (
            "Gunmen stormed Novoocheretuvate, in the western part of the Donetsk region, "
            "Ukraine's army said.",
            {"Novoocheretuvate": "UA"},
        ),
        # A township is an administrative unit, so Kanbalu is not listed.
        (
            "Junta jets bombed Pazi Gyi, in the Kanbalu township of Sagaing region, killing "
            "160 people.",
            {"Pazi Gyi": "MM"},
        ),
        # A first-level region's own name places it too ("southern Helmand").
        (
            "Fighters fled from Shamalan in southern Helmand on Monday, Afghan officials said.",
            {"Shamalan": "AF"},
        ),
        ("British troops cleared Babaji in central Helmand province.", {"Babaji": "AF"}),
    ],
)
def test_a_name_placed_in_a_region_is_a_village(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Words, people, peoples and groups before "in ... region" are no villages.
        "Meanwhile, in the Donetsk region, shelling continued overnight.",
        "Officials in Kherson region said two people were wounded.",
        "Kurds in Hasakah province fled the fighting, Syrian activists said.",
        "President Volodymyr Zelensky, in a visit to the Kharkiv region, praised the troops.",
        # The region must be in the same clause as the name.
        "Troops left Bakhiva in a hurry. The Donetsk region was quiet on Monday.",
    ],
)
def test_no_village_from_other_runs_before_a_region(text):
    assert places(text) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A unit below a region right after the name that follows "in": Nigeria's local
        # government areas, Indonesia's regencies.
        (
            "Police in Nigeria recalled the invasion of Tahwol in Mangu Local Government Area "
            "last month.",
            {"Tahwol": "NG"},
        ),
        ("Police in Nigeria recalled the invasion of Tahwol in Mangu LGA.", {"Tahwol": "NG"}),
        (
            "Rebels burned the school at Kisor in Maybrat regency, officials in Indonesia said.",
            {"Kisor": "ID"},
        ),
        # ... not a person's name before another place the unit places.
        (
            "Fighters killed a vigilante leader, Umaru Kadiri in Buni Gari at Gujba local "
            "government area, in Nigeria.",
            {},
        ),
    ],
)
def test_a_unit_below_a_region_places_a_village(text, expected):
    assert places(text) == expected


# cities19: Congo's territories are units below a province.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "M23 rebels in Congo took Kalengera in Rutshuru territory on Sunday.",
            {"Kalengera": "CD"},
        ),
        (
            "Militia fighters in Congo burned Nyamilima in Beni territory on Sunday.",
            {"Nyamilima": "CD"},
        ),
    ],
)
def test_a_territory_places_a_village(text, expected):
    assert places(text) == expected
