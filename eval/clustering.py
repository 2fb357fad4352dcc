"""Story clustering of headlines on ../shared/eval/clustering/uci_news (Google News story groups).

Prints pairwise precision / recall / F1 and the adjusted Rand index of dateline's incremental story
clusterer, beside the trivial baselines (every headline alone; one cluster per publisher day).
``--sweep`` also prints the figures across thresholds.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime

from dateline.store.cluster import THRESHOLD, cluster

from . import eval_path


def pair_scores(gold: Sequence[str], pred: Sequence[str]) -> dict[str, float]:
    """Pairwise P/R/F1 and ARI from the contingency table (no O(n^2) loop)."""

    def pairs(n: int) -> int:
        return n * (n - 1) // 2

    both = sum(pairs(n) for n in Counter(zip(gold, pred, strict=True)).values())
    gold_pairs = sum(pairs(n) for n in Counter(gold).values())
    pred_pairs = sum(pairs(n) for n in Counter(pred).values())
    total = pairs(len(gold))
    p = both / pred_pairs if pred_pairs else 0.0
    r = both / gold_pairs if gold_pairs else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    expected = gold_pairs * pred_pairs / total if total else 0.0
    top = (gold_pairs + pred_pairs) / 2
    ari = (both - expected) / (top - expected) if top != expected else 0.0
    return {"precision": p, "recall": r, "f1": f1, "ari": ari, "clusters": float(len(set(pred)))}


def load() -> list[dict[str, str]]:
    path = eval_path("clustering", "uci_news", "uci-news-aggregator_small.csv")
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return sorted(rows, key=lambda r: int(r["TIMESTAMP"]))


def run(rows: list[dict[str, str]], threshold: float) -> dict[str, float]:
    docs = [(r["ID"], r["TITLE"], None, _day(r["TIMESTAMP"])) for r in rows]
    assigned = cluster(docs, threshold=threshold)
    return pair_scores([r["STORY"] for r in rows], [assigned[r["ID"]] for r in rows])


def _day(ms: str) -> str:
    return datetime.fromtimestamp(int(ms) / 1000, tz=UTC).date().isoformat()


def _fmt(name: str, s: dict[str, float]) -> str:
    return (f"{name:<28} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}  "
            f"ARI {s['ari']:.3f}  clusters {int(s['clusters'])}")


def main(argv: list[str]) -> None:
    rows = load()
    gold = [r["STORY"] for r in rows]
    print(f"uci_news: {len(rows)} headlines, {len(set(gold))} gold stories")
    print(_fmt("baseline: singletons", pair_scores(gold, [r["ID"] for r in rows])))
    print(_fmt("baseline: by category", pair_scores(gold, [r["CATEGORY"] for r in rows])))
    if "--sweep" in argv:
        for t in (0.06, 0.08, 0.1, 0.15, 0.2, 0.3, 0.4):
            print(_fmt(f"threshold {t}", run(rows, t)))
    print(_fmt(f"dateline (threshold {THRESHOLD})", run(rows, THRESHOLD)))
