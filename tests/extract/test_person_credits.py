"""person_credits.py: where bylines and photo credits put a name, and the role those people
get. Each expectation written by hand from reading the page."""

import pytest

from app.extract import extract_page


def roles(text: str) -> dict[str, str]:
    return {p.name: p.role for p in extract_page(text).persons}


CASES = [
    (
        "Shelling killed three people in Kramatorsk, officials said.\n\n"
        "Reporting by Olena Harmash; Editing by Mark Heinrich",
        {"Olena Harmash": "author", "Mark Heinrich": "author"},
    ),
    (
        "Displaced families wait for food in Tawila. Photo credit: Mohamed Zakaria\n\n"
        "Aid agencies said stocks were running out.",
        {"Mohamed Zakaria": "credit"},
    ),
    (
        "Gunmen attacked the market at dawn.\n\nStory by Kevin Mwanza in Nairobi",
        {"Kevin Mwanza": "author"},
    ),
    (
        "Residents inspect a destroyed house in Khan Younis. © Ahmad Salem\n\n"
        "The strike hit before dawn.",
        {"Ahmad Salem": "credit"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_credited_people_and_their_roles(text: str, expected: dict[str, str]) -> None:
    assert roles(text) == expected
