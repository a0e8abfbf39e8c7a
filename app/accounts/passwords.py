"""Password hashes: Argon2id through argon2-cffi, with its current default parameters
(the OWASP recommendation), so stored hashes carry their own parameters and a future
default upgrades them at the next sign-in (``needs_rehash``)."""

from __future__ import annotations

import functools

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

_hasher = PasswordHasher()


@functools.cache
def _dummy() -> str:
    """Checked when the editor does not exist, so an unknown name costs the same time as a
    wrong password and the two cannot be told apart. Made on the first sign-in, not at
    import: one Argon2id hash is ~0.25 s, a quarter of the server's cold start."""
    return _hasher.hash("no such editor")


MIN_LENGTH = 8


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(stored: str | None, password: str) -> bool:
    """Whether ``password`` matches ``stored`` (None: no such editor, still hashed)."""
    try:
        return _hasher.verify(stored or _dummy(), password) and stored is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored: str) -> bool:
    return _hasher.check_needs_rehash(stored)


def password_problem(password: str) -> str | None:
    """Why a new password is refused, or None."""
    if len(password) < MIN_LENGTH:
        return f"the password must have at least {MIN_LENGTH} characters"
    return None
