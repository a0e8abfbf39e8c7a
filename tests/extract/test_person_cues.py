"""People only context vouches for (``app/extract/person_cues.py``): one-word names, ranks
of other armies and police, wire credit lines, lone surnames doing what people do. Each
expectation is written by hand from reading the sentence."""

import pytest

from app.extract import extract_page, extraction_to_json
from app.extract.person_cues import rank_prefix, wire_credit_line


def names(text: str) -> set[str]:
    return {p.name for p in extract_page(text).persons}


def roles(text: str) -> dict[str, str]:
    return {p.name: p.role for p in extract_page(text).persons}


# Class 1: a person named by one word, which the words around it introduce.
ONE_WORD_NAMES = [
    # inverted speech with an appositive; the same man later says something himself
    (
        '"They keep coming every night," said Oleksiy, a Ukrainian artillery gunner near '
        "Chasiv Yar. Oleksiy said the shelling had doubled.",
        {"Oleksiy"},
    ),
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
    # an age in apposition
    ("Halima, 42, walked for three days to reach the camp.", {"Halima"}),
    # a naming phrase
    (
        "A fighter identifying himself as Tavr said the unit had lost two vehicles.",
        {"Tavr"},
    ),
    ("A soldier who gave his call sign, known only as Boroda, guided us.", {"Boroda"}),
    ("She was helped by a boy named Kiros who spoke some English.", {"Kiros"}),
    # a role plural before a list of one-word names
    ("Witnesses Amina and Fatouma said the gunmen arrived on motorbikes.", {"Amina", "Fatouma"}),
]

# What must stay out: groups, places, numbers and agencies next to the same cues.
NOT_PEOPLE = [
    # a plural role before an apposition to an organisation
    (
        "At least 400,000 people have been displaced, according to the UN agency for "
        "Palestinian refugees, Unrwa.",
        set(),
    ),
    # flattened text runs sentences together after a relative noun
    ("The dead included four children Al Jazeera reported on Wednesday.", set()),
    ("Officials said 25 casualties were children Twenty-five children were killed.", set()),
    # a place after a relative noun
    ("She has many relatives: Kharkiv is where most of them live.", set()),
    # an organisation before a speech verb is no person
    ("Hamas said the talks had failed.", set()),
    ("Unrwa said on X that aid was blocked.", set()),
    # a place after "in", whatever the apposition says
    ("In Balgatra, a police officer was killed by a roadside bomb.", set()),
    # the first half of an Arabic name is no name of its own
    ("Abdul said the checkpoint had been moved.", set()),
    # a rank word in a Title Case headline
    ("Private Sector Workers Strike Over Unpaid Wages", set()),
]


@pytest.mark.parametrize(("text", "expected"), ONE_WORD_NAMES + NOT_PEOPLE)
def test_one_word_names(text: str, expected: set[str]) -> None:
    assert names(text) == expected


# Class 2: ranks and titles of any army or police before names no name list knows.
RANKS = [
    (
        "The dead were Sergeant-Chief Mbah Divine Atanga, Private Class Ekane Tabot and "
        "Private First Class Nfor Kinyuy.",
        {"Mbah Divine Atanga", "Ekane Tabot", "Nfor Kinyuy"},
    ),
    (
        "During the raid, Police inspectors Ndip and Ayuk were shot dead.",
        {"Ndip", "Ayuk"},
    ),
    (
        "Chief Warrant Officer Tchouta Eyenga led the patrol into the forest.",
        {"Tchouta Eyenga"},
    ),
    ("Lance-Corporal Ousmane Diarra was wounded in the ambush.", {"Ousmane Diarra"}),
]


@pytest.mark.parametrize(("text", "expected"), RANKS)
def test_ranked_names(text: str, expected: set[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["Private", "Class", "Yinda", "Bobekreo"], 2),
        (["Sergeant-Chief", "Tih", "Julius", "Angu"], 1),
        (["Chief", "Warrant", "Officer", "Tchouta", "Eyenga"], 3),
        (["Police", "Inspector", "Ngah"], 2),
        # no rank noun: "Chief" and "Staff" only qualify one
        (["Chief", "Staff", "Ngah"], 0),
        # a rank phrase and nothing after it is no name
        (["Master", "Corporal"], 0),
        (["Ousmane", "Diarra"], 0),
    ],
)
def test_rank_prefix(words: list[str], expected: int) -> None:
    assert rank_prefix(words) == expected


# Class 1 for full names no given-name list knows: the same cues vouch for them.
UNKNOWN_FULL_NAMES = [
    ("Tesfay Gebreyohannes, 45, said his shop had been looted.", {"Tesfay Gebreyohannes"}),
    ("Mohamud Hussein Dhore was shot dead outside his home.", {"Mohamud Hussein Dhore"}),
    ("Nkemdirim Obiora has been abducted twice this year.", {"Nkemdirim Obiora"}),
    (
        "The victims were identified as Amadou Diallo and Moussa Traore.",
        {"Amadou Diallo", "Moussa Traore"},
    ),
    ("Police identified the suspect as Chinedu Okafor.", {"Chinedu Okafor"}),
    ("Yohannes Gedamu is a lecturer of political science.", {"Yohannes Gedamu"}),
    ("Eyewitness Abdirahman Yusuf said the blast shook the market.", {"Abdirahman Yusuf"}),
    # "who" follows people: a lone surname too, even after "from"
    ("The first reports came from Kovalenko, who wrote on Telegram.", {"Kovalenko"}),
    ("Nkemdirim Obiora, who runs the clinic, counted the wounded.", {"Nkemdirim Obiora"}),
    # "s/o" (son of) in South Asian police lists, and the comma list a person opens
    (
        "The dead were identified as Gul Zaman Afridi s/o Haleem Khan, Qadir Bux Marri, "
        "Shah Nawaz, Niaz Jatoi and others.",
        {"Gul Zaman Afridi", "Haleem Khan", "Qadir Bux Marri", "Shah Nawaz", "Niaz Jatoi"},
    ),
    # a given name listed with a person's full name
    ("Her mother searched for Dante and Juan Carlos for weeks.", {"Dante", "Juan Carlos"}),
    # abbreviated ranks are titles, not names
    ("Military spokesman Lieut. Mike Cody confirmed the attack.", {"Mike Cody"}),
    ("Supt. Rashid Mahmood led the raid.", {"Rashid Mahmood"}),
    # groups and places in the same positions
    ("Hamas, which runs Gaza, said the talks had failed.", set()),
    (
        "A co-founder of the infamous Sinaloa Cartel was arrested in the United States.",
        set(),
    ),
    ("Hundreds of residents of Fuaa and Kafraya were killed when the convoy was hit.", set()),
    ("The Witness Protection Program was closed.", set()),
]


@pytest.mark.parametrize(("text", "expected"), UNKNOWN_FULL_NAMES)
def test_unknown_full_names(text: str, expected: set[str]) -> None:
    assert names(text) == expected


# Class 3: a wire credit line without "By": the reporter, with the author role.
def test_wire_credit_line_above_headline_names_the_author() -> None:
    page = (
        "Marie Dubois, AFP\n"
        "Last updated: 4 May, 2015\n\n"
        "Rebels shell the port of Hodeidah\n\n"
        "Rebels shelled the port on Monday, residents said. Ahmed Saleh, a fisherman, told "
        "AFP the boats had left.\n"
    )
    e = extract_page(page)
    assert {p.name: p.role for p in e.persons} == {
        "Marie Dubois": "author",
        "Ahmed Saleh": "mentioned",
    }
    assert "Marie Dubois" not in e.body  # the credit is not story text
    person = extraction_to_json(e)["persons"][0]
    assert set(person) == {"name", "aliases", "role"}


def test_wire_credit_ending_a_caption_is_a_photo_credit() -> None:
    page = (
        "Fighting in Marawi\n\n"
        "Troops advanced on the last rebel positions on Friday, the army said.\n\n"
        "Smoke rises over the city of Marawi, August 30, 2017. Froilan Gallardo, Reuters\n"
    )
    assert roles(page) == {"Froilan Gallardo": "credit"}


def test_wire_credit_with_the_writer_s_job() -> None:
    page = (
        "Rebels Feeling Defenseless (AP)\n\n"
        "SAMIR KOVAC, Associated Press Writer\n\n"
        "The rebel police chief hears the stories from people coming down from the hills.\n"
    )
    assert roles(page) == {"Samir Kovac": "author"}


def test_wire_credit_line_at_the_end_of_a_story() -> None:
    text = "Rebels shelled the port on Monday, residents said.\n\nJohn Kimani, Reuters\n"
    assert roles(text) == {"John Kimani": "author"}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Haro Chakmakjian, AFP", True),
        ("Sara Ahmed, Associated Press", True),
        ("Jean-Marc Mojon, AFP ", True),
        # a sentence that ends with an agency is no credit line
        ("The toll rose to 19, activists told AFP", False),
        ("Homs, AFP", False),
    ],
)
def test_wire_credit_line(line: str, expected: bool) -> None:
    assert wire_credit_line(line) is expected


# Class 4: a lone surname doing what only a person does.
LONE_SURNAMES = [
    (
        "(Kowalczyk describes the scene - 264k sound) The market was full at noon.",
        {"Kowalczyk"},
    ),
    ("Obrenovic recalled the winter of 1993 in the cellar.", {"Obrenovic"}),
    # an organisation or a place before the same verbs stays out
    ("Moscow described the strike as a provocation.", set()),
]


@pytest.mark.parametrize(("text", "expected"), LONE_SURNAMES)
def test_lone_surnames(text: str, expected: set[str]) -> None:
    assert names(text) == expected
