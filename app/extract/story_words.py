"""The words that tell what a line is about, for matching a headline to its story.

Words of four letters or more, cut to their first five ("shelling" meets "shells"), and
numbers; common words aside.
"""

from __future__ import annotations

import re

from app.extract.lexicons import words

# (A set: the words were a regex anchored at both ends, matched against each word of the
# sample, 2% of extraction's CPU on FA-KES.)
_STOP = words(
    """
that this with from have were been will said says their they there than what when which
while would about after into over also more most other some such only just your ours here
where could should
"""
)
_WORD = re.compile(r"[^\W_]+")


def content_words(text: str) -> set[str]:
    """Words of 4+ letters (first 5 letters, so "shelling" meets "shells") and numbers,
    common words aside: what a line is about, to compare with the story's opening."""
    return {
        t[:5]
        for t in _WORD.findall(text.lower())
        if t.isdigit() or (len(t) >= 4 and t not in _STOP)
    }
