"""HTTP API and the web page: ``dateline serve --db FILE``, or ``create_app(path)`` for any ASGI server."""

from __future__ import annotations

from typing import Any

__all__ = ["ServeConfig", "create_app"]


def __getattr__(name: str) -> Any:
    # FastAPI loads only when the server is used, so the other CLI commands start fast.
    if name in __all__:
        from . import app

        return getattr(app, name)
    raise AttributeError(name)
