"""Ingest: idempotence, bad files reported and skipped, the index following the database."""

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from app.domain import SearchRequest
from app.ingest.pipeline import content_hash, ingest_paths, reindex
from app.store import repository
from tests.conftest import KERRY_MEASURES, SEED_PAGES
from tests.ingest.conftest import stored


def copy_seeds(folder: Path) -> Path:
    folder.mkdir(parents=True)
    for page in SEED_PAGES:
        shutil.copy(page, folder / page.name)
    return folder


def article_count(archive) -> int:
    with archive.sessions() as session:
        return repository.count_articles(session)


def test_reingesting_the_same_content_adds_nothing(archive, tmp_path):
    seeds = copy_seeds(tmp_path / "in")
    first = ingest_paths(archive, [seeds])
    assert (len(first.added), len(first.unchanged), first.failed) == (4, 0, [])
    # The same text with other line breaks and spacing is the same article.
    (seeds / "copy.txt").write_text(
        "  ".join((seeds / KERRY_MEASURES).read_text().split()), encoding="utf-8"
    )
    second = ingest_paths(archive, [seeds])
    assert (len(second.added), len(second.unchanged), second.failed) == (0, 5, [])
    assert article_count(archive) == 4
    assert archive.search.search(SearchRequest()).total == 4


def test_bad_files_are_reported_by_name_and_the_rest_is_stored(archive, tmp_path):
    folder = copy_seeds(tmp_path / "in")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text("   \n\n  ", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    # A UTF-16 byte-order mark then an odd number of bytes: no text in any encoding.
    # (Latin-1 pages are decoded now: tests/ingest/test_encodings.py.)
    (folder / "cut-utf16.txt").write_bytes(b"\xff\xfeM\x00o\x00s")
    (folder / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    report = ingest_paths(archive, [folder, tmp_path / "missing-folder"])
    reasons = {Path(bad.origin).name: bad.reason for bad in report.failed}
    assert reasons["empty.txt"] == "empty file"
    assert reasons["blank.txt"] == "empty file"
    assert "binary" in reasons["binary.txt"]
    assert reasons["cut-utf16.txt"].startswith("not valid utf-16 text")
    assert "broken link" in reasons["dangling.txt"]
    assert reasons["missing-folder"] == "no such file or folder"
    assert len(report.added) == 4 and not report.ok
    assert article_count(archive) == 4


def test_a_page_of_a_million_short_lines_is_stored_whole(archive, tmp_path):
    # 2.5 MB, one short lower-case line after another: soft wraps of one paragraph (its
    # ingest hung for ~45 min while the lines were joined one by one).
    folder = copy_seeds(tmp_path / "in")
    (folder / "lines.txt").write_text("we\na\ngo\na\n" * 250_000, encoding="utf-8")
    report = ingest_paths(archive, [folder])
    assert report.ok and len(report.added) == 5, report.summary()
    page = stored(archive)["lines.txt"]
    assert page.body == "we a go a " * 249_999 + "we a go a"
    assert archive.search.search(SearchRequest(q="we go")).total >= 1


def test_oversize_file_is_refused_without_reading_it(tmp_path, database_url):
    from app.archive import open_archive
    from tests.conftest import make_settings

    settings = make_settings(tmp_path / "data", database_url).model_copy(
        update={"max_file_bytes": 1000}
    )
    archive = open_archive(settings)
    try:
        page = tmp_path / "huge.txt"
        page.write_text("word " * 1000, encoding="utf-8")
        report = ingest_paths(archive, [page])
    finally:
        archive.close()
    assert report.failed[0].reason == "too large (5,000 bytes; the limit is 1,000)"


def test_articles_stored_but_not_indexed_are_indexed_by_the_next_run(archive, tmp_path):
    seeds = copy_seeds(tmp_path / "in")
    ingest_paths(archive, [seeds])
    # As after a crash between the database commit and the index commit:
    with archive.sessions() as session, session.begin():
        session.execute(text("UPDATE articles SET indexed_at = NULL WHERE id > 2"))
    archive.search.delete([3, 4])
    assert archive.search.search(SearchRequest()).total == 2
    report = ingest_paths(archive, [seeds])
    assert report.indexed == 2
    assert archive.search.search(SearchRequest()).total == 4


def test_reindex_rebuilds_the_index_from_the_database(archive, tmp_path):
    ingest_paths(archive, [copy_seeds(tmp_path / "in")])
    assert archive.search.search(SearchRequest(q="Mosul")).total == 3
    assert reindex(archive) == 4
    assert reindex(archive) == 4
    # A running reader sees the rebuilt index once, not the old documents as well.
    assert archive.search.search(SearchRequest(q="Mosul")).total == 3
    assert archive.search.search(SearchRequest()).total == 4


def run_cli(
    *args: str, data_dir: Path, database_url: str | None = None
) -> subprocess.CompletedProcess:
    env = {"NEWSARCHIVE_DATA_DIR": str(data_dir), "PATH": "/usr/bin:/bin"}
    if database_url:
        env["NEWSARCHIVE_DATABASE_URL"] = database_url
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


def test_cli_ingest_summary_and_exit_status(tmp_path, database_url):
    folder = copy_seeds(tmp_path / "in")
    (folder / "broken.txt").write_bytes(b"\xff\xfe\x00\x00garbage")
    done = run_cli("ingest", str(folder), data_dir=tmp_path / "data", database_url=database_url)
    assert done.returncode == 1, done.stderr
    assert "added: 4, unchanged: 0, failed: 1" in done.stdout
    assert "broken.txt" in done.stdout
    again = run_cli(
        "ingest", *map(str, SEED_PAGES), data_dir=tmp_path / "data", database_url=database_url
    )
    assert again.returncode == 0, again.stderr
    assert "added: 0, unchanged: 4, failed: 0" in again.stdout


def test_cli_reindex(tmp_path, database_url):
    data = tmp_path / "data"
    run_cli("ingest", *map(str, SEED_PAGES), data_dir=data, database_url=database_url)
    done = run_cli("reindex", data_dir=data, database_url=database_url)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "reindexed 4 articles"


@pytest.mark.parametrize(
    ("text", "normalised"),
    [
        ("  Shelling in  Aleppo\n\nresumed.\t", "shelling in aleppo resumed."),
        ("Gaza\u00a0City\u2009talks\u3000end", "gaza city talks end"),  # no-break, thin...
        ("one\x1ctwo\x85three\u2028four", "one two three four"),  # separators, NEL, LS
        ("zero\u200bwidth is no space", "zero\u200bwidth is no space"),
        ("STRASSE Straße", "strasse strasse"),  # casefolded
        ("", ""),
    ],
)
def test_texts_equal_up_to_white_space_and_case_have_one_hash(text, normalised):
    assert content_hash(text) == hashlib.sha256(normalised.encode("utf-8")).hexdigest()
