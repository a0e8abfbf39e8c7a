"""SolrCloud as the archive's search engine: one collection of at least two shards with
replicas, reached through pysolr. Chosen by ``NEWSARCHIVE_SEARCH_URL=solr://...``
(address.py); the rest of the archive sees it as a ``SearchBackend`` (``SolrBackend``)."""

from app.search.solr.solr_backend import SolrBackend

__all__ = ["SolrBackend"]
