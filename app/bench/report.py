"""The benchmark's results as a plain-text table, with the budget checked."""

from __future__ import annotations

from app.bench.runner import BUDGET, BUDGET_RSS_MB


def _pair(stats: dict) -> str:
    if not stats.get("n"):
        return "-"
    return f"{stats['p50_ms']:.1f} ({stats['p95_ms']:.1f})"


def format_table(results: dict) -> str:
    lines = [
        f"newsarchive bench ({results.get('configuration', 'embedded')}): "
        f"{results['articles']:,} articles, seed {results['seed']}, "
        f"{results['queries_per_kind']} queries per kind; median (p95) in ms"
    ]
    ingest = results["ingest"]
    lines.append(
        f"ingest: {ingest['added']:,} added in {ingest['ingest_s']} s = "
        f"{ingest['articles_per_s']} articles/s (extraction included)"
        + (" [reused]" if ingest.get("reused") else "")
    )
    sizes = results["sizes_mb"]
    lines.append(
        f"sizes: index {sizes['index']} MB, database {sizes['database']} MB, "
        f"FTS5 baseline {sizes.get('fts5', '-')} MB; first search (cache build) "
        f"{results['first_search_s']:.2f} s"
    )
    http = results.get("http", {})
    header = f"{'query kind':<32} {'run_search':>16} {'FTS5':>16} {'ratio':>6}"
    if http:
        header += f" {'/api/search':>16} {'/search':>16}"
    lines += ["", header, "-" * len(header)]
    for kind, both in results["search"].items():
        w, f = both["whoosh"], both["fts5"]
        ratio = w["p50_ms"] / f["p50_ms"] if f.get("p50_ms") else float("nan")
        row = f"{kind:<32} {_pair(w):>16} {_pair(f):>16} {ratio:>6.2f}"
        if http:
            row += (
                f" {_pair(http['api'].get(kind, {})):>16} {_pair(http['html'].get(kind, {})):>16}"
            )
        lines.append(row)
    lines.append("(ratio: run_search median / FTS5 median; below 1 is faster than FTS5)")
    if http:
        lines.append(
            f"server (one process): cold start {http['cold_start_s']} s"
            f"{_of_starts(http)}, "
            f"peak RSS {http['peak_rss_mb']} MB"
        )
    lines += ["", "budget (at 100k):"] + [f"  {line}" for line in budget_lines(results)]
    return "\n".join(lines)


def budget_lines(results: dict) -> list[str]:
    def verdict(ok: bool) -> str:
        return "met" if ok else "NOT met"

    out = []
    ingest = results["ingest"]["articles_per_s"]
    out.append(
        f"ingest >= {BUDGET['ingest_per_s']}/s: {ingest}/s, "
        f"{verdict(ingest >= BUDGET['ingest_per_s'])}"
    )
    mix = results["search"]["whole mix"]
    faster = bool(mix["fts5"].get("n")) and mix["whoosh"]["p50_ms"] < mix["fts5"]["p50_ms"]
    out.append(
        f"faster than FTS5 on the mix (median): {_pair(mix['whoosh'])} vs "
        f"{_pair(mix['fts5'])}, {verdict(faster)}"
    )
    http = results.get("http")
    if http:
        api = http["api"]["whole mix"]
        out.append(
            f"/api/search p50 <= {BUDGET['api_p50_ms']} ms: {api['p50_ms']}, "
            f"{verdict(api['p50_ms'] <= BUDGET['api_p50_ms'])}"
        )
        out.append(
            f"/api/search p95 <= {BUDGET['api_p95_ms']} ms: {api['p95_ms']}, "
            f"{verdict(api['p95_ms'] <= BUDGET['api_p95_ms'])}"
        )
        out.append(
            f"cold start <= {BUDGET['cold_start_s']} s: {http['cold_start_s']}, "
            f"{verdict(http['cold_start_s'] <= BUDGET['cold_start_s'])}"
        )
        out.append(
            f"server RSS <= {BUDGET_RSS_MB} MB: {http['peak_rss_mb']}, "
            f"{verdict(http['peak_rss_mb'] <= BUDGET_RSS_MB)}"
        )
    return out


def format_growth(runs: list[dict]) -> str:
    """Several runs side by side (issue 10's growth table), one row per configuration and size."""
    header = (
        "| configuration | articles | ingest (articles/s) "
        "| `/api/search` whole mix, median (p95) ms "
        "| index + database (MB) | cold start (s) | server RSS (MB) |"
    )
    lines = [header, "|---|---|---|---|---|---|---|"]
    for run in runs:
        http = run.get("http") or {}
        api = http.get("api", {}).get("whole mix", {})
        sizes = run["sizes_mb"]
        lines.append(
            f"| {run.get('configuration', 'embedded')} | {run['articles']:,} "
            f"| {run['ingest']['articles_per_s']} | {_pair(api)} "
            f"| {sizes['index']} + {sizes['database']} "
            f"| {http.get('cold_start_s', '-')} | {http.get('peak_rss_mb', '-')} |"
        )
    return "\n".join(lines)


def _of_starts(http: dict) -> str:
    """' (median of 0.75, 0.74, 0.81)' when the run measured several starts."""
    starts = http.get("cold_starts_s") or []
    return f" (median of {', '.join(str(s) for s in starts)})" if len(starts) > 1 else ""
