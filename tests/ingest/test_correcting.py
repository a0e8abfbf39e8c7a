"""Corrections last: they survive ``reindex``, a re-ingest of the same files and
``entities repair``, and apply to articles ingested later (an alias merged once stays
merged, a name marked not a person is not linked again, a split alias stays apart).
Expectations written by hand from the seed pages and the one-page story below."""

from __future__ import annotations

import os
import subprocess
import sys

from app.archive import open_archive
from app.config import PROJECT_ROOT
from app.domain import SearchRequest
from app.ingest.correcting import correct, undo
from app.ingest.pipeline import ingest_paths
from app.ingest.repair import repair
from app.store import repository
from tests.conftest import CARTER_PARIS, CARTER_REVENGE, COALITION_PARIS, KERRY_MEASURES, SEED_PAGES

# Names "Ashton Carter" only (the seed pages say "Ash Carter", and 001 both), and Obama.
ASHTON_PAGE = (
    "Carter visits troops in Baghdad\n\n"
    "BAGHDAD (Reuters) - U.S. Defense Secretary Ashton Carter arrived in Baghdad on Monday "
    "for talks with Iraqi leaders about the offensive against Islamic State.\n\n"
    "Ashton Carter said the coalition would send more advisers to help Iraqi forces.\n"
)
ASHTON_HEARING = (
    "Pentagon chief questioned by senators\n\n"
    "WASHINGTON (Reuters) - Ashton Carter told a Senate hearing on Thursday that the budget "
    "for the next year left the navy short of ships and the army short of trained pilots.\n\n"
    "Senators from both parties asked how long the cuts could last.\n"
)
ABADI_PAGE = (
    "Iraqi premier visits Mosul front\n\n"
    "MOSUL (Reuters) - Iraqi Prime Minister Haider al-Abadi visited troops near Mosul on "
    "Tuesday, a week after the offensive began.\n\n"
    "Haider al-Abadi told soldiers the city would be freed by the end of the year.\n"
)


def persons(archive, **request) -> dict[str, int]:  # type: ignore[no-untyped-def]
    page = archive.search.search(SearchRequest(**request))
    return {f.slug: f.count for f in page.person_facets}


def found(archive, ids, **request) -> set[str]:  # type: ignore[no-untyped-def]
    page = archive.search.search(SearchRequest(per_page=100, **request))
    by_id = {v: k for k, v in ids.items()}
    return {by_id.get(h.article_id, h.article_id) for h in page.hits}


def listed(archive) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with archive.sessions() as session:
        return {ref.slug: n for ref, n in repository.list_persons(session)}


def run_cli(archive, *args: str) -> None:  # type: ignore[no-untyped-def]
    env = {**os.environ, "NEWSARCHIVE_DATA_DIR": str(archive.settings.data_dir)}
    subprocess.run(
        [sys.executable, "-m", "app.cli", *args], env=env, check=True, cwd=PROJECT_ROOT,
        capture_output=True,
    )  # fmt: skip


def test_a_merge_survives_reindex_reingest_and_repair(editable, editable_ids):
    ids = editable_ids
    correct(editable, entity_kind="person", kind="merge", slug="haider-al-abadi",
            body={"into": "ash-carter"}, actor="alice")  # fmt: skip
    everything = {CARTER_PARIS, CARTER_REVENGE, COALITION_PARIS, KERRY_MEASURES}
    editable.close()
    run_cli(editable, "reindex")
    archive = open_archive(editable.settings)
    try:
        assert found(archive, ids, persons=("ash-carter",)) == everything
        report = ingest_paths(archive, SEED_PAGES)
        assert len(report.added) == 0
        assert found(archive, ids, persons=("ash-carter",)) == everything
        repair(archive)
        assert found(archive, ids, persons=("ash-carter",)) == everything
        assert "haider-al-abadi" not in listed(archive)
    finally:
        archive.close()


def test_a_merged_alias_stays_merged_for_new_articles(editable, editable_ids, tmp_path):
    correct(editable, entity_kind="person", kind="merge", slug="haider-al-abadi",
            body={"into": "ash-carter"}, actor="alice")  # fmt: skip
    page = tmp_path / "abadi.txt"
    page.write_text(ABADI_PAGE)
    ingest_paths(editable, [page])
    with editable.sessions() as session:
        new_id = max(repository.all_article_ids(session))
    assert listed(editable)["ash-carter"] == 5
    assert "haider-al-abadi" not in listed(editable)
    hits = editable.search.search(SearchRequest(persons=("ash-carter",), per_page=100)).hits
    assert new_id in {h.article_id for h in hits}


def test_not_a_person_is_not_linked_again_and_survives_repair(editable, editable_ids, tmp_path):
    correct(editable, entity_kind="person", kind="not-a-person", slug="haider-al-abadi",
            body={}, actor="alice")  # fmt: skip
    page = tmp_path / "abadi.txt"
    page.write_text(ABADI_PAGE)
    ingest_paths(editable, [page])
    repair(editable)
    assert "haider-al-abadi" not in listed(editable)
    assert "haider-al-abadi" not in persons(editable)
    assert "haider-al-abadi" not in persons(editable, q="Abadi")
    # The new page names no one else: it is found, with no person at all.
    assert editable.search.search(SearchRequest(q='"freed by the end"')).total == 1
    assert persons(editable, q='"freed by the end"') == {}
    with editable.sessions() as session:
        assert repository.persons_by_slug(session, slugs=["haider-al-abadi"]) == {}


def test_a_split_alias_takes_its_articles_and_stays_apart(editable, editable_ids, tmp_path):
    ids = dict(editable_ids)
    page = tmp_path / "ashton.txt"
    page.write_text(ASHTON_PAGE)
    ingest_paths(editable, [page])
    with editable.sessions() as session:
        ids["ashton"] = max(repository.all_article_ids(session))
    # One person after the ingest: Ashton is Ash Carter's full name (001 says both).
    assert found(editable, ids, persons=("ash-carter",)) == {CARTER_PARIS, CARTER_REVENGE, "ashton"}
    done = correct(editable, entity_kind="person", kind="split", slug="ash-carter",
                   body={"alias": "Ashton Carter"}, actor="alice")  # fmt: skip
    new = done.payload["new_slug"]
    assert new == "ashton-carter"
    # The page naming only Ashton Carter moves; 001, naming both, stays.
    assert found(editable, ids, persons=("ashton-carter",)) == {"ashton"}
    assert found(editable, ids, persons=("ash-carter",)) == {CARTER_PARIS, CARTER_REVENGE}
    # The given-name rule (Ash = Ashton) would merge them again: the split holds through
    # a re-ingest, a new article and a repair.
    ingest_paths(editable, SEED_PAGES)
    again = tmp_path / "again.txt"
    again.write_text(ASHTON_HEARING)
    ingest_paths(editable, [again])
    repair(editable)
    assert listed(editable)["ashton-carter"] == 2
    assert listed(editable)["ash-carter"] == 2
    # Undo: one person again, under Ash Carter, and the split slug leads there.
    undo(editable, correction_id=done.id, actor="alice")
    assert listed(editable)["ash-carter"] == 4 and "ashton-carter" not in listed(editable)


def test_a_city_correction_survives_reingest_and_repair(editable, editable_ids):
    ids = editable_ids
    correct(editable, entity_kind="city", kind="merge", slug="ramadi", body={"into": "fallujah"},
            actor="alice")  # fmt: skip
    correct(editable, entity_kind="city", kind="resolve", slug="paris",
            body={"geonames_id": 4717560}, actor="alice")  # fmt: skip
    ingest_paths(editable, SEED_PAGES)
    repair(editable)
    assert found(editable, ids, cities=("fallujah",)) == {COALITION_PARIS, KERRY_MEASURES}
    with editable.sessions() as session:
        paris = repository.cities_by_slug(session, slugs=["paris"])["paris"]
        assert paris.country == "United States"
        assert repository.cities_by_slug(session, slugs=["ramadi"]) == {}
