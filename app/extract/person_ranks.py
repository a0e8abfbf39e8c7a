"""Ranks of any army, gendarmerie or police force written before a name.

Fresh pages name soldiers and police by ranks the title lexicon did not hold, and by names
no given-name list knows ("Sergeant-Chief Tih Julius Angu", "Master Corporal Voula Voula
Victor", "Private Class Yinda Bobekreo"; the South Asian armies' "Havildar", "Naik", "Naib
Subedar", "Sepoy"): the rank is what vouches for them. A role written
as a title does the same ("Eyewitness Abdirahman Yusuf").
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from app.extract.lexicons import is_common_form
from app.extract.lexicons import words as _words
from app.extract.person_context import ROLE_WORDS

__all__ = ["RANK_NOUNS", "rank_prefix", "ranked_name_ok"]

# Ranks of armies, gendarmeries and police forces. A rank phrase holds at least one of
# RANK_NOUNS; RANK_MODIFIERS only qualify one ("Private Class", "Master Corporal",
# "Sergeant-Chief", "Chief Warrant Officer", "Police Inspector").
RANK_NOUNS = _words(
    """
private privates corporal corporals sergeant sergeants lieutenant lieutenants captain
captains major colonel colonels general generals brigadier commandant adjutant warrant
inspector inspectors constable constables superintendent commissioner officer officers
seaman airman trooper troopers gendarme gendarmes marshal ensign midshipman aspirant
sub-lieutenant lance-corporal sergeant-major
sepoy sepoys naik havildar havaldar subedar risaldar jemadar sowar lance-naik
"""
)
RANK_MODIFIERS = _words(
    """
class first second third master chief lance staff senior junior petty sub police deputy
assistant head principal warrant naib
"""
)


def rank_prefix(words: Sequence[str]) -> int:
    """How many words at the run's start are a rank phrase (0 when none): "Private Class"
    in "Private Class Yinda Bobekreo", "Sergeant-Chief" in "Sergeant-Chief Tih ...", or
    one role word ("Eyewitness Abdirahman Yusuf")."""
    k = 0
    noun = False
    for w in words:
        kind = _rank_word(w)
        if kind is None:
            break
        noun = noun or kind
        k += 1
    if k == 0 and len(words) >= 3 and _role_title(words[0], words[1]):
        return 1  # "Eyewitness Abdirahman Yusuf said"
    return k if noun and k < len(words) else 0


@lru_cache(maxsize=1 << 14)
def _rank_word(word: str) -> bool | None:
    """None when ``word`` is no rank word; else whether it holds a rank noun ("Sergeant",
    "Sergeant-Chief") rather than only modifiers ("Master", "Class")."""
    parts = word.lower().strip(".").split("-")
    if not all(p in RANK_NOUNS or p in RANK_MODIFIERS for p in parts):
        return None
    return any(p in RANK_NOUNS for p in parts)


def _role_title(word: str, nxt: str) -> bool:
    """A role written as a title before a name no dictionary has: "Eyewitness", "Resident",
    "Farmer" ("Witness Protection Program" is no name: "Protection" is a dictionary word)."""
    return word.lower() in ROLE_WORDS and not is_common_form(nxt)


def ranked_name_ok(name: Sequence[str], title_case_line: bool) -> bool:
    """A Title Case line says nothing by its capitals ("Private Sector Workers Strike"):
    there the name after a rank must open with a word no dictionary has."""
    return not title_case_line or (len(name) >= 2 and not is_common_form(name[0]))
