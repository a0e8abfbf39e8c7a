"""Opening the index, one long-lived searcher per process, and its per-generation cache."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.searching import Searcher

from app.search.schema import build_schema
from app.textfold import make_slug


@dataclass(frozen=True)
class DocInfo:
    """What facets and result rows need of one document, without reading stored fields."""

    article_id: int
    published: int  # yyyymmdd, 0 when unknown
    source: str
    persons: tuple[str, ...]
    cities: tuple[str, ...]
    countries: tuple[str, ...]


@dataclass(frozen=True)
class EntityLabel:
    name: str
    country: str | None
    latitude: float | None = None
    longitude: float | None = None


@dataclass
class GenerationCache:
    """Built once per index generation: per-document info and entity labels."""

    generation: int
    docs: dict[int, DocInfo]
    labels: dict[tuple[str, str], EntityLabel]  # (kind, slug) -> label


class SearchIndex:
    """The Whoosh index in ``directory``: created on first use, read by one shared searcher."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        directory.mkdir(parents=True, exist_ok=True)
        self.created = False  # True when this open made a new, empty index
        schema = build_schema()
        if whoosh_index.exists_in(str(directory)):
            self._ix = whoosh_index.open_dir(str(directory))
            if set(self._ix.schema.names()) != set(schema.names()):
                # An index from an older version: rebuilt from the database by the caller.
                self._ix = whoosh_index.create_in(str(directory), schema)
                self.created = True
        else:
            self._ix = whoosh_index.create_in(str(directory), schema)
            self.created = True
        self._lock = threading.Lock()
        self._searcher: Searcher | None = None
        self._cache: GenerationCache | None = None

    def writer(self, **kwargs):  # type: ignore[no-untyped-def]
        """A Whoosh writer. Only ingest and reindex write; requests never do."""
        return self._ix.writer(**kwargs)

    @contextmanager
    def reading(self) -> Iterator[tuple[Searcher, GenerationCache]]:
        """The shared searcher (reopened if the index changed) and its cache.

        Whoosh searchers are not thread-safe, so requests take turns; a search is a few
        milliseconds, far less than opening a searcher per request would cost.
        """
        with self._lock:
            if self._searcher is not None and not self._searcher.up_to_date():
                # Not Searcher.refresh(): in whoosh-reloaded 2.7.5 it re-reads with
                # reuse=, which keeps segments a merge or a rebuild has removed, and the
                # refreshed searcher then counts those documents twice.
                self._searcher.close()
                self._searcher = None
            if self._searcher is None:
                self._searcher = self._ix.searcher()
            generation = self._searcher.reader().generation()
            if self._cache is None or self._cache.generation != generation:
                self._cache = _build_cache(self._searcher, generation)
            yield self._searcher, self._cache

    def close(self) -> None:
        with self._lock:
            if self._searcher is not None:
                self._searcher.close()
                self._searcher = None


def _build_cache(searcher: Searcher, generation: int) -> GenerationCache:
    docs: dict[int, DocInfo] = {}
    labels: dict[tuple[str, str], EntityLabel] = {}
    for docnum, stored in searcher.reader().iter_docs():
        persons, cities, countries = [], [], set()
        for kind, slug, name, country, lat, lon in stored.get("entities", ()):
            labels[(kind, slug)] = EntityLabel(name, country, lat, lon)
            if kind == "person":
                persons.append(slug)
            else:
                cities.append(slug)
                if country:
                    country_slug = make_slug(country)
                    countries.add(country_slug)
                    labels[("country", country_slug)] = EntityLabel(country, None)
        source = stored.get("source", "")
        if source:
            labels[("source", source)] = EntityLabel(source, None)
        docs[docnum] = DocInfo(
            article_id=stored["article_id"],
            published=stored.get("published", 0),
            source=source,
            persons=tuple(persons),
            cities=tuple(cities),
            countries=tuple(sorted(countries)),
        )
    return GenerationCache(generation=generation, docs=docs, labels=labels)
