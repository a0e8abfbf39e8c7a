"""The archive's query syntax as a reader types it: operators and the syntax errors
reported back in words, shared by every search engine behind the interface."""

from __future__ import annotations

import re

OPERATOR = re.compile(r"^(AND|OR|NOT|ANDNOT|ANDMAYBE)$")


def syntax_problem(text: str) -> str | None:
    """What a reader would call a syntax error, in words they understand: the same
    message whichever engine runs the query."""
    if text.count('"') % 2:
        return "The query has an unclosed quotation mark."
    depth = 0
    for char in text:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            return "The query has a closing parenthesis without an opening one."
    if depth:
        return "The query has an unclosed parenthesis."
    tokens = re.findall(r'"[^"]*"|\S+', text.replace("(", " ( ").replace(")", " ) "))
    for edge in (tokens[0], tokens[-1]):
        if OPERATOR.match(edge) and not (edge == "NOT" and edge is tokens[0] and len(tokens) > 1):
            return f"The query starts or ends with the operator {edge}."
    for left, right in zip(tokens, tokens[1:], strict=False):
        if OPERATOR.match(left) and (OPERATOR.match(right) and right != "NOT" or right == ")"):
            return f"The operator {left} has nothing to combine after it."
    if re.search(r"(^|\s)\*", text):
        return "A * can only end a word (prefix*), not start one."
    return None
