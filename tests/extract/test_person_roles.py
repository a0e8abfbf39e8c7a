"""person_merge.py roles: who wrote or photographed the story, and who is written about."""

import pytest

from app.extract import extract_page
from tests.extract.paths import seed_text

PAGE = """Rebels shell Goma as talks stall

By Jane Okafor

GOMA, Congo (Reuters) - Rebels shelled the outskirts of Goma on Tuesday, said army spokesman
Sylvain Ekenge, and President Felix Tshisekedi called his ministers to an emergency meeting.

Residents flee the fighting near Goma. REUTERS/Arlette Bashizi

Reporting by Jane Okafor; Editing by Peter Graff
"""

PAGE_VIA = """Hezbollah commander killed in strike on Lebanon

An Israeli Air Force jet flies over southern Lebanon. (Jalaa Marey / AFP via Getty Images)

An Israeli strike on the village of Jouya killed four people, sources told Reuters.

Translated by RFA Burmese. Edited by Kiana Duncan and Mike Firn.
"""

ROLES = [
    # "NAME / AFP via Getty Images": a photo credit with the distributor after "via".
    (PAGE_VIA, "Jalaa Marey", "credit"),
    # "Translated by ... Edited by X and Y.": both editors are credited, as authors are.
    (PAGE_VIA, "Kiana Duncan", "author"),
    (PAGE_VIA, "Mike Firn", "author"),
    (PAGE, "Jane Okafor", "author"),  # byline and "Reporting by"
    (PAGE, "Peter Graff", "author"),  # "Editing by"
    (PAGE, "Arlette Bashizi", "credit"),  # a photo credit inside a caption
    (PAGE, "Sylvain Ekenge", "mentioned"),
    (PAGE, "Felix Tshisekedi", "mentioned"),
    (seed_text("001"), "Saul Loeb", "credit"),  # "Ashton CarterSaul Loeb / AFP/Getty Images"
    (seed_text("003"), "Andrea Shalal", "author"),
    (seed_text("003"), "John Kerry", "mentioned"),  # also in a caption, but named in the story
]


@pytest.mark.parametrize(("text", "name", "role"), ROLES)
def test_role(text: str, name: str, role: str) -> None:
    roles = {p.name: p.role for p in extract_page(text).persons}
    assert roles.get(name) == role


def test_byline_glued_to_the_dateline() -> None:
    # A scraper joined the AP byline, in capitals and without a comma, to the dateline.
    page = (
        "Indian troops kill three rebels in Kashmir\n"
        "By AIJAZ HUSSAIN Associated Press SRINAGAR, India (AP) — Indian troops killed three "
        "suspected rebels in a gunbattle on Tuesday, police said. Police officer Vijay Kumar "
        "said the rebels were local.\n"
    )
    e = extract_page(page)
    assert {p.name: p.role for p in e.persons} == {
        "Aijaz Hussain": "author",
        "Vijay Kumar": "mentioned",
    }
    assert [c.name for c in e.cities] == ["Srinagar"]
