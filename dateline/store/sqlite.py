"""The embedded store: one SQLite file (WAL), idempotent by article id, merged across articles.

The full article record (SCHEMA.md) is kept as JSON beside the columns analysts filter on, so
nothing is lost and the tables stay easy to query from Datasette, pandas or DuckDB.

Tables (columns are only ever added, never renamed):

- ``articles``      one row per article (+ ``story_id``: its story cluster); ``articles_fts`` (FTS5
                    over title and text, keyed by ``article_id``);
- ``events``        one row per event *mention* (article_id, id) (+ ``merged_id``);
- ``merged_events`` one row per real-world event: the mentions of all articles merged
                    (see ``dateline.store.merge``), with n_articles, n_sources, first/last report;
                    ``merged_evidence`` caches each one's evidence as JSON (rebuilt at each merge);
- ``quotes``, ``stories`` (story clusters, see ``dateline.store.cluster``), ``story_terms``, ``meta``.

Writing: ``Store.add(article)`` stores the article, its events and quotes, merges its events and
clusters it, all in ONE transaction: a killed process leaves either the whole article or none of
it, and re-running skips what is there. Errors (corrupt or foreign file, read-only location, full
disk) raise ``StoreError`` and roll back.

Reading (what ``dateline.serve`` and ``dateline.export`` call; every method returns plain data):

- ``Store(path, readonly=True)``: open for reading only (never migrates, never writes). Readers and
  one writer may work at once (WAL). A Store belongs to the thread that opened it unless
  ``check_same_thread=False`` (then the caller serialises its use, e.g. one Store per request).
  ``cache_mb=N`` gives a long-lived reader an N MiB page cache and memory-mapped reads.
  ``generation()`` grows whenever an article is stored (a key for caching counts).
- ``events(bbox=None, start=None, end=None, types=None, actor=None, country=None, text=None,
  modality=None, min_confidence=None, since=None, until=None, limit=100, offset=0)`` ->
  ``list[MergedEvent]``, newest event date first (``event_rows(...)``, same arguments: the same events as
  ``EventRow``s, plain dicts with the evidence also as compact JSON text, for an API page). ``bbox`` is
  (west, south, east, north) in degrees;
  ``start``/``end`` are ISO dates the event's date span must overlap; ``since``/``until`` bound the
  last report date (when it was written about); ``types`` match the ACLED event type, sub-event type
  or PLOVER type; ``actor`` is a case-insensitive substring of any mention's actor; ``country``
  is ISO alpha-2, alpha-3 or a name; ``text`` is full-text search over the articles' titles and
  text (words, all must occur); ``modality`` a string or a list (None: all).
  ``limit=None`` returns everything. ``count_events(...)`` takes the same filters. A broad ``text``
  search (matching many articles) walks the newest-first index instead of collecting every match. ``country`` may
  also be a list; ``text`` with no searchable words matches nothing.
- ``points(limit=20000, **filters)`` -> compact dicts of the located merged events (id, lat, lon,
  date, types, location, fatalities, n_articles, n_sources), for a map; ``timeline(**filters)`` ->
  ``[{"date", "count"}]`` merged events per day (a vaguer date counts on its first day).
- ``event(id)`` -> ``MergedEvent | None`` (``MergedEvent.to_dict()`` for JSON), with every
  mention in ``evidence`` (article id, title, source, url, published, sentence and offsets).
- ``article(id)`` -> the SCHEMA.md record plus ``story_id`` and ``merged_ids`` (event id -> merged
  id), or None.
- ``article_summaries(text=None, source=None, start=None, end=None, limit=100, offset=0)`` -> list of
  dicts (id, url, source, title, published, language, story_id, n_events, n_quotes, ...), newest
  first; ``text`` is full-text search, ``start``/``end`` bound the publication date.
  ``count_articles(...)`` takes the same filters.
- ``quotes(article_id=None, speaker=None, text=None, direct=None, limit=100, offset=0)`` -> list of
  dicts; ``count_quotes(...)`` takes the same filters.
- ``stories(limit=100, offset=0)`` -> list of dicts (id, title, n_articles, first, last).
- ``stats()`` -> dict of counts (``events`` counts mentions, ``merged_events`` real-world events),
  date range and merged events per type, sub-event type, country and modality.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import urlparse

from ..errors import StoreError
from ..events.taxonomy import SUB_EVENT_TYPES
from ..model import Article
from . import cluster
from .merge import SLACK, Mention, Merged, MergedFields, best_match, combine, date_interval, merged_id

SCHEMA_VERSION = 3
_MIGRATIONS: list[str] = [
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        url TEXT, source TEXT, title TEXT, published TEXT, language TEXT,
        text TEXT NOT NULL,
        record TEXT NOT NULL,
        n_errors INTEGER NOT NULL DEFAULT 0,
        ingested_at TEXT NOT NULL DEFAULT (datetime('now'))
    );
    CREATE TABLE events (
        id TEXT NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL,
        plover TEXT, plover_mode TEXT,
        actor1 TEXT, actor1_type TEXT, actor2 TEXT, actor2_type TEXT,
        date TEXT, time_precision INTEGER,
        location TEXT, country TEXT, admin1 TEXT, lat REAL, lon REAL, geo_precision INTEGER,
        fatalities INTEGER, injured INTEGER,
        modality TEXT NOT NULL, confidence REAL NOT NULL,
        evidence TEXT NOT NULL,
        PRIMARY KEY (article_id, id)
    );
    CREATE INDEX events_date ON events(date);
    CREATE INDEX events_type ON events(event_type, sub_event_type);
    CREATE INDEX events_country ON events(country);
    CREATE INDEX events_location ON events(lat, lon);
    CREATE TABLE quotes (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        text TEXT NOT NULL, direct INTEGER NOT NULL, cue TEXT, speaker TEXT, via TEXT,
        PRIMARY KEY (article_id, start)
    );
    """,
    """
    ALTER TABLE articles ADD COLUMN story_id TEXT;
    CREATE INDEX articles_published ON articles(published);
    CREATE INDEX articles_story ON articles(story_id);
    CREATE VIRTUAL TABLE articles_fts USING fts5(
        article_id UNINDEXED, title, text, tokenize = 'unicode61 remove_diacritics 2');
    INSERT INTO articles_fts (article_id, title, text) SELECT id, coalesce(title, ''), text FROM articles;
    CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts (article_id, title, text) VALUES (new.id, coalesce(new.title, ''), new.text);
    END;
    CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        DELETE FROM articles_fts WHERE article_id = old.id;
    END;
    ALTER TABLE events ADD COLUMN merged_id TEXT;
    CREATE INDEX events_merged ON events(merged_id);
    CREATE INDEX events_admin ON events(country, admin1);
    CREATE INDEX quotes_speaker ON quotes(speaker);
    CREATE TABLE merged_events (
        id TEXT PRIMARY KEY,
        family TEXT NOT NULL, event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL,
        modality TEXT NOT NULL,
        date TEXT, time_precision INTEGER, date_lo TEXT, date_hi TEXT,
        location TEXT, lat REAL, lon REAL, country TEXT, admin1 TEXT, geo_precision INTEGER,
        actor1 TEXT, actor1_type TEXT, actor2 TEXT, actor2_type TEXT,
        fatalities INTEGER, fatalities_high INTEGER, injured INTEGER,
        confidence REAL NOT NULL,
        n_mentions INTEGER NOT NULL, n_articles INTEGER NOT NULL, n_sources INTEGER NOT NULL,
        first_report TEXT, last_report TEXT,
        updated_at TEXT NOT NULL DEFAULT (datetime('now'))
    );
    CREATE INDEX merged_block ON merged_events(family, modality, country, date_lo);
    CREATE INDEX merged_date ON merged_events(date_hi);
    CREATE INDEX merged_type ON merged_events(event_type, sub_event_type);
    CREATE INDEX merged_country ON merged_events(country, admin1);
    CREATE INDEX merged_location ON merged_events(lat, lon);
    CREATE INDEX merged_report ON merged_events(last_report);
    CREATE TABLE stories (
        id TEXT PRIMARY KEY, title TEXT, centroid TEXT NOT NULL, n INTEGER NOT NULL,
        first TEXT, last TEXT
    );
    CREATE INDEX stories_last ON stories(last);
    CREATE TABLE story_terms (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
    CREATE TABLE story_keys (term TEXT NOT NULL, story_id TEXT NOT NULL, PRIMARY KEY (term, story_id)) WITHOUT ROWID;
    CREATE INDEX story_keys_story ON story_keys(story_id);
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    """,
    # Read paths: covering indexes so full-text hits map to merged ids (and back) without reading event
    # rows, newest-first pages and date filters come from one index, and each merged event's evidence is
    # kept as JSON beside it (written at merge time; back-filled by Store._migrate), so pages need no join.
    # A table of its own keeps merged_events rows small for the scans that filter them.
    """
    CREATE INDEX events_article_merged ON events(article_id, merged_id);
    CREATE INDEX events_merged_article ON events(merged_id, article_id);
    CREATE INDEX merged_newest ON merged_events(date_hi, id, date_lo);
    DROP INDEX merged_date;  -- merged_newest covers it; left in place, the planner picks it and sorts more
    CREATE TABLE merged_evidence (merged_id TEXT PRIMARY KEY, evidence TEXT NOT NULL);
    """,
]
# A text search matching at least this share of articles walks the newest-first index and checks each
# event (cheap: the page fills quickly) instead of collecting every matching merged id first.
_BROAD_TEXT = 0.2

_MERGED_COLUMNS = (
    "id", "family", "event_type", "sub_event_type", "modality", "date", "time_precision", "date_lo", "date_hi",
    "location", "lat", "lon", "country", "admin1", "geo_precision", "actor1", "actor1_type", "actor2",
    "actor2_type", "fatalities", "fatalities_high", "injured", "confidence", "n_mentions", "n_articles",
    "n_sources", "first_report", "last_report",
)
# A merged event's columns and its cached evidence, which json() minifies in C to what compact_json() writes
# (no spaces; only the characters json.dumps escaped by default stay escaped, see _hydrate).
_EVENT_SELECT = (f"SELECT {', '.join('m.' + c for c in _MERGED_COLUMNS)}, json(me.evidence) FROM merged_events m"
                 " LEFT JOIN merged_evidence me ON me.merged_id = m.id")
_MENTION_SELECT = (
    "SELECT e.article_id, e.id, e.event_type, e.sub_event_type, e.modality, e.date, e.time_precision,"
    " a.published, e.location, e.lat, e.lon, e.country, e.admin1, e.geo_precision, e.actor1, e.actor1_type,"
    " e.actor2, e.actor2_type, e.fatalities, e.injured, e.confidence, coalesce(a.source, a.url), a.story_id"
    " FROM events e JOIN articles a ON a.id = e.article_id"
)
_MENTION_FIELDS = (
    "article_id", "event_id", "event_type", "sub_event_type", "modality", "date", "time_precision", "published",
    "location", "lat", "lon", "country", "admin1", "geo_precision", "actor1", "actor1_type", "actor2", "actor2_type",
    "fatalities", "injured", "confidence",
)
# Stories further back than this many candidates are not compared (keeps clustering O(1) per article).
_STORY_CANDIDATES = 2000


@dataclass
class MergedEvent(MergedFields):
    """One real-world event as the store knows it, merged from every article that reported it."""

    plover: str | None
    plover_mode: str | None
    sources: list[str] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)
    evidence: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class EventRow(NamedTuple):
    """A merged event as plain data, for pages that pass its evidence on without re-encoding it."""

    fields: dict[str, Any]  # MergedEvent's fields but evidence, in its order
    evidence: list[dict[str, Any]]
    evidence_json: str  # the evidence as compact_json() writes it


class Store:
    """``with Store(path) as store: store.add(article)``; see the module docstring for the API."""

    def __init__(self, path: str | Path, *, readonly: bool = False, check_same_thread: bool = True,
                 cache_mb: int | None = None) -> None:
        self.path = Path(path)
        self.readonly = readonly
        if not readonly and not self.path.parent.is_dir():
            raise StoreError(f"{self.path}: folder {self.path.parent} does not exist")
        if readonly and not self.path.is_file():
            raise StoreError(f"{self.path}: no such database")
        try:
            if readonly:
                self.db = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True, timeout=10,
                                          check_same_thread=check_same_thread)
            else:
                self.db = sqlite3.connect(self.path, timeout=10, check_same_thread=check_same_thread)
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot open ({exc}); is the location writable?") from exc
        try:
            self.db.execute("PRAGMA foreign_keys=ON")
            if cache_mb:  # a long-lived reader: keep hot pages in memory and read the file through mmap
                self.db.execute(f"PRAGMA cache_size = -{int(cache_mb) * 1024}")
                self.db.execute(f"PRAGMA mmap_size = {int(cache_mb) * 1024 * 1024}")
            if readonly:
                self._check_readable()
            else:
                mode = self.db.execute("PRAGMA journal_mode=WAL").fetchone()[0]
                if mode.lower() != "wal":
                    raise StoreError(f"{self.path}: cannot switch to WAL (journal mode {mode})")
                # In WAL mode NORMAL never corrupts and loses nothing when the process dies; only a power
                # cut may drop the last commits (which a re-run then redoes). It saves an fsync per article.
                self.db.execute("PRAGMA synchronous=NORMAL")
                self._migrate()
        except sqlite3.DatabaseError as exc:
            self.db.close()
            if _is_readonly(exc):
                raise StoreError(f"{self.path}: read-only location or file ({exc})") from exc
            raise StoreError(f"{self.path}: not a dateline database or unreadable ({exc})") from exc
        except StoreError:
            self.db.close()
            raise

    # --- schema --------------------------------------------------------------------------------

    def _version(self) -> int:
        version: int = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version == 0 and self.db.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]:
            raise StoreError(f"{self.path}: holds tables that are not dateline's; refusing to write")
        if version > len(_MIGRATIONS):
            raise StoreError(f"{self.path}: made by a newer dateline (schema {version})")
        return version

    def _check_readable(self) -> None:
        if self._version() != len(_MIGRATIONS):
            raise StoreError(f"{self.path}: schema is older than this dateline; open it once for writing to upgrade")

    def _migrate(self) -> None:
        version = self._version()
        for number in range(version, len(_MIGRATIONS)):
            # executescript commits first, so each migration runs in an explicit transaction of its own.
            statements = f"BEGIN;\n{_MIGRATIONS[number]}\nPRAGMA user_version = {number + 1};\nCOMMIT;"
            try:
                self.db.executescript(statements)
            except sqlite3.Error:
                if self.db.in_transaction:
                    self.db.rollback()
                raise
        # Articles stored by schema 1, or by a migration killed half-way through its catch-up.
        if self.db.execute("SELECT 1 FROM articles WHERE story_id IS NULL LIMIT 1").fetchone():
            self._catch_up()
        # Merged events from before schema 3 (or a killed back-fill): cache their evidence.
        unfilled = "SELECT id FROM merged_events WHERE id NOT IN (SELECT merged_id FROM merged_evidence)"
        if self.db.execute(f"{unfilled} LIMIT 1").fetchone():
            missing = [r[0] for r in self.db.execute(unfilled)]
            for start in range(0, len(missing), 500):
                batch = self._evidence(missing[start:start + 500])
                with self.db:
                    self.db.executemany("INSERT OR REPLACE INTO merged_evidence (merged_id, evidence) VALUES (?, ?)",
                                        [(mid, json.dumps(items)) for mid, items in batch.items()])

    def _catch_up(self) -> None:
        """Merge and cluster what an older schema stored without doing so (one transaction each)."""
        pending = [r[0] for r in self.db.execute(
            "SELECT id FROM articles WHERE story_id IS NULL ORDER BY ingested_at, rowid")]
        for article_id in pending:
            with self.db:
                self._index_article(article_id)

    # --- writing -------------------------------------------------------------------------------

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    def has(self, article_id: str) -> bool:
        row = self.db.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row is not None

    def add(self, article: Article) -> bool:
        """Store one processed article; False when it was already there (nothing changes)."""
        if self.readonly:
            raise StoreError(f"{self.path}: opened read-only")
        # The linguistic layer is dropped by to_dict() anyway; converting it first would cost more than the write.
        record = replace(article, nlp=None, raw=None).to_dict()
        try:
            with self.db:
                cursor = self.db.execute(
                    "INSERT OR IGNORE INTO articles (id, url, source, title, published, language,"
                    " text, record, n_errors) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (article.id, article.url, article.source, article.title, article.published,
                     article.language, article.text, json.dumps(record), len(article.errors)),
                )
                if cursor.rowcount == 0:
                    return False
                self.db.executemany(
                    "INSERT OR IGNORE INTO events (id, article_id, event_type, sub_event_type, plover, plover_mode,"
                    " actor1, actor1_type, actor2, actor2_type, date, time_precision, location, country, admin1,"
                    " lat, lon, geo_precision, fatalities, injured, modality, confidence, evidence)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [_event_row(article.id, e) for e in record["events"]],
                )
                self.db.executemany(
                    "INSERT OR IGNORE INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [(article.id, q["start"], q["end"], q["text"], int(q["direct"]), q["cue"],
                      q["speaker"], q["via"]) for q in record["quotes"]],
                )
                self._index_article(article.id, (article.title, article.text, article.published))
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot write{_why(exc)} ({exc}); nothing of this article was stored") \
                from exc
        return True

    def add_all(self, articles: Iterable[Article]) -> Iterator[tuple[Article, bool]]:
        for article in articles:
            yield article, self.add(article)

    def _index_article(self, article_id: str, fields: tuple[str | None, str, str | None] | None = None) -> None:
        """Cluster the article into a story and merge its events (inside the caller's transaction)."""
        title, text, published = fields or self.db.execute(
            "SELECT title, text, published FROM articles WHERE id = ?", (article_id,)).fetchone()
        self._cluster(article_id, title, text, published)
        for mention in self._mentions("WHERE e.article_id = ? AND e.merged_id IS NULL ORDER BY e.rowid",
                                      (article_id,)):
            self._merge(mention)

    def _cluster(self, article_id: str, title: str | None, text: str, published: str | None) -> None:
        counts = cluster.bag(title, text)
        terms = list(counts)
        df: dict[str, int] = {}
        for start in range(0, len(terms), 500):
            chunk = terms[start:start + 500]
            marks = ",".join("?" * len(chunk))
            df.update(self.db.execute(f"SELECT term, df FROM story_terms WHERE term IN ({marks})", chunk))
        for t in terms:
            df[t] = df.get(t, 0) + 1
        self.db.executemany(
            "INSERT INTO story_terms (term, df) VALUES (?, 1) ON CONFLICT(term) DO UPDATE SET df = df + 1",
            [(t,) for t in terms])
        row = self.db.execute("SELECT value FROM meta WHERE key = 'n_docs'").fetchone()
        n_docs = (int(row[0]) if row else 0) + 1
        self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('n_docs', ?)", (str(n_docs),))
        vec = cluster.vectorise(counts, df, n_docs)
        key_terms = cluster.keys(vec)
        shared = (f"id IN (SELECT story_id FROM story_keys WHERE term IN ({','.join('?' * len(key_terms))}))"
                  if key_terms else "0")
        columns = "SELECT id, centroid, n, first, last, title FROM stories"
        if published:
            window = f"{cluster.WINDOW_DAYS} days"
            rows = self.db.execute(
                f"{columns} WHERE {shared} AND (last IS NULL OR (last >= date(?, '-{window}')"
                f" AND first <= date(?, '+{window}'))) ORDER BY last DESC, id LIMIT ?",
                (*key_terms, published[:10], published[:10], _STORY_CANDIDATES))
        else:
            rows = self.db.execute(f"{columns} WHERE {shared} ORDER BY last DESC, id LIMIT ?",
                                   (*key_terms, _STORY_CANDIDATES))
        stories = sorted((cluster.Story(r[0], json.loads(r[1]), r[2], r[3], r[4], r[5]) for r in rows),
                         key=lambda s: s.id)
        story = cluster.best_story(vec, stories, cluster.THRESHOLD)
        if story is None:
            story = cluster.new_story(article_id, vec, title, published)
        else:
            cluster.absorb(story, vec, published)
        self.db.execute(
            "INSERT OR REPLACE INTO stories (id, title, centroid, n, first, last) VALUES (?, ?, ?, ?, ?, ?)",
            (story.id, story.title, json.dumps(story.centroid), story.n, story.first, story.last))
        self.db.execute("DELETE FROM story_keys WHERE story_id = ?", (story.id,))
        self.db.executemany("INSERT INTO story_keys (term, story_id) VALUES (?, ?)",
                            [(t, story.id) for t in cluster.keys(story.centroid)])
        self.db.execute("UPDATE articles SET story_id = ? WHERE id = ?", (story.id, article_id))

    def _merge(self, mention: Mention) -> None:
        where = ["family = ?", "modality = ?"]
        params: list[Any] = [mention.family, mention.modality]
        if mention.country:
            where.append("country = ?")
            params.append(mention.country)
        else:
            where.append("country IS NULL")
        span = mention.interval()
        if span:
            where.append("date_lo <= ? AND date_hi >= ?")
            params += [(span[1] + SLACK).isoformat(), (span[0] - SLACK).isoformat()]
        else:
            where.append("date_lo IS NULL")
        rows = self.db.execute(
            f"SELECT {', '.join(_MERGED_COLUMNS)} FROM merged_events WHERE {' AND '.join(where)}", params).fetchall()
        candidates = [Merged(**dict(zip(_MERGED_COLUMNS, r, strict=True))) for r in rows]
        if candidates:
            marks = ",".join("?" * len(candidates))
            stories: dict[str, set[str]] = {}
            for mid_, sid in self.db.execute(
                    f"SELECT DISTINCT e.merged_id, a.story_id FROM events e JOIN articles a ON a.id = e.article_id"
                    f" WHERE e.merged_id IN ({marks}) AND a.story_id IS NOT NULL", [c.id for c in candidates]):
                stories.setdefault(mid_, set()).add(sid)
            for c in candidates:
                c.stories = frozenset(stories.get(c.id, ()))
        found = best_match(mention, candidates)
        mid = found.id if found else merged_id(mention)
        self.db.execute("UPDATE events SET merged_id = ? WHERE article_id = ? AND id = ?",
                        (mid, mention.article_id, mention.event_id))
        members = self._mentions("WHERE e.merged_id = ? ORDER BY a.ingested_at, e.rowid", (mid,)) if found else []
        merged = combine(mid, members or [mention])
        values = [getattr(merged, c) for c in _MERGED_COLUMNS]
        self.db.execute(
            f"INSERT OR REPLACE INTO merged_events ({', '.join(_MERGED_COLUMNS)}, updated_at)"
            f" VALUES ({', '.join('?' * len(_MERGED_COLUMNS))}, datetime('now'))", values)
        # Only a merge changes a merged event's mentions, so its cached evidence is rebuilt here and nowhere else.
        self.db.execute("INSERT OR REPLACE INTO merged_evidence (merged_id, evidence) VALUES (?, ?)",
                        (mid, json.dumps(self._evidence([mid])[mid])))

    def _mentions(self, where: str, params: Sequence[Any]) -> list[Mention]:
        mentions = []
        for r in self.db.execute(f"{_MENTION_SELECT} {where}", params):
            source = _source_name(r[21])
            mentions.append(Mention(**dict(zip(_MENTION_FIELDS, r[:21], strict=True)), source=source, story_id=r[22]))
        return mentions

    # --- reading -------------------------------------------------------------------------------

    def articles(self) -> Iterator[Article]:
        for (record,) in self.db.execute("SELECT record FROM articles ORDER BY published, id"):
            yield Article.from_dict(json.loads(record))

    def counts(self) -> dict[str, int]:
        tables = ("articles", "events", "quotes")
        return {t: self.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}

    def _filters(
        self, *, bbox: Sequence[float] | None = None, start: str | None = None, end: str | None = None,
        types: Sequence[str] | str | None = None, actor: str | None = None,
        country: Sequence[str] | str | None = None, text: str | None = None,
        modality: Sequence[str] | str | None = None, min_confidence: float | None = None,
        since: str | None = None, until: str | None = None, walk: int | None = None,
    ) -> tuple[str, list[Any]]:
        """SQL conditions on ``merged_events m``; ``walk``: the rows a newest-first page needs (offset + limit)."""
        where: list[str] = []
        params: list[Any] = []
        if bbox is not None:
            if len(bbox) != 4:
                raise StoreError("bbox must be (west, south, east, north)")
            west, south, east, north = (float(v) for v in bbox)
            where.append("m.lat BETWEEN ? AND ?")
            params += [south, north]
            # A box across the antimeridian has west > east.
            where.append("(m.lon BETWEEN ? AND ?)" if west <= east else "(m.lon >= ? OR m.lon <= ?)")
            params += [west, east]
        if start:
            where.append("m.date_hi >= ?")
            params.append(_iso(start, "start"))
        if end:
            where.append("m.date_lo <= ?")
            params.append(_iso(end, "end"))
        if since:
            where.append("m.last_report >= ?")
            params.append(_iso(since, "since"))
        if until:
            where.append("substr(m.first_report, 1, 10) <= ?")
            params.append(_iso(until, "until"))
        if types:
            wanted = [types] if isinstance(types, str) else list(types)
            subs = {s for s in SUB_EVENT_TYPES if s in wanted or SUB_EVENT_TYPES[s][0] in wanted
                    or SUB_EVENT_TYPES[s][1] in wanted}
            subs.update(w for w in wanted if w not in SUB_EVENT_TYPES)  # unknown names match nothing known
            where.append(f"m.sub_event_type IN ({','.join('?' * len(subs))})")
            params += sorted(subs)
        if actor:
            where.append("m.id IN (SELECT merged_id FROM events WHERE instr(lower(coalesce(actor1, '')), ?)"
                         " OR instr(lower(coalesce(actor2, '')), ?))")
            params += [actor.lower(), actor.lower()]
        if country:
            codes = sorted({country_code(c) for c in ([country] if isinstance(country, str) else country)})
            where.append(f"m.country IN ({','.join('?' * len(codes))})")
            params += codes
        if text:
            query = fts_query(text)
            if query and walk is not None and self._broad(query, walk):
                # "+" keeps SQLite on the per-event index; the hit list is built once per statement.
                where.append("EXISTS (SELECT 1 FROM events e WHERE e.merged_id = m.id AND +e.article_id IN"
                             " (SELECT article_id FROM articles_fts WHERE articles_fts MATCH ?))")
                params.append(query)
            elif query:
                where.append("m.id IN (SELECT e.merged_id FROM events e WHERE e.article_id IN"
                             " (SELECT article_id FROM articles_fts WHERE articles_fts MATCH ?))")
                params.append(query)
            else:  # punctuation only: nothing can match it, and ignoring it would match everything
                where.append("0")
        if modality:
            modes = [modality] if isinstance(modality, str) else list(modality)
            where.append(f"m.modality IN ({','.join('?' * len(modes))})")
            params += modes
        if min_confidence is not None:
            where.append("m.confidence >= ?")
            params.append(float(min_confidence))
        return (" WHERE " + " AND ".join(where)) if where else "", params

    def _broad(self, query: str, rows: int) -> bool:
        """Whether walking newest-first finds ``rows`` matches of this search sooner than collecting them all."""
        hits: int = self.db.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?",
                                    (query,)).fetchone()[0]
        total = self.db.execute("SELECT max(rowid) FROM articles_fts").fetchone()[0] or 0
        share = hits / total if total else 0.0
        return share >= _BROAD_TEXT and rows / share <= 5000

    def events(self, *, limit: int | None = 100, offset: int = 0, **filters: Any) -> list[MergedEvent]:
        """Merged events matching the filters (see the module docstring), newest first."""
        return [MergedEvent(**e.fields, evidence=e.evidence) for e in self.event_rows(limit=limit, offset=offset,
                                                                                      **filters)]

    def event_rows(self, *, limit: int | None = 100, offset: int = 0, **filters: Any) -> list[EventRow]:
        """``events(...)`` as plain ``EventRow``s, with each evidence list also as compact JSON text."""
        walk = None if limit is None else max(0, int(offset)) + max(0, int(limit))
        where, params = self._filters(walk=walk, **filters)
        page = ""
        if limit is not None:
            page = " LIMIT ? OFFSET ?"
            params += [max(0, int(limit)), max(0, int(offset))]
        # Sort and skip row ids only, then read the page's rows: sorting whole rows cost more than the filters.
        order = "ORDER BY m.date_hi DESC, m.id"
        rows = self.db.execute(
            f"{_EVENT_SELECT} WHERE m.rowid IN (SELECT m.rowid FROM merged_events m{where} {order}{page}) {order}",
            params).fetchall()
        return self._hydrate(rows)

    def iter_events(self, batch: int = 500, **filters: Any) -> Iterator[MergedEvent]:
        """Every matching merged event, fetched in pages (for exports of any size)."""
        offset = 0
        while True:
            page = self.events(limit=batch, offset=offset, **filters)
            yield from page
            if len(page) < batch:
                return
            offset += batch

    def generation(self) -> int:
        """A number that grows whenever an article is stored (for callers that cache counts)."""
        value: int = self.db.execute("SELECT coalesce(max(rowid), 0) FROM articles").fetchone()[0]
        return value

    def count_events(self, **filters: Any) -> int:
        where, params = self._filters(**filters)
        count: int = self.db.execute(f"SELECT count(*) FROM merged_events m{where}", params).fetchone()[0]
        return count

    def points(self, *, limit: int | None = 20000, **filters: Any) -> list[dict[str, Any]]:
        """The located merged events matching the filters, newest first, in a compact form (no evidence)."""
        where, params = self._filters(**filters)
        where += (" AND" if where else " WHERE") + " m.lat IS NOT NULL AND m.lon IS NOT NULL"
        page = ""
        if limit is not None:
            page = " LIMIT ?"
            params.append(max(0, int(limit)))
        keys = ("id", "lat", "lon", "date", "event_type", "sub_event_type", "location", "fatalities", "n_articles",
                "n_sources")
        rows = self.db.execute(
            f"SELECT {', '.join('m.' + k for k in keys)} FROM merged_events m{where}"
            f" ORDER BY m.date_hi DESC, m.id{page}", params)
        return [dict(zip(keys, r, strict=True)) for r in rows]

    def timeline(self, **filters: Any) -> list[dict[str, Any]]:
        """Matching merged events per day, oldest first; a vaguer date ("2025-06") counts on its first day."""
        where, params = self._filters(**filters)
        where += (" AND" if where else " WHERE") + " m.date IS NOT NULL"
        rows = self.db.execute(
            f"SELECT substr(m.date, 1, 10) AS day, count(*) FROM merged_events m{where} GROUP BY day ORDER BY day",
            params)
        days: dict[str, int] = {}
        for day, n in rows:
            first = day if len(day) == 10 else f"{day}-01-01" if len(day) == 4 else f"{day}-01"
            days[first] = days.get(first, 0) + n
        return [{"date": d, "count": n} for d, n in sorted(days.items())]

    def event(self, event_id: str) -> MergedEvent | None:
        found = self._hydrate(self.db.execute(f"{_EVENT_SELECT} WHERE m.id = ?", (event_id,)).fetchall())
        return MergedEvent(**found[0].fields, evidence=found[0].evidence) if found else None

    def _evidence(self, ids: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
        """Every mention's sentences of these merged events, earliest report first (what merged_evidence caches)."""
        evidence: dict[str, list[dict[str, Any]]] = {i: [] for i in ids}
        rows: list[tuple[Any, ...]] = []
        for start in range(0, len(ids), 500):
            chunk = list(ids[start:start + 500])
            rows += self.db.execute(
                "SELECT e.merged_id, e.article_id, e.id, e.evidence, e.sub_event_type, e.fatalities, e.modality,"
                " a.title, a.source, a.url, a.published FROM events e JOIN articles a ON a.id = e.article_id"
                f" WHERE e.merged_id IN ({','.join('?' * len(chunk))})"
                " ORDER BY a.published, a.ingested_at, e.rowid", chunk).fetchall()
        for mid, aid, eid, ev, sub, fat, mod, title, source, url, published in rows:
            for span in json.loads(ev) or [{"start": None, "end": None, "text": ""}]:
                evidence[mid].append({
                    "article_id": aid, "event_id": eid, "title": title, "source": _source_name(source or url),
                    "url": url, "published": published, "sub_event_type": sub, "fatalities": fat,
                    "modality": mod, "text": span["text"], "start": span["start"], "end": span["end"]})
        return evidence

    def _hydrate(self, rows: Sequence[Sequence[Any]]) -> list[EventRow]:
        """EventRows from _EVENT_SELECT rows, with their cached evidence (built where missing)."""
        missing = self._evidence([r[0] for r in rows if r[-1] is None])  # merged events from before schema 3
        out = []
        for r in rows:
            data = dict(zip(_MERGED_COLUMNS, r[:-1], strict=True))
            del data["family"], data["date_lo"], data["date_hi"]
            data["plover"], data["plover_mode"] = SUB_EVENT_TYPES.get(data["sub_event_type"], (None, None, None))[1:]
            text = r[-1] if r[-1] is not None else compact_json(missing[data["id"]])
            items = json.loads(text)
            if "\\u" in text:  # stored with ASCII escapes; the compact form writes those characters as they are
                text = compact_json(items)
            data["sources"] = sorted({e["source"] for e in items if e["source"]})
            data["article_ids"] = list(dict.fromkeys(e["article_id"] for e in items))
            out.append(EventRow(data, items, text))
        return out

    def article(self, article_id: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT record, story_id FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            return None
        record: dict[str, Any] = json.loads(row[0])
        record["story_id"] = row[1]
        record["merged_ids"] = dict(self.db.execute(
            "SELECT id, merged_id FROM events WHERE article_id = ?", (article_id,)).fetchall())
        return record

    def article_records(self, **filters: Any) -> Iterator[dict[str, Any]]:
        """Full article records (SCHEMA.md) that report at least one matching merged event; all when unfiltered."""
        params: list[Any] = []
        if not any(v is not None for v in filters.values()):
            query = "SELECT record FROM articles ORDER BY published, id"
        else:
            where, params = self._filters(**filters)
            query = ("SELECT record FROM articles WHERE id IN (SELECT e.article_id FROM events e WHERE e.merged_id IN"
                     f" (SELECT m.id FROM merged_events m{where})) ORDER BY published, id")
        for (record,) in self.db.execute(query, params):
            yield json.loads(record)

    def _article_filters(self, *, text: str | None = None, source: str | None = None, start: str | None = None,
                         end: str | None = None) -> tuple[str, list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        if text:
            query = fts_query(text)
            where.append("a.id IN (SELECT article_id FROM articles_fts WHERE articles_fts MATCH ?)" if query else "0")
            params += [query] if query else []
        if source:
            where.append("a.source = ?")
            params.append(source)
        if start:
            where.append("a.published >= ?")
            params.append(_iso(start, "start"))
        if end:
            where.append("substr(a.published, 1, 10) <= ?")
            params.append(_iso(end, "end"))
        return (" WHERE " + " AND ".join(where)) if where else "", params

    def article_summaries(self, *, limit: int | None = 100, offset: int = 0, **filters: Any) -> list[dict[str, Any]]:
        """Articles matching the filters (see the module docstring), newest first, without their text."""
        where, params = self._article_filters(**filters)
        sql = ("SELECT a.id, a.url, a.source, a.title, a.published, a.language, a.story_id, a.n_errors, a.ingested_at,"
               " (SELECT count(*) FROM events e WHERE e.article_id = a.id),"
               " (SELECT count(*) FROM quotes q WHERE q.article_id = a.id)"
               f" FROM articles a{where} ORDER BY a.published IS NULL, a.published DESC, a.id")
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [max(0, int(limit)), max(0, int(offset))]
        keys = ("id", "url", "source", "title", "published", "language", "story_id", "n_errors", "ingested_at",
                "n_events", "n_quotes")
        return [dict(zip(keys, r, strict=True)) for r in self.db.execute(sql, params)]

    def count_articles(self, **filters: Any) -> int:
        where, params = self._article_filters(**filters)
        count: int = self.db.execute(f"SELECT count(*) FROM articles a{where}", params).fetchone()[0]
        return count

    def _quote_filters(self, *, article_id: str | None = None, speaker: str | None = None, text: str | None = None,
                       direct: bool | None = None) -> tuple[str, list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        if article_id:
            where.append("q.article_id = ?")
            params.append(article_id)
        if speaker:
            where.append("instr(lower(coalesce(q.speaker, '')), ?)")
            params.append(speaker.lower())
        if text:
            where.append("instr(lower(q.text), ?)")
            params.append(text.lower())
        if direct is not None:
            where.append("q.direct = ?")
            params.append(int(direct))
        return (" WHERE " + " AND ".join(where)) if where else "", params

    def count_quotes(self, **filters: Any) -> int:
        where, params = self._quote_filters(**filters)
        count: int = self.db.execute(f"SELECT count(*) FROM quotes q{where}", params).fetchone()[0]
        return count

    def quotes(self, *, limit: int | None = 100, offset: int = 0, **filters: Any) -> list[dict[str, Any]]:
        where, params = self._quote_filters(**filters)
        sql = ("SELECT q.article_id, q.start, q.\"end\", q.text, q.direct, q.cue, q.speaker, q.via, a.title,"
               " a.source, a.published FROM quotes q JOIN articles a ON a.id = q.article_id" + where
               + " ORDER BY a.published IS NULL, a.published DESC, q.article_id, q.start")
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [max(0, int(limit)), max(0, int(offset))]
        keys = ("article_id", "start", "end", "text", "direct", "cue", "speaker", "via", "title", "source",
                "published")
        return [{**dict(zip(keys, r, strict=True)), "direct": bool(r[4])} for r in self.db.execute(sql, params)]

    def stories(self, *, limit: int | None = 100, offset: int = 0) -> list[dict[str, Any]]:
        sql = ("SELECT s.id, s.title, s.first, s.last, count(a.id) FROM stories s JOIN articles a ON a.story_id = s.id"
               " GROUP BY s.id ORDER BY count(a.id) DESC, s.last DESC, s.id")
        params: list[Any] = []
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params = [max(0, int(limit)), max(0, int(offset))]
        keys = ("id", "title", "first", "last", "n_articles")
        return [dict(zip(keys, r, strict=True)) for r in self.db.execute(sql, params)]

    def stats(self) -> dict[str, Any]:
        one = self.db.execute
        return {
            **self.counts(),
            "merged_events": one("SELECT count(*) FROM merged_events").fetchone()[0],
            "multi_source_events": one("SELECT count(*) FROM merged_events WHERE n_sources > 1").fetchone()[0],
            "stories": one("SELECT count(DISTINCT story_id) FROM articles").fetchone()[0],
            "sources": one("SELECT count(DISTINCT coalesce(source, url, id)) FROM articles").fetchone()[0],
            "first_event": one("SELECT min(date) FROM merged_events").fetchone()[0],
            "last_event": one("SELECT max(date) FROM merged_events").fetchone()[0],
            "by_type": dict(one("SELECT event_type, count(*) FROM merged_events GROUP BY event_type ORDER BY 1")),
            "by_modality": dict(one("SELECT modality, count(*) FROM merged_events GROUP BY modality ORDER BY 1")),
            "by_sub_event_type": dict(one(
                "SELECT sub_event_type, count(*) FROM merged_events GROUP BY sub_event_type ORDER BY 1")),
            "by_country": dict(one("SELECT country, count(*) FROM merged_events WHERE country IS NOT NULL"
                                   " GROUP BY country ORDER BY 2 DESC, 1 LIMIT 100")),
            "located_events": one("SELECT count(*) FROM merged_events WHERE lat IS NOT NULL").fetchone()[0],
            "schema_version": one("PRAGMA user_version").fetchone()[0],
        }


def _event_row(article_id: str, e: dict[str, Any]) -> tuple[Any, ...]:
    loc = e["location"] or {}
    a1, a2 = e["actor1"] or {}, e["actor2"] or {}
    return (
        e["id"], article_id, e["event_type"], e["sub_event_type"], e["plover"], e["plover_mode"],
        a1.get("name"), a1.get("actor_type"), a2.get("name"), a2.get("actor_type"),
        e["date"], e["time_precision"], loc.get("name"), loc.get("country"), loc.get("admin1"),
        loc.get("lat"), loc.get("lon"), loc.get("geo_precision"), e["fatalities"], e["injured"],
        e["modality"], e["confidence"], json.dumps(e["evidence"]),
    )


def compact_json(data: Any) -> str:
    """JSON as the API writes it: no spaces, characters unescaped."""
    return _COMPACT.encode(data)


# One encoder for every call: json.dumps with options builds a new one each time (it shows on a 50-event page).
_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _source_name(source: str | None) -> str | None:
    """The outlet: the article's source, else its URL's host without www."""
    if not source:
        return None
    if "://" in source:
        host = urlparse(source).hostname or source
        return host.removeprefix("www.")
    return source


def _is_readonly(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return "readonly" in text or "read-only" in text or "unable to open" in text


def _why(exc: sqlite3.Error) -> str:
    text = str(exc).lower()
    if "full" in text:
        return ": the disk or the database's size limit is full"
    if "readonly" in text or "read-only" in text:
        return ": the database or its folder is read-only"
    if "locked" in text or "busy" in text:
        return ": another process holds the database"
    return ""


def _iso(value: str, name: str) -> str:
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value.strip()) or date_interval(value.strip(), 1, None) is None:
        raise StoreError(f"{name}: '{value}' is not a date like 2025-03-11")
    return value.strip()


def country_code(value: str) -> str:
    """ISO alpha-2 from alpha-2, alpha-3 or a country name; unknown values are returned upper-cased."""
    import pycountry

    text = value.strip()
    try:
        if len(text) == 2:
            return text.upper()
        found = pycountry.countries.get(alpha_3=text.upper()) if len(text) == 3 else None
        if found is None:
            found = pycountry.countries.lookup(text)
        return str(found.alpha_2)
    except LookupError:
        return text.upper()


def fts_query(text: str) -> str:
    """User words as an FTS5 query of quoted terms (all must match); operators in the input are inert."""
    words = re.findall(r"\w+", text)
    return " ".join(f'"{w}"' for w in words[:20])
