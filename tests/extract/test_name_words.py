"""name_words.py, and the place classes of the cities4 round read with it.

Each sentence was written for this test (none is copied from an annotated page); the
expected places were written by hand from reading it.
"""

import pytest

from app.extract import extract_page
from app.extract.chunks import chunks
from app.extract.name_words import name_words


def forms(text: str) -> set[str]:
    """Every form of every city found (canonical name and the text's spellings), lower case."""
    return {f.lower() for c in extract_page(text).cities for f in (c.name, *c.aliases)}


def words_of(text: str) -> frozenset[str]:
    return name_words(chunks(text, 0, "body"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Parliament Speaker Nabih Berri spoke on Monday.", {"berri"}),
        ("The officer Khushboo Jan of the local police was hurt.", {"khushboo"}),
        # No given name beside the words: nothing is a name's part.
        ("Residents of Kurakhove Central fled.", set()),
        # An organisation word makes the run no person's.
        ("The Kabul Bank Ahmed office closed.", set()),
    ],
)
def test_words_beside_a_given_name(text, expected):
    assert words_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A bare surname after the full name is the person, not a namesake town abroad
        # (Barrie, Canada, is "Berri" in GeoNames) ...
        (
            "Lebanon's Speaker Nabih Berri met envoys in Beirut. Berri said talks would go on.",
            {"beirut"},
        ),
        # ... but a place word before it still makes it a place.
        (
            "Speaker Nabih Berri spoke in Beirut, Lebanon, while Berri Street in Sidon filled.",
            {"beirut", "sidon"},
        ),
        # A middle initial and a surname after a word make it a person's given name.
        ("By Vincent J. Schodolski, Chicago Tribune. Troops entered Managua.", {"managua"}),
        # "Washington D. C." has a second initial: still the city (the text's form an alias).
        (
            "Officials in Washington D. C. said the talks had ended.",
            {"washington", "washington d. c."},
        ),
        # "Jan" with no day after it is a name, with a day a date.
        ("KABUL Jan 5 - Gunmen attacked a police post.", {"kabul"}),
    ],
)
def test_person_names_are_not_places(text, expected):
    assert forms(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A landform's name holds a town's: the mountain is no town.
        ("Thousands fled to Mount Sinjar in northern Iraq as Mosul fell.", {"mosul"}),
        # A US state's name that is a world city's ("New York City" in GeoNames).
        (
            "The envoy told reporters in New York that Mali needed help.",
            {"new york city", "new york"},
        ),
        # ... but the state itself is still no city.
        ("Farmers in upstate New York state lost their crops.", set()),
        # An apposition calling the run a capital or a city.
        (
            "Bor, the capital of Jonglei state, changed hands again, South Sudan's army said.",
            {"bor"},
        ),
    ],
)
def test_place_classes_of_unseen_pages(text, expected):
    assert forms(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "a town called X": a town GeoNames lacks (and persons do not take it).
        (
            "Gunmen raided a market town called Kulmesa Dildila near the border of Ethiopia.",
            {"kulmesa dildila"},
        ),
        # "in X, Country": a village of the country the text states, also when a word of it
        # is a place elsewhere ("Abba", Central African Republic).
        ("Survivors of the attack in Abba Gedo, Ethiopia, buried their dead.", {"abba gedo"}),
        ("Survivors of the attack in Wokro Tabia, Ethiopia, buried their dead.", {"wokro tabia"}),
        # "the town of <an English word>, <region>": the text places it at once.
        ("Refugees sheltered in the town of Shire, Tigray region, for weeks.", {"shire"}),
        # "X town" after "of".
        ("Rebels attacked an outlying part of Ntchoma town in Mozambique.", {"ntchoma"}),
    ],
)
def test_villages_the_text_names(text, expected):
    assert forms(text) == expected


def test_a_town_called_x_is_no_person():
    page = extract_page("Gunmen raided a farming town called Kulmesa Dildila in Ethiopia.")
    assert [c.name for c in page.cities] == ["Kulmesa Dildila"]
    assert page.persons == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the capital of X": X is the region or country the capital is of.
        ("Troops flew to Popayan, the capital of Cauca, Colombia.", {"popayan"}),
        # ... not "the state capital of X", which names the capital itself.
        (
            "Refugees reached the North Kordofan state capital of El-Obeid in Sudan.",
            {"el obeid", "el-obeid"},
        ),
        # A city abroad used as a modifier: after "a" and a describing word, or under an
        # old name that is not its own ("Molotov" was Perm's), before a noun.
        ("Gunmen in a white Toyota pick-up fired on a market in Haiti.", set()),
        ("Gangs in Haiti burned homes with Molotov cocktails.", set()),
        # "the town of <a country's name>": the town of that name in another country.
        (
            "Rebels attacked the town of Puerto Rico, in Caqueta province, Colombia.",
            {"puerto rico"},
        ),
        # Parts of a Philippine town are no towns ("Sitio" is an alternate of San Isidro).
        ("Soldiers clashed with gunmen in Sitio Tubig Puti, Patikul town.", {"patikul"}),
    ],
)
def test_regions_modifiers_and_town_parts(text, expected):
    assert forms(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "a X village" describes a village by its people; it names none.
        ("Gunmen burned a Fulbe village and a rival Tomoro village in Mali.", set()),
        # "X, N km from ...": a distance says the run is a place.
        (
            "Troops searched an orchard at Drangbal, 40 kms from Srinagar, India.",
            {"drangbal", "srinagar"},
        ),
        # "the city of X", X a given name rarely written in English, a place abroad in
        # GeoNames: a town of the article's country.
        (
            "Gunmen fired on guards between the city of Kalat and Zahedan, Iran.",
            {"kalat", "zahedan"},
        ),
    ],
)
def test_more_villages_the_text_names(text, expected):
    assert forms(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # One village written two ways, one vowel apart, is one village ...
        (
            "Rebels raided the towns of Huaycoro and Uchkupata in Peru. Two farmers were "
            "slain in Huaycora.",
            [("Huaycoro", ("Huaycora",)), ("Uchkupata", ())],
        ),
        # ... but two short names one vowel apart are two villages.
        (
            "Troops entered the village of Dobu in Mali, then the village of Dubu.",
            [("Dobu", ()), ("Dubu", ())],
        ),
    ],
)
def test_a_village_spelt_two_ways(text, expected):
    found = [(c.name, c.aliases) for c in extract_page(text).cities]
    assert sorted(found) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ", close to X" / ", near X" after a place word: the run is a place.
        ("Rebels killed five at Mbulungu, close to Beni, in Congo.", {"mbulungu", "beni"}),
        # A place name ending a longer name after "de" is that name's ("Carta de
        # Mocambique" is a newssheet, GeoNames' "Mocambique" a town).
        ("The newssheet Carta de Mocambique reported the attack in Maputo.", {"maputo"}),
    ],
)
def test_places_placed_by_a_neighbour_or_inside_a_name(text, expected):
    assert forms(text) == expected


def test_a_dateline_with_a_country_and_a_date():
    """ "PLACE, Country, Date—": the dateline names the place, GeoNames or not."""
    text = "DOLNJE SELISTE, Serbia, Sept. 30—Police units pulled out of the area today."
    assert forms(text) == {"dolnje seliste"}
