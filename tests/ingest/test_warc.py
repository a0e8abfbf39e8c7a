"""Web archives: each HTML capture is an article; everything else is skipped and counted."""

import io
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from app.ingest.pipeline import ingest_paths
from app.ingest.records import BadInput, Record, Skipped
from app.ingest.warc import looks_like_warc, read_warc
from tests.ingest.conftest import stored
from tests.ingest.samples import (
    GENEVA_PARAGRAPHS,
    MOSUL_PARAGRAPHS,
    RAQQA_HTML,
    RAQQA_SENTENCES,
    html_page,
)

RAQQA_URI = "https://levantherald.example/2016/10/05/raqqa-bridges?utm_source=feed"
GENEVA_URI = "https://news.example/geneva-talks"
MOSUL_URI = "https://news.example/mosul"


class Crawl:
    """Writes WARC records the way a crawler does."""

    def __init__(self, gzip: bool = True) -> None:
        self.buffer = io.BytesIO()
        self.writer = WARCWriter(self.buffer, gzip=gzip)

    def write(self, record) -> None:
        self.writer.write_record(record)
        # warcio spools a record without a stated length to a temporary file that it
        # leaves open (a ResourceWarning, an error under filterwarnings=error).
        record.raw_stream.close()

    def response(
        self,
        uri: str,
        body: bytes,
        content_type: str = "text/html; charset=utf-8",
        status: str = "200 OK",
        when: str = "2016-10-06T12:00:00Z",
    ) -> None:
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        self.write(
            self.writer.create_warc_record(
                uri,
                "response",
                payload=io.BytesIO(body),
                length=len(body),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": when},
            )
        )

    def request(self, uri: str) -> None:
        headers = StatusAndHeaders(
            "GET / HTTP/1.1", [("Host", "news.example")], is_http_request=True
        )
        self.write(self.writer.create_warc_record(uri, "request", http_headers=headers))

    def revisit(self, uri: str) -> None:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        self.write(
            self.writer.create_revisit_record(
                uri,
                digest="sha1:B2LTWWPUOYAH7UIPQ7ZUPQ4VMBSVC36A",
                refers_to_uri=uri,
                refers_to_date="2016-10-06T12:00:00Z",
                http_headers=headers,
            )
        )

    def save(self, path: Path) -> Path:
        path.write_bytes(self.buffer.getvalue())
        return path


@pytest.fixture
def crawl_file(tmp_path: Path) -> Path:
    crawl = Crawl()
    crawl.write(crawl.writer.create_warcinfo_record("crawl.warc.gz", {}))  # 1
    crawl.request(RAQQA_URI)  # 2
    crawl.response(RAQQA_URI, RAQQA_HTML.encode())  # 3: states its own date
    crawl.response(  # 4: no date of its own, in cp1252 as its server says
        GENEVA_URI,
        html_page("Geneva talks stall", GENEVA_PARAGRAPHS)
        .replace("envoy", "envoy’s")
        .encode("cp1252"),
        content_type="text/html; charset=windows-1252",
        when="2017-03-01T08:00:00Z",
    )
    crawl.response("https://news.example/logo.png", b"\x89PNG\r\n\x1a\n", "image/png")  # 5
    crawl.response("https://news.example/gone", b"<html>Not found</html>", status="404 Not Found")
    crawl.revisit(RAQQA_URI)  # 7
    crawl.response("https://news.example/empty", b"<html><body></body></html>")  # 8
    return crawl.save(tmp_path / "crawl.warc.gz")


def test_every_record_is_accounted_for(crawl_file):
    items = list(read_warc(crawl_file, max_record_bytes=10**6))
    kinds = [(type(item).__name__, item.origin.rsplit(":", 1)[1]) for item in items]
    assert kinds == [
        ("Skipped", "record 1"),
        ("Skipped", "record 2"),
        ("Record", "record 3"),
        ("Record", "record 4"),
        ("Skipped", "record 5"),
        ("Skipped", "record 6"),
        ("Skipped", "record 7"),
        ("BadInput", "record 8"),
    ]
    assert [item.reason for item in items if isinstance(item, Skipped)] == [
        "warcinfo record",
        "request record",
        "not HTML (image/png)",
        "HTTP status 404",
        "revisit record (a page unchanged since an earlier capture)",
    ]
    assert items[-1].reason == "no article text found in the HTML (https://news.example/empty)"


def test_html_captures_are_stored_with_url_and_date(archive, crawl_file):
    report = ingest_paths(archive, [crawl_file.parent])
    assert len(report.added) == 2
    assert report.skipped == Counter(
        {
            "warcinfo record": 1,
            "request record": 1,
            "not HTML (image/png)": 1,
            "HTTP status 404": 1,
            "revisit record (a page unchanged since an earlier capture)": 1,
        }
    )
    assert report.failed == [
        BadInput(
            f"{crawl_file}:record 8",
            "no article text found in the HTML (https://news.example/empty)",
        )
    ]
    assert "skipped: 5" in report.summary()
    assert "  skipped 1: revisit record" in report.summary()
    articles = stored(archive)
    raqqa = articles["crawl.warc.gz:record 3"]
    assert raqqa.url == RAQQA_URI  # the address captured, not the canonical link
    assert raqqa.published == date(2016, 10, 5)  # the page's own date over the capture's
    assert (raqqa.title, raqqa.author, raqqa.source) == (
        "Coalition strikes hit Raqqa bridges",
        "Leila Haddad",
        "The Levant Herald",
    )
    assert all(sentence in raqqa.body for sentence in RAQQA_SENTENCES)
    geneva = articles["crawl.warc.gz:record 4"]
    assert geneva.url == GENEVA_URI
    assert geneva.published == date(2017, 3, 1)  # no date on the page: the capture date
    assert geneva.title == "Geneva talks stall"
    assert "The United Nations envoy’s Staffan de Mistura said" in geneva.body
    assert "stalled in Geneva on Tuesday" in geneva.body


def test_uncompressed_warc_and_an_oversize_page(tmp_path):
    crawl = Crawl(gzip=False)
    crawl.response(MOSUL_URI, html_page("Mosul advance", MOSUL_PARAGRAPHS).encode())
    crawl.response(GENEVA_URI, html_page("Geneva", GENEVA_PARAGRAPHS * 50).encode())
    crawl.response(MOSUL_URI + "/2", html_page("Mosul again", MOSUL_PARAGRAPHS[::-1]).encode())
    path = crawl.save(tmp_path / "crawl.warc")
    items = list(read_warc(path, max_record_bytes=2000))
    assert [type(item) for item in items] == [Record, BadInput, Record]
    assert items[1] == BadInput(
        f"{path}:record 2", f"page over 2,000 bytes: skipped ({GENEVA_URI})"
    )
    assert items[2].meta.title == "Mosul again"


def test_a_truncated_archive_keeps_what_came_before(tmp_path):
    crawl = Crawl()
    crawl.response(MOSUL_URI, html_page("Mosul advance", MOSUL_PARAGRAPHS).encode())
    crawl.response(GENEVA_URI, html_page("Geneva", GENEVA_PARAGRAPHS).encode())
    data = crawl.buffer.getvalue()
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[: len(data) - 200])
    items = list(read_warc(path, max_record_bytes=10**6))
    assert isinstance(items[0], Record) and items[0].meta.url == MOSUL_URI
    assert items[1] == BadInput(
        f"{path}:record 2", f"the file ends inside this record: skipped ({GENEVA_URI})"
    )


def test_not_a_warc(tmp_path):
    path = tmp_path / "fake.warc"
    path.write_text("hello, this is not an archive\n")
    (item,) = read_warc(path, max_record_bytes=1000)
    assert item.origin == str(path) and item.reason.startswith("not a WARC file")


def test_sniffing(tmp_path):
    crawl = Crawl()
    crawl.response(MOSUL_URI, b"<html></html>")
    assert looks_like_warc(crawl.buffer.getvalue()[:4096])
    assert looks_like_warc(b"WARC/1.0\r\nWARC-Type: warcinfo\r\n")
    assert not looks_like_warc(b"\x1f\x8b\x08\x00garbage")
    assert not looks_like_warc(b"<html>")


def test_a_page_nested_too_deeply_is_refused_and_the_next_one_stored(archive, tmp_path):
    crawl = Crawl()
    deep = "<html><body>" + "<div>" * 50_000 + "<p>Deep.</p>" + "</div>" * 50_000 + "</body></html>"
    crawl.response(GENEVA_URI, deep.encode())
    crawl.response(MOSUL_URI, html_page("Mosul advance", MOSUL_PARAGRAPHS).encode())
    path = crawl.save(tmp_path / "crawl.warc.gz")
    report = ingest_paths(archive, [path])
    assert report.failed == [
        BadInput(
            f"{path}:record 1",
            "no article text found: the markup nests deeper than the HTML parser reads (255) "
            f"({GENEVA_URI})",
        )
    ]
    assert list(stored(archive)) == ["crawl.warc.gz:record 2"]


def test_captures_keep_their_target_uri_and_capture_time(archive, crawl_file):
    """Provenance for researchers: which capture of which address an article came from."""
    from datetime import datetime

    ingest_paths(archive, [crawl_file])
    articles = stored(archive)
    raqqa = articles["crawl.warc.gz:record 3"].provenance
    geneva = articles["crawl.warc.gz:record 4"].provenance
    assert (raqqa.capture_uri, raqqa.captured_at) == (RAQQA_URI, datetime(2016, 10, 6, 12, 0))
    assert (geneva.capture_uri, geneva.captured_at) == (GENEVA_URI, datetime(2017, 3, 1, 8, 0))
    assert raqqa.origin == f"{crawl_file}:record 3"
