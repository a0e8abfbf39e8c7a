"""Shared paths for the extraction tests: seeds and the dev gold set live beside the repo."""

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[3] / "shared"
SEEDS = SHARED / "seeds"
DEV = SHARED / "eval" / "dev"
GOLD = Path(__file__).resolve().parent / "gold"


def seed_text(prefix: str) -> str:
    """The raw text of the seed page whose file name starts with ``prefix``."""
    if not SEEDS.is_dir():
        pytest.skip("shared/seeds is not beside the repo")
    matches = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    if not matches:
        pytest.skip(f"seed {prefix} not found")
    return matches[0].read_text(encoding="utf-8")


GOLD2 = Path(__file__).resolve().parent / "gold2"
