"""Postings sorted by field and term: the segment written is the one plain Whoosh writes,
also when the pool spills sorted runs to disk or a commit merges segments, and the pool
gives its postings in Whoosh's order.

Reference engine: whoosh-reloaded's own SegmentWriter and PostingPool, unpatched."""

from __future__ import annotations

import random

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage
from whoosh.writing import PostingPool

from app.search.whoosh.index import SearchIndex
from app.search.whoosh.posting_pool import DocumentOrderPool
from app.search.whoosh.schema import build_schema
from tests.search.whoosh.test_flush_lengths import _segment_files

WORDS = [
    *("ceasefire", "talks", "resumed", "in", "the", "capital", "after", "shelling", "of"),
    *("northern", "district", "where", "aid", "convoys", "waited", "for", "a", "second"),
    *("day", "while", "officials", "said", "road", "was", "closed", "and", "residents"),
    *("fled", "toward", "border", "crossing", "near", "river"),
]


def _documents(count: int) -> list[dict]:
    rng = random.Random(7)
    return [
        {
            "id": str(n),
            "article_id": n,
            "title": " ".join(rng.sample(WORDS, 4)).capitalize(),
            "body": " ".join(rng.choice(WORDS) + str(rng.randrange(60)) for _ in range(120)),
            "persons": ",".join(f"person-{rng.randrange(9)}" for _ in range(2)),
        }
        for n in range(1, count + 1)
    ]


def _write(writer, documents: list[dict]) -> None:  # type: ignore[no-untyped-def]
    for document in documents:
        writer.add_document(**document)
    writer.commit()


def test_a_segment_is_written_as_plain_whoosh_writes_it(tmp_path):
    documents = _documents(300)
    ours = SearchIndex(tmp_path / "ours")
    writer = ours.writer()
    assert isinstance(writer.pool, DocumentOrderPool)
    _write(writer, documents)
    ours.close()
    (tmp_path / "plain").mkdir()
    plain = whoosh_index.create_in(str(tmp_path / "plain"), build_schema())
    writer = plain.writer()
    writer.compound = False
    _write(writer, documents)
    assert _segment_files(tmp_path / "ours") == _segment_files(tmp_path / "plain")


def test_a_pool_that_spills_runs_to_disk_writes_the_same_segment(tmp_path):
    documents = _documents(400)  # ~40,000 postings: several runs of 1 MB
    ours = SearchIndex(tmp_path / "ours")
    writer = ours.writer(limitmb=1)
    _write(writer, documents)
    ours.close()
    (tmp_path / "plain").mkdir()
    plain = whoosh_index.create_in(str(tmp_path / "plain"), build_schema())
    writer = plain.writer(limitmb=1)
    writer.compound = False
    runs = []
    save = writer.pool.save
    writer.pool.save = lambda: (runs.append(1), save())
    _write(writer, documents)
    assert len(runs) >= 2  # the reference spilled too
    assert _segment_files(tmp_path / "ours") == _segment_files(tmp_path / "plain")


def test_a_commit_that_merges_segments_writes_the_same_segment(tmp_path):
    documents = _documents(200)
    ours = SearchIndex(tmp_path / "ours")
    (tmp_path / "plain").mkdir()
    plain = whoosh_index.create_in(str(tmp_path / "plain"), build_schema())
    for part in (documents[:80], documents[80:150]):
        _write(ours.writer(), part)
        writer = plain.writer()
        writer.compound = False
        _write(writer, part)
    writer = ours.writer()
    _write_merged = writer.add_postings_to_pool  # the merge's postings, term by term
    for document in documents[150:]:
        writer.add_document(**document)
    writer.commit(optimize=True)
    ours.close()
    assert writer.pool.in_document_order is False and _write_merged is not None
    writer = plain.writer()
    writer.compound = False
    for document in documents[150:]:
        writer.add_document(**document)
    writer.commit(optimize=True)
    assert _segment_files(tmp_path / "ours") == _segment_files(tmp_path / "plain")


def test_postings_come_out_in_whooshs_order(tmp_path):
    rng = random.Random(3)
    items = [
        (field, f"w{rng.randrange(40)}".encode(), rng.randrange(500), rng.random(), b"v")
        for field in ("body", "title", "persons")
        for _ in range(2_000)
    ]
    items = list({item[:3]: item for item in items}.values())  # one posting per doc and term
    rng.shuffle(items)
    in_document_order = sorted(items, key=lambda item: item[2])
    for pooled, ordered in ((in_document_order, True), (items, False)):
        for limit in (100_000, 64 * 1024 * 1024):  # several runs spilled; none
            plain = PostingPool(FileStorage(str(tmp_path)), None)
            ours = DocumentOrderPool(FileStorage(str(tmp_path)), None)
            ours.in_document_order = ordered
            plain.limit = ours.limit = limit
            for item in pooled:
                plain.add(item)
                ours.add(item)
            assert list(ours.items()) == list(plain.items())


def test_the_pool_counts_the_size_whoosh_counts(tmp_path):
    postings = [
        ("body", b"aleppo", 0, 1.0, b"\x00\x00\x00\x01(K\x03t."),
        ("persons", b"bashar-al-assad", 0, 1.0, None),
        ("title", b"talk", 1, 2.5, b""),
    ]
    plain = PostingPool(None, None)
    ours = DocumentOrderPool(None, None)
    for posting in postings:
        plain.add(posting)
        ours.add(posting)
    assert ours.currentsize == plain.currentsize
    assert ours.fieldnames == plain.fieldnames
    assert ours.current == plain.current
