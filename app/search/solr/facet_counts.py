"""Facet counts over all matching articles (Solr's JSON facets on docValues).

Counts are exact: each terms facet is refined (Solr asks every shard for the final
buckets' counts) and over-requested, so the top values are chosen from counts over the
whole collection. Values are ranked as in the embedded engine: count, then name, then
slug; when values tie at the cut, every tied value is fetched so the cut is the same.
The names come from facet_labels.py.
"""

from __future__ import annotations

from typing import Any

from app.search.entity_fields import person_facet_kind, person_field

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


def _terms(field: str, limit: int, mincount: int = 1) -> dict[str, Any]:
    return {
        "type": "terms",
        "field": field,
        "limit": limit,
        "mincount": mincount,
        "sort": "count desc",
        "refine": True,
        "overrequest": OVERREQUEST,
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
