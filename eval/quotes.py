"""PolNeAR: direct quotes (contents inside quotation marks) and their speakers, beside textacy.

    python -m eval quotes [--split train,dev] [--limit N] [--cache FILE] [--no-textacy] [--show N]

Gold: the BRAT standoff attributions of ``quotes/polnear/data/<split>/attributions``. Articles
annotated by several annotators are read once (the first annotator file by name). A gold *direct*
attribution is one whose Content holds a pair of quotation marks with at least three words
between them; the rest with a Source count as *reported* speech.

- quote precision: system direct quotes that overlap any gold Content span / system direct quotes;
- quote recall: gold direct attributions overlapped by a system direct quote / gold direct;
- speaker accuracy (the headline figure): of the gold direct attributions that have a Source, the
  share for which the system gives an overlapping quote with the right speaker (a missed quote or a
  missing speaker counts as wrong). A speaker is right when the span it was read from (a name or a
  pronoun) overlaps the gold Source, or its name shares a capitalised name word with the Source;
- speaker accuracy on matched quotes: the same, counted only over gold quotes the system found
  (kind to a system that outputs few quotes: textacy only outputs a quote when it found a speaker);
- reported-speech recall: gold reported attributions with a speech cue (say, tell, ...) whose
  Content is overlapped by a system reported quote (``direct == False``); precision: system reported
  quotes that overlap any gold Content.

textacy's ``extract.triples.direct_quotations`` runs on the same spaCy parse; a document with an
odd number of quotation marks makes it raise, which counts as no quotes for that document.
The parse can be cached (``--cache``) so that rule changes are quick to measure.
"""

from __future__ import annotations

import argparse
import pickle
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dateline.entities import EntityStage
from dateline.model import Article
from dateline.nlp import doc_to_layer, load_model
from dateline.options import DEFAULT_MODEL
from dateline.quotes import find_quotes

from . import eval_path

Span = tuple[int, int]
_QUOTED = re.compile(r"[“\"]\s*\S+(?:\s+\S+){2,}?\s*[”\"]")
_SPEECH_CUES = re.compile(
    r"\b(?:said|says|say|saying|told|tell|tells|added|adds|stated|states|declared|explained|"
    r"warned|noted|wrote|writes|asked|insisted|urged|argued|announced|claimed|according to|"
    r"tweeted|posted|replied|responded|recalled|continued|acknowledged|admitted|suggested)\b",
    re.I,
)
_STOP = {"the", "a", "an", "of", "mr", "mrs", "ms", "dr", "he", "she", "they", "it", "i", "we", "his", "her"}


@dataclass
class Attribution:
    content: list[Span]
    source: list[Span] = field(default_factory=list)
    cue: list[Span] = field(default_factory=list)
    direct: bool = False
    speech: bool = False


@dataclass
class Found:
    span: Span
    speaker: str | None
    speaker_span: Span | None
    direct: bool = True


def _spans(field_text: str) -> list[Span]:
    out = []
    for piece in field_text.split(";"):
        start, end = piece.split()
        out.append((int(start), int(end)))
    return out


def read_ann(path: Path, text: str) -> list[Attribution]:
    spans: dict[str, tuple[str, list[Span]]] = {}
    relations: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            kind, _, offsets = parts[1].partition(" ")
            spans[parts[0]] = (kind, _spans(offsets))
        elif line.startswith("E") and len(parts) >= 2:
            relations.append(dict(arg.split(":", 1) for arg in parts[1].split()))
    out = []
    for rel in relations:
        if "Content" not in rel or rel["Content"] not in spans:
            continue
        attribution = Attribution(content=spans[rel["Content"]][1])
        if rel.get("Source") in spans:
            attribution.source = spans[rel["Source"]][1]
        if rel.get("Cue") in spans:
            attribution.cue = spans[rel["Cue"]][1]
        content = " ".join(text[s:e] for s, e in attribution.content)
        attribution.direct = bool(_QUOTED.search(content))
        cue_text = " ".join(text[s:e] for s, e in attribution.cue)
        attribution.speech = bool(_SPEECH_CUES.search(cue_text))
        out.append(attribution)
    return out


def _overlaps(a: Span, spans: list[Span]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


def _name_words(name: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Z][\w'’-]+", name) if w.lower() not in _STOP}


def speaker_ok(found: Found, gold: Attribution, text: str, aliases: list[str]) -> bool:
    if found.speaker is None:
        return False
    if found.speaker_span and _overlaps(found.speaker_span, gold.source):
        return True
    gold_words = _name_words(" ".join(text[s:e] for s, e in gold.source))
    ours: set[str] = set()
    for name in [found.speaker, *aliases]:
        ours |= _name_words(name)
    return bool(gold_words & ours)


def load_docs(splits: list[str], limit: int | None) -> list[tuple[str, str, Path]]:
    docs = []
    for split in splits:
        root = eval_path("quotes", "polnear", "data", split)
        seen: set[str] = set()
        for ann in sorted((root / "attributions").glob("*.ann")):
            name = re.sub(r"_[0-9a-f]{4}$", "", ann.stem)
            if name in seen or not (root / "text" / f"{name}.txt").exists():
                continue
            seen.add(name)
            docs.append((split, name, ann))
    return docs[:limit] if limit else docs


def parse_all(docs: list[tuple[str, str, Path]], cache: Path | None, textacy_on: bool) -> dict[str, Any]:
    if cache and cache.exists():
        with cache.open("rb") as fh:
            cached: dict[str, Any] = pickle.load(fh)
        if all(name in cached for _, name, _ in docs):
            return cached
    model = load_model(DEFAULT_MODEL)
    direct_quotations: Any = None
    if textacy_on:
        try:
            from textacy.extract.triples import direct_quotations  # type: ignore[no-redef]
        except ImportError:
            print("textacy is not installed (pip install -e '.[eval]'): comparing against nothing")
    parsed: dict[str, Any] = {}
    for split, name, _ in docs:
        text = (eval_path("quotes", "polnear", "data", split, "text") / f"{name}.txt").read_text(encoding="utf-8")
        doc = model(text)
        textacy_found: list[Found] | None = None
        if direct_quotations is not None:
            textacy_found = []
            try:
                for speaker, _cue, content in direct_quotations(doc):
                    sp = (speaker[0].idx, speaker[-1].idx + len(speaker[-1].text))
                    textacy_found.append(Found((content.start_char, content.end_char), doc.text[sp[0] : sp[1]], sp))
            except ValueError:
                pass  # odd number of quotation marks: textacy bails out on the whole document
        parsed[name] = (text, doc_to_layer(doc, DEFAULT_MODEL), textacy_found)
    if cache:
        with cache.open("wb") as fh:
            pickle.dump(parsed, fh)
    return parsed


class Score:
    def __init__(self) -> None:
        self.sys = self.sys_ok = self.gold = self.gold_hit = 0
        self.with_source = self.matched_with_source = self.speaker_ok = 0

    def line(self, label: str) -> str:
        p = self.sys_ok / self.sys if self.sys else 0.0
        r = self.gold_hit / self.gold if self.gold else 0.0
        acc = self.speaker_ok / self.matched_with_source if self.matched_with_source else 0.0
        srec = self.speaker_ok / self.with_source if self.with_source else 0.0
        return (f"{label:9s} quotes P {p:.3f} R {r:.3f} (sys {self.sys}, gold {self.gold})  "
                f"speaker accuracy {srec:.3f} ({self.speaker_ok}/{self.with_source})  "
                f"on matched quotes {acc:.3f} ({self.speaker_ok}/{self.matched_with_source})")


def score(found: list[Found], gold: list[Attribution], text: str, s: Score, aliases: dict[str, list[str]],
          show: list[str] | None = None) -> None:
    contents = [span for g in gold for span in g.content]
    direct = [f for f in found if f.direct]
    s.sys += len(direct)
    s.sys_ok += sum(_overlaps(f.span, contents) for f in direct)
    for g in gold:
        if not g.direct:
            continue
        s.gold += 1
        hits = [f for f in direct if _overlaps(f.span, g.content)]
        s.gold_hit += bool(hits)
        if not g.source:
            continue
        s.with_source += 1
        if hits:
            s.matched_with_source += 1
            ok = any(speaker_ok(f, g, text, aliases.get(f.speaker or "", [])) for f in hits)
            s.speaker_ok += ok
            if not ok and show is not None:
                src = " ".join(text[a:b] for a, b in g.source)
                said = text[hits[0].span[0] : hits[0].span[1]][:70]
                show.append(f"  gold {src!r:30.30} ours {hits[0].speaker!r:30.30} | {said!r}")


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(prog="python -m eval quotes")
    ap.add_argument("--split", default="train,dev")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--cache", type=Path, help="pickle of the parses, reused when present")
    ap.add_argument("--no-textacy", action="store_true")
    ap.add_argument("--show", type=int, default=0, help="print N speaker errors")
    args = ap.parse_args(argv)
    docs = load_docs(args.split.split(","), args.limit)
    started = time.perf_counter()
    parsed = parse_all(docs, args.cache, not args.no_textacy)
    parse_s = time.perf_counter() - started
    ours, theirs = Score(), Score()
    reported_gold = reported_hit = reported_sys = reported_ok = 0
    errors: list[str] = []
    entity_stage = EntityStage()
    ours_s = 0.0
    for _split, name, ann in docs:
        text, layer, textacy_found = parsed[name]
        gold = read_ann(ann, text)
        t0 = time.perf_counter()
        article = Article(text=text, nlp=layer)
        article = entity_stage(article)
        found = [Found((q.start, q.end), q.speaker, span, q.direct) for q, span in find_quotes(article)]
        ours_s += time.perf_counter() - t0
        aliases = {e.name: e.aliases for e in article.entities}
        score(found, gold, text, ours, aliases, errors if len(errors) < args.show else None)
        if textacy_found is not None:
            score(textacy_found, gold, text, theirs, {})
        reported = [f for f in found if not f.direct]
        all_contents = [span for g in gold for span in g.content]
        reported_sys += len(reported)
        reported_ok += sum(_overlaps(f.span, all_contents) for f in reported)
        for g in gold:
            if not g.direct and g.source and g.speech:
                reported_gold += 1
                reported_hit += any(_overlaps(f.span, g.content) for f in reported)
    print(f"PolNeAR {args.split}: {len(docs)} articles (parse {parse_s:.0f} s; entities+quotes {ours_s:.1f} s)")
    print(ours.line("dateline"))
    if theirs.sys or theirs.gold:
        print(theirs.line("textacy"))
    rec = reported_hit / reported_gold if reported_gold else 0.0
    prec = reported_ok / reported_sys if reported_sys else 0.0
    print(f"reported speech recall {rec:.3f} ({reported_hit}/{reported_gold} gold reported attributions "
          f"with a speech cue); precision {prec:.3f} ({reported_ok}/{reported_sys} overlap a gold Content)")
    for line in errors[: args.show]:
        print(line)
