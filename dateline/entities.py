"""Entities: who is who in an article.

Named-entity mentions (PERSON, ORG, NORP) become entities, in four steps:

1. Mentions. spaCy's spans are repaired from context: a possessive or preposition glued to the
   front ("’s al-Furqan", "Inside Gogjali") is cut off; a rank abbreviation read as a person
   ("Brig" of "Brig. Gen.") is dropped; a name split by NER ("Islamic State of Iraq" + "and
   Syria") is joined back when the text expands an acronym ("..., or ISIS"); names from the
   curated actor table that NER missed ("Human Rights Watch") are added; a "person" whose
   mentions read as a place ("the district of Gogjali", "Gogjali neighborhood") is dropped (the
   places stage resolves it).
2. Alias chains: full name, surname and "al-" forms; an acronym and its expansion; "the militant
   group" when the article names exactly one armed group.
3. Roles and affiliation: ranks and titles in front of a name ("U.S. State Department spokesman
   Mark Toner", "Brig. Gen. Haider Fadhil"), appositions after it ("Lama Fakih, the group's deputy
   Middle East director") or before it ("The commander of the Joint Military Operation Command,
   Lt. Gen. Talib Shaghati"); the organisation named with the role becomes the affiliation.
4. Actor type, PLOVER sector and country from the curated table and rules (``actors.py``); a
   person takes them from the organisation they speak for, with a sector from their role.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from .actors import (
    ACTOR_TABLE,
    DEMONYMS,
    STATE,
    classify_actor,
    country_of,
    lookup_actor,
    noun_sector,
    role_sector,
)
from .model import Article, Entity, NamedSpan
from .names import junk_before_name

ENTITY_LABELS = {"PERSON", "ORG", "NORP"}
_PREFIXES = ("al-", "el-", "ar-", "as-", "ad-", "an-", "at-", "az-", "ash-")
_RANKS = {
    "brig. gen.": "brigadier general", "brig.-gen.": "brigadier general", "lt. gen.": "lieutenant general",
    "maj. gen.": "major general", "lt. col.": "lieutenant colonel", "gen.": "general", "col.": "colonel",
    "maj.": "major", "capt.": "captain", "lt.": "lieutenant", "sgt.": "sergeant", "adm.": "admiral",
    "cmdr.": "commander", "gov.": "governor", "sen.": "senator", "rep.": "representative",
}
_RANK_RE = "|".join(re.escape(r) for r in sorted(_RANKS, key=len, reverse=True))
_ROLE_WORDS = (
    r"spokes(?:man|woman|person)|(?:prime |foreign |interior |defen[cs]e |finance |deputy )?minister|"
    r"(?:vice[- ])?president|governor|commander|general|colonel|major|captain|lieutenant|sergeant|admiral|"
    r"brigadier|mayor|leader|chief|head|director|secretary(?:[- ]general)?|ambassador|envoy|"
    r"correspondent|reporter|journalist|editor|official|officer|analyst|researcher|professor|"
    r"senator|lawmaker|legislator|representative|chairman|chairwoman|chair|founder|emir|king|queen|"
    r"prince|sheikh|cleric|imam|bishop|pope|judge|prosecutor|attorney|lawyer|adviser|advisor|"
    r"aide|coordinator|negotiator|mediator|manager|executive|ceo|doctor|chancellor|premier|"
    r"candidate|nominee|strategist|campaign manager|chief of staff|police chief|army chief|"
    r"activist|witness|resident|survivor|monitor"
)
_ROLE_BEFORE = re.compile(
    rf"(?P<role>(?:(?:deputy|senior|former|acting|top|chief|assistant|regional|local|national|military|"
    rf"police|army|government|provincial|district|state|foreign|defen[cs]e|interior|health|press|"
    rf"campaign)\s+)*(?:{_ROLE_WORDS}))(?:\s+of\s+[^,.;]{{2,50}})?,?\s+$",
    re.I,
)
_RANK_BEFORE = re.compile(rf"(?:^|\s|\()(?P<rank>(?:{_RANK_RE})(?:\s+(?:{_RANK_RE}))?)\s*$", re.I)
_APPOS_AFTER = re.compile(r"^\s*,\s+(?:the|a|an|who is the|who is a)\s+(?P<desc>[^,.;“”\"()]{3,90}?)\s*(?:[,.;]|$)")
_APPOS_BEFORE = re.compile(
    r"(?:^|[.!?]\s+|\n)\s*(?:The|the|A|a)\s+(?P<role>[a-z][\w -]{2,40}?)\s+(?:of|for|at)\s+(?P<org>[^,]{3,80}),\s*$"
)
_GENERIC_GROUP = re.compile(
    r"\b[Tt]he\s+(?:(?:militant|extremist|jihadist|rebel|armed|terror|terrorist|insurgent|Islamist)\s+)"
    r"(?:group|organi[sz]ation|movement|network)\b"
)
_LOCATIVE_BEFORE = re.compile(
    r"(?:\b(?:in|at|near|from|into|outside|inside|across|around|toward|towards|neighbou?ring|nearby)\s+(?:the\s+)?"
    r"(?:\w+\s+)?|\b(?:district|neighbou?rhood|village|town|city|province|region|area|suburb|camp|"
    r"quarter) of\s+)$",
    re.I,
)
_LOCATIVE_AFTER = re.compile(r"^\s+(?:district|neighbou?rhood|village|town|city|province|region|area|suburb|"
                             r"road|street|avenue|highway|square|bridge|junction|roundabout|market|airport|"
                             r"camp|quarter|governorate|county|state)\b", re.I)


_TITLE_FRAGMENT = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Gen|Brig|Lt|Col|Maj|Sgt|Capt|Adm|Sen|Rep|Gov|Cmdr)\.?$", re.I)
_SCAN_MIN = 3  # table acronyms this short or shorter ("IS", "IRA") are too ambiguous to find by string


_PERSONISH = re.compile(r"^[A-Z][a-zà-ÿ'’-]+(?:\s+(?:[A-Z]\.|[A-Z][a-zà-ÿ'’-]+|al-\w+|bin|de|da|van|von)){1,3}$")


def _key(name: str) -> str:
    name = re.sub(r"[’']s?$", "", name.strip())
    return re.sub(r"^the\s+", "", name, flags=re.I).strip()


def _surname(name: str) -> str:
    parts = name.split()
    last = parts[-1] if parts else name
    for prefix in _PREFIXES:
        if last.lower().startswith(prefix):
            return last[len(prefix) :]
    return last


def _acronym_pairs(text: str) -> list[tuple[str, str, int, int]]:
    """'Islamic State of Iraq and Syria, or ISIS' and 'Human Rights Watch (HRW)' -> (short, long, start, end)."""
    pairs = []
    pattern = re.compile(
        r"(?P<long>(?:[A-Z][\w'’-]*\s+)(?:(?:of|and|the|for|in|de|du|al|[A-Z][\w'’-]*)\s+){0,7}[A-Z][\w'’-]*)"
        r"(?:,\s+(?:or|also known as|known as)\s+|\s+\()(?P<short>[A-Z][A-Za-z]{1,7})\b"
    )
    for m in pattern.finditer(text):
        long, short = m["long"].strip(), m["short"]
        words = long.split()
        # trim leading words until the initials line up ("The Islamic State" -> "Islamic State")
        while words and words[0][0] != short[0]:
            words = words[1:]
        if not words:
            continue
        long = " ".join(words)
        initials = "".join(w[0] for w in words if w[0].isupper())
        if short.upper() == initials or (len(set(short.upper()) & set(initials)) >= 2 and short[0] == initials[0]):
            start = m.end("long") - len(long)
            pairs.append((short, long, start, m.end("long")))
    return pairs


@cache
def _table_pattern() -> re.Pattern[str]:
    names = {n for row in ACTOR_TABLE for n in row[0]
             if len(n) > _SCAN_MIN or (len(n) == _SCAN_MIN and not n.isupper())}
    names = {n for n in names if not n.lower().startswith("the ")}
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])")


def _scan_table(text: str) -> list[NamedSpan]:
    """Curated actor names that appear in the text, as ORG spans (NER misses many group names)."""
    return [NamedSpan(m.start(), m.end(), "ORG", m.group()) for m in _table_pattern().finditer(text)]


def repair_mentions(text: str, ents: list[NamedSpan]) -> list[NamedSpan]:
    """NER spans of interest, repaired from context (see the module docstring)."""
    out: list[NamedSpan] = []
    for span in ents:
        if span.label not in ENTITY_LABELS:
            continue
        start, end, label = span.start, span.end, span.label
        start += junk_before_name(text[start:end])
        while end > start and text[end - 1] in "’'.,-":
            end -= 1
        if text[end - 2 : end] in ("’s", "'s"):
            end -= 2
        name = text[start:end].strip()
        if not name or not (name[0].isupper() or name[0].isdigit() or name.lower().startswith(_PREFIXES)):
            continue  # "attacker": a common noun
        if label == "PERSON" and _TITLE_FRAGMENT.match(name):
            continue  # "Brig" of "Brig. Gen. Haider Fadhil"
        if name.isupper() and len(name) > 4 and text[end : end + 1] == "," and (start == 0 or text[start - 1] == "\n"):
            continue  # the dateline's place ("MOGADISHU, Somalia --")
        if label == "ORG" and _ROLE_BEFORE.search(text[max(0, start - 60) : start]) and _PERSONISH.match(name):
            label = "PERSON"  # "Cauca governor Lucía Fernanda Idrobo"
        out.append(NamedSpan(start, end, label, name))
    # Acronym expansions the NER split ("Islamic State of Iraq" | "and Syria") become one ORG span.
    for _short, long, l_start, l_end in _acronym_pairs(text):
        covered = [s for s in out if s.start < l_end and l_start < s.end]
        if covered and not any(s.start == l_start and s.end == l_end for s in covered):
            label = "ORG" if any(s.label == "ORG" for s in covered) or len(covered) > 1 else covered[0].label
            out = [s for s in out if s not in covered]
            out.append(NamedSpan(l_start, l_end, label, long))
    for extra in _scan_table(text):
        if not any(s.start < extra.end and extra.start < s.end for s in out):
            out.append(extra)
        else:
            # a table name longer than the NER span ("Rights Watch" of "Human Rights Watch") replaces it
            inner = [s for s in out if extra.start <= s.start and s.end <= extra.end and
                     (s.start, s.end) != (extra.start, extra.end)]
            if inner and all(extra.start <= s.start and s.end <= extra.end for s in out
                             if s.start < extra.end and extra.start < s.end):
                out = [s for s in out if s not in inner]
                out.append(extra)
    return sorted(out, key=lambda s: s.start)


def _fold(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower().strip()


def _is_place(text: str, person: Entity, places: set[str]) -> bool:
    """A 'person' that NER tags as a place elsewhere in the article, that names a country or capital,
    or whose mentions (every occurrence of the name) mostly sit where places sit."""
    names = [person.name, *person.aliases]
    if any(_fold(n) in places for n in names) or any(country_of(_fold(n)) for n in names):
        return True
    spans: list[tuple[int, int]] = []
    at = text.find(person.name)
    while at != -1 and len(spans) < 12:
        spans.append((at, at + len(person.name)))
        at = text.find(person.name, at + len(person.name))
    return _reads_as_place(text, spans or person.mentions)


def _reads_as_place(text: str, mentions: list[tuple[int, int]]) -> bool:
    """True when most mentions of a 'person' sit where places sit: 'district of X', 'X neighborhood'."""
    placey = 0
    for start, end in mentions:
        before = text[max(0, start - 40) : start]
        after = text[end : end + 30]
        if _LOCATIVE_AFTER.match(after) or _LOCATIVE_BEFORE.search(before):
            placey += 1
        if _RANK_BEFORE.search(before) or _ROLE_BEFORE.search(before):
            return False
    return placey * 2 > len(mentions) and placey >= 1


class EntityStage:
    name = "entities"
    requires: tuple[str, ...] = ("nlp",)
    assigns: tuple[str, ...] = ("entities",)

    def __call__(self, article: Article) -> Article:
        assert article.nlp is not None
        text = article.text
        acronyms = {short: long for short, long, _s, _e in _acronym_pairs(text)}
        entities: list[Entity] = []
        by_key: dict[str, Entity] = {}
        for span in repair_mentions(text, article.nlp.ents):
            key = _key(span.text)
            if not key:
                continue
            entity = _find(by_key, entities, key, span.label, acronyms)
            if entity is None:
                entity = Entity(id="", name=key, label=span.label)
                entities.append(entity)
            elif key.lower() != entity.name.lower() and key.lower() not in (a.lower() for a in entity.aliases):
                if span.label == "PERSON" and entity.label == "PERSON" and len(key) > len(entity.name):
                    entity.aliases.append(entity.name)  # a fuller name seen later becomes the name
                    entity.name = key
                elif span.label == "ORG" and key in acronyms.values() and entity.name in acronyms:
                    entity.aliases.append(entity.name)  # the expansion names the group; the acronym is an alias
                    entity.name = key
                else:
                    entity.aliases.append(key)
            by_key[key.lower()] = entity
            entity.mentions.append((span.start, span.end))
        places = {_fold(span.text) for span in article.nlp.ents if span.label in ("GPE", "LOC", "FAC")}
        entities = [e for e in entities if not (e.label == "PERSON" and _is_place(text, e, places))]
        entities = _group_entities(text, article.nlp.ents, entities)
        for entity in entities:
            if entity.label == "PERSON" and any(_ORG_AFTER.match(text[e : e + 30]) for _s, e in entity.mentions):
                entity.label = "ORG"  # "al-Furqan media arm": an organisation NER read as a person
        for number, entity in enumerate(entities, start=1):
            entity.id = f"e{number}"
        for entity in entities:
            if entity.label == "GROUP":
                continue  # classified when built
            if entity.label == "PERSON":
                _person_aliases(entity)
            if entity.label == "NORP":
                entity.country = DEMONYMS.get(entity.name.lower())  # a people, not an actor: country only
                continue
            kind = classify_actor(entity.name, entity.aliases, entity.label)
            if kind is not None:
                entity.actor_type, entity.sector, entity.country = kind
        _generic_group_mentions(text, entities)
        _possessive_affiliations(text, entities)
        for entity in entities:
            if entity.label == "PERSON":
                _role_and_affiliation(text, entity, entities)
        article.entities = entities
        return article


_GROUP_TAIL = re.compile(r"^\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)")


def _group_entities(text: str, ents: list[NamedSpan], entities: list[Entity]) -> list[Entity]:
    """'Iraqi special forces', 'Kenyan police', 'U.S. officials': a people or country with an actor noun
    becomes a GROUP entity (the NORP mention it starts with moves to it)."""
    groups: dict[str, Entity] = {}
    moved: set[tuple[int, int]] = set()
    for span in ents:
        if span.label not in ("NORP", "GPE"):
            continue
        m = _GROUP_TAIL.match(text[span.end : span.end + 60])
        if not m:
            continue
        words = m.group(1).split()
        for n in range(len(words), 0, -1):
            noun = " ".join(words[:n])
            if noun_sector(noun) is None or not noun_sector(words[n - 1]):
                continue
            phrase = f"{span.text} {noun}"
            kind = lookup_actor(phrase)
            if kind is None or kind[2] is None:
                continue
            key = phrase.lower()
            group = groups.get(key)
            if group is None:
                group = groups[key] = Entity(id="", name=phrase, label="GROUP")
                group.actor_type, group.sector, group.country = kind
            group.mentions.append((span.start, span.end + m.start(1) + len(noun)))
            moved.add((span.start, span.end))
            break
    for entity in entities:
        entity.mentions = [mention for mention in entity.mentions if mention not in moved]
    return [e for e in entities if e.mentions] + list(groups.values())


_ORG_AFTER = re.compile(r"^\s+(?:media (?:arm|wing|outlet)|news agency|agency|foundation|brigades?|battalion|"
                        r"militia|movement|party|group|network|front|organi[sz]ation|institute|company)\b")


def _person_aliases(person: Entity) -> None:
    """'Abu Bakr al-Baghdadi' is also 'al-Baghdadi' and 'Baghdadi'; 'Al-Baghdadi' at a sentence start is the same."""
    names = [person.name, *person.aliases]
    last = person.name.split()[-1]
    derived: list[str] = []
    if len(person.name.split()) > 1 and last.lower().startswith(_PREFIXES):
        derived = [last[0].lower() + last[1:], _surname(person.name)]
    seen = {person.name.lower()}
    aliases: list[str] = []
    for alias in [*derived, *names[1:]]:
        if alias.lower() not in seen:
            seen.add(alias.lower())
            aliases.append(alias)
    person.aliases = aliases


def _possessive_affiliations(text: str, entities: list[Entity]) -> None:
    """"ISIS’s al-Furqan media arm", "the militant group’s al-Furqan": the owner is the affiliation."""
    for entity in entities:
        if entity.affiliation or entity.label not in ("ORG", "PERSON"):
            continue
        for start, _end in entity.mentions:
            if text[max(0, start - 3) : start] not in ("’s ", "'s "):
                continue
            owner = next((o for o in entities if o is not entity and o.label == "ORG" and
                          any(e == start - 3 for _s, e in o.mentions)), None)
            if owner is not None:
                entity.affiliation = owner.id
                if entity.label == "ORG" and entity.actor_type is None:
                    entity.actor_type, entity.sector, entity.country = owner.actor_type, owner.sector, owner.country
                break


def _find(
    by_key: dict[str, Entity], entities: list[Entity], key: str, label: str, acronyms: dict[str, str]
) -> Entity | None:
    found = by_key.get(key.lower())
    if found:
        return found
    long = acronyms.get(key)
    short = next((s for s, lng in acronyms.items() if lng.lower() == key.lower()), None)
    for other in (long, short):
        if other and other.lower() in by_key:
            return by_key[other.lower()]
    table_kind = classify_actor(key, None, "ORG") if label != "PERSON" else None
    if table_kind is not None and label == "ORG":
        # two names of one curated group ("ISIS", "Islamic State") are one entity
        for entity in entities:
            if entity.label == "ORG" and _same_table_row(key, entity):
                return entity
    if label == "PERSON":
        surname = _surname(key).lower()
        matches = []
        for entity in entities:
            names = [entity.name, *entity.aliases]
            if entity.label == "PERSON" and any(_surname(n).lower() == surname for n in names):
                matches.append(entity)
        if len(key.split()) == 1 or len(matches) == 1:
            # a bare surname goes to the latest person of that surname; full names must not clash
            full_clash = len(key.split()) > 1 and any(
                len(n.split()) > 1 and n.lower() != key.lower() and _surname(n).lower() == surname
                and n.split()[0].lower() != key.split()[0].lower()
                for m in matches for n in [m.name, *m.aliases]
            )
            if matches and not full_clash:
                return matches[-1]
    return None


def _same_table_row(key: str, entity: Entity) -> bool:
    names = {n.lower() for n in [entity.name, *entity.aliases]}
    for row_names, *_rest in ACTOR_TABLE:
        lowered = {n.lower() for n in row_names}
        if key.lower() in lowered and names & lowered:
            return True
    return False


def _generic_group_mentions(text: str, entities: list[Entity]) -> None:
    """'the militant group' is a mention of the article's one armed group, when it has exactly one."""
    armed = [e for e in entities if e.actor_type in ("Rebel group", "Political militia") and e.label == "ORG"]
    if len(armed) != 1:
        return
    group = armed[0]
    for m in _GENERIC_GROUP.finditer(text):
        if m.start() > min(s for s, _ in group.mentions):
            group.mentions.append((m.start(), m.end()))
    group.mentions.sort()


def _role_and_affiliation(text: str, person: Entity, entities: list[Entity]) -> None:
    for start, end in person.mentions[:6]:  # roles are given at the first mentions
        w_start = max(0, start - 80)
        before = text[w_start:start]
        after = text[end : end + 120]
        role: str | None = None
        org: Entity | None = None
        rank = _RANK_BEFORE.search(before)
        lead_end = start  # where the words in front of the name (and its rank) end
        if rank:
            key = re.sub(r"\s+", " ", rank["rank"].lower())
            role = _RANKS.get(key) or " ".join(_RANKS.get(p, p) for p in key.split())
            lead_end = w_start + rank.start("rank")
        pre = _ROLE_BEFORE.search(text[w_start:lead_end])
        if pre:
            role = role or re.sub(r"\s+", " ", pre["role"]).lower()
            org = _entity_ending_at(entities, w_start + pre.start("role"), text)
        appos = _APPOS_AFTER.match(after)
        if appos and re.search(rf"\b(?:{_ROLE_WORDS})\b", appos["desc"], re.I):
            desc = appos["desc"]
            d_start = end + appos.start("desc")
            if not role:
                role = re.sub(r"^(?:[\w.’'-]+[’']s\s+|its\s+|his\s+|her\s+|their\s+)", "", desc).strip()
                role = re.sub(r"\s+(?:of|for|at)\s+.*$", "", role)
            org = org or _entity_inside(entities, d_start, d_start + len(desc))
            if org is None and _GROUP_REF.match(desc):
                org = nearest_org(entities, text, start)
        b_start = max(0, lead_end - 160)
        before_appos = _APPOS_BEFORE.search(text[b_start:lead_end])
        if before_appos and re.search(rf"\b(?:{_ROLE_WORDS})\b", before_appos["role"], re.I):
            role = role or before_appos["role"].lower()
            o_start, o_end = b_start + before_appos.start("org"), b_start + before_appos.end("org")
            org = org or _entity_inside(entities, o_start, o_end)
        if role and not person.role:
            person.role = role
        if org is not None and org is not person and not person.affiliation:
            person.affiliation = org.id
        if person.role and person.affiliation:
            break
    _person_kind(person, entities)


_GROUP_REF = re.compile(r"(?:group|organi[sz]ation|agency|ministry|movement|party|campaign|company|network)[’']s\b|"
                        r"(?:its|their)\b", re.I)
_SPEECH_AFTER = re.compile(r"^[’']?s?\s*(?:,[^,]{1,80},\s*)?(?:\w+\s+)?(?:said|says|warned|stated|announced|"
                           r"reported|claimed|told|added|urged|called|accused|denied|confirmed)\b")


def nearest_org(entities: list[Entity], text: str, at: int) -> Entity | None:
    """What 'the group' refers to: the nearest organisation before ``at`` that has spoken, else the nearest."""
    best: tuple[int, Entity] | None = None
    speaking: tuple[int, Entity] | None = None
    for entity in entities:
        if entity.label != "ORG":
            continue
        for s, e in entity.mentions:
            if s >= at:
                continue
            if best is None or s > best[0]:
                best = (s, entity)
            if _SPEECH_AFTER.match(text[e : e + 100]) and (speaking is None or s > speaking[0]):
                speaking = (s, entity)
    chosen = speaking or best
    return chosen[1] if chosen else None


def _person_kind(person: Entity, entities: list[Entity]) -> None:
    org = next((e for e in entities if e.id == person.affiliation), None)
    if org is not None:
        person.country = org.country
        person.actor_type = org.actor_type
        person.sector = org.sector
    sector = role_sector(person.role) if person.role else None
    if sector:
        if person.sector in (None, "GOV", "MIL") or org is None:
            person.sector = sector if not (org and org.sector in ("REB", "PRM") and sector in ("MIL", "GOV")) \
                else org.sector
        if org is None and sector in ("MIL", "COP"):
            person.actor_type = person.actor_type or STATE


def _entity_ending_at(entities: list[Entity], pos: int, text: str) -> Entity | None:
    """The ORG/NORP entity whose mention ends right before ``pos`` ('State Department spokesman')."""
    for entity in entities:
        if entity.label not in ("ORG", "NORP"):
            continue
        for _s, e in entity.mentions:
            if e <= pos and pos - e <= 4 and not text[e:pos].strip(" ’'s"):
                return entity
    return None


def _entity_inside(entities: list[Entity], start: int, end: int) -> Entity | None:
    for entity in entities:
        if entity.label in ("ORG", "NORP") and any(start <= s and e <= end for s, e in entity.mentions):
            return entity
    return None


__all__ = ["DEMONYMS", "EntityStage", "repair_mentions"]
