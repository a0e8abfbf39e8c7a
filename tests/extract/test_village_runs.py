"""village_runs.py: villages written with a settlement word of their own.

Expectations written by hand from reading each text (none of the villages below is in
GeoNames under any spelling: checked by hand).
"""

import pytest

from app.extract import extract_page
from app.extract.village_runs import road_end


def cities(text: str) -> set[tuple[str, str]]:
    return {(c.name, c.country_code) for c in extract_page(text).cities}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X community" with no article, then a preposition or a phrase end: a village.
        (
            "Boko Haram insurgents invaded Kofa community in Konduga local government area "
            "of Borno State.",
            {("Kofa", "NG")},
        ),
        (
            "Gunmen attacked Tashsan Alade community in Hawul, Nigeria.",
            {("Tashsan Alade", "NG"), ("Hawul", "NG")},
        ),
        # A capitalised settlement word after the name.
        (
            "The insurgents attacked Kondori Village in Konduga Local Government, Borno State.",
            {("Kondori", "NG")},
        ),
        ("Gunmen stormed Kuriga Village in Kaduna State, Nigeria.", {("Kuriga", "NG")}),
    ],
)
def test_villages_with_their_settlement_word(text, expected):
    assert cities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A faith or a people's community is a group, not a place.
        ("The Christian community in Mosul fled, Iraqi officials said.", {("Mosul", "IQ")}),
        ("Fulani community leaders in Benue State, Nigeria, condemned the attack.", set()),
        # ... an adjective between the article and the faith too
        (
            "Cotabato has the largest Islamic community on the island, in the Philippines.",
            {("Cotabato", "PH")},
        ),
        ("Amritsar is home to a big Sikh community in India.", {("Amritsar", "IN")}),
        # "community" followed by a noun: a group's members, not a village.
        ("Tiv community members in Makurdi, Nigeria, buried the dead.", {("Makurdi", "NG")}),
    ],
)
def test_groups_called_communities_are_no_villages(text, expected):
    assert cities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A verb of siege puts a place after it, and a list after it is of places, though
        # its names look like a list of people (none of these is in GeoNames). The first
        # two, one vowel apart, are read as one village spelt two ways.
        (
            "The rebels occupy Gisiza, Gasiza, Bugusa, Kinyamahura, Rwambeho, and Basare, "
            "a spokesman said in Congo.",
            {
                ("Gisiza", "CD"),
                ("Bugusa", "CD"),
                ("Kinyamahura", "CD"),
                ("Rwambeho", "CD"),
                ("Basare", "CD"),
            },
        ),
        (
            "Russian warplanes raided Ma'arkaba and Lehaya in the northern countryside of "
            "Hama, Syria.",
            {("Ma'arkaba", "SY"), ("Lehaya", "SY")},
        ),
        # A known place listed after such a village is taken under its GeoNames name.
        (
            "Troops retook Kafr Nabuda and Qalaat al-Madiq in Hama province, Syria.",
            {("Kafr Nabuda", "SY"), ("Qalat al Madiq", "SY")},
        ),
        # "seized", "captured", "entered": a name English hardly writes after them is a
        # place (Paletwa is not in GeoNames); a person's name after them stays a person.
        (
            "The Arakan Army seized Paletwa and Buthidaung in Rakhine State, Myanmar.",
            {("Paletwa", "MM"), ("Buthidaung", "MM")},
        ),
        ("Troops captured Abubakar Shekau near Maiduguri, Nigeria.", {("Maiduguri", "NG")}),
        # Given names after a village and a comma stay people.
        (
            "Troops clashed in Kandaji, Bakari, Seydou and Amadou were killed in Niger.",
            {("Kandaji", "NE")},
        ),
    ],
)
def test_lists_after_a_verb_of_siege(text, expected):
    assert cities(text) == expected


def test_persons_give_up_a_list_of_villages():
    page = extract_page(
        "The M23 rebels occupy Gisiza, Gasiza, Bugusa, Kinyamahura and Basare in Congo."
    )
    assert [p.name for p in page.persons] == []


# cities15: the ends of a road the words before a run name.
@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("fighting closed the road connecting", True),
        ("closed the road connecting Kyein Chaung with", True),
        ("the road connecting Maungdaw town with", True),
        ("a highway linking", True),
        ("on the main road between", True),
        ("on the road from Dakwapa to", True),
        ("on the road between Dakwapa to", False),  # "between" takes "and"
        ("a report linking", False),  # no road
        ("travellers from", False),
        ("said", False),
    ],
)
def test_road_end(before, expected):
    assert road_end(tuple(before.split())) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Troops blocked the road linking Dakwapa and Kuyelwa in Nigeria.",
            {("Dakwapa", "NG"), ("Kuyelwa", "NG")},
        ),
        (
            "Bandits attacked travellers on the road from Dakwapa to Kuyelwa in Nigeria.",
            {("Dakwapa", "NG"), ("Kuyelwa", "NG")},
        ),
    ],
)
def test_the_ends_of_a_road_are_villages(text, expected):
    assert cities(text) == expected
