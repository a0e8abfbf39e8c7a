"""The Whoosh schema: one place that says what is indexed and how."""

from __future__ import annotations

from whoosh.analysis import StemmingAnalyzer
from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

from app.search.whoosh.fast_keywords import FastFrequency
from app.search.whoosh.fast_positions import FastPositions

# Titles say what a story is about in a few words; a match there outranks one in the body.
TITLE_BOOST = 2.5


def build_schema() -> Schema:
    stemmed = StemmingAnalyzer()
    return Schema(
        id=ID(stored=True, unique=True),
        article_id=NUMERIC(int, bits=64, stored=True, sortable=True),
        title=_text(stemmed, field_boost=TITLE_BOOST),
        body=_text(stemmed),
        # Person slugs by role in the article (app/search/entity_fields.py): the people a
        # story is about, its bylines, its photo credits, and all of them.
        persons=_keywords(),
        authors=_keywords(),
        credits=_keywords(),
        persons_any=_keywords(),
        # Cities named, and those found through a region named after them.
        cities=_keywords(),
        countries=_keywords(),  # slugs of the cities' countries
        regions=_keywords(),  # named, and those of the cities
        source=ID(stored=True),
        # yyyymmdd as an int (0 when the page states no date): sortable and range-queryable.
        published=NUMERIC(int, bits=32, stored=True, sortable=True),
        url=STORED,
        entities=STORED,  # [[kind, slug, name, country], ...] for facets and result rows
    )


def _text(analyzer, field_boost: float = 1.0) -> TEXT:  # type: ignore[no-untyped-def]
    """A stored, phrase-searchable text field whose postings are computed in one loop
    (fast_positions: the same terms and positions as Whoosh's own)."""
    field = TEXT(analyzer=analyzer, field_boost=field_boost, stored=True)
    field.format = FastPositions(field_boost=field_boost)
    return field


def _keywords() -> KEYWORD:
    """Comma-separated slugs whose postings are counted in one loop (fast_keywords: the
    same terms and weights as Whoosh's own)."""
    field = KEYWORD(commas=True, scorable=False)
    field.format = FastFrequency(field_boost=field.format.field_boost)
    return field
