"""A country's name printed as a section label before a headline ("Burma Myanmar Junta
Airstrikes Hit Villages"), dropped when the headline names the country again."""

from __future__ import annotations

import re

from app.extract.countries import CountryLabels
from app.extract.lexicons import NUMBER_WORDS
from app.extract.transliteration import fold

# A country's name as a section label glued before the headline ("Burma Thousands Flee as
# Myanmar Junta ...", "Burma Myanmar Junta Airstrikes ..."): the headline names the same
# country again before any kicker colon, and its first word cannot go on from the country's
# name: the country again, or a number or quantity opening a clause. "Israel Says Israeli
# Troops ..." and "Syria Crisis: Syrian Army ..." keep their first word.
_LABEL_WORD = re.compile(r"^([A-Z][a-z]+)\s+(?=[A-Z0-9])")
_KICKER_END = re.compile(r"[:|–—]")
_WORD_EDGE = ",;.!?'\"‘’“”()"
_COUNTRY_WORDS_MAX = 3
# (The number words are ``lexicons.NUMBER_WORDS``, capitalised as a headline writes them.)
_CLAUSE_OPENER = re.compile(
    r"^(?:\d[\d,.]*|"
    + "|".join(sorted(w.capitalize() for w in NUMBER_WORDS))
    + r"|Tens|At|The|A|An|Over|Nearly|Many)$"
)


def _countries_named(words: list[str], forms: dict[str, str]) -> list[tuple[int, str]]:
    """(word position, ISO code) of each country form, longest first ("South Sudanese" names
    no Sudan)."""
    out: list[tuple[int, str]] = []
    i = 0
    while i < len(words):
        step = 1
        for j in range(min(len(words), i + _COUNTRY_WORDS_MAX), i, -1):
            iso = forms.get(fold(" ".join(words[i:j])))
            if iso:
                out.append((i, iso))
                step = j - i
                break
        i += step
    return out


def drop_country_label(text: str, countries: CountryLabels | None) -> str:
    """'Burma Myanmar Junta Airstrikes Hit Villages' -> 'Myanmar Junta Airstrikes Hit
    Villages'; 'Syria Rebels Seize Town' and 'Israel Says Israeli Troops ...' stay."""
    m = _LABEL_WORD.match(text)
    if countries is None or not m:
        return text
    forms, names = countries
    key = fold(m.group(1))
    iso = forms.get(key)
    if iso is None or key not in names:
        return text
    rest = text[m.end() :]
    words = [
        w.strip(_WORD_EDGE).removesuffix("’s").removesuffix("'s")
        for w in _KICKER_END.split(rest, maxsplit=1)[0].split()
    ]
    named = [i for i, found in _countries_named(words, forms) if found == iso]
    if named and (named[0] == 0 or _CLAUSE_OPENER.match(words[0])):
        return rest
    return text
