"""The known-places pass after an ingest and in a repair: every article is linked to the
archive's known villages its text names where its own extraction missed them (see
``app.extract.known_places``).

After an ingest the new articles are read for every known village; the older ones that the
search index says write a village the ingest named are read for it, so it does not matter
which story of a siege came first (the index finds them without reading every article).
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence

from sqlalchemy.orm import Session

from app.domain import SearchRequest
from app.extract.known_places import PlaceTable, build_place_table, find_known_places
from app.ingest.name_sweep import article_text
from app.ingest.scanning import read_all
from app.search.backend import QueryTooCostly, SearchBackend, SearchBackendError
from app.store import known_persons, known_places

log = logging.getLogger(__name__)

FORMS_PER_QUERY = 12  # phrases in one OR query for the older articles


def place_table(session: Session) -> PlaceTable:
    return build_place_table(known_places.stored_villages(session))


def found_in(
    session: Session,
    table: PlaceTable,
    texts: Sequence[tuple[int, str, str]],
    *,
    processes: int = 1,
) -> dict[int, Counter[int]]:
    """Per article id, the known villages of its places' countries that it names (the
    texts read over up to ``processes`` processes when there are many)."""
    if not table or not texts:
        return {}
    countries = known_places.article_countries(session, [row[0] for row in texts])
    found = {}

    def read(row: tuple[int, str, str]) -> Counter[int]:
        return find_known_places(article_text(row[1], row[2]), table, countries.get(row[0], set()))

    for (article_id, _title, _body), places in read_all(read, texts, processes=processes):
        if places:
            found[article_id] = places
    return found


def sweep(
    session: Session, *, table: PlaceTable, ids: Sequence[int], processes: int = 1
) -> set[int]:
    """Add the missing village links of the given articles; returns the articles changed."""
    if not table or not ids:
        return set()
    texts = list(known_persons.article_texts(session, ids=ids))
    found = found_in(session, table, texts, processes=processes)
    return known_places.add_city_mentions(session, found=found)


def sweep_after_ingest(
    session: Session, *, first_new: int, search: SearchBackend, processes: int = 1
) -> set[int]:
    """New articles (ids from ``first_new``) for every known village; older ones for the
    villages the new articles name (texts read over up to ``processes`` processes)."""
    table = place_table(session)
    if not table:
        return set()
    new = known_persons.article_ids(session, after=first_new - 1)
    changed = sweep(session, table=table, ids=new, processes=processes)
    if first_new > 1 and new:
        named = set(known_places.linked_cities(session, new))
        forms = [form for form, village in table.by_form.items() if village.id in named]
        old = _older_naming(search, forms, before=first_new)
        changed |= sweep(session, table=table, ids=old, processes=processes)
    return changed


def _older_naming(search: SearchBackend, forms: list[str], *, before: int) -> list[int]:
    """Articles older than ``before`` whose indexed text holds one of the forms."""
    ids: set[int] = set()
    for start in range(0, len(forms), FORMS_PER_QUERY):
        phrases = " OR ".join(f'"{form}"' for form in forms[start : start + FORMS_PER_QUERY])
        try:
            ids.update(search.matching_ids(SearchRequest(q=phrases, as_of=before - 1)))
        except (QueryTooCostly, SearchBackendError) as error:  # they wait for a repair
            log.info("known places: older articles not searched: %s", error)
    return sorted(ids)
