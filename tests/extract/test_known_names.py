"""The archive's known people found in an article's text (``app.extract.known_names``):
tables of hand-written sentences, most from FA-KES's flattened pages, and who they name."""

from __future__ import annotations

import pytest

from app.extract.known_names import StoredPerson, build_table, find_known, known_people

# An archive's persons: (id, display name, articles, forms found in articles).
ARCHIVE = [
    (1, "Sergei Lavrov", 9, ["Sergei Lavrov", "Sergey Lavrov"]),
    (2, "John Kerry", 13, ["John Kerry"]),
    (3, "Staffan de Mistura", 7, ["Staffan de Mistura"]),
    (4, "Bashar al-Assad", 186, ["Bashar al-Assad", "Bashar Assad", "Assad"]),
    (5, "Hafez al-Assad", 2, ["Hafez al-Assad"]),
    (6, "Donald Trump", 19, ["Donald Trump"]),
    (7, "Melania Trump", 1, ["Melania Trump"]),
    (8, "Recep Tayyip Erdogan", 8, ["Recep Tayyip Erdogan", "Tayyip Erdogan"]),
    (9, "Abu Mohammad", 4, ["Abu Mohammad"]),
    (10, "Rami Abdel Rahman", 113, ["Rami Abdel Rahman", "Rami Abdulrahman"]),
    (11, "Youssef Diab Paula Astih", 1, ["Youssef Diab Paula Astih"]),
    (12, "Angela Kane", 2, ["Angela Kane"]),
    (13, "Vladimir Putin", 11, ["Vladimir Putin"]),
    # Surnames that are a nationality and a city's name.
    (14, "Abu Osama al-Iraqi", 6, ["Abu Osama al-Iraqi"]),
    (15, "Omar Raqqa", 5, ["Omar Raqqa"]),
]
LAVROV, KERRY, MISTURA, BASHAR, HAFEZ, TRUMP = 1, 2, 3, 4, 5, 6
ERDOGAN, KUNYA, RAHMAN, KANE, PUTIN, IRAQI, RAQQA = 8, 9, 10, 12, 13, 14, 15


def table():  # type: ignore[no-untyped-def]
    from app.extract.person_identity import identity_key

    stored = [
        StoredPerson(pid, name, n, frozenset(identity_key(f) for f in forms))
        for pid, name, n, forms in ARCHIVE
    ]
    return build_table(known_people(stored, surname_min_articles=3, place_word=archive_place))


def archive_place(word: str) -> bool:
    """The archive's places and the nationalities (as ``app.ingest.name_sweep`` asks)."""
    from app.extract.known_names import is_nationality

    return word in {"Raqqa", "Aleppo"} or is_nationality(word)


CASES = [
    # Run-on headline lists (FA-KES pages are one paragraph).
    (
        "Damascus Officially Invited OPCW Experts to Investigate Idlib Incident Lavrov Syrian "
        "Army Repels Militant Attack",
        {LAVROV: 1},
    ),
    ("Lavrov Reveals US Secretary of State Kerrys Demands in Syria", {LAVROV: 1, KERRY: 1}),
    ("Related Syrias Assad says Turkeys Erdogan exploiting coup", {ERDOGAN: 1}),
    # A list of names without commas.
    (
        "his Russian Omani Syrian and Algerian counterparts Sergei Lavrov Yusuf bin Alawi Walid "
        "al-Muallem and Mourad Medelci",
        {LAVROV: 1},
    ),
    # Spellings the identity key folds, and case.
    ("Russian Foreign Minister Sergey Lavrov said", {LAVROV: 1}),
    ("Tags Syria Nusra Front Staffan De Mistura Southern Front", {MISTURA: 1}),
    ("De Mistura began an extensive round of meetings", {MISTURA: 1}),
    ("head of the Observatory Rami Abdurrahman said", {RAHMAN: 1}),
    # Possessives with and without the apostrophe.
    ("President Bashar al-Assads forces advanced", {BASHAR: 1}),
    ("John Kerry's plan and Kerrys envoy", {KERRY: 2}),
    # A surname only one person of the archive bears.
    ("Earlier in the day Putin said during an annual Q&A session", {PUTIN: 1}),
    ("the Russian leader Putins spokesman", {PUTIN: 1}),
    # Known from two articles only: too little to own her surname.
    ("Kane told reporters.", {}),
    # A family the archive knows several members of: the surname alone stays unresolved...
    ("the Assad regime cracked down on protests", {}),
    ("10 Trump decisions killing Palestinian statehood", {}),
    # ...and another given name before a surname is another person.
    ("Hafez al-Assad ruled Syria for three decades", {HAFEZ: 1}),
    ("Melania Trump visited a hospital", {}),  # known to the archive once only
    ("Asma al-Assad visited a hospital", {}),
    ("Maria Lavrov said", {}),
    # A kunya many people share, and a run-on form seen once, are not looked for.
    ("Abu Mohammad a resident of Douma said", {}),
    ("Youssef Diab Paula Astih reported", {}),
    # A surname that is a nationality or a town names them, not the one person...
    ("Iraqi forces entered the town on Monday", {}),
    ("Raqqa Campaign Nears End Tags Syria", {}),
    # ...who is still found by his full name.
    ("the jihadist Abu Osama al-Iraqi said", {IRAQI: 1}),
    ("Omar Raqqa said", {RAQQA: 1}),
    # A name never spans punctuation.
    ("met Sergei. Lavrov later said", {LAVROV: 1}),
    ("lower-case lavrov is no name", {}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_find_known(text: str, expected: dict[int, int]) -> None:
    assert dict(find_known(text, table())) == expected


def test_who_owns_a_surname() -> None:
    people = {p.id: p for p in table_people()}
    owners = {pid for pid, p in people.items() if p.owns_surname}
    # Assad and Trump are families; Angela Kane is in two articles only.
    assert owners == {LAVROV, KERRY, MISTURA, ERDOGAN, RAHMAN, PUTIN}
    # Persons named once, and kunyas, are not looked for at all.
    assert set(people) == {LAVROV, KERRY, MISTURA, BASHAR, HAFEZ, TRUMP, ERDOGAN, RAHMAN,
                           KANE, PUTIN, IRAQI, RAQQA}  # fmt: skip


def test_a_surname_the_archive_also_uses_as_a_given_name_is_nobodys() -> None:
    from app.extract.person_identity import identity_key

    stored = [
        StoredPerson(1, "Vladimir Putin", 11, frozenset({identity_key("Vladimir Putin")})),
        StoredPerson(2, "Putin Ali", 1, frozenset({identity_key("Putin Ali")})),
    ]
    known = build_table(known_people(stored, surname_min_articles=3))
    assert dict(find_known("Earlier in the day Putin said", known)) == {}
    assert dict(find_known("President Vladimir Putin said", known)) == {1: 1}


def table_people():  # type: ignore[no-untyped-def]
    from app.extract.person_identity import identity_key

    stored = [
        StoredPerson(pid, name, n, frozenset(identity_key(f) for f in forms))
        for pid, name, n, forms in ARCHIVE
    ]
    return known_people(stored, surname_min_articles=3, place_word=archive_place)
