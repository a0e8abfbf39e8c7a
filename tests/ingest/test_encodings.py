"""Pages in other encodings than UTF-8 are decoded, never mangled; binary files are refused."""

import codecs

import pytest

from app.ingest.decoding import Undecodable, decode_bytes, detect_encoding
from app.ingest.pipeline import ingest_paths
from app.ingest.records import BadInput
from tests.ingest.conftest import stored

FRENCH = (
    "Le président François Hollande a réuni à l'Élysée le conseil de défense après les "
    "frappes françaises sur Raqqa.\n\n"
    "Le ministre Jean-Yves Le Drian a déclaré que les opérations continueraient « aussi "
    "longtemps que nécessaire »."
)
SPANISH_CP1252 = (
    "“No vamos a rendirnos”, dijo el ministro en Zaragoza — la reunión terminó sin acuerdo.\n\n"
    "Señor Pérez añadió que la coalición seguirá bombardeando posiciones en Mosul."
)


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (FRENCH, "latin-1"),
        (SPANISH_CP1252, "cp1252"),
        ("Café in Mosul", "latin-1"),  # short: charset detection alone guesses cp1006 here
        ("Президент Владимир Путин заявил в Москве, что удары по Сирии продолжатся.", "cp1251"),
        (FRENCH, "utf-16"),
        (FRENCH, "utf-8-sig"),
    ],
)
def test_decoding_table(text, encoding):
    assert decode_bytes(text.encode(encoding)) == text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01", "binary file (contains NUL bytes)"),
        (
            bytes(range(0x80, 0x100)) * 4 + b"\x1b\x7f\x01\x02" * 20,
            "binary or in an unknown text encoding",
        ),
        (codecs.BOM_UTF16_LE + b"M\x00o\x00s", "not valid utf-16 text"),
    ],
)
def test_binary_is_refused(data, reason):
    with pytest.raises(Undecodable) as refused:
        decode_bytes(data)
    assert str(refused.value).startswith(reason)


def test_a_sample_cut_inside_a_character_is_still_utf8():
    data = "Mossoul – Irak".encode()
    assert detect_encoding(data[: data.index("–".encode()) + 1]) == "utf-8"


def test_latin1_and_cp1252_pages_are_stored_with_their_accents(archive, tmp_path):
    (tmp_path / "hollande.txt").write_bytes(
        ("Hollande réunit le conseil de défense\n\n" + FRENCH).encode("latin-1")
    )
    (tmp_path / "zaragoza.html").write_bytes(
        (
            "<html><head><title>Reunión en Zaragoza</title></head><body><article>"
            + "".join(f"<p>{p}</p>" for p in SPANISH_CP1252.split("\n\n"))
            + "</article></body></html>"
        ).encode("cp1252")
    )
    report = ingest_paths(archive, [tmp_path])
    assert (len(report.added), report.failed) == (2, [])
    articles = stored(archive)
    assert articles["hollande.txt"].title == "Hollande réunit le conseil de défense"
    assert "Le président François Hollande a réuni à l'Élysée" in articles["hollande.txt"].body
    assert articles["zaragoza.html"].title == "Reunión en Zaragoza"
    assert "“No vamos a rendirnos”, dijo el ministro" in articles["zaragoza.html"].body
    assert "Señor Pérez añadió" in articles["zaragoza.html"].body


def test_binary_file_is_refused_by_name(archive, tmp_path):
    (tmp_path / "photo.txt").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01")
    report = ingest_paths(archive, [tmp_path])
    assert report.failed == [
        BadInput(str(tmp_path / "photo.txt"), "binary file (contains NUL bytes)")
    ]
