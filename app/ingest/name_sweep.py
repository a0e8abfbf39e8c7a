"""The known-names pass after an ingest and in a repair: every article is linked to the
archive's known people its text names, also where its own extraction missed them (a
run-on headline list, a lone surname; see ``app.extract.known_names``).

After an ingest the new articles are read for every known person, and the older ones
for the people the ingest made known, so it does not matter which article came first.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from sqlalchemy.orm import Session, sessionmaker

from app.extract.known_names import NameTable, build_table, find_known, known_people
from app.extract.person_identity import surname
from app.store import known_persons
from app.store.person_rules import SURNAME_MIN_ARTICLES


def name_table(session: Session, *, only: set[int] | None = None) -> NameTable:
    """The table of the archive's known people (or of those among ``only``)."""
    people = known_people(
        known_persons.stored_persons(session),
        surname_min_articles=SURNAME_MIN_ARTICLES,
    )
    return build_table([p for p in people if only is None or p.id in only])


def article_text(title: str | None, body: str | None) -> str:
    """Headline and body as one text; the full stop keeps a name from running across."""
    return f"{title or ''}.\n{body or ''}"


def found_in(table: NameTable, texts: Iterable[tuple[int, str, str]]) -> dict[int, Counter[int]]:
    """Per article id, the known people its headline and body name."""
    found = {}
    for article_id, title, body in texts:
        persons = find_known(article_text(title, body), table)
        if persons:
            found[article_id] = persons
    return found


def sweep(session: Session, *, table: NameTable, ids: list[int]) -> set[int]:
    """Add the missing links of the given articles; returns the articles changed."""
    if not table or not ids:
        return set()
    found = found_in(table, known_persons.article_texts(session, ids=ids))
    return known_persons.add_mentions(session, found=found)


def sweep_after_ingest(session: Session, *, first_new: int, known_before: set[int]) -> set[int]:
    """New articles (ids from ``first_new``) for every known person; older ones for the
    persons that were not known before this ingest."""
    changed = set()
    table = name_table(session)
    new = known_persons.article_ids(session, after=first_new - 1)
    changed |= sweep(session, table=table, ids=new)
    now_known = set(table.given)
    fresh = now_known - known_before
    if fresh and first_new > 1:
        old = [a for a in known_persons.article_ids(session) if a < first_new]
        changed |= sweep(session, table=name_table(session, only=fresh), ids=old)
    return changed


def known_ids(session: Session) -> set[int]:
    """The persons the table holds now (to tell, after an ingest, which are new)."""
    return set(name_table(session).given)


# The batch pass's table is built again once the archive has grown by this share since it
# was last built (and by a batch at least): about 25 builds from an empty archive to 100k.
TABLE_REGROWTH = 0.1


def full_forms_only(table: NameTable) -> NameTable:
    """The table without its owned surnames: what stays true as the archive grows (a
    second "Assad" arriving later takes a surname's ownership back; a full form stays)."""
    return NameTable(
        by_form=table.by_form,
        given=table.given,
        surnames={surname(key) for key in table.by_form},
    )


class BatchLinker:
    """The known-names pass on each stored batch before the indexer reads it, with the
    full forms of the people known so far.

    Run only at the end, the pass changed most articles of a large ingest after they were
    indexed (999 in 1,000 of the bench's), and all of them were indexed a second time, on
    one core, while readers waited for the new generation. Linked here, an article goes
    to the index once with those links; the end's pass, with the final table and the
    owned surnames, adds (and re-indexes) only what names people who became known later.
    Its links are the end's own subset, so the archive ends up linked as before.
    """

    def __init__(self, sessions: sessionmaker[Session], *, stored: int) -> None:
        self._sessions = sessions
        self._table = NameTable()
        self._stored = stored  # articles in the archive
        self._built_at: int | None = None  # ... when the table was last built

    def link(self, article_ids: list[int]) -> set[int]:
        """Link these stored, not yet indexed articles to the known people they name."""
        if not article_ids:
            return set()
        with self._sessions() as session, session.begin():
            if self._due():
                self._table = full_forms_only(name_table(session))
                self._built_at = self._stored
            changed = sweep(session, table=self._table, ids=article_ids)
        self._stored += len(article_ids)
        return changed

    def _due(self) -> bool:
        if self._built_at is None:
            return True
        grown = self._stored - self._built_at
        return grown > 0 and grown >= TABLE_REGROWTH * self._built_at
