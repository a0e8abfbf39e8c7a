"""Plain frozen dataclasses passed between the stages.

raw page -> ``Extraction`` (extract) -> stored ``Article`` (store) -> ``SearchPage`` (search)
-> page. No ORM row or Whoosh hit ever leaves its own package.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class PersonMention:
    """One person named in one article, under the fullest form the article uses."""

    name: str
    aliases: tuple[str, ...] = ()
    count: int = 1
    # "author" (byline, "Reporting by"), "credit" (photo or video credit) or "mentioned"
    # (named in the story): researchers tell who wrote from who is written about.
    role: str = "mentioned"


PERSON_ROLES = ("mentioned", "author", "credit")
# What a ``role=`` filter may ask for: one role, or people of any role. The default,
# "mentioned", keeps bylines and photo credits out of the person filter and facet.
PERSON_ROLE_FILTERS = (*PERSON_ROLES, "any")


@dataclass(frozen=True)
class CityMention:
    """One city, town or village named in one article, resolved against GeoNames.

    A village GeoNames does not hold, recognised from the text ("the village of X near Y"),
    has no coordinates and no GeoNames id: it is listed and filterable, never drawn on a map.
    """

    name: str
    country: str  # country name, e.g. "Iraq"
    country_code: str  # ISO 3166-1 alpha-2, e.g. "IQ"
    latitude: float | None
    longitude: float | None
    geonames_id: int | None
    aliases: tuple[str, ...] = ()  # the forms found in the text
    count: int = 1
    region_code: str | None = None  # ISO 3166-2 code of its first-level region, e.g. "SY-HL"
    # The article's own spelling, its most used form ("Jenin" where the archive lists
    # GeoNames' "Janin"): what `newsarchive extract` names the place, as annotators do.
    written_as: str | None = None

    @property
    def text_name(self) -> str:
        """The place as this article names it (its archive name when not recorded)."""
        return self.written_as or self.name


@dataclass(frozen=True)
class RegionMention:
    """A province, governorate, state, oblast or region named as such in one article
    ("in northern Aleppo province", "Borno State", "the Idlib countryside")."""

    name: str  # display name, e.g. "Aleppo Governorate"
    country: str | None  # country name, e.g. "Syria"; None when the text does not tell
    country_code: str | None
    code: str | None = None  # ISO 3166-2, e.g. "SY-HL", when known
    aliases: tuple[str, ...] = ()  # the forms found in the text
    count: int = 1


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one raw page, before it touches the archive."""

    title: str  # the headline, or a fallback made from the text when the page has none
    body: str  # clean text, paragraphs separated by a blank line
    title_is_fallback: bool = False  # True when the page holds no headline
    published: date | None = None
    source: str | None = None
    author: str | None = None
    url: str | None = None
    persons: tuple[PersonMention, ...] = ()
    cities: tuple[CityMention, ...] = ()
    regions: tuple[RegionMention, ...] = ()


@dataclass(frozen=True)
class EntityRef:
    """A person or city as the archive knows it: name plus stable slug."""

    name: str
    slug: str
    country: str | None = None
    latitude: float | None = None  # cities only
    longitude: float | None = None
    # A person's role in one article ("mentioned", "author", "credit"); None elsewhere.
    role: str | None = None
    # A city an article does not name but reaches through the region it names, named
    # after the city ("Idlib province" -> Idlib): the region's name; None elsewhere.
    via: str | None = None


@dataclass(frozen=True)
class Article:
    """A stored article, as pages and the API show it."""

    id: int
    title: str
    body: str
    published: date | None
    source: str | None
    author: str | None
    url: str | None
    ingested_at: datetime
    persons: tuple[EntityRef, ...] = ()
    cities: tuple[EntityRef, ...] = ()  # the places the text names as cities
    provenance: Provenance | None = None
    # The regions the article names, and those of the cities it names (the hierarchy):
    # indexed so that a region filter also finds the stories about its cities.
    regions: tuple[EntityRef, ...] = ()
    # Cities the article reaches only through a region named after them ("Idlib
    # province" -> Idlib, ``via`` the region): found by the city filter and facet, never
    # listed as named by the text.
    region_cities: tuple[EntityRef, ...] = ()


@dataclass(frozen=True)
class NamedEntities:
    """What one article names, as a list of search results shows it: its people (every
    role) and the cities its text names (not those it reaches only through a region), most
    mentioned first, then by name."""

    persons: tuple[EntityRef, ...] = ()
    cities: tuple[EntityRef, ...] = ()


@dataclass(frozen=True)
class Provenance:
    """Where a stored article came from, for researchers to cite and check it."""

    origin: str | None  # the file ingested ("…/page.txt", "…/crawl.warc.gz:record 3")
    content_hash: str  # SHA-256 of the text as read, the archive's identity for it
    capture_uri: str | None = None  # a web archive record's target URI
    captured_at: datetime | None = None  # and its capture time (UTC)


@dataclass(frozen=True)
class ArticleVersion:
    """One version of a story: the article itself or another outlet's near-copy of it."""

    id: int
    title: str
    source: str | None
    published: date | None
    url: str | None
    is_primary: bool  # the version search shows for the whole group


@dataclass(frozen=True)
class ArticleListing:
    """An article as a list of what a command would change shows it: enough to recognise it."""

    id: int
    title: str
    source: str | None
    published: date | None
    origin: str | None
    duplicate_of: int | None  # its story's primary, for a near-duplicate


@dataclass(frozen=True)
class Removal:
    """What removing articles changed in the database."""

    removed: tuple[int, ...]
    promoted: tuple[int, ...]  # copies that became their story's primary
    persons_dropped: int  # persons no remaining article names
    cities_dropped: int


@dataclass(frozen=True)
class FacetValue:
    """One value of a facet with its count over all matching articles."""

    name: str
    slug: str
    count: int
    country: str | None = None
    latitude: float | None = None  # city facets only
    longitude: float | None = None


@dataclass(frozen=True)
class Hit:
    """One search result."""

    article_id: int
    title: str
    published: date | None
    source: str | None
    url: str | None
    snippet_html: str  # already escaped, with <mark> around matched terms
    persons: tuple[str, ...] = ()
    cities: tuple[str, ...] = ()


@dataclass(frozen=True)
class SearchRequest:
    """A validated search: what the URL asked for."""

    q: str = ""
    persons: tuple[str, ...] = ()  # slugs
    cities: tuple[str, ...] = ()  # slugs
    countries: tuple[str, ...] = ()  # slugs of country names
    regions: tuple[str, ...] = ()  # slugs; a region matches its own cities' articles too
    sources: tuple[str, ...] = ()  # source names as stored
    date_from: date | None = None  # inclusive
    date_to: date | None = None  # inclusive
    sort: str = "relevance"  # "relevance" | "date" (newest first) | "oldest"
    page: int = 1
    per_page: int = 20
    facet_limit: int = 15
    # A pinned view: only articles whose id is at most this, i.e. those the archive held
    # when the view was pinned (ids only grow), so later ingests change nothing in it.
    as_of: int | None = None
    # Only these articles may match (a collection, resolved to ids by the web layer), or
    # None for no such restriction. Engine-neutral: each backend applies it its own way.
    article_ids: frozenset[int] | None = None
    # Whose people the person filter and facet hold (PERSON_ROLE_FILTERS): by default the
    # people a story is about, not its bylines or photo credits.
    role: str = "mentioned"
    # Whether the caller shows the map (``SearchPage.map_cities``) and each hit's people
    # and places by name (``Hit.persons``, ``Hit.cities``). False lets an engine leave
    # them empty: the API names a hit's people and places from the database and draws no
    # map, and the embedded engine labels each name from a stored document, one read per
    # name it has not labelled yet (most of a first search's time).
    page_extras: bool = True


@dataclass(frozen=True)
class HistogramBar:
    """Matching articles in one month or year."""

    label: str  # "2016" or "2016-07"
    start: date
    end: date
    count: int


# Lengths of the periods articles are counted by over time (a week starts on Monday).
INTERVALS = ("day", "week", "month", "year")


@dataclass(frozen=True)
class DateCounts:
    """Matching articles per period of publication: the dated ones in ``buckets`` (their
    counts add up to ``total - undated``), the others counted apart."""

    interval: str  # one of INTERVALS
    buckets: tuple[tuple[date, int], ...]  # (first day of the period, count), count > 0, by date
    total: int
    undated: int


@dataclass(frozen=True)
class SearchPage:
    """The answer to a SearchRequest."""

    total: int
    hits: tuple[Hit, ...]
    person_facets: tuple[FacetValue, ...] = ()
    city_facets: tuple[FacetValue, ...] = ()
    country_facets: tuple[FacetValue, ...] = ()
    source_facets: tuple[FacetValue, ...] = ()
    region_facets: tuple[FacetValue, ...] = ()
    map_cities: tuple[FacetValue, ...] = ()  # the most named cities, for the map
    histogram: tuple[HistogramBar, ...] = ()
    undated: int = 0  # matching articles whose page states no date
    query_error: str | None = None
    suggestion: str | None = None  # a spelling correction that finds more
    # The archive state this page reflects: the request's as_of, or else the highest article
    # id the engine held; a request with this as_of gives the same results later.
    as_of: int | None = None


@dataclass(frozen=True)
class Correction:
    """An editor's correction of a person or place, as stored (see app.store.corrections)."""

    id: int
    kind: str  # merge, split, rename, not-a-person, not-a-place, resolve, locate
    entity_kind: str  # person or city
    target: str  # the slug it was made on
    payload: dict  # what was asked, and what an undo needs
    actor: str
    created_at: datetime
    undone_at: datetime | None = None
    undone_by: str | None = None

    @property
    def summary(self) -> str:
        """One line for the list of corrections."""
        p = self.payload
        what = {
            "merge": lambda: f"merged into {p.get('into_name', p.get('into'))}",
            "split": lambda: f"alias {p.get('alias')!r} split off",
            "rename": lambda: f"renamed from {p.get('old_name')!r} to {p.get('new_name')!r}",
            "not-a-person": lambda: "marked not a person",
            "not-a-place": lambda: "marked not a place",
            "resolve": lambda: f"re-resolved to GeoNames {p.get('geonames_id')}",
            "locate": lambda: (
                f"located at {p.get('latitude')}, {p.get('longitude')} ({p.get('country')})"
            ),
        }.get(self.kind, lambda: self.kind)()
        return f"{p.get('name', self.target)}: {what}"


@dataclass(frozen=True)
class LoginFailures:
    """The failed sign-ins of one address within the login window, as one check reads
    them (app.store.login_failures): for one editor name, and over all names."""

    pair: int  # failures of this address with this name
    pair_oldest: float | None  # when the oldest of them was (seconds since the epoch)
    address: int  # failures of this address with any name
    address_oldest: float | None


@dataclass(frozen=True)
class Collection:
    """A named set of articles an editor keeps for a piece of work."""

    slug: str
    title: str
    description: str
    created_by: str
    created_at: datetime
    articles: int = 0


@dataclass(frozen=True)
class CollectedArticle:
    """One article in a collection, with the editor's note on it."""

    article_id: int
    title: str
    published: date | None
    source: str | None
    note: str
    added_by: str
    added_at: datetime
