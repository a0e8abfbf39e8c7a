"""A small family of errors carrying their status; one handler renders them."""

from __future__ import annotations


class WebError(Exception):
    status = 500
    title = "Something went wrong"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class BadRequest(WebError):
    status = 400
    title = "This address has a problem"


class NotFound(WebError):
    status = 404
    title = "Not found"


class Moved(WebError):
    """An entity was merged into another: the same view under the survivor's slug.

    308, not 301: an API client repeats the same request there, and a bookmark follows."""

    status = 308
    title = "Moved"

    def __init__(self, params: list[tuple[str, str]], path: str | None = None) -> None:
        super().__init__("This entity was merged into another.")
        self.params = params
        self.path = path  # None: the same path as the request


class Unauthorized(WebError):
    """Not signed in: editing needs an editor's login (HTTP Basic for API clients)."""

    status = 401
    title = "Sign in to do this"


class Forbidden(WebError):
    """A write request that came from another site, or without its form's CSRF token."""

    status = 403
    title = "Request refused"


class TooMany(WebError):
    status = 429
    title = "Too many attempts"

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class Conflict(WebError):
    status = 409
    title = "This cannot be done now"
