"""person_merge.py: one entry per person in an article. Each case is written by hand."""

import pytest

from app.extract import extract_page


def people(text: str) -> dict[str, int]:
    return {p.name: p.count for p in extract_page(text).persons}


LONE_WORDS_JOIN = [
    # A given name used alone, as Ethiopian and Eritrean names are, is the person named in
    # full ("Abiy" is Abiy Ahmed), not a person of its own.
    (
        "Prime Minister Abiy Ahmed ordered the offensive. Abiy said the operation would end.",
        {"Abiy Ahmed": 2},
    ),
    # A surname one letter off from the full name's, later in the same article.
    (
        "The district administrator, Orlando Mudumane, said the attack lasted hours. "
        "Modumane said the insurgents set up barricades.",
        {"Orlando Mudumane": 2},
    ),
    # The second surname alone with the rank, misspelt by a letter.
    (
        "General Luis Danilo Murcia Caro said the pipeline was safe. The General Marcia Caro "
        "commands the task force.",
        {"Luis Danilo Murcia Caro": 2},
    ),
    # A bare mention before the one the sentence vouches for counts for the same person.
    (
        "Oduya lost two sons in the raid. Oduya, who now lives in a camp, wants to go home.",
        {"Oduya": 2},
    ),
]


@pytest.mark.parametrize(("text", "expected"), LONE_WORDS_JOIN)
def test_lone_words_join_the_person_they_name(text, expected):
    assert people(text) == expected


# A word one letter off a person's surname that the article writes more often than it
# names the person is no typo of the name: a town, whatever the surname.
NO_TYPO = [
    (
        "Insurgents overran Ghazni on Thursday. In Ghazni, the governor fled. "
        "President Ashraf Ghani called a meeting.",
        {"Ashraf Ghani": 1},
        "Ghazni",
    ),
    (
        "The Taliban seized Kunduz on Sunday. Residents fled Kunduz overnight. Aid official "
        "Ajoy Kundu said food was short.",
        {"Ajoy Kundu": 1},
        "Kunduz",
    ),
]


# A nisba is its place's name with an "i" ("al-Baghdadi" from Baghdad, "al-Tikriti" from
# Tikrit): the place named alone is the place, not a slip of the man's surname.
NO_TYPO += [
    (
        "BAGHDAD, Nov 2, 2019 (AP) - The group named a new leader days after Abu Bakr "
        "al-Baghdadi was killed in a raid.",
        {"Abu Bakr al-Baghdadi": 1},
        "Baghdad",
    ),
    (
        "Troops entered Tikrit on Tuesday, the home town of Saddam Hussein's half-brother "
        "Barzan al-Tikriti.",
        {"Barzan al-Tikriti": 1, "Saddam Hussein": 1},
        "Tikrit",
    ),
]


@pytest.mark.parametrize(("text", "expected", "city"), NO_TYPO)
def test_a_town_beside_a_like_surname_is_no_typo_of_it(text, expected, city):
    extraction = extract_page(text)
    assert {p.name: p.count for p in extraction.persons} == expected
    assert city in {c.name for c in extraction.cities}


def test_a_typo_written_once_beside_a_name_written_twice_still_joins_it():
    text = (
        "Orlando Mudumane, the district administrator, spoke first. Mudumane said the attack "
        "lasted hours. Modumane added that the insurgents set up barricades."
    )
    assert people(text) == {"Orlando Mudumane": 3}


NEVER_JOIN = [
    # Different surnames two letters apart stay two people.
    (
        "Commander Yusuf Abdalla led the assault. Commander Omar Abdulla held the bridge.",
        {"Yusuf Abdalla", "Omar Abdulla"},
    ),
    # The same given name, surnames with other consonants.
    (
        "Governor Hani bin Breik was dismissed. Minister Hani bin Barakat said nothing.",
        {"Hani bin Breik", "Hani bin Barakat"},
    ),
    # Hassan and Hussein share their consonants but are two names.
    (
        "Ali Hassan said on Monday that he had fled. Ali Hussein said he stayed.",
        {"Ali Hassan", "Ali Hussein"},
    ),
    # persons10: two three-word names sharing two words, each with a word the other lacks.
    (
        "One man, Tin Aung Myint, 52, was killed. A neighbour, Aung Zaw Myint, said the "
        "shells fell at night.",
        {"Tin Aung Myint", "Aung Zaw Myint"},
    ),
    # ... while a shorter form that drops the given name still joins the fuller one.
    (
        "President Abdrabbuh Mansour Hadi left Aden. Mansour Hadi said he would return.",
        {"Abdrabbuh Mansour Hadi"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEVER_JOIN)
def test_different_people_stay_apart(text, expected):
    assert set(people(text)) == expected


# persons12 (set z): a page captured up to a size may stop inside a name; a name that ends
# the page and begins a name the article gives is that person. Elsewhere it stays apart.
CUT_NAMES = [
    (
        "Smoke rises over the town, May 2, 2015. REUTERS/Olga Vasylenko\n"
        "A soldier rests near the station, May 3, 2015. REUTERS/Olga Vas",
        {"Olga Vasylenko": 2},
    ),
    (
        "A soldier rests near the station, May 3, 2015. REUTERS/Olga Vas\n"
        "Smoke rises over the town, May 2, 2015. REUTERS/Olga Vasylenko",
        {"Olga Vas": 1, "Olga Vasylenko": 1},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CUT_NAMES)
def test_name_cut_at_the_end_of_the_page(text: str, expected: dict[str, int]) -> None:
    assert people(text) == expected


# persons14: a lone surname two swapped letters away from a person's ("Karimov" beside one
# "Ilyas Kraimov") is his, however often the article writes it: the full form is the slip.
SWAPPED_LETTERS = [
    (
        "Field commander Ilyas Kraimov led the column. Karimov was later wounded, and "
        "Karimov's men withdrew. Officials said Karimov had fled.",
        {"Ilyas Kraimov": 4},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SWAPPED_LETTERS)
def test_swapped_letters_join_the_person(text: str, expected: dict[str, int]) -> None:
    assert people(text) == expected


# persons23 (set by): the official Russian order with the patronymic ("Omarov Osman
# Magomedovich"), as subheads and registers write a person, is the person the article
# also names given name first ("Osman Omarov"), who names the entry. Near misses: a
# relative with the same surname and another given name stays apart, and a surname-first
# form with no plain form keeps its own.
SURNAME_FIRST = [
    (
        "Kuliyev Rustam Ibragimovich\n\nRustam Kuliyev, 29, a native of Buinaksk, was among "
        "the attackers.",
        {"Rustam Kuliyev": 2},
    ),
    (
        "Court records list Petrenko Olga Vasylivna as the owner. Olga Petrenko denied it.",
        {"Olga Petrenko": 2},
    ),
    (
        "Gadzhiev Murad Alievich was detained. His father, Ali Gadzhiev, was questioned, and "
        "Murad Gadzhiev was later charged.",
        {"Murad Gadzhiev": 2, "Ali Gadzhiev": 1},
    ),
    # near miss: only the surname-first form
    ("The list names Sidorenko Ivan Petrovich as the commander.", {"Sidorenko Ivan Petrovich": 1}),
]


@pytest.mark.parametrize(("text", "expected"), SURNAME_FIRST)
def test_surname_first_form_with_patronymic_joins_the_plain_form(
    text: str, expected: dict[str, int]
) -> None:
    assert people(text) == expected


# persons23 (set by probe): two full three-word names with one given name and surname but
# another middle name are two people ("Muhammad Yusuf Khan" posted in place of "Muhammad
# Aziz Khan"), and the two-word form joins the one whose middle name it is. Near misses:
# the middle name as an initial, or spelt another way, is still the one person.
OTHER_MIDDLE_NAME = [
    (
        "Lt Gen Muhammad Yusuf Khan replaces Lt Gen Muhammad Aziz Khan, who goes to Lahore. "
        "Yusuf Khan had commanded the corps.",
        {"Muhammad Yusuf Khan": 2, "Muhammad Aziz Khan": 1},
    ),
    (
        "The dead were Mohammed Saleh Hassan, 40, and Mohammed Ali Hassan, 35, both farmers.",
        {"Mohammed Saleh Hassan": 1, "Mohammed Ali Hassan": 1},
    ),
    (
        "Witnesses named Ahmed Nur Farah and Ahmed Ismail Farah among the wounded.",
        {"Ahmed Nur Farah": 1, "Ahmed Ismail Farah": 1},
    ),
    # near misses
    (
        "Gen. Ali Reza Tangsiri spoke. Ali R. Tangsiri then left.",
        {"Ali R. Tangsiri": 2},
    ),
    (
        "Mohammed Nasser Ahmed was hurt. Later Mohamed Naser Ahmed was taken to hospital.",
        {"Mohamed Naser Ahmed": 2},
    ),
    (
        "Juan Yohani Ortiz was killed. Officials said Juan Johany Ortiz led the column.",
        {"Juan Johany Ortiz": 2},
    ),
]


@pytest.mark.parametrize(("text", "expected"), OTHER_MIDDLE_NAME)
def test_another_middle_name_is_another_person(text: str, expected: dict[str, int]) -> None:
    assert people(text) == expected


# persons24 (set cc): one Ukrainian or Russian official written with the Russian and the
# Ukrainian form of his given name in one article ("Kirill Budanov" and "Kyrylo Budanov",
# machine translation and quoted wire copy mixing them) is one person. Near misses: two
# brothers with other given names, and two given names of one group's other lines.
EAST_SLAVIC_FORMS = [
    (
        "The head of intelligence Kirill Budanov met them at the border. Kyrylo Budanov said "
        "more would come home.",
        {"Kirill Budanov": 2},
    ),
    (
        "Governor Sergei Lysak said two died in Nikopol. Later Serhiy Lysak said a third had died.",
        {"Sergei Lysak": 2},
    ),
    (
        "Vladimir Zelensky thanked Turkey. On Sunday Volodymyr Zelensky visited the troops.",
        {"Vladimir Zelensky": 2},
    ),
    (
        "Dmitry Lubinets, the ombudsman, said the men were thin. Dmytro Lubinets added that "
        "all were brave.",
        {"Dmitry Lubinets": 2},
    ),
    (
        "Mayor Galina Danilchenko spoke on television. Halyna Danilchenko said protests would "
        "be punished.",
        {"Galina Danilchenko": 2},
    ),
    # near misses ("Oleg"/"Oleh", a letter apart, joined before too)
    (
        "Governor Oleg Synegubov said two died. Later Oleh Synegubov said a third had died.",
        {"Oleg Synegubov": 2},
    ),
    (
        "Vitali Klitschko met his brother Wladimir Klitschko in the capital on Monday.",
        {"Vitali Klitschko": 1, "Wladimir Klitschko": 1},
    ),
    (
        "Oleksandr Pavlenko and Oleksiy Pavlenko, two brothers, were wounded in the strike.",
        {"Oleksandr Pavlenko": 1, "Oleksiy Pavlenko": 1},
    ),
]


@pytest.mark.parametrize(("text", "expected"), EAST_SLAVIC_FORMS)
def test_russian_and_ukrainian_forms_of_a_given_name_persons24(
    text: str, expected: dict[str, int]
) -> None:
    assert people(text) == expected
