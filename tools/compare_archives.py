"""Whether two archives hold the same results: every SQLite table and every Whoosh document.

    python tools/compare_archives.py DATA_DIR_A DATA_DIR_B

For checking that a change to ingest or indexing leaves what it writes the same (build a
small archive with each tree, then compare). Per SQLite table: its rows in rowid order,
without the columns that hold times (``*_at``, ``*time*``). Per Whoosh index: each live
document's stored fields by article id, and each (field, term)'s posting list as
(article id, weight, decoded value) - the index's own document numbers and file bytes
may differ between two equal indexes (segments written in another order). Prints one
line per table or part and exits 1 if any differs.
"""

from __future__ import annotations

import hashlib
import sqlite3
import sys
from pathlib import Path


def _tables(data: Path) -> dict[str, str]:
    out = {}
    con = sqlite3.connect(data / "archive.sqlite3")
    tables = con.execute("select name from sqlite_master where type='table' order by name")
    for (table,) in tables.fetchall():
        columns = [
            row[1]
            for row in con.execute(f"pragma table_info('{table}')")
            if not (row[1].endswith("_at") or "time" in row[1])
        ]
        if not columns:
            continue
        digest, count = hashlib.sha256(), 0
        listed = ",".join(f'"{c}"' for c in columns)
        for row in con.execute(f'select {listed} from "{table}" order by rowid'):
            digest.update(repr(row).encode())
            count += 1
        out[f"table {table}"] = f"{count} rows {digest.hexdigest()[:16]}"
    con.close()
    return out


def _index(data: Path) -> dict[str, str]:
    from whoosh import index as whoosh_index

    toc = next(data.rglob("_MAIN_*.toc"), None)
    if toc is None:
        return {"index": "none"}
    out = {}
    ix = whoosh_index.open_dir(str(toc.parent))
    with ix.searcher() as searcher:
        reader = searcher.reader()
        article_of = {}
        documents = []
        for docnum, stored in reader.iter_docs():
            article_of[docnum] = stored["article_id"]
            documents.append((stored["article_id"], repr(sorted(stored.items()))))
        documents.sort()
        digest = hashlib.sha256(repr(documents).encode()).hexdigest()[:16]
        out["index documents"] = f"{len(documents)} documents {digest}"
        for field in sorted(ix.schema.names()):
            if not ix.schema[field].indexed:
                continue
            digest, terms = hashlib.sha256(), 0
            for term in reader.lexicon(field):
                matcher = reader.postings(field, term)
                postings = []
                while matcher.is_active():
                    docnum = matcher.id()
                    if docnum in article_of:  # live documents only
                        postings.append((article_of[docnum], matcher.weight(), matcher.value()))
                    matcher.next()
                if postings:
                    postings.sort()
                    digest.update(field.encode() + b"\0" + term + repr(postings).encode())
                    terms += 1
            out[f"index field {field}"] = f"{terms} terms {digest.hexdigest()[:16]}"
    ix.close()
    return out


def summary(data: Path) -> dict[str, str]:
    return {**_tables(data), **_index(data)}


def main() -> int:
    a, b = (summary(Path(arg)) for arg in sys.argv[1:3])
    differ = 0
    for key in sorted(a.keys() | b.keys()):
        same = a.get(key) == b.get(key)
        differ += not same
        other = "" if same else f" | {b.get(key)}"
        print(f"{'same' if same else 'DIFFERS'}  {key}: {a.get(key)}{other}")
    print(f"{differ} parts differ" if differ else "identical")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
