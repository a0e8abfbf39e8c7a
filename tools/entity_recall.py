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

# The 30 people FA-KES's texts name most often (counted by hand from the CSV), each typed
# as a user would (the surname, or the common name where the surname is a family's), and
# a pattern for the articles whose text names them in a way a reader accepts: the full
# name or the surname, possessives included ("Kerrys Demands"). A surname several people
# share counts only with what makes it this person: Assad is Bashar's when the text says
# "Bashar", "President Assad" or "Assad said", not in "the Assad regime" (his father's
# too); "The Hague" is no Hague; "Abu Islam al-Baghdadi" is no Abu Bakr.
PEOPLE = [
    ("Assad", r"\bBashar|\bPresident (?:al-)?Assad|\bAssad (?:said|says|told)"),
    ("Abdulrahman", r"\bRami Abd|\bAbdel Rahman|\bAbdurrahman|\bAbdulrahman|\bAbdul Rahman"),
    ("Trump", r"(?<!Melania )(?<!Ivanka )\bTrump"),
    ("Obama", r"\bObama"),
    ("Kerry", r"\bKerry(?:s|'s)?\b"),
    ("Bashir", r"\bBashir\b"),
    ("Putin", r"\bPutin"),
    ("Sabbagh", r"\bSabbagh"),
    ("Lavrov", r"\bLavrov"),
    ("Erdogan", r"\bErdo[gğ]?an"),
    ("de Mistura", r"\bMistura"),
    ("Konashenkov", r"\bKonashenkov"),
    ("Ban Ki-moon", r"\bBan Ki[- ]?[Mm]oon"),
    ("Barazi", r"\bBarr?azi"),
    ("Johnson", r"\bJohnson"),
    ("Hague", r"(?<!The )\bHague\b"),
    ("Hafez al-Assad", r"\bHafez (?:al-)?Assad|predecessor Hafez"),
    ("Hollande", r"\bHollande"),
    ("Sellstrom", r"\bSellstr"),
    ("Fabius", r"\bFabius"),
    ("Mogherini", r"\bMogherini"),
    ("Garver", r"\bGarver"),
    ("Baghdadi", r"\bAbu Bakr|(?<!Islam al-)\bBaghdadi"),
    ("Zakharova", r"\bZakharova"),
    ("Peskov", r"\bPeskov"),
    ("Malahifji", r"\bMalahifji|\bMalhifji|\bMalahjifi"),
    ("Rudskoi", r"\bRudsko[iy]"),
    ("Zahran Alloush", r"\bZahran"),
    ("Xelil", r"\bXelil"),
    ("Shimale", r"\bShimale"),
]
# The 30 Syrian cities the archive lists most, typed in their common English form.
CITIES = [
    ("Aleppo", r"\bAleppo"),
    ("Damascus", r"\bDamascus"),
    ("Idlib", r"\bIdl[ie]b"),
    ("Deir Ezzor", r"\bDeir (?:ez|al|el|az|Ez|Al|El|Az)[- ]?Zou?r|\bDeir Ezzor|\bDeir Ezzour"),
    ("Homs", r"\bHoms\b"),
    ("Raqqa", r"\bRaqq?a\b|\bRaqqah"),
    ("Manbij", r"\bManbij"),
    ("Hama", r"\bHamah?\b"),
    ("Daraa", r"\bDaraa|\bDeraa|\bDar'a"),
    ("Hasakah", r"\bHasakah|\bHassakeh|\bHasaka\b|\bHassake|\bHasakeh"),
    ("Khan Sheikhoun", r"\bKhan[- ]Sh(?:aykh|eikh|aikh)o?un"),
    ("Douma", r"\bDouma\b"),
    ("Palmyra", r"\bPalmyra"),
    ("Latakia", r"\bLatakia|\bLattakia"),
    ("Tabqa", r"\bTabqa"),
    ("al-Bab", r"\b[Aa]l[- ]Bab\b"),
    ("Zabadani", r"\bZabadani"),
    ("Mayadin", r"\bMayadin|\bMayadeen(?! TV| channel)"),
    ("Abu Kamal", r"\bAlbu Kamal|\bAbu Kamal|\bBoukamal|\bBukamal"),
    ("Madaya", r"\bMadaya"),
    ("Qamishli", r"\bQamishli|\bQamishly|\bQamishlo"),
    ("Kobani", r"\bKobani|\bKobane|\bAin al-Arab"),
    ("Azaz", r"\bAzaz|\bA'zaz|\bAazaz"),
    ("Darayya", r"\bDaraya|\bDarayya"),
    ("Harasta", r"\bHarasta"),
    ("Quneitra", r"\bQuneitra|\bQunaytirah"),
    ("Atarib", r"\bAtar[ei]b"),
    ("Binnish", r"\bBinn?[ie]sh"),
    ("Rastan", r"\bRastan"),
    ("Saraqib", r"\bSaraqib|\bSaraqeb"),
    ("Foua", r"\bF(?:ou?|u)aa?\b"),  # Foua, Fouaa, Foaa, Fua, Fuaa
    ("Kafraya", r"\bK[ae]fa?ra?ya\b"),  # Kafraya, Kefraya, Kafarya
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
    """(typed, slug, display name, filtered, truth, recall, precision, other entities the
    query lists that the text pattern also names: possible splits)."""
    listing = "people" if kind == "person" else "cities"
    q = urllib.parse.quote(name)
    found = get(f"{base}/api/{listing}?q={q}")
    truth = stories_naming(db, pattern)
    if not found:
        return name, None, "-", 0, len(truth), 0.0, 0.0, []
    top = max(found, key=lambda e: e["count"])
    got = filtered(base, kind, top["slug"])
    hit = len(got & truth)
    recall = hit / len(truth) if truth else 1.0
    precision = hit / len(got) if got else 0.0
    regex = re.compile(pattern)
    others = [e["name"] for e in found if e is not top and regex.search(e["name"])]
    return name, top["slug"], top["name"], len(got), len(truth), recall, precision, others


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--url", default="http://127.0.0.1:8000")
    args = parser.parse_args()
    db = sqlite3.connect(args.db)
    rows = [measure(args.url, db, "person", n, p) for n, p in PEOPLE]
    rows += [measure(args.url, db, "city", n, p) for n, p in CITIES]
    header = f"{'typed':<16}{'shown as':<24}{'filter':>7}{'text':>6}{'recall':>8}{'prec':>7}"
    for title, part in (("people", rows[: len(PEOPLE)]), ("cities", rows[len(PEOPLE) :])):
        print(f"{title}:\n{header}  other entities the query finds that the pattern names")
        for name, _slug, shown, got, truth, recall, precision, others in part:
            print(
                f"{name:<16}{shown:<24}{got:>7}{truth:>6}{recall:>8.2f}{precision:>7.2f}"
                f"  {'; '.join(others)}"
            )
        print(
            f"{title}: mean recall {statistics.mean(r[5] for r in part):.3f}, "
            f"mean precision {statistics.mean(r[6] for r in part):.3f}\n"
        )
    print(
        f"all: mean recall {statistics.mean(r[5] for r in rows):.3f}, "
        f"mean precision {statistics.mean(r[6] for r in rows):.3f}"
    )


if __name__ == "__main__":
    main()
