"""Peak memory per worker over 1x and 10x the corpus (goal: flat, under 1.2 GB).

    python -m benchmarks.bench_memory [--workers 2] [--times 10]

Streams the corpus once, then ``--times`` times over (fresh copies made as they are consumed),
through ``Pipeline.pipe(workers=N)``, and reads each worker's peak resident memory (VmHWM). A
forked worker's figure includes the pages it still shares with the parent (the loaded model),
so it over-states what each worker adds.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

import dateline

from .common import Timer, WorkerMemory, copies, load_corpus, machine, save, self_peak_rss_mb

LIMIT_MB = 1200


def measure(pipeline: dateline.Pipeline, raw: list[Any], times: int, workers: int) -> dict[str, Any]:
    with WorkerMemory() as memory, Timer() as t:
        n = sum(1 for _ in pipeline.pipe(copies(raw, times), workers=workers, keep_nlp=False))
    peaks = sorted(memory.peaks.values(), reverse=True)[:workers]
    return {"articles": n, "wall_s": round(t.wall, 2), "worker_peak_rss_mb": [round(p) for p in peaks],
            "parent_peak_rss_mb": round(self_peak_rss_mb())}


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_memory")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--times", type=int, default=10)
    args = parser.parse_args(argv)
    raw, sources = load_corpus()
    pipeline = dateline.load()
    results: dict[str, Any] = {"corpus_articles": len(raw), "sources": sources, "workers": args.workers,
                               "machine": machine()}
    for times in (1, args.times):
        row = measure(pipeline, raw, times, args.workers)
        results[f"{times}x"] = row
        print(f"{times:>3}x ({row['articles']} articles, {row['wall_s']} s): worker peak RSS "
              f"{row['worker_peak_rss_mb']} MB, parent {row['parent_peak_rss_mb']} MB")
    one, many = results["1x"]["worker_peak_rss_mb"], results[f"{args.times}x"]["worker_peak_rss_mb"]
    growth = (max(many) - max(one)) if one and many else None
    results["growth_mb"] = growth
    results["under_limit"] = bool(many) and max(many) < LIMIT_MB
    print(f"growth from 1x to {args.times}x: {growth} MB; largest worker {max(many) if many else '?'} MB "
          f"(goal: flat, < {LIMIT_MB} MB)")
    print(f"wrote {save('memory', results)}")
    return results


if __name__ == "__main__":
    main(sys.argv[1:])
