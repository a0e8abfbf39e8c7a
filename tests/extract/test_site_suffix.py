"""site_suffix.py: a site's name after the headline is dropped; an attribution is kept."""

import pytest

from app.extract.site_suffix import strip_site_suffix


@pytest.mark.parametrize(
    ("line", "others", "expected"),
    [
        (
            "Haitian residents repel gang attack : NPR",
            set(),
            ("Haitian residents repel gang attack", "NPR"),
        ),
        (
            "Gaza death toll at 165 | Maan News Agency",
            set(),
            ("Gaza death toll at 165", "Maan News Agency"),
        ),
        ("Taliban take Kunduz | The Guardian", set(), ("Taliban take Kunduz", "The Guardian")),
        (
            "Libyan forces fight in Sirte – Metro US",
            set(),
            ("Libyan forces fight in Sirte", "Metro US"),
        ),
        ("Syrian army retakes town - Reuters", set(), ("Syrian army retakes town", "Reuters")),
        # After a dash, a name that is no outlet's stays, unless the page has the bare copy.
        (
            "Four killed in raid on Jenin – Health Ministry",
            set(),
            ("Four killed in raid on Jenin – Health Ministry", None),
        ),
        (
            "Haftar Forces Advance South Of Tripoli - Spokesman",
            set(),
            ("Haftar Forces Advance South Of Tripoli - Spokesman", None),
        ),
        (
            "Rebels shell the city – Kyiv Independent Live",
            {"Rebels shell the city"},
            ("Rebels shell the city", "Kyiv Independent Live"),
        ),
        # A headline's own colon is no suffix.
        (
            "Afghanistan: Blast kills two at Kabul funeral",
            set(),
            ("Afghanistan: Blast kills two at Kabul funeral", None),
        ),
    ],
)
def test_strip_site_suffix(line, others, expected):
    assert strip_site_suffix(line, others) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # A double colon or a guillemet sets a site name apart, as a bar does.
        (
            "Gunmen kill 12 at market in Borno :: WRAL.com",
            ("Gunmen kill 12 at market in Borno", "WRAL.com"),
        ),
        (
            "Troops retake airport after week of fighting :: Daily Sabah",
            ("Troops retake airport after week of fighting", "Daily Sabah"),
        ),
        (
            "Ceasefire collapses in Tripoli suburbs » Libya Observer",
            ("Ceasefire collapses in Tripoli suburbs", "Libya Observer"),
        ),
        (
            "Four killed as shells hit Donetsk market » KyivPost",
            ("Four killed as shells hit Donetsk market", "KyivPost"),
        ),
        # A section's name between the headline and the site goes too.
        (
            "Drone strike hits fuel depot in Sevastopol | World news | The Guardian",
            ("Drone strike hits fuel depot in Sevastopol", "The Guardian"),
        ),
        (
            "Army says it has retaken El Fasher airport | Sudan war News | Al Jazeera",
            ("Army says it has retaken El Fasher airport", "Al Jazeera"),
        ),
    ],
)
def test_more_suffix_marks(line, expected):
    assert strip_site_suffix(line, set()) == expected


# titles14: a blog post titled with the browser title of the page it copies keeps that
# page's site name, which may hold an exclamation mark or end with the story's date tag.
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Gunmen kill two guards at border post - Yahoo! News",
            ("Gunmen kill two guards at border post", "Yahoo! News"),
        ),
        (
            "Army takes hill near the pass: Commander - Daily News- 2011/04/02",
            ("Army takes hill near the pass: Commander", "Daily News"),
        ),
        (
            "Army takes hill near the pass - The Island Online - 2011/04/02",
            ("Army takes hill near the pass", "The Island Online"),
        ),
        # A date tag alone, or after a name that is no outlet's, stays.
        (
            "Army takes hill near the pass - 2011/04/02",
            ("Army takes hill near the pass - 2011/04/02", None),
        ),
        (
            "Two shot at checkpoint – Health Ministry - 2011/04/02",
            ("Two shot at checkpoint – Health Ministry - 2011/04/02", None),
        ),
        ("Rebels vow to fight on - Yahoo!", ("Rebels vow to fight on - Yahoo!", None)),
    ],
)
def test_titles14_a_copied_browser_title_keeps_its_site_name(line, expected):
    assert strip_site_suffix(line, set()) == expected
