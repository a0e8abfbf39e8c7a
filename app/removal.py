"""``newsarchive remove``: choose articles (ids, sources, origins, a search, the demo
data), list them, and take them out of the database and the search index together."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.archive import Archive
from app.domain import ArticleListing, Removal, SearchRequest
from app.store import removing


class RemovalError(Exception):
    """The selection cannot be carried out as asked (nothing is removed)."""


@dataclass(frozen=True)
class Selection:
    """What the user asked to remove; the chosen articles are the union of all criteria."""

    ids: tuple[int, ...] = ()
    sources: tuple[str, ...] = ()
    origins: tuple[str, ...] = ()
    query: str | None = None
    demo: bool = False

    @property
    def empty(self) -> bool:
        return not (self.ids or self.sources or self.origins or self.query or self.demo)


def choose(archive: Archive, selection: Selection) -> list[ArticleListing]:
    """The articles the selection names, in id order. Unknown ids are an error, so a typo
    is noticed before anything goes."""
    if selection.query is not None and not selection.query.strip():
        raise RemovalError("--query is empty: it would match every article")
    with archive.sessions() as session:
        chosen = removing.existing_ids(session, article_ids=selection.ids)
        unknown = sorted(set(selection.ids) - chosen)
        if unknown:
            raise RemovalError(f"the archive has no article {', '.join(map(str, unknown))}")
        chosen |= removing.ids_from_sources(session, sources=selection.sources)
        chosen |= removing.ids_from_origins(session, origins=selection.origins)
        if selection.demo:
            chosen |= removing.demo_ids(session)
        if selection.query:
            # Search shows each story once, by its primary: removing what a search finds
            # removes the whole story, or a copy would take its place in the same search.
            found = archive.search.matching_ids(SearchRequest(q=selection.query))
            chosen |= removing.with_versions(session, article_ids=found)
        return removing.listings(session, article_ids=chosen)


def remove(archive: Archive, article_ids: Sequence[int]) -> Removal:
    """Remove the articles from the database (one transaction), then bring the index in
    line with it."""
    with archive.sessions() as session, session.begin():
        removal = removing.remove_articles(session, article_ids=article_ids)
    if removal.removed:
        _update_index(archive)
    return removal


def _update_index(archive: Archive) -> None:
    """The index must drop the removed articles and show the promoted copies. The search
    package offers no delete by id yet (it is being put behind a backend interface), so
    this rebuilds the index from the database, the source of truth; the one call to
    change when a delete by id exists."""
    from app.ingest.indexing import reindex

    reindex(archive)
