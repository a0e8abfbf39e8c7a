"""Small real inputs written by hand: news pages as a scraper or a crawler saves them."""

from __future__ import annotations

# An HTML page stating its headline and site name in meta tags, its canonical URL in a
# link, and its date and author only in JSON-LD; with menus, a "most read" box and a footer
# around the story.
RAQQA_HTML = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Coalition strikes hit Raqqa bridges - The Levant Herald</title>
<meta property="og:title" content="Coalition strikes hit Raqqa bridges">
<meta property="og:site_name" content="The Levant Herald">
<link rel="canonical" href="https://levantherald.example/2016/10/05/raqqa-bridges">
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Coalition strikes hit Raqqa bridges",
 "datePublished": "2016-10-05T09:12:00+03:00",
 "author": {"@type": "Person", "name": "Leila Haddad"}}
</script>
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/syria">Syria</a></li>
<li><a href="/iraq">Iraq</a></li></ul></nav></header>
<main><article>
<h1>Coalition strikes hit Raqqa bridges</h1>
<p>Aircraft of the U.S.-led coalition destroyed two bridges over the Euphrates near Raqqa on
Tuesday, cutting supply lines used by Islamic State fighters, a coalition spokesman said.</p>
<p>Colonel John Dorrian told reporters in Baghdad that the strikes were meant to isolate the
city before a ground offensive by Kurdish and Arab forces.</p>
<p>Residents reached by telephone said bread prices had doubled since the first bridge was
hit last week.</p>
</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Ceasefire talks resume in Geneva</a></li>
<li><a href="/b">Aleppo convoy attacked</a></li></ul></aside>
</main>
<footer><p>© 2016 The Levant Herald. All rights reserved.</p>
<p>Subscribe to our newsletter</p></footer>
</body></html>
"""
RAQQA_SENTENCES = (
    "destroyed two bridges over the Euphrates near Raqqa on Tuesday",
    "Colonel John Dorrian told reporters in Baghdad",
    "bread prices had doubled since the first bridge was hit last week.",
)


def html_page(title: str, paragraphs: list[str], head: str = "") -> str:
    """A plain page: a <title>, extra head markup, a heading and paragraphs, and a footer."""
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title>{head}</head><body>"
        f"<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>{title}</h1>\n{body}</article>"
        f"<footer>Copyright Example Media. All rights reserved.</footer></body></html>"
    )


# The story of a page with no date of its own (a WARC capture gives it one).
GENEVA_PARAGRAPHS = [
    "Talks between the Syrian government and the opposition stalled in Geneva on Tuesday "
    "after delegates walked out over the fate of besieged towns near Damascus.",
    "The United Nations envoy Staffan de Mistura said he would keep trying to bring both "
    "sides back to the table before the end of the week, diplomats said.",
]
MOSUL_PARAGRAPHS = [
    "Iraqi forces pushed deeper into eastern Mosul on Thursday, clearing two districts held "
    "by Islamic State militants, army officers said.",
    "Thousands of civilians fled toward camps east of the city as the fighting moved closer "
    "to the Tigris river.",
]

# A raw text page as the seeds are: furniture, headline, dateline, story.
ALEPPO_TXT = """Menu
Sign in

Aid convoy reaches eastern Aleppo after weeks of siege

ALEPPO, Syria - A convoy of forty trucks carrying flour and medicine reached the besieged \
eastern districts of Aleppo on Monday, the Syrian Arab Red Crescent said.

Aid workers said the supplies would last the quarter of a million residents no more than \
two weeks.

Share this article
"""
