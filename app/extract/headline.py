"""The headline: the line a reader would name as the story's title (the eval rules).

A page's top is a column of short lines before the story's first paragraph: navigation,
the headline, then whatever the outlet puts under it (a standfirst, a photo caption and
its credit, a date line, "2 Min Read", share and translation widgets). The headline is
the FIRST headline-shaped line of that column once navigation (everything up to the last
boilerplate block, lines about another story) and furniture are set aside; the lines after
it are decks, never the headline. A page that opens mid-story or on summary bullets has no
headline (None).
"""

from __future__ import annotations

import re
from typing import Literal

from app.extract.bare_bylines import filed_writers, outlet_byline
from app.extract.clean import BODY, BOILER, CAPTION, META, Line
from app.extract.countries import CountryLabels
from app.extract.country_label import drop_country_label
from app.extract.datelines import CAPITALS, DATELINE, dateline_place
from app.extract.dates import DATE_PATTERN, DATE_RE
from app.extract.headline_shape import (
    AGENCY_TAG,
    BREADCRUMB,
    BULLET,
    KICKER,
    ends_open,
    is_database_record,
    is_furniture,
    is_headline_shaped,
    is_section_banner,
    looks_like_name_line,
    record_headline,
    strip_headline_tail,
)
from app.extract.mastheads import is_masthead, is_motto
from app.extract.site_suffix import strip_site_suffix
from app.extract.stated_dates import is_date_or_age_line
from app.extract.story_words import content_words

# A page's first story paragraph is a line of 15+ words ending in sentence punctuation
# followed by more text, or a dateline.
_STORY_MIN_WORDS = 15
# A first paragraph is followed by more story; a reader-facing notice ("... Please update
# your billing details.") by a short line ("Your subscription will end shortly").
_NEXT_MIN_WORDS = 7
# A paragraph this long is story whatever follows it (a live page's "What we know so far").
_PARAGRAPH_WORDS = 30
_SENTENCE_END = (".", "!", "?", '"', "”")  # str.endswith: no regex scan of a long line
# Reuters' wire dateline without a dash: "JUBA May 18 South Sudanese rebels killed ...".
_WIRE_DATELINE = re.compile(
    rf"^[{CAPITALS}][{CAPITALS}.'’ -]{{2,30}},?\s+"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
    r"[a-z]*\.?\s+\d{1,2}\s+[A-Z(]"
)
# A line wholly in quotes above the headline is a pull quote ("‘The killings didn’t stop’").
_PULL_QUOTE = re.compile(r"^[‘“\"'].*[’”\"']$")
# A section label glued in front of a sentence-case headline ("Latin America Nine soldiers
# die in ..."): the label, then a capitalised word, then a lower-case one that is no joining
# word ("Africa Cup of Nations" stays whole).
_SECTION_LABEL = re.compile(
    r"^(?:World(?: News)?|(?:Latin|North|South|Central) America|Americas|Middle East|Africa|"
    r"(?:South(?:east)? |Central )?Asia(?:[- ]Pacific)?|Europe|Oceania)\s+"
    r"(?=[A-Z0-9][\w’'-]*\s+(?!(?:of|and|the|for|de|del|la|le)\b)[a-z])"
)
# A trail of section names run into the headline without "Home": "World / Africa ‘Some hid
# in the sea’: ...", "News » Asia Troops ...". Two names at least, each a section word, with a
# separator between them and a space after the last, the first a section of the whole site
# and the headline's first word after it capitalised (or a quote): "Syria / Iraq border ..."
# names no section, and "Europe/Africa summit opens ..." or "Africa/Middle East news
# roundup" are the headline's own words.
_REGION_NAME = r"(?:Africa|Asia|Europe|Americas?|Middle East)"
_SITE_SECTION = (
    r"(?:World|News|Politics|International|National|Nation|Region|Regional|Local|Opinion|"
    r"Analysis|Features?|Latest|Breaking)"
)
_SECTION_NAME = rf"(?:{_SITE_SECTION}|{_REGION_NAME})"
_SECTION_TRAIL = re.compile(
    rf"^{_SITE_SECTION}(?:\s*[/»>›|]\s*{_SECTION_NAME})+\s+(?=[^\w\s]|[A-Z0-9])"
)
# Key-point summaries above a story: three or more sentence-case lines in a row of this many
# words (a headline and its deck are two lines).
_SUMMARY_MIN_LINES, _SUMMARY_MIN_WORDS = 3, 12
# The story's first paragraphs, for telling a headline (about the story) from a link to
# another one: words of 4+ letters (first 5 letters, so "shelling" meets "shells") and
# numbers, common words aside.
_STORY_SAMPLE_LINES, _STORY_SAMPLE_CHARS = 4, 1500
# A teaser of the lead cut with an ellipsis: its last words recur in the next lines.
_TEASER_TAIL_WORDS, _TEASER_LOOKAHEAD = 4, 2
# Share widgets are furniture under the headline, not navigation above it; so is a lone
# section word ("World", "Politics") that some sites print under it.
_SECTION_WORD = re.compile(r"^[A-Z][a-z]+$")
_WORDED = re.compile(r"[^\W\d_]{2}")
_SHARE = re.compile(r"^(?:share|tweet|email|print|facebook|twitter|whatsapp)\b", re.I)


def _has_words(text: str, n: int) -> bool:
    """At least ``n`` words, without splitting a whole FA-KES article into words."""
    return len(text.split(maxsplit=n)) >= n


def is_story_start(text: str) -> bool:
    if _WIRE_DATELINE.match(text):
        return True
    if DATELINE.match(text) and dateline_place(text):
        return True
    return _has_words(text, _STORY_MIN_WORDS) and text.endswith(_SENTENCE_END)


def _followed_by_text(lines: list[Line], i: int) -> bool:
    """The next story line after lines[i] is a paragraph (or there is none). Boilerplate and
    metadata (a byline, a date line) are read past: a standfirst over "By NAME", "Washington
    Post Foreign Service" and a date line is no paragraph of the story."""
    for ln in lines[i + 1 :]:
        if ln.kind not in (BOILER, META):
            return _has_words(ln.text, _NEXT_MIN_WORDS)
    return True


def story_start(lines: list[Line]) -> int | None:
    """Index of the story's first paragraph: a dateline, a long paragraph, or a sentence
    followed by more text.

    A headline-shaped dateline ("ASIA: Sri Lankan troops capture ...", a kicker) starts the
    story only when nothing else does.
    """
    first: int | None = None
    for i, ln in enumerate(lines):
        text = ln.text
        if ln.kind != BODY or not is_story_start(text):
            continue
        if first is None:
            first = ln.index
        if _WIRE_DATELINE.match(text) or (
            DATELINE.match(text) and dateline_place(text) and not is_headline_shaped(text)
        ):
            return ln.index
        sentence = _has_words(text, _STORY_MIN_WORDS) and text.endswith(_SENTENCE_END)
        if sentence and (_has_words(text, _PARAGRAPH_WORDS) or _followed_by_text(lines, i)):
            return ln.index
    return first


# A label over links to other stories ("Related Articles", "Latest related coverage", "Other
# related coverage", "See also", "More news:").
_RELATED_LABEL = re.compile(
    r"^(?:(?:latest|other|more|further)\s+)?related(?:\s+(?:coverage|articles?|stories|news|"
    r"content|links|posts|reports|reading|videos|topics))?\s*:?$"
    # alone or before a short topic ("More news: J&K"); "More stories emerge of abuse in the
    # camps" is a headline
    r"|^(?:see\s+also|also\s+read|read\s+also|more\s+news|more\s+stories)(?:\s*:\s*[^:]{0,30})?$",
    re.I,
)


def related_labels(lines: list[Line], headline: int, start: int | None) -> tuple[int, int] | None:
    """(first, last) indices of the labels over related links ("Latest related coverage",
    "Other related coverage") between the headline and the story's start, or None."""
    if start is None:
        return None
    found = [
        ln.index for ln in lines if headline < ln.index < start and _RELATED_LABEL.match(ln.text)
    ]
    return (found[0], found[-1]) if found else None


def _cut_at_related(head: list[Line], story: set[str]) -> list[Line]:
    """The page's top up to a label over related links that comes under the headline: the
    links between it and the story are other stories' headlines (and "Photo: AFP" or a
    widget among them is no navigation above the headline). Cut only when a line above the
    label would be a candidate; a related block at the very top of a page is left to the
    navigation rule, and so is one under a line about something else (a trending link): the
    line above must share a word with the story's opening."""
    for pos, ln in enumerate(head):
        if pos and _RELATED_LABEL.match(ln.text):
            above = _candidates(head[:pos], story, cut=False)
            if any(content_words(BREADCRUMB.sub("", c.text)) & story for c in above):
                return head[:pos]
            break
    return head


def _candidates(head: list[Line], story: set[str], cut: bool = True) -> list[Line]:
    """Headline-shaped lines of the page's top, navigation and furniture set aside.

    ``story`` holds the content words of the story's opening (``_opening_words``)."""
    if cut:
        head = _cut_at_related(head, story)
    out: list[Line] = []
    wrapped = False  # the previous line broke off mid-sentence
    for pos, ln in enumerate(head):
        text = ln.text
        if pos and _credit_over_caption(head, pos - 1):
            wrapped = False
            continue  # "Photo Credit: Google Maps" over "Map showing Nabatieh, ...": a caption
        if pos and head[pos - 1].kind == CAPTION and _BARE_CREDIT.match(text):
            wrapped = False
            continue  # "Photograph: Photo by NAME, used under CC BY-ND" closing a caption
        tagged = ln.kind == CAPTION and bool(AGENCY_TAG.search(text))
        if tagged:
            text = AGENCY_TAG.sub("", text)  # "Kosova Rebels Feeling Defenseless (AP)"
        elif ln.kind == BOILER and pos == len(head) - 1 and (k := KICKER.match(text)):
            text = text[k.end() :]  # "Video: <headline>" right above the story
        elif ln.kind == BODY and _lone_bullet(head, pos):
            text = BULLET.sub("", text)  # "• <headline>" alone under a section label
        elif ln.kind != BODY:
            wrapped = False
            continue
        if _short_post_title(head, pos):
            out.append(ln)  # "Civilians suffer" under a blog's date header
        elif (
            not wrapped
            # "Home > News" is a breadcrumb; "Home / World / Headline" holds the headline.
            and is_headline_shaped(BREADCRUMB.sub("", text))
            and (
                tagged
                or not (looks_like_name_line(text) or is_section_banner(text))
                or _short_headline_over_deck(head, pos, story)
                or _title_case_headline_over_story(head, pos, story)
            )
            and not is_furniture(text)
            and not _numbered_run(head, pos)
            and not _dated_link_run(head, pos)
            and outlet_byline(text) is None  # "Peter Finn Washington Post"
            and filed_writers(text) is None  # "Jane Doe in Nairobi and John Roe in Khartoum"
        ):
            out.append(ln)
        wrapped = ends_open(text)
    # Lines up to the last navigation block (sign-in, trending, "Skip to content") are links.
    nav = [
        ln.index
        for ln in head
        if ln.kind == BOILER
        and not _SHARE.match(ln.text)
        and not _SECTION_WORD.match(ln.text)
        and _WORDED.search(ln.text)  # "n n n": icons' letters, no menu
        and any(c.index > ln.index for c in out)
    ]
    if nav:
        out = [c for c in out if c.index > nav[-1]]
    return out


# A photo credit standing alone on its line: "Photo Credit: Google Maps", "Image: Reuters".
_BARE_CREDIT = re.compile(
    r"^(?:(?:photo(?:graph)?|picture|image)s?(?:\s+credits?)?|credits?)\s*:\s*[^.!?:]{2,60}$",
    re.I,
)


def _credit_over_caption(head: list[Line], pos: int) -> bool:
    """head[pos] is a photo credit opening the page's top (only date lines and boilerplate
    above it): the picture's caption comes next, as some sites print it. Under a caption the
    credit closes it, and the headline may follow."""
    return (
        bool(_BARE_CREDIT.match(head[pos].text))
        and head[pos + 1].kind == BODY
        and all(ln.kind in (META, BOILER) for ln in head[:pos])
    )


def _short_headline_over_deck(head: list[Line], pos: int, story: set[str]) -> bool:
    """head[pos], name-shaped ("Karabakh Civilians Flee Fighting"), is a short Title Case
    headline: a sentence-case standfirst follows it ("Fears of rising ... continues.") and it
    shares a word with the story's opening. A byline or a section banner has no deck under it."""
    if pos + 1 >= len(head):
        return False
    deck = head[pos + 1].text
    return (
        head[pos + 1].kind == BODY
        and _is_sentence_case(deck)
        and not is_headline_shaped(deck)
        and bool(content_words(head[pos].text) & story)
    )


# Prepositions a Title Case headline capitalises ("The Battle For Mariupol"); no byline
# name holds one, and a section banner that does ("News In Brief") shares no word with the
# story's opening.
_TITLE_CASE_PREPOSITIONS = frozenset(
    ["For", "Of", "In", "On", "At", "To", "With", "From", "Against", "Over", "After", "Into"]
)


def _title_case_headline_over_story(head: list[Line], pos: int, story: set[str]) -> bool:
    """head[pos], name-shaped ("The Battle For Mariupol"), is a short Title Case headline:
    the line right above the story's first paragraph, a capitalised preposition inside it
    (or "A" opening it), and a word shared with the story's opening."""
    words = head[pos].text.split()
    return (
        pos == len(head) - 1
        and len(words) >= 3
        # or an indefinite article, which no name or outlet opens with ("A Dangerous
        # Occupation", "An Uneasy Calm")
        and (words[0] in ("A", "An") or any(w in _TITLE_CASE_PREPOSITIONS for w in words[1:-1]))
        and bool(content_words(head[pos].text) & story)
    )


def _short_post_title(head: list[Line], pos: int) -> bool:
    """head[pos] is a blog post's two-word title ("Civilians suffer", "Checkpoint attacked")
    right under the post's date header, the page's first line: a capitalised word and a
    lower-case one (a name line or a section label capitalises both)."""
    if pos != 1 or head[0].kind != META or not is_date_or_age_line(head[0].text):
        return False  # (``head`` may be the page's lines: its first ones, index = position)
    words = head[pos].text.split()
    return (
        head[pos].kind == BODY
        and len(words) == 2
        and words[0].isalpha()
        and words[0][:1].isupper()
        and words[1].isalpha()
        and words[1].islower()
        and not is_furniture(head[pos].text)
    )


# An item of a numbered list: "1. Life", "3. Places & Faces" (a breadcrumb set as a list).
_NUMBERED = re.compile(r"^\d{1,2}[.)]\s+\S")


def _numbered_run(head: list[Line], pos: int) -> bool:
    """head[pos] is one of a run of numbered lines (a menu or breadcrumb printed as an ordered
    list): a neighbour is numbered too. A lone "1. ..." line may be a headline."""
    if not _NUMBERED.match(head[pos].text):
        return False
    near = head[max(pos - 1, 0) : pos] + head[pos + 1 : pos + 2]
    return any(_NUMBERED.match(ln.text) for ln in near)


# A linked post's title with its date after a spaced dash, as a "Recent posts" widget lists
# them ("Tips for a safer commute - November 6, 2020"; titles19).
_DATED_LINK = re.compile(rf"\s[-–—]\s+(?:{DATE_PATTERN})\s*$", re.I)
_DATED_LINK_TAIL = 40


def _dated_link(text: str) -> bool:
    return bool(_DATED_LINK.search(text[-_DATED_LINK_TAIL:]))


def _dated_link_run(head: list[Line], pos: int) -> bool:
    """A line of a run of two or more linked posts each closed by ' - <date>': a list of
    other stories, never the headline (one such line alone may be an outlet's date line)."""
    if not _dated_link(head[pos].text):
        return False
    return (pos > 0 and _dated_link(head[pos - 1].text)) or (
        pos + 1 < len(head) and _dated_link(head[pos + 1].text)
    )


def _lone_bullet(head: list[Line], pos: int) -> bool:
    """A bulleted line with no bulleted neighbour: a headline set as a list item, not one of
    a run of summary bullets."""
    if not head[pos].text.startswith("•"):
        return False  # "- ..." and "... " open summary bullets and teasers, even alone
    near = head[max(pos - 1, 0) : pos] + head[pos + 1 : pos + 2]
    return not any(BULLET.match(ln.text) for ln in near)


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


# An exclamation this short is a headline's cry ("Not in our name!", "Stop the bombing now!");
# a promotion names what it sells.
_PROMOTION_MIN_WORDS = 7


def _promotion(above: Line) -> bool:
    """``above`` exclaims as a promotion does over a headline: at 7 words or more."""
    return above.text.endswith("!") and _has_words(above.text, _PROMOTION_MIN_WORDS)


def _about_story(cands: list[Line], story: set[str], lines: list[Line]) -> list[Line]:
    """Candidates from the first one that shares a word with the story's opening: lines
    before it (a menu, a trending link) are about something else. A line right above that
    one stays (a headline that shares no word, over its deck), unless it exclaims (a
    promotion: "THB, Banditos and more confirmed for Cosmic Cocktail!") or is chrome
    (``_chrome_above``); all stay when none shares a word with the opening (a short or odd
    opening)."""
    for i, ln in enumerate(cands):
        if not story or content_words(BREADCRUMB.sub("", ln.text)) & story:
            above = cands[i - 1] if i else None
            if (
                above is not None
                and above.index == ln.index - 1
                and not _promotion(above)
                and not _chrome_above(above, lines)
            ):
                i -= 1
            return cands[i:]
    return cands


# What a line of chrome has and a headline of words has not: a figure or a time, a bar, an
# arrow ("Dean Dunham 9pm - 10pm", "Name | Motto", "(Go: >> BACK << -|- >> HOME <<)").
_CHROME_MARK = re.compile(r"[\d|<>»«]")
_CHROME_MAX_WORDS = 3


def _chrome_above(ln: Line, lines: list[Line]) -> bool:
    """``ln``, right above the headline, is chrome: it shares no word with the rest of the
    page (a caption, the headline, the story; its own copies aside) and is no headline of
    words: three words at most ("Connect with us"), all in lower case ("situs toto slot"), or
    with a figure, a bar or an arrow. A headline of words that shares none ("The long road
    home") stays over its deck."""
    text = ln.text
    if not (len(text.split()) <= _CHROME_MAX_WORDS or text.islower() or _CHROME_MARK.search(text)):
        return False
    words = content_words(text)
    return not (words and words & content_words(" ".join(x.text for x in lines if x.text != text)))


def _opening_words(lines: list[Line], start: int | None) -> set[str]:
    """Content words of the story's first paragraphs (a FA-KES article is one long line)."""
    if start is None:
        return set()
    opening = [ln.text for ln in lines if ln.index >= start][:_STORY_SAMPLE_LINES]
    return content_words(" ".join(opening)[:_STORY_SAMPLE_CHARS])


def _is_teaser(ln: Line, lines: list[Line]) -> bool:
    """'... were shot dead in Guerrero state Monday, authorities…' over the paragraph it
    cuts: a teaser of the lead, no headline."""
    text = ln.text
    if not text.endswith(("…", "...")):
        return False
    tail = " ".join(text.rstrip(" .…").split()[-_TEASER_TAIL_WORDS:])
    later = [x.text for x in lines if x.index > ln.index][:_TEASER_LOOKAHEAD]
    return len(tail) > 10 and any(tail in t for t in later)


def _pick(cands: list[Line], lines: list[Line], story: set[str]) -> Line | None:
    """The first candidate, unless it is a pull quote or a prefixed copy of a later one."""
    cands = [c for c in cands if not _is_teaser(c, lines)]
    cands = [c for i, c in enumerate(cands) if not is_masthead(cands, i)]
    cands = [c for i, c in enumerate(cands) if not is_motto(cands, i, lines, story)]
    if _summary_run(cands):
        return None
    if cands and _short_post_title(lines, cands[0].index):
        return cands[0]  # a post's title under its date header, whatever it shares
    if len(cands) > 1:
        cands = _about_story(cands, story, lines)
    if len(cands) > 1 and _PULL_QUOTE.match(cands[0].text):
        cands = cands[1:]
    if not cands:
        return None
    best = _printed_twice(cands, story) or cands[0]
    for later in cands[1:]:
        if _is_prefixed_copy(best.text, later.text):
            return later  # "Home Africa M23 rebels vow ..." then "M23 rebels vow ..."
        if _is_labelled_copy(best.text, later.text):
            return later  # "Bosnia court confirms indictment News" then the heading
    return best


# Section labels a page runs into the end of its title line (JURIST's "... War News").
_SECTION_LABELS = frozenset(["News", "Opinion", "Analysis", "Commentary", "Features"])


def _is_labelled_copy(text: str, later: str) -> bool:
    """``text`` is ``later`` with a section's label run on after it: "Bosnia prosecutor
    indicts three Serbs for crimes against humanity News" over the heading "Bosnia
    prosecutor indicts three Serbs for crimes against humanity" (cities50)."""
    head, _, label = text.rpartition(" ")
    return label in _SECTION_LABELS and head == later and len(later.split()) >= _COPY_MIN_WORDS


def _printed_twice(cands: list[Line], story: set[str]) -> Line | None:
    """The headline the page prints twice (its title and its heading) under chrome printed
    once that is not about the story ("RSf captures key city", a site's "Home - Name |
    Motto"): the first candidate that repeats and shares a word with the story's opening,
    when the first candidate does neither."""
    first = cands[0]
    if first.repeated or not story or content_words(first.text) & story:
        return None
    return next((c for c in cands[1:] if c.repeated and content_words(c.text) & story), None)


# A site's name after the copy: " -AlphaFinance Experts", " | The Daily News".
_NAME_AFTER_COPY = re.compile(r"^\s*[-–—|]\s*\S(?:\S*\s+){0,4}\S*$")
_COPY_MIN_WORDS = 5


def _is_prefixed_copy(text: str, later: str) -> bool:
    """``text`` is navigation run into a copy of ``later``, whole or clipped with an
    ellipsis: "HomeEuropeSporadic shelling in E. Ukraine threatens ..." over "Sporadic
    shelling in E. Ukraine threatens ceasefire …"; or the whole copy between navigation and
    the site's name, as a scraper's page title prints it ("Current:Home > MyGangs unleash
    ... nearby -AlphaFinance Experts" over "Gangs unleash ... nearby")."""
    core = text.rstrip(" .…")
    opening = " ".join(later.split()[:3])
    at = core.find(opening, 1)
    if at <= 0:
        return False
    if later.startswith(core[at:]):
        return True
    rest = core[at:]
    return (
        _has_words(later, _COPY_MIN_WORDS)
        and rest.startswith(later)
        and bool(_NAME_AFTER_COPY.match(rest[len(later) :]))
    )


# A navigation trail run into the headline without separators: "Home Current <headline>".
_HOME_TRAIL_MAX_WORDS = 4


def _drop_home_trail(text: str, later: list[str]) -> str:
    """'Home Current At least 20 ...' -> 'At least 20 ...' when a later line (the copy of
    the headline glued to the story's first sentence) starts with what the trail leaves."""
    if not text.startswith("Home "):
        return text
    words = text.split()
    for n in range(1, min(_HOME_TRAIL_MAX_WORDS, len(words) - 3) + 1):
        rest = " ".join(words[n:])
        if any(t.startswith(rest) for t in later):
            return rest
    return text


def _record_title(head: list[Line]) -> tuple[Line, str] | None | Literal[False]:
    """A database record's headline: (line, title) from its HEADLINE field, None when it has
    none, False when the page is no such record."""
    if not is_database_record([ln.text for ln in head]):
        return False
    for ln in head:
        if (title := record_headline(ln.text)) is not None:
            return ln, title
    return None


# A blog post's title may end with a full stop ("Israelis attack Qana, again."): a short line,
# the only text line above the story, directly over its first paragraph. It may open with a
# number ("12 rebels killed near the border.").
_STOPPED_MAX_WORDS = 15


def _under_date_header(head: list[Line], ln: Line) -> bool:
    """``ln`` is the page's second line, right under the post's date header that opens the
    page ("Saturday, October 03, 2015"): a blog post's title line."""
    return (
        ln.index == 1
        and bool(head)
        and head[0].index == 0
        and head[0].kind == META
        and is_date_or_age_line(head[0].text)
    )


def _stopped_headline(head: list[Line], start: int | None, story: set[str]) -> Line | None:
    """The one text line over the story, ending with a full stop, when no other line is a
    headline; it must share a word with the story's opening (no stray sentence), unless it
    stands right under the post's date header that opens the page: there it is the post's
    title, which may name the story's point in other words ("Those red crosses make good
    targets." over a story of a hospital bombed)."""
    text_lines = [ln for ln in head if ln.kind not in (BOILER, META)]
    if len(text_lines) != 1 or start is None:
        return None
    ln = text_lines[0]
    text = ln.text
    if (
        ln.kind != BODY
        or ln.index != start - 1
        or not text.endswith(".")
        or text.endswith((". .", ".."))
        or not (text[:1].isupper() or text[:1].isdigit())
        or _has_words(text, _STOPPED_MAX_WORDS + 1)
    ):
        return None
    core = text[:-1]
    if not is_headline_shaped(core) or is_furniture(core) or looks_like_name_line(core):
        return None
    if DATE_RE.search(core):
        return None  # "Smoke rises over the port, 27 December 2023.": a photo's caption
    if _under_date_header(head, ln):
        return ln
    return ln if content_words(core) & story else None


def _headline_under_lead(lines: list[Line], start: int | None) -> Line | None:
    """A headline printed under the story's first paragraph, right over the story's date
    line, as some archive pages lay a story out (lead, headline, date): "KABUL (AP) - The
    ministry says ..." / "Taliban Attack On Afghan Army Checkpoint Kills 7 Troops" /
    "December 24, 2019 4:20 am". Read only when nothing above the story is a headline; the
    line must share a word with that paragraph (a related story's link and date does not)."""
    pos = next((i for i, ln in enumerate(lines) if ln.index == start), None)
    if pos is None or pos + 2 >= len(lines):
        return None
    lead, ln, under = lines[pos], lines[pos + 1], lines[pos + 2]
    text = ln.text
    if (
        ln.kind != BODY
        or text.endswith(_SENTENCE_END)
        or not is_headline_shaped(text)
        or is_furniture(text)
        or looks_like_name_line(text)
        or not is_date_or_age_line(under.text)
        or not DATE_RE.search(under.text)
    ):
        return None
    return ln if content_words(text) & content_words(lead.text[:_STORY_SAMPLE_CHARS]) else None


# A headline this long is rare; a longer line without a stop is a summary sentence.
_LONG_HEADLINE_MAX_WORDS = 30


def _long_headline(text: str) -> bool:
    """A line of 15-20 words shaped as a headline, not as a sentence: "VOA60 Africa - Mekelle,
    capital of Ethiopia's northern Tigray region, hit by air strike Friday". A line opening
    in lower case is a story cut mid-sentence ("residents of the villages fled ...")."""
    return (
        not text[:1].islower()
        and not _has_words(text, _LONG_HEADLINE_MAX_WORDS + 1)
        and not text.endswith(_SENTENCE_END)
        and is_headline_shaped(text)
        and not is_furniture(text)
    )


def find_headline(
    lines: list[Line], start: int | None, countries: CountryLabels | None = None
) -> tuple[Line, str, str | None] | None:
    """(headline line, title text, site name from a suffix) or None when there is none.

    ``start`` is the index of the story's first paragraph (``story_start``); ``countries``
    the country forms and names (``countries.country_labels``) that tell a section label.
    """
    if start is None:
        # No paragraph reads as the story's start (a page of captions, a video page with a
        # one-sentence summary): the headline, if any, is above the first long line, unless
        # that line opens the page (under a caption at most), is a long headline itself and
        # has text under it (a page of one line is its own story).
        first = next((ln for ln in lines if ln.kind not in (META, CAPTION)), None)
        if first is not None and not any(
            ln.index > first.index and ln.kind in (BODY, BOILER) and _WORDED.search(ln.text)
            for ln in lines
        ):
            first = None
        # A photo's caption over the headline ("The scene in Mogadishu ... Photo: EPA-EFE")
        # is no story line either.
        start = next(
            (
                ln.index
                for ln in lines
                if _has_words(ln.text, _STORY_MIN_WORDS)
                and ln.kind != CAPTION
                and not (ln is first and ln.kind == BODY and _long_headline(ln.text))
            ),
            None,
        )
    head = [ln for ln in lines if start is None or ln.index < start]
    record = _record_title(head)
    if record is not False:
        return None if record is None else (record[0], record[1], None)
    story = _opening_words(lines, start)
    best = (
        _pick(_candidates(head, story), lines, story)
        or _stopped_headline(head, start, story)
        or _headline_under_lead(lines, start)
    )
    if best is None:
        return None
    text = BREADCRUMB.sub("", AGENCY_TAG.sub("", best.text))
    text = _SECTION_LABEL.sub("", _SECTION_TRAIL.sub("", text)) or best.text
    text = drop_country_label(text, countries)
    text = strip_headline_tail(BULLET.sub("", text))
    text = _drop_home_trail(text, [ln.text for ln in lines if ln.index > best.index][:3])
    title, site = strip_site_suffix(text, {ln.text for ln in lines})
    if site:
        # The copy without the suffix is the headline line (the site name is no story text).
        best = next((ln for ln in head if ln.text == title), best)
    return best, title, site
