"""countries.py: the countries an article names (expectations written by hand)."""

import pytest

from app.extract import extract_page
from app.extract.chunks import chunks
from app.extract.countries import countries_mentioned
from app.extract.gazetteer import gazetteer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Strikes in Syria and Iraq killed dozens.", {"SY", "IQ"}),
        # Flattened text drops the apostrophe of "Syria's".
        ("Russian strikes kill 34 civilians in Syrias Deir Ezzor Monitor", {"RU", "SY"}),
        ("Iraqs army and Irans advisers met.", {"IQ", "IR"}),
        # A word that merely ends in "s" names nothing.
        ("Officials said the talks in Geneva went on.", set()),
        # A country's name names no other country with its last word.
        ("Cattle raiders crossed into South Sudan on Monday.", {"SS"}),
        ("Troops from Papua New Guinea and Sudan arrived.", {"PG", "SD"}),
        # Burma is Myanmar's other name in news copy (titles7 round).
        ("Refugees crossed from Burma into Thailand.", {"MM", "TH"}),
    ],
)
def test_countries_mentioned(text, expected):
    assert countries_mentioned(chunks(text), gazetteer()) == expected


# cities15: short and former names news copy still writes.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops shelled villages in eastern Burma on Monday.", {"MM"}),
        ("PRIZREN, Yugoslavia - Serbian police left the town.", {"RS"}),
        ("Refugees returned to Bosnia-Herzegovina and East Timor.", {"BA", "TL"}),
        ("Fighting spread across the Democratic Republic of Congo.", {"CD"}),
        # cities20: Kosovo's Albanian name in its war years' copy
        ("The Kosova Liberation Army stored its weapons near the border.", {"XK"}),
    ],
)
def test_short_and_former_country_names(text, expected):
    assert countries_mentioned(chunks(text), gazetteer()) == expected


# cities19: demonyms the suffix rule cannot derive name their country, and so do short
# names; a lake or a sea named after a country names none.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cameroonian soldiers and Chadian troops crossed the river.", {"CM", "TD"}),
        ("A Mozambican official met Zimbabwean and Burundian envoys.", {"MZ", "ZW", "BI"}),
        ("The Mexican army and Haitian police trained together.", {"MX", "HT"}),
        ("Gunmen struck in the centre-west of Burkina on Sunday.", {"BF"}),
        ("Refugees met Ivorian and Ghanaian officials.", {"CI", "GH"}),
        ("Fishermen on Lake Chad fled to Nigeria.", {"NG"}),
        ("Attacks around the Lake Chad Basin rose this year.", set()),
        ("The tanker was seized in the Gulf of Oman on Monday.", set()),
        ("Troops from Chad and Oman arrived.", {"TD", "OM"}),
        # Nigeria's Niger State names Nigeria, not Niger; a state of a country is its own.
        ("Gunmen abducted farmers in Niger State on Sunday.", {"NG"}),
        ("Gunmen abducted farmers in Niger state on Sunday.", {"NG"}),
        ("Gunmen abducted farmers in Niger on Sunday.", {"NE"}),
        ("Leaders backed a Palestinian state on Sunday.", {"PS"}),
        ("Georgia state media said the talks failed.", {"GE"}),
    ],
)
def test_demonyms_short_names_and_waters(text, expected):
    assert countries_mentioned(chunks(text), gazetteer()) == expected


# A country after a place's comma that opens the next clause (a verb, a possessive's noun or
# title after it) does not place the place in that country.
CLAUSE_AFTER_THE_PLACE = [
    ("Ukrainian troops shelled Kherson, Russia said on Tuesday.", {"Kherson"}),
    ("Ukrainian forces hit Kherson, Russia's Defence Ministry said on Monday.", {"Kherson"}),
    ("Ukrainian drones struck Belgorod, Ukraine's army said on Monday.", {"Belgorod"}),
    # ... while the place's own country after the comma still places it.
    ("Fighting went on in Kani, Myanmar, on Monday, Burmese media said.", {"Kani"}),
]


@pytest.mark.parametrize(("text", "cities"), CLAUSE_AFTER_THE_PLACE)
def test_a_country_opening_the_next_clause_places_nothing(text, cities):
    assert {c.name for c in extract_page(text).cities} == cities
