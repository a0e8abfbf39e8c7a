"""Indexing at scale: one writer across many batches, commits when the engine says so (few
segments for Whoosh), and the index still following the database exactly once."""

from datetime import UTC, datetime

from sqlalchemy import select

from app.bench.corpus import generate, write_pages
from app.domain import Article, SearchRequest
from app.ingest.indexing import _Follower, index_pending
from app.ingest.pipeline import ingest_paths
from app.search.whoosh.indexer import MAX_SEGMENTS
from app.store import merge_corrections, repository
from app.store.models import PersonRow


def segment_count(search) -> int:
    """Segments of the embedded Whoosh index (the engine these ingest tests run on)."""
    with search.whoosh_index.reading() as (searcher, _cache):
        return len(searcher.reader().leaf_readers())


def article(article_id: int, body: str = "Shelling in Aleppo") -> Article:
    return Article(
        id=article_id,
        title=f"Report {article_id}",
        body=body,
        published=None,
        source=None,
        author=None,
        url=None,
        ingested_at=datetime(2024, 1, 1, tzinfo=UTC),
    )


def test_an_article_indexed_again_replaces_itself(archive):
    bulk = archive.search.bulk_writer()
    bulk.add([article(1), article(2)])
    bulk.commit()
    # Again, as after a run killed between the index commit and marking the articles:
    # twice in one writer too, which Whoosh alone would store twice.
    assert bulk.add([article(2, "Shelling in Homs"), article(2), article(3)]) == 2
    assert bulk.pending == 2
    assert bulk.commit() == [2, 3]
    assert archive.search.indexed_ids() == [1, 2, 3]
    assert archive.search.search(SearchRequest(q="Homs")).total == 1
    assert archive.search.search(SearchRequest(q="Aleppo")).total == 2


def test_a_large_ingest_indexes_in_a_background_process(archive, tmp_path):
    write_pages(generate(260, seed=3), tmp_path / "pages")
    report = ingest_paths(archive, [tmp_path / "pages"])
    assert len(report.added) == 260
    assert "index (background)" in report.seconds  # not in this process
    with archive.sessions() as session:
        primaries = repository.primary_article_ids(session)
        assert repository.unindexed_article_ids(session) == []
    assert report.indexed == len(primaries)
    assert archive.search.indexed_ids() == primaries
    # Fewer than COMMIT_AT_LEAST articles: one commit, one segment; then the articles the
    # end-of-ingest entity merges changed ("Assad" into Bashar Assad, ...) in a second.
    assert report.merged > 0  # the generated names hold variants the person rules merge
    assert segment_count(archive.search) == 2
    assert archive.search.search(SearchRequest()).total == len(primaries)
    assert index_pending(archive) == 0


def test_a_large_ingest_indexes_the_rest_once_after_its_entities_over_two_processes(
    archive, tmp_path, monkeypatch
):
    # As at 100k, scaled down: the background process gets the first 100 articles only;
    # the other 160, with the first ones the entity rules changed, are indexed once at the
    # end by two sub-writers.
    monkeypatch.setattr("app.ingest.pipeline.INDEXED_WHILE_STORING", 100)
    monkeypatch.setattr("app.ingest.indexing.PARALLEL_FROM", 100)
    write_pages(generate(260, seed=3), tmp_path / "pages")
    report = ingest_paths(archive, [tmp_path / "pages"])
    assert len(report.added) == 260
    assert report.sent_to_indexer == 100
    assert "index after the entities" in report.seconds
    with archive.sessions() as session:
        primaries = repository.primary_article_ids(session)
        assert repository.unindexed_article_ids(session) == []
    assert report.indexed == len(primaries)
    assert archive.search.indexed_ids() == primaries
    with archive.search.whoosh_index.reading() as (searcher, _cache):
        assert searcher.reader().doc_count() == len(primaries)  # each article once, live
    # The first 100's segment (what the rules left of it) and one per sub-writer that
    # took a job (~235 articles in jobs of 100: the two, or one that took all three).
    assert segment_count(archive.search) in (2, 3)
    assert archive.search.search(SearchRequest()).total == len(primaries)
    assert index_pending(archive) == 0


def test_many_small_ingests_leave_at_most_max_segments(archive, tmp_path):
    for number, page in enumerate(generate(MAX_SEGMENTS + 3, seed=4)):
        folder = tmp_path / f"run{number}"
        folder.mkdir()
        (folder / page.file_name).write_text(page.page(), encoding="utf-8")
        report = ingest_paths(archive, [folder])
        # Page 8 is the first to name the city of Deir ez-Zor ("Deir Ezzor"): pages 2, 4
        # and 5, which name Deir ez-Zor province ("eastern Deir el-Zour province", "Tibni
        # in Deir Ezzor province", "IS in Deir Ezzor province"), now reach it through the
        # province and are indexed again with it.
        assert report.indexed == (4 if number == 8 else 1)
    assert segment_count(archive.search) == MAX_SEGMENTS
    assert len(archive.search.indexed_ids()) == MAX_SEGMENTS + 3


def test_after_an_ingest_whose_entities_merged_the_index_holds_each_article_once(
    archive, tmp_path, monkeypatch
):
    # The 260 articles go to the index in one segment; the end of the ingest merges
    # persons ("Assad" into Bashar Assad, ...) and links known names, which changes most
    # of them, and indexes those again. Their first copies must not stay behind (with
    # segments of 100 documents or more merged when a third of them is dead).
    monkeypatch.setattr("app.search.whoosh.indexer.DEAD_MERGE_FROM", 100)
    write_pages(generate(260, seed=3), tmp_path / "pages")
    report = ingest_paths(archive, [tmp_path / "pages"])
    assert len(report.added) == 260
    assert report.merged > 0
    with archive.sessions() as session:
        primaries = repository.primary_article_ids(session)
    with archive.search.whoosh_index.reading() as (searcher, _cache):
        reader = searcher.reader()
        assert reader.doc_count_all() == reader.doc_count() == len(primaries)
    assert segment_count(archive.search) == 1
    assert archive.search.indexed_ids() == primaries
    assert archive.search.search(SearchRequest()).total == len(primaries)


def test_a_merge_made_while_the_indexer_holds_an_article_reaches_the_index(archive, tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "talks.txt").write_text(
        "Opposition says Geneva talks will go on\n\n"
        "Opposition negotiator Mohammed Alloush said on Monday that the talks in Geneva "
        "would go on.\n",
        encoding="utf-8",
    )
    (pages / "army.txt").write_text(
        "Syrian army takes the hills above Daraa\n\n"
        "Army spokesman Ali Mayhoub said on Tuesday that the army had taken the hills "
        "above the town.\n",
        encoding="utf-8",
    )
    assert ingest_paths(archive, [pages]).ok
    with archive.sessions() as session:
        people = dict(session.execute(select(PersonRow.name, PersonRow.id)).all())
        slugs = dict(session.execute(select(PersonRow.name, PersonRow.slug)).all())
    alloush, mayhoub = people["Mohammed Alloush"], people["Ali Mayhoub"]
    [talks] = archive.search.search(SearchRequest(persons=(slugs["Mohammed Alloush"],))).hits

    # An indexer (another ingest's, or a server catching up) has read the talks article
    # and not committed it yet, when an editor merges its person into another one.
    follower = _Follower(archive.sessions, archive.search)
    follower.add([talks.article_id])
    with archive.sessions() as session, session.begin():
        merge_corrections.merge_with_undo(
            session, kind="person", source_id=alloush, target_id=mayhoub, actor="editor"
        )
    follower.commit()
    assert index_pending(archive) == 1  # the merge's change, not lost under the commit
    found = archive.search.search(SearchRequest(persons=(slugs["Ali Mayhoub"],)))
    assert sorted(hit.title for hit in found.hits) == [
        "Opposition says Geneva talks will go on",
        "Syrian army takes the hills above Daraa",
    ]


def test_articles_still_queued_at_the_end_are_left_unindexed_then_indexed_once(
    archive, tmp_path, monkeypatch
):
    from app.ingest import indexing

    write_pages(generate(30, seed=5), tmp_path / "pages")
    ingest_paths(archive, [tmp_path / "pages"])
    with archive.sessions() as session, session.begin():
        ids = repository.primary_article_ids(session)
        repository.mark_all_unindexed(session)
    archive.search.clear()
    monkeypatch.setattr(indexing, "LEAVE_QUEUED_FROM", 1)  # the child is forked: it sees 1
    background = indexing.BackgroundIndexer(archive)
    for one in ids:
        background.add([one])  # 30 jobs: finished at once, most are still queued
    indexed, left, _seconds = background.finish(leave_queued=True)
    assert indexed + left == len(ids)
    with archive.sessions() as session:
        assert len(repository.unindexed_article_ids(session)) == left
    assert len(archive.search.indexed_ids()) == indexed
    assert index_pending(archive) == left
    assert archive.search.indexed_ids() == ids
    assert archive.search.search(SearchRequest()).total == len(ids)


def test_a_large_ingest_leaving_its_queue_to_the_end_indexes_every_article_once(
    archive, tmp_path, monkeypatch
):
    from app.ingest import indexing

    monkeypatch.setattr(indexing, "LEAVE_QUEUED_FROM", 1)
    write_pages(generate(260, seed=3), tmp_path / "pages")
    report = ingest_paths(archive, [tmp_path / "pages"])
    assert len(report.added) == 260
    with archive.sessions() as session:
        primaries = repository.primary_article_ids(session)
        assert repository.unindexed_article_ids(session) == []
    assert report.indexed == len(primaries)
    assert archive.search.indexed_ids() == primaries
    assert archive.search.search(SearchRequest()).total == len(primaries)
    assert index_pending(archive) == 0
