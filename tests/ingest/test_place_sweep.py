"""The known-places pass (``app.ingest.place_sweep``) through real ingests: a story that
names a village the archive knows, without a word that makes it a place, is found by the
village's filter, whichever story came first."""

from __future__ import annotations

from tests.entity_pages import ingest_pages
from tests.ingest.test_name_sweep import filtered_by
from tests.store.test_place_rules import places

# Two stories place the villages ("the villages of Foua and Kefraya", "the besieged
# villages of Fuaa and Kafraya"); the convoy story only names them.
PLACED = ("kefraya", "kafraya")


def test_a_story_naming_known_villages_is_found_by_their_filters(archive, tmp_path):
    ingest_pages(archive, tmp_path / "b1", *PLACED, "convoy")
    assert filtered_by(archive, "city", "kafraya") == {"kefraya.txt", "kafraya.txt", "convoy.txt"}
    assert filtered_by(archive, "city", "foua") == {"kefraya.txt", "kafraya.txt", "convoy.txt"}


def test_the_story_first_and_the_villages_known_later(archive, tmp_path):
    ingest_pages(archive, tmp_path / "b1", "convoy")
    assert "Kefraya" not in places(archive)
    ingest_pages(archive, tmp_path / "b2", *PLACED)
    assert filtered_by(archive, "city", "kefraya") == {"kefraya.txt", "kafraya.txt", "convoy.txt"}


def test_a_village_one_story_names_is_not_looked_for_elsewhere(archive, tmp_path):
    ingest_pages(archive, tmp_path / "b1", "kefraya", "convoy")
    assert filtered_by(archive, "city", "kefraya") == {"kefraya.txt"}
