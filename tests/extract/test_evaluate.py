"""evaluate.py: the matching rules, and the quality bars on our gold set and the dev set."""

import json

import pytest

from app.extract.evaluate import evaluate, fold_form, format_report, match
from tests.extract.paths import DEV, GOLD, GOLD2


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Sana’a", "Sana'a"),
        ("“Abu Issa”", '"abu issa"'),
        ("Abu Yassin \nal-Homsi", "Abu Yassin al-Homsi"),
        ("Mevlüt Çavuşoğlu", "Mevlut Cavusoglu"),
    ],
)
def test_forms_fold_alike(a, b):
    assert fold_form(a) == fold_form(b)


def test_each_gold_entity_is_matched_at_most_once():
    predicted = [{"ash carter"}, {"carter", "ash carter"}, {"paris"}]
    gold = [{"ash carter", "ashton carter"}, {"kerry"}]
    tp, extra, missed = match(predicted, gold)
    assert (tp, extra, missed) == (1, [1, 2], [1])


def test_report_scores_a_tiny_folder(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Strikes hit Mosul\n\nMOSUL, Iraq - Gen. Tony Thomas and Mr Smith visited Tikrit.",
        encoding="utf-8",
    )
    (tmp_path / "a.json").write_text(
        json.dumps(
            {
                "title": "Strikes hit Mosul",
                "published": None,
                "persons": ["Tony Thomas", "Jane Doe"],
                "cities": ["Mosul", "Tikrit"],
            }
        ),
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text("no annotation, skipped", encoding="utf-8")
    report = evaluate(tmp_path)
    assert len(report.articles) == 1
    assert report.cities.tp == 2 and report.cities.fp == 0
    assert report.persons.tp == 1 and report.persons.fn == 1  # Jane Doe missed
    assert report.title_rate == 1.0 and report.date_rate == 1.0
    text = format_report(report, show=True)
    assert "missed persons: Jane Doe" in text


def test_a_place_is_scored_by_the_name_the_article_gives_it(tmp_path):
    """The README's guidance: the predicted NAME must be the gold name or one of its aliases.
    GeoNames lists Jenin as "Janin"; the article writes "Jenin", and so does the output."""
    (tmp_path / "a.txt").write_text(
        "Raid in the West Bank\n\nIsraeli troops raided Jenin and Nablus on Monday.",
        encoding="utf-8",
    )
    (tmp_path / "a.json").write_text(
        json.dumps({"title": "Raid in the West Bank", "cities": ["Jenin", "Nablus"]}),
        encoding="utf-8",
    )
    report = evaluate(tmp_path)
    assert (report.cities.tp, report.cities.fp, report.cities.fn) == (2, 0, 0)


def test_our_gold_set_meets_the_bar():
    report = evaluate(GOLD)
    assert len(report.articles) >= 6
    assert report.persons.f1 >= 0.9, format_report(report, show=True)
    assert report.cities.f1 >= 0.9, format_report(report, show=True)
    assert report.title_rate >= 0.8 and report.date_rate >= 0.8


@pytest.mark.skipif(not DEV.is_dir(), reason="shared/eval/dev is not beside the repo")
def test_dev_set_meets_the_bar():
    report = evaluate(DEV)
    shown = format_report(report, show=True)
    for score in (report.persons, report.cities):
        assert score.f1 >= 0.92, shown
        assert score.precision > 0.88 and score.recall > 0.88, shown


def test_second_gold_set_meets_its_bar():
    """tests/extract/gold2: 20 FA-KES articles (cut at ~2,000 bytes) and 7 written scraped
    pages about other conflicts, annotated by hand before the extractor was run on them.
    Bars sit ~0.05 under the scores reached (persons F1 0.99, cities F1 0.85: many Syrian
    villages are not in GeoNames)."""
    report = evaluate(GOLD2)
    shown = format_report(report, show=True)
    assert len(report.articles) >= 27
    assert report.persons.f1 >= 0.94, shown
    assert report.cities.f1 >= 0.79, shown
    assert report.cities.precision >= 0.92, shown
    assert report.title_rate >= 0.92 and report.date_rate >= 0.9, shown
