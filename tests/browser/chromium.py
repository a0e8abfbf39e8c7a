"""Making sure the browser tests have Debian's Chromium, so the README's test command passes
as written on a fresh machine: installed with apt when the tests run as root, otherwise a
failure (never a skip) that says in one line how to install it."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Sequence
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
INSTALL_COMMANDS: tuple[tuple[str, ...], ...] = (
    ("apt-get", "update", "-qq"),
    ("apt-get", "install", "-y", "-qq", "chromium"),
)
HOW_TO_INSTALL = "install it with `sudo apt-get install chromium` and run the tests again"


class ChromiumMissing(Exception):
    """The browser tests cannot run; the message is the one line to show."""


def ensure_chromium(
    binary: str = CHROMIUM,
    *,
    say: Callable[[str], None] = print,
    is_root: bool | None = None,
    commands: Sequence[Sequence[str]] = INSTALL_COMMANDS,
) -> str:
    """Return the Chromium binary, installing Debian's package first when it is missing and
    we may (root). Raises ``ChromiumMissing`` with one line when it cannot be had."""
    if Path(binary).exists():
        return binary
    root = os.geteuid() == 0 if is_root is None else is_root
    if not root:
        raise ChromiumMissing(
            f"{binary} is missing and the tests do not run as root: {HOW_TO_INSTALL}"
        )
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in commands:
        say(f"browser tests: {binary} is missing, running: {' '.join(command)}")
        try:
            finished = subprocess.run(command, env=env, capture_output=True, text=True)
        except OSError as error:
            raise ChromiumMissing(
                f"{binary} is missing and `{' '.join(command)}` could not run ({error}): "
                f"{HOW_TO_INSTALL}"
            ) from None
        if finished.returncode != 0:
            last = (finished.stderr or finished.stdout).strip().splitlines()[-1:] or [""]
            raise ChromiumMissing(
                f"{binary} is missing and `{' '.join(command)}` failed "
                f"(exit {finished.returncode}: {last[0]}): {HOW_TO_INSTALL}"
            )
    if not Path(binary).exists():
        raise ChromiumMissing(
            f"{binary} is still missing after installing chromium: {HOW_TO_INSTALL}"
        )
    say(f"browser tests: installed {binary}")
    return binary
