"""Repository reads on both databases, with ids a URL may carry."""

from app.ingest.pipeline import ingest_paths
from app.store import repository
from tests.conftest import KERRY_MEASURES, SEEDS


def test_an_article_id_beyond_any_stored_finds_nothing(archive):
    """/articles/{id} takes up to 18 digits (app/web/params.py): PostgreSQL's ids are
    32-bit columns, and a larger id must be "not found", never a database error."""
    report = ingest_paths(archive, [SEEDS / KERRY_MEASURES])
    assert len(report.added) == 1
    with archive.sessions() as session:
        assert repository.get_article(session, article_id=1).title.startswith("Kerry calls")
        for article_id in (2, 2**31, 2**62, 10**18 - 1):
            assert repository.get_article(session, article_id=article_id) is None


def test_has_articles_says_whether_anything_is_stored(archive):
    """serve ingests the demo pages only into an archive with no article at all."""
    with archive.sessions() as session:
        assert repository.has_articles(session) is False
    ingest_paths(archive, [SEEDS / KERRY_MEASURES])
    with archive.sessions() as session:
        assert repository.has_articles(session) is True
