"""Where an event happened: the place the events stage gives each event.

The place named in the event's own clause or sentence (a town before the province or country
that holds it), then the town a definite "the city" / "the town" refers back to, then the
paragraph's, then the dateline's. A mention that only says where someone comes from ("refugees
from Aleppo"), where a route ends ("a train bound for Peshawar"), whose nationality or government
it is ("Iraq's army", "the president of Syria", "the U.S. embassy") or what the event is compared
with ("like the attack in Paris") is never an event's place.
"""

from __future__ import annotations

import re

from ..model import Article, Location, Place

__all__ = ["best_place_in", "event_place", "is_event_place", "location_of"]

_ORIGIN_BEFORE = re.compile(
    r"\b(?:(?:from|out of)(?:\s+(?:the|their|his|her|its|an?)?\s*(?:[\w’'-]+\s+){0,3}(?:in|of))?|native of|natives of|"
    r"born in|hails from|citizens? of|nationals? of|deported to|returned to|flown to|extradited to|"
    r"(?:bound|headed|heading|en route|on (?:its|their|the) way|travel(?:l)?ing|going)\s+"
    r"(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:wards?)?\s+)?(?:for|to))"
    r"\s+(?:the\s+)?$", re.I)
# "a train from Quetta to Peshawar": both ends of a route are not where it was attacked
# ("from Quetta, Balochistan, to Peshawar", "on its way north to Peshawar")
_ROUTE_END_BEFORE = re.compile(r"\bfrom\s+[A-Z][^.;:!?]{0,60}?,?\s+to\s+(?:the\s+)?$")
# "the city", "the town": a definite reference back to the last-named town ("The city of more than
# one million people fell" after a paragraph about Mosul); not "the city of Tikrit", which names one.
_QUALIFIES = re.compile(r"\b([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}),\s+(?:the\s+(?:[\w-]+\s+){0,2}"
                        r"(?:capital|city|town|district|province|region|state|county)\s+of\s+(?:the\s+)?)?$")
_ANAPHOR = re.compile(r"\b[Tt]he\s+(?:(?:old|northern|southern|eastern|western|embattled|besieged|strategic|"
                      r"coastal|border|capital)\s+)?(city|town|village|capital)\b(?!\s+of\s+[A-Z])(?!['’]s\s+[A-Z])")
_ANAPHOR_FEATURES = {"city": ("city",), "capital": ("city",), "town": ("city", "locality", "district"),
                     "village": ("city", "locality", "district")}
_SPECIFIC = {"city", "locality", "district", "landmark"}
_UNITS = {"admin1", "admin2", "country", "region"}
# "Kirkuk, some 100 miles southeast of Mosul": Mosul only locates Kirkuk
_REFERENCE_BEFORE = re.compile(
    r"\b(?:miles|mi|km|kilometres|kilometers)\s+(?:\w+\s+)?(?:north|south|east|west|northeast|northwest|"
    r"southeast|southwest)\s+of\s+(?:the\s+)?$", re.I)
# "towards the border with Niger": the neighbour across a border is not where it happened
_BORDER_WITH_BEFORE = re.compile(r"\bborders? (?:with|of)\s+(?:the\s+)?$", re.I)
_COMPARISON_BEFORE = re.compile(
    r"\b(?:like|unlike|than|as in|similar to|compared (?:with|to)|reminiscent of|echoes of|recalled|"
    r"the same as in|as happened in|as did)\s+(?:(?:the|a|an|in|at)\s+)?(?:\w+\s+){0,3}$", re.I)
_ACTOR_NOUNS = (r"government|president|prime minister|minister|ministry|embassy|ambassador|army|military|"
                r"forces|troops|police|officials?|authorities|envoy|king|leader|leadership|people|"
                r"citizens|delegation|spokes(?:man|woman|person)|parliament|regime|navy|air force|"
                r"intelligence|foreign ministry|consulate|mission|coalition|allies|representatives?")
_OF_ACTOR_BEFORE = re.compile(r"\b(?:" + _ACTOR_NOUNS + r")\s+(?:of|to|for|from)\s+(?:the\s+)?$", re.I)
_ACTOR_AFTER = re.compile(r"^(?:['’]s)?\s+(?:\w+\s+){0,1}(?:" + _ACTOR_NOUNS + r")\b", re.I)
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|at|near|outside|inside|around|across|into|on|throughout|of|towards?|within|"
    r"(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+(?:of|part of))"
    r"\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}$", re.I)
_CLAUSE_BREAK = re.compile(r";|\s[-–—]\s|,\s+(?:while|whereas|but|and)\s", re.I)
_RANK = {"landmark": 1.0, "district": 1.0, "locality": 0.8, "city": 0.6, "admin2": 0.3, "admin1": 0.0,
         "region": -0.6, "country": -0.8}


def is_event_place(article: Article, start: int, end: int) -> bool:
    """Can this place mention be where something happened, not an origin, nationality or comparison?"""
    text = article.text
    before = text[max(0, start - 40) : start]
    after = text[end : end + 40]
    route = text[max(0, start - 90) : start]  # "from Quetta, the provincial capital of Balochistan, to"
    if _ORIGIN_BEFORE.search(before) or _COMPARISON_BEFORE.search(before) or _ROUTE_END_BEFORE.search(route):
        return False
    if _OF_ACTOR_BEFORE.search(before) or _BORDER_WITH_BEFORE.search(before):
        return False
    # "from Quetta, Balochistan", "to Peshawar, the provincial capital of Khyber Pakhtunkhwa": a qualifier
    # shares its town's role
    qualified = _QUALIFIES.search(route)
    if qualified is not None:
        q_start = start - len(route) + qualified.start(1)
        q_place = any(s == q_start for p in article.places for s, _ in p.mentions)
        if q_place and not is_event_place(article, q_start, q_start + len(qualified.group(1))):
            return False
    # "Iraq's army", "U.S. officials": the name says whose actor, unless it is plainly a location
    # ("in Mosul's Samah district" keeps Samah).
    return not (_ACTOR_AFTER.match(after) and not _LOCATIVE_BEFORE.search(before[-12:]))


def best_place_in(article: Article, anchor: int, start: int, end: int) -> Place | None:
    """The best event place mentioned within [start, end) for an event whose trigger is at ``anchor``."""
    text = article.text
    dateline = article.dateline
    scored: list[tuple[float, Place]] = []
    for place in article.places:
        for m_start, m_end in place.mentions:
            if not (start <= m_start < end):
                continue
            if dateline is not None and dateline.start is not None and dateline.start <= m_start < (dateline.end or 0):
                continue
            if not is_event_place(article, m_start, m_end):
                continue
            score = _RANK.get(place.feature or "", 0.5) - abs(m_start - anchor) / 120
            lo, hi = sorted((anchor, m_start))
            if _CLAUSE_BREAK.search(text[lo:hi]):
                score -= 0.6  # another clause of the sentence
            if _LOCATIVE_BEFORE.search(text[max(0, m_start - 30) : m_start]):
                score += 0.5
            if _REFERENCE_BEFORE.search(text[max(0, m_start - 40) : m_start]):
                score -= 1.5  # a reference point; the event is at the place it locates
            scored.append((score, place))
    # "near Sibi in Balochistan province", "Kalat, Pakistan": a unit holding a town the sentence
    # names only locates that town; the event is in the town
    towns = [p for _, p in scored if p.feature in _SPECIFIC]
    narrowed = [(sc, p) for sc, p in scored if not (p.feature in _UNITS and any(_holds(p, t) for t in towns))]
    return max(narrowed or scored, key=lambda s: s[0])[1] if scored else None


def _holds(unit: Place, town: Place) -> bool:
    """Does a region, country or first-level unit contain this town (by the gazetteer's codes)?"""
    if unit.feature == "region":
        return True  # "the Middle East", "the Sahel": never finer than a town the sentence names
    if unit.country is None or unit.country != town.country:
        return False
    if unit.feature == "country":
        return True
    return unit.admin1 is None or town.admin1 is None or unit.name in (town.admin1,) or unit.admin1 == town.admin1


def _anaphor_place(article: Article, sentence_start: int, sentence_end: int) -> Place | None:
    """The town a definite 'the city' / 'the town' in the sentence refers back to: the last one named
    before it (its own name, not a parent's guess; no origin or comparison)."""
    m = _ANAPHOR.search(article.text, sentence_start, sentence_end)
    if m is None:
        return None
    features = _ANAPHOR_FEATURES[m.group(1).lower()]
    dateline = article.dateline
    earlier = [
        (s, p) for p in article.places for s, e in p.mentions
        if s < sentence_start and p.feature in features and p.resolved_via != "parent"
        and is_event_place(article, s, e)
        and not (dateline is not None and dateline.start is not None and dateline.start <= s < (dateline.end or 0))
    ]
    return max(earlier, key=lambda c: c[0])[1] if earlier else None


def event_place(article: Article, anchor: int, sentence_start: int, sentence_end: int) -> tuple[Place | None, bool]:
    """The place of an event whose trigger starts at ``anchor``, and whether it was named in the
    event's own sentence (the events stage trusts those more)."""
    best = best_place_in(article, anchor, sentence_start, sentence_end)
    referred = _anaphor_place(article, sentence_start, sentence_end)
    # "killed 11 miners in the city, ... a company operated by China": the town referred to beats
    # a country or province the sentence names
    if referred is not None and (best is None or best.feature in _UNITS):
        return referred, True
    if best is not None:
        return best, True
    para_start = article.text.rfind("\n\n", 0, sentence_start)
    para_start = 0 if para_start < 0 else para_start
    # the paragraph so far: the nearest place named before the sentence
    previous = [
        (s, p) for p in article.places for s, e in p.mentions
        if para_start <= s < sentence_start and is_event_place(article, s, e)
        and not (article.dateline and article.dateline.start is not None
                 and article.dateline.start <= s < (article.dateline.end or 0))
    ]
    if previous:
        # the last one named, but not a country, region or province holding a town named with it
        towns = [p for _, p in previous if p.feature in _SPECIFIC]
        specific = [(s, p) for s, p in previous if p.feature not in ("country", "region")
                    and not (p.feature in _UNITS and any(_holds(p, t) for t in towns))] or previous
        return max(specific, key=lambda c: c[0])[1], False
    if article.dateline and article.dateline.place_id:
        return article.place(article.dateline.place_id), False
    return None, False


def location_of(article: Article, place: Place | None) -> Location | None:
    """An event's location with ACLED geo_precision: 1 the town itself, 2 a part of or a place
    near a town (resolved through its parent), 3 a region, province or country."""
    if place is None:
        return None
    if place.resolved_via == "parent" or place.feature == "admin2":
        precision = 2
    elif place.feature in ("admin1", "country", "region"):
        precision = 3
    else:
        precision = 1
    return Location(place.name, place.lat, place.lon, place.country, place.admin1, precision)
