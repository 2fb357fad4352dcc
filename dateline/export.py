"""Exports of the store's merged events for analysts: ACLED CSV, PLOVER JSON, GeoJSON, Parquet, JSONL.

One row / object / feature per MERGED event (all articles that reported it together), except
``jsonl``, which writes the full article records (SCHEMA.md) that report the selected events.

- ``acled-csv``: ACLED's export columns in ACLED's order (``ACLED_COLUMNS``). Actor types are written
  as ACLED's labels (``inter1``: "State forces"), ``interaction`` as "State forces-Rebel group",
  ``iso`` is the ISO 3166 numeric code. A date known only to the month or year is written as its first
  day, with ``time_precision`` 3. ``fatalities`` is the most conservative consistent figure (0 when
  none was reported, as ACLED does); ``tags`` keeps what the CSV would otherwise lose (sources,
  figure range, modality). ``region``, ``admin2``/``admin3``, ``assoc_actor_*`` and ``source_scale``
  are left empty: dateline does not know them. Cells that a spreadsheet would run as a formula are
  prefixed with ``'`` (article text is untrusted).
- ``plover-json``: a JSON array of PLOVER-style event objects (event, mode, actors, country as ISO
  alpha-3, evidence) with the ACLED types beside them.
- ``geojson``: a FeatureCollection of Point features (events without coordinates are left out).
- ``parquet``: one row per merged event with typed columns and list columns (sources, article_ids,
  evidence_text); DuckDB and pandas read it.
- ``jsonl``: one article record per line.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from .errors import DatelineError
from .store.sqlite import MergedEvent, Store

FORMATS = ("acled-csv", "plover-json", "geojson", "parquet", "jsonl")

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)


class ExportError(DatelineError):
    """An export cannot be written (unknown format, unwritable file)."""

    code = "D500"


def export(store: Store, fmt: str, out: str | Path | IO[str] | None = None, **filters: Any) -> int:
    """Write the selected merged events (or articles, for jsonl) in ``fmt``; returns how many were written.

    ``out`` is a path, an open text stream, or None for stdout (not for parquet). ``filters`` are
    those of ``Store.events``.
    """
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format '{fmt}' (one of: {', '.join(FORMATS)})")
    if fmt == "parquet":
        if out is None or not isinstance(out, (str, Path)):
            raise ExportError("parquet needs an output file (-o FILE)")
        return write_parquet(store.iter_events(**filters), Path(out))
    writers = {"acled-csv": write_acled_csv, "plover-json": write_plover_json, "geojson": write_geojson}
    if isinstance(out, (str, Path)):
        path = Path(out)
        tmp = path.with_name(f".{path.name}.partial")
        try:
            with tmp.open("w", encoding="utf-8", newline="") as handle:
                n = _write_text(store, fmt, handle, writers, filters)
            tmp.replace(path)  # a failed export never leaves a half-written file under the real name
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise ExportError(f"{path}: cannot write ({exc.strerror or exc})") from exc
        return n
    import sys

    return _write_text(store, fmt, out or sys.stdout, writers, filters)


def _write_text(store: Store, fmt: str, handle: IO[str], writers: dict[str, Any], filters: dict[str, Any]) -> int:
    if fmt == "jsonl":
        return write_jsonl(store.article_records(**filters), handle)
    n: int = writers[fmt](store.iter_events(**filters), handle)
    return n


# --- ACLED CSV -------------------------------------------------------------------------------


def disorder_type(event_type: str, sub_event_type: str) -> str:
    if sub_event_type == "Excessive force against protesters":
        return "Political violence; Demonstrations"
    if event_type == "Protests" or sub_event_type == "Violent demonstration":
        return "Demonstrations"
    if event_type == "Strategic developments":
        return "Strategic developments"
    return "Political violence"


def _country(alpha2: str | None) -> tuple[str, str, str]:
    """(alpha-3, numeric, name) of an ISO alpha-2 code; empty strings when unknown."""
    import pycountry

    found = pycountry.countries.get(alpha_2=alpha2) if alpha2 else None
    if found is None:
        return "", "", alpha2 or ""
    return found.alpha_3, str(int(found.numeric)), getattr(found, "common_name", None) or found.name


def _full_date(value: str | None) -> str:
    if not value:
        return ""
    if len(value) == 4:
        return f"{value}-01-01"
    if len(value) == 7:
        return f"{value}-01"
    return value[:10]


def _safe(value: Any) -> Any:
    # A cell starting with = + - @ (or a tab/CR) runs as a formula in spreadsheets: keep it as text.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _short(text: str, limit: int = 500) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def acled_row(e: MergedEvent) -> dict[str, Any]:
    iso3, numeric, name = _country(e.country)
    inter1, inter2 = e.actor1_type or "", e.actor2_type or ""
    sole = inter1 or inter2
    interaction = f"{inter1}-{inter2}" if inter1 and inter2 else (f"{sole} only" if sole else "")
    notes = e.evidence[0]["text"] if e.evidence else ""
    tags = [f"n_articles={e.n_articles}", f"n_sources={e.n_sources}", f"modality={e.modality}",
            f"confidence={e.confidence:.2f}"]
    if e.fatalities_high is not None and e.fatalities_high != e.fatalities:
        tags.append(f"fatalities reported {e.fatalities}-{e.fatalities_high}")
    date = _full_date(e.date)
    stamp = int(datetime.now(UTC).timestamp())
    row = {
        "event_id_cnty": f"{iso3 or 'XXX'}-{e.id}", "event_date": date, "year": date[:4],
        "time_precision": e.time_precision or (3 if date else ""),
        "disorder_type": disorder_type(e.event_type, e.sub_event_type), "event_type": e.event_type,
        "sub_event_type": e.sub_event_type, "actor1": e.actor1 or "", "assoc_actor_1": "", "inter1": inter1,
        "actor2": e.actor2 or "", "assoc_actor_2": "", "inter2": inter2, "interaction": interaction,
        "civilian_targeting": "Civilian targeting" if inter2 == "Civilians" else "", "iso": numeric, "region": "",
        "country": name, "admin1": e.admin1 or "", "admin2": "", "admin3": "", "location": e.location or "",
        "latitude": "" if e.lat is None else round(e.lat, 4), "longitude": "" if e.lon is None else round(e.lon, 4),
        "geo_precision": e.geo_precision or "", "source": "; ".join(e.sources), "source_scale": "",
        "notes": _short(notes), "fatalities": e.fatalities or 0, "tags": "; ".join(tags), "timestamp": stamp,
    }
    return {k: _safe(v) for k, v in row.items()}


def write_acled_csv(events: Iterable[MergedEvent], handle: IO[str]) -> int:
    writer = csv.DictWriter(handle, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for e in events:
        writer.writerow(acled_row(e))
        n += 1
    return n


# --- PLOVER JSON -----------------------------------------------------------------------------


def plover_object(e: MergedEvent) -> dict[str, Any]:
    iso3, _, _ = _country(e.country)
    return {
        "id": e.id, "date": e.date, "time_precision": e.time_precision,
        "event": e.plover, "mode": e.plover_mode, "context": [],
        "actor1": e.actor1, "actor1_type": e.actor1_type, "actor2": e.actor2, "actor2_type": e.actor2_type,
        "country": iso3 or None,
        "location": {"name": e.location, "lat": e.lat, "lon": e.lon, "admin1": e.admin1,
                     "geo_precision": e.geo_precision},
        "fatalities": e.fatalities, "fatalities_high": e.fatalities_high, "injured": e.injured,
        "modality": e.modality, "confidence": e.confidence,
        "acled": {"event_type": e.event_type, "sub_event_type": e.sub_event_type},
        "n_articles": e.n_articles, "n_sources": e.n_sources, "sources": e.sources,
        "first_report": e.first_report, "last_report": e.last_report,
        "evidence": [{"article_id": x["article_id"], "source": x["source"], "text": x["text"],
                      "start": x["start"], "end": x["end"]} for x in e.evidence],
    }


def write_plover_json(events: Iterable[MergedEvent], handle: IO[str]) -> int:
    n = 0
    handle.write("[")
    for e in events:
        handle.write(("\n" if n == 0 else ",\n") + json.dumps(plover_object(e), ensure_ascii=False))
        n += 1
    handle.write("\n]\n")
    return n


# --- GeoJSON ---------------------------------------------------------------------------------


def geojson_feature(e: MergedEvent) -> dict[str, Any] | None:
    if e.lat is None or e.lon is None:
        return None
    props = {k: v for k, v in e.to_dict().items() if k not in ("evidence", "lat", "lon")}
    props["evidence"] = [x["text"] for x in e.evidence[:5]]
    return {"type": "Feature", "id": e.id, "geometry": {"type": "Point", "coordinates": [e.lon, e.lat]},
            "properties": props}


def write_geojson(events: Iterable[MergedEvent], handle: IO[str]) -> int:
    n = 0
    handle.write('{"type": "FeatureCollection", "features": [')
    for e in events:
        feature = geojson_feature(e)
        if feature is None:
            continue
        handle.write(("\n" if n == 0 else ",\n") + json.dumps(feature, ensure_ascii=False))
        n += 1
    handle.write("\n]}\n")
    return n


# --- Parquet ---------------------------------------------------------------------------------


def _parquet_schema() -> Any:
    import pyarrow as pa

    text, integer, real = pa.string(), pa.int64(), pa.float64()
    return pa.schema([
        ("id", text), ("event_date", pa.date32()), ("date", text), ("time_precision", integer),
        ("event_type", text), ("sub_event_type", text), ("plover", text), ("plover_mode", text),
        ("disorder_type", text), ("modality", text),
        ("actor1", text), ("actor1_type", text), ("actor2", text), ("actor2_type", text),
        ("location", text), ("country", text), ("admin1", text), ("latitude", real), ("longitude", real),
        ("geo_precision", integer), ("fatalities", integer), ("fatalities_high", integer), ("injured", integer),
        ("confidence", real), ("n_mentions", integer), ("n_articles", integer), ("n_sources", integer),
        ("first_report", text), ("last_report", text),
        ("sources", pa.list_(text)), ("article_ids", pa.list_(text)), ("evidence_text", pa.list_(text)),
    ])


def _parquet_rows(events: Iterable[MergedEvent]) -> Iterator[dict[str, Any]]:
    from datetime import date

    for e in events:
        full = _full_date(e.date)
        yield {
            "id": e.id, "event_date": date.fromisoformat(full) if full else None, "date": e.date,
            "time_precision": e.time_precision, "event_type": e.event_type, "sub_event_type": e.sub_event_type,
            "plover": e.plover, "plover_mode": e.plover_mode,
            "disorder_type": disorder_type(e.event_type, e.sub_event_type), "modality": e.modality,
            "actor1": e.actor1, "actor1_type": e.actor1_type, "actor2": e.actor2, "actor2_type": e.actor2_type,
            "location": e.location, "country": e.country, "admin1": e.admin1, "latitude": e.lat,
            "longitude": e.lon, "geo_precision": e.geo_precision, "fatalities": e.fatalities,
            "fatalities_high": e.fatalities_high, "injured": e.injured, "confidence": e.confidence,
            "n_mentions": e.n_mentions, "n_articles": e.n_articles, "n_sources": e.n_sources,
            "first_report": e.first_report, "last_report": e.last_report, "sources": e.sources,
            "article_ids": e.article_ids, "evidence_text": [x["text"] for x in e.evidence],
        }


def write_parquet(events: Iterable[MergedEvent], path: Path, batch: int = 5000) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _parquet_schema()
    tmp = path.with_name(f".{path.name}.partial")
    n = 0
    try:
        with pq.ParquetWriter(tmp, schema) as writer:
            rows: list[dict[str, Any]] = []
            for row in _parquet_rows(events):
                rows.append(row)
                if len(rows) >= batch:
                    writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                    n += len(rows)
                    rows = []
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))  # also gives an empty file its schema
            n += len(rows)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError(f"{path}: cannot write ({exc})") from exc
    return n


# --- JSONL -----------------------------------------------------------------------------------


def write_jsonl(records: Iterable[dict[str, Any]], handle: IO[str]) -> int:
    n = 0
    for record in records:
        handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n


def to_string(store: Store, fmt: str, **filters: Any) -> str:
    """The export as a string (small stores, tests and the HTTP API)."""
    buffer = io.StringIO()
    export(store, fmt, buffer, **filters)
    return buffer.getvalue()

