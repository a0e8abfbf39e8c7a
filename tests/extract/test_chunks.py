"""chunks.py: which sentences read as Title Case headlines. Written by hand."""

import pytest

from app.extract.chunks import chunks, tokenize
from app.extract.lexicons import ABBREVIATIONS


def read_as_headline(line: str) -> bool:
    """Whether person finding reads the line's first run as part of a Title Case headline
    (a Title Case sentence that is no comma list of names)."""
    first = chunks(line)[0]
    return first.title_case_line and not first.list_sentence


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # headlines: every content word capitalised
        ("Russia, Turkey, Iran Agree on Syria Safe Zones", True),
        ("Five Civilians Killed in Car Bomb Attack in Idlib", True),
        # a sentence of names is mostly capitals but reads as a list, not a headline
        (
            "The victims are Musa Sani, Bello Garba, Abdullahi Yusuf, Ibrahim Musa and Sani Ali.",
            False,
        ),
        ("Killed in the attack were Audu Bello, Shehu Dan Asabe, Ali Musa and Lawan Kudi.", False),
    ],
)
def test_list_of_names_is_no_headline(line: str, expected: bool) -> None:
    assert read_as_headline(line) is expected


# persons8: a sentence of names with a lower-case verb is prose, however short its list;
# Title Case capitalises its verbs ("Were", "Are").
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Also present were Judges Amaka Obi and Tunde Bakare.", False),
        ("The two dead are Kaltume Modu, Fanta Bukar.", False),
        ("Those arrested included Sani Garba, Musa Idi and Bala Tanko.", False),
        # headlines keep their Title Case reading
        ("Gunmen Kill Two Judges and a Clerk in Jos.", True),
        ("Judges Are Sworn In as Tribunal Opens in Abuja", True),
    ],
)
def test_prose_verb_makes_a_short_list_prose(line: str, expected: bool) -> None:
    assert read_as_headline(line) is expected


# persons9: "y" joins the two surnames of a Spanish double surname into one run, after a
# given name and a first surname; never two single names ("Juan y María").
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("The prosecutor Ricardo Treviño y Treviño spoke.", ["Ricardo Treviño y Treviño"]),
        ("State judge Marta Ochoa y Salinas ruled on the case.", ["Marta Ochoa y Salinas"]),
        ("Juan y María left early.", ["Juan", "María"]),
    ],
)
def test_spanish_y_joins_double_surnames(line: str, expected: list[str]) -> None:
    runs = [" ".join(c.words) for c in chunks(line)]
    assert [r for r in runs if r not in ("The", "State")] == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # an abbreviation or an initial keeps its period, in any case
        (
            "Gen. Ali Mansour met Mr. N. Brantley",
            ["Gen.", "Ali", "Mansour", "met", "Mr.", "N.", "Brantley"],
        ),
        ("LT. COL. Omar Aziz", ["LT.", "COL.", "Omar", "Aziz"]),
        ("the U.S. envoy", ["the", "U.", "S.", "envoy"]),
        # a sentence's last word and its period are two tokens, as is a word that only
        # begins like an abbreviation
        (
            "He left Aleppo. Colonel Hassan stayed.",
            ["He", "left", "Aleppo", ".", "Colonel", "Hassan", "stayed", "."],
        ),
        ("Genesis. Mrs.Haddad", ["Genesis", ".", "Mrs.", "Haddad"]),
        ("3.5 km from al-Bab.", ["3.5", "km", "from", "al-Bab", "."]),
    ],
)
def test_tokens_keep_the_period_of_abbreviations_and_initials(
    line: str, expected: list[str]
) -> None:
    assert [tok.text for tok in tokenize(line)] == expected


def test_abbreviations_are_letters_only() -> None:
    # The tokenizer looks for letters and a period before trying the abbreviations.
    assert [a for a in ABBREVIATIONS if not a.isalpha()] == []


# persons12 (set z): "Abdul" written with the next part's capital inside one word
# ("AbdulGafar") is one name word, as "GebreEgziabher" is; flattened text stays split.
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Police said AbdulRazaq Bello was freed.", ("AbdulRazaq", "Bello")),
        ("Police said the man from HakkariSeveral was freed.", ("Hakkari",)),
    ],
)
def test_abdul_compounds_stay_one_word(line: str, expected: tuple[str, ...]) -> None:
    first_name_run = next(c for c in chunks(line) if c.words[0] not in ("Police",))
    assert first_name_run.words[: len(expected)] == expected


# cities16: "al-" cut from its name by a space ("the village of al- Jdeideh") is one broken
# word, read as "al-Jdeideh" over the characters the text has; a dash between words stays.
@pytest.mark.parametrize(
    ("line", "words"),
    [
        (
            "shells hit the village of al- Jdeideh",
            ["shells", "hit", "the", "village", "of", "al-Jdeideh"],
        ),
        ("Nour el- Din was hurt", ["Nour", "el-Din", "was", "hurt"]),
        ("the vote - Al Qaeda said", ["the", "vote", "-", "Al", "Qaeda", "said"]),
        ("a local- Level plan", ["a", "local", "-", "Level", "plan"]),
    ],
)
def test_broken_article_is_one_word(line: str, words: list[str]) -> None:
    toks = tokenize(line)
    assert [t.text for t in toks] == words
    assert all(line[t.start : t.end].replace("- ", "-") == t.text for t in toks)


def test_word_at_reads_past_the_run():
    (run,) = [
        c for c in chunks("Shelling hit Mala Tokmachka village today.") if c.words[0] == "Mala"
    ]
    assert run.word_at(1) == "Tokmachka"
    assert run.word_at(2) == "village"  # past the run: the first word after it
    (last,) = chunks("They fled to Kherson")[-1:]
    assert last.word_at(len(last.words)) == ""  # the line's end


# cities23: Portuguese "do" and Romanian "lui" join a place's run like "da" and "de" when
# the next word is one English rarely writes; an elided "d'"/"d’" joins the capitalised word
# it is glued to. Fresh sentences, written by hand.
@pytest.mark.parametrize(
    ("line", "run"),
    [
        ("Insurgents burned the village of Cabo do Norte on Friday.", ("Cabo", "do", "Norte")),
        ("Police found the bodies near Rio do Sul on Monday.", ("Rio", "do", "Sul")),
        ("Shelling hit Valea lui Mihai overnight, officials said.", ("Valea", "lui", "Mihai")),
        ("Marchers left Saut d'Eau at dawn.", ("Saut", "d'Eau")),
        ("Gangs burned homes in Saut d’Eau last week.", ("Saut", "d’Eau")),
        ("Former president Giscard d'Estaing spoke in Paris.", ("Giscard", "d'Estaing")),
    ],
)
def test_place_particles_join_the_run(line: str, run: tuple[str, ...]) -> None:
    assert run in [c.words for c in chunks(line)]


@pytest.mark.parametrize(
    "line",
    [
        "Many Ukrainians do Christmas shopping early.",
        "The Idlib rebels do Battle with the army.",
        "Residents of Kabul do not trust the police.",
        "Ask what the people of Mosul do.",
        "Jean lui a dit que Lyon est calme.",
    ],
)
def test_english_do_joins_no_run(line: str) -> None:
    assert not any(w in ("do", "lui") for c in chunks(line) for w in c.words)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Lead, session 16: "X." after "on"/"via" is the platform and a sentence's end, no
        # initial opening the next sentence's name.
        (
            "The army said so in a post on X. Ahmed Saleh, a resident, heard blasts.",
            [("The",), ("X",), ("Ahmed", "Saleh")],
        ),
        (
            "The claim was shared via X. Min Aung Hlaing did not comment.",
            [("The",), ("X",), ("Min", "Aung", "Hlaing")],
        ),
        # ... elsewhere an initial stays with the name it opens
        ("A letter by Jonas X. Weber was read out.", [("A",), ("Jonas", "X.", "Weber")]),
    ],
)
def test_the_platform_x_ends_a_sentence(line: str, expected: list[tuple[str, ...]]) -> None:
    assert [c.words for c in chunks(line)] == expected
