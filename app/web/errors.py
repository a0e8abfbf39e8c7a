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
