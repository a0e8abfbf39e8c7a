"""Date and source filters, the histogram, countries, people and city pages, the map."""

import pytest
from bs4 import BeautifulSoup

from tests.conftest import COALITION_PARIS, KERRY_MEASURES


def soup_of(client, url: str, status: int = 200) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == status, response.text
    return BeautifulSoup(response.text, "html.parser")


def ids_on(soup: BeautifulSoup) -> set[int]:
    return {int(a["href"].rsplit("/", 1)[1]) for a in soup.select("ol.results li.result h3 a")}


def test_date_range_keeps_only_dated_articles_inside_it(client, seed_ids):
    # Only the coalition page states a date: June 1, 2015.
    assert ids_on(soup_of(client, "/search?from=2015-06-01&to=2015-06-01")) == {
        seed_ids[COALITION_PARIS]
    }
    assert ids_on(soup_of(client, "/search?from=2015&to=2015")) == {seed_ids[COALITION_PARIS]}
    assert ids_on(soup_of(client, "/search?from=2015-06")) == {seed_ids[COALITION_PARIS]}
    assert ids_on(soup_of(client, "/search?to=2015-05")) == set()
    assert ids_on(soup_of(client, "/search?from=2015-06-02")) == set()


@pytest.mark.parametrize(
    ("url", "status", "message"),
    [
        ("/search?from=2016-01-01&to=2015-01-01", 400, "from=2016-01-01 is after to=2015-01-01"),
        ("/search?from=garbage", 400, "from='garbage' is not a date"),
        ("/search?to=2015-02-30", 400, "to='2015-02-30' is not a date"),
        ("/search?source=Nowhere+Gazette", 404, "no source 'Nowhere Gazette'"),
        ("/search?country=atlantis", 404, "no country 'atlantis'"),
        ("/search?sort=popular", 400, "Unknown sort 'popular'"),
        ("/people?sort=age", 400, "Unknown sort 'age'"),
        ("/people/nobody-at-all", 404, "no person 'nobody-at-all'"),
        ("/cities/atlantis", 404, "no city 'atlantis'"),
    ],
)
def test_bad_values_of_the_new_parameters(client, url, status, message):
    soup = soup_of(client, url, status)
    assert message in soup.select_one(".notice").text


def test_source_and_country_facets_filter(client, seed_ids):
    soup = soup_of(client, "/search?q=Mosul")
    sources = {a.text.strip(): a["href"] for a in soup.select("#facet-source ~ ul a")}
    assert sources["Reuters"] == "/search?q=Mosul&source=Reuters"
    assert ids_on(soup_of(client, sources["Reuters"])) == {seed_ids[KERRY_MEASURES]}
    countries = {a["data-slug"]: a["href"] for a in soup.select("#facet-country ~ ul a")}
    # Kerry's page names Nice, France and Manila, Philippines; Carter's Paris page Nice.
    assert countries["philippines"] == "/search?q=Mosul&country=philippines"
    assert ids_on(soup_of(client, countries["philippines"])) == {seed_ids[KERRY_MEASURES]}


def test_histogram_bar_narrows_the_date_range(client, seed_ids):
    soup = soup_of(client, "/search?city=paris")
    bars = soup.select("figure.histogram svg a")
    assert len(bars) == 1  # one dated article: one month
    assert bars[0]["href"] == "/search?city=paris&from=2015-06-01&to=2015-06-30"
    assert "3 undated" in soup.select_one("figure.histogram figcaption").text


def test_did_you_mean_offers_a_correction_that_finds_more(client):
    soup = soup_of(client, "/search?q=Mosol")
    suggestion = soup.select_one(".suggestion a")
    # In the reader's case (issue 12: "Mosol -> Mosul").
    assert suggestion.text == "Mosul"
    assert suggestion["href"] == "/search?q=Mosul"


def test_map_shows_the_cities_of_the_matches_as_links(client):
    soup = soup_of(client, "/search?person=ash-carter")
    markers = {a["aria-label"]: a["href"] for a in soup.select(".map svg a.marker")}
    assert markers["Mosul: 2 articles"] == "/search?person=ash-carter&city=mosul"
    assert markers["Abu Dhabi: 1 article"] == "/search?person=ash-carter&city=abu-dhabi"
    assert soup.select_one(".map svg image")["href"] == "/static/world-land.svg"


def test_people_list_filters_and_sorts(client):
    soup = soup_of(client, "/people?q=carter")
    assert [a.text for a in soup.select("table.entity-list tbody a")] == ["Ash Carter"]
    by_name = soup_of(client, "/people?sort=name")
    names = [a.text for a in by_name.select("table.entity-list tbody a")]
    assert names == sorted(names, key=str.casefold)


def test_person_page_lists_articles_and_co_mentions(client, seed_ids):
    soup = soup_of(client, "/people/john-kerry")
    assert soup.h1.text == "John Kerry"
    assert ids_on(soup) == {seed_ids[COALITION_PARIS], seed_ids[KERRY_MEASURES]}
    co = {a.text: a["href"] for a in soup.select("section[aria-labelledby=co-persons] a")}
    assert co["Haider al-Abadi"] == "/search?person=john-kerry&person=haider-al-abadi"
    cities = {a.text: a["href"] for a in soup.select("section[aria-labelledby=co-cities] a")}
    assert cities["Fallujah"] == "/search?person=john-kerry&city=fallujah"


def test_city_page_shows_country_and_location(client):
    soup = soup_of(client, "/cities/mosul")
    assert "Mosul" in soup.h1.text and "Iraq" in soup.h1.text
    circle = soup.select_one("section[aria-labelledby=location-heading] circle")
    # Mosul is at about 36.3 N, 43.1 E: x = 43.1 + 180, y = 90 - 36.3.
    assert abs(float(circle["cx"]) - 223.1) < 0.2 and abs(float(circle["cy"]) - 53.7) < 0.2


def test_article_page_lists_related_articles(client, seed_ids):
    soup = soup_of(client, f"/articles/{seed_ids[KERRY_MEASURES]}")
    related = ids_on(soup)  # the related list reuses the result items
    assert related and seed_ids[KERRY_MEASURES] not in related
