"""Settling the archive's entities after an ingest or a repair: the archive-wide person
rules (merges with redirects), the GeoNames alternate names of new cities, and the
re-indexing of every article a merge changed.

This is the one place that re-indexes after entity changes: merges mark their articles
unindexed in the same transaction (``app.store.merges``), and ``index_pending`` then
indexes exactly those, so a run killed in between leaves them to the next one.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from dataclasses import dataclass, field

from app.archive import Archive
from app.ingest import name_sweep, place_sweep
from app.ingest.indexing import index_pending
from app.store import entity_forms, known_persons
from app.store.merges import Merge
from app.store.person_rules import apply_person_rules, fill_missing_keys
from app.store.place_rules import apply_place_rules

log = logging.getLogger(__name__)


@dataclass
class Settled:
    merges: list[Merge] = field(default_factory=list)
    city_names: int = 0  # GeoNames alternate names stored
    reindexed: int = 0
    linked: set[int] = field(default_factory=set)  # articles the known-names pass linked

    @property
    def articles(self) -> set[int]:
        return {a for merge in self.merges for a in merge.articles} | self.linked


def prepare(archive: Archive) -> None:
    """Before an ingest: keys for the forms an upgraded archive carried over without one,
    so the new articles' persons find the persons already stored."""
    with archive.sessions() as session, session.begin():
        fill_missing_keys(session)


# Written by an ingest before it stores anything, deleted once ``settle`` has committed:
# found by the next ingest, it says the last one stopped (a kill -9, a full disk) between
# the two, with its articles from that id on not yet read for the known names.
PENDING_PASS = "known-names.pending"


def known_before(archive: Archive) -> tuple[int, set[int]]:
    """Before an ingest: the id its first new article will have, and the persons the
    known-names pass knows, for ``settle`` to tell what the ingest added.

    After an ingest stopped before its pass, the rerun finds those articles stored and
    their people known, so it would sweep nothing: it takes over the stopped run's first
    id instead, with no person counted as known before (every known person is looked for
    in the older articles, as ``entities repair`` does)."""
    marker = archive.settings.data_dir / PENDING_PASS
    if marker.is_file():
        text = marker.read_text(encoding="utf-8").strip()
        return (int(text) if text.isdigit() else 1), set()
    with archive.sessions() as session:
        first_new = known_persons.last_article_id(session) + 1
        known = name_sweep.known_ids(session)
    marker.write_text(f"{first_new}\n", encoding="utf-8")
    return first_new, known


def settle(  # type: ignore[no-untyped-def]
    archive: Archive,
    *,
    gazetteer=None,
    rekey_all: bool = False,
    before: tuple[int, set[int]] = (1, set()),
    index_processes: int = 1,
    seconds: Counter[str] | None = None,
) -> Settled:
    """Apply the person rules, link the articles to the known people they name (those
    from ``before[0]`` on to all of them, the older ones to the people not in
    ``before[1]``), store new cities' alternate names and merge the villages that spell a
    city, in one transaction, then index the articles that changed (and those not yet
    indexed) over up to ``index_processes`` processes (as many read the texts for the
    known names and places: app/ingest/scanning.py). The indexing's wall time is added
    to ``seconds`` (an ingest's stages) as "index after the entities"."""
    settled = Settled()
    with archive.sessions() as session, session.begin():
        settled.merges = apply_person_rules(session, rekey_all=rekey_all)
        settled.linked = name_sweep.sweep_after_ingest(
            session, first_new=before[0], known_before=before[1], processes=index_processes
        )
        missing = entity_forms.cities_without_alternate_names(session)
        if missing:
            settled.city_names = _store_alternate_names(session, missing, gazetteer)
        # With the new cities' GeoNames names stored, a village another spelling of one
        # ("Boukamal" for Abu Kamal) merges into it.
        settled.merges += apply_place_rules(session)
        # Then the villages the archive knows, where a story names one without a cue.
        settled.linked |= place_sweep.sweep_after_ingest(
            session, first_new=before[0], search=archive.search, processes=index_processes
        )
    # Committed: the pass an interrupted ingest left pending is done.
    (archive.settings.data_dir / PENDING_PASS).unlink(missing_ok=True)
    for merge in settled.merges:
        log.info(
            "merged %s %r into %r (%s)", merge.kind, merge.old_name, merge.target_name, merge.reason
        )
    started = time.perf_counter()
    settled.reindexed = index_pending(archive, processes=index_processes)
    if seconds is not None:
        seconds["index after the entities"] += time.perf_counter() - started
    return settled


def _store_alternate_names(session, missing: dict[int, int], gaz) -> int:  # type: ignore[no-untyped-def]
    from app.extract.entity_keys import alternate_names
    from app.extract.gazetteer import gazetteer

    names = alternate_names(gaz or gazetteer(), missing)
    return entity_forms.add_alternate_names(
        session,
        names={city_id: (gid, names.get(gid, [])) for gid, city_id in missing.items()},
    )
