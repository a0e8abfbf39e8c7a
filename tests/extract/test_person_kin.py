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


# cities42: "his/her son, X", "his father, President X": a relative of a person named before,
# kept apart from a name the relative's ends in or that ends in the relative's (the son's
# name holds the father's whole: "Mahamat Idriss Deby", son of "Idriss Deby"); without the
# kin phrase the shorter form is the same man's.
PRONOUN_KIN = [
    (
        "President Idriss Deby died in April 2021 and was succeeded by his son, "
        "Mahamat Idriss Deby.",
        {"Idriss Deby", "Mahamat Idriss Deby"},
    ),
    (
        "Mahamat Idriss Deby took power in N'Djamena after his father Idriss Deby was killed.",
        {"Idriss Deby", "Mahamat Idriss Deby"},
    ),
    (
        "General Mahamat Idriss Deby Itno leads the junta.\n\nHe took over after his father, "
        "President Idriss Deby Itno, died at the front.",
        {"Idriss Deby Itno", "Mahamat Idriss Deby Itno"},
    ),
    (
        "Yahya Ahmed Salim spoke first. Later her late husband Ahmed Salim was buried in Sanaa.",
        {"Yahya Ahmed Salim", "Ahmed Salim"},
    ),
    # near misses: no kin phrase, a kin phrase with no name inside the other
    (
        "Mahamat Idriss Deby spoke in N'Djamena. Idriss Deby, as the press calls him, left.",
        {"Mahamat Idriss Deby"},
    ),
    (
        "Hamid Karzai met the envoy in Kabul with his brother Ahmed Wali Karzai.",
        {"Hamid Karzai", "Ahmed Wali Karzai"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PRONOUN_KIN)
def test_a_relative_after_his_kin_noun_is_kept_apart(text, expected):
    assert {p.name for p in extract_page(text).persons} == expected
