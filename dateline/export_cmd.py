"""``dateline export``: the store's merged events as ACLED CSV, PLOVER JSON, GeoJSON, Parquet or JSONL."""

from __future__ import annotations

import sys

import click

from .errors import DatelineError
from .export import FORMATS, export
from .store import Store

MODALITIES = ("asserted", "negated", "future", "hypothetical", "call", "threat", "historical", "all")


@click.command("export")
@click.option("--db", "db_path", default="dateline.db", show_default=True, type=click.Path(dir_okay=False))
@click.option("--format", "fmt", required=True, type=click.Choice(FORMATS))
@click.option("-o", "--output", help="Output file (default: stdout; parquet needs a file).")
@click.option("--since", help="Events on or after this date (YYYY-MM-DD).")
@click.option("--until", help="Events on or before this date (YYYY-MM-DD).")
@click.option("--country", help="ISO alpha-2, alpha-3 or country name.")
@click.option("--type", "types", multiple=True, help="ACLED event or sub-event type, or PLOVER type (repeatable).")
@click.option("--min-confidence", type=click.FloatRange(0, 1), help="Keep events at least this confident.")
@click.option("--modality", multiple=True, type=click.Choice(MODALITIES),
              help="Modalities to keep (repeatable; default: asserted; 'all' for every one).")
def export_command(db_path: str, fmt: str, output: str | None, since: str | None, until: str | None,
                   country: str | None, types: tuple[str, ...], min_confidence: float | None,
                   modality: tuple[str, ...]) -> None:
    """Export merged events (one row per real-world event, all its sources together) from the store."""
    if fmt == "parquet" and not output:
        raise click.UsageError("parquet needs an output file: -o FILE")
    modes: list[str] | None = None if "all" in modality else list(modality or ("asserted",))
    if fmt == "jsonl" and not modality:
        modes = None  # article records: every article unless a modality is asked for
    try:
        with Store(db_path, readonly=True) as store:
            n = export(store, fmt, output, start=since, end=until, country=country, types=list(types) or None,
                       min_confidence=min_confidence, modality=modes)
    except DatelineError as exc:
        raise click.ClickException(exc.message) from exc
    what = "article(s)" if fmt == "jsonl" else "event(s)"
    click.echo(f"dateline: exported {n} {what} as {fmt}" + (f" to {output}" if output else ""), err=True)
    sys.exit(0)
