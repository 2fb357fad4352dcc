"""The HTTP API's reads: a thin adapter that shapes ``Store`` query results into API pages.

Every query lives in ``dateline.store.sqlite.Store`` (its module docstring documents them); this
module holds no SQL. It only keeps a small pool of read-only Stores (borrowed one per query), adds
totals to pages and gives merged events the API's JSON shape (actors and place as objects, source
articles listed). A fixed pool rather than one Store per thread: a server's thread pool has dozens of
threads, and as many connections each warming its own page cache cost far more than the queries.

Totals are cached per filter set while the store's ``generation()`` (which grows with every stored
article) is unchanged, and for at most ``COUNT_TTL`` seconds: counting a broad filter reads every
match, while the page itself stops after ``limit`` rows.

An event's public id is the store's merged id: one real-world event, with the evidence of every
article that reported it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..store import Store
from ..store.sqlite import EventRow, MergedEvent, compact_json

MAX_PAGE = 1000
MAX_POINTS = 20000
READ_CACHE_MB = 64  # per pooled reader connection
# Idle reader connections kept; the server runs at most this many queries at once. Two: one thread runs Python
# while the other waits on SQLite, and one slow query does not stall the rest; with four, the threads' fight over
# the GIL cost ~15% more CPU per /events page under load (benchmarks/load_api.py).
READERS = 2
COUNT_TTL = 30.0  # seconds; also bounds staleness when rows are deleted outside dateline
_COUNT_CACHE_SIZE = 1024
# Fields _event reshapes into objects (actors, place); the rest are passed on as the store gives them.
_SHAPED = frozenset(("actor1", "actor1_type", "actor2", "actor2_type", "location", "lat", "lon", "country",
                     "admin1", "geo_precision"))


class NotFound(LookupError):
    """No row has this id."""


class Encoded(str):
    """Text that is already JSON (a response or part of one), passed on as it is."""


@dataclass(frozen=True)
class Page:
    items: list[dict[str, Any]] | list[Encoded]
    total: int
    limit: int
    offset: int

    def to_dict(self) -> dict[str, Any]:
        return {"total": self.total, "limit": self.limit, "offset": self.offset, "items": self.items}

    def to_json(self) -> Encoded:
        """``compact_json(to_dict())``, with items that are ``Encoded`` already spliced in as they are."""
        head = compact_json({"total": self.total, "limit": self.limit, "offset": self.offset})
        items = ",".join(i if isinstance(i, Encoded) else compact_json(i) for i in self.items)
        return Encoded(f'{head[:-1]},"items":[{items}]}}')


class Queries:
    """Read queries over one dateline database, thread-safe: each query borrows a pooled read-only Store.

    A Store is used by one thread at a time (borrowed, then returned), so the connections are opened with
    ``check_same_thread=False``; at most ``readers`` idle ones are kept.
    """

    def __init__(self, path: str | Path, readers: int = READERS) -> None:
        self.path = Path(path)
        self.readers = readers
        self._idle: list[Store] = []
        self._idle_lock = threading.Lock()
        self._counts: dict[tuple[Any, ...], tuple[int, float, int]] = {}  # key -> (generation, when, total)
        self._counts_lock = threading.Lock()

    @contextmanager
    def reader(self) -> Iterator[Store]:
        """A read-only Store for this thread's exclusive use until the block ends."""
        with self._idle_lock:
            store = self._idle.pop() if self._idle else None
        if store is None:
            store = Store(self.path, readonly=True, check_same_thread=False, cache_mb=READ_CACHE_MB)
        try:
            yield store
        finally:
            with self._idle_lock:
                keep = len(self._idle) < self.readers
                if keep:
                    self._idle.append(store)
            if not keep:
                store.close()

    def close(self) -> None:
        with self._idle_lock:
            idle, self._idle = self._idle, []
        for store in idle:
            store.close()

    def _count(self, store: Store, kind: str, count: Callable[..., int], filters: dict[str, Any]) -> int:
        """``count(**filters)``, cached while nothing was stored (and for COUNT_TTL seconds at most)."""
        key = (kind, *sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in filters.items()))
        generation, now = store.generation(), time.monotonic()
        with self._counts_lock:
            cached = self._counts.get(key)
        if cached is not None and cached[0] == generation and now - cached[1] < COUNT_TTL:
            return cached[2]
        total = count(**filters)
        with self._counts_lock:
            if len(self._counts) >= _COUNT_CACHE_SIZE:
                self._counts.clear()
            self._counts[key] = (generation, now, total)
        return total

    def events(self, *, limit: int = 50, offset: int = 0, **filters: Any) -> Page:
        """Merged events matching the filters, newest first, with the total that match."""
        with self.reader() as store:
            found = store.event_rows(limit=limit, offset=offset, **filters)
            total = (len(found) + offset if offset == 0 and len(found) < limit
                     else self._count(store, "events", store.count_events, filters))
        return Page([_event_json(row) for row in found], total, limit, offset)

    def points(self, *, limit: int = MAX_POINTS, **filters: Any) -> list[dict[str, Any]]:
        with self.reader() as store:
            return store.points(limit=limit, **filters)

    def timeline(self, **filters: Any) -> list[dict[str, Any]]:
        with self.reader() as store:
            return store.timeline(**filters)

    def event(self, event_id: str) -> dict[str, Any]:
        """One merged event with all its evidence and the articles it comes from."""
        with self.reader() as store:
            found = store.event(event_id)
        if found is None:
            raise NotFound(event_id)
        return _event_detail(found)

    def articles(self, *, limit: int = 50, offset: int = 0, **filters: Any) -> Page:
        with self.reader() as store:
            items = store.article_summaries(limit=limit, offset=offset, **filters)
            return Page(items, self._count(store, "articles", store.count_articles, filters), limit, offset)

    def article(self, article_id: str) -> dict[str, Any]:
        """The stored record (text and every annotation, as offsets); each event's ``ref`` is its merged id."""
        with self.reader() as store:
            record = store.article(article_id)
        if record is None:
            raise NotFound(article_id)
        merged = record.get("merged_ids") or {}
        for event in record.get("events", []):
            event["ref"] = merged.get(event["id"])
        return record

    def quotes(self, *, limit: int = 50, offset: int = 0, **filters: Any) -> Page:
        with self.reader() as store:
            return Page(store.quotes(limit=limit, offset=offset, **filters),
                        self._count(store, "quotes", store.count_quotes, filters), limit, offset)

    def stats(self) -> dict[str, Any]:
        with self.reader() as store:
            return store.stats()


def _event(fields: dict[str, Any], evidence: list[dict[str, Any]]) -> dict[str, Any]:
    """The API's shape of a merged event, but its ``evidence`` (which goes last)."""
    def actor(name: str | None, actor_type: str | None) -> dict[str, Any] | None:
        return {"name": name, "actor_type": actor_type} if name else None

    f = fields
    location = None
    if f["location"] is not None or f["lat"] is not None:
        location = {"name": f["location"], "lat": f["lat"], "lon": f["lon"], "country": f["country"],
                    "admin1": f["admin1"], "geo_precision": f["geo_precision"]}
    first = evidence[0] if evidence else None  # the earliest report
    return {
        **{k: v for k, v in f.items() if k not in _SHAPED},
        "actor1": actor(f["actor1"], f["actor1_type"]),
        "actor2": actor(f["actor2"], f["actor2_type"]),
        "location": location,
        # The article the page opens first: the earliest report.
        "article_id": first["article_id"] if first else None,
        "article_title": first["title"] if first else None,
    }


def _event_json(row: EventRow) -> Encoded:
    """A list page's event: every sentence of every source article (each with its article_id) spliced in as the
    store's compact JSON, since decoding and re-encoding the evidence of every event cost more than the query."""
    return Encoded(f'{compact_json(_event(row.fields, row.evidence))[:-1]},"evidence":{row.evidence_json}}}')


def _event_detail(e: MergedEvent) -> dict[str, Any]:
    """One event with its evidence and its source articles, oldest report first (list pages leave them out)."""
    out = _event({k: v for k, v in vars(e).items() if k != "evidence"}, e.evidence)
    out["evidence"] = e.evidence
    articles: dict[str, dict[str, Any]] = {}
    for ev in e.evidence:
        articles.setdefault(ev["article_id"], {
            "id": ev["article_id"], "title": ev["title"], "source": ev["source"], "url": ev["url"],
            "published": ev["published"], "event_id": ev["event_id"]})
    out["articles"] = list(articles.values())
    return out
