"""The Regions facet counted in memory: every (article, region) link held as numpy arrays.

Counting the facet in SQL took one grouped query over the union of the article-region and
article-city links per 900 matching ids, ~25 ms each on the FA-KES archive at 3,800
articles (110 ms over all of them), and was half of a loaded server's time. Reading every
link once takes ~30 ms; a count is then a mask and a ``bincount`` (~1 ms).

The links change in three ways. New articles (an ingest) come with higher ids and their
links are read when a search first matches one ("incremental": links are committed with
their article, so every article up to the highest id read has its links read too).
Corrections made through the archive (``app/ingest/correcting.py``) call ``forget``. Any
other change (``entities repair``, ``remove``, a correction by another process) shows
within ``MAX_AGE_S``, after which everything is read again.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence

import numpy as np
from sqlalchemy import func, select, union
from sqlalchemy.orm import Session

from app.domain import FacetValue
from app.store.models import ArticleCityRow, ArticleRegionRow, ArticleRow, CityRow, RegionRow

# Seconds after which the links are read again whatever happened (see the docstring).
MAX_AGE_S = 30.0


def article_region_links():  # type: ignore[no-untyped-def]
    """(article id, region id), each pair once, for every article naming a region or a
    city in it: the relation behind the region filter, the lists and the facet."""
    named = select(ArticleRegionRow.article_id, ArticleRegionRow.region_id)
    by_city = (
        select(ArticleCityRow.article_id, CityRow.region_id)
        .join(CityRow, CityRow.id == ArticleCityRow.city_id)
        .where(CityRow.region_id.is_not(None), CityRow.hidden.is_(False))
    )
    return union(named, by_city).subquery()


class RegionLinks:
    """The archive's (article, region) links in memory, shared by a server's requests."""

    def __init__(self, max_age_s: float = MAX_AGE_S) -> None:
        self._max_age_s = max_age_s
        self._lock = threading.Lock()  # one reader refreshes; counts use a consistent copy
        self._article = np.zeros(0, dtype=np.int64)  # sorted by article id
        self._region = np.zeros(0, dtype=np.int64)
        self._through = -1  # every article up to this id has its links read; -1: none read
        self._read_at = 0.0
        self._regions: dict[int, tuple[str, str, str | None]] = {}  # id -> name, slug, country

    def forget(self) -> None:
        """Read everything again on next use (after a correction changed cities or links)."""
        with self._lock:
            self._through = -1

    def facets(
        self, session: Session, *, article_ids: Sequence[int], limit: int
    ) -> tuple[FacetValue, ...]:
        """The regions of these articles (the engine's matches), most named first, ties by
        name: stories each counted once per region."""
        if not article_ids:
            return ()
        wanted = np.unique(np.fromiter(article_ids, dtype=np.int64, count=len(article_ids)))
        article, region, rows = self._current(session, int(wanted[-1]))
        mask = np.isin(article, wanted)
        counts = np.bincount(region[mask])
        found = np.flatnonzero(counts)
        ranked = sorted(found.tolist(), key=lambda rid: (-int(counts[rid]), rows[rid][0]))
        return tuple(
            FacetValue(rows[rid][0], rows[rid][1], int(counts[rid]), rows[rid][2])
            for rid in ranked[:limit]
        )

    def _current(
        self, session: Session, highest: int
    ) -> tuple[np.ndarray, np.ndarray, dict[int, tuple[str, str, str | None]]]:
        with self._lock:
            stale = self._through < 0 or time.monotonic() - self._read_at > self._max_age_s
            if stale:
                self._read_all(session)
            elif highest > self._through:
                self._read_after(session)
            return self._article, self._region, self._regions

    def _read_all(self, session: Session) -> None:
        through = _highest_article(session)
        article, region = _links(session, after=-1, through=through)
        self._article, self._region, self._through = article, region, through
        self._regions = {}
        self._read_regions(session)
        self._read_at = time.monotonic()

    def _read_after(self, session: Session) -> None:
        through = _highest_article(session)
        article, region = _links(session, after=self._through, through=through)
        # Later ids come after the ones held, so the arrays stay sorted by article.
        self._article = np.concatenate([self._article, article])
        self._region = np.concatenate([self._region, region])
        self._through = through
        self._read_regions(session)

    def _read_regions(self, session: Session) -> None:
        unknown = set(np.unique(self._region).tolist()) - set(self._regions)
        if unknown:
            rows = session.scalars(select(RegionRow).where(RegionRow.id.in_(list(unknown))))
            for row in rows:
                self._regions[row.id] = (row.name, row.slug, row.country or None)


def _highest_article(session: Session) -> int:
    return int(session.scalar(select(func.max(ArticleRow.id))) or 0)


def _links(session: Session, *, after: int, through: int) -> tuple[np.ndarray, np.ndarray]:
    """The links of articles ``after < id <= through``, sorted by article."""
    links = article_region_links()
    stmt = (
        select(links.c.article_id, links.c.region_id)
        .where(links.c.article_id > after, links.c.article_id <= through)
        .order_by(links.c.article_id)
    )
    pairs = session.execute(stmt).all()
    article = np.fromiter((a for a, _ in pairs), dtype=np.int64, count=len(pairs))
    region = np.fromiter((r for _, r in pairs), dtype=np.int64, count=len(pairs))
    return article, region
