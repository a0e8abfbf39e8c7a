"""JSON Lines exports: keys found like CSV columns, per line; bad lines reported by number."""

import json
from datetime import date

from app.ingest.jsonlines import read_jsonl
from app.ingest.pipeline import ingest_paths
from app.ingest.records import BadInput, Metadata, Record
from tests.ingest.conftest import stored
from tests.ingest.samples import ALEPPO_TXT, GENEVA_PARAGRAPHS, MOSUL_PARAGRAPHS

MOSUL_TEXT = "\n\n".join(MOSUL_PARAGRAPHS)
GENEVA_TEXT = "\n\n".join(GENEVA_PARAGRAPHS)


def test_records_bad_lines_and_blank_lines(archive, tmp_path):
    path = tmp_path / "feed.ndjson"
    lines = [
        json.dumps(
            {
                "headline": "Iraqi forces push into Mosul",
                "article_text": MOSUL_TEXT,
                "URL": "https://x.example/mosul",
                "date_publish": "2016-11-03 10:20:00",
                "source_domain": "x.example",  # not a source name we know: ignored
                "authors": ["Sara Ali", "Omar Saleh"],
            }
        ),
        "",
        json.dumps({"title": "No text", "text": ""}),
        "{this is not json",
        json.dumps(["a", "list"]),
        json.dumps(
            {"title": "Geneva talks stall", "content": GENEVA_TEXT,
             "publisher": {"name": "Example Wire"}, "published": "5 April 2017"}
        ),
    ]  # fmt: skip
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = ingest_paths(archive, [path])
    assert len(report.added) == 2
    assert report.failed == [
        BadInput(f"{path}:line 3", "no article text ('text' is empty)"),
        BadInput(f"{path}:line 4", "not valid JSON (Expecting property name enclosed in "
                 "double quotes at column 2)"),
        BadInput(f"{path}:line 5", "a JSON list, not an object"),
    ]  # fmt: skip
    articles = stored(archive)
    mosul = articles["feed.ndjson:line 1"]
    assert mosul.title == "Iraqi forces push into Mosul"
    assert mosul.published == date(2016, 11, 3)
    assert mosul.url == "https://x.example/mosul"
    assert mosul.author == "Sara Ali, Omar Saleh"
    assert mosul.source is None
    assert "Thousands of civilians fled toward camps east of the city" in mosul.body
    geneva = articles["feed.ndjson:line 6"]
    assert (geneva.title, geneva.source, geneva.published) == (
        "Geneva talks stall",
        "Example Wire",
        date(2017, 4, 5),
    )
    assert "Staffan de Mistura said he would keep trying" in geneva.body


def test_mapping_and_a_line_without_the_mapped_key(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(
        json.dumps({"story": MOSUL_TEXT, "when": "11/3/2016"})
        + "\n"
        + json.dumps({"text": GENEVA_TEXT})
        + "\n"
    )
    first, second = read_jsonl(
        path, mapping={"text": "story", "published": "When"}, max_record_bytes=10**6
    )
    assert first == Record(
        f"{path}:line 1", MOSUL_TEXT, clean=True, meta=Metadata(published=date(2016, 11, 3))
    )
    assert second == BadInput(f"{path}:line 2", "no key 'story' for text (keys: text)")


def test_oversize_line_is_skipped_alone(tmp_path):
    path = tmp_path / "big.jsonl"
    path.write_text(
        "\n".join(
            json.dumps({"title": title, "text": text})
            for title, text in [("a", GENEVA_TEXT), ("b", MOSUL_TEXT * 10), ("c", MOSUL_TEXT)]
        )  # no line break after the last line
    )
    a, b, c = read_jsonl(path, mapping={}, max_record_bytes=1000)
    assert (a.meta.title, c.meta.title) == ("a", "c")
    assert b == BadInput(f"{path}:line 2", "record over 1,000 bytes: skipped")


def test_empty_jsonl(tmp_path):
    path = tmp_path / "empty.jsonl"
    path.write_text("\n  \n")
    assert list(read_jsonl(path, mapping={}, max_record_bytes=1000)) == [
        BadInput(str(path), "empty file")
    ]


def test_a_line_nested_100000_deep_is_reported_and_the_rest_of_the_run_is_stored(archive, tmp_path):
    # json.loads recursed once per level and raised RecursionError, which aborted the
    # ingest with nothing stored, good files included.
    folder = tmp_path / "in"
    folder.mkdir()
    feed = folder / "feed.jsonl"
    feed.write_text(
        json.dumps({"title": "Mosul", "text": MOSUL_TEXT})
        + "\n"
        + "[" * 100_000
        + "]" * 100_000
        + "\n"
        + json.dumps({"title": "Geneva", "text": GENEVA_TEXT})
        + "\n",
        encoding="utf-8",
    )
    (folder / "aleppo.txt").write_text(ALEPPO_TXT, encoding="utf-8")
    report = ingest_paths(archive, [folder])
    assert report.failed == [
        BadInput(f"{feed}:line 2", "JSON nested 100,000 levels deep (the limit is 100)")
    ]
    assert sorted(stored(archive)) == ["aleppo.txt", "feed.jsonl:line 1", "feed.jsonl:line 3"]


def test_nesting_is_read_up_to_100_levels_and_brackets_in_strings_do_not_count(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        # the object is one level, "tags" 99 more: 100 in all
        '{"text": ' + json.dumps(MOSUL_TEXT) + ', "tags": ' + "[" * 99 + "]" * 99 + "}",
        '{"text": ' + json.dumps(MOSUL_TEXT) + ', "tags": ' + "[" * 100 + "]" * 100 + "}",
        json.dumps({"text": GENEVA_TEXT + " [" * 500 + " {" * 500}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    first, second, third = read_jsonl(path, mapping={}, max_record_bytes=10**6)
    assert isinstance(first, Record) and first.text == MOSUL_TEXT
    assert second == BadInput(f"{path}:line 2", "JSON nested 101 levels deep (the limit is 100)")
    assert isinstance(third, Record) and third.text.startswith(GENEVA_TEXT + " [ [ [")


def test_half_a_surrogate_pair_is_stored_as_a_replacement_character(archive, tmp_path):
    # "\ud800" alone is valid JSON but no UTF-8: hashing and storing it raised and the
    # whole ingest stopped.
    path = tmp_path / "feed.jsonl"
    path.write_text(
        '{"title": "Aleppo \\ud800 convoy", "text": '
        + json.dumps(MOSUL_TEXT + " ")[:-1]
        + '\\udc00"}\n',
        encoding="utf-8",
    )
    report = ingest_paths(archive, [path])
    assert report.ok and len(report.added) == 1, report.summary()
    article = stored(archive)["feed.jsonl:line 1"]
    assert article.title == "Aleppo \ufffd convoy"
    assert article.body == MOSUL_TEXT + " \ufffd"
