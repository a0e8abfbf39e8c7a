"""The archive-wide rules that make one person one entity, applied after every ingest and
by ``entities repair``: they merge (through ``app.store.merges``, so every merge leaves a
redirect) what the per-mention identity keys could not settle alone.

In order:
1. keys: forms without a key (carried over by the migration) get one; persons whose
   forms share a key are one person ("identity").
2. possessives: FA-KES strips apostrophes, so "Bashar al-Assads" is "Bashar al-Assad's";
   a person whose key is another's plus an "s" merges into the plain one, which survives
   even when it came in a later batch ("possessive").
3. given names: same surname, given names that are short forms or vowel variants of each
   other ("Ash"/"Ashton Carter", "Ahmad"/"Ahmed Jarba"), only when exactly one larger
   person fits ("given-name").
4. typos: one misspelt letter in a rarely written form ("Staffa de Mistura" into
   "Staffan de Mistura"; ``TYPO_SHARE``), never between two given names ("typo");
   one Arabic name romanised with another short vowel or a glued article ("Omran Zoabi"
   into "Omran al-Zoubi", "Ibrahim Alhaj" into "Ibrahim al-Hajj"; "romanisation").
5. headline words: a surname one other person bears, run on into headline words
   ("Kerrys Demands") or after words that are no name ("FM Johnson"), is that person
   ("headline-words").
6. lone surnames: "Assad" as a person (from "President Assad") merges into the person
   who dominates that surname ("surname"; see ``SURNAME_SHARE``).
The survivor of a merge is the person with more articles (ties: the older), except for
possessives, where the plain name survives.

Editors' corrections come first: a person marked "not a person" takes no part in any
rule (its links stay suppressed), and two persons an editor split apart are never merged
again (``app.store.corrections.kept_apart``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import partial

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.extract.lexicons import is_first_name
from app.extract.person_identity import (
    identity_key,
    possessive_base,
    same_person,
    surname,
)
from app.store.corrections import kept_apart
from app.store.merges import Merge, merge_entities
from app.store.models import ArticlePersonRow, ArticleRow, CityRow, EntityFormRow, PersonRow
from app.store.person_runons import headline_words, romanisations, typos
from app.textfold import fold

# A lone surname is one person's when that person holds at least this share of the
# articles of every full-named person with the surname, in at least SURNAME_MIN_ARTICLES
# articles. On FA-KES "Assad" goes to Bashar al-Assad (about 190 articles against
# Hafez al-Assad's 2 and Ammar al-Assad's 1); a surname two people share in earnest
# ("Carter" for Jimmy and Ashton) stays a person of its own, to be checked in the report.
SURNAME_SHARE = 0.9
SURNAME_MIN_ARTICLES = 3


@dataclass
class _Person:
    id: int
    name: str
    keys: set[str]
    articles: int

    @property
    def key(self) -> str:
        """The key of its display name (or its longest key when the name has none)."""
        own = identity_key(self.name)
        return own if own in self.keys or not self.keys else max(self.keys, key=len)


def apply_person_rules(session: Session, *, rekey_all: bool = False) -> list[Merge]:
    """Run the rules over the whole archive; returns the merges done (none when the
    archive already follows them, so running twice changes nothing). ``rekey_all``
    recomputes every form's key (repair), not only the missing ones (ingest)."""
    fill_missing_keys(session, only_empty=not rekey_all)
    apart = kept_apart(session)
    merges: list[Merge] = []
    places = frozenset(fold(name) for name in session.scalars(select(CityRow.name)))
    rules = (_identity, _possessives, _given_names, typos, romanisations,
             partial(headline_words, min_articles=SURNAME_MIN_ARTICLES, places=places),
             _lone_surnames, _glued_words)  # fmt: skip
    for rule in rules:
        people = _load(session)
        for source, target, reason in rule(people):
            if frozenset((source, target)) in apart:
                continue
            merges.append(
                merge_entities(
                    session, kind="person", source_id=source, target_id=target, reason=reason
                )
            )
    refresh_display_names(session)
    return merges


def refresh_display_names(session: Session) -> int:
    """Name each person after the form articles name them by most often, the fuller one
    on a tie ("Barack Obama" over a first-seen "Barrack Obama"); slugs stay.
    Renamed persons' articles are marked for re-indexing (the index shows names)."""
    forms: dict[int, dict[str, tuple[int, int]]] = defaultdict(dict)
    rows = session.execute(
        select(EntityFormRow.entity_id, EntityFormRow.form, EntityFormRow.mentions).where(
            EntityFormRow.kind == "person", EntityFormRow.mentions > 0
        )
    )
    for person_id, form, mentions in rows:
        forms[person_id][form] = (mentions, len(identity_key(form).split()))
    for ranks in forms.values():
        # "Donald Trumps" (a possessive that lost its apostrophe) counts for "Donald Trump".
        for form in [f for f in ranks if f.endswith("s") and f[:-1] in ranks]:
            mentions, words = ranks.pop(form)
            plain = ranks[form[:-1]]
            ranks[form[:-1]] = (plain[0] + mentions, plain[1])
    names = dict(session.execute(select(PersonRow.id, PersonRow.name)).all())
    renamed = {}
    for person_id, ranks in forms.items():
        current = names.get(person_id)
        best = max(ranks, key=ranks.__getitem__)
        # Only a form written more often (or as often and fuller) renames: ties keep it.
        if current is not None and ranks[best] > ranks.get(current, (0, 0)):
            renamed[person_id] = best
    for person_id, form in renamed.items():
        session.execute(update(PersonRow).where(PersonRow.id == person_id).values(name=form))
    if renamed:
        linked = select(ArticlePersonRow.article_id).where(
            ArticlePersonRow.person_id.in_(list(renamed))
        )
        session.execute(update(ArticleRow).where(ArticleRow.id.in_(linked)).values(indexed_at=None))
    return len(renamed)


def fill_missing_keys(session: Session, *, only_empty: bool = True) -> int:
    """Compute the identity key of forms stored without one (carried over by the
    migration) or, with ``only_empty=False``, of every form whose key the current rules
    compute differently (after an upgrade); returns how many changed."""
    changed = 0
    stmt = select(EntityFormRow.id, EntityFormRow.form, EntityFormRow.key).where(
        EntityFormRow.kind == "person"
    )
    if only_empty:
        stmt = stmt.where(EntityFormRow.key == "")
    for row_id, form, key in session.execute(stmt).all():
        new = identity_key(form)
        if new != key:
            session.execute(update(EntityFormRow).where(EntityFormRow.id == row_id).values(key=new))
            changed += 1
    return changed


def _load(session: Session) -> dict[int, _Person]:
    counts = dict(
        session.execute(
            select(ArticlePersonRow.person_id, func.count(ArticlePersonRow.article_id)).group_by(
                ArticlePersonRow.person_id
            )
        ).all()
    )
    people = {
        pid: _Person(pid, name, set(), counts.get(pid, 0))
        for pid, name in session.execute(
            select(PersonRow.id, PersonRow.name).where(PersonRow.hidden.is_(False))
        )
    }
    for pid, key in session.execute(
        select(EntityFormRow.entity_id, EntityFormRow.key).where(EntityFormRow.kind == "person")
    ):
        if pid in people and key:
            people[pid].keys.add(key)
    return people


def _rank(p: _Person) -> tuple[int, int]:
    return (-p.articles, p.id)


def _identity(people: dict[int, _Person]):  # type: ignore[no-untyped-def]
    """Persons sharing a key: all merge into the largest of them."""
    by_key: dict[str, list[_Person]] = defaultdict(list)
    for p in people.values():
        for key in p.keys:
            by_key[key].append(p)
    merged: dict[int, int] = {}

    def root(pid: int) -> int:
        while pid in merged:
            pid = merged[pid]
        return pid

    for key in sorted(by_key):
        group = sorted({root(p.id) for p in by_key[key]}, key=lambda pid: _rank(people[pid]))
        for pid in group[1:]:
            merged[pid] = group[0]
            yield pid, group[0], "identity"


def _possessives(people: dict[int, _Person]):  # type: ignore[no-untyped-def]
    """ "Donald Trumps" into "Donald Trump" when the archive knows the plain name."""
    by_key = {}
    for p in sorted(people.values(), key=_rank, reverse=True):
        for key in p.keys:
            by_key[key] = p
    gone: set[int] = set()
    for p in sorted(people.values(), key=_rank):
        base = possessive_base(p.key)
        plain = by_key.get(base) if base else None
        if plain is None or plain.id == p.id or plain.id in gone or len(p.key.split()) < 2:
            continue
        gone.add(p.id)
        yield p.id, plain.id, "possessive"


def _given_names(people: dict[int, _Person]):  # type: ignore[no-untyped-def]
    """ "Ash Carter" into "Ashton Carter": the smaller into the one larger person it fits;
    left alone when it fits several ("Ash Carter" with both Ashton and Ashley Carter)."""
    by_surname: dict[str, list[_Person]] = defaultdict(list)
    for p in people.values():
        if len(p.key.split()) > 1:
            by_surname[surname(p.key)].append(p)
    for group in by_surname.values():
        ranked = sorted(group, key=_rank)
        gone: set[int] = set()
        for i, p in enumerate(ranked):
            if p.id in gone:
                continue
            fits = [q for q in ranked[:i] if q.id not in gone and same_person(p.key, q.key)]
            if len(fits) == 1:
                gone.add(p.id)
                yield p.id, fits[0].id, "given-name"


def _lone_surnames(people: dict[int, _Person]):  # type: ignore[no-untyped-def]
    """ "Assad" into the person who holds SURNAME_SHARE of the surname's articles."""
    full_by_surname: dict[str, list[_Person]] = defaultdict(list)
    for p in people.values():
        if len(p.key.split()) > 1:
            full_by_surname[surname(p.key)].append(p)
    for p in sorted(people.values(), key=_rank):
        if len(p.key.split()) != 1:
            continue
        holders = full_by_surname.get(p.key, [])
        total = sum(q.articles for q in holders)
        best = min(holders, key=_rank) if holders else None
        if (
            best is not None
            and best.articles >= SURNAME_MIN_ARTICLES
            and best.articles >= SURNAME_SHARE * total
        ):
            yield p.id, best.id, "surname"


def _glued_words(people: dict[int, _Person]):  # type: ignore[no-untyped-def]
    """ "Bashar Assad Airstrikes" into "Bashar Assad", "Angela Kane Damascus Community" into
    "Angela Kane": flattened text glued the next words to a name the archive knows far
    better (at least GLUED_MIN_ARTICLES articles, and twice the longer name's). Not when
    the next word is a given name: that may be a second person ("... Holmes Suleiman")."""
    by_key = {p.key: p for p in sorted(people.values(), key=_rank, reverse=True)}
    for p in sorted(people.values(), key=_rank):
        words = p.key.split()
        names = p.name.split()
        if len(words) < 3 or len(names) < 3 or is_first_name(names[-1]):
            continue
        for cut in range(len(words) - 1, 1, -1):
            shorter = by_key.get(" ".join(words[:cut]))
            if shorter is None or shorter.id == p.id:
                continue
            if shorter.articles >= max(GLUED_MIN_ARTICLES, 2 * p.articles):
                yield p.id, shorter.id, "glued-word"
            break


GLUED_MIN_ARTICLES = 3


def merge_unlinked_extensions(session: Session) -> list[Merge]:
    """After a repair: a person no article names any more, whose key is a named person's
    key plus trailing words ("Bashar al-Assad Eleven", a name the old rules ran on into
    the next word), merges into that person, so its old URL leads somewhere useful
    ("trailing-words"). Other unlinked persons stay, unlisted, and their pages keep
    working."""
    people = _load(session)
    apart = kept_apart(session)
    live = {p.key: p for p in sorted(people.values(), key=_rank, reverse=True) if p.articles}
    merges = []
    for p in sorted(people.values(), key=_rank):
        if p.articles:
            continue
        words = p.key.split()
        target = next(
            (
                live[" ".join(words[:n])]
                for n in range(len(words) - 1, 1, -1)
                if " ".join(words[:n]) in live
            ),
            None,
        )
        if target is not None and frozenset((p.id, target.id)) not in apart:
            merges.append(
                merge_entities(
                    session,
                    kind="person",
                    source_id=p.id,
                    target_id=target.id,
                    reason="trailing-words",
                )
            )
    return merges
