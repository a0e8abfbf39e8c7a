"""The module boundaries the README promises, checked on the source: only the Whoosh
backend package imports Whoosh, and outside ``app/search`` nothing reaches past the
``SearchBackend`` protocol into an engine's package."""

from __future__ import annotations

import re
from pathlib import Path

from app.config import PROJECT_ROOT

APP = PROJECT_ROOT / "app"
WHOOSH_PACKAGE = APP / "search" / "whoosh"
IMPORTS_WHOOSH = re.compile(r"^\s*(import whoosh\b|from whoosh[\s.])", re.MULTILINE)
IMPORTS_AN_ENGINE = re.compile(r"^\s*(from|import) app\.search\.whoosh\b", re.MULTILINE)


def modules(root: Path) -> list[Path]:
    return sorted(root.rglob("*.py"))


def offenders(pattern: re.Pattern[str], paths: list[Path]) -> list[str]:
    return [str(p.relative_to(PROJECT_ROOT)) for p in paths if pattern.search(p.read_text())]


def test_only_the_whoosh_package_imports_whoosh():
    outside = [p for p in modules(APP) if WHOOSH_PACKAGE not in p.parents]
    assert len(outside) > 50  # the walk found the app's modules
    assert offenders(IMPORTS_WHOOSH, outside) == []
    # ...and the pattern does find the imports where they are.
    assert "app/search/whoosh/schema.py" in offenders(IMPORTS_WHOOSH, modules(WHOOSH_PACKAGE))


def test_nothing_outside_the_search_package_imports_an_engine():
    outside = [p for p in modules(APP) if APP / "search" not in p.parents]
    assert offenders(IMPORTS_AN_ENGINE, outside) == []


def test_module_file_names_are_unique_across_packages():
    names: dict[str, list[str]] = {}
    for path in modules(APP):
        if path.name != "__init__.py":
            names.setdefault(path.name, []).append(str(path.relative_to(PROJECT_ROOT)))
    search = {name: paths for name, paths in names.items() if any("search" in p for p in paths)}
    assert {name: paths for name, paths in search.items() if len(paths) > 1} == {}
