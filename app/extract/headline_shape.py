"""What a headline line looks like, and the page furniture that only looks like one.

Headlines are 3-30 words and do not end like a sentence, a label ("You are here:") or a
broken-off line ("... a village leader near"). Date lines, bylines, photo credits, widget
lines ("2 Min Read", "Spread the love", "Powered by automated translation"), summary bullets
and section menus have a headline's shape but are never the headline.
"""

from __future__ import annotations

import re

from app.extract.dates import DATE_ONLY
from app.extract.stated_dates import is_date_or_age_line

_HEADLINE_MIN_WORDS, _HEADLINE_MAX_WORDS = 3, 30
_BYLINE = re.compile(r"^By\s+\S")
_SPECIAL_FOR = re.compile(r"^(?:Special\s+(?:for|to)|Staff\s+writer|Correspondent)\b", re.I)
# Page furniture that has a headline's shape: widget and label lines, photo credits.
_FURNITURE = re.compile(
    r"\b(?:spread the love|powered by|you are here|leave a comment|advertisements?|"
    r"sponsored|\d+[- ]?min(?:ute)?s?\.? read|all (?:photo(?:graph)?s|pictures|images) by)\b"
    r"|^(?:image|photo|picture|video|graphic|map|caption|credit|publication|source|"
    r"categor(?:y|ies)|tags?|filed under|topics?)\s*[|:]",
    re.I,
)
# A caption's closing credit: "(PIC/PTI)", "(Nasser Nasser / Associated Press)",
# "(Photo: Ejercito Nacional)".
_CREDIT_END = re.compile(
    r"\((?:[^()]{0,60}/[^()]{1,40}|(?:photo|pic|picture|image|credit)s?\s*:[^()]{1,40})\)\s*$",
    re.I,
)
# A photo credit inside a caption: "... Jan. 30, 2025.(AP Photo/Moses Sawasawa) ASSOCIATED PRESS".
_PHOTO_CREDIT = re.compile(r"\((?:AP|AFP|Reuters|REUTERS|EPA|Getty)?\s*Photo\s*/[^()]{2,60}\)")
# A wire tag after a headline, which makes the cleaner take it for a credited caption.
AGENCY_TAG = re.compile(r"\s*\((?:AP|AFP|Reuters|REUTERS|UPI|Xinhua)\)$")
# Summary bullets and teasers: "- Fighting has ravaged ...", "• ...", "... So that You".
_BULLET = re.compile(r"^(?:[-•·*–—]|\.\.\.|…)\s*")
# Label endings ("You are here:", "News18test sharma |"): no headline ends so.
_OPEN_END = re.compile(r"[:|/–—-]$")
# A wrapped sentence's broken end ("... including a village leader near"): words a
# headline does not end on.
_FUNCTION_END = re.compile(
    r"\s(?:a|an|the|of|near|including|and|or|between|against|into|from|by|with|its|their|"
    r"his|her|whose|which|than)$",
    re.I,
)
# "Home / World / Headline", "Home » Africa » Headline": a breadcrumb ending in the headline.
BREADCRUMB = re.compile(r"^Home\s*(?:[/»>›|]\s*[^/»>›|]{1,30}?\s*)*[/»>›|]\s*")
# A line of nothing but a site's section menu ("Home News World Middle East").
_MENU = re.compile(
    r"^(?:(?:home|news|world|africa|asia|europe|americas?|middle|east|u\.?s\.?|uk|politics|"
    r"business|opinions?|sports?|culture|tech(?:nology)?|science|health|videos?|live|latest|"
    r"more|entertainment|lifestyle|travel|weather|markets|climate|economy|environment|"
    r"analysis|features?|local|national|international|regions?|briefing|podcasts?|"
    r"newsletters|photos|pictures|investigations|and|&|breaking|top|stories|latin|pacific|"
    r"south|north|west|central|edition|menu|search)[\s,.:|/»>›&-]*)+$",
    re.I,
)


def ends_open(text: str) -> bool:
    """The line breaks off mid-phrase: the next line continues its sentence."""
    return bool(_FUNCTION_END.search(text))


def is_headline_shaped(text: str) -> bool:
    if len(text) > 220:
        return False
    words = text.split()
    if not _HEADLINE_MIN_WORDS <= len(words) <= _HEADLINE_MAX_WORDS:
        return False
    if text.endswith((".", ",", ";")) and not text.endswith(("..", "U.S.")):
        return False
    if _OPEN_END.search(text) or ends_open(text):
        return False
    if DATE_ONLY.match(text) or _BYLINE.match(text) or _SPECIAL_FOR.match(text):
        return False
    return not is_date_or_age_line(text)


def is_furniture(text: str) -> bool:
    """A widget, label, photo credit, summary bullet or section menu line."""
    return bool(
        _FURNITURE.search(text)
        or _CREDIT_END.search(text)
        or _PHOTO_CREDIT.search(text)
        or _BULLET.match(text)
        or _MENU.match(text)
    )


def looks_like_name_line(text: str) -> bool:
    """'Ammar Al Shamary', 'CNN Balkan Conflict News': a byline name or a section banner."""
    words = text.split()
    return len(words) <= 4 and all(w[:1].isupper() for w in words) and not re.search(r"[:?!]", text)
