"""One entry per person in an article, however often and however fully named.

All forms of one person are merged under the fullest one ("Ashton Carter", "Ash Carter");
first names may differ by a letter or be short forms ("Sergei"/"Sergey", "Ash"/"Ashton").
A lone surname only counts as a mention of someone named in full, unless a title vouched
for it ("Gen. Votel"). Flattened text loses apostrophes, so "Bashar al Assads" is read as
"Bashar al Assad's" when the plain name is also there.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz.distance import OSA, Levenshtein

from app.domain import PersonMention
from app.extract.chunks import Chunk
from app.extract.clean import CAPTION
from app.extract.lexicons import EAST_SLAVIC_GIVEN_FORMS, is_first_name
from app.extract.person_credits import inline_photo_credit, photo_credit_label
from app.extract.transliteration import fold, skeleton

FullName = tuple[tuple[str, ...], Chunk]  # (name words, run)
LoneWord = tuple[str, Chunk, bool]  # (word, run, vouched for by a title)
Span = tuple[int, int]  # (line_no, token start)


@dataclass
class _Person:
    words: tuple[str, ...]
    forms: Counter = field(default_factory=Counter)  # display form -> mentions
    count: int = 0
    roles: set[str] = field(default_factory=set)  # how each mention names the person

    @property
    def last(self) -> str:
        return bare_surname(self.words[-1])

    @property
    def first(self) -> str:
        return fold(self.words[0])


def merge_people(
    full: list[FullName],
    singles: list[LoneWord],
    credit_roles: dict[int, str] | None = None,
    apart: set[frozenset[str]] | None = None,
    last_line: int | None = None,
) -> tuple[list[PersonMention], set[Span]]:
    """The article's persons, and the token spans the lone words that joined them cover.

    ``credit_roles`` maps credit lines to "author" or "credit": a person named only there
    wrote the story or took its pictures rather than being written about. ``apart`` holds
    pairs of forms the article shows to be two people ("X, son of Y"); ``last_line`` is the
    last line read, where a page cut short may stop inside a name."""
    roles = credit_roles or {}
    full = _repair_possessives(_trim_glued_words(full), singles)
    if last_line is not None:
        full = _complete_cut_name(full, last_line)
    people = _group_full_names(full, roles, apart or set())
    claimed = _attach_lone_words(people, singles, roles)
    return [_mention(p) for p in people], claimed


@lru_cache(maxsize=1 << 14)
def bare_surname(word: str) -> str:
    """Surname without an Arabic article: 'al-Homsi' -> 'homsi'."""
    w = fold(word)
    return re.sub(r"^(?:al|el|ad|an|ar|as|ash|at|az|ul) ", "", w)


def _trim_glued_words(full: list[FullName]) -> list[FullName]:
    """Flattened text glues a sentence's first word to the name before it ("Bashar Assad
    Airstrikes on a village..."): a name of three words or more is the shorter name when
    the article also names the person without the last word, which is no given name."""
    forms = {fold(" ".join(w)) for w, _ in full}
    out = []
    for words, chunk in full:
        if (
            len(words) >= 3
            and fold(" ".join(words[:-1])) in forms
            and words[-1][:1].isupper()
            and not is_first_name(words[-1])
            # A Spanish patronymic ("Lopez", "Martinez") is a second surname, never a
            # glued English word: "Joaquin Guzman Lopez" is the son of "Joaquin Guzman".
            and not fold(words[-1]).endswith("ez")
        ):
            words = words[:-1]
        out.append((words, chunk))
    return out


def _complete_cut_name(full: list[FullName], last_line: int) -> list[FullName]:
    """Pages captured up to a size stop mid-word: a name that ends the page ("REUTERS/Maxim
    S") and whose last word begins a longer word of a name the article gives, all the
    words before it the same ("Maxim Shemetov"), is that name."""
    out = []
    for words, chunk in full:
        if chunk.line_no == last_line and not chunk.after:
            words = next((w for w, _ in full if _cut_from(words, w)), words)
        out.append((words, chunk))
    return out


def _cut_from(cut: tuple[str, ...], name: tuple[str, ...]) -> bool:
    n = len(cut)
    if len(name) < n or any(fold(a) != fold(b) for a, b in zip(cut[:-1], name, strict=False)):
        return False
    end, whole = fold(cut[-1]), fold(name[n - 1])
    return len(whole) > len(end) and whole.startswith(end)


def _repair_possessives(full: list[FullName], singles: list[LoneWord]) -> list[FullName]:
    """Flattened text loses apostrophes: "Bashar al Assads" is "Bashar al Assad's"."""
    plain = {fold(" ".join(w)) for w, _ in full}
    lone = {bare_surname(w) for w, _, _ in singles}
    out = []
    for words, chunk in full:
        joined = fold(" ".join(words))
        if joined.endswith("s") and (joined[:-1] in plain or bare_surname(words[-1])[:-1] in lone):
            words = (*words[:-1], words[-1][:-1])
        out.append((words, chunk))
    return out


def _chunk_role(chunk: Chunk, credit_roles: dict[int, str]) -> str:
    """A credit line's role, a photo credit inside a caption ("REUTERS/Joshua Roberts",
    "Saul Loeb / AFP"), or a mention in the story."""
    if chunk.line_no in credit_roles:
        return credit_roles[chunk.line_no]
    if chunk.line_kind == CAPTION and ("/" in chunk.after[:1] or "/" in chunk.before[-1:]):
        return "credit"
    if chunk.before[-1:] in (("/",), (":",)) and inline_photo_credit(chunk):
        return "credit"  # "... 2013. REUTERS/Bassam Khabieh The ..." in flattened text
    if photo_credit_label(tuple(b.lower() for b in chunk.before[-2:])):
        return "credit"  # "Photo credit: X", "© X", "Picture by X"
    return "mentioned"


def _group_full_names(
    full: list[FullName], credit_roles: dict[int, str], apart: set[frozenset[str]]
) -> list[_Person]:
    """Longest forms first, so shorter ones merge into them; never two forms kept apart."""
    people: list[_Person] = []
    for words, chunk in sorted(full, key=lambda x: -len(x[0])):
        form = " ".join(words)
        target = next(
            (
                p
                for p in people
                if _same_person(words, p)
                and not any(frozenset((form, f)) in apart for f in p.forms)
            ),
            None,
        )
        if target is None:
            target = _Person(words)
            people.append(target)
        target.forms[" ".join(words)] += 1
        target.count += 1
        target.roles.add(_chunk_role(chunk, credit_roles))
    return people


def _attach_lone_words(
    people: list[_Person], singles: list[LoneWord], credit_roles: dict[int, str]
) -> set[Span]:
    """Count each lone word as a mention of the most-mentioned person with that surname;
    a vouched-for one with no such person becomes a person of its own, and the article's
    other lone mentions of that word then count for it ("Kyallu said ... Kyallu, who")."""
    claimed: set[Span] = set()
    # The surname forms a lone word may stand for, per person (computed once).
    known = [
        (
            p,
            {p.last, p.last.rstrip("s")}
            | {bare_surname(w) for w in p.words[1:]}
            # "Omarov" alone for "Omarov Osman Magomedovich": the surname comes first
            | ({bare_surname(p.words[0])} if _surname_first(p.words) else set()),
        )
        for p in people
    ]
    # A typo is no commoner than the name it misspells: a word the article writes more
    # often than it names the person is a word of its own ("Ghazni" three times beside
    # one "Ashraf Ghani" is the city).
    written = Counter(bare_surname(word.split()[-1]) for word, _chunk, _titled in singles)
    # Vouched-for words first, so that an earlier bare mention finds the person they make.
    for word, chunk, titled in sorted(singles, key=lambda s: not s[2]):
        bare = bare_surname(word.split()[-1])  # "Le Drian" stands for Jean-Yves Le Drian
        stem = bare[:-1] if bare.endswith("s") else None
        matches = [p for p, lasts in known if bare in lasts or stem == p.last] or [
            p
            for p, lasts in known
            if (
                _misspelt(bare, p.last)
                # two letters swapped: no other word's spelling ("Basayev", three times
                # beside one "Shamil Basyaev", is his surname spelt right)
                and (written[bare] <= p.count or sorted(bare) == sorted(p.last))
            )
            or bare == p.first
        ]
        if matches:
            best = max(matches, key=lambda p: p.count)
            best.count += 1
            best.roles.add(_chunk_role(chunk, credit_roles))
        elif titled:
            p = _Person((word,))
            p.forms[word] += 1
            p.count += 1
            p.roles.add(_chunk_role(chunk, credit_roles))
            people.append(p)
            known.append((p, {p.last, p.last.rstrip("s")}))
        else:
            continue
        claimed.update((chunk.line_no, t.start) for t in chunk.toks)
    return claimed


def _misspelt(word: str, surname: str) -> bool:
    """ "Modumane" for "Mudumane": one letter off in a long surname, same first letter (the
    article's only person with a near-identical surname); two neighbouring letters swapped
    are one slip of the typist's too ("Basyaev" for "Basayev"). A nisba's stem is none:
    "Baghdad" beside "al-Baghdadi" names the place the surname comes from."""
    return (
        len(word) >= 6
        and surname != word + "i"
        and word[:1] == surname[:1]
        and abs(len(word) - len(surname)) <= 1
        and OSA.distance(word, surname, score_cutoff=1) <= 1
    )


def _mention(p: _Person) -> PersonMention:
    """The fullest, most frequent form names the person; other full forms are aliases."""
    # A surname-first form with its patronymic yields to the given-name-first form the
    # article also uses ("Osman Omarov", not "Omarov Osman Magomedovich").
    plain = [f for f in p.forms if not _surname_first(tuple(f.split()))]
    longest = max(len(f.split()) for f in plain or p.forms)
    ranked = sorted(
        p.forms,
        key=lambda f: (f not in plain and bool(plain), len(f.split()) != longest, -p.forms[f], f),
    )
    canon = ranked[0]
    aliases = tuple(f for f in ranked[1:] if len(f.split()) > 1 or len(p.forms) == 1)
    return PersonMention(canon, aliases, p.count, _role(p.roles))


def _role(roles: set[str]) -> str:
    """Named in the story at all: mentioned; only in credits: author or credit."""
    if "mentioned" in roles or not roles:
        return "mentioned"
    return "author" if "author" in roles else "credit"


# The endings of an East Slavic or Caucasian patronymic ("Amadziyevich", "Vasylivna").
_PATRONYMIC_END = re.compile(r"(?:ich|ych|ovna|evna|ivna|ichna|ogly|oglu|kyzy)$")


def _surname_first(words: tuple[str, ...]) -> bool:
    """The official Russian order, surname, given name, patronymic ("Omarov Osman
    Magomedovich"), as lists, registers and subheads write a person."""
    return (
        len(words) == 3
        and bool(_PATRONYMIC_END.search(fold(words[2])))
        and not _PATRONYMIC_END.search(fold(words[1]))
    )


def _reordered(words: tuple[str, ...], p: _Person) -> bool:
    """ "Osman Omarov" for "Omarov Osman Magomedovich": the given name and surname of the
    surname-first form ("Magomed Omarov", the father, has another given name)."""
    return (
        len(words) == 2
        and _surname_first(p.words)
        and fold(words[1]) == fold(p.words[0])
        and fold(words[0]) == fold(p.words[1])
    )


def _same_person(words: tuple[str, ...], p: _Person) -> bool:
    if _reordered(words, p):
        return True
    if bare_surname(words[-1]) != p.last:
        # "Hani bin Breik" and "Hani bin Breyk": one given name, the surname spelt two
        # ways a letter apart.
        return (
            len(words) == len(p.words) >= 2
            and fold(words[0]) == p.first
            and _respelt(bare_surname(words[-1]), p.last)
        )
    if len(words) == 1:
        return True
    if _other_middle(words, p.words):
        return False
    return (
        _compatible_first(fold(words[0]), p.first)
        # "Mansour Hadi" for "Abdrabbuh Mansour Hadi"; not "Kyaw Hla Sein" for "Maung Kyaw
        # Sein": every word of the shorter form is one of the fuller form's
        or _inner_form(words, p)
        # "Marcia Caro" for "Luis Danilo Murcia Caro": the second surname, misspelt.
        or any(_respelt(fold(words[0]), fold(w)) for w in p.words[1:-1])
        # "Abed Rabbo Mansour Hadi" and "Abdrabbuh Mansur Hadi": the given name is
        # transliterated beyond recognition, the middle and last names agree.
        # Brothers share their father's name in the middle ("Waleed Saleh Baloch" and
        # "Rehmat Saleh Baloch"): the given names must still start alike.
        or (
            len(words) >= 3
            and len(p.words) >= 3
            and _compatible_first(fold(words[-2]), fold(p.words[-2]))
            and len(fold(words[-2])) >= 4
            and fold(words[0])[:1] == p.first[:1]
        )
    )


def _other_middle(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two full three-word names that differ in the middle name are two people, however
    alike the given name and surname: "Muhammad Yusuf Khan" and "Muhammad Aziz Khan",
    "Mohammed Ali Hassan" and "Mohammed Saleh Hassan" (persons23). An initial or a spelling
    of the same middle name keeps them one ("Ali R. Tangsiri", "Nasser"/"Naser",
    "Yohani"/"Johany")."""
    if len(a) != 3 or len(b) != 3:
        return False
    x, y = fold(a[1]).strip("."), fold(b[1]).strip(".")
    if min(len(x), len(y)) < 3:
        return False
    # "Yohani"/"Johany": one middle name transliterated two ways, a third of it at most
    near = Levenshtein.distance(x, y) <= max(1, min(len(x), len(y)) // 3)
    return not (near or _compatible_first(x, y) or _respelt(x, y))


def _inner_form(words: tuple[str, ...], p: _Person) -> bool:
    """The form drops the person's first words: all its words but the surname are his."""
    fuller = {fold(w) for w in p.words}
    return fold(words[0]) in fuller and all(fold(w) in fuller for w in words[1:-1])


def _respelt(a: str, b: str) -> bool:
    """Two spellings of one name word: five letters or more, same first letter and
    consonant skeleton, one letter apart ("marcia"/"murcia", "breik"/"breyk"; "hassan" and
    "hussein" share a skeleton but are two names)."""
    return (
        min(len(a), len(b)) >= 5
        and a[:1] == b[:1]
        and skeleton(a) == skeleton(b) != ""
        and Levenshtein.distance(a, b, score_cutoff=1) <= 1
    )


def _compatible_first(a: str, b: str) -> bool:
    """'ash'/'ashton', 'sergei'/'sergey', 'mohammed'/'mohamed' name one person."""
    if a == b or a.startswith(b) or b.startswith(a):
        return True
    if (key := EAST_SLAVIC_GIVEN_FORMS.get(a)) and key == EAST_SLAVIC_GIVEN_FORMS.get(b):
        return True  # persons24: "kirill"/"kyrylo", "vladimir"/"volodymyr"
    if abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 4:
        return False
    return Levenshtein.distance(a, b, score_cutoff=1) <= 1  # "mansur"/"mansour" too
