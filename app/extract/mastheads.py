"""An outlet's name and motto over the headline ("Sudan Tribune" / "Plural news and views
on Sudan"), which are no headline: the name line styled as an organisation's, the motto
right under it that speaks of news, views or voice, or both on one title bar.
"""

from __future__ import annotations

import re

from app.extract.clean import Line
from app.extract.headline_shape import is_furniture, looks_like_name_line
from app.extract.story_words import content_words

# A masthead over the headline: the outlet's or organisation's name, its words capitalised
# and its last word a name's head noun ("The Syrian Observatory For Human Rights", "The
# Institute for War and Peace Reporting"). Shorter names are name lines already.
_MASTHEAD = re.compile(
    r"^(?:[A-Z][\w.'’&-]*\s+|(?:of|for|on|the|and|&)\s+){0,7}"
    r"(?:Observatory|Rights|News|Times|Post|Online|Agency|Network|Radio|TV|Television|"
    r"Tribune|Herald|Journal|Gazette|Monitor|Observer|Chronicle|Express|Daily|Weekly|"
    r"Magazine|Review|Press|Telegraph|Independent|Guardian|Insider|Standard|Reporter|Watch|"
    r"Institute|Centre|Center|Council|Committee|Commission|Foundation|Organi[sz]ation|"
    r"Coalition|Alliance|Mission|Media|Broadcasting|Corporation|Sun|Star|Mail|Voice|"
    r"Affairs|Office|Ministry|Programme|Program|Archives?)$"
)
# A name of five words or more is styled as one: "The ...", "... of ...", "... For ...".
_ORG_STYLE = re.compile(r"^The\s|\s(?i:of|for)\s")
# A site's motto printed under its name ("Sudan Tribune" over "Plural news and views on
# Sudan"), over the headline: it speaks of the outlet's news, views or voice.
_MOTTO = re.compile(
    r"\b(?:news|views|voice|journalism|newspaper|truth|information|analysis|opinions?|"
    r"insights?|perspectives?|since\s+\d{4})\b",
    re.I,
)


# A ministry's name joined by "and", as a government's press-release page prints the issuing
# department over the headline ("Foreign, Commonwealth and Development Office", "Department
# for Environment, Food and Rural Affairs" is caught by "for"): capitalised words only, a
# ministry's head noun last (titles19).
_MINISTRY_STYLE = re.compile(
    r"^[A-Z][\w'’-]*(?:,?\s+[A-Z][\w'’-]*)*,?\s+(?:and|&)\s+(?:[A-Z][\w'’-]*\s+){0,3}"
    r"(?:Office|Ministry|Department|Directorate|Secretariat)$"
)
# A comma the page's flattening glued to the next word ("Foreign,Commonwealth").
_GLUED_COMMA = re.compile(r",(?=[A-Z])")


def is_masthead(cands: list[Line], i: int) -> bool:
    """cands[i] is a name over the headline right under it (the line after it is one), in
    capitals too ("THE NEW YORK TIMES ARCHIVES")."""
    ln = cands[i]
    shout = ln.text.isupper()
    text = ln.text.title() if shout else ln.text
    if "," in text:
        text = _GLUED_COMMA.sub(", ", text)
    return (
        i + 1 < len(cands)
        and cands[i + 1].index == ln.index + 1
        and (
            bool(_MASTHEAD.match(text) and _ORG_STYLE.search(text))
            or bool(_MINISTRY_STYLE.match(text))
        )
        # in capitals, a newspaper's own head noun only: headlines in capitals end in
        # "... OF DEFENCE MINISTRY", "... FOR END TO UN MISSION", "THE WAR ON THE PRESS"
        and (not shout or bool(_PAPER_HEAD.search(text)))
    )


_PAPER_HEAD = re.compile(
    r"\s(?:Archives?|Times|Post|Tribune|Herald|Journal|Gazette|Chronicle|Telegraph|Observer)$"
)


_TOP_MOTTO_MAX_WORDS = 6


def is_motto(cands: list[Line], i: int, lines: list[Line], story: set[str]) -> bool:
    """cands[i] is the site's motto: right under the outlet's name line ("Sudan Tribune",
    "The Daily Star") and right over the headline, and it speaks of news, views or voice,
    not of the story: no content word of it but the outlet's name is in the story's opening
    ("Darfur rebels deny news of a peace deal" over its deck is the headline)."""
    ln = cands[i]
    if i + 1 >= len(cands) or cands[i + 1].index != ln.index + 1 or not _MOTTO.search(ln.text):
        return False
    if ":" in ln.text:
        return False  # "Analysis: Sudan's war drags on" is a kicker's headline
    if _is_title_bar(ln.text):
        return True
    above = next((x for x in lines if x.index == ln.index - 1), None)
    if above is None:
        # The page's first line, with the outlet's name left out by the scraper (it was a
        # logo): a short motto ("Instant news 24/7") that shares no word with the story.
        return len(ln.text.split()) <= _TOP_MOTTO_MAX_WORDS and not (content_words(ln.text) & story)
    return (
        looks_like_name_line(above.text)
        and bool(_MASTHEAD.match(above.text))
        and not is_furniture(above.text)  # "World News" is a section label, no outlet
        # the motto's own words ("news", "views") may be the story's too ("appeared to
        # change views Thursday"): only its other words tell it from a headline
        and not (content_words(ln.text) - content_words(above.text) - _motto_words(ln.text)) & story
    )


def _motto_words(text: str) -> set[str]:
    return content_words(" ".join(m.group(0) for m in _MOTTO.finditer(text)))


def _is_title_bar(text: str) -> bool:
    """'The Trusted Source For Up-To-Date News ... | Breaking News Insider': a site's motto
    and its name on one line (a blog's title bar), either way round."""
    parts = text.split(" | ")
    if len(parts) != 2:
        return False
    for motto, name in (parts, parts[::-1]):
        if _MOTTO.search(motto) and looks_like_name_line(name) and _MASTHEAD.match(name):
            return True
    return False
