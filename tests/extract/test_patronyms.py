"""patronyms.py: a given name no list knows, recognised by the father's given name after
it. Sentences and expectations written by hand."""

import pytest

from app.extract import extract_page


def names(text: str) -> set[str]:
    return {p.name for p in extract_page(text).persons}


CASES = [
    # Kanuri, Kurdish and Somali given names no list holds, a known father's name after
    ("The judge questioned Abba Umar about the raid.", {"Abba Umar"}),
    ("Asayish spokesman aside, the statement came from Jowan Ibrahim.", {"Jowan Ibrahim"}),
    ("Relatives of Bashe Hassan Farah gathered at the hospital.", {"Bashe Hassan Farah"}),
    # places and things: a town's name first, a particle or a kunya inside, English words
    ("Fighting spread from Khartoum Bahri to Omdurman.", set()),
    ("Shelling hit Tell al Kubra overnight.", set()),
    ("Troops entered Qassr Abu Samra at dawn.", set()),
    ("Pilgrims reached Sayyeda Zeinab by bus.", set()),
    ("The Grand Ali mosque was damaged.", set()),
    # a headline's capitals say nothing
    ("Gunmen Attack Abba Umar Market", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_father_name_vouches_for_given_name(text: str, expected: set[str]) -> None:
    assert names(text) == expected


# Arabic words that open armed groups' names make the run a group's name.
@pytest.mark.parametrize(
    "text",
    [
        "Fighters of Ahlu Sunna attacked the town.",
        "The Liwa Hamza brigade withdrew.",
        "A Jaish Omar unit claimed the attack.",
    ],
)
def test_group_openers_are_no_given_names(text: str) -> None:
    assert names(text) == set()
