""" "Did you mean ...": spelling corrections of a query from the archive's own vocabulary.

SymSpell (``symspellpy``) finds the vocabulary's words within two edits of a typed word
(a transposition counts as one: "chemcial" is one edit from "chemical") in microseconds,
from a dictionary of deletions built once per index generation on first use. Candidates are
ranked by edit distance, then, for a capitalised word ("Kery"), words of people's and
places' names first ("Kerry" before "very"), then by how many articles hold them. The
caller keeps only a correction that finds more articles than the query did.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from pathlib import Path

from whoosh.analysis import Analyzer, StemmingAnalyzer
from whoosh.reading import IndexReader

from app.search.whoosh.generation import GenerationCache
from app.search.whoosh.vocabulary import TEXT_FIELDS, Vocabulary, build_vocabulary

# Two edits catch nearly all typing errors (a dropped, doubled, swapped or wrong letter);
# SymSpell's cost grows steeply beyond.
MAX_EDITS = 2
# SymSpell indexes deletions within the first letters only: 7 is its authors' advice,
# keeping the dictionary small at little loss for long words.
PREFIX_LENGTH = 7
# A word held by fewer articles than this is doubted even though the archive knows it
# (a typing error in one article: "Mosol" in a caption), if a better-known word is near.
DOUBT_BELOW = 3
# Alternatives offered to the caller, each tried until one finds more articles.
ALTERNATIVES = 3
_TOKEN = re.compile(r"[\w*?]+|[^\w\s]+|\s+")
_OPERATORS = {"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "TO"}


class Speller:
    """The SymSpell dictionary of one index generation's vocabulary.

    Built from a ``previous`` generation's speller, it shares that one's SymSpell
    dictionary and adds only the words it lacks: a commit changes few words, and making
    every word's deletions again took most of a new generation's warm-up (~0.7 s on
    FA-KES). The shared dictionary may then hold words of earlier generations; lookups
    keep only this vocabulary's words, with this vocabulary's counts, so the candidates
    are those a dictionary of this vocabulary alone would give. Words are only ever added
    (by one builder at a time) while other generations' searches look words up: a SymSpell
    lookup reads its dicts and lists, never iterates over them whole, so it sees a word
    either wholly added or not at all."""

    def __init__(self, vocabulary: Vocabulary, previous: Speller | None = None) -> None:
        # Imported with the first misspelling, not with the server (cold start).
        from symspellpy import SymSpell

        self._words = vocabulary.words
        self._names = {word for word, (_, name) in vocabulary.words.items() if name}
        if previous is None:
            self._symspell = SymSpell(
                max_dictionary_edit_distance=MAX_EDITS, prefix_length=PREFIX_LENGTH
            )
            self._adding = threading.Lock()
        else:
            self._symspell, self._adding = previous._symspell, previous._adding
        with self._adding:
            held = self._symspell.words
            for word, (count, _) in vocabulary.words.items():
                if word not in held:
                    self._symspell.create_dictionary_entry(word, count)

    def candidates(
        self, word: str, *, own_count: int, own_stems: set[str], analyzer: Analyzer
    ) -> list[str]:
        """Words near ``word``, best first: held by more articles than the word itself and
        not another form of it (a correction must change the search)."""
        from symspellpy import Verbosity

        typed_name = word[:1].isupper()
        found = self._symspell.lookup(word.lower(), Verbosity.ALL, MAX_EDITS)
        ranked = []
        for item in found:
            held = self._words.get(item.term)
            if held is None or held[0] <= own_count:
                continue  # a word of another generation, or one found no more often
            if _stems(analyzer, item.term) == own_stems:
                continue
            ranked.append(
                (item.distance, not (typed_name and item.term in self._names), -held[0], item.term)
            )
        ranked.sort()
        return [term for *_, term in ranked[:ALTERNATIVES]]


def corrections(speller: Speller, reader: IndexReader, analyzer: Analyzer, text: str) -> list[str]:
    """Up to ALTERNATIVES corrected queries, best first (empty if nothing is doubted)."""
    return corrections_by(speller, lambda key: _articles(reader, key), analyzer, text)


def stemming_analyzer() -> Analyzer:
    """The analysis of the title and body (schema.py), which the Solr schema mirrors: the
    Solr backend stems typed words and candidates with it."""
    return StemmingAnalyzer()


def corrections_by(
    speller: Speller, articles: Callable[[str], int], analyzer: Analyzer, text: str
) -> list[str]:
    """Up to ALTERNATIVES corrected queries, best first, ``articles(stem)`` saying how many
    articles hold a stem (whatever engine holds them).

    Operators, prefix* terms, numbers and field names are left as typed; words inside
    quotes are corrected and the quotes kept."""
    pieces = _TOKEN.findall(text)
    choices: dict[int, list[str]] = {}
    for i, piece in enumerate(pieces):
        if not piece.isalpha() or piece in _OPERATORS:
            continue
        if i + 1 < len(pieces) and pieces[i + 1].startswith(":"):
            continue  # a field name (title:...)
        stems = _stems(analyzer, piece)
        if not stems:
            continue  # a stop word: not searched
        count = min(articles(key) for key in stems)
        if count >= DOUBT_BELOW:
            continue
        found = speller.candidates(piece, own_count=count, own_stems=stems, analyzer=analyzer)
        if found:
            choices[i] = [_cased(word, piece) for word in found]
    if not choices:
        return []
    depth = max(len(found) for found in choices.values())
    results: list[str] = []
    for n in range(depth):
        fixed = [
            choices[i][min(n, len(choices[i]) - 1)] if i in choices else p
            for i, p in enumerate(pieces)
        ]
        query = "".join(fixed)
        if query not in results:
            results.append(query)
    return results


def _stems(analyzer: Analyzer, word: str) -> set[str]:
    return {token.text for token in analyzer(word)}


def _articles(reader: IndexReader, key: str) -> int:
    """Articles holding the stem, in the title or the body."""
    return max(
        (reader.doc_frequency(field, key) for field in TEXT_FIELDS if field in reader.schema),
        default=0,
    )


def _cased(word: str, typed: str) -> str:
    """The correction in the reader's case: MOSOL -> MOSUL, Mosol -> Mosul, mosol -> mosul."""
    if len(typed) > 1 and typed.isupper():
        return word.upper()
    if typed[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


# The GenerationCache.memo key of a generation's speller.
SPELLER = "speller"


def generation_speller(
    reader: IndexReader,
    cache: GenerationCache,
    directory: Path | None,
    previous: Speller | None = None,
) -> Speller:
    """The speller of the generation ``reader`` and ``cache`` belong to, made once (from
    ``previous``, an earlier generation's, when there is one)."""
    return cache.memo(
        SPELLER, lambda: Speller(build_vocabulary(reader, cache, directory), previous)
    )
