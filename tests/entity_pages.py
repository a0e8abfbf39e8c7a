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
    "trumps2": "Talks in Geneva\n\nGENEVA (Reuters) - President Donald Trumps administration "
    "said on Monday that the talks would resume.",
    "trumps3": "Strikes go on\n\nWASHINGTON (AFP) - Donald Trumps decision to strike was "
    "welcomed by allies on Friday, officials said.",
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
    "mistura1": "Envoy in Geneva\n\nGENEVA (Reuters) - U.N. envoy Staffan de Mistura said on "
    "Monday that the talks would resume.",
    "mistura2": "Envoy again\n\nGENEVA (AFP) - Staffan de Mistura met the opposition on "
    "Tuesday, his office said.",
    "mistura3": "Envoy in Moscow\n\nMOSCOW (Reuters) - Staffan de Mistura arrived in Moscow "
    "on Friday, officials said.",
    "staffa": "Horrific, says envoy\n\nGENEVA (AFP) - U.N. special envoy for Syria Staffa de "
    "Mistura said on Wednesday that the attack was horrific.",
    "maria": "Two voices\n\nMADRID (Reuters) - Maria Lopez said on Monday that the aid had "
    "arrived.",
    "mario1": "Aid convoy\n\nMADRID (AFP) - Mario Lopez said on Tuesday that the convoy had left.",
    "mario2": "Aid again\n\nMADRID (AFP) - Mario Lopez said on Wednesday that the convoy had "
    "arrived.",
    "mario3": "Aid at last\n\nMADRID (Reuters) - Mario Lopez said on Friday that the food had "
    "been shared.",
    "lavrov1": "Lavrov in Geneva\n\nGENEVA (Reuters) - Russian Foreign Minister Sergei Lavrov "
    "said on Monday that the talks would go on.",
    "lavrov2": "Lavrov again\n\nMOSCOW (AFP) - Foreign Minister Sergei Lavrov said on Tuesday "
    "that Russia would not leave Syria.",
    "lavrov3": "Lavrov in Ankara\n\nANKARA (Reuters) - Sergei Lavrov met his Turkish "
    "counterpart on Friday, officials said.",
    # FA-KES row 679's shape: one paragraph ending in a run-on list of related headlines.
    "headlines": "Army advances near Damascus\n\nDAMASCUS (Sputnik) - The army advanced on "
    "Monday, a source said. Related Damascus Officially Invited OPCW Experts to Investigate "
    "Idlib Incident Lavrov Syrian Army Repels Militant Attack on Western Damascus Tags Syria",
    "abukamal1": "Strikes on the border\n\nDAMASCUS (Reuters) - Air strikes hit the Syrian "
    "town of Abu Kamal on Monday, a monitor said.",
    "abukamal2": "Border town shelled\n\nDAMASCUS (AFP) - Shells fell on the town of Abu "
    "Kamal in eastern Syria on Tuesday, a monitor said.",
    "boukamal": "Six killed\n\nDAMASCUS (AP) - The late Monday strike on the town of "
    "Boukamal in eastern Syria on the Iraqi border killed six people, activists said.",
    # Placed in Lebanon by its dateline: not the Syrian town, whatever the spelling.
    "boukamal_lb": "Six killed\n\nBEIRUT (AP) - The late Monday strike on the town of "
    "Boukamal on the border killed six people, activists said.",
    # One besieged pair of villages the gazetteer lacks, each spelt three ways by three
    # outlets; and two villages of one consonant skeleton that one article names together.
    "kefraya": "Shells on two villages\n\nBEIRUT (AFP) - Rebels shelled the villages of "
    "Foua and Kefraya in Idlib province on Monday, a monitor said.",
    "kafraya": "Buses leave\n\nDAMASCUS (Reuters) - Buses left the besieged villages of "
    "Fuaa and Kafraya in northwest Syria on Friday, state media said.",
    "foaa": "Woman wounded\n\nDAMASCUS (SANA) - A woman was wounded when a mortar hit the "
    "village of Foaa in Idlib countryside, a source said.",
    # The pair again, without a word that makes them places ("Residents of X" is one since
    # cities19).
    "convoy": "Convoy waits\n\nALEPPO (Reuters) - Families of al-Foua and Kefraya waited "
    "at a transit point near Aleppo on Saturday, state media said.",
    "kufriya": "Two villages hit\n\nDAMASCUS (SANA) - Mortars hit the villages of Kafraya "
    "and Kufriya in Idlib countryside on Sunday, a source said.",
}


def ingest_pages(archive: Archive, folder: Path, *names: str) -> IngestReport:
    """Write these pages into ``folder`` (a new one per batch) and ingest them."""
    folder.mkdir(parents=True)
    for name in names:
        (folder / f"{name}.txt").write_text(PAGES[name] + "\n", encoding="utf-8")
    report = ingest_paths(archive, [folder])
    assert report.ok and len(report.added) == len(names), report.summary()
    return report
