"""A full name whose fate the sentence tells past an aside: "Ohad Ben Ami, also taken from
Kibbutz Be'eri, was kidnapped", "Alirio Rojas Bocanegra, known as "El Abuelo," had been
killed".

``person_events.suffered`` reads "X was kidnapped" only when the verb follows the name; news
copy often puts a short aside between them (where the person is from, a nickname, an age
with a role), and a name no given-name list knows, or a known given name before words that
are also English words ("Ben", "Ami"), was then read as nothing. Only verbs of what happens
to people count (``HUMAN_PASSIVES``: a town is captured or shelled, not kidnapped), and the
aside must be one clause of the sentence: no full stop, no "which" (a thing's relative
clause) and no opening "and" (a list going on).
"""

from __future__ import annotations

from collections.abc import Sequence

from app.extract.lexicons import PLACE_PREPOSITIONS, is_everyday_word
from app.extract.lexicons import words as _words
from app.extract.person_events import HUMAN_PASSIVES

# The longest aside read (tokens between the commas, punctuation included): a place or a
# nickname with its gloss ('known as “El Abuelo,” or “The Grandfather,”' is 13).
_ASIDE_TOKENS = 14
_CLOSING_QUOTES = frozenset(["”", '"', "’", "'"])
_SENTENCE_ENDS = frozenset([".", ";", "?", "!", ":", "|"])
# Auxiliaries between the aside and the participle: "was", "had been", "has reportedly been".
_AUXILIARIES = _words("was is has had been reportedly allegedly later also")
_FIRST_AUXILIARIES = _words("was is has had")
# "was taken hostage": "taken" alone is said of towns too.
_TAKEN = _words("hostage captive prisoner")
_NOT_IN_ASIDE = _words("which and")
# Of HUMAN_PASSIVES, what groups and towns undergo too ("was born out of", "was buried
# under mud"); "shot down" is said of aircraft, "shot at" of anything.
_NOT_ONLY_PEOPLE = _words("born buried")
_SHOT_AT = _words("down up at")
_ARTICLES = _words("the a an this")


def fate_past_aside(core: Sequence[str], before: Sequence[str], after: Sequence[str]) -> bool:
    """Whether a comma-closed aside after the run is followed by what happens to people
    ("X Y, from Z, was abducted"); ``after`` is the chunk's wide (or list) context."""
    if not after or after[0] != "," or is_everyday_word(core[0]):
        return False
    if before and (before[-1] in PLACE_PREPOSITIONS or before[-1].lower() in _ARTICLES):
        return False
    if len(after) > 1 and after[1].lower() in _NOT_IN_ASIDE:
        return False
    for k in range(2, min(len(after), _ASIDE_TOKENS + 3)):
        word = after[k]
        if word in _SENTENCE_ENDS or word.lower() == "which":
            return False
        if word != ",":
            continue
        j = k + 1
        while j < len(after) and after[j] in _CLOSING_QUOTES:
            j += 1
        if j < len(after) and after[j] in _FIRST_AUXILIARIES and _fate(after[j:]):
            return True
    return False


def _fate(words: Sequence[str]) -> bool:
    """ "was kidnapped", "had been killed", "was taken hostage"."""
    j = 0
    while j < len(words) and j < 4 and words[j] in _AUXILIARIES:
        j += 1
    if j == 0 or j >= len(words):
        return False
    verb, nxt = words[j], words[j + 1 : j + 2]
    if verb == "taken":
        return bool(nxt) and nxt[0] in _TAKEN
    if verb == "shot" and nxt and nxt[0] in _SHOT_AT:
        return False  # "was shot down": an aircraft; "was shot at": no one hit
    return verb in HUMAN_PASSIVES and verb not in _NOT_ONLY_PEOPLE
