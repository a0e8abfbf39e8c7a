"""Postings written in one loop: the segment is byte for byte the one plain Whoosh writes,
with posting lists of several blocks, empty fields, keyword fields, a merge and an index
sub-writer's segment.

Reference engine: whoosh-reloaded's own SegmentWriter, unpatched, over the same schema
and documents."""

from __future__ import annotations

import random

from whoosh import index as whoosh_index
from whoosh.codec.whoosh3 import W3FieldWriter
from whoosh.writing import SegmentWriter

from app.search.whoosh.fast_flush import _add_postings, write_postings_fast
from app.search.whoosh.index import SearchIndex
from app.search.whoosh.schema import build_schema
from tests.search.whoosh.test_flush_lengths import _segment_files

WORDS = ("shelling", "aleppo", "talks", "resumed", "convoy", "border", "army", "said", "of")


def _documents(count: int, seed: int = 3) -> list[dict]:
    """Bodies of different lengths (blocks of documents of different field lengths), words
    in more than 128 documents (several blocks per term), some empty titles and bodies."""
    rng = random.Random(seed)
    return [
        {
            "id": str(n),
            "article_id": n,
            "title": "" if n % 17 == 0 else " ".join(rng.sample(WORDS, 3)),
            "body": "" if n % 23 == 0 else " ".join(rng.choices(WORDS, k=rng.randrange(1, 90))),
            "persons": ",".join(f"person-{rng.randrange(5)}" for _ in range(rng.randrange(3))),
            "published": 20160000 + n,
        }
        for n in range(1, count + 1)
    ]


def _plain(tmp_path, documents: list[dict], **kwargs):  # type: ignore[no-untyped-def]
    (tmp_path / "plain").mkdir()
    plain = whoosh_index.create_in(str(tmp_path / "plain"), build_schema())
    writer = plain.writer(**kwargs)
    writer.compound = False
    for document in documents:
        writer.add_document(**document)
    writer.commit()
    return plain


def test_a_writer_of_another_codec_is_left_as_it_is():
    other = type("Writer", (), {"fieldwriter": object()})()
    assert "add_postings" not in vars(write_postings_fast(other).fieldwriter.__class__)


def test_a_segment_of_many_blocks_is_written_as_plain_whoosh_writes_it(tmp_path):
    documents = _documents(700)
    ours = SearchIndex(tmp_path / "ours")
    writer = ours.writer()
    assert type(writer.fieldwriter) is W3FieldWriter
    calls = []
    writer.fieldwriter.add_postings = lambda *args: (
        calls.append(1),
        _add_postings(writer.fieldwriter, *args),
    )
    for document in documents:
        writer.add_document(**document)
    writer.commit()
    ours.close()
    assert calls == [1]
    _plain(tmp_path, documents)
    assert _segment_files(tmp_path / "ours") == _segment_files(tmp_path / "plain")


def test_a_merged_segment_is_written_as_plain_whoosh_writes_it(tmp_path):
    first, second = _documents(300, seed=4), _documents(300, seed=5)
    for document in second:
        document["id"] = str(int(document["id"]) + 300)
        document["article_id"] += 300
    ours = SearchIndex(tmp_path / "ours")
    for documents in (first, second):
        writer = ours.writer()
        for document in documents:
            writer.add_document(**document)
        writer.commit()
    writer = ours.writer()
    writer.commit(optimize=True)
    ours.close()
    (tmp_path / "plain").mkdir()
    plain = whoosh_index.create_in(str(tmp_path / "plain"), build_schema())
    for documents in (first, second):
        writer = plain.writer()
        writer.compound = False
        for document in documents:
            writer.add_document(**document)
        writer.commit()
    writer = plain.writer()
    writer.compound = False
    writer.commit(optimize=True)
    assert _segment_files(tmp_path / "ours") == _segment_files(tmp_path / "plain")


def test_a_sub_writers_segment_is_written_as_plain_whoosh_writes_it(tmp_path):
    documents = _documents(400, seed=6)
    ours = SearchIndex(tmp_path / "ours")
    sub = ours.sub_writer()
    for document in documents:
        sub.add_document(**document)
    segment = sub._finalize_segment()
    (tmp_path / "plain").mkdir()
    plain = whoosh_index.create_in(str(tmp_path / "plain"), build_schema())
    reference = SegmentWriter(plain, _lk=False)
    reference.compound = False
    for document in documents:
        reference.add_document(**document)
    reference._finalize_segment()
    assert segment.doc_count_all() == len(documents)

    def files(directory, name):  # type: ignore[no-untyped-def]
        return sorted(
            (path.name.split(".", 1)[-1], path.read_bytes())
            for path in directory.iterdir()
            if path.name.startswith(f"{name}.")
        )

    mine = files(tmp_path / "ours", segment.segment_id())
    theirs = files(tmp_path / "plain", reference.newsegment.segment_id())
    assert mine and mine == theirs
