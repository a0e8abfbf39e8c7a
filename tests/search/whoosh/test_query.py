"""Related articles are kept per index generation: asked again they are the same, and an
ingest that adds a related article shows it at once (a new generation, a new list)."""

from __future__ import annotations

from dataclasses import replace

from app.domain import SearchRequest
from app.ingest.pipeline import ingest_paths
from app.store import repository
from tests.conftest import CARTER_PARIS, CARTER_REVENGE, COALITION_PARIS, SEEDS


def _titles(archive, article_id: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [hit.title for hit in archive.search.related(article_id, 5)]


def test_related_articles_follow_a_later_ingest(archive) -> None:  # type: ignore[no-untyped-def]
    assert ingest_paths(archive, [SEEDS / CARTER_PARIS, SEEDS / CARTER_REVENGE]).ok
    with archive.sessions() as session:
        paris = min(repository.primary_article_ids(session))  # the first page stored
    first = _titles(archive, paris)
    assert first == ["Sec. Carter: ISIS Could Seek Revenge for Offensives in Raqqa, Mosul"]
    assert _titles(archive, paris) == first  # kept: the same list

    assert ingest_paths(archive, [SEEDS / COALITION_PARIS]).ok
    # The coalition's meeting in Paris shares the Paris page's words: listed at once.
    assert set(_titles(archive, paris)) == {
        "Sec. Carter: ISIS Could Seek Revenge for Offensives in Raqqa, Mosul",
        "Small-Group Coalition to Convene in Paris, Discuss Plan for Countering Islamic State",
    }


def test_a_search_without_page_extras_is_the_same_page_without_map_or_hit_names(archive) -> None:  # type: ignore[no-untyped-def]
    """The API asks for no map and no names on the hits (it names them from the database):
    everything else is the search page's answer."""
    pages = [SEEDS / CARTER_PARIS, SEEDS / CARTER_REVENGE, SEEDS / COALITION_PARIS]
    assert ingest_paths(archive, pages).ok
    full = archive.search.search(SearchRequest())
    bare = archive.search.search(SearchRequest(page_extras=False))
    assert full.map_cities and all(hit.persons and hit.cities for hit in full.hits)
    unnamed = tuple(replace(hit, persons=(), cities=()) for hit in full.hits)
    assert bare == replace(full, map_cities=(), hits=unnamed)
