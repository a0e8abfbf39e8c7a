"""place_phrases.py: the words around a run that say what kind of place it names.

Expectations written by hand from reading each phrase or sentence. The village names in
the sentences are not in GeoNames under any spelling (checked by hand), so only the rules
under test can find them.
"""

import pytest

from app.extract import extract_page
from app.extract.place_phrases import (
    byline_place,
    describes_people,
    direction_from,
    distance_from,
    lies_at_distance,
    list_then,
    others_of_kind,
    pair_of_divisions,
    pair_then,
    people_village,
)


def cities(text: str) -> set[tuple[str, str]]:
    return {(c.name, c.country_code) for c in extract_page(text).cities}


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        (["attacked", "a"], ["village"], True),  # "attacked a Kakai village"
        (["a", "rival"], ["village"], True),  # "a rival Fulani village"
        (["the", "ethnic"], ["community"], True),  # "the ethnic Burman community"
        (["raided", "several"], ["villages"], True),  # "several Kakai villages"
        (["attacked"], ["villages"], True),  # "attacked Hazara villages"
        (["in", "Mbuta", "and"], ["villages"], False),  # "Mbuta and Alkideow villages"
        (["Gesi", ","], ["villages"], False),  # "Gesi, Bula and Kaya villages"
        (["in"], ["village"], False),  # "in Mailari village"
        (["invaded"], ["community"], False),  # "invaded Kofa community"
        (["a"], ["hospital"], False),  # "a Damascus hospital": no village word
        (["a"], [], False),
    ],
)
def test_people_village(before, after, expected):
    assert people_village(before, after) is expected


@pytest.mark.parametrize(
    ("before", "expected"),
    [(["a"], True), (["an"], True), (["a", "small"], True), (["the"], False), (["in"], False)],
)
def test_describes_people(before, expected):
    assert describes_people(before) is expected


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (("north", "of", "Kita", "."), True),
        (("southwest", "of", "al-Bab"), True),  # an Arabic particle opens the name
        (("northern", "of", "Kita"), False),  # not a direction from a place
        (("north", "of", "the", "city"), False),  # no name after "of"
        (("north", "Kita"), False),
        (("said", "on", "Monday"), False),
    ],
)
def test_direction_from(after, expected):
    assert direction_from(after) is expected


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (["is", "about", "20km", "west", "of", "mogadishu"], True),
        (["lies", "12", "kilometres", "from", "kita"], True),
        (["is", "30", "miles", "southeast", "of"], True),
        (["is", "a", "small", "town"], False),
        (["was", "20km", "from"], False),  # "was" tells where someone was, not a place
        (["is", "about", "20", "years"], False),
        ([], False),
    ],
)
def test_lies_at_distance(after, expected):
    assert lies_at_distance(after) is expected


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (("and", "Bankilare", "districts", ","), True),
        (("and", "Hama", "provinces"), True),
        (("and", "Upper", "Nile", "states"), True),
        (("and", "Odesa", "oblasts"), True),  # "the Mykolaiv and Odesa oblasts"
        (("and", "Berdiansk", "raions", "."), True),  # "Melitopol and Berdiansk raions"
        (("and", "Bankilare", "villages"), False),  # villages are places
        (("and", "the", "districts"), False),  # no name between
        ((",", "Bankilare", "districts"), False),  # not a pair
    ],
)
def test_pair_of_divisions(after, expected):
    assert pair_of_divisions(after) is expected


def test_pair_then_reads_arabic_particles_as_name_words():
    plural = frozenset(["villages"])
    assert pair_then(("and", "Mahal", "al-Sheikh", "villages"), plural)
    assert not pair_then(("and", "other", "villages"), plural)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The village of a people names no village, nor a namesake abroad (GeoNames' "Kakai"
        # is Kanggye, North Korea), and a headline's "Kakai village" is that people's too.
        (
            "Militants seize Kakai village\n\nGunmen attacked a Kakai village near Kirkuk, "
            "Iraq, on Monday.",
            {("Kirkuk", "IQ")},
        ),
        ("Soldiers raided several Hazara villages near Ghazni, Afghanistan.", {("Ghazni", "AF")}),
        ("Most of the victims were from the ethnic Burman community, Myanmar police said.", set()),
        # A people's word before "community" does not hide a town of the article's country
        # named elsewhere ("a Tuzantla community" lies in Tuzantla municipality).
        (
            "Gunmen entered Tuzantla, Mexico, and later a Tuzantla community to the south.",
            {("Tuzantla", "MX")},
        ),
    ],
)
def test_villages_of_peoples_are_no_places(text, expected):
    assert cities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A village placed at a distance from another place, the sentence's subject.
        (
            "Gunmen struck Mogadishu, Somalia, again. Gumbiro is about 30km south of Mogadishu.",
            {("Mogadishu", "SO"), ("Gumbiro", "SO")},
        ),
        # A given name English rarely writes is a place's name after a distance cue.
        (
            "Gunmen killed four people in Niger, 12 kilometres west of Daoud, the army said.",
            {("Daoud", "NE")},
        ),
        # A run placed by a direction from a named place.
        (
            "Fighters fired shells at Bir Ubaid north of Mogadishu, Somalia, on Tuesday.",
            {("Bir Ubaid", "SO"), ("Mogadishu", "SO")},
        ),
    ],
)
def test_places_placed_by_distance_or_direction(text, expected):
    assert cities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two districts, not a town and a district.
        ("Troops killed ten militants in Kourteye and Tondikiwindi districts of Niger.", set()),
        # A part of a city: "residential area".
        (
            "Shells hit houses in Hawak residential area of Hodeidah, Yemen.",
            {("Hodeidah", "YE")},
        ),
        # cities37: and whatever part "residential" qualifies ("quarter", "neighbourhood",
        # "district"); the same name as "X village" stays a village.
        (
            "Houthi fighters shelled al-Masbah residential quarter in Taiz, Yemen, on Monday.",
            {("Taiz", "YE")},
        ),
        (
            "Government forces shelled al-Rawdha residential neighbourhood in Taiz, Yemen.",
            {("Taiz", "YE")},
        ),
        ("Government forces shelled al-Rawdha residential district of Taiz, Yemen.", set()),
        (
            "Houthi fighters shelled al-Masbah village in Taiz, Yemen, on Monday.",
            {("al-Masbah", "YE"), ("Taiz", "YE")},
        ),
        # Two villages, the second with an Arabic particle.
        (
            "Militias deployed tanks in Mazraat Tuma and Kafr al-Amir villages north of Idlib, "
            "Syria.",
            {("Mazraat Tuma", "SY"), ("Kafr al-Amir", "SY"), ("Idlib", "SY")},
        ),
        # A list of villages opened by "villages included".
        (
            "Gunmen burnt villages in North Darfur, Sudan. The villages included Goz Mino and "
            "Tabit Hajar, residents said.",
            {("Goz Mino", "SD"), ("Tabit Hajar", "SD")},
        ),
        # Short syllables inside a Burmese village's name are no towns of Myanmar.
        (
            "An airstrike hit Kyauk Pan Taw village in Sagaing Region, Myanmar.",
            {("Kyauk Pan Taw", "MM")},
        ),
    ],
)
def test_settlement_words_after_and_before_lists(text, expected):
    assert cities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A city's name between an article and an event word is a modifier.
        ("Syrian rebels walked out of the Astana talks on Monday, officials said.", set()),
        ("Russia said the Minsk agreements were dead, Ukraine said.", set()),
        ("He carried out a Tel Aviv attack in April, Israeli police said.", set()),
        # A building names the city it is in; a bare city is one.
        ("The wounded were taken to a Damascus hospital, Syria.", {("Damascus", "SY")}),
        ("Negotiators met in Doha, Qatar, for talks on Sunday.", {("Doha", "QA")}),
    ],
)
def test_places_naming_events_are_modifiers(text, expected):
    assert cities(text) == expected


@pytest.mark.parametrize(
    ("wide_before", "words", "after", "expected"),
    [
        (("By", "Ali", "Abare", ","), ("Maiduguri",), (), True),
        (("By", "Isaac", "Shobayo", "-"), ("Jos",), (), True),
        (("By", "Ali", "Abare", ","), ("Maiduguri",), ("said",), False),  # the line goes on
        (("Reported", "by", "Ali", "-"), ("Jos",), (), False),  # no byline opening
        (("By", "our", "correspondent", "-"), ("Jos",), (), False),  # lower-case words
        (("By", "-"), ("Jos",), (), False),  # no name between
        # A reporter's name and "in", without "By" ("Tunde Okafor in Makurdi").
        (("Tunde", "Okafor", "in"), ("Makurdi",), (), True),
        (("Amina", "Bello", "Yusuf", "in"), ("Kano",), (), True),
        (("Clashes", "Erupt", "in"), ("Makurdi",), (), False),  # everyday words: a headline
        (("Okafor", "in"), ("Makurdi",), (), False),  # one name is as often a subject
        (("Tunde", "Okafor", "in"), ("Makurdi",), ("on",), False),  # the line goes on
    ],
)
def test_byline_place(wide_before, words, after, expected):
    assert byline_place(wide_before, words, after) is expected


def test_a_name_in_place_byline_names_where_the_story_was_filed():
    # "Jos" is also a given name; under the headline, "Name in Jos" is the byline's place.
    text = (
        "Herders and farmers clash again\n\n"
        "Bayo Adeyemi in Jos\n"
        "Five people were killed in Mangu Local Government Area of Plateau State."
    )
    assert cities(text) == {("Jos", "NG")}


def test_a_byline_ending_with_a_place_names_where_the_story_was_filed():
    # "Jos" is also a given name: alone in a sentence it is not taken, but a byline's
    # place is a dateline.
    text = (
        "Gunmen kill four in Plateau community\n\n"
        "By Musa Ibrahim - Jos\n"
        "Gunmen have killed four people in Riyom Local Government Area of Plateau State."
    )
    assert cities(text) == {("Jos", "NG")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A Burmese village name of five syllables, called a village.
        (
            "Junta jets bombed Ywar Thit Kon Pa Lun village in Magway Region, Myanmar.",
            {("Ywar Thit Kon Pa Lun", "MM")},
        ),
        # Five longer words are no village name, however the text goes on.
        ("Residents of Kalay Valley Township Defence Forces village said, Myanmar.", set()),
    ],
)
def test_five_syllable_village_names(text, expected):
    assert cities(text) == expected


VILLAGES = frozenset(["villages"])


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        # "Gyok Koe Pin, Kaing Gyi, and Ah Lae Gone villages"
        ((",", "Kaing", "Gyi", ",", "and", "Ah", "Lae", "Gone", "villages"), True),
        # "Dabkar, Tolgan and Umbeiru villages"
        ((",", "Tolgan", "and", "Umbeiru", "villages", "in"), True),
        # "Dabkar, Tolgan, Umbeiru, and Kalwe villages" (a longer list)
        ((",", "Tolgan", ",", "Umbeiru", ",", "and", "Kalwe", "villages"), True),
        # no "and" before the last name: a list that is not over ("A, B villages")
        ((",", "Tolgan", "villages"), False),
        # a lower-case word breaks the list ("Dabkar, the capital, and Kalwe villages")
        ((",", "the", "capital", ",", "and", "Kalwe", "villages"), False),
        # the list ends elsewhere ("Dabkar, Tolgan and Umbeiru were hit")
        ((",", "Tolgan", "and", "Umbeiru", "were", "hit"), False),
        (("and", "Tolgan", "villages"), False),  # no comma: pair_then's case
    ],
)
def test_list_then(after, expected):
    assert list_then(after, VILLAGES) is expected


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (["58", "kms", "from"], True),
        (["just", "30", "kilometres", "(", "20", "miles", ")", "north", "of"], True),
        (["about", "20km", "(", "12", "miles", ")", "from"], True),
        (["30", "kilometres", "down", "the", "road", "from"], True),
        (["30", "kilometres", "down", "the", "road", "to"], False),
        (["30", "kilometres", "(", "20", "miles", ")", "long"], False),  # a length
        (["just", "30", "people"], False),
        # A number under ten is spelled out in news style.
        (["about", "three", "kilometres", "from"], True),
        (["three", "people", "from"], False),
    ],
)
def test_distance_from(after, expected):
    assert distance_from(after) is expected


@pytest.mark.parametrize(
    ("after", "list_after", "expected"),
    [
        (("and", "several", "other", "districts", "on"), (), "districts"),
        (("and", "two", "other", "provinces", "of"), (), "provinces"),
        (("and", "14", "other", "states"), (), "states"),
        (("and", "other", "northern", "governorates", "in"), (), "governorates"),
        # the run opens a comma list of names that closes so
        (
            (",", "Tanahu"),
            (",", "Tanahu", ",", "Dhading", "and", "other", "districts"),
            "districts",
        ),
        (
            (",", "Swat"),
            (",", "Swat", ",", "Lower", "Dir", "and", "three", "other", "tehsils"),
            "tehsils",
        ),
        # settlements, loose area words, the possessive, other kinds of things
        (("and", "other", "cities"), (), None),
        (("and", "other", "towns", "of"), (), None),
        (("and", "other", "regions", "controlled"), (), None),
        (("and", "other", "areas"), (), None),
        (("and", "other", "provinces", "’", "capitals"), (), None),
        (("and", "other", "provinces", "capitals"), (), None),
        (("and", "other", "officials"), (), None),
        (("and", "Hama", "provinces"), (), None),  # pair_of_divisions' case
        # a lower-case word breaks the comma list
        ((",", "the"), (",", "the", "capital", ",", "and", "other", "districts"), None),
    ],
)
def test_others_of_kind(after, list_after, expected):
    assert others_of_kind(after, list_after) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Towns GeoNames knows, named only as units closing "and other districts"
        (
            "Curfews were lifted in Charsadda, Swabi and several other districts of Pakistan.",
            set(),
        ),
        # a village (not in GeoNames) so named is the district too
        ("A strike was called in Rolpa and two other districts of western Nepal.", set()),
        ("Cholera spread to Ibb, Taiz and ten other governorates of Yemen last month.", set()),
        # a first-level unit only when GeoNames has a region so named: a city is often
        # written for its province
        (
            "Volunteers from Mosul and other provinces joined the army in Iraq.",
            {("Mosul", "IQ")},
        ),
        # towns: settlements' plurals, a settlement word before the name, a loose "regions"
        ("Rebels shelled Kunduz and other cities in Afghanistan on Monday.", {("Kunduz", "AF")}),
        (
            "Aid reached the capital Mogadishu and other districts of Somalia on Friday.",
            {("Mogadishu", "SO")},
        ),
        (
            "Looting hit Galkayo and other regions of central Somalia overnight.",
            {("Galkayo", "SO")},
        ),
    ],
)
def test_lists_closed_by_other_units(text, expected):
    assert cities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A list or pair closed by "oblasts" (or "raions") names first-level units, not their
        # centres; a town named as a place in the same text stays.
        (
            "Air defences shot down drones over the Bryansk, Lipetsk and Voronezh oblasts "
            "overnight, and debris started a fire in the town of Yelets, Russia.",
            {("Yelets", "RU")},
        ),
        ("Shelling hit the Mykolaiv and Odesa oblasts of Ukraine on Sunday.", set()),
        (
            "Evacuations were ordered in the Melitopol and Berdiansk raions, Ukraine said.",
            set(),
        ),
    ],
)
def test_oblast_lists_name_no_towns(text, expected):
    assert cities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # cities35: a name before "coast", "coastline" or "shore" names a stretch of shore, not
        # the town (the Russian town of Azov is no place in "Ukraine's Azov coast").
        (
            "Tanks rolled toward Berdiansk, a port on Ukraine's southern Azov coast.",
            {("Berdyansk", "UA")},
        ),
        ("Fishing boats sank off the Tartus coastline in Syria.", set()),
        # The town itself, named as a place, stays.
        ("Warships shelled the Latakia shore and the city of Latakia, Syria.", {("Latakia", "SY")}),
    ],
)
def test_a_shore_named_after_a_town_names_no_town(text, expected):
    assert cities(text) == expected


# cities44: two or three describing words between the article and the settlement noun of
# an apposition ("Khiam, a Shiite Muslim town"): the run is the settlement; not when the
# noun opens a man's role ("a Shiite Muslim village elder") or a function word comes first.
DESCRIBED_SETTLEMENTS = [
    ("Israeli forces laid siege to Khiam, a Shiite Muslim town across the valley.", {"Khiam"}),
    ("Israeli forces laid siege to Zawtar, a small Shiite farming village.", {"Zawtar"}),
    ("Shells hit Kufrayya, a mainly Druze mountain village, in southern Lebanon.", {"Kufrayya"}),
    ('"We had no water," said Yusuf Darwish, a Shiite Muslim village elder.', set()),
    ("The convoy reached Maarat, a village of farmers and traders.", set()),
]


@pytest.mark.parametrize(("text", "expected"), DESCRIBED_SETTLEMENTS)
def test_settlement_after_describing_words(text, expected):
    assert {c.name for c in extract_page(text).cities} == expected
