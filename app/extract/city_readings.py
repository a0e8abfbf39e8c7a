"""What a place name means in its article, once the article's other places are known.

``city_evidence`` judges one match in its sentence; these rules read the article around it:

- a name the article also gives as a region ("the Sagaing region", "Sinaloa state") is the
  region when it qualifies a village ("airstrikes on Sagaing village"), when the only place
  of that name is a village ("in Sinaloa": Sinaloa, Chiapas has 1,000 people), or when the
  place has it only as an old name ("Basilan" for the City of Isabela);
- a name GeoNames gives to a place abroad and, in another spelling, to a place the article
  already names is that place ("the Soviet-era names of Krasnoarmeisk and Dmitrov" in a
  story about Pokrovsk and Myrnohrad);
- a run after "Gao," followed by a comma and a verb ("the mayor of Gao, Sadou Diallo, was
  due") is an apposition naming a person, not a list of places.
"""

from __future__ import annotations

from app.extract.chunks import Chunk
from app.extract.city_evidence import TOWN
from app.extract.gazetteer_index import City, Gazetteer
from app.extract.lexicons import SETTLEMENT_WORDS
from app.extract.transliteration import fold, skeleton, strip_article


def region_meant(
    city: City, chunk: Chunk, i: int, j: int, in_dateline: bool, region_names: frozenset[str]
) -> bool:
    """``chunk.words[i:j]``, read as ``city``, names a region the article names as one."""
    span = chunk.words[i:j]
    key = fold(" ".join(span))
    if key not in region_names or in_dateline:
        return False
    before = [b.lower() for b in (chunk.before if i == 0 else chunk.words[max(0, i - 3) : i])]
    if len(before) >= 2 and before[-1] == "of" and before[-2] in SETTLEMENT_WORDS:
        return False  # "the town of Pale": the text says it is the town
    nxt = chunk.words[j] if j < len(chunk.words) else (chunk.after[0] if chunk.after else "")
    if nxt.lower() in ("village", "villages"):
        return True  # "airstrikes on Sagaing village": a village in the region
    own, written = strip_article(fold(city.name)), strip_article(key)
    written_own = own == written or skeleton(own) == skeleton(written)
    # "in Sinaloa": a village of that name is not what a region's name means; "in Basilan"
    # is the province, GeoNames' City of Isabela only has "Basilan" as an old name. A
    # town's own name stays the town, bare or not ("Daraa was the cradle of the uprising",
    # with "Daraa province" in the same story): the annotation rules list a name that is
    # both a city and a province as a city when the text leaves it unclear.
    return 0 < city.population < TOWN or not written_own


def renamed_as(
    city: City, forms: list[str], others: dict[int, City], gaz: Gazetteer, cache: dict
) -> City | None:
    """The place of another country the article already names that one of ``forms`` is
    another spelling or an old name of, or None."""
    for form in dict.fromkeys(forms):
        span = tuple(form.split())
        cands = cache.get(span)
        if cands is None:
            # Any form GeoNames has with the same consonants (an old name is no spelling of
            # the current one, so ``variant_candidates``' likeness test does not apply);
            # short skeletons match too much.
            long_enough = len(skeleton(fold(form))) >= _MIN_SKELETON
            cands = cache[span] = gaz.lookup(form) + (
                gaz.lookup_variant(form) if long_enough else ()
            )
        for c in cands:
            if c.geonames_id in others and c.country_code != city.country_code:
                return others[c.geonames_id]
    return None


# The fewest consonants a spelling needs to be matched by its skeleton alone ("Dmitrov":
# dmtrv, 5; "Gao": g would match anything).
_MIN_SKELETON = 4


def apposed_person(chunk: Chunk) -> bool:
    """ "Gao, Sadou Diallo, was due": a comma, then a lower-case word, closes the run."""
    after = chunk.after
    return len(after) >= 2 and after[0] == "," and after[1][:1].islower()


_DASHES = frozenset(["-", "–", "—", ":"])
_REGION_TAILS = frozenset(["state", "province", "region", "governorate", "district"])


def opening_dateline(chunk: Chunk, gaz: Gazetteer) -> bool:
    """A line that opens with a place and a dash or colon the dateline rule missed:
    "Bangkok : Myanmar's junta ..." (a colon after a space), "Adabka, Zamfara state -
    Bandits ..." (a hyphen after the place's state). The place alone before the mark must
    be a town GeoNames knows; with the state or country stated, any name will do."""
    if chunk.before or chunk.title_case_line or len(chunk.words) > 3:
        return False
    after = chunk.after
    if after[:1] and after[0] in _DASHES:
        towns = gaz.lookup(" ".join(chunk.words))
        return (
            len(after) > 1 and after[1][:1].isupper() and any(c.population >= TOWN for c in towns)
        )
    if len(after) < 3 or after[0] != ",":
        return False
    for k in range(2, len(after)):
        if after[k] in _DASHES:
            where = after[1:k]
            if where[-1].lower() in _REGION_TAILS:
                where = where[:-1]
            text = " ".join(where)
            named = fold(text) in gaz.country_forms or bool(gaz.regions.lookup(text))
            return bool(where) and where[0][:1].isupper() and named
    return False
