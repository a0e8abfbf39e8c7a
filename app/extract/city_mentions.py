"""A found city as the article's mention: its common English name (or the text's spelling
when English writes that clearly more), country, coordinates and the other spellings found.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from wordfreq import zipf_frequency

from app.domain import CityMention
from app.extract.gazetteer_index import Gazetteer

if TYPE_CHECKING:  # villages.py reads most_written, and city_second_chances reads villages
    from app.extract.city_second_chances import Found


def city_mention(found: Found, gaz: Gazetteer) -> CityMention:
    """The city under its common English name; other spellings found become aliases."""
    c = found.city
    name = _more_written(c.name, found.forms)  # usually the gazetteer's English name
    forms = found.forms + found.old_names
    aliases = tuple(dict.fromkeys(a for a in forms if a.lower() != name.lower()))
    return CityMention(
        name=name,
        country=gaz.countries.get(c.country_code, c.country_code),
        country_code=c.country_code,
        latitude=c.latitude,
        longitude=c.longitude,
        geonames_id=c.geonames_id,
        aliases=aliases,
        count=len(forms),
        region_code=gaz.region_of(c),
        written_as=most_written(forms) if forms else name,
    )


def most_written(forms: list[str]) -> str:
    """The article's most used spelling of a place (the first of equals: most_common is a
    stable sort)."""
    return Counter(forms).most_common(1)[0][0]


def _more_written(name: str, forms: list[str]) -> str:
    """The text's own spelling when English text writes it clearly more than the
    gazetteer's choice ("Kupwara", not GeoNames' "Kopawor"); 1 Zipf is ten times."""
    best, best_freq = name, zipf_frequency(name, "en") + 1.0
    for form in dict.fromkeys(forms):
        if form.istitle() and (freq := zipf_frequency(form, "en")) > best_freq:
            best, best_freq = form, freq
    return best


def surface(words: tuple[str, ...]) -> str:
    """The spelling shown as an alias: datelines in capitals are title-cased ("GAZA", "JOS")."""
    text = " ".join(words)
    if text.isupper() and len(text) >= 3:
        text = " ".join(capitalised(w) for w in words)
    return text


# Particles inside a hyphenated name, kept in lower case ("Port-au-Prince", "Ras-al-Ain").
_HYPHEN_PARTICLES = frozenset(
    ["au", "aux", "de", "du", "des", "la", "le", "les", "en", "sur", "lès", "di", "da", "do"]
    + ["al", "el", "ad", "ar", "as", "ash", "at", "az", "ed", "er", "es", "et", "ez"]
)


def capitalised(word: str) -> str:
    """A word written in capitals, capitalised part by part ("PONT-SONDÉ" is "Pont-Sondé",
    "PORT-AU-PRINCE" is "Port-au-Prince"); a particle inside stays in lower case."""
    parts = word.split("-")
    return "-".join(
        p.lower() if k and k < len(parts) - 1 and p.lower() in _HYPHEN_PARTICLES else p.capitalize()
        for k, p in enumerate(parts)
    )
