"""``dateline serve``: the API and the web page over one database, on loopback by default."""

from __future__ import annotations

import json
import os
from pathlib import Path

import click

from ..errors import DatelineError


@click.command()
@click.option("--db", "db_path", default="dateline.db", show_default=True, type=click.Path(dir_okay=False))
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--tile-url", help="Raster tile URL like https://host/{z}/{x}/{y}.png (default: country outlines).")
@click.option("--tile-attribution", help="Credit line shown under the tiles.")
@click.option("--max-body", default=2 * 1024 * 1024, show_default=True, type=click.IntRange(1024),
              help="Largest POST /articles body in bytes.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Server processes (reads scale with cores; ingest runs the pipeline in each that gets one).")
def serve(db_path: str, host: str, port: int, tile_url: str | None, tile_attribution: str | None,
          max_body: int, workers: int) -> None:
    """Serve the HTTP API (/events, /articles, /quotes, /stats, /docs) and the web page.

    POST /articles ingests only when DATELINE_TOKEN is set in the environment.
    """
    import uvicorn

    from .app import ServeConfig, create_app

    if not Path(db_path).exists():
        click.echo(f"dateline: note: {db_path} does not exist; starting with an empty database", err=True)
    config = ServeConfig.from_env(tile_url=tile_url, tile_attribution=tile_attribution, max_body_bytes=max_body)
    try:
        app = create_app(db_path, config)
    except DatelineError as exc:
        raise click.ClickException(exc.message) from exc
    if config.token is None:
        click.echo("dateline: note: POST /articles is off (set DATELINE_TOKEN to turn it on)", err=True)
    click.echo(f"dateline: serving {db_path} on http://{host}:{port}/ (API docs at /docs)", err=True)
    if workers == 1:
        uvicorn.run(app, host=host, port=port, log_level="warning")
        return
    # Each worker process builds its own app from the same settings.
    settings = {"db": str(Path(db_path).resolve()), "tile_url": tile_url, "tile_attribution": tile_attribution,
                "max_body_bytes": max_body}
    os.environ["DATELINE_SERVE"] = json.dumps(settings)
    uvicorn.run("dateline.serve.app:app_from_env", factory=True, host=host, port=port, workers=workers,
                log_level="warning")
