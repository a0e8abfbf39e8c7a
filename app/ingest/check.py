"""``newsarchive check``: do the database and the search index agree?

The database is the source of truth; the index must hold exactly its primary articles
(near-duplicates are shown through their primary), each once, with the same title, source
and date. Differences are listed; ``newsarchive reindex`` repairs all of them.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field

from app.archive import Archive
from app.store import repository
from app.wording import counted

# Fields are compared on a sample: loading every article of a large archive would take
# long, and a stale index shows in the counts and ids, which are checked in full.
FIELD_SAMPLE = 500
SHOWN = 10  # ids listed per kind of difference


@dataclass
class CheckReport:
    articles: int = 0
    primaries: int = 0
    indexed: int = 0
    problems: list[str] = field(default_factory=list)
    fatal: str | None = None  # an index too broken (or empty) to compare: the one line said

    @property
    def ok(self) -> bool:
        return not self.problems and self.fatal is None

    def summary(self) -> str:
        if self.fatal is not None:
            return self.fatal
        lines = [
            f"database: {counted(self.articles, 'article')}, "
            f"{counted(self.primaries, 'story', 'stories')} "
            f"({counted(self.articles - self.primaries, 'near-duplicate')}); "
            f"index: {counted(self.indexed, 'document')}"
        ]
        if self.ok:
            lines.append("ok: the index holds every story once, as the database has it")
        else:
            lines += [f"  {problem}" for problem in self.problems]
            lines.append("run `newsarchive reindex` to rebuild the index from the database")
        return "\n".join(lines)


def _listed(ids: list[int]) -> str:
    shown = ", ".join(map(str, ids[:SHOWN]))
    return shown + (f" and {len(ids) - SHOWN} more" if len(ids) > SHOWN else "")


def check_archive(archive: Archive, *, sample: int = FIELD_SAMPLE) -> CheckReport:
    with archive.sessions() as session:
        total = repository.count_articles(session)
        primaries = repository.primary_article_ids(session)
        duplicates = set(repository.duplicate_article_ids(session))
    health = archive.search.check()
    if not health.ok:
        return CheckReport(articles=total, primaries=len(primaries), fatal=health.line())
    in_index = archive.search.indexed_ids()
    report = CheckReport(articles=total, primaries=len(primaries), indexed=len(in_index))
    if primaries and not in_index:
        # The normal state after a first ingest killed before its first index commit.
        report.fatal = (
            f"search index: empty, while the database holds {len(primaries)} stories; "
            "run `newsarchive reindex`"
        )
        return report
    counts = Counter(in_index)
    wanted = set(primaries)
    problems = [
        ("stories missing from the index", sorted(wanted - counts.keys())),
        ("indexed more than once", sorted(i for i, n in counts.items() if n > 1)),
        ("near-duplicates in the index", sorted(duplicates & counts.keys())),
        ("in the index but not in the database", sorted(counts.keys() - wanted - duplicates)),
    ]
    report.problems += [f"{what}: {_listed(ids)}" for what, ids in problems if ids]

    both = sorted(wanted & counts.keys())
    chosen = sorted(random.Random(0).sample(both, min(sample, len(both))))
    stored = archive.search.indexed_fields(chosen)
    with archive.sessions() as session:
        articles = repository.load_articles(session, article_ids=chosen)
    differ = [
        article.id
        for article in articles
        if (seen := stored.get(article.id)) is not None
        and (seen.title, seen.source, seen.published)
        != (article.title, article.source, article.published)
    ]
    if differ:
        report.problems.append(
            f"title, source or date differ between database and index: {_listed(differ)}"
        )
    return report
