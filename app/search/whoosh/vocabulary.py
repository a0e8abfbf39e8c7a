"""The archive's own vocabulary, as words a reader would type, weighted by how many
articles hold them: what spelling suggestions are chosen from.

The index holds stems ("chemic", "damascu", "kerri"), not words, so each stem is given back
the words that stem to it: English words (the ``english-words`` lexicon, stemmed once per
process), the words of people's and places' names (from their slugs: "john-kerry" gives
"john" and "kerry", "damascus" gives "damascus"), and the stem itself when stemming leaves it
unchanged ("mosul", "hezbollah"). A word's weight is the number of articles holding its stem
(or naming its entity). Words of names are marked, so that a capitalised word typed by the
reader can prefer them.
"""

from __future__ import annotations

import bisect
import contextlib
import logging
import os
import secrets
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from whoosh.lang.porter import stem
from whoosh.reading import IndexReader

from app.search.whoosh.generation import GenerationCache

log = logging.getLogger(__name__)

# Stems held by a single article are left out: most are typing errors or page debris, and
# a suggestion that finds one article rarely helps (the query already found less than 3).
MIN_ARTICLES = 2
# Name words shorter than this ("al", "de") are particles, not what a reader misspells.
MIN_NAME_LETTERS = 3
TEXT_FIELDS = ("title", "body")
NAME_KINDS = ("person", "city")


@dataclass(frozen=True)
class Vocabulary:
    """word -> (articles holding it, whether it is a word of a person's or place's name)."""

    words: dict[str, tuple[int, bool]]


# The lexicon under its stems, saved beside the index as sorted "stem<TAB>words" lines:
# stemming the 234,000 words takes ~3 s. Whoosh's clean_files leaves the name alone (no
# segment pattern); the JSON of earlier versions is removed when this one is written.
LEXICON_FILE = "spelling-lexicon.v2.tsv"
OLD_LEXICON_FILES = ("spelling-lexicon.v1.json",)


# Porter stems of the index's stems and of names' words, kept across generations: each
# new generation's vocabulary stems mostly the same words again (0.5 s of its 0.8 s on
# FA-KES). About 100 bytes an entry.
_stem = lru_cache(maxsize=100_000)(stem)


class LexiconWords:
    """The lexicon's words of the stems looked up so far, and the stems it lacks.

    The whole lexicon as a dict took 57 MB in every server process for as long as it ran,
    while an archive's vocabulary asks for a few thousand of its 182,000 stems. The saved
    file is read as one block and searched (its lines are sorted) only when a vocabulary
    asks for stems not looked up before (a server's first, then a commit's new words)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._words: dict[str, tuple[str, ...]] = {}
        self._absent: set[str] = set()

    def of(self, stems: Iterable[str], directory: Path | None) -> dict[str, tuple[str, ...]]:
        """Stem -> its lexicon words, for the stems the lexicon holds among ``stems`` (and
        those asked before)."""
        with self._lock:
            new = [key for key in stems if key not in self._words and key not in self._absent]
            if new:
                # Made (and saved) when missing; stemmed here when it cannot be read.
                lookup = (
                    _saved_lookup(directory)
                    or (ensure_lexicon_file(directory) or _stemmed_lexicon()).get
                )
                for key in new:
                    found = lookup(key)
                    if found:
                        self._words[key] = tuple(found)
                    else:
                        self._absent.add(key)
            return self._words


_lexicon_words = LexiconWords()  # one per process, whatever archive asks


def ensure_lexicon_file(directory: Path | None) -> dict[str, list[str]]:
    """Save the stemmed lexicon in ``directory`` if it is not there yet (ingest does this
    after its last commit, so the first misspelled search of a server does not pay ~3 s).
    Returns the lexicon when it had to be made (to use at once where the folder cannot be
    written, rather than stemming it again), else an empty dict."""
    if directory is not None and (directory / LEXICON_FILE).exists():
        return {}
    lexicon = _stemmed_lexicon()
    if directory is not None:
        lines = "".join(f"{key}\t{' '.join(words)}\n" for key, words in sorted(lexicon.items()))
        _save(directory / LEXICON_FILE, lines)
        for old in OLD_LEXICON_FILES:
            with contextlib.suppress(OSError):
                (directory / old).unlink()
    return lexicon


def _saved_lookup(directory: Path | None) -> Callable[[str], list[str] | None] | None:
    """A lookup of stems in the saved lexicon (one read of the file, a binary search per
    stem), or None when it cannot be read."""
    if directory is None:
        return None
    try:
        block = (directory / LEXICON_FILE).read_bytes()
    except OSError:
        return None
    lines = _Lines(block)

    def lookup(key: str) -> list[str] | None:
        wanted = key.encode("utf-8")
        at = bisect.bisect_left(lines, wanted)
        if at < len(lines) and lines[at] == wanted:
            return lines.words(at)
        return None

    return lookup


class _Lines:
    """The stems of a saved lexicon, by line number, without splitting it into objects."""

    def __init__(self, block: bytes) -> None:
        self._block = block
        ends = np.flatnonzero(np.frombuffer(block, dtype=np.uint8) == ord("\n"))
        self._starts = np.concatenate(([0], ends[:-1] + 1))
        self._ends = ends

    def __len__(self) -> int:
        return len(self._ends)

    def __getitem__(self, at: int) -> bytes:
        start = int(self._starts[at])
        return self._block[start : self._block.index(b"\t", start)]

    def words(self, at: int) -> list[str]:
        start, end = int(self._starts[at]), int(self._ends[at])
        line = self._block[start:end].decode("utf-8")
        return line.split("\t", 1)[1].split(" ")


def _stemmed_lexicon() -> dict[str, list[str]]:
    from english_words import get_english_words_set

    found: dict[str, list[str]] = defaultdict(list)
    for word in sorted(get_english_words_set(["web2"], lower=True, alpha=True)):
        found[stem(word)].append(word)
    return dict(found)


def _save(path: Path, text: str) -> None:
    """Written to a temporary name and renamed, so a reader never sees half a file; made
    again by each process if the folder is not writable. Opened as ``open`` makes files
    (the umask's mode, as Whoosh's own), not mkstemp's 0600: a server run by another user
    than the ingest's reads it too."""
    temp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    try:
        with open(temp, "x", encoding="utf-8") as out:
            out.write(text)
        os.replace(temp, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            temp.unlink()
        log.info("spelling lexicon not saved (%s)", error)


def build_vocabulary(
    reader: IndexReader, cache: GenerationCache, directory: Path | None = None
) -> Vocabulary:
    """The vocabulary of the index generation ``reader`` and ``cache`` belong to
    (``directory``: the index's, where the stemmed lexicon is kept)."""
    return vocabulary_from(_stem_counts(reader), _name_words(cache), directory)


def vocabulary_from(
    stems: dict[str, int], name_words: dict[str, int], directory: Path | None = None
) -> Vocabulary:
    """The vocabulary of an index whose stems are held by ``stems[stem]`` articles and whose
    people's and places' slugs give ``name_words`` (word -> articles naming it), whatever
    engine holds them; the stems are the Porter stems of the title and body analysis."""
    words: dict[str, tuple[int, bool]] = {}
    for word, count in name_words.items():
        words[word] = (max(count, stems.get(_stem(word), 0)), True)
    asked = [key for key, count in stems.items() if count >= MIN_ARTICLES]
    lexicon = _lexicon_words.of(asked, directory)
    for key in asked:
        count = stems[key]
        surfaces = list(lexicon.get(key, ()))
        if key.isalpha() and _stem(key) == key:
            surfaces.append(key)
        for word in surfaces:
            if word not in words:
                words[word] = (count, False)
    return Vocabulary(words)


def _stem_counts(reader: IndexReader) -> dict[str, int]:
    """Stem -> articles holding it, in the title or the body (the larger count).

    Read segment by segment, adding up each stem's counts (what Whoosh's MultiReader gives,
    deleted documents included): a segment's own term list is read in one sequential pass,
    where the MultiReader looks each term up in every segment (8x slower on FA-KES)."""
    counts: dict[str, int] = {}
    for field in TEXT_FIELDS:
        if field not in reader.schema:
            continue
        in_field: dict[str, int] = defaultdict(int)
        for leaf, _offset in reader.leaf_readers():
            for btext, info in leaf.iter_field(field):
                in_field[btext.decode("utf-8")] += info.doc_frequency()
        for key, frequency in in_field.items():
            if frequency > counts.get(key, 0):
                counts[key] = frequency
    return counts


def _name_words(cache: GenerationCache) -> dict[str, int]:
    """Each word of a person's or city's slug -> articles naming an entity with it."""
    per_slug: list[tuple[str, int]] = []
    for kind in NAME_KINDS:
        values = cache.values[kind]
        if not len(values.keys):
            continue
        alive = cache.live[values.pair_doc]
        per_value = np.bincount(values.pair_value[alive], minlength=len(values.keys))
        per_slug += list(zip(values.keys, per_value.tolist(), strict=True))
    return name_words(per_slug)


def name_words(slug_counts: Iterable[tuple[str, int]]) -> dict[str, int]:
    """Each word of the slugs -> the articles naming them (slug, articles) added up."""
    counts: dict[str, int] = defaultdict(int)
    for slug, count in slug_counts:
        if not count:
            continue
        for word in slug.split("-"):
            if len(word) >= MIN_NAME_LETTERS and word.isalpha():
                counts[word] += count
    return dict(counts)
