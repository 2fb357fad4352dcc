import pytest

from dateline.errors import PipelineError
from dateline.model import Article
from dateline.pipeline import Pipeline


class Upper:
    name = "upper"
    requires = ("text",)
    assigns = ("title",)

    def __call__(self, article: Article) -> Article:
        article.title = article.text.upper()
        return article


class Boom:
    name = "boom"
    requires = ("text",)
    assigns = ("events",)

    def __call__(self, article: Article) -> Article:
        if "bad" in article.text:
            raise ValueError("cannot cope")
        return article


class NeedsEvents:
    name = "after"
    requires = ("events",)
    assigns = ("quotes",)

    def __call__(self, article: Article) -> Article:
        article.source = "ran"
        return article


def test_order_is_checked_when_built() -> None:
    with pytest.raises(PipelineError, match=r"after.*events"):
        Pipeline([NeedsEvents(), Boom()])


def test_failing_stage_is_recorded_and_the_batch_goes_on() -> None:
    pipeline = Pipeline([Upper(), Boom(), NeedsEvents()])
    out = list(pipeline.pipe([Article(text="good one"), Article(text="bad one"), Article(text="x")]))
    assert [a.title for a in out] == ["GOOD ONE", "BAD ONE", "X"]
    bad = out[1]
    assert [e.stage for e in bad.errors] == ["boom", "after"]
    assert "cannot cope" in bad.errors[0].message
    assert bad.source is None and out[0].source == "ran"


def test_published_is_filled_from_the_call() -> None:
    article = Pipeline([Upper()])("some text", published="2024-01-02")
    assert article.published == "2024-01-02"


def test_workers_keep_order_and_results(nlp) -> None:  # type: ignore[no-untyped-def]
    texts = [f"Police arrested {n} protesters in Nairobi on Monday." for n in range(2, 8)]
    articles = [Article(text=t, published="2025-06-04") for t in texts]
    single = [a.to_dict() for a in nlp.pipe([Article(text=t, published="2025-06-04") for t in texts])]
    pooled = [a.to_dict() for a in nlp.pipe(articles, workers=2, chunksize=2)]
    assert pooled == single


class PageDate:
    name = "clean"
    requires = ("text",)
    assigns = ("published",)

    def __call__(self, article: Article) -> Article:
        if "dated" in article.text:
            article.published = "2020-01-01"
        return article


def test_published_option_is_a_fallback_after_the_page_had_its_say() -> None:
    from dateline.options import Options

    pipeline = Pipeline([PageDate()], Options(published="2024-05-05"))
    assert pipeline(Article(text="a dated page")).published == "2020-01-01"
    assert pipeline(Article(text="no date here")).published == "2024-05-05"
    assert pipeline("plain string", published="2023-03-03").published == "2023-03-03"
