"""Cross-article merge quality: precision / recall of merged pairs.

1. On the hand-coded mentions of ``eval/merge_gold.json`` (the fictional ``examples/merge_reports.jsonl``):
   the merger alone, given each article's event as a perfect extractor would code it.
2. End to end on the same articles: the pipeline extracts, the store merges; each extracted event is
   mapped to the gold mention of its article with the same type family and an agreeing place and date.
3. ``--voa``: ingests ../shared/eval/news/voa_stories.jsonl into a store (``--db FILE`` to keep it) and
   prints what merged across articles, and the story clusters of several articles.

A pair is two mentions from DIFFERENT articles; it is positive when both belong to one gold event.
"""

from __future__ import annotations

import itertools
import json
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from dateline.events.taxonomy import SUB_EVENT_TYPES
from dateline.store.merge import Mention, date_interval, family, km, merge_all

from . import eval_path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "eval" / "merge_gold.json"


def gold_mentions(gold: dict[str, Any]) -> list[tuple[Mention, str]]:
    published = {a["id"]: a["published"] for a in _articles(ROOT / gold["articles"])}
    out = []
    for i, g in enumerate(gold["mentions"]):
        mention = Mention(
            article_id=g["article"], event_id=f"g{i}", event_type=SUB_EVENT_TYPES[g["sub_event_type"]][0],
            sub_event_type=g["sub_event_type"], date=g["date"], time_precision=1 if g["date"] else None,
            published=published[g["article"]], location=g["location"], lat=g["lat"], lon=g["lon"],
            country=g["country"], admin1=g["admin1"], geo_precision=g["geo_precision"], actor1=g["actor1"],
            actor1_type=g["actor1_type"], actor2=g["actor2"], actor2_type=g["actor2_type"],
            fatalities=g["fatalities"], confidence=0.6, source=g["article"])
        out.append((mention, g["event"]))
    return out


def pair_prf(items: Sequence[tuple[str, str, str]]) -> dict[str, float]:
    """items: (article id, gold event, system cluster); pairs across articles only."""
    tp = fp = fn = 0
    for (a1, g1, s1), (a2, g2, s2) in itertools.combinations(items, 2):
        if a1 == a2:
            continue
        same_gold, same_sys = g1 == g2, s1 == s2
        tp += same_gold and same_sys
        fp += same_sys and not same_gold
        fn += same_gold and not same_sys
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "tp": tp, "fp": fp, "fn": fn}


def _fmt(name: str, s: dict[str, float]) -> str:
    return (f"{name:<34} pairs P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}"
            f"  (tp {int(s['tp'])}, fp {int(s['fp'])}, fn {int(s['fn'])})")


def gold_only(gold: dict[str, Any]) -> dict[str, float]:
    pairs = gold_mentions(gold)
    merged = merge_all([m for m, _ in pairs])
    cluster_of = {(x.article_id, x.event_id): mg.id for mg in merged for x in mg.mentions}
    items = [(m.article_id, g, cluster_of[(m.article_id, m.event_id)]) for m, g in pairs]
    return pair_prf(items)


def _agrees(system: dict[str, Any], g: dict[str, Any]) -> float | None:
    """A distance when an extracted event can be the gold mention of the same article, else None."""
    if family(system["event_type"], system["sub_event_type"]) != family(
            SUB_EVENT_TYPES[g["sub_event_type"]][0], g["sub_event_type"]):
        return None
    if system["country"] and system["country"] != g["country"]:
        return None
    span = date_interval(system["date"], system["time_precision"], None)
    gspan = date_interval(g["date"], 1, None)
    if span and gspan and not (span[0] <= gspan[1] and gspan[0] <= span[1]):
        return None
    if system["lat"] is not None and g["lat"] is not None:
        d = km(system["lat"], system["lon"], g["lat"], g["lon"])
        if d <= 50 or (system["admin1"] == g["admin1"] and (system["geo_precision"] or 1) >= 2):
            return d
        return None
    return 100.0 if system["country"] == g["country"] else None


def end_to_end(gold: dict[str, Any], db: Path) -> tuple[dict[str, float], int, int]:
    import dateline
    from dateline.ingest import InputProblem, read_inputs
    from dateline.store import Store

    nlp = dateline.load()
    with Store(db) as store:
        for item in read_inputs([str(ROOT / gold["articles"])], dateline.Options()):
            if not isinstance(item, InputProblem):
                store.add(nlp(item))
        rows = store.db.execute(
            "SELECT article_id, id, event_type, sub_event_type, date, time_precision, country, admin1, lat, lon,"
            " geo_precision, merged_id FROM events WHERE modality = 'asserted'").fetchall()
    keys = ("article_id", "id", "event_type", "sub_event_type", "date", "time_precision", "country", "admin1",
            "lat", "lon", "geo_precision", "merged_id")
    by_article: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for g in gold["mentions"]:
        by_article[g["article"]].append(g)
    items, unmatched = [], 0
    for row in rows:
        system = dict(zip(keys, row, strict=True))
        scored = [(d, g["event"]) for g in by_article.get(system["article_id"], [])
                  if (d := _agrees(system, g)) is not None]
        if not scored:
            unmatched += 1
            continue
        items.append((system["article_id"], min(scored)[1], system["merged_id"]))
    return pair_prf(items), len(rows), unmatched


def _articles(path: Path) -> Iterable[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def voa(db: Path) -> None:
    import dateline
    from dateline.ingest import InputProblem, read_inputs
    from dateline.store import Store

    path = eval_path("news", "voa_stories.jsonl")
    nlp = dateline.load()
    with Store(db) as store:
        for item in nlp.pipe(x for x in read_inputs([str(path)], dateline.Options())
                             if not isinstance(x, InputProblem) and not store.has(x.id)):
            store.add(item)
        stats = store.stats()
        print(f"voa_stories: {stats['articles']} articles, {stats['events']} event mentions -> "
              f"{stats['merged_events']} merged events, {stats['multi_source_events']} from several sources; "
              f"{stats['stories']} story clusters")
        print("\nmerged events reported by several articles (asserted):")
        multi = [e for e in store.events(limit=None, modality="asserted") if e.n_articles > 1]
        for e in sorted(multi, key=lambda e: -e.n_articles):
            titles = sorted({(x['title'] or '')[:50] for x in e.evidence})
            print(f"  {e.n_articles} articles  {e.date or '?':<10} {e.location or '?'} ({e.country})  "
                  f"{e.sub_event_type}  killed {e.fatalities} (up to {e.fatalities_high})")
            for t in titles:
                print(f"      - {t}")
        print("\nstory clusters of several articles:")
        for s in store.stories(limit=None):
            if s["n_articles"] > 1:
                titles = [r[0] for r in store.db.execute("SELECT title FROM articles WHERE story_id = ?", (s["id"],))]
                print(f"  {s['n_articles']} articles: " + " | ".join((t or "")[:45] for t in titles))


def main(argv: list[str]) -> None:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    if "--voa" in argv:
        db_arg = argv[argv.index("--db") + 1] if "--db" in argv else None
        with tempfile.TemporaryDirectory() as tmp:
            voa(Path(db_arg) if db_arg else Path(tmp) / "voa.db")
        return
    events = {g["event"] for g in gold["mentions"]}
    print(f"merge set: {len(gold['mentions'])} gold mentions of {len(events)} events in "
          f"{len({g['article'] for g in gold['mentions']})} articles")
    print(_fmt("merger on gold mentions", gold_only(gold)))
    if "--gold-only" not in argv:
        with tempfile.TemporaryDirectory() as tmp:
            scores, n, unmatched = end_to_end(gold, Path(tmp) / "merge.db")
        print(_fmt("end to end (pipeline + store)", scores)
              + f"  [{n} asserted mentions extracted, {unmatched} match no gold mention]")
    sys.stdout.flush()
