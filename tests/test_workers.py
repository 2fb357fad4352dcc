"""Batches and worker processes: the same results as one article at a time, whatever the route."""

from __future__ import annotations

import os
import threading

import pytest

from dateline.errors import PipelineError
from dateline.model import Article
from dateline.pipeline import Pipeline
from tests.test_pipeline import Upper


class BatchTag:
    """Batch-aware: pipe() marks the articles it saw together; any 'bad' text spoils the batch."""

    name = "tag"
    requires = ("text",)
    assigns = ("source",)

    def __init__(self) -> None:
        self.batch_sizes: list[int] = []

    def __call__(self, article: Article) -> Article:
        if "bad" in article.text:
            raise ValueError("cannot cope")
        article.source = "one"
        return article

    def pipe(self, articles: list[Article]) -> list[Article]:
        self.batch_sizes.append(len(articles))
        if any("bad" in a.text for a in articles):
            raise ValueError("cannot cope")
        for article in articles:
            article.source = f"batch of {len(articles)}"
        return articles


class DieOn:
    name = "die"
    requires = ("text",)
    assigns = ("events",)

    def __call__(self, article: Article) -> Article:
        if article.text == "die":
            os._exit(3)  # a hard crash, as a native library might
        return article


def texts(n: int) -> list[Article]:
    return [Article(text=f"story {i}") for i in range(n)]


def test_batch_stage_gets_the_batch_whole() -> None:
    tag = BatchTag()
    out = list(Pipeline([tag]).pipe(texts(5), chunksize=2))
    assert tag.batch_sizes == [2, 2]  # the last batch of one goes through __call__
    assert [a.source for a in out] == ["batch of 2"] * 4 + ["one"]


def test_a_bad_article_spoils_only_itself_in_a_batch() -> None:
    articles = [Article(text="good"), Article(text="bad"), Article(text="fine")]
    out = Pipeline([BatchTag(), Upper()]).process_batch(articles)
    assert [a.source for a in out] == ["one", None, "one"]
    assert [e.stage for e in out[1].errors] == ["tag"] and "cannot cope" in out[1].errors[0].message
    assert [a.title for a in out] == ["GOOD", "BAD", "FINE"]


def test_workers_run_this_pipeline_and_keep_order() -> None:
    pipeline = Pipeline([Upper(), BatchTag()])
    out = list(pipeline.pipe(texts(9), workers=2, chunksize=2))
    assert [a.title for a in out] == [f"STORY {i}" for i in range(9)]
    assert [a.source for a in out] == ["batch of 2"] * 8 + ["one"]
    # the workers' stage times come back to the parent
    assert set(pipeline.timings) == {"upper", "tag"} and pipeline.timings["upper"] > 0


def test_spawned_workers_when_forking_is_unsafe() -> None:
    # A live thread makes fork unsafe: the pool spawns fresh processes and sends them the pipeline.
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        out = list(Pipeline([Upper()]).pipe(texts(3), workers=2, chunksize=1))
    finally:
        stop.set()
        thread.join()
    assert [a.title for a in out] == ["STORY 0", "STORY 1", "STORY 2"]


def test_a_dead_worker_is_a_clear_error() -> None:
    articles = [Article(text="ok"), Article(text="die"), Article(text="ok too")]
    with pytest.raises(PipelineError, match="worker process died"):
        list(Pipeline([DieOn()]).pipe(articles, workers=2, chunksize=1))


def test_chunksize_must_be_positive() -> None:
    with pytest.raises(PipelineError, match="chunksize"):
        list(Pipeline([Upper()]).pipe(texts(1), chunksize=0))


def test_batched_nlp_matches_one_at_a_time(nlp) -> None:  # type: ignore[no-untyped-def]
    stories = [
        "LAGOS, Nigeria -- Police arrested 12 protesters in Lagos on Tuesday, officials said.",
        "Gunmen killed three farmers near Jos on Sunday night, a local leader told reporters.",
        "\"We will not leave,\" said Amina Bello, a trader, as the market reopened in Kano.",
    ]
    one = [nlp(Article(text=s, published="2025-03-05")).to_dict() for s in stories]
    batched = [a.to_dict(include_nlp=True)
               for a in nlp.pipe([Article(text=s, published="2025-03-05") for s in stories], chunksize=3)]
    assert [{k: v for k, v in b.items() if k != "nlp"} for b in batched] == one
    assert all(b["nlp"]["tokens"] for b in batched)
    slim = list(nlp.pipe([Article(text=stories[0], published="2025-03-05")], workers=2, keep_nlp=False))
    assert slim[0].nlp is None and slim[0].to_dict() == one[0]
