"""Quotes: direct quotes with their cue and speaker, and reported speech ("X said (that) ...").

Quotation marks are paired per paragraph (straight or curly); the speaker is found next to the
quote ("...," Toner said / he says / said Lama Fakih, ...) and a pronoun is resolved to the
nearest person mentioned before it. "according to a translation provided by X" sets ``via``.
"""

from __future__ import annotations

import re

from .model import Article, Entity, Quote

SPEECH_VERBS = (
    "said|says|say|told|tells|added|adds|stated|states|declared|declares|explained|explains|"
    "warned|warns|noted|notes|wrote|writes|asked|asks|insisted|insists|urged|urges|argued|argues|"
    "announced|announces|claimed|claims|continued|continues|recalled|recalls|tweeted|posted|"
    "responded|replied|according to"
)
_NAME_WORD = r"(?:[A-Z]|(?:al|el|bin|ibn|de|van|von)-?[A-Z])[\w.'’-]*"
_PERSON = rf"(?:{_NAME_WORD}\s+){{0,5}}{_NAME_WORD}"
_QUOTE = re.compile(r"“(?P<a>[^”“]{2,}?)”|\"(?P<b>[^\"\n]{2,}?)\"")
_CUE_AFTER = re.compile(
    r"^\s*,?\s*(?:(?P<name1>" + _PERSON + r"|[Hh]e|[Ss]he|[Tt]hey)\s+"
    r"(?:also\s+|then\s+)?(?P<cue1>" + SPEECH_VERBS + r")\b|(?P<cue2>" + SPEECH_VERBS +
    r")\s+(?P<name2>" + _PERSON + r"))"
)
_CUE_BEFORE = re.compile(
    r"(?P<name>" + _PERSON + r"|[Hh]e|[Ss]he|[Tt]hey)\s+(?:also\s+)?"
    r"(?P<cue>" + SPEECH_VERBS + r")(?:\s+\w+){0,3}\s*[:,]?\s*$"
)
_VIA = re.compile(r"according to (?:a |an |the )?(?:translation|statement|transcript|report)s?"
                  r"(?: (?:provided|released|published|issued))? by (?:the )?(?P<via>(?:[A-Z][\w.'’-]*"
                  r"\s*)+)")
_REPORTED = re.compile(
    r"(?P<name>" + _PERSON + r"|[Hh]e|[Ss]he)\s+(?P<cue>said|says|told \w+|"
    r"added|stated|warned|claimed|announced)\s+(?:that\s+)?(?P<content>[a-z][^“\"]{15,}?[.!?])(?=\s|$)"
)
PRONOUNS = {"he", "she", "they", "it"}


class QuoteStage:
    name = "quotes"
    requires: tuple[str, ...] = ("entities",)
    assigns: tuple[str, ...] = ("quotes",)

    def __call__(self, article: Article) -> Article:
        text = article.text
        quotes: list[Quote] = []
        for m in _QUOTE.finditer(text):
            group = "a" if m["a"] is not None else "b"
            start, end = m.start(group), m.end(group)
            quote = Quote(text=text[start:end], start=start, end=end, direct=True)
            _attribute(article, quote, m.start(), m.end())
            quotes.append(quote)
        covered = [(q.start, q.end) for q in quotes]
        for m in _REPORTED.finditer(text):
            start, end = m.start("content"), m.end("content")
            if any(s < end and start < e for s, e in covered):
                continue
            quote = Quote(text=text[start:end], start=start, end=end, direct=False, cue=m["cue"])
            _set_speaker(article, quote, m["name"], m.start("name"))
            quotes.append(quote)
        article.quotes = sorted(quotes, key=lambda q: q.start)
        return article


def _attribute(article: Article, quote: Quote, q_start: int, q_end: int) -> None:
    text = article.text
    para_end = text.find("\n\n", q_end)
    after = text[q_end : para_end if para_end != -1 else len(text)]
    m = _CUE_AFTER.match(after)
    if m:
        name = m["name1"] or m["name2"]
        quote.cue = (m["cue1"] or m["cue2"]).lower()
        _set_speaker(article, quote, name, q_end + m.start("name1" if m["name1"] else "name2"))
    else:
        para_start = text.rfind("\n\n", 0, q_start) + 2 if text.rfind("\n\n", 0, q_start) != -1 else 0
        before = text[para_start:q_start]
        b = _CUE_BEFORE.search(before)
        if b:
            quote.cue = b["cue"].lower()
            _set_speaker(article, quote, b["name"], para_start + b.start("name"))
    via = _VIA.search(after[:300])
    if via:
        quote.via = via["via"].strip().rstrip(",.")


def _set_speaker(article: Article, quote: Quote, name: str, at: int) -> None:
    if name.lower() in PRONOUNS:
        entity = _nearest_person_before(article, at)
        if entity is not None:
            quote.speaker, quote.speaker_entity_id = entity.name, entity.id
        return
    name = re.sub(r"^(?:The|A|An)\s+", "", name.strip())
    entity = _entity_at(article, at, at + len(name)) or _entity_named(article, name)
    if entity is not None:
        quote.speaker, quote.speaker_entity_id = entity.name, entity.id
    else:
        quote.speaker = name


def _entity_at(article: Article, start: int, end: int) -> Entity | None:
    for entity in article.entities:
        if entity.label in ("PERSON", "ORG") and any(s < end and start < e for s, e in entity.mentions):
            return entity
    return None


def _entity_named(article: Article, name: str) -> Entity | None:
    lowered = name.lower()
    for entity in article.entities:
        if lowered in (n.lower() for n in [entity.name, *entity.aliases]):
            return entity
    return None


def _nearest_person_before(article: Article, at: int) -> Entity | None:
    best: tuple[int, Entity] | None = None
    for entity in article.entities:
        if entity.label != "PERSON":
            continue
        for start, _ in entity.mentions:
            if start < at and (best is None or start > best[0]):
                best = (start, entity)
    return best[1] if best else None
