"""The benchmark's query mix, drawn from the archive itself so every size gets fitting queries.

Each kind is a list of distinct-as-possible requests (different words, persons, cities,
pages), so repeated-query caching does not flatter the figures.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace

from sqlalchemy import bindparam, text

from app.archive import Archive
from app.domain import SearchRequest

PHRASES = ('"chemical attack"', '"air strikes"', '"human rights"', '"security council"')


@dataclass(frozen=True)
class Case:
    kind: str  # "common term", "rare term", ...
    request: SearchRequest


def _document_frequencies(archive: Archive, sample: int, rng: random.Random) -> dict[str, int]:
    """Words -> articles naming them, over a sample of article titles and bodies."""
    with archive.engine.connect() as conn:
        ids = [r[0] for r in conn.execute(text("SELECT id FROM articles"))]
        chosen = rng.sample(ids, min(sample, len(ids)))
        df: dict[str, int] = {}
        bodies = text("SELECT title || ' ' || body FROM articles WHERE id IN :ids")
        bodies = bodies.bindparams(bindparam("ids", expanding=True))  # SQLite and PostgreSQL
        for start in range(0, len(chosen), 500):
            rows = conn.execute(bodies, {"ids": chosen[start : start + 500]})
            for (body,) in rows:
                for word in {w.lower() for w in body.split() if w.isalpha() and len(w) > 3}:
                    df[word] = df.get(word, 0) + 1
    scale = len(ids) / max(1, len(chosen))
    return {w: int(n * scale) for w, n in df.items()}


def _entities(archive: Archive, table: str, link: str, key: str) -> list[tuple[str, int]]:
    with archive.engine.connect() as conn:
        return [
            (slug, n)
            for slug, n in conn.execute(
                text(
                    f"SELECT e.slug, COUNT(*) AS n FROM {table} e JOIN {link} l ON l.{key} = e.id "
                    "GROUP BY e.id ORDER BY n DESC, e.slug"
                )
            )
        ]


def build_cases(archive: Archive, per_kind: int, seed: int = 0) -> list[Case]:
    rng = random.Random(seed)
    df = _document_frequencies(archive, 2000, rng)
    total = max(df.values(), default=1)
    ranked = sorted(df, key=lambda w: (-df[w], w))
    # "Common": in 20-70% of articles; "rare": in a handful (2-20 per 10k articles).
    common = [w for w in ranked if 0.2 * total <= df[w] <= 0.7 * total][:60] or ranked[:20]
    n = len(ranked)
    rare = [w for w in ranked if 1 <= df[w] <= max(2, total // 500)][: max(200, n // 50)]
    rng.shuffle(rare)
    persons = _entities(archive, "persons", "article_persons", "person_id")
    cities = _entities(archive, "cities", "article_cities", "city_id")
    top_persons = [slug for slug, _ in persons[:50]]
    top_cities = [slug for slug, _ in cities[:50]]
    cases: list[Case] = []

    def add(kind: str, make) -> None:  # type: ignore[no-untyped-def]
        for i in range(per_kind):
            cases.append(Case(kind, make(i)))

    add("common term", lambda i: SearchRequest(q=common[i % len(common)]))
    add("rare term", lambda i: SearchRequest(q=rare[i % len(rare)]))
    add(
        "two terms",
        lambda i: SearchRequest(q=f"{common[i % len(common)]} {common[(i * 7 + 3) % len(common)]}"),
    )
    add("phrase", lambda i: SearchRequest(q=PHRASES[i % len(PHRASES)], page=1 + i // 8 % 5))
    add(
        "term + person + city",
        lambda i: SearchRequest(
            q=common[i % len(common)],
            persons=(top_persons[i % len(top_persons)],),
            cities=(top_cities[(i * 3) % len(top_cities)],),
        ),
    )
    add(
        "filters only",
        lambda i: SearchRequest(
            persons=(top_persons[i % len(top_persons)],),
            cities=(top_cities[(i * 7) % len(top_cities)],) if i % 2 else (),
        ),
    )
    add("deep page (50)", lambda i: SearchRequest(q=common[i % len(common)], page=50))
    # Every kind sorted by date too (the same requests, newest first).
    by_date = [Case(f"{c.kind}, by date", replace(c.request, sort="date")) for c in cases]
    return cases + by_date


def kinds(cases: list[Case]) -> list[str]:
    return list(dict.fromkeys(c.kind for c in cases))
