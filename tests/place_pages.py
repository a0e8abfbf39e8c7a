"""Small raw news pages naming regions and villages, written by hand for the place tests,
and a helper that ingests some of them as one batch (one ``ingest`` run)."""

from __future__ import annotations

from pathlib import Path

from app.archive import Archive
from app.ingest.pipeline import IngestReport, ingest_paths

PAGES = {
    # A region named with a cue, and no city of it.
    "aleppo_province": "Airstrikes in the north\n\nBEIRUT (Reuters) - Airstrikes hit rebel "
    "positions in northern Aleppo province on Monday, a monitor said.",
    # A city of Aleppo province, the province itself never named.
    "azaz": "Shelling near the border\n\nBEIRUT (Reuters) - Shells hit the town of Azaz on "
    "Tuesday, a monitor said.",
    # The same province under its Arabic name.
    "halab": "Clashes in the north west\n\nBEIRUT (AFP) - Fighting raged in the Halab "
    "countryside on Monday, a monitor said.",
    # A village GeoNames does not hold, in a named province.
    "thalthana": "Four killed as a village is shelled\n\nBEIRUT (Reuters) - Government "
    "forces shelled the village of Thalthana in Idlib province on Monday, killing four "
    "people, a monitor said.",
    # The same village again, in a later ingest: one village, two articles.
    "thalthana_again": "Aid convoy reaches a village in the north west\n\nBEIRUT (Reuters) - "
    "An aid convoy reached the village of Thalthana in Idlib province on Friday, a monitor "
    "said.",
    # The village of "thalthana" under another spelling, in two articles.
    "talthana": "Families flee a village\n\nBEIRUT (Reuters) - Families fled the village of "
    "Talthana in Idlib province on Sunday after a night of shelling, a monitor said.",
    "talthana_again": "School reopens in a village\n\nBEIRUT (AFP) - A school reopened in the "
    "village of Talthana in Idlib province on Thursday, a monitor said.",
    # A town of Idlib province and the province, not the city of Idlib.
    "idlib_province": "Strikes on a town in the north west\n\nBEIRUT (Reuters) - Air strikes "
    "hit the town of Saraqeb in Idlib province on Monday, a monitor said.",
    # The city of Idlib itself.
    "idlib_city": "Protest in a northern city\n\nBEIRUT (AFP) - Hundreds protested in the "
    "city of Idlib on Friday, a monitor said.",
    # Nothing about Aleppo province.
    "homs": "Fighting in Homs\n\nBEIRUT (AFP) - Fighting went on in the city of Homs on "
    "Tuesday, a monitor said.",
}


def ingest_place_pages(archive: Archive, folder: Path, *names: str) -> IngestReport:
    """Write these pages into ``folder`` (a new one per batch) and ingest them."""
    folder.mkdir(parents=True)
    for name in names:
        (folder / f"{name}.txt").write_text(PAGES[name] + "\n", encoding="utf-8")
    report = ingest_paths(archive, [folder])
    assert report.ok and len(report.added) == len(names), report.summary()
    return report
