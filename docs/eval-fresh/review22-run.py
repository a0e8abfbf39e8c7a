"""review22-run.py PROBES.py OUT.jsonl (PYTHONPATH=TREE): extract each probe under a neutral
headline (a probe opening "PAGE:" is a whole page) and write what was found, one JSON line each."""

import json
import runpy
import sys

from app.extract import extract_page, extraction_to_json
from app.extract.gazetteer import gazetteer


def _names(values: list | None) -> list[str]:
    return sorted((v.get("name") if isinstance(v, dict) else v) for v in values or [])


def main() -> None:
    gaz = gazetteer()
    probes = runpy.run_path(sys.argv[1])["PROBES"]
    with open(sys.argv[2], "w") as out:
        for i, (rule, want, text) in enumerate(probes):
            page = text[5:] if text.startswith("PAGE:") else "Clashes go on in the south\n\n" + text
            x = extraction_to_json(extract_page(page, gaz=gaz))
            row = {
                "i": i,
                "rule": rule,
                "want": want,
                "text": text,
                "title": x.get("title"),
                "published": str(x.get("published")),
                "author": x.get("author"),
                "persons": _names(x.get("persons")),
                "cities": sorted(f"{c['name']}/{c.get('country')}" for c in x.get("cities") or []),
                "regions": _names(x.get("regions")),
            }
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
