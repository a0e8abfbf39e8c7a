"""Countries: the names and demonyms that stand for one, and the ones an article names.

Country forms are built into the gazetteer once ("Syria", "Syrian", "U.S." -> ISO code).
Per article they tell which countries it is about, which settles ambiguous place names
(Sinjar, Iraq over a namesake elsewhere) and whether a transliterated spelling may match.
"""

from __future__ import annotations

from collections import Counter
from operator import itemgetter

from app.extract.chunks import Chunk
from app.extract.gazetteer_index import Gazetteer
from app.extract.lexicons import DIRECTIONS, ORG_WORDS, TITLE_WORDS, words
from app.extract.transliteration import fold

# Demonyms that do not follow from the country name by a suffix rule, plus common short
# names used in news copy. A general lexicon, not tied to any article.
_EXTRA_COUNTRY_FORMS = {
    "US": ["U.S.", "USA", "U.S.A.", "America", "American", "United States", "Americans"],
    "GB": [
        "UK",
        "U.K.",
        "Britain",
        "British",
        "England",
        "English",
        "Scotland",
        "Scottish",
        "Wales",
        "Welsh",
        "Briton",
    ],
    "FR": ["French"],
    "DE": ["German"],
    "NL": ["Dutch"],
    "CH": ["Swiss"],
    "SE": ["Swedish"],
    "DK": ["Danish"],
    "FI": ["Finnish"],
    "PL": ["Polish"],
    "ES": ["Spanish"],
    "PT": ["Portuguese"],
    "TR": ["Turkish", "Turkiye", "Türkiye"],
    "GR": ["Greek"],
    "IE": ["Irish"],
    "CN": ["Chinese"],
    "JP": ["Japanese"],
    "VN": ["Vietnamese"],
    "LB": ["Lebanese"],
    "SD": ["Sudanese"],
    "SS": ["South Sudanese"],
    "PK": ["Pakistani"],
    "AF": ["Afghan"],
    "IL": ["Israeli"],
    "PS": ["Palestinian", "Palestine", "Gaza Strip", "West Bank"],
    "SA": ["Saudi", "Saudi Arabia"],
    "AE": ["Emirati", "UAE", "Emirates"],
    "YE": ["Yemeni"],
    "IQ": ["Iraqi"],
    "KW": ["Kuwaiti"],
    "QA": ["Qatari"],
    "OM": ["Omani"],
    "BH": ["Bahraini"],
    "SO": ["Somali"],
    "RU": ["Russian", "Russia", "Soviet"],
    "UA": ["Ukrainian"],
    "BY": ["Belarusian"],
    "SY": ["Syrian"],
    "IR": ["Iranian", "Persian"],
    "EG": ["Egyptian"],
    "LY": ["Libyan"],
    "TN": ["Tunisian"],
    "DZ": ["Algerian"],
    "MA": ["Moroccan"],
    "JO": ["Jordanian"],
    "KR": ["South Korea", "South Korean"],
    "KP": ["North Korea", "North Korean"],
    "NG": ["Nigerian"],
    "ML": ["Malian"],
    "NE": ["Nigerien"],
    "TH": ["Thai"],
    "PH": ["Filipino", "Philippine"],
    "NZ": ["New Zealander"],
    "BE": ["Belgian"],
    "IT": ["Italian"],
    "CA": ["Canadian"],
    "AU": ["Australian"],
    "IN": ["Indian"],
    "BD": ["Bangladeshi"],
    "KZ": ["Kazakh"],
    "CZ": ["Czech", "Czech Republic"],
    "SK": ["Slovak"],
    "HU": ["Hungarian"],
    "AT": ["Austrian"],
    "NO": ["Norwegian"],
    "CY": ["Cypriot"],
    "ET": ["Ethiopian"],
    "KE": ["Kenyan"],
    "MM": ["Burmese", "Myanmar", "Burma"],
    "AM": ["Armenian"],
    "AZ": ["Azerbaijani", "Azeri"],
    "GE": ["Georgian"],
    "VA": ["Vatican"],
    "CD": ["Congolese", "Congo", "DR Congo", "DRC", "Congo-Kinshasa", "Zaire"]
    + ["Democratic Republic of Congo"],
    # Short and former names news copy still writes (cities15): the country's places are
    # chosen over namesakes abroad ("KRAJKOVA, Yugoslavia" in a 1998 Kosovo story).
    "BA": ["Bosnia", "Bosnian", "Bosnia-Herzegovina", "Bosnia Herzegovina"],
    "CG": ["Republic of Congo", "Republic of the Congo", "Congo-Brazzaville"],
    "TL": ["East Timor"],
    # Kosovo's Albanian name in the copy of its war years ("the Kosova Liberation Army",
    # cities20)
    "XK": ["Kosova"],
    "MK": ["Macedonia"],
    "SZ": ["Swaziland"],
    "CV": ["Cape Verde"],
    "RS": ["Yugoslavia", "Yugoslav"],
    # Demonyms the suffix rule cannot derive (cities19): "Cameroonian troops", "the Chadian
    # army", "a Mozambican village" name the country as its name does, so the villages of
    # a story that only says "Cameroonian" are placed there and its towns chosen over
    # namesakes abroad; "Burkina" is Burkina Faso's short name.
    "BF": ["Burkina", "Burkinabe"],
    "CI": ["Ivorian"],
    "TD": ["Chadian"],
    "CM": [
        "Cameroonian",
        "Cameroun",
    ],  # the French name ("French Cameroun", "La Republique du Cameroun")
    "BI": ["Burundian"],
    "MZ": ["Mozambican"],
    "ZW": ["Zimbabwean"],
    "MX": ["Mexican"],
    "HT": ["Haitian"],
    "BJ": ["Beninese"],
    "TG": ["Togolese"],
    "GH": ["Ghanaian"],
    "SN": ["Senegalese"],
    "SL": ["Sierra Leonean"],
    "DJ": ["Djiboutian"],
    "NP": ["Nepalese", "Nepali"],
    "SV": ["Salvadoran", "Salvadorean"],
    "HN": ["Honduran"],
    "PE": ["Peruvian"],
    "BR": ["Brazilian"],
    "EC": ["Ecuadorian", "Ecuadorean"],
    "TJ": ["Tajik"],
    "UZ": ["Uzbek"],
    "KG": ["Kyrgyz"],
}


def country_forms(countries: dict[str, str]) -> dict[str, str]:
    """Folded country names and demonyms -> ISO code, for ``Gazetteer.country_forms``."""
    out: dict[str, str] = {}
    for iso, name in countries.items():
        out[fold(name)] = iso
        # Regular demonyms: Syria -> Syrian, Iraq -> Iraqi, Kenya -> Kenyan.
        low = name.lower()
        if low.endswith("a"):
            out[fold(name + "n")] = iso
        elif low[-1:] in "qn" and " " not in low:
            out[fold(name + "i")] = iso
    for iso, extra in _EXTRA_COUNTRY_FORMS.items():
        for form in extra:
            out[fold(form)] = iso
    return out


# A country's forms and the folded forms that are its name (not a demonym): a section
# label over the headline is a name ("Burma"), never "Syrian".
CountryLabels = tuple[dict[str, str], frozenset[str]]
# Short names news copy uses besides the gazetteer's own ("Myanmar", "Democratic Republic
# of the Congo").
_SHORT_NAMES = ("Burma", "Britain", "America", "Congo", "DR Congo", "Palestine", "Turkiye")


def country_labels(gaz: Gazetteer) -> CountryLabels:
    """``gaz.country_forms`` and the folded country names among them (memoised per gaz)."""
    cache = gaz.memo("country_labels")
    hit = cache.get("labels")
    if hit is None:
        names = {fold(n) for n in gaz.countries.values()} | {fold(n) for n in _SHORT_NAMES}
        hit = cache["labels"] = (gaz.country_forms, frozenset(names & gaz.country_forms.keys()))
    return hit


def countries_mentioned(chunks: list[Chunk], gaz: Gazetteer) -> set[str]:
    """ISO codes of the countries an article names: they decide between namesake places."""
    found: set[str] = set()
    for named in _countries_per_chunk(chunks, gaz):
        found.update(named)
    return found


def _countries_per_chunk(chunks: list[Chunk], gaz: Gazetteer) -> list[tuple[str, ...]]:
    """The countries each chunk names, in order. The page reads an article's chunks for its
    countries, then the city finder reads the same list for its main country: the last
    list's answer is kept with it (held, so its id stays its own; never mutated in
    between; another thread may replace the pair, never change it)."""
    global _last_read
    last = _last_read
    if last[0] is chunks and last[1] == len(chunks) and last[2] is gaz:
        return last[3]
    cache = gaz.memo("countries")
    read = [_chunk_countries(ch, gaz, cache) for ch in chunks]
    _last_read = (chunks, len(chunks), gaz, read)
    return read


_last_read: tuple[list[Chunk] | None, int, Gazetteer | None, list[tuple[str, ...]]] = (
    None,
    0,
    None,
    [],
)


def _chunk_countries(chunk: Chunk, gaz: Gazetteer, cache: dict) -> tuple[str, ...]:
    state_of = _state_country(chunk.words[0], gaz) if _state_after(chunk) else ()
    if state_of:
        return state_of  # "in Niger state": Nigeria's ("a Palestinian state" is Palestine's)
    if chunk.before[-2:] in _WATER_OF:
        return ()  # "the Gulf of Oman"
    return _countries_in(chunk.words, gaz, cache)


# "the Gulf of Oman", "the Sea of Japan", "the Gulf of Guinea": a sea named after a country
# names no country (a run of its own after "of"; "Lake Chad" is one run, see ``_LAKE``).
_WATER_OF = frozenset([("Gulf", "of"), ("Sea", "of"), ("Bay", "of")])
# "Lake Chad", "the Lake Chad Basin": a lake named after a country is no mention of it
# (Boko Haram stories name Lake Chad, and Chad then stood among the article's countries).
_LAKE = "Lake"


def _state_after(chunk: Chunk) -> bool:
    """ "Niger state", not "Georgia state media" (the country's)."""
    return (
        len(chunk.words) == 1
        and chunk.after[:1] in _STATE_AFTER
        and chunk.after[1:2] not in _STATE_BODIES
    )


_STATE_BODIES = frozenset(
    (w,) for w in ["media", "television", "tv", "TV", "news", "broadcaster", "agency", "radio"]
)


def _state_country(word: str, gaz: Gazetteer) -> tuple[str, ...]:
    """The country whose state bears a country's name ("Niger" state: Nigeria), when one
    country has such a state."""
    iso = gaz.country_forms.get(fold(word))
    others = {r.country_code for r in gaz.regions.lookup(word) if r.country_code != iso}
    return tuple(others) if len(others) == 1 else ()


# "Niger State", "in Niger state": one of Nigeria's states (Mexico's "Mexico State" too),
# never the country; Nigerian stories name it often, and Niger then stood among the
# article's countries (its villages placed in Niger, its namesakes preferred).
_STATE_AFTER = frozenset([("state",), ("State",)])


def main_country(chunks: list[Chunk], gaz: Gazetteer) -> str | None:
    """The country an article is mostly about: named at least twice and at least twice as
    often as any other ("Buthidaung" in a Myanmar story that also names Bangladesh once).
    None when no country stands out: then the text must place a village itself."""
    counts = Counter([iso for named in _countries_per_chunk(chunks, gaz) for iso in named])
    # most_common(2) is sorted(..., reverse=True)[:2] (ties in first-seen order) by a heap,
    # slower for these few countries
    top = sorted(counts.items(), key=itemgetter(1), reverse=True)[:2]
    if not top or top[0][1] < 2:
        return None
    if len(top) == 2 and top[0][1] < 2 * top[1][1]:
        return None
    return top[0][0]


def country_in(after: tuple[str, ...], gaz: Gazetteer) -> str | None:
    """'in southern Lebanon' / 'in Mali' / ', Syria' right after a place -> ISO code: the
    text's own statement of where a village lies."""
    if len(after) < 2:
        return None
    if after[0] == ",":
        return country_after(after, gaz)
    if after[0] != "in":
        return None
    rest = after[2:] if after[1].lower() in DIRECTIONS else after[1:]
    for j in range(min(len(rest), 3), 0, -1):
        iso = gaz.country_forms.get(fold(" ".join(rest[:j])))
        if iso and rest[0][:1].isupper():
            return iso
    return None


def _countries_in(words: tuple[str, ...], gaz: Gazetteer, cache: dict) -> tuple[str, ...]:
    """Countries one run names, longest form first ("United Arab Emirates"); memoised,
    since the same runs recur across articles."""
    hit = cache.get(words)
    if hit is None:
        found: list[str] = []
        forms = gaz.country_forms
        i = 0
        while i < len(words):
            step = 1
            for j in range(min(len(words), i + 3), i, -1):
                iso = forms.get(fold(" ".join(words[i:j])))
                if iso and i > 0 and words[i - 1] == _LAKE:
                    step = j - i  # "Lake Chad": a lake
                    break
                state_of = _state_country(words[i], gaz) if j < len(words) else ()
                if iso and state_of and words[j] == "State":
                    found.extend(state_of)  # "Niger State": Nigeria's
                    step = j - i
                    break
                if iso:
                    found.append(iso)
                    # A name's words are not read again: "South Sudan" names no Sudan,
                    # "Papua New Guinea" no Guinea.
                    step = j - i
                    break
            else:
                # Flattened text drops the apostrophe: "in Syrias Deir Ezzor" names Syria.
                key = fold(words[i])
                iso = forms.get(key[:-1]) if len(key) > 4 and key.endswith("s") else None
                if iso:
                    found.append(iso)
            i += step
        hit = cache[words] = tuple(found)
    return hit


def country_after(after: tuple[str, ...], gaz: Gazetteer) -> str | None:
    """', Syria' / ', United Arab Emirates' right after a place -> ISO code. Not a country
    that opens the next clause ("Kherson, Russia said", "Kherson, Russia's army said",
    "Myrnohrad, Russia's Defence Ministry said": a word in lower case, a title or a body's
    word follows it, the possessive left out of the words)."""
    if len(after) < 2 or after[0] != ",":
        return None
    for j in range(min(len(after), 4), 1, -1):
        iso = gaz.country_forms.get(fold(" ".join(after[1:j])))
        if iso:
            nxt = after[j] if j < len(after) else ""
            low = nxt.lower()
            if nxt.isalpha() and nxt.islower() and low not in _AFTER_APPOSITION:
                return None
            if nxt[:1].isupper() and (low in TITLE_WORDS or low in ORG_WORDS):
                return None
            return iso
    return None


# Lower-case words that may follow a place's country ("in Kherson, Ukraine, on Monday").
_AFTER_APPOSITION = frozenset(
    words(
        "on in at and or where which while when after before during since until near to from "
        "for with as but of by amid following late early last this that"
    )
)


def country_stated(after: tuple[str, ...], gaz: Gazetteer) -> str | None:
    """The country the words after a place put it in: "in Mali", "in southern Lebanon",
    ", Syria", "in Myanmar's Sagaing region", ", in northern Myanmar"."""
    if after[:2] == (",", "in"):
        after = after[1:]
    if len(after) >= 2 and after[0] == "in" and after[1].endswith(("'s", "’s")):
        return gaz.country_forms.get(fold(after[1][:-2]))
    return country_in(after, gaz)
