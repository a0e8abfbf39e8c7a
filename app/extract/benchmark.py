"""Extraction throughput: articles per second in one process, gazetteer load timed apart.

The gazetteer is a one-time cost per process (seconds), so it is reported separately; the
figure that matters for ingest is steady-state articles/second. We take the median of several
runs over the same texts to smooth out noise from other processes on the machine.
"""

from __future__ import annotations

import csv
import statistics
import sys
import time
from collections.abc import Iterable
from pathlib import Path

from app.extract import extract_page
from app.extract.gazetteer import gazetteer
from app.extract.lexicons import common_words, first_names


def load_corpus(csv_path: Path, column: str = "article_content") -> list[str]:
    csv.field_size_limit(sys.maxsize)
    with csv_path.open(encoding="utf-8", errors="replace", newline="") as fh:
        return [row[column] for row in csv.DictReader(fh) if row.get(column)]


def load_dir(folder: Path) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]


def run_benchmark(texts: Iterable[str], runs: int = 5) -> dict[str, float]:
    """Median articles/second over ``runs`` passes (after a warm-up pass)."""
    texts = list(texts)
    if not texts:
        return {"articles": 0, "articles_per_second": 0.0, "median_seconds": 0.0}
    gaz = gazetteer()
    for t in texts[:5]:
        extract_page(t, gaz=gaz)  # warm-up: regex compilation, lexicon loading
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        for t in texts:
            extract_page(t, gaz=gaz)
        timings.append(time.perf_counter() - start)
    med = statistics.median(timings)
    words = sum(len(t.split()) for t in texts)
    return {
        "articles": len(texts),
        "mean_words": words / len(texts),
        "median_seconds": med,
        "articles_per_second": len(texts) / med,
    }


def main(corpus_csv: Path | None, seeds_dir: Path | None, runs: int = 5) -> str:
    start = time.perf_counter()
    gaz = gazetteer()
    gaz_seconds = time.perf_counter() - start
    start = time.perf_counter()
    first_names()
    common_words()
    lex_seconds = time.perf_counter() - start
    lines = [
        f"gazetteer load: {gaz_seconds:.2f} s ({len(gaz.cities)} places, "
        f"{len(gaz.forms)} name forms); lexicons: {lex_seconds:.2f} s"
    ]
    sets = []
    if corpus_csv is not None and corpus_csv.exists():
        sets.append((corpus_csv.name, load_corpus(corpus_csv)))
    if seeds_dir is not None and seeds_dir.exists():
        sets.append((seeds_dir.name, load_dir(seeds_dir)))
    for name, texts in sets:
        r = run_benchmark(texts, runs=runs)
        lines.append(
            f"{name}: {r['articles']} articles, ~{r.get('mean_words', 0):.0f} words each: "
            f"{r['articles_per_second']:.0f} articles/s (median of {runs} runs, "
            f"{r['median_seconds']:.2f} s per pass)"
        )
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover - manual use
    print(
        main(
            Path(sys.argv[1]) if len(sys.argv) > 1 else None,
            Path(sys.argv[2]) if len(sys.argv) > 2 else None,
        )
    )
