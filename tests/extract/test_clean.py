"""clean.py: boilerplate, captions and duplicates out; story paragraphs kept."""

import pytest

from app.extract import extract_page
from app.extract.clean import (
    BODY,
    BOILER,
    CAPTION,
    clean,
    has_email_or_handle,
    is_caption,
    normalise,
    segment,
    undouble,
)


@pytest.mark.parametrize(
    "line",
    [
        "Subscribe",
        "ADVERTISEMENT",
        "IE 11 is not supported. For an optimal experience visit our site on another browser.",
        "Sign Up for Daily Headlines",
        "Related: Defense Secretary Ash Carter Heads Closer to Front Line in Iraq",
        "PHOTOS: Iraqi Families Flee Mosul as Army Battles ISIS",
        "Slideshow ( 6 images )",
        "World News",
        "Subscribe for our daily newsletter",
        "Skip to content",
        "Enjoy 2 weeks of unlimited digital access to The Daily Planet. Get your free access now!",
    ],
)
def test_boilerplate_lines_are_labelled(line):
    labelled = segment(f"Headline of a story about a war\n\n{line}\n\nThe story goes on here.")
    assert [ln.kind for ln in labelled if ln.text == line] == [BOILER]


@pytest.mark.parametrize(
    "line",
    [
        "Ash Carter meets officials in Abu Dhabi, Oct. 24, 2016. (Brigitte N. Brantley/DOD)",
        "John Kerry speaks at a briefing in Washington. REUTERS/Joshua Roberts",
        "Soldiers on a truck south of Mosul. AHMAD AL-RUBAYE / AFP - Getty Images",
        "Militants in a vehicle in Fallujah / AP",
        "Troops run through Aleppo after their release by rebels. Picture: Reuters",
        "Fighters near the front line [EPA]",
        "A destroyed home in Gaza City. -- PHOTO: AFP",
    ],
)
def test_photo_captions_are_labelled(line):
    labelled = segment(f"{line}\n\nThe story itself is a sentence that ends with a period.")
    assert labelled[0].kind == CAPTION


def test_story_paragraphs_survive_and_are_separated_by_blank_lines():
    raw = (
        "Subscribe\n"
        "PARIS – First paragraph of the story.\n"
        "Second paragraph of the story.\n\n"
        "Related: Another story\n"
        "Third paragraph.\n"
    )
    assert clean(raw) == (
        "PARIS – First paragraph of the story.\n\n"
        "Second paragraph of the story.\n\nThird paragraph."
    )


def test_duplicated_lines_and_alt_text_prefixes_are_dropped():
    raw = (
        "Islamic State militants\n"
        "Islamic State militants in a commandeered vehicle\n"
        "KABUL, Afghanistan - Fighters attacked a building.\n\n"
        "KABUL, Afghanistan - Fighters attacked a building.\n"
    )
    kinds = [(ln.text, ln.kind) for ln in segment(raw)]
    assert kinds == [
        ("Islamic State militants in a commandeered vehicle", BODY),
        ("KABUL, Afghanistan - Fighters attacked a building.", BODY),
    ]


def test_soft_wrapped_names_are_rejoined():
    raw = "An activist who goes by the name of Abu Yassin \nal-Homsi said all had left."
    assert (
        clean(raw) == "An activist who goes by the name of Abu Yassin al-Homsi said all had left."
    )


def test_doubled_header_line_is_collapsed():
    lines = segment("Wednesday, May 27, 2015Wednesday, May 27, 2015\n\nA headline about Gaza")
    assert lines[0].text == "Wednesday, May 27, 2015"


def test_leading_date_marker_is_split_from_the_headline():
    lines = segment(" date 2019-05-16 Casualties as coalition strikes the capital\n\nBody.")
    assert [ln.text for ln in lines[:2]] == [
        "2019-05-16",
        "Casualties as coalition strikes the capital",
    ]


def test_seed_000_body_has_no_boilerplate():
    from tests.extract.paths import seed_text

    body = clean(seed_text("000"))
    assert body.startswith("PARIS – Security measures")
    for junk in ("Subscribe", "Sign Up", "copp.tara@stripes.com", "(Brigitte N. Brantley/DOD)"):
        assert junk not in body
    assert "\n\n" in body


@pytest.mark.parametrize(
    "line",
    [
        "Firefighters work at the site of a strike in Kharkiv, Ukraine. (AP Photo/Andrii Marienko)",
        "Malian soldiers on patrol near Mopti on September 20, 2019. © Michele Cattani, AFP",
    ],
)
def test_more_photo_credits_are_captions(line):
    labelled = segment(f"{line}\n\nThe story itself is a sentence that ends with a period.")
    assert labelled[0].kind == CAPTION


@pytest.mark.parametrize(
    "header",
    [
        "Read more:",
        "Related Stories",
        "MORE FROM LIBYA",
        "Read also",
        "Related posts",
        # a blog's widget under the post (persons16)
        "Popular posts from this blog",
        "Popular Posts",
    ],
)
def test_link_lists_after_a_header_are_boilerplate(header):
    raw = (
        "A headline about the war\n\nTRIPOLI (Reuters) - Forces shelled the suburbs on Monday, "
        f"residents said.\n\n{header}\nMigrants trapped as clashes near Tajoura\n"
        "UN says cholera cases near 200,000 in Ibb and Amran\n\n"
        "Reporting by Ahmed Elumami; Editing by Gareth Jones"
    )
    kinds = {ln.text: ln.kind for ln in segment(raw)}
    assert kinds["Migrants trapped as clashes near Tajoura"] == BOILER
    assert kinds["UN says cholera cases near 200,000 in Ibb and Amran"] == BOILER
    assert kinds["Reporting by Ahmed Elumami; Editing by Gareth Jones"] != BOILER


def test_a_million_soft_wrapped_lines_are_joined_into_one_paragraph():
    # Lower-case lines without a full stop continue the line before: one paragraph of a
    # million words (joining them one by one was quadratic: ~45 min for this page).
    raw = "we\ngo\n" * 500_000
    (paragraph,) = [line for line in normalise(raw) if line]
    assert paragraph.startswith("we go we go ")
    assert len(paragraph) == 2 * 1_000_000 + 999_999
    assert paragraph.count("we go") == 500_000


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Wednesday, May 27, 2015Wednesday, May 27, 2015", "Wednesday, May 27, 2015"),
        ("Breaking news  Breaking news", "Breaking news"),
        ("Breaking news Breaking news!", "Breaking news Breaking news!"),
        ("abcdefgabcdefg", "abcdefgabcdefg"),  # a copy must be 8 characters or more
        ("ab" * 100_000, "ab" * 50_000),  # a long line of one repeated pair: at once
        ("x" * 100_001, "x" * 100_001),  # odd length, no space between: no two copies
        ("x" * 50_000 + " x " + "x" * 50_000, "x" * 50_000 + " x " + "x" * 50_000),
    ],
)
def test_a_line_glued_to_its_own_copy_keeps_one_copy(line, expected):
    assert undouble(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("copp.tara@stripes.com", True),
        ("Twitter: @taracopp", True),
        ("@stripes", True),
        ("Email the desk at news @ site", False),
        ("a@b" * 100_000, False),  # no ".x" after any "@": was 35 s for 9,000 characters
        ("a@b" * 100_000 + ".com", True),
    ],
)
def test_email_addresses_and_handles(line, expected):
    assert has_email_or_handle(line) is expected


def test_a_huge_line_of_at_signs_is_labelled_at_once():
    # Not an address (no ".x" after an "@"), so not a contact line: kept as text.
    labelled = segment("a@b" * 100_001 + "\n\nThe story goes on here.")
    assert [(ln.text, ln.kind) for ln in labelled] == [
        ("a@b" * 100_001, BODY),
        ("The story goes on here.", BODY),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "A jet flies over southern Lebanon. (Jalaa Marey / AFP via Getty Images)",
        "Smoke rises over the city. (Photo by John Doe / AFP via Getty Images)",
    ],
)
def test_credit_via_a_distributor_makes_a_caption(line: str) -> None:
    assert is_caption(line)


def test_keep_reading_list_is_boilerplate() -> None:
    # Al Jazeera's related-story box: the bullet lines after "Keep reading" are links.
    page = (
        "Fighting returns to Bahir Dar\n"
        "Government troops clashed with militia fighters in the city on Thursday.\n"
        "Keep reading\n"
        "- TPLF ousts Tigray interim administration leaders, including President Getachew Reda\n"
        "- Lasting peace in Ethiopia? More needs to be done\n"
    )
    kinds = {ln.text: ln.kind for ln in segment(page)}
    assert (
        kinds[
            "- TPLF ousts Tigray interim administration leaders, including President Getachew Reda"
        ]
        == BOILER
    )


@pytest.mark.parametrize(
    ("line", "bio"),
    [
        (
            "Martin Fornusek is a reporter for the Kyiv Independent, specializing in "
            "international politics. Based in Lviv, Martin often reports on Russia.",
            True,
        ),
        ("Jane Okafor is a freelance journalist based in Goma.", True),
        # A story sentence about a journalist is the story.
        ("The journalist Marie Colvin was killed in Homs in 2012.", False),
        ("Siranush Sargsyan reported from Stepanakert on Tuesday.", False),
    ],
)
def test_author_biography_is_boilerplate(line: str, bio: bool) -> None:
    kinds = [ln.kind for ln in segment("Headline of the story\n\n" + line)]
    assert (kinds[-1] == BOILER) is bio


# persons4 (h20, and wire copy on local news sites wrapped at a fixed width): a line cut
# mid-sentence is continued by the next one even when that opens with a capital, so a name
# split by the wrap is whole again. Written by hand from the wrapped texts.
HARD_WRAPS = [
    (
        # two full-width lines already joined: the third continues the paragraph
        "The rebels have pushed into the outskirts of the town, and the army\n"
        "says they are being held back by units loyal to the interim President\n"
        "Faustin Touadera, who is in the capital.",
        [
            "The rebels have pushed into the outskirts of the town, and the army says they "
            "are being held back by units loyal to the interim President Faustin Touadera, "
            "who is in the capital."
        ],
    ),
    (
        # an open parenthesis: a credit line wrapped inside a name
        "(Reporting by Aziz El Yaakoubi; Writing by Sami Aboudi and Ghaida\n"
        "Ghantous; Editing by Alison Williams)",
        [
            "(Reporting by Aziz El Yaakoubi; Writing by Sami Aboudi and Ghaida Ghantous; "
            "Editing by Alison Williams)"
        ],
    ),
    (
        # a line ending with a word no paragraph ends with
        "Fighters loyal to the government of\nSomaliland said they had retaken the hill.",
        ["Fighters loyal to the government of Somaliland said they had retaken the hill."],
    ),
    # page furniture above a headline stays separate lines
    (
        "Today from Garowe Online:\nadvertisements\nGunmen kill district official in Galkayo",
        ["Today from Garowe Online:", "advertisements", "Gunmen kill district official in Galkayo"],
    ),
    # a headline and its byline are two lines
    (
        "Rebels close in on the port of Hodeidah\nBy Mohammed Mukhashaf",
        ["Rebels close in on the port of Hodeidah", "By Mohammed Mukhashaf"],
    ),
]


@pytest.mark.parametrize(("raw", "expected"), HARD_WRAPS)
def test_hard_wrapped_lines_are_rejoined(raw, expected):
    assert normalise(raw) == expected


def test_short_furniture_joined_to_a_lower_case_line_does_not_take_the_headline():
    raw = "Today from Garowe Online: _\nadvertisements\nGunmen kill district official in Galkayo"
    assert normalise(raw) == [
        "Today from Garowe Online: _ advertisements",
        "Gunmen kill district official in Galkayo",
    ]


# persons4: The Guardian's caption credit "Photograph: NAME/OUTLET".
@pytest.mark.parametrize(
    "line",
    [
        "Displaced families queue for water in Goma. Photograph: Moses Sawasawa/AP",
        "A burnt-out car on the road to Bakhmut. Photograph: Anastasia Vlasova/The Guardian",
    ],
)
def test_guardian_photograph_credits_are_captions(line):
    assert is_caption(line)


# persons4 (k-persons k21, blog copies of wire stories): a page wrapped at a fixed width
# throughout (three lines or more cut before a lower-case word) has its prose lines
# continued even before a capital; menu items stay apart.
def test_a_page_wrapped_throughout_keeps_names_whole():
    raw = (
        "At least four people\n"
        "were killed when gunmen attacked a market near Damaturu on\n"
        "Sunday, residents said.\n"
        "A trader who escaped, Bukar\n"
        "Kolo told reporters that the attackers came on motorcycles and\n"
        "burnt the stalls before\n"
        "fleeing.\n"
    )
    assert normalise(raw) == [
        "At least four people were killed when gunmen attacked a market near Damaturu on "
        "Sunday, residents said.",
        "A trader who escaped, Bukar Kolo told reporters that the attackers came on "
        "motorcycles and burnt the stalls before fleeing.",
        "",
    ]


def test_menu_items_of_a_wrapped_page_stay_apart():
    raw = (
        "NEWS DESK\nWORLD AFFAIRS\nRegions\nculture\n\n"
        "Rebels Seize Border Town\n\n"
        "The rebels took the town\non Sunday after a week of\nfighting, residents\nsaid.\n"
    )
    lines = [ln for ln in normalise(raw) if ln]
    assert "NEWS DESK" in lines and "WORLD AFFAIRS" in lines
    assert "Rebels Seize Border Town" in lines


@pytest.mark.parametrize(
    ("raw", "kept"),
    [
        # A headline over its own copy run into the story's first sentence (no space) ...
        (
            "Rebels shell Goma airport: officials\n\n"
            "Rebels shell Goma airport: officialsThe rebels fired on the airport overnight, "
            "officials said on Sunday.",
            "Rebels shell Goma airport: officials",
        ),
        (
            "Troops retake Marawi bridge\n\nTroops retake Marawi bridgeSoldiers crossed the "
            "bridge on Friday after a week of fighting, the army said.",
            "Troops retake Marawi bridge",
        ),
        # ... or into a linked source's site name after a separator.
        (
            "Police post attacked in Faryab, 5 killed\n\n"
            "Police post attacked in Faryab, 5 killed Kabul Times - English Edition",
            "Police post attacked in Faryab, 5 killed",
        ),
        (
            "Gunmen kill 9 on highway in Zamfara\n\n"
            "Gunmen kill 9 on highway in Zamfara Daily Trust | Nigeria",
            "Gunmen kill 9 on highway in Zamfara",
        ),
    ],
)
def test_headline_over_its_run_on_copy_is_kept(raw, kept):
    assert kept in [ln.text for ln in segment(raw)]


@pytest.mark.parametrize(
    ("raw", "dropped"),
    [
        # A clipped copy over the whole headline, and alt text over its caption, still go.
        (
            "Niger An attack kills seven soldiers in\n\n"
            "Niger: An attack kills seven soldiers in the west of the country",
            "Niger An attack kills seven soldiers in",
        ),
        (
            "Rebels patrol in Goma\n\nRebels patrol in Goma on Wednesday, Jan. 29, 2025. "
            "(AP Photo/Moses Sawasawa)",
            "Rebels patrol in Goma",
        ),
        (
            "Army retakes town near Khartoum\n\n"
            "Army retakes town near Khartoum after two days of fighting",
            "Army retakes town near Khartoum",
        ),
    ],
)
def test_clipped_copies_and_alt_text_are_still_dropped(raw, dropped):
    assert dropped not in [ln.text for ln in segment(raw)]


_STORY = (
    "Rebels ambushed an army convoy on a mountain road on Tuesday and killed four soldiers, "
    "a military spokesman said in a statement."
)


@pytest.mark.parametrize(
    ("raw", "first_lines"),
    [
        # A post's title, date and story flattened into the page's first line (titles9).
        (
            "Rebels ambush army convoy | 3 Jun 2025 | " + _STORY,
            ["Rebels ambush army convoy", "3 Jun 2025", _STORY],
        ),
        (
            "Rebels ambush army convoy in the hills | June 3, 2025 | " + _STORY,
            ["Rebels ambush army convoy in the hills", "June 3, 2025", _STORY],
        ),
        # No split: a short tail is no story run into the line ...
        (
            "Rebels ambush army convoy | 3 Jun 2025 | Four soldiers killed",
            ["Rebels ambush army convoy | 3 Jun 2025 | Four soldiers killed"],
        ),
        # ... a sentence before the bars is no headline ...
        (
            "The rebels ambushed the convoy on Tuesday, officials said. | 3 Jun 2025 | " + _STORY,
            ["The rebels ambushed the convoy on Tuesday, officials said. | 3 Jun 2025 | " + _STORY],
        ),
        # ... and only the page's first line is read so.
        (
            "Rebels ambush army convoy\n\nFour soldiers killed in the hills | 3 Jun 2025 | "
            + _STORY,
            [
                "Rebels ambush army convoy",
                "Four soldiers killed in the hills | 3 Jun 2025 | " + _STORY,
            ],
        ),
    ],
)
def test_a_first_line_run_into_its_story_is_split_at_a_barred_date(raw, first_lines):
    assert [ln.text for ln in segment(raw)][: len(first_lines)] == first_lines


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # titles11: a whole date line is not continued by a lower-case line of icons' names...
        (
            "Thu Mar 4 2021\nicon-mail icon-print icon-share",
            ["Thu Mar 4 2021", "icon-mail icon-print icon-share"],
        ),
        # ... but share widgets that leave it a date line are joined as before.
        ("March 4, 2021\nfacebook twitter whatsapp", ["March 4, 2021 facebook twitter whatsapp"]),
        # A web address under a whole line is no wrapped end of it.
        (
            "Rebels shell the river port\nhttp://example.org/rss/rebels-port.htm Version 1.",
            ["Rebels shell the river port", "http://example.org/rss/rebels-port.htm Version 1."],
        ),
        # A line that breaks off mid-phrase is continued by the address it announces.
        (
            "The full report is at\nhttp://example.org/report",
            ["The full report is at http://example.org/report"],
        ),
        # A forum's byline with a user name and its date stays off the headline above it.
        (
            "Rebels shell the river port\nby kmx Tuesday, Mar. 2, 2004 at 9:15 AM",
            ["Rebels shell the river port", "by kmx Tuesday, Mar. 2, 2004 at 9:15 AM"],
        ),
    ],
)
def test_lines_that_are_no_wrapped_end(raw, expected):
    assert normalise(raw) == expected


# cities24: "Also Read: <headline>" is one inline link (Indian and Pakistani sites put it
# between paragraphs); "Maybe you are interested in:" opens a related-links widget whose
# titles may be cut with " ..." (still link titles, not sentences). Fresh sentences.
@pytest.mark.parametrize(
    "line",
    [
        "Also Read: Floods cut off three villages near Silchar",
        "ALSO READ: Curfew relaxed in Tezpur for six hours",
        "Also read: Two arrested with arms in Dimapur",
    ],
)
def test_an_also_read_line_is_a_link(line):
    raw = (
        f"Curfew eased in the valley\n\nPolice said the market reopened on Monday.\n\n{line}\n\n"
        "Shops in the old town stayed shut, residents said."
    )
    kinds = {ln.text: ln.kind for ln in segment(raw)}
    assert kinds[line] == BOILER
    assert kinds["Shops in the old town stayed shut, residents said."] == BODY


@pytest.mark.parametrize(
    "header",
    [
        "Maybe you are interested in:",
        "You may be interested in:",
        "You might be interested in:",
    ],
)
def test_an_interested_in_widget_lists_links_even_when_cut(header):
    raw = (
        "Rebels ambushed near the pass\n\nTwo fighters were killed near Botlikh on Monday, "
        f"officials said.\n\n{header}\nPolice name the man shot dead in Kizlyar\n"
        "Residents of Tsumada describe the night raid on the ...\n"
        "Court jails two over the Buinaksk bombing\n\nComments (3)"
    )
    kinds = {ln.text: ln.kind for ln in segment(raw)}
    assert kinds["Police name the man shot dead in Kizlyar"] == BOILER
    assert kinds["Residents of Tsumada describe the night raid on the ..."] == BOILER
    assert kinds["Court jails two over the Buinaksk bombing"] == BOILER


def test_a_sentence_after_a_link_header_still_ends_the_list():
    raw = (
        "Rebels ambushed near the pass\n\nRead more:\nPolice name the man shot dead in Kizlyar\n"
        "Two fighters were killed near Botlikh on Monday, officials said.\n"
    )
    kinds = {ln.text: ln.kind for ln in segment(raw)}
    assert kinds["Two fighters were killed near Botlikh on Monday, officials said."] == BODY


def test_a_long_sentence_cut_with_dots_still_ends_a_link_list():
    raw = (
        "Army retakes town\n\nKABUL: Troops retook the town on Monday.\n\nRead more:\n"
        "Troops push into Ghazni ...\n"
        "The governor said the army would send more troops to the district on Tuesday, and "
        "that roads were open ..."
    )
    kinds = {ln.text[:20]: ln.kind for ln in segment(raw)}
    assert kinds["Troops push into Gha"] == BOILER
    assert kinds["The governor said th"] == BODY


# titles13 (ar01, ar31; the same shapes under headlines in v10, w83, ak04): a caption closed
# by a bracketed photo note, one that opens as agencies' captions open, and a picture's file
# name kept as text are CAPTION lines.
@pytest.mark.parametrize(
    "line",
    [
        "Soldiers guard a checkpoint outside the office. (AP file photo. Representative image)",
        "Villagers gather near the burnt school building. (File photo: social media)",
        "Police vehicles line the road into town (Representational photo)",
        "A convoy crosses the river bridge at dawn. (Image for representation)",
        "Photo taken on March 3, 2014 shows a damaged market in the old town",
        "Picture dated 4. May 2011 showing families leaving the camp",
        "A handout picture released by the army shows seized rifles",
        "market fire.jpg",
        "IMG_2041.JPG",
    ],
)
def test_titles13_photo_notes_and_caption_openings_are_captions(line):
    assert is_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "Rebels release photos of captured soldiers",
        "Army says file photos of the raid were faked",
        "Picture this: a town without water for a month",
        "Ten killed in market attack (updated)",
        "Minister resigns over leaked images (video)",
        "Governor names new police chief for the region",
        # review17: a headline in title case telling of a picture
        "Photo Taken From Gaza Border Shows Destruction",
        "Image Released By Hamas Shows Three Hostages",
        "Picture Obtained By Reuters Shows Wagner Fighters In Mali",
    ],
)
def test_titles13_headlines_about_pictures_are_no_captions(line):
    assert not is_caption(line)


# persons19: a list of videos prints each one's running time over its title ("00:57" /
# "..."): the titles are links to other stories. A live blog's time stamps stand over
# paragraphs, which stay story.
def test_a_video_list_with_running_times_is_boilerplate():
    raw = (
        "Court jails two militia leaders\n\n"
        "Judges handed down the sentences on Thursday after a five-year trial of the pair.\n\n"
        "01:12\n\nFlood waters cut the main road to the port in the south\n\n"
        "00:48\n\nPresident names new army chief after the general resigns\n\n"
        "02:05\n\nFarmers protest over the price of seed and fertiliser"
    )
    kinds = {ln.text: ln.kind for ln in segment(raw)}
    assert kinds["Flood waters cut the main road to the port in the south"] == BOILER
    assert kinds["President names new army chief after the general resigns"] == BOILER
    assert (
        kinds["Judges handed down the sentences on Thursday after a five-year trial of the pair."]
        == BODY
    )


def test_a_live_blog_time_stamp_leaves_its_entry_as_story():
    raw = (
        "Live: the siege of the port city\n\n"
        "09:42\n\nShelling resumed at dawn near the harbour, residents told reporters by phone.\n\n"
        "The governor said the water station had been hit again and repairs would take days.\n\n"
        "09:15\n\nAid trucks waited at the checkpoint for a second day, the agency said."
    )
    kinds = {ln.text: ln.kind for ln in segment(raw)}
    assert (
        kinds["Shelling resumed at dawn near the harbour, residents told reporters by phone."]
        == BODY
    )
    assert kinds["Aid trucks waited at the checkpoint for a second day, the agency said."] == BODY


# persons19: "the most popular" in a story's sentence is a superlative, no "Most popular"
# widget label.
@pytest.mark.parametrize(
    ("line", "kind"),
    [
        (
            "The envoy, who is among the most popular politicians in the country, quit on Friday.",
            BODY,
        ),
        ("Her column was the most read piece on the site that week, editors said.", BODY),
        ("Most popular", BOILER),
        ("Most read this week", BOILER),
    ],
)
def test_most_popular_is_a_widget_only_without_the_article(line, kind):
    labelled = segment(f"Headline of a story about a war\n\n{line}\n\nThe story goes on here.")
    assert {ln.text: ln.kind for ln in labelled}[line] == kind


# A page wrapped at a fixed width throughout (three lines or more cut before a lower-case word).
_WRAPPED_STORY = (
    "the fighters crossed the river before dawn and took the\n"
    "main road out of the valley while the residents of the town\n"
    "watched from their roofs and waited for the army to\n"
    "arrive in the afternoon."
)


@pytest.mark.parametrize(
    ("head", "own_line"),
    [
        # A wire dateline opens the story under its byline, even on a wrapped page.
        ("By MARTA RUIZ and TOMAS EKLUND", "KINGSTON, Jamaica (AP) — Gunmen fired on a bus"),
        ("By PETER HOLM and ANNA BERG", "NAIROBI (Reuters) - Police said on Monday that"),
        # A whole date line stands under its headline.
        ("Militia raids leave three villages burning in the northern hills", "[March 14, 2024]"),
        ("Militia raids leave three villages burning in the northern hills", "March 14, 2024"),
    ],
)
def test_wrapped_page_keeps_datelines_and_date_lines_apart(head, own_line):
    lines = [line for line in normalise(f"{head}\n{own_line}\n{_WRAPPED_STORY}") if line]
    assert lines[0] == head
    assert lines[1].startswith(own_line)


# review20: a reader-support appeal is page furniture from its opener to its closing line;
# the names in its praise of the outlet's work are no story's; a story run on into the
# closing line stays.
APPEAL_PAGE = (
    "Rebels shell port city\n"
    "Your donation keeps our reporters in the field\n"
    "From frontline towns to the corridors of power, we are there when news breaks, whether "
    "we are following Jeff Bezos's latest deal or filming our new series on river towns.\n"
    "Independent reporting costs money. We never hide our work behind a paywall.\n"
    "Your support makes all the difference.GALKAYO (Reuters) - Shells hit the port on Sunday, "
    "said Abdi Hassan Warsame, a local elder."
)


def test_a_reader_support_appeal_is_boilerplate():
    lines = segment(APPEAL_PAGE)
    kinds = [ln.kind for ln in lines]
    assert kinds[1:4] == [BOILER, BOILER, BOILER]
    assert lines[4].kind == BODY
    names = {p.name for p in extract_page(APPEAL_PAGE).persons}
    assert names == {"Abdi Hassan Warsame"}


# Lead, session 19: a byline whose "By", names and "and" stand on lines of their own names
# every writer.
@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "Taliban kill governor\n\nBy\nROD NORDLAND\nand\nFAHIM ABED, New York Times\n\n"
            "KABUL — Insurgents attacked the compound on Thursday, officials said.\n",
            {"Rod Nordland", "Fahim Abed"},
        ),
        (
            "Floods cut the road\n\nBy\nAmina Yusuf\nand\nTunde Bakare\n\n"
            "LAGOS — Heavy rain closed the highway on Monday, police said.\n",
            {"Amina Yusuf", "Tunde Bakare"},
        ),
    ],
)
def test_a_byline_spread_over_lines(page, expected):
    assert {p.name for p in extract_page(page).persons} == expected


# Lead, session 19: after the story, "Previous Article" / "Next Story" open links to other
# stories, which name no one of this one; at the page's top the same buttons stand over the
# page's own headline, which stays.
def test_neighbour_story_links_after_the_story_are_boilerplate():
    page = (
        "Two civilians killed in attack in Diyala province\n\n"
        "SULAIMANI — Two civilians were killed in an attack carried out by militants in "
        "Diyala province late on Tuesday, a reporter for the local network said on Wednesday.\n\n"
        "Previous Article\n\nIraqis protest against rise in food prices\n\n"
        "Next Article\n\nSecurity forces in Kirkuk arrest man who killed Maria: police\n"
    )
    found = extract_page(page)
    assert {p.name for p in found.persons} == set()
    assert "Kirkuk" not in {c.name for c in found.cities}


def test_a_next_story_button_over_the_headline_keeps_the_headline():
    page = (
        "Prev story\n\nKey cities targeted in shelling, officials say\n\n"
        "Published on October 5, 2020 9:14 AM\nNext story\n\n"
        "STEPANAKERT — Shelling hit the city overnight, officials said on Monday.\n"
    )
    assert extract_page(page).title == "Key cities targeted in shelling, officials say"


# precision24: a related-links block whose first title is a question ("Who was X, killed by
# Y?") went on as story after it, and a link label glued to its one headline without a colon
# ("See also Ministers ...") was read as a sentence; the people and towns of the linked
# headlines were taken as the story's.
_STORY24 = (
    "KABUL (Reuters) - A roadside bomb killed two policemen in Logar province on Monday, "
    "the provincial governor Anwar Khaliq said.\n\n"
)
LINKS_AFTER_A_QUESTION_OR_A_GLUED_LABEL = [
    (
        _STORY24 + "You may also like\n\nWho was Oliver Brent, the banker shot dead by Kevin "
        "Marsh outside a Leeds bar?\n\nSinger Tara Quill splits from manager after Glasgow "
        "tour row\n\nMinister Rahul",
        {"Anwar Khaliq"},
        {"Kabul"},
    ),
    (
        _STORY24 + "Read more:\n\nWhat did Nora Fell tell the inquiry in Bristol?\n\n"
        "Derby fire: crews battle blaze as Ian Cole praises firefighters",
        {"Anwar Khaliq"},
        {"Kabul"},
    ),
    (
        _STORY24 + "See also  Police in Ohio arrest Dean Harlow over Toledo robbery\n\n"
        "Leave a Reply",
        {"Anwar Khaliq"},
        {"Kabul"},
    ),
    (
        _STORY24 + "Read also Court in Texas frees Jim Rusk after Dallas appeal",
        {"Anwar Khaliq"},
        {"Kabul"},
    ),
    # near misses: a quoted question of the story after a link list, and "see also" inside
    # a sentence
    (
        _STORY24 + "Related Stories\n\nTwo soldiers wounded in Paktia\n\n"
        "The governor, Anwar Khaliq, asked residents to report the bombers. He said police "
        "in Pul-i-Alam had arrested a man named Wahid Noori.",
        {"Anwar Khaliq", "Wahid Noori"},
        {"Kabul", "Pul-i-Alam"},
    ),
    (
        _STORY24 + "See also the statement by Wahid Noori, who said the road to Pul-i-Alam "
        "was closed.",
        {"Anwar Khaliq", "Wahid Noori"},
        {"Kabul", "Pul-i-Alam"},
    ),
]


@pytest.mark.parametrize(("text", "persons", "cities"), LINKS_AFTER_A_QUESTION_OR_A_GLUED_LABEL)
def test_links_after_a_question_title_or_a_glued_label_precision24(text, persons, cities):
    x = extract_page(text)
    assert {p.name for p in x.persons} == persons
    assert {c.text_name for c in x.cities} == cities


# titles19: a widget label on its own line is never the wrapped end of the line above it, even
# on a page wrapped at a fixed width; a wrapped sentence still joins its lower-case end.
WRAPPED = (
    "The government said it would\nsend two more surveillance\naircraft to the region after\n"
    "the attack on the border post.\n"
)


@pytest.mark.parametrize("label", ["Article content", "Story continues below", "Advertisement"])
def test_a_widget_label_opens_its_own_line_titles19(label):
    lines = normalise(f"Army says strike hit rebel depot\n{label}\n{WRAPPED}")
    assert lines[:2] == ["Army says strike hit rebel depot", label]
    assert lines[2].startswith("The government said it would send two more")


@pytest.mark.parametrize(
    ("line", "boiler"),
    [
        ("Article content", True),
        ("Story continues below", True),
        ("Article content moderation", False),
    ],
)
def test_a_widget_label_is_boilerplate_titles19(line, boiler):
    assert (
        segment(f"Army says strike hit rebel depot\n\n{line}\n\n{WRAPPED}")[1].kind == BOILER
    ) is boiler


# persons24 (precision probe): the neighbour button and its post's headline on one line
# ("Next post Danilov: ...") after the story: a link, whose names and towns are no story's
# (Danilov is a Russian town). Near misses: the story's own sentence about a next post,
# and a link line before the story (a page's top).
_STORY_24 = (
    "Prisoners freed in swap\n\n"
    "Five civilians captured during the occupation of the north returned home on Friday after "
    "months in Russian captivity, the intelligence service said in Kyiv, adding that more "
    "exchanges were being prepared.\n\n"
)
NEIGHBOUR_POST_LINES = [
    (
        _STORY_24 + "Previous post The United States published a list of weapons sent to Odesa\n"
        "Next post Danilov: Since the war began there were attempts on Zelensky's life\n",
        {"Kyiv"},
        set(),
    ),
    (
        _STORY_24 + "Next article Kherson governor Oleksandr Prokudin says two were hurt\n",
        {"Kyiv"},
        set(),
    ),
    (
        _STORY_24 + "Previous Post: Mayor of Mykolaiv Oleksandr Senkevych warns of strikes\n",
        {"Kyiv"},
        set(),
    ),
    # near miss: the story's own sentence
    (
        _STORY_24 + "The next post office in Odesa was shut, Oleksandr Senkevych said.\n",
        {"Kyiv", "Odesa"},
        {"Oleksandr Senkevych"},
    ),
]


@pytest.mark.parametrize(("page", "towns", "people"), NEIGHBOUR_POST_LINES)
def test_a_neighbour_posts_link_with_its_headline_persons24(page, towns, people):
    found = extract_page(page)
    assert {c.name for c in found.cities} == towns
    assert {p.name for p in found.persons} == people
