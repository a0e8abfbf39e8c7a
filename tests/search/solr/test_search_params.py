"""Filters and orders as Solr receives them: a value from the URL is always one exact
term, whatever characters it holds (expected strings written by hand)."""

from datetime import date

from app.domain import SearchRequest
from app.search.solr.search_params import filters, sort_order, term_filter


def test_a_filter_value_is_quoted_so_it_cannot_become_syntax():
    assert term_filter("persons", "ash-carter") == "{!term f=persons v='ash-carter'}"
    assert term_filter("cities", "x' OR *:* '") == "{!term f=cities v='x\\' OR *:* \\''}"
    assert term_filter("persons", "a\\b") == "{!term f=persons v='a\\\\b'}"


def test_filters_combine_persons_cities_countries_sources_and_dates():
    request = SearchRequest(
        persons=("ash-carter",),
        cities=("nice",),
        countries=("iraq",),
        sources=("Reuters", 'The "Times"'),
        date_to=date(2016, 7, 31),
    )
    assert filters(request) == [
        "{!term f=persons v='ash-carter'}",
        "{!term f=cities v='nice'}",
        "{!term f=countries v='iraq'}",
        'source:("Reuters" OR "The \\"Times\\"")',
        "published:[1 TO 20160731]",  # undated articles (0) fall out of any date range
    ]


def test_orders_break_ties_by_article_id_and_put_undated_last():
    assert sort_order(SearchRequest(q="x"), has_text=True) == "score desc, article_id asc"
    assert sort_order(SearchRequest(), has_text=False) == (
        "undated asc, published desc, article_id desc"
    )
    assert sort_order(SearchRequest(sort="oldest"), has_text=True) == (
        "undated asc, published asc, article_id asc"
    )


def test_a_pinned_view_keeps_the_article_ids_up_to_it():
    assert filters(SearchRequest(as_of=42)) == ["article_id:[* TO 42]"]
    assert filters(SearchRequest(as_of=0)) == ["article_id:[* TO 0]"]  # nothing was held
    assert filters(SearchRequest()) == []
