"""place_variants.py: other spellings of a known place (expectations written by hand)."""

import pytest

from app.extract import extract_page


@pytest.mark.parametrize(
    ("text", "canonical", "alias"),
    [
        # One letter doubled or undoubled: AFP's "Raqa" is Raqqa.
        (
            "Air strikes targeted an IS training base in Raqa, Syria, the monitor said.",
            "Raqqa",
            "Raqa",
        ),
        ("Rebels in Idleb, Syria, said the convoy arrived.", "Idlib", "Idleb"),
    ],
)
def test_doubled_letters_resolve_to_the_town(text, canonical, alias):
    found = {c.name: c.aliases for c in extract_page(text).cities}
    assert found == {canonical: (alias,)}


def test_doubled_letters_need_the_towns_country():
    # The article names no transliterating country and none of its places is in one.
    assert (
        extract_page("Soldiers in Raqa uniforms marched in Paris, France.").cities[0].name
        == "Paris"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A final "h" written or not: GeoNames' "Al Hawijah" (no population given) is the
        # town, though its skeleton is too short for an unknown-size place otherwise.
        ("Gunmen fled toward Hawija, in Kirkuk province, Iraq.", {"Hawija"}),
        # ... only in a country the article names.
        ("Gunmen fled toward Hawija, the police in Kenya said.", set()),
        # A skeleton too short for the skeleton index ("sb", "zk"): the spelling with or
        # without the final "h" is looked up as a form (cities13).
        (
            "Gunmen from al-Qubba clashed with a rival brigade east of Benghazi, Libya, on Sunday.",
            {"al-Qubba", "Benghazi"},
        ),
        ("Residents of Syria's south said shells fell on Zakiya overnight.", {"Zakiya"}),
        (
            "In Libya, a convoy from ar-Rayayina was stopped at a checkpoint on Friday.",
            {"ar-Rayayina"},
        ),
        # ... only in a transliterating country the article names.
        ("Shells fell on Zakiya overnight, the police in Kenya said.", set()),
    ],
)
def test_a_final_h_written_or_not(text, expected):
    """The text's spelling of each place found."""
    assert {(c.aliases or (c.name,))[0] for c in extract_page(text).cities} == expected


# cities19: after an Arabic place word a given name is a word of the place's name ("Tel
# Rifaat", "Maaret al-Noman": Rifaat, Noman and Maaret are given names too); a big city's
# other name counts for a short skeleton ("al-Hudeidah" is close to "Al Hudaydah", not to
# the shown "Hodeidah"), not a name that only shares its first letters ("al-Buseiri").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkish-backed rebels shelled Tel Rifaat in northern Syria.", {"Tal Rifaat"}),
        ("Children were hurt in Maaret al-Noman in Syria on Sunday.", {"Maarat al-Numan"}),
        ("Coalition jets struck al-Hudeidah in Yemen on Sunday.", {"Hodeidah"}),
        ("Fighters fled from al-Buseiri towards Iraq and Syria on Sunday.", set()),
    ],
)
def test_given_names_in_place_names_and_other_names_of_big_cities(text, expected):
    assert {c.name for c in extract_page(text).cities if c.geonames_id} == expected


# lead20: South Asian towns spelt one vowel or one doubled letter away from GeoNames' form, or
# with -pore for -pur, resolve to the town (with its coordinates) in a country the article
# names, or when all its other towns are in that country; skeletons alone are not enough
# there ("Manipur", a state, is no town).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police said two militants were killed in a gunfight near Budgam in Kashmir, India.",
            {("Budgam", "IN")},
        ),
        (
            "Relatives carried the coffins through Akhnoor after the shelling, Indian army"
            " officers said.",
            {("Akhnoor", "IN")},
        ),
        (
            "Curfew was relaxed in Churachandpore on Friday, officials in India said.",
            {("Churachandpore", "IN")},
        ),
        (
            "Buses from Rangamatti were stopped at army checkpoints, Bangladeshi officials said.",
            {("Rangamatti", "BD")},
        ),
        # No country named, but the other town is Indian.
        (
            "Srinagar, June 3: Two militants were killed in an encounter in Kulgam district."
            " Their bodies were buried in Baramulla, police said.",
            {("Srinagar", "IN"), ("Baramulla", "IN")},
        ),
        # Near misses: another country; a state; a surname.
        ("Shelling hit Baramulla, the police in Kenya said.", set()),
        ("Violence flared again in Manipur, Indian officials said.", set()),
        ("Inspector General Vijay Choudhary said the Indian army had withdrawn.", set()),
    ],
)
def test_south_asian_respellings_resolve_to_the_town(text, expected):
    """The text's spelling of each town found in GeoNames, with its country."""
    found = {(c.text_name, c.country_code) for c in extract_page(text).cities if c.geonames_id}
    assert found == expected


# cities42: a title that opens Arabic place names ("Sheikh Zuweid", "Shaykh Badr"): where a
# place is expected, the whole run spelt like a place of the article's country is that
# place, not the title and a man's name ("Zuweid"); a sheikh who acts or speaks stays a man.
@pytest.mark.parametrize(
    ("text", "cities", "persons"),
    [
        (
            "Troops were deployed in Sheikh Zuweid after the bombing, officials in Egypt said.",
            {"Sheikh Zuweid"},
            set(),
        ),
        (
            "Two conscripts died near the town of Sheikh Zuwayed in Egypt's North Sinai.",
            {"Sheikh Zuwayed"},
            set(),
        ),
        (
            "A checkpoint south of Sheikh Zuwaid was overrun, the army in Egypt said.",
            {"Sheikh Zuwaid"},
            set(),
        ),
        (
            "Government troops entered Sheikh Badr in Tartus province, Syria, on Monday.",
            {"Sheikh Badr"},
            set(),
        ),
        # near misses: a sheikh named as the subject, or a sheikh's full name
        ("Sheikh Zayed met the Egyptian delegation in Cairo on Monday.", {"Cairo"}, {"Zayed"}),
        (
            "Sheikh Hamad bin Jassim arrived in Egypt for talks on Sunday.",
            set(),
            {"Hamad bin Jassim"},
        ),
        (
            "In Syria, Sheikh Badr Hassoun told worshippers to stay home.",
            set(),
            {"Badr Hassoun"},
        ),
    ],
)
def test_a_place_opened_by_sheikh_is_no_person(text, cities, persons):
    x = extract_page(text)
    assert {(c.aliases or (c.name,))[0] for c in x.cities} == cities
    assert {p.name for p in x.persons} == persons


def test_a_respelling_must_be_the_whole_run():
    # lead20 near miss: "Mavil" is one vowel from Maval (India, 15,612), but here it opens
    # the name of an operation ("Mavil Aru"), in a page that names India.
    text = (
        "The war began with the Mavil Aru operation in July 2006, near the Indian Ocean"
        " coast of Sri Lanka, officials in India said."
    )
    assert [c.name for c in extract_page(text).cities] == []
