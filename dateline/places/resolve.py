"""The places stage: find toponyms and resolve them to coordinates.

Recognition: spaCy GPE/LOC/FAC spans, plus capitalised words the gazetteer knows that spaCy
missed or mislabelled, plus the dateline. Resolution ranks gazetteer candidates by an explicit
hint ("Kirkuk, Iraq"), the article's country context, and population. A name the gazetteer does
not know, in a containment phrase ("the eastern district of Gogjali", "Mosul's Samah district"),
resolves to the containing place with ``resolved_via: parent``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..model import Article, Place
from .gazetteer import GazEntry, Gazetteer, normalise_name

PLACE_LABELS = {"GPE", "LOC", "FAC"}
# spaCy labels that a gazetteer match may override when the name is a known place
OVERRIDABLE = {"", "PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART"}
_CAPITALISED = re.compile(r"\b[A-Z][\w’'-]+(?:\s+(?:al-|el-|de\s+|du\s+)?[A-Z][\w’'-]+){0,3}")
_CONTAINED = re.compile(
    r"(?:district|neighbou?rhood|suburb|quarter|village|area|camp|town)s?\s+(?:of\s+)?$|"
    r"^\s+(?:district|neighbou?rhood|suburb|quarter|area|camp)\b|^,\s+an?\s+(?:village|town|"
    r"district|suburb|neighbou?rhood)\s+(?:near|in|outside|of)\b",
    re.I,
)
_FEATURE_RANK = {"country": 3, "admin1": 2, "city": 1}


@dataclass
class _Mention:
    start: int
    end: int
    text: str
    from_ner: bool


class PlaceStage:
    name = "places"
    requires: tuple[str, ...] = ("nlp", "dateline")
    assigns: tuple[str, ...] = ("places",)

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        # Names worth matching without spaCy's say-so: places of some size, no common words.
        self.known_names = frozenset(gazetteer.matcher_names())

    def __call__(self, article: Article) -> Article:
        assert article.nlp is not None
        mentions = self._mentions(article)
        groups: dict[str, list[_Mention]] = {}
        for m in mentions:
            groups.setdefault(normalise_name(m.text), []).append(m)
        context = self._country_context(article, groups)
        groups = {k: g for k, g in groups.items() if self._plausible(g, context)}
        places: list[Place] = []
        unresolved: list[list[_Mention]] = []
        for group in groups.values():
            entry = self._resolve(article.text, group, context)
            if entry is None:
                unresolved.append(group)
                continue
            places.append(_place(f"p{len(places) + 1}", entry, group))
        for group in unresolved:
            parent = self._container(article, group, places)
            if parent is not None:
                place = Place(
                    id=f"p{len(places) + 1}", name=group[0].text,
                    mentions=[(m.start, m.end) for m in group], lat=parent.lat, lon=parent.lon,
                    country=parent.country, admin1=parent.admin1, feature="district",
                    resolved_via="parent", parent=parent.id,
                )
                places.append(place)
        _add_repeated_mentions(article.text, places)
        article.places = places
        if article.dateline is not None:
            d = article.dateline
            article.dateline.place_id = next(
                (p.id for p in places for s, _ in p.mentions if d.start is not None and d.start <= s < (d.end or 0)),
                None,
            )
        return article

    def _mentions(self, article: Article) -> list[_Mention]:
        assert article.nlp is not None
        text = article.text
        found: list[_Mention] = []
        taken: list[tuple[int, int]] = []
        blocking: list[tuple[int, int]] = []
        for ent in article.nlp.ents:
            if ent.label in PLACE_LABELS:
                span = _strip_the(text, ent.start, ent.end)
                found.append(_Mention(span[0], span[1], text[span[0] : span[1]], True))
                taken.append(span)
            elif ent.label not in OVERRIDABLE or len(ent.text.split()) > 1:
                blocking.append((ent.start, ent.end))
        if article.dateline is not None and article.dateline.start is not None:
            for part in re.finditer(r"[^,]+", article.dateline.text):
                s = article.dateline.start + part.start() + (len(part.group()) - len(part.group().lstrip()))
                e = article.dateline.start + part.end()
                if not any(s < te and ts < e for ts, te in taken):
                    found.append(_Mention(s, e, text[s:e], False))
                    taken.append((s, e))
        for m in _CAPITALISED.finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken + blocking):
                continue
            if m.group() in self.known_names and _is_proper_use(text, s):
                found.append(_Mention(s, e, m.group(), False))
                taken.append((s, e))
        return sorted(found, key=lambda m: m.start)

    def _plausible(self, group: list[_Mention], context: Counter[str]) -> bool:
        """A name only the gazetteer saw must be a country or region, or lie in the article's
        countries: "Brig." or "Arab" are not places in a report from Iraq."""
        if any(m.from_ner for m in group) or not context:
            return True
        entries = self.gazetteer.lookup(group[0].text, limit=5)
        return any(e.feature != "city" or e.country in context for e in entries)

    def _country_context(self, article: Article, groups: dict[str, list[_Mention]]) -> Counter[str]:
        """Countries the article is about: named countries, big unambiguous cities, the dateline."""
        context: Counter[str] = Counter()
        for group in groups.values():
            entries = self.gazetteer.lookup(group[0].text, limit=3)
            if not entries or not entries[0].country:
                continue
            top = entries[0]
            is_own_name = normalise_name(top.name) == normalise_name(group[0].text)
            big_city = top.feature == "city" and top.population >= 100_000 and is_own_name
            if top.feature != "country" and not (big_city and len({e.country for e in entries}) == 1):
                continue
            weight = len(group)
            if article.dateline and any(m.start == article.dateline.start for m in group):
                weight += 3
            context[top.country] += weight  # type: ignore[index]  # checked non-empty above
        return context

    def _resolve(self, text: str, group: list[_Mention], context: Counter[str]) -> GazEntry | None:
        name = group[0].text
        hint = None
        for m in group:
            hint = hint or _explicit_hint(text, m, self.gazetteer)
        candidates = self.gazetteer.lookup(name, country=hint, limit=10) if hint else []
        candidates = candidates or self.gazetteer.lookup(name, limit=10)
        if not candidates and context:
            candidates = self.gazetteer.fuzzy(name, context.most_common(1)[0][0])
        if not candidates:
            return None
        if context and not any(e.country in context for e in candidates):
            # Far from everything else in the article: only a name's own place will do, not a
            # place that merely lists it among alternate spellings ("Samah" -> Sanya, China).
            candidates = [e for e in candidates if normalise_name(e.name) == normalise_name(name)
                          or e.feature != "city"]
            if not candidates:
                return None

        def score(entry: GazEntry) -> float:
            s = _FEATURE_RANK.get(entry.feature, 0) * 2.0
            s += min(entry.population, 20_000_000) ** 0.25 / 10
            if entry.country and context:
                s += 3.0 * context[entry.country] / max(sum(context.values()), 1)
            return s

        return max(candidates, key=score)

    def _container(self, article: Article, group: list[_Mention], places: list[Place]) -> Place | None:
        """The resolved city a not-found name sits in, when the text says it is contained."""
        text = article.text
        for m in group:
            before = text[max(0, m.start - 40) : m.start]
            after = text[m.end : m.end + 40]
            if not (_CONTAINED.search(before) or _CONTAINED.search(after)):
                continue
            candidates = [
                (s, p) for p in places if p.feature == "city" for s, _ in p.mentions
                if (s < m.start and "\n\n" not in text[s : m.start]) or (s < m.start and m.start - s < 400)
            ]
            if candidates:
                return max(candidates, key=lambda c: c[0])[1]
        return None


def _add_repeated_mentions(text: str, places: list[Place]) -> None:
    """One sense per article: every other occurrence of a resolved name is the same place."""
    taken = {span for p in places for span in p.mentions}
    for place in places:
        for surface in {text[s:e] for s, e in place.mentions}:
            for m in re.finditer(r"\b" + re.escape(surface) + r"\b", text):
                if not any(m.start() < e and s < m.end() for s, e in taken):
                    place.mentions.append(m.span())
                    taken.add(m.span())
        place.mentions.sort()


def _strip_the(text: str, start: int, end: int) -> tuple[int, int]:
    if text[start : start + 4].lower() == "the ":
        start += 4
    if text[end - 2 : end] in ("'s", "’s"):
        end -= 2
    return start, end


def _is_proper_use(text: str, start: int) -> bool:
    """A capitalised word at the start of a sentence may be an ordinary word."""
    before = text[max(0, start - 2) : start]
    return not (start == 0 or (before.strip() in (".", "!", "?", "") and "\n" in text[max(0, start - 2) : start]))


def _explicit_hint(text: str, m: _Mention, gazetteer: Gazetteer) -> str | None:
    """'Kirkuk, Iraq' -> 'IQ'; 'Springfield, Illinois' -> the country of Illinois."""
    after = re.match(r",\s*([A-Z][\w.'’ -]{2,30}?)(?=[,.;:)\s]|$)", text[m.end : m.end + 40])
    if not after:
        return None
    hinted = gazetteer.lookup(after.group(1), limit=1)
    if hinted and hinted[0].feature in ("country", "admin1"):
        return hinted[0].country
    return None


def _place(place_id: str, entry: GazEntry, group: list[_Mention]) -> Place:
    return Place(
        id=place_id,
        name=entry.name,
        mentions=[(m.start, m.end) for m in group],
        geonameid=entry.geonameid,
        lat=entry.lat,
        lon=entry.lon,
        country=entry.country,
        admin1=entry.admin1,
        feature=entry.feature,
        resolved_via="country" if entry.feature == "country" else "gazetteer",
    )
