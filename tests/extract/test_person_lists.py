"""Names in lists a person opens (``app/extract/person_lists.py``): expectations written
by hand from reading each sentence."""

import pytest

from app.extract import extract_page


def names(text: str) -> set[str]:
    return {p.name for p in extract_page(text).persons}


LISTS = [
    # a relative with an owner, and a list the relative noun opens
    (
        "The strike killed Khaled Abu Hamad, his wife and four of his daughters: Lina, "
        "Rahaf, Sama and Jana.",
        {"Khaled Abu Hamad", "Lina", "Rahaf", "Sama", "Jana"},
    ),
    (
        "Among the dead were his niece and nephew Dunia and Yazan, aged six and four.",
        {"Dunia", "Yazan"},
    ),
    # a role plural before a list of one-word names
    ("Witnesses Amina and Fatouma said the gunmen arrived on motorbikes.", {"Amina", "Fatouma"}),
    # "s/o" (son of) in South Asian police lists, and the comma list a person opens
    (
        "The dead were identified as Gul Zaman Afridi s/o Haleem Khan, Qadir Bux Marri, "
        "Shah Nawaz, Niaz Jatoi and others.",
        {"Gul Zaman Afridi", "Haleem Khan", "Qadir Bux Marri", "Shah Nawaz", "Niaz Jatoi"},
    ),
    # a given name listed with a person's full name
    ("Her mother searched for Dante and Juan Carlos for weeks.", {"Dante", "Juan Carlos"}),
    # places listed after a plural role stay places
    ("Hundreds of residents of Fuaa and Kafraya were killed when the convoy was hit.", set()),
]


@pytest.mark.parametrize(("text", "expected"), LISTS)
def test_lists(text: str, expected: set[str]) -> None:
    assert names(text) == expected


# persons4 (h17 and victim lists in casualty reports): the last item after "and", items
# whose given name is also an English word ("Amin Khan"), and a surname that looks like a
# particle ("Zarman Den") all belong to the list of people.
VICTIM_LISTS = [
    (
        "Police named the dead as Wali Dos, Amin Khan and Rahim Gul.",
        {"Wali Dos", "Amin Khan", "Rahim Gul"},
    ),
    (
        "The victims were identified as Sardar Den, Naseeb Gul and Gul Agha.",
        {"Sardar Den", "Naseeb Gul", "Gul Agha"},
    ),
    (
        "Those killed were identified as Baraka Kiprono, Amin Said and Halake Dida.",
        {"Baraka Kiprono", "Amin Said", "Halake Dida"},
    ),
    # holidays and organisations next to a person in a list stay out
    ("The toll included May Day, Christmas Eve and Easter Sunday celebrations.", set()),
    (
        "The dead included Musa Abdi, Hodan Farah, and Gedo Region officials.",
        {"Musa Abdi", "Hodan Farah"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), VICTIM_LISTS)
def test_victim_lists(text, expected):
    assert names(text) == expected


# persons5: a list is read in both directions until nothing changes, across one-word and
# longer names alike, and across the serial comma (", and"); a word inside a list of people
# is a person even when no given-name list knows it, unless the gazetteer knows it as a
# place.
MIXED_LISTS = [
    (
        "The injured were identified as Gul Zaman, Pazeer, Wali Khan, Durkhanai and Sher Afzal.",
        {"Gul Zaman", "Pazeer", "Wali Khan", "Durkhanai", "Sher Afzal"},
    ),
    (
        "The dead were named as Kwabena Boateng, Kwesi, Abena Mensah, Kojo and Akua Owusu.",
        {"Kwabena Boateng", "Kwesi", "Abena Mensah", "Kojo", "Akua Owusu"},
    ),
    (
        "The gunmen killed Farid Ahmadzai, Nasir, and Lutfullah before fleeing.",
        {"Farid Ahmadzai", "Nasir", "Lutfullah"},
    ),
    # a comma before a speaker is no list
    ("It happened during the month of Ramadan, Nasir Ahmadzai told reporters.", {"Nasir Ahmadzai"}),
    # places listed after a name stay places
    (
        "Said Kamal Farouk, a farmer, had fled Tikrit, Baiji, Qayyarah and Hit.",
        {"Said Kamal Farouk"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), MIXED_LISTS)
def test_mixed_lists(text, expected):
    assert names(text) == expected


# persons5: three one-word items or more, most of them given names and none a place the
# gazetteer knows by that name, are people though nothing else vouches for them; not after
# a place preposition or "the villages of", not a list of towns.
GIVEN_NAME_LISTS = [
    (
        "Rahim, Karim, Jamal and Nasir were killed when the roof collapsed.",
        {"Rahim", "Karim", "Jamal", "Nasir"},
    ),
    (
        "Among the dead were Fatima, Zainab, Hauwa and Musa, residents said.",
        {"Fatima", "Zainab", "Hauwa", "Musa"},
    ),
    ("Gunmen stormed Gubio, Magumeri, Kukawa and Nganzai overnight.", set()),
    ("The villages of Amla, Bara, Sodiri and Kaja were burnt.", set()),
]


@pytest.mark.parametrize(("text", "expected"), GIVEN_NAME_LISTS)
def test_given_name_lists(text, expected):
    assert names(text) == expected


# persons6: casualty lists whose sentence is mostly names (once read as a Title Case
# headline, which stopped the list from carrying its items).
NAME_HEAVY_LISTS = [
    (
        "The victims are Musa Sani, Bello Garba, Abdullahi Yusuf, Ibrahim Musa and Sani Ali.",
        {"Musa Sani", "Bello Garba", "Abdullahi Yusuf", "Ibrahim Musa", "Sani Ali"},
    ),
    (
        "He listed the dead as Lawali Dan Gado, Kabiru Shehu, Nasiru Garba and Aminu Hassan.",
        {"Lawali Dan Gado", "Kabiru Shehu", "Nasiru Garba", "Aminu Hassan"},
    ),
    ("Police listed the dead as Ashiru and Lawali.", {"Ashiru", "Lawali"}),
    ("The report described the dead as Syrians.", set()),
]


@pytest.mark.parametrize(("text", "expected"), NAME_HEAVY_LISTS)
def test_name_heavy_casualty_lists(text: str, expected: set[str]) -> None:
    assert {p.name for p in extract_page(text).persons} == expected


# persons8: a short list of names ending its sentence after a lower-case verb is read as
# prose, so every item is a person, not only the one a given-name list knows.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Also on the bench were Justices Ngozi Okafor, Chidi Nwankwo, and Kunle Adeyemi.",
            {"Ngozi Okafor", "Chidi Nwankwo", "Kunle Adeyemi"},
        ),
        ("The two women freed were Amina Yusuf and Kaltume Abba.", {"Amina Yusuf", "Kaltume Abba"}),
    ],
)
def test_short_list_after_a_verb(text: str, expected: set[str]) -> None:
    assert names(text) == expected


# persons10: a lone word joined by "and" to a person's full name is a person, when it is no
# place, body or English word.
LONE_AND_PARTNERS = [
    (
        "Soldiers raided the homes of Tawfeeq and Karim Abdel Nasser, he added.",
        {"Tawfeeq", "Karim Abdel Nasser"},
    ),
    (
        "Relatives of Karim Abdel Nasser and Tawfeeq were detained.",
        {"Tawfeeq", "Karim Abdel Nasser"},
    ),
    ("Talks between Jordan and Karim Abdel Nasser failed.", {"Karim Abdel Nasser"}),
    ("Both Hezbollah and Karim Abdel Nasser denied it.", {"Karim Abdel Nasser"}),
]


@pytest.mark.parametrize(("text", "expected"), LONE_AND_PARTNERS)
def test_lone_and_partners(text: str, expected: set[str]) -> None:
    assert {p.name for p in extract_page(text).persons} == expected


# persons12 (set z): the last item of a list of full names, joined by "and", is a person
# though a hamlet abroad has its name; a place of the article's country is no person.
LAST_ITEM_ABROAD = [
    (
        "Troops in the Philippines killed Juhair Aliman, Meloy Patpi, and Balong.",
        {"Juhair Aliman", "Meloy Patpi", "Balong"},
    ),
    (
        "Troops in the Philippines killed Juhair Aliman, Meloy Patpi and Jolo.",
        {"Juhair Aliman", "Meloy Patpi"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), LAST_ITEM_ABROAD)
def test_last_list_item_named_like_a_hamlet_abroad(text: str, expected: set[str]) -> None:
    assert names(text) == expected


# persons12: a place before a comma and a speaker ("seized X, Mohamed Hussein told VOA",
# "took X, said Rami Abdel Rahman") ends a clause; it is no item of a list of people.
CLAUSE_ENDS = [
    ("Al-Shabaab seized Buulo Mareer, Mohamed Hussein told VOA.", {"Mohamed Hussein"}),
    ("The army entered Buulo Mareer, Mohamed Hussein, a local elder, said.", {"Mohamed Hussein"}),
    ("Troops recaptured Jisr al-Shughur, said Rami Abdel Rahman.", {"Rami Abdel Rahman"}),
    (
        "Killed were Tesfay Gebru, Kiros Hailu and Abebe Bikila, relatives said.",
        {"Tesfay Gebru", "Kiros Hailu", "Abebe Bikila"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLAUSE_ENDS)
def test_a_clause_ends_before_a_speaker(text: str, expected: set[str]) -> None:
    assert names(text) == expected


# persons15: a list of people with ages goes on past each age ("Karim, 25, Jafar and
# Omar"), from a word that is no place to a given name that is none.
AGED_LISTS = [
    (
        "The dead were named as Sulaiman Dawood, 40, Karim, 25, Jafar and Omar.",
        {"Sulaiman Dawood", "Karim", "Jafar", "Omar"},
    ),
    ("The dead were Gul Zaman, 35, Nasir, 22, and Ismail.", {"Gul Zaman", "Nasir", "Ismail"}),
    ("Shelling hit Avdiivka, 12, Marinka and Vuhledar overnight.", {"Avdiivka"}),
]


@pytest.mark.parametrize(("text", "expected"), AGED_LISTS)
def test_aged_lists(text: str, expected: set[str]) -> None:
    assert names(text) == expected
