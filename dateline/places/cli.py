"""`dateline gazetteer build|info|lookup NAME`: the offline place index from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import click

from .gazetteer import Gazetteer, build, default_path

_PATH = click.option("--path", "path", type=click.Path(dir_okay=False, path_type=Path), default=None,
                     help="Index file (default: $DATELINE_GAZETTEER or the user cache directory).")
_USER = click.option("--user-places", "user_csv", type=click.Path(exists=True, dir_okay=False, path_type=Path),
                     default=None, help="CSV of your own places: name, alternates, lat, lon, country, admin1, parent.")


@click.group("gazetteer")
def gazetteer() -> None:
    """Build, inspect and query the gazetteer index."""


@gazetteer.command("build")
@_PATH
@_USER
def build_cmd(path: Path | None, user_csv: Path | None) -> None:
    """(Re)build the index now, even when it is up to date."""
    target = path or default_path()
    build(target, user_csv)
    gaz = Gazetteer(target)
    try:
        info = gaz.info()
    finally:
        gaz.close()
    click.echo(f"built {target} in {info['build_seconds']:.1f}s: "
               + ", ".join(f"{n} {k}" for k, n in sorted(info["counts"].items())))


@gazetteer.command("info")
@_PATH
@_USER
def info_cmd(path: Path | None, user_csv: Path | None) -> None:
    """Where the index is, what it was built from, and what it holds (JSON)."""
    gaz = Gazetteer.open(path, user_csv=user_csv)
    try:
        click.echo(json.dumps(gaz.info(), indent=1))
    finally:
        gaz.close()


@gazetteer.command("lookup")
@click.argument("name")
@click.option("--country", default=None, help="Only places in this country (code or name).")
@click.option("--limit", default=10, show_default=True, type=click.IntRange(1, 100))
@_PATH
@_USER
def lookup_cmd(name: str, country: str | None, limit: int, path: Path | None, user_csv: Path | None) -> None:
    """The places called NAME, best first (exit status 1 when there are none)."""
    gaz = Gazetteer.open(path, user_csv=user_csv)
    try:
        found = gaz.lookup(name, country=country, limit=limit)
    finally:
        gaz.close()
    if not found:
        click.echo(f"no place called {name!r}" + (f" in {country}" if country else ""), err=True)
        raise SystemExit(1)
    for e in found:
        where = ", ".join(x for x in (e.admin1, e.country) if x)
        click.echo(f"{e.name:<30} {where:<30} {e.feature:<8} {e.lat:9.4f} {e.lon:10.4f}  "
                   f"pop {e.population:>11,}  geonameid {e.geonameid or '-'}")
