"""The extraction of one page: what survives between the page's lines and its entities."""

from __future__ import annotations

from app.extract.page import extract_page

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
