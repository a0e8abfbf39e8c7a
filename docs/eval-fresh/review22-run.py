"""review22-run.py PROBES.py OUT.jsonl (PYTHONPATH=TREE): extract each probe (a neutral headline first unless the probe is a whole page "PAGE:...")."""
import json, runpy, sys
from app.extract import extract_page, extraction_to_json
from app.extract.gazetteer import gazetteer
g = gazetteer()
probes = runpy.run_path(sys.argv[1])["PROBES"]
with open(sys.argv[2], "w") as f:
    for i, (rule, want, text) in enumerate(probes):
        page = text[5:] if text.startswith("PAGE:") else "Clashes go on in the south\n\n" + text
        x = extraction_to_json(extract_page(page, gaz=g))
        nm = lambda v: sorted((e.get("name") if isinstance(e, dict) else e) for e in v or [])
        cities = sorted(f"{c['name']}/{c.get('country')}" for c in x.get("cities") or [])
        regs = sorted(str(r.get("name") if isinstance(r, dict) else r) for r in x.get("regions") or [])
        row = dict(i=i, rule=rule, want=want, text=text, title=x.get("title"), published=str(x.get("published")),
                   author=x.get("author"), persons=nm(x.get("persons")), cities=cities, regions=regs)
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
