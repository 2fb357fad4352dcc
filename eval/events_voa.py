"""Article-level event gold for VOA stories (events/voa_dev): recall, false events, forbidden traps.

``python -m eval events_voa [--verbose]``. For each gold file the story (news/voa_stories.jsonl)
runs with its publication date. An expected event is found when one event (asserted or historical)
has the type, one of the sub-types, the date, a location within the tolerance, one of the actors
and at least the fatalities asked for ("strict"); "typed" asks only type and place. False: asserted
events that match no expected or optional event by type and place. Forbidden: asserted events
that fall into a trap (type, sub-type, country, a place near, dated after).
"""

from __future__ import annotations

import json
from typing import Any

import dateline
from dateline.model import Article, Event
from dateline.places.geo import km

from . import eval_path


def _near(event: Event, place: dict[str, Any] | None) -> bool:
    if not place:
        return True
    loc = event.location
    if loc is None or loc.lat is None or loc.lon is None:
        return False
    return km(loc.lat, loc.lon, place["lat"], place["lon"]) <= place["km"]


def _typed(event: Event, gold: dict[str, Any]) -> bool:
    types = gold.get("event_type_in") or [gold.get("event_type")]
    if event.event_type not in types:
        return False
    subs = gold.get("sub_event_type_in")
    if subs and event.sub_event_type not in subs:
        return False
    return _near(event, gold.get("place"))


def _strict(event: Event, gold: dict[str, Any]) -> bool:
    if not _typed(event, gold):
        return False
    date = event.date or ""
    if "date_in" in gold and date not in gold["date_in"]:
        return False
    if "date_month" in gold and not date.startswith(gold["date_month"]):
        return False
    names = " ".join(a.name.lower() for a in (event.actor1, event.actor2) if a)
    if gold.get("actors_any") and not any(a in names for a in gold["actors_any"]):
        return False
    return not ("fatalities_min" in gold and (event.fatalities or 0) < gold["fatalities_min"])


def _forbidden(event: Event, trap: dict[str, Any]) -> bool:
    if event.event_type not in trap.get("event_type_in", [event.event_type]):
        return False
    if trap.get("sub_event_type") and event.sub_event_type != trap["sub_event_type"]:
        return False
    if trap.get("country") and (event.location is None or event.location.country != trap["country"]):
        return False
    if trap.get("near") and not _near(event, trap["near"]):
        return False
    return not (trap.get("date_after") and (event.date or "") <= trap["date_after"])


def main(argv: list[str]) -> None:
    folder = eval_path("events", "voa_dev")
    stories = {}
    with eval_path("news", "voa_stories.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            story = json.loads(line)
            stories[str(story["id"])] = story
    nlp = dateline.load()
    totals = {"expected": 0, "strict": 0, "typed": 0, "asserted": 0, "false": 0, "forbidden": 0}
    for path in sorted(folder.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        story = stories.get(str(gold["id"]))
        if story is None:
            print(f"{gold['id']}: story not in voa_stories.jsonl, skipped")
            continue
        article = nlp(Article(text=story["text"], id=str(story["id"]), title=story.get("title"),
                              published=gold["pub_date"]))
        found = [e for e in article.events if e.modality in ("asserted", "historical")]
        asserted = [e for e in article.events if e.modality == "asserted"]
        expected = gold.get("events_expected", [])
        strict = sum(any(_strict(e, g) for e in found) for g in expected)
        typed = sum(any(_typed(e, g) for e in found) for g in expected)
        known = expected + gold.get("events_optional", [])
        false = [e for e in asserted if not any(_typed(e, g) for g in known)]
        forbidden = [e for e in asserted if any(_forbidden(e, t) for t in gold.get("events_forbidden", []))]
        for key, value in (("expected", len(expected)), ("strict", strict), ("typed", typed),
                           ("asserted", len(asserted)), ("false", len(false)), ("forbidden", len(forbidden))):
            totals[key] += value
        print(f"{gold['id']}: expected {len(expected)}, found strict {strict}, typed+place {typed}; "
              f"asserted {len(asserted)}, false {len(false)}, forbidden {len(forbidden)}")
        if "--verbose" in argv:
            for e in article.events:
                where = e.location.name if e.location else "?"
                mark = "F" if e in forbidden else ("x" if e in false else " ")
                print(f"   {mark} {e.date} {where} {e.sub_event_type} {e.modality} {e.fatalities} | "
                      f"{e.evidence[0].text.strip()[:90]}")
    nlp_time = sum(nlp.timings.values())
    print("stage share: " + ", ".join(f"{k} {v / nlp_time:.1%}" for k, v in nlp.timings.items()))
    print(f"total: expected {totals['expected']}, recall strict {totals['strict'] / max(totals['expected'], 1):.2f}, "
          f"typed+place {totals['typed'] / max(totals['expected'], 1):.2f}; asserted {totals['asserted']}, "
          f"false {totals['false']}, forbidden {totals['forbidden']}")
