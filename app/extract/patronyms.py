"""Names whose given name no list knows, recognised by the father's name after it.

Across the Sahel, the Horn of Africa and the Arabic-speaking world a person's second name
is the father's given name ("Abba Umar", "Modu Ali", "Ahmed Nur", "Farhan Yusuf"): the
first word may be a Kanuri, Hausa or Somali name no given-name list holds, but the word
after it is one the list knows. Places and things rarely end in a given name (the
gazetteer check in ``persons`` takes "Tal Umar"-like towns), and English words are left
out on both sides ("Grand Ali", "Umar Street").
"""

from __future__ import annotations

from collections.abc import Sequence

from app.extract.lexicons import NUMBER_WORDS, is_common_form, is_common_word, is_first_name, words
from app.extract.person_names import KUNYA
from app.extract.transliteration import fold

__all__ = ["patronymic_name"]

# "Lady" before a saint's name: towns grown around a shrine ("Sayyida Zaynab", "Sayyida
# Ruqayya") are named so.
_SHRINES = frozenset(["sayyida", "sayyeda", "sayida", "sayyidah", "sayeda", "saida"])
# Arabic words that open the names of armed groups ("Ahlu Sunna", "Jaish Omar", "Liwa
# Hamza"): people of, army, party, movement, supporters, brigade, battalion, front, ranks.
_GROUP_OPENERS = words(
    """
ahl ahlu ahlul ahle jaish jaysh hizb harakat harakat ansar liwa katibat katiba jabhat
junud saraya fatah fateh tahrir jamaat jamaatu jama'at
"""
)


def patronymic_name(name: Sequence[str], core: Sequence[str]) -> bool:
    """Two or three capitalised words, none an English word, a later one a known given
    name: the first is a given name too ("Abba Umar", "Kolo Bukar Ali"). Not with a
    particle or a kunya inside: "Urum al Kubra", "Qassr Abu Samra" are places."""
    if len(name) != len(core) or any(fold(w) in KUNYA for w in name):
        return False
    if fold(core[0]) in _SHRINES | _GROUP_OPENERS:
        return False  # "Sayyeda Zeinab": a shrine's town; "Ahlu Sunna": a group
    if not 2 <= len(core) <= 3:
        return False
    if not all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in core):
        return False  # "AOZTxImcu Hassan": no name is written in mixed case
    if any(is_common_word(w) or is_common_form(w) for w in core):
        return False
    return any(is_first_name(w) and fold(w) not in NUMBER_WORDS for w in core[1:])
