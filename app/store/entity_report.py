"""What a curator should check (``newsarchive entities report``): likely splits (one
person under two entities), suspicious persons (organisation words, one-word names,
places) and the most-mentioned entities, each with its article count."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from itertools import combinations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.extract.lexicons import PARTICLES, is_everyday_word, is_first_name
from app.extract.person_identity import identity_key, name_distance, possessive_forms, surname
from app.store.models import ArticleCityRow, ArticlePersonRow, ArticleRow, CityRow, PersonRow

# Two keys this close are worth a look (a typo, a transliteration the key does not fold):
# "bashar asad" / "bashar asat" at 1, "rami abdrahman" / "rami abdurahman" at 2.
SPLIT_DISTANCE = 2
SPLIT_MIN_KEY = 6  # shorter keys are too close to everything


@dataclass(frozen=True)
class Counted:
    name: str
    slug: str
    articles: int


@dataclass(frozen=True)
class Split:
    a: Counted
    b: Counted
    why: str


@dataclass(frozen=True)
class Suspicious:
    entity: Counted
    why: str


@dataclass(frozen=True)
class EntityReport:
    top_persons: list[Counted]
    top_cities: list[Counted]
    splits: list[Split]
    suspicious: list[Suspicious]


def build_report(
    session: Session,
    *,
    limit: int = 30,
    org_words: frozenset[str] = frozenset(),
    is_place: Callable[[str], bool] | None = None,
) -> EntityReport:
    persons = _counted(session, PersonRow, ArticlePersonRow, ArticlePersonRow.person_id)
    cities = _counted(session, CityRow, ArticleCityRow, ArticleCityRow.city_id)
    return EntityReport(
        top_persons=persons[:limit],
        top_cities=cities[:limit],
        splits=likely_splits(persons),
        suspicious=suspicious_persons(persons, org_words, is_place),
    )


def _counted(session: Session, model, link, link_id) -> list[Counted]:  # type: ignore[no-untyped-def]
    """Entities with their article counts (stories), most first; unlinked ones left out."""
    count = func.count(link.article_id)
    stmt = (
        select(model.name, model.slug, count)
        .join(link, link_id == model.id)
        .join(ArticleRow, ArticleRow.id == link.article_id)
        .where(ArticleRow.duplicate_of.is_(None), model.hidden.is_(False))
        .group_by(model.id)
        .order_by(count.desc(), model.name)
    )
    return [Counted(name, slug, n) for name, slug, n in session.execute(stmt)]


def likely_splits(persons: list[Counted]) -> list[Split]:
    """Pairs of persons that may be one: keys within SPLIT_DISTANCE edits, or one key the
    other's plus trailing words. Compared within blocks (same surname, same first word),
    so the work stays near linear in the number of persons."""
    keyed = [(p, identity_key(p.name)) for p in persons]
    blocks: dict[str, list[tuple[Counted, str]]] = defaultdict(list)
    for p, key in keyed:
        if key:
            blocks["last:" + surname(key)].append((p, key))
            blocks["first:" + key.split()[0]].append((p, key))
    found: dict[tuple[str, str], Split] = {}
    for members in blocks.values():
        for (p, kp), (q, kq) in combinations(members, 2):
            why = _split_reason(kp, kq)
            pair = tuple(sorted((p.slug, q.slug)))
            if why and pair not in found:
                a, b = sorted((p, q), key=lambda c: (-c.articles, c.name))
                found[pair] = Split(a, b, why)  # type: ignore[index]
    for split in _stray_surnames(keyed):
        found.setdefault(tuple(sorted((split.a.slug, split.b.slug))), split)  # type: ignore[arg-type]
    return sorted(found.values(), key=lambda s: (-(s.a.articles + s.b.articles), s.a.name))


def _stray_surnames(keyed: list[tuple[Counted, str]]):  # type: ignore[no-untyped-def]
    """A better-known person's surname after everyday words or capitals ("FM Johnson",
    "Paris Fabius" beside Boris Johnson and Laurent Fabius) or before headline words
    ("Kerrys Demands" beside John Kerry): a run-on of the surname, left for a curator when
    no rule could merge it (a family's surname: "Trump Decisions")."""
    full: dict[str, list[Counted]] = defaultdict(list)
    for p, key in keyed:
        if len(key.split()) > 1:
            full[surname(key)].append(p)
    for p, key in keyed:
        written = p.name.split()
        if len(written) < 2:
            continue
        before = [w for w in written[:-1] if w.lower() not in PARTICLES]
        candidates = []
        if all(is_everyday_word(w) and not is_first_name(w) for w in written[1:]):
            for form in possessive_forms(written[0]):
                candidates.append(
                    ("a known surname run on into headline words", identity_key(form))
                )
        if before and all(w.isupper() or is_everyday_word(w) for w in before):
            candidates.append(("a known surname after everyday words", surname(key)))
        for why, last in candidates:
            bearers = [
                q for q in full.get(last, []) if q.slug != p.slug and q.articles > p.articles
            ]
            for q in bearers:
                yield Split(q, p, why)
            if bearers:
                break


def _split_reason(a: str, b: str) -> str | None:
    if a == b:
        return "same identity key"
    short, long_ = sorted((a, b), key=len)
    if len(short.split()) > 1 and long_.startswith(short + " "):
        return "one name runs on into more words"
    if min(len(a), len(b)) >= SPLIT_MIN_KEY and name_distance(a, b) <= SPLIT_DISTANCE:
        return f"names {name_distance(a, b)} letter(s) apart"
    return None


def suspicious_persons(
    persons: list[Counted], org_words: frozenset[str], is_place: Callable[[str], bool] | None
) -> list[Suspicious]:
    out = []
    for p in persons:
        words = p.name.lower().replace("-", " ").split()
        if any(w in org_words or w.rstrip("s") in org_words for w in words):
            out.append(Suspicious(p, "organisation word"))
        elif is_place is not None and is_place(p.name):
            out.append(Suspicious(p, "a place in the gazetteer"))
        elif len(words) == 1:
            out.append(Suspicious(p, "one-word name"))
    return out


def merge_candidates(session: Session, *, kind: str, slug: str, limit: int = 8) -> list[Counted]:
    """The entities this one is most likely a duplicate of, for the merge form of its page:
    the report's likely splits that involve it, then (persons) others with its surname."""
    if kind == "person":
        everyone = _counted(session, PersonRow, ArticlePersonRow, ArticlePersonRow.person_id)
    else:
        everyone = _counted(session, CityRow, ArticleCityRow, ArticleCityRow.city_id)
    me = next((c for c in everyone if c.slug == slug), None)
    if me is None:
        return []
    found = [
        split.b if split.a.slug == slug else split.a
        for split in likely_splits(everyone if kind == "person" else [])
        if slug in (split.a.slug, split.b.slug)
    ]
    key = identity_key(me.name)
    if kind == "person" and key:
        last = surname(key)
        found += [
            c
            for c in everyone
            if c.slug != slug and (k := identity_key(c.name)) and surname(k) == last
        ]
    if kind == "city":
        found += [c for c in everyone if c.slug != slug and c.name.casefold() == me.name.casefold()]
    return list(dict.fromkeys(found))[:limit]
