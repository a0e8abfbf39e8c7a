"""Near-duplicates: one wire story from several outlets is one search result, and its
article page lists the other versions."""

import csv
import gc
import weakref
from pathlib import Path

import numpy as np
import pytest
from bs4 import BeautifulSoup
from datasketch import MinHash
from fastapi.testclient import TestClient

from app.archive import open_archive
from app.domain import SearchRequest
from app.ingest.check import check_archive
from app.ingest.neardup import (
    NUM_PERM,
    SCHEME,
    SEED,
    NearDuplicates,
    estimated_jaccard,
    shingles,
    signature,
)
from app.ingest.pipeline import ingest_paths
from app.store import repository
from app.web import create_app
from tests.conftest import make_settings
from tests.ingest.conftest import stored

WIRE = (
    "Syrian government warplanes struck the rebel-held town of Khan Sheikhun in Idlib "
    "province on Tuesday, killing at least twelve civilians including four children, the "
    "Syrian Observatory for Human Rights said. The Britain-based monitor said the strikes "
    "hit a market and a bakery in the centre of the town shortly after dawn, when residents "
    "were queueing for bread. Rescue workers from the White Helmets pulled survivors from "
    "the rubble of two buildings and said the toll was likely to rise because several people "
    "were critically wounded. The government did not comment on the raids. Idlib is the "
    "last province held almost entirely by the opposition, and has been bombed repeatedly "
    "since a ceasefire brokered by Russia and Turkey collapsed last month."
)
# Another outlet's copy: its own first words, a changed figure, a sentence cut.
COPY = (
    WIRE.replace("Syrian government warplanes", "Regime warplanes")
    .replace("at least twelve civilians", "at least thirteen civilians")
    .replace(" The government did not comment on the raids.", "")
)
THIRD = WIRE.replace("on Tuesday", "on Tuesday morning") + " More raids were reported at night."
OTHER = (
    "Turkish troops and allied Syrian rebels entered the northern town of Jarablus on "
    "Wednesday after Islamic State fighters withdrew without a fight, Turkish officials "
    "said, the first major ground incursion by Turkey since the war began. Tanks crossed the "
    "border at dawn backed by air strikes, and by the afternoon rebel commanders said the "
    "town was under their control. Kurdish forces were told to withdraw east of the "
    "Euphrates within a week, the United States vice president said in Ankara."
)


def write_export(path: Path, rows: list[tuple[str, str, str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["title", "text", "source", "date"])
        writer.writerows(rows)
    return path


def test_shingles_and_signatures():
    assert shingles("The strikes, the STRIKES hit!") == {
        "the strikes the",
        "strikes the strikes",
        "the strikes hit",
    }
    assert shingles("two words") == {"two words"} and signature("...") is None
    assert estimated_jaccard(signature(WIRE), signature(" ".join(WIRE.split()))) == 1.0
    assert estimated_jaccard(signature(WIRE), signature(COPY)) > 0.6
    assert estimated_jaccard(signature(WIRE), signature(OTHER)) < 0.1


def test_a_closed_index_is_freed_without_a_collector_pass():
    text = "Shelling hit the northern districts of the city overnight, residents said."
    near = NearDuplicates.load([(1, None, signature(text))])
    assert near.primary_for(signature(text)) == 1
    lsh = weakref.ref(near._lsh)
    enabled = gc.isenabled()
    gc.disable()  # only reference counting frees it
    try:
        near.close()
        assert lsh() is None
        assert len(near) == 0
    finally:
        if enabled:
            gc.enable()


@pytest.mark.parametrize(
    "text",
    [
        "two words",
        "one two three",
        "Shelling resumed in Aleppo on Monday, residents said, after talks in Geneva failed.",
        "Ça a été dit à Genève: 12 morts à Alep — selon l'OSDH. Ünal Çelik, İdlib.",
        "word " * 400 + "and then a few different words at the end of the text",
    ],
)
def test_signatures_are_datasketchs_minhash(text):
    # Reference engine: datasketch's MinHash, updated as its documentation shows, with
    # its default hash of each shingle's UTF-8 bytes.
    reference = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    reference.update_batch([s.encode("utf-8") for s in shingles(text)])
    assert signature(text) == reference.hashvalues.astype(np.uint32).tobytes()


def test_copies_are_grouped_across_runs_and_shown_once(tmp_path, database_url):
    settings = make_settings(tmp_path / "data", database_url)
    archive = open_archive(settings)
    first = write_export(
        tmp_path / "first.csv",
        [
            ("Strikes kill 12 in Idlib town", WIRE, "Wire One", "2017-03-07"),
            ("Regime raids kill 13 in Idlib", COPY, "Daily Two", "2017-03-07"),
            ("Turkish troops enter Jarablus", OTHER, "Wire One", "2016-08-24"),
        ],
    )
    report = ingest_paths(archive, [first])
    assert (len(report.added), report.near_duplicates, report.indexed) == (3, 1, 2)
    archive.close()

    # A later run, by a new process: the signatures stored by the first run find it.
    archive = open_archive(settings)
    second = write_export(
        tmp_path / "second.csv",
        [("Idlib market strike toll rises", THIRD, "Third Times", "2017-03-08")],
    )
    report = ingest_paths(archive, [second])
    assert (len(report.added), report.near_duplicates, report.indexed) == (1, 1, 0)

    articles = stored(archive)
    wire, copy, other, third = (
        articles["first.csv:row 1"],
        articles["first.csv:row 2"],
        articles["first.csv:row 3"],
        articles["second.csv:row 1"],
    )
    # Search counts stories: the Idlib story once, under its first version.
    everything = archive.search.search(SearchRequest())
    assert everything.total == 2
    assert sorted(hit.article_id for hit in everything.hits) == [wire.id, other.id]
    assert [(f.name, f.count) for f in everything.source_facets] == [("Wire One", 2)]
    assert [h.article_id for h in archive.search.search(SearchRequest(q="bakery")).hits] == [
        wire.id
    ]
    with archive.sessions() as session:
        versions = repository.story_versions(session, article_id=third.id)
        alone = repository.story_versions(session, article_id=other.id)
    assert [(v.id, v.source, v.is_primary) for v in versions] == [
        (wire.id, "Wire One", True),
        (copy.id, "Daily Two", False),
        (third.id, "Third Times", False),
    ]
    assert [v.id for v in alone] == [other.id]
    assert check_archive(archive).ok

    with TestClient(create_app(settings, archive)) as client:
        page = BeautifulSoup(client.get(f"/articles/{wire.id}").text, "html.parser")
        listed = page.select(".versions li")
        assert [li["data-article-id"] for li in listed] == [str(copy.id), str(third.id)]
        assert listed[0].select_one("a")["href"] == f"/articles/{copy.id}"
        assert listed[0].select_one(".source").get_text() == "Daily Two"
        assert listed[0].select_one("time")["datetime"] == "2017-03-07"
        assert page.select_one(".duplicate-of") is None

        response = client.get(f"/articles/{copy.id}")
        assert response.status_code == 200
        page = BeautifulSoup(response.text, "html.parser")
        assert page.select_one("h1").get_text() == "Regime raids kill 13 in Idlib"
        link = page.select_one(".duplicate-of a")
        assert (link["href"], link.get_text()) == (
            f"/articles/{wire.id}",
            "Strikes kill 12 in Idlib town",
        )
        assert [li["data-article-id"] for li in page.select(".versions li")] == [
            str(wire.id),
            str(third.id),
        ]

        data = client.get(f"/api/articles/{copy.id}").json()
        assert data["other_versions"] == [
            {
                "id": wire.id,
                "title": "Strikes kill 12 in Idlib town",
                "source": "Wire One",
                "published": "2017-03-07",
                "url": None,
                "primary": True,
            },
            {
                "id": third.id,
                "title": "Idlib market strike toll rises",
                "source": "Third Times",
                "published": "2017-03-08",
                "url": None,
                "primary": False,
            },
        ]
    archive.close()


def test_reindex_indexes_primaries_only(tmp_path, database_url):
    from app.ingest.pipeline import reindex

    archive = open_archive(make_settings(tmp_path / "data", database_url))
    try:
        export = write_export(
            tmp_path / "e.csv",
            [("A", WIRE, "Wire One", "2017-03-07"), ("B", COPY, "Daily Two", "2017-03-07")],
        )
        ingest_paths(archive, [export])
        assert reindex(archive) == 1
        assert archive.search.search(SearchRequest()).total == 1
        assert check_archive(archive).ok
    finally:
        archive.close()
