"""Throughput of ingest into the store beside extraction alone (goal: the store costs <= 10%).

    python benchmarks/bench_store.py [--copies N] [--voa] [PATH ...]

Extracts the articles (examples/ by default; ``--voa`` adds ../shared/eval/news/voa_stories.jsonl) once,
timing the pipeline, then times ``Store.add`` (write, FTS, story clustering, cross-article merge) of the
same processed articles into a fresh database. ``--copies N`` stores each article N times under new ids
(the text gets a suffix), so merged events and stories grow as they would with many outlets.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import dateline
from dateline.ingest import read_inputs
from dateline.model import Article
from dateline.store import Store

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("paths", nargs="*", default=[str(ROOT / "examples")])
    parser.add_argument("--copies", type=int, default=5)
    parser.add_argument("--voa", action="store_true")
    args = parser.parse_args()
    paths = list(args.paths)
    if args.voa:
        sys.path.insert(0, str(ROOT))  # the eval package finds ../shared/eval (or DATELINE_EVAL)
        from eval import eval_path

        paths.append(str(eval_path("news", "voa_stories.jsonl")))
    nlp = dateline.load()
    inputs = [x for x in read_inputs(paths, dateline.Options(published="2025-03-12")) if isinstance(x, Article)]
    copies: list[Article] = []
    for n in range(args.copies):
        for a in inputs:
            text = a.text if n == 0 else f"{a.text}\n\n(Copy {n}.)"
            copies.append(replace(a, text=text, id=f"{a.id}-{n}" if n else a.id, errors=[], events=[]))
    nlp(Article(text="Warm-up: gunmen attacked a market in Kaduna on Monday."))
    # Interleaved as `dateline ingest` runs them, so both sides see the same machine load.
    extract = stored = 0.0
    processed = []
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.db") as store:
        for a in copies:
            started = time.perf_counter()
            done = nlp(a)
            middle = time.perf_counter()
            store.add(done)
            extract += middle - started
            stored += time.perf_counter() - middle
            processed.append(done)
        stats = store.stats()
    n = len(processed)
    words = sum(len(a.text.split()) for a in processed)
    print(f"{n} articles ({len(inputs)} distinct x {args.copies}), {words} words, {stats['events']} event mentions"
          f" -> {stats['merged_events']} merged events, {stats['stories']} stories")
    print(f"extraction alone : {extract:7.2f} s  {n / extract:8.1f} articles/s")
    print(f"store.add        : {stored:7.2f} s  {n / stored:8.1f} articles/s  ({1000 * stored / n:.2f} ms/article)")
    print(f"ingest (both)    : {extract + stored:7.2f} s  {n / (extract + stored):8.1f} articles/s")
    print(f"store cost       : {100 * stored / extract:6.1f}% of extraction (goal <= 10%)")


if __name__ == "__main__":
    main()
