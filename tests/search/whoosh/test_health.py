"""The Whoosh backend's check reads every field for real: damage anywhere in a posting
file is found, though the counts stay right; an index that cannot be opened is refused in
one line, or set aside when a rebuild asks."""

from __future__ import annotations

import shutil

import pytest

from app.search import SearchBackendError
from app.search.whoosh import WhooshBackend
from tests.ingest.test_check import garble


@pytest.fixture(scope="module")
def pristine(seeded_archive, tmp_path_factory):
    """A copy of the seed archive's index, to damage copies of."""
    copy = tmp_path_factory.mktemp("pristine") / "index"
    shutil.copytree(seeded_archive.settings.index_dir, copy)
    return copy


@pytest.mark.parametrize("at", [0.1, 0.3, 0.5, 0.7, 0.9])
def test_garbage_anywhere_in_the_postings_is_found(pristine, tmp_path, at):
    directory = tmp_path / "index"
    shutil.copytree(pristine, directory)
    backend = WhooshBackend(directory)
    assert backend.check().ok and backend.check().documents == 4
    backend.close()
    (postings,) = directory.glob("*.pst")
    garble(postings, at)
    backend = WhooshBackend(directory)
    health = backend.check()
    assert backend.indexed_ids() != []  # the counts alone look fine
    assert not health.ok and health.problem.startswith("damaged (")
    assert health.fix == "newsarchive reindex"
    backend.close()


def test_an_index_that_cannot_be_opened_is_refused_or_set_aside(pristine, tmp_path):
    directory = tmp_path / "index"
    shutil.copytree(pristine, directory)
    (toc,) = directory.glob("_MAIN_*.toc")
    garble(toc, 0.1)
    with pytest.raises(SearchBackendError) as refused:
        WhooshBackend(directory)
    assert "is damaged and cannot be opened" in str(refused.value)
    replaced = WhooshBackend(directory, replace_damaged=True)
    assert replaced.created and replaced.indexed_ids() == []
    (aside,) = tmp_path.glob("index.damaged-*")
    assert (aside / toc.name).is_file()
    replaced.close()
