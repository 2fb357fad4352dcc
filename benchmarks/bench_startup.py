"""Start-up: the wall time of ``dateline extract one.txt`` (goal <= 3 s), and where it goes.

    python -m benchmarks.bench_startup [--repeats 3]

Runs the installed CLI on one example article; the fastest of ``--repeats`` runs counts. Then
times the steps inside one process (imports, spaCy model, gazetteer, first article).
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from .common import EXAMPLES, machine, save

ONE = EXAMPLES / "kenya_nairobi_protest.txt"
STEPS = """
import time, json
t0 = time.perf_counter(); marks = {}
import dateline.cli; marks["import dateline.cli"] = time.perf_counter() - t0
import spacy; marks["import spacy"] = time.perf_counter() - t0
import dateline; pipeline = dateline.load(); marks["dateline.load()"] = time.perf_counter() - t0
pipeline(open(%r).read()); marks["first article"] = time.perf_counter() - t0
print(json.dumps(marks))
"""


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_startup")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)
    cli = Path(sys.executable).parent / "dateline"
    runs = []
    for _ in range(args.repeats):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run([str(cli), "extract", str(ONE)], check=True, stdout=subprocess.DEVNULL)
        wall = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        runs.append({"wall_s": round(wall, 3), "cpu_s": round(cpu, 3)})
    fastest = min(runs, key=lambda r: r["wall_s"])
    steps = subprocess.run([sys.executable, "-c", STEPS % str(ONE)], check=True, capture_output=True, text=True)
    marks = {k: round(v, 3) for k, v in __import__("json").loads(steps.stdout.strip().splitlines()[-1]).items()}
    print(f"dateline extract {ONE.name}: {fastest['wall_s']:.2f} s wall, {fastest['cpu_s']:.2f} s CPU "
          f"(fastest of {args.repeats}; all: {[r['wall_s'] for r in runs]})   goal <= 3 s")
    print("inside one process, cumulative:")
    for step, seconds in marks.items():
        print(f"  {step:<22} {seconds:6.2f} s")
    results = {"command": f"dateline extract {ONE.relative_to(EXAMPLES.parent)}", "fastest": fastest, "runs": runs,
               "steps_cumulative_s": marks, "machine": machine()}
    print(f"wrote {save('startup', results)}")
    return results


if __name__ == "__main__":
    main(sys.argv[1:])
