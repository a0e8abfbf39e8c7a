"""`serve` on an empty archive ingests the demo pages marked as demo, so that
`newsarchive remove --demo` can take them out again."""

from app.archive import open_archive
from app.removal import Selection, choose
from tests.conftest import make_settings


def test_serve_marks_the_pages_it_seeds_as_demo(served):
    _base, data_dir = served
    archive = open_archive(make_settings(data_dir))
    try:
        demo = choose(archive, Selection(demo=True))
    finally:
        archive.close()
    assert sorted(listing.title[:40] for listing in demo) == [
        "Kerry calls for new measures to counter ",
        "Sec. Carter: ISIS Could Seek Revenge for",
        "Security measures needed to prevent more",
        "Small-Group Coalition to Convene in Pari",
    ]
