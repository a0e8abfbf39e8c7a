"""Noms de guerre and second names (``app/extract/person_aliases.py``): "alias X" names a
person whatever X looks like, and a second name right after a person's name is that
person's alias, not another person. Expectations written by hand from each sentence."""

import pytest

from app.extract import extract_page


def people(text: str) -> dict[str, set[str]]:
    """Each person's name -> the other forms the article gives them."""
    return {p.name: set(p.aliases) for p in extract_page(text).persons}


CASES = [
    # "alias" after a name: one person with two names
    (
        "Police identified the dead gunmen as Tariq alias Babloo and Imran alias Chhota.",
        {"Tariq": {"Babloo"}, "Imran": {"Chhota"}},
    ),
    (
        "Troops recovered the body of Jamiri Adjang alias Abu Khalid, a sub-leader wanted "
        "for the kidnapping of two fishermen.",
        {"Jamiri Adjang": {"Abu Khalid"}},
    ),
    # the alias in brackets after the name
    (
        "Another civilian, Ramesh Lal (alias Pappu), was hurt when a shell hit his shop.",
        {"Ramesh Lal": {"Pappu"}},
    ),
    # a second name in brackets that is a person's name by itself
    (
        "Officials said Ahmed Abdi Godane (Mukhtar Abu Zubeyr) had ordered the attack.",
        {"Ahmed Abdi Godane": {"Mukhtar Abu Zubeyr"}},
    ),
    # "alias" alone: each nom de guerre is a person, a word ("Bravo") included
    (
        "The three slain rebels were alias Kumander Dos, alias Bravo and alias Tigre.",
        {"Kumander Dos": set(), "Bravo": set(), "Tigre": set()},
    ),
    # a list of aliases is no chain of one person's names
    (
        "The army said the dead were alias Marwan, alias Jundi and alias Haydar.",
        {"Marwan": set(), "Jundi": set(), "Haydar": set()},
    ),
]

# "dubbed (as)", "nicknamed", "known as": a second name the article gives as a person's
CASES += [
    (
        "Police said the dead included Abdulla Gadzhiyev, dubbed as Mansur, a militant since 2005.",
        {"Abdulla Gadzhiyev": {"Mansur"}},
    ),
]

# Brackets after a name that hold no second name of the person.
NOT_ALIASES = [
    (
        "Spokesman Ali Hussein (Baidoa) said the road to the airport was closed.",
        {"Ali Hussein": set()},
    ),
    (
        "Abdirahman Mohamed (Somalia) and Peter Otieno (Kenya) signed the accord.",
        {"Abdirahman Mohamed": set(), "Peter Otieno": set()},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES + NOT_ALIASES)
def test_aliases_join_the_person_they_follow(text: str, expected: dict[str, set[str]]) -> None:
    assert people(text) == expected


# persons7: "X, alias Y" with a comma before "alias" is one person too, and the comma-alias
# vouches for a full name no list knows; a list of noms de guerre stays a list.
COMMA_ALIASES = [
    (
        "Police said Wilson Joseph, alias Lanmo Sanjou, leads the gang.",
        {"Wilson Joseph": {"Lanmo Sanjou"}},
    ),
    (
        "Troops killed Kadafi Tahir, alias Abu Sharif, in Patikul.",
        {"Kadafi Tahir": {"Abu Sharif"}},
    ),
    (
        "The dead were alias Moktar, alias Julhadi and alias Surayb.",
        {"Moktar": set(), "Julhadi": set(), "Surayb": set()},
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMMA_ALIASES)
def test_comma_before_alias(text: str, expected: dict[str, set[str]]) -> None:
    assert people(text) == expected


# persons8: a quoted nickname after "known as", "nicknamed" or "dubbed" names a person when
# a person noun stands just before the phrase, even when the nickname is an English word.
QUOTED_NICKNAMES = [
    ('Police sought a gunman known as "Tigre" after the raid.', {"Tigre"}),
    ("The bandit leader, nicknamed “Gwaska”, escaped.", {"Gwaska"}),
    ('A young fighter dubbed "Rocket" guarded the gate.', {"Rocket"}),
    # places and groups "known as" something stay no person
    ('They fled to an area known as "Kilo Five".', set()),
    ('The faction known as "Tigers" withdrew.', set()),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_NICKNAMES)
def test_quoted_nickname_after_a_person_noun(text: str, expected: set[str]) -> None:
    assert {p.name for p in extract_page(text).persons} == expected


# persons9: the nom de guerre in quotes after "alias", "(aka ...)" after a surname with an
# Arabic article, a real name after "whose real name was", and an unquoted name after
# "known as" with a person noun before it. Sentences written for these tests.
PERSONS9_ALIASES = [
    (
        "Army officers said the dead man was Hernando Quiroga, alias “Tío Pacho,” a "
        "commander of the front.",
        {"Hernando Quiroga": {"Tío Pacho"}},
    ),
    (
        "The group named its new emir, Khalid al-Obeidi (aka Abu Hamza al-Ansari), on Sunday.",
        {"Khalid al-Obeidi": {"Abu Hamza al-Ansari"}},
    ),
    (
        "Neighbours said Ti Kòk, whose real name is Wilner Desravines, ran the market.",
        {"Wilner Desravines": {"Ti Kòk"}},
    ),
    (
        "The raid was led by a man known as Frantzy Boussiko, witnesses said.",
        {"Frantzy Boussiko": set()},
    ),
    # two people: "known as" after no person noun, and a second person after "and"
    (
        "They crossed an area known as Kilo Sept before Jean Moïse and Paul Denis arrived.",
        {"Jean Moïse": set(), "Paul Denis": set()},
    ),
    # a bracket after a hyphenated surname that holds a place stays no alias
    (
        "Spokesman Omar al-Tamimi (Baghdad) said the road was closed.",
        {"Omar al-Tamimi": set()},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PERSONS9_ALIASES)
def test_persons9_second_names(text: str, expected: dict[str, set[str]]) -> None:
    assert people(text) == expected


# persons13: "alias X or Y": both names after "alias" are the same man's.
ALIAS_OR = [
    (
        "Police seized Héctor Ruiz Salgado, alias Chucho Pérez or Mario Lunares, in Cali.",
        {"Héctor Ruiz Salgado": {"Chucho Pérez", "Mario Lunares"}},
    ),
    # a short appositive between the name and "known as": still the same man's name; a
    # longer one with "of" ("the leader of a group known as X") names the group
    (
        "Yusuf Adan, a Kenyan preacher known as Abu Khalid al-Kini, was killed.",
        {"Yusuf Adan": {"Abu Khalid al-Kini"}},
    ),
    # without "alias" the names after "or" are another person
    (
        "Police sought Héctor Ruiz Salgado or Mario Lunares after the raid.",
        {"Héctor Ruiz Salgado": set(), "Mario Lunares": set()},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ALIAS_OR)
def test_alias_or(text: str, expected: dict[str, set[str]]) -> None:
    assert people(text) == expected


# persons14: "(or X)" after a name gives the other name the man goes by.
OR_IN_BRACKETS = [
    (
        "The raid was led by Wilfrid Lamour (or Ti Makak), the police said.",
        {"Wilfrid Lamour": {"Ti Makak"}},
    ),
    (  # review13: either of two men, no other name of one
        "Talks between Salva Kiir (or Riek Machar) and the envoy stalled on Friday.",
        {"Salva Kiir": set(), "Riek Machar": set()},
    ),
    (  # his name turned round
        "The unit was led by Gai Mabior (or Mabior Gai), a defector said.",
        {"Gai Mabior": {"Mabior Gai"}},
    ),
]


@pytest.mark.parametrize(("text", "expected"), OR_IN_BRACKETS)
def test_or_in_brackets(text: str, expected: dict[str, set[str]]) -> None:
    assert people(text) == expected


# persons15: "whose real name was X" after a dash, and after a given name the article
# also gives in full: the real name is the same man's, no second person.
REAL_NAME_FORMS = [
    (
        "Rebels mourned Colonel Sornam - whose real name was Ravi Selvam - on Monday.",
        {"Ravi Selvam": {"Sornam"}},
    ),
    (
        "Maulvi Jalal Haqqani led the raid. Maulvi Jalal whose real name was Noor Agha "
        "fled to the mountains.",
        {"Noor Agha": {"Jalal Haqqani"}},
    ),
    (  # two men open with the given name: the real name stays a person of its own
        "Jalal Haqqani and Jalal Wardak met. Jalal whose real name was Noor Agha fled.",
        {"Jalal Haqqani": set(), "Jalal Wardak": set(), "Noor Agha": set()},
    ),
]


@pytest.mark.parametrize(("text", "expected"), REAL_NAME_FORMS)
def test_real_name_forms(text: str, expected: dict[str, set[str]]) -> None:
    assert people(text) == expected
