"""Cleaning time beside NLP time, per article, on the same texts in one run.

Goal (issue 3): the clean stage costs at most 5% of the NLP stage (spaCy parse + NER) per article.
Inputs: the bundled examples (.txt and .html), and with ``--aeb`` the 181 news pages of the
article-extraction benchmark in ../shared/eval (read in place; HTML is the costly case).

    .venv/bin/python benchmarks/bench_clean.py [--aeb] [--repeat 3]
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import time
from pathlib import Path

from dateline.clean import CleanStage
from dateline.ingest import read_inputs
from dateline.model import Article, RawInput
from dateline.nlp import NlpStage
from dateline.options import Options

ROOT = Path(__file__).resolve().parents[1]


def inputs(use_aeb: bool) -> list[Article]:
    articles = [a for a in read_inputs([str(ROOT / "examples")]) if isinstance(a, Article)]
    if use_aeb:
        from eval import eval_path

        for page in sorted(eval_path("main_text", "aeb", "html").glob("*.html.gz")):
            html = gzip.decompress(page.read_bytes()).decode("utf-8", "replace")
            articles.append(Article(text="", raw=RawInput(page.name, "html", html=html)))
    return articles


def fresh(article: Article) -> Article:
    raw = article.raw
    assert raw is not None
    return Article(text=article.text, id=article.id, raw=RawInput(raw.origin, raw.format, html=raw.html))


def best_of(repeat: int, func: object, article: Article) -> tuple[float, Article]:
    times, result = [], article
    for _ in range(repeat):
        copy = fresh(article) if func.__class__ is CleanStage else Article(text=article.text)
        started = time.perf_counter()
        result = func(copy)  # type: ignore[operator]
        times.append(time.perf_counter() - started)
    return min(times), result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--aeb", action="store_true", help="add the AEB news pages (HTML)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    clean, nlp = CleanStage(), NlpStage(Options().model)
    nlp(Article(text="Warm-up sentence for the model."))
    rows: dict[str, list[tuple[float, float]]] = {"text": [], "html": []}
    for article in inputs(args.aeb):
        clean_s, cleaned = best_of(args.repeat, clean, article)
        if not cleaned.text.strip():
            continue
        nlp_s, _ = best_of(1, nlp, cleaned)
        rows["html" if article.raw and article.raw.html else "text"].append((clean_s, nlp_s))
    columns = ((" clean ms", 9), ("nlp ms", 8), ("clean/nlp", 10), ("median ratio", 13), ("p90 ratio", 10))
    print(f"{'input':<6} {'n':>4} " + " ".join(f"{name.strip():>{width}}" for name, width in columns))
    for kind, pairs in rows.items():
        if not pairs:
            continue
        ratios = sorted(c / n for c, n in pairs)
        clean_ms = statistics.mean(c for c, _ in pairs) * 1000
        nlp_ms = statistics.mean(n for _, n in pairs) * 1000
        p90 = ratios[int(0.9 * (len(ratios) - 1))]
        print(f"{kind:<6} {len(pairs):>4} {clean_ms:9.2f} {nlp_ms:8.1f} {clean_ms / nlp_ms:10.1%} "
              f"{statistics.median(ratios):13.1%} {p90:10.1%}")


if __name__ == "__main__":
    main()
