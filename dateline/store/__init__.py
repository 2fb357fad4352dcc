"""The SQLite store: articles, their events, places and quotes."""

from .sqlite import Store

__all__ = ["Store"]
