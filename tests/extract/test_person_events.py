"""person_events.py: what happens to people and what only people have, as cues for names
no list knows. Each expectation written by hand from reading the sentence."""

import pytest

from app.extract import extract_page


def names(text: str) -> set[str]:
    return {p.name for p in extract_page(text).persons}


# persons6: casualty lists open on their first name ("Those killed were X, Y and Z"),
# relatives set off by commas, and what only people do ("X lived in ...").
CASUALTY_LISTS_AND_KIN = [
    (
        "The deceased are Musa Bello, Yakubu Danjuma and two herders.",
        {"Musa Bello", "Yakubu Danjuma"},
    ),
    ("Among the dead were Ali Bukar and his son.", {"Ali Bukar"}),
    ("Those killed were Salisu; the others were hurt.", {"Salisu"}),
    ("The gunmen dragged Gebremedhin, her father, outside.", {"Gebremedhin"}),
    ("Kassahun lived in Humera and traded sesame.", {"Kassahun"}),
    # a colon after the casualty noun; Hausa honorifics are titles, not names
    ("The dead: Ibrahim Dahiru, Salisu Bala and a herder.", {"Ibrahim Dahiru", "Salisu Bala"}),
    ("Those abducted include Hajiya Binta and Malama Zainab.", {"Binta", "Zainab"}),
    # the role named, then the person
    ("The official is Khorshad Khan Khogianiwal.", {"Khorshad Khan Khogianiwal"}),
    ("The leader was Dogo Gide, police said.", {"Dogo Gide"}),
    ("The commander was Hamas.", set()),
    # a noun after the run makes it a modifier; places after "in" or "of" stay places
    ("The abducted were Chibok schoolgirls.", set()),
    ("Those killed were in Gwoza and Bama.", set()),
    ("Residents of Kassahun lived in fear for weeks.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASUALTY_LISTS_AND_KIN)
def test_casualty_lists_and_relatives(text: str, expected: set[str]) -> None:
    assert names(text) == expected


# persons21 (set bm): the list set off by dashes after "the victims/hostages/dead" names
# them as the colon does ("The victims – X, Y, and Z – were freed"); a people, a group's
# members or a town's residents there are no one.
DASHED_CASUALTY_LISTS = [
    (
        "The victims – Lorens Koten, Teodurus Kofung, and Emmanuel – were freed at dawn.",
        {"Lorens Koten", "Teodurus Kofung", "Emmanuel"},
    ),
    (
        "The hostages — Wirat Tongpan and Bunthom Chaiyaphum — were released on Sunday.",
        {"Wirat Tongpan", "Bunthom Chaiyaphum"},
    ),
    ("The dead - Dagim Tesfaye and Lulit - were buried on Sunday.", {"Dagim Tesfaye", "Lulit"}),
    ("The suspects – Al-Shabaab members – were arrested on Sunday.", set()),
    ("The victims — Hazaras, Tajiks and Uzbeks — were buried on Sunday.", set()),
    ("The hostages – Thai and Nepali workers – were freed on Sunday.", set()),
    ("The attackers – Ansaru gunmen – fled into the forest.", set()),
]


@pytest.mark.parametrize(("text", "expected"), DASHED_CASUALTY_LISTS)
def test_dashed_casualty_lists(text: str, expected: set[str]) -> None:
    assert names(text) == expected


# cities39: a casualty named in the singular ("The deceased victim is X", "The only abductee
# was X") or a list of "individuals"/"persons" opens on its first name, as the plurals do.
SINGLE_CASUALTIES = [
    ("The deceased victim is Kukah Yari, while two were injured.", {"Kukah Yari"}),
    ("The only abductee was Ladi Kure, while others escaped.", {"Ladi Kure"}),
    ("The third victim was Tanko Gwamna, while the others fled.", {"Tanko Gwamna"}),
    ("The abductees are Danjuma Kaje and Ladi Kure.", {"Danjuma Kaje", "Ladi Kure"}),
    ("The kidnapped individuals are Yakubu Abba and Ladi Kure.", {"Yakubu Abba", "Ladi Kure"}),
    # Near-misses: a group or a place after the copula is no person.
    ("The main suspect is Boko Haram, officials said.", set()),
    ("The victim is Kaduna State, the governor said.", set()),
]


@pytest.mark.parametrize(("text", "expected"), SINGLE_CASUALTIES)
def test_single_casualties_and_lists_of_persons(text: str, expected: set[str]) -> None:
    assert names(text) == expected


# persons6: photo captions describe who is in the picture in the present tense.
CAPTION_SUBJECTS = [
    (
        "Alemitu Bekele mourns during a memorial service for her son in Humera.",
        {"Alemitu Bekele"},
    ),
    (
        "Nyaboth Deng cradles her baby at a clinic in Malakal.",
        {"Nyaboth Deng"},
    ),
    (
        "Zainaba Yakubu holds a photo of her missing husband outside the camp.",
        {"Zainaba Yakubu"},
    ),
    # a town "holds" a protest: no picture of a person
    ("Kafr Nabl holds a protest every Friday.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CAPTION_SUBJECTS)
def test_caption_subjects(text: str, expected: set[str]) -> None:
    assert names(text) == expected


# persons7: a casualty list may open on people of a role ("The names of the two slain
# policemen were X, Y and Z"), one-word names included; an adjective there names no one.
ROLE_LISTS = [
    (
        "The names of the slain constables were Dukpa Lemo and Ugyen Tshering, police said.",
        {"Dukpa Lemo", "Ugyen Tshering"},
    ),
    (
        "The names of the two slain policemen were Zahid Iqbal and Naeem, officials said.",
        {"Zahid Iqbal", "Naeem"},
    ),
    ("The soldiers were Pakistani, officials said.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ROLE_LISTS)
def test_casualty_lists_of_a_role(text: str, expected: set[str]) -> None:
    assert names(text) == expected


# persons7: "such as" after a plural noun for people gives names as examples ("notorious
# bandits such as X, Y and ..."); after groups or places it gives no person.
NAMED_EXAMPLES = [
    (
        "Police said notorious bandits such as Dangote Kachalla, Halilu and others fled.",
        {"Dangote Kachalla", "Halilu"},
    ),
    ("Commanders such as Tayyib Ladjamaa still hide in Sulu.", {"Tayyib Ladjamaa"}),
    ("Groups such as Hamas and Hezbollah were named.", set()),
    ("Cities such as Aleppo and Homs were hit.", set()),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_EXAMPLES)
def test_named_examples(text: str, expected: set[str]) -> None:
    assert names(text) == expected


# persons8: a name set off by commas after "one of the" victims, wounded, survivors or
# people of a role is one of them, whatever list knows the name.
ONE_OF_APPOSITIONS = [
    ("One of the injured, Nyamal, was carried to the clinic on a bed.", {"Nyamal"}),
    ("One of the hostages, Kaltume Gana, was freed in March.", {"Kaltume Gana"}),
    ("He was one of the defendants, Yerlan, a driver from Aktobe.", {"Yerlan"}),
    ("One of the victims of the blast, Odette, remains in hospital.", {"Odette"}),
    # a place or a thing set off the same way stays no person
    ("One of the towns, Gwoza, was retaken by troops.", set()),
    ("One of the vehicles, a Toyota, was burned.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ONE_OF_APPOSITIONS)
def test_one_of_apposition(text: str, expected: set[str]) -> None:
    assert names(text) == expected


# persons12 (set z): a casualty list or a side named with "as", its verb sentences back
# ("... identified the dead as X. And the wounded fighters as Y, Z"); a noun after the run
# makes it a description, not a name.
NAMED_AS = [
    (
        "Police named the dead as Tomas Grell. And the wounded militants as Oyek Damal, "
        "Ruyan Sapri and another man.",
        {"Tomas Grell", "Oyek Damal", "Ruyan Sapri"},
    ),
    ("Officials listed the injured as Oyek Damal and Ruyan Sapri.", {"Oyek Damal", "Ruyan Sapri"}),
    ("The report described the militants as Taliban fighters.", set()),
    ("Police identified two victims as Oyek Damal and Ruyan Sapri.", {"Oyek Damal", "Ruyan Sapri"}),
    # "killed as" is a verb and a conjunction, not a list of the killed: places stay places
    ("Four were wounded as Sayeda Zainab and Yarmouk were shelled.", set()),
    ("Six were killed as Tora Bora and Khost came under fire.", set()),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_AS)
def test_people_named_as(text: str, expected: set[str]) -> None:
    assert names(text) == expected


# persons13: what only a person has, before "of" ("the family of X", "the killing of X")
# or owned by a lone given name ("Zainab's husband"); a lone given name as the object of
# killing. A plural noun after the run makes it a modifier, and a possessive an owner.
PERSONAL_OF = [
    ("The family of Njeri Wambui buried her in Nyeri on Sunday.", {"Njeri Wambui"}),
    ("The body of Gatkuoth Ruach was found near the river.", {"Gatkuoth Ruach"}),
    ("The killing of Tesfamariam Berhe sparked protests.", {"Tesfamariam Berhe"}),
    ("The funeral of Oyewole Adeniran drew hundreds.", {"Oyewole Adeniran"}),
    ("The killing of Ansaru Jihad fighters was announced.", set()),
    ("The abduction of Kankara schoolboys shocked Nigeria.", set()),
    ("Zainab's husband was shot at the checkpoint.", {"Zainab"}),
    ("Gunmen killed Abdullahi on the road to Gusau.", {"Abdullahi"}),
    ("Gunmen killed Gwoza farmers on Friday.", set()),
]


@pytest.mark.parametrize(("text", "expected"), PERSONAL_OF)
def test_personal_of_and_owned(text: str, expected: set[str]) -> None:
    assert names(text) == expected


# persons13: a counted plural noun for people introduces the names set off after it, even
# surnames that are also villages somewhere ("Diallo", "Kone"); counted towns do not.
COUNTED_PEOPLE = [
    (
        "Two farmers, Hamidou Diallo and Seydou Kone, were shot near Mopti.",
        {"Hamidou Diallo", "Seydou Kone"},
    ),
    (
        "Three women, Aissata Sow, Fanta Kone and Mariam Diallo, were abducted.",
        {"Aissata Sow", "Fanta Kone", "Mariam Diallo"},
    ),
    ("Two towns, Diallo and Kone, were attacked.", set()),
    ("The assassination of Nabadon Farah Ali Gedi angered the clan.", {"Farah Ali Gedi"}),
]


@pytest.mark.parametrize(("text", "expected"), COUNTED_PEOPLE)
def test_counted_people(text: str, expected: set[str]) -> None:
    assert names(text) == expected


# persons17: "the trial/arrest/extradition/sentencing of X": what only a person undergoes
# in court. Sentences written for this test.
TRIED_PEOPLE = [
    (
        "Lawyers asked for a delay in the trial of Ousmane Kaboré Diallo before the special court.",
        {"Ousmane Kaboré Diallo"},
    ),
    (
        "The arrest of Tchibozo Ahanhanzo Glèlè sparked protests in the capital.",
        {"Tchibozo Ahanhanzo Glèlè"},
    ),
    ("Judges postponed the sentencing of Nkosana Mabhena until March.", {"Nkosana Mabhena"}),
]

# A group or a place as a modifier of the people tried or arrested.
TRIED_GROUPS = [
    "The arrest of Boko Haram suspects continued.",
    "The trial of Radio Mille Collines journalists began.",
    "The arrest of Kafr Nabl residents was reported.",
]


@pytest.mark.parametrize(("text", "expected"), TRIED_PEOPLE)
def test_tried_people(text: str, expected: set[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text", TRIED_GROUPS)
def test_tried_groups(text: str) -> None:
    assert names(text) == set()
