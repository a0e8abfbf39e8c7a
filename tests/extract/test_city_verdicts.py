"""city_verdicts.py: what the city finder keeps of a gazetteer match the text calls a town."""

import pytest

from app.extract import extract_page


def places(text: str) -> set[tuple[str, str]]:
    return {(c.name, c.country_code) for c in extract_page(text).cities}


@pytest.mark.parametrize(
    "text, expected",
    [
        # The only country the text names is the attacker's (a demonym): the town it
        # calls a city, named like a region too, is no village GeoNames lacks there.
        (
            "Strike kills four\n\nRussian jets bombed the city of Idlib on Monday, rebels said.",
            {("Idlib", "SY")},
        ),
        (
            "Night of shelling\n\nRussian troops shelled the city of Kharkiv on Tuesday, "
            "the mayor said.",
            {("Kharkiv", "UA")},
        ),
        (
            "Air raid on the coast\n\nIsraeli warplanes struck the city of Tyre overnight, "
            "a Hezbollah official said.",
            {("Tyre", "LB")},
        ),
    ],
)
def test_a_town_the_text_calls_a_city_in_a_story_about_its_attacker(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A country named before "village" is the country, no town of that name.
        "Dozens killed in central Mali village raid\n\nGunmen raided a village overnight, "
        "officials from Burkina Faso said.",
    ],
)
def test_a_country_before_village_is_no_town(text):
    assert places(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        # A region of another country after the name and a comma places the town there:
        # no town of its own name (Mexico's Zamora is "Zamora de Hidalgo" in GeoNames).
        "Cartel violence\n\nMexican marines deployed to the city of Zamora, Michoacan, "
        "after a wave of killings.",
        "Cartel violence\n\nMexican troops patrolled the city of Zamora, Michoacán, on Friday.",
    ],
)
def test_a_region_abroad_after_the_name_is_no_town_by_its_name(text):
    assert places(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A region of the town's own country there keeps it.
        (
            "Drone attack\n\nUkrainian drones attacked the city of Belgorod, Belgorod region "
            "officials said.",
            {("Belgorod", "RU")},
        ),
    ],
)
def test_a_region_of_its_own_country_keeps_the_town(text, expected):
    assert places(text) == expected


def test_a_province_named_like_its_capital_places_its_village():
    """ "the Suwayda village of al-Shaab": the province (named like its capital, and named
    as a province in the story) locates the village, though the story names three
    countries and Jordan's towns nearly as often as Syria's."""
    text = (
        "Jordan hits smugglers in Syria\n\n"
        "AMMAN — Jordanian jets struck targets in Syria's Suwayda province on Thursday. "
        "Amman has not claimed the strikes, and officials in Irbid and Zarqa said nothing. "
        "Iran's envoy in Amman called them a violation.\n\n"
        "In the southeastern Suwayda village of al-Shaab, residents buried four people."
    )
    found = {c.name: c.country_code for c in extract_page(text).cities}
    assert found.get("al-Shaab") == "SY"
