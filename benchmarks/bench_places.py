"""Place time beside NLP time, per article, on the same texts in one run.

Goal (issue 4): the place stage (recognition and resolution against the gazetteer) costs at most 10%
of the NLP stage (spaCy parse + NER) per article. Inputs: the bundled examples, plus the VOA stories of
../shared/eval when present (read in place). The gazetteer index is built first if it is stale, so
its build time is not counted. Each article is placed once: a second run would find its names in the
stage's lookup caches and flatter the figure. The first article naming a country loads that country's
names for spelling search, which shows in the 90th percentile.

    .venv/bin/python -m benchmarks.bench_places
"""

from __future__ import annotations

import argparse
import statistics
import time

from benchmarks.common import load_corpus
from dateline.clean import CleanStage
from dateline.model import Article
from dateline.nlp import NlpStage
from dateline.options import Options
from dateline.places import Gazetteer, PlaceStage


def main() -> None:
    argparse.ArgumentParser(description=__doc__).parse_args()
    options = Options()
    clean, nlp, places = CleanStage(), NlpStage(options.model), PlaceStage(Gazetteer.open(options.gazetteer))
    articles, sources = load_corpus()
    parsed: list[tuple[Article, float]] = []
    for raw in articles:
        article = clean(raw)
        if not article.text.strip():
            continue
        started = time.perf_counter()
        nlp(article)
        parsed.append((article, time.perf_counter() - started))
    places(nlp(Article(text="Officials in Nairobi, Kenya, met envoys from Paris.")))  # opens the index
    pairs = [(_timed(places, article), nlp_s) for article, nlp_s in parsed]
    ratios = sorted(p / n for p, n in pairs)
    places_s, nlp_s = sum(p for p, _ in pairs), sum(n for _, n in pairs)
    print(f"articles: {len(pairs)} from {', '.join(sources)}")
    print(f"places {places_s:.2f} s vs NLP {nlp_s:.2f} s = {places_s / nlp_s:.1%} of NLP time; "
          f"per article median {statistics.median(ratios):.1%}, p90 {ratios[int(0.9 * (len(ratios) - 1))]:.1%} "
          f"(goal: at most 10%)")


def _timed(stage: PlaceStage, article: Article) -> float:
    started = time.perf_counter()
    stage(article)
    return time.perf_counter() - started


if __name__ == "__main__":
    main()
