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

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from app.domain import CityMention, Extraction, PersonMention
from app.extract.entity_keys import place_key, place_skeleton
from app.extract.person_identity import identity_key
from app.store.merges import ROLE_RANK
from app.store.models import (
    ArticleCityRow,
    ArticlePersonRow,
    ArticleRow,
    ArticleSignatureRow,
    CityRow,
    EntityFormRow,
    EntityRedirectRow,
    PersonRow,
)
from app.textfold import make_slug, source_key

# SQLite allows 32,766 bound parameters per statement (999 before 3.32); stay well below.
IN_CHUNK = 900


@dataclass
class EntityIds:
    """The archive's ids of the persons and cities a batch names."""

    persons: dict[str, int] = field(default_factory=dict)  # identity key -> person id
    cities: dict[int, int] = field(default_factory=dict)  # geonames id -> city id

    def person(self, mention: PersonMention) -> int:
        return self.persons[_person_forms(mention)[0][1]]


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
    cities = [c for extraction in extractions for c in _geonames_cities(extraction)]
    _resolve_persons(session, persons, ids)
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
                insert(PersonRow).values(name=mention.name, slug=slugs.pick(mention.name))
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
    geonames = list(dict.fromkeys(c.geonames_id for c in cities))
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
    for city in cities:
        if city.geonames_id not in ids.cities:
            ids.cities[city.geonames_id] = _insert_city(session, city, slugs)
        city_id = ids.cities[city.geonames_id]
        for form in dict.fromkeys((city.name, *city.aliases)):
            if (city_id, form) not in known_forms and place_key(form):
                known_forms.add((city_id, form))
                new_forms.append(_form_row("city", city_id, form, place_key(form)))
    if new_forms:
        session.execute(insert(EntityFormRow), new_forms)


def _geonames_cities(extraction: Extraction) -> list[CityMention]:
    """The cities the archive can store: villages GeoNames lacks (no id, no coordinates)
    wait for a cities table that takes them (a nullable position and their own key)."""
    return [c for c in extraction.cities if c.geonames_id is not None]


def _insert_city(session: Session, city: CityMention, slugs: _SlugPicker) -> int:
    return session.execute(
        insert(CityRow).values(
            name=city.name,
            slug=slugs.pick(city.name, fallback=f"{city.name} {city.country}"),
            country=city.country,
            country_code=city.country_code,
            latitude=city.latitude,
            longitude=city.longitude,
            geonames_id=city.geonames_id,
        )
    ).inserted_primary_key[0]


class _SlugPicker:
    """The name's slug, or a longer one when another entity has it, or had it before it
    was merged (slugs never change, and an old slug keeps redirecting)."""

    def __init__(self, session: Session, model: type, kind: str) -> None:
        self.session, self.model, self.kind = session, model, kind

    def _taken(self, slug: str) -> bool:
        entity = self.session.scalar(select(self.model.id).where(self.model.slug == slug))
        if entity is not None:
            return True
        redirect = select(EntityRedirectRow.id).where(
            EntityRedirectRow.kind == self.kind, EntityRedirectRow.old_slug == slug
        )
        return self.session.scalar(redirect) is not None

    def pick(self, name: str, fallback: str | None = None) -> str:
        candidates = [make_slug(name)]
        if fallback:
            candidates.append(make_slug(fallback))
        for slug in candidates:
            if not self._taken(slug):
                return slug
        base, n = candidates[-1], 2
        while self._taken(f"{base}-{n}"):
            n += 1
        return f"{base}-{n}"


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
    for city in _geonames_cities(extraction):
        cid = entities.cities[city.geonames_id]
        links.cities[cid] = links.cities.get(cid, 0) + city.count
    return links


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
            insert(ArticleRow).values(
                title=extraction.title,
                body=extraction.body,
                published=extraction.published,
                source=source,
                source_key=source_key(source) if source else None,
                author=extraction.author,
                url=extraction.url,
                content_hash=content_hash,
                origin=origin,
                ingested_at=ingested_at,
                duplicate_of=duplicate_of,
                demo=demo,
                capture_uri=capture_uri,
                captured_at=captured_at,
            )
        ).inserted_primary_key[0]
        links = article_links(extraction, self.entities)
        self._persons += [
            {"article_id": article_id, "person_id": p, "mentions": n, "role": role}
            for p, (n, role) in links.persons.items()
        ]
        self._cities += [
            {"article_id": article_id, "city_id": c, "mentions": n} for c, n in links.cities.items()
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
            self._source_names[key] = stored or " ".join((stated or "").split())
        return self._source_names[key]

    def finish(self) -> None:
        for model, rows in (
            (ArticlePersonRow, self._persons),
            (ArticleCityRow, self._cities),
            (ArticleSignatureRow, self._signatures),
        ):
            if rows:
                self._connection.execute(insert(model), rows)
        self._persons, self._cities, self._signatures = [], [], []


def add_signatures(session: Session, *, signatures: dict[int, bytes]) -> None:
    if signatures:
        session.execute(
            insert(ArticleSignatureRow),
            [{"article_id": a, "minhash": blob} for a, blob in signatures.items()],
        )
