"""A place name that opens the name of an organisation or a building written in lower case.

The annotation rules exclude place names used inside the name of an organisation or a
building. Capitalised names are caught by their organisation word ("Radio Mogadishu");
news writing also names units, outlets, schools and hospitals in lower case after the place:
"the Shali tank regiment", "the Saba news agency", "Hadnet secondary school", "the Gao
regional hospital". Only a few describing words may stand between the place and the head
noun, so "fighting in Mosul destroyed school buildings" keeps Mosul; "evacuated to a
Damascus hospital" keeps Damascus (an indefinite article: the city a hospital is in).
"""

from __future__ import annotations

from app.extract.lexicons import words

# Nouns that end such a name.
_HEADS = words(
    """
regiment regiments battalion battalions brigade brigades division divisions corps agency
school schools university college academy hospital hospitals clinic newspaper club team
council militia garrison
"""
)
_SINGULAR_HEADS = _HEADS - {
    "regiments",
    "battalions",
    "brigades",
    "divisions",
    "schools",
    "hospitals",
}
# A military site named after its place: "Dioura army camp", "the Gao military base",
# "Tabaqa military airport" (as "Bagram air base"). Only after a soldier's word: right after
# the place these nouns are place-type words ("the Kalma camp"), and "Mosul police camps"
# are read no further.
_SITES = words("camp camps base bases barracks outpost outposts")
_SITES |= words("airport airports airfield airfields airbase airbases")
_SOLDIERS = words("army military air")  # "the Tiyas military air base"
# Words that may stand between the place and the head noun.
_MODIFIERS = words(
    """
news press tank infantry rifle artillery mechanised mechanized armoured armored motorised
motorized marine border police military army air security defence defense guards special
secondary primary high girls boys teaching general central regional district provincial
referral public state city town local football tribal
"""
)
# "The Duke of Lancaster's Regiment": a possessive place then a capitalised unit word.
_CAPITALISED_UNITS = frozenset(["regiment", "regiments", "guards", "rifles", "own", "light"])


def opens_organisation_name(before: tuple[str, ...], after: tuple[str, ...]) -> bool:
    """The words ``after`` a place name (its own run ended; ``before``: the words before it,
    lower-cased) make it part of a lower-case organisation or building name: up to two
    describing words, then a head noun."""
    for k, word in enumerate(after[:3]):
        if word in _SITES:
            return k > 0 and after[k - 1] in _SOLDIERS
        if word in _HEADS:
            # Right after the place, a singular head names one building ("Al-Quds
            # hospital"), unless an indefinite article makes the city a modifier ("a
            # Damascus hospital"); a plural one does too ("Damascus hospitals").
            return k > 0 or (word in _SINGULAR_HEADS and before[-1:] not in (("a",), ("an",)))
        if word not in _MODIFIERS:
            return False
    return False


def possessive_in_unit_name(before: tuple[str, ...], after: tuple[str, ...]) -> bool:
    """ "the Duke of Lancaster's Regiment": the possessive place follows "of" and a
    capitalised word, and a capitalised unit word follows it (``before``/``after`` as
    written)."""
    return (
        len(before) >= 2
        and before[-1] == "of"
        and before[-2][:1].isupper()
        and bool(after)
        and after[0][:1].isupper()
        and after[0].lower() in _CAPITALISED_UNITS
    )
