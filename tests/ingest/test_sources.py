"""Which files are inputs, and which reader each one gets."""

import gzip
import json
from pathlib import Path

from app.ingest.records import BadInput
from app.ingest.sources import find_files, read_items
from tests.ingest.samples import ALEPPO_TXT, RAQQA_HTML


def names(found) -> list[str]:
    return [item.name if isinstance(item, Path) else f"bad {item.origin}" for item in found]


def test_folder_walk(tmp_path):
    root = tmp_path / "scrape"
    (root / "deep" / "er").mkdir(parents=True)
    (root / "a.txt").write_text(ALEPPO_TXT)
    (root / "a.json").write_text(json.dumps({"title": "A"}))  # a.txt's sidecar
    (root / "lone.json").write_text("{}")  # no page of that name: not an input either
    (root / "b.HTML").write_text(RAQQA_HTML)
    (root / "deep" / "c.csv").write_text("title,text\n")
    (root / "deep" / "d.ndjson").write_text("")
    (root / "deep" / "er" / "e.warc.gz").write_bytes(b"")
    (root / "deep" / "er" / "story").write_text(RAQQA_HTML)  # saved without an extension
    (root / "deep" / "crawl.log").write_text("GET /story 200\n")
    (root / "deep" / "er" / "photo").write_bytes(b"\xff\xd8\xff\xe0")
    assert names(find_files([root])) == [
        "a.txt",
        "b.HTML",
        "c.csv",
        "d.ndjson",
        "e.warc.gz",
        "story",
    ]


def test_named_files(tmp_path):
    (tmp_path / "a.txt").write_text(ALEPPO_TXT)
    (tmp_path / "a.json").write_text("{}")
    (tmp_path / "notes.md").write_text("# notes")
    found = list(find_files([tmp_path / "a.txt", tmp_path / "a.json", tmp_path / "notes.md"]))
    assert names(found) == ["a.txt", "notes.md"]  # the sidecar is a.txt's
    (refused,) = read_items(found[1], max_file_bytes=10**6, max_record_bytes=10**6)
    assert refused == BadInput(str(tmp_path / "notes.md"), "unsupported file type '.md'")


def test_a_compressed_warc_is_known_by_its_content(tmp_path):
    from tests.ingest.test_warc import Crawl

    crawl = Crawl()
    crawl.response("https://x.example/", RAQQA_HTML.encode())
    path = crawl.save(tmp_path / "crawl-0001.gz")
    (record,) = read_items(path, max_file_bytes=10, max_record_bytes=10**6)
    assert record.meta.title == "Coalition strikes hit Raqqa bridges"
    not_warc = tmp_path / "other.gz"
    not_warc.write_bytes(gzip.compress(b"just some text\n" * 100))
    assert names(find_files([tmp_path])) == ["crawl-0001.gz"]


def test_a_file_name_that_is_not_utf8_is_stored_with_a_replacement_character(archive, tmp_path):
    # b"caf\xe9.txt" (Latin-1) reaches Python as "caf\udce9.txt", which SQLite refused:
    # the whole batch was lost.
    import os

    from app.ingest.pipeline import ingest_paths
    from tests.ingest.conftest import stored

    folder = tmp_path / "in"
    folder.mkdir()
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.txt"), "w", encoding="utf-8") as page:
        page.write(ALEPPO_TXT)
    report = ingest_paths(archive, [folder])
    assert report.ok and len(report.added) == 1, report.summary()
    assert list(stored(archive)) == ["caf\ufffd.txt"]
