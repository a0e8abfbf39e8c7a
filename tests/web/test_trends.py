"""/trends and /trends.csv: searches compared over time. Expectations written by hand from
the seed pages (only the coalition page states a date, June 1, 2015) and, for the sums,
from FA-KES through the search page's own totals."""

from __future__ import annotations

import csv
import io

import pytest
from bs4 import BeautifulSoup
from fastapi.testclient import TestClient

from app.archive import open_archive
from app.config import PROJECT_ROOT
from app.domain import SearchRequest
from app.ingest.pipeline import ingest_paths
from app.web import create_app
from tests.conftest import make_settings


def rows(client: TestClient, query: str) -> list[list[str]]:
    response = client.get("/trends.csv?" + query)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/csv")
    return list(csv.reader(io.StringIO(response.text)))


def test_csv_counts_each_query_per_period_with_its_share(client):
    # Islamic State: all four pages, one dated; Mosul: three pages, none dated. One dated
    # day in all, so the automatic interval is a day, and the archive has one article then.
    assert rows(client, "q=Islamic+State&q=Mosul") == [
        ["bucket", "query", "count", "share"],
        ["2015-06-01", "Islamic State", "1", "1.000000"],
        ["2015-06-01", "Mosul", "0", "0.000000"],
    ]
    assert rows(client, "q=Islamic+State&interval=month")[1] == [
        "2015-06",
        "Islamic State",
        "1",
        "1.000000",
    ]
    assert rows(client, "q=Islamic+State&interval=year")[1][0] == "2015"


def test_shared_filters_and_subqueries_with_their_own(client):
    # Shared: person=john-kerry narrows both q's (coalition page dated, Kerry's page not).
    assert rows(client, "q=Paris&q=Mosul&person=john-kerry&interval=month")[1:] == [
        ["2015-06", "Paris", "1", "1.000000"],
        ["2015-06", "Mosul", "0", "0.000000"],
    ]
    # s= carries its own filters: Paris pages of Ash Carter are undated, so nothing dated.
    assert rows(client, "s=q%3DParis%26person%3Dash-carter") == [
        ["bucket", "query", "count", "share"]
    ]


def test_more_than_five_queries_is_a_400_saying_what_to_do(client):
    response = client.get("/trends?q=a&q=b&q=c&q=d&q=e&s=q%3Df")
    assert response.status_code == 400
    text = BeautifulSoup(response.text, "html.parser").main.get_text(" ", strip=True)
    assert "At most 5 queries can be compared side by side; this asks for 6" in text
    assert "Remove some q= (or s=) values" in text
    assert client.get("/trends.csv?q=a&q=b&q=c&q=d&q=e&q=f").status_code == 400


def test_bad_interval_and_unknown_filter_are_4xx(client):
    response = client.get("/trends?q=Mosul&interval=hour")
    assert response.status_code == 400
    assert "use interval=auto, day, week, month or year" in response.text
    assert client.get("/trends?q=Mosul&person=nobody-at-all").status_code == 404


def test_page_draws_an_svg_chart_with_labelled_axes_and_a_legend(client):
    response = client.get("/trends?q=Islamic+State&q=Mosul&interval=month")
    assert response.status_code == 200
    soup = BeautifulSoup(response.text, "html.parser")
    charts = soup.select("figure.trend-chart svg")
    assert len(charts) == 2  # counts, and shares of all articles
    counts, shares = charts
    assert counts.title.text == "Articles per month"
    assert counts.select_one("text.y-label").text == "Articles"
    assert counts.select_one("text.x-label").text == "Month of publication"
    assert [t.text for t in counts.select("text.x-tick")] == ["2015-06"]
    assert [t.text for t in counts.select("text.y-tick")] == ["0", "1"]
    assert shares.select_one("text.y-label").text == "% of all articles"
    assert [g["data-label"] for g in counts.select("g.series")] == [
        "\u201cIslamic State\u201d",
        "\u201cMosul\u201d",
    ]
    legend = [" ".join(li.get_text(" ", strip=True).split()) for li in soup.select("ul.legend li")]
    assert legend == [
        "\u201cIslamic State\u201d : 4 articles, 3 undated not shown",
        "\u201cMosul\u201d : 3 articles, 3 undated not shown",
    ]
    assert soup.select_one("ul.legend a")["href"] == "/search?q=Islamic+State"
    assert soup.select_one("script") is None  # no JavaScript needed
    assert (
        soup.select_one("p.exports a")["href"]
        == "/trends.csv?q=Islamic+State&q=Mosul&interval=month"
    )


def test_every_search_page_links_its_trend(client):
    soup = BeautifulSoup(client.get("/search?q=Mosul&person=ash-carter&page=1").text, "html.parser")
    assert soup.select_one("p.trends-link a")["href"] == "/trends?q=Mosul&person=ash-carter"
    soup = BeautifulSoup(client.get("/search?city=paris").text, "html.parser")
    assert soup.select_one("p.trends-link a")["href"] == "/trends?q=&city=paris"


def test_empty_form_without_queries(client):
    soup = BeautifulSoup(client.get("/trends").text, "html.parser")
    assert len(soup.select("form.trends-form input[name=q]")) == 5
    assert soup.select_one("figure.trend-chart") is None


@pytest.fixture(scope="module")
def fakes(tmp_path_factory):
    archive = open_archive(make_settings(tmp_path_factory.mktemp("trends") / "data"))
    report = ingest_paths(archive, [PROJECT_ROOT / "seeds" / "fa-kes.csv"])
    assert report.ok, report.summary()
    with TestClient(create_app(archive.settings, archive)) as client:
        yield archive, client
    archive.close()


@pytest.mark.parametrize("interval", ["auto", "week", "month", "year"])
def test_fakes_counts_add_up_to_the_dated_matches(fakes, interval):
    archive, client = fakes
    table = rows(client, f"q=aleppo&q=chemical+weapons&q=&interval={interval}")[1:]
    for q in ("aleppo", "chemical weapons", ""):
        page = archive.search.search(SearchRequest(q=q))
        summed = sum(int(row[2]) for row in table if row[1] == q)
        assert summed == page.total - page.undated, q
    # The all-articles series is the base of the shares: 1.0 wherever it has articles.
    assert {row[3] for row in table if row[1] == "" and row[2] != "0"} == {"1.000000"}
