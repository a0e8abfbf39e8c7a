"""The headline: the line a reader would name as the story's title (the eval rules).

A page's top is a column of short lines before the story's first paragraph: navigation,
the headline, then whatever the outlet puts under it (a standfirst, a photo caption and
its credit, a date line, "2 Min Read", share and translation widgets). The headline is
the FIRST headline-shaped line of that column once navigation (everything up to the last
boilerplate block) and furniture are set aside; the lines after it are decks, never the
headline. A page that opens mid-story or on summary bullets has no headline (None).
"""

from __future__ import annotations

import re

from app.extract.clean import BODY, BOILER, Line
from app.extract.datelines import DATELINE, dateline_place
from app.extract.dates import DATE_ONLY
from app.extract.stated_dates import is_date_or_age_line

# Headlines are 3-30 words and do not end like a sentence. A page's first story paragraph
# is a line of 15+ words ending in sentence punctuation followed by more text, or a
# dateline.
_HEADLINE_MIN_WORDS, _HEADLINE_MAX_WORDS = 3, 30
_STORY_MIN_WORDS = 15
# A first paragraph is followed by more story; a reader-facing notice ("... Please update
# your billing details.") by a short line ("Your subscription will end shortly").
_NEXT_MIN_WORDS = 7
_SENTENCE_END = re.compile(r"[.!?\"”]$")
# Reuters' wire dateline without a dash: "JUBA May 18 South Sudanese rebels killed ...".
_WIRE_DATELINE = re.compile(
    r"^[A-Z][A-Z.'’ -]{2,30},?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
    r"[a-z]*\.?\s+\d{1,2}\s+[A-Z(]"
)
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
# Summary bullets and teasers: "- Fighting has ravaged ...", "• ...", "... So that You".
_BULLET = re.compile(r"^(?:[-•·*–—]|\.\.\.|…)\s*")
# Label endings ("You are here:", "News18test sharma |") and a wrapped sentence's broken
# end ("... including a village leader near"): no headline ends so.
_OPEN_END = re.compile(r"[:|/–—-]$")
_FUNCTION_WORDS = {
    "a",
    "an",
    "the",
    "of",
    "near",
    "including",
    "and",
    "or",
    "between",
    "against",
    "into",
    "from",
    "by",
    "with",
    "its",
    "their",
    "his",
    "her",
    "whose",
    "which",
    "than",
}
# A line wholly in quotes above the headline is a pull quote ("‘The killings didn’t stop’").
_PULL_QUOTE = re.compile(r"^[‘“\"'].*[’”\"']$")
# "Home / World / Headline", "Home » Africa » Headline": a breadcrumb ending in the headline.
_BREADCRUMB = re.compile(r"^Home\s*(?:[/»>›|]\s*[^/»>›|]{1,30}?\s*)*[/»>›|]\s*")
# A section label glued in front of a sentence-case headline ("Latin America Nine soldiers
# die in ..."): the label, then a capitalised word, then a lower-case one that is no joining
# word ("Africa Cup of Nations" stays whole).
_SECTION_LABEL = re.compile(
    r"^(?:World(?: News)?|(?:Latin|North|South|Central) America|Americas|Middle East|Africa|"
    r"(?:South(?:east)? |Central )?Asia(?:[- ]Pacific)?|Europe|Oceania)\s+"
    r"(?=[A-Z0-9][\w’'-]*\s+(?!(?:of|and|the|for|de|del|la|le)\b)[a-z])"
)
# Key-point summaries above a story: three or more sentence-case lines in a row of this many
# words (a headline and its deck are two lines).
_SUMMARY_MIN_LINES, _SUMMARY_MIN_WORDS = 3, 12
# Share widgets are furniture under the headline, not navigation above it.
_SHARE = re.compile(r"^(?:share|tweet|email|print|facebook|twitter|whatsapp)\b", re.I)

_SITE_WORDS = re.compile(
    r"\b(news|times|post|tv|online|tribune|herald|journal|daily|today|press|network|"
    r"agency|us|uk|\.com|media|review|gazette|telegraph|guardian|observer|monitor)\b",
    re.I,
)
_SITE_SUFFIX = re.compile(r"^(?P<head>.{10,}?)\s+[–—|-]\s+(?P<site>[A-Z0-9][\w.&'’ ]{1,35})$")
# "Headline : NPR": a space before the colon sets a site name apart (a headline's own
# colon follows its word).
_SPACED_COLON_SUFFIX = re.compile(
    r"^(?P<head>.{10,}?)\s+:\s+(?P<site>[A-Z][\w.&'’]*(?:\s+[A-Z][\w.&'’]*){0,2})$"
)
_SUFFIX_MARK = re.compile(r"\s[–—|:-]\s")


def is_headline_shaped(text: str) -> bool:
    words = text.split()
    if not _HEADLINE_MIN_WORDS <= len(words) <= _HEADLINE_MAX_WORDS or len(text) > 220:
        return False
    if text.endswith((".", ",", ";")) and not text.endswith(("..", "U.S.")):
        return False
    if _OPEN_END.search(text) or words[-1].lower() in _FUNCTION_WORDS:
        return False
    if DATE_ONLY.match(text) or _BYLINE.match(text) or _SPECIAL_FOR.match(text):
        return False
    return not is_date_or_age_line(text)


def _is_furniture(text: str) -> bool:
    return bool(_FURNITURE.search(text) or _CREDIT_END.search(text) or _BULLET.match(text))


def is_story_start(text: str) -> bool:
    if _WIRE_DATELINE.match(text):
        return True
    if DATELINE.match(text) and dateline_place(text):
        return True
    return len(text.split()) >= _STORY_MIN_WORDS and bool(_SENTENCE_END.search(text))


def _followed_by_text(lines: list[Line], i: int) -> bool:
    """The next non-boilerplate line after lines[i] is a paragraph (or there is none)."""
    for ln in lines[i + 1 :]:
        if ln.kind != BOILER:
            return len(ln.text.split()) >= _NEXT_MIN_WORDS
    return True


def story_start(lines: list[Line]) -> int | None:
    """Index of the story's first paragraph: a dateline, or a sentence followed by more text.

    A headline-shaped dateline ("ASIA: Sri Lankan troops capture ...", a kicker) starts the
    story only when no paragraph follows.
    """
    first: int | None = None
    for i, ln in enumerate(lines):
        if ln.kind != BODY or not is_story_start(ln.text):
            continue
        if first is None:
            first = ln.index
        sentence = len(ln.text.split()) >= _STORY_MIN_WORDS and _SENTENCE_END.search(ln.text)
        if _WIRE_DATELINE.match(ln.text) or (not sentence and not is_headline_shaped(ln.text)):
            return ln.index  # a dateline paragraph
        if sentence and _followed_by_text(lines, i):
            return ln.index
    return first


def _looks_like_name_line(text: str) -> bool:
    words = text.split()
    return len(words) <= 4 and all(w[:1].isupper() for w in words) and not re.search(r"[:?!]", text)


def _candidates(head: list[Line]) -> list[Line]:
    """Headline-shaped lines of the page's top, navigation and furniture set aside."""
    out: list[Line] = []
    wrapped = False  # the previous line broke off mid-sentence
    for ln in head:
        text = ln.text
        ends_open = text.split()[-1].lower() in _FUNCTION_WORDS
        if (
            ln.kind == BODY
            and not wrapped
            and is_headline_shaped(text)
            and not _looks_like_name_line(text)
            and not _is_furniture(text)
        ):
            out.append(ln)
        wrapped = ends_open
    # Lines up to the last navigation block (sign-in, trending, "Skip to content") are links.
    nav = [
        ln.index
        for ln in head
        if ln.kind == BOILER and not _SHARE.match(ln.text) and any(c.index > ln.index for c in out)
    ]
    if nav:
        out = [c for c in out if c.index > nav[-1]]
    return out


def _is_sentence_case(text: str) -> bool:
    words = [w for w in text.split()[1:] if w[:1].isalpha()]
    return sum(w[:1].islower() for w in words) > len(words) / 2


def _summary_run(cands: list[Line]) -> bool:
    """The candidates open with a run of key-point sentences, not a headline."""
    run = 0
    for prev, ln in zip([None, *cands], cands, strict=False):
        if prev is not None and ln.index != prev.index + 1:
            break
        if len(ln.text.split()) < _SUMMARY_MIN_WORDS or not _is_sentence_case(ln.text):
            break
        run += 1
    return run >= _SUMMARY_MIN_LINES


def _pick(cands: list[Line]) -> Line | None:
    """The first candidate, unless it is a pull quote or a prefixed copy of a later one."""
    if _summary_run(cands):
        return None
    if len(cands) > 1 and _PULL_QUOTE.match(cands[0].text):
        cands = cands[1:]
    if not cands:
        return None
    best = cands[0]
    for later in cands[1:]:
        if len(later.text) < len(best.text) and best.text.endswith(later.text):
            return later  # "Home Africa M23 rebels vow ..." then "M23 rebels vow ..."
    return best


def strip_site_suffix(text: str, others: set[str]) -> tuple[str, str | None]:
    """('Headline', 'Metro US') from 'Headline – Metro US'; (text, None) when no suffix."""
    if len(text) > 300 or not _SUFFIX_MARK.search(text):
        return text, None
    m = _SPACED_COLON_SUFFIX.match(text)
    if m:
        return m.group("head"), m.group("site").strip()
    m = _SITE_SUFFIX.match(text)
    if m and (m.group("head") in others or _SITE_WORDS.search(m.group("site"))):
        return m.group("head"), m.group("site").strip()
    return text, None


def find_headline(lines: list[Line]) -> tuple[Line, str, str | None] | None:
    """(headline line, title text, site name from a suffix) or None when there is none."""
    start = story_start(lines)
    head = [ln for ln in lines if start is None or ln.index < start]
    best = _pick(_candidates(head))
    if best is None:
        return None
    text = _SECTION_LABEL.sub("", _BREADCRUMB.sub("", best.text)) or best.text
    title, site = strip_site_suffix(text, {ln.text for ln in lines})
    if site:
        # The copy without the suffix is the headline line (the site name is no story text).
        best = next((ln for ln in head if ln.text == title), best)
    return best, title, site
