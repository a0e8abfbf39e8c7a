"""The search page over HTTP: results, facets that add filters, removable filters, sorting,
pagination and bookmarkable URLs. HTML is read with selectors."""

from bs4 import BeautifulSoup

from tests.conftest import CARTER_PARIS, CARTER_REVENGE, COALITION_PARIS, KERRY_MEASURES


def page(client, url: str) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200, response.text
    return BeautifulSoup(response.text, "html.parser")


def result_ids(soup: BeautifulSoup) -> list[int]:
    return [int(a["href"].rsplit("/", 1)[1]) for a in soup.select("ol.results li.result h3 a")]


def facet_links(soup: BeautifulSoup, heading_id: str) -> dict[str, tuple[str, int]]:
    section = soup.select_one(f"section[aria-labelledby={heading_id}]")
    return {
        li.a["data-slug"]: (li.a["href"], int(li.select_one(".count").text.replace(",", "")))
        for li in section.select("li")
    }


def test_front_page_shows_the_search_box_and_top_entities(client):
    soup = page(client, "/")
    assert soup.select_one("form[role=search] input[name=q]") is not None
    assert soup.select_one("label[for=q]") is not None
    people = [a.text for a in soup.select("section[aria-labelledby=top-persons] a")]
    cities = [a.text for a in soup.select("section[aria-labelledby=top-cities] a")]
    assert "Ash Carter" in people and "John Kerry" in people
    assert "Paris" in cities and "Mosul" in cities
    assert "4 articles" in soup.select_one("main p").text


def test_search_lists_results_with_title_source_date_and_snippet(client, seed_ids):
    soup = page(client, "/search?q=Mosul")
    assert set(result_ids(soup)) == {
        seed_ids[CARTER_PARIS],
        seed_ids[CARTER_REVENGE],
        seed_ids[KERRY_MEASURES],
    }
    assert "1–3 of 3 articles" in soup.select_one("#result-summary").text
    reuters = soup.select_one(f'a[href="/articles/{seed_ids[KERRY_MEASURES]}"]').find_parent("li")
    assert reuters.select_one(".source").text == "Reuters"
    assert reuters.select_one("mark").text == "Mosul"


def test_facet_links_add_a_filter_and_keep_the_query(client, seed_ids):
    soup = page(client, "/search?q=Mosul")
    persons = facet_links(soup, "facet-person")
    href, count = persons["ash-carter"]
    assert href == "/search?q=Mosul&person=ash-carter"
    assert count == 2
    filtered = page(client, href)
    assert set(result_ids(filtered)) == {seed_ids[CARTER_PARIS], seed_ids[CARTER_REVENGE]}
    cities = facet_links(filtered, "facet-city")
    nice_href, nice_count = cities["nice"]
    assert nice_href == "/search?q=Mosul&person=ash-carter&city=nice"
    assert nice_count == 1
    both = page(client, nice_href)
    assert result_ids(both) == [seed_ids[CARTER_PARIS]]
    chips = {li.text.split(":")[0].strip(): li.a["href"] for li in both.select("ul.filters li")}
    assert chips == {
        "person": "/search?q=Mosul&city=nice",
        "city": "/search?q=Mosul&person=ash-carter",
    }


def test_selected_facet_links_remove_their_filter(client):
    soup = page(client, "/search?person=john-kerry")
    href, count = facet_links(soup, "facet-person")["john-kerry"]
    assert href == "/search" and count == 2
    selected = soup.select_one("section[aria-labelledby=facet-person] li.selected a")
    assert selected["data-slug"] == "john-kerry"


def test_filters_alone_list_every_matching_article(client, seed_ids):
    soup = page(client, "/search?city=fallujah")
    assert set(result_ids(soup)) == {seed_ids[COALITION_PARIS], seed_ids[KERRY_MEASURES]}
    assert soup.title.text.startswith("All articles · Fallujah")


def test_sort_and_pagination_keep_the_other_parameters(client):
    soup = page(client, "/search?q=Islamic+State&city=paris&per_page=1")
    sort = {a.text: a["href"] for a in soup.select("nav.sort a")}
    assert sort["Newest first"] == "/search?q=Islamic+State&city=paris&sort=date&per_page=1"
    by_date = page(client, sort["Newest first"])
    next_href = by_date.select_one("nav.pagination a[rel=next]")["href"]
    assert next_href == "/search?q=Islamic+State&city=paris&sort=date&page=2&per_page=1"


def test_a_bookmarked_url_gives_the_same_page(client):
    url = "/search?q=Islamic+State&person=ash-carter&sort=date&page=2&per_page=1"
    first, second = page(client, url), page(client, url)
    assert result_ids(first) == result_ids(second)
    assert len(result_ids(first)) == 1
    assert first.select_one("link[rel=canonical]")["href"] == url
    # The same view asked with parameters in another order has the same canonical URL.
    shuffled = page(client, "/search?per_page=1&page=2&sort=date&person=ash-carter&q=Islamic+State")
    assert shuffled.select_one("link[rel=canonical]")["href"] == url
    assert result_ids(shuffled) == result_ids(first)


def test_query_syntax_error_shows_a_message_not_a_500(client):
    soup = page(client, '/search?q="Ramadi')
    assert "unclosed quotation mark" in soup.select_one(".notice").text
    assert len(result_ids(soup)) == 1


def test_article_page_shows_text_and_links_entities_to_filtered_search(client, seed_ids):
    soup = page(client, f"/articles/{seed_ids[KERRY_MEASURES]}")
    assert soup.h1.text == "Kerry calls for new measures to counter changing Islamic State"
    assert soup.select_one(".meta .source").text == "Reuters"
    people = soup.select("section[aria-labelledby=persons-heading] li")
    cities = soup.select("section[aria-labelledby=cities-heading] li")
    kerry = next(li for li in people if li.select_one("a.entity").text == "John Kerry")
    assert kerry.select_one("a.entity")["href"] == "/people/john-kerry"
    assert kerry.select_one("a.filter-link")["href"] == "/search?person=john-kerry"
    fallujah = next(li for li in cities if li.select_one("a.entity").text == "Fallujah")
    assert fallujah.select_one("a.entity")["href"] == "/cities/fallujah"
    assert fallujah.select_one("a.filter-link")["href"] == "/search?city=fallujah"
    body = soup.select_one(".body").text
    assert "Brett McGurk, the United States’ envoy" in body
    assert "Slideshow" not in body
