"""Finding input files and reading them as raw pages, with a clear reason for each refusal."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# Files ingest reads; anything else met while walking a folder is passed over silently
# (a folder of scrapes often holds logs and sidecars), but a file named explicitly is refused.
TEXT_SUFFIXES = {".txt", ".text"}


@dataclass(frozen=True)
class RawPage:
    origin: str  # where it came from, for reports and the article's record
    text: str


@dataclass(frozen=True)
class BadInput:
    origin: str
    reason: str


def find_files(paths: list[Path]) -> Iterator[Path | BadInput]:
    """Files under the given paths, folders walked recursively in a stable order."""
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.suffix.lower() not in TEXT_SUFFIXES or child.is_dir():
                    continue
                if child.is_file():
                    yield child
                else:
                    yield BadInput(str(child), "unreadable: a broken link or a special file")
        elif path.is_file():
            yield path
        elif path.exists():
            yield BadInput(str(path), "not a regular file")
        else:
            yield BadInput(str(path), "no such file or folder")


def read_page(path: Path, *, max_bytes: int) -> RawPage | BadInput:
    """The file's text, or why it cannot be an article."""
    origin = str(path)
    if path.suffix.lower() not in TEXT_SUFFIXES:
        return BadInput(origin, f"unsupported file type {path.suffix or '(none)'!r}")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return BadInput(origin, f"too large ({size:,} bytes; the limit is {max_bytes:,})")
        data = path.read_bytes()
    except OSError as error:
        return BadInput(origin, f"unreadable: {error.strerror or error}")
    if not data.strip():
        return BadInput(origin, "empty file")
    if b"\x00" in data:
        return BadInput(origin, "binary file (contains NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return BadInput(origin, f"not valid UTF-8 text (byte {error.start}: {error.reason})")
    if not text.strip():
        return BadInput(origin, "empty file")
    return RawPage(origin, text)
