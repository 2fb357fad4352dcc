"""PLOVER gold standard records: actor text, sector and country of dateline's actor classification.

    python -m eval actors [--show N]

Each record is one sentence with source/target actors (``actorText``, ``code`` = country or IGO/NGO,
``sector``). Two measures:

- classifier: ``classify_actor(actorText)`` given the gold actor text; country accuracy over all
  actors whose code is a country or IGO/NGO/IMG, sector accuracy over actors with a PLOVER sector;
- end to end: the sentence goes through spaCy and the entity stage; an actor is *found* when an
  entity mention (or a country/city name spaCy tags GPE) overlaps the gold actor text, *exact*
  when the texts match; country and sector accuracy of the found entity.

Gold sectors are normalised to their first three letters (``CVLkur`` -> CVL); ``***`` and empty
sectors are not scored. CAMEO's legacy country codes JAP and ITL are read as JPN and ITA.
"""

from __future__ import annotations

import argparse
import json
import re
from typing import Any

from dateline.actors import classify_actor, country_of, noun_sector
from dateline.entities import EntityStage
from dateline.model import Article
from dateline.nlp import doc_to_layer, load_model
from dateline.options import DEFAULT_MODEL

from . import eval_path

_LEGACY = {"JAP": "JPN", "ITL": "ITA"}


def _actors(record: dict[str, Any]) -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    for key in ("source", "target"):
        value = record.get(key) or []
        if isinstance(value, dict):
            value = [value]
        if isinstance(value, list):
            out.extend(a for a in value if isinstance(a, dict) and a.get("actorText"))
    return out


def _sector(actor: dict[str, str]) -> str | None:
    raw = (actor.get("sector") or "").strip()
    if not raw or raw.startswith("*"):
        return None
    return {"CIV": "CVL"}.get(raw[:3].upper(), raw[:3].upper())


def _country(actor: dict[str, str]) -> str | None:
    code = (actor.get("code") or "").strip().upper()
    return _LEGACY.get(code, code) or None


class Tally:
    def __init__(self) -> None:
        self.n = self.ok = 0

    def add(self, ok: bool) -> None:
        self.n += 1
        self.ok += ok

    def __str__(self) -> str:
        return f"{self.ok / self.n if self.n else 0:.3f} ({self.ok}/{self.n})"


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(prog="python -m eval actors")
    ap.add_argument("--show", type=int, default=0, help="print N misclassified actors")
    args = ap.parse_args(argv)
    path = eval_path("events", "plover_gsr", "gold_standard_records", "PLOVER_GSR_CAMEO.txt")
    records = [r for r in json.loads(path.read_text(encoding="utf-8")) if r.get("text") and _actors(r)]
    model = load_model(DEFAULT_MODEL)
    stage = EntityStage()
    cls_country, cls_sector = Tally(), Tally()
    found, exact, e2e_country, e2e_sector = Tally(), Tally(), Tally(), Tally()
    misses: list[str] = []
    for record, doc in zip(records, model.pipe(r["text"] for r in records), strict=True):
        text = record["text"]
        article = stage(Article(text=text, nlp=doc_to_layer(doc, DEFAULT_MODEL)))
        gpes = [(e.start_char, e.end_char, e.text) for e in doc.ents if e.label_ in ("GPE", "LOC")]
        for actor in _actors(record):
            actor_text = actor["actorText"].strip()
            gold_country, gold_sector = _country(actor), _sector(actor)
            kind = classify_actor(actor_text)
            ours_country = kind[2] if kind else country_of(actor_text)
            ours_sector = kind[1] if kind else noun_sector(actor_text)
            if gold_country:
                cls_country.add(ours_country == gold_country)
            if gold_sector:
                cls_sector.add(ours_sector == gold_sector)
            if (gold_country and ours_country != gold_country) or (gold_sector and ours_sector != gold_sector):
                misses.append(f"  {actor_text!r:45.45} gold {gold_country}/{gold_sector}  ours {ours_country}/"
                              f"{ours_sector}")
            at = text.find(actor_text)
            if at == -1:
                continue
            span = (at, at + len(actor_text))
            hit = None
            head = span[1] - 1  # the last word heads an English noun phrase: prefer the entity covering it
            overlapping = [(s <= head < e, text[s:e], entity) for entity in article.entities
                           for s, e in entity.mentions if s < span[1] and span[0] < e]
            if overlapping:
                _covers, mention, entity = max(overlapping, key=lambda o: o[0])
                hit = (mention, entity.country, entity.sector)
            if hit is None:
                for s, e, name in gpes:
                    if s < span[1] and span[0] < e:
                        hit = (name, country_of(name), None)
                        break
            found.add(hit is not None)
            exact.add(hit is not None and _same(hit[0], actor_text))
            if hit is None:
                continue
            if gold_country:
                e2e_country.add(hit[1] == gold_country)
            if gold_sector:
                e2e_sector.add(hit[2] == gold_sector)
    n_actors = sum(len(_actors(r)) for r in records)
    print(f"PLOVER GSR: {len(records)} sentences, {n_actors} actors")
    print(f"classifier (gold actor text): country {cls_country}  sector {cls_sector}")
    print(f"end to end (entities stage): actor found {found}  exact text {exact}  "
          f"country {e2e_country}  sector {e2e_sector}")
    for line in misses[: args.show]:
        print(line)


def _same(a: str, b: str) -> bool:
    def norm(s: str) -> str:
        return re.sub(r"^(?:the)\s+|[’']s$", "", s.strip(), flags=re.I).lower()

    return norm(a) == norm(b)
