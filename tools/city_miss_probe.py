"""cities13 probe: classify missed and extra cities by gazetteer mechanism.

Usage (OPEN sets only):
    PYTHONPATH=. .venv/bin/python tools/city_miss_probe.py /tmp/read /tmp/zset > out.json
"""

import json
import sys
from pathlib import Path

import app.extract.cities as C
import app.extract.city_evidence as E
import app.extract.city_verdicts as V
from app.extract import extract_page
from app.extract.evaluate import _gold_forms, fold_form, match
from app.extract.gazetteer import gazetteer
from app.extract.lexicons import is_first_name
from app.extract.namesake_choice import choose
from app.extract.transliteration import fold

gaz = gazetteer()
LOG = []
STATE = {}
orig_init = C.CityFinder.__init__


def init(self, *a, **k):
    orig_init(self, *a, **k)
    STATE["finder"] = self


C.CityFinder.__init__ = init
orig_J = C.CityFinder._judge


def _judge(self, chunk, i, j, cands, in_dateline):
    key = fold(" ".join(chunk.words[i:j]))
    rec = {
        "key": key,
        "called_judge": False,
        "verdict": None,
        "why": [],
        "line": " ".join(chunk.before[-3:])
        + " ["
        + " ".join(chunk.words[i:j])
        + "] "
        + " ".join(chunk.after[:3]),
    }
    LOG.append(rec)
    STATE["rec"] = rec
    orig_J(self, chunk, i, j, cands, in_dateline)
    if not rec["called_judge"]:
        rec["why"].append("pre-judge (given-name alias / event modifier / people village)")
    STATE["rec"] = None


C.CityFinder._judge = _judge
orig_judge = V.judge


def judge(chunk, i, j, cands, in_dateline, gaz_, countries):
    v = orig_judge(chunk, i, j, cands, in_dateline, gaz_, countries)
    rec = STATE.get("rec")
    if rec is not None:
        rec["called_judge"] = True
        rec["verdict"] = v.city.name if v.city else None
        site = E._site(chunk, i, j, in_dateline)
        for f in [
            "_in_organisation_name",
            "_opens_lower_case_name",
            "_names_a_facility_or_area",
            "_acronym",
            "_us_state",
            "_area_of",
            "_streets_listed",
            "_opens_named_group",
        ]:
            fn = getattr(E, f)
            try:
                r = (
                    fn(site, cands)
                    if f in ("_in_organisation_name",)
                    else (fn(site, cands, gaz_) if f == "_us_state" else fn(site))
                )
            except TypeError:
                r = None
            if r:
                rec["why"].append("refused:" + f)
        if E._fragment(chunk.words, i, j, gaz_, chunk.after):
            rec["why"].append("refused:_fragment")
        city = choose(cands, None, countries, written=" ".join(site.span))
        rec["chosen"] = (city.name, city.country_code, city.population)
        rec["cands_cc"] = sorted({c.country_code for c in cands})
        rec["countries"] = sorted(countries)
        if v.region is not None:
            rec["why"].append("region-not-town")
        common = len(site.span) == 1 and E._common_word(site.span[0])
        cue = (bool(site.before) and site.before[-1] in E.PLACE_CUE_BEFORE) or site.possessive
        rec["ctx"] = dict(
            common=common,
            cue=cue,
            in_country=city.country_code in countries,
            first_name=len(site.span) == 1 and is_first_name(site.span[0]),
            weak_caps=bool(chunk.sent_start or chunk.title_case_line),
            pop=city.population,
            before=site.before,
        )
        if v.city is None and not rec["why"]:
            rec["why"].append("evidence-size")
    return v


V.judge = judge


def gaz_class(forms, countries):
    hits = []
    for f in forms:
        hits += list(gaz.lookup(f))
    var = []
    for f in forms:
        var += list(gaz.lookup_variant(f))
    if not hits and not var:
        return "a:not-in-gazetteer", hits, var
    allh = hits or var
    if any(h.country_code in countries for h in allh):
        return ("c:in-article-country" + ("" if hits else "(variant-only)")), hits, var
    return ("b:only-other-country" + ("" if hits else "(variant-only)")), hits, var


out = []
for d in sys.argv[1:]:
    for txt in sorted(Path(d).glob("*.txt")):
        gold = json.loads(txt.with_suffix(".json").read_text())
        if txt.stem.startswith("k") and d.endswith("read") and not gold.get("cities"):
            continue
        LOG.clear()
        STATE.clear()
        e = extract_page(txt.read_text())
        countries = set(STATE["finder"].countries) if "finder" in STATE else set()
        main = getattr(STATE.get("finder"), "main_country", None)
        pforms = [{fold_form(p.name)} | {fold_form(a) for a in p.aliases} for p in e.cities]
        gforms = [_gold_forms(g) for g in gold.get("cities", [])]
        perf = {fold_form(p.name) for p in e.persons} | {
            fold_form(a) for p in e.persons for a in p.aliases
        }
        _, extra, missed = match(pforms, gforms)
        for g in missed:
            gf = gforms[g]
            cls, hits, var = gaz_class(gf, countries)
            recs = [
                r for r in LOG if fold_form(r["key"]) in gf or r["key"] in {fold(x) for x in gf}
            ]
            partial = [
                r
                for r in LOG
                if r["key"] not in {fold(x) for x in gf} and any(r["key"] in fold(x) for x in gf)
            ]
            out.append(
                dict(
                    kind="miss",
                    page=txt.stem,
                    gold=sorted(gf),
                    cls=cls,
                    countries=sorted(countries),
                    main=main,
                    hits=[(h.name, h.country_code, h.population) for h in hits[:5]],
                    var=[(h.name, h.country_code, h.population) for h in var[:3]],
                    recs=recs,
                    partial=[(r["key"], r["verdict"]) for r in partial],
                    person=bool(gf & perf),
                )
            )
        for pi in extra:
            p = e.cities[pi]
            recs = [r for r in LOG if r["key"] in {fold(p.name)} | {fold(a) for a in p.aliases}]
            out.append(
                dict(
                    kind="extra",
                    page=txt.stem,
                    name=p.name,
                    cc=getattr(p, "country_code", None),
                    countries=sorted(countries),
                    recs=recs,
                    geonames=getattr(p, "geonames_id", None),
                )
            )
json.dump(out, sys.stdout, indent=1, default=str)
