"""PLOVER gold standard records: PLOVER type accuracy and actor text match, sentence by sentence.

``python -m eval events_plover [--errors]``. The type is the top asserted ACLED event's PLOVER type
when the sentence reports one, else the sentence's main predicate coded by ``events.plover``.
The gold uses an older PLOVER label set; its DEMAND, DISAPPROVE and FIGHT are our REQUEST,
ACCUSE and ASSAULT. Actor text match: after lower-casing and dropping "the", the gold actor text
and ours are equal or one contains the other (token-wise); actor1 = source, actor2 = target.
"""

from __future__ import annotations

import json
import re
from collections import Counter

from dateline.events.plover import code_sentence
from dateline.model import Article

from . import eval_path
from .events_case import snippet_pipeline

OLD_LABELS = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT"}


def _tokens(text: str) -> list[str]:
    return [w for w in re.findall(r"[\w'-]+", text.lower()) if w not in ("the", "a", "an")]


def text_match(gold: str, ours: str | None) -> bool:
    if not ours:
        return False
    g, o = _tokens(gold), _tokens(ours)
    if not g or not o:
        return False
    return " ".join(g) in " ".join(o) or " ".join(o) in " ".join(g)


def predict(article: Article) -> tuple[str | None, str | None, str | None]:
    asserted = [e for e in article.events if e.modality == "asserted"]
    code = code_sentence(article, 0) if article.nlp and article.nlp.sentences else None
    if asserted and (code is None or code.depth > 0 or code.plover in ("ASSAULT", "PROTEST", "COERCE")):
        top = max(asserted, key=lambda e: (e.confidence, -e.evidence[0].start))
        a1 = top.actor1.name if top.actor1 else (code.source if code else None)
        a2 = top.actor2.name if top.actor2 else (code.target if code else None)
        return top.plover, a1, a2
    if code is None:
        return None, None, None
    return code.plover, code.source, code.target


def _actor_texts(value: object) -> list[str]:
    """Actor texts of a source/target field: a list of {actorText, ...}; a few records hold a bare string."""
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    if not isinstance(value, list):
        return []
    return [a["actorText"].strip() for a in value if isinstance(a, dict) and a.get("actorText", "").strip()]


def main(argv: list[str]) -> None:
    path = eval_path("events", "plover_gsr", "gold_standard_records", "PLOVER_GSR_CAMEO.txt")
    records = [r for r in json.loads(path.read_text(encoding="utf-8")) if r.get("text")]
    nlp = snippet_pipeline()
    right = a1_right = a1_total = a2_right = a2_total = 0
    confusion: Counter[tuple[str, str]] = Counter()
    errors: list[str] = []
    for record in records:
        gold = OLD_LABELS.get(record["event"], record["event"])
        article = nlp(Article(text=record["text"], language="en"))
        plover, a1, a2 = predict(article)
        right += plover == gold
        if plover != gold:
            confusion[(gold, plover or "-")] += 1
            errors.append(f"{gold}\t{plover}\t{record['text'][:160]}")
        sources, targets = _actor_texts(record.get("source")), _actor_texts(record.get("target"))
        if sources:
            a1_total += 1
            a1_right += any(text_match(s, a1) for s in sources)
            if not any(text_match(s, a1) for s in sources) and "--actors" in argv:
                errors.append(f"A1\tgold={sources}\tours={a1}\t{record['text'][:120]}")
        if targets:
            a2_total += 1
            a2_right += any(text_match(t, a2) for t in targets)
    print(f"PLOVER GSR: {len(records)} sentences")
    print(f"  PLOVER type accuracy  {right / len(records):.3f}")
    print(f"  actor1 text match     {a1_right / max(a1_total, 1):.3f} of {a1_total}")
    print(f"  actor2 text match     {a2_right / max(a2_total, 1):.3f} of {a2_total}")
    if "--confusion" in argv:
        for (g, p), n in confusion.most_common(25):
            print(f"  {n:3d}  {g} -> {p}")
    if "--errors" in argv or "--actors" in argv:
        print("\n".join(errors))
