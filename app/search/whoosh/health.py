"""Does the index open and answer? ``newsarchive check`` asks this beyond the counts: a
garbled posting file leaves every count right while searches fail, so each field is
queried for real, on words spread over its whole vocabulary, through both the numpy
postings reader and Whoosh's own matcher."""

from __future__ import annotations

from whoosh.query import NumericRange, Term

from app.search.backend import IndexHealth
from app.search.whoosh.index import SearchIndex
from app.search.whoosh.postings import Postings

PROBED_FIELDS = (
    "title",
    "body",
    "persons",
    "authors",
    "credits",
    "persons_any",
    "cities",
    "countries",
    "regions",
    "source",
)
# Words read per field, spread over its vocabulary: every word of a small archive (the
# four seed pages have ~1,500; the probe takes 0.25 s there), a sample of a large one,
# where damage anywhere in a posting file is still likely met (each word's postings sit
# in their own stretch of it). Not yet timed on a 100k archive, where the few common words
# of the sample cost most.
WORDS_PER_FIELD = 2000
FIX = "newsarchive reindex"


def probe(index: SearchIndex) -> IndexHealth:
    documents = 0
    try:
        with index.reading() as (searcher, cache):
            reader = searcher.reader()
            documents = reader.doc_count()
            for field in PROBED_FIELDS:
                _probe_field(searcher, field)
            dated = sum(1 for _ in searcher.docs_for_query(NumericRange("published", 1, None)))
            if dated != int(((cache.published > 0) & cache.live).sum()):
                raise ValueError("the dates of the index disagree with its own columns")
            for docnum in list(reader.all_doc_ids())[:1]:
                searcher.stored_fields(docnum)
    except Exception as error:  # whatever a damaged file raises, the answer is one line
        reason = " ".join(f"{type(error).__name__}: {error}".split())[:160]
        return IndexHealth(documents, problem=f"damaged ({reason})", fix=FIX)
    return IndexHealth(documents)


def _probe_field(searcher, field: str) -> None:  # type: ignore[no-untyped-def]
    reader = searcher.reader()
    words = list(reader.lexicon(field))
    step = max(1, len(words) // WORDS_PER_FIELD)
    for word in [*words[::step], *words[-1:]]:
        found = Postings.read(reader, field, word, with_values=True)
        docs = found.docs
        if field in ("title", "body"):  # positions, as phrases read them
            found.position_keys(docs)
        if len(docs) != reader.doc_frequency(field, word):
            raise ValueError(f"the postings of a word of {field} disagree with its count")
        text = searcher.schema[field].from_bytes(word)
        matched = sum(1 for _ in searcher.docs_for_query(Term(field, text)))
        if matched > len(docs):
            raise ValueError(f"a word of {field} matches more documents than it is in")
