"""Run the pipeline on ../shared/seed (the running example) and print what it finds."""

from __future__ import annotations

import json

import dateline
from dateline.ingest import read_inputs

from . import EVAL_ROOT


def main(argv: list[str]) -> None:
    seed = EVAL_ROOT.parent / "seed"
    if not seed.exists():
        raise SystemExit(f"seed not found at {seed}")
    options = dateline.Options(published="2016-11-03")  # a fallback: the seed carries no date
    nlp = dateline.load(options=options)
    for item in read_inputs([str(seed)], options):
        if isinstance(item, dateline.Article):
            article = nlp(item)
            print(json.dumps(article.to_dict(), indent=1, ensure_ascii=False) if "--json" in argv else "")
            for e in article.events:
                where = e.location.name if e.location else "?"
                print(e.date, where, e.sub_event_type, e.modality, e.fatalities, "|", e.evidence[0].text[:80])
            for q in article.quotes:
                print("quote:", q.speaker, q.via, "|", q.text[:70])
