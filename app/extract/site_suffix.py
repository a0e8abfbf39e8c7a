"""A site's name after the headline ("Headline – Metro US", "Headline | Maan News Agency",
"Headline : NPR"): dropped from the title (the eval rules), kept as the page's source.

A dash also ends headlines that are no site's ("... – Health Ministry", "... - Spokesman"),
so after a dash only a name that reads as an outlet's counts; a bar or a spaced colon sets a
short name apart whatever it is.
"""

from __future__ import annotations

import re

_SITE_WORDS = re.compile(
    r"\b(news|times|post|tv|online|tribune|herald|journal|daily|today|press|network|"
    r"agency|us|uk|\.com|media|review|gazette|telegraph|guardian|observer|monitor|"
    r"reuters|afp|ap|cnn|bbc|npr|al jazeera|xinhua|dawn|eye|standard|express|star)\b",
    re.I,
)
# A site's name may hold an exclamation mark ("Yahoo! News").
_SITE_SUFFIX = re.compile(r"^(?P<head>.{10,}?)\s+[–—|-]\s+(?P<site>[A-Z0-9][\w.&'’! ]{1,35})$")
# A blog post titled with the page it copies keeps that page's browser title, which some
# sites end with the story's date: "Headline - Daily News- 2008/09/26".
_DATE_TAG = re.compile(r"\s*-\s*\d{4}/\d{1,2}/\d{1,2}$")
# "Headline : NPR": a space before the colon sets a site name apart (a headline's own
# colon follows its word).
_SPACED_COLON_SUFFIX = re.compile(
    r"^(?P<head>.{10,}?)\s+:\s+(?P<site>[A-Z][\w.&'’]*(?:\s+[A-Z][\w.&'’]*){0,2})$"
)
# "Headline | Al Jazeera", "Headline :: WRAL.com", "Headline » Site": a bar, a double colon
# or a guillemet is no headline punctuation; a short name after it is a site.
_BAR_SUFFIX = re.compile(
    r"^(?P<head>.{10,}?)\s+(?:\||::|»)\s+(?P<site>(?:The\s+)?[A-Z0-9][\w.&'’-]*(?:\s+[\w.&'’-]+){0,3})$"
)
_SUFFIX_MARK = re.compile(r"\s(?:[–—|:»-]|::)\s")


def strip_site_suffix(text: str, others: set[str]) -> tuple[str, str | None]:
    """('Headline', 'Metro US') from 'Headline – Metro US'; (text, None) when no suffix."""
    if len(text) > 300 or not _SUFFIX_MARK.search(text):
        return text, None
    m = _SPACED_COLON_SUFFIX.match(text)
    if m:
        return m.group("head"), m.group("site").strip()
    m = _BAR_SUFFIX.match(text)
    if m:
        # "Headline | World news | The Guardian", "Headline | Conflict News | Al Jazeera":
        # a section's name between two bars goes with the site's.
        head = m.group("head")
        section = _BAR_SUFFIX.match(head)
        return (section.group("head") if section else head), m.group("site").strip()
    m = _SITE_SUFFIX.match(text)
    if m and (m.group("head") in others or _SITE_WORDS.search(m.group("site"))):
        return m.group("head"), m.group("site").strip()
    if (tag := _DATE_TAG.search(text)) and tag.start() > 0:
        head, site = strip_site_suffix(text[: tag.start()], others)
        if site:  # the date tag goes only with the site's name before it
            return head, site
    return text, None
