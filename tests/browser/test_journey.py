"""A researcher's session in a real browser, against the real server."""

import csv
from urllib.parse import urlparse

import pytest

pytestmark = pytest.mark.browser


def result_titles(page) -> list[str]:  # type: ignore[no-untyped-def]
    return page.locator("ol.results li.result h3 a").all_inner_texts()


def test_search_filter_sort_paginate_and_reopen_the_url(page, server, artifacts):  # type: ignore[no-untyped-def]
    page.goto(server + "/")
    page.get_by_label("Search the archive").fill("Islamic State")
    page.get_by_role("button", name="Search").click()
    page.wait_for_url("**/search?q=Islamic+State")
    assert len(result_titles(page)) == 4

    page.locator("#facet-person ~ ul a[data-slug=ash-carter]").click()
    page.wait_for_url("**person=ash-carter")
    assert len(result_titles(page)) == 2
    page.locator("#facet-city ~ ul a[data-slug=paris]").click()
    page.wait_for_url("**city=paris")
    assert len(result_titles(page)) == 2
    page.get_by_role("link", name="Newest first").click()
    page.wait_for_url("**sort=date**")
    # One result a page, to have a second page with two articles.
    page.goto(page.url + "&per_page=1")
    page.locator("nav.pagination a[rel=next]").click()
    page.wait_for_url("**page=2**")
    expected = result_titles(page)
    assert len(expected) == 1
    page.screenshot(path=str(artifacts / "search.png"), full_page=True)

    bookmark = page.url
    other = page.context.new_page()
    other.goto(bookmark)
    assert result_titles(other) == expected
    assert (
        other.locator("#result-summary").inner_text()
        == page.locator("#result-summary").inner_text()
    )
    other.close()
    assert_only_local_requests(page, server)


def test_article_to_person_and_city_pages(page, server, artifacts):  # type: ignore[no-untyped-def]
    page.goto(server + "/search?q=Kerry+calls")
    page.locator("ol.results li.result h3 a").first.click()
    page.wait_for_url("**/articles/*")
    assert (
        page.locator("h1").inner_text()
        == "Kerry calls for new measures to counter changing Islamic State"
    )
    page.screenshot(path=str(artifacts / "article.png"), full_page=True)
    article_url = page.url

    page.locator("section[aria-labelledby=persons-heading] a.entity", has_text="John Kerry").click()
    page.wait_for_url("**/people/john-kerry")
    assert page.locator("h1").inner_text() == "John Kerry"
    assert len(result_titles(page)) == 2
    page.screenshot(path=str(artifacts / "person.png"), full_page=True)

    page.goto(article_url)
    page.locator("section[aria-labelledby=cities-heading] a.entity", has_text="Mosul").click()
    page.wait_for_url("**/cities/mosul")
    assert "Mosul" in page.locator("h1").inner_text()
    assert page.locator("section[aria-labelledby=location-heading] circle").count() == 1
    page.screenshot(path=str(artifacts / "city.png"), full_page=True)
    assert_only_local_requests(page, server)


def test_csv_download_reads_back(page, server, tmp_path):  # type: ignore[no-untyped-def]
    page.goto(server + "/search?person=john-kerry")
    with page.expect_download() as download_info:
        page.locator("p.exports a", has_text="CSV").click()
    target = tmp_path / "export.csv"
    download_info.value.save_as(target)
    rows = list(csv.DictReader(target.read_text(encoding="utf-8").splitlines()))
    assert len(rows) == 2
    assert all("John Kerry" in row["persons"].split("; ") for row in rows)
    assert_only_local_requests(page, server)


def test_phone_screen_keeps_results_and_filters_usable(page, server, artifacts):  # type: ignore[no-untyped-def]
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(server + "/search?q=Mosul")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, "no sideways scrolling on a phone"
    assert page.locator("#facet-person").is_visible()
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert "Skip to content" in focused
    page.screenshot(path=str(artifacts / "search-phone.png"), full_page=True)


def assert_only_local_requests(page, server):  # type: ignore[no-untyped-def]
    hosts = {urlparse(url).hostname for url in page.requested if not url.startswith("data:")}
    assert hosts == {"127.0.0.1"}, hosts
