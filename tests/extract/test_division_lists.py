"""division_lists.py: names listed after a plural word for administrative units are the
units, not towns. Expectations written by hand from reading each text."""

import pytest

from app.extract import extract_page
from app.extract.chunks import chunks
from app.extract.division_lists import DivisionLists


def cities(text: str) -> set[str]:
    """The text's spelling of each city found."""
    return {(c.aliases or (c.name,))[0] for c in extract_page(text).cities}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Every name of a list opened by "the townships of": townships, however known.
        (
            "Fighting displaced families from the townships of Kyaukme, Hsipaw, Lashio, and "
            "Namtu in northern Shan State, Myanmar.",
            set(),
        ),
        # "districts such as": the same.
        (
            "Violence spread to districts such as Mocimboa da Praia, Palma and Montepuez in "
            "Mozambique.",
            set(),
        ),
        # "tehsils of": subdivisions named after their towns.
        (
            "Curfew was imposed in the tehsils of Poonch, Mendhar and Surankote in Jammu "
            "and Kashmir, India.",
            set(),
        ),
        # ... and so is a list of provinces, whatever big cities share their names (session
        # 18: the annotation rules list no province; the list was kept before for FA-KES).
        ("Drought hit provinces including Herat, Kandahar and Balkh in Afghanistan.", set()),
        (
            "Clashes broke out in the central provinces of Hama and Homs, Syrian monitors said.",
            set(),
        ),
        (
            "Air raids struck rebel positions in the provinces of Daraa and Quneitra, Syria.",
            set(),
        ),
        (
            "Herders clashed with farmers in the central regions of Kayes, Koulikoro and "
            "Sikasso, Mali.",
            set(),
        ),
        (
            "Drones hit power plants in the oblasts of Poltava and Chernihiv, Ukraine.",
            set(),
        ),
        (
            "Floods cut roads in the governorates of Lahj and Abyan, Yemen.",
            set(),
        ),
        (
            "Bandits raided farms in the states of Katsina and Sokoto in Nigeria.",
            set(),
        ),
        # ... while the same name written as a town elsewhere is the town.
        (
            "Curfews were declared in the provinces of Hama and Idlib. In the city of Idlib, "
            "shops stayed shut, Syria.",
            {"Idlib"},
        ),
        ("Fighting raged in the governorates of Taiz, Marib and Jawf in Yemen.", set()),
        # ... a town named after the list, outside it, is a town.
        (
            "Refugees left the districts of Kyaukme and Hsipaw for Mandalay, Myanmar.",
            {"Mandalay"},
        ),
        # ... a list ends with its name after "and": a comma after it opens another phrase,
        # whose towns are towns (review21 probes).
        (
            "Curfews were imposed in the states of Borno and Yobe, Maiduguri and Damaturu "
            "were locked down, Nigeria.",
            {"Maiduguri", "Damaturu"},
        ),
        (
            "Jets pounded the provinces of Idlib and Hama, Aleppo and Latakia were spared, "
            "monitors in Syria said.",
            {"Aleppo", "Latakia"},
        ),
        (
            "Heat gripped the provinces of Sindh and Punjab, Karachi and Lahore among the "
            "hottest cities of Pakistan.",
            {"Karachi", "Lahore"},
        ),
        # ... while the list runs on over "and" and commas before it ends.
        (
            "Floods hit the provinces of Baghlan, Takhar and Badakhshan and Kunduz, Afghanistan.",
            set(),
        ),
        # ... and a list of cities or villages is untouched.
        (
            "Aid convoys reached the towns of Kunduz, Baghlan and Pul-e-Khumri in Afghanistan.",
            {"Kunduz", "Baghlan", "Pul-e-Khumri"},
        ),
    ],
)
def test_names_listed_after_a_unit_plural_are_no_cities(text, expected):
    assert cities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the municipalities of" lists towns, as "the municipality of X" names one
        # (GeoNames: Toribio 1,700, Caldono 1,500, Morales 1,900, all in Cauca, Colombia).
        (
            "Gunmen attacked police posts in Colombia, in the municipalities of Toribio, "
            "Caldono and Morales.",
            {"Toribio", "Caldono", "Morales"},
        ),
        # ... and "the cities of A, B and C" lists cities, the middle one too (the three
        # are no GeoNames places: villages of the article's country).
        (
            "Gunmen raided the cities of Tamakoro, Ibekaya and Wosseri in Niger.",
            {"Tamakoro", "Ibekaya", "Wosseri"},
        ),
    ],
)
def test_names_listed_after_a_settlement_plural_are_towns(text, expected):
    assert cities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The districts include A, B and C": the verb opens the list as "of" does.
        (
            "Officials in Afghanistan said the districts include Herat, Zaranj and Spin Boldak.",
            set(),
        ),
        # "in X" after a group of units, while the list goes on: X is the province that
        # places them, no town (Kandahar and Ghazni name provinces here).
        (
            "The Taliban took the districts of Arghandab and Dand in Kandahar, Andar in "
            "Ghazni and Nad Ali in Helmand, Afghanistan.",
            set(),
        ),
        # ... and the list runs on over "in the north," and "in the south,"; the last "in
        # X", which ends the list, is judged on its own (as "in Aleppo" below).
        (
            "Militants overran the districts of Khanabad in Kunduz in the north, Maiwand in "
            "Kandahar in the south and Jaghori in Ghazni, Afghanistan.",
            {"Ghazni"},
        ),
        # ... but a list that ends on "in X" leaves X to be judged on its own.
        (
            "Clashes hit the districts of Sheikh Maqsoud and Ashrafieh in Aleppo, Syria.",
            {"Aleppo"},
        ),
        # ... and a list that ends on "in the east," ends there: the next name is judged
        # on its own.
        (
            "Fighting hit the districts of Kunar and Nuristan in the east, and Jalalabad was "
            "calm, Afghanistan.",
            {"Jalalabad"},
        ),
        # ... and "in X" after a listed name that does not follow it at once is no
        # placing: a town named later in the sentence stays a town.
        (
            "The districts include Khanabad and Imam Sahib, officials in Kunduz said, and "
            "Baghlan was calm, Afghanistan.",
            {"Kunduz", "Baghlan"},
        ),
    ],
)
def test_a_list_of_units_goes_on_over_the_provinces_placing_them(text, expected):
    assert cities(text) == expected


def test_units_named_like_persons_in_a_placed_list_are_no_persons():
    """A unit of the list is no person once the province placing it follows ("Ahmad Aba
    ... in Paktia"), as it is no town."""
    page = extract_page(
        "Insurgents seized the districts of Khanabad in Kunduz, Sayed Karam and Ahmad Aba in "
        "Paktia in the east and Jaghori in Ghazni, Afghan officials said."
    )
    assert {p.name for p in page.persons} == set()
    assert {c.name for c in page.cities} == {"Ghazni"}


def test_the_list_ends_where_its_commas_and_ands_end():
    """Run by run: the list's names are held; a name after other words is not."""
    line = "the districts of Kunar, Nuristan and Khost were shelled, and Kabul was calm"
    lists = DivisionLists()
    held = {ch.text: lists.holds(ch) for ch in chunks(line)}
    assert held == {"Kunar": True, "Nuristan": True, "Khost": True, "Kabul": False}


# lead20: a comma between a first-level unit's plural and "including" still opens a list of
# those units ("several Mexican states, including Sinaloa, Colima ..."); after "regions,"
# or "townships," the list may name towns or villages and is left to the other rules.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Americans were told not to travel to several Mexican states, including Sinaloa,"
            " Colima, Guerrero, Zacatecas and Tamaulipas.",
            set(),
        ),
        (
            "The army advanced across several Sudanese states, including Khartoum, Sennar and"
            " Blue Nile, in the spring.",
            set(),
        ),
        (
            "Fighting went on across several regions, including El Fasher in North Darfur"
            " State, Sudan.",
            {"El Fasher"},
        ),
        (
            "Troops burned villages near Kanbalu and Ye-U townships, including Mone Hla and"
            " Kyauk Taing, in Myanmar.",
            {"Mone Hla", "Kyauk Taing"},
        ),
    ],
)
def test_a_comma_before_including_after_a_units_plural(text, expected):
    assert cities(text) == expected


# persons24 (set cc): "several districts, including A, B and C" lists districts as "several
# provinces, including" lists provinces (a Ukrainian oblast's raions and an Afghan
# province's districts are named after their towns). Near misses: "including in" a town,
# and towns named after "districts" without "including".
DISTRICTS_INCLUDING = [
    (
        "The shelling damaged buildings in several districts, including Volnovakha, Pokrovsk, "
        "Kramatorsk and Bakhmut, the governor of Ukraine's Donetsk region said.",
        set(),
    ),
    (
        "Fighting raged in several districts, including Sangin, Gereshk and Nad Ali, officials "
        "in Afghanistan said.",
        set(),
    ),
    (
        "Drones struck four districts, including Nikopol and Synelnykove, in Ukraine overnight.",
        set(),
    ),
    # near misses
    (
        "Blasts hit several districts, including in Kabul, officials in Afghanistan said.",
        {"Kabul"},
    ),
    (
        "Rockets hit villages in three districts, and Kramatorsk and Sloviansk were shelled "
        "too, officials in Ukraine said.",
        {"Kramatorsk", "Sloviansk"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), DISTRICTS_INCLUDING)
def test_districts_comma_including_lists_districts_persons24(text, expected):
    assert cities(text) == expected
