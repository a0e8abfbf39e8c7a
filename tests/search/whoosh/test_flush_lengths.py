"""Field lengths read once per flush: the segment written is the one plain Whoosh writes.

Reference engine: whoosh-reloaded's own SegmentWriter, unpatched, over the same schema
and documents."""

from __future__ import annotations

import hashlib
from pathlib import Path

from whoosh import index as whoosh_index

from app.search.whoosh.index import SearchIndex
from app.search.whoosh.schema import build_schema

# Bodies of different lengths, so that posting blocks hold documents of different field
# lengths, and a title word shared by two documents.
DOCUMENTS = [
    {"id": "1", "article_id": 1, "title": "Shelling in Aleppo", "body": "Shelling in Aleppo"},
    {"id": "2", "article_id": 2, "title": "Mosul", "body": "Mosul " + "army attack " * 4},
    {"id": "3", "article_id": 3, "title": "Aleppo talks", "body": "Talks on Aleppo resume"},
    {"id": "4", "article_id": 4, "title": "Empty", "body": ""},
]


def _segment_files(directory: Path) -> list[str]:
    """Digests of the segment's files (their names hold a random segment name)."""
    return sorted(
        hashlib.sha256(path.read_bytes()).hexdigest()
        for path in directory.iterdir()
        if path.name.startswith("MAIN_") and not path.name.endswith(".npz")
    )


def test_a_segment_is_written_byte_for_byte_as_plain_whoosh_writes_it(tmp_path):
    ours = SearchIndex(tmp_path / "ours")
    writer = ours.writer()
    for document in DOCUMENTS:
        writer.add_document(**document)
    writer.commit()
    ours.close()

    (tmp_path / "plain").mkdir()
    plain = whoosh_index.create_in(str(tmp_path / "plain"), build_schema())
    writer = plain.writer()  # non-compound like ours, else the files differ in layout
    writer.compound = False
    for document in DOCUMENTS:
        writer.add_document(**document)
    writer.commit()

    assert _segment_files(tmp_path / "ours") == _segment_files(tmp_path / "plain")
    assert len(_segment_files(tmp_path / "ours")) >= 5  # terms, postings, lengths...


def test_field_lengths_are_those_of_the_words_indexed(tmp_path):
    """A search over the index sees each body's length in words (stop words left out;
    Whoosh keeps a length in one byte, exact up to 10)."""
    ours = SearchIndex(tmp_path / "ours")
    writer = ours.writer()
    for document in DOCUMENTS:
        writer.add_document(**document)
    writer.commit()
    with ours.reading() as (searcher, _cache):
        reader = searcher.reader()
        lengths = [reader.doc_field_length(n, "body") for n in range(4)]
    ours.close()
    # "Shelling in Aleppo": "in" is a stop word; 1 + 4 * 2 words; "on" is a stop word.
    assert lengths[:3] == [2, 9, 3]
