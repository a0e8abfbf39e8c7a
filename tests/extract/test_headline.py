"""headline.py: which line of a page is the headline, one table per failure class.

Each page is a few hand-written lines in the shape scraped pages have; the expected title
(None when the page has no headline) is written by hand from reading it.
"""

import pytest

from app.extract import extract_page
from app.extract.clean import segment
from app.extract.headline import story_start

LEDE = (
    "The army said on Tuesday that its troops had retaken the town after two days of "
    "heavy fighting, residents and officials said."
)
MORE = "Residents said the shelling had stopped by nightfall and shops reopened on Wednesday."


def title_of(raw: str) -> str | None:
    e = extract_page(raw)
    return None if e.title_is_fallback else e.title


def page(*top: str) -> str:
    """A page whose top lines are ``top``, then a two-paragraph story."""
    return "\n\n".join([*top, "KHARTOUM (Reuters) - " + LEDE, MORE])


DECKS = [
    # The headline comes first; a standfirst, a caption or a widget under it is no headline.
    (
        page(
            "Army retakes town near Khartoum after two days of fighting",
            "Residents say the shelling stopped by nightfall",
        ),
        "Army retakes town near Khartoum after two days of fighting",
    ),
    (
        page(
            "Army retakes town near Khartoum",
            "Soldiers stand guard at a checkpoint outside the town on Tuesday (Photo: Army media)",
        ),
        "Army retakes town near Khartoum",
    ),
    (
        page("Army retakes town near Khartoum", "Powered by automated translation"),
        "Army retakes town near Khartoum",
    ),
    (
        page("Army retakes town near Khartoum", "Spread the love"),
        "Army retakes town near Khartoum",
    ),
    (
        page("Army retakes town near Khartoum", "3 Min Read"),
        "Army retakes town near Khartoum",
    ),
    (
        page("Army retakes town near Khartoum", "Image | SUDAN-CONFLICT/KHARTOUM"),
        "Army retakes town near Khartoum",
    ),
    (
        page("Army Retakes Town Near Khartoum", "Army retakes town near Khartoum"),
        "Army Retakes Town Near Khartoum",
    ),
    (
        page("Army retakes town near Khartoum", "Читать на русском языке"),
        "Army retakes town near Khartoum",
    ),
]

DATE_LINES = [
    # A date or time line is never the headline, above or under it.
    (
        page("Army retakes town near Khartoum", "August 28, 1995 -- 2:30 p.m. EDT"),
        "Army retakes town near Khartoum",
    ),
    (
        page("10 months ago", "Army retakes town near Khartoum", "October 31, 2016 / 1:17 PM"),
        "Army retakes town near Khartoum",
    ),
    (
        page("Africa News of Saturday, 2 March 2024", "Army retakes town near Khartoum"),
        "Army retakes town near Khartoum",
    ),
    (
        page("Posted by Jane Roe on Feb 9, 2009 Leave a comment", "Army retakes town"),
        "Army retakes town",
    ),
    (
        page("/ 26 January 2009", "Army retakes town near Khartoum"),
        "Army retakes town near Khartoum",
    ),
]

NAVIGATION = [
    # Lines up to the last boilerplate block are navigation and trending links.
    (
        page(
            "Colleges offer new degrees even as budgets shrink across the country",
            "Start the day smarter. Trending: meteor showers",
            "Army retakes town near Khartoum",
        ),
        "Army retakes town near Khartoum",
    ),
    # A section menu, a breadcrumb, a section banner.
    (
        page("Home News World Middle East Africa", "Army retakes town near Khartoum"),
        "Army retakes town near Khartoum",
    ),
    (
        page("Home / World / Army retakes town near Khartoum", "Army retakes town near Khartoum"),
        "Army retakes town near Khartoum",
    ),
    (page("Home > News", "Army retakes town near Khartoum"), "Army retakes town near Khartoum"),
    (
        page("Home / World / Army retakes town near Khartoum"),
        "Army retakes town near Khartoum",
    ),
    (
        page("Home Africa Army retakes town near Khartoum", "Army retakes town near Khartoum"),
        "Army retakes town near Khartoum",
    ),
    (
        page("CNN Balkan Conflict News", "Army retakes town near Khartoum"),
        "Army retakes town near Khartoum",
    ),
    # A section label glued to the headline goes; a name that starts the same way stays.
    (
        page("Africa Army retakes town near Khartoum after two days"),
        "Army retakes town near Khartoum after two days",
    ),
    (
        page("Africa Cup of Nations final moved from Khartoum"),
        "Africa Cup of Nations final moved from Khartoum",
    ),
    # A line about another story (no word in common with the story) above the headline, set
    # apart from it.
    (
        page(
            "Colleges offer new degrees as budgets shrink",
            "LIVE",
            "Army retakes town near Khartoum",
        ),
        "Army retakes town near Khartoum",
    ),
    # A headline the cleaner took for a credited caption: a wire tag after it.
    (
        page("KCC archives home", "LETTERS OF SUPPORT", "Army Retakes Town Near Khartoum (AP)"),
        "Army Retakes Town Near Khartoum",
    ),
    # A headline sharing no word with the story's opening stays over its deck.
    (
        page("The long road home", "Army retakes town near Khartoum after two days of fighting"),
        "The long road home",
    ),
    # A pull quote above the headline.
    (
        page("‘The shelling never stopped’", "Army retakes town near Khartoum"),
        "Army retakes town near Khartoum",
    ),
]


@pytest.mark.parametrize(("raw", "title"), DECKS + DATE_LINES + NAVIGATION)
def test_headline_is_the_first_real_headline_line(raw, title):
    assert title_of(raw) == title


NO_HEADLINE = [
    # Pages that go straight to the story have no headline, whatever comes first.
    "2020-03-23\n\nYou are here:\n\nMAPUTO, March 23 (Xinhua) -- " + LEDE,
    '2015-05-18\n\nJUBA May 18 South Sudanese rebels killed "many"\n'
    "government soldiers in three days of fighting, a spokesman said.",
    "Soldiers gather near damaged vehicles after an attack in Jammu. (PIC/PTI)\n\n" + LEDE,
    "- Fighting has ravaged the region since the coup, with the army battling rebels\n\n"
    "BANGKOK: " + LEDE,
    # A sentence wrapped over two lines is no headline.
    "Gunmen killed 15 people including a village leader near\n"
    "Maiduguri, the heartland of the group, security sources said\nSaturday.\n\n"
    + LEDE
    + "\n\n"
    + MORE,
    # Key-point summaries: three sentence-case lines of a dozen words and more.
    "2021-08-23\n\n"
    "Armed bandits have carried out an attack on a village in the north of the state\n"
    "A resident of the village stated that nobody was killed during the midnight raid\n"
    "Several communities in the state have come under attack from bandits this year\n\n"
    "Adabka, Zamfara state - " + LEDE + "\n\n" + MORE,
    "Article published on the 2008-08-17 Latest update 2008-08-17 14:39 TU\n\n" + LEDE,
    # A live page that opens on a long paragraph, then its own sub-headings.
    "2024-08-26\n\nThe province experienced a deadly wave of violence on Monday as multiple "
    "attacks across the province left at least 40 people dead, including 23 passengers on a "
    "highway, according to officials who spoke to reporters.\n\nWhat we know so far\n\n"
    "23 passengers killed after identity checks\n\n6 people found shot dead\n\n" + MORE,
    # A photo collection: captions with their credits, then a caption cut off.
    "2024-12-03\n\nRebels escort government soldiers and police who surrendered to an "
    "undisclosed location in Goma, Thursday, Jan. 30, 2025."
    "(AP Photo/Moses Sawasawa) ASSOCIATED PRESS\n\nRebels patrol in Goma, Wednesday, Jan. 29, "
    "2025. (AP Photo/Moses Sawasawa) ASSOCIATED PRESS\n\nRebels escort Romanian",
]


@pytest.mark.parametrize("raw", NO_HEADLINE)
def test_pages_without_a_headline(raw):
    assert title_of(raw) is None


SITE_SUFFIXES = [
    (
        "Haitian residents join police to repel gang attack : NPR",
        "Haitian residents join police to repel gang attack",
        "NPR",
    ),
    (
        "Gaza death toll at 165 as strikes continue | Maan News Agency",
        "Gaza death toll at 165 as strikes continue",
        "Maan News Agency",
    ),
    (
        "Taliban take Kunduz after days of fighting | Al Jazeera",
        "Taliban take Kunduz after days of fighting",
        "Al Jazeera",
    ),
    (
        "Libyan forces fight Islamic State in Sirte – Metro US",
        "Libyan forces fight Islamic State in Sirte",
        "Metro US",
    ),
]


@pytest.mark.parametrize(("line", "title", "site"), SITE_SUFFIXES)
def test_site_suffix_dropped_and_kept_as_source(line, title, site):
    e = extract_page(page(line))
    assert (e.title, e.source) == (title, site)


@pytest.mark.parametrize(
    "line",
    [
        # A dash also ends attributions that are part of the headline.
        "At least four killed in raid on Jenin – Health Ministry",
        "Haftar Forces Suffer Losses South Of Tripoli - Spokesman",
        "The battle for Mekelle: Ethiopia’s civil war goes on – in pictures",
    ],
)
def test_attribution_after_a_dash_is_kept(line):
    assert title_of(page(line)) == line


@pytest.mark.parametrize(
    ("raw", "first_paragraph"),
    [
        # A reader notice followed by a short line is no story paragraph.
        (
            "Please update your billing details here to continue enjoying your access to "
            "the most informative journalism in the country.\n\nAccessibility Links\n\n"
            "Blast kills two at Kabul funeral\n\n" + LEDE + "\n\n" + MORE,
            "The army said",
        ),
        # A kicker with a colon looks like a dateline but starts no story.
        (
            "ASIA: Sri Lankan troops capture Tamil Tiger HQ, demand surrender\n\n"
            "COLOMBO, Jan 2 AFP - " + LEDE,
            "COLOMBO",
        ),
        # Reuters' dateline without a dash.
        ("2015-05-18\n\nJUBA May 18 Rebels said they killed many soldiers.", "JUBA May 18"),
    ],
)
def test_story_start(raw, first_paragraph):
    lines = segment(raw)
    start = story_start(lines)
    assert start is not None
    assert next(ln.text for ln in lines if ln.index == start).startswith(first_paragraph)


def test_headline_found_after_a_subscription_notice():
    raw = (
        "Please update your billing details here to continue enjoying your access to the "
        "most informative journalism in the country.\n\nAccessibility Links\n\nSkip to content"
        "\n\nBlast kills two at Kabul funeral\n\n" + LEDE + "\n\n" + MORE
    )
    assert title_of(raw) == "Blast kills two at Kabul funeral"


FURNITURE_ON_TOP = [
    # Furniture lines above the headline (a skip link, an archive label, a post's meta line,
    # a lone agency dateline) are never the headline.
    (
        page(
            "Jump to content", "Army retakes town near Khartoum", "Army retakes town near Khartoum"
        ),
        "Army retakes town near Khartoum",
    ),
    (
        page("Tag Archive for: Sudan", "Army retakes town near Khartoum :: WRAL.com"),
        "Army retakes town near Khartoum",
    ),
    (
        page("Category Archives: Africa", "Army retakes town near Khartoum after fighting"),
        "Army retakes town near Khartoum after fighting",
    ),
    (
        page("Posted by admin | 9:15 PM", "Khartoum town retaken by army"),
        "Khartoum town retaken by army",
    ),
]

NAV_PREFIXED_COPIES = [
    # A navigation trail run into the headline without separators, when the headline's
    # plain copy follows (glued to the story's first sentence, or clipped with an ellipsis).
    (
        "Home Current Army retakes town near Khartoum: officials\n\n"
        "Army retakes town near Khartoum: officialsThe army said on Tuesday that its troops "
        "had retaken the town after two days of heavy fighting, residents said.\n\n" + MORE,
        "Army retakes town near Khartoum: officials",
    ),
    (
        "Home World Africa Army retakes town near Khartoum\n\n"
        "Army retakes town near Khartoum The army said on Tuesday that its troops had "
        "retaken the town after two days of heavy fighting, residents said.\n\n" + MORE,
        "Army retakes town near Khartoum",
    ),
    (
        page(
            "HomeAfricaArmy retakes town near Khartoum after two ...",
            "Army retakes town near Khartoum after two days of fighting …",
        ),
        "Army retakes town near Khartoum after two days of fighting …",
    ),
    (
        page(
            "HomeWorldArmy retakes town near Khartoum …",
            "Army retakes town near Khartoum",
        ),
        "Army retakes town near Khartoum",
    ),
]


@pytest.mark.parametrize(("raw", "title"), FURNITURE_ON_TOP + NAV_PREFIXED_COPIES)
def test_furniture_and_navigation_prefixes(raw, title):
    assert title_of(raw) == title


RECORD_FIELDS = (
    "Copyright 1996 The Houston Chronicle Publishing Company\n\nHouston Chronicle\n\n"
    "March 4, 1996, Monday, 2 STAR Edition\n\nSECTION: A; Pg. 12\n\nLENGTH: 612 words\n\n"
)


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        # A news-database record: the HEADLINE field is the headline, the paper's name is not.
        (
            RECORD_FIELDS + "HEADLINE: Rebels shell Grozny as talks stall\n\n"
            "BYLINE: From wire reports\n\n" + LEDE + "\n\n" + MORE,
            "Rebels shell Grozny as talks stall",
        ),
        (
            "Archive of the war\n\nThe Atlanta Journal and Constitution\n\n"
            "June 2, 1993, Wednesday\n\nLENGTH: 540 words\n\nHEADLINE: Shells hit Sarajevo "
            "market\n\n" + LEDE + "\n\n" + MORE,
            "Shells hit Sarajevo market",
        ),
        # A record without a HEADLINE field has no headline.
        (RECORD_FIELDS + "BYLINE: From staff and news services\n\n" + LEDE + "\n\n" + MORE, None),
        (
            "War News Digest\n\nThe Boston Globe\n\nMay 9, 1999, Sunday\n\nLENGTH: 1,204 words"
            "\n\n" + LEDE + "\n\n" + MORE,
            None,
        ),
    ],
)
def test_news_database_records(raw, title):
    assert title_of(raw) == title


@pytest.mark.parametrize(
    "raw",
    [
        # A page opening on a credited caption, or on a lone agency dateline, has no headline.
        "Smoke rises over the town after the strike on Tuesday. – (File Photo)\n\n"
        "KHAR: " + LEDE + "\n\n" + MORE,
        "Displaced families queue for food at a camp outside the town (AP Photo)\n\n"
        + LEDE
        + "\n\n"
        + MORE,
        "Islamabad - QNA\n" + LEDE + " " + MORE,
        "Cairo - MENA\n\n" + LEDE + "\n\n" + MORE,
    ],
)
def test_no_headline_under_caption_or_agency_dateline(raw):
    assert title_of(raw) is None


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        # The headline over its own copy glued to the story or to a linked source's name.
        (
            "Tuesday 4 March 2014\n\nRebels shell Goma airport, killing 3\n\n"
            "Rebels shell Goma airport, killing 3 Radio Okapi - English\n\n" + LEDE + "\n\n" + MORE,
            "Rebels shell Goma airport, killing 3",
        ),
        (
            "Rebels shell Goma airport: officials\n\nRebels shell Goma airport: officialsThe "
            "army said on Tuesday that its troops had retaken the town after two days of heavy "
            "fighting, residents said.\n\n" + MORE,
            "Rebels shell Goma airport: officials",
        ),
        # A wire page's menus and a year-less time stamp above the headline.
        (
            page(
                "AP Newswire",
                "Stateside World Business Stocks Technology Sports Weather",
                "Apr 25, 1:24 PM EDT",
                "Army retakes town near Khartoum",
            ),
            "Army retakes town near Khartoum",
        ),
        (
            page("Mar. 9, 6:05 PM", "Army retakes town near Khartoum after two days"),
            "Army retakes town near Khartoum after two days",
        ),
    ],
)
def test_run_on_copies_menus_and_stamps(raw, title):
    assert title_of(raw) == title


TITLES3 = [
    # Site chrome above the headline: a greeting, a language switch in codes or in each
    # language's own script, a field with a number (titles3 round).
    (
        page("Welcome to the World Health Organization", "Cholera cases climb in camps near Goma"),
        "Cholera cases climb in camps near Goma",
    ),
    (
        page("en fr ar", "Army retakes two villages near Kadugli"),
        "Army retakes two villages near Kadugli",
    ),
    (
        page("English العربية Français русский 中文", "Shelling kills four in Kharkiv suburbs"),
        "Shelling kills four in Kharkiv suburbs",
    ),
    (
        page("News ID: 88123", "Militants storm police post in Bannu district"),
        "Militants storm police post in Bannu district",
    ),
    (
        page("QR codeQR code", "Drone strike hits fuel depot outside Sanaa"),
        "Drone strike hits fuel depot outside Sanaa",
    ),
    # Date labels that are lines of their own, not headlines.
    (
        page("This Article is From Feb 02, 2017", "Rebels seize border crossing in Kidal"),
        "Rebels seize border crossing in Kidal",
    ),
    (
        page("Publish dateSunday 5 March 2023 - 10:40", "Blast wounds six near Jalalabad mosque"),
        "Blast wounds six near Jalalabad mosque",
    ),
    # What follows the headline on its line: a comment counter, a copy site's attribution.
    (page("Clashes in Tripoli leave 9 dead 0"), "Clashes in Tripoli leave 9 dead"),
    (
        page("Ceasefire frays in Tigray as aid trucks wait By Reuters"),
        "Ceasefire frays in Tigray as aid trucks wait",
    ),
    # A number that is the headline's own stays.
    (page("Death toll in Kabul blast rises to 40"), "Death toll in Kabul blast rises to 40"),
    # A headline set as a lone list item under a section label.
    (
        page("World", "• Airstrike on market kills 12 in northern Yemen"),
        "Airstrike on market kills 12 in northern Yemen",
    ),
    # ... but a run of bullets is a summary, and "- " opens a summary bullet even alone.
    (
        page(
            "• Troops entered the town at dawn, officials say",
            "• Aid groups warn of a cholera outbreak in the camps",
        ),
        None,
    ),
    (
        page("- Fighting has displaced thousands of families since the spring offensive began"),
        None,
    ),
    # A region or section banner with "and" over the headline.
    (
        page("Bosnia and Herzegovina", "Floods cut roads to three towns near Tuzla"),
        "Floods cut roads to three towns near Tuzla",
    ),
    # A standfirst quoting someone, with a past-tense attribution, is no headline.
    (page("“We could not save the children,” a nurse at the clinic said"), None),
    (
        page("“We could not save the children,” says nurse in Rafah"),
        "“We could not save the children,” says nurse in Rafah",
    ),
    # A video kicker that the cleaner files with "Video:" links is the headline's own.
    (
        "Video: Gunmen Torch Market in Northern Burkina Faso\n"
        "Witnesses said on Monday that gunmen on motorbikes had set fire to the main market "
        "of a town in northern Burkina Faso, the second attack in a week\n"
        "Share this story",
        "Video: Gunmen Torch Market in Northern Burkina Faso",
    ),
    # The headline over a caption that repeats it with a photo label.
    (
        page(
            "Russian drones hit Odesa port: one dead",
            "Russian drones hit Odesa port: one dead Photo: Firefighters at the port (",
        ),
        "Russian drones hit Odesa port: one dead",
    ),
    (
        page(
            "Russian drones hit Odesa port: one dead",
            "Russian drones hit Odesa port: one dead Illustrative photo: Firefighters at the port"
            " (Getty Images)",
        ),
        "Russian drones hit Odesa port: one dead",
    ),
]


@pytest.mark.parametrize(("raw", "title"), TITLES3)
def test_page_shapes_of_the_titles3_round(raw, title):
    assert title_of(raw) == title


TITLES4 = [
    # An organisation's name over the headline (five words or more, styled as a name).
    (
        page(
            "The Sudan Monitor For Human Rights",
            "Shelling resumes on villages east of El Obeid",
        ),
        "Shelling resumes on villages east of El Obeid",
    ),
    (
        page(
            "The Kurdistan Regional Human Rights Council",
            "Drone strikes hit fuel depots in the east",
        ),
        "Drone strikes hit fuel depots in the east",
    ),
    # A Title Case headline ending in such a noun is no masthead.
    (
        page("US Strikes Hit Houthi Media", "Officials say two stations were destroyed"),
        "US Strikes Hit Houthi Media",
    ),
    # A paper's archive name in capitals over the headline.
    (
        page("THE NEW YORK TIMES ARCHIVES", "Rebels Say They Downed Army Plane"),
        "Rebels Say They Downed Army Plane",
    ),
    # review15: a headline in capitals ending in a body's word is no masthead over its deck.
    (
        page("ISRAEL CALLS FOR END TO UN MISSION", "Israel wants peacekeepers out of Lebanon"),
        "ISRAEL CALLS FOR END TO UN MISSION",
    ),
    (
        page("THE WAR ON THE PRESS", "How journalists became targets in Gaza"),
        "THE WAR ON THE PRESS",
    ),
    (
        page("PUTIN ORDERS PROBE OF STATE MEDIA", "The Kremlin said the review would take weeks"),
        "PUTIN ORDERS PROBE OF STATE MEDIA",
    ),
    (
        page("CALLS FOR PEACE GROW AT UN SECURITY COUNCIL", "Diplomats push for a truce in Sudan"),
        "CALLS FOR PEACE GROW AT UN SECURITY COUNCIL",
    ),
    (
        page("ICC ISSUES WARRANT FOR HEAD OF WAGNER MEDIA", "The court accuses him of war crimes"),
        "ICC ISSUES WARRANT FOR HEAD OF WAGNER MEDIA",
    ),
    (
        page("THE WASHINGTON POST", "Rebels Shell Port City for Third Day"),
        "Rebels Shell Port City for Third Day",
    ),
    # A header's place and today's date, glued by flattening, over the headline.
    (
        page("x Kampala, UgandaFriday 9 February 2024", "Rebels attack army post near Kasese"),
        "Rebels attack army post near Kasese",
    ),
    # A call for money, a back link and a post's tags over the headline.
    (
        page("Support The Daily Ledger!", "Army retakes town near Khartoum"),
        "Army retakes town near Khartoum",
    ),
    (
        page("◄ back to all", "Army retakes town near Khartoum"),
        "Army retakes town near Khartoum",
    ),
    (
        page("Sudan, Khartoum, Omdurman, Rapid Support Forces", "Army retakes town near Khartoum"),
        "Army retakes town near Khartoum",
    ),
    # A section word under the headline is no navigation block above the story's headline.
    (
        "Army retakes town near Khartoum\n\nWorld\n\nMarch 03, 7:15 UTC+3 KHARTOUM\n\n"
        "KHARTOUM (Reuters) - " + LEDE + "\n\n" + MORE,
        "Army retakes town near Khartoum",
    ),
]


@pytest.mark.parametrize(("raw", "title"), TITLES4)
def test_page_shapes_of_the_titles4_round(raw, title):
    assert title_of(raw) == title


def test_a_teaser_of_the_lead_is_no_headline():
    lead = (
        "Gunmen killed nine worshippers at a mosque in northern Nigeria on Friday, police "
        "said, the third such attack this month."
    )
    raw = (
        "Top story: Gunmen killed nine worshippers at a mosque in northern Nigeria on "
        "Friday, police…\n\n" + lead + "\n\n" + MORE
    )
    assert title_of(raw) is None


# Chrome above the headline that has a headline's shape (titles5 round): a date line in a
# form the date reader did not know, a shop widget's notice, a WordPress shortcode.
CHROME_ABOVE = [
    (
        "\n".join(
            [
                "Keeping this cookie enabled helps us to improve our website.",
                "07, September 2015",
                "Troops retake town after two days of heavy fighting",
                LEDE,
                MORE,
            ]
        ),
        "Troops retake town after two days of heavy fighting",
    ),
    (
        page("Your cart is currently empty!", "Drone strike hits fuel depot in Kassala"),
        "Drone strike hits fuel depot in Kassala",
    ),
    (
        page("[adrotate banner=4 group=2 site=no]", "Curfew declared in Jos after clashes"),
        "Curfew declared in Jos after clashes",
    ),
]


@pytest.mark.parametrize(("raw", "title"), CHROME_ABOVE)
def test_chrome_above_the_headline_is_no_headline(raw, title):
    assert title_of(raw) == title


# The headline printed twice (a page's title and its heading) under chrome printed once that
# is not about the story: a tag page's name, a site's own title line (titles5 round).
PRINTED_TWICE = [
    (
        page(
            "Sahel security archive",
            "Troops retake town after two days of heavy fighting",
            "Troops retake town after two days of heavy fighting",
        ),
        "Troops retake town after two days of heavy fighting",
    ),
    (
        page(
            "Home - Horn Watch | Peace Through Knowledge",
            "Army retakes town as residents flee the fighting",
            "Army retakes town as residents flee the fighting",
        ),
        "Army retakes town as residents flee the fighting",
    ),
    # A first line about the story stays the headline, whatever repeats under it.
    (
        page(
            "Army retakes town after heavy fighting",
            "Soldiers search houses on the edge of town",
            "Soldiers search houses on the edge of town",
        ),
        "Army retakes town after heavy fighting",
    ),
]


@pytest.mark.parametrize(("raw", "title"), PRINTED_TWICE)
def test_headline_printed_twice_under_chrome(raw, title):
    assert title_of(raw) == title


# Page shapes of the titles6 round: a short Title Case headline over its deck, and lines that
# only look like a headline on a page that has none (a byline of reporters with their towns,
# a map's caption under its credit).
TITLES6 = [
    # Four capitalised words over a sentence-case deck: the headline, no byline or banner.
    (
        "Smoke rises over the market after the shelling on Sunday in the town.\n\n"
        "Traders Abandon Shelled Market\n\nShops stay shut as the shelling goes on.\n\n"
        "Monday, 4 March, 2019\n\n"
        "Traders in the old market said the shelling had destroyed dozens of stalls and "
        "that nobody would reopen before the fighting stopped.\n\n" + MORE,
        "Traders Abandon Shelled Market",
    ),
    # The same words with no deck under them stay a name line (a banner over the story).
    (
        "Traders Abandon Shelled Market\n\n"
        "Traders in the old market said the shelling had destroyed dozens of stalls and "
        "that nobody would reopen before the fighting stopped.\n\n" + MORE,
        None,
    ),
    # A byline of reporters each with the town they filed from, under the date prefix.
    (
        " date 2021-05-04 Ngozi Okafor Ade, Owerri, Bala Sani , Kano and Emeka Obi, Enugu\n\n"
        + LEDE
        + "\n\n"
        + MORE,
        None,
    ),
    (
        "From Tunde Bakare, Lagos; Halima Yusuf, Maiduguri and Ike Eze, Abuja\n\n"
        + LEDE
        + "\n\n"
        + MORE,
        None,
    ),
    # A headline listing two actions is no such byline.
    (
        page("Bandits Raid Zamfara Villages, Kill Twelve", "By Musa Ali"),
        "Bandits Raid Zamfara Villages, Kill Twelve",
    ),
    # A photo credit opening the page, then the picture's caption: no headline.
    (
        " date 2022-08-09 Photo Credit: Google Maps\nMap showing Tyre, Naqoura, Bint Jbeil\n\n"
        + LEDE
        + "\n\n"
        + MORE,
        None,
    ),
    # Under a caption the credit closes it, and the headline follows.
    (
        "Smoke rises over the port after the strike on Tuesday night.\n"
        "Photo Credit: Navy Press Office\nStrike hits port near Tyre\n\n" + LEDE + "\n\n" + MORE,
        "Strike hits port near Tyre",
    ),
]


@pytest.mark.parametrize(("raw", "title"), TITLES6)
def test_page_shapes_of_the_titles6_round(raw, title):
    assert title_of(raw) == title


def test_a_deck_over_a_byline_is_no_story_start():
    raw = (
        "Shelling empties villages along the river\n\n"
        "Thousands flee as artillery hits farms and markets along the river, aid workers say, "
        "and more families are expected.\n"
        "By Jane Doe and Omar Abdel Said\nThe Daily Ledger Foreign Service\nMonday, May 6, 2019\n\n"
        "KHARTOUM, May 5 -- " + LEDE + "\n\n" + MORE
    )
    lines = segment(raw)
    start = story_start(lines)
    assert next(ln.text for ln in lines if ln.index == start).startswith("KHARTOUM, May 5")


TITLES7 = [
    # A site's motto under its name, over the headline, is no headline.
    (
        "The Frontier Times\nIndependent news and views from the border\n"
        "Militia burns three villages near the river\n\n" + LEDE + "\n\n" + MORE,
        "Militia burns three villages near the river",
    ),
    # ... but a headline speaking of news under the outlet's name, over its deck, stays
    # (review11): it speaks of the story.
    (
        "The Frontier Times\nTroops deny news of retreat from the town\n"
        "Army says its troops hold every street\n\n" + LEDE + "\n\n" + MORE,
        "Troops deny news of retreat from the town",
    ),
    (
        "The Frontier Times\nArmy withholds information on town fighting\n"
        "Officials give no figures for the dead\n\n" + LEDE + "\n\n" + MORE,
        "Army withholds information on town fighting",
    ),
    # ... and so does a headline that speaks of news under a section label.
    (
        "Middle East\nNews blackout as troops retake the town\n\n" + LEDE + "\n\n" + MORE,
        "News blackout as troops retake the town",
    ),
    # ... nor under a section label named "... News", nor a kicker's headline.
    (
        "World News\nNews blackout as troops retake the town\n"
        "Residents say phone lines were cut on Monday\n\n" + LEDE + "\n\n" + MORE,
        "News blackout as troops retake the town",
    ),
    (
        "The Frontier Times\nAnalysis: troops retake the town\n"
        "Residents say phone lines were cut on Monday\n\n" + LEDE + "\n\n" + MORE,
        "Analysis: troops retake the town",
    ),
    # A site builder's "top of page" anchor over the headline.
    (
        "top of page\nTroops retake the town after two days of fighting\n\n" + LEDE + "\n\n" + MORE,
        "Troops retake the town after two days of fighting",
    ),
    # A post's outlet line, "Published on" soft-wrapped onto the outlet's name.
    (
        "Published on\nAssociated Press\n\nTroops Retake Town After Two Days: Army\n\n"
        + LEDE
        + "\n\n"
        + MORE,
        "Troops Retake Town After Two Days: Army",
    ),
    # A blog post's title ending with a full stop, alone over the story.
    (
        "Tuesday, March 4, 2008\n\nArmy retakes the town, at last.\n\n" + LEDE + "\n\n" + MORE,
        "Army retakes the town, at last.",
    ),
    # A caption with its photo's date is no headline.
    ("Soldiers retook the town, 4 March 2008.\n\n" + LEDE + "\n\n" + MORE, None),
    # A short sentence that shares no word with the story is no headline.
    ("It rained all week.\n\n" + LEDE + "\n\n" + MORE, None),
    # Two sentences over the story: no headline either.
    ("The town is quiet now.\nThe army is back.\n\n" + LEDE + "\n\n" + MORE, None),
    # A country's name glued before a headline that names the country again: a section label.
    (
        " date 2022-05-03 Burma Thousands Flee as Myanmar Army Shells Border Villages\n\n"
        + LEDE
        + "\n\n"
        + MORE,
        "Thousands Flee as Myanmar Army Shells Border Villages",
    ),
    (
        "Sudan Sudanese Army Retakes Town After Two Days of Fighting\n\n" + LEDE + "\n\n" + MORE,
        "Sudanese Army Retakes Town After Two Days of Fighting",
    ),
    # A headline opening on a country, naming no country again or only after its kicker's
    # colon, or naming another country, keeps it.
    (
        "Syria Rebels Retake Town After Two Days of Fighting\n\n" + LEDE + "\n\n" + MORE,
        "Syria Rebels Retake Town After Two Days of Fighting",
    ),
    (
        "Sudan Crisis: Sudanese Army Retakes Town\n\n" + LEDE + "\n\n" + MORE,
        "Sudan Crisis: Sudanese Army Retakes Town",
    ),
    (
        "Sudan South Sudanese Troops Cross Border\n\n" + LEDE + "\n\n" + MORE,
        "Sudan South Sudanese Troops Cross Border",
    ),
    (
        "Syrian Army Says Syria Retook the Town\n\n" + LEDE + "\n\n" + MORE,
        "Syrian Army Says Syria Retook the Town",
    ),
    # A headline whose subject is the country, named again later, keeps it.
    (
        "Israel Says Israeli Troops Retook the Town\n\n" + LEDE + "\n\n" + MORE,
        "Israel Says Israeli Troops Retook the Town",
    ),
]


@pytest.mark.parametrize(("raw", "title"), TITLES7)
def test_page_shapes_of_the_titles7_round(raw, title):
    assert title_of(raw) == title


TITLES8 = [
    # An archive's age notice over an old story is no headline.
    (
        "This was published 12 years ago\n\nTroops retake the hill town after a long siege\n\n"
        + LEDE
        + "\n\n"
        + MORE,
        "Troops retake the hill town after a long siege",
    ),
    # A social-media widget's call over the headline.
    (
        "Find us on Facebook\n\nTroops retake the hill town after a long siege\n\n"
        + LEDE
        + "\n\n"
        + MORE,
        "Troops retake the hill town after a long siege",
    ),
    # A translated theme's tag label over a tag page's one post.
    (
        "Étiqueté : siege\n\nTroops retake the hill town after a long siege\n\n"
        + LEDE
        + "\n\n"
        + MORE,
        "Troops retake the hill town after a long siege",
    ),
    # A breadcrumb printed as a numbered list under a skip link.
    (
        "Skip to main content\n  1. Local\n  2. Regions\n  3. Hills & Valleys\n\n"
        "Troops retake the hill town after a long siege\n\n" + LEDE + "\n\n" + MORE,
        "Troops retake the hill town after a long siege",
    ),
    # ... while a lone numbered headline stays one.
    (
        "1. Troops retake the hill town after a long siege\n\n" + LEDE + "\n\n" + MORE,
        "1. Troops retake the hill town after a long siege",
    ),
    # A photo caption closed by an agency's credit glued on with dashes: no headline.
    (
        "Villagers walk past the burnt market after the raid--AFP\n\n"
        "QUETTA, 3 June: Gunmen set fire to the main market of a hill town on Sunday, killing "
        "four traders and wounding nine others, police officials told reporters.\n\n" + MORE,
        None,
    ),
    # ... but a copied site suffix spaced round its dash is the headline's.
    (
        "Troops retake the hill town after a long siege - Reuters\n\n" + LEDE + "\n\n" + MORE,
        "Troops retake the hill town after a long siege",
    ),
    # The story's first sentence without its full stop, closing on "..., X said on Monday",
    # under the collection's leading date: no headline.
    (
        " date 2021-06-07 Fighting around the hill town forced more than 20,000 people from "
        "their homes over the weekend, the local governor said on Monday\n\n"
        "Some 8,000 people lived in the town, as well as thousands displaced by earlier "
        "clashes in the hills.\n\n"
        "Residents said shells fell on the market and the school for two days.\n\n" + MORE,
        None,
    ),
    # A headline attributing in a short clause stays one.
    (
        "Gunmen kill four traders in hill town market, police said\n\n" + LEDE + "\n\n" + MORE,
        "Gunmen kill four traders in hill town market, police said",
    ),
    # A blog's title bar (its motto and name on one line) over the post's title.
    (
        "Real News For Real People - The Truth Behind The Headlines | Hilltop Daily Insider\n\n"
        "Troops retake the hill town after a long siege\n\n" + LEDE + "\n\n" + MORE,
        "Troops retake the hill town after a long siege",
    ),
    (
        "Hilltop Daily Insider | Real news for real people\n\n"
        "Troops retake the hill town after a long siege\n\n" + LEDE + "\n\n" + MORE,
        "Troops retake the hill town after a long siege",
    ),
]


TITLES8 += [
    # A weather widget in the site header over the headline.
    (
        "| 18.5°C Hilltown\n\nTroops retake the hill town after a long siege\n\n"
        + LEDE
        + "\n\n"
        + MORE,
        "Troops retake the hill town after a long siege",
    ),
    # ... while a headline about the heat stays one.
    (
        "Baghdad swelters at 50°C\n\n" + LEDE + "\n\n" + MORE,
        "Baghdad swelters at 50°C",
    ),
    # A blog post's two-word title under its date header, over a quoted story's headline.
    (
        "Monday, March 3, 2008\n\nShelling resumes\n\nFrom the wire:\n\n"
        "Rebels Shell Hill Town Market, Kill Four\n\n" + LEDE + "\n\n" + MORE,
        "Shelling resumes",
    ),
    # ... but a section label under a date header is no title.
    (
        "Monday, March 3, 2008\n\nLatest news\n\nTroops retake the hill town after a long siege"
        "\n\n" + LEDE + "\n\n" + MORE,
        "Troops retake the hill town after a long siege",
    ),
    # review11: a theme's menu or account label under a date header is no post's title.
    *(
        (
            f"Monday, March 3, 2008\n\n{label}\n\nTroops retake the hill town after a long "
            "siege\n\n" + LEDE + "\n\n" + MORE,
            "Troops retake the hill town after a long siege",
        )
        for label in ("Main menu", "Primary menu", "Search form", "Log in")
    ),
    # A date line with its place and agency between bars is no headline; the deck under it
    # (no headline above) is taken.
    (
        "Updated On: 4 March, 2008 10:15 AM IST | Hilltown | Agencies\n"
        "Troops retake the hill town after a long siege\n\n" + LEDE + "\n\n" + MORE,
        "Troops retake the hill town after a long siege",
    ),
]


@pytest.mark.parametrize(("raw", "title"), TITLES8)
def test_page_shapes_of_the_titles8_round(raw, title):
    assert title_of(raw) == title


# titles10: chrome over the headline that no reader names as a title: a donation call after
# the campaign's name, a social sign-in button, a text-size widget, a link to the outlet's
# news list, an outlet's founding date, and a UN office's name as masthead.
TITLES10 = [
    (
        page(
            "HELPNOW - Make a small donation to keep us independent!",
            "Troops retake the hill town after a long siege",
        ),
        "Troops retake the hill town after a long siege",
    ),
    (
        page("Connect via Google", "Troops retake the hill town after a long siege"),
        "Troops retake the hill town after a long siege",
    ),
    (
        page("Sign in with Facebook", "Troops retake the hill town after a long siege"),
        "Troops retake the hill town after a long siege",
    ),
    (
        page("Latest news from Dnevnik", "Troops retake the hill town after a long siege"),
        "Troops retake the hill town after a long siege",
    ),
    (
        page(
            "The Valley Courier",
            "Fresno, California  Founded March 2, 1921",
            "Troops retake the hill town after a long siege",
        ),
        "Troops retake the hill town after a long siege",
    ),
    (
        page(
            "Regional News",
            "Office for the Coordination of Relief Affairs",
            "SUDAN: Troops retake the hill town after a long siege",
        ),
        "SUDAN: Troops retake the hill town after a long siege",
    ),
    # A text-size widget alone over a story opening mid-page is no headline.
    ("A + − 18 px\n\n" + LEDE + "\n\n" + MORE, None),
]


@pytest.mark.parametrize(("raw", "title"), TITLES10)
def test_page_shapes_of_the_titles10_round(raw, title):
    assert title_of(raw) == title


def test_founding_date_dates_no_page():
    raw = page(
        "The Valley Courier",
        "Fresno, California  Est. March 2, 1921",
        "Troops retake the hill town after a long siege",
    )
    assert extract_page(raw).published is None


# titles10: a wire story's header flattened with its story into the page's first line (the
# SpaceDaily family): the headline ends where the agency's dateline starts; the date after
# it dates the page. Bars and empty image links above it do not change that.
WIRE_RUN_ONS = [
    (
        "Rebels seize border post after night assault by Staff Writers Goma, Congo (AFP) "
        "Mar 04, 2021 " + LEDE + " " + MORE,
        "Rebels seize border post after night assault",
        "2021-03-04",
    ),
    (
        "![]() |\n![]() |\nGunmen kill four villagers in central Mali Mopti, March 4 (AFP) "
        "Mar 04, 2021 " + LEDE + " " + MORE,
        "Gunmen kill four villagers in central Mali",
        "2021-03-04",
    ),
    # Two capitalised words make the place: the headline keeps none of them.
    (
        "Drone strike hits fuel depot near capital Abu Dhabi, UAE (AFP) Mar 04, 2021 "
        + LEDE
        + " "
        + MORE,
        "Drone strike hits fuel depot near capital",
        "2021-03-04",
    ),
]


@pytest.mark.parametrize(("raw", "title", "published"), WIRE_RUN_ONS)
def test_wire_header_run_into_its_story(raw, title, published):
    e = extract_page(raw)
    assert (e.title, str(e.published)) == (title, published)


def test_wire_dateline_in_the_story_is_not_split():
    # A story's own paragraph naming an agency's dateline is no header: only a first line
    # shaped as one is split.
    raw = page("Troops retake the hill town after a long siege")
    raw += "\n\nOfficials in Goma, Congo (AFP) Mar 04, 2021 said " + LEDE
    assert title_of(raw) == "Troops retake the hill town after a long siege"


# titles11: page chrome around the headline on outlets no earlier round had read.
TITLES11 = [
    # A browser notice over the headline is no headline.
    (
        page(
            "Please make sure JavaScript is enabled to use this site",
            "Militia fighters overrun an army post in the hills",
        ),
        "Militia fighters overrun an army post in the hills",
    ),
    # A template's snake_case identifier glued after the headline is dropped.
    (
        page("Militia fighters overrun an army post in the hills news_wire_feed"),
        "Militia fighters overrun an army post in the hills",
    ),
    # A badge after a sentence-case headline: a live blog's "Live", a paywall's "PREMIUM".
    (
        page("Shelling hits the market town for a third day Live"),
        "Shelling hits the market town for a third day",
    ),
    (
        page("Shelling hits the market town for a third day XY PREMIUM"),
        "Shelling hits the market town for a third day",
    ),
    # ... but a Title Case headline keeps its last word.
    (
        page("Where the Displaced of the Valley Now Live"),
        "Where the Displaced of the Valley Now Live",
    ),
    # A trail of section names run into the headline.
    (
        page("World / Africa Militia fighters overrun an army post in the hills"),
        "Militia fighters overrun an army post in the hills",
    ),
    (
        page("News » Asia Militia fighters overrun an army post in the hills"),
        "Militia fighters overrun an army post in the hills",
    ),
    # Two places with a slash are no section trail.
    (
        page("Syria / Iraq border crossing reopens after clashes"),
        "Syria / Iraq border crossing reopens after clashes",
    ),
    # review12: nor are two regions the headline opens on, nor a trail with the headline's
    # next word in lower case.
    (
        page("Europe/Africa summit opens in the port city with the war on the agenda"),
        "Europe/Africa summit opens in the port city with the war on the agenda",
    ),
    (
        page("Asia / Europe trade talks stall as the fighting drags on"),
        "Asia / Europe trade talks stall as the fighting drags on",
    ),
    (
        page("News / Africa roundup: army retakes the town after two days of fighting"),
        "News / Africa roundup: army retakes the town after two days of fighting",
    ),
    # A scraper's page title: navigation, the headline and the site's name on one line, over
    # the headline printed alone.
    (
        page(
            "Current:Home > NewsMilitia fighters overrun an army post in the hills -Daily Gains",
            "Militia fighters overrun an army post in the hills",
        ),
        "Militia fighters overrun an army post in the hills",
    ),
    # A lower-case byline with its date right under the headline is a line of its own, not
    # the headline's wrapped end.
    (
        page(
            "Villagers flee as fighting nears the river crossing\n"
            "by CNN, Associated Press and Reuters, March 3, 2004"
        ),
        "Villagers flee as fighting nears the river crossing",
    ),
]


@pytest.mark.parametrize(("raw", "title"), TITLES11)
def test_page_shapes_of_the_titles11_round(raw, title):
    assert title_of(raw) == title


def test_long_headline_over_a_one_sentence_summary():
    # A video page: a headline of 15+ words and a one-sentence summary too short to start a
    # story. The headline is not taken for the story's first paragraph.
    raw = (
        "Evening Bulletin - Harbour town, capital of the coastal region, hit by rocket fire "
        "late on Friday\n\nVideo player loading\n\nLocal officials blamed the attack on "
        "rebel forces in the hills."
    )
    assert title_of(raw) == (
        "Evening Bulletin - Harbour town, capital of the coastal region, hit by rocket fire "
        "late on Friday"
    )


def test_a_line_of_stray_letters_is_no_navigation():
    # Icons flattened to letters ("n n n") under a forum's byline do not make the headline
    # above them a menu link.
    raw = page(
        "Gunmen raid a police post in the hills\nby kmx Tuesday, Mar. 2, 2004 at 9:15 AM\nn n n",
        "Police post raided in the hills",
    )
    e = extract_page(raw)
    assert (e.title, str(e.published)) == ("Gunmen raid a police post in the hills", "2004-03-02")


def test_a_chrome_call_right_over_the_headline_is_no_headline():
    # A call that shares no word with the story stays a candidate when it stands right over
    # the headline (_about_story); as furniture it is never one.
    raw = page("Get the latest news", "Army retakes hill town after two days of fighting")
    assert title_of(raw) == "Army retakes hill town after two days of fighting"


def test_an_exclaiming_promotion_right_over_the_headline_is_no_headline():
    # A promotion sharing no word with the story, right over the headline: the headline
    # that shares words with the story is the title.
    raw = page(
        "Tickets on sale now for the summer jazz concert!",
        "Army retakes hill town after two days of fighting",
    )
    assert title_of(raw) == "Army retakes hill town after two days of fighting"


@pytest.mark.parametrize(
    "top",
    [
        # review12: a short exclamation is a headline's cry, kept over its deck.
        ("Not in our name!", "Thousands march against the army's two days of fighting"),
        ("Stop the shelling now!", "Thousands march against the army's two days of fighting"),
    ],
)
def test_an_exclaiming_headline_over_its_deck(top):
    assert title_of(page(*top)) == top[0]


def test_a_page_opening_mid_sentence_has_no_long_headline():
    # A page cut mid-story, with no paragraph that reads as a story's start: its first line,
    # opening in lower case, is no headline however long and unstopped it is.
    raw = (
        "residents of the villages in the hills fled toward the border on Tuesday as the "
        "army shelled the area\n\nPhoto: XYZ\n\nShare this"
    )
    assert title_of(raw) is None


def test_a_long_headline_over_a_read_more_teaser():
    # A page of a 20-word headline with a site suffix and a clipped "read more" teaser: the
    # headline is not taken for the story's first paragraph.
    raw = (
        "Rebel commander claims his fighters have taken the whole river town but the army says "
        "it still holds the southern part – CNN\n"
        "The commander of the rebel force said on Saturday that his men had taken control of "
        "the town after weeks of… [read more]"
    )
    assert title_of(raw) == (
        "Rebel commander claims his fighters have taken the whole river town but the army says "
        "it still holds the southern part"
    )


# titles12: page tops of archives, aggregators and regional outlets (set al and the open sets
# aj, ak).
TITLES12 = [
    # A skip link in its other wording ("Go to contents") is no headline.
    (
        page("Go to contents", "Rebels shell the river port as talks stall"),
        "Rebels shell the river port as talks stall",
    ),
    # A navigation trail of short links between ">" separators, without "Home".
    (
        page(
            "dailyherald.com > World > Africa > East Africa > Sudan",
            "Rebels shell the river port as talks stall",
        ),
        "Rebels shell the river port as talks stall",
    ),
    # A pager over a report's chapter.
    (
        page("<< previous | contents | next >>", "Rebels shell the river port as talks stall"),
        "Rebels shell the river port as talks stall",
    ),
    # The headline over a block of related links, a photo credit and a widget in it: the
    # links are other stories, the credit is no navigation above the headline.
    (
        page(
            "Rebels shell the river port as talks stall",
            "Photo: Reuters",
            "Other related coverage",
            "Ceasefire monitors pull out of the northern towns",
            "Video Aid convoys wait at the border crossing",
        ),
        "Rebels shell the river port as talks stall",
    ),
    # ... and a row of one-word links between bars over the headline is no headline that
    # shares no word with the story.
    (
        page(
            "Advertisement",
            "Comment | Share | Print | Sign up for our morning briefing",
            "Troops retake the town after two days of fighting",
            "Amira Saleh in Khartoum",
            "Related Articles",
            "Ceasefire monitors pull out of the northern towns",
            "Get news alerts:What is this?",
        ),
        "Troops retake the town after two days of fighting",
    ),
    # A trending link over a "Related" label is no headline: the headline shares no word
    # with the story, so the page's top is not cut at the label.
    (
        page(
            "Advertisement",
            "Fuel prices rise again across the region",
            "Related Articles",
            "Ceasefire monitors pull out of the northern towns.",
            "Troops retake the town after two days of fighting",
        ),
        "Troops retake the town after two days of fighting",
    ),
    # A photo's caption glued to its own copy over the headline is no story paragraph.
    (
        "Families queue for water at a camp outside the town after a night of shelling. "
        "Families queue for water at a camp outside the town after a night of shelling.\n\n"
        "Rebels shell the river port as talks stall\n\n" + LEDE + "\n\n" + MORE,
        "Rebels shell the river port as talks stall",
    ),
    # An image's markup kept as text, its caption in the alt text, over the caption and the
    # headline, on a page with no story paragraph.
    (
        '<image>data:image/s3,"s3://crabby-images/b0da8/b0da8c6c5e0f3e9be5eea79c4d5542a7f18da47c" '
        'alt="Families queue for water at a camp outside the town after a night of shelling '
        'on Sunday. Photo: AFP"</image>\n'
        "Families queue for water at a camp outside the town after a night of shelling on "
        "Sunday. Photo: AFP\n"
        "Rebels shell the river port as talks stall\n"
        "Aid groups pull their staff out of the town",
        "Rebels shell the river port as talks stall",
    ),
    # A credited caption over a 15-word headline on a page that opens with no story
    # paragraph (summary bullets, an agency credit and a date line under the headline).
    (
        "Smoke rises over the river port after a night of shelling on Sunday. Photo: AFP\n"
        "Rebels shell the river port for a third day as talks stall in the capital again\n\n"
        "• The army says the rebels have brought heavy guns to the hills above the port "
        "and the river crossing\n"
        "• Aid groups have pulled out their staff\n\nAgencies\n\nUpdated: 9:10am, 3 Mar, 2023",
        "Rebels shell the river port for a third day as talks stall in the capital again",
    ),
]


@pytest.mark.parametrize(("raw", "title"), TITLES12)
def test_page_shapes_of_the_titles12_round(raw, title):
    assert title_of(raw) == title


# titles13 (ar01, ar31): a page with no headline that opens with a photo's caption (a note
# in brackets closing it, or an agency's "Picture dated ..." opening under the image's file
# name and over its credit) has no headline; a headline over such a caption is kept.
CAPTION_TOPS = [
    (
        " date 2021-03-04 Troops patrol a village road after the ambush. (AP file photo. "
        "Representative image)\n\nThree soldiers were killed when rebels ambushed a patrol near "
        "the border on Tuesday, police said.\n\nThe attackers fled into the forest after a "
        "two-hour gunfight, officials said.\n",
        None,
    ),
    (
        "harbour view.jpg\nPicture dated 2. March 2015 showing boats in the old harbour of the "
        "port city\nPhotograph: Photo by City Archive, used under CC BY-SA\n\nAt least 40 people "
        "were killed when fighting broke out near the port on Sunday, a hospital official "
        "said.\n\nThe fighting spread to the market district within hours, residents said.\n",
        None,
    ),
    (
        "Rebels seize border town after two-day battle\n\nFighters walk through the town's main "
        "square. (File photo: social media)\n\nRebels took control of a border town on Monday "
        "after two days of fighting with the army, residents said.\n\nThe army said it had "
        "withdrawn to protect civilians.\n",
        "Rebels seize border town after two-day battle",
    ),
]


@pytest.mark.parametrize(("raw", "title"), CAPTION_TOPS)
def test_titles13_a_caption_atop_a_page_is_no_headline(raw, title):
    e = extract_page(raw)
    assert (None if e.title_is_fallback else e.title) == title


# titles14: an archive page may print the story's lead first, then the headline and the date
# line under it; a line there that shares no word with the lead (a related story's link), or
# that has no date line under it (a subheading), is no headline.
HEADLINES_UNDER_THE_LEAD = [
    (
        "MOGADISHU, Somalia (AP) – Gunmen stormed a hotel near the port overnight and held "
        "guests for hours before soldiers ended the siege, police said on Friday.\n"
        "Gunmen Storm Port Hotel, Hold Guests For Hours\nMarch 3, 2017 6:05 am\n",
        "Gunmen Storm Port Hotel, Hold Guests For Hours",
    ),
    (
        "Officials in the province say a drone strike killed six farmers in their fields, and "
        "the army has opened an inquiry into what it called a targeting error.\n"
        "Drone strike kills six farmers in province\nFeatureNov 12, 2013\n",
        "Drone strike kills six farmers in province",
    ),
    (
        "MOGADISHU, Somalia (AP) – Gunmen stormed a hotel near the port overnight and held "
        "guests for hours before soldiers ended the siege, police said on Friday.\n"
        "Floods cut the northern highway again\nMarch 3, 2017 6:05 am\n",
        None,
    ),
    (
        "MOGADISHU, Somalia (AP) – Gunmen stormed a hotel near the port overnight and held "
        "guests for hours before soldiers ended the siege, police said on Friday.\n"
        "Siege at the port hotel\nSoldiers cordoned off the road to the port before dawn and "
        "moved in at first light, a witness said.\n",
        None,
    ),
]


@pytest.mark.parametrize(("raw", "title"), HEADLINES_UNDER_THE_LEAD)
def test_titles14_a_headline_under_the_lead_over_its_date_line(raw, title):
    e = extract_page(raw)
    assert (None if e.title_is_fallback else e.title) == title


# titles15: a blog post's title ending with a full stop right under the post's date header
# that opens the page is the title, though it shares no word with the story or opens with a
# number; without the date header the old guards stand.
STOPPED_UNDER_DATE_HEADER = [
    (
        "Monday, June 9, 2014\n\nWhat a week it has been.\n\n" + LEDE + "\n\n" + MORE,
        "What a week it has been.",
    ),
    (
        "Friday, 12 May 2006\n\n14 rebels killed in an ambush - Kismayo.\n\n"
        + LEDE
        + "\n\n"
        + MORE,
        "14 rebels killed in an ambush - Kismayo.",
    ),
    # No date header over it: a stray sentence sharing no word stays no headline.
    ("What a week it has been.\n\n" + LEDE + "\n\n" + MORE, None),
    # Two text lines under the date header: no stopped title.
    (
        "Monday, June 9, 2014\n\nWhat a week.\nThe bakers are back.\n\n" + LEDE + "\n\n" + MORE,
        None,
    ),
    # A dated caption under the date header stays no headline.
    (
        "Monday, June 9, 2014\n\nSoldiers in the square, 8 June 2014.\n\n" + LEDE + "\n\n" + MORE,
        None,
    ),
]


@pytest.mark.parametrize(("raw", "expected"), STOPPED_UNDER_DATE_HEADER)
def test_stopped_post_title_under_date_header(raw, expected):
    assert title_of(raw) == expected


# cities35: a short Title Case headline that capitalises its preposition ("The Siege Of
# Sirte") is a headline, not a byline name, when it stands right over the story's first
# paragraph and shares a word with it (its lower-case twin "The Siege of Sirte" already was).
TITLE_CASE_PREPOSITIONS = [
    (
        "The Siege Of Sirte\n\nSIRTE, Libya – Government forces closed in on Sirte on Monday "
        "after weeks of fighting, commanders said.\n\nResidents said food was running short.\n",
        "The Siege Of Sirte",
    ),
    (
        "Fighting Returns To Kidal\n\nArmed groups clashed in Kidal on Sunday, residents said, "
        "after months of calm in the northern town.\n\nThe army said it sent reinforcements.\n",
        "Fighting Returns To Kidal",
    ),
    # A byline name over the story has no preposition; a banner with one shares no word.
    (
        "Amina Yusuf Bello\n\nArmed groups clashed in Kidal on Sunday, residents said, after "
        "months of calm in the northern town.\n\nThe army said it sent reinforcements.\n",
        None,
    ),
    (
        "News In Brief\n\nArmed groups clashed in Kidal on Sunday, residents said, after months "
        "of calm in the northern town.\n\nThe army said it sent reinforcements.\n",
        None,
    ),
]


@pytest.mark.parametrize(("raw", "title"), TITLE_CASE_PREPOSITIONS)
def test_cities35_title_case_headline_with_a_preposition(raw, title):
    assert title_of(raw) == title


# titles16: a short motto opening the page (the outlet's name was a logo the scraper left
# out) over the headline is no headline; a short headline that speaks of news and of the
# story stays.
@pytest.mark.parametrize(
    ("raw", "title"),
    [
        (
            "Fresh news 24/7\n\nMilitia burns three villages near the river\n\n"
            + LEDE
            + "\n\n"
            + MORE,
            "Militia burns three villages near the river",
        ),
        (
            "Your daily newspaper\nMilitia burns three villages near the river\n\n"
            + LEDE
            + "\n\n"
            + MORE,
            "Militia burns three villages near the river",
        ),
        (
            "News of town's recapture\nArmy says its troops hold every street\n\n"
            + LEDE
            + "\n\n"
            + MORE,
            "News of town's recapture",
        ),
    ],
)
def test_a_motto_opening_the_page_titles16(raw, title):
    assert title_of(raw) == title


# titles16: a line right above the headline that shares no word with anything else on the
# page and is no headline of words (three words at most, all lower case, or with a figure,
# a bar or an arrow) is chrome, not a headline over its deck.
@pytest.mark.parametrize(
    ("raw", "title"),
    [
        (
            "Connect with us\nTroops retake the town after two days of fighting\n"
            + LEDE
            + "\n"
            + MORE,
            "Troops retake the town after two days of fighting",
        ),
        (
            page("Jane Doe 9pm - 10pm", "Troops retake the town after two days of fighting"),
            "Troops retake the town after two days of fighting",
        ),
        (
            page("Desert Herald | Voices That Matter", "Troops retake the town after fighting"),
            "Troops retake the town after fighting",
        ),
        # A headline of words sharing no word with the page stays over its deck, as does a
        # short one sharing a word with a caption above it.
        (
            page("The road back north", "Troops retake the town after two days of fighting"),
            "The road back north",
        ),
        (
            "Smoke over the valley after the ceasefire collapsed. Photo: AFP\n"
            "Ceasefire collapses overnight\n"
            "Troops retake the town after two days of fighting\n\n" + LEDE + "\n\n" + MORE,
            "Ceasefire collapses overnight",
        ),
    ],
)
def test_chrome_right_above_the_headline_titles16(raw, title):
    assert title_of(raw) == title


# cities43: a tag line in sentence case before the headline, as the Kyiv Independent's news
# feed prints it (five items or more between commas, two or more with a word in lower
# case); a headline listing places before its clause stays the headline.
SENTENCE_CASE_TAG_LINES = [
    (
        "News Feed, Kharkiv, Kharkiv Oblast, Russian attacks, Drone strikes\n"
        "Russian drones hit Kharkiv apartment block overnight\n\n"
        "Drones struck a nine-storey building in Kharkiv, the mayor said.",
        "Russian drones hit Kharkiv apartment block overnight",
    ),
    (
        "News Feed, Ukraine, Zaporizhzhia Oblast, Guided bombs, Civilian casualties\n"
        "Guided bombs kill two in Zaporizhzhia suburb\n\n"
        "Two people died when bombs hit a suburb of Zaporizhzhia, officials said.",
        "Guided bombs kill two in Zaporizhzhia suburb",
    ),
    # near misses: headlines that list places before their clause
    (
        "Gaza, Khan Younis, Rafah, Jabalia, Nuseirat shelled\n\n"
        "Israeli strikes hit five towns overnight, medics said.",
        "Gaza, Khan Younis, Rafah, Jabalia, Nuseirat shelled",
    ),
    (
        "Kyiv, Kharkiv, Odesa, Lviv, Dnipro hit in overnight barrage\n\n"
        "Russian missiles struck five cities overnight, officials said.",
        "Kyiv, Kharkiv, Odesa, Lviv, Dnipro hit in overnight barrage",
    ),
]


@pytest.mark.parametrize(("raw", "title"), SENTENCE_CASE_TAG_LINES)
def test_a_sentence_case_tag_line_is_no_headline(raw, title):
    assert extract_page(raw).title == title


# persons22 (set bt): a motto's own words ("news", "views", "voice") may be the story's words
# too ("changed its views", "the news reached"); only its other words tell a motto from a
# headline. Near misses: a headline whose other words are the story's stays the headline.
_VIEWS = "The envoy said the rebels had changed their views on Thursday and news of it spread."
MOTTO_WORDS_IN_STORY = [
    (
        "The Frontier Times\n\nPlural news and views from the border\n\n"
        "Militia burns three villages near the river\n\n" + LEDE + "\n\n" + _VIEWS,
        "Militia burns three villages near the river",
    ),
    (
        "The Frontier Times\n\nThe independent voice of the news\n\n"
        "Militia burns three villages near the river\n\n" + LEDE + " The voice of the "
        "elders was not heard.\n\n" + MORE,
        "Militia burns three villages near the river",
    ),
    # near miss: the line speaks of the story's own subject
    (
        "The Frontier Times\n\nRebels change views on truce\n\n"
        "Army says its troops hold every street\n\n" + LEDE + "\n\n" + _VIEWS + " The truce holds.",
        "Rebels change views on truce",
    ),
]


@pytest.mark.parametrize(("raw", "title"), MOTTO_WORDS_IN_STORY)
def test_a_mottos_own_words_in_the_story(raw: str, title: str) -> None:
    assert title_of(raw) == title


# Lead, session 21: a short Title Case headline that opens with "A" or "An" (no name or
# outlet does) right above the story's first paragraph, sharing a word with it, is the
# headline; a byline-shaped name line stays none.
_OCCUPATION = (
    "The killings in June in two southern villages of scarcely two thousand people each "
    "testify to the continuing troubles of the military occupation of the south that began "
    "two summers ago, villagers said.\n\nA village leader said a man was killed before "
    "midnight."
)
ARTICLE_OPENED = [
    ("A Dangerous Occupation\n\n" + _OCCUPATION, "A Dangerous Occupation"),
    ("An Occupation Without End\n\n" + _OCCUPATION, "An Occupation Without End"),
    ("Amira Hass Khaled\n\n" + _OCCUPATION, None),
]


@pytest.mark.parametrize(("raw", "title"), ARTICLE_OPENED)
def test_a_short_headline_opened_by_an_article(raw: str, title: str | None) -> None:
    assert title_of(raw) == title


# cities50: a section's label run on after the title line ("... Bosnian War News"), the page
# printing the heading again without it (JURIST's pages): the heading is the title. A label
# with no such copy below stays, as does a headline that ends in the word.
LABELLED_COPIES = [
    (
        page(
            "Court confirms indictment of eight former soldiers for 1992 killings News",
            "© Archive photo",
            "Court confirms indictment of eight former soldiers for 1992 killings",
        ),
        "Court confirms indictment of eight former soldiers for 1992 killings",
    ),
    (
        page(
            "Prosecutor charges three men over attack on Khartoum market News",
            "Prosecutor charges three men over attack on Khartoum market",
        ),
        "Prosecutor charges three men over attack on Khartoum market",
    ),
    (
        page(
            "Why the ceasefire around Khartoum keeps failing Analysis",
            "Photo source or description",
            "Why the ceasefire around Khartoum keeps failing",
        ),
        "Why the ceasefire around Khartoum keeps failing",
    ),
    (
        page(
            "Army retakes town near Khartoum after two days of fighting Opinion",
            "Army retakes town near Khartoum after two days of fighting",
        ),
        "Army retakes town near Khartoum after two days of fighting",
    ),
    # near misses: no copy below, and a copy with another last word
    (
        page("Army retakes town near Khartoum after two days of fighting News"),
        "Army retakes town near Khartoum after two days of fighting News",
    ),
    (
        page(
            "Army retakes town near Khartoum after fighting News",
            "Army retakes town near Khartoum after fighting ends",
        ),
        "Army retakes town near Khartoum after fighting News",
    ),
]


@pytest.mark.parametrize(("raw", "title"), LABELLED_COPIES)
def test_a_section_label_after_a_copied_title_cities50(raw, title):
    assert title_of(raw) == title
