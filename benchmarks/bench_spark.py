"""Spark on local[2] beside the process pool with 2 workers, on the same articles, in one run.

    python -m benchmarks.bench_spark [--workers 2] [--master local[2]]

Input: the VOA stories of the evaluation sets, read in place as JSONL; without them, the
examples/ written to a temporary JSONL file. The Spark figure is the job (read, pipeline loaded
once per executor process, three Parquet tables written), without the session's start, which is
given apart; the pool's is ``Pipeline.pipe(workers=N)`` from articles in memory.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import dateline

from .common import EVAL_ROOT, Timer, copies, load_corpus, machine, save


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_spark")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--master", default="local[2]")
    args = parser.parse_args(argv)
    if importlib.util.find_spec("pyspark") is None or shutil.which("java") is None:
        print("skipped: needs the spark extra (pip install '.[spark]') and Java 17")
        return {}
    from dateline.spark import run_job, spark_session

    raw, _ = load_corpus()
    voa = EVAL_ROOT / "news" / "voa_stories.jsonl"
    with tempfile.TemporaryDirectory() as tmp:
        if voa.exists():
            source = str(voa)
            articles = [a for a in raw if a.raw and a.raw.origin.startswith(str(voa))]
        else:
            source = str(Path(tmp) / "examples.jsonl")
            Path(source).write_text("".join(json.dumps({"id": a.id, "text": a.text, "html": a.raw.html if a.raw
                                                        else None}) + "\n" for a in raw))
            articles = raw
        pipeline = dateline.load()
        with Timer() as pool:
            n = sum(1 for _ in pipeline.pipe(copies(articles), workers=args.workers, keep_nlp=False))
        started = time.perf_counter()
        spark = spark_session(args.master, app_name="dateline-bench")
        spark.sparkContext.setLogLevel("ERROR")
        session_s = time.perf_counter() - started
        try:
            report = run_job(spark, [source], str(Path(tmp) / "out"))
        finally:
            spark.stop()
    results: dict[str, Any] = {
        "articles": n, "source": source, "machine": machine(),
        "pool": {"workers": args.workers, "wall_s": round(pool.wall, 2), "articles_per_s": round(n / pool.wall, 2)},
        "spark": {"master": args.master, "job_s": round(report.seconds, 2), "session_start_s": round(session_s, 2),
                  "articles_per_s": round(report.articles / report.seconds, 2), "articles": report.articles,
                  "events": report.events, "quotes": report.quotes},
    }
    results["spark_vs_pool"] = round(results["spark"]["articles_per_s"] / results["pool"]["articles_per_s"], 3)
    print(f"{n} articles from {source}")
    print(f"process pool, {args.workers} workers: {pool.wall:.1f} s, {n / pool.wall:.2f} articles/s")
    print(f"Spark {args.master}: job {report.seconds:.1f} s, {report.articles / report.seconds:.2f} articles/s "
          f"(session start {session_s:.1f} s apart); {report.events} events, {report.quotes} quotes written")
    print(f"Spark / pool throughput: {results['spark_vs_pool']:.2f}")
    print(f"wrote {save('spark', results)}")
    return results


if __name__ == "__main__":
    main(sys.argv[1:])
