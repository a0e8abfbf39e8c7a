"""The search box's syntax as Solr receives it: expectations written by hand from the
grammar the embedded engine accepts (NOT binds tightest, then AND, then OR, then the
implicit AND between neighbours)."""

import pytest

from app.search.solr.query_text import parse_text


def both(term: str) -> str:
    return f"(title:{term}^2.5 OR body:{term})"


@pytest.mark.parametrize(
    ("text", "lucene"),
    [
        ("Mosul", both("mosul")),
        ("Mosul Raqqa", f"({both('mosul')} AND {both('raqqa')})"),
        ("aa bb OR cc", f"({both('aa')} AND ({both('bb')} OR {both('cc')}))"),
        ("aa AND bb OR cc", f"(({both('aa')} AND {both('bb')}) OR {both('cc')})"),
        ("Mosul NOT Kerry", f"({both('mosul')} AND (*:* -{both('kerry')}))"),
        ("NOT Kerry", f"(*:* -{both('kerry')})"),
        ('"truck attack"', both('"truck attack"')),
        ('"war in Syria"', both('"war in syria"')),  # stop words keep their place
        ("Interp*", both("interp*")),
        ("al-Baghdadi", f"({both('al')} AND {both('baghdadi')})"),
        ("the Mosul", both("mosul")),  # a stop word searches nothing
    ],
)
def test_translation(text, lucene):
    parsed = parse_text(text)
    assert (parsed.lucene, parsed.problem) == (lucene, None)


@pytest.mark.parametrize(
    "text", ["title:secret", "body:x OR id:1", "{!lucene}x", "[* TO *]", 'a\\" OR "b', "x^9"]
)
def test_no_user_text_reaches_solr_as_syntax(text):
    # Fields, local params, ranges and boosts are read as words: only letters, digits,
    # dots and the archive's own wildcards are ever sent.
    lucene = parse_text(text).lucene or ""
    stripped = lucene.replace("title:", "").replace("body:", "").replace("^2.5", "")
    for forbidden in (":", "{", "[", "^", "\\"):
        assert forbidden not in stripped.replace("*:*", ""), (text, lucene)


def test_a_syntax_error_is_a_message_and_the_words_are_searched():
    parsed = parse_text('"Ramadi')
    assert parsed.problem == (
        "The query has an unclosed quotation mark. Searched for the words instead: 'Ramadi'."
    )
    assert parsed.lucene == both("ramadi")


def test_text_with_nothing_to_search_says_so():
    assert parse_text("the of").problem == "The query has no searchable words."
    assert parse_text("the of").lucene is None
    assert parse_text("   ") == parse_text("")
    assert parse_text("").lucene is None and parse_text("").problem is None
