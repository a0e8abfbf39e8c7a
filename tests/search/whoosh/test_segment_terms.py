"""Collection frequencies kept per segment stay right as later commits add segments and
deletions leave them unchanged (Whoosh counts a deleted document's words until a merge)."""

from __future__ import annotations

from tests.search.contract.test_writing import article


def frequencies(archive, *words: str) -> dict[bytes, float]:  # type: ignore[no-untyped-def]
    index = archive.search.whoosh_index
    index.refresh()
    with index.reading() as (searcher, _cache):
        return index.term_frequencies.frequencies(
            searcher.reader(), "body", [w.encode() for w in words]
        )


def test_frequencies_follow_each_commit(archive):
    bulk = archive.search.bulk_writer()
    bulk.add([article(1, "Aleppo, Aleppo and Idlib"), article(2, "Aleppo market")])
    bulk.commit()
    assert frequencies(archive, "aleppo", "idlib", "raqqa") == {b"aleppo": 3.0, b"idlib": 1.0}

    bulk = archive.search.bulk_writer()
    bulk.add([article(3, "Aleppo and Raqqa")])
    bulk.commit()
    # The first segment's counts were kept; the new segment's are added to them.
    assert frequencies(archive, "aleppo", "idlib", "raqqa") == {
        b"aleppo": 4.0,
        b"idlib": 1.0,
        b"raqqa": 1.0,
    }
