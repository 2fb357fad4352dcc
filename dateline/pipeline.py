"""Stages and the pipeline that runs them, one article or a stream of them.

A stage is a callable ``Article -> Article`` with a ``name`` and the article fields it
``requires`` and ``assigns``. The pipeline checks the order when it is built, runs each stage
under a guard (a failure becomes an entry in ``Article.errors``; the batch goes on), and
``pipe()`` fans a stream out to worker processes that each build the pipeline once.
"""

from __future__ import annotations

import multiprocessing
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Protocol

from .errors import PipelineError
from .model import Article, StageError
from .options import Options

# What an article has before any stage runs.
INPUT_FIELDS = frozenset({"text", "id", "url", "source", "title", "published", "language", "raw"})


class Stage(Protocol):
    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def __call__(self, article: Article) -> Article: ...


class Pipeline:
    def __init__(self, stages: Sequence[Stage], options: Options | None = None) -> None:
        self.options = options or Options()
        self.stages = list(stages)
        self.timings: dict[str, float] = {s.name: 0.0 for s in self.stages}
        available = set(INPUT_FIELDS)
        for stage in self.stages:
            missing = [f for f in stage.requires if f not in available]
            if missing:
                raise PipelineError(
                    f"stage '{stage.name}' requires {missing}, which no earlier stage assigns"
                )
            available.update(stage.assigns)

    @property
    def stage_names(self) -> list[str]:
        return [s.name for s in self.stages]

    def __call__(self, article: Article | str, *, published: str | None = None) -> Article:
        """Run every stage on one article. ``published`` (like ``Options.published``) is a fallback:
        a date the input or its page carries wins; for a plain string it is the given date."""
        if isinstance(article, str):
            article = Article(text=article, published=published)
        fallback = published or self.options.published
        # The fallback applies once the stage that reads dates from the page has had its say.
        fill_after = next((i for i, s in enumerate(self.stages) if "published" in s.assigns), -1)
        if fill_after < 0 and not article.published:
            article.published = fallback
        failed: set[str] = set()
        for index, stage in enumerate(self.stages):
            if index - 1 == fill_after >= 0 and not article.published:
                article.published = fallback
            if article.language not in (None, "en") and stage.name != "clean":
                continue  # English stages skip other languages; clean records why
            if failed.intersection(stage.requires):
                article.errors.append(StageError(stage.name, "skipped: an earlier stage failed"))
                failed.update(stage.assigns)
                continue
            started = time.perf_counter()
            try:
                article = stage(article)
            except Exception as exc:  # one article's bad stage must not stop the batch
                article.errors.append(StageError(stage.name, f"{type(exc).__name__}: {exc}"))
                failed.update(stage.assigns)
            self.timings[stage.name] += time.perf_counter() - started
        if fill_after == len(self.stages) - 1 and not article.published:
            article.published = fallback
        return article

    def pipe(
        self, articles: Iterable[Article], *, workers: int = 1, chunksize: int = 4
    ) -> Iterator[Article]:
        """Process a stream; order is kept. With workers > 1 each worker builds its own pipeline."""
        if workers <= 1:
            for article in articles:
                yield self(article)
            return
        ctx = multiprocessing.get_context("spawn" if _unsafe_to_fork() else "fork")
        with ProcessPoolExecutor(
            max_workers=workers,
            mp_context=ctx,
            initializer=_init_worker,
            initargs=(self.options,),
        ) as pool:
            # A bounded window of pending work keeps memory flat however long the stream.
            pending: deque[Future[list[Article]]] = deque()
            for batch in _batches(articles, chunksize):
                pending.append(pool.submit(_run_in_worker, batch))
                if len(pending) >= workers * 2:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _unsafe_to_fork() -> bool:
    import threading

    return threading.active_count() > 1


_worker_pipeline: Pipeline | None = None


def _init_worker(options: Options) -> None:
    global _worker_pipeline
    from . import load

    _worker_pipeline = load(options=options)


def _run_in_worker(batch: list[Article]) -> list[Article]:
    assert _worker_pipeline is not None
    return [_worker_pipeline(article) for article in batch]
