"""Entities: who is who in an article.

Named-entity mentions (PERSON, ORG, NORP) become entities with alias chains inside the article
("Abu Bakr al-Baghdadi" ... "al-Baghdadi" ... "Baghdadi"; "Islamic State of Iraq and Syria, or
ISIS"), a role from a title in front of the name, and an ACLED actor type, PLOVER sector and
country from the curated actor table (``actors.py``) or general rules.
"""

from __future__ import annotations

import re

from .actors import classify_actor
from .model import Article, Entity, NamedSpan

ENTITY_LABELS = {"PERSON", "ORG", "NORP"}
_TITLE_WORDS = re.compile(
    r"(?:(?:[A-Z][\w.]*\.?|U\.S\.|of|the|State|Department|Foreign|Interior|Defense|Defence)\s+)*"
    r"(?P<role>spokesman|spokeswoman|spokesperson|minister|president|prime minister|governor|"
    r"commander|general|gen\.|brig\. gen\.|lt\. gen\.|maj\. gen\.|col\.|colonel|mayor|leader|"
    r"chief|director|secretary|ambassador|envoy|correspondent|official|police chief)\s+$",
    re.I,
)
_PREFIXES = ("al-", "el-", "ar-", "as-", "ad-")


def _key(name: str) -> str:
    name = re.sub(r"[’']s$", "", name.strip())
    return re.sub(r"^the\s+", "", name, flags=re.I).strip()


def _surname(name: str) -> str:
    parts = name.split()
    last = parts[-1] if parts else name
    for prefix in _PREFIXES:
        if last.lower().startswith(prefix):
            return last[len(prefix):]
    return last


def _acronym_pairs(text: str) -> dict[str, str]:
    """'Islamic State of Iraq and Syria, or ISIS' and 'Human Rights Watch (HRW)' -> short: long."""
    pairs: dict[str, str] = {}
    pattern = re.compile(
        r"(?P<long>(?:[A-Z][\w'-]*\s+)(?:(?:of|and|the|for|[A-Z][\w'-]*)\s+){0,7}[A-Z][\w'-]*)"
        r"(?:,\s+or\s+|\s+\()(?P<short>[A-Z][A-Za-z]{1,7})\b"
    )
    for m in pattern.finditer(text):
        long, short = m["long"].strip(), m["short"]
        initials = "".join(w[0] for w in long.split() if w[0].isupper())
        if short[0] == long[0] and (short.upper() == initials or len(set(short) & set(initials)) >= 2):
            pairs[short] = long
    return pairs


class EntityStage:
    name = "entities"
    requires: tuple[str, ...] = ("nlp",)
    assigns: tuple[str, ...] = ("entities",)

    def __call__(self, article: Article) -> Article:
        assert article.nlp is not None
        text = article.text
        acronyms = _acronym_pairs(text)
        entities: list[Entity] = []
        by_key: dict[str, Entity] = {}
        for span in article.nlp.ents:
            if span.label not in ENTITY_LABELS:
                continue
            key = _key(span.text)
            if not key:
                continue
            entity = self._find(by_key, entities, key, span.label, acronyms)
            if entity is None:
                entity = Entity(id=f"e{len(entities) + 1}", name=key, label=span.label)
                entities.append(entity)
            elif key != entity.name and key not in entity.aliases:
                if span.label == "PERSON" and len(key) > len(entity.name):
                    entity.aliases.append(entity.name)  # a fuller name seen later becomes the name
                    entity.name = key
                else:
                    entity.aliases.append(key)
            by_key[key.lower()] = entity
            entity.mentions.append((span.start, span.end))
            if entity.role is None and span.label == "PERSON":
                entity.role = _role_before(text, span)
        for entity in entities:
            kind = classify_actor(entity.name, entity.aliases, entity.label)
            if kind is not None:
                entity.actor_type, entity.sector, entity.country = kind
        article.entities = entities
        return article

    @staticmethod
    def _find(
        by_key: dict[str, Entity],
        entities: list[Entity],
        key: str,
        label: str,
        acronyms: dict[str, str],
    ) -> Entity | None:
        found = by_key.get(key.lower())
        if found:
            return found
        long = acronyms.get(key)
        short = next((s for s, lng in acronyms.items() if lng.lower() == key.lower()), None)
        for other in (long, short):
            if other and other.lower() in by_key:
                return by_key[other.lower()]
        if label == "PERSON":
            surname = _surname(key).lower()
            for entity in entities:
                names = [entity.name, *entity.aliases]
                if entity.label == "PERSON" and any(_surname(n).lower() == surname for n in names):
                    return entity
        return None


def _role_before(text: str, span: NamedSpan) -> str | None:
    before = text[max(0, span.start - 60) : span.start]
    match = _TITLE_WORDS.search(before)
    return match["role"].lower() if match else None
