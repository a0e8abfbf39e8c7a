"""The words spelling suggestions are chosen from: each stem of the archive given back its
English words (the ``english-words`` web2 lexicon, stemmed once per archive and saved beside
the index), unchanged stems kept as they are, names' words marked. Expected words read by
hand from the Porter stems ("chemical" -> "chemic", "shelling" -> "shell")."""

from __future__ import annotations

import os

from app.search.whoosh.vocabulary import (
    LEXICON_FILE,
    LexiconWords,
    ensure_lexicon_file,
    vocabulary_from,
)


def test_stems_get_their_words_back_and_names_are_marked(tmp_path):
    stems = {"chemic": 3, "shell": 4, "rare": 1, "hezbollah": 2, "kerri": 2}
    words = vocabulary_from(stems, {"kerry": 2}, tmp_path).words
    assert words["chemical"] == (3, False)
    assert words["shelling"] == words["shell"] == (4, False)
    assert words["hezbollah"] == (2, False)  # in no lexicon, kept as its own stem
    assert words["kerry"] == (2, True)  # a name's word, marked
    assert "rare" not in words and "rarely" not in words  # held by one article only
    assert "shells" not in words  # not in the web2 lexicon


def test_the_lexicon_is_saved_sorted_readable_by_others_and_replaces_the_old_json(tmp_path):
    (tmp_path / "spelling-lexicon.v1.json").write_text("{}", encoding="utf-8")
    ensure_lexicon_file(tmp_path)
    saved = tmp_path / LEXICON_FILE
    lines = saved.read_text(encoding="utf-8").splitlines()
    stems = [line.split("\t", 1)[0] for line in lines]
    assert stems == sorted(stems) and len(stems) > 100_000
    chemic = next(line for line in lines if line.startswith("chemic\t"))
    assert {"chemic", "chemical", "chemically"} <= set(chemic.split("\t")[1].split(" "))
    umask = os.umask(0)
    os.umask(umask)
    assert saved.stat().st_mode & 0o777 == 0o666 & ~umask
    assert not (tmp_path / "spelling-lexicon.v1.json").exists()


def test_stems_are_looked_up_once_and_the_file_read_only_for_new_ones(tmp_path):
    lexicon = LexiconWords()  # a process's own (a server's)
    first = dict(lexicon.of(["chemic", "shell", "hezbollah"], tmp_path))
    assert set(first) == {"chemic", "shell"}  # "hezbollah" is no English word
    assert "chemical" in first["chemic"] and "shelling" in first["shell"]
    (tmp_path / LEXICON_FILE).unlink()
    assert dict(lexicon.of(["chemic", "hezbollah"], tmp_path)) == first  # nothing new asked
    assert not (tmp_path / LEXICON_FILE).exists()  # so nothing read or made
    more = lexicon.of(["chemic", "mosul"], tmp_path)  # a new stem: the file is made again
    assert more["mosul"] == ("mosul",) and (tmp_path / LEXICON_FILE).exists()
