"""Facet counts over all matching articles (Solr's JSON facets on docValues) and their labels.

Counts are exact: each terms facet is refined (Solr asks every shard for the final
buckets' counts) and over-requested, so the top values are chosen from counts over the
whole collection. Values are ranked as in the embedded engine: count, then name, then
slug; when values tie at the cut, every tied value is fetched so the cut is the same.
A value's label (name, country, coordinates) is read from the stored entities of the
newest article holding it, found by the facet itself (``max(article_id)``), and kept: read
again when a search finds a newer article holding the value, after this process commits to
the collection (a correction renames an entity and indexes its articles again), and after
``LABEL_SECONDS`` (another process may have committed). Keyed by the newest article of each
search instead, the labels were read again at almost every search (each query's matches
have another newest holder): one more request to Solr, 40% of an /api/search.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Any

from app.domain import FacetValue
from app.search.entity_fields import label_matches, person_facet_kind, person_field
from app.search.solr.client import SolrClient
from app.search.solr.documents import entities
from app.textfold import make_slug

# Facet name -> (document field, kind of value), people as mentioned (the default role).
FACETS = {
    "persons": ("persons", "person"),
    "cities": ("cities", "city"),
    "countries": ("countries", "country"),
    "regions": ("regions", "region"),
    "sources": ("source", "source"),
}


def facets_for(role: str) -> dict[str, tuple[str, str]]:
    """FACETS with the persons facet over the field and kind of ``role`` (role=author
    counts bylines)."""
    return {**FACETS, "persons": (person_field(role), person_facet_kind(role))}


# Markers on the map: beyond a few hundred they overlap into a blot.
MAP_CITIES = 300
# Extra buckets each shard returns beyond the limit, so that a value counted often over
# the collection but less on one shard still reaches the final choice. A shard breaks ties
# by the value itself, so a value split across shards ("zakaria-..." at 2 and 3, last of
# many values tied at 2 and 3) was missing from every shard's 116: on FA-KES's
# "Aleppo OR Homs" the People facet lost it to a value counted as often (Solr then differed
# from the embedded engine). 1,000 more buckets a shard costs little beside the query.
OVERREQUEST = 1000
LABELS_KEPT = 100_000
# Seconds a label is trusted without a commit of this process: a rename committed by
# another process (a second web replica, `entities repair`) shows in facets after this.
LABEL_SECONDS = 60.0


@dataclass(frozen=True)
class Label:
    name: str
    country: str | None = None
    latitude: float | None = None
    longitude: float | None = None


def _terms(field: str, limit: int, mincount: int = 1) -> dict[str, Any]:
    return {
        "type": "terms",
        "field": field,
        "limit": limit,
        "mincount": mincount,
        "sort": "count desc",
        "refine": True,
        "overrequest": OVERREQUEST,
        "facet": {"last": "max(article_id)"},
    }


def limits(facet_limit: int) -> dict[str, int]:
    """Values wanted per facet (the cities also feed the map)."""
    wanted = {name: facet_limit for name in FACETS}
    wanted["cities"] = max(facet_limit, MAP_CITIES)
    return wanted


def facet_request(facet_limit: int, role: str = "mentioned") -> dict[str, Any]:
    """The json.facet of a search: one more bucket than wanted per facet, to see a tie at
    the cut, and every month with matches (and the undated ones) for the histogram."""
    request: dict[str, Any] = {
        name: _terms(facets_for(role)[name][0], wanted + 1)
        for name, wanted in limits(facet_limit).items()
    }
    request["months"] = {
        "type": "terms",
        "field": "month",
        "limit": -1,
        "mincount": 1,
        "missing": True,
    }
    return request


def tied_request(name: str, cut: int, role: str = "mentioned") -> dict[str, Any]:
    """Every value of a facet counted at least ``cut`` times."""
    return {name: _terms(facets_for(role)[name][0], -1, mincount=cut)}


def needs_all_tied(buckets: list[dict[str, Any]], wanted: int) -> int | None:
    """The count at the cut when values beyond it tie with the last one kept."""
    if wanted <= 0 or len(buckets) <= wanted:
        return None
    cut = buckets[wanted - 1]["count"]
    return cut if buckets[wanted]["count"] == cut else None


class Labels:
    """Names, countries and coordinates of facet values, read once from stored entities."""

    def __init__(self, client: SolrClient) -> None:
        self._client = client
        # (kind, key) -> (the article it was read from, the label, when it was read)
        self._known: dict[tuple[str, str], tuple[int, Label, float]] = {}
        self._commits = client.commits
        self._lock = threading.Lock()

    def values(self, kind: str, buckets: list[dict[str, Any]], wanted: int) -> list[FacetValue]:
        """The ``wanted`` top values, ranked by count, name, slug."""
        self.load([(kind, b) for b in buckets])
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
        return found[1] if found else Label(key)

    def load(self, wanted: list[tuple[str, dict[str, Any]]]) -> None:
        """Read the labels not yet known, held by a newer article than the one read, or
        stale (module docstring) in one request."""
        missing: dict[int, list[tuple[str, str]]] = {}
        now = time.monotonic()
        with self._lock:
            if self._client.commits != self._commits:
                self._known.clear()
                self._commits = self._client.commits
            for kind, bucket in wanted:
                key, last = str(bucket["val"]), int(bucket.get("last") or 0)
                known = self._known.get((kind, key))
                if kind != "source" and last and _stale(known, last, now):
                    missing.setdefault(last, []).append((kind, key))
        if not missing:
            return
        ids = ",".join(str(i) for i in missing)
        answer = self._client.select(
            "*:*", fq="{!terms f=id}" + ids, fl="article_id,entities", rows=len(missing)
        )
        found: dict[tuple[str, str], tuple[int, Label, float]] = {}
        for doc in answer["response"]["docs"]:
            article_id = int(doc["article_id"])
            for kind, key in missing.get(article_id, ()):
                found[(kind, key)] = (article_id, _read_label(doc, kind, key), now)
        with self._lock:
            if len(self._known) + len(found) > LABELS_KEPT:
                self._known.clear()
            self._known.update(found)


def _stale(known: tuple[int, Label, float] | None, last: int, now: float) -> bool:
    """Whether a label must be read (again) for a search whose newest article holding the
    value is ``last``."""
    if known is None:
        return True
    article_id, _label, read_at = known
    return last > article_id or now - read_at > LABEL_SECONDS


def _read_label(doc: dict[str, Any], kind: str, key: str) -> Label:
    for ekind, slug, name, country, lat, lon in entities(doc):
        from_city = label_matches(ekind, "city")
        if kind == "country" and from_city and country and make_slug(country) == key:
            return Label(country)
        if slug == key and label_matches(ekind, kind):
            return Label(name, country, lat, lon)
    return Label(key)
