"""The key that signs session cookies: NEWSARCHIVE_SECRET_KEY when set, else one made
once and kept in the data dir (mode 0600), so sessions survive a restart. Never logged.

Several processes may make it at once (``serve --workers N`` on a new archive): each
writes its candidate to a file of its own and links it into place, which only one can
do; the others read the winner's. A file is never seen half-written, so every process
signs with the same key. Several machines do not share a data dir: they need the same
NEWSARCHIVE_SECRET_KEY, or a cookie signed by one is refused by the others.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets

from app.config import Settings

FILE_NAME = "secret_key"


def session_secret(settings: Settings) -> str:
    if settings.secret_key:
        return settings.secret_key
    path = settings.data_dir / FILE_NAME
    if path.exists():
        return path.read_text().strip()
    key = secrets.token_urlsafe(48)
    candidate = settings.data_dir / f".{FILE_NAME}.{os.getpid()}.{secrets.token_hex(4)}"
    try:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        # Created with 0600 from the start: never readable by others, even for a moment.
        descriptor = os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError as error:
        if error.errno not in (errno.EROFS, errno.EACCES, errno.EPERM):
            raise
        # A read-only folder (served for reading: nobody signs in): a key for this run,
        # made once by `serve` before it forks its workers (app.web.workers).
        return key
    try:
        with os.fdopen(descriptor, "w") as handle:
            handle.write(key + "\n")
        with contextlib.suppress(FileExistsError):  # another process was first: its key
            os.link(candidate, path)
    finally:
        os.unlink(candidate)
    return path.read_text().strip()


def several_machines_notice(settings: Settings) -> str | None:
    """What ``serve`` says when other machines may serve the same database (PostgreSQL)
    and the key is this machine's own file: they must all be given one key."""
    if settings.secret_key or not settings.sqlalchemy_url.startswith("postgresql"):
        return None
    return (
        "the session key is this machine's (data_dir/secret_key): if other machines serve "
        "this database, give them all the same NEWSARCHIVE_SECRET_KEY, or an editor signed "
        "in on one is signed out on the next"
    )
