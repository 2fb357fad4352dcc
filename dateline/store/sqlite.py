"""The embedded store: one SQLite file, WAL mode, idempotent by article id.

The full article record (SCHEMA.md) is kept as JSON beside the columns analysts filter on, so
nothing is lost and the tables stay easy to query from Datasette, pandas or DuckDB.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import StoreError
from ..model import Article

SCHEMA_VERSION = 1
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
]


class Store:
    """``with Store(path) as store: store.add(article)``."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self.db = sqlite3.connect(self.path)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a dateline database or unreadable ({exc})") from exc

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version == 0 and self.db.execute(
            "SELECT count(*) FROM sqlite_master WHERE type='table'"
        ).fetchone()[0]:
            raise StoreError(f"{self.path}: holds tables that are not dateline's; refusing to write")
        if version > len(_MIGRATIONS):
            raise StoreError(f"{self.path}: made by a newer dateline (schema {version})")
        for number in range(version, len(_MIGRATIONS)):
            with self.db:
                self.db.executescript(_MIGRATIONS[number])
                self.db.execute(f"PRAGMA user_version = {number + 1}")

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
        record = article.to_dict()
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
                    "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    " ?, ?, ?, ?, ?, ?)",
                    [_event_row(article.id, e) for e in record["events"]],
                )
                self.db.executemany(
                    "INSERT OR IGNORE INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [(article.id, q["start"], q["end"], q["text"], int(q["direct"]), q["cue"],
                      q["speaker"], q["via"]) for q in record["quotes"]],
                )
        except sqlite3.OperationalError as exc:
            raise StoreError(f"{self.path}: cannot write ({exc})") from exc
        return True

    def add_all(self, articles: Iterable[Article]) -> Iterator[tuple[Article, bool]]:
        for article in articles:
            yield article, self.add(article)

    def articles(self) -> Iterator[Article]:
        for (record,) in self.db.execute("SELECT record FROM articles ORDER BY published, id"):
            yield Article.from_dict(json.loads(record))

    def counts(self) -> dict[str, int]:
        tables = ("articles", "events", "quotes")
        return {t: self.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


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
