"""The extraction of one page: what survives between the page's lines and its entities."""

from __future__ import annotations

import pytest

from app.extract.page import extract_page, extraction_to_json
from app.extract.transliteration import fold

# A photo gallery: long captions, each ending with the agency's name in capitals (so not
# read as a caption credit), then a cut-off line that looks like a headline.
GALLERY = """Menu
Rebels patrol the market street of Goma, Democratic Republic of the Congo, on Thursday, as
traders reopen their shops after two days of fighting. (AP Photo/Lucy Mwangi) ASSOCIATED PRESS

A family crosses the border post in Gisenyi, Rwanda, on Wednesday, carrying what they could
save from their house. (AP Photo/Peter Odhiambo) ASSOCIATED PRESS

Rebel leader Corneille Nangaa addresses a news conference in Goma on Thursday, promising
that schools will reopen next week. (AP Photo/Peter Odhiambo) ASSOCIATED PRESS

Rebels escort soldiers who
"""

# A story page: a short menu line and a one-line teaser above the headline stay out.
STORY = """Home News World Sport
Most read: Floods in Lagos
Army retakes Mosul bridge
By Jane Doe
Iraqi forces retook a bridge in Mosul on Monday, said General Ahmed Karim, after a week of
fighting in the old city.
"""


def test_paragraphs_above_a_late_headline_keep_their_people_and_places():
    extraction = extract_page(GALLERY)
    assert {c.name for c in extraction.cities} == {"Goma", "Gisenyi"}
    assert {p.name for p in extraction.persons} == {
        "Lucy Mwangi",
        "Peter Odhiambo",
        "Corneille Nangaa",
    }
    assert "traders reopen their shops" in extraction.body


def test_short_furniture_above_the_headline_stays_out():
    extraction = extract_page(STORY)
    assert extraction.title == "Army retakes Mosul bridge"
    assert {c.name for c in extraction.cities} == {"Mosul"}
    assert "Lagos" not in extraction.body and "Floods" not in extraction.body


# persons12 (set z): a caption above the headline that names five things or more, none of
# which the article names, is another story's photo; a lead photo of the story stays.
OTHER_STORY_PHOTO = """Opposition Leader Hanna Korvel, center, is greeted by Sen. Paul Ostrow and \
Sen. Mia Lindqvist at the Capitol in Washington, Tuesday, March 4, 2021. (AP Photo/Dale Perkins)
Gunmen kill nine police officers in western Mexico

By LUIS ORTEGA

MORELIA, Mexico (AP) - Gunmen ambushed a police convoy near Apatzingan on Monday, killing \
nine officers, state prosecutor Ramon Cruz said.
"""

OWN_STORY_PHOTO = """Police officers guard the road near Apatzingan, Mexico, Monday, \
Oct. 14, 2019. (AP Photo/Dale Perkins)
Gunmen kill nine police officers in western Mexico

By LUIS ORTEGA

MORELIA, Mexico (AP) - Gunmen ambushed a police convoy near Apatzingan on Monday, killing \
nine officers, state prosecutor Ramon Cruz said.
"""


def test_caption_of_another_story_above_the_headline_is_left_out() -> None:
    names = {p.name for p in extract_page(OTHER_STORY_PHOTO).persons}
    assert names == {"Luis Ortega", "Ramon Cruz"}


def test_caption_of_the_story_above_the_headline_is_kept() -> None:
    names = {p.name for p in extract_page(OWN_STORY_PHOTO).persons}
    assert names == {"Luis Ortega", "Ramon Cruz", "Dale Perkins"}


# "al- X": an Arabic article cut from its name by a space after the hyphen (cities15).
CUT_ARTICLES = [
    (
        "Shelling hit the villages of al- Rafiqa and al- Bustan near Hama on Monday, "
        "the monitor said.",
        {"al-rafiqa", "al-bustan"},
        set(),
    ),
    (
        "Warplanes struck the town of al- Tuwaynat overnight, killing three people.",
        {"al-tuwaynat"},
        set(),
    ),
    (
        "Nabila al- Haddad, 54, died in hospital in Damascus of her wounds.",
        {"damascus"},
        {"nabila al-haddad"},
    ),
]


@pytest.mark.parametrize(("text", "cities", "persons"), CUT_ARTICLES)
def test_a_cut_article_stays_with_its_name(text, cities, persons):
    extraction = extract_page("Syria news\n\n" + text + "\n")
    forms = {fold(f) for c in extraction.cities for f in (c.name, *c.aliases)}
    assert {fold(c) for c in cities} <= forms
    assert not {"rafiqa", "bustan", "tuwaynat"} & {fold(c.name) for c in extraction.cities}
    assert {fold(p) for p in persons} <= {fold(p.name) for p in extraction.persons}


# persons13: initials are given as the page writes them ("R.K. Sharma", not "R. K. Sharma"),
# and left spaced where the page spaces them.
def test_initials_keep_the_page_form() -> None:
    names = {p.name for p in extract_page("Brig. R.K. Sharma said two soldiers died.").persons}
    assert names == {"R.K. Sharma"}
    names = {p.name for p in extract_page("Brig. R. K. Sharma said two soldiers died.").persons}
    assert names == {"R. K. Sharma"}


# A place is named as the article writes it (its most used spelling), as annotators name it;
# the archive lists it under its GeoNames name, given beside it, and the other spellings are
# aliases.
WRITTEN_NAMES = [
    (
        "Raids in the West Bank\n\nIsraeli troops raided Jenin before dawn, and residents of "
        "Jenin said two men were detained.",
        [("Jenin", "Janin", ["Janin"])],
    ),
    (
        "Curfew in the south\n\nBASRA, Iraq - Police imposed a curfew in Basra after clashes.",
        [("Basra", "Basrah", ["Basrah"])],
    ),
    (
        "Strikes near the border\n\nOfficials in Irbil said the strikes hit villages north of "
        "Erbil; Irbil's governor asked for calm.",
        [("Irbil", "Erbil", ["Erbil"])],
    ),
    (
        "Shelling in the east\n\nShells hit Kharkiv overnight, the governor said.",
        [("Kharkiv", "Kharkiv", [])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), WRITTEN_NAMES)
def test_places_are_named_as_the_article_writes_them(text, expected):
    cities = extraction_to_json(extract_page(text))["cities"]
    assert [(c["name"], c["archive_name"], c["aliases"]) for c in cities] == expected


def test_a_box_of_related_links_under_the_headline_is_no_story() -> None:
    # titles12: the headline over a box of related links between two labels, then the
    # byline and the story. The headline is the first line; the links' names are other
    # stories' (left out), the byline's and the story's are kept.
    text = (
        "Gunmen wound the mayor outside his home\n\n"
        "Photo: Reuters\n\n"
        "Latest related coverage\n\n"
        "Talks stall: Rashid Kamali warns of more violence\n\n"
        "Video Farah Osmani on the road to the capital\n\n"
        "Other related coverage\n\n"
        "By Daniel Okoro\n\n"
        "KANO, Nigeria (Reuters) - Gunmen shot and wounded the mayor of the town outside his "
        "home on Sunday, police said, a day after the regional governor Musa Danladi visited "
        "it.\n\n"
        "The mayor was taken to hospital in a stable condition, his spokesman said."
    )
    e = extract_page(text)
    assert e.title == "Gunmen wound the mayor outside his home"
    names = {p.name for p in e.persons}
    assert {"Daniel Okoro", "Musa Danladi"} <= names
    assert not names & {"Rashid Kamali", "Farah Osmani"}


# cities26: no name is read from inside a social handle, however its capitals split it.
@pytest.mark.parametrize(
    ("text", "cities"),
    [
        (
            "Gunmen attacked the town of Bria in the Central African Republic on Sunday, "
            "residents said.\n\nHeavy shooting in the market this morning — Radio Ndeke "
            "(@BanguiKinshasa) March 3, 2021",
            {"Bria"},
        ),
        (
            "Troops left the town of Gao in Mali on Monday, an officer said, in a post shared "
            "by @MoptiBamakoNews and others.",
            {"Gao"},
        ),
        # Guard: an e-mail address is no handle, and places beside a handle stay.
        (
            "Write to news@mali-desk.org. Troops left the towns of Gao and Kidal in Mali "
            "(@sahel_watch) on Monday.",
            {"Gao", "Kidal"},
        ),
    ],
)
def test_no_name_inside_a_social_handle(text, cities):
    assert {c.name for c in extract_page(text).cities} == cities
