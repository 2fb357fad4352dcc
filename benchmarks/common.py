"""What the benchmarks share: the corpus, CPU and memory meters, and the results file."""

from __future__ import annotations

import copy
import json
import os
import resource
import select
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dateline.ingest import read_inputs
from dateline.model import Article

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
EVAL_ROOT = Path(os.environ.get("DATELINE_EVAL", ROOT.parent / "shared" / "eval"))
RESULTS = ROOT / "benchmarks" / "results"


def corpus_paths() -> list[Path]:
    """examples/ plus the VOA stories of the evaluation sets when present (read in place)."""
    paths = [EXAMPLES]
    voa = EVAL_ROOT / "news" / "voa_stories.jsonl"
    if voa.exists():
        paths.append(voa)
    return paths


def load_corpus() -> tuple[list[Article], list[str]]:
    """The raw articles, and a description of where they came from."""
    paths = corpus_paths()
    articles = [a for a in read_inputs([str(p) for p in paths]) if isinstance(a, Article)]
    return articles, [str(p) for p in paths]


def copies(articles: list[Article], times: int = 1) -> Iterator[Article]:
    """Fresh copies, made as they are consumed, so a long stream does not sit in memory."""
    for _ in range(times):
        for article in articles:
            yield copy.deepcopy(article)


def words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def cpu_seconds() -> float:
    """User + system time of this process and of its children that have ended."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


@dataclass
class Run:
    label: str
    wall: float
    cpu: float
    articles: int
    words: int

    def row(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "wall_s": round(self.wall, 3),
            "cpu_s": round(self.cpu, 3),
            "articles_per_s": round(self.articles / self.wall, 2),
            "words_per_s": round(self.words / self.wall, 1),
            "cpu_ms_per_article": round(1000 * self.cpu / self.articles, 1),
        }


class Timer:
    def __enter__(self) -> Timer:
        self.wall0, self.cpu0 = time.perf_counter(), cpu_seconds()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.perf_counter() - self.wall0
        self.cpu = cpu_seconds() - self.cpu0


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # the command name may hold spaces: the parent pid is the second field after its ")"
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            found.append(int(entry.name))
    return found


def _peak_rss_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


class WorkerMemory:
    """The peak resident memory (VmHWM) of each child of this process while the block runs.

    The polling runs in a separate process, not a thread: a thread here would make the pipeline
    spawn its workers instead of forking them, and so change what is measured.
    """

    def __init__(self, interval: float = 0.2) -> None:
        self.interval = interval
        self.peaks: dict[int, float] = {}

    def __enter__(self) -> WorkerMemory:
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.common", "watch", str(os.getpid()), str(self.interval)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=ROOT, text=True,
        )
        return self

    def __exit__(self, *exc: object) -> None:
        out, _ = self._proc.communicate("")  # closing its stdin tells it to report and stop
        self.peaks = {int(k): v for k, v in json.loads(out or "{}").items()}


def _watch(pid: int, interval: float) -> None:
    peaks: dict[int, float] = {}
    me = os.getpid()
    while True:
        for child in _children(pid):
            peak = _peak_rss_mb(child)
            if child != me and peak is not None:
                peaks[child] = max(peak, peaks.get(child, 0.0))
        ready, _, _ = select.select([sys.stdin], [], [], interval)
        if ready and not sys.stdin.read(1):
            break
    print(json.dumps(peaks))


def self_peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def save(name: str, data: dict[str, Any]) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps(data, indent=2) + "\n")
    return path


def machine() -> dict[str, Any]:
    return {"cpus": os.cpu_count(), "load_avg_1m": round(os.getloadavg()[0], 2)}


if __name__ == "__main__" and sys.argv[1:2] == ["watch"]:
    _watch(int(sys.argv[2]), float(sys.argv[3]))
