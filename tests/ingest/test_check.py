"""`newsarchive check` finds every way the index can disagree with the database, and
`reindex` repairs them; `newsarchive extract` reads a file as ingest does."""

import json
import shutil

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


def garble(path, at: float, length: int = 64) -> None:
    """Overwrite ``length`` bytes of the file from ``at`` (a fraction of its size) with
    bytes no writer would write, as a failing disk or a bad copy would."""
    data = path.read_bytes()
    start = int(len(data) * at)
    noise = bytes((i * 151 + 17) % 256 for i in range(length))
    path.write_bytes(data[:start] + noise + data[start + length :])


def one_line(done) -> str:
    """The one line a failure prints, besides the "archive: ..." line every command
    starts with on stderr."""
    lines = [
        line
        for line in (done.stdout + done.stderr).strip().splitlines()
        if not line.startswith("archive: ")
    ]
    assert "Traceback" not in "\n".join(lines) and len(lines) == 1, lines
    return lines[0]


def test_a_garbled_table_of_contents_is_reported_and_reindex_repairs_it(tmp_path):
    data_dir = tmp_path / "data"
    run_cli("ingest", *map(str, SEED_PAGES), data_dir=data_dir)
    (toc,) = (data_dir / "index").glob("_MAIN_*.toc")
    garble(toc, 0.1)
    done = run_cli("check", data_dir=data_dir)
    assert done.returncode == 1
    line = one_line(done)
    assert line.startswith(f"error: the search index in {data_dir / 'index'} is damaged")
    assert line.endswith("run `newsarchive reindex` to rebuild it from the database")
    repaired = run_cli("reindex", data_dir=data_dir)
    assert repaired.returncode == 0, repaired.stderr
    assert repaired.stdout.strip() == "reindexed 4 articles"
    (aside,) = data_dir.glob("index.damaged-*")  # set aside for a look, not deleted
    assert (aside / toc.name).is_file()
    assert run_cli("check", data_dir=data_dir).returncode == 0


def test_commands_other_than_check_refuse_a_garbled_index_in_one_line_naming_reindex(tmp_path):
    # They said "unexpected SearchBackendError ... (a bug: ... report it)" with exit 70.
    data_dir = tmp_path / "data"
    run_cli("ingest", *map(str, SEED_PAGES), data_dir=data_dir)
    (toc,) = (data_dir / "index").glob("_MAIN_*.toc")
    garble(toc, 0.1)
    for command in (["serve", "--port", "0"], ["ingest", str(SEED_PAGES[0])]):
        done = run_cli(*command, data_dir=data_dir)
        assert done.returncode == 6, done.stderr
        line = one_line(done)
        assert line.startswith(f"error: the search index in {data_dir / 'index'} is damaged")
        assert line.endswith("run `newsarchive reindex` to rebuild it from the database")
        assert "bug" not in line


def test_garbage_in_a_posting_file_fails_check_and_reindex_repairs_it(tmp_path):
    data_dir = tmp_path / "data"
    run_cli("ingest", *map(str, SEED_PAGES), data_dir=data_dir)
    (postings,) = (data_dir / "index").glob("*.pst")
    garble(postings, 0.5)
    done = run_cli("check", data_dir=data_dir)
    assert done.returncode == 1
    line = one_line(done)
    assert line.startswith("search index: damaged (")
    assert line.endswith("; run `newsarchive reindex`")
    repaired = run_cli("reindex", data_dir=data_dir)
    assert repaired.returncode == 0, repaired.stderr
    done = run_cli("check", data_dir=data_dir)
    assert done.returncode == 0, done.stdout
    assert done.stdout.splitlines()[-1].startswith("ok:")


def test_an_empty_or_missing_index_is_one_line_naming_the_fix(tmp_path):
    data_dir = tmp_path / "data"
    empty = run_cli("check", data_dir=data_dir)  # nothing stored, nothing indexed: agreed
    assert empty.returncode == 0, empty.stdout + empty.stderr
    run_cli("ingest", *map(str, SEED_PAGES), data_dir=data_dir)
    shutil.rmtree(data_dir / "index")  # as after a first ingest killed before indexing
    done = run_cli("check", data_dir=data_dir)
    assert done.returncode == 1
    assert one_line(done) == (
        "search index: empty, while the database holds 4 stories; run `newsarchive reindex`"
    )
    assert run_cli("reindex", data_dir=data_dir).returncode == 0
    assert run_cli("check", data_dir=data_dir).returncode == 0
