"""The per-generation kept values: the last ones asked are kept, older ones are made again."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from app.search.whoosh.postings_cache import Kept


def test_the_last_values_asked_are_kept_and_the_oldest_made_again() -> None:
    made: list[str] = []
    kept: Kept[str, str] = Kept(2)

    def get(key: str) -> str:
        return kept.get(key, lambda: made.append(key) or key.upper())

    assert [get("a"), get("b"), get("a"), get("c"), get("a"), get("b")] == list("ABACAB")
    # "a" asked again stays; "b" was the oldest when "c" came, so it is made again.
    assert made == ["a", "b", "c", "b"]


def test_concurrent_readers_all_get_the_one_kept_value() -> None:
    kept: Kept[int, object] = Kept(10)
    with ThreadPoolExecutor(8) as pool:
        values = list(pool.map(lambda _: kept.get(1, object), range(200)))
    assert all(value is values[0] for value in values)
