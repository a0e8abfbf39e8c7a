"""`newsarchive check` finds every way the index can disagree with the database, and
`reindex` repairs them; `newsarchive extract` reads a file as ingest does."""

import json

from sqlalchemy import text

from app.ingest.check import check_archive
from app.ingest.pipeline import ingest_paths, reindex
from tests.conftest import SEED_PAGES
from tests.ingest.samples import RAQQA_HTML
from tests.ingest.test_pipeline import run_cli


def test_check_reports_differences_and_reindex_repairs_them(archive):
    ingest_paths(archive, SEED_PAGES)
    assert check_archive(archive).ok
    archive.search.delete([3])
    with archive.sessions() as session, session.begin():
        session.execute(text("UPDATE articles SET title = 'Changed' WHERE id = 1"))
    report = check_archive(archive)
    assert report.problems == [
        "stories missing from the index: 3",
        "title, source or date differ between database and index: 1",
    ]
    assert "run `newsarchive reindex`" in report.summary()
    assert reindex(archive) == 4
    assert check_archive(archive).ok


def test_cli_check_exit_status(tmp_path):
    data_dir = tmp_path / "data"
    run_cli("ingest", *map(str, SEED_PAGES), data_dir=data_dir)
    done = run_cli("check", data_dir=data_dir)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines()[0] == (
        "database: 4 articles, 4 stories (0 near-duplicates); index: 4 documents"
    )
    import sqlite3

    with sqlite3.connect(data_dir / "archive.sqlite3") as connection:
        connection.execute("UPDATE articles SET source = 'Elsewhere' WHERE id = 2")
    done = run_cli("check", data_dir=data_dir)
    assert done.returncode == 1
    assert "title, source or date differ between database and index: 2" in done.stdout


def test_cli_extract_reads_html_as_ingest_does(tmp_path):
    page = tmp_path / "raqqa.html"
    page.write_text(RAQQA_HTML, encoding="utf-8")
    done = run_cli("extract", str(page), data_dir=tmp_path / "data")
    assert done.returncode == 0, done.stderr
    shown = json.loads(done.stdout)
    assert (shown["title"], shown["source"], shown["author"], shown["published"]) == (
        "Coalition strikes hit Raqqa bridges",
        "The Levant Herald",
        "Leila Haddad",
        "2016-10-05",
    )
    assert not (tmp_path / "data").exists()  # touches nothing
