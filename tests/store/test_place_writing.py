"""Villages (places GeoNames lacks) as ``app.store.place_writing`` stores them: a village
merged into another place stays merged when later articles name it again."""

from __future__ import annotations

from sqlalchemy import select

from app.archive import open_archive
from app.ingest.repair import repair
from app.store import repository
from app.store.merges import merge_entities
from app.store.models import CityRow
from tests.conftest import make_settings
from tests.place_pages import ingest_place_pages


def _city_counts(archive) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with archive.sessions() as session:
        return {ref.name: n for ref, n in repository.list_cities(session)}


def test_a_merged_spelling_of_a_village_stays_merged(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """An editor merges "Talthana" into "Thalthana"; a later ingest naming Talthana, and a
    repair, link its article to Thalthana instead of bringing Talthana back."""
    archive = open_archive(make_settings(tmp_path / "data"))
    try:
        ingest_place_pages(archive, tmp_path / "b1", "thalthana", "talthana")
        assert _city_counts(archive) == {"Beirut": 2, "Thalthana": 1, "Talthana": 1}
        with archive.sessions() as session, session.begin():
            ids = dict(session.execute(select(CityRow.name, CityRow.id)).all())
            merge_entities(
                session,
                kind="city",
                source_id=ids["Talthana"],
                target_id=ids["Thalthana"],
                reason="editor",
            )
        ingest_place_pages(archive, tmp_path / "b2", "talthana_again")
        assert _city_counts(archive) == {"Beirut": 3, "Thalthana": 3}
        assert repair(archive).cities_after == 2
        assert _city_counts(archive) == {"Beirut": 3, "Thalthana": 3}
    finally:
        archive.close()
