"""Quality harness: run extraction over an annotated folder and score it.

Scoring follows the eval README's matching guidance: per article, a predicted entity matches
a gold entity when its name (a place's name as the article writes it, ``text_name``) equals
the gold name or one of its aliases after folding case and accents, treating ’/' and “/"
alike and collapsing whitespace; each gold entity is matched at most once. The predicted
entity's own aliases are not used: a place the archive lists as GeoNames' "Janin" counts
only if the output names it "Jenin" as the article does. Precision/recall/F1 are
micro-averaged over all articles.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from app.domain import CityMention, PersonMention
from app.extract import extract_page


def fold_form(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", text).strip().casefold()


def _gold_forms(entry: str | dict) -> set[str]:
    if isinstance(entry, str):
        return {fold_form(entry)}
    return {fold_form(entry["name"])} | {fold_form(a) for a in entry.get("aliases", [])}


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class ArticleResult:
    name: str
    missed: dict[str, list[str]] = field(default_factory=dict)  # kind -> gold names
    extra: dict[str, list[str]] = field(default_factory=dict)  # kind -> predicted names
    title_ok: bool = True
    date_ok: bool = True
    title: tuple[str | None, str | None] = (None, None)  # (gold, predicted)
    date: tuple[str | None, str | None] = (None, None)


@dataclass
class EvalReport:
    persons: Score = field(default_factory=Score)
    cities: Score = field(default_factory=Score)
    articles: list[ArticleResult] = field(default_factory=list)

    @property
    def title_rate(self) -> float:
        return sum(a.title_ok for a in self.articles) / len(self.articles) if self.articles else 0.0

    @property
    def date_rate(self) -> float:
        return sum(a.date_ok for a in self.articles) / len(self.articles) if self.articles else 0.0


def match(predicted: list[set[str]], gold: list[set[str]]) -> tuple[int, list[int], list[int]]:
    """(true positives, unmatched predicted indexes, unmatched gold indexes)."""
    used: set[int] = set()
    extra: list[int] = []
    for i, forms in enumerate(predicted):
        hit = next((g for g, gf in enumerate(gold) if g not in used and forms & gf), None)
        if hit is None:
            extra.append(i)
        else:
            used.add(hit)
    return len(used), extra, [g for g in range(len(gold)) if g not in used]


def _output_name(entity: PersonMention | CityMention) -> str:
    """The name `newsarchive extract` prints: a place as the article writes it."""
    return entity.text_name if isinstance(entity, CityMention) else entity.name


def _score(kind: str, pred: list, gold: list, score: Score, result: ArticleResult) -> None:
    pforms = [{fold_form(_output_name(p))} for p in pred]
    gforms = [_gold_forms(g) for g in gold]
    tp, extra, missed = match(pforms, gforms)
    score.tp += tp
    score.fp += len(extra)
    score.fn += len(missed)
    result.extra[kind] = [_output_name(pred[i]) for i in extra]
    result.missed[kind] = [
        g if isinstance(g, str) else g["name"] for g in (gold[i] for i in missed)
    ]


def evaluate(gold_dir: Path) -> EvalReport:
    report = EvalReport()
    for txt in sorted(Path(gold_dir).glob("*.txt")):
        ann = txt.with_suffix(".json")
        if not ann.exists():
            continue
        gold = json.loads(ann.read_text(encoding="utf-8"))
        e = extract_page(txt.read_text(encoding="utf-8"))
        res = ArticleResult(txt.stem)
        _score("persons", list(e.persons), gold.get("persons", []), report.persons, res)
        _score("cities", list(e.cities), gold.get("cities", []), report.cities, res)
        predicted_title = None if e.title_is_fallback else e.title
        res.title = (gold.get("title"), predicted_title)
        res.title_ok = (gold.get("title") is None and e.title_is_fallback) or (
            gold.get("title") is not None
            and not e.title_is_fallback
            and fold_form(gold["title"]) == fold_form(e.title)
        )
        pub = e.published.isoformat() if e.published else None
        res.date = (gold.get("published"), pub)
        res.date_ok = gold.get("published") == pub
        report.articles.append(res)
    return report


def format_report(report: EvalReport, show: bool = False) -> str:
    rows = [
        f"articles: {len(report.articles)}",
        f"{'':10}{'P':>7}{'R':>7}{'F1':>7}{'tp':>5}{'fp':>5}{'fn':>5}",
    ]
    for kind, s in (("persons", report.persons), ("cities", report.cities)):
        rows.append(
            f"{kind:10}{s.precision:7.3f}{s.recall:7.3f}{s.f1:7.3f}{s.tp:5}{s.fp:5}{s.fn:5}"
        )
    rows.append(f"title exact-match rate: {report.title_rate:.3f}")
    rows.append(f"date exact-match rate:  {report.date_rate:.3f}")
    if show:
        for a in report.articles:
            notes = []
            for kind in ("persons", "cities"):
                if a.missed.get(kind):
                    notes.append(f"  missed {kind}: {', '.join(a.missed[kind])}")
                if a.extra.get(kind):
                    notes.append(f"  extra {kind}: {', '.join(a.extra[kind])}")
            if not a.title_ok:
                notes.append(f"  title: gold={a.title[0]!r} got={a.title[1]!r}")
            if not a.date_ok:
                notes.append(f"  date: gold={a.date[0]} got={a.date[1]}")
            if notes:
                rows.append(a.name)
                rows.extend(notes)
    return "\n".join(rows)
