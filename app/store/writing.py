"""Ingest's writes, a batch at a time: a few IN queries resolve every person and city of a
batch, and articles go in through Core inserts rather than one ORM flush per mention.

Measured on FA-KES (789 articles, 1,050 person and 1,900 city mentions) the per-mention ORM
path cost about a third of the ingest time; this costs a few milliseconds per batch.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from app.domain import CityMention, Extraction, PersonMention
from app.extract.entity_keys import place_key, place_skeleton
from app.extract.person_identity import identity_key
from app.store import place_writing, region_namesakes
from app.store.merges import ROLE_RANK
from app.store.models import (
    ArticleCityRow,
    ArticlePersonRow,
    ArticleRegionRow,
    ArticleRow,
    ArticleSignatureRow,
    CityRow,
    EntityFormRow,
    PersonRow,
)
from app.store.slugs import SlugPicker
from app.textfold import source_key

# SQLite allows 32,766 bound parameters per statement (999 before 3.32); stay well below.
IN_CHUNK = 900


@dataclass
class EntityIds:
    """The archive's ids of the persons and cities a batch names."""

    persons: dict[str, int] = field(default_factory=dict)  # identity key -> person id
    # city key (``city_key``: a GeoNames id, or a village's name and country) -> city id
    cities: dict[CityKey, int] = field(default_factory=dict)
    regions: dict[place_writing.RegionKey, int] = field(default_factory=dict)

    def person(self, mention: PersonMention) -> int:
        return self.persons[_person_forms(mention)[0][1]]


CityKey = int | place_writing.VillageKey


def city_key(city: CityMention) -> CityKey:
    """A city is its GeoNames id; a village GeoNames lacks, its folded name and country."""
    if city.geonames_id is not None:
        return city.geonames_id
    return place_writing.village_key(city)


def _fit(value: str | None, column: Any) -> str | None:
    """The value cut to its column's length: PostgreSQL refuses a longer one (and with
    it the whole batch), where SQLite would keep it whole; both now store the same."""
    length = column.property.columns[0].type.length
    return value[:length] if value is not None and length else value


def _chunks(values: Sequence, size: int = IN_CHUNK) -> Iterator[Sequence]:  # type: ignore[type-arg]
    for start in range(0, len(values), size):
        yield values[start : start + size]


def existing_hashes(session: Session, *, content_hashes: Iterable[str]) -> set[str]:
    """Which of these content hashes the archive has already."""
    wanted = list(dict.fromkeys(content_hashes))
    found: set[str] = set()
    for chunk in _chunks(wanted):
        found.update(
            session.scalars(
                select(ArticleRow.content_hash).where(ArticleRow.content_hash.in_(chunk))
            )
        )
    return found


# Statements built once and executed with parameters: built per row with ``.values(...)``
# they cost ~1.6 ms of CPU each in SQLAlchemy's cache-key and coercion code (profiled).
_INSERT_PERSON = insert(PersonRow.__table__)
_INSERT_CITY = insert(CityRow.__table__)


def _person_forms(mention: PersonMention) -> list[tuple[str, str]]:
    """``(form, identity key)`` of the mention's name and aliases, name first."""
    forms = [(form, identity_key(form)) for form in dict.fromkeys((mention.name, *mention.aliases))]
    return [(form, key) for form, key in forms if key]


def resolve_entities(session: Session, *, extractions: Sequence[Extraction]) -> EntityIds:
    """Find or create every person and city these extractions name.

    A person is found by the identity key of any of its forms
    (``app.extract.person_identity``: "Bashar Assad" finds "Bashar al-Assad") and every
    new form is recorded; a city by its GeoNames id (or the id of a city merged into it).
    Mentions are taken in order, as one-at-a-time storing would. What keys cannot settle
    (possessives, lone surnames, short given names) ``app.store.person_rules`` merges at
    the end of the ingest.
    """
    ids = EntityIds()
    persons = [p for extraction in extractions for p in extraction.persons]
    cities = [c for extraction in extractions for c in extraction.cities]
    _resolve_persons(session, persons, ids)
    ids.regions = place_writing.resolve_regions(session, extractions=extractions)
    _resolve_cities(session, cities, ids)
    return ids


def _resolve_persons(session: Session, persons: list[PersonMention], ids: EntityIds) -> None:
    keys = list(dict.fromkeys(key for p in persons for _form, key in _person_forms(p)))
    known_forms: set[tuple[int, str]] = set()
    for chunk in _chunks(keys):
        rows = session.execute(
            select(EntityFormRow.key, EntityFormRow.entity_id, EntityFormRow.form)
            .where(EntityFormRow.kind == "person", EntityFormRow.key.in_(chunk))
            .order_by(EntityFormRow.entity_id.desc())  # the oldest person wins a shared key
        )
        for key, person_id, form in rows:
            ids.persons[key] = person_id
            known_forms.add((person_id, form))
    new_forms: list[dict] = []
    named: Counter[tuple[int, str]] = Counter()  # (person, form an article names it by)
    slugs = _SlugPicker(session, PersonRow, "person")
    for mention in persons:
        forms = _person_forms(mention)
        if not forms:
            continue
        person_id = next((ids.persons[k] for _f, k in forms if k in ids.persons), None)
        if person_id is None:
            person_id = session.execute(
                _INSERT_PERSON,
                {"name": _fit(mention.name, PersonRow.name), "slug": slugs.pick(mention.name)},
            ).inserted_primary_key[0]
        named[(person_id, forms[0][0])] += 1
        for form, key in forms:
            ids.persons.setdefault(key, person_id)
            if (person_id, form) not in known_forms:
                known_forms.add((person_id, form))
                new_forms.append(_form_row("person", person_id, form, key))
    if new_forms:
        session.execute(insert(EntityFormRow), new_forms)
    _count_mentions(session, named)


def _count_mentions(session: Session, named: Counter[tuple[int, str]]) -> None:
    """Add these articles to the count of the form each named its person by."""
    if not named:
        return
    forms = EntityFormRow.__table__  # Core: one executemany, not ORM updates by id
    session.execute(
        update(forms)
        .where(
            forms.c.kind == "person",
            forms.c.entity_id == bindparam("person_id"),
            forms.c.form == bindparam("named_form"),
        )
        .values(mentions=forms.c.mentions + bindparam("n")),
        [{"person_id": p, "named_form": f, "n": n} for (p, f), n in named.items()],
    )


def _form_row(kind: str, entity_id: int, form: str, key: str, source: str = "text") -> dict:
    return {
        "kind": kind,
        "entity_id": entity_id,
        "form": form[:300],
        "key": key[:300],
        "skeleton": place_skeleton(form) if kind == "city" else "",
        "source": source,
    }


def _resolve_cities(session: Session, cities: list[CityMention], ids: EntityIds) -> None:
    geonames = list(dict.fromkeys(c.geonames_id for c in cities if c.geonames_id is not None))
    for chunk in _chunks(geonames):
        ids.cities.update(
            session.execute(
                select(CityRow.geonames_id, CityRow.id).where(CityRow.geonames_id.in_(chunk))
            ).all()
        )
    merged = [f"geonames:{g}" for g in geonames if g not in ids.cities]
    for chunk in _chunks(merged):
        for form, city_id in session.execute(
            select(EntityFormRow.form, EntityFormRow.entity_id).where(
                EntityFormRow.kind == "city", EntityFormRow.form.in_(chunk)
            )
        ):
            ids.cities[int(form.split(":", 1)[1])] = city_id
    ids.cities.update(place_writing.known_villages(session, cities=cities))
    known_forms = set()
    city_ids = list(set(ids.cities.values()))
    for chunk in _chunks(city_ids):
        known_forms.update(
            session.execute(
                select(EntityFormRow.entity_id, EntityFormRow.form).where(
                    EntityFormRow.kind == "city", EntityFormRow.entity_id.in_(chunk)
                )
            ).all()
        )
    slugs = _SlugPicker(session, CityRow, "city")
    new_forms: list[dict] = []
    regions: dict[int, int] = {}  # city id -> its region's id
    inserted: list[int] = []  # new cities with a region
    for city in cities:
        key = city_key(city)
        region_id = ids.regions.get(("code", city.region_code)) if city.region_code else None
        if key not in ids.cities:
            ids.cities[key] = _insert_city(session, city, slugs, region_id)
            if region_id is not None:
                inserted.append(ids.cities[key])
        city_id = ids.cities[key]
        if region_id is not None:
            regions.setdefault(city_id, region_id)
        for form in dict.fromkeys((city.name, *city.aliases)):
            if (city_id, form) not in known_forms and place_key(form):
                known_forms.add((city_id, form))
                new_forms.append(_form_row("city", city_id, form, place_key(form)))
    if new_forms:
        session.execute(insert(EntityFormRow), new_forms)
    place_writing.link_cities_to_regions(session, city_regions=regions)
    # A new city named like its region: the articles stored earlier naming the region
    # now reach it too, so they are indexed again.
    region_namesakes.reindex_region_articles(session, city_ids=inserted)


def _insert_city(
    session: Session, city: CityMention, slugs: _SlugPicker, region_id: int | None
) -> int:
    return session.execute(
        _INSERT_CITY,
        {
            "name": _fit(city.name, CityRow.name),
            "slug": slugs.pick(city.name, fallback=f"{city.name} {city.country}"),
            "country": _fit(city.country, CityRow.country),
            "country_code": city.country_code,
            "latitude": city.latitude,
            "longitude": city.longitude,
            "geonames_id": city.geonames_id,
            "region_id": region_id,
        },
    ).inserted_primary_key[0]


_SlugPicker = SlugPicker  # the name other modules and older code use


def new_slug(session: Session, *, kind: str, name: str) -> str:
    """A slug for a new entity of this kind, never one taken now or before (an editor's
    split makes new persons outside an ingest)."""
    return _SlugPicker(session, PersonRow if kind == "person" else CityRow, kind).pick(name)


@dataclass
class Links:
    """One article's links: person id -> (mentions, role), city id -> mentions."""

    persons: dict[int, tuple[int, str]] = field(default_factory=dict)
    cities: dict[int, int] = field(default_factory=dict)


def article_links(extraction: Extraction, entities: EntityIds) -> Links:
    """The links an extraction makes, once ``resolve_entities`` has found its entities.

    Two mentions may be one entity (two spellings of one person): one link, mentions
    added, with the strongest role (named in the story beats wrote it beats took the
    pictures)."""
    links = Links()
    for person in extraction.persons:
        if _person_forms(person):
            pid = entities.person(person)
            role = person.role if person.role in ROLE_RANK else "mentioned"
            mentions, had = links.persons.get(pid, (0, role))
            if ROLE_RANK[had] < ROLE_RANK[role]:
                role = had
            links.persons[pid] = (mentions + person.count, role)
    for city in extraction.cities:
        cid = entities.cities[city_key(city)]
        links.cities[cid] = links.cities.get(cid, 0) + city.count
    return links


def region_links(extraction: Extraction, entities: EntityIds) -> dict[int, int]:
    """Region id -> mentions of the regions an article names (two spellings, one link)."""
    links: dict[int, int] = {}
    for region in extraction.regions:
        rid = entities.regions[place_writing.region_key(region)]
        links[rid] = links.get(rid, 0) + region.count
    return links


# Built once, as the entity inserts above (profiled on 10k synthetic articles: the ingest
# process spent ~1.6 ms of CPU an article building one per article).
_INSERT_ARTICLE = insert(ArticleRow.__table__)


class BatchWriter:
    """Stores a batch of articles: the entities first (``resolve_entities``), then each
    article row as it comes (its id is needed at once: the next article may be its
    near-duplicate), and the links and signatures of all of them in one go at the end."""

    def __init__(self, session: Session, *, extractions: Sequence[Extraction]) -> None:
        self.session = session
        self.entities = resolve_entities(session, extractions=extractions)
        self._connection = session.connection()
        self._persons: list[dict] = []
        self._cities: list[dict] = []
        self._regions: list[dict] = []
        self._signatures: list[dict] = []
        self._source_names: dict[str, str] = {}  # source key -> the archive's spelling

    def add(
        self,
        *,
        extraction: Extraction,
        content_hash: str,
        origin: str | None,
        ingested_at: datetime,
        duplicate_of: int | None = None,
        signature: bytes | None = None,
        demo: bool = False,
        capture_uri: str | None = None,
        captured_at: datetime | None = None,
    ) -> int:
        source = self._source_name(extraction.source)
        article_id = self._connection.execute(
            _INSERT_ARTICLE,
            {
                "title": extraction.title,
                "body": extraction.body,
                "published": extraction.published,
                "source": source,
                "source_key": _fit(source_key(source), ArticleRow.source_key) if source else None,
                "author": _fit(extraction.author, ArticleRow.author),
                "url": extraction.url,
                "content_hash": content_hash,
                "origin": origin,
                "ingested_at": ingested_at,
                "duplicate_of": duplicate_of,
                "demo": demo,
                "capture_uri": capture_uri,
                "captured_at": captured_at,
            },
        ).inserted_primary_key[0]
        links = article_links(extraction, self.entities)
        self._persons += [
            {"article_id": article_id, "person_id": p, "mentions": n, "role": role}
            for p, (n, role) in links.persons.items()
        ]
        self._cities += [
            {"article_id": article_id, "city_id": c, "mentions": n} for c, n in links.cities.items()
        ]
        self._regions += [
            {"article_id": article_id, "region_id": r, "mentions": n}
            for r, n in region_links(extraction, self.entities).items()
        ]
        if signature is not None:
            self._signatures.append({"article_id": article_id, "minhash": signature})
        return article_id

    def _source_name(self, stated: str | None) -> str | None:
        """The archive's spelling of this outlet (the first one stored), so that one outlet
        is one source whatever case or punctuation each page uses; None for a blank."""
        key = source_key(stated or "")
        if not key:
            return None
        if key not in self._source_names:
            stored = self.session.scalar(
                select(ArticleRow.source).where(ArticleRow.source_key == key).limit(1)
            )
            spelled = " ".join((stated or "").split())
            self._source_names[key] = stored or _fit(spelled, ArticleRow.source)
        return self._source_names[key]

    def finish(self) -> None:
        for model, rows in (
            (ArticlePersonRow, self._persons),
            (ArticleCityRow, self._cities),
            (ArticleRegionRow, self._regions),
            (ArticleSignatureRow, self._signatures),
        ):
            if rows:
                self._connection.execute(insert(model), rows)
        self._persons, self._cities, self._regions, self._signatures = [], [], [], []


def add_signatures(session: Session, *, signatures: dict[int, bytes]) -> None:
    if signatures:
        session.execute(
            insert(ArticleSignatureRow),
            [{"article_id": a, "minhash": blob} for a, blob in signatures.items()],
        )
