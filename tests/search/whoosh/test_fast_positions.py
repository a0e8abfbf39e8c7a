"""Postings computed in one loop: the same terms, positions and segment files as Whoosh's
own token pipeline writes.

Reference engine: whoosh-reloaded's Positions format and StemmingAnalyzer, unpatched."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from whoosh import index as whoosh_index
from whoosh.analysis import StemmingAnalyzer
from whoosh.fields import TEXT
from whoosh.formats import Positions

from app.config import PROJECT_ROOT
from app.search.whoosh import fast_positions
from app.search.whoosh.fast_positions import (
    FastPositions,
    _encoded,
    _positions_by_term,
    _tokens,
)
from app.search.whoosh.schema import TITLE_BOOST, build_schema

TRICKY = [
    "",
    "the of and a",  # only stop words: no term
    "The U.S. army and the wars of a war in 2024",
    "İstanbul ŞAHİN straße ÆGIS naïve café 3.14159 e.g. x y z",
    "Al-Assad's forces — 'Deir ez-Zor' ... under_score co-op (re)take 1,200 km2",
    "a " * 50 + "late start after many stop words",
    "مدينة حلب 阿勒颇 Алеппо Ḥalab",
]


def _seed_texts() -> list[str]:
    return [path.read_text() for path in sorted((PROJECT_ROOT / "seeds").glob("*.txt"))]


def test_terms_and_positions_of_a_sentence():
    fast = FastPositions()
    values = {
        word: (freq, weight, fast.decode_positions(encoded))
        for word, freq, weight, encoded in fast.word_values(
            "The U.S. army and the wars of a war in 2024", StemmingAnalyzer(), mode="index"
        )
    }
    # "The" is a stop word before the first kept word, so "U.S" keeps its index 1; after
    # it, stop words are not counted. "u.s" stems to "u.", "army" to "armi", "wars" to "war".
    assert values == {
        "u.": (1, 1.0, [1]),
        "armi": (1, 1.0, [2]),
        "war": (2, 2.0, [3, 4]),
        "2024": (1, 1.0, [5]),
    }


def test_a_title_weighs_its_boost_per_occurrence():
    fast = FastPositions(field_boost=TITLE_BOOST)
    values = {w: wt for w, _f, wt, _v in fast.word_values("War, war in Gaza", StemmingAnalyzer())}
    assert values == {"war": 2 * TITLE_BOOST, "gaza": TITLE_BOOST}


def test_the_same_postings_as_whoosh_on_seeds_and_odd_text():
    analyzer = StemmingAnalyzer()
    fast, plain = FastPositions(field_boost=2.5), Positions(field_boost=2.5)
    seeds = _seed_texts()
    assert len(seeds) >= 4
    for text in TRICKY + seeds:
        assert list(fast.word_values(text, analyzer, mode="index")) == list(
            plain.word_values(text, analyzer, mode="index")
        ), text[:60]


def _plain_schema():
    schema = build_schema()
    schema._fields["title"] = TEXT(
        analyzer=StemmingAnalyzer(), field_boost=TITLE_BOOST, stored=True
    )
    schema._fields["body"] = TEXT(analyzer=StemmingAnalyzer(), stored=True)
    return schema


def _write(directory: Path, schema, texts: list[str]) -> list[str]:
    directory.mkdir()
    index = whoosh_index.create_in(str(directory), schema)
    writer = index.writer()
    writer.compound = False
    for number, text in enumerate(texts, start=1):
        writer.add_document(id=str(number), article_id=number, title=text[:80], body=text)
    writer.commit()
    return sorted(
        hashlib.sha256(path.read_bytes()).hexdigest()
        for path in directory.iterdir()
        if path.name.startswith("MAIN_")
    )


def test_a_segment_is_byte_for_byte_the_one_whoosh_writes(tmp_path):
    texts = TRICKY + _seed_texts()
    schema = build_schema()
    assert isinstance(schema["body"].format, FastPositions)
    ours = _write(tmp_path / "ours", schema, texts)
    assert ours == _write(tmp_path / "plain", _plain_schema(), texts)
    assert len(ours) >= 5


# (text, tokens as Whoosh's default tokenizer matches them), written by hand.
TOKENS = [
    ("The U.S. army", ["The", "U.S", "army"]),
    ("x*y foo**bar 3.14 e.g.", ["x*y", "foo**bar", "3.14", "e.g"]),
    ("co-op (re)take", ["co", "op", "re", "take"]),
    ("", []),
]


def test_tokens_are_the_whole_matches_of_the_default_pattern():
    pattern = StemmingAnalyzer().items[0].expression
    for text, expected in TOKENS:
        assert _tokens(pattern, text) == expected, text


# (texts indexed one after the other, the terms of the last one with their positions):
# terms come from the cache of tokens seen before, also once the cache was emptied.
CACHED = [
    (["Wars and wars", "The wars"], {"war": [1]}),
    (["Wars and wars", "wars of the WARS"], {"war": [0, 1]}),
    (["the", "the army"], {"armi": [1]}),
    (["a b c d e f", "Fighting in Aleppo"], {"fight": [0], "aleppo": [1]}),
]


def test_positions_are_the_same_from_the_token_cache(monkeypatch):
    monkeypatch.setattr(fast_positions, "TERMS_CACHED", 3)  # emptied as the texts go
    plan = fast_positions._plan(StemmingAnalyzer())
    for texts, expected in CACHED:
        for text in texts:
            found = _positions_by_term(text, plan)
        assert found == expected, texts


@pytest.mark.parametrize(
    "positions",
    [[0], [7], [5000], [4095], [4096], [0, 1], [3, 9, 10, 400], [2, 70000]],
)
def test_position_lists_are_encoded_as_whoosh_encodes_them(positions):
    assert _encoded(positions) == Positions().encode(positions)
    assert _encoded(positions) == Positions().encode(positions)  # cached the second time
