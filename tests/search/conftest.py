"""The local cluster, if a test started it, is stopped when the session ends."""

from collections.abc import Iterator

import pytest

from tests.search.local_cluster import stop_shared_cluster


@pytest.fixture(scope="session", autouse=True)
def _stop_local_cluster_at_the_end() -> Iterator[None]:
    yield
    stop_shared_cluster()
