"""Where the end of an ingest goes, and what it leaves in the index.

    nice -n 19 .venv/bin/python tools/settle_profile.py 5000 /tmp/settle5k

Ingests ``N`` synthetic articles (``app.bench.corpus``, seed 0; the pages are written once
under WORKDIR/pages and reused) into a fresh archive under WORKDIR/data, and prints:
- the CPU seconds of the ingest thread (``time.thread_time``: the machine is shared, wall
  time says little) in each part of ``entities.settle``: person rules, known-names pass,
  alternate names, place rules, known-places pass, and the re-index (loading the
  articles, ``update_document``, commit);
- which articles the settle changed: merged (by reason), linked by the known-names pass,
  by the known-places pass, and how many were indexed again;
- the Whoosh index: documents with deleted ones (``doc_count_all``) against live ones
  (``doc_count``), and each segment's documents and size.
WORKDIR/sets.pkl keeps the changed articles by source, for further questions.
"""

from __future__ import annotations

import pickle
import shutil
import sys
import time
from collections import Counter
from pathlib import Path

from whoosh import index as whoosh_index

from app.archive import open_archive
from app.bench.corpus import generate, write_pages
from app.config import Settings
from app.ingest import entities, indexing, pipeline
from app.search.whoosh import indexer

cpu: Counter[str] = Counter()
changed: dict[str, set[int]] = {}
reindexing = [False]  # inside the settle's index_pending
reindexed = [0]  # articles the settle indexed again


def timed(name, function, *, only_reindexing=False, keep=None):  # type: ignore[no-untyped-def]
    def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
        if only_reindexing and not reindexing[0]:
            return function(*args, **kwargs)
        started = time.thread_time()
        try:
            result = function(*args, **kwargs)
        finally:
            cpu[name] += time.thread_time() - started
        if keep:
            changed[keep] = set(result)
        return result

    return wrapper


def index_pending(archive):  # type: ignore[no-untyped-def]
    reindexing[0] = True
    try:
        return _index_pending(archive)
    finally:
        reindexing[0] = False


def settle(archive, **kwargs):  # type: ignore[no-untyped-def]
    started = time.thread_time()
    settled = _settle(archive, **kwargs)
    cpu["settle, all of it"] = time.thread_time() - started
    for merge in settled.merges:
        changed.setdefault(f"merge {merge.kind} {merge.reason}", set()).update(merge.articles)
    reindexed[0] = settled.reindexed
    return settled


_index_pending, _settle = entities.index_pending, entities.settle
entities.apply_person_rules = timed("person rules", entities.apply_person_rules)
entities.name_sweep.sweep_after_ingest = timed(
    "known-names pass", entities.name_sweep.sweep_after_ingest, keep="known-names pass"
)
entities._store_alternate_names = timed("alternate names", entities._store_alternate_names)
entities.apply_place_rules = timed("place rules", entities.apply_place_rules)
entities.place_sweep.sweep_after_ingest = timed(
    "known-places pass", entities.place_sweep.sweep_after_ingest, keep="known-places pass"
)
entities.index_pending = timed("re-index", index_pending)
entities.settle = settle
indexing.repository.load_articles = timed(
    "re-index: load", indexing.repository.load_articles, only_reindexing=True
)
indexer.BulkIndexer.add = timed(
    "re-index: update_document", indexer.BulkIndexer.add, only_reindexing=True
)
indexer.BulkIndexer.commit = timed(
    "re-index: commit (and merges)", indexer.BulkIndexer.commit, only_reindexing=True
)


def main(count: int, root: Path) -> None:
    pages = root / "pages"
    if not pages.is_dir():
        write_pages(generate(count, 0), pages)
    data = root / "data"
    shutil.rmtree(data, ignore_errors=True)
    archive = open_archive(Settings(data_dir=data, database_url=None))
    started = time.perf_counter()
    report = pipeline.ingest_paths(archive, [pages])
    wall = time.perf_counter() - started
    archive.close()
    print(f"added {len(report.added)} in {wall:.1f} s wall ({len(report.added) / wall:.1f}/s)")
    print("stages, wall s:", {stage: round(s, 1) for stage, s in report.seconds.items()})
    print("settle, CPU s of the ingest thread:")
    for part, seconds in cpu.items():
        print(f"  {part:32} {seconds:7.2f}")
    merged = set().union(*(v for k, v in changed.items() if k.startswith("merge")))
    names = changed.get("known-names pass", set())
    places = changed.get("known-places pass", set())
    print(f"articles changed: {len(merged | names | places)}, indexed again: {reindexed[0]}")
    for source, ids in sorted(changed.items(), key=lambda item: -len(item[1])):
        print(f"  {source:32} {len(ids):6}")
    print(f"  {'known names, not merged':32} {len(names - merged):6}")
    print(f"  {'known places, neither':32} {len(places - merged - names):6}")
    (root / "sets.pkl").write_bytes(pickle.dumps(changed))
    describe_index(data / "index")


def describe_index(directory: Path) -> None:
    ix = whoosh_index.open_dir(str(directory))
    reader = ix.reader()
    print(f"index: {reader.doc_count_all()} documents, {reader.doc_count()} live")
    for segment in ix._segments():
        size = sum(f.stat().st_size for f in directory.iterdir() if segment.segment_id() in f.name)
        print(
            f"  segment {segment.segment_id()}: {segment.doc_count_all()} documents, "
            f"{segment.deleted_count()} deleted, {size / 2**20:.1f} MB"
        )
    total = sum(f.stat().st_size for f in directory.rglob("*") if f.is_file())
    print(f"index size {total / 2**20:.1f} MB")
    reader.close()


if __name__ == "__main__":
    main(int(sys.argv[1]), Path(sys.argv[2]))
