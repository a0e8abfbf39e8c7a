"""Spelling suggestions over FA-KES (804 articles on the war in Syria) and on a small
hand-made vocabulary. Expected corrections and counts are written by hand: the counts from
searching the corrected words in the demo archive."""

from __future__ import annotations

import pytest
from whoosh.analysis import StemmingAnalyzer

from app.archive import open_archive
from app.config import PROJECT_ROOT
from app.domain import SearchRequest
from app.ingest.pipeline import ingest_paths
from app.search.whoosh.spelling import Speller
from app.search.whoosh.vocabulary import LEXICON_FILE, Vocabulary
from tests.conftest import make_settings

FAKES = PROJECT_ROOT / "seeds" / "fa-kes.csv"


@pytest.fixture(scope="module")
def fakes(tmp_path_factory):
    opened = open_archive(make_settings(tmp_path_factory.mktemp("spelling") / "data"))
    report = ingest_paths(opened, [FAKES])
    assert report.ok, report.summary()
    yield opened.search
    opened.close()


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Mosol", "Mosul"),
        ("Kery", "Kerry"),  # John Kerry, not "very" or "key"
        ("Damscus", "Damascus"),
        ("chemcial weapons", "chemical weapons"),  # a transposition is one edit
        ('"chemcial weapons"', '"chemical weapons"'),
        ("Alepo", "Aleppo"),
        ("Hezbolah", "Hezbollah"),
        ("goverment forces", "government forces"),
        ("masacre", "massacre"),
    ],
)
def test_misspellings_of_the_archives_words_and_names(fakes, typed, expected):
    result = fakes.search(SearchRequest(q=typed))
    assert result.suggestion == expected
    assert fakes.search(SearchRequest(q=expected)).total > result.total


def test_a_suggestion_never_finds_fewer_articles(fakes):
    # "Damscus" is in one FA-KES article already: the query finds 1, Damascus finds more.
    damscus = fakes.search(SearchRequest(q="Damscus"))
    assert damscus.total == 1 and damscus.suggestion == "Damascus"
    # Words the archive knows are left alone.
    for q in ("Raqqa", "Aleppo", "Idlib"):
        assert fakes.search(SearchRequest(q=q)).suggestion is None


def test_the_stemmed_lexicon_is_kept_beside_the_index(fakes):
    assert (fakes.whoosh_index.directory / LEXICON_FILE).exists()


def test_capitalised_words_prefer_names_and_others_prefer_frequent_words():
    vocabulary = Vocabulary(
        {"very": (30, False), "key": (20, False), "kerry": (3, True), "kerb": (1, False)}
    )
    speller = Speller(vocabulary)
    analyzer = StemmingAnalyzer()

    def candidates(word: str) -> list[str]:
        stems = {token.text for token in analyzer(word)}
        return speller.candidates(word, own_count=0, own_stems=stems, analyzer=analyzer)

    assert candidates("Kery") == ["kerry", "very", "key"]
    assert candidates("kery") == ["very", "key", "kerry"]
    # A word is never corrected to a rarer one, nor to another form of itself.
    stems = {token.text for token in analyzer("kery")}
    assert speller.candidates("kery", own_count=25, own_stems=stems, analyzer=analyzer) == ["very"]
    assert "key" not in candidates("keys")


def test_a_speller_made_from_an_earlier_one_answers_as_one_made_anew():
    """A new generation's speller shares the earlier one's dictionary: a word only the
    earlier vocabulary held ("kerry", the name that came first for "Kery") is no longer
    suggested, and counts are the new vocabulary's ("key" now more frequent than "very")."""
    earlier = Speller(Vocabulary({"very": (30, False), "key": (20, False), "kerry": (3, True)}))
    later = Speller(
        Vocabulary({"very": (30, False), "key": (40, False), "kern": (2, False)}), earlier
    )
    analyzer = StemmingAnalyzer()

    def candidates(speller: Speller, word: str) -> list[str]:
        stems = {token.text for token in analyzer(word)}
        return speller.candidates(word, own_count=0, own_stems=stems, analyzer=analyzer)

    assert candidates(later, "Kery") == ["key", "very", "kern"]
    assert candidates(earlier, "Kery") == ["kerry", "very", "key"]  # unchanged by the later
