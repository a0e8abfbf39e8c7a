"""The search box: what it accepts and how it explains what it cannot take."""

import pytest

from app.search.whoosh.parsing import parse_user_query


@pytest.mark.parametrize(
    "text",
    [
        "Mosul",
        "islamic state",
        '"islamic state"',
        "Raqqa OR Mosul",
        "Carter NOT Kerry",
        "milit*",
        "(Raqqa OR Mosul) AND Carter",
        "NOT Kerry",
    ],
)
def test_valid_queries_parse_without_a_message(text):
    parsed = parse_user_query(text)
    assert parsed.query is not None
    assert parsed.problem is None


@pytest.mark.parametrize(
    ("text", "problem", "words"),
    [
        ('"chemical attack', "unclosed quotation mark", "chemical attack"),
        ("(Raqqa OR Mosul", "unclosed parenthesis", "Raqqa Mosul"),
        ("Raqqa)", "closing parenthesis without an opening one", "Raqqa"),
        ("Mosul AND", "operator AND", "Mosul"),
        ("OR Mosul", "operator OR", "Mosul"),
        ("Mosul AND OR Raqqa", "nothing to combine", "Mosul Raqqa"),
        ("*sul", "can only end a word", "sul"),
    ],
)
def test_syntax_errors_become_a_message_and_a_words_search(text, problem, words):
    parsed = parse_user_query(text)
    assert problem in parsed.problem
    assert repr(words) in parsed.problem
    assert parsed.query is not None


def test_only_operators_searches_for_nothing():
    parsed = parse_user_query("AND")
    assert parsed.query is None
    assert "operator AND" in parsed.problem


def test_empty_query_is_no_query_and_no_problem():
    assert parse_user_query("   ") == parse_user_query("")
    assert parse_user_query("").query is None
    assert parse_user_query("").problem is None


def test_field_syntax_is_read_as_words():
    # field:value is not offered in the search box; both words are searched in title and body.
    parsed = parse_user_query("title:Mosul")
    terms = {(field, text) for field, text in parsed.query.iter_all_terms()}
    assert ("body", "mosul") in terms
    assert ("title", "mosul") in terms
