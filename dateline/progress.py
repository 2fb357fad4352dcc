"""A progress bar on stderr for long CLI work: articles done, rate, ETA, and errors as they happen.

It draws only when stderr is a terminal, so piped output and logs stay clean. It refreshes from
the caller's loop rather than from a timer thread: a live thread would make the worker pool
spawn fresh processes instead of forking ones that share the loaded model.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import TracebackType

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from .ingest import JSONL_SUFFIXES, KNOWN_SUFFIXES
from .model import Article

_REFRESH_EVERY = 0.1  # seconds


def estimate_total(paths: Iterable[str]) -> int | None:
    """How many articles the inputs hold, cheaply: files, plus lines of JSONL; None for stdin."""
    import glob

    total = 0
    for spec in paths:
        if spec == "-":
            return None
        for match in sorted(glob.glob(spec, recursive=True)) if glob.has_magic(spec) else [spec]:
            path = Path(match)
            files = (p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
            for file in files:
                suffix = file.suffix.lower()
                if suffix not in KNOWN_SUFFIXES or not file.is_file():
                    continue
                if suffix in JSONL_SUFFIXES:
                    with file.open("rb") as handle:
                        total += sum(1 for line in handle if line.strip())
                else:
                    total += 1
    return total


class ProgressBar:
    """``with ProgressBar(total) as bar:`` then ``bar.advance(errors=...)`` per article done."""

    def __init__(self, total: int | None, *, label: str = "articles", console: Console | None = None) -> None:
        self.console = console or Console(stderr=True)
        self.enabled = self.console.is_terminal
        self.done = 0
        self.errors = 0
        self._last = 0.0
        self._progress = Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TextColumn("[red]{task.fields[errors]} error(s)"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=self.console,
            auto_refresh=False,
            transient=True,
            disable=not self.enabled,
        )
        self._task = self._progress.add_task(label, total=total, rate="", errors=0)

    @classmethod
    def for_inputs(cls, paths: Iterable[str], *, label: str = "articles") -> ProgressBar:
        """A bar for the CLI's inputs; they are counted only when the bar will be drawn."""
        bar = cls(None, label=label)
        if bar.enabled:
            bar._progress.update(bar._task, total=estimate_total(paths))
        return bar

    def __enter__(self) -> ProgressBar:
        self._started = time.perf_counter()
        self._progress.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._refresh(force=True)
        self._progress.stop()

    def track(self, articles: Iterable[Article]) -> Iterator[Article]:
        """Yield the articles, counting each one (and its errors) once the caller is done with it."""
        with self:
            for article in articles:
                yield article
                self.advance(errors=len(article.errors))

    def advance(self, *, errors: int = 0) -> None:
        """One more article done; ``errors``: problems it had."""
        self.done += 1
        self.errors += errors
        self._progress.advance(self._task)
        self._refresh()

    def error(self) -> None:
        """An input that could not be read at all."""
        self.errors += 1
        self._refresh()

    @property
    def rate(self) -> float:
        elapsed = time.perf_counter() - self._started
        return self.done / elapsed if elapsed > 0 else 0.0

    def _refresh(self, force: bool = False) -> None:
        now = time.perf_counter()
        if not self.enabled or (not force and now - self._last < _REFRESH_EVERY):
            return
        self._last = now
        self._progress.update(self._task, rate=f"{self.rate:.1f}/s", errors=self.errors)
        self._progress.refresh()
