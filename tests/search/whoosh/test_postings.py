"""Reading postings as arrays: positions decoded in bulk are the ones Whoosh wrote, and a
phrase matches where its words follow each other.

Reference: whoosh-reloaded's own Positions format encodes the values; the expected counts
and gaps are written by hand from the position lists."""

from __future__ import annotations

import numpy as np
import pytest
from whoosh import index as whoosh_index
from whoosh.fields import ID, TEXT, Schema
from whoosh.formats import Positions

from app.search.whoosh.postings import Postings, _decode_positions

# (positions of a word in each document, the gaps Whoosh stores: first position, then steps)
CASES = [
    ("one position", [[4]], [4]),
    ("small steps", [[3, 5, 9]], [3, 2, 4]),
    ("a first position past 255", [[300, 301]], [300, 1]),
    ("a step past 65535", [[2, 70002]], [2, 70000]),
    ("documents of both shapes", [[1, 2], [256], [7]], [1, 1, 256, 7]),
    ("position zero", [[0, 1]], [0, 1]),
]


@pytest.mark.parametrize("label,documents,gaps", CASES, ids=[c[0] for c in CASES])
def test_bulk_decoding_gives_whooshs_gaps(label, documents, gaps):
    values = [Positions().encode(positions) for positions in documents]
    counts, flat = _decode_positions(values)
    assert counts.tolist() == [len(positions) for positions in documents]
    assert flat.tolist() == gaps


def test_a_word_repeated_more_than_pickles_batch_size():
    # pickle writes lists of more than 1,000 items as several runs: such values are rare
    # (one word 1,200 times in one document) and must still decode.
    positions = list(range(0, 2400, 2))
    counts, flat = _decode_positions([Positions().encode(positions), Positions().encode([5])])
    assert counts.tolist() == [1200, 1]
    assert flat[:3].tolist() == [0, 2, 2]
    assert flat[-2:].tolist() == [2, 5]


def test_no_values():
    counts, flat = _decode_positions([])
    assert counts.tolist() == [] and flat.tolist() == []


def test_positions_of_a_word_in_an_index(tmp_path):
    schema = Schema(id=ID(stored=True), body=TEXT(phrase=True))
    ix = whoosh_index.create_in(tmp_path, schema)
    with ix.writer() as writer:
        writer.add_document(id="0", body="air strikes hit the town after air raids")
        writer.add_document(id="1", body="no such words here")
        writer.add_document(id="2", body="strikes from the air")
    with ix.reader() as reader:
        found = Postings.read(reader, "body", b"air", with_values=True)
        assert found.docs.tolist() == [0, 2]
        keys = found.position_keys(np.array([0, 2]))
        # document << 32 | position; the default analyzer drops stop words ("the",
        # "from") without counting them: "air strikes hit town after air raids"
        assert [(int(k) >> 32, int(k) & 0xFFFFFFFF) for k in keys] == [(0, 0), (0, 5), (2, 1)]
