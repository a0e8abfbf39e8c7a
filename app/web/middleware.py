"""The app's own middleware, as plain ASGI.

Starlette's ``@app.middleware("http")`` (``BaseHTTPMiddleware``) runs the rest of the app
in a task of its own and streams the answer through a memory channel: per request and per
layer, work the archive's cheap requests noticed. These wrap ``send`` instead.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from starlette.datastructures import MutableHeaders
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.config import Settings
from app.web.urls import redirect_location

Gate = Callable[[Request], Awaitable[Response | None]]


class RequestGate:
    """Asks ``gate`` about each HTTP request: the response it returns is sent instead of
    the app's; None lets the request through (with what the gate set on ``request.state``,
    which the app's own requests see: it lives in the ASGI scope)."""

    def __init__(self, app: ASGIApp, gate: Gate) -> None:
        self.app = app
        self.gate = gate

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            answer = await self.gate(Request(scope, receive))
            if answer is not None:
                await answer(scope, receive, send)
                return
        await self.app(scope, receive, send)


class SecurityHeaders:
    """Every answer says where its content may come from and how it may be sniffed or
    referred; redirects point at the configured base URL, never a reflected Host."""

    def __init__(self, app: ASGIApp, settings: Settings, policy: str) -> None:
        self.app = app
        self.settings = settings
        self.policy = policy

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.setdefault("Content-Security-Policy", self.policy)
                headers.setdefault("X-Content-Type-Options", "nosniff")
                headers.setdefault("Referrer-Policy", "same-origin")
                if "location" in headers:
                    headers["location"] = redirect_location(headers["location"], self.settings)
            await send(message)

        await self.app(scope, receive, send_with_headers)
