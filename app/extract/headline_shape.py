"""What a headline line looks like, and the page furniture that only looks like one.

Headlines are 3-30 words and do not end like a sentence, a label ("You are here:") or a
broken-off line ("... a village leader near"). Date lines, bylines, photo credits, widget
lines ("2 Min Read", "Spread the love", "Powered by automated translation"), summary bullets
and section menus have a headline's shape but are never the headline.
"""

from __future__ import annotations

import re
import unicodedata

from app.extract.dates import DATE_ONLY
from app.extract.lexicons import is_first_name
from app.extract.stated_dates import WEEKDAY_NAME, is_date_or_age_line

_HEADLINE_MIN_WORDS, _HEADLINE_MAX_WORDS = 3, 30
# A byline: "By NAME", "By: NAME", "BY : NAME" (in capitals with its colon only: "BY THE
# NUMBERS ..." may open a headline).
_BYLINE = re.compile(r"^(?:By(?:\s+|\s*:\s*)\S|BY\s*:\s*\S)")
_SPECIAL_FOR = re.compile(r"^(?:Special\s+(?:for|to)|Staff\s+writer|Correspondent)\b", re.I)
# Page furniture that has a headline's shape: widget and label lines, photo credits.
_FURNITURE = re.compile(
    r"\b(?:spread the love|powered by|you are here|leave a comment|advertisements?|"
    r"sponsored|\d+[- ]?min(?:ute)?s?\.? read|all (?:photo(?:graph)?s|pictures|images) by)\b"
    r"|^(?:image|photo|picture|video|graphic|map|caption|credit|publication|source|"
    r"categor(?:y|ies)|tags?|filed under|topics?)\s*[|:]"
    # Skip links, archive-page labels ("Tag Archive for: Protesters"), a post's meta line
    # without a date ("Posted by hoody | 8:33 AM"), a copyright line, and the field labels
    # of a news-database record ("LENGTH: 728 words", "BYLINE: ...", "SECTION: A; Pg. 3").
    r"|^(?:skip|jump|go)\s+to\s+(?:the\s+)?(?:main\s+)?(?:contents?|navigation|menu|search)\b"
    r"|^(?:\w+\s+)?archives?(?:\s+(?:for|of))?\s*:|^(?:posts?\s+)?tagged(?:\s+with)?\s*:"
    # The same tag label in a translated theme ("Étiqueté : worshippers", "Etiqueta: Gaza").
    r"|^(?:étiquet(?:é|te|tes)|etiquetas?|etiquetado|schlagw(?:ort|örter))\s*:"
    # A post's meta line without a date names its outlet or writer, never the story
    # ("Published on Agence France Presse", "Posted in World News").
    r"|^(?:posted|published)\s+(?:by|in|on|at)\s|^(?:copyright\s+(?:©\s*|\(c\)\s*)?\d{4}\b|©)"
    r"|^(?:length|byline|section|load-date|dateline|edition|document-type|publication-type)"
    r"\s*:"
    # A site's greeting ("Welcome to the United Nations"), a QR-code widget, and a field
    # with a number for its value ("Story Code : 263726", "News ID: 5521").
    r"|^welcome\s+to\b|\bqr\s*code|^[a-z][a-z ]{0,20}\b(?:code|id|no|number)\.?\s*:\s*\d+$"
    # Navigation back to a list ("◄ back to all", "Back to News") and a call for money
    # ("Support The Moscow Times!", "Donate to our newsroom!").
    r"|^[◄◀←]|^back\s+to\s+(?:all|top|home|list|index|results|news)\b"
    # A site builder's skip anchors, printed as text ("top of page", "bottom of page": Wix).
    r"|^(?:top|bottom)\s+of\s+(?:the\s+)?page$"
    # A theme's menu, account and list labels printed as text ("Main menu", "Log in", "Read
    # more", "Most read"): two words, shaped as a blog post's title (``_short_post_title``).
    r"|^(?:(?:main|primary|secondary|footer|mobile)\s+)?(?:menu|navigation)$"
    r"|^(?:log|sign)\s+(?:in|up|out)$|^read\s+more$|^share\s+this$|^search\s+form$"
    r"|^most\s+(?:read|popular|viewed|shared)$|^related\s+(?:articles|posts|stories)$"
    r"|^(?:please\s+)?(?:support|donate\s+to)\s+[^!?.]{2,40}!$"
    # A site's tagline naming who runs it ("Informing humanitarians worldwide 24/7 — a service
    # provided by UN OCHA") and a pager's links ("« Previous | Next »", "Previous Post Next
    # Post"): no headline (titles19).
    r"|[-–—|:,]\s*an?\s+(?:service|project|initiative|publication|website)\s+"
    r"(?:provided\s+|run\s+|operated\s+|produced\s+)?(?:by|of)\s+[^.!?]{2,40}$"
    # ReliefWeb's country tag over the report's heading: "Sudan + 5 more".
    r"|^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+\+\s*\d{1,3}\s+more$"
    r"|^[«‹]?\s*(?:previous|prev|older)(?:\s+(?:post|article|story|entry))?\s*(?:[|/·•]\s*)?"
    r"(?:next|newer)(?:\s+(?:post|article|story|entry))?\s*[»›]?$"
    # An advertisement's call to act ("Find a Security Clearance Job!", "Subscribe to our
    # channel!", "Download the app today!"): a few words after the verb, closed by "!".
    r"|^(?:find|get|subscribe|download|join|shop|try|apply|advertise|register|order)\s+"
    r"(?:[\w'’-]+\s+){0,5}[\w'’-]+\s*!$"
    # The same call after the campaign's name ("UNITED24 - Make a charitable donation in
    # support of ...!"), a social sign-in button ("Connect via Facebook"), a text-size
    # widget ("+ A − 16 px") and a link to the outlet's news list ("Latest news in Fakti").
    r"|^(?:\S+\s+[-–|]\s+)?(?:please\s+)?make\s+a\s+(?:\w+\s+)?donation\b[^.?]{0,60}!$"
    r"|^(?:connect|sign\s+in|log\s+in|continue)\s+(?:via|with)\s+"
    r"(?:facebook|google|twitter|apple|linkedin|email)$"
    # An outlet's founding date in its masthead ("Spokane, Washington  Est. May 19, 1883").
    # Capitalised as a masthead prints it: "... rebel group founded in 1998" is a headline.
    r"|\b(?-i:Est\.|Estd\.?|EST\.|Established|ESTABLISHED|Founded|FOUNDED)\s+(?:in\s+)?"
    r"(?:[a-z]+\.?\s+\d{1,2},?\s+)?\d{4}$"
    r"|\b\d{1,2}\s?px$|^la(?:te)?st\s+news\s+(?:in|from|on)\s+\S+(?:\s+\S+)?$"
    # Audio, reading-time, archive-age, save, app and print widgets, and a photo agency's
    # credit line ("AFP via Getty Images").
    r"|^listen(?:\s+to(?:\s+this)?\s+(?:article|story))?(?:\s*[·|:-]\s*\d+:\d+)?$"
    r"|^(?:estimated\s+)?reading\s+time\b|\bmore\s+than\s+\d+\s+(?:years?|months?)\s+old$"
    # An archive's age notice over an old story ("This was published 19 years ago").
    r"|^this\s+(?:article\s+|story\s+|page\s+)?was\s+published\s+(?:more\s+than\s+)?\d+\s+"
    r"(?:years?|months?)\s+ago$"
    # A social-media widget's call ("Find us on Facebook", "Follow us on Twitter").
    r"|^(?:find|follow|like|join|connect\s+with)\s+us\s+on\s+(?:facebook|twitter|x|instagram|"
    r"telegram|whatsapp|youtube|linkedin|google\+?|social\s+media)\b"
    r"|^(?:add\s+to\s+your\s+saved\s+stories|save\s+(?:this\s+)?article|open\s+in\s+app)$"
    r"|^join\s+our\s+(?:whatsapp|telegram)\b|^print\s+this\s+(?:page|article|story)$"
    r"|^jump\s+to\s+(?:the\s+)?comments?\b|^(?:from\s+the\s+)?print\s+edition\b"
    r"|\bvia\s+getty\s+images$|^(?:our\s+journalism|we)\s+needs?\s+your\s+support\b"
    # A shop widget's notice ("Your cart is currently empty!") and a WordPress shortcode the
    # scraper kept as text ("[bsa_pro_ad_space id=1 delay=10]", "[ad_1]").
    r"|^your\s+(?:shopping\s+)?(?:cart|basket|bag)\s+is\s+(?:currently\s+)?empty\b"
    # A browser notice ("Please ensure Javascript is enabled for purposes of website
    # accessibility", "You need to enable JavaScript to run this app").
    r"|\b(?:enable|enabled|activate|turn\s+on)\s+javascript\b|\bjavascript\s+(?:is\s+)?"
    r"(?:enabled|disabled|required|turned\s+off|must\s+be|needs\s+to\s+be)\b"
    r"|\byour\s+browser\s+(?:does\s*n[o’']t|doesn[’']t|does\s+not|cannot)\s+support\b"
    # A caption's or a picture source's label as the BBC prints it ("Image source, Getty
    # Images", "Media caption, Residents flee ..."), and the calls and notices of a page's
    # chrome: "You may also like", "Continue reading the main story", "Scroll down to
    # continue reading", "Email this page", "Watch live", "Get the latest news", "Read in
    # app", "Turn on notifications", "Report an error", "Send us your feedback", "Support
    # independent journalism", "Become a member", "You are reading", "Please wait while the
    # page loads", "Page not found", "Create a free account to continue reading", "Read full
    # article", "Search this site". The open-ended ones are no call when they ask a question
    # ("Continue reading? Children sit exams under the bombs"), and "You are reading" is
    # one only before a count, a colon or an article ("You are reading history: ..." is a
    # headline).
    r"|^(?:image|media|video|photo|picture)\s+(?:source|caption|credit)s?\s*[,:]"
    # The BBC's older picture label without punctuation: the agency alone ("Image copyright
    # Getty Images") or with the caption's label after it ("Image copyright AFP Image caption
    # ...", on BBC Pidgin "... Image example ..."); "Image copyright row erupts over war
    # photos" is a headline.
    r"|^image\s+copyright\s+(?:\S+\s+){0,4}image\s+(?:caption|example)\b"
    r"|^image\s+copyright(?:\s+\S+){1,4}$"
    r"|^you\s+(?:may|might)\s+(?:also\s+)?like\b|^(?:continue|keep)\s+reading\b(?![^?]*\?)"
    r"|^scroll\s+(?:down\s+)?to\s+(?:continue\s+reading|read\s+more)\b"
    r"|^(?:e-?mail|print|share)\s+this\s+(?:page|article|story|post)$"
    r"|^watch\s+live(?:\s+tv)?$|^get\s+the\s+latest\s+(?:news|updates|headlines)\b(?![^?]*\?)"
    r"|^read\s+(?:it\s+)?in\s+(?:the\s+)?app$|^turn\s+on\s+(?:push\s+)?notifications$"
    r"|^report\s+an?\s+(?:error|typo|mistake)$|^send\s+us\s+(?:your\s+)?(?:feedback|tips?)$"
    r"|^support\s+(?:independent|quality|our)\s+journalism\b(?![^?]*\?)"
    r"|^become\s+a\s+(?:member|subscriber)\b(?![^?]*\?)"
    r"|^you\s+are\s+(?:now\s+)?reading(?=\s*(?:$|[:\d]|(?:a|an|the|this|our|your)\b))"
    r"|^please\s+wait(?:\s+while\b|\W*$)|^page\s+not\s+found$"
    r"|^create\s+a\s+(?:free\s+)?account\b(?![^?]*\?)|^read\s+(?:the\s+)?full\s+(?:article|story|report)$"
    r"|^search\s+(?:this\s+site|the\s+site|our\s+archives?)$"
    # A site's name as its web address and its motto ("SpaceWar.com - Your World At War").
    r"|^[a-z][\w-]*\.(?:com|net|org|info)\s+[-–—|:]\s+(?-i:(?:[A-Z][\w'’]*|of|at|on|in|the|and|for)"
    r"(?:\s+(?:[A-Z][\w'’]*|of|at|on|in|the|and|for)){1,6})$"
    r"|^(?:\[/?[a-z_][\w-]*(?:\s+[\w-]+=[^\]]*)*\]\s*)+$",
    re.I,
)
# A post's tag line: four or more short capitalised items between commas ("Ukraine, Russia,
# Azov, Ukrainian POWs, Russian Courts"); a headline listing places goes on in lower case.
_TAG_LIST = re.compile(
    r"^[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,2}(?:,\s+[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,2}){3,}$"
)
# ... and in sentence case, as the Kyiv Independent prints it ("News Feed, Sumy, Sumy Oblast,
# Russian attacks, Border communities"): five items or more, each of one to three words
# opening with a capital, two of them or more with a word in lower case (cities43); a
# headline of places ends in one clause ("Kyiv, Kharkiv, Odesa hit by missiles", "Gaza,
# Rafah, Jabalia, Nuseirat shelled").
_SENTENCE_CASE_TAGS = re.compile(
    r"^[A-Z][\w.'’&-]*(?:\s+[\w.'’&-]+){0,2}(?:,\s+[A-Z][\w.'’&-]*(?:\s+[\w.'’&-]+){0,2}){4,}$"
)


def _sentence_case_tags(text: str) -> bool:
    if not _SENTENCE_CASE_TAGS.match(text):
        return False
    items = text.split(", ")
    return sum(any(w[:1].islower() for w in item.split()) for item in items) >= 2


# A byline of reporters each with the town they filed from, with or without "By"/"From", as
# Nigerian papers print it: "Ada Obi, Lagos; Musa Bello, Kano and Jide Ade, Ibadan". Two
# reporters at least: "Gunmen Attack Plateau Communities, Kill Five" is one pair of items.
_REPORTER = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}\s*,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
_REPORTERS_WITH_BASES = re.compile(
    rf"^(?:(?:From|By)\s+)?{_REPORTER}(?:\s*(?:[,;]|\band\b)\s*{_REPORTER})+$"
)
# A live blog's or a joint report's byline without "By": the writers' names between commas,
# the last after "and" ("Amina Yusuf, Tom Hale , Pedro Alves and Ines Moreau"). Each name is
# two or three capitalised words, a particle may come between ("Peter van Dijk"); most open
# with a given name (``_names_byline``), which a headline listing actors does not ("Hamas,
# Israel and Egypt", "Kyiv Mayor, Donetsk Governor and Lviv Officials").
_NAME_ITEM = (
    r"[A-Z\u00c0-\u00de][\w'’.-]*(?:\s+(?:(?:van|von|de|der|del|da|di|al|el|bin|ibn)\s+)?"
    r"[A-Z\u00c0-\u00de][\w'’.-]*){1,2}"
)
_NAMES_BYLINE = re.compile(
    rf"^{_NAME_ITEM}(?:\s*,\s*{_NAME_ITEM})*\s*,?\s+(?:and|&)\s+{_NAME_ITEM}\s*$"
)
_NAMES_SPLIT = re.compile(r"\s*,\s*|\s+(?:and|&)\s+")


# A live blog's shift marks in its byline: "Adam Fulton and (earlier) Ines Moreau, Tom Hale
# and Ana Lopes", "Ana Lopes (now) and Tom Hale (earlier)" (titles19). "and (earlier)" parts
# two lists of writers as a comma does.
_SHIFT_AND = re.compile(r"\s+(?:and|&)\s+\((?:earlier|now|later)\)\s+")
_SHIFT = re.compile(r"\s*\((?:earlier|now|later)\)")


def _names_byline(text: str) -> bool:
    """Two or more writers' names and nothing else, all but one opening with a given name."""
    if "(" in text:
        text = _SHIFT.sub("", _SHIFT_AND.sub(", ", text))
        if not re.search(r"\s(?:and|&)\s", text) and ", " in text:
            head, _, last = text.rpartition(", ")
            text = f"{head} and {last}"  # "A, B and (earlier) C": the last writer after "and"
    if not _NAMES_BYLINE.match(text):
        return False
    items = [item for item in _NAMES_SPLIT.split(text.strip()) if item]
    given = sum(is_first_name(item.split()[0]) for item in items)
    return given >= 2 and given >= len(items) - 1


# A language switch: codes ("ua en ru", "EN | FR | AR") or each language's name in its own
# script ("हिन्दी मराठी বাংলা தமிழ்"): no headline is written in three scripts.
_LANGUAGE_CODES = re.compile(r"^(?:[a-z]{2}\b[\s|/·•]*){2,}$", re.I)
_MENU_SCRIPTS_MIN = 3
# A menu whose links the scraper glued together ("FinancialGovernment SolutionsLegalReuters
# News AgencyRisk ..."): three or more words run into the next without a space.
_GLUED_JOIN = re.compile(r"[a-z][A-Z]")
_GLUED_MIN_JOINS = 3
# Three section labels run into one word ("...Expert OpinionEuropeWar", "NewsAfricaWorld"): no
# headline word changes case twice inside ("McDonald", "iPhone" change once).
_GLUED_LABELS = re.compile(r"[a-z]{2,}[A-Z][a-z]+[A-Z][a-z]{2,}\b")
# A dateline standing alone on its line: a place, a dash and a wire's acronym ("Islamabad -
# QNA", "Cairo - MENA"). A headline never ends in a bare agency acronym after a dash.
_AGENCY_DATELINE = re.compile(r"^[A-Z][\w.'’-]*(?:,?\s+[A-Z][\w.'’-]*){0,2}\s+[-–—]\s+[A-Z]{2,6}$")
# A caption's closing credit: "(PIC/PTI)", "(Nasser Nasser / Associated Press)",
# "(Photo: Ejercito Nacional)".
_CREDIT_END = re.compile(
    r"\((?:[^()]{0,60}/[^()]{1,40}|(?:photo|pic|picture|image|credit)s?\s*:[^()]{1,40}|"
    # A bare credit: "(File Photo)", "(AP Photo)", "(Reuters photo)", "(File)".
    r"(?:(?:file|AP|AFP|Reuters|EPA|Getty|archive)\s*)?(?:photo|pic|picture|image)s?|file)\)\s*$"
    # The same credit without brackets after the caption's sentence: "... by militants. File
    # photo: Rudaw", "... in Gao. Photo: AFP".
    r"|[.!?]\s+(?:file\s+)?(?:photo|picture|image)s?\s*(?:credit)?\s*:\s*[^.:!?]{2,40}$"
    # ... or a link to the picture's source: "... above Martakert. Photo: https://...".
    r"|[.!?]\s+(?:photo|picture|image)s?\s*(?:credit|source)?\s*:\s*https?://\S+$"
    # An agency's credit glued to a caption by hyphens, as South Asian papers print it: "...
    # hit by a suicide bomber--AFP", "... at Nagrota. -AFP" ("Headline - Reuters", spaced on
    # both sides, is a copied site suffix, not a credit).
    r"|(?<=[\w.)’”\"'])\s?-{1,2}(?-i:AFP|AP|Reuters|REUTERS|EPA|Xinhua|APP|PPI|INP|NNI)$",
    re.I,
)
# A photo credit inside a caption: "... Jan. 30, 2025.(AP Photo/Moses Sawasawa) ASSOCIATED PRESS".
_PHOTO_CREDIT = re.compile(r"\((?:AP|AFP|Reuters|REUTERS|EPA|Getty)?\s*Photo\s*/[^()]{2,60}\)")
# A wire tag after a headline, which makes the cleaner take it for a credited caption.
AGENCY_TAG = re.compile(r"\s*\((?:AP|AFP|Reuters|REUTERS|UPI|Xinhua)\)$")
# Summary bullets and teasers: "- Fighting has ravaged ...", "• ...", "... So that You".
_BULLET = re.compile(r"^(?:[-•·*–—]|\.\.\.|…)\s*")
BULLET = _BULLET
# A kicker that belongs to the headline ("Video: Boko Haram Seizes Army Base ..."), which the
# cleaner files with "Video: ..." links.
KICKER = re.compile(r"^(?:video|watch)\s*:\s*", re.I)
# What follows a headline on its line but is no part of it: a comment counter ("... on army
# base 0") and a copy site's wire attribution ("... memories of terror By Reuters").
_HEADLINE_TAIL = re.compile(
    r"(?<=[^\W\d_]|[’'\")])\s+0$|\s+By\s+(?:Reuters|AFP|AP|(?:The\s+)?Associated\s+Press|"
    r"Bloomberg|Xinhua|Anadolu(?:\s+Agency)?|dpa|UPI|IANS|PTI|ANI)$"
    # A template's identifier glued on by the scraper ("... West Bank Raid gvw_ap_news"): no
    # headline word is written in snake_case.
    r"|\s+[a-z][a-z0-9]*(?:_[a-z0-9]+)+$"
    # A video player's label run in after the headline's copy ("... killing 14 play icon").
    r"|\s+play\s+icon$"
    # A feed's age glued to the headline's last word ("... on border post7 min ago"; titles19).
    r"|(?<=[^\W\d_])\d{1,3}\s+(?:mins?|minutes?|hours?|hrs?|days?|weeks?)\s+ago$"
)
# A badge the page sets after the headline: a live blog's "Live", a paywall's "PREMIUM" (with
# the outlet's initials: "BL PREMIUM"), "Exclusive", a social button's "Follow" ("... kills
# five, injures six     Follow"). Read off a sentence-case headline only,
# where a capitalised last word stands out ("... kills three Live"); in a Title Case one it
# may be the headline's own word ("Where the Displaced Now Live").
_BADGE = re.compile(
    r"\s+(?:[A-Z]{2,3}\s+)?(?:LIVE|Live|PREMIUM|Premium|EXCLUSIVE|Exclusive|FOLLOW|Follow|"
    r"(?:SUBSCRIBERS?|Subscribers?)\s+(?:ONLY|[Oo]nly))$"
)


def _sentence_case(text: str) -> bool:
    """Most words after the first in lower case ("Suicide car bombing at ... kills three")."""
    words = [w for w in text.split()[1:] if w[:1].isalpha()]
    return bool(words) and sum(w[:1].islower() for w in words) > len(words) / 2


# An article before the word makes it the headline's noun: "Inside the tunnels: a CNN
# Exclusive", "... go on: an ITV Exclusive".
_ARTICLE_END = re.compile(r"\b(?:a|an|the|our|its|his|her|their)$", re.I)


def strip_headline_tail(text: str) -> str:
    """'Mali: 12 soldiers killed ... base 0' -> 'Mali: 12 soldiers killed ... base'."""
    text = _HEADLINE_TAIL.sub("", text)
    m = _BADGE.search(text)
    if m and _sentence_case(text[: m.start()]) and not _ARTICLE_END.search(text[: m.start()]):
        text = text[: m.start()]
    return text


# Label endings ("You are here:", "News18test sharma |"): no headline ends so.
_OPEN_END = re.compile(r"[:|/–—-]\s*_*$")  # "Today from Hiiraan Online: _" (empty widget)
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
    r"south|north|west|central|edition|menu|search|stateside|nation|stocks|multimedia|"
    r"offbeat|obituaries|arts|books|style|food|autos|jobs|classifieds|education|religion|"
    r"crime|military|metro|tv|radio|blogs?|columns?|editorials?|letters|updates?)[\s,.:|/»>›&-]*)+$",
    re.I,
)


def _script(word: str) -> str:
    """The Unicode script of a word's first letter ("DEVANAGARI", "TAMIL", "LATIN")."""
    ch = next((c for c in word if c.isalpha()), "")
    return unicodedata.name(ch, "").split(" ", 1)[0] if ch else ""


def is_language_menu(text: str) -> bool:
    """'ua en ru', 'हिन्दी मराठी বাংলা தமிழ்': a language switch, not a headline."""
    if _LANGUAGE_CODES.match(text) and (text.islower() or text.isupper()):
        return True
    if text.isascii():
        return False
    return len({_script(w) for w in text.split()} - {""}) >= _MENU_SCRIPTS_MIN


def ends_open(text: str) -> bool:
    """The line breaks off mid-phrase: the next line continues its sentence."""
    return bool(_FUNCTION_END.search(text))


# A word of a date or time in any order ("21,", "April", "2020", "Sat", "10:05", "pm"): a line
# of nothing else is a date line, even in a form the date reader does not know.
_DATE_WORD = re.compile(
    r"^(?:\d{1,4}(?:st|nd|rd|th)?|\d{1,2}[:./-]\d{1,2}(?:[:./-]\d{2,4})?|of|at|[ap]\.?m\.?|"
    r"gmt|utc|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
    r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?)?$",
    re.I,
)


def _only_date_words(words: list[str]) -> bool:
    """'21, April 2020', 'Friday 21st of April 2020': a date line, no headline."""
    return all(_DATE_WORD.match(w.strip(",.|/()-–—•·")) for w in words)


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
    if _only_date_words(words):
        return False
    if DATE_ONLY.match(text) or _BYLINE.match(text) or _SPECIAL_FOR.match(text):
        return False
    if text.endswith("said") and _QUOTE_SAID.match(text):
        return False
    if (
        len(words) >= _LEAD_MIN_WORDS
        and "said" in text
        and (_LEAD_SAID.search(text) or _SAID_OPENING.match(text))
    ):
        return False
    return not is_date_or_age_line(text)


# A weather widget in the site header: a temperature and at most a place ("| 16.1°C Belfast",
# "Kabul 21°C"); "Baghdad swelters at 50°C" says something of it.
_TEMPERATURE = re.compile(r"-?\d{1,2}(?:[.,]\d)?\s*°\s*[CF]?")
_WEATHER_PLACE_WORDS = 3


def _is_weather(text: str) -> bool:
    if "°" not in text or not _TEMPERATURE.search(text):
        return False
    rest = _TEMPERATURE.sub(" ", text).strip(" |•·-–—,")
    words = rest.split()
    return len(words) <= _WEATHER_PLACE_WORDS and all(w[:1].isupper() for w in words)


# A navigation trail or pager: short links between separators ("washingtonpost.com > World >
# Europe > Russia", "<<previous | index | next>>", "« Older | Home | Newer »"). Three links at
# least, each of 1-3 words and the last of 1-2 (a trail ending in a three-word headline,
# "Africa > Mali > Coup attempt fails", keeps it); or a row of four or more links between
# bars, the first three of one word, whatever its last ("Discuss | Email | Print | Get latest
# news on your desktop"; "Sudan | Darfur | Why the peace failed" is a headline). A
# headline over its site's name ("Troops retake Kherson | The Guardian") has a long part.
_TRAIL_SEPARATOR = re.compile(r"\s*(?:<<|>>|[>»›|«‹])\s*")
_TRAIL_MIN_LINKS, _TRAIL_LINK_MAX_WORDS, _TRAIL_LAST_MAX_WORDS = 3, 3, 2
_ROW_MIN_LINKS = 4
_WORD_START = re.compile(r"\s*[^\W\d_]")  # a link's name opens on a letter ("<<previous")
# A number after a word, not a pager's "Page 2": a live page's "Day 45", "Week 3".
_COUNTED = re.compile(r"^\s*(?!page\b)[^\W\d_]+\s+\d", re.I)


def _is_nav_trail(text: str) -> bool:
    if not any(c in text for c in ">»›|"):
        return False
    links = [p for p in _TRAIL_SEPARATOR.split(text) if p.strip()]
    if len(links) < _TRAIL_MIN_LINKS or not all(_WORD_START.match(p) for p in links):
        return False
    if any(_COUNTED.search(p) for p in links):
        return False  # "Live | Israel-Hamas war | Day 45": a live page's counter, no link
    if (
        "|" in text
        and len(links) >= _ROW_MIN_LINKS
        and all(len(p.split()) == 1 for p in links[: _ROW_MIN_LINKS - 1])
    ):
        return True  # a widget row: "Discuss | Email | Print | Get latest news on your desktop"
    return (
        all(len(p.split()) <= _TRAIL_LINK_MAX_WORDS for p in links)
        and len(links[-1].split()) <= _TRAIL_LAST_MAX_WORDS
        # a trail holds a one-word link ("Home", "World", its site); clauses of two words
        # or more each are a headline's ("Rebels Take Town > Army Retreats > Civilians Flee")
        and any(len(p.split()) == 1 for p in links)
    )


# An outlet's credit with its home town in brackets, as AllAfrica prints it between the date
# line and the headline of the story it republishes: "Daily Trust (Abuja)", "Radio Dabanga
# (Amsterdam)", "The Citizen (Dar es Salaam)". The name is in Title Case, five words at most,
# and ends in a newspaper's or broadcaster's word (or opens with "Daily", "Radio" or an
# agency's word).
_MEDIA_LAST = (
    r"(?:News|Times|Online|Agency|Network|Radio|FM|TV|Television|Tribune|Herald|Journal|"
    r"Gazette|Chronicle|Telegraph|Media|Broadcasting|Citizen|Magazine|Vanguard)"
)
# (not "Post", "Leader", "Star", "Monitor" or "Observer", which end headlines: "Rebels Seize
# Border Post (Kidal)")
_MEDIA_FIRST = r"(?:Daily|Radio|Agencia|Agence|Agência|Agenzia)"
_PLACE_IN_BRACKETS = (
    r"\((?!\s*(?:Opinion|Video|Analysis|Update|Updated|Photos?|Live|Editorial|Audio)\b)"
    r"\s*[A-Z][\w'’.-]*(?:\s+(?:[a-z]{1,3}\s+)?[A-Z][\w'’.-]*){0,2}\s*\)$"
)
# A media word that opens an outlet's name ("Daily", "Radio") after a headline's first words is
# the outlet the headline's verb acts on: "Police Raid Daily News (Harare)" (review23).
_OUTLET_WITH_BASE = re.compile(
    r"^(?:The\s+)?(?:"
    rf"(?:[A-Z][\w.'’&-]*\s+)?(?:(?!{_MEDIA_FIRST}\b)[A-Z][\w.'’&-]*\s+){{0,3}}{_MEDIA_LAST}"
    rf"|{_MEDIA_FIRST}(?:\s+(?:(?:de|da|do|di|du|of|the)\s+)?[A-Z][\w.'’&-]*){{1,4}}"
    rf")\s*{_PLACE_IN_BRACKETS}"
)


# A name and its acronym and nothing else, as a section label or an issuer's name prints it
# over the headline ("Weapons of Mass Destruction (WMD)", "Syrian Observatory for Human
# Rights (SOHR)"): the acronym is the capitalised words' initials; a headline says more than
# a name (titles19).
_NAME_WITH_ACRONYM = re.compile(
    r"^(?P<name>[A-Z][\w'’-]*(?:\s+(?:of|for|and|the|on|in|&|[A-Z][\w'’-]*)){1,9})"
    r"\s*\((?P<acr>[A-Z]{2,8})\)$"
)


def _name_with_acronym(text: str) -> bool:
    m = _NAME_WITH_ACRONYM.match(text)
    if not m:
        return False
    initials = "".join(w[0] for w in m["name"].split() if w[:1].isupper())
    return initials == m["acr"]


def is_furniture(text: str) -> bool:
    """A widget, label, photo credit, summary bullet or section menu line."""
    return bool(
        _is_weather(text)
        or _name_with_acronym(text)
        or _is_nav_trail(text)
        or _FURNITURE.search(text)
        or _CREDIT_END.search(text)
        or _PHOTO_CREDIT.search(text)
        or _BULLET.match(text)
        or _MENU.match(text)
        or _AGENCY_DATELINE.match(text)
        or len(_GLUED_JOIN.findall(text)) >= _GLUED_MIN_JOINS
        or _GLUED_LABELS.search(text)
        or is_language_menu(text)
        or _TAG_LIST.match(text)
        or _sentence_case_tags(text)
        or _REPORTERS_WITH_BASES.match(text)
        or _names_byline(text)
        or _OUTLET_WITH_BASE.match(text)
    )


def looks_like_name_line(text: str) -> bool:
    """'Ammar Al Shamary', 'CNN Balkan Conflict News': a byline name or a section banner."""
    words = text.split()
    return len(words) <= 4 and all(w[:1].isupper() for w in words) and not re.search(r"[:?!]", text)


# A section or region banner over the headline: "Jammu and Kashmir", "Arts & Culture" (a
# name line with "and" between its capitalised words).
_BANNER = re.compile(r"^[A-Z][\w.'’-]*(?:\s+(?:and|&)\s+[A-Z][\w.'’-]*)+$")
# A standfirst that quotes someone and says who: "'We lost three comrades,' the militia
# said". Headlines attribute in the present ("..., says army").
_QUOTE_SAID = re.compile(r"^[‘“\"'].*[’”\"'],?\s+(?:[\w-]+\s+){0,6}said$")
# A story's first sentence without its full stop, closing on its source in the past tense:
# "Two days of fighting ... saw 100,000 flee, the United Nations said on Wednesday" (titles8),
# or a standfirst opening on it: "Police said, on Sunday, around 30 people climbed a hill and
# attacked ..." (titles11). Headlines attribute in the present ("..., says UN") and are
# shorter. "said" elsewhere is a headline's word too: "What Assad said about ...", "...
# after residents said dozens more were buried", "... said to have fled" (an idiom).
_LEAD_MIN_WORDS = 12
_LEAD_SAID = re.compile(
    r",\s+(?:[\w’'.-]+\s+){1,6}said(?:\s+(?:on\s+)?(?:" + WEEKDAY_NAME + r"|today|yesterday))?$",
    re.I,
)
# The source before "said" is a plain noun phrase: no question word or conjunction in it.
_SOURCE_WORD = (
    r"(?!(?:what|how|why|when|where|who|whom|whose|which|after|before|as|since|because|if|"
    r"while|until|than|that|once)\b)[\w’'.-]+"
)
_SAID_OPENING = re.compile(rf"^(?:{_SOURCE_WORD}\s+){{1,6}}said\b(?!\s+to\b)", re.I)


def is_section_banner(text: str) -> bool:
    """'Jammu and Kashmir', 'Law & Order': a section label, not a headline."""
    return len(text.split()) <= 5 and bool(_BANNER.match(text))


# A news-database record (LexisNexis and its copies): its headline, when it has one, is the
# "HEADLINE:" field; other lines above the text are the paper's name and the record's fields.
_RECORD_FIELD = re.compile(r"^LENGTH:\s*\d[\d,]*\s+words\b", re.I)
_RECORD_HEADLINE = re.compile(r"^HEADLINE:\s*(?P<title>\S.*)$", re.I)


def is_database_record(texts: list[str]) -> bool:
    """The page's top holds a database record's "LENGTH: 728 words" field."""
    return any(_RECORD_FIELD.match(t) for t in texts)


def record_headline(text: str) -> str | None:
    """'HEADLINE: Militants kill 12' -> 'Militants kill 12'; None for any other line."""
    m = _RECORD_HEADLINE.match(text)
    return m.group("title").strip() if m else None
