"""Main-text extraction on the article-extraction-benchmark (AEB): dateline's HTML cleaning beside
trafilatura alone, on the same pages in one run.

Figures: bag-of-tokens precision / recall / F1 (per page, averaged) and the benchmark's own
4-gram shingle F1 (its ``evaluate.py`` metric), plus mean milliseconds per page.

    python -m eval main_text [--limit N] [--worst K]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import time
from collections import Counter
from collections.abc import Callable

import trafilatura

from dateline.clean.html import clean_html

from . import eval_path

_TOKEN = re.compile(r"\w+")


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def _prf(true: list, pred: list) -> tuple[float, float]:
    """Precision and recall of ``pred`` against ``true`` as multisets (AEB conventions for empties)."""
    t, p = Counter(true), Counter(pred)
    tp = sum((t & p).values())
    fp, fn = sum(p.values()) - tp, sum(t.values()) - tp
    if fp == fn == 0:
        return 1.0, 1.0
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall


def _shingles(tokens: list[str], n: int = 4) -> list[tuple[str, ...]]:
    return [tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i:i + n]]


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def trafilatura_alone(html: str, url: str | None) -> str:
    return trafilatura.extract(html, url=url) or ""


def dateline_clean(html: str, url: str | None) -> str:
    return clean_html(html, url).text


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="python -m eval main_text")
    parser.add_argument("--limit", type=int, default=0, help="first N pages only")
    parser.add_argument("--worst", type=int, default=0, help="list the K pages where dateline does worst")
    args = parser.parse_args(argv)
    root = eval_path("main_text", "aeb")
    truth: dict[str, dict[str, str]] = json.loads((root / "ground-truth.json").read_text())
    ids = sorted(truth)[: args.limit or None]
    systems: dict[str, Callable[[str, str | None], str]] = {
        "trafilatura": trafilatura_alone,
        "dateline": dateline_clean,
    }
    scores: dict[str, dict[str, list[float]]] = {s: {"p": [], "r": [], "sp": [], "sr": [], "ms": []} for s in systems}
    per_page: list[tuple[float, str]] = []
    for item in ids:
        html = gzip.decompress((root / "html" / f"{item}.html.gz").read_bytes()).decode("utf-8", "replace")
        gold = _tokens(truth[item].get("articleBody", ""))
        url = truth[item].get("url")
        for name, system in systems.items():
            started = time.perf_counter()
            pred = _tokens(system(html, url))
            scores[name]["ms"].append((time.perf_counter() - started) * 1000)
            p, r = _prf(gold, pred)
            sp, sr = _prf(_shingles(gold), _shingles(pred))
            for key, value in (("p", p), ("r", r), ("sp", sp), ("sr", sr)):
                scores[name][key].append(value)
            if name == "dateline":
                per_page.append((_f1(p, r), item))
    print(f"AEB main text, {len(ids)} pages (token P/R/F1 averaged per page; shingle F1 = AEB evaluate.py metric)")
    print(f"{'system':<12} {'P':>6} {'R':>6} {'F1':>6}   {'shingle F1':>10}   {'ms/page':>7}")
    for name, s in scores.items():
        p, r = statistics.mean(s["p"]), statistics.mean(s["r"])
        sp, sr = statistics.mean(s["sp"]), statistics.mean(s["sr"])
        print(f"{name:<12} {p:6.3f} {r:6.3f} {_f1(p, r):6.3f}   {_f1(sp, sr):10.3f}   {statistics.mean(s['ms']):7.1f}")
    for f1, item in sorted(per_page)[: args.worst]:
        print(f"  worst: {f1:.3f} {item} {truth[item].get('url')}")
