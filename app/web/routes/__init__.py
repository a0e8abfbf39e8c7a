"""Route modules: HTML pages and the JSON API.

Their routers make ``LazyRoute``s. FastAPI analyses an endpoint (its parameters and their
validators, the response model) when its route is made, and again for the app when the
router is included, on the first request that reaches the router. Made lazily, a route
is analysed once, for the app, when a request first reaches its router: 52 routes made
at import were 50-70 ms of a server's start, and the first /api/search needs 22 of them
(the routers included before the API's, and the API's).
"""

from __future__ import annotations

import inspect
import threading
from enum import IntEnum
from typing import Any

from fastapi.routing import APIRoute
from starlette.routing import get_name

# APIRoute's options with their defaults.
_OPTIONS = {
    name: parameter.default
    for name, parameter in inspect.signature(APIRoute.__init__).parameters.items()
    if parameter.kind is inspect.Parameter.KEYWORD_ONLY
}


class LazyRoute(APIRoute):
    """An APIRoute that keeps its options as given and analyses its endpoint the first
    time anything else is asked of it. The app's inclusion of a router reads only the
    options (and analyses the endpoint itself); they are set here as APIRoute sets them,
    except ``response_model``, kept as given: the inclusion resolves it the same way."""

    def __init__(self, path: str, endpoint: Any, **given: Any) -> None:
        unknown = set(given) - set(_OPTIONS)
        if unknown:
            raise TypeError(f"APIRoute takes no {sorted(unknown)}")
        from fastapi._form_limits import _validate_form_limits

        options = {**_OPTIONS, **given}
        state = self.__dict__
        state.update(options)
        state["_given"] = (path, endpoint, given)
        state["_analysing"] = threading.Lock()
        state["path"] = path
        state["endpoint"] = endpoint
        state["tags"] = options["tags"] or []
        state["dependencies"] = list(options["dependencies"] or [])
        state["responses"] = options["responses"] or {}
        state["name"] = get_name(endpoint) if options["name"] is None else options["name"]
        state["methods"] = {method.upper() for method in options["methods"] or ["GET"]}
        status = options["status_code"]
        state["status_code"] = int(status) if isinstance(status, IntEnum) else status
        described = options["description"] or inspect.cleandoc(endpoint.__doc__ or "")
        state["description"] = described.split("\f")[0].strip()
        state["stream_item_type"] = None
        state["form_limits"] = _validate_form_limits(options["form_limits"])

    def __getattr__(self, name: str) -> Any:
        # Called only for what is not set yet: the endpoint's analysis, made now as
        # APIRoute makes it at once.
        if name.startswith("__") or "_given" not in self.__dict__:
            raise AttributeError(name)
        with self._analysing:
            if "dependant" not in self.__dict__:
                path, endpoint, given = self._given
                APIRoute.__init__(self, path, endpoint, **given)
        return object.__getattribute__(self, name)
