"""The baseline: the same archive in plain SQLite FTS5, answering the same requests.

One FTS5 table (porter stemming, like Whoosh's StemmingAnalyzer), the articles' dates, and
join tables of persons and cities by slug. A request is the total, one page (by bm25 or by
date), and the top person and city facets by ``GROUP BY`` over all matches.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from app.domain import SearchRequest

FACET_LIMIT = 15


def build(archive_db: Path, target: Path) -> sqlite3.Connection:
    """Copy the articles of ``archive_db`` into a new FTS5 database at ``target``."""
    target.unlink(missing_ok=True)
    conn = sqlite3.connect(target)
    conn.executescript(
        f"""
        ATTACH DATABASE '{archive_db}' AS src;
        CREATE TABLE docs (id INTEGER PRIMARY KEY, published TEXT, source TEXT);
        CREATE VIRTUAL TABLE fts USING fts5(title, body, tokenize='porter unicode61');
        CREATE TABLE ap (article_id INTEGER, slug TEXT);
        CREATE TABLE ac (article_id INTEGER, slug TEXT);
        INSERT INTO docs SELECT id, published, source FROM src.articles;
        INSERT INTO fts (rowid, title, body) SELECT id, title, body FROM src.articles;
        INSERT INTO ap SELECT l.article_id, p.slug FROM src.article_persons l
            JOIN src.persons p ON p.id = l.person_id;
        INSERT INTO ac SELECT l.article_id, c.slug FROM src.article_cities l
            JOIN src.cities c ON c.id = l.city_id;
        CREATE INDEX ap_slug ON ap (slug, article_id);
        CREATE INDEX ap_article ON ap (article_id);
        CREATE INDEX ac_slug ON ac (slug, article_id);
        CREATE INDEX ac_article ON ac (article_id);
        CREATE INDEX docs_date ON docs (published DESC, id DESC);
        INSERT INTO fts (fts) VALUES ('optimize');
        DETACH DATABASE src;
        """
    )
    conn.commit()
    return conn


def fts_query(q: str) -> str:
    """Search box text -> an FTS5 expression: quoted phrases kept, words quoted (all must
    match, as in the archive)."""
    parts = [f'"{p}"' for p in re.findall(r'"([^"]+)"', q)]
    rest = re.sub(r'"[^"]+"', " ", q)
    parts += [f'"{w}"' for w in re.findall(r"\w+", rest)]
    return " ".join(parts)


def search(conn: sqlite3.Connection, request: SearchRequest) -> dict:
    """Total, one page of (id, title, snippet) and the person and city facets."""
    where, args = [], []
    if request.q.strip():
        source = "SELECT rowid AS id FROM fts WHERE fts MATCH ?"
        args.append(fts_query(request.q))
    else:
        source = "SELECT id FROM docs"
    for slug in request.persons:
        where.append("id IN (SELECT article_id FROM ap WHERE slug = ?)")
        args.append(slug)
    for slug in request.cities:
        where.append("id IN (SELECT article_id FROM ac WHERE slug = ?)")
        args.append(slug)
    matches = f"{source}{' AND ' if request.q.strip() and where else ''}"
    if where and not request.q.strip():
        matches += " WHERE "
    matches += " AND ".join(where)
    conn.execute("DROP TABLE IF EXISTS temp.m")
    conn.execute("CREATE TEMP TABLE m (id INTEGER PRIMARY KEY)")  # keyed: joins probe it
    conn.execute(f"INSERT INTO temp.m {matches}", args)
    total = conn.execute("SELECT COUNT(*) FROM temp.m").fetchone()[0]
    offset = (request.page - 1) * request.per_page
    if request.q.strip() and request.sort == "relevance":
        # The page's ids first, then snippets of those rows only (with snippet() in the
        # ordered select, SQLite computes it for every match before the LIMIT).
        ids = [
            row[0]
            for row in conn.execute(
                # Scored apart, then joined: FTS5 answers "rowid IN (...)" row by row.
                "WITH s AS MATERIALIZED (SELECT rowid AS id, bm25(fts, 2.5, 1.0) AS r FROM fts "
                "WHERE fts MATCH ?) SELECT s.id FROM s JOIN temp.m m ON m.id = s.id "
                "ORDER BY s.r, s.id LIMIT ? OFFSET ?",
                (fts_query(request.q), request.per_page, offset),
            )
        ]
        marks = ",".join("?" * len(ids))
        page = conn.execute(
            "SELECT rowid, title, snippet(fts, 1, '<mark>', '</mark>', ' … ', 30) FROM fts "
            f"WHERE fts MATCH ? AND rowid IN ({marks})",
            (fts_query(request.q), *ids),
        ).fetchall()
    else:
        page = conn.execute(
            "SELECT d.id, f.title, substr(f.body, 1, 240) FROM docs d JOIN fts f "
            "ON f.rowid = d.id WHERE d.id IN (SELECT id FROM temp.m) "
            "ORDER BY d.published IS NULL, d.published DESC, d.id DESC LIMIT ? OFFSET ?",
            (request.per_page, offset),
        ).fetchall()
    facets = {
        name: conn.execute(
            f"SELECT slug, COUNT(*) AS n FROM {table} WHERE article_id IN (SELECT id FROM temp.m) "
            "GROUP BY slug ORDER BY n DESC, slug LIMIT ?",
            (FACET_LIMIT,),
        ).fetchall()
        for name, table in (("persons", "ap"), ("cities", "ac"))
    }
    return {"total": total, "page": page, "facets": facets}
