"""precision24-run.py PAGES_DIR OUT.jsonl (PYTHONPATH=TREE): extract every PAGES_DIR/*.txt page
as it stands and write what was found (title, date, persons with their aliases, cities with
their country, regions), one JSON line a page, to read each person and city against the page."""

import json
import pathlib
import sys

from app.extract import extract_page, extraction_to_json
from app.extract.gazetteer import gazetteer


def _person(value: dict | str) -> str:
    if not isinstance(value, dict):
        return value
    aliases = [a for a in value.get("aliases") or [] if a != value.get("name")]
    return value["name"] + (f" (= {' / '.join(aliases)})" if aliases else "")


def main() -> None:
    gaz = gazetteer()
    with open(sys.argv[2], "w") as out:
        for path in sorted(pathlib.Path(sys.argv[1]).glob("*.txt")):
            x = extraction_to_json(extract_page(path.read_text(), gaz=gaz))
            row = {
                "page": path.stem,
                "title": x.get("title"),
                "published": str(x.get("published")),
                "persons": sorted(_person(p) for p in x.get("persons") or []),
                "cities": sorted(f"{c['name']}/{c.get('country')}" for c in x.get("cities") or []),
                "regions": sorted(
                    (r.get("name") if isinstance(r, dict) else r) for r in x.get("regions") or []
                ),
            }
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
