"""Ethiopian and Eritrean personal names: compounds of a few religious stems.

Habesha names ("Debretsion Gebremichael", "Tsadkan Gebretensae", "Berhane Gebrezigher",
"Fisseha Haileselassie") carry no surname: the second name is the father's given name. No
given-name list holds most of them, but many are compounds whose parts are a small stock
of religious words: "servant of" (Gebre-, Ghebre-), "power of" (Haile-), "son of"
(Wolde-, Welde-), "hope of" (Tesfa-), "mount" (Debre-), and the saints and names of God
they close on (-mariam, -michael, -selassie, -egziabher, -giorgis, -yesus, -tsion). The
stock below is the naming pattern, not a list of particular people. Place names built on
the same words are written in two words ("Debre Markos", "Debre Tabor"), so a compound
needs three letters or more after its stem.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from app.extract.lexicons import is_common_form
from app.extract.transliteration import fold

__all__ = ["is_ethiopian_name", "is_habesha_compound"]

_COMPOUND = re.compile(
    r"^(?:gh?ebre|g[ie]bre|haile|hayle|w[oe]lde|tekle|tesfa|kidane|habte|zere|debre|"
    r"gebre|berhe|tewelde|hagos|abraha)[a-z]{3,}$"
    r"|^[a-z]{3,}(?:mariam|maryam|mikael|michael|selassie|silassie|sellassie|egziabher|"
    r"egziabiher|giorgis|yesus|iyesus|tsion|tsiyon|medhin|medhn|kidan|gabriel)$"
)


@lru_cache(maxsize=1 << 14)
def is_habesha_compound(word: str) -> bool:
    """ "Gebremichael", "Haileselassie", "Debretsion", "Woldemariam"."""
    return bool(_COMPOUND.match(fold(word).replace("-", "")))


def is_ethiopian_name(core: Sequence[str]) -> bool:
    """Two to four capitalised words, none an English word, one of them a Habesha
    compound ("Debretsion Gebremichael", "Tsadkan Gebretensae")."""
    if not 2 <= len(core) <= 4:
        return False
    if not all(w[:1].isupper() and not w.isupper() for w in core):
        return False
    if any(is_common_form(w) for w in core):
        return False
    return any(map(is_habesha_compound, core))
