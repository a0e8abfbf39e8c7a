"""Wire credit lines without "By" (``app/extract/wire_credits.py``): who wrote or took the
picture, with the role the credit gives them. Expectations written by hand."""

import pytest

from app.extract import extract_page, extraction_to_json
from app.extract.wire_credits import wire_credit_line


def roles(text: str) -> dict[str, str]:
    return {p.name: p.role for p in extract_page(text).persons}


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


# persons4 (k-persons k03, and AP copy on local sites): a byline line of the reporter's
# name and "Associated Press" with no comma and no "By".
@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "Rebels ambush convoy near Grozny\n\nNikolai Kuzmin Associated Press\n\n"
            "GROZNY, Russia - Rebels ambushed a convoy on Monday, officials said.\n",
            {"Nikolai Kuzmin": "author"},
        ),
        (
            "Gunmen kill six in Tillaberi\n\nBaba Ahmed Associated Press\nView Comments\n\n"
            "Gunmen killed six villagers on Sunday, the governor said.\n",
            {"Baba Ahmed": "author"},
        ),
        # an agency's name alone on a line names nobody
        (
            "Gunmen kill six in Tillaberi\n\nThe Associated Press\n\n"
            "Gunmen killed six villagers on Sunday, the governor said.\n",
            {},
        ),
    ],
)
def test_name_and_associated_press_without_a_comma(page: str, expected: dict) -> None:
    assert roles(page) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Yuri Bagrov Associated Press", True),
        ("Ana Maria Ruiz Agence France-Presse", True),
        ("The Associated Press", False),
        ("Officials told The Associated Press", False),
    ],
)
def test_name_and_agency_without_comma_is_a_credit_line(line: str, expected: bool) -> None:
    assert wire_credit_line(line) is expected


# persons10: a caption that ends with the photographer and the agency in brackets.
def test_photographer_and_agency_in_brackets_end_a_caption() -> None:
    page = (
        "Soldiers killed in ambush\n\n"
        "Soldiers patrol a road near the village on March 3. LUIS ACOSTA (AFP)\n"
        "Seven soldiers were killed in an ambush on Tuesday, the army said.\n"
    )
    assert roles(page) == {"Luis Acosta": "credit"}


def test_a_caption_that_is_only_a_title_and_agency_credits_no_one() -> None:
    page = (
        "Rebels Hold Their Ground (AP)\n"
        "The rebel police chief hears the stories from people coming down from the hills.\n"
    )
    assert roles(page) == {}
