"""The key that signs session cookies: NEWSARCHIVE_SECRET_KEY when set, else one made
once and kept in the data dir (mode 0600), so sessions survive a restart. Never logged."""

from __future__ import annotations

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
    try:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        # Created with 0600 from the start: never readable by others, even for a moment.
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError as error:
        if error.errno not in (errno.EROFS, errno.EACCES, errno.EPERM):
            raise
        # A read-only folder (served for reading: nobody signs in): a key for this run.
        return key
    with os.fdopen(descriptor, "w") as handle:
        handle.write(key + "\n")
    return key
