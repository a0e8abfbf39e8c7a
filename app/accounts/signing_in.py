"""Checking an editor's name and password against the archive, the same way for the login
page and HTTP Basic: rate-limited, and the same answer (False) whether the name is
unknown or the password wrong.

A right password writes nothing unless the pair had failures to clear (or the hash needs
upgrading): an API client signing every read with HTTP Basic costs one read of the
failures, never a write."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.accounts.login_limits import LoginLimiter
from app.accounts.passwords import hash_password, needs_rehash, verify_password
from app.store import editors


class TooManyAttempts(Exception):
    def __init__(self, retry_after: int) -> None:
        super().__init__(f"too many failed sign-ins; try again in {retry_after} s")
        self.retry_after = retry_after


def check_credentials(
    session: Session, limiter: LoginLimiter, *, address: str, name: str, password: str
) -> bool:
    """True for a right name and password; raises TooManyAttempts past the limit."""
    standing = limiter.standing(address, name)
    if standing.retry_after:
        raise TooManyAttempts(standing.retry_after)
    stored = editors.password_hash(session, name=name)
    if not verify_password(stored, password):
        limiter.failed(address, name)
        return False
    if standing.failures:
        limiter.succeeded(address, name)
    if stored and needs_rehash(stored):
        with session.begin_nested():
            editors.set_password_hash(session, name=name, password_hash=hash_password(password))
        session.commit()
    return True
