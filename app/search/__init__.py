"""The search package: one interface (``SearchBackend``, backend.py) and its engines.

Everything engine-specific lives in one package per engine (``app.search.whoosh``: the
embedded Whoosh index and its numpy machinery); ingest, the CLI, the bench and the web app
open the engine the settings name with ``open_backend`` and use only the protocol.
"""

from app.search.backend import (
    BulkWriter,
    IndexedFields,
    IndexHealth,
    QueryTooCostly,
    SearchBackend,
    SearchBackendError,
)
from app.search.factory import import_backend, open_backend

__all__ = [
    "BulkWriter",
    "IndexHealth",
    "IndexedFields",
    "QueryTooCostly",
    "SearchBackend",
    "SearchBackendError",
    "import_backend",
    "open_backend",
]
