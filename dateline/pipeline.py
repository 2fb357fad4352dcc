"""Stages and the pipeline that runs them, one article, a batch, or a stream of them.

A stage is a callable ``Article -> Article`` with a ``name`` and the article fields it
``requires`` and ``assigns``. A stage may also have ``pipe(articles) -> articles`` that does a
whole batch at once (the NLP stage hands the batch to spaCy's ``nlp.pipe``); it must give the
same result as calling the stage on each article. The pipeline checks the order when it is
built, runs each stage under a guard (a failure becomes an entry in ``Article.errors``; the batch
goes on), and ``pipe()`` fans a stream out to worker processes that each hold the pipeline once.
"""

from __future__ import annotations

import gc
import multiprocessing
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.context import BaseContext
from typing import Protocol

from .errors import PipelineError
from .model import Article, StageError
from .options import Options

# What an article has before any stage runs.
INPUT_FIELDS = frozenset({"text", "id", "url", "source", "title", "published", "language", "raw"})
DEFAULT_CHUNKSIZE = 4  # articles per batch: enough for nlp.pipe, small enough to keep workers evenly busy


class Stage(Protocol):
    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def __call__(self, article: Article) -> Article: ...


class Pipeline:
    """Stages in a checked order. ``recipe``, when given, is a picklable function that builds an
    equivalent pipeline: spawned workers call it instead of receiving this one pickled."""

    def __init__(
        self,
        stages: Sequence[Stage],
        options: Options | None = None,
        *,
        recipe: Callable[[], Pipeline] | None = None,
    ) -> None:
        self.options = options or Options()
        self.stages = list(stages)
        self.recipe = recipe
        # Seconds spent in each stage, summed over every article (and every worker) so far.
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
        return self.process_batch([article], published=published)[0]

    def process_batch(self, articles: list[Article], *, published: str | None = None) -> list[Article]:
        """Run every stage over a batch, stage by stage, so batch-aware stages see it whole."""
        articles = list(articles)
        fallback = published or self.options.published

        def fill_published() -> None:
            for article in articles:
                if not article.published:
                    article.published = fallback

        # The fallback applies once the stage that reads dates from the page has had its say.
        fill_after = next((i for i, s in enumerate(self.stages) if "published" in s.assigns), -1)
        if fill_after < 0:
            fill_published()
        failed: list[set[str]] = [set() for _ in articles]
        for index, stage in enumerate(self.stages):
            if index - 1 == fill_after >= 0:
                fill_published()
            todo: list[int] = []
            for i, article in enumerate(articles):
                if article.language not in (None, "en") and stage.name != "clean":
                    continue  # English stages skip other languages; clean records why
                if failed[i].intersection(stage.requires):
                    article.errors.append(StageError(stage.name, "skipped: an earlier stage failed"))
                    failed[i].update(stage.assigns)
                    continue
                todo.append(i)
            if not todo:
                continue
            started = time.perf_counter()
            if len(todo) > 1 and _run_batch_stage(stage, articles, todo):
                todo = []
            for i in todo:
                try:
                    articles[i] = stage(articles[i])
                except Exception as exc:  # one article's bad stage must not stop the batch
                    articles[i].errors.append(StageError(stage.name, f"{type(exc).__name__}: {exc}"))
                    failed[i].update(stage.assigns)
            self.timings[stage.name] += time.perf_counter() - started
        if fill_after == len(self.stages) - 1:
            fill_published()
        return articles

    def pipe(
        self,
        articles: Iterable[Article],
        *,
        workers: int = 1,
        chunksize: int = DEFAULT_CHUNKSIZE,
        keep_nlp: bool = True,
    ) -> Iterator[Article]:
        """Process a stream in batches of ``chunksize``; order is kept.

        With ``workers > 1`` the batches go to a pool of processes, each holding the pipeline
        once. ``keep_nlp=False`` drops the linguistic layer (``Article.nlp``, working state that
        is most of an article's size) before articles are handed back, which is what makes
        handing them back from workers cheap.
        """
        if chunksize < 1:
            raise PipelineError("chunksize must be at least 1")
        if workers <= 1:
            for batch in _batches(articles, chunksize):
                yield from _finish(self.process_batch(batch), keep_nlp)
            return
        yield from self._pipe_pool(articles, workers, chunksize, keep_nlp)

    def _pipe_pool(self, articles: Iterable[Article], workers: int, chunksize: int,
                   keep_nlp: bool) -> Iterator[Article]:
        if _unsafe_to_fork():
            # A spawned worker starts empty: it rebuilds the pipeline from the recipe (or unpickles it).
            ctx: BaseContext = multiprocessing.get_context("spawn")
            source: Pipeline | Callable[[], Pipeline] = self.recipe or self
        else:
            # A forked worker inherits this pipeline as it is (nothing pickled, model pages shared).
            ctx = multiprocessing.get_context("fork")
            source = self
        try:
            with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init_worker,
                                     initargs=(source,)) as pool:
                # A bounded window of pending work keeps memory flat however long the stream.
                pending: deque[Future[tuple[list[Article], dict[str, float]]]] = deque()
                for batch in _batches(articles, chunksize):
                    pending.append(pool.submit(_run_in_worker, batch, keep_nlp))
                    if len(pending) >= workers * 2:
                        yield from self._collect(pending.popleft())
                while pending:
                    yield from self._collect(pending.popleft())
        except BrokenProcessPool as exc:
            raise PipelineError(
                "a worker process died (out of memory, or a crash in a native library); "
                "try fewer --workers or smaller inputs"
            ) from exc

    def _collect(self, future: Future[tuple[list[Article], dict[str, float]]]) -> list[Article]:
        done, timings = future.result()
        for name, seconds in timings.items():
            self.timings[name] = self.timings.get(name, 0.0) + seconds
        return done


def _run_batch_stage(stage: Stage, articles: list[Article], todo: list[int]) -> bool:
    """Run a batch-aware stage over ``articles[i] for i in todo``; False: do them one by one."""
    batch_call = getattr(stage, "pipe", None)
    if batch_call is None:
        return False
    try:
        done = list(batch_call([articles[i] for i in todo]))
    except Exception:  # one bad article spoils the batch call: the caller redoes them one by one
        return False
    if len(done) != len(todo):
        return False
    for i, article in zip(todo, done, strict=True):
        articles[i] = article
    return True


def _finish(articles: list[Article], keep_nlp: bool) -> list[Article]:
    if not keep_nlp:
        for article in articles:
            article.nlp = None
    return articles


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


def _init_worker(source: Pipeline | Callable[[], Pipeline]) -> None:
    global _worker_pipeline
    pipeline = source if isinstance(source, Pipeline) else source()
    pipeline.timings = dict.fromkeys(pipeline.timings, 0.0)
    _worker_pipeline = pipeline
    # The model and gazetteer live as long as the worker: keep the collector from rescanning them.
    gc.freeze()


def _run_in_worker(batch: list[Article], keep_nlp: bool) -> tuple[list[Article], dict[str, float]]:
    pipeline = _worker_pipeline
    assert pipeline is not None
    before = dict(pipeline.timings)
    done = _finish(pipeline.process_batch(batch), keep_nlp)
    return done, {name: pipeline.timings[name] - before.get(name, 0.0) for name in pipeline.timings}
