"""city_readings.py: what a place name means once the article's other places are known.

Expectations written by hand from reading each text; populations are GeoNames' (Sinaloa,
Chiapas: 1,020; Sagaing: 78,739; Daraa: 97,969).
"""

import pytest

from app.extract import extract_page


def cities(text: str) -> dict[str, str]:
    """City name -> country code."""
    return {c.name: c.country_code for c in extract_page(text).cities}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The region's small namesake (in another state) is not what "in Sinaloa" means.
        (
            "MEXICO CITY (Reuters) - The prosecutor's office of Mexico's Sinaloa state is "
            "investigating after weeks of warfare in Sinaloa, as well as in Culiacan.",
            {"Mexico City": "MX", "Culiacan": "MX"},
        ),
        # A village in the region, not a village named Sagaing.
        (
            "Ten died in junta airstrikes on Sagaing village, in the Sagaing region of Myanmar.",
            {},
        ),
        # "Basilan" is only an old name of the City of Isabela; with "Basilan province"
        # named, it is the province.
        (
            "The group was previously based in Basilan, and troops in Basilan province "
            "of the Philippines hunted it.",
            {},
        ),
        # A town's own name stays the town, with or without a cue, though its province
        # is named too (the annotation rules list such a name as a city when unclear).
        (
            "A car bomb exploded in Daraa province of southern Syria. Daraa was the cradle "
            "of the uprising.",
            {"Daraa": "SY"},
        ),
        (
            "Shelling hit Idlib countryside, and the Syrian army entered Idlib on Monday.",
            {"Idlib": "SY"},
        ),
    ],
)
def test_a_name_the_article_gives_a_region(text, expected):
    assert cities(text) == expected


def test_old_names_join_the_city_the_article_names():
    """Krasnoarmeisk and Dmitrov are Soviet-era names of Pokrovsk and Myrnohrad; GeoNames
    also has Russian towns under those names."""
    page = extract_page(
        "Russian forces pressed on the strategic town of Pokrovsk, as well as nearby "
        "Myrnohrad, in Ukraine. Russia, which refers to the towns by their Soviet-era names "
        "of Krasnoarmeisk and Dmitrov, has said they are both encircled. Moscow said so."
    )
    found = {c.name: (c.country_code, set(c.aliases)) for c in page.cities}
    assert found == {
        "Pokrovsk": ("UA", {"Krasnoarmeisk"}),
        "Myrnohrad": ("UA", {"Dmitrov"}),
        "Moscow": ("RU", set()),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "France said the mayor of Gao, Sadou Diallo, was due to return to Mali.",
            {"Gao": "ML"},
        ),
        (
            "Another journalist based in Stepanakert, Marut Vanyan, shared a video from "
            "Azerbaijan.",
            {"Stepanakert": "AZ"},
        ),
    ],
)
def test_a_person_in_apposition_after_a_place_is_no_place(text, expected):
    assert cities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A title-case place, a space and a colon.
        (
            "Bangkok : Myanmar's military junta has confirmed a deadly air strike.",
            {"Bangkok": "TH"},
        ),
        # A place GeoNames lacks, its state, a hyphen: a village of Nigeria.
        (
            "Adabka, Zamfara state - Bandits have carried out a daring attack on a palace.",
            {"Adabka": "NG"},
        ),
    ],
)
def test_datelines_the_dateline_rule_missed(text, expected):
    assert cities(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A label and a colon is no dateline; nor a name GeoNames lacks with no state.
        "Update : The ministry said nothing more on Monday.",
        "Kandaji - Bandits have carried out a daring attack on a palace.",
    ],
)
def test_no_dateline_without_a_place(text):
    assert cities(text) == {}


def test_a_region_the_article_names_is_no_village():
    page = extract_page(
        "STEPANAKERT, Nagorno-Karabakh - Shelling hit the separatist region of "
        "Nagorno-Karabakh on Friday."
    )
    assert [c.name for c in page.cities] == ["Stepanakert"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A dateline with a date in brackets (Radio Dabanga's shape): Talodi, 13,188 people.
        (
            "Talodi (2 Jan.) - Air strikes were reported today in villages of the state.",
            {"Talodi": "SD"},
        ),
        ("Kadugli (14 September 2023) - Shells hit the market.", {"Kadugli": "SD"}),
        # Brackets holding no date are no dateline shape ("Talodi (a town) -").
        ("Talodi (a small town) - a song by a local band.", {}),
        # ... nor is a source line: the run must be a place.
        ("From CNN Philippines (Jan 27, 2019): At least 19 dead in Jolo.", {"Jolo": "PH"}),
    ],
)
def test_a_dateline_with_a_date_in_brackets(text, expected):
    assert cities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A village list goes on past names opened by a particle.
        (
            "The militia burned the villages of Um Sayala, al-Hamra, al-Nuba, Tibun and "
            "Kaliba in South Kordofan, Sudan.",
            {"Um Sayala", "al-Hamra", "al-Nuba", "Tibun", "Kaliba"},
        ),
    ],
)
def test_a_village_list_goes_on_through_particle_names(text, expected):
    assert {c.name for c in extract_page(text).cities} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Town, in Region": the town's own first-level region after "in" is the region
        # (Yuksekova lies in Hakkari province, TR-30; Hakkari is also its capital's name).
        ("Soldiers were killed at Yuksekova, in Hakkari, Turkish officials said.", {"Yuksekova"}),
        ("Troops clashed with rebels near Saravena, in Arauca, in Colombia.", {"Saravena"}),
        # ... a city of another region stays a city ("Kirkuk, in Baghdad" is no such pair).
        (
            "Bombs went off in Kirkuk, in Baghdad and in Mosul, Iraqi police said.",
            {"Kirkuk", "Baghdad", "Mosul"},
        ),
    ],
)
def test_a_region_after_a_town_and_in(text, expected):
    assert set(cities(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Town, Province" in Philippine news: the province after a town and a comma is the
        # province, though its capital city bears the same name (GeoNames files Nasugbu and
        # Batangas City under Calabarzon, not under Batangas Province).
        (
            "Soldiers clashed with rebels in Nasugbu, Batangas, the Philippine army said.",
            {"Nasugbu"},
        ),
        # ... also after "town" ("Cawayan town, Masbate").
        (
            "An army patrol was ambushed near Cawayan town, Masbate, on Friday, the "
            "Philippine police said.",
            {"Cawayan"},
        ),
        # ... but "X City" after the comma is the city.
        (
            "The wounded were flown from Nasugbu, Batangas City, to Manila in the Philippines.",
            {"Nasugbu", "Batangas", "Manila"},
        ),
        # ... and a town's name elsewhere stays the town.
        ("Rebels attacked a police post in Masbate, Philippine officials said.", {"Masbate"}),
    ],
)
def test_a_philippine_province_after_a_town(text, expected):
    assert set(cities(text)) == expected


def test_a_region_after_villages_and_in():
    """After villages GeoNames lacks, ", in X" names a region of the article's country
    (Tillaberi is Niger's NE-6 and its capital)."""
    text = "Gunmen killed dozens in Tamakoro and Wosseri, in Tillaberi, officials in Niger said."
    assert set(cities(text)) == {"Tamakoro", "Wosseri"}


# cities25: a serial comma before a list's last item ("A, B, and C") is no apposition of a
# person ("Gao, Sadou Diallo, was due"), and the last item before ", while ..." is none
# either: the names GeoNames lacks stay places of the list.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jets struck Saraqib, Kafr Amim, and Tell Dinit overnight, a monitor in Syria said.",
            {"Saraqib", "Kafr Amim", "Tell Dinit"},
        ),
        (
            "Bandits raided Gusau, Kakumi, or Gidan Jaja last week, residents in Nigeria said.",
            {"Gusau", "Kakumi", "Gidan Jaja"},
        ),
        (
            "Fighting spread to Gondar, Debre Tabor, and Woreta, according to residents in "
            "Ethiopia.",
            {"Gondar", "Debre Tabor", "Woreta"},
        ),
        # ... also before a last item that opens with a particle ("al-Rafid").
        (
            "Barrels fell on Nawa, Umm Batna, and al-Rafid overnight, a monitor in Syria said.",
            {"Nawa", "Umm Batna", "al-Rafid"},
        ),
        # ... an apposition between commas is still one ("the mayor of Gao, X, was").
        ("The mayor of Gao, Sadou Diallo, was due to meet the army in Mali.", {"Gao"}),
    ],
)
def test_a_serial_comma_is_no_apposition(text, expected):
    assert {c.text_name for c in extract_page(text).cities} == expected


# cities25: a village list goes on past a name that opens with a spaced Arabic article
# ("Bani Salamah, al Hajr and al Mansurah").
def test_a_village_list_goes_on_past_a_spaced_article():
    text = (
        "The militia besieged the villages of Qaradah, Bani Salamah, al Hajr and al Mansurah "
        "in Yemen."
    )
    assert {c.text_name for c in extract_page(text).cities} == {
        "Qaradah",
        "Bani Salamah",
        "al Hajr",
        "al Mansurah",
    }


# Lead round (session 17): a region of the article's country right after a name, after a
# comma or in brackets, places the name there as an address does, though GeoNames knows
# the name only abroad (Tawila: a Yemeni hamlet, Tawilah); a region word or a compass word
# in the brackets lets a locative word vouch for a name GeoNames lacks. A district's other
# name in brackets before "District" stays no place.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Families fled from Tawila, North Darfur, on Monday, aid groups in Sudan said.",
            {"Tawila"},
        ),
        ("Drones hit Tawila (North Darfur) at dawn, medics in Sudan said.", {"Tawila"}),
        (
            "Gunmen killed eight people in Gidan Dawa (Zamfara State), Nigerian police said.",
            {"Gidan Dawa"},
        ),
        (
            "Shells landed in Um Kadada (North Darfur state) on Friday, residents in Sudan said.",
            {"Um Kadada"},
        ),
        ("Troops fought in Mutraw (Hpapun) District, Karen fighters in Myanmar said.", set()),
        # review19: a clause or a country after the address leaves it one
        ("Families reached Tawila, North Darfur, Sudanese aid workers said.", {"Tawila"}),
        ("Families reached Tawila, North Darfur, and then camps in Sudan.", {"Tawila"}),
    ],
)
def test_a_region_after_a_name_places_it(text, expected):
    assert {c.text_name for c in extract_page(text).cities} == expected


# review19: a region after a name and a comma is no address when the list goes on after
# it ("Marib, Shabwa, Abyan and Lahj": four governorates, no town Shabwa placed by Abyan).
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Houthi fighters pushed in Marib, Shabwa, Abyan and Lahj, Yemeni officials said.",
            "Shabwa",
        ),
        ("Drought hit Hiran, Bay, Bakool and Gedo, Somali officials said.", "Hiran"),
        ("Drought hit Hiran, Bay, and Gedo, Somali officials said.", "Hiran"),
    ],
)
def test_a_region_in_a_list_of_regions_places_no_name(text, absent):
    assert absent not in {c.text_name for c in extract_page(text).cities}


# Lead, session 18: "town, region" is no reading inside a list of towns ("A, B and C"); a
# given name that is a town's other name, listed after a town, is that town.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In Sudan, the paramilitaries shelled Omdurman, Khartoum and Wad Madani overnight.",
            {"Omdurman": "SD", "Khartoum": "SD", "Wad Madani": "SD"},
        ),
        (
            "Sudan's army said drones struck Omdurman and Bahri before dawn.",
            {"Omdurman": "SD", "Khartoum North": "SD"},
        ),
        # A clause after "and": the given name is the person, no town
        (
            "In India, mortar fire hit Kathua and Krishna ran back to his family.",
            {"Kathua": "IN"},
        ),
        # A word English also has, listed right after a town of the article's country
        (
            "Lebanese officials said Israeli jets struck Nabatieh, Tyre and Baalbek on Sunday.",
            {"Nabatiye et Tahta": "LB", "Tyre": "LB", "Baalbek": "LB"},
        ),
        (
            "Residents cleared rubble in the city of Sidon, Nov. 3, 2024, after an Israeli"
            " strike in south Lebanon.",
            {"Sidon": "LB"},
        ),
        # ... or as the last item of a list of villages read from "in"
        (
            "In eastern DR Congo, fighting raged in Rubaya, Kitshanga and Sake last week.",
            {"Rubaya": "CD", "Kitshanga": "CD", "Sake": "CD"},
        ),
        # A town and its own region after a comma stays one town
        (
            "Rebels attacked an army post in Saravena, Arauca, the Colombian army said.",
            {"Saravena": "CO"},
        ),
    ],
)
def test_list_of_towns_lead18(text: str, expected: dict[str, str]) -> None:
    assert cities(text) == expected


# Lead, session 18: a part of a town with a hyphenated Arabic name ("the Hay al-Matar
# neighbourhood of X") is a named part, so the town after "of" is named.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In Sudan, RSF fighters looted shops in the Hay al-Matar neighbourhood of Wad Madani.",
            {"Wad Madani": "SD"},
        ),
        (
            "Syrian state media said a car bomb went off in the Bab al-Nasr district of Aleppo.",
            {"Aleppo": "SY"},
        ),
        ("Syrian state media said shells hit the district of al-Midan on Sunday.", {}),
    ],
)
def test_hyphenated_named_part_of_a_town(text: str, expected: dict[str, str]) -> None:
    assert cities(text) == expected


# Lead, session 18: a town named like a person is placed by a verb only a place is the
# object of ("shelled", "bombed", "retook"), as by "in" or "near".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ukraine's military said Russian artillery shelled Marinka through the night.",
            {"Marinka": "UA"},
        ),
        ("Malian officials said the army retook Kita from the insurgents.", {"Kita": "ML"}),
        # "captured" takes people too: a lone given name stays no town there
        ("Malian officials said the army captured Kita on Sunday.", {}),
    ],
)
def test_town_named_like_a_person_after_a_place_verb(text: str, expected: dict[str, str]) -> None:
    assert cities(text) == expected


# lead20: a title-case dateline of a town GeoNames knows (15,000+), a comma, a day and a
# month in either order, then a comma, colon, bracket or dash. Near misses: a small place
# or an English word of that shape; no date.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Colombo, 27 July, ( Suspected rebels attacked a bus near the port.", {"Colombo": "LK"}),
        ("Srinagar, Oct. 20: Four militants were killed overnight.", {"Srinagar": "IN"}),
        ("Marawi, May 3 - Troops cleared the last houses held by gunmen.", {"Marawi": "PH"}),
        ("Hope, 27 July: Suspected rebels attacked a bus.", {}),
        ("Colombo, the government said, will not talk to the rebels.", {}),
    ],
)
def test_a_title_case_dateline_with_its_date(text, expected):
    assert cities(text) == expected


# review23: the dated dateline opens the story: a lower-case word after its mark makes the
# town and the date a sentence's subject and an aside (a person or a club named like a town).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chelsea, 12 June: a day to forget, as the fans were told.", {}),
        ("Victoria, 4 May - a farmer - was shot near the border.", {}),
        ("Jackson, 3 March, told the court the shots came at night.", {}),
        ("Austin, 9 Oct: the night the lights went out, he said.", {}),
        # the story's first word after the mark: the dateline stands
        ("Kandy, 3 March: Police said a bomb killed four people.", {"Kandy": "LK"}),
        ("Davao, Jan 9, Troops cleared the last houses held by gunmen.", {"Davao": "PH"}),
    ],
)
def test_a_dated_dateline_opens_the_story(text, expected):
    assert cities(text) == expected
