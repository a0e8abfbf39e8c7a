"""A private PostgreSQL server for the tests, started the way pytest-postgresql does it:
``initdb`` into a temporary folder and ``pg_ctl start`` on a free loopback port, stopped
and removed at the end of the session. Every test gets a database of its own.

initdb and pg_ctl refuse to run as root, so as root they run as the ``postgres`` user
(Debian's package creates it). When PostgreSQL is not installed the tests fail with one
line saying how to install it: they are never skipped.
"""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import psycopg

INSTALL_HINT = "PostgreSQL is needed for these tests: apt-get install postgresql (15)"
USER = "newsarchive"


def postgres_bin() -> Path:
    """Debian's PostgreSQL binaries, 15 preferred; installed with apt-get when missing and
    the tests run as root (as on a fresh CI machine)."""
    chosen = _installed()
    if chosen is None and os.geteuid() == 0 and shutil.which("apt-get"):
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        for command in (
            ["apt-get", "update", "-qq"],
            ["apt-get", "install", "-y", "-qq", "postgresql"],
        ):
            subprocess.run(command, env=env, capture_output=True, timeout=900)
        chosen = _installed()
    if chosen is None:
        raise RuntimeError(INSTALL_HINT)
    return chosen


def _installed() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    preferred = [p for p in found if p.parent.parent.name == "15"]
    chosen = (preferred or found[-1:])[:1]
    return chosen[0].parent if chosen else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _as_postgres(command: list[str]) -> subprocess.CompletedProcess:
    if os.geteuid() == 0:
        command = ["runuser", "-u", "postgres", "--", *command]
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


class PostgresServer:
    """One running server; ``create_database`` hands out a fresh, empty database."""

    def __init__(self) -> None:
        self.bin = postgres_bin()
        self.home = Path(tempfile.mkdtemp(prefix="newsarchive-pg-"))
        self.home.chmod(0o755)
        if os.geteuid() == 0:
            shutil.chown(self.home, "postgres", "postgres")
        self.data = self.home / "data"
        self.port = _free_port()
        self._names = itertools.count(1)
        self._init()
        self._start()

    def _run(self, command: list[str], what: str) -> None:
        done = _as_postgres(command)
        if done.returncode != 0:
            last = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["?"]
            raise RuntimeError(f"PostgreSQL {what} failed: {last[0]}")

    def _init(self) -> None:
        self._run(
            [str(self.bin / "initdb"), "-D", str(self.data), "-U", USER, "--auth=trust"]
            + ["-E", "UTF8", "--locale=C.UTF-8"],
            "initdb",
        )
        with open(self.data / "postgresql.conf", "a") as conf:
            # A throwaway server: durability of the server itself is not under test (a
            # killed *client* is), so skip the disk flushes that would slow every commit.
            conf.write(
                f"\nlisten_addresses = '127.0.0.1'\nport = {self.port}\n"
                "unix_socket_directories = ''\nfsync = off\nfull_page_writes = off\n"
                "synchronous_commit = off\nmax_connections = 200\n"
            )

    def _start(self) -> None:
        log = self.home / "postgresql.log"
        self._run(
            [str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(log), "-w", "start"],
            "start",
        )

    def url(self, database: str, driver: str = "postgresql+psycopg") -> str:
        return f"{driver}://{USER}@127.0.0.1:{self.port}/{database}"

    def _admin(self, sql: str) -> None:
        with psycopg.connect(self.url("postgres", "postgresql"), autocommit=True) as conn:
            conn.execute(sql)

    def create_database(self) -> str:
        """A new empty database (from template0); returns its SQLAlchemy URL."""
        name = f"test_{os.getpid()}_{next(self._names)}"
        self._admin(f"CREATE DATABASE {name} TEMPLATE template0")
        return self.url(name)

    def drop_database(self, url: str) -> None:
        self._admin(f"DROP DATABASE IF EXISTS {url.rsplit('/', 1)[1]} WITH (FORCE)")

    def stop(self) -> None:
        _as_postgres([str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"])
        shutil.rmtree(self.home, ignore_errors=True)
