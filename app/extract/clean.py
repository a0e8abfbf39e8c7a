"""Raw scraped page text -> labelled lines -> clean body.

A scraped page is a column of lines: navigation and sign-up boilerplate, a headline, a byline,
photo captions with credits, the story, credit lines, and a newsletter blurb at the end. We
label every line once (``segment``) so the other stages can each take what they need: the
body keeps story paragraphs only, entity extraction also reads captions and credits (they name
photographers), metadata reads bylines and date lines. Rules are general patterns (words that
only boilerplate uses, the shape of a photo credit), never a list of one site's strings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.extract.datelines import CAPITALS
from app.extract.dates import DATE_ONLY, DATE_PATTERN, LEADING_DATE, LEADING_MONTH, NUMERIC_STAMP
from app.extract.headline_shape import is_headline_shaped
from app.extract.lexicons import FAITHS_AND_PEOPLES, ORG_WORDS, TITLE_WORDS, is_first_name
from app.extract.stated_dates import date_line
from app.extract.transliteration import fold

BODY, CAPTION, BOILER, META, HEADLINE = "body", "caption", "boiler", "meta", "headline"


@dataclass(frozen=True)
class Line:
    text: str
    kind: str  # BODY | CAPTION | BOILER | META | HEADLINE
    index: int  # position among the non-empty lines
    para_start: bool = True  # preceded by a blank line (or first)
    repeated: bool = False  # the page prints this line again (a headline over its copy)


# Words that only site furniture uses. Boilerplate lines are short; a story paragraph that
# happens to say "subscribe" is long, hence the word limit (35 words covers the longest
# sign-up blurb in the seeds and dev pages, ~30 words, while story paragraphs run 40+).
_BOILER_WORDS = re.compile(
    r"\b(subscrib\w*|sign(?:ing)?[ -]?(?:up|in)|log ?in|newsletters?|advertisement|"
    r"not supported|no longer supported|browser|skip to|link copied|cookies?|"
    r"privacy policy|terms of (?:use|service)|register|password|comment as|"
    r"your email|share (?:this|on)|follow us|read more|click here|all rights reserved|"
    # "Most read", "Most popular": a widget's label, and a cookie notice's "the most popular
    # pages"; "among the most popular figures", a superlative in a story's sentence, is no
    # furniture
    r"digital access|free access|download (?:the|our) app|trending|(?<!the )most (?:read|popular)|"
    r"the most (?:read|popular|viewed) (?:pages|posts|stories|articles|videos)|"
    r"start the day|notable deaths|or connect using|not a member|top stories)\b",
    re.I,
)
_BOILER_MAX_WORDS = 35
# Every _BOILER_WORDS alternative holds one of these: a cheap test before the regex.
_BOILER_STEMS = (
    "subscrib",
    "sign",
    "log",
    "newsletter",
    "advertisement",
    "supported",
    "browser",
    "skip to",
    "link copied",
    "cookie",
    "privacy policy",
    "terms of",
    "register",
    "password",
    "comment as",
    "your email",
    "share",
    "follow us",
    "read more",
    "click here",
    "all rights reserved",
    "access",
    "download",
    "trending",
    "most ",
    "start the day",
    "notable deaths",
    "connect using",
    "not a member",
    "top stories",
)
# Link lists and galleries: "Related: ...", "PHOTOS: ...", "Slideshow ( 6 images )".
_LINK_LINE = re.compile(
    r"^(related|read also|also read|read more|see also|more|photos?|videos?|watch|gallery|listen|"
    r"recommended|trending|popular|latest)\s*:|^slideshow\b|\(\s*\d+\s+(images|photos)\s*\)",
    re.I,
)
# Gallery widgets flattened into story text by a scraper.
_INLINE_WIDGET = re.compile(r"(?:\bslideshow\s*)?\(\s*\d+\s+(?:images|photos)\s*\)", re.I)
_INLINE_WIDGET_MIN_CHARS = 300
# What every widget holds, "(" and a number: looked for first (most paragraphs have none).
_INLINE_WIDGET_HINT = re.compile(r"\(\s*\d")
# Section headers ("World News", "Middle East", "Politics"): 1-3 words from the section
# vocabulary only.
# A line that only announces a list of links ("Read more:", "Related Stories", "MORE FROM
# LIBYA", "Read also"): the short headline-shaped lines after it are links, not story.
_LINK_HEADER = re.compile(
    r"^(?:read (?:more|also|next)|also read|check also|"
    r"related(?: stories| articles| news| content| links| posts)?|"
    r"more (?:from|on|in|about) [\w' ]{2,30}|more stories|recommended(?: for you)?|see also|"
    r"you (?:may|might) also like|further reading|most (?:read|popular)|trending now|"
    # "Maybe you are interested in:", "You may be interested in": a related-links widget
    r"(?:maybe )?you (?:are|may be|might be) (?:also )?interested in|"
    r"popular (?:posts|stories|articles)(?: from this blog)?|"
    r"keep reading|list of \d+ items|"
    # A WordPress comment form's last line: the theme's related posts follow it (cities49)
    r"(?:your email address will not be published\.?\s*)?required fields are marked \*?)"
    r"\s*:?$",
    re.I,
)
# A post's neighbours after its story: "Previous Article", "Next Post", "Older post" (at the
# page's top the same buttons stand over the page's own headline).
_NEIGHBOUR_LINKS = re.compile(
    r"^(?:previous|prev|next|older|newer) (?:article|post|story|news|item|entry)\s*:?$", re.I
)
# persons24: the same button with its post's headline on one line ("Previous post The United
# States published a list of weapons ...", "Next post Danilov: Since the beginning of the
# war ..."): a link, whose names and towns are no story's.
_NEIGHBOUR_TITLED = re.compile(
    r"^(?:Previous|Prev|Next|Older|Newer) (?:article|post|story|entry|Article|Post|Story|Entry)"
    r":? [A-Z\d\"“‘']"
)
_LINK_MAX_WORDS = 25
_SECTION_WORDS = {
    "world",
    "news",
    "middle",
    "east",
    "africa",
    "asia",
    "europe",
    "americas",
    "us",
    "u.s.",
    "politics",
    "business",
    "opinion",
    "analysis",
    "breaking",
    "home",
    "international",
    "national",
    "sport",
    "sports",
    "latest",
    "top",
    "region",
    "local",
    "security",
    "defense",
    "defence",
    "video",
    "videos",
    "live",
    "uk",
    "featured",
    "editorial",
    "and",
    "&",
}
_HANDLE = re.compile(r"twitter:\s*@|^@\w+$", re.I)
_DOT_WORD = re.compile(r"\.\w")


def has_email_or_handle(text: str) -> bool:
    """An e-mail address ("name@site.com") or a social handle ("@name", "Twitter: @name").

    Token by token rather than one regex ``\\S+@\\S+\\.\\w+`` over the line: that regex
    backtracks cubically on a long run of "@"s without spaces (9,000 characters took 35 s).
    """
    if "@" not in text:
        return False
    if _HANDLE.search(text):
        return True
    for token in text.split():
        at = token.find("@", 1)  # something before the "@", something after it, then ".x"
        if at > 0 and _DOT_WORD.search(token, at + 2):
            return True
    return False


# Photo credits at the end of a caption: "(Brigitte N. Brantley/DOD)", "REUTERS/Joshua
# Roberts", "AFP - Getty Images", "/ AP", "[EPA]", "Picture: Reuters", "-- PHOTO: AFP",
# "Photograph: Jack Losh/The Guardian",
# "NAME / EPA", "(AP)".
AGENCIES = (
    r"AP|AFP|Reuters|REUTERS|EPA(?:-EFE)?|EFE|Getty Images|Getty|DOD|DoD|Xinhua|Anadolu"
    r"(?: Agency)?|SANA|UPI|TASS|IRNA|ANSA|Sputnik|Shutterstock|Bloomberg|NurPhoto|"
    r"Handout|HO|AA|WANA|Pool|Zuma|ZUMA|Alamy|Rex|SIPA|Sipa|U\.S\. Army|U\.S\. Navy|"
    r"U\.S\. Air Force|Courtesy"
)
_CREDIT_END = re.compile(
    rf"(?:[(\[]\s*(?:[^()\[\]]{{0,60}}/\s*)?(?:{AGENCIES})(?:\s+via\s+(?:{AGENCIES}))?\s*[)\]]"
    rf"|(?:{AGENCIES})\s*/\s*[A-Z][\w.'’ -]{{2,40}}"
    rf"|/\s*(?:{AGENCIES})(?:\s*[-/]\s*(?:{AGENCIES}))*"
    rf"|(?:Photo(?:graph)?|Picture|PHOTO|Image|Credit)s?\s*:\s*[\w .'’/-]{{2,40}}"
    # "(Photo: AFP/Sevianto Pakiding)", "(Photo: Ahmad Masood, Reuters)": a name and its agency
    rf"|\((?:Photo(?:graph)?|Picture|PHOTO|Image|Credit)s?\s*:\s*[\w .'’-]{{2,40}}[/,]\s*"
    rf"[\w .'’-]{{2,40}}\)"
    rf"|\((?:{AGENCIES})\s+(?:Photo|Images?)\s*/\s*[\w .'’-]{{2,40}}\)"
    rf"|©\s*[\w .'’-]{{2,40}}(?:\s*[,/]\s*(?:{AGENCIES}))?"
    rf"|(?:{AGENCIES})\s*-\s*Getty Images)\s*\.?\s*$"
)
_CREDIT_TAIL = 160
# Every credit pattern holds one of these: a cheap test before the costly regex.
_CREDIT_HINT = re.compile(
    "|".join(
        re.escape(h)
        for h in {
            a.replace("\\", "")[:4]
            for a in re.sub(r"\(\?:[^)]*\)\??", "", AGENCIES).split("|")
            if a
        }
        | {"Photo", "PHOTO", "Picture", "Image", "Credit", "©", "Agency"}
    )
)
_ODD_SPACES = re.compile(r"[\u00a0\u2009\u202f]")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\ufeff]")
_SPACES = re.compile(r"[ \t]+")
_WORD = re.compile(r"\w+")
_TERMINAL = re.compile(r"[.!?\"”’)\]:]$")
_TERMINAL_STOP = re.compile(r"(?<![A-Z])[.!?][\"”’]?$")  # a sentence, not a link title
_CUT_TITLE = (" ...", "…")  # a link title the widget cut short
_CUT_TITLE_MAX_WORDS = 15  # a headline's length; a longer line cut so is a story's sentence


def _cut_title(text: str) -> bool:
    return text.endswith(_CUT_TITLE) and len(text.split()) <= _CUT_TITLE_MAX_WORDS


def _asked_title(text: str) -> bool:
    """A link title put as a question ("Who was X, killed by Y in Z?"), no sentence of the
    story: it ends on its own "?", no quotation closing it (precision24)."""
    return text.endswith("?") and text[:1] not in _OPENING_QUOTES


_OPENING_QUOTES = frozenset("\"“‘'«")
# A related-story label glued to the one headline it links, no colon between ("See also
# Mexico extradits one of drug lord El Chapo's sons to US"): a link, not story (precision24).
_GLUED_LINK = re.compile(r"(?i:see also|also see|read also|also read)\s+[A-Z0-9\"“‘']")


def _glued_link(text: str) -> bool:
    return (
        _GLUED_LINK.match(text) is not None
        and len(text.split()) <= _LINK_MAX_WORDS
        and not _TERMINAL_STOP.search(text)
    )


# Words no paragraph ends with: a line ending in one was wrapped mid-sentence.
_CONTINUES = frozenset(
    ["a", "an", "the", "of", "to", "and", "or", "by", "for", "with", "from", "in", "on", "at", "as"]
)
# Fixed-width wraps cut lines at 60-80 characters; page furniture lines are shorter.
_WRAP_WIDTH = 45
# A line this long still open: ``_hard_wrapped`` reads only the building line's tail.
_WRAP_LOOKBACK = 400


def _hard_wrapped(pieces: list[str], wrapped_page: bool) -> bool:
    """The line being built was cut by a fixed-width wrap, so the next line continues it
    even when it opens with a capital ("President Abd-Rabbu" + "Mansour Hadi", "Writing by
    Reem Shamseddine and Noah" + "Browning"): the page is wrapped throughout, the line was
    already wrapped once at full width, it ends with a word no paragraph ends with, or a
    parenthesis in it is still open. (Lines of page furniture joined to a lower-case line,
    "Today from Hiiraan Online:" + "advertisements", are short.)"""
    last = pieces[-1]
    if wrapped_page and not last.endswith("|") and _prose(last):
        return True
    if len(pieces) >= 2 and all(len(p) >= _WRAP_WIDTH for p in pieces[-2:]):
        return True  # two full-width lines already joined: a fixed-width wrap
    tail = last[-_WRAP_LOOKBACK:]
    word = tail.rsplit(" ", 1)[-1]
    return word in _CONTINUES or tail.count("(") > tail.count(")")


# A page with this many lines cut mid-sentence before a lower-case word is wrapped at a
# fixed width throughout (blog copies of wire stories): its other lines without a final
# stop are cut too, whatever case the next line opens with ("A fleeing resident Modu" +
# "Baba told ...").
_WRAPPED_PAGE_CUTS = 3


def _prose(line: str) -> bool:
    """Three words or more, one in lower case: a piece of a sentence, not a menu item
    ("KCC NEWS", "alb-net.com bookstore")."""
    words = line.split()
    return len(words) >= 3 and any(w.islower() for w in words)


def _wrapped_page(lines: list[str]) -> bool:
    cuts = 0
    for line, nxt in zip(lines, lines[1:], strict=False):
        line, nxt = line.strip(), nxt.strip()
        if line and nxt[:1].islower() and not _TERMINAL.search(line[-1]):
            cuts += 1
            if cuts >= _WRAPPED_PAGE_CUTS:
                return True
    return False


# A date line whose label is in lower case ("updated 11/29/2010 6:31 AM ET", "posted on
# May 3, 2015"): a line of its own, not the wrapped end of the line above it.
_LOWER_DATE_LABEL = re.compile(r"^(?:(?:last\s+)?updated|posted|published|by)\s")


def _is_lower_case_date_line(line: str) -> bool:
    return bool(_LOWER_DATE_LABEL.match(line)) and date_line(line) is not None


# A byline in lower case under the headline ("by Martin Fornusek", "by Jane Doe and John
# Roe"): a line of its own, not the wrapped end of the headline. Only capitalised words
# (and "and") follow "by": "by Russian forces" goes on a wrapped sentence.
LOWER_BYLINE = re.compile(
    r"^by (?:[A-Z][\w.'’-]*)(?: (?:[A-Z][\w.'’-]*|and|de|van|von|al-\w+|el-\w+)){1,4},?$"
)


def lower_byline(line: str) -> bool:
    """``LOWER_BYLINE`` with a person's name after "by": not the agent of a wrapped title-case
    headline ("Town Retaken\nby Ukrainian Marines", "by UN Security Council", "by Qatar and
    Egypt", "by Islamic State"): no acronym, people's word or country opens it, and no
    body's or title's word is in it."""
    if not LOWER_BYLINE.match(line):
        return False
    from app.extract.demonyms import is_demonym  # noqa: PLC0415 (the gazetteer: lazily)
    from app.extract.gazetteer import gazetteer  # noqa: PLC0415

    names = [w.strip(",") for w in line.split()[1:] if w not in _BYLINE_JOINS]
    first = names[0]
    if len(first) > 1 and first.isupper():
        return False  # "by UN ...", "by IDF ..."
    if any(w.lower() in _NO_NAME_WORDS for w in names):
        return False  # "by Islamic State", "by Russian Artillery Units", "by Hamas"
    if is_first_name(first):
        return True
    gaz = gazetteer()
    return not (
        is_demonym(first, gaz) or fold(first) in gaz.country_forms or first.endswith(_PEOPLES_ENDS)
    )


_BYLINE_JOINS = frozenset(["and", "de", "van", "von"])
# An outlet's own byline stays one ("by Pelican Press", "by News Desk", "by Anadolu Agency").
_NO_NAME_WORDS = (ORG_WORDS | TITLE_WORDS | FAITHS_AND_PEOPLES) - frozenset(
    ["press", "news", "media", "staff", "desk", "post", "times", "agency", "service"]
)
# A people's word's ending ("Islamic", "Kurdish", "European", "Chinese"), for those the
# gazetteer does not hold as a country's.
_PEOPLES_ENDS = ("ic", "ish", "ean", "ian", "ese", "i")


def _url_after_whole_line(last: str, line: str) -> bool:
    """A line opening with a web address under a line that does not break off mid-phrase
    (a headline over its source's address): no wrap. "Read more at" + "http://..." is one."""
    return line.startswith(("http://", "https://", "www.")) and (
        last.rsplit(" ", 1)[-1].lower() not in _CONTINUES
    )


# A wire story's dateline opening a line: "PORT-AU-PRINCE, Haiti (AP) —", "KABUL (Reuters) -".
_WIRE_DATELINE = re.compile(
    rf"^[{CAPITALS}][{CAPITALS}'’.-]+(?:[ -][{CAPITALS}'’.-]+){{0,3}}(?:,\s[A-Z][\w.'’ -]{{1,30}})?"
    r"\s\((?:AP|AFP|Reuters|UPI|dpa|Xinhua|IANS|PTI|ANI|Anadolu|Bernama)\)\s*[—–-]"
)


# A news site's widget label on a line of its own, as Postmedia's papers print it between the
# headline and the story ("Article content", "Story continues below", "Advertisement"): never
# the wrapped end of the line above, nor wrapped on into the next, even on a page wrapped at
# a fixed width (titles19).
_WIDGET_LABEL = re.compile(
    r"^(?:article\s+content|story\s+continues\s+below|advertisement|continue\s+reading)$", re.I
)


def _opens_own_line(pieces: list[str], line: str) -> bool:
    """A line of its own even on a page wrapped at a fixed width: a wire dateline opening
    the story under its byline ("By EVENS SANON and DÁNICA COTO" over "PORT-AU-PRINCE,
    Haiti (AP) — Heavily armed ..."), or a whole date line under a headline ("Gangs strike
    in Haiti's heartland as hundreds flee under heavy gunfire" over "[April 01, 2025]")."""
    if _WIRE_DATELINE.match(line) or _WIDGET_LABEL.match(line):
        return True
    if len(pieces) != 1 or not (line[:1].isupper() or line[:1] == "["):
        return False
    if pieces[0].rsplit(" ", 1)[-1].lower() in _CONTINUES:
        return False  # "Published 2 years ago on" + "March 7, 2023": one date line
    return date_line(line) is not None and is_headline_shaped(pieces[0])


def _after_date_line(pieces: list[str], line: str) -> bool:
    """A lower-case line under a whole date line is no wrapped end of it, unless it is more of
    the date line's furniture ("facebook twitter whatsapp"): "Wed Jun 28 2023" over
    "icon-facebook icon-twitter" stays apart."""
    return (
        len(pieces) == 1
        and date_line(pieces[0]) is not None
        and date_line(f"{pieces[0]} {line}") is None
    )


def _byline_goes_on(last: str, line: str) -> bool:
    """ "By / ROD NORDLAND / and / FAHIM ABED, New York Times": a lone "By", or a line that
    ends on "and", goes on with the next short line (a byline's names on lines of their
    own)."""
    return (last in _LONE_BY or last == "and" or last.endswith(" and")) and len(
        line.split()
    ) <= _AND_LINE_WORDS


_LONE_BY = frozenset(["By", "BY", "by", "By:", "BY:"])


_AND_LINE_WORDS = 8


def normalise(raw: str, doubled: set[str] | None = None) -> list[str]:
    """Lines with spacing normalised; soft-wrapped lines re-joined. ``doubled``, if given,
    collects the lines that were glued to their own copy (``undouble``).

    A line that ends mid-phrase and is followed by a line starting in lower case is a soft
    wrap ('Abu Yassin \\nal-Homsi'), not a paragraph break. Linear in the input: the pieces
    of a line being re-joined are collected in a list and joined once (a page of a million
    short lower-case lines is one long soft-wrapped line), and only the last piece's last
    character decides whether the next line continues it.
    """
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    if not raw.isascii():
        raw = _ODD_SPACES.sub(" ", raw)
        raw = _ZERO_WIDTH.sub("", raw)
    out: list[str] = []
    pieces: list[str] = []  # the line being built, soft wraps not yet joined
    prev_blank = True
    lines = raw.split("\n")
    wrapped_page = _wrapped_page(lines)
    for line in lines:
        stripped = (_SPACES.sub(" ", line) if "  " in line or "\t" in line else line).strip()
        if (
            stripped
            and pieces
            and not prev_blank
            and (
                stripped[0].islower()
                or _hard_wrapped(pieces, wrapped_page)
                or _byline_goes_on(pieces[-1], stripped)
            )
            and not _TERMINAL.search(pieces[-1][-1])
            and not _is_lower_case_date_line(stripped)
            and not lower_byline(stripped)
            and not _url_after_whole_line(pieces[-1], stripped)
            and not _after_date_line(pieces, stripped)
            and not _opens_own_line(pieces, stripped)
            and not (len(pieces) == 1 and _WIDGET_LABEL.match(pieces[0]))
        ):
            pieces.append(stripped)
            continue
        if pieces:
            out.append(" ".join(pieces))
            pieces = []
        single = undouble(stripped)
        if doubled is not None and single != stripped:
            doubled.add(single)
        stripped = single
        if stripped:
            pieces.append(stripped)
        else:
            out.append(stripped)
        prev_blank = not stripped
    if pieces:
        out.append(" ".join(pieces))
    return out


def undouble(text: str) -> str:
    """The first copy of a line glued to its own copy ("May 27, 2015May 27, 2015").

    Does what ``_DOUBLED`` (``^(.{8,}?)\\s*\\1$``, shortest copy first) would, in linear
    time: the regex compares every prefix with the rest, which is quadratic on a long line
    of one repeated character. Both copies start with the line's first character and end
    with its last, neither of them space (the line is stripped), so what lies between them
    is a whole run of spaces centred in the line, or nothing: two candidates at most.
    """
    n = len(text)
    if n < 16 or text.find(text[:8], 8) == -1:
        return text
    mid = n // 2
    candidates = []
    # The run of spaces around the middle, if any: copies of equal length on both sides.
    lo, hi = mid, mid
    while lo > 0 and text[lo - 1].isspace():
        lo -= 1
    while hi < n and text[hi].isspace():
        hi += 1
    if hi > lo and lo == n - hi:
        candidates.append(lo)
    if n % 2 == 0:
        candidates.append(mid)
    for k in candidates:
        if k >= 8 and text.startswith(text[n - k :]):
            return text[:k]
    return text


def is_boilerplate(line: str) -> bool:
    words = line.split()
    if not words:
        return True
    if _WIDGET_LABEL.match(line):
        return True  # "Article content", "Story continues below" (titles19)
    if len(words) <= _BOILER_MAX_WORDS:
        if _LINK_LINE.search(line):
            return True
        low = line.lower()
        if any(stem in low for stem in _BOILER_STEMS) and _BOILER_WORDS.search(line):
            return True
    if len(words) <= 3 and all(w.lower().strip(",.") in _SECTION_WORDS for w in words):
        return True
    # Lines with no letters at all (emoji rows, separators) and lone symbols.
    return not re.search(r"[^\W\d_]{2}", line)


# A photo's note in brackets closing its caption: "(AP file photo. Representative image)",
# "(File photo: social media)", "(Representational photo)", "(Image for representation)".
_PHOTO_NOTE_END = re.compile(
    r"\((?=[^()]{0,80}\)\s*\.?\s*$)[^()]*?\b(?i:file\s+(?:photo|picture|image|pic)|"
    r"representati(?:ve|onal)\s+(?:image|photo|picture|pic)|"
    r"(?:image|photo|picture)\s+(?:used\s+)?for\s+representation)"
)
# A caption's own opening, as agencies write it: "Photo taken on July 5, 2009 shows ...",
# "Picture dated 9. July 2012 showing ...", "A handout picture released by ...". A headline
# does not open so (it names the event, not the picture).
_CAPTION_OPENING = re.compile(
    r"^(?:(?:A|An|This|The)\s+)?(?:(?:file|handout|undated)\s+)?(?:picture|photo(?:graph)?|image)"
    # the verb in lower case: a headline in title case may tell of a picture ("Photo Taken
    # From Gaza Border Shows Destruction")
    r"\s+(?-i:taken|dated|released|obtained|provided|distributed|made\s+available)\b",
    re.I,
)
# A picture's file name kept as a line of text: "juba, sudan.jpg", "IMG_2041.JPG".
_IMAGE_FILE = re.compile(r"^[^\s/][^/]{0,80}\.(?i:jpe?g|png|gif|webp)$")


def is_caption(line: str) -> bool:
    # A credit is at the end of the line: searching its tail only keeps this cheap.
    tail = line[-_CREDIT_TAIL:]
    if line.endswith((")", ").")) and _PHOTO_NOTE_END.search(tail):
        return len(line.split()) >= 2
    if _CAPTION_OPENING.match(line) or _IMAGE_FILE.match(line):
        return True
    if not _CREDIT_HINT.search(tail):
        return False
    return bool(_CREDIT_END.search(tail)) and len(line.split()) >= 2


_CREDIT_LINE = re.compile(
    r"^\(?(?i:(?:additional )?reporting by|writing by|editing by|edited by|translated by|"
    r"compiled by|story by|text by|words by|reported by|posted by|"
    r"(?:photo(?:graph)?s?|pictures?) by|written by|(?:author|reporter)s?\s*:)"
    # "By X", and after a date line's bar ("October 26, 1998|By X"); French and Spanish "Par"
    # and "Por" open bylines of English pages from francophone and hispanophone outlets
    # ("By: X", "BY : X" as South Asian and African sites print it, with the colon)
    r"|^(?:\|\s*)?(?:By|Par|Por)(?: |\s*:\s*)[A-Z]|^(?:\|\s*)?BY\s*:\s*[A-Z]",
)


# A line that is only a photo credit, a name and its outlet after the label ("Photo: ALI
# SHAKER / AFP", "Credit: Tyler Hicks/The New York Times"); "PHOTOS: Scenes from ..." is a
# gallery link (``_LINK_LINE``).
_PHOTO_CREDIT_LINE = re.compile(
    r"^(?i:photo(?:graph)?s?|pictures?|images?|credits?)\s*:\s*"
    # "Photo: Ali Shaker/AFP", or the agency first: "PHOTO: AFP/SAID KHATIB"
    rf"(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{1,3}}|{AGENCIES})"
    r"\s*/\s*[A-Z][\w.'’ -]{1,40}$"
)


# An author box's biography ("Martin Fornusek is a reporter for the Kyiv Independent ...
# Based in Lviv"): page furniture, as the eval rules treat it; the byline names the author.
_AUTHOR_BIO = re.compile(
    r"^(?:[A-Z][\w’'-]+ ){1,3}is an? (?:[\w-]+ ){0,3}?(?:reporter|journalist|correspondent|"
    r"editor|writer|photographer|photojournalist|producer|contributor|columnist)"
    r"\b(?: (?:for|at|with) (?:the )?[A-Z]| (?:based|who)\b)"
)


_GLUED_BYLINE = re.compile(
    r"(?P<byline>By [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3},? (?:The )?"
    r"(?:Associated Press|Reuters|AFP|Agence France-Presse|Bloomberg))\s+"
    rf"(?=[{CAPITALS}][{CAPITALS}.'’ -]{{2,40}}(?:,| \(| [-—–]))"
)


# What a headline's copy is run into: the story's first sentence with no space between
# ("... officialsThe strike"), or a site's name after a separator ("... 7 CCTV News - CNTV").
_RUN_ON_MARK = re.compile(r"\s[-–—|:]\s")
# The headline repeated as a photo's caption: "<headline> Photo: Russians attacked the ...".
_CAPTION_LABEL = re.compile(r"^\s+(?:[a-z]+\s+)?(?:photo|image|picture)s?\s*:", re.I)


def _is_headline_run_on(text: str, nxt: str) -> bool:
    """``nxt`` is the headline ``text`` run into other text, not a longer copy of it (a
    clipped headline over the whole one, an image's alt text over its caption)."""
    if not nxt.startswith(text) or not is_headline_shaped(text):
        return False
    rest = nxt[len(text) :]
    if _CAPTION_LABEL.match(rest):
        return True  # the headline over a caption that repeats it ("... Photo: ...")
    if is_caption(nxt):
        return False
    return rest[:1].isalpha() or bool(_RUN_ON_MARK.search(rest))


# A post's header flattened with its story into the page's first line: "Headline | 15 Jan
# 2024 | Story text ...". The bars around a date with its year mark the split; the part
# before them must be headline-shaped and the part after a run of story text.
_BARRED_RUN_ON = re.compile(
    rf"^(?P<head>[^|]{{10,200}}?)\s+\|\s*(?P<date>{DATE_PATTERN})\s*\|\s+(?P<rest>[A-Z“\"‘'].*)$",
    re.I,
)
_RUN_ON_STORY_MIN_WORDS = 15


def _split_barred_run_on(text: str) -> tuple[str, str, str] | None:
    """(headline, date, story) of a first line run together as ``_BARRED_RUN_ON``."""
    if "|" not in text:
        return None
    m = _BARRED_RUN_ON.match(text)
    if not m or len(m.group("rest").split()) < _RUN_ON_STORY_MIN_WORDS:
        return None
    head = m.group("head").strip()
    if not is_headline_shaped(head) or not date_line(m.group("date")):
        return None
    return head, m.group("date").strip(), m.group("rest")


# A wire story's header flattened with its story into one line, as the SpaceDaily family of
# sites prints it: "<headline> [by Staff Writers] Kano, Nigeria (AFP) Oct 20, 2019 <story>".
# The agency's dateline in brackets, then the date with its year, mark the split; the place
# is one capitalised word right after the headline (which may end with a name: "... in
# central Mali Mopti, March 4 (AFP)"), or two when the first is one that opens place names
# ("Abu Dhabi", "New Delhi", "San Salvador").
_PLACE_OPENER = (
    r"(?:New|San|Santa|Santo|Sao|São|Los|Las|La|Le|El|Al|Abu|Addis|Tel|Hong|Buenos|Rio|Port|"
    r"Saint|St\.|Kuala|Phnom|Cape|Dar|Sri|Ho|Mexico|Guatemala|Kuwait|Panama|Da|Ras|Bandar)"
)
_AGENCY_IN_BRACKETS = ("(AFP)", "(AP)", "(UPI)", "(Reuters)", "(IANS)", "(dpa)")
_WIRE_RUN_ON = re.compile(
    r"^(?P<head>[^|]{10,200}?)\s+(?P<by>by\s+Staff\s+Writers\s+)?"
    rf"(?P<dateline>(?:{_PLACE_OPENER}\s+)?[A-Z][\w.'’-]+,\s+[A-Z][\w.'’ -]{{1,25}}?\s+"
    r"\((?:AFP|AP|UPI|Reuters|IANS|dpa)\))\s+"
    r"(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4})"
    r"\s+(?P<rest>[A-Z“\"‘'].*)$"
)


def _split_wire_run_on(text: str) -> tuple[str, str, str] | None:
    """(headline, date, dateline and story) of a first line run together as ``_WIRE_RUN_ON``."""
    if not any(tag in text[:400] for tag in _AGENCY_IN_BRACKETS):
        return None
    m = _WIRE_RUN_ON.match(text)
    if not m or len(m.group("rest").split()) < _RUN_ON_STORY_MIN_WORDS:
        return None
    head = m.group("head").strip()
    if not is_headline_shaped(head) or not date_line(m.group("date")):
        return None
    return head, m.group("date"), m.group("dateline") + " " + m.group("rest")


# A line with a word in it: lines of bars and empty image links over the page's first
# text line ("![]() |") do not make it any less the first.
_HAS_WORD = re.compile(r"[^\W\d_]{2}")


def segment(raw: str) -> list[Line]:
    """Label every non-empty line of the page; duplicates are dropped (first copy kept)."""
    doubled: set[str] = set()
    lines = normalise(raw, doubled)
    entries: list[tuple[str, bool]] = []
    blank = True
    worded = False  # a line with a word in it came before
    for text in lines:
        if not text:
            blank = True
            continue
        top = not entries
        if not entries:
            # A date glued in front of the first line (" date 2019-05-16 Headline", "Wed 05
            # Apr 2017 Headline...") is a date line of its own.
            m = LEADING_DATE.match(text)
            if m and m.end() < len(text):
                entries.append((m.group("date").strip(), True))
                text = text[m.end() :]
            elif m := LEADING_MONTH.match(text):
                entries.append((m.group(0).strip(), True))  # " date 2020-04 ...": month only
                text = text[m.end() :]
        # A post's or a wire story's header run into its story: headline, date, story.
        run_on = (_split_barred_run_on(text) if top else None) or (
            None if worded else _split_wire_run_on(text)
        )
        if run_on:
            entries.extend([(run_on[0], True), (run_on[1], True)])
            text = run_on[2]
        worded = worded or bool(_HAS_WORD.search(text))
        glued = _GLUED_BYLINE.match(text)
        if glued:
            # "By AIJAZ HUSSAIN Associated Press SRINAGAR, India (AP) - ...": a byline the
            # scraper joined to the story's dateline is a line of its own.
            entries.append((glued.group("byline"), blank))
            text, blank = text[glued.end() :], False
        entries.append((text, blank))
        blank = False
    # A line that repeats, or is the beginning of the next line (an image's alt text before
    # its full caption), carries nothing new, unless it is the headline over its own copy run
    # into other text (_is_headline_run_on).
    seen: set[str] = set()
    kept: list[tuple[str, bool, str]] = []
    again: set[str] = set()  # keys of lines printed more than once
    keys = [_key(text) for text, _ in entries]
    for i, (text, para) in enumerate(entries):
        key = keys[i]
        if key in seen:
            again.add(key)
            continue
        if i + 1 < len(entries):
            nxt = keys[i + 1]
            if (
                nxt != key
                and nxt.startswith(key)
                and len(key) >= 10
                and not _is_headline_run_on(text, entries[i + 1][0])
            ):
                continue
        seen.add(key)
        kept.append((text, para, key))
    out: list[Line] = []
    in_links = False
    running = [bool(_RUNNING_TIME.match(text)) for text, _, _ in kept]
    appeal = _appeal_block([text for text, _, _ in kept])
    story_seen = False  # a paragraph longer than a link came before
    for i, (text, para, key) in enumerate(kept):
        repeated = key in again
        if len(text) > _INLINE_WIDGET_MIN_CHARS and _INLINE_WIDGET_HINT.search(text):
            # A paragraph that swallowed a widget ("... Slideshow (3 Images) President
            # Bashar al-Assads forces ..."): the widget goes, the paragraph stays.
            text = _INLINE_WIDGET.sub(" ", text)
        if in_links and (
            len(text.split()) > _LINK_MAX_WORDS
            # (a headline-long link title cut with an ellipsis, "... during special op ...",
            # is no sentence)
            or (_TERMINAL_STOP.search(text) and not _cut_title(text) and not _asked_title(text))
            or _CREDIT_LINE.match(text)
        ):
            in_links = False
        if ("@" in text and len(text.split()) <= 6 and has_email_or_handle(text)) or (
            DATE_ONLY.match(text) or NUMERIC_STAMP.match(text)
        ):
            kind = META
        elif (
            _LINK_HEADER.match(text)
            or (running[i] and _video_list(running, i))
            or (story_seen and _NEIGHBOUR_LINKS.match(text))
        ):
            kind, in_links = BOILER, True
        elif story_seen and _NEIGHBOUR_TITLED.match(text) and len(text.split()) <= _LINK_MAX_WORDS:
            kind = BOILER  # a neighbour post's link; the lines after it are judged anew
        elif _PHOTO_CREDIT_LINE.match(text):
            kind = META  # "Photo: Ali Shaker/AFP": a credit, not a gallery link
        elif (
            in_links
            or i in appeal
            or is_boilerplate(text)
            or _AUTHOR_BIO.match(text)
            or _glued_link(text)  # "See also Mexico extradits ..." (precision24)
        ):
            kind = BOILER
        elif (
            is_caption(text)
            or (text in doubled and _is_doubled_caption(text))
            or _IMAGE_MARKUP.match(text)
        ):
            kind = CAPTION
        elif (_CREDIT_LINE.match(text) and len(text.split()) <= 30) or lower_byline(text):
            kind = META
        else:
            kind = BODY
        out.append(Line(text, kind, i, para, repeated))
        story_seen = story_seen or (kind == BODY and len(text.split()) > _LINK_MAX_WORDS)
    return out


# A reader-support appeal: it opens with a short "Your support helps us to tell the story"
# and closes with "Your support makes all the difference." a few lines on; the lines between
# praise the outlet's work ("Whether it's investigating the financials of Elon Musk's
# pro-Trump PAC or ..."), no story (review20).
_APPEAL_OPENER = re.compile(
    r"^your (?:support|donation|contribution)s? (?:helps?|allows?|enables?|keeps?|makes?)\b", re.I
)
_APPEAL_LINE = re.compile(r"^your (?:support|donation|contribution)s?\b", re.I)
_APPEAL_OPENER_MAX_WORDS = 12
_APPEAL_MAX_LINES = 6


def _appeal_block(texts: list[str]) -> set[int]:
    """The lines of each appeal block: its opener and the lines up to the closing appeal
    line, which is kept only when it is short (the scraper may run the story on into it:
    "Your support makes all the difference.NAIROBI (Reuter) - ...")."""
    out: set[int] = set()
    for i, text in enumerate(texts):
        if len(text.split()) > _APPEAL_OPENER_MAX_WORDS or not _APPEAL_OPENER.match(text):
            continue
        for k in range(i + 1, min(len(texts), i + 1 + _APPEAL_MAX_LINES)):
            if _APPEAL_LINE.match(texts[k]):
                out.update(range(i, k))
                if len(texts[k].split()) <= _APPEAL_OPENER_MAX_WORDS:
                    out.add(k)
                break
    return out


# A video's running time on a line of its own ("00:57", "01:06"): in a list of videos,
# each over its title ("00:57" / "Youngest son of ... passes away in Kinshasa" / "01:06" /
# "Trump says ..."), the titles are links to other stories.
_RUNNING_TIME = re.compile(r"^\d{1,2}:[0-5]\d$")


def _video_list(running: list[bool], i: int) -> bool:
    """A running time two lines from another: a list of videos with one-line titles, not a
    live blog's time stamp over an entry of paragraphs."""
    return (i + 2 < len(running) and running[i + 2]) or (i >= 2 and running[i - 2])


# A sentence glued to its own copy is a photo's alt text run into its caption ("National Guard
# on patrol at a hospital ... gun battle. National Guard on patrol ..."): a caption, never a
# story's paragraph or its headline (which ends with no full stop).
_DOUBLED_CAPTION_MIN_WORDS = 8
# An image's markup kept as text, its alt text inside ('<image>data:... alt="President ...
# Photo: AFP"</image>'): the photo's caption, no story line.
_IMAGE_MARKUP = re.compile(r"^<image>.*</image>$")


def _is_doubled_caption(text: str) -> bool:
    return bool(_TERMINAL_STOP.search(text)) and _has_words(text, _DOUBLED_CAPTION_MIN_WORDS)


def _has_words(text: str, n: int) -> bool:
    return len(text.split(maxsplit=n)) >= n


def _key(text: str) -> str:
    # The words joined by one space: what replacing each run of other characters by a
    # space and stripping gives, a fifth faster on whole-article lines.
    return " ".join(_WORD.findall(text)).lower()


def body_text(lines: list[Line]) -> str:
    """Story paragraphs joined by a blank line.

    Scrapers write one paragraph per line (soft wraps were re-joined in ``normalise``), so
    every body line is a paragraph.
    """
    return "\n\n".join(line.text for line in lines if line.kind == BODY)


def clean(raw: str) -> str:
    """Convenience: the clean body of a raw page."""
    return body_text(segment(raw))
