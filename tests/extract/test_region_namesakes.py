"""region_namesakes.py: a bare region name is the region, not a small namesake.

Expectations written by hand from reading each text.
"""

import pytest

from app.extract import extract_page


def cities(text: str) -> set[tuple[str, str]]:
    return {(c.name, c.country_code) for c in extract_page(text).cities}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A state named bare is no hamlet of that name (Sinaloa, Chiapas: 1,020 people).
        ("Gunmen killed 12 people in Sinaloa, officials in Mexico said.", set()),
        ("Troops were sent to Michoacan and Guerrero, Mexico's government said.", set()),
        ("Rebels advanced in Narino and Cauca, Colombia.", set()),
        # ... nor a place abroad under another spelling (Borna, Germany; Qinzhou, China).
        ("Boko Haram Attacks 2 Villages In Borno, Kills Over 21", set()),
        ("The army shelled villages in Chin and Sagaing, Myanmar.", {("Sagaing", "MM")}),
        # ... nor a hamlet abroad under the same name (Faryab, Iran: 4,863).
        ("Clashes in Faryab killed 10, Afghan officials said.", set()),
        # A region named after its own town leaves the town (the annotation rules list a
        # name that is both as the city when the text leaves it unclear).
        ("Kidal was retaken by the Malian army.", {("Kidal", "ML")}),
        (
            "Fighting in Tanintharyi displaced villagers in Myanmar.",
            {("Tanintharyi", "MM")},
        ),
        # A big city keeps its name beside a region that shares it.
        (
            "US officials in Washington said talks in Damascus failed.",
            {("Washington", "US"), ("Damascus", "SY")},
        ),
        # The text calls it a town: the town.
        ("Gunmen attacked the town of Guerrero in Coahuila, Mexico.", {("Guerrero", "MX")}),
        # A town abroad of the article's country, under its own name, stays (Karak,
        # Pakistan; Karak is also a governorate of Jordan).
        (
            "Police in Peshawar said five policemen were ambushed in Karak, Pakistan.",
            {("Peshawar", "PK"), ("Karak", "PK")},
        ),
    ],
)
def test_bare_region_names(text, expected):
    assert cities(text) == expected


def test_villages_near_a_bare_region_take_its_country():
    # "Borno" is no German Borna: the villages named beside it are Nigerian.
    text = (
        "Boko Haram Attacks 2 Villages In Borno, Kills Over 21\n\n"
        "The terrorists attacked Mbuta and Alkideow villages located at the central part "
        "of Borno in the early morning hours of Thursday, killing over 21."
    )
    assert cities(text) == {("Mbuta", "NG"), ("Alkideow", "NG")}


# lead20: GeoNames gives a province's small capital the province's name as another name
# (Mehtar Lam is "Laghman", Jabal os Saraj "Parwan", the City of Isabela "Basilan"); the
# bare name is the province. A town bearing the name as its own stays a town ("Karak City",
# "Si Sa Ket" written "Sisaket"), and so does a city of 100,000 or more under an old or
# other name ("Mecca").
@pytest.mark.parametrize(
    ("text", "expected_cities", "expected_regions"),
    [
        ("Fighting raged in Laghman, Afghan officials said.", set(), {"Laghman Province"}),
        (
            "Troops were sent into Parwan after the attack, Afghan officials said.",
            set(),
            {"Parwan Province"},
        ),
        ("Clashes with Abu Sayyaf went on across Basilan, the Philippine army said.", set(), set()),
        ("Farmers marched through Sisaket, Thailand, on Monday.", {("Sisaket", "TH")}, set()),
        ("Gunmen attacked the castle in the town of Karak, Jordan.", {("Karak", "JO")}, set()),
        ("Pilgrims returned from Mecca, Saudi officials said.", {("Mecca", "SA")}, set()),
    ],
)
def test_a_provinces_name_given_to_its_capital_names_the_province(
    text, expected_cities, expected_regions
):
    page = extract_page(text)
    assert {(c.text_name, c.country_code) for c in page.cities} == expected_cities
    assert {r.name for r in page.regions} == expected_regions


# cities42: a town of the article's country written in another spelling that is also a
# region's name abroad ("al-Khoms": Libya's Khums, Syria's Homs governorate) is the town when
# the article never names the region's country; a region of a country the article names stays
# the region.
OTHER_SPELLING_ABROAD = [
    ("Tramadol is imported via ports such as Misrata and al-Khoms in Libya.", {"Misrata", "Khums"}),
    ("Fighters moved from al-Khoms to Tripoli, Libya, on Monday.", {"Khums", "Tripoli"}),
    (
        "The road between Zlitan and al-Khoms was closed, officials in Libya said.",
        {"Zliten", "Khums"},
    ),
    # near miss: the region of the article's own country
    ("Boko Haram attacked villages in Borno, Nigeria, on Sunday.", set()),
]


@pytest.mark.parametrize(("text", "expected"), OTHER_SPELLING_ABROAD)
def test_another_spelling_of_a_local_town_is_no_region_abroad(text, expected):
    assert {c.name for c in extract_page(text).cities} == expected


# lead20: a region of the country the article names is what its bare name means there, not
# a city of another country the article never names, even when that country has a region of
# the name too (Antakya is "Antioquia" and Turkey's Hatay too; Argentina has a Cordoba
# province). Near miss: the city's own country named.
@pytest.mark.parametrize(
    ("text", "expected_cities", "expected_regions"),
    [
        (
            "Fighting raged in Antioquia, Colombian officials said.",
            set(),
            {"Antioquia Department"},
        ),
        ("Rebels blew up power towers in Cordoba, Colombian officials said.", set(), set()),
        ("The train crashed near Cordoba, Spain, on Sunday.", {("Cordoba", "ES")}, set()),
        (
            "Pilgrims walked from Antakya to the coast, Turkish media said.",
            {("Antakya", "TR")},
            set(),
        ),
    ],
)
def test_a_region_of_the_articles_country_before_a_city_abroad(
    text, expected_cities, expected_regions
):
    page = extract_page(text)
    assert {(c.text_name, c.country_code) for c in page.cities} == expected_cities
    assert {r.name for r in page.regions} == expected_regions
