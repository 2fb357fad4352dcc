"""Every SQL statement the HTTP API runs, in one thin repository layer.

The method names and keyword arguments follow the planned ``Store`` query API (``events``,
``event``, ``article``, ``articles``, ``quotes``, ``stats``) so the app can switch to it by
replacing this module. Values only ever reach SQL as bound parameters; filter text is matched
with LIKE (escaped), never spliced into a statement.

An event's public id is ``<article id>:<event id>``: event ids are unique only within their
article today.
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MAX_PAGE = 1000
MAX_POINTS = 20000

_EVENT_COLUMNS = (
    "e.id, e.article_id, e.event_type, e.sub_event_type, e.plover, e.plover_mode, e.actor1, e.actor1_type,"
    " e.actor2, e.actor2_type, e.date, e.time_precision, e.location, e.country, e.admin1, e.lat, e.lon,"
    " e.geo_precision, e.fatalities, e.injured, e.modality, e.confidence, e.evidence"
)


class NotFound(LookupError):
    """No row has this id."""


@dataclass(frozen=True)
class Page:
    items: list[dict[str, Any]]
    total: int
    limit: int
    offset: int

    def to_dict(self) -> dict[str, Any]:
        return {"total": self.total, "limit": self.limit, "offset": self.offset, "items": self.items}


def event_ref(article_id: str, event_id: str) -> str:
    return f"{article_id}:{event_id}"


def split_ref(ref: str) -> tuple[str, str]:
    article_id, sep, event_id = ref.rpartition(":")  # event ids never hold ':'; article ids may
    if not sep or not article_id or not event_id:
        raise NotFound(ref)
    return article_id, event_id


# Words like these can only match inside the sentences of the evidence JSON, never its keys, numbers
# or punctuation, so a LIKE on the raw column is exact for them.
_PLAIN_WORDS = re.compile(r"^[A-Za-z][A-Za-z .'-]*$")
_EVIDENCE_KEYS = ("start", "end", "text")


def _evidence_match(text: str) -> str:
    if _PLAIN_WORDS.match(text) and not any(text.lower() in key for key in _EVIDENCE_KEYS):
        return "e.evidence LIKE ? ESCAPE '\\'"
    # Otherwise a LIKE on the JSON (the needle escaped the same way) is a first pass, and json_each keeps
    # only matches inside the sentences.
    return ("(e.evidence LIKE ? ESCAPE '\\' AND EXISTS (SELECT 1 FROM json_each(e.evidence) j"
            " WHERE json_extract(j.value, '$.text') LIKE ? ESCAPE '\\'))")


def _evidence_params(text: str) -> list[str]:
    escaped = _like(json.dumps(text)[1:-1])
    return [escaped] if _evidence_match(text).startswith("e.evidence") else [escaped, _like(text)]


def _like(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class Queries:
    """Read queries over one dateline database; one read-only connection per thread."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._local = threading.local()

    def _db(self) -> sqlite3.Connection:
        con: sqlite3.Connection | None = getattr(self._local, "con", None)
        if con is None:
            con = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True)
            con.row_factory = sqlite3.Row
            # Reads dominate: map the file and keep a larger page cache per connection.
            con.execute("PRAGMA mmap_size = 268435456")
            con.execute("PRAGMA cache_size = -32768")
            self._local.con = con
        return con

    # --- events --------------------------------------------------------------------------------

    def _event_where(
        self,
        *,
        bbox: tuple[float, float, float, float] | None = None,
        start: str | None = None,
        end: str | None = None,
        types: Sequence[str] | None = None,
        actor: str | None = None,
        country: Sequence[str] | None = None,
        text: str | None = None,
        modality: Sequence[str] | None = None,
        min_confidence: float | None = None,
        article_id: str | None = None,
    ) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if bbox is not None:
            west, south, east, north = bbox
            clauses.append("e.lat BETWEEN ? AND ?")
            params += [south, north]
            if west <= east:
                clauses.append("e.lon BETWEEN ? AND ?")
                params += [west, east]
            else:  # the box crosses the antimeridian
                clauses.append("(e.lon >= ? OR e.lon <= ?)")
                params += [west, east]
        if start:
            # A vaguer date ("2025-06") counts as its first day.
            clauses.append("e.date >= ?")
            params.append(start)
        if end:
            clauses.append("substr(e.date, 1, 10) <= ?")
            params.append(end)
        if types:
            marks = ", ".join("?" * len(types))
            clauses.append(f"(e.event_type IN ({marks}) OR e.sub_event_type IN ({marks}))")
            params += [*types, *types]
        if actor:
            clauses.append("(e.actor1 LIKE ? ESCAPE '\\' OR e.actor2 LIKE ? ESCAPE '\\')")
            params += [_like(actor)] * 2
        if country:
            clauses.append(f"e.country IN ({', '.join('?' * len(country))})")
            params += [c.upper() for c in country]
        if text:
            clauses.append(f"({_evidence_match(text)} OR e.actor1 LIKE ? ESCAPE '\\' OR e.actor2 LIKE ? ESCAPE '\\'"
                           " OR e.location LIKE ? ESCAPE '\\')")
            params += [*_evidence_params(text), *[_like(text)] * 3]
        if modality:
            clauses.append(f"e.modality IN ({', '.join('?' * len(modality))})")
            params += list(modality)
        if min_confidence is not None:
            clauses.append("e.confidence >= ?")
            params.append(min_confidence)
        if article_id:
            clauses.append("e.article_id = ?")
            params.append(article_id)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def events(self, *, limit: int = 50, offset: int = 0, **filters: Any) -> Page:
        """Events matching the filters, newest first (undated last), with the total that match."""
        where, params = self._event_where(**filters)
        db = self._db()
        total = db.execute(f"SELECT count(*) FROM events e{where}", params).fetchone()[0]
        rows = db.execute(
            f"SELECT {_EVENT_COLUMNS}, a.title AS article_title FROM events e JOIN articles a ON a.id = e.article_id"
            f"{where} ORDER BY e.date DESC, e.rowid DESC LIMIT ? OFFSET ?",
            [*params, limit, offset],
        ).fetchall()
        return Page([_event(row) for row in rows], total, limit, offset)

    def points(self, *, limit: int = MAX_POINTS, **filters: Any) -> list[dict[str, Any]]:
        """The located events matching the filters, in a compact form for the map."""
        where, params = self._event_where(**filters)
        where += (" AND" if where else " WHERE") + " e.lat IS NOT NULL AND e.lon IS NOT NULL"
        rows = self._db().execute(
            f"SELECT e.article_id, e.id, e.lat, e.lon, e.date, e.event_type, e.sub_event_type, e.location,"
            f" e.fatalities FROM events e{where} ORDER BY e.date DESC LIMIT ?",
            [*params, limit],
        ).fetchall()
        return [
            {"id": event_ref(r["article_id"], r["id"]), "lat": r["lat"], "lon": r["lon"], "date": r["date"],
             "event_type": r["event_type"], "sub_event_type": r["sub_event_type"], "location": r["location"],
             "fatalities": r["fatalities"]}
            for r in rows
        ]

    def timeline(self, **filters: Any) -> list[dict[str, Any]]:
        """Event counts per day (a vaguer date counts on its first day)."""
        where, params = self._event_where(**filters)
        where += (" AND" if where else " WHERE") + " e.date IS NOT NULL"
        rows = self._db().execute(
            f"SELECT substr(e.date, 1, 10) AS day, count(*) AS n FROM events e{where} GROUP BY day ORDER BY day",
            params,
        ).fetchall()
        return [{"date": _first_day(r["day"]), "count": r["n"]} for r in rows]

    def event(self, ref: str) -> dict[str, Any]:
        """One event with its full record and the articles it comes from."""
        article_id, event_id = split_ref(ref)
        db = self._db()
        row = db.execute(
            f"SELECT {_EVENT_COLUMNS}, a.title AS article_title, a.record FROM events e"
            " JOIN articles a ON a.id = e.article_id WHERE e.article_id = ? AND e.id = ?",
            (article_id, event_id),
        ).fetchone()
        if row is None:
            raise NotFound(ref)
        event = _event(row)
        record = json.loads(row["record"])
        full: dict[str, Any] = next((e for e in record.get("events", []) if e.get("id") == event_id), {})
        event.update({k: v for k, v in full.items() if k not in ("id",)})
        event["id"] = ref
        event["articles"] = [_article_summary(record)]
        return event

    # --- articles and quotes -------------------------------------------------------------------

    def articles(
        self,
        *,
        text: str | None = None,
        source: str | None = None,
        start: str | None = None,
        end: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> Page:
        clauses: list[str] = []
        params: list[Any] = []
        if text:
            clauses.append("(a.title LIKE ? ESCAPE '\\' OR a.text LIKE ? ESCAPE '\\')")
            params += [_like(text)] * 2
        if source:
            clauses.append("a.source = ?")
            params.append(source)
        if start:
            clauses.append("a.published >= ?")
            params.append(start)
        if end:
            clauses.append("substr(a.published, 1, 10) <= ?")
            params.append(end)
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        db = self._db()
        total = db.execute(f"SELECT count(*) FROM articles a{where}", params).fetchone()[0]
        rows = db.execute(
            "SELECT a.id, a.url, a.source, a.title, a.published, a.language, a.n_errors, a.ingested_at,"
            " (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS n_events,"
            " (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS n_quotes"
            f" FROM articles a{where} ORDER BY a.published IS NULL, a.published DESC, a.id LIMIT ? OFFSET ?",
            [*params, limit, offset],
        ).fetchall()
        return Page([dict(r) for r in rows], total, limit, offset)

    def article(self, article_id: str) -> dict[str, Any]:
        """The stored record (text and every annotation, as offsets), with API ids on its events."""
        row = self._db().execute(
            "SELECT record, ingested_at FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        if row is None:
            raise NotFound(article_id)
        record: dict[str, Any] = json.loads(row["record"])
        record["ingested_at"] = row["ingested_at"]
        for event in record.get("events", []):
            event["ref"] = event_ref(article_id, event["id"])
        return record

    def quotes(
        self,
        *,
        article_id: str | None = None,
        speaker: str | None = None,
        text: str | None = None,
        direct: bool | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> Page:
        clauses: list[str] = []
        params: list[Any] = []
        if article_id:
            clauses.append("q.article_id = ?")
            params.append(article_id)
        if speaker:
            clauses.append("q.speaker LIKE ? ESCAPE '\\'")
            params.append(_like(speaker))
        if text:
            clauses.append("q.text LIKE ? ESCAPE '\\'")
            params.append(_like(text))
        if direct is not None:
            clauses.append("q.direct = ?")
            params.append(int(direct))
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        db = self._db()
        total = db.execute(f"SELECT count(*) FROM quotes q{where}", params).fetchone()[0]
        rows = db.execute(
            'SELECT q.article_id, q.start, q."end", q.text, q.direct, q.cue, q.speaker, q.via,'
            " a.title AS article_title, a.published"
            f" FROM quotes q JOIN articles a ON a.id = q.article_id{where}"
            " ORDER BY a.published IS NULL, a.published DESC, q.article_id, q.start LIMIT ? OFFSET ?",
            [*params, limit, offset],
        ).fetchall()
        items = [{**dict(r), "direct": bool(r["direct"])} for r in rows]
        return Page(items, total, limit, offset)

    def stats(self) -> dict[str, Any]:
        db = self._db()

        def count(sql: str) -> int:
            return int(db.execute(sql).fetchone()[0])

        def grouped(column: str, top: int = 50) -> dict[str, int]:
            rows = db.execute(
                f"SELECT {column} AS k, count(*) AS n FROM events WHERE {column} IS NOT NULL"
                f" GROUP BY k ORDER BY n DESC, k LIMIT {top}"
            ).fetchall()
            return {r["k"]: r["n"] for r in rows}

        first, last = db.execute("SELECT min(date), max(substr(date, 1, 10)) FROM events").fetchone()
        return {
            "articles": count("SELECT count(*) FROM articles"),
            "events": count("SELECT count(*) FROM events"),
            "quotes": count("SELECT count(*) FROM quotes"),
            "located_events": count("SELECT count(*) FROM events WHERE lat IS NOT NULL"),
            "first_date": _first_day(first) if first else None,
            "last_date": last,
            "event_types": grouped("event_type"),
            "sub_event_types": grouped("sub_event_type"),
            "countries": grouped("country"),
            "modalities": grouped("modality"),
            "fatalities": count("SELECT coalesce(sum(fatalities), 0) FROM events WHERE modality = 'asserted'"),
        }


def _first_day(date: str) -> str:
    if len(date) == 4:
        return f"{date}-01-01"
    if len(date) == 7:
        return f"{date}-01"
    return date


def _article_summary(record: dict[str, Any]) -> dict[str, Any]:
    return {k: record.get(k) for k in ("id", "title", "url", "source", "published")}


def _event(row: sqlite3.Row) -> dict[str, Any]:
    def actor(name: str | None, actor_type: str | None) -> dict[str, Any] | None:
        return {"name": name, "actor_type": actor_type} if name else None

    location = None
    if row["location"] is not None:
        location = {"name": row["location"], "lat": row["lat"], "lon": row["lon"], "country": row["country"],
                    "admin1": row["admin1"], "geo_precision": row["geo_precision"]}
    return {
        "id": event_ref(row["article_id"], row["id"]),
        "article_id": row["article_id"],
        "article_title": row["article_title"],
        "event_type": row["event_type"],
        "sub_event_type": row["sub_event_type"],
        "plover": row["plover"],
        "plover_mode": row["plover_mode"],
        "actor1": actor(row["actor1"], row["actor1_type"]),
        "actor2": actor(row["actor2"], row["actor2_type"]),
        "date": row["date"],
        "time_precision": row["time_precision"],
        "location": location,
        "fatalities": row["fatalities"],
        "injured": row["injured"],
        "modality": row["modality"],
        "confidence": row["confidence"],
        "evidence": json.loads(row["evidence"]),
    }
