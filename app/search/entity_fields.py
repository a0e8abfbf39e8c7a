"""What every engine indexes of an article's people and places, in one place, so the
embedded index and SolrCloud hold the same values (and filter and count them alike).

People are split by their role in the article: the default filter and facet
(``persons``) hold the people a story is about ("mentioned"); bylines and photo credits
have fields of their own, and ``persons_any`` holds everyone, for ``role=any``.

Cities are the places the text names as cities, plus a city found through the region an
article names when the region is named after it ("Idlib province" -> Idlib): readers
filtering by a city expect the stories about its province's namesake, while the article
page still lists only what the text names (``Article.region_cities`` is kept apart).
"""

from __future__ import annotations

from typing import Any

from app.domain import PERSON_ROLE_FILTERS, Article
from app.textfold import make_slug

# Bumped whenever what a document holds changes, so an index written by an older version is
# rebuilt from the database (Whoosh) or re-created from the configset (Solr).
# 2: persons split by role; cities found through their namesake region.
# 3: regions (named, and those of the cities), for the region filter and facet.
DOCUMENT_VERSION = 3

# role filter (``role=``) -> the index field holding those people's slugs
PERSON_FIELDS = {
    "mentioned": "persons",
    "author": "authors",
    "credit": "credits",
    "any": "persons_any",
}
assert set(PERSON_FIELDS) == set(PERSON_ROLE_FILTERS)

# Facet kinds of people, one per role filter ("person", the default: people mentioned).
PERSON_FACET_KINDS = {
    "mentioned": "person",
    "author": "author",
    "credit": "credit",
    "any": "person_any",
}

# Kinds of stored entity rows: a city the text names, and one found through its region.
CITY = "city"
CITY_VIA_REGION = "city-via-region"


def person_field(role: str) -> str:
    """The index field a person filter and facet use for ``role`` (see PERSON_FIELDS)."""
    return PERSON_FIELDS[role]


def person_facet_kind(role: str) -> str:
    return PERSON_FACET_KINDS[role]


def person_values(article: Article) -> dict[str, list[str]]:
    """Field -> person slugs, for every role field (a person of another role is in none but
    ``persons_any``)."""
    values: dict[str, list[str]] = {field: [] for field in PERSON_FIELDS.values()}
    for ref in article.persons:
        role = ref.role if ref.role in PERSON_FIELDS else "mentioned"
        values[PERSON_FIELDS[role]].append(ref.slug)
        values[PERSON_FIELDS["any"]].append(ref.slug)
    return values


def city_slugs(article: Article) -> list[str]:
    """The article's cities for the city filter and facet: named ones, then those found
    through a region named after them."""
    return list(dict.fromkeys([r.slug for r in article.cities + article.region_cities]))


def country_slugs(article: Article) -> list[str]:
    return sorted(
        {make_slug(r.country) for r in article.cities + article.region_cities if r.country}
    )


def region_slugs(article: Article) -> list[str]:
    """The regions the article names and those of its cities: a region's filter and facet
    find the stories about its cities too."""
    return [ref.slug for ref in article.regions]


def entity_rows(article: Article) -> list[list[Any]]:
    """[kind, slug, name, country, latitude, longitude] rows for facet labels and result
    rows; a city found through its region is its own kind, so result rows name only the
    cities the text names."""
    return (
        [["person", r.slug, r.name, None, None, None] for r in article.persons]
        + [[CITY, r.slug, r.name, r.country, r.latitude, r.longitude] for r in article.cities]
        + [
            [CITY_VIA_REGION, r.slug, r.name, r.country, r.latitude, r.longitude]
            for r in article.region_cities
        ]
        + [["region", r.slug, r.name, r.country, None, None] for r in article.regions]
    )


def row_kind(kind: str) -> str:
    """The kind of entity row a facet kind's labels are read from ("author" -> "person")."""
    return "person" if kind in PERSON_FACET_KINDS.values() else kind


def label_matches(row_kind_: str, kind: str) -> bool:
    """Whether a stored row of ``row_kind_`` can label a value of facet ``kind``."""
    wanted = row_kind(kind)
    if wanted == CITY:
        return row_kind_ in (CITY, CITY_VIA_REGION)
    return row_kind_ == wanted
