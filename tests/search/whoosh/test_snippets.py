"""Snippets: the same passages and marks as Whoosh's own highlighter, only faster."""

from __future__ import annotations

import pytest
from whoosh import highlight
from whoosh.analysis import StemmingAnalyzer

from app.bench.corpus import generate
from app.search.whoosh.snippets import SNIPPET_CHARS, SURROUND_CHARS, _highlight, _MarkFormatter


def whoosh_highlight(text: str, terms: frozenset[str]) -> str:
    return highlight.highlight(
        text,
        terms,
        StemmingAnalyzer(),
        highlight.ContextFragmenter(maxchars=SNIPPET_CHARS, surround=SURROUND_CHARS),
        _MarkFormatter(),
        top=2,
        order=highlight.FIRST,
    )


# Index terms (stemmed) a reader might search for in these articles.
TERMS = [
    {"attack"},
    {"syria", "govern"},
    {"kill"},
    {"chemic", "attack"},
    {"damascu", "aleppo", "idlib"},
    {"the"},  # a stop word: kept unstemmed in snippets, matched as written
    {"a"},
    {"zzzz"},  # in no article
]


def test_generated_articles_match_whoosh():
    compared = 0
    for article in generate(60, seed=3):
        body = " ".join(article.body.split())
        for terms in TERMS:
            expected = whoosh_highlight(body, frozenset(terms))
            assert _highlight(body, frozenset(terms), top=2) == expected, (article.number, terms)
            compared += 1
    assert compared == 480


@pytest.mark.parametrize(
    "text, terms",
    [
        ("Attack at dawn.", {"attack"}),  # a match as the first word: no context before it
        ("attack attack attack " * 40, {"attack"}),  # matches back to back, fragments cut
        ("Rebels attacked. " + "!!! ... --- " * 30 + "The attack went on.", {"attack"}),
        ("x " * 29 + "attack " + "y " * 29 + "attack", {"attack"}),  # exact surround edges
        ("a" * 300 + " attack on the town", {"attack"}),  # a word longer than a fragment
        ("word " * 7000 + "attack", {"attack"}),  # past Whoosh's 32k character limit
        ("Ærø og Ålesund: angrep mot İstanbul, attack", {"attack", "ærø"}),
        ("", {"attack"}),
        # Endings stemming rewrites, on capitalised words: marked as Whoosh marks them.
        ("Ponies, relational Yearly crying; CRIED Agreed", {"poni", "relat", "yearli", "cri"}),
        ("İdlib and Idlib; ÆRØ", {"i̇dlib", "idlib", "ærø"}),
    ],
)
def test_edge_cases_match_whoosh(text, terms):
    assert _highlight(text, frozenset(terms), top=2) == whoosh_highlight(text, frozenset(terms))


def test_matched_words_are_marked_and_the_text_escaped():
    text = "Officials said <b>the</b> attack on Idlib & Aleppo killed 12."
    result = _highlight(text, frozenset({"attack", "kill"}), top=2)
    assert "<mark>attack</mark>" in result and "<mark>killed</mark>" in result
    assert "&lt;b&gt;the&lt;/b&gt;" in result and "&amp; Aleppo" in result
