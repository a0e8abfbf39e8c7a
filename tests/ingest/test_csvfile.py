"""CSV exports: columns found by name, rows streamed, bad rows reported by number."""

import csv
import io
import random
from datetime import date
from pathlib import Path

import pytest

from app.ingest.csvfile import _cut, read_csv
from app.ingest.pipeline import ingest_paths
from app.ingest.records import BadInput, Metadata, Record
from tests.ingest.conftest import stored
from tests.ingest.samples import GENEVA_PARAGRAPHS, MOSUL_PARAGRAPHS

MOSUL_TEXT = " ".join(MOSUL_PARAGRAPHS)
GENEVA_TEXT = " ".join(GENEVA_PARAGRAPHS)


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8", **fmt) -> Path:
    with path.open("w", encoding=encoding, newline="") as out:
        csv.writer(out, **fmt).writerows(rows)
    return path


def items(path: Path, mapping=None, limit: int = 10**6) -> list:
    return list(read_csv(path, mapping=mapping or {}, max_record_bytes=limit))


def test_common_column_names_and_a_bad_row(archive, tmp_path):
    path = write_csv(
        tmp_path / "export.csv",
        [
            ["Headline", "Body", "Link", "Publish_Date", "Publisher", "Author"],
            ["Iraqi forces push into Mosul", MOSUL_TEXT, "https://x.example/mosul",
             "2016-11-03T10:20:00Z", "Example Wire", "Sara Ali"],
            ["Nothing here", "   ", "https://x.example/empty", "11/4/2016", "Example Wire", ""],
            ["Geneva talks stall", GENEVA_TEXT, "", "Wed 05 Apr 2017", "", ""],
        ],
    )  # fmt: skip
    report = ingest_paths(archive, [path])
    assert len(report.added) == 2
    assert report.failed == [BadInput(f"{path}:row 2", "no article text ('Body' is empty)")]
    articles = stored(archive)
    mosul = articles["export.csv:row 1"]
    assert mosul.title == "Iraqi forces push into Mosul"
    assert mosul.published == date(2016, 11, 3)
    assert (mosul.source, mosul.author, mosul.url) == (
        "Example Wire",
        "Sara Ali",
        "https://x.example/mosul",
    )
    assert "clearing two districts held by Islamic State militants" in mosul.body
    assert "Thousands of civilians fled toward camps east of the city" in mosul.body
    geneva = articles["export.csv:row 3"]
    assert (geneva.title, geneva.published) == ("Geneva talks stall", date(2017, 4, 5))
    assert "Staffan de Mistura said he would keep trying" in geneva.body


def test_mapping_names_other_columns(tmp_path):
    path = write_csv(
        tmp_path / "odd.csv",
        [["story", "when", "headline"], [MOSUL_TEXT, "3 November 2016", "Mosul push"]],
    )
    (refused,) = items(path)
    assert refused == BadInput(
        str(path), "no article text column (columns: story, when, headline); "
        "name it with --map text=COLUMN"
    )  # fmt: skip
    (record,) = items(path, {"text": "STORY", "published": "when"})
    assert record == Record(
        f"{path}:row 1",
        MOSUL_TEXT,
        clean=True,
        meta=Metadata(title="Mosul push", published=date(2016, 11, 3)),
    )
    (missing,) = items(path, {"text": "article"})
    assert missing.reason == "no column 'article' for text (columns: story, when, headline)"


def test_unreadable_date_and_misaligned_rows_are_refused(tmp_path):
    path = tmp_path / "broken.csv"
    path.write_text(
        "title,text,date\n"
        f'A,"{MOSUL_TEXT}",someday\n'
        f'B,"{GENEVA_TEXT}",4/5/2017,extra,fields\n'
        f"C,{GENEVA_TEXT.replace(',', '')},4/5/2017,\n"  # a trailing empty field is fine
    )
    a, b, c = items(path)
    assert a == BadInput(f"{path}:row 1", "unreadable date 'someday' in 'date'")
    assert b == BadInput(
        f"{path}:row 2",
        "5 fields where the header has 3 (line 3); a stray quote or delimiter?",
    )
    assert isinstance(c, Record) and c.meta.published == date(2017, 4, 5)


def test_semicolons_crlf_bom_and_cp1252(tmp_path):
    text = "Le ministre a déclaré à Paris que les frappes continueraient, a-t-il dit."
    path = write_csv(
        tmp_path / "excel.csv",
        [["Titre", "Content", "Date"], ["Frappes à Raqqa", text, "05.04.2017"]],
        encoding="cp1252",
        delimiter=";",
    )
    (record,) = items(path)
    assert (record.text, record.meta.title, record.meta.published) == (
        text,
        None,  # "Titre" is no title column name
        date(2017, 4, 5),
    )
    bom = write_csv(tmp_path / "bom.csv", [["title", "text"], ["Ça", text]], "utf-8-sig")
    (record,) = items(bom)
    assert (record.meta.title, record.text) == ("Ça", text)


def test_oversize_row_is_skipped_whole(small_limits_archive, tmp_path):
    """A row over max_record_bytes (1,000 here), quoted over several lines, is refused
    alone: the rows after it come out intact."""
    huge = "\n".join([MOSUL_TEXT] * 5)  # about 1,300 bytes over five lines
    path = write_csv(
        tmp_path / "big.csv",
        [["title", "text"], ["first", GENEVA_TEXT], ["huge", huge], ["last", MOSUL_TEXT]],
    )
    report = ingest_paths(small_limits_archive, [path])
    assert report.failed == [BadInput(f"{path}:row 2", "row over 1,000 bytes (line 3): skipped")]
    assert sorted(stored(small_limits_archive)) == ["big.csv:row 1", "big.csv:row 3"]
    assert stored(small_limits_archive)["big.csv:row 3"].title == "last"


def test_csv_file_is_not_held_to_the_file_size_limit(small_limits_archive, tmp_path):
    rows = [["title", "text"]] + [[f"Story {n}", f"Story {n}. {MOSUL_TEXT}"] for n in range(8)]
    path = write_csv(tmp_path / "many.csv", rows)
    assert path.stat().st_size > small_limits_archive.settings.max_file_bytes
    report = ingest_paths(small_limits_archive, [path])
    assert (len(report.added), report.failed) == (8, [])


def test_undecodable_bytes_later_in_the_file(tmp_path, monkeypatch):
    """The encoding is told from the start of a streamed file (a megabyte; 100 bytes here).
    A byte further on that does not fit stops the file there; the rows read before it
    are kept, and the report names the exact byte."""
    monkeypatch.setattr("app.ingest.decoding.STREAM_SAMPLE_BYTES", 100)
    path = tmp_path / "mixed.csv"
    row = f"A,{GENEVA_TEXT.replace(',', '')}\n"
    head = ("title,text\n" + row * 100).encode()  # 29 KB
    path.write_bytes(head + b"B,\xff\xfe broken\n" + row.encode() * 3)
    *records, failure = items(path)
    assert len(records) >= 50 and all(isinstance(r, Record) for r in records)
    assert failure == BadInput(
        str(path),
        f"not valid utf-8 text at byte {len(head) + 2:,} (invalid start byte); "
        "the rest of the file is skipped",
    )


@pytest.mark.parametrize("content", ["", "\n\n"])
def test_empty_csv(tmp_path, content):
    path = tmp_path / "empty.csv"
    path.write_text(content)
    assert items(path) == [BadInput(str(path), "empty file")]


def test_cutting_rows_agrees_with_the_csv_module():
    """Quotes, doubled quotes, delimiters and line breaks inside fields, CRLF and LF, stray
    quotes inside unquoted fields: rows are cut where the csv module ends them."""
    pieces = ['"', '""', ",", "\n", "\r\n", "a", "b c", " ", 'x"y', "é"]
    rng = random.Random(7)
    for _ in range(300):
        rows = [
            ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 6))) for _ in range(3)]
            for _ in range(rng.randint(1, 6))
        ]
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator=rng.choice(["\n", "\r\n"])).writerows(rows)
        data = buffer.getvalue()
        if rng.random() < 0.3:
            data += 'z,stray "quote,here\n'  # a quote inside an unquoted field is literal
        expected = [row for row in csv.reader(io.StringIO(data, newline="")) if row]
        cut = [text for _, text in _cut(io.StringIO(data, newline=""), 10**6, lambda: ",")]
        got = [row for text in cut for row in csv.reader(io.StringIO(text)) if row]
        assert got == expected, data


def test_overlong_source_and_author_are_cut_to_the_columns_sizes(archive, tmp_path):
    """PostgreSQL refuses a value longer than its column (SQLite would keep it): a source
    of 250 letters is kept as its first 200, an author of 350 as its first 300, on both."""
    path = write_csv(
        tmp_path / "export.csv",
        [
            ["Headline", "Body", "Publisher", "Author"],
            ["Iraqi forces push into Mosul", MOSUL_TEXT, "Wire " + "w" * 245, "Sara " + "a" * 345],
        ],
    )
    report = ingest_paths(archive, [path])
    assert (len(report.added), report.failed) == (1, [])
    article = stored(archive)["export.csv:row 1"]
    assert article.source == "Wire " + "w" * 195
    assert article.author == "Sara " + "a" * 295
