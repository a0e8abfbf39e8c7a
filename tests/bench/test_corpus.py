"""The benchmark's generator: deterministic, realistic in size, spread and skew."""

from collections import Counter

from app.bench.corpus import FIRST_DAY, LAST_DAY, SOURCES, WORDS_MAX, WORDS_MIN, generate


def test_generator_is_deterministic_and_skewed():
    articles = list(generate(50, seed=3))
    assert articles == list(generate(50, seed=3))
    assert articles != list(generate(50, seed=4))
    assert all(WORDS_MIN <= len(a.body.split()) <= WORDS_MAX for a in articles)
    assert all(FIRST_DAY <= a.published <= LAST_DAY for a in articles)
    assert len({a.published.year for a in articles}) >= 8  # spread over 2011-2024
    assert 8 <= len({a.source for a in articles}) <= len(SOURCES) == 15
    for field in ("persons", "cities"):
        counts = sorted(Counter(e for a in articles for e in getattr(a, field)).values())
        # Zipf-like: the most named entity is in many articles, the typical one in few.
        assert counts[-1] >= 10 and counts[len(counts) // 2] <= 2, (field, counts)


def test_pages_plant_names_where_extraction_finds_them():
    article = next(iter(generate(1, seed=5)))
    page = article.page()
    assert page.startswith(article.title + "\n")
    assert all(p.name in page for p in article.persons)
    assert all(f"{c.name}, {c.country}" in page for c in article.cities)
