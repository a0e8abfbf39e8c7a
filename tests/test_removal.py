"""Removing articles: by id, source, origin, search or demo mark; the rest of the archive,
its entities, story groups and the search index stay whole and in step."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.archive import Archive, open_archive
from app.domain import SearchRequest
from app.ingest.check import check_archive
from app.ingest.pipeline import ingest_paths
from app.removal import RemovalError, Selection, choose, remove
from app.store import repository
from app.store.removing import listings
from tests.conftest import SEED_PAGES, make_settings
from tests.ingest.test_neardup import COPY, OTHER, THIRD, WIRE, write_export

# Article ids in ingest order: the four seed pages (1-4), then wire.csv's rows (5-8).
WIRE_ID, COPY_ID, THIRD_ID, JARABLUS_ID = 5, 6, 7, 8


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    pages = tmp_path / "pages"
    pages.mkdir()
    for page in SEED_PAGES:
        shutil.copy(page, pages / page.name)
    write_export(
        tmp_path / "wire.csv",
        [
            ("Strikes kill 12 in Idlib town", WIRE, "Wire One", "2017-03-07"),
            ("Regime raids kill 13 in Idlib", COPY, "Daily Two", "2017-03-07"),
            ("Idlib market strike toll rises", THIRD, "Third Times", "2017-03-08"),
            ("Turkish troops enter Jarablus", OTHER, "Wire One", "2016-08-24"),
        ],
    )
    return tmp_path


@pytest.fixture
def full(folder: Path):  # type: ignore[no-untyped-def]
    """Seed pages (ids 1-4) and one export (5-8: a story in three versions, 5 its primary
    and 6, 7 its copies, and the Jarablus story)."""
    archive = open_archive(make_settings(folder / "data"))
    report = ingest_paths(archive, [folder / "pages", folder / "wire.csv"])
    assert (len(report.added), report.near_duplicates) == (8, 2), report.summary()
    yield archive
    archive.close()


def ids_left(archive: Archive) -> list[int]:
    with archive.sessions() as session:
        return repository.all_article_ids(session)


def groups(archive: Archive) -> dict[int, int | None]:
    with archive.sessions() as session:
        return {a.id: a.duplicate_of for a in listings(session, article_ids=range(1, 9))}


def found(archive: Archive, q: str) -> list[int]:
    return [hit.article_id for hit in archive.search.search(SearchRequest(q=q)).hits]


def persons(archive: Archive) -> dict[str, int]:
    with archive.sessions() as session:
        return {ref.slug: n for ref, n in repository.list_persons(session)}


def cities(archive: Archive) -> dict[str, int]:
    with archive.sessions() as session:
        return {ref.slug: n for ref, n in repository.list_cities(session)}


def chosen_ids(archive: Archive, **selection) -> list[int]:  # type: ignore[no-untyped-def]
    return [listing.id for listing in choose(archive, Selection(**selection))]


def test_removing_a_storys_primary_promotes_its_next_version(full):
    before_persons, before_cities = persons(full), cities(full)
    removal = remove(full, [WIRE_ID])
    assert (removal.removed, removal.promoted) == ((WIRE_ID,), (COPY_ID,))
    assert ids_left(full) == [1, 2, 3, 4, COPY_ID, THIRD_ID, JARABLUS_ID]
    assert groups(full)[COPY_ID] is None and groups(full)[THIRD_ID] == COPY_ID
    # The story is still found once, now through the promoted copy.
    assert found(full, "Idlib") == [COPY_ID]
    # Nothing else changed: every entity keeps its count (the copies name Idlib too).
    assert persons(full) == before_persons and cities(full) == before_cities
    assert check_archive(full).ok


def test_removing_by_source_ignores_case(full):
    assert chosen_ids(full, sources=("wire one",)) == [WIRE_ID, JARABLUS_ID]
    before = cities(full)
    removal = remove(full, [WIRE_ID, JARABLUS_ID])
    assert removal.promoted == (COPY_ID,)
    assert ids_left(full) == [1, 2, 3, 4, COPY_ID, THIRD_ID]
    # Jarablus was named by the Jarablus story alone; Ankara by a seed page too.
    assert "jarablus" not in cities(full) and removal.cities_dropped == 1
    assert cities(full)["ankara"] == before["ankara"] - 1 == 1
    assert found(full, "Jarablus") == [] and found(full, "Idlib") == [COPY_ID]
    assert check_archive(full).ok


def test_removing_by_origin_takes_a_folder_or_an_export(full, folder):
    assert chosen_ids(full, origins=(str(folder / "pages"),)) == [1, 2, 3, 4]
    assert chosen_ids(full, origins=(str(folder / "pages" / SEED_PAGES[0].name),)) == [1]
    assert chosen_ids(full, origins=(str(folder / "wire.csv"),)) == [5, 6, 7, 8]
    # A prefix of a name is not a folder.
    assert chosen_ids(full, origins=(str(folder / "pag"),)) == []

    removal = remove(full, [1, 2, 3, 4])
    assert ids_left(full) == [5, 6, 7, 8]
    # The seed pages named every person; the export names none.
    assert persons(full) == {} and removal.persons_dropped == 20
    assert cities(full) == {"ankara": 1, "idlib": 1, "jarablus": 1, "khan-shaykhun": 1}
    assert found(full, "Islamic State") == [JARABLUS_ID]  # "Islamic State fighters withdrew"
    assert check_archive(full).ok


def test_removing_by_search_takes_the_whole_story(full):
    assert chosen_ids(full, query="Khan Sheikhun") == [WIRE_ID, COPY_ID, THIRD_ID]
    removal = remove(full, [WIRE_ID, COPY_ID, THIRD_ID])
    assert removal.promoted == ()
    assert ids_left(full) == [1, 2, 3, 4, JARABLUS_ID]
    assert found(full, "Idlib") == []
    assert "idlib" not in cities(full) and "khan-shaykhun" not in cities(full)
    assert check_archive(full).ok


def test_unknown_ids_and_empty_searches_remove_nothing(full):
    with pytest.raises(RemovalError, match="the archive has no article 99"):
        choose(full, Selection(ids=(1, 99)))
    with pytest.raises(RemovalError, match="would match every article"):
        choose(full, Selection(query="  "))
    assert ids_left(full) == [1, 2, 3, 4, 5, 6, 7, 8]


def test_demo_articles_are_marked_and_removed_alone(folder):
    archive = open_archive(make_settings(folder / "data"))
    try:
        ingest_paths(archive, [folder / "pages"], demo=True)  # as `serve` seeds
        ingest_paths(archive, [folder / "wire.csv"])  # the user's own
        assert chosen_ids(archive, demo=True) == [1, 2, 3, 4]
        remove(archive, [1, 2, 3, 4])
        assert ids_left(archive) == [5, 6, 7, 8]
        assert check_archive(archive).ok
    finally:
        archive.close()


def run_remove(folder: Path, *args: str, answer: str = "") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app.cli", "--data-dir", str(folder / "data"), "remove", *args],
        input=answer,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_cli_dry_run_lists_and_confirmation_guards(full, folder):
    full.close()
    dry = run_remove(folder, "--source", "Wire One", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    lines = dry.stdout.splitlines()
    assert lines[0] == "would remove: 2 articles"
    assert lines[1] == (
        f"  5\tWire One\t2017-03-07\tStrikes kill 12 in Idlib town\t{folder}/wire.csv:row 1"
    )
    assert lines[2].startswith("  8\tWire One\t2016-08-24\tTurkish troops enter Jarablus\t")

    refused = run_remove(folder, "3", answer="n\n")
    assert refused.returncode == 1
    assert "Remove 1 article? [y/N]" in refused.stdout
    assert refused.stdout.rstrip().endswith("nothing removed")  # the answer is not echoed

    done = run_remove(folder, "3", "--yes")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1].startswith("removed 1 article; 0 other versions")
    again = open_archive(make_settings(folder / "data"))
    try:
        assert ids_left(again) == [1, 2, 4, 5, 6, 7, 8]
    finally:
        again.close()

    nothing = run_remove(folder)
    assert nothing.returncode == 2
    assert "error: name what to remove" in nothing.stderr
