"""``newsarchive entities repair``: re-resolve every stored article's persons, cities and
regions with the current extraction and identity rules, in place, without the original files.

Each article's stored text is extracted again (``extract_page`` on the stored body: on
FA-KES this gives the same persons and cities as the original ingest, up to the form a
person is written under). A raw page's headline, captions and credit lines are not part
of the stored body, so a link whose entity appears nowhere in the stored body (a photo
credit, a byline, a person named only in a caption or the headline) is kept as it was:
repair judges only what it can read. (Extracting title and body together was tried: on
FA-KES it adds cities from 11 CSV headlines that the ingest, which takes a CSV title as
stated, never extracts from.) Then the archive-wide rules merge entities (with
redirects, so old URLs keep working), the known-names pass links every article to the
archive's known people its text names (``app.ingest.name_sweep``), and every changed
article is re-indexed. Article
ids never change, and a second run changes nothing.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from app.archive import Archive
from app.extract import extract_page
from app.extract.gazetteer import gazetteer
from app.ingest import entities, name_sweep, place_sweep
from app.store import relinking, writing
from app.store.person_rules import apply_person_rules, merge_unlinked_extensions
from app.textfold import fold

BATCH = 200


@dataclass
class RepairReport:
    articles: int = 0
    changed: set[int] = field(default_factory=set)
    persons_before: int = 0
    persons_after: int = 0
    cities_before: int = 0
    cities_after: int = 0
    merges: Counter[str] = field(default_factory=Counter)  # reason -> merges

    def summary(self) -> str:
        merges = ", ".join(f"{n} {reason}" for reason, n in sorted(self.merges.items()))
        return "\n".join(
            [
                f"articles: {self.articles}, changed: {len(self.changed)}",
                f"persons: {self.persons_before} -> {self.persons_after}",
                f"cities: {self.cities_before} -> {self.cities_after}",
                f"merges: {sum(self.merges.values())}" + (f" ({merges})" if merges else ""),
            ]
        )


def repair(archive: Archive) -> RepairReport:
    report = RepairReport()
    gaz = gazetteer()
    with archive.sessions() as session, session.begin():
        report.persons_before, report.cities_before = relinking.linked_entity_counts(session)
        # Keys by the current rules, and the persons they show to be one merged now, while
        # the article counts that choose each survivor are still the stored ones ("Barack
        # Obama" in 15 articles survives "Barrack Obama" in 1).
        first = apply_person_rules(session, rekey_all=True)
        report.merges.update(merge.reason for merge in first)
        report.changed |= {a for merge in first for a in merge.articles}
        table = name_sweep.name_table(session)
        villages = place_sweep.place_table(session)
    after = 0
    while True:
        with archive.sessions() as session, session.begin():
            rows = relinking.article_texts(session, after=after, limit=BATCH)
            if not rows:
                break
            report.articles += len(rows)
            report.changed |= _relink(session, rows, gaz, (table, villages))
            after = rows[-1][0]
    with archive.sessions() as session, session.begin():
        trailing = merge_unlinked_extensions(session)
    settled = entities.settle(
        archive, gazetteer=gaz, rekey_all=True, index_processes=archive.settings.ingest_workers
    )
    report.merges.update(merge.reason for merge in [*trailing, *settled.merges])
    report.changed |= settled.articles
    with archive.sessions() as session:
        report.persons_after, report.cities_after = relinking.linked_entity_counts(session)
    return report


def _relink(session, rows: list[tuple[int, str, str]], gaz, tables) -> set[int]:  # type: ignore[no-untyped-def]
    """Re-link one batch; returns the ids of the articles whose links changed."""
    extractions = {article_id: extract_page(body, gaz=gaz) for article_id, _t, body in rows}
    # The known people and villages each article names that its extraction missed (the
    # passes an ingest ends with), so a second repair finds the same links and changes
    # nothing.
    people, villages = tables
    known = name_sweep.found_in(people, rows)
    known_villages = place_sweep.found_in(session, villages, rows)
    ids = writing.resolve_entities(session, extractions=list(extractions.values()))
    old = relinking.stored_links(session, article_ids=list(extractions))
    # What repair reads is the body: an entity found only in the headline (or a caption,
    # a credit line) by the original ingest stays linked as it was.
    texts = {article_id: fold(body) for article_id, _title, body in rows}
    unread = _unreadable(session, old, texts)
    changed = set()
    for article_id, extraction in extractions.items():
        new = _keep_counts(writing.article_links(extraction, ids), old[article_id])
        for pid, mentions in known.get(article_id, {}).items():
            new.persons.setdefault(pid, (mentions, "mentioned"))
        for cid, mentions in known_villages.get(article_id, {}).items():
            new.cities.setdefault(cid, mentions)
        for pid in unread["person"].get(article_id, ()):
            new.persons.setdefault(pid, old[article_id].persons[pid])
        for cid in unread["city"].get(article_id, ()):
            new.cities.setdefault(cid, old[article_id].cities[cid])
        if new != old[article_id]:
            relinking.replace_links(session, article_id=article_id, links=new)
            changed.add(article_id)
    # Regions as the current rules find them in the body (an archive made before regions
    # gets them here). The index holds an article's regions, and the city a region is named
    # after ("Idlib province" -> Idlib): an article whose regions or such cities change is
    # re-indexed.
    changed |= relinking.replace_region_links(
        session, regions={a: writing.region_links(e, ids) for a, e in extractions.items()}
    )
    return changed


def _keep_counts(new: writing.Links, old: writing.Links) -> writing.Links:
    """Mentions counted in lines repair cannot read (a headline naming the person again)
    are not lost: an entity linked before and after keeps the larger count."""
    for pid, (mentions, role) in new.persons.items():
        if pid in old.persons:
            new.persons[pid] = (max(mentions, old.persons[pid][0]), role)
    for cid, mentions in new.cities.items():
        new.cities[cid] = max(mentions, old.cities.get(cid, 0))
    return new


def _unreadable(session, old: dict, texts: dict[int, str]) -> dict[str, dict[int, list[int]]]:  # type: ignore[no-untyped-def,type-arg]
    """Per kind and article, the linked entities none of whose forms (nor name) occur in
    the stored body: they came from lines repair cannot read."""
    out: dict[str, dict[int, list[int]]] = {"person": {}, "city": {}}
    for kind in ("person", "city"):
        linked = {
            eid
            for links in old.values()
            for eid in (links.persons if kind == "person" else links.cities)
        }
        forms = relinking.text_forms(session, kind=kind, entity_ids=linked)
        for eid, name in relinking.entity_names(session, kind=kind, entity_ids=linked).items():
            forms.setdefault(eid, []).append(name)
        for article_id, links in old.items():
            entity_ids = links.persons if kind == "person" else links.cities
            for eid in entity_ids:
                folded = [fold(f) for f in forms.get(eid, [])]
                if not any(f and f in texts[article_id] for f in folded):
                    out[kind].setdefault(article_id, []).append(eid)
    return out
