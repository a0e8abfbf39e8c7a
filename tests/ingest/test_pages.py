"""Single pages: raw text with an optional sidecar, saved HTML pages."""

import json
from datetime import date
from pathlib import Path

from app.ingest.pages import read_page, read_sidecar
from app.ingest.pipeline import ingest_paths
from app.ingest.records import BadInput, Metadata
from tests.ingest.conftest import stored
from tests.ingest.samples import ALEPPO_TXT, RAQQA_HTML, RAQQA_SENTENCES


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding=encoding)
    return path


def test_text_page_without_sidecar_is_extracted(archive, tmp_path):
    write(tmp_path / "in" / "aleppo.txt", ALEPPO_TXT)
    report = ingest_paths(archive, [tmp_path / "in"])
    assert (len(report.added), report.failed) == (1, [])
    article = stored(archive)["aleppo.txt"]
    assert article.title == "Aid convoy reaches eastern Aleppo after weeks of siege"
    assert (article.published, article.source, article.author, article.url) == (
        None,
        None,
        None,
        None,
    )
    assert "reached the besieged eastern districts of Aleppo on Monday" in article.body
    assert "Share this article" not in article.body


def test_sidecar_values_override_extraction(archive, tmp_path):
    folder = tmp_path / "in"
    write(folder / "aleppo.txt", ALEPPO_TXT)
    sidecar = {
        "url": "https://news.example/aleppo-convoy",
        "title": "Convoy reaches Aleppo",
        "published": "Mon, 19 Sep 2016",
        "source": "Example Wire",
        "author": "Rami Khoury",
        "crawl_id": 88123,  # other keys a scraper writes are ignored
    }
    write(folder / "aleppo.json", json.dumps(sidecar))
    report = ingest_paths(archive, [folder])
    # The sidecar is not an input of its own.
    assert (len(report.added), len(report.unchanged), report.failed) == (1, 0, [])
    article = stored(archive)["aleppo.txt"]
    assert article.title == "Convoy reaches Aleppo"
    assert article.published == date(2016, 9, 19)
    assert article.source == "Example Wire"
    assert article.author == "Rami Khoury"
    assert article.url == "https://news.example/aleppo-convoy"
    assert "Aid workers said the supplies would last" in article.body


def test_sidecar_named_explicitly_is_not_an_input(archive, tmp_path):
    page = write(tmp_path / "aleppo.txt", ALEPPO_TXT)
    side = write(tmp_path / "aleppo.json", json.dumps({"published": "2016-09-19"}))
    report = ingest_paths(archive, [page, side])
    assert (len(report.added), report.failed) == (1, [])
    assert stored(archive)["aleppo.txt"].published == date(2016, 9, 19)


def test_lone_json_named_explicitly_is_refused_with_a_hint(archive, tmp_path):
    lone = write(tmp_path / "export.json", json.dumps([{"text": "x"}]))
    report = ingest_paths(archive, [lone])
    assert report.failed[0].origin == str(lone)
    assert "exports go in .jsonl or .csv" in report.failed[0].reason


def test_page_with_an_unreadable_sidecar_waits_for_it_to_be_fixed(archive, tmp_path):
    folder = tmp_path / "in"
    page = write(folder / "aleppo.txt", ALEPPO_TXT)
    write(folder / "aleppo.json", json.dumps({"published": "the day after"}))
    report = ingest_paths(archive, [folder])
    assert report.added == []
    assert report.failed == [
        BadInput(str(page), "sidecar aleppo.json: 'published' is not a date: 'the day after'")
    ]
    write(folder / "aleppo.json", json.dumps({"published": "19/09/2016"}))
    assert len(ingest_paths(archive, [folder]).added) == 1
    assert stored(archive)["aleppo.txt"].published == date(2016, 9, 19)


def test_sidecar_reading(tmp_path):
    cases = [
        ('{"date": "2017-04-05", "Author": "  A.  Writer "}', None),
        ("[1, 2]", "not a JSON object"),
        ('{"title": 5}', "'title' is not a string"),
        ("{not json", "not valid JSON"),
    ]
    for number, (text, error) in enumerate(cases):
        result = read_sidecar(write(tmp_path / f"{number}.json", text))
        if error is None:
            assert result == Metadata(published=date(2017, 4, 5), author="A. Writer")
        else:
            assert isinstance(result, BadInput) and error in result.reason


def test_html_page_metadata_from_meta_tags_and_json_ld(archive, tmp_path):
    write(tmp_path / "in" / "raqqa.html", RAQQA_HTML)
    report = ingest_paths(archive, [tmp_path / "in"])
    assert (len(report.added), report.failed) == (1, [])
    article = stored(archive)["raqqa.html"]
    assert article.title == "Coalition strikes hit Raqqa bridges"  # og:title, not <title>
    assert article.published == date(2016, 10, 5)  # JSON-LD datePublished
    assert article.author == "Leila Haddad"  # JSON-LD author
    assert article.source == "The Levant Herald"  # og:site_name
    assert article.url == "https://levantherald.example/2016/10/05/raqqa-bridges"  # canonical
    for sentence in RAQQA_SENTENCES:
        assert sentence in article.body
    for furniture in ("Most read", "Subscribe", "All rights reserved", "Home"):
        assert furniture not in article.body
    assert not article.body.startswith("Coalition strikes")  # the <h1> is the title
    assert "John Dorrian" in [p.name for p in article.persons]
    assert "Baghdad" in {c.name for c in article.cities}  # entities come through extraction


def test_html_saved_as_txt_is_read_as_html(tmp_path):
    page = read_page(write(tmp_path / "raqqa.txt", RAQQA_HTML), max_bytes=10**6)
    assert page.clean and page.meta.author == "Leila Haddad"
    assert "<p>" not in page.text and RAQQA_SENTENCES[1] in page.text


def test_sidecar_overrides_html_metadata(archive, tmp_path):
    write(tmp_path / "raqqa.htm", RAQQA_HTML)
    write(tmp_path / "raqqa.json", json.dumps({"author": "Staff", "source": "Herald"}))
    ingest_paths(archive, [tmp_path])
    article = stored(archive)["raqqa.htm"]
    assert (article.author, article.source) == ("Staff", "Herald")
    assert article.published == date(2016, 10, 5)  # what the sidecar leaves out stays


def test_html_page_without_text_is_refused(archive, tmp_path):
    empty = write(
        tmp_path / "shell.html", "<html><head><title>App</title></head><body></body></html>"
    )
    report = ingest_paths(archive, [empty])
    assert report.failed == [BadInput(str(empty), "no article text found in the HTML")]


def test_a_sidecar_nested_too_deeply_costs_its_page_only(archive, tmp_path):
    # The sidecar's parser raises RecursionError: the net under the readers turns any
    # such surprise into a failure of the file it was reading.
    folder = tmp_path / "in"
    page = write(folder / "aleppo.txt", ALEPPO_TXT)
    write(folder / "aleppo.json", "[" * 100_000 + "]" * 100_000)
    write(folder / "raqqa.html", RAQQA_HTML)
    report = ingest_paths(archive, [folder])
    (failed,) = report.failed
    assert failed.origin == str(page)
    assert failed.reason.startswith("could not be read (RecursionError: maximum recursion depth")
    assert list(stored(archive)) == ["raqqa.html"]


def test_html_nested_deeper_than_the_parser_reads_is_refused_with_the_reason(archive, tmp_path):
    folder = tmp_path / "in"
    paragraph = "<p>" + " ".join(RAQQA_SENTENCES) + "</p>"
    nested = "<div>" * 100_000 + paragraph + "</div>" * 100_000
    deep = write(folder / "deep.html", f"<html><body>{nested}</body></html>")
    write(folder / "raqqa.html", RAQQA_HTML)
    report = ingest_paths(archive, [folder])
    assert report.failed == [
        BadInput(
            str(deep),
            "no article text found: the markup nests deeper than the HTML parser reads (255)",
        )
    ]
    assert list(stored(archive)) == ["raqqa.html"]
