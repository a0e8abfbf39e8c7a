"""Follow person and city filters through a running archive and compare them with the
stories whose text names the entity (a hand-written pattern per entity).

    newsarchive serve &   # over an archive of FA-KES
    python tools/entity_recall.py --db DATA/archive.sqlite3 --url http://127.0.0.1:8000

Our own version of the archive-level check of issue 15: each entity is found through
/api/people?q= or /api/cities?q= by the name a user would type, its filter is followed
through every page of /api/search, and the result is compared with the stories whose title
or text matches the pattern. The names and patterns below were written by hand from
reading FA-KES; they are not used by the code under test.
"""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
import statistics
import urllib.parse
import urllib.request

PEOPLE = [
    ("Putin", r"\bPutin"),
    ("Kerry", r"\bJohn Kerry|Secretary(?: of State)? Kerry|\bKerry\b"),
    ("Lavrov", r"\bLavrov"),
    ("de Mistura", r"\bMistura"),
    ("Erdogan", r"\bErdogan"),
    ("Obama", r"\bObama"),
    ("Trump", r"\bTrump"),
    ("Konashenkov", r"\bKonashenkov"),
    ("Abdulrahman", r"\bRami Abd|\bAbdel Rahman|\bAbdurrahman|\bAbdulrahman|\bAbdul Rahman"),
    ("Bashar", r"\bBashar"),
]
CITIES = [
    ("Aleppo", r"\bAleppo"),
    ("Homs", r"\bHoms\b"),
    ("Douma", r"\bDouma\b"),
    ("Damascus", r"\bDamascus"),
    ("Raqqa", r"\bRaqq?a\b|\bRaqqah"),
    ("Palmyra", r"\bPalmyra"),
    ("Deir Ezzor", r"\bDeir (?:ez|al|el|az|Ez|Al|El|Az)[- ]?Zou?r|\bDeir Ezzor|\bDeir Ezzour"),
    ("Daraa", r"\bDaraa|\bDeraa|\bDar'a"),
    ("Hama", r"\bHamah?\b"),
    ("Latakia", r"\bLatakia|\bLattakia"),
    ("Quneitra", r"\bQuneitra|\bQunaytirah"),
    ("Idlib", r"\bIdl[ie]b"),
    # The rest of FA-KES's 30 most named Syrian towns (counted by these patterns; Jobar and
    # Aleppo's al-Zahraa are quarters, left out), spellings read in the corpus.
    ("Hasakah", r"\bHasakah|\bHassakeh|\bHasaka\b|\bHassake|\bHasakeh"),
    ("Manbij", r"\bManbij"),
    ("Khan Sheikhoun", r"\bKhan[- ]Sh(?:aykh|eikh|aikh)o?un"),
    ("Foua", r"\bFou?aa?\b"),
    ("Tabqa", r"\bTabqa"),
    ("Mayadin", r"\bMayadin|\bMayadeen(?! TV| channel)"),
    ("Kafraya", r"\bKafraya|\bKefraya"),
    ("al-Bab", r"\b[Aa]l[- ]Bab\b"),
    ("Qamishli", r"\bQamishli|\bQamishly|\bQamishlo"),
    ("Zabadani", r"\bZabadani"),
    ("Madaya", r"\bMadaya"),
    ("Kobani", r"\bKobani|\bKobane|\bAin al-Arab"),
    ("Harasta", r"\bHarasta"),
    ("Albu Kamal", r"\bAlbu Kamal|\bAbu Kamal|\bBoukamal|\bBukamal"),
    ("Rastan", r"\bRastan"),
    ("Azaz", r"\bAzaz|\bA'zaz|\bAazaz"),
    ("Darayya", r"\bDaraya|\bDarayya"),
    ("Saraqib", r"\bSaraqib|\bSaraqeb"),
]


def get(url: str) -> object:
    with urllib.request.urlopen(url, timeout=60) as response:
        return json.load(response)


def stories_naming(db: sqlite3.Connection, pattern: str) -> set[int]:
    """Primary ids of the stories any version of which matches the pattern."""
    regex = re.compile(pattern)
    found = set()
    for aid, dup, title, body in db.execute("select id, duplicate_of, title, body from articles"):
        if regex.search(f"{title}\n{body}"):
            found.add(dup or aid)
    return found


def filtered(base: str, kind: str, slug: str) -> set[int]:
    ids: set[int] = set()
    page = 1
    while True:
        query = urllib.parse.urlencode({kind: slug, "per_page": 100, "page": page})
        data = get(f"{base}/api/search?{query}")
        ids |= {r["id"] for r in data["results"]}
        if page * 100 >= data["total"]:
            return ids
        page += 1


def measure(base: str, db: sqlite3.Connection, kind: str, name: str, pattern: str) -> tuple:
    listing = "people" if kind == "person" else "cities"
    q = urllib.parse.quote(name)
    found = get(f"{base}/api/{listing}?q={q}")
    truth = stories_naming(db, pattern)
    if not found:
        return name, None, 0, len(truth), 0.0, 0.0, 0
    top = max(found, key=lambda e: e["count"])
    got = filtered(base, kind, top["slug"])
    hit = len(got & truth)
    recall = hit / len(truth) if truth else 1.0
    precision = hit / len(got) if got else 0.0
    return name, top["slug"], len(got), len(truth), recall, precision, len(found)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--url", default="http://127.0.0.1:8000")
    args = parser.parse_args()
    db = sqlite3.connect(args.db)
    rows = [measure(args.url, db, "person", n, p) for n, p in PEOPLE]
    rows += [measure(args.url, db, "city", n, p) for n, p in CITIES]
    print(f"{'typed':<14}{'slug':<26}{'filter':>7}{'text':>6}{'recall':>8}{'prec':>7}{'hits':>6}")
    for name, slug, got, truth, recall, precision, entities in rows:
        print(
            f"{name:<14}{slug or '-':<26}{got:>7}{truth:>6}{recall:>8.2f}{precision:>7.2f}"
            f"{entities:>6}"
        )
    print(
        f"mean recall {statistics.mean(r[4] for r in rows):.3f}, "
        f"mean precision {statistics.mean(r[5] for r in rows):.3f}"
    )


if __name__ == "__main__":
    main()
