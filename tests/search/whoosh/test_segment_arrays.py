"""Per-segment arrays saved beside the index: reused at the next start, dropped with their
segment, never seen half-written, and facets the same whether read or loaded."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import numpy as np
import pytest

from app.domain import Article, EntityRef, SearchRequest
from app.search.whoosh import segment_arrays
from app.search.whoosh.index import SearchIndex
from app.search.whoosh.indexer import index_articles, rebuild_index
from app.search.whoosh.query import run_search

CARTER = EntityRef("Ash Carter", "ash-carter")
KERRY = EntityRef("John Kerry", "john-kerry")
MOSUL = EntityRef("Mosul", "mosul", "Iraq", 36.34, 43.13)
PARIS = EntityRef("Paris", "paris", "France", 48.85, 2.35)


def article(article_id: int, *, persons=(), cities=(), source="Reuters") -> Article:  # type: ignore[no-untyped-def]
    return Article(
        id=article_id,
        title=f"Report {article_id} on the coalition",
        body="The coalition met to discuss the campaign against Islamic State.",
        published=date(2016, 1, article_id),
        source=source,
        author=None,
        url=None,
        ingested_at=datetime(2016, 2, 1),
        persons=tuple(persons),
        cities=tuple(cities),
    )


def facets(index: SearchIndex, **request) -> dict[str, dict[str, tuple[str, int]]]:  # type: ignore[no-untyped-def]
    """kind -> slug -> (display name, count), over every match of ``request``."""
    result = run_search(index, SearchRequest(facet_limit=100, **request))
    return {
        kind: {f.slug: (f.name, f.count) for f in found}
        for kind, found in (
            ("person", result.person_facets),
            ("city", result.city_facets),
            ("country", result.country_facets),
            ("source", result.source_facets),
        )
    }


def arrays_files(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.endswith(".arrays.npz"))


def generation_files(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.endswith(".generation.npz"))


def saved_files(directory: Path) -> list[str]:
    """Every file this feature writes, finished or not."""
    return sorted(p.name for p in directory.iterdir() if ".npz" in p.name)


def segment_files(directory: Path) -> set[str]:
    """Segment ids of the index's segments (from their term files)."""
    return {p.name.split(".")[0] for p in directory.glob("MAIN_*.trm")}


def delete_article(index: SearchIndex, article_id: int) -> None:
    """A commit that only deletes: a new generation, the same segments."""
    writer = index.writer()
    writer.delete_by_term("id", str(article_id))
    writer.commit()


@pytest.fixture
def two_segments(tmp_path: Path) -> SearchIndex:
    """An index of two commits (so two segments): three articles, then a fourth."""
    index = SearchIndex(tmp_path / "index")
    index_articles(
        index,
        [
            article(1, persons=[CARTER], cities=[MOSUL, PARIS]),
            article(2, persons=[CARTER, KERRY], cities=[MOSUL], source="AP"),
            article(3, persons=[KERRY], cities=[PARIS]),
        ],
    )
    index_articles(index, [article(4, persons=[CARTER], cities=[PARIS])])
    yield index
    index.close()


EXPECTED = {
    "person": {"ash-carter": ("Ash Carter", 3), "john-kerry": ("John Kerry", 2)},
    "city": {"mosul": ("Mosul", 2), "paris": ("Paris", 3)},
    "country": {"iraq": ("Iraq", 2), "france": ("France", 3)},
    "source": {"Reuters": ("Reuters", 3), "AP": ("AP", 1)},
}


def test_prepare_saves_one_arrays_file_per_segment_and_one_for_the_generation(two_segments):
    directory = two_segments.directory
    assert saved_files(directory) == []
    two_segments.prepare()
    assert len(segment_files(directory)) == 2
    assert arrays_files(directory) == sorted(f"{s}.arrays.npz" for s in segment_files(directory))
    assert len(generation_files(directory)) == 1
    assert facets(two_segments) == EXPECTED


def test_the_saved_generation_is_reused_at_the_next_open(two_segments, monkeypatch):
    two_segments.prepare()
    two_segments.close()

    def not_needed(*args):  # type: ignore[no-untyped-def]
        raise AssertionError("the saved generation should have been loaded")

    monkeypatch.setattr(segment_arrays, "load_arrays", not_needed)
    monkeypatch.setattr(segment_arrays, "read_arrays", not_needed)
    reopened = SearchIndex(two_segments.directory)
    try:
        assert facets(reopened) == EXPECTED
        assert facets(reopened, persons=("john-kerry",))["city"] == {
            "mosul": ("Mosul", 1),
            "paris": ("Paris", 1),
        }
    finally:
        reopened.close()


def test_saved_segment_arrays_are_reused_when_the_generation_is_new(two_segments, monkeypatch):
    two_segments.prepare()
    two_segments.close()
    directory = two_segments.directory
    saved = {name: (directory / name).stat().st_mtime_ns for name in arrays_files(directory)}
    for name in generation_files(directory):
        (directory / name).unlink()

    def no_reading(leaf):  # type: ignore[no-untyped-def]
        raise AssertionError("the saved segment arrays should have been loaded")

    monkeypatch.setattr(segment_arrays, "read_arrays", no_reading)
    reopened = SearchIndex(directory)
    try:
        assert facets(reopened) == EXPECTED
    finally:
        reopened.close()
    after = {name: (directory / name).stat().st_mtime_ns for name in arrays_files(directory)}
    assert after == saved  # loaded, not rewritten
    assert len(generation_files(directory)) == 1  # and the generation saved again


def test_a_deleted_article_leaves_the_facets_even_with_the_same_segments(two_segments):
    two_segments.prepare()
    before = saved_files(two_segments.directory)
    delete_article(two_segments, 2)  # Carter, Kerry, Mosul, AP
    assert facets(two_segments) == {
        "person": {"ash-carter": ("Ash Carter", 2), "john-kerry": ("John Kerry", 1)},
        "city": {"mosul": ("Mosul", 1), "paris": ("Paris", 3)},
        "country": {"iraq": ("Iraq", 1), "france": ("France", 3)},
        "source": {"Reuters": ("Reuters", 3)},
    }
    # A new generation of the same segments: the segment arrays stand, the generation's
    # file is rewritten in place, and a fresh open sees the deletion too.
    assert saved_files(two_segments.directory) == before
    two_segments.close()
    reopened = SearchIndex(two_segments.directory)
    try:
        assert facets(reopened)["source"] == {"Reuters": ("Reuters", 3)}
        assert run_search(reopened, SearchRequest(sources=("AP",))).total == 0
    finally:
        reopened.close()


def test_a_replaced_article_leaves_the_facets_of_its_old_version(two_segments):
    two_segments.prepare()
    # Article 4 again, now naming Kerry and Mosul: its first version (in the second segment,
    # whose arrays are already saved) is deleted, not rewritten.
    index_articles(two_segments, [article(4, persons=[KERRY], cities=[MOSUL])])
    found = facets(two_segments)
    assert found["person"] == {"ash-carter": ("Ash Carter", 2), "john-kerry": ("John Kerry", 3)}
    assert found["city"] == {"mosul": ("Mosul", 3), "paris": ("Paris", 2)}
    assert run_search(two_segments, SearchRequest(persons=("ash-carter",))).total == 2


def test_a_value_whose_only_article_is_replaced_disappears(two_segments):
    townsend = EntityRef("Stephen Townsend", "stephen-townsend")
    index_articles(two_segments, [article(5, persons=[townsend])])
    two_segments.prepare()
    assert facets(two_segments)["person"]["stephen-townsend"] == ("Stephen Townsend", 1)
    index_articles(two_segments, [article(5, persons=[KERRY])])
    assert "stephen-townsend" not in facets(two_segments)["person"]
    assert run_search(two_segments, SearchRequest(persons=("stephen-townsend",))).total == 0


def test_the_newest_live_version_names_a_value(two_segments):
    two_segments.prepare()
    renamed = EntityRef("Ashton Carter", "ash-carter")
    index_articles(two_segments, [article(4, persons=[renamed], cities=[PARIS])])
    assert facets(two_segments)["person"]["ash-carter"] == ("Ashton Carter", 3)


def test_a_merge_drops_the_files_of_the_merged_segments(two_segments):
    two_segments.prepare()
    before = saved_files(two_segments.directory)
    assert len(before) == 3
    rebuild_index(two_segments, [article(1, persons=[KERRY], cities=[PARIS])])
    assert saved_files(two_segments.directory) == []  # deleted with their segments
    two_segments.prepare()
    (segment,) = segment_files(two_segments.directory)
    assert saved_files(two_segments.directory) == [
        f"{segment}.arrays.npz",
        f"{segment}.generation.npz",
    ]
    assert facets(two_segments)["person"] == {"john-kerry": ("John Kerry", 1)}


def test_a_failed_save_leaves_no_file_and_the_index_still_answers(two_segments, monkeypatch):
    def interrupted(out, **arrays):  # type: ignore[no-untyped-def]
        out.write(b"PK\x03\x04 half an archive")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(np, "savez", interrupted)
    two_segments.prepare()
    assert facets(two_segments) == EXPECTED
    assert saved_files(two_segments.directory) == []  # neither files nor temporaries


def test_a_read_only_index_keeps_the_arrays_in_memory(two_segments, monkeypatch):
    def refused(src, dst):  # type: ignore[no-untyped-def]
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(segment_arrays.os, "replace", refused)
    assert facets(two_segments) == EXPECTED
    assert saved_files(two_segments.directory) == []


def test_unreadable_files_are_read_again_from_the_segments(two_segments):
    two_segments.prepare()
    two_segments.close()
    directory = two_segments.directory
    for name in saved_files(directory):
        (directory / name).write_bytes(b"not an npz file")
    reopened = SearchIndex(directory)
    try:
        assert facets(reopened) == EXPECTED
        for name in saved_files(directory):  # and saved again, whole
            assert (directory / name).read_bytes()[:2] == b"PK"
    finally:
        reopened.close()


def test_an_empty_index_prepares_and_answers(tmp_path):
    index = SearchIndex(tmp_path / "index")
    try:
        index.prepare()
        result = run_search(index, SearchRequest(q="coalition"))
        assert result.total == 0 and result.person_facets == ()
        assert saved_files(index.directory) == []
    finally:
        index.close()
