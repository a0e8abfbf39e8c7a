"""Names, countries and coordinates of facet values, read from the stored entities of the
newest article holding each value, and kept.

A facet bucket holds a slug; its label is in the ``entities`` of the articles holding it.
Asking every search's facets for each bucket's newest article (a ``max(article_id)``
sub-facet) made Solr compute that for every bucket it returns, over-requested ones
included: 60-85% of a search's time at 130k articles (1,700 -> 320 ms for a common word,
690 -> 100 ms for all articles, probed on the growth run's collection). So the counts come
alone, and the newest holders are asked only for the values whose label may be stale, in
one request of query facets, then their entities in one more. A kept label is checked
again when the collection holds a newer article than when it was checked (the search's
watermark: an ingest in another process may have stored a fuller name), read again after
this process commits to the collection (a correction renames an entity and indexes its
articles again) and after ``LABEL_SECONDS`` (another process may have renamed one).
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, replace
from typing import Any

from app.domain import FacetValue
from app.search.entity_fields import label_matches
from app.search.solr.client import SolrClient
from app.search.solr.documents import entities
from app.search.solr.search_params import term_filter
from app.textfold import make_slug

LABELS_KEPT = 100_000
# Seconds a label is trusted without a commit of this process: a rename committed by
# another process (a second web replica, `entities repair`) shows in facets after this.
LABEL_SECONDS = 60.0
# Values looked up per request: a tie at the map's cut can hold hundreds of cities.
LOOKUPS_PER_REQUEST = 250


@dataclass(frozen=True)
class Label:
    name: str
    country: str | None = None
    latitude: float | None = None
    longitude: float | None = None


class Labels:
    """The labels of facet values, read once and kept (module docstring)."""

    def __init__(self, client: SolrClient) -> None:
        self._client = client
        self._known: dict[tuple[str, str], _Kept] = {}
        self._commits = client.commits
        self._lock = threading.Lock()

    def values(
        self,
        field: str,
        kind: str,
        buckets: list[dict[str, Any]],
        wanted: int,
        watermark: int | None = None,
    ) -> list[FacetValue]:
        """The ``wanted`` top values of the facet on ``field``, ranked by count, name, slug
        (``watermark``: the newest article id of the collection, when the search knows it)."""
        if kind != "source":
            self.load(field, kind, [str(b["val"]) for b in buckets], watermark)
        ranked = sorted(
            ((b["count"], str(b["val"]), self.label(kind, str(b["val"]))) for b in buckets),
            key=lambda item: (-item[0], item[2].name, item[1]),
        )
        return [
            FacetValue(label.name, slug, count, label.country, label.latitude, label.longitude)
            for count, slug, label in ranked[:wanted]
        ]

    def label(self, kind: str, key: str) -> Label:
        if kind == "source":
            return Label(key)
        with self._lock:
            found = self._known.get((kind, key))
        return found.label if found else Label(key)

    def load(self, field: str, kind: str, keys: list[str], watermark: int | None = None) -> None:
        """Check the labels of ``keys`` that may be stale (module docstring); read those
        whose newest holder is not the one they were read from."""
        now = time.monotonic()
        with self._lock:
            if self._client.commits != self._commits:
                self._known.clear()
                self._commits = self._client.commits
            known = {key: self._known.get((kind, key)) for key in keys}
        doubted = [key for key, kept in known.items() if _doubted(kept, now, watermark)]
        found: dict[tuple[str, str], _Kept] = {}
        for start in range(0, len(doubted), LOOKUPS_PER_REQUEST):
            newest = self._newest_holders(field, doubted[start : start + LOOKUPS_PER_REQUEST])
            unread = {}
            for key, holder in newest.items():
                kept = known[key]
                if (
                    kept is not None
                    and kept.holder == holder
                    and now - kept.read_at <= LABEL_SECONDS
                ):
                    found[(kind, key)] = replace(kept, checked_at=watermark or kept.checked_at)
                else:
                    unread[key] = holder
            for key, label in self._read(kind, unread).items():
                found[(kind, key)] = _Kept(label, unread[key], now, watermark or 0)
        with self._lock:
            if len(self._known) + len(found) > LABELS_KEPT:
                self._known.clear()
            self._known.update(found)

    def _newest_holders(self, field: str, keys: list[str]) -> dict[str, int]:
        """The newest article holding each key (keys no article holds are left out)."""
        wanted = {
            f"v{i}": {
                "type": "query",
                "q": term_filter(field, key),
                "facet": {"last": "max(article_id)"},
            }
            for i, key in enumerate(keys)
        }
        answer = self._client.select("*:*", rows=0, **{"json.facet": json.dumps(wanted)})
        facets = answer.get("facets") or {}
        newest = {}
        for i, key in enumerate(keys):
            last = (facets.get(f"v{i}") or {}).get("last")
            if last is not None:
                newest[key] = int(last)
        return newest

    def _read(self, kind: str, newest: dict[str, int]) -> dict[str, Label]:
        if not newest:
            return {}
        ids = sorted(set(newest.values()))
        answer = self._client.select(
            "*:*",
            fq="{!terms f=id}" + ",".join(map(str, ids)),
            fl="article_id,entities",
            rows=len(ids),
        )
        docs = {int(doc["article_id"]): doc for doc in answer["response"]["docs"]}
        return {
            key: _read_label(docs[article_id], kind, key)
            for key, article_id in newest.items()
            if article_id in docs
        }


@dataclass(frozen=True)
class _Kept:
    label: Label
    holder: int  # the article it was read from: the newest holding the value then
    read_at: float  # time.monotonic()
    checked_at: int  # the collection's newest article id when the holder was last checked


def _doubted(kept: _Kept | None, now: float, watermark: int | None) -> bool:
    if kept is None or now - kept.read_at > LABEL_SECONDS:
        return True
    return watermark is not None and watermark > kept.checked_at


def _read_label(doc: dict[str, Any], kind: str, key: str) -> Label:
    for ekind, slug, name, country, lat, lon in entities(doc):
        from_city = label_matches(ekind, "city")
        if kind == "country" and from_city and country and make_slug(country) == key:
            return Label(country)
        if slug == key and label_matches(ekind, kind):
            return Label(name, country, lat, lon)
    return Label(key)
