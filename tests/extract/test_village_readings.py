"""village_readings.py: a village named "X Y community" whose last word is a town's name.

Expectations written by hand from reading each text; the sentences are made up for these
tests (Dutse, Bauchi and Gusau are Nigerian towns GeoNames knows; the whole runs are not).
"""

import pytest

from app.extract import extract_page


def cities(text: str) -> set[tuple[str, str]]:
    return {(c.name, c.country_code) for c in extract_page(text).cities}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "community" closes the run as "village" does: the whole run is the village, not a
        # village "Gidan" in the town of Dutse, nor the town itself.
        (
            "Bandits raided Gidan Dutse community in Katsina State, Nigeria, on Tuesday night.",
            {("Gidan Dutse", "NG")},
        ),
        (
            "Residents of Unguwar Bauchi community in Kaduna State, Nigeria, fled the attack.",
            {("Unguwar Bauchi", "NG")},
        ),
        (
            "Gunmen stormed Tsohon Gusau community near Tsafe, Nigeria, killing four farmers.",
            {("Tsohon Gusau", "NG"), ("Tsafe", "NG")},
        ),
        # Unchanged: "village" closed the run before; the town named on its own is the town.
        (
            "Bandits raided Gidan Dutse village in Katsina State, Nigeria.",
            {("Gidan Dutse", "NG")},
        ),
        ("The gunmen attacked Dutse in Jigawa State, Nigeria, on Monday.", {("Dutse", "NG")}),
        ("He travelled from Kano to Dutse, Nigeria, last week.", {("Dutse", "NG"), ("Kano", "NG")}),
    ],
)
def test_community_closes_a_village_name(text, expected):
    assert cities(text) == expected


def test_flattened_list_after_a_plural_stays_two_towns():
    # A list whose comma was lost after "the towns of" is two towns, not one run "X Y"
    # (Mesraba, Harasta and Zamalka are towns GeoNames knows near Damascus).
    text = (
        "Jets struck the towns of Mesraba Harasta and Zamalka on Monday, "
        "killing nine people in Syria."
    )
    assert {c.name for c in extract_page(text).cities} == {"Mesraba", "Harasta", "Zamalka"}


# cities25: each name of a list the text opened with "the villages of" is a village, a
# given name English rarely writes too, whatever cue follows it ("east of X").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Troops retook the villages of Tell Jihan and Mariam, officials in Syria said.",
            {"Mariam"},
        ),
        # ... a given name English often writes stays out ("Fatima told reporters").
        (
            "Fighters attacked the villages of Um Sidir and Fatima, where Fatima told reporters "
            "she fled, in Sudan.",
            {"Um Sidir"},
        ),
    ],
)
def test_a_village_list_names_its_rare_given_names(text, expected):
    assert {c.text_name for c in extract_page(text).cities} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review20: an outlet's name before the town it files from, in brackets, is the
        # outlet, no village: the town is the dateline's place.
        (
            "Clan clashes kill nine\nGarsoor Online (Kismayo):- Fighting between two clans "
            "killed nine people near the port, elders said.",
            {("Kismayo", "SO")},
        ),
        (
            "Herders clash\nDaljir News (Baidoa) - Two herders were killed in a dispute over "
            "a well, elders said.",
            {("Baidoa", "SO")},
        ),
        # ... while a village's dateline in capitals keeps its agency's bracket.
        (
            "KOUTOUGOU (Reuters) - Gunmen killed 12 soldiers at an army post in Burkina Faso.",
            {("Koutougou", "BF")},
        ),
        # A wire agency's name listed before a town is the credit's agency, no village.
        (
            "Three killed in shelling\n\nReuters, Odesa\n\nThree people were killed in "
            "overnight shelling of the port, the regional governor said.",
            {("Odesa", "UA")},
        ),
        # Counties in the plural: both names are counties, no towns or villages.
        (
            "Raiders burned huts in Bor and Nyirol Counties, South Sudan.",
            set(),
        ),
    ],
)
def test_outlets_and_unit_plurals_are_no_villages(text, expected):
    assert cities(text) == expected


# Lead, session 21: a headline's kicker before a colon reads like a dateline's place
# ("INSIDE ALGERIA : Massacre marks ..."); one that opens with a preposition or names a
# country is no village ("SUDAN EVENTS:"), while a dateline village stays.
_STORY = (
    "\n\nThe town was quiet on Monday after three days of heavy fighting between the army "
    "and the rebels, residents and aid workers said.\n\nMore fighting is expected in the "
    "coming days as both sides bring in reinforcements from the north.\n"
)
KICKERS = [
    ("INSIDE ALGERIA : Massacre marks a new low in the war" + _STORY, set()),
    ("INSIDE UKRAINE: Life on the front line" + _STORY, set()),
    # the kicker still names a known city in it
    ("BEYOND GAZA: The war spreads north" + _STORY, {("Gaza", "PS")}),
    ("SUDAN EVENTS: The week in review" + _STORY, set()),
    (
        "Troops shell villages\n\nBARAMULLA, India - Troops shelled the village on Monday "
        "after three days of heavy fighting, residents said.\n",
        {("Baramulla", "IN")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), KICKERS)
def test_a_kicker_is_no_dateline_village(text: str, expected: set) -> None:
    assert cities(text) == expected


# cities48: a run the text calls a settlement that GeoNames knows only abroad, as a village
# there (under 15,000) or as another name of a place there (Chai is Turkey's Cey, Amber is
# France's Ambert, Mubarak Iran's Mobarakeh), is a village of the article's country: a given
# name or an English word so cued is the name. The namesake abroad stays the place when the
# text names its country (Wang, Germany; Ely, England), and a town's own name stays the town.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Title\n\nMilitants torched huts in the villages of Mitope and Chai, in Cabo "
            "Delgado, Mozambique, on Sunday.",
            {("Mitope", "MZ"), ("Chai", "MZ")},
        ),
        (
            "Title\n\nHerders attacked Lam village in Bokkos, Plateau State, Nigeria, killing "
            "two farmers.",
            {("Bokkos", "NG"), ("Lam", "NG")},
        ),
        (
            "Title\n\nSoldiers reached the town of Amber after the shelling stopped, residents "
            "in Tigray, Ethiopia, said.",
            {("Amber", "ET")},
        ),
        (
            "Title\n\nFighter jets struck the town of Mubarak, east of Aleppo, Syria, on Monday.",
            {("Aleppo", "SY"), ("Mubarak", "SY")},
        ),
        (
            "Title\n\nThe rebels seized the towns of Kiwanja and Wang after clashes in North "
            "Kivu, Congo.",
            {("Kiwanja", "CD"), ("Wang", "CD")},
        ),
        # near misses: the namesake's country is named; a big city under its own name
        (
            "Title\n\nShe was born in the village of Wang in Bavaria, Germany, and moved to "
            "Lagos, Nigeria.",
            {("Wang", "DE"), ("Lagos", "NG")},
        ),
        (
            "Title\n\nHe grew up in the town of Ely in Cambridgeshire, England, before moving "
            "to Jos, Nigeria.",
            {("Ely", "GB"), ("Jos", "NG")},
        ),
        (
            "Title\n\nProtesters marched in the city of Paris before flying to Abuja, Nigeria.",
            {("Paris", "FR"), ("Abuja", "NG")},
        ),
    ],
)
def test_a_settlement_named_like_a_village_abroad_is_local_cities48(text, expected):
    assert cities(text) == expected
