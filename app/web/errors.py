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
