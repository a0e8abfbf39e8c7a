"""Who is who across the archive: an identity key per person name, and the tests that say
when two differently written names are one person. Pure functions, no I/O.

An article's extraction already merges the forms it uses for one person; across articles
the same person arrives written many ways: "Bashar al-Assad", "Bashar Assad", "Bashar
al-Assads" (FA-KES strips apostrophes), "Rami Abdel Rahman", "Rami Abdulrahman", "Rami
Abdurrahman", "Sergei"/"Sergey Lavrov". ``identity_key`` folds what never tells two people
apart: accents, case, punctuation, the Arabic article (al-, el-, ad-, ash- ...), the
spelling of "Abd al-" compounds, doubled letters and the common transliterations of a few
very frequent Arabic given names. ``same_person`` then allows what a key cannot fold
safely: a short form of the given name ("Ash"/"Ashton") or a one-letter vowel variant
("Ahmad"/"Ahmed") when the surname key is the same.

Why not a library: OpenSanctions' ``rigour`` is the field's reference, but its name tagger
(which maps "Mohammed" and "Muhammad" to one Wikidata symbol) takes ~11-17 s to load here,
too slow for an ingest, and its tokens share symbols for different names through common
parts; its metaphone key (like ``jellyfish``'s) codes Hassan and Hussein alike ("HSN"),
and they are different people. So the key is hand-written and conservative, and
``rapidfuzz`` (a fast C edit distance) measures the small differences ``same_person``
and the curators' report accept.
"""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii


@lru_cache(maxsize=1)
def _levenshtein():  # type: ignore[no-untyped-def]
    """rapidfuzz's Levenshtein, imported on first use: the store imports this module for
    its keys, and a server starts (~10 ms of import) without comparing any names."""
    from rapidfuzz.distance import Levenshtein

    return Levenshtein


# Arabic article forms, alone ("al Assad") or joined by a hyphen ("al-Assad", "ash-Sham").
ARTICLES = frozenset(
    [
        "al",
        "el",
        "ad",
        "ar",
        "as",
        "ash",
        "at",
        "az",
        "an",
        "ath",
        "ez",
        "es",
        "er",
        "en",
        "ed",
        "et",
        "ul",
        "il",
    ]
)
_ARTICLE_PREFIX = re.compile(r"^(?:" + "|".join(sorted(ARTICLES, key=len, reverse=True)) + r")-")
_POSSESSIVE = re.compile(r"['’`‘ʼ]s\b", re.I)
_APOSTROPHES = re.compile(r"['’`‘ʼʻ´]")
_NOT_LETTERS = re.compile(r"[^a-z0-9\s-]+")
_DOUBLED = re.compile(r"(.)\1+")
# "Abd al-Rahman" written as one word or two: Abdel, Abdul, Abdal, Abdur, Abdus, Abdi, Abdou.
# Only a connector ending in a consonant joins the next word: "Abdi Farah" stays two words.
_ABD_JOINER = re.compile(r"^abd(?:[aeiou]{1,2}[lrsnd])?$")
_ABD_CONNECTOR = re.compile(r"^[aeiou]{1,2}l?")

# Common transliterations of frequent Arabic given names, after doubled letters are
# collapsed: written by hand from the spellings news agencies use. Hassan and Hussein are
# different names and stay apart.
_GIVEN_VARIANTS = {
    "muhamad": ("mohamed", "mohamad", "muhamed", "mohamad", "mohammed", "mouhamad"),
    "ahmad": ("ahmed",),
    "mahmud": ("mahmoud", "mahmood"),
    "husein": ("husain", "hosein", "husayn", "hussain", "hosain"),
    "yusuf": ("yusef", "yousef", "yousif", "yusif", "yousuf", "youssef"),
    "umar": ("omar",),
    "usama": ("osama",),
    "mustafa": ("mostafa", "moustafa", "mustapha"),
    "khalid": ("khaled",),
    "said": ("saeed", "sayed", "sayid", "saied", "saiid"),
    "sulaiman": ("suleiman", "sulayman", "sleiman", "suliman", "soliman"),
    "ibrahim": ("ebrahim",),
    "ismail": ("ismael", "ismaeel"),
}
_CANONICAL_GIVEN = {
    _DOUBLED.sub(r"\1", variant): canon
    for canon, variants in _GIVEN_VARIANTS.items()
    for variant in (canon, *variants)
}


def _tokens(name: str) -> list[str]:
    """Folded words with the possessive "'s" and the punctuation gone, hyphens kept."""
    text = _POSSESSIVE.sub("", name)
    text = anyascii(text) if not text.isascii() else text
    text = _NOT_LETTERS.sub(" ", _APOSTROPHES.sub("", text).lower())
    return [t for t in re.split(r"\s+", text.replace("--", " ")) if t.strip("-")]


def _drop_articles(words: list[str]) -> list[str]:
    """Articles out ("bashar al-assad" -> bashar assad), parts of hyphenated words split.

    An article that is the first of two words is kept ("Al Gore"): there it is a given
    name; "al-Baghdadi" alone still loses its article."""
    out: list[str] = []
    for i, word in enumerate(words):
        while _ARTICLE_PREFIX.match(word) and len(word) > 3:
            word = _ARTICLE_PREFIX.sub("", word, count=1)
        parts = [p for p in word.split("-") if p]
        for part in parts:
            standalone_given = i == 0 and len(words) == 2 and "-" not in words[0]
            if part in ARTICLES and not standalone_given:
                continue
            out.append(part)
    return out


def _join_abd(words: list[str]) -> list[str]:
    """'abdel rahman', 'abdulrahman', 'abdurrahman', 'abd al-rahman' -> 'abdrahman'."""
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        if _ABD_JOINER.match(word) and i + 1 < len(words):
            word, i = word + words[i + 1], i + 1
        if word.startswith("abd") and len(word) > 5:
            rest = _ABD_CONNECTOR.sub("", _DOUBLED.sub(r"\1", word[3:]), count=1)
            if rest in ("a", "ah"):  # Abdullah, Abdallah, Abdulla: Abd Allah
                word = "abdalah"
            elif len(rest) >= 2:
                word = "abd" + rest
        out.append(word)
        i += 1
    return out


def _canonical_token(token: str) -> str:
    """Doubled letters collapsed ("assad" -> "asad"), frequent given-name spellings folded,
    and the -ey/-ei/-y ending of Slavic names ("Sergey", "Dmitry") written -i."""
    token = _DOUBLED.sub(r"\1", token)
    token = _CANONICAL_GIVEN.get(token, token)
    if len(token) >= 4:
        token = re.sub(r"(?:ey|ei|y)$", "i", token)
    return token


@lru_cache(maxsize=1 << 15)
def identity_key(name: str) -> str:
    """The key a person is found under across the archive ('' when nothing is left).

    >>> identity_key("Bashar al-Assad") == identity_key("Bashar Assad") == "bashar asad"
    True
    >>> identity_key("Rami Abdulrahman") == identity_key("Rami Abdel Rahman")
    True
    """
    words = _join_abd(_drop_articles(_tokens(name)))
    return " ".join(_canonical_token(w) for w in words if w)


def surname(key: str) -> str:
    """The last word of an identity key: what a lone "Assad" is compared with."""
    return key.rsplit(" ", 1)[-1]


def possessive_base(key: str) -> str | None:
    """'bashar asads' -> 'bashar asad': the name a possessive written without its
    apostrophe belongs to, or None when the last word does not end in a plain "s".

    Only a guess: the caller merges only when the archive knows the plain name."""
    last = surname(key)
    if not last.endswith("s") or last.endswith("ss") or len(last) < 4:
        return None
    return key[:-1]


def possessive_forms(word: str) -> list[str]:
    """A word as written and, when it may be a possessive that lost its apostrophe, without
    the "s" ("Kerrys" -> ["Kerrys", "Kerry"]): for the caller to check which one the
    archive knows."""
    return [word, word[:-1]] if word.endswith("s") and len(word) > 3 else [word]


def same_given_name(a: str, b: str) -> bool:
    """Whether two canonical given-name tokens can name one person.

    Equal; a short form ("ash"/"ashton", "chris"/"christopher": at least three letters,
    the long one at least two longer, so "Ali" is not "Alia"); or one vowel apart in names
    of four letters or more ("ahmad"/"ahmed", "husein"/"husain"). Different consonants
    never match ("hasan"/"husein" differ by three edits)."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 3 and long_.startswith(short) and len(long_) - len(short) >= 2:
        return True
    if min(len(a), len(b)) < 4 or _levenshtein().distance(a, b) != 1:
        return False
    return _differs_by_a_vowel(a, b) and not _genders_differ(a, b)


def _genders_differ(a: str, b: str) -> bool:
    """ "maria"/"mario", "daniel"/"daniela": a vowel apart, but a woman's and a man's name."""
    from app.extract.lexicons import given_name_gender

    ga, gb = given_name_gender(a), given_name_gender(b)
    return ga is not None and gb is not None and ga != gb


def _differs_by_a_vowel(a: str, b: str) -> bool:
    ops = _levenshtein().editops(a, b)
    op = ops[0]
    removed = a[op.src_pos] if op.tag != "insert" else ""
    added = b[op.dest_pos] if op.tag != "delete" else ""
    return all(c in "aeiouy" for c in removed + added)


def same_person(a: str, b: str) -> bool:
    """Whether two identity keys of full names (two words or more) name one person: the
    same surname, compatible given names, and no contradicting middle names.

    "hafez asad" and "bashar asad" are different people; "jimmy carter" and "ashton
    carter" too; "peter kasig" and "peter edward kasig" are one."""
    if a == b:
        return True
    wa, wb = a.split(), b.split()
    if len(wa) < 2 or len(wb) < 2 or wa[-1] != wb[-1]:
        return False
    if not same_given_name(wa[0], wb[0]):
        # "Tayyip Erdogan" is "Recep Tayyip Erdogan" known by his middle name.
        short, long_ = sorted((wa, wb), key=len)
        return len(short) == 2 and len(long_) > 2 and short[0] in long_[1:-1]
    middle_a, middle_b = wa[1:-1], wb[1:-1]
    if middle_a and middle_b:
        return len(middle_a) == len(middle_b) and all(
            same_given_name(x, y) for x, y in zip(middle_a, middle_b, strict=True)
        )
    return True


# A typo is one edit in a word of at least this many letters ("stafa"/"stafan"): in
# shorter words one edit is often another name ("omar"/"amar").
TYPO_MIN_LETTERS = 5


def one_typo_apart(a: str, b: str, *, is_given_name) -> bool:  # type: ignore[no-untyped-def]
    """Whether two keys of full names differ by one typo: the same words but one, that
    one a single edit apart, long enough, with the same first letter, and not two given
    names of their own ("maria"/"mario", "hamed"/"hamad" are different people; a
    misspelt "Staffa" is no given name). ``is_given_name`` says whether a word is one."""
    wa, wb = a.split(), b.split()
    if len(wa) < 2 or len(wa) != len(wb):
        return False
    differ = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    if len(differ) != 1:
        return False
    return _one_typo(*differ[0], is_given_name=is_given_name)


def _one_typo(x: str, y: str, *, is_given_name) -> bool:  # type: ignore[no-untyped-def]
    return (
        min(len(x), len(y)) >= TYPO_MIN_LETTERS
        and x[0] == y[0]
        and _levenshtein().distance(x, y) == 1
        and not (is_given_name(x) and is_given_name(y))
    )


def typo_of(a: str, b: str, *, is_given_name) -> bool:  # type: ignore[no-untyped-def]
    """``one_typo_apart``, or a surname one typo from the other's where the rest is the
    same person ("Tayyip Erdoan", a dropped letter of "Erdoğan", and "Recep Tayyip
    Erdogan", known by his middle name)."""
    if one_typo_apart(a, b, is_given_name=is_given_name):
        return True
    wa, wb = a.split(), b.split()
    if len(wa) < 2 or len(wb) < 2 or wa[-1] == wb[-1]:
        return False
    if not _one_typo(wa[-1], wb[-1], is_given_name=is_given_name):
        return False
    return same_person(" ".join(wa[:-1] + wb[-1:]), b)


# The Arabic article glued to a name by a romanisation: "Alhaj" for "al-Hajj".
_GLUED_ARTICLE = re.compile(r"^(?:al|el)(?=[^aeiou])")


def romanised_alike(a: str, b: str, *, is_given_name) -> bool:  # type: ignore[no-untyped-def]
    """Whether two keys of full names are one Arabic name romanised two ways: the same
    words but one, that one written with another short vowel ("omran zoabi"/"omran
    zoubi", "abu leith"/"abu laith": Arabic script writes no short vowels) or with the
    article glued on ("ibrahim alhaj"/"ibrahim haj", the key of "Ibrahim al-Hajj").
    Never the given name, never two given names ("hamed"/"hamad" are two), and vowel
    variants only in words of TYPO_MIN_LETTERS or more ("said"/"saad" are two names)."""
    wa, wb = a.split(), b.split()
    if len(wa) < 2 or len(wa) != len(wb) or wa[0] != wb[0]:
        return False
    differ = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    if len(differ) != 1:
        return False
    x, y = differ[0]
    if is_given_name(x) and is_given_name(y):
        return False
    if _GLUED_ARTICLE.sub("", x) == y or _GLUED_ARTICLE.sub("", y) == x:
        return min(len(x), len(y)) >= 3
    return (
        min(len(x), len(y)) >= TYPO_MIN_LETTERS
        and x[0] == y[0]
        and _levenshtein().distance(x, y) == 1
        and _differs_by_a_vowel(x, y)
    )


def name_distance(a: str, b: str) -> int:
    """Edit distance of two keys (the report's "near-identical names")."""
    return _levenshtein().distance(a, b)
