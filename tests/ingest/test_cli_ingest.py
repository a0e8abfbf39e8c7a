"""`newsarchive ingest` over exports, through the real entry point."""

import time
from datetime import date

import pytest

from app.archive import open_archive
from app.config import PROJECT_ROOT
from tests.conftest import make_settings
from tests.ingest.conftest import stored
from tests.ingest.samples import MOSUL_PARAGRAPHS
from tests.ingest.test_pipeline import run_cli

FAKES = PROJECT_ROOT / "seeds" / "fa-kes.csv"  # the demo copy of ../shared/corpus/fa-kes.csv


def test_map_option_names_the_columns(tmp_path):
    export = tmp_path / "export.csv"
    export.write_text(
        "story,when,head\n" + f'"{" ".join(MOSUL_PARAGRAPHS)}",11/3/2016,Mosul push\n',
        encoding="utf-8",
    )
    without = run_cli("ingest", str(export), data_dir=tmp_path / "data")
    assert without.returncode == 1
    assert "no article text column (columns: story, when, head)" in without.stdout
    done = run_cli(
        "ingest", "--map", "text=story,date=when", "--map", "title=head", str(export),
        data_dir=tmp_path / "data",
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "added: 1, unchanged: 0, failed: 0" in done.stdout
    archive = open_archive(make_settings(tmp_path / "data"))
    try:
        article = stored(archive)["export.csv:row 1"]
    finally:
        archive.close()
    assert (article.title, article.published) == ("Mosul push", date(2016, 11, 3))


def test_a_malformed_map_is_a_usage_error(tmp_path):
    done = run_cli("ingest", "--map", "body", "x.csv", data_dir=tmp_path / "data")
    assert done.returncode == 2
    assert "error: --map: 'body' is not FIELD=COLUMN" in done.stderr


@pytest.mark.slow
def test_fa_kes_export_ingests_with_no_option(tmp_path, database_url):
    """804 rows; 15 repeat the text of another row word for word (other outlets
    republishing it), and the archive keeps one article per text; 41 more are another
    outlet's lightly edited copy of a stored story (near-duplicates): stored, not indexed."""
    started = time.monotonic()
    done = run_cli("ingest", str(FAKES), data_dir=tmp_path / "data", database_url=database_url)
    elapsed = time.monotonic() - started
    assert done.returncode == 0, done.stdout + done.stderr
    assert (
        "added: 789, unchanged: 15, failed: 0, skipped: 0, indexed: 748, near-duplicates: 41"
        in done.stdout
    )
    assert elapsed < 240  # about 11 s on the development machine
    archive = open_archive(make_settings(tmp_path / "data", database_url))
    try:
        articles = stored(archive)
    finally:
        archive.close()
    # Rows read by hand in the file.
    first = articles["fa-kes.csv:row 1"]
    assert first.title == "Syria attack symptoms consistent with nerve agent use WHO"
    assert (first.published, first.source) == (date(2017, 4, 5), "nna")
    assert "the World Health Organization said on Wednesday" in first.body
    raid = articles["fa-kes.csv:row 100"]
    assert raid.title == "Air raid kills 19 Syrians in IS-held village"
    assert (raid.published, raid.source) == (date(2016, 10, 5), "alaraby")
    assert "Three children were among at least 19 civilian killed" in raid.body
    # The date column (11/13/2017) wins over the date the text opens with (14 November).
    atareb = articles["fa-kes.csv:row 501"]
    assert atareb.published == date(2017, 11, 13) and atareb.source == "etilaf"
    # A text extraction would empty ("Posted on April 19 2017 by ..."): kept whole.
    aleppo = articles["fa-kes.csv:row 25"]
    assert aleppo.title == "Six Killed in Aleppo Bombing as Evacuation of 4 Syrian Towns Resumes"
    assert aleppo.published == date(2017, 4, 19)
    assert "Six people were killed and dozens others wounded in a blast" in aleppo.body
    assert all(article.published and article.title for article in articles.values())


def test_a_postgresql_database_that_does_not_exist_is_one_line(tmp_path, postgres):
    url = postgres.url("no_such_archive")
    done = run_cli("ingest", str(PROJECT_ROOT / "seeds"), data_dir=tmp_path, database_url=url)
    assert done.returncode == 1
    lines = [line for line in done.stderr.strip().splitlines() if not line.startswith("archive:")]
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("error: the database does not answer:")
    assert '"no_such_archive" does not exist' in lines[0]
    assert lines[0].endswith("check NEWSARCHIVE_DATABASE_URL and that the server runs")
