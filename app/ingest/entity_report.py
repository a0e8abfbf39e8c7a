"""The curators' report as the CLI prints it: the store's findings (``build_report``)
with the extraction lexicons and gazetteer that tell organisations and places."""

from __future__ import annotations

from dataclasses import asdict

from app.archive import Archive
from app.store.entity_report import build_report

# A person named like a place is suspicious only if the place is a real town: tiny
# GeoNames entries share names with many people.
PLACE_MIN_POPULATION = 1000


def report_data(archive: Archive, *, limit: int = 30) -> dict:
    from app.extract.gazetteer import gazetteer
    from app.extract.lexicons import ORG_WORDS

    gaz = gazetteer()

    def is_place(name: str) -> bool:
        return any(c.population >= PLACE_MIN_POPULATION for c in gaz.lookup(name))

    with archive.sessions() as session:
        report = build_report(session, limit=limit, org_words=ORG_WORDS, is_place=is_place)
    return asdict(report)


def format_text(data: dict) -> str:
    lines = ["Likely splits (one person under two entities?):"]
    lines += [
        f"  {s['a']['name']} ({s['a']['articles']}) / {s['b']['name']} ({s['b']['articles']})"
        f"  [{s['a']['slug']} / {s['b']['slug']}]: {s['why']}"
        for s in data["splits"]
    ] or ["  none"]
    lines.append("Suspicious persons:")
    lines += [
        f"  {s['entity']['name']} ({s['entity']['articles']}) [{s['entity']['slug']}]: {s['why']}"
        for s in data["suspicious"]
    ] or ["  none"]
    for heading, key in (
        ("Most-mentioned persons:", "top_persons"),
        ("Most-mentioned cities:", "top_cities"),
    ):
        lines.append(heading)
        lines += [f"  {e['articles']:5d}  {e['name']} [{e['slug']}]" for e in data[key]] or [
            "  none"
        ]
    return "\n".join(lines)
