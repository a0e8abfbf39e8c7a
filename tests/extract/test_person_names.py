"""person_names.py: words and shapes that no personal name has. Each case written by hand."""

import pytest

from app.extract import extract_page


def names(text: str) -> set[str]:
    return {p.name for p in extract_page(text).persons}


NOT_NAMES = [
    # A hyphenated modifier opens no name, even when its first half is a given name.
    (
        "London-based JEM official Tahir Feki said the rebels had withdrawn.",
        {"Tahir Feki"},
    ),
    ("Jordan-backed Hamid Group fighters entered the town.", set()),
    # Korean given names are hyphenated with lower-case syllables.
    ("Secretary-General Ban Ki-moon met President Moon Jae-in.", {"Ban Ki-moon", "Moon Jae-in"}),
    # An ethnonym used as a surname after a name no list knows, when a cue vouches.
    (
        "Jehind Baloch, a spokesperson for the group, said the patrol was ambushed.",
        {"Jehind Baloch"},
    ),
    ("Baloch militants ambushed the patrol.", set()),
    # Armed groups whose first word is also a given name, or looks like one.
    ("Fighters had shelled bases belonging to Ansar al-Sharia and another group.", set()),
    ("Jund al-Aqsa and Faylaq al-Rahman fought for the hill.", set()),
    # ... while the given name still opens people's names.
    ("Journalist Ansar Abbasi wrote that the talks had failed.", {"Ansar Abbasi"}),
]


@pytest.mark.parametrize(("text", "expected"), NOT_NAMES)
def test_words_no_name_has(text, expected):
    assert names(text) == expected


# persons4 (k-persons k01, and bylines of many African and South Asian outlets): a bare
# middle initial without its period is no word of a headline; the name runs on after it.
BARE_INITIALS = [
    (
        "Clashes in Beledweyne\n\nBy Halima K Osman\n\nFighting resumed on Monday.",
        {"Halima K Osman"},
    ),
    ("Floods in Sindh\n\nBy Tariq H Soomro\n\nThe water rose overnight.", {"Tariq H Soomro"}),
    ("Raid in Zamfara\n\nBy John O Adebayo\n\nBandits struck at dawn.", {"John O Adebayo"}),
    ("Mohamed A Farah said the talks would resume.", {"Mohamed A Farah"}),
]


@pytest.mark.parametrize(("text", "expected"), BARE_INITIALS)
def test_bare_middle_initial(text, expected):
    assert names(text) == expected


# persons4 (f11, d01 and TV reports): a reporter named after the outlet's possessive.
# A surname that is an English word ("Smith", "Baker") no longer makes it a phrase.
AFTER_OUTLET_POSSESSIVE = [
    ("Sky News' Stuart Ramsay watched the convoy leave Kherson.", {"Stuart Ramsay"}),
    ("The Guardian's Simon Baker reported from the border crossing.", {"Simon Baker"}),
    ("The BBC's Andrew Harding was in Goma when the shelling began.", {"Andrew Harding"}),
    ("CNN's Ben Wedeman travelled to Rafah on Monday.", {"Ben Wedeman"}),
    # a body or a thing after a country's possessive is no person
    ("Russia's Black Sea Fleet moved two frigates.", set()),
    ("Mali's Grand Mosque was closed.", set()),
]


@pytest.mark.parametrize(("text", "expected"), AFTER_OUTLET_POSSESSIVE)
def test_name_after_an_outlet_possessive(text, expected):
    assert names(text) == expected


# persons4: names with a two-word particle ("von der", "de la", "van den", "de los") are one
# name, not a given name and a surname apart.
TWO_WORD_PARTICLES = [
    ("Ursula von der Leyen said the EU would send aid.", {"Ursula von der Leyen"}),
    ("Commander Pedro de la Cruz said the rebels had withdrawn.", {"Pedro de la Cruz"}),
    (
        "The Dutch minister, Hans van den Broek, said the talks would resume.",
        {"Hans van den Broek"},
    ),
    ("Mayor José de los Santos Pérez was shot dead on Friday.", {"José de los Santos Pérez"}),
    (
        "Among the dead were Juan Carlos Pérez Gómez and María de los Ángeles Ruiz.",
        {"Juan Carlos Pérez Gómez", "María de los Ángeles Ruiz"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), TWO_WORD_PARTICLES)
def test_two_word_particles(text, expected):
    assert names(text) == expected


# persons4 (k-persons k13): Ethiopian compound names written with a capital inside are one
# word, not two glued words.
GEEZ_COMPOUNDS = [
    (
        "The former minister of transport, Mulu GebreEgziabher, was taken captive.",
        {"Mulu GebreEgziabher"},
    ),
    ("Colonel Berhe WoldeMariam said the unit had surrendered.", {"Berhe WoldeMariam"}),
]


@pytest.mark.parametrize(("text", "expected"), GEEZ_COMPOUNDS)
def test_geez_compound_names(text, expected):
    assert names(text) == expected


# persons4: the Urdu/Persian linking particles "ur" and "ul" ("Zia ur Rehman", "Inam ul
# Haq") join the two halves of one name.
LINKING_PARTICLES = [
    ("The Taliban commander, known as Qari Zia ur Rehman, was captured.", {"Zia ur Rehman"}),
    ("Police chief Inam ul Haq said two suspects were arrested.", {"Inam ul Haq"}),
    ("Maulana Fazl ur Rehman called for calm in Bannu.", {"Fazl ur Rehman"}),
]


@pytest.mark.parametrize(("text", "expected"), LINKING_PARTICLES)
def test_linking_particles(text, expected):
    assert names(text) == expected


# persons4 (b12, and Pashto names with "Jan"): a month's abbreviation followed by a name
# word is part of the name; in a date a number follows it.
MONTH_WORDS_IN_NAMES = [
    ("Elders said Lala Jan Zadran was killed in the blast.", {"Lala Jan Zadran"}),
    ("Gul Jan Wazir told reporters the road was closed.", {"Gul Jan Wazir"}),
    ("UN envoy Jan Kubis said the vote would go ahead.", {"Jan Kubis"}),
    ("Fighting resumed on Sat Aug 31 2013 near Homs, activists said.", set()),
]


@pytest.mark.parametrize(("text", "expected"), MONTH_WORDS_IN_NAMES)
def test_month_words_in_names(text, expected):
    assert names(text) == expected


# persons5: given names that look like words no name has: a faith's word ("Christian"), an
# abstract-noun ending ("Clement"), a country's adjective after the Arabic article (a nisba).
NAME_WORDS_THAT_LOOK_LIKE_OTHERS = [
    ("Protesters marched in the capital. Photo: AFP/Christian Obando", {"Christian Obando"}),
    ("The Christian Democrats won the vote.", set()),
    (
        "The district's governor, Clement Ndayishimiye, was seen at the church.",
        {"Clement Ndayishimiye"},
    ),
    ("The Movement Committee met on Sunday.", set()),
    (
        "Colonel Fadhl Saleh Al Yemeni, the brigade's commander, was killed in Marib.",
        {"Fadhl Saleh Al Yemeni"},
    ),
    ("Iraqi officials met Israeli officials in Cairo.", set()),
]


@pytest.mark.parametrize(("text", "expected"), NAME_WORDS_THAT_LOOK_LIKE_OTHERS)
def test_name_words_that_look_like_others(text: str, expected: set[str]) -> None:
    assert names(text) == expected


# persons6: capitals that are abbreviations, and a place after a title's preposition.
ABBREVIATIONS_AND_TITLE_PLACES = [
    ("October 22nd, 2010\n10:53 AM ET\n\nThe district governor was killed.", set()),
    ("Gunmen Kill Ghani Khail District Governor In Nangarhar", set()),
    ("President Hassan Sheikh Mohamud Visits Kismayo", {"Hassan Sheikh Mohamud"}),
]


@pytest.mark.parametrize(("text", "expected"), ABBREVIATIONS_AND_TITLE_PLACES)
def test_abbreviations_and_title_places(text: str, expected: set[str]) -> None:
    assert names(text) == expected


# persons9: a Spanish double surname repeating a word ("Treviño y Treviño") is one name, not
# a list of two names without commas.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The state prosecutor, Ricardo Treviño y Treviño, said six officers were held.",
            {"Ricardo Treviño y Treviño"},
        ),
        # the list without commas is still split where a word repeats without "y"
        (
            "Officials named Khalid Al Iraqi Saad Al Din Al Iraqi among the dead.",
            {"Khalid Al Iraqi", "Saad Al Din Al Iraqi"},
        ),
    ],
)
def test_spanish_double_surname(text: str, expected: set[str]) -> None:
    assert names(text) == expected


# persons10: a name whose last word repeats its first after a title is one name (Somali
# names repeat the grandfather's given name); without a title, a repeated word still
# separates two names of a list.
REPEATED_WORDS = [
    (
        "President Hassan Abdirahman Hassan visited the port on Monday.",
        {"Hassan Abdirahman Hassan"},
    ),
    ("Somali Prime Minister Omar Abdi Omar said the talks would resume.", {"Omar Abdi Omar"}),
    ("Ali Hassan Omar Hassan were among the dead, police said.", {"Ali Hassan", "Omar Hassan"}),
]


@pytest.mark.parametrize(("text", "expected"), REPEATED_WORDS)
def test_repeated_words(text: str, expected: set[str]) -> None:
    assert names(text) == expected


# persons12 (set z, AP copy): an American lawmaker's party and state after the name
# ("R-Ky.", "D-Calif.") is no person of its own.
PARTY_TAGS = [
    ("Sen. Carla Mendez, D-Calif., said the troops should come home.", {"Carla Mendez"}),
    (
        "The plan was backed by Rep. Tom Hadley, R-Ohio, and Sen. Ruth Olsen, R-S.D.",
        {"Tom Hadley", "Ruth Olsen"},
    ),
    ("Senator Walt Brisco, I-Vt., voted against the aid package.", {"Walt Brisco"}),
]


@pytest.mark.parametrize(("text", "expected"), PARTY_TAGS)
def test_party_and_state_tags_are_no_names(text, expected):
    assert names(text) == expected


# persons12 (set w, read without annotations): "X-speaking" and other "-ing" modifiers are
# no names; a short Chinese "-ping" still is.
ING_MODIFIERS = [
    ("The rebels have fought the majority French-speaking government since 2017.", set()),
    ("President Xi Jin-ping met the envoy in Beijing.", {"Xi Jin-ping"}),
]


@pytest.mark.parametrize(("text", "expected"), ING_MODIFIERS)
def test_ing_modifiers_are_no_names(text, expected):
    assert names(text) == expected


# persons12 (k-titles pages, read without person annotations): regiments and paramilitary
# forces named with a plural noun ("Assam Rifles", "Sindh Rangers") are no people.
FORCES = [
    ("Militants attacked an Assam Rifles post in Manipur on Thursday.", set()),
    ("The incident happened when 20 Assam Rifles soldiers were on patrol.", set()),
    ("Sindh Rangers arrested two men, spokesman Ali Qadir said.", {"Ali Qadir"}),
]


@pytest.mark.parametrize(("text", "expected"), FORCES)
def test_regiments_and_forces_are_no_names(text, expected):
    assert names(text) == expected


# persons12 (k-titles pages): furniture words of date and rights lines are no names.
FURNITURE = [
    ("Last Update: 2024-04-02 22:00:07\nGunmen killed two soldiers in Basra, police said.", set()),
    ("Gunmen killed two soldiers in Basra, police said.\n© Copyright LaPresse", set()),
]


@pytest.mark.parametrize(("text", "expected"), FURNITURE)
def test_furniture_words_are_no_names(text, expected):
    assert names(text) == expected


# A surname in capitals inside a mixed-case credit or byline ("Par Atia T. AZOHNWI") is
# shown in the usual case.
CAPITALS_SURNAMES = [
    ("Photo: Lamine KONATE / AFP\nThe market in Gao reopened on Monday.", {"Lamine Konate"}),
    ("Par Brigitte T. MOUELLE\nLes soldats ont quitté la ville.", {"Brigitte T. Mouelle"}),
    ("Mourners in Tyre on Sunday. (Photo: Hassan MOUSSAWI / AP)", {"Hassan Moussawi"}),
]


@pytest.mark.parametrize(("text", "expected"), CAPITALS_SURNAMES)
def test_a_capitals_surname_is_shown_in_the_usual_case(text: str, expected: set[str]) -> None:
    assert {p.name for p in extract_page(text).persons} == expected


# persons14: a slogan's call ("Free X", "Long Live X", "Viva X") is no part of a name; what
# it hails is a person only on its own evidence.
SLOGANS = [
    (
        "Students carried placards reading 'Free Mariam Yahia Ibrahim' past the court.",
        {"Mariam Yahia Ibrahim"},
    ),
    ("The crowd chanted 'Free Donbas' outside the embassy.", set()),
    ("The statement closed with LONG LIVE APC.", set()),
]


# review13: no slogan where English words follow the call ("Free Passage", "Free Speech"):
# a headline's capitals, and the town in it stays one.
NO_SLOGANS = [
    (
        "Free Passage For Civilians Leaving Mosul, Says UN\n\nThe UN asked for a corridor.",
        {"Mosul"},
    ),
    ("Free Speech Campaigners Rally In Kharkiv\n\nHundreds gathered on Sunday.", {"Kharkiv"}),
]


@pytest.mark.parametrize(("text", "expected"), SLOGANS)
def test_slogans(text: str, expected: set[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), NO_SLOGANS)
def test_no_slogan_before_english_words(text: str, expected: set[str]) -> None:
    assert {c.name for c in extract_page(text).cities} == expected


# persons14: "Muslim" is a given name ("Muslim Gakayev") and a surname ("Saleh Muslim") as
# well as a faith's word; a faith or a people before it keeps it the faith's.
MUSLIM_NAMES = [
    ("Troops said Muslim Dudurkayev was killed in the raid.", {"Muslim Dudurkayev"}),
    ("Party co-chair Salih Muslim denied the report.", {"Salih Muslim"}),
    ("Sunni Muslim leaders met in the capital.", set()),
    ("Muslim Brotherhood leaders met in the capital.", set()),
]


@pytest.mark.parametrize(("text", "expected"), MUSLIM_NAMES)
def test_muslim_as_a_name(text: str, expected: set[str]) -> None:
    assert names(text) == expected


# persons15: a photo's source that is a media library ("Photo: Wikimedia Commons/X") is
# no photographer.
MEDIA_LIBRARIES = [
    ("Shelled houses in the old town. Photo: Wikimedia Commons/Kvant77.\nTroops left.", set()),
    ("Shelled houses in the old town. Image: Wikipedia Commons\nTroops left.", set()),
]


@pytest.mark.parametrize(("text", "expected"), MEDIA_LIBRARIES)
def test_media_libraries_are_no_photographers(text: str, expected: set[str]) -> None:
    assert {p.name for p in extract_page(text).persons} == expected


# Lead round (session 15): a site's language switcher at the page's top is no byline.
LANGUAGE_SWITCHERS = [
    (
        "Rus Eng\n\nFederal Lezghi\nNational and Cultural Autonomy\n\nYour Login\n\n"
        "Militants killed in Chechnya\n\nMilitants killed in Chechnya\n\nThree militants"
        " have been killed in a special operation near Gudermes, said Akhmed Dudayev.",
        {"Akhmed Dudayev"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), LANGUAGE_SWITCHERS)
def test_a_language_switcher_is_no_person(text, expected):
    assert names(text) == expected


# Lead round (session 15): a time zone on a capitals byline's date line is no name.
TIME_ZONE_LINES = [
    (
        "Strikes hit Rafah as talks stall\nBy SAMY HALABI\nUpdated 10:20 PM EDT, March 3, 2024"
        "\nCAIRO (AP) — Israeli strikes killed 40 people overnight, officials said.",
        {"Samy Halabi"},
    ),
    (
        "Drones hit Kharkiv overnight\nBy OLGA MOROZ\nUpdated 11:05 AM CET, June 8, 2024"
        "\nKYIV (AP) — Russian drones struck Kharkiv overnight, officials said.",
        {"Olga Moroz"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), TIME_ZONE_LINES)
def test_a_time_zone_is_no_name(text, expected):
    assert names(text) == expected


# Lead round (session 15): a company's name in an image credit is no person.
COMPANY_CREDITS = [
    (
        "Ukraine strikes airbase in Crimea\nA satellite image shows the airbase. Image: Maxar"
        " Technologies\nKremlin spokesman Dmitry Peskov declined to comment.",
        {"Dmitry Peskov"},
    ),
    (
        "Drone footage shows the ruined town. Photo: Skyline Systems\nThe governor, Vitaliy"
        " Kim, said the town was shelled overnight.",
        {"Vitaliy Kim"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMPANY_CREDITS)
def test_a_company_in_a_credit_is_no_person(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A faith's word that is a given name, between given names and a surname, is one of
        # the person's names.
        (
            "Voters re-elected President Roch Marc Christian Kabore in a tense poll.",
            {"Roch Marc Christian Kabore"},
        ),
        ("Gendarmes detained Jean Christian Mbarga near the border.", {"Jean Christian Mbarga"}),
        # A people's or faith's word after no given name still opens no name.
        ("The Coptic Christian Bishop had fled the town.", set()),
        ("Roman Christian Pilgrims visited the shrine.", set()),
    ],
)
def test_faith_word_as_a_middle_given_name(text: str, expected: set[str]) -> None:
    assert names(text) == expected


# Lead, session 19: "Shams" (a given name and a surname) is no plural of "Sham", the word
# of Arabic group names ("Ahrar al-Sham"); English plurals of organisation words still are
# no names ("Coordination Committees").
SHAMS = [
    (
        "Insurgents killed the district governor, Ali Dost Shams, 30, and his guards.",
        {"Ali Dost Shams"},
    ),
    ("The writer Ahmad Shams said the town was empty.", {"Ahmad Shams"}),
    ("The Local Coordination Committees said 40 were killed.", set()),
]


@pytest.mark.parametrize(("text", "expected"), SHAMS)
def test_shams_is_a_name(text: str, expected: set[str]) -> None:
    assert {p.name for p in extract_page(text).persons} == expected


# cities39: a group's acronym in capitals opening a name-shaped run makes no person, even
# after a naming cue ("known as", "call themselves"); a shouted byline (all capitals) and an
# initial stay names.
ACRONYM_LED = [
    ("The attack was blamed on a group known as OLF Shane or the OLA.", set()),
    ("The rebels call themselves FDLR Martin, a local official said.", set()),
    # Near-misses
    ("By MITCHELL PROTHERO", {"Mitchell Prothero"}),
    ("Police spokesman Abubakar Sadiq said the OLF fighters fled.", {"Abubakar Sadiq"}),
]


@pytest.mark.parametrize(("text", "expected"), ACRONYM_LED)
def test_a_groups_acronym_opens_no_persons_name(text: str, expected: set[str]) -> None:
    assert names(text) == expected


# persons23 (set by): an institution's word hyphened to a name ("Police Regional
# Office-Bangsamoro", "General Hospital-Police") is the tail of a body's name, not a
# one-word person before "said". Near misses: hyphened given names and names with a
# particle stay people.
INSTITUTION_HYPHENS = [
    (
        "Brig. Gen. Allan Cruz, director of the Police Regional Office-Bangsamoro, said "
        "checkpoints were set up.",
        {"Allan Cruz"},
    ),
    ("The body was taken to Wuse General Hospital-Police, officers said.", set()),
    (
        "Col. Jose Reyes, chief of the Sulu Police Provincial Office-Basilan, said the "
        "suspects fled.",
        {"Jose Reyes"},
    ),
    # near misses
    (
        "Spokesman Jean-Baptiste Habyalimana said the office was closed.",
        {"Jean-Baptiste Habyalimana"},
    ),
    ("Ahmed Ould Abdallah, a former envoy, said talks would resume.", {"Ahmed Ould Abdallah"}),
]


@pytest.mark.parametrize(("text", "expected"), INSTITUTION_HYPHENS)
def test_an_institutions_word_hyphened_to_a_name(text: str, expected: set[str]) -> None:
    assert {p.name for p in extract_page(text).persons} == expected


# cities45 (set bv): a byline's "By" stands before a three-word name whose last word repeats
# its first (South Sudanese and Somali names repeat a grandfather's or father's name) as a
# title does: one writer, not "Ghai Deng". Near misses: a body mention (right before too),
# a byline of two names that share a surname, and a plain three-word byline.
REPEATING_BYLINES = [
    ("By Deng Ghai Deng", {"Deng Ghai Deng"}),
    ("By Lual Ayii Lual", {"Lual Ayii Lual"}),
    ("By Mohamed Abdi Mohamed", {"Mohamed Abdi Mohamed"}),
    ("By Akol Makur Akol", {"Akol Makur Akol"}),
    # near misses
    ("By Mading Ngor Akech", {"Mading Ngor Akech"}),
    ("By Garang Garang", {"Garang Garang"}),
]


@pytest.mark.parametrize(("byline", "expected"), REPEATING_BYLINES)
def test_a_byline_name_that_ends_as_it_opens_cities45(byline: str, expected: set[str]) -> None:
    page = (
        f"Cattle raiders kill six in Jonglei\n\n{byline}\n\nThe raid began before dawn on Sunday."
    )
    assert names(page) == expected


def test_a_body_name_that_ends_as_it_opens_cities45() -> None:
    text = "Officials said Lual Ayii Lual, a local chief, was wounded in Juba."
    assert names(text) == {"Lual Ayii Lual"}


# cities45 (precision probe): a hyphenated English compound opening a sentence before a
# speech verb is no one's name ("Eye-witnesses recounted", "Passers-by said"). Near misses:
# hyphenated given names and Korean names, whose parts are no words or capitalised.
ENGLISH_COMPOUNDS = [
    ("Eye-witnesses recounted how the gunmen torched the market in Uganda.", set()),
    ("Passers-by said the attackers fled on motorcycles.", set()),
    ("Eye-witnesses said the soldiers opened fire on the crowd.", set()),
    ("By-standers told reporters that three people were shot.", set()),
    # near misses
    ("Jean-Pierre Bemba said the vote was rigged.", {"Jean-Pierre Bemba"}),
    ("Secretary-General Ban Ki-moon said the talks would resume.", {"Ban Ki-moon"}),
    ("Kim Sun-young said the talks would resume next week.", {"Kim Sun-young"}),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH_COMPOUNDS)
def test_an_english_compound_is_no_name_cities45(text: str, expected: set[str]) -> None:
    assert names(text) == expected


# cities45 (precision probe): an acronym in capitals hyphenated to a country names a group's
# branch ("IS-Somalia"), not a person. Near misses: a kunya or a name with a hyphen.
COUNTRY_BRANCHES = [
    ("IS-Somalia claimed the attack on the base, the group's news agency said.", set()),
    ("AQ-Yemen said its fighters had shot down a drone.", set()),
    # near misses
    ("Abu-Bakr said the fighters had left the town.", {"Abu-Bakr"}),
    ("Jean-Pierre Lacroix said the mission would stay.", {"Jean-Pierre Lacroix"}),
]


@pytest.mark.parametrize(("text", "expected"), COUNTRY_BRANCHES)
def test_an_acronym_hyphenated_to_a_country_is_no_name_cities45(
    text: str, expected: set[str]
) -> None:
    assert names(text) == expected


# Lead, session 22: a common English surname that is also a place's or body's word ("Hall",
# "Hill", "Banks", "Street", "Bridge", "Field", "Park") after a given name is a person's
# when a title, a byline or a cue vouches for it. Near misses: places and bodies named so,
# and speech after words that are no title.
WORD_SURNAMES = [
    ("Senator Jim Banks said the aid package would not pass this year.", {"Jim Banks"}),
    ('"We will not retreat," said Colonel Robert Hall, who commands the brigade.', {"Robert Hall"}),
    ("Fiona Hill told the committee that Russia had interfered.", {"Fiona Hill"}),
    ("Christopher Hill, the US envoy, arrived in Baghdad on Monday.", {"Christopher Hill"}),
    ("Lieutenant Tom Street, 24, was killed by a roadside bomb near Sangin.", {"Tom Street"}),
    ("Peter Bridge, a spokesman for the charity, said supplies had run out.", {"Peter Bridge"}),
    ("Reporting by Mark Field in Kabul.", {"Mark Field"}),
    ('"The camp is full," said Anna Park, a nurse with the aid group.', {"Anna Park"}),
    # near misses
    ("The Royal Albert Hall said the concert was cancelled.", set()),
    ("A rally was held at Victoria Park on Sunday.", set()),
    ("Crowds marched from Hyde Park to Downing Street, police said.", set()),
    ("Tanks rolled across Allenby Bridge, said witnesses.", set()),
    ("Grace Church said it would shelter the displaced.", set()),
]


@pytest.mark.parametrize(("text", "expected"), WORD_SURNAMES)
def test_english_surnames_that_are_place_words(text: str, expected: set[str]) -> None:
    assert names(text) == expected
