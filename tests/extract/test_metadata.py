"""metadata.py: headline, stated publication date, source, author."""

from datetime import date

import pytest

from app.extract import extract_page
from tests.extract.paths import seed_text

SEEDS = [
    # (seed, title or None when the page has no headline, published, source)
    ("000", None, None, "Stars and Stripes"),
    ("001", "Sec. Carter: ISIS Could Seek Revenge for Offensives in Raqqa, Mosul", None, None),
    (
        "002",
        "Small-Group Coalition to Convene in Paris, Discuss Plan for Countering Islamic State",
        date(2015, 6, 1),
        None,
    ),
    ("003", "Kerry calls for new measures to counter changing Islamic State", None, "Reuters"),
]


@pytest.mark.parametrize(("seed", "title", "published", "source"), SEEDS)
def test_seed_metadata(seed, title, published, source):
    e = extract_page(seed_text(seed))
    if title is None:
        assert e.title_is_fallback
        assert e.title.startswith("Security measures needed to prevent")
        assert len(e.title) <= 95
    else:
        assert not e.title_is_fallback
        assert e.title == title
    assert e.published == published
    assert e.source == source


@pytest.mark.parametrize(
    ("raw", "title", "published"),
    [
        # Page-header "today" date above the headline is a trap; "Published on" wins.
        (
            "Wednesday, May 27, 2015\n\nGaza war rages on, Hamas says\n\n"
            "Published on Aug 20, 2014 4:59 PM\n\nGAZA (REUTERS) - Air strikes hit Gaza today.",
            "Gaza war rages on, Hamas says",
            date(2014, 8, 20),
        ),
        # A site header's "today" line (place, glued weekday, date) is neither the
        # headline nor the page's date.
        (
            "x Doha, QatarWednesday 14 March 2019\n\nMilitias clash south of Misrata\n\n"
            "Fighting between rival brigades went on for a third day, residents said.",
            "Militias clash south of Misrata",
            None,
        ),
        # Byline date, day first.
        (
            "Peshmerga can play a role in Kirkuk\n\nBy Paul Iddon 13/4/2018\n\n"
            "Since the withdrawal last October, insurgents have returned to the province and "
            "its surroundings, officials said on Monday.",
            "Peshmerga can play a role in Kirkuk",
            date(2018, 4, 13),
        ),
        # A caption date is not a publication date.
        (
            "Forces withdraw from the city\n\n"
            "Soldiers leave the city, Sunday, May 17, 2015. REUTERS/Some One\n\n"
            "BAGHDAD — The city fell on Sunday, officials said.",
            "Forces withdraw from the city",
            None,
        ),
        # Site suffix dropped from the headline.
        (
            "Libyan forces fight in Sirte – Metro US\n\nLibyan forces fight in Sirte\n\n"
            "TRIPOLI (Reuters) – Forces battled on Thursday.",
            "Libyan forces fight in Sirte",
            None,
        ),
    ],
)
def test_title_and_date_rules(raw, title, published):
    e = extract_page(raw)
    assert (e.title, e.published) == (title, published)


@pytest.mark.parametrize(
    ("raw", "source", "author"),
    [
        (
            "Headline here for a story\n\nBy Ahmed Elumami\n\nTRIPOLI (Reuters) – Text.",
            "Reuters",
            "Ahmed Elumami",
        ),
        (
            "Iraqi city falls to militants\n\nAmmar Al Shamary\nSpecial for USA TODAY\n\n"
            "BAGHDAD — Militants seized the city on Sunday.",
            "USA Today",
            "Ammar Al Shamary",
        ),
        (
            "A title of a Reuters story\n\nWASHINGTON (Reuters) - Officials met.\n\n"
            "Reporting by Jane Roe; Writing by John Doe; Editing by Sam Poe",
            "Reuters",
            "John Doe",
        ),
    ],
)
def test_source_and_author(raw, source, author):
    e = extract_page(raw)
    assert (e.source, e.author) == (source, author)


def test_url_only_when_stated():
    assert extract_page("A headline for the story\n\nText.").url is None
    e = extract_page("A headline for the story\n\nRead it at https://example.org/a/b today.")
    assert e.url == "https://example.org/a/b"


@pytest.mark.parametrize(
    ("raw", "title", "published"),
    [
        # Date lines with a time after a bar or a dash are date lines, not headlines.
        (
            "LIBYA\nHaftar forces shell Tripoli suburbs; UN calls for truce\n"
            "April 18, 2019 | 10:42 am\n\nTRIPOLI (Reuters) - Forces shelled the suburbs.",
            "Haftar forces shell Tripoli suburbs; UN calls for truce",
            date(2019, 4, 18),
        ),
        (
            "Jihadists kill dozens of soldiers in attack on Mali army camp\n"
            "Issued on: 02/10/2019 - 18:47\n\nBamako (AFP) – Jihadists killed 25 soldiers.",
            "Jihadists kill dozens of soldiers in attack on Mali army camp",
            date(2019, 10, 2),
        ),
        (
            "Taliban Capture Kunduz City After Days of Heavy Fighting\nAug 8, 2021 - 14:05\n"
            "KABUL — Taliban fighters captured the northern city of Kunduz on Sunday.",
            "Taliban Capture Kunduz City After Days of Heavy Fighting",
            date(2021, 8, 8),
        ),
        # Day-month-year with dashes, and "Date of publication", glued to flattened text.
        (
            "18-12-2014 ISIL Kills 20 FSA Members. The group killed 20 men.",
            None,
            date(2014, 12, 18),
        ),
        (
            "Date of publication 4 October 2017 A Russian airstrike killed at least 38 civilians "
            "on Wednesday as they tried to cross the river.",
            None,
            date(2017, 10, 4),
        ),
        # A wire byline run into the first line of flattened text.
        (
            "Air strikes in Syrias Idlib kill more than 20 Monitor Reuters Sunday 12 Jun 2016 "
            "Air strikes carried out by Syrian or Russian warplanes killed more than 20 people.",
            None,
            date(2016, 6, 12),
        ),
        # An AP photo credit is a caption, so the headline above the byline is found.
        (
            "Russian Missiles Hit Kharkiv, Odesa as Zelensky Pleads For Air Defense\n"
            "By HANNA ARHIROVA and SUSIE BLANN, Associated Press\n\n"
            "Firefighters work at the site of a strike in Kharkiv, Ukraine, on Thursday, April 4, "
            "2024. (AP Photo/Andrii Marienko)\n\n"
            "KYIV, Ukraine (AP) — Russian drones struck Kharkiv overnight, officials said.",
            "Russian Missiles Hit Kharkiv, Odesa as Zelensky Pleads For Air Defense",
            None,
        ),
    ],
)
def test_more_title_and_date_rules(raw, title, published):
    e = extract_page(raw)
    assert (None if e.title_is_fallback else e.title, e.published) == (title, published)


LEDE = (
    "KABUL (Reuters) - Taliban fighters captured the northern city on Sunday after days of "
    "heavy fighting, officials said.\n\nResidents said the fighting had stopped by nightfall "
    "and shops reopened."
)


@pytest.mark.parametrize(
    ("raw", "published"),
    [
        # A date line under the headline beats a page-header date above it.
        (
            f"4/29/2024\n\nTaliban capture Kunduz city\n\nWednesday, May 06, 2015\n\n{LEDE}",
            date(2015, 5, 6),
        ),
        # A blog's post date above the headline is the page's date when it states no other.
        (f"Wednesday, October 9, 2024\n\nTaliban capture Kunduz city\n\n{LEDE}", date(2024, 10, 9)),
        # A dateline-style date with a CNN time after two dashes.
        (
            f"Taliban capture Kunduz city\n\nAugust 28, 1995 -- 2:30 p.m. EDT\n\n{LEDE}",
            date(1995, 8, 28),
        ),
        # "Posted by NAME on DATE" is a byline with its date.
        (
            f"Posted by Jane Roe on Feb 9, 2009 Leave a comment\n\nKunduz falls\n\n{LEDE}",
            date(2009, 2, 9),
        ),
        # "Updated" is the stated date when nothing says "Published"; "Published" wins.
        (
            f"Taliban capture Kunduz city\n\nLast updated: 21 March, 2012\n\n{LEDE}",
            date(2012, 3, 21),
        ),
        (
            f"Taliban capture Kunduz city\n\nPublished: 20 March 2012\n\n"
            f"Last updated: 21 March, 2012\n\n{LEDE}",
            date(2012, 3, 20),
        ),
        # A date line deep in the story belongs to a related-story teaser.
        (
            f"Taliban capture Kunduz city\n\n{LEDE}\n\nOfficials met.\n\nMore talks follow.\n\n"
            "Protesters gather every night near the embassy\n\nApril 11, 2024",
            None,
        ),
        # FA-KES' Jordan Times copy: "Last updated at Apr 232017" runs into the story.
        (
            "Last updated at Apr 232017 An Israeli attack on a Syrian training camp near the Golan "
            "Heights killed three members of a pro-government militia on Sunday, a monitor said.",
            date(2017, 4, 23),
        ),
    ],
)
def test_publication_date_classes(raw, published):
    assert extract_page(raw).published == published


@pytest.mark.parametrize(
    ("raw", "published"),
    [
        # "Updated" lines in a list of other stories below the text date those stories.
        (
            f"Taliban capture Kunduz city\n\n{LEDE}\n\nOfficials met.\n\nMore talks follow.\n\n"
            "Opinion\n\nPower cuts\nUpdated 15 Nov, 2024\n\nThe budget\n15 Nov, 2024",
            None,
        ),
        (
            f"{LEDE}\n\nOfficials met on Monday to discuss the city.\n\nMore talks follow.\n\n"
            "Editorial: roads first\n\nUpdated: March 3, 2021\n\nA hard winter ahead\n\n"
            "Last updated 2 March 2021",
            None,
        ),
        # Stated before the story, "Updated" is still the page's date.
        (
            f"Taliban capture Kunduz city\n\nUpdated 15 Nov, 2024\n\n{LEDE}",
            date(2024, 11, 15),
        ),
        # "Published" and "Posted" sign-offs below the text still date the page.
        (
            f"Taliban capture Kunduz city\n\n{LEDE}\n\nOfficials met.\n\nMore talks follow.\n\n"
            "Published: 12 August 2021",
            date(2021, 8, 12),
        ),
        (
            f"Taliban capture Kunduz city\n\n{LEDE}\n\nOfficials met.\n\nMore talks follow.\n\n"
            "Posted by Jane Roe on Aug 13, 2021",
            date(2021, 8, 13),
        ),
        # An archive's issue line (date, weekday, edition) and a byline date before a widget.
        (
            "The Boston Globe\n\nMay 9, 1999, Sunday, THIRD EDITION\n\nLENGTH: 812 words\n\n"
            + LEDE,
            date(1999, 5, 9),
        ),
        (
            f"Taliban capture Kunduz city\n\nXinhua, August 15, 2021 Adjust font size:\n\n{LEDE}",
            date(2021, 8, 15),
        ),
    ],
)
def test_teaser_dates_and_date_line_tails(raw, published):
    assert extract_page(raw).published == published


STORY = (
    "Gunmen attacked a checkpoint on the main road at dawn, killing three soldiers and "
    "wounding two others, a local official said on Sunday.\n\n"
    "The army said reinforcements had been sent to the area and a search was under way."
)
STATED_DATES_TITLES3 = [
    # An aggregator's widget run under the headline: the date among counters (titles3 round).
    (
        "Italy condemns attack on Somali base\n\n  • 03/27/2021\n  • 14:05\n  • 3\n  • 0\n\n"
        + STORY,
        date(2021, 3, 27),
    ),
    # A date line in another language's month names under an English headline.
    (
        "Thousands flee clashes in Blue Nile\n\n14 Oktober 2023\nCountry: Sudan\n\n" + STORY,
        date(2023, 10, 14),
    ),
    # A byline after the date on the same line.
    (
        "Rebels Overrun Garrison Town\n\nJune 11, 1986|By Mark T. Rowe, Times Staff Writer.\n\n"
        + STORY,
        date(1986, 6, 11),
    ),
    ("Ceasefire broken in Tovuz\n\n3 August 2020, by Reuters\n\n" + STORY, date(2020, 8, 3)),
    # A press release's dateline with its year, when the page states no other date.
    (
        "NAIROBI, Kenya, March 3, 2014/African Press Organization (APO)/ -- Aid agencies said on "
        "Monday that fighting in the north had forced thousands of families from their homes.\n\n"
        "The agencies appealed for funds to bring water and shelter to the camps.",
        date(2014, 3, 3),
    ),
    # ... but a dateline without a year states no date.
    (
        "NAIROBI, March 3 (Reuters) - Aid agencies said on Monday that fighting in the north had "
        "forced thousands of families from their homes.\n\n"
        "The agencies appealed for funds to bring water and shelter to the camps.",
        None,
    ),
    # ... and a page date line beats a dateline's.
    (
        "Aid agencies appeal for Turkana\n\nPublished: 5 March 2014\n\n"
        "NAIROBI, Kenya, March 3, 2014/African Press Organization (APO)/ -- Aid agencies said on "
        "Monday that fighting in the north had forced thousands of families from their homes.",
        date(2014, 3, 5),
    ),
]


@pytest.mark.parametrize(("raw", "published"), STATED_DATES_TITLES3)
def test_stated_dates_of_the_titles3_round(raw, published):
    assert extract_page(raw).published == published


@pytest.mark.parametrize(
    ("raw", "published"),
    [
        # The stamp under the headline is the publication; the "Updated" line revises it.
        (
            f"Taliban capture Kunduz city\n\nJune 3, 2021 4:10pm\n\n"
            f"Updated: June 4, 2021 8:02am\n\n{LEDE}",
            date(2021, 6, 3),
        ),
        # The date first and the place in brackets open the story.
        (
            "Traders killed north of Malakal\n\nDecember 2, 2013 (MALAKAL) – Gunmen killed "
            "three traders on the road north of the town on Sunday, a local official told "
            "reporters.\n\nThe official said more troops would be sent.",
            date(2013, 12, 2),
        ),
        # A date line with a word in another script between date and time.
        (
            f"Taliban capture Kunduz city\n\nEnglish - Friday 8 March 2019 الساعة 10:02 am\n\n"
            f"{LEDE}",
            date(2019, 3, 8),
        ),
    ],
)
def test_publication_date_classes_titles4(raw, published):
    assert extract_page(raw).published == published


@pytest.mark.parametrize(
    ("raw", "published"),
    [
        # A lower-case "updated" date line under a caption that lacks its stop stays a date
        # line (it is not the wrapped end of the caption).
        (
            "Police escort a suspect in Tijuana on Friday\nwire reports\n"
            "updated 3/14/2011 8:02:11 AM ET 2011-03-14T12:02:11\n\n" + LEDE,
            date(2011, 3, 14),
        ),
        (
            "Police escort a suspect in Tijuana on Friday\nposted on May 3, 2015\n\n" + LEDE,
            date(2015, 5, 3),
        ),
    ],
)
def test_lower_case_date_lines_are_not_soft_wraps(raw, published):
    assert extract_page(raw).published == published


@pytest.mark.parametrize(
    ("raw", "title", "published"),
    [
        # A CMS's article-info line: category, date and a hit counter (titles5 round).
        (
            f"Curfew in Jos after clashes\n\nCategory: Africa Published on Tuesday, 9 March "
            f"2021 11:40 Hits: 217\n\n{LEDE}",
            "Curfew in Jos after clashes",
            date(2021, 3, 9),
        ),
        # The collection's date prefix with the month only: no date, and the line after it
        # (an article-info line under no headline) is no headline.
        (
            f" date 2021-03 Category: Africa Published on Tuesday, 9 March 2021 11:40 Hits: 217"
            f"\n\n{LEDE}",
            None,
            date(2021, 3, 9),
        ),
        (
            f" date 2021-03 Curfew in Jos after clashes\n\n{LEDE}",
            "Curfew in Jos after clashes",
            None,
        ),
    ],
)
def test_article_info_lines_and_month_only_prefix(raw, title, published):
    e = extract_page(raw)
    assert (None if e.title_is_fallback else e.title) == title
    assert e.published == published


@pytest.mark.parametrize(
    ("raw", "published"),
    [
        # A date line under the byline, below a deck long enough to read as a paragraph
        # (titles6 round): the deck is no story start, so the date line is not past it.
        (
            "Shelling empties villages along the river\n\n"
            "Thousands flee as artillery hits farms and markets along the river, aid workers "
            "say, and more families are expected.\n"
            "By Jane Doe and Omar Abdel Said\nThe Daily Ledger Foreign Service\n"
            "Monday, May 6, 2019\n\nKHARTOUM, May 5 -- " + LEDE,
            date(2019, 5, 6),
        ),
        # The outlet and its date in brackets after the dateline's place.
        (
            "COTABATO CITY (Mindanao Daily / March 3, 2014) – Soldiers clashed with gunmen "
            "in two villages on Monday, killing six of them, an army spokesman said.\n\n"
            "The spokesman said the fighting went on into the night.",
            date(2014, 3, 3),
        ),
        (
            "COTABATO CITY (Mindanao Daily, 3 March 2014) – Soldiers clashed with gunmen "
            "in two villages on Monday, killing six of them, an army spokesman said.\n\n"
            "The spokesman said the fighting went on into the night.",
            date(2014, 3, 3),
        ),
        # A bracket without a year dates nothing.
        (
            "COTABATO CITY (Mindanao Daily / March 3) – Soldiers clashed with gunmen "
            "in two villages on Monday, killing six of them, an army spokesman said.\n\n"
            "The spokesman said the fighting went on into the night.",
            None,
        ),
    ],
)
def test_publication_date_classes_titles6(raw, published):
    assert extract_page(raw).published == published


VILLAGE_LEDE = (
    "Gunmen burned three villages on Tuesday and killed at least nine people, residents and "
    "local officials said.\n\nThe officials said hundreds of families had fled to the town."
)


@pytest.mark.parametrize(
    ("raw", "published"),
    [
        # The site header's "today" date, with the outlet's name between it and the
        # headline, yields to the story's dated dateline (titles7 round).
        (
            "Friday, June 7, 2024\n\nThe Frontier Times\n\nMilitia burns three villages\n\n"
            "March 2, 2011 (JUBA) — " + VILLAGE_LEDE,
            date(2011, 3, 2),
        ),
        # ... but a header date within a month of the dateline may be the page's own.
        (
            "Friday, March 4, 2011\n\nThe Frontier Times\n\nMilitia burns three villages\n\n"
            "March 2, 2011 (JUBA) — " + VILLAGE_LEDE,
            date(2011, 3, 4),
        ),
        # A date right over the headline (a blog post's date header) dates the post.
        (
            "Friday, March 4, 2011\n\nMilitia burns three villages\n\n"
            "March 2, 2011 (JUBA) — " + VILLAGE_LEDE,
            date(2011, 3, 4),
        ),
        # A header date and a dateline without a year: the header date stays.
        (
            "Friday, June 7, 2024\n\nThe Frontier Times\n\nMilitia burns three villages\n\n"
            "JUBA, March 2 (Reuters) — " + VILLAGE_LEDE,
            date(2024, 6, 7),
        ),
        # A place, a hyphenated date, a French hour and a view counter under the headline.
        (
            "Militia burns three villages near Goma\n\nBy Jean Doe\nGoma - 14-Mar-2019 - 09h45   "
            "2041\n\n" + VILLAGE_LEDE,
            date(2019, 3, 14),
        ),
    ],
)
def test_publication_date_classes_titles7(raw, published):
    assert extract_page(raw).published == published


CONVOY_LEDE = (
    "Rebels ambushed an army convoy on a mountain road and killed four soldiers, a military "
    "spokesman said.\n\nThe spokesman said troops were searching the hills for the attackers."
)


@pytest.mark.parametrize(
    ("raw", "published"),
    [
        # A header's "today" date as an item of a bulleted bar, right over the headline.
        (
            "• Thursday, June 12, 2025\n\nRebels ambush army convoy in the hills\n\n" + CONVOY_LEDE,
            None,
        ),
        # ... with a share widget between it and the headline.
        (
            "Thursday, June 12, 2025\n• share this\n\nRebels ambush army convoy in the hills\n\n"
            + CONVOY_LEDE,
            None,
        ),
        # ... with the site's logo and an advert between it and the headline.
        (
            "Thursday, June 12, 2025\nLogo\nAdvertisement\nRebels ambush army convoy in the hills"
            "\n\n" + CONVOY_LEDE,
            None,
        ),
        # ... under a section trail.
        (
            "Home World News\n\nThursday 12 June 2025\n\nRebels ambush army convoy in the hills\n\n"
            + CONVOY_LEDE,
            None,
        ),
        # ... and the story's dated dateline is then the page's date.
        (
            "• Thursday, June 12, 2025\n\nRebels ambush army convoy in the hills\n\n"
            "March 2, 2011 (JUBA) — " + CONVOY_LEDE,
            date(2011, 3, 2),
        ),
        # A blog post's date header standing alone over the post's title dates the post.
        (
            "Thursday, June 12, 2025\n\nRebels ambush army convoy in the hills\n\n" + CONVOY_LEDE,
            date(2025, 6, 12),
        ),
        # A long notice (a cookie banner) over it is no header bar.
        (
            "This website uses cookies to count visitors and to remember your settings between "
            "visits.\n\nThursday, June 12, 2025\n\nRebels ambush army convoy in the hills\n\n"
            + CONVOY_LEDE,
            date(2025, 6, 12),
        ),
        # A bullet under the headline still dates the page.
        (
            "Rebels ambush army convoy in the hills\n\n• Thursday, June 12, 2025\n\n" + CONVOY_LEDE,
            date(2025, 6, 12),
        ),
        # titles11: a print edition's issue line over a section label and the headline dates
        # the page (it is no header "today" date).
        (
            "Vol. 9 No. 211 Mon. March 03, 2008\nCity Page\n\nRebels ambush army convoy in the "
            "hills\n\n" + CONVOY_LEDE,
            date(2008, 3, 3),
        ),
        # A header date over a breadcrumb that ends in the headline is the site's "today".
        (
            "Monday , June 16 2025\nHome / WORLD / Rebels ambush army convoy in the hills\n\n"
            "Rebels ambush army convoy in the hills\n\n" + CONVOY_LEDE,
            None,
        ),
        # review12: a date line naming its source over a breadcrumb is the story's own.
        (
            "Reuters | Monday, June 16, 2025\nHome / WORLD / Rebels ambush army convoy in the "
            "hills\n\nRebels ambush army convoy in the hills\n\n" + CONVOY_LEDE,
            date(2025, 6, 16),
        ),
        # An outlet's name after the date on a date line under the headline.
        (
            "Rebels ambush army convoy in the hills\n\n3 March 2008 XYZ Online\n\n" + CONVOY_LEDE,
            date(2008, 3, 3),
        ),
        (
            "Rebels ambush army convoy in the hills\n\n3 March 2008 Hill Times\n\n" + CONVOY_LEDE,
            date(2008, 3, 3),
        ),
        # A Romanian date header over a post's title is no headline and dates the post.
        (
            "3 martie 2008\n\nRebels ambush army convoy in the hills\n\n" + CONVOY_LEDE,
            date(2008, 3, 3),
        ),
    ],
)
def test_publication_date_classes_titles9_and_titles11(raw, published):
    assert extract_page(raw).published == published


def test_a_post_header_run_into_its_story_gives_title_and_date():
    e = extract_page("Rebels ambush army convoy | 3 Jun 2025 | " + CONVOY_LEDE)
    assert (e.title, e.published) == ("Rebels ambush army convoy", date(2025, 6, 3))


def test_foreign_date_header_is_no_headline():
    raw = "3 martie 2008\n\nRebels ambush army convoy in the hills\n\n" + CONVOY_LEDE
    assert extract_page(raw).title == "Rebels ambush army convoy in the hills"


# A dated dateline whose place has accented capitals dates the page as an ASCII one does.
ACCENTED_DATELINES = [
    (
        "ELN frees soldiers in Arauca\n\nBy Luisa Restrepo\n\nBOGOTÁ, Aug 14, 2022 (Reuters) - "
        "Colombia's ELN rebels freed two soldiers and a police officer on Sunday, officials said.",
        date(2022, 8, 14),
    ),
    (
        "Police raid favela\n\nSÃO PAULO, Brazil, May 2, 2019 (AP) — Police raided a favela in "
        "the city's east on Thursday, killing three men, officials said.",
        date(2019, 5, 2),
    ),
    (
        "Riots spread in New Caledonia\n\nNOUMÉA, May 15, 2024 (AFP) - Rioters burned shops "
        "for a third night in the territory's capital, officials said on Wednesday.",
        date(2024, 5, 15),
    ),
]


@pytest.mark.parametrize(("raw", "published"), ACCENTED_DATELINES)
def test_a_dateline_with_accented_capitals_dates_the_page(raw, published):
    assert extract_page(raw).published == published


# A byline in lower case on its own line under the headline is the byline, not the wrapped
# end of the headline; "by" before lower-case words still goes on a wrapped sentence.
LOWER_CASE_BYLINES = [
    (
        "Russian strike on Kramatorsk kills 4, injures 25\nby Martin Fornusek\n"
        "February 1, 2024\nA Russian missile strike on Kramatorsk killed four people, the "
        "regional governor said on Thursday.",
        "Russian strike on Kramatorsk kills 4, injures 25",
        "Martin Fornusek",
    ),
    (
        "Gunmen storm police post near Peshawar\nby Saleem Shah and Tariq Khan\n"
        "Gunmen stormed a police post near Peshawar overnight, killing three officers, police "
        "said on Monday.",
        "Gunmen storm police post near Peshawar",
        "Saleem Shah and Tariq Khan",
    ),
]


@pytest.mark.parametrize(("raw", "title", "author"), LOWER_CASE_BYLINES)
def test_a_lower_case_byline_line(raw, title, author):
    extraction = extract_page(raw)
    assert (extraction.title, extraction.author) == (title, author)


def test_by_before_lower_case_words_still_continues_a_wrapped_line():
    raw = (
        "Town retaken\n\nThe town of Robotyne was held for months, officials\n"
        "by the river said, until the brigade returned."
    )
    assert "officials by the river said" in extract_page(raw).body


def test_a_time_stamp_over_the_headline_is_no_headline():
    raw = (
        "The Daily Star\nSunday, June 5, 2016\nLast updated: 12:30 AM\n"
        "Clashes kill 20 in northern Aleppo\nBEIRUT: Clashes between rebels and Kurdish "
        "fighters killed 20 people in Aleppo on Saturday, a monitor said."
    )
    extraction = extract_page(raw)
    assert (extraction.title, extraction.published) == (
        "Clashes kill 20 in northern Aleppo",
        date(2016, 6, 5),
    )


# review15: "by" and capitalised words under a title-case headline are its wrapped agent
# when no person's name follows "by": a people's word, a country, an acronym, a body's word.
WRAPPED_AGENTS = [
    (
        "Kherson Shelled Overnight\nby Russian Artillery Units\n\nKHERSON - Russian artillery "
        "shelled Kherson overnight, officials said.",
        "Kherson Shelled Overnight by Russian Artillery Units",
    ),
    (
        "Sanctions Imposed\nby European Union and Canada\n\nThe sanctions were announced on "
        "Friday, officials in Brussels said.",
        "Sanctions Imposed by European Union and Canada",
    ),
    (
        "Ceasefire Brokered\nby Qatar and Egypt\n\nA ceasefire was brokered on Sunday, officials "
        "in Doha said.",
        "Ceasefire Brokered by Qatar and Egypt",
    ),
    (
        "Deadly attack condemned\nby UN Security Council\n\nThe council condemned the attack on "
        "Thursday.",
        "Deadly attack condemned by UN Security Council",
    ),
    (
        "Damascus airport struck\nby Israeli Jets\n\nIsraeli jets struck the airport on Sunday, "
        "state media said.",
        "Damascus airport struck by Israeli Jets",
    ),
    (
        "Report: Mosul's Old City Destroyed\nby Islamic State\n\nMost of the old city was "
        "destroyed, the report said.",
        "Report: Mosul's Old City Destroyed by Islamic State",
    ),
]


@pytest.mark.parametrize(("raw", "title"), WRAPPED_AGENTS)
def test_a_wrapped_agent_is_no_lower_case_byline(raw, title):
    extraction = extract_page(raw)
    assert (extraction.title, extraction.author) == (title, None)


@pytest.mark.parametrize(
    ("raw", "author"),
    [
        (
            "Russia strikes Odesa port\nby Illia Novikov\n\nRussia struck Odesa overnight.",
            "Illia Novikov",
        ),
        (
            "Russia strikes Odesa port\nby Oleksiy Kovalenko and Daria Shulzhenko\n\n"
            "Russia struck the port of Odesa overnight.",
            "Oleksiy Kovalenko and Daria Shulzhenko",
        ),
        # an outlet's own byline
        (
            "Militants attack convoy near Gao\nby Sahel Media\n\nMilitants attacked a convoy.",
            "Sahel Media",
        ),
    ],
)
def test_a_lower_case_byline_of_names_stays(raw, author):
    assert extract_page(raw).author == author


# titles13 (ar06, ar08): a date opening a line before a dash, with the post's text after it,
# at or above the story's first paragraph, dates a page that states no other date; a
# dash-date entry further down (a timeline) does not, and a labelled date line outranks it.
DATE_DASH_LEADS = [
    (
        "Gunmen burn market in northern town\n\nApr 3, 2016 – Gunmen burn market in northern "
        "town\n\nGunmen set fire to the main market of a northern town on Saturday, killing "
        "four traders, police said.\n",
        date(2016, 4, 3),
    ),
    (
        "Weekly conflict update, June 5\nJun 5, 2021 - Research DeskFighting intensified along "
        "the eastern front this week as both sides moved reserves closer to the river, the "
        "monitors said in their report.\n",
        date(2021, 6, 5),
    ),
    (
        "Gunmen burn market in northern town\n\nPosted on 5 April 2016\n\nApr 3, 2016 – Gunmen "
        "burn market in northern town\n\nGunmen set fire to the main market of a northern town "
        "on Saturday, killing four traders, police said.\n",
        date(2016, 4, 5),
    ),
    (
        "A timeline of the siege\n\nThe siege lasted four years and cost thousands of lives, "
        "as the entries below recall for readers who followed it.\n\nMore details follow "
        "below in the list of events.\n\nMay 2, 1992 – Forces cut the roads into the city.\n",
        None,
    ),
]


@pytest.mark.parametrize(("raw", "published"), DATE_DASH_LEADS)
def test_titles13_a_date_dash_lead_dates_the_page(raw, published):
    assert extract_page(raw).published == published


# titles13: an ambiguous numeric date ("04/05/2019") is read day first, unless the page's
# other numeric dates with the same separator are all month first ("12/23/2018").
NUMERIC_ORDERS = [
    (
        "Town council votes on curfew\n\nPosted 04/05/2019 09:12 AM\n\nThe council voted on "
        "Tuesday to extend the curfew by two weeks after the clashes, the mayor said in a "
        "statement.\n\nEarlier story: curfew first imposed 12/23/2018\n",
        date(2019, 4, 5),
    ),
    (
        "Town council votes on curfew\n\nPosted 04/05/2019 09:12 AM\n\nThe council voted on "
        "Tuesday to extend the curfew by two weeks after the clashes, the mayor said in a "
        "statement.\n\nEarlier story: curfew first imposed 23/12/2018\n",
        date(2019, 5, 4),
    ),
    (
        "Town council votes on curfew\n\nPosted 04/05/2019 09:12 AM\n\nThe council voted on "
        "Tuesday to extend the curfew by two weeks after the clashes, the mayor said in a "
        "statement.\n",
        date(2019, 5, 4),
    ),
]


@pytest.mark.parametrize(("raw", "published"), NUMERIC_ORDERS)
def test_titles13_an_ambiguous_numeric_date_follows_the_pages_order(raw, published):
    assert extract_page(raw).published == published


# titles14: a press release's dated dateline dates a page that states no other date, in the
# forms statements print it: the date in brackets after the place ("GENEVA (March 14, 2016)
# —"), two places joined by a slash ("ROME/NAIROBI, 2 February 2017 -"), and in the second or
# third paragraph when a summary or a sign-up box's blurb comes first.
PRESS_RELEASE_DATELINES = [
    (
        "Agency condemns attack on food convoy\n\nThe agency condemned the attack on its "
        "trucks, which it said were clearly marked and had been cleared by both sides before "
        "they left the depot.\n\nGENEVA (March 14, 2016) — The agency condemned the attack "
        "on its trucks near the border on Sunday, a spokeswoman said.\n\nTwo drivers were "
        "wounded.\n",
        date(2016, 3, 14),
    ),
    (
        "Stay informed\nGet our weekly letter about the work of our teams in the field, sent "
        "every Friday to your inbox.\nROME/NAIROBI, 2 February 2017 - The food agency said "
        "on Thursday that it had suspended deliveries to the district after two of its "
        "warehouses were looted.\nThe agency said its staff were safe.\n",
        date(2017, 2, 2),
    ),
    (
        "Food agency suspends deliveries\n\nCAIRO (Jan. 9, 2015) – The agency suspended "
        "deliveries to the district after two of its warehouses were looted, it said.\n\nIts "
        "staff were safe, it added.\n",
        date(2015, 1, 9),
    ),
    # A dateline without a year dates nothing; nor does one further down the story.
    (
        "Food agency suspends deliveries\n\nGENEVA (AP) — The agency suspended deliveries to "
        "the district after two of its warehouses were looted, it said on Monday.\n\nIts "
        "staff were safe, it added.\n",
        None,
    ),
    (
        "Food agency suspends deliveries\n\nThe agency suspended deliveries to the district "
        "after two of its warehouses were looted, it said on Monday in a statement.\n\nIts "
        "staff were safe, it added, and the roads were open again.\n\nThe drivers went "
        "home.\n\nMore trucks are expected.\n\nLONDON (June 1, 2014) — An earlier statement "
        "said the same.\n",
        None,
    ),
]


@pytest.mark.parametrize(("raw", "published"), PRESS_RELEASE_DATELINES)
def test_titles14_a_press_release_dateline_dates_the_page(raw, published):
    assert extract_page(raw).published == published


# titles14: a date line right over the headline that is more than a month LATER than the
# story's dated dateline is a site header's "today" date (a clock to the second, as news
# agencies' pages print it); a blog's date header within a month of the copied story's
# dateline still dates the post.
HEADER_DATES_OVER_DATED_DATELINES = [
    (
        "Monday 14 March 2022 - 10:11:12 am\n\nMinistry condemns shelling of border "
        "villages\n\nBAGHDAD, 3rd June, 2019 (INA) -- The ministry condemned the shelling of "
        "three border villages, which wounded four farmers on Sunday, it said.\n\nThe "
        "villages were evacuated.\n",
        date(2019, 6, 3),
    ),
    (
        "Sunday, June 9, 2019\n\nMinistry condemns shelling of border villages\n\nBAGHDAD, "
        "3rd June, 2019 (INA) -- The ministry condemned the shelling of three border "
        "villages, which wounded four farmers on Sunday, it said.\n\nThe villages were "
        "evacuated.\n",
        date(2019, 6, 9),
    ),
    (
        "Monday 14 March 2022 - 10:11:12 am\n\nMinistry condemns shelling of border "
        "villages\n\nBAGHDAD, June 3 (INA) -- The ministry condemned the shelling of three "
        "border villages, which wounded four farmers on Sunday, it said.\n\nThe villages "
        "were evacuated.\n",
        date(2022, 3, 14),
    ),
]


@pytest.mark.parametrize(("raw", "published"), HEADER_DATES_OVER_DATED_DATELINES)
def test_titles14_a_header_date_months_after_the_dateline_is_todays(raw, published):
    assert extract_page(raw).published == published


# dates16: a bare date line naming its weekday over the headline is a header's "today" date
# when every weekday the story names falls four to six days before it (the story's "on
# Saturday" is the week before); a story naming the day itself or the days just before it,
# or no weekday at all, is dated by the line, as a blog's date header dates its post.
_STORY_HEAD = "Gunmen kill three guards at a river crossing\n\n"
WEEKDAY_HEADER_DATES = [
    (
        "Thursday, March 7, 2019\n\n" + _STORY_HEAD + "Gunmen attacked a ferry post on "
        "Saturday evening, killing three guards, the district police said.\n\nNo group "
        "has claimed the attack.\n",
        None,
    ),
    (
        "Tue, October 10, 2017\n\n" + _STORY_HEAD + "Three guards were killed when gunmen "
        "stormed their post on Wednesday night, a local official said.\n\nThe crossing "
        "stayed closed.\n",
        None,
    ),
    (
        "Thursday, March 7, 2019\n\n" + _STORY_HEAD + "Gunmen attacked a ferry post on "
        "Tuesday evening, killing three guards, the district police said.\n\nNo group "
        "has claimed the attack.\n",
        date(2019, 3, 7),
    ),
    (
        "Friday, 20 May 2016\n\n" + _STORY_HEAD + "Three guards killed on Saturday were "
        "buried on Thursday, the district police said.\n\nNo group has claimed the "
        "attack.\n",
        date(2016, 5, 20),
    ),
    (
        "Friday, 20 May 2016\n\n" + _STORY_HEAD + "Three guards were killed when gunmen "
        "stormed their post, a local official said.\n\nThe crossing stayed closed.\n",
        date(2016, 5, 20),
    ),
    # The printed weekday is not the date's: no evidence of the day, the date stands.
    (
        "Monday, March 7, 2019\n\n" + _STORY_HEAD + "Gunmen attacked a ferry post on "
        "Saturday evening, killing three guards, the district police said.\n\nNo group "
        "has claimed the attack.\n",
        date(2019, 3, 7),
    ),
]


@pytest.mark.parametrize(("raw", "published"), WEEKDAY_HEADER_DATES)
def test_dates16_a_weekday_header_days_after_every_story_weekday_is_todays(raw, published):
    assert extract_page(raw).published == published


# titles16: a story's dated dateline in the shapes agencies and sites print it, when the page
# states no other date: the dash glued to the story's first word, the place in ordinary case
# with the agency after the date (and a French "le"), the date first with the place after.
STORY_ON = (
    "killed three soldiers at a checkpoint on the main road at dawn, a local official said.\n\n"
    "The army said reinforcements had been sent to the area and a search was under way."
)


@pytest.mark.parametrize(
    ("raw", "published"),
    [
        ("Checkpoint attacked\n\nAGENCY, 4th JUNE, 2019-Gunmen " + STORY_ON, date(2019, 6, 4)),
        ("Checkpoint attacked\n\nKABUL, June 4, 2019-Gunmen " + STORY_ON, date(2019, 6, 4)),
        (
            "Dakar, le 4 juin 2019, APS- Des hommes armés ont tué trois soldats à un poste de "
            "contrôle sur la route principale, a indiqué un responsable local.\n\n"
            "L'armée a envoyé des renforts dans la zone.",
            date(2019, 6, 4),
        ),
        ("Tunis, 12 March 2018, TAP – Gunmen " + STORY_ON, date(2018, 3, 12)),
        ("Checkpoint attacked\n\nJune 4, 2019, Gao, Gunmen " + STORY_ON, date(2019, 6, 4)),
        # A dateline without a year, or a date opening a sentence, states no date.
        ("Checkpoint attacked\n\nKABUL, June 4-Gunmen " + STORY_ON, None),
        ("Checkpoint attacked\n\nJune 4, 2019, was the day gunmen " + STORY_ON, None),
        ("Checkpoint attacked\n\nJune 4, 2019, Gao, gunmen " + STORY_ON, None),
    ],
)
def test_dated_datelines_titles16(raw, published):
    assert extract_page(raw).published == published


# titles17: a byline of writers' names without "By" over the headline is no headline.
def test_a_byline_of_names_over_the_headline_titles17():
    raw = (
        "Amina Yusuf, Tom Hale , Pedro Alves and Ines Moreau\n\n"
        "Ceasefire talks stall as shelling of the port city resumes – as it happened\n\n"
        "Negotiators left the talks on Tuesday after the port city was shelled again.\n\n"
        "Thank you for following our coverage.\n"
    )
    assert extract_page(raw).title == (
        "Ceasefire talks stall as shelling of the port city resumes – as it happened"
    )


# titles17: the outlet (or outlets) and the date in the dateline's brackets, parted by a
# dash, after a place in ordinary case (a day without a year may stand before the bracket),
# the bracket closed by a colon or run into the story: the story's date when the page states
# no other. No date inside the bracket, no year, or a bracket inside a sentence: no date.
@pytest.mark.parametrize(
    ("raw", "published"),
    [
        (
            "Mogadishu, (Horn Daily / Somali Wire - 14th Mar, 2022 ) :Gunmen " + STORY_ON,
            date(2022, 3, 14),
        ),
        (
            "Checkpoint attacked\n\nHERAT (Kabul Daily / AIP - 02nd May, 2019) Gunmen " + STORY_ON,
            date(2019, 5, 2),
        ),
        ("Jos, Jun 3 (Plateau Post / NAN - 3rd Jun, 2020 ) :Gunmen " + STORY_ON, date(2020, 6, 3)),
        (
            "Checkpoint attacked\n\nGao, (Sahel Wire – 9th July, 2021) – Gunmen " + STORY_ON,
            date(2021, 7, 9),
        ),
        ("Mogadishu, (Horn Daily / Somali Wire) :Gunmen " + STORY_ON, None),
        ("Mogadishu, (Horn Daily - 14th Mar ) :Gunmen " + STORY_ON, None),
        ("Officials (speaking to Horn Daily - 14th Mar, 2022) said gunmen " + STORY_ON, None),
    ],
)
def test_an_outlet_and_date_in_the_datelines_brackets_titles17(raw, published):
    assert extract_page(raw).published == published


# titles17: neighbouring lines with the same label and different dates past the story's start
# are a related-story list's dates, not the page's; one such line signing the story off
# still dates it.
TEASER_DATE_RUNS = [
    (
        "Army convoy ambushed in the north\n- Published\nGunmen " + STORY_ON + "\n\n"
        "The road was closed for the night.\n\nTraders said they feared more attacks.\n\n"
        "- Published12 March 2019\n- Published2 February 2019\n- Published9 January 2019\n",
        None,
    ),
    (
        "Army convoy ambushed in the north\n\nGunmen " + STORY_ON + "\n\n"
        "The road was closed for the night.\n\nTraders said they feared more attacks.\n\n"
        "Published: 12 March 2019\nPublished: 2 February 2019\n",
        None,
    ),
    (
        "Army convoy ambushed in the north\n\nGunmen " + STORY_ON + "\n\n"
        "The road was closed for the night.\n\nTraders said they feared more attacks.\n\n"
        "Published: 12 March 2019\n",
        date(2019, 3, 12),
    ),
]


@pytest.mark.parametrize(("raw", "published"), TEASER_DATE_RUNS)
def test_a_run_of_labelled_teaser_dates_is_no_page_date_titles17(raw, published):
    assert extract_page(raw).published == published


# titles17: a statement signed off with its place and date at its foot (among the page's last
# lines, or right over the press office's contact line) is dated by it when the page states
# no other date; the same line further up the story, a weekday line, or a page with its own
# "Published" line are not.
STATEMENT = (
    "Aid chief condemns strikes on the river towns\n\nStrikes on three river towns overnight "
    "killed at least nine people, among them two aid workers, and cut the water supply to "
    "thousands.\n\nThe strikes hit a clinic and a school that sheltered displaced families."
    "\n\nAid convoys were turned back at two checkpoints on the main road.\n\nThe teams "
    "will try again once the roads are safe.\n\nAttacks on civilians must stop.\n\n"
)
SIGNED_STATEMENTS = [
    (
        STATEMENT + "Bamako, 12 March 2021\n\nFor further information, please contact: the "
        "press office.\n",
        date(2021, 3, 12),
    ),
    (STATEMENT + "Juba, 4 July 2018\n", date(2018, 7, 4)),
    (STATEMENT + "GENEVA, 3 May 2017.\n", date(2017, 5, 3)),
    (
        STATEMENT + "Bamako, 12 March 2021\n\nThe agency has worked in the region since 2013."
        "\n\nIts teams run clinics in four towns.\n\nThey also truck water to camps.\n\n"
        "Donors have pledged more.\n",
        None,
    ),
    (STATEMENT + "Monday, 12 March 2021\n", None),
    ("Published: 10 March 2021\n\n" + STATEMENT + "Bamako, 12 March 2021\n", date(2021, 3, 10)),
]


@pytest.mark.parametrize(("raw", "published"), SIGNED_STATEMENTS)
def test_a_statements_place_and_date_at_its_foot_titles17(raw, published):
    assert extract_page(raw).published == published


# cities42: a dated dateline in ordinary case closed by a colon, alone or after the writer's
# byline on the same line, as the Libya Herald opens its stories, dates the page; a colon
# after a date inside a sentence, or a dateline with no year, does not.
_COUNCIL = "Presidential Council agrees a new security plan for the capital\n\n"
COLON_DATELINES = [
    (
        _COUNCIL + "By Amira Salem. Tripoli, 12 May 2020: Clashes broke out south of the "
        "capital as the council met.",
        date(2020, 5, 12),
    ),
    (
        _COUNCIL + "By Omar Khaled. Benghazi, 4 February 2017: The army said its units had "
        "reached the port.\n\nThe fighting went on for hours near the harbour.",
        date(2017, 2, 4),
    ),
    (
        _COUNCIL + "Misrata, 3 March 2019: The council met in the city on Sunday to agree "
        "the plan.",
        date(2019, 3, 3),
    ),
    # near misses
    (_COUNCIL + "The minister said on Monday: Tripoli, 3 March 2019: was a turning point.", None),
    (_COUNCIL + "By Omar Khaled. Sabha, 22 May: Gunmen killed two people in the city.", None),
    (_COUNCIL + "Key dates, 3 March 2019: the council met and agreed the plan.", None),
]


@pytest.mark.parametrize(("raw", "published"), COLON_DATELINES)
def test_a_dated_dateline_closed_by_a_colon(raw, published):
    assert extract_page(raw).published == published


# review23: an editor's label before a date and a colon is no dateline, nor a place and date
# followed by a lower-case word (a sentence's subject); the Libya Herald's form stands.
LABELLED_COLON_DATES = [
    (_COUNCIL + "Note, 12 October 2020: This story was corrected to give the right toll.", None),
    (_COUNCIL + "Update, 4 May 2019: The toll rose to twelve, the ministry said.", None),
    (_COUNCIL + "Correction, 9 June 2021: An earlier version misnamed the minister.", None),
    (_COUNCIL + "Tripoli, 12 May 2020: the day the council fell, as many recall it.", None),
    (
        _COUNCIL + "By Omar Khaled. Zawiya, 8 July 2022: Militias fought near the refinery.",
        date(2022, 7, 8),
    ),
    (
        _COUNCIL + "Sabratha, 2 April 2018: 14 migrants drowned off the coast, officials said.",
        date(2018, 4, 2),
    ),
]


@pytest.mark.parametrize(("raw", "published"), LABELLED_COLON_DATES)
def test_a_labelled_date_before_a_colon_is_no_dateline(raw, published):
    assert extract_page(raw).published == published


# persons22 (set bt): the Sudan Tribune's date-first dateline names a place abroad with its
# country in the brackets ("(TRIPOLI, Libya)"); the site header's "today" date above it is
# no page date. Near misses: a bracket of more than a place and a country dates nothing.
_MASTHEAD = "Monday, March 3, 2025\n\nSudan Tribune\n\nPlural news and views on Sudan\n\n"
DATE_FIRST_ABROAD = [
    (
        _MASTHEAD + "Talks on Darfur resume in Libya\n\n"
        "June 4, 2009 (SIRTE, Libya) — Mediators met the rebels on Thursday in the coastal town.",
        date(2009, 6, 4),
    ),
    (
        _MASTHEAD + "Rebels sign accord in Qatar\n\n"
        "February 23, 2010 (DOHA, Qatar) – The government and the rebels signed a framework deal.",
        date(2010, 2, 23),
    ),
    (
        _MASTHEAD + "Envoy briefs the council\n\n"
        "October 12, 2011 (NEW YORK, United States) -- The envoy told the council that the "
        "talks had stalled.",
        date(2011, 10, 12),
    ),
    # near miss: a sentence in the brackets is no dateline's place
    (
        _MASTHEAD + "Envoy briefs the council\n\n"
        "October 12, 2011 (the envoy said, in his briefing) - The council met on Thursday.",
        None,
    ),
]


@pytest.mark.parametrize(("raw", "published"), DATE_FIRST_ABROAD)
def test_a_date_first_dateline_with_the_country_in_brackets(
    raw: str, published: date | None
) -> None:
    assert extract_page(raw).published == published


# titles18: a numeric date stamp with its time before it and nothing else ("04:08 2024/05/26",
# "09:15 | 17.03.2022") is a date line, not a letterless boilerplate line: it dates the page
# even with a credit line, a bar or a widget between it and the headline. A bare time, two
# times or a score do not.
STAMP_STORY = (
    "\n\nGunmen stormed a market in the north of the country on Tuesday and killed at least "
    "eleven traders, local officials said.\n\nThe attackers fled on motorbikes before troops "
    "arrived.\n"
)
NUMERIC_STAMPS = [
    (
        "Gunmen kill eleven traders in northern market\n\nAgencies\n\n|\n\n04:08 2024/05/26"
        + STAMP_STORY,
        date(2024, 5, 26),
    ),
    (
        "Gunmen kill eleven traders in northern market\n\nStaff Reporter\n\n|\n\nA-\n\n"
        "18:42 2023-11-07" + STAMP_STORY,
        date(2023, 11, 7),
    ),
    (
        "Gunmen kill eleven traders in northern market\n\nNews Desk\n\n|\n\n09:15 | 17.03.2022"
        "\n\nA+" + STAMP_STORY,
        date(2022, 3, 17),
    ),
    # the date first was read before (DATE_ONLY holds its time): unchanged
    (
        "Gunmen kill eleven traders in northern market\n\nNews Desk\n\n|\n\n2023-11-07 18:42:10"
        + STAMP_STORY,
        date(2023, 11, 7),
    ),
    (
        "Gunmen kill eleven traders in northern market\n\nAgencies\n\nA+\n\n21:30 12/10/2021"
        + STAMP_STORY,
        date(2021, 10, 12),
    ),
    ("Gunmen kill eleven traders in northern market\n\nAgencies\n\n|\n\n04:08" + STAMP_STORY, None),
    (
        "Gunmen kill eleven traders in northern market\n\nAgencies\n\n|\n\n12:00 14:30"
        + STAMP_STORY,
        None,
    ),
    ("Gunmen kill eleven traders in northern market\n\nAgencies\n\n|\n\n2:1" + STAMP_STORY, None),
    # above the headline (a header's clock) it is read as before: not at all
    ("14:32 02/12/2026\n\nGunmen kill eleven traders in northern market" + STAMP_STORY, None),
    (
        "Home | World\n\n14:32 | 02.12.2026\n\nGunmen kill eleven traders in northern market"
        + STAMP_STORY,
        None,
    ),
]


@pytest.mark.parametrize(("raw", "published"), NUMERIC_STAMPS)
def test_a_numeric_stamp_with_its_time_dates_the_page_titles18(raw, published):
    assert extract_page(raw).published == published


# titles18: AllAfrica's credit of the outlet it republishes, with the outlet's town in brackets,
# between the date line and the headline, is not taken for the headline.
OUTLET_CREDITS = [
    (
        "12 May 2019\n\nDaily Trust (Abuja)\n\nNigeria: Gunmen Kill Nine in Zamfara Village\n\n"
        "Gunmen on motorbikes killed nine villagers in an overnight raid, police said on Sunday.\n",
        "Nigeria: Gunmen Kill Nine in Zamfara Village",
    ),
    (
        "3 June 2021\n\nThe Citizen (Dar es Salaam)\n\nTanzania: Police Hunt Gang After Border "
        "Attack\n\nPolice have launched a manhunt after a gang attacked a border post on "
        "Friday night.\n",
        "Tanzania: Police Hunt Gang After Border Attack",
    ),
    (
        "8 March 2020\n\nRadio Dabanga (Amsterdam)\n\nSudan: Herders Clash With Farmers in South "
        "Darfur\n\nClashes between herders and farmers left four people dead, witnesses told "
        "the station.\n",
        "Sudan: Herders Clash With Farmers in South Darfur",
    ),
]


@pytest.mark.parametrize(("raw", "title"), OUTLET_CREDITS)
def test_an_outlets_credit_over_the_headline_titles18(raw, title):
    assert extract_page(raw).title == title


# titles18: the outlet, the place and the date in brackets opening the story's paragraph ("(Rudaw
# / Erbil, May 3, 2021) –") date the page when it states no other date; a bracket with only an
# agency, a reference to another story, or no dash after it does not.
BRACKET_STORY = (
    "Clashes spread to three districts\n\nFighting between two armed groups spread to three "
    "districts overnight, residents said.\n\n"
)
BRACKET_OPENINGS = [
    (
        BRACKET_STORY + "(Rudaw / Erbil, May 3, 2021) – Gunmen opened fire on a checkpoint at "
        "dawn, killing two guards.\n",
        date(2021, 5, 3),
    ),
    (
        BRACKET_STORY + "(Mission News / Abuja, 12.05.2020).- The bishop said the priest was "
        "freed late on Monday.\n",
        date(2020, 5, 12),
    ),
    (
        BRACKET_STORY
        + "(Agence Ecclesiale / Bangui, 4 June 2019): Armed men looted the parish house and "
        "burned two cars before fleeing.\n",
        date(2019, 6, 4),
    ),
    (
        BRACKET_STORY + "(Reuters) - Gunmen opened fire on a checkpoint at dawn, killing two "
        "guards.\n",
        None,
    ),
    (BRACKET_STORY + "(see Mission News, 12/5/2020) The bishop said the priest was freed.\n", None),
    (BRACKET_STORY + "(Rudaw / Erbil, May 3, 2021) Gunmen opened fire on a checkpoint.\n", None),
]


@pytest.mark.parametrize(("raw", "published"), BRACKET_OPENINGS)
def test_outlet_place_and_date_in_an_opening_bracket_titles18(raw, published):
    assert extract_page(raw).published == published


# titles18: a byline with a colon ("By: NAME", "BY : NAME, Staff Reporter", "Por: NAME") opening
# a page without a headline is no headline, and is not run into the story's first line; a
# headline opening with "By-", "Bystanders" or "BY THE NUMBERS" is still one.
BYLINE_STORY = (
    "\n\nGunmen stormed a market in the north of the country on Tuesday and killed at least "
    "eleven traders, local officials said.\n\nThe attackers fled on motorbikes before troops "
    "arrived.\n"
)
COLON_BYLINES = [
    ("By: Amina Bello" + BYLINE_STORY, None),
    ("BY: AMINA BELLO" + BYLINE_STORY, None),
    ("BY :  Amina Bello, Staff Reporter" + BYLINE_STORY, None),
    ("By : Amina Bello" + BYLINE_STORY, None),
    ("By:Amina Bello" + BYLINE_STORY, None),
    (
        "By-election violence leaves eleven traders dead" + BYLINE_STORY,
        "By-election violence leaves eleven traders dead",
    ),
    (
        "Bystanders flee as gunmen storm northern market" + BYLINE_STORY,
        "Bystanders flee as gunmen storm northern market",
    ),
    (
        "BY THE NUMBERS: ELEVEN TRADERS KILLED IN MARKET RAID" + BYLINE_STORY,
        "BY THE NUMBERS: ELEVEN TRADERS KILLED IN MARKET RAID",
    ),
]


@pytest.mark.parametrize(("raw", "title"), COLON_BYLINES)
def test_a_byline_with_a_colon_is_no_headline_titles18(raw, title):
    e = extract_page(raw)
    if title is None:
        assert e.title_is_fallback
        assert e.title.startswith("Gunmen stormed a market")
    else:
        assert not e.title_is_fallback
        assert e.title == title


# titles19: a press release's dateline whose dash the page glued to the statement's opening
# quote ("NEW YORK (January 5, 2021) –”I am ...") still dates the page; a dash glued to a
# quote that opens no statement, or a bracket holding no year, does not.
GLUED_QUOTE_STORY = "Agency condemns raid on a clinic\n\n"
GLUED_QUOTE_DATELINES = [
    (
        GLUED_QUOTE_STORY + "GENEVA (March 3, 2019) –“We are appalled by the attack on the "
        "clinic in the north of the country, which killed two nurses.\n",
        date(2019, 3, 3),
    ),
    (
        GLUED_QUOTE_STORY + 'NAIROBI (12 June 2018) -"The raid on the clinic must be '
        "investigated at once,\" the agency's regional director said on Tuesday.\n",
        date(2018, 6, 12),
    ),
    (
        GLUED_QUOTE_STORY + "DAKAR, 7 May 2022 –”Health workers are not a target,” the "
        "agency said in a statement after the attack on the clinic.\n",
        date(2022, 5, 7),
    ),
    (
        GLUED_QUOTE_STORY + "GENEVA (March 3) –“We are appalled by the attack on the clinic in "
        "the north of the country, which killed two nurses.\n",
        None,
    ),
    (
        GLUED_QUOTE_STORY + "GENEVA (March 3, 2019) –“we are appalled,” said a nurse who "
        "survived the attack on the clinic in the north.\n",
        None,
    ),
]


@pytest.mark.parametrize(("raw", "published"), GLUED_QUOTE_DATELINES)
def test_a_datelines_dash_glued_to_the_statements_quote_titles19(raw, published):
    assert extract_page(raw).published == published


# titles19: a live blog's byline whose writers' shifts are marked ("Adam Fulton and (earlier)
# ...") is no headline; the blog's headline under it is. A headline naming people is kept.
SHIFT_STORY = (
    "\n\nClosing summary\n\nThis is where we wrap up the blog. Here is a look at the latest as "
    "it passes 8am in the region.\n"
)
SHIFT_BYLINES = [
    (
        "Tom Hale and (earlier) Ines Moreau, Pedro Alves and Ana Lopes\n\n"
        "Talks on a truce stall as strikes go on – as it happened" + SHIFT_STORY,
        "Talks on a truce stall as strikes go on – as it happened",
    ),
    (
        "Ines Moreau (now) and Tom Hale (earlier)\n\n"
        "Ceasefire talks resume in Cairo – live" + SHIFT_STORY,
        "Ceasefire talks resume in Cairo – live",
    ),
    (
        "Sara Kim, Omar Nasser and (earlier) Jan Novak\n\n"
        "Aid convoy reaches the north – as it happened" + SHIFT_STORY,
        "Aid convoy reaches the north – as it happened",
    ),
    (
        "Netanyahu and (earlier) Gallant meet troops near the border" + SHIFT_STORY,
        "Netanyahu and (earlier) Gallant meet troops near the border",
    ),
]


@pytest.mark.parametrize(("raw", "title"), SHIFT_BYLINES)
def test_a_live_blogs_byline_with_shift_marks_titles19(raw, title):
    assert extract_page(raw).title == title


# titles19: a feed's relative age glued to the headline's last word ("... border post7 min
# ago") is no part of the headline; an age after a space, or a headline ending in a number,
# keeps its words.
GLUED_AGE_STORY = (
    "\nAt least ten soldiers were killed in an attack on an army base near the border, army "
    "sources said on Sunday.\n"
)
GLUED_AGES = [
    (
        "Ten soldiers killed in attack on border post7 min ago" + GLUED_AGE_STORY,
        "Ten soldiers killed in attack on border post",
    ),
    (
        "Rebels seize second town in the north2 hours ago" + GLUED_AGE_STORY,
        "Rebels seize second town in the north",
    ),
    (
        "Army says militants fled the valley12 days ago" + GLUED_AGE_STORY,
        "Army says militants fled the valley",
    ),
    (
        "Death toll in market attack rises to 40" + GLUED_AGE_STORY,
        "Death toll in market attack rises to 40",
    ),
    (
        "Hostages freed after 3 days ago deadline passes" + GLUED_AGE_STORY,
        "Hostages freed after 3 days ago deadline passes",
    ),
]


@pytest.mark.parametrize(("raw", "title"), GLUED_AGES)
def test_a_relative_age_glued_to_the_headline_titles19(raw, title):
    assert extract_page(raw).title == title


# titles19: a widget label on its own line ("Article content", "Story continues below") is
# never the wrapped end of the headline, even on a page wrapped at a fixed width.
WRAPPED_STORY = (
    "OTTAWA — The government said it would\nsend two more surveillance\naircraft to the "
    "region after\nthe attack on the border post, officials\nsaid on Tuesday.\n"
)
WIDGET_LABELS = [
    (
        "Army says strike hit rebel depot\nArticle content\n" + WRAPPED_STORY,
        "Army says strike hit rebel depot",
    ),
    (
        "Two aircraft sent after border attack\nStory continues below\n" + WRAPPED_STORY,
        "Two aircraft sent after border attack",
    ),
    (
        "Militants attack convoy near the border\nAdvertisement\n" + WRAPPED_STORY,
        "Militants attack convoy near the border",
    ),
]


@pytest.mark.parametrize(("raw", "title"), WIDGET_LABELS)
def test_a_widget_label_is_no_wrapped_headline_end_titles19(raw, title):
    assert extract_page(raw).title == title


# titles19: a run of linked posts each closed by " - <date>" (a "Recent posts" widget) is
# no headline; the headline under it is. One outlet line with its date is no list.
LINK_RUN_STORY = (
    "Insurgents overran a district centre in the south, killing at least a dozen police "
    "officers, an official said on Sunday.\n"
)
DATED_LINK_RUNS = [
    (
        "Ways to keep your garden green - March 2, 2021\n"
        "Five recipes for a rainy weekend - March 1, 2021\n"
        "Insurgents overrun district centre in the south\n" + LINK_RUN_STORY,
        "Insurgents overrun district centre in the south",
    ),
    (
        "Our favourite hiking trails this year - 4 May 2019\n"
        "How to choose a new laptop - 2 May 2019\n"
        "What to pack for a long flight - 30 April 2019\n"
        "Police killed as militants storm district centre\n" + LINK_RUN_STORY,
        "Police killed as militants storm district centre",
    ),
    (
        "Weekly Review - June 3, 2014\n\nDistrict centre falls to insurgents\n" + LINK_RUN_STORY,
        "District centre falls to insurgents",
    ),
]


@pytest.mark.parametrize(("raw", "title"), DATED_LINK_RUNS)
def test_a_run_of_dated_links_is_no_headline_titles19(raw, title):
    assert extract_page(raw).title == title


# titles19: a header's date over a breadcrumb trail whose separators the page lost ("HomeNews
# <headline>") is the site's "today" date, not the page's; a date over a headline that only
# opens with "Home..." as a word is a post's date header and is kept.
GLUED_CRUMB_STORY = (
    "\n\nGunmen killed at least twelve soldiers in an attack on an army post near the border, "
    "the army said in a statement.\n"
)
GLUED_CRUMBS = [
    (
        "Sunday, March 26, 2023\nHomeNewsGunmen kill twelve soldiers near border\n\n"
        "Gunmen kill twelve soldiers near border" + GLUED_CRUMB_STORY,
        None,
    ),
    (
        "Friday, July 5, 2024\nHomeAfricaArmy post attacked in the north\n\n"
        "Army post attacked in the north" + GLUED_CRUMB_STORY,
        None,
    ),
    (
        "Sunday, March 26, 2023\nHomeNewsGunmen kill twelve soldiers near border\n\n"
        "Gunmen kill twelve soldiers near border\n\nMarch 20, 2023" + GLUED_CRUMB_STORY,
        date(2023, 3, 20),
    ),
    (
        "March 26, 2023\nHomeland guard posts attacked near the border" + GLUED_CRUMB_STORY,
        date(2023, 3, 26),
    ),
]


@pytest.mark.parametrize(("raw", "published"), GLUED_CRUMBS)
def test_a_header_date_over_a_glued_breadcrumb_titles19(raw, published):
    assert extract_page(raw).published == published


# titles19: lines over the headline that are no headline: an advertisement's call closed by
# "!", a name with its acronym (a section or an issuer), a ministry's name joined by "and".
ISSUER_STORY = (
    "\nThe minister condemned the bombing of a market in the capital, which killed at least "
    "twenty people on Saturday.\n"
)
ISSUER_LINES = [
    (
        "Find a Defence Analyst Job!\nMinister condemns market bombing" + ISSUER_STORY,
        "Minister condemns market bombing",
    ),
    (
        "Apply for a Reporting Fellowship!\nMinister condemns market bombing" + ISSUER_STORY,
        "Minister condemns market bombing",
    ),
    (
        "Weapons of Mass Destruction (WMD)\nMinister condemns market bombing" + ISSUER_STORY,
        "Minister condemns market bombing",
    ),
    (
        "Office for the Coordination of Humanitarian Affairs (OCHA)\n"
        "Minister condemns market bombing" + ISSUER_STORY,
        "Minister condemns market bombing",
    ),
    (
        "Foreign,Commonwealth and Development Office\nMinister condemns market bombing"
        + ISSUER_STORY,
        "Minister condemns market bombing",
    ),
    (
        "Defence and Veterans Ministry\nMinister condemns market bombing" + ISSUER_STORY,
        "Minister condemns market bombing",
    ),
    (
        "Get out of our capital, protesters tell junta!" + ISSUER_STORY,
        "Get out of our capital, protesters tell junta!",
    ),
    (
        "Minister condemns market bombing by Islamic State (IS)" + ISSUER_STORY,
        "Minister condemns market bombing by Islamic State (IS)",
    ),
    (
        "Russia, China and Iran Join Security Council Talks" + ISSUER_STORY,
        "Russia, China and Iran Join Security Council Talks",
    ),
]


@pytest.mark.parametrize(("raw", "title"), ISSUER_LINES)
def test_an_ad_call_a_name_with_its_acronym_or_a_ministry_is_no_headline_titles19(raw, title):
    assert extract_page(raw).title == title


# titles19 (precision probe): a site's tagline naming who runs it, a pager's links and a
# report site's country tag over the heading are no headline; a report's heading that names
# its date after a colon and a comma is the headline, not a date line (it states no page
# date); a print button's "printer" after a date line leaves it a date line.
PROBE_STORY = (
    "\n\nMore than two million people have been displaced by the fighting since April, aid "
    "agencies said in their latest report.\n"
)
PROBE_PAGES = [
    (
        "Keeping aid workers informed around the clock — a service provided by UN OCHA\n"
        "Chad: Displacement Report No. 4" + PROBE_STORY,
        "Chad: Displacement Report No. 4",
        None,
    ),
    (
        "« Previous | Next »\n\nDisplaced families crowd camps near the border\n\n"
        "Children stand next to a burnt tent during clashes near the camp." + PROBE_STORY,
        "Displaced families crowd camps near the border",
        None,
    ),
    (
        "Chad + 3 more\n\nChad: Displacement Report No. 4\n\nAttachments" + PROBE_STORY,
        "Chad: Displacement Report No. 4",
        None,
    ),
    (
        "Chad: Humanitarian Snapshot, 3 March 2024 [EN/FR]" + PROBE_STORY,
        "Chad: Humanitarian Snapshot, 3 March 2024 [EN/FR]",
        None,
    ),
    (
        "Displaced families crowd camps near the border\n\n9th May, 2021 11:02:45 printer"
        + PROBE_STORY,
        "Displaced families crowd camps near the border",
        date(2021, 5, 9),
    ),
    (
        "Displaced families crowd camps near the border\n\nPosted by: Amina Yusuf, May 3, 2019"
        + PROBE_STORY,
        "Displaced families crowd camps near the border",
        None,
    ),
    (
        "Aid, a service run by volunteers, reaches camps near the border" + PROBE_STORY,
        "Aid, a service run by volunteers, reaches camps near the border",
        None,
    ),
]


@pytest.mark.parametrize(("raw", "title", "published"), PROBE_PAGES)
def test_taglines_pagers_tags_and_dated_report_headings_titles19(raw, title, published):
    e = extract_page(raw)
    assert (e.title, e.published) == (title, published)
