"""Export cells and file names, table-driven."""

from datetime import date

import pytest

from app.web.export_rows import filename, neutralise
from app.web.urls import is_web_url


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ('=HYPERLINK("http://evil.example")', '\'=HYPERLINK("http://evil.example")'),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ('\x01=HYPERLINK("http://evil.example")', '\'=HYPERLINK("http://evil.example")'),
        ("\x7f\x02-2+3", "'-2+3"),
        ("Ctrl\x01char\x0bin title", "Ctrlcharin title"),
        ("Mosul = front line", "Mosul = front line"),
        ("", ""),
    ],
)
def test_formula_cells_are_prefixed(cell, written):
    assert neutralise(cell) == written


@pytest.mark.parametrize(
    ("parts", "name"),
    [
        (["mosul ash-carter"], "newsarchive-mosul-ash-carter-2026-11-29.csv"),
        (["“Islamic State” AND Raqqa*"], "newsarchive-islamic-state-and-raqqa-2026-11-29.csv"),
        ([""], "newsarchive-all-2026-11-29.csv"),
        (["Falluja/../../etc"], "newsarchive-falluja-etc-2026-11-29.csv"),
    ],
)
def test_file_names_follow_the_view(parts, name):
    assert filename(parts, "csv", date(2026, 11, 29)) == name


@pytest.mark.parametrize(
    ("url", "linked"),
    [
        ("https://news.example/a", True),
        ("HTTP://news.example/a", True),
        ("javascript:alert(1)", False),
        (" JavaScript:alert(1)", False),
        ("data:text/html,<b>", False),
        ("/articles/1", False),
        ("", False),
        (None, False),
    ],
)
def test_only_http_and_https_are_links(url, linked):
    assert is_web_url(url) is linked
