"""Checking an editor's name and password against the archive, the same way for the login
page and HTTP Basic: rate-limited, and the same answer (False) whether the name is
unknown or the password wrong."""

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
    wait = limiter.retry_after(address, name)
    if wait:
        raise TooManyAttempts(wait)
    stored = editors.password_hash(session, name=name)
    if not verify_password(stored, password):
        limiter.failed(address, name)
        return False
    limiter.succeeded(address, name)
    if stored and needs_rehash(stored):
        with session.begin_nested():
            editors.set_password_hash(session, name=name, password_hash=hash_password(password))
        session.commit()
    return True
