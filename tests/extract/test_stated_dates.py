"""stated_dates.py: lines that state the page's own date, and the lines that only look so."""

from datetime import date

import pytest

from app.extract.stated_dates import (
    HEADER,
    PLAIN,
    POSTED,
    PUBLISHED,
    UPDATED,
    DateLine,
    date_line,
    is_date_or_age_line,
)


@pytest.mark.parametrize(
    ("line", "published", "label"),
    [
        ("August 28, 1995 -- 2:30 p.m. EDT", date(1995, 8, 28), PLAIN),
        ("October 31, 2016 / 1:17 PM / 10 months ago", date(2016, 10, 31), PLAIN),
        ("• Friday, June 7, 2019 3:25pm", date(2019, 6, 7), PLAIN),
        ("/ 26 January 2009", date(2009, 1, 26), PLAIN),
        ("Africa News of Saturday, 2 March 2024", date(2024, 3, 2), PLAIN),
        ("Wednesday, October 9, 2024", date(2024, 10, 9), PLAIN),
        ("September 27, 2020 - 09:04 AMT", date(2020, 9, 27), PLAIN),
        ("2 March 2024 | 3 min read", date(2024, 3, 2), PLAIN),
        ("2024-03-12T14:05:00Z", date(2024, 3, 12), PLAIN),
        ("07, September 2015", date(2015, 9, 7), PLAIN),  # a comma after the day
        # A CMS's hit counter after the date.
        ("Published: 4 June 2013 Hits: 1,093", date(2013, 6, 4), PUBLISHED),
        ("Category: Asia Published on Sunday, 2 May 2010 Views: 88", date(2010, 5, 2), PUBLISHED),
        # A theme's category trail after the date.
        ("October 4, 2016 » Latest » / /", date(2016, 10, 4), PLAIN),
        (
            "Article published on the 2008-08-17 Latest update 2008-08-17 14:39 TU",
            date(2008, 8, 17),
            PUBLISHED,
        ),
        ("Published on Aug 20, 2014 4:59 PM", date(2014, 8, 20), PUBLISHED),
        ("Date: Thursday, 19 September 2024", date(2024, 9, 19), PUBLISHED),
        ("Issued on: 02/10/2019 - 18:47", date(2019, 10, 2), PUBLISHED),
        ("Last updated: 21 March, 2012", date(2012, 3, 21), UPDATED),
        ("Last updated at Oct 082017", date(2017, 10, 8), UPDATED),
        (
            "Updated: January 27, 2009, 12:33 AM IST facebook Twitter google skype whatsapp",
            date(2009, 1, 27),
            UPDATED,
        ),
        ("Updated 10:05 AM EDT, Tue August 15, 2006", date(2006, 8, 15), UPDATED),
        ("Last Modified: March 2, 2024", date(2024, 3, 2), UPDATED),
        ("Posted by Adriaan Alsema on Feb 9, 2009 Leave a comment", date(2009, 2, 9), POSTED),
        ("Posted on Wednesday, 6 April 2022 10:27", date(2022, 4, 6), POSTED),
        ("Posted at Oct 05 2017 11:23 AM", date(2017, 10, 5), POSTED),
        ("March 2, 20245:45 PM GMTUpdated 2 days ago", date(2024, 3, 2), PLAIN),
        # Lead round (session 15): the zone's offset glued before "Updated" too.
        ("March 3, 20241:45 PM GMT+0Updated 2 hours ago", date(2024, 3, 3), PLAIN),
        (
            "AFP | Reuters Published March 2, 2024 Updated March 2, 2024 02:05pm",
            date(2024, 3, 2),
            PUBLISHED,
        ),
        (
            "TOI World Desk / TIMESOFINDIA.COM / Updated: Mar 2, 2024, 14:05 IST",
            date(2024, 3, 2),
            UPDATED,
        ),
        ("Sat 2 Mar 2024 14.05 GMT", date(2024, 3, 2), PLAIN),
        ("Last Updated: 02 Mar 2024, 08:39:12 AM IST", date(2024, 3, 2), UPDATED),
        (
            "Page last updated at 18:32 GMT, Sunday, 30 March 2008 19:32 UK",
            date(2008, 3, 30),
            UPDATED,
        ),
        ("Updated at 12:20 PM on June 28, 1999", date(1999, 6, 28), UPDATED),
        # A place, the date with hyphens, a French hour and a view counter (titles7 round).
        ("Goma - 14-Mar-2019 - 09h45   2041", date(2019, 3, 14), PLAIN),
        ("3 mars 2021 - 18h30", date(2021, 3, 3), PLAIN),
        # An "Updated" date before the date the page was first put up on: that one.
        (
            "Reuters | Kabul | Updated: 21-08-2021 09:14 IST | Created: 20-08-2021 18:02 IST",
            date(2021, 8, 20),
            PUBLISHED,
        ),
        ("Updated June 4, 2022, Published June 2, 2022", date(2022, 6, 2), PUBLISHED),
    ],
)
def test_date_lines(line, published, label):
    assert date_line(line) is not None
    assert (date_line(line).published, date_line(line).label) == (published, label)


@pytest.mark.parametrize(
    "line",
    [
        # Sentences and captions that contain a date are not date lines.
        "Killed on 3 May 2020",
        "Killed at 10:05 on 3 May 2020",
        "The rebels were last updated on 3 May 2020 about the talks",
        "The aftermath of an attack against Mykolaivka on Feb. 14, 2024. (Governor/Telegram)",
        "Firefighters work at the site of a strike in Kharkiv on Thursday, April 4, 2024.",
        "Fighting has continued since January 3, 2024 in the north",
        "May 3, 2020 and more to come",
        # A date without a year is no publication date.
        "Sunday, March 31",
        # An outlet's founding date in its masthead dates no page.
        "Fresno, California  Est. March 2, 1921",
        "Fresno, California Established March 2, 1921",
    ],
)
def test_not_date_lines(line):
    assert date_line(line) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("10 months ago", True),
        ("Updated 2 hours ago", True),
        # a time stamp with no date: no headline
        ("Last updated: 12:30 AM", True),
        ("Published 09:41 GMT", True),
        ("August 28, 1995 -- 2:30 p.m. EDT", True),
        ("Army retakes town near Khartoum", False),
        ("Six killed 10 days ago in Kabul blast", False),
    ],
)
def test_date_or_age_lines_are_never_headlines(line, expected):
    assert is_date_or_age_line(line) is expected


@pytest.mark.parametrize(
    ("line", "published"),
    [
        # A newspaper archive's issue line: the date, a weekday and the edition.
        ("April 30, 1995, Sunday, ALL EDITIONS", date(1995, 4, 30)),
        ("March 3, 2004 Wednesday Final Edition", date(2004, 3, 3)),
        ("June 12, 2000, Monday, Late Edition", date(2000, 6, 12)),
        ("November 9, 1989, Thursday", date(1989, 11, 9)),
        # A text-size widget after the byline's date.
        ("Xinhua, May 2, 2016 Adjust font size:", date(2016, 5, 2)),
        ("AFP, 14 October 2013 Text size", date(2013, 10, 14)),
    ],
)
def test_date_lines_with_weekday_edition_or_widget(line, published):
    stated = date_line(line)
    assert stated is not None and stated.published == published


@pytest.mark.parametrize(
    "line",
    [
        # A sentence naming a weekday or an edition after a date still states no page date.
        "Fighting resumed after March 3, 2004 and on Sunday",
        "Killed on April 30, 1995, Sunday, in the village",
        "The paper's June 12, 2000 edition was seized by police",
    ],
)
def test_sentences_with_weekdays_are_not_date_lines(line):
    assert date_line(line) is None


@pytest.mark.parametrize(
    ("line", "published"),
    [
        # Xinhua's source, date-time and editor line.
        ("Source: Xinhua| 2021-03-14 10:05:31|Editor: Liu Jing", date(2021, 3, 14)),
        ("Source: Xinhua | 2017-06-02 22:14:09 | Editor: Zhang Wei", date(2017, 6, 2)),
        ("2015-08-21 11:30:00 Editor: Mu Xuequan", date(2015, 8, 21)),
        ("June 3, 2012 | Edited by Sarah Khan", date(2012, 6, 3)),
    ],
)
def test_date_lines_with_an_editor_credit(line, published):
    stated = date_line(line)
    assert stated is not None and stated.published == published


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # A stamp without a year but with a time is a date line too: never a headline.
        ("Apr 25, 1:24 PM EDT", True),
        ("Sunday, 3 May at 10:05", True),
        ("Updated: June 4, 10:42 am", True),
        ("Mar. 9 18:30", True),
        ("Rebels seize town on June 4", False),
        ("Five killed on May 25 at 10:42 in blast", False),
    ],
)
def test_yearless_stamps_are_never_headlines(line, expected):
    assert is_date_or_age_line(line) is expected


@pytest.mark.parametrize(
    ("line", "published", "label"),
    [
        # A "Publish date" label glued to the weekday (titles3 round).
        ("Publish dateMonday 6 March 2023 - 09:12", date(2023, 3, 6), PUBLISHED),
        ("Publish date: 2 May 2021", date(2021, 5, 2), PUBLISHED),
        # An archive's notice of the article's date above the headline.
        ("This Article is From Mar 11, 2016", date(2016, 3, 11), PUBLISHED),
        ("This story was published on 4 June 2019", date(2019, 6, 4), PUBLISHED),
        # A byline or source after the date on its line.
        ("9 October 2018, by Al Jazeera", date(2018, 10, 9), PLAIN),
        ("March 14, 1991|By Jane R. Doe, Staff Writer.", date(1991, 3, 14), PLAIN),
        ("May 3, 1987|Associated Press.", date(1987, 5, 3), PLAIN),
        ("Last Update: 2022-11-05 14:30:11- Source: Kurdistan Daily", date(2022, 11, 5), UPDATED),
        # A date line in another language's month name.
        ("22 Januari 2024", date(2024, 1, 22), PLAIN),
    ],
)
def test_date_lines_titles3(line, published, label):
    stated = date_line(line)
    assert stated is not None
    assert (stated.published, stated.label) == (published, label)


@pytest.mark.parametrize(
    "line",
    [
        # After a comma a place is no byline: the date belongs to a sentence or a dateline.
        "March 14, 1991, Kabul",
        "killed on 9 October 2018, by gunmen on motorbikes",
        "On 9 October 2018, by order of the governor",
    ],
)
def test_dates_with_other_tails_are_not_date_lines(line):
    assert date_line(line) is None


@pytest.mark.parametrize(
    ("line", "published", "label"),
    [
        # A word in another script between the date and the time ("at the hour").
        ("English - Sunday 3 March 2024 الساعة 09:15 pm", date(2024, 3, 3), PLAIN),
        # A byline in lower case before the date, with a reading time after it.
        ("by Olena Kovalenko June 2, 2024 9:40 AM 3 min read", date(2024, 6, 2), POSTED),
        # "today" and "(updated)" in the label.
        ("Published today (updated) 05/07/2019 11:20", date(2019, 7, 5), PUBLISHED),
        # A dateline's place after the stamp's time.
        ("May 6, 2022 10:12 am | Updated 10:30 am IST - Jenin camp", date(2022, 5, 6), PLAIN),
    ],
)
def test_date_lines_titles4(line, published, label):
    stated = date_line(line)
    assert stated is not None
    assert (stated.published, stated.label) == (published, label)


@pytest.mark.parametrize(
    ("line", "published"),
    [
        # A site header's place and weekday before the date, the weekday glued on or not.
        ("x Doha, QatarWednesday 14 March 2019", date(2019, 3, 14)),
        ("x Nairobi, Kenya Friday, 2 June 2023", date(2023, 6, 2)),
    ],
)
def test_site_header_lines(line, published):
    assert date_line(line) == DateLine(published, HEADER)


@pytest.mark.parametrize(
    "line",
    [
        # A sentence after the dash is no place: the line holds more than a date.
        "May 6, 2022 10:12 am - Troops raided the camp before dawn on Friday",
        "by Olena Kovalenko and the rest of the team who stayed on June 2, 2024",
    ],
)
def test_date_lines_titles4_refusals(line):
    assert date_line(line) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # A header's place and today's date glued by the page's flattening.
        ("x Kampala, UgandaFriday 9 February 2024", True),
        ("Menu Nairobi, KenyaMonday 4 March 2019", True),
        # A yearless stamp followed by a dateline in capitals.
        ("March 03, 7:15 UTC+3 KAZAN", True),
        # A headline holding a date with a space before it stays a headline.
        ("Rebels killed 12 in Tuesday 23 January 2018 raid", False),
        ("Kenya marks Tuesday 23 January 2018 as a day of mourning", False),
    ],
)
def test_glued_headers_and_stamps_are_never_headlines(line, expected):
    assert is_date_or_age_line(line) is expected


@pytest.mark.parametrize(
    "line",
    [
        # A wire dateline names no weekday; a sentence with a place and a weekday is no line.
        "Troops entered Mosul, Iraq Friday 2 June 2023 after a long siege",
        "KABUL, Afghanistan, June 2, 2023",
    ],
)
def test_place_lines_that_are_not_site_headers(line):
    stated = date_line(line)
    assert stated is None or stated.label != HEADER


@pytest.mark.parametrize(
    ("line", "published"),
    [
        # Comment, print and e-mail widgets glued before the source and its date.
        ("3 Comment(s)Print E-mail AFP, March 4, 2012", date(2012, 3, 4)),
        ("Print Email Share Xinhua, 9 May 2015", date(2015, 5, 9)),
        ("0 comments Reuters, June 2, 2010", date(2010, 6, 2)),
        # A sentence about sharing with a date in it stays no date line.
        ("Share the convoy's route before June 2, 2010", None),
        ("Emailed threats began on June 2, 2010", None),
    ],
)
def test_widgets_before_a_date_lines_source(line, published):
    got = date_line(line)
    assert (got.published if got else None) == published


@pytest.mark.parametrize(
    ("line", "published"),
    [
        # The place and the agency between bars after the date.
        ("Updated On: 4 March, 2008 10:15 AM IST | Hilltown | Agencies", date(2008, 3, 4)),
        ("Published: Jun 9, 2019 | Port Town | PTI", date(2019, 6, 9)),
        ("June 9, 2019 | Port Town | Staff Reporter", date(2019, 6, 9)),
        # An event date before bars is still no date line, nor a headline between bars.
        ("shelled on June 9, 2019 | Port Town | PTI", None),
        ("June 9, 2019 | Troops Retake The Hill Town | Reuters", None),
    ],
)
def test_place_and_agency_between_bars_after_the_date(line, published):
    got = date_line(line)
    assert (got.published if got else None) == published


@pytest.mark.parametrize(
    ("line", "published"),
    [
        # titles11: a whole date line in brackets, after the outlet's name.
        ("[Hill Times, Monday, 04 March 2002, 18:30 GMT]", date(2002, 3, 4)),
        # A relative age between the label and the date.
        ("Published 3 years ago on June 9, 2019", date(2019, 6, 9)),
        ("Posted 2 months ago on 9 June 2019", date(2019, 6, 9)),
        # Comment and view counters glued after the date.
        ("June 9, 2019 4:10 pm·3 commentsViews:", date(2019, 6, 9)),
        # A lower-case byline naming several agencies between commas.
        ("by BBC, Reuters and AFP, June 9, 2019", date(2019, 6, 9)),
        # A sentence in brackets or with an age and an event date stays no date line.
        ("[Shelled on June 9, 2019 near the port]", None),
        ("Fighting began 3 years ago on June 9, 2019", None),
        # titles11: a byline with a forum's user name in lower case.
        ("by kmx Tuesday, Mar. 2, 2004 at 9:15 AM", date(2004, 3, 2)),
        ("by admin June 9, 2019", date(2019, 6, 9)),
        # Words after "by" are no user name.
        ("by militants on June 9, 2019", None),
        # review12: nor is a word of time (a deadline wrapped onto a line of its own).
        ("by midnight June 9, 2019", None),
        ("by noon June 9, 2019", None),
        # titles11: the source after the date, read as an outlet.
        ("29 July 2015 XYZ Online", date(2015, 7, 29)),
        ("29 July 2015 AFP", date(2015, 7, 29)),
        ("29 July 2015 Staff Reporter", date(2015, 7, 29)),
        # A place after the date is no outlet; nor are words of a sentence.
        ("29 July 2015 Kabul", None),
        ("29 July 2015 Fighting resumed in the north", None),
        ("29 July 2015 US Troops Withdraw", None),
        # review12: an acronym and one more word is a timeline's or a related link's headline.
        ("7 April 2017 US Strikes", None),
        ("16 May 2019 UN Envoy", None),
        # A print edition's issue line.
        ("Vol. 9 No. 211 Mon. March 03, 2008", date(2008, 3, 3)),
        ("Volume 12, Issue 4 March 3, 2008", date(2008, 3, 3)),
        # titles11: year-first dates with slashes or dots, as East Asian sites print them.
        ("2008/03/04 10:05", date(2008, 3, 4)),
        ("2008.03.04", date(2008, 3, 4)),
        # A byline after the date, after "by".
        ("Published on 4 March 2008 by Staff Writer", date(2008, 3, 4)),
        # "Written by NAME on", "Filed by NAME on".
        ("Written by Ada Obi on 4 March 2008", date(2008, 3, 4)),
        # A post's category after its labelled date.
        ("Posted by Ada Obi on March 4, 2008 in World News", date(2008, 3, 4)),
        # A wire agency after the date.
        ("4 March 2008 Reuters", date(2008, 3, 4)),
        # "Modified date:".
        ("Modified date: March 4, 2008", date(2008, 3, 4)),
        # Sentences stay no date lines.
        ("March 4, 2008 in Kabul", None),
        ("4 March 2008 by militants", None),
        ("Fighting began March 4, 2008 in World News", None),
    ],
)
def test_date_lines_of_the_titles11_round(line, published):
    got = date_line(line)
    assert (got.published if got else None) == published


# titles15: a date line's label the reader did not know: the bare verb "publish:", and a
# CMS's field labels in the site's own script, before the date ("التاريخ :", "Date:") or
# bar-separated after it ("| 发布者: NAME| 查看: 12", poster and views).
@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("• publish: 4 March 2008", date(2008, 3, 4)),
        ("publish: March 4, 2008", date(2008, 3, 4)),
        ("التاريخ : 04/03/2008", date(2008, 3, 4)),
        ("تاريخ النشر: 04/03/2008", date(2008, 3, 4)),
        ("2008-03-04 10:05| 发布者: admin| 查看: 12| 评论: 0", date(2008, 3, 4)),
        ("2008-03-04| 来源: Xinhua", date(2008, 3, 4)),
        # Sentences and Latin-script tails stay no date lines.
        ("publish the list by 4 March 2008", None),
        ("قتل خمسة في 04/03/2008", None),
        ("2008-03-04 10:05| Troops retake the town", None),
        ("2008-03-04 10:05| 发布者: admin| Troops retake the town", None),
    ],
)
def test_date_lines_with_foreign_labels_titles15(line, published):
    got = date_line(line)
    assert (got.published if got else None) == published


# persons19: a wire dateline before the date, as the SpaceWar sites print it under the
# headline, dates the story; a sentence with a date does not.
@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Niamey, Mar 3 (AFP) Mar 03, 2021", date(2021, 3, 3)),
        ("Goma, DR Congo (AFP) Jan 26, 2025", date(2025, 1, 26)),
        ("Juba (AFP) Jul 9, 2011", date(2011, 7, 9)),
    ],
)
def test_agency_datelines_date_the_story(line, published):
    assert date_line(line) == DateLine(published, PLAIN)


def test_a_sentence_citing_an_agency_is_no_date_line():
    assert date_line("Rebels said (AFP) they took the town on Mar 03, 2021") is None


# titles16: a date line in Arabic under an English page's language link, and a news site's
# read counter after the date.
@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("English - الخميس 3 آذار 2016 الساعة 08:10 م", date(2016, 3, 3)),
        ("English - Saturday 9 May 2020 الساعة 10:15 am", date(2020, 5, 9)),
        ("  4 June 2019    Read: 1,204", date(2019, 6, 4)),
        ("4 June 2019 | Read: 88", date(2019, 6, 4)),
        # A link to read more after the date is no counter.
        ("4 June 2019 Read the full report", None),
    ],
)
def test_arabic_dates_and_read_counters_titles16(line, published):
    got = date_line(line)
    assert (got.published if got else None) == published


# titles16: a date stamp with a two-digit year, day first, with its time right after it.
@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("14.03.19 09:40", date(2019, 3, 14)),
        ("Border Post, Lankaran / 2 Jun.'09 / 17:05", date(2009, 6, 2)),
        ("11/07/98 21:30", date(1998, 7, 11)),
        # Without its time a short date is no stamp (a version, a score, a reference).
        ("14.03.19", None),
        ("Ref. 14.03.19 on the border talks", None),
    ],
)
def test_two_digit_year_stamps_titles16(line, published):
    got = date_line(line)
    assert (got.published if got else None) == published


# titles16: the print page a newspaper's archive gives after the date is noise.
@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Monday, March 4, 2002; Page A12", date(2002, 3, 4)),
        ("Mon, Mar 4, 2002 - Page 3", date(2002, 3, 4)),
        # Words after the page stay words.
        ("March 4, 2002 Page 3 shows the burned market", None),
    ],
)
def test_print_page_after_the_date_titles16(line, published):
    got = date_line(line)
    assert (got.published if got else None) == published


# titles17: the "Published"/"Updated" labels in other languages, as sites print them on their
# own and on their English pages; a second labelled date and a section after a slash may
# follow. A label before a sentence, or a year alone, is no date line.
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Publié le 4 juin 2019", DateLine(date(2019, 6, 4), "published")),
        ("Publicado el 12 de marzo de 2021", DateLine(date(2021, 3, 12), "published")),
        ("Pubblicato il 12 marzo 2021", DateLine(date(2021, 3, 12), "published")),
        ("Diterbitkan 5 Mei 2021", DateLine(date(2021, 5, 5), "published")),
        (
            "Ekleme: 12.03.2021 09:15:02 / Güncelleme: 12.03.2021 09:15:02 / World News",
            DateLine(date(2021, 3, 12), "published"),
        ),
        ("Mis à jour le 5 juin 2019 10:05", DateLine(date(2019, 6, 5), "updated")),
        ("Publicado en 2019", None),
        ("Ekleme 12 March 2021 Gunmen attacked the village", None),
    ],
)
def test_date_labels_in_other_languages_titles17(line, expected):
    assert date_line(line) == expected


# cities44: the Tribune papers' archive line (Chicago Tribune, Baltimore Sun, LA Times, Sun
# Sentinel): the bar glued to the date, "By", the writer, then his desk after a comma or a
# bar. Not a bar with spaces before a sentence, nor "By" opening no name.
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "March 4, 2007|By Helen Marsh, Tribune staff reporter. Wire services contributed.",
            date(2007, 3, 4),
        ),
        ("July 21, 1999|By Tom Reyes | Tom Reyes,SUN FOREIGN STAFF", date(1999, 7, 21)),
        ("May 9, 2004|By David Lowe, Times staff writer", date(2004, 5, 9)),
        ("January 15, 2002|By Ana Ruiz and Paul Kent, Tribune staff reporters", date(2002, 1, 15)),
        ("May 3, 2004|By the way, the war is over", None),
        ("May 3, 2004 | By Sarah Lee, staff writer, who said the war was lost", None),
        ("January 5, 2010|Byline missing from the archive", None),
    ],
)
def test_tribune_archive_date_and_byline_line(line, expected):
    found = date_line(line)
    assert (found.published if found else None) == expected


# titles19: a report's heading naming its date after a colon and a comma is no date line; a
# print button's "printer" after a date leaves it one; a label before the colon is no heading.
@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Chad: Humanitarian Snapshot, 3 March 2024 [EN/FR]", None),
        ("Yemen: Situation Report, 12 June 2022", None),
        ("Gaza: Flash Appeal Update, June 3, 2024", None),
        ("9th May, 2021 11:02:45 printer", date(2021, 5, 9)),
        ("Africa News of Saturday, 2 March 2024", date(2024, 3, 2)),
    ],
)
def test_dated_report_headings_and_print_buttons_titles19(line, published):
    stated = date_line(line)
    assert (stated.published if stated else None) == published
