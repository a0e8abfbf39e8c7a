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


# persons7: a byline or a credit label's names are not cut at a "verb" as a Title Case
# headline's are ("GULED" reads as an inflection of "gule", "Hicks" of "hick").
CREDIT_NAMES_UNCUT = [
    ("By ABDI GULED and CARA ANNA\n\nThe road to the camp was cut.", {"Abdi Guled", "Cara Anna"}),
    ("Credit: Tyler Hicks/The New York Times", {"Tyler Hicks"}),
]


@pytest.mark.parametrize(("text", "expected"), CREDIT_NAMES_UNCUT)
def test_credit_names_are_not_cut(text: str, expected: set[str]) -> None:
    assert {p.name for p in extract_page(text).persons} == expected


# persons7: a line that is only a photo credit ("Photo: NAME / AGENCY") is a credit line,
# not a gallery link; its photographer is a person with the credit role.
PHOTO_CREDIT_LINES = [
    (
        "Gunmen burned the market on Monday, police said.\nPhoto: HASSAN ALI / AFP\n"
        "It was the third attack this month.",
        {("Hassan Ali", "credit")},
    ),
    (
        "Gunmen burned the market on Monday, police said.\nPhoto: Lena Marsh/Reuters\n"
        "It was the third attack this month.",
        {("Lena Marsh", "credit")},
    ),
    (
        "Gunmen burned the market on Monday, police said.\nPHOTOS: Scenes from the market\n"
        "It was the third attack this month.",
        set(),
    ),
    # A credit line of a name and its agency is no headline to cut at a "verb": "Nor" is
    # a surname here, not the conjunction.
    (
        "Gunmen burned the market in Baidoa on Monday.\nAbdullahi Farah Nor/AFP\n"
        "It was the third attack this month.",
        {("Abdullahi Farah Nor", "credit")},
    ),
    (
        "Gunmen burned the market in Baidoa on Monday.\nSarah Ruth Brown/AFP\n"
        "It was the third attack this month.",
        {("Sarah Ruth Brown", "credit")},
    ),
    # "via" after an agency's slash: the photographer is credited, not taken for an agency
    # (as "PETRY/Hans Lucas via AFP" is)
    (
        "Rescuers search the ruins of a school in Kharkiv. REUTERS/Vyacheslav Madiyevskyy via "
        "Getty Images\nThe regional governor said two teachers died.",
        {("Vyacheslav Madiyevskyy", "credit")},
    ),
    (
        "Rescuers search the ruins of a school in Kharkiv. AFP/Sergey Bobok via Getty Images\n"
        "The regional governor said two teachers died.",
        {("Sergey Bobok", "credit")},
    ),
    # the agency first, in capitals: a credit line, not a gallery link ("PHOTOS: ...")
    (
        "Gunmen burned the market in Baidoa on Monday.\nPHOTO: AFP/SAID KHATIB\n"
        "It was the third attack this month.",
        {("Said Khatib", "credit")},
    ),
    # the agency after the name closes it inside a caption too
    (
        "Women queue for water in Dollow. Photo: Abdi Warsame Nor/Reuters\n"
        "It was the third attack this month.",
        {("Abdi Warsame Nor", "credit")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PHOTO_CREDIT_LINES)
def test_photo_credit_lines(text: str, expected: set[tuple[str, str]]) -> None:
    assert {(p.name, p.role) for p in extract_page(text).persons} == expected


# persons8: a byline whose date follows on the same line ("by NAME March 26, 2025") and a
# blog's "Posted by:" label (with or without a space after the colon) name their writer.
BYLINE_DATES_AND_POSTS = [
    (
        "by Olena Kravets March 3, 2024 9:10 AM 3 min read\n\nShelling hit Kherson overnight.",
        {"Olena Kravets"},
    ),
    ("By Aliyu Danladi Sept. 12, 2019\n\nGunmen attacked a village near Gusau.", {"Aliyu Danladi"}),
    ("Troops repelled the attack, the army said.\nPosted by:Chidi Okonkwo", {"Chidi Okonkwo"}),
    ("Troops repelled the attack.\nPosted by: Amina Bello", {"Amina Bello"}),
]


@pytest.mark.parametrize(("text", "expected"), BYLINE_DATES_AND_POSTS)
def test_byline_dates_and_posted_by(text: str, expected: set[str]) -> None:
    assert set(roles(text)) == expected


def test_capitalised_byline_with_date_is_the_author() -> None:
    text = "By Aliyu Danladi Sept. 12, 2019\n\nGunmen attacked a village near Gusau."
    assert roles(text) == {"Aliyu Danladi": "author"}


# persons12: the line that ends many wire and newspaper stories credits reporters ("X
# contributed to this report", "CNN's X in Jerusalem and Y contributed reporting"); the
# agencies it may name are no people.
CONTRIBUTED = [
    (
        "Fighting raged in Gaza on Monday, officials said.\n"
        "The Washington Post's Sudarsan Raghavan contributed to this report.",
        {"Sudarsan Raghavan"},
    ),
    (
        "Fighting raged in Gaza on Monday, officials said.\n"
        "Sudarsan Raghavan in Cairo and Hazem Balousha in Amman contributed reporting.",
        {"Sudarsan Raghavan", "Hazem Balousha"},
    ),
    (
        "Fighting raged in Gaza on Monday, officials said.\n"
        "The Associated Press and Reuters contributed to this report.",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONTRIBUTED)
def test_contributed_to_this_report(text: str, expected: set[str]) -> None:
    assert {p.name for p in extract_page(text).persons} == expected


# persons13: a caption's bracketed credit holding a name and its agency ("(Photo: AFP/X)",
# "(Photo: X, Reuters)"); an outlet after a byline's name in capitals, cut where the case
# changes; a byline after a date line's bar; French and Spanish bylines ("Par", "Por").
PERSONS13_CREDITS = [
    (
        "Mourners carry a coffin in Goma on March 3, 2024. (Photo: AFP/Kelvin Mbeki)\n\n"
        "Fighting resumed north of the city.",
        {"Kelvin Mbeki"},
    ),
    (
        "Mourners carry a coffin in Goma on March 3, 2024. (Photo: Tendai Moyo, Reuters)\n\n"
        "Fighting resumed north of the city.",
        {"Tendai Moyo"},
    ),
    (
        "Soldiers patrol a road in Cauca. (Photo: Colombian National Army)\n\n"
        "Fighting resumed north of the city.",
        set(),
    ),
    (
        "By GRACE WANJIKU Daily Nation\n\nGunmen raided two villages in Lamu.",
        {"Grace Wanjiku"},
    ),
    (
        "March 4, 1999|By DAVID HOLLIS Chicago Tribune\n\nGunmen raided two villages.",
        {"David Hollis"},
    ),
    (
        "Par Jean-Claude Mbarga\n\nLes séparatistes ont attaqué Bamenda.",
        {"Jean-Claude Mbarga"},
    ),
    ("Por Lucía Cárdenas Rojas\n\nEl ataque dejó dos muertos.", {"Lucía Cárdenas Rojas"}),
]


@pytest.mark.parametrize(("text", "expected"), PERSONS13_CREDITS)
def test_persons13_credits(text: str, expected: set[str]) -> None:
    assert set(roles(text)) == expected


# persons14: a photo credit inside flattened text (a caption run into the story, as FA-KES
# and other scraped copy print it): the name after an agency and a slash is the
# photographer's, wherever the line puts it, and it ends where the next sentence starts.
INLINE_CREDITS = [
    (  # the next sentence opens with a function word
        "Boys play in the rubble of Jobar May 3 2015. REUTERS/Yara Nassif The army said it had "
        "retaken the district.",
        {("Yara Nassif", "credit")},
    ),
    (  # ... with a noun and a lower-case verb
        "Women queue for bread in Homs June 9 2014. REUTERS/Tarek Haddad Residents said prices "
        "had doubled.",
        {("Tarek Haddad", "credit")},
    ),
    (  # ... with an unknown word straight before lower-case words
        "A tank near Tadef March 1 2017. REUTERS/Nizar Qassem Erdogans aides said the town fell.",
        {("Nizar Qassem", "credit")},
    ),
    (  # ... with a demonym
        "Smoke over Kobani October 8 2014. AP Photo/Lefteris Pitarakis Turkish troops watched "
        "from the hills.",
        {("Lefteris Pitarakis", "credit")},
    ),
    (  # a three-word name
        "Rescuers dig in Maarat al-Numan. AFP/Getty Images/Omar Haj Kadour The civil defence "
        "said four people died.",
        {("Omar Haj Kadour", "credit")},
    ),
    (  # a label before the name, the agency after it
        "Displaced families camp near Atmeh. Photo: Salim Darwish/Reuters Aid groups warned of "
        "the cold.",
        {("Salim Darwish", "credit")},
    ),
    (  # a bracket closes the credit: its last word is a name, whatever it opens elsewhere
        "Fighters drill outside Kismayo in 2012. (Photo credit: AP/Abdi Farah Nor) The group "
        "denied the report.",
        {("Abdi Farah Nor", "credit")},
    ),
    (  # ... with a town's name and a function word (review13)
        "A man walks past rubble in Idlib August 21 2019. REUTERS/Khalil Ashawi Aleppo was also "
        "shelled overnight, residents said.",
        {("Khalil Ashawi", "credit")},
    ),
    (  # no photographer named
        "Smoke rises over Deir ez-Zor. REUTERS/Stringer The Syrian army sent reinforcements.",
        set(),
    ),
    (  # a poll, not a credit
        "A Reuters/Ipsos poll found most voters opposed the strikes, Hassan Karimi said.",
        {("Hassan Karimi", "mentioned")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), INLINE_CREDITS)
def test_photo_credit_inside_flattened_text(text: str, expected: set[tuple[str, str]]) -> None:
    assert {(p.name, p.role) for p in extract_page(text).persons} == expected


# persons19: an outlet's own photo credit in brackets, "photo" in lower case after its name.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police guard the courthouse on the day of the ruling. (Harbour Times photo/Ines"
            " Varga)\n\nThe judges read the verdict on Friday.",
            {"Ines Varga": "credit"},
        ),
        (
            "Families wait outside the camp gate. (Valley Star photo/Tomasz Wrona)\n\n"
            "Aid agencies said stocks were low.",
            {"Tomasz Wrona": "credit"},
        ),
    ],
)
def test_an_outlets_photo_credit_in_brackets(text: str, expected: dict[str, str]) -> None:
    assert roles(text) == expected


# persons22 (set bt): flattened wire copy runs the byline into the dateline's place, in
# capitals ("By NAME CITY, Country (Reuters) -"); the name ends where the capitals start.
# Near misses: a byline all in capitals is one name; a place in Title Case is left as it was.
_LONG = " Officials said the strike hit a compound near the border and killed seven fighters." * 3
BYLINE_DATELINES = [
    (
        "Drone strike hits militants\n\nBy Amir Shahzad DERA ISMAIL KHAN, Pakistan (Reuters) -"
        + _LONG,
        {"Amir Shahzad"},
    ),
    (
        "Rebels shell villages\n\nBy Petar Ilievski NEAR TETOVO, Macedonia (Reuters) -" + _LONG,
        {"Petar Ilievski"},
    ),
    (
        "Army retakes town\n\nReuters By Daniel Okoro NEAR GWOZA, Nigeria, May 4 (Reuters) -"
        + _LONG,
        {"Daniel Okoro"},
    ),
    ("Army retakes town\n\nBy Laila Haddad GAZA (Reuters) -" + _LONG, {"Laila Haddad"}),
    # near misses
    ("Army retakes town\n\nBy AHMED SALEH, Reuters -" + _LONG, {"Ahmed Saleh"}),
]


@pytest.mark.parametrize(("text", "expected"), BYLINE_DATELINES)
def test_a_byline_run_into_a_capitals_dateline(text: str, expected: set[str]) -> None:
    assert set(roles(text)) == expected
