"""Paths for the extraction tests: the seeds are in the repo; the dev gold set lives beside
the repo (in ../shared), and only the test that needs it is skipped where it is absent."""

from pathlib import Path

from app.config import PROJECT_ROOT

SHARED = PROJECT_ROOT.parent / "shared"
SEEDS = PROJECT_ROOT / "seeds"
DEV = SHARED / "eval" / "dev"
GOLD = Path(__file__).resolve().parent / "gold"


def seed_text(prefix: str) -> str:
    """The raw text of the seed page whose file name starts with ``prefix``."""
    (match,) = SEEDS.glob(f"{prefix}_*.txt")
    return match.read_text(encoding="utf-8")


GOLD2 = Path(__file__).resolve().parent / "gold2"
