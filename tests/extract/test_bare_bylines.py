"""bare_bylines.py: a line that only names the writer, before the story's first paragraph
or after its last one, is a byline. Expectations written by hand from reading each page."""

import pytest

from app.extract import extract_page
from app.extract.bare_bylines import is_bare_byline, outlet_byline
from app.extract.gazetteer import gazetteer


def roles(text: str) -> dict[str, str]:
    return {p.name: p.role for p in extract_page(text).persons}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Chinedu Okonkwo", True),
        ("Chinedu Okonkwo in Makurdi", True),
        ("From Chinedu Okonkwo, Maiduguri", True),
        ("From Chinedu Okonkwo Maiduguri", True),
        ("K. Amini-Rostami", True),
        ("Posted by:Tunde", True),
        ("Posted by Tunde", True),
        ("Latest Headlines", False),  # everyday words: page furniture
        ("Show More", False),
        ("Africa Subsaharan", False),  # a section label: a world region
        ("Nigeria News", False),
        ("Khan Younis", False),  # a place: a subheading
        ("Al Jazeera", False),
        ("FREE KOSOVA", False),  # a menu in capitals
        ("Reuters Staff", False),
        ("Chinedu Okonkwo said the attack began at dawn", False),  # a sentence
    ],
)
def test_is_bare_byline(line: str, expected: bool) -> None:
    assert is_bare_byline(line, gazetteer()) is expected


def test_writer_under_the_date_line_is_the_author() -> None:
    page = (
        "Gunmen kill five in Benue village\n\n"
        "March 3, 2022\n"
        "Chinedu Okonkwo\n"
        "Gunmen attacked a village in Benue State on Tuesday night, killing five people, "
        "police spokeswoman Catherine Anene said.\n"
    )
    e = extract_page(page)
    assert {p.name: p.role for p in e.persons} == {
        "Chinedu Okonkwo": "author",
        "Catherine Anene": "mentioned",
    }
    assert "Chinedu Okonkwo" not in e.body


def test_writer_and_filing_city_above_the_story() -> None:
    page = (
        "From Chinedu Okonkwo Maiduguri\n"
        "Insurgents attacked a military base near Maiduguri on Sunday, the army said in a "
        "statement issued on Monday.\n"
    )
    assert roles(page) == {"Chinedu Okonkwo": "author"}


def test_editor_after_the_last_paragraph() -> None:
    page = (
        "Police commander killed in Badakhshan\n\n"
        "Taliban gunmen killed a police commander in a district of Badakhshan province on "
        "Monday, the governor's spokesman said.\n"
        "K. Amini-Rostami\n\n"
        "Show More\n"
    )
    assert roles(page) == {"K. Amini-Rostami": "author"}


def test_posted_by_lines() -> None:
    top = (
        "Posted by Laura Ospina on Mar 2, 2010 Leave a comment\n\n"
        "Soldiers killed in Cauca attack\n\n"
        "Four soldiers were killed in an attack on a patrol in rural Cauca on Monday, the "
        "army said.\n"
    )
    assert roles(top) == {"Laura Ospina": "author"}
    end = (
        "Court convicts 40 in mass trial\n\n"
        "The defence team was led by a lawyer from the legal aid council, the court said in "
        "a statement.\n"
        "Posted by:Tunde\n"
    )
    assert roles(end) == {"Tunde": "author"}


def test_a_short_line_between_paragraphs_is_no_byline() -> None:
    page = (
        "Strikes hit Gaza\n\n"
        "Air strikes hit the southern Gaza Strip overnight, killing at least ten people, "
        "medics said.\n"
        "Chinedu Okonkwo\n"
        "Residents said the strikes began shortly after midnight and lasted for hours.\n"
    )
    assert roles(page) == {}


# persons12 (set z): several writers, each with the town the story was filed from.
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Chinedu Okonkwo, Makurdi and Halima Dauda, Yola", True),
        ("From Chinedu Okonkwo, Port Harcourt, Tari Ebi, Yenagoa and Halima Dauda, Yola", True),
        ("Chinedu Okonkwo, Makurdi & Halima Dauda, Yola", True),
        ("Makurdi, Benue and Yola, Adamawa", False),  # places only
        ("Human Rights Watch, Geneva and Amnesty International, London", False),  # bodies
        ("Chinedu Okonkwo, Makurdi and Halima Dauda", False),  # no town after the last one
    ],
)
def test_is_bare_byline_of_several_writers(line: str, expected: bool) -> None:
    assert is_bare_byline(line, gazetteer()) is expected


# Several writers with their towns under the date line; over 60 characters, and with "&"
# where the first line has "and": still the writers.
WRITERS_WITH_TOWNS = [
    (
        "2021-05-04\n"
        "Terna Iorhemba, Jos, Chinedu Okonkwo , Makurdi and AbdulWahab Sule, Kaduna\n"
        "Gunmen attacked two villages in Plateau State on Sunday night, killing eleven people, "
        "police spokesman Danjuma Garba said.\n"
    ),
    (
        "2022-09-14\n"
        "Terna Iorhemba, Jos, Chinedu Okonkwo, Makurdi & AbdulWahab Sule, Kaduna\n"
        "Bandits raided a market in Kaduna State on Tuesday, killing six traders, "
        "police spokesman Danjuma Garba said.\n"
    ),
]


@pytest.mark.parametrize("page", WRITERS_WITH_TOWNS)
def test_several_writers_and_their_towns_under_the_date_line(page: str) -> None:
    assert roles(page) == {
        "Terna Iorhemba": "author",
        "Chinedu Okonkwo": "author",
        "AbdulWahab Sule": "author",
        "Danjuma Garba": "mentioned",
    }


# A writer's name and the outlet on one line, no "By" and maybe no comma (cities32).
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Maria Lopez Washington Post", "Maria Lopez"),
        ("Omar Haddad BBC News Arabic, northern Iraq", "Omar Haddad"),
        ("Omar Haddad, BBC News, Erbil", "Omar Haddad"),
        ("Nadia Karimi Al Jazeera", "Nadia Karimi"),
        ("Tomas Lindqvist New York Times", "Tomas Lindqvist"),
        ("Putin Slams Washington Post", None),  # a headline: English words
        ("Aid Convoy Reaches Al Jazeera", None),
        ("Maria Lopez said on Monday", None),
        ("BBC News Arabic", None),
    ],
)
def test_outlet_byline(line: str, expected: str | None) -> None:
    assert outlet_byline(line) == expected


def test_name_and_outlet_line_is_the_author_not_the_headline() -> None:
    page = (
        "Omar Haddad BBC News Arabic, northern Iraq\n\n"
        "Families who fled the fighting near Sinjar last month have begun to return to their"
        " homes, local officials told the BBC on Tuesday, although many houses were destroyed.\n"
    )
    e = extract_page(page)
    assert e.title != "Omar Haddad BBC News Arabic, northern Iraq"
    assert "Omar Haddad" in {p.name for p in e.persons}


def test_name_and_outlet_under_a_caption_is_a_person() -> None:
    page = (
        "Troops withdraw from border town\n\n"
        "Soldiers ride an armoured vehicle past a destroyed checkpoint outside the town on"
        " Monday after the fighting ended.\n"
        "(Associated Press / The Daily Example)\n"
        "Maria Lopez Washington Post\n\n"
        "MOSCOW – Russian troops began to withdraw from the border town on Monday, officials"
        " said, days after a ceasefire was agreed in talks in the capital.\n"
    )
    names = {p.name for p in extract_page(page).persons}
    assert "Maria Lopez" in names
    assert not any("Washington" in n for n in names)


# cities36 (set bg): several writers, each "in" the town the story was filed from.
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Chinedu Okonkwo in Makurdi and Halima Dauda in Yola", True),
        ("Chinedu Okonkwo in Port Harcourt, Tari Ebi in Yenagoa and Halima Dauda in Yola", True),
        ("By Peter Walsh in Nairobi and Amina Yusuf Bello in Khartoum", True),
        ("Fighting Rages in Gaza and Clashes Erupt in Jenin", False),  # a headline's words
        ("Human Rights Watch in Geneva and Amnesty International in London", False),  # bodies
        ("Chinedu Okonkwo in Makurdi and Halima Dauda", False),  # no town after the last one
    ],
)
def test_is_bare_byline_of_writers_in_towns(line: str, expected: bool) -> None:
    assert is_bare_byline(line, gazetteer()) is expected


# Under the date line, the line "A in X and B in Y" is the writers', not the headline, and its
# second writer is no town.
WRITERS_IN_TOWNS = [
    (
        " date 2021-05-04 Terna Iorhemba in Jos and Chinedu Okonkwo in Makurdi\n\n"
        "Gunmen attacked two villages in Plateau State on Sunday night, killing eleven people, "
        "police spokesman Danjuma Garba said.\n",
        {"Terna Iorhemba": "author", "Chinedu Okonkwo": "author", "Danjuma Garba": "mentioned"},
    ),
    (
        "Gunmen kill eleven in Plateau villages\n"
        "Terna Iorhemba in Jos, Chinedu Okonkwo in Makurdi and AbdulWahab Sule in Kaduna\n"
        "Gunmen attacked two villages in Plateau State on Sunday night, killing eleven people, "
        "police spokesman Danjuma Garba said.\n",
        {
            "Terna Iorhemba": "author",
            "Chinedu Okonkwo": "author",
            "AbdulWahab Sule": "author",
            "Danjuma Garba": "mentioned",
        },
    ),
]


@pytest.mark.parametrize(("page", "expected"), WRITERS_IN_TOWNS)
def test_several_writers_in_their_towns(page: str, expected: dict[str, str]) -> None:
    e = extract_page(page)
    assert {p.name: p.role for p in e.persons} == expected
    assert "Iorhemba" not in (e.title or "")
    assert not any("Okonkwo" in c.name or "Sule" in c.name for c in e.cities)
