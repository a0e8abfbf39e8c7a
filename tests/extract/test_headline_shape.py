"""headline_shape.py: what a headline line looks like, and furniture that only looks like one."""

import pytest

from app.extract.headline_shape import is_furniture, is_headline_shaped, looks_like_name_line


@pytest.mark.parametrize(
    ("line", "shaped"),
    [
        ("Taliban capture Kunduz city", True),
        ("Leader or killer? A day with ‘Barbecue’ in Haiti’s capital", True),
        ("Sec. Carter: ISIS Could Seek Revenge for Offensives in Raqqa, Mosul", True),
        ("Gaza war rages on, Hamas says", True),
        # Sentences, labels, broken-off lines, bylines and date lines are not.
        ("Taliban fighters captured the city on Sunday.", False),
        ("You are here:", False),
        ("News18test sharma |", False),
        ("Boko Haram gunmen killed 15 people including a village leader near", False),
        ("By Jane Roe", False),
        ("August 28, 1995 -- 2:30 p.m. EDT", False),
        ("10 months ago", False),
        ("Two words", False),
    ],
)
def test_headline_shape(line, shaped):
    assert is_headline_shaped(line) is shaped


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Spread the love", True),
        ("Powered by automated translation", True),
        ("2 Min Read", True),
        ("Image | MIDEAST-CRISIS/IRAQ-MOSUL", True),
        ("Publication: North Caucasus Weekly Volume: 17 Issue: 14", True),
        ("All photographs by Sergio Ramazzotti/Parallelozero", True),
        ("(Photo: Ejercito Nacional)", True),
        ("Soldiers gather near damaged vehicles in Jammu. (PIC/PTI)", True),
        ("- Fighting has ravaged swathes of Myanmar since a coup in 2021", True),
        ("... So that You may be kept informed", True),
        ("Home News World Middle East", True),
        ("Today from Hiiraan Online: _ advertisements", True),
        # Headlines with a colon, a dash or a place in front are no furniture.
        ("Afghanistan: Blast kills two at Kabul funeral", False),
        ("Photographers killed in Gaza strike", False),
        ("Middle East peace talks resume in Cairo", False),
        ("14 killed in clash between ELN and Colombia military", False),
    ],
)
def test_furniture(line, furniture):
    assert is_furniture(line) is furniture


@pytest.mark.parametrize(
    ("line", "name_like"),
    [
        ("Ammar Al Shamary", True),
        ("CNN Balkan Conflict News", True),
        ("Taliban capture Kunduz city", False),
        ("Afghan Forces Battle Taliban In Kunduz", False),
    ],
)
def test_name_lines(line, name_like):
    assert looks_like_name_line(line) is name_like
