"""The known-names pass after an ingest and in a repair: every article is linked to the
archive's known people its text names, also where its own extraction missed them (a
run-on headline list, a lone surname; see ``app.extract.known_names``).

After an ingest the new articles are read for every known person, and the older ones
for the people the ingest made known, so it does not matter which article came first.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from sqlalchemy.orm import Session

from app.extract.known_names import (
    NameTable,
    build_table,
    find_known,
    is_nationality,
    known_people,
)
from app.extract.transliteration import fold
from app.ingest.scanning import read_all
from app.store import known_persons
from app.store.person_rules import SURNAME_MIN_ARTICLES


def name_table(session: Session, *, only: set[int] | None = None) -> NameTable:
    """The table of the archive's known people (or of those among ``only``)."""
    places = known_persons.place_names(session)
    people = known_people(
        known_persons.stored_persons(session),
        surname_min_articles=SURNAME_MIN_ARTICLES,
        place_word=lambda word: fold(word) in places or is_nationality(word),
    )
    return build_table([p for p in people if only is None or p.id in only])


def article_text(title: str | None, body: str | None) -> str:
    """Headline and body as one text; the full stop keeps a name from running across."""
    return f"{title or ''}.\n{body or ''}"


def found_in(
    table: NameTable, texts: Iterable[tuple[int, str, str]], *, processes: int = 1
) -> dict[int, Counter[int]]:
    """Per article id, the known people its headline and body name (the texts read over
    up to ``processes`` processes when there are many)."""
    found = {}

    def read(row: tuple[int, str, str]) -> Counter[int]:
        return find_known(article_text(row[1], row[2]), table)

    for (article_id, _title, _body), persons in read_all(read, texts, processes=processes):
        if persons:
            found[article_id] = persons
    return found


def sweep(session: Session, *, table: NameTable, ids: list[int], processes: int = 1) -> set[int]:
    """Add the missing links of the given articles; returns the articles changed."""
    if not table or not ids:
        return set()
    texts = known_persons.article_texts(session, ids=ids)
    found = found_in(table, texts, processes=processes)
    return known_persons.add_mentions(session, found=found)


def sweep_after_ingest(
    session: Session, *, first_new: int, known_before: set[int], processes: int = 1
) -> set[int]:
    """New articles (ids from ``first_new``) for every known person; older ones for the
    persons that were not known before this ingest (texts read over up to ``processes``)."""
    changed = set()
    table = name_table(session)
    new = known_persons.article_ids(session, after=first_new - 1)
    changed |= sweep(session, table=table, ids=new, processes=processes)
    now_known = set(table.given)
    fresh = now_known - known_before
    if fresh and first_new > 1:
        old = [a for a in known_persons.article_ids(session) if a < first_new]
        fresh_table = name_table(session, only=fresh)
        changed |= sweep(session, table=fresh_table, ids=old, processes=processes)
    return changed


def known_ids(session: Session) -> set[int]:
    """The persons the table holds now (to tell, after an ingest, which are new)."""
    return set(name_table(session).given)
