"""person_kin.py: relatives named side by side are two people, never merged, however alike
their names. Sentences and expectations written by hand."""

import pytest

from app.extract import extract_page


def people(text: str) -> dict[str, set[str]]:
    return {p.name: set(p.aliases) for p in extract_page(text).persons}


KIN = [
    # a son named after his father: two people
    (
        "On Monday, Omar Farouk Haidari, son of the slain governor Omar Haidari, took office.",
        {"Omar Farouk Haidari": set(), "Omar Haidari": set()},
    ),
    (
        "Police questioned Juan Pablo Zetina, brother of Juan Zetina, about the shooting.",
        {"Juan Pablo Zetina": set(), "Juan Zetina": set()},
    ),
    # one person under two forms still merges when no kin word stands between
    (
        "Governor Omar Farouk Haidari spoke first. Omar Haidari later told reporters more.",
        {"Omar Farouk Haidari": {"Omar Haidari"}},
    ),
]


@pytest.mark.parametrize(("text", "expected"), KIN)
def test_relatives_stay_apart(text: str, expected: dict[str, set[str]]) -> None:
    assert people(text) == expected
