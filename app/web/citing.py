"""Citing what the archive shows: the pinned link of a search and APA-style citations.

A search is pinned by adding ``as_of`` (the highest article id the archive held when it
ran, see ``SearchRequest.as_of``) to its own parameters: article ids only grow, so the same
URL later restricts the search to the articles there were, and gives the same results. An
article's page is pinned by its id already.

Citations follow APA 7 (the common style of the social sciences): a news article is
"Author, A. (Year, Month Day). Title. Source. URL", and the archived copy is given with its
retrieval date, since the archive, not the outlet, is what the reader will open; a search
is cited as a data set view of the archive on the day it was pinned.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlencode

from app.domain import Article
from app.web import urls
from app.web.urls import Params

# English month names whatever the server's locale (strftime's %B follows the locale).
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_AUTHOR_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b)\s*", re.IGNORECASE)


def pinned_query(params: Params, as_of: int | None) -> str | None:
    """The view's query string with ``as_of`` set: appended to ``/search?`` or
    ``/api/search?`` it gives the same results later. None when there is no state to pin."""
    if as_of is None:
        return None
    kept = [(k, v) for k, v in params if k != "as_of"] + [("as_of", str(as_of))]
    return urlencode(urls.canonical(kept))


def month_day(day: date) -> str:
    """'November 29, 2026'."""
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


def apa_date(day: date | None) -> str:
    """'(2016, February 10)', or '(n.d.)' when the date is unknown."""
    if day is None:
        return "(n.d.)"
    return f"({day.year}, {MONTHS[day.month - 1]} {day.day})"


def apa_authors(author: str | None) -> str | None:
    """'Phil Stewart and Idrees Ali' -> 'Stewart, P., & Ali, I.'; a name that is not a
    person's ('Reuters Staff' has a surname but one word of it is no given name) is kept
    as written. None when there is no author."""
    names = [part for part in _AUTHOR_SPLIT.split(author or "") if part.strip()]
    if not names:
        return None
    formatted = [_apa_name(name.strip()) for name in names]
    if len(formatted) == 1:
        return formatted[0]
    return ", ".join(formatted[:-1]) + ", & " + formatted[-1]


def _apa_name(name: str) -> str:
    # Imported on the first citation, not with the server (a tenth of its cold start).
    from nameparser import HumanName

    parsed = HumanName(name)
    if not parsed.first or not parsed.last:
        return name  # one word: an organisation or a pen name, cited as written
    initials = " ".join(f"{given[0]}." for given in (parsed.first, *parsed.middle.split()))
    return f"{parsed.last}, {initials}"


def _sentence(text: str) -> str:
    """Text ending in one full stop (a title ending in ? or ! keeps its own mark)."""
    text = text.strip()
    return text if text.endswith((".", "?", "!")) else f"{text}."


def article_citation(
    article: Article, *, archive_name: str, archive_url: str, retrieved: date
) -> str:
    """APA 7 for a news article, with the archived copy and the day it was retrieved."""
    authors = apa_authors(article.author)
    when = apa_date(article.published)
    if authors:
        head = f"{_sentence(authors)} {when}. {_sentence(article.title)}"
    else:  # APA moves the title to the author's place
        head = f"{_sentence(article.title)} {when}."
    parts = [head]
    if article.source:
        parts.append(_sentence(article.source))
    if article.url:
        parts.append(article.url)
    parts.append(f"Retrieved {month_day(retrieved)}, from {archive_name}: {archive_url}")
    return " ".join(parts)


def search_citation(
    q: str, filters: Iterable[tuple[str, str]], *, archive_name: str, pinned_url: str, day: date
) -> str:
    """APA 7 for a view of a data set: the archive as author, the day the view was pinned,
    the query and its filters as the title."""
    what = f'"{q.strip()}"' if q.strip() else "all articles"
    narrowed = "; ".join(f"{kind}: {label}" for kind, label in filters)
    title = f"Search: {what}" + (f" ({narrowed})" if narrowed else "")
    return f"{_sentence(archive_name)} {apa_date(day)}. {title} [Data set view]. {pinned_url}"


@dataclass(frozen=True)
class Citation:
    """What the "Cite this" block shows: the link that gives this view later, and the
    citation that names it."""

    pinned_url: str
    text: str


def cite_search(
    base_url: str,
    path: str,
    params: Params,
    *,
    q: str,
    filters: Iterable[tuple[str, str]],
    as_of: int | None,
    archive_name: str,
    today: date,
) -> Citation | None:
    """The search view's pinned absolute URL and its citation (None if nothing to pin)."""
    query = pinned_query(params, as_of)
    if query is None:
        return None
    pinned_url = f"{base_url.rstrip('/')}{path}?{query}"
    text = search_citation(q, filters, archive_name=archive_name, pinned_url=pinned_url, day=today)
    return Citation(pinned_url, text)


def cite_article(base_url: str, article: Article, *, archive_name: str, today: date) -> Citation:
    """The article's archive URL (stable: its id) and its citation."""
    archive_url = f"{base_url.rstrip('/')}/articles/{article.id}"
    text = article_citation(
        article, archive_name=archive_name, archive_url=archive_url, retrieved=today
    )
    return Citation(archive_url, text)
