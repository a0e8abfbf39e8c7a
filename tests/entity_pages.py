"""Small raw news pages naming people and places, written by hand for the entity tests,
and a helper that ingests some of them as one batch (one ``ingest`` run)."""

from __future__ import annotations

from pathlib import Path

from app.archive import Archive
from app.ingest.pipeline import IngestReport, ingest_paths

PAGES = {
    "rahman1": "Toll rises in Aleppo\n\nBEIRUT (Reuters) - Rami Abdel Rahman, head of the "
    "Syrian Observatory for Human Rights, said on Monday that 12 people were killed.",
    "rahman2": "Raids on Idlib\n\nBEIRUT (Reuters) - Twenty people died, said Rami "
    "Abdulrahman, who heads the Syrian Observatory for Human Rights.",
    "rahman3": "Fighting in Homs\n\nBEIRUT (AFP) - Rami Abdurrahman, the director of the "
    "Observatory, said on Tuesday that fighting went on.",
    "rahman4": "Shelling in Hama\n\nBEIRUT (AFP) - Rami Abdul Rahman said on Friday that "
    "shells hit the market.",
    "trumps": "Envoy in Damascus\n\nDAMASCUS (Reuters) - U.S. President Donald Trumps "
    "envoy arrived in Damascus on Tuesday.",
    "trump": "Trump says the strikes on Syria will go on\n\nWASHINGTON (Reuters) - "
    "President Donald Trump said on "
    "Wednesday that the strikes would go on.",
    "bashar1": "Assad speaks\n\nDAMASCUS (Reuters) - Syrian President Bashar al-Assad said "
    "on Monday that the army would advance.",
    "bashar2": "Assad visits\n\nDAMASCUS (AFP) - President Bashar Assad visited troops on "
    "Tuesday, state media said.",
    "bashar3": "Assad decree\n\nDAMASCUS (AFP) - President Bashar al-Assad issued a decree "
    "on Thursday, state media said.",
    "hafez": "Forty years on\n\nDAMASCUS (AFP) - Hafez al-Assad ruled Syria for three "
    "decades, historians said on Sunday.",
    "assad": "Assad talks\n\nBEIRUT (Reuters) - President Assad said on Monday that the "
    "army would advance.",
    "jimmy": "Carter speaks\n\nWASHINGTON (Reuters) - Former U.S. President Jimmy Carter "
    "said on Monday that talks must go on.",
    "ashton": "Carter in Paris\n\nPARIS (Reuters) - U.S. Defense Secretary Ashton Carter "
    "said on Tuesday the coalition would press on.",
    "carter": "Carter again\n\nWASHINGTON (Reuters) - President Carter said on Friday "
    "that he was hopeful.",
    "hassan": "Two men\n\nBEIRUT (Reuters) - Ali Hassan said on Monday that he had fled. "
    "Ali Hussein said he stayed.",
    "quneitra": "Shelling near the Golan\n\nDAMASCUS (Reuters) - Rebels shelled the city "
    "of Quneitra on Monday, a monitor said.\n\nFighting also hit Deir ez-Zor, where "
    "government troops are besieged.",
    "khatib": "Hamza speaks\n\nBEIRUT (Reuters) - Hamza Khatib said on Monday that the "
    "town had fallen.",
    "kateb": "Hamza again\n\nBEIRUT (AFP) - Hamza Kateb said on Tuesday that the town had "
    "been retaken.",
    "barrack": "Obama on Syria\n\nWASHINGTON (AFP) - President Barrack Obama said on Monday "
    "that talks must go on.",
    "barack1": "Obama again\n\nWASHINGTON (Reuters) - President Barack Obama said on Tuesday "
    "that the strikes would stop.",
    "barack2": "Obama in Ankara\n\nANKARA (Reuters) - U.S. President Barack Obama said on "
    "Friday that Turkey was an ally.",
    "erdogan1": "Erdogan speaks\n\nANKARA (Reuters) - Turkish President Recep Tayyip Erdogan "
    "said on Monday that the operation would go on.",
    "erdogan2": "Erdogan again\n\nANKARA (AFP) - President Tayyip Erdogan said on Tuesday "
    "that troops would stay.",
    "glued": "Tags Syria Idlib Russia airstrikes Syrian regime Bashar Assad Airstrikes on a "
    "rebel-held village in northwest Syria killed 12 people on Monday.",
}


def ingest_pages(archive: Archive, folder: Path, *names: str) -> IngestReport:
    """Write these pages into ``folder`` (a new one per batch) and ingest them."""
    folder.mkdir(parents=True)
    for name in names:
        (folder / f"{name}.txt").write_text(PAGES[name] + "\n", encoding="utf-8")
    report = ingest_paths(archive, [folder])
    assert report.ok and len(report.added) == len(names), report.summary()
    return report
