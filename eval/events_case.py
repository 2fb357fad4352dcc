"""CASE 2021 task 2 dev: sub-event type of each snippet's top asserted event vs the gold label.

``python -m eval events_case [--errors] [--bands] [--limit N]``. The six non-ACLED labels
(NATURAL_DISASTER, MAN_MADE_DISASTER, ORG_CRIME, DIPLO, ATTRIB, OTHER) are right when no
asserted ACLED event is produced. Figures: accuracy over all rows; micro-F1 with "no event" as
the negative class; macro-F1 over the 24 ACLED labels; precision per confidence band.
"""

from __future__ import annotations

import csv
import sys
import time
from collections import Counter

import dateline
from dateline.model import Article, Event
from dateline.pipeline import Pipeline, Stage

from . import eval_path

LABELS = {
    "ARMED_CLASH": "Armed clash", "GOV_REGAINS_TERIT": "Government regains territory",
    "NON_STATE_ACTOR_OVERTAKES_TER": "Non-state actor overtakes territory", "CHEM_WEAP": "Chemical weapon",
    "AIR_STRIKE": "Air/drone strike", "SUIC_BOMB": "Suicide bomb",
    "ART_MISS_ATTACK": "Shelling/artillery/missile attack", "REM_EXPLOS": "Remote explosive/landmine/IED",
    "GRENADE": "Grenade", "SEX_VIOL": "Sexual violence", "ATTACK": "Attack",
    "ABDUCT_DISSAP": "Abduction/forced disappearance", "PEACE_PROTEST": "Peaceful protest",
    "PROTEST_WITH_INTER": "Protest with intervention", "FORCE_AGAINST_PROTEST": "Excessive force against protesters",
    "VIOL_DEMONSTR": "Violent demonstration", "MOB_VIOL": "Mob violence", "AGREEMENT": "Agreement",
    "ARREST": "Arrests", "CHANGE_TO_GROUP_ACT": "Change to group/activity", "DISR_WEAP": "Disrupted weapons use",
    "HQ_ESTABLISHED": "Headquarters or base established", "PROPERTY_DISTRUCT": "Looting/property destruction",
    "NON_VIOL_TERRIT_TRANSFER": "Non-violent transfer of territory",
}
NONE = "-"
BANDS = [(0.0, 0.5), (0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 1.01)]


def top_event(article: Article) -> Event | None:
    """The snippet's main event: the most confident asserted one, the earliest on a tie."""
    asserted = [e for e in article.events if e.modality == "asserted"]
    if not asserted:
        return None
    return max(asserted, key=lambda e: (e.confidence, -e.evidence[0].start))


class _EnglishClean:
    """The clean stage, minus its language guess and length filter, which misfire on one-line snippets."""

    def __init__(self, stage: Stage) -> None:
        self.stage = stage
        self.name, self.requires, self.assigns = stage.name, stage.requires, stage.assigns

    def __call__(self, article: Article) -> Article:
        original = article.text
        article = self.stage(article)
        if not article.text.strip():
            article.text = original  # one-line snippets are too short for the boilerplate filter
        article.language = "en"
        article.errors = [e for e in article.errors if e.stage != "clean"]
        return article


def snippet_pipeline() -> Pipeline:
    full = dateline.load()
    stages: list[Stage] = [_EnglishClean(s) if s.name == "clean" else s for s in full.stages]
    return Pipeline(stages, full.options)


def score(pairs: list[tuple[str, str]]) -> dict[str, float]:
    """Accuracy, micro-F1 (NONE negative) and macro-F1 over the ACLED labels of (gold, predicted)."""
    tp = sum(1 for g, p in pairs if g == p and g != NONE)
    fp = sum(1 for g, p in pairs if p != NONE and p != g)
    fn = sum(1 for g, p in pairs if g != NONE and p != g)
    micro = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    f1s = []
    for label in LABELS.values():
        ltp = sum(1 for g, p in pairs if g == p == label)
        lfp = sum(1 for g, p in pairs if p == label and g != label)
        lfn = sum(1 for g, p in pairs if g == label and p != label)
        f1s.append(2 * ltp / (2 * ltp + lfp + lfn) if ltp else 0.0)
    return {"accuracy": sum(g == p for g, p in pairs) / len(pairs), "micro_f1": micro,
            "macro_f1": sum(f1s) / len(f1s)}


def read_rows() -> list[tuple[str, str, str]]:
    path = eval_path("events", "case2021_task2", "dev.tsv")
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [(r["id"], _unquote(r["EventSnippet"]), LABELS.get(r["SubType"], NONE)) for r in reader]


def _unquote(text: str) -> str:
    """Undo CSV quoting kept by QUOTE_NONE: '"a ""b"" c"' -> 'a "b" c'."""
    if len(text) > 1 and text.startswith('"') and text.endswith('"'):
        return text[1:-1].replace('""', '"')
    return text


def build_calibration(rows: list[tuple[str, str, str]]) -> None:
    """Fit the confidence table on even-id snippets (raw scores), report its bands on odd-id ones."""
    from dateline.events import calibration

    calibration.ENABLED = False
    nlp = snippet_pipeline()
    fit: list[tuple[float, bool]] = []
    held: list[tuple[float, bool]] = []
    for rid, text, gold in rows:
        event = top_event(nlp(Article(text=text, id=rid, language="en")))
        if event is not None:
            (fit if int(rid) % 2 == 0 else held).append((event.confidence, event.sub_event_type == gold))
    calibration.TABLE = calibration.isotonic(fit)
    calibration.ENABLED = True
    print(f"TABLE = {calibration.TABLE!r}  # fitted on {len(fit)} even-id snippets")
    print(f"held-out odd-id snippets ({len(held)}), precision per calibrated band:")
    scored = [(calibration.calibrate(raw), ok) for raw, ok in held]
    for low, high in BANDS:
        band = [ok for c, ok in scored if low <= c < high]
        if band:
            print(f"  [{low:.2f}, {min(high, 1.0):.2f}): {sum(band) / len(band):.2f} of {len(band)}")


def main(argv: list[str]) -> None:
    rows = read_rows()
    if "--calibrate" in argv:
        build_calibration(rows)
        return
    if "--limit" in argv:
        rows = rows[: int(argv[argv.index("--limit") + 1])]
    nlp = snippet_pipeline()
    pairs: list[tuple[str, str]] = []
    confident: list[tuple[float, bool]] = []
    errors: list[str] = []
    started = time.perf_counter()
    for rid, text, gold in rows:
        article = nlp(Article(text=text, id=rid, language="en"))
        event = top_event(article)
        predicted = event.sub_event_type if event else NONE
        pairs.append((gold, predicted))
        if event is not None:
            confident.extend((e.confidence, e.sub_event_type == gold) for e in [event])
        if gold != predicted:
            errors.append(f"{rid}\tgold={gold}\tpred={predicted}\t{text[:200]}")
    elapsed = time.perf_counter() - started
    figures = score(pairs)
    print(f"CASE 2021 task 2 dev: {len(pairs)} snippets, {elapsed:.1f}s")
    for name, value in figures.items():
        print(f"  {name:10s} {value:.3f}")
    timings = nlp.timings
    nlp_time = sum(timings.values())
    print("  stage share: " + ", ".join(f"{k} {v / nlp_time:.1%}" for k, v in timings.items()))
    print("  precision of the top event per confidence band:")
    for low, high in BANDS:
        band = [ok for c, ok in confident if low <= c < high]
        if band:
            print(f"    [{low:.2f}, {min(high, 1.0):.2f}): {sum(band) / len(band):.2f} of {len(band)}")
    if "--confusion" in argv:
        for (g, p), n in Counter((g, p) for g, p in pairs if g != p).most_common(30):
            print(f"  {n:3d}  {g}  ->  {p}")
    if "--errors" in argv:
        print("\n".join(errors))
