"""Keyword postings counted in one loop: the same terms, frequencies, weights and segment
files as Whoosh's own tokenizer and Frequency format give.

Reference engine: whoosh-reloaded's KEYWORD(commas=True) and Frequency, unpatched."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from whoosh import index as whoosh_index
from whoosh.fields import KEYWORD, Schema
from whoosh.formats import Frequency

from app.search.whoosh.fast_keywords import FastFrequency
from app.search.whoosh.schema import build_schema

KEYWORD_FIELDS = ["persons", "authors", "credits", "persons_any", "cities", "countries", "regions"]

# (field value, (term, frequency) in Whoosh's order), written by hand.
VALUES = [
    ("", []),
    ("aleppo", [("aleppo", 1)]),
    ("aleppo,idlib", [("aleppo", 1), ("idlib", 1)]),
    ("idlib,aleppo,idlib", [("idlib", 2), ("aleppo", 1)]),
    ("a,,b", [("a", 1), ("b", 1)]),  # an empty item is no token
    (" kyiv , odesa ", [("kyiv", 1), ("odesa", 1)]),  # each item stripped
    (" , ", [("", 2)]),  # blanks strip to an empty term, as Whoosh's do
    (",", []),
    ("Şanlıurfa,şanlıurfa", [("Şanlıurfa", 1), ("şanlıurfa", 1)]),  # case kept
]


@pytest.mark.parametrize(("value", "expected"), VALUES)
def test_terms_and_counts_of_a_value(value, expected):
    field = build_schema()["cities"]
    got = list(field.format.word_values(value, field.analyzer, mode="index"))
    assert [(word, freq) for word, freq, _w, _v in got] == expected
    plain = list(Frequency().word_values(value, field.analyzer, mode="index"))
    assert got == plain


@pytest.mark.parametrize("boost", [1.0, 2.5])
def test_weights_and_values_are_whooshs(boost):
    field = KEYWORD(commas=True)
    value = "hama,homs,hama,hama, homs"
    fast = FastFrequency(field_boost=boost).word_values(value, field.analyzer, mode="index")
    plain = Frequency(field_boost=boost).word_values(value, field.analyzer, mode="index")
    assert list(fast) == list(plain)


def test_another_analyzer_takes_whooshs_path():
    field = KEYWORD(commas=True, lowercase=True)  # three steps: not the one-loop case
    value = "Aleppo,ALEPPO,Idlib"
    fast = list(FastFrequency().word_values(value, field.analyzer, mode="index"))
    assert fast == list(Frequency().word_values(value, field.analyzer, mode="index"))
    assert [word for word, *_ in fast] == ["aleppo", "idlib"]


def test_the_schema_counts_every_keyword_field_in_one_loop():
    schema = build_schema()
    for name in KEYWORD_FIELDS:
        assert type(schema[name].format) is FastFrequency, name


def _write(directory: Path, fast: bool) -> list[str]:
    fields = {}
    for name in KEYWORD_FIELDS:
        field = KEYWORD(commas=True, scorable=False)
        if fast:
            field.format = FastFrequency()
        fields[name] = field
    directory.mkdir()
    index = whoosh_index.create_in(str(directory), Schema(**fields))
    writer = index.writer()
    writer.compound = False
    for number, (value, _expected) in enumerate(VALUES * 3):
        shifted = ",".join(reversed(value.split(","))) if number % 2 else value
        writer.add_document(**{name: shifted for name in KEYWORD_FIELDS})
    writer.commit()
    return sorted(
        hashlib.sha256(path.read_bytes()).hexdigest()
        for path in directory.iterdir()
        if path.name.startswith("MAIN_") and not path.name.endswith(".toc")
    )


def test_a_segment_is_byte_for_byte_the_one_whoosh_writes(tmp_path):
    ours = _write(tmp_path / "ours", fast=True)
    assert ours == _write(tmp_path / "plain", fast=False)
    assert len(ours) >= 3
