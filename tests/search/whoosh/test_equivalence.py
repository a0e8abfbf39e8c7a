"""The optimised search answers exactly as plain Whoosh does.

A fixed archive of generated articles goes through the real ingest; every request of a set
covering each filter, sort and query form is answered by ``run_search`` and by a
straightforward reference (Whoosh's ``docs_for_query``, ``search(sortedby=...)`` and
``highlight``, facets counted in Python from stored fields), and the pages must be equal.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from whoosh import highlight
from whoosh.sorting import FieldFacet, MultiFacet, ScoreFacet

from app.archive import open_archive
from app.bench.corpus import generate, write_pages
from app.domain import FacetValue, SearchRequest
from app.ingest.pipeline import ingest_paths
from app.search.whoosh.facets import histogram as _unused  # noqa: F401  (imported for coverage)
from app.search.whoosh.parsing import parse_user_query
from app.search.whoosh.query import MAP_CITIES, _combine, run_search
from app.search.whoosh.snippets import SNIPPET_CHARS, _MarkFormatter, snippet
from app.textfold import make_slug
from tests.conftest import make_settings

ARTICLES = 300


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    root = tmp_path_factory.mktemp("equivalence")
    write_pages(generate(ARTICLES, seed=7), root / "pages")
    opened = open_archive(make_settings(root / "data"))
    report = ingest_paths(opened, [root / "pages"])
    assert len(report.added) == ARTICLES, report.summary()
    yield opened
    opened.close()


def _requests(top_person: str, top_city: str, country: str, source: str) -> list[SearchRequest]:
    queries = ["", "syria", "syria attack", '"chemical attack"', '"syrian observatory for"',
               "aleppo OR damascus", "syria NOT aleppo", "civil*", "(killed OR wounded) army",
               '"unclosed', "zzzznotaword"]  # fmt: skip
    filters = [
        {},
        {"persons": (top_person,)},
        {"cities": (top_city,)},
        {"persons": (top_person,), "cities": (top_city,)},
        {"countries": (country,)},
        {"sources": (source,)},
        {"date_from": date(2015, 1, 1), "date_to": date(2016, 6, 30)},
        {"date_from": date(2020, 3, 1)},
        {"as_of": 150},  # a pinned view: the first half of the articles
    ]
    requests = []
    for q in queries:
        for extra in filters:
            for sort in ("relevance", "date", "oldest"):
                requests.append(SearchRequest(q=q, sort=sort, **extra))
    requests += [
        SearchRequest(q="syria", page=2, per_page=7),
        SearchRequest(q='"chemical attack"', page=2, per_page=5),
        SearchRequest(q="syria", sort="date", page=3, per_page=10, facet_limit=40),
        SearchRequest(q="syria", page=999),
        SearchRequest(persons=(top_person,), facet_limit=1),
        SearchRequest(regions=("aleppo-province",), sort="oldest"),
        SearchRequest(q="killed", regions=("idlib-province",), sort="date"),
    ]
    return requests


def test_run_search_equals_the_plain_whoosh_reference(archive):
    with archive.search.whoosh_index.reading() as (searcher, _cache):
        people = Counter()
        for _, stored in searcher.reader().iter_docs():
            people.update(e[1] for e in stored["entities"] if e[0] == "person")
    reference = _Reference(archive.search.whoosh_index)
    first = reference.docs[0]
    city = next(e for d in reference.docs for e in d["entities"] if e[0] == "city")
    requests = _requests(people.most_common(1)[0][0], city[1], make_slug(city[3]), first["source"])
    compared = 0
    index = archive.search.whoosh_index
    for request in requests:
        assert run_search(index, request) == reference.search(request), request
        compared += 1
    assert compared > 200


class _Reference:
    """The obvious way: Whoosh enumerates, sorts and highlights; Python counts."""

    def __init__(self, index) -> None:  # type: ignore[no-untyped-def]
        self.index = index
        with index.reading() as (searcher, _):
            self.stored = dict(searcher.reader().iter_docs())
        self.docs = [self.stored[d] for d in sorted(self.stored)]
        self.labels: dict[tuple[str, str], tuple] = {}
        # The facet fields' values per document, as Whoosh's postings hold them: people
        # mentioned (not bylines or credits), cities named or found through their region.
        self.values: dict[str, dict[int, set[str]]] = {}
        with index.reading() as (searcher, _):
            reader = searcher.reader()
            for kind, field in (
                ("person", "persons"),
                ("city", "cities"),
                ("country", "countries"),
                ("region", "regions"),
            ):
                per_doc: dict[int, set[str]] = {}
                for term in reader.lexicon(field):
                    for d in reader.postings(field, term).all_ids():
                        per_doc.setdefault(d, set()).add(term.decode("utf-8"))
                self.values[kind] = per_doc
        for d in sorted(self.stored):
            for row_kind, slug, name, country, lat, lon in self.stored[d]["entities"]:
                kind = "city" if row_kind == "city-via-region" else row_kind
                self.labels[(kind, slug)] = (name, country, lat, lon)
                if kind == "city" and country:
                    self.labels[("country", make_slug(country))] = (country, None, None, None)
            if self.stored[d]["source"]:
                source = self.stored[d]["source"]
                self.labels[("source", source)] = (source, None, None, None)

    def search(self, request: SearchRequest):  # type: ignore[no-untyped-def]
        from app.domain import Hit, SearchPage

        parsed = parse_user_query(request.q)
        if request.q.strip() and parsed.query is None:
            return SearchPage(total=0, hits=(), query_error=parsed.problem)
        query = _combine(parsed.query, request)
        with self.index.reading() as (searcher, _):
            matches = [d for d in searcher.docs_for_query(query) if d in self.stored]
            start = (request.page - 1) * request.per_page
            end = start + request.per_page
            if parsed.query is not None and request.sort == "relevance":
                order = MultiFacet([ScoreFacet(), FieldFacet("article_id")])
                ranked = [h.docnum for h in searcher.search(query, limit=None, sortedby=order)]
            elif request.sort == "oldest":
                ranked = sorted(matches, key=lambda d: (self._pub(d) or 99999999, self._id(d)))
            else:
                ranked = sorted(matches, key=lambda d: (-self._pub(d), -self._id(d)))
            hits = tuple(
                Hit(
                    article_id=self._id(d),
                    title=self.stored[d]["title"],
                    published=_day(self._pub(d)),
                    source=self.stored[d]["source"] or None,
                    url=self.stored[d].get("url") or None,
                    snippet_html=snippet(searcher, self.stored[d]["body"], parsed.query),
                    persons=tuple(
                        self.labels[("person", e[1])][0]
                        for e in self.stored[d]["entities"]
                        if e[0] == "person"
                    ),
                    cities=tuple(
                        self.labels[("city", e[1])][0]
                        for e in self.stored[d]["entities"]
                        if e[0] == "city"
                    ),
                )
                for d in ranked[start:end]
            )
        suggestion = None
        if parsed.query is not None and len(matches) < 3:
            suggestion = run_search(self.index, request).suggestion  # not under test
        bars, undated = self._histogram(matches)
        limit = request.facet_limit
        return SearchPage(
            total=len(matches),
            hits=hits,
            person_facets=self._facet(matches, "person", limit),
            city_facets=self._facet(matches, "city", limit),
            country_facets=self._facet(matches, "country", limit),
            source_facets=self._facet(matches, "source", limit),
            region_facets=self._facet(matches, "region", limit),
            map_cities=self._facet(matches, "city", MAP_CITIES),
            histogram=bars,
            undated=undated,
            query_error=parsed.problem,
            suggestion=suggestion,
            as_of=request.as_of if request.as_of is not None else max(map(self._id, self.stored)),
        )

    def _id(self, d: int) -> int:
        return self.stored[d]["article_id"]

    def _pub(self, d: int) -> int:
        return self.stored[d]["published"]

    def _facet(self, matches: list[int], kind: str, limit: int) -> tuple[FacetValue, ...]:
        counts: Counter[str] = Counter()
        for d in matches:
            if kind == "source":
                counts.update([self.stored[d]["source"]] if self.stored[d]["source"] else [])
            else:
                counts.update(self.values[kind].get(d, set()))
        ranked = sorted(
            counts.items(), key=lambda kv: (-kv[1], self.labels[(kind, kv[0])][0], kv[0])
        )
        return tuple(
            FacetValue(self.labels[(kind, k)][0], k, n, *self.labels[(kind, k)][1:])
            for k, n in ranked[:limit]
        )

    def _histogram(self, matches: list[int]):  # type: ignore[no-untyped-def]
        from app.domain import HistogramBar
        from app.search.whoosh.facets import MONTHLY_UP_TO_YEARS, _month_end

        dated = [self._pub(d) for d in matches if self._pub(d)]
        undated = len(matches) - len(dated)
        if not dated:
            return (), undated
        first, last = min(dated) // 10000, max(dated) // 10000
        if last - first >= MONTHLY_UP_TO_YEARS:
            years = Counter(p // 10000 for p in dated)
            return tuple(
                HistogramBar(str(y), date(y, 1, 1), date(y, 12, 31), years.get(y, 0))
                for y in range(first, last + 1)
            ), undated
        months = Counter(p // 100 for p in dated)
        bars, (y, m) = [], divmod(min(months), 100)
        while y * 100 + m <= max(months):
            bars.append(
                HistogramBar(
                    f"{y}-{m:02d}", date(y, m, 1), _month_end(y, m), months.get(y * 100 + m, 0)
                )
            )
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return tuple(bars), undated


def _day(yyyymmdd: int) -> date | None:
    return date(yyyymmdd // 10000, yyyymmdd // 100 % 100, yyyymmdd % 100) if yyyymmdd else None


def test_fast_snippets_equal_whoosh_highlighting(archive):
    with archive.search.whoosh_index.reading() as (searcher, _):
        analyzer = searcher.schema["body"].analyzer
        fragmenter = highlight.ContextFragmenter(maxchars=SNIPPET_CHARS, surround=60)
        for q in ("syria", "attack civilians", '"chemical attack"', "civil*", "the army"):
            query = parse_user_query(q).query
            terms = {
                t.decode() if isinstance(t, bytes) else t
                for f, t in query.all_terms(phrases=True)
                | set(query.existing_terms(searcher.reader(), phrases=True, expand=True))
                if f == "body"
            }
            for _, stored in list(searcher.reader().iter_docs())[:60]:
                body = " ".join(stored["body"].split())
                expected = highlight.highlight(
                    body, terms, analyzer, fragmenter, _MarkFormatter(), top=2
                )
                if expected:
                    assert snippet(searcher, stored["body"], query) == expected
