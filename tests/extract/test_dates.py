"""dates.py: written dates with a year, in the forms pages use."""

from datetime import date

import pytest

from app.extract.dates import DATE_ONLY, LEADING_DATE, NUMERIC_STAMP, first_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("June 1, 2015", date(2015, 6, 1)),
        ("05 Apr 2017", date(2017, 4, 5)),
        ("13/4/2018", date(2018, 4, 13)),
        ("2019-05-16", date(2019, 5, 16)),
        ("Oct 082017", date(2017, 10, 8)),  # FA-KES' Jordan Times glues day and year
        ("March 2nd, 2024", date(2024, 3, 2)),
        ("14, March 2011", date(2011, 3, 14)),  # a comma after the day (WordPress themes)
        ("3rd, June 2009", date(2009, 6, 3)),
        # Hyphens between day, month and year (titles7 round).
        ("14-Mar-2019", date(2019, 3, 14)),
        ("2-September-2021", date(2021, 9, 2)),
        ("14-Mar-19", None),  # a two-digit year is no year
        ("on Sunday, March 31", None),  # no year: no publication date
        ("in 2017", None),
        # review12: a year-first date with slashes or dots stands on its own ...
        ("2019/05/16 10:05", date(2019, 5, 16)),
        ("Updated 2019.05.16", date(2019, 5, 16)),
        # ... not inside a web address, a picture credit's path or a file name.
        ("https://example.com/2019/05/16/shelling-resumes", None),
        ("Photo: XYZ/2019/05/16", None),
        ("IMG_2019.05.16.jpg", None),
        # A hyphenated one is read as before.
        ("Posted 2019-05-16", date(2019, 5, 16)),
    ],
)
def test_first_date(text, expected):
    assert first_date(text) == expected


@pytest.mark.parametrize(
    ("line", "date_only"),
    [
        ("August 28, 1995 -- 2:30 p.m. EDT", True),
        ("October 31, 2016 / 1:17 PM", True),
        ("April 18, 2019 | 10:42 am", True),
        ("Last updated: 21 March, 2012", True),
        ("August 28, 1995 the shells fell", False),
    ],
)
def test_date_only_lines(line, date_only):
    assert bool(DATE_ONLY.match(line)) is date_only


def test_leading_last_updated_date_is_split_off():
    m = LEADING_DATE.match("Last updated at Apr 232017 An Israeli attack killed three")
    assert m is not None
    assert m.group("date").strip() == "Apr 232017"


@pytest.mark.parametrize(
    "line",
    [
        # Date-times with seconds, as Xinhua, Global Times and forum software print them.
        "2012-12-20 00:00:00",
        "2019-12-30 18:47:59",
        "March 4, 2016 11:22:44",
        "14 May 2013 | 09:05:12",
    ],
)
def test_date_only_lines_with_seconds(line):
    assert DATE_ONLY.match(line)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Month names of other languages, day first, as local sites print them under
        # English headlines (titles3 round).
        ("Kamis, 7 Maret 2024", date(2024, 3, 7)),
        ("28 Agustus 2019", date(2019, 8, 28)),
        ("Mis à jour le 2 juillet 2021", date(2021, 7, 2)),
        ("1er février 2016", date(2016, 2, 1)),
        ("Bamako, 11 de noviembre de 2022", date(2022, 11, 11)),
        ("15 Oktober 2020", date(2020, 10, 15)),
        # English month names still read as before.
        ("3 March 2024", date(2024, 3, 3)),
        # "Mai" as the start of a place name is no month without a year after it.
        ("Fighting reached Mai Aini on 3 Mai Kadra road", None),
        # titles11: Romanian, Italian, Portuguese and Dutch month names.
        ("14 iunie 2019", date(2019, 6, 14)),
        ("3 settembre 2015", date(2015, 9, 3)),
        ("5 de março de 2020", date(2020, 3, 5)),
        ("9 maart 2021", date(2021, 3, 9)),
        ("Luni, 2 decembrie 2013", date(2013, 12, 2)),
    ],
)
def test_foreign_month_names(text, expected):
    assert first_date(text) == expected


# Lead round (session 15, read from titles13's note on ar34 and FA-KES' "Mon Jul 11 2016 175
# Nusra ..." lines): a number after a leading date is the headline's first word, not a time
# without a colon, unless a zone, am/pm or "at" makes it one.
@pytest.mark.parametrize(
    ("line", "rest"),
    [
        ("Wed Mar 9 2016 120 Rebels Surrender in Homs Countryside", "120 Rebels Surrender"),
        ("2024-03-02 2023 ends with record displacement in Sudan", "2023 ends with record"),
        ("May 5, 2021 0930 GMT Troops enter the town", "Troops enter the town"),
        ("Apr 7, 2017 at 0914 Homs governor says", "Homs governor says"),
        ("May 5, 2021, 6:12 pm Shelling resumes", "Shelling resumes"),
    ],
)
def test_a_number_after_a_leading_date_is_no_time(line, rest):
    m = LEADING_DATE.match(line)
    assert m is not None and line[m.end() :].startswith(rest)


# titles14: commas some CMSs and forums put where others do not: after the month name
# ("January, 25, 2021", "Mar, 20 2005"), and before the year with no space ("April 09,2019").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("• February, 11, 2020 - 09:40", date(2020, 2, 11)),
        ("posted on Nov, 3 2006 @ 10:15 PM", date(2006, 11, 3)),
        ("Published August 07,2018", date(2018, 8, 7)),
        ("December 30,2009:", date(2009, 12, 30)),
        ("Sept, 4, 2013", date(2013, 9, 4)),
        # A count after a month is no day and year.
        ("In March, 2,000 families fled the valley", None),
        ("by May, 40 villages had emptied in 2015", None),
    ],
)
def test_titles14_commas_around_the_day(text, expected):
    assert first_date(text) == expected


# cities27: Radio Dabanga prints a spaced hyphen between the day and the year.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("July 14 - 2022", date(2022, 7, 14)),
        ("Nov 9 - 2019 EL FASHER", date(2019, 11, 9)),
        ("March 5 - 2000 people marched", None),  # a count after the dash is no year
        ("June 3 - 205", None),
    ],
)
def test_a_year_after_a_spaced_hyphen(text, expected):
    assert first_date(text) == expected


def test_a_spaced_hyphen_date_line_is_a_date_line():
    assert DATE_ONLY.match("August 21 - 2020")


# titles16: Arabic month names (Egyptian and Gulf forms, Levantine and Iraqi ones, with and
# without hamza) and weekday names, as Arab outlets print the date even on English pages.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("الخميس 3 آذار 2016", date(2016, 3, 3)),
        ("14 تشرين الأول 2017", date(2017, 10, 14)),
        ("2 كانون الثاني 2015", date(2015, 1, 2)),
        ("9 مايو 2020", date(2020, 5, 9)),
        ("السبت 21 ابريل 2018 الساعة 10:15 ص", date(2018, 4, 21)),
        ("30 أغسطس 2013", date(2013, 8, 30)),
        # A number before an Arabic word that is no month is no date.
        ("قتل 12 شخصا 2019", None),
    ],
)
def test_arabic_month_names_titles16(text, expected):
    assert first_date(text) == expected


# titles18: a numeric date stamp with its time on either side and nothing else.
@pytest.mark.parametrize(
    ("text", "stamp"),
    [
        ("04:08 2024/05/26", True),
        ("2023-11-07 18:42:10", True),
        ("17.03.2022 | 09:15", True),
        ("21:30, 12/10/2021", True),
        ("2024/05/26", False),  # no time: DATE_ONLY's
        ("04:08", False),
        ("12:00 14:30", False),
        ("14:05 12 March 2019", False),  # words: a date line read as before
        ("Score 2:1 on 12/10/2021", False),
    ],
)
def test_numeric_stamp_titles18(text, stamp):
    assert bool(NUMERIC_STAMP.match(text)) is stamp


# cities46: Joomla's article-info block prints its heading "Details" before the label
# ("Details Published on Monday, 01 November 2021 07:52"): one date line, so person finding
# never reads "Details Published" as a name. A sentence about details stays a sentence.
@pytest.mark.parametrize(
    ("line", "date_only"),
    [
        ("Details Published on Monday, 01 November 2021 07:52", True),
        ("Details Published on Wednesday, 10 November 2021", True),
        ("Details Published: 14 March 2019", True),
        ("Details Last Updated on 3 June 2020 10:15", True),
        # near misses: no label after the heading, or a sentence
        ("Details 14 March 2019", False),
        ("Details of the deal emerged on 14 March 2019", False),
        ("Details published in the report on 14 March 2019", False),
    ],
)
def test_joomla_details_heading_before_the_label_cities46(line, date_only):
    assert bool(DATE_ONLY.match(line)) is date_only


# cities49: WAFA's English site prints the day, the month's name and the year between
# slashes ("02/August/2022 09:22 AM"), after its breadcrumb ("Home Occupation"); mixed
# separators and a two-digit year are no date.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("02/August/2022 09:22 AM", date(2022, 8, 2)),
        ("Home Occupation 02/August/2022 09:22 AM", date(2022, 8, 2)),
        ("14/Mar/2023", date(2023, 3, 14)),
        ("Home Local 7/November/2019 11:40 PM", date(2019, 11, 7)),
        # near misses: mixed separators, a two-digit year
        ("14-March/2023", None),
        ("14/Mar/23", None),
    ],
)
def test_a_month_between_slashes_cities49(text, expected):
    assert first_date(text) == expected


def test_a_breadcrumb_and_a_slashed_date_are_no_headline_cities49():
    from app.extract import extract_page

    page = (
        "Home Occupation 02/August/2022 09:22 AM\n\n"
        "Settlers uproot olive trees near Salfit\n\n"
        "Settlers uproot olive trees near Salfit\n\n"
        "SALFIT, August 2, 2022 (WAFA) – Settlers uprooted dozens of olive trees in the village "
        "of Deir Istiya, west of Salfit, a local official said.\n\n"
        "The official said the trees belonged to a local farmer."
    )
    e = extract_page(page)
    assert (e.title, e.published) == ("Settlers uproot olive trees near Salfit", date(2022, 8, 2))
