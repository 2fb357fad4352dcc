"""The SQLite store: articles, their events, places and quotes; merged events and story clusters.

See ``dateline.store.sqlite`` for the tables and the query API, ``dateline.store.merge`` for the
cross-article merge rules and ``dateline.store.cluster`` for story clustering.
"""

from .sqlite import MergedEvent, Store

__all__ = ["MergedEvent", "Store"]
