"""Cross-article event merging: many reports of one incident become one merged event.

Two event mentions are the same event when all of these agree (ACLED's unit: one day, one place,
one pair of actors):

1. type family: the violent types (battles, remote violence, violence against civilians, mob
   violence, property destruction) form one family because outlets describe one attack as a
   "clash", an "attack" or a "bombing"; protests and riots form another; every other strategic
   development is its own family (an arrest never merges with an agreement);
2. modality: an asserted attack never merges with a threatened or negated one;
3. date: the date spans overlap, give or take one day ("overnight" and time zones shift the day):
   a day is itself, a week-precision date ±3 days, a month or year its whole span, other vague dates
   ±15 days. A mention without a date takes the week before its article's publication date;
4. place: both points within ``MAX_KM`` (25 km); or, for the same sub-event type, within 50 km when
   one side is only "near" its place (geo_precision 2); or one side is only known to its region
   (geo_precision 3) and both lie in the same admin1; a country-only place merges only with the same
   sub-event type. (The same admin1 alone is not enough at precision 2: Tessalit and Kidal town are
   both in Kidal region, 195 km apart);
6. mentions from articles of different story clusters (``dateline.store.cluster``) also need the
   same sub-event type and a named actor that matches: unrelated stories rarely report one event;
7. two different sub-types of one family (a "clash" and an "attack") must also agree on the day
   without the one-day slack.
5. actors: no conflict (a conflict is two named actors whose names share no word and whose actor
   types differ); reports that name the sides in the other order agree when a swapped pair matches.

The merged event takes the most precise place and date of its mentions, the most reported
sub-event type and actors, and the most conservative consistent fatality figure: the lowest positive
figure when any mention reports deaths (a "0" in an early report is taken as superseded by counted
deaths), else 0 when one says nobody died, else unknown. ``fatalities_high`` keeps the highest.
Its id is derived from its first mention and never changes as later articles join it.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date as Day
from datetime import timedelta
from functools import lru_cache

from ..events.taxonomy import SUB_EVENT_TYPES
from ..places.geo import km

MAX_KM = 25.0
# Dates one day apart still agree: "overnight", time zones and late reports shift the day.
SLACK = timedelta(days=1)

_VIOLENT_FAMILY = "violence"
_VIOLENT_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
_DEMO_TYPES = {"Protests", "Riots"}
# Sub-types that read as violence whatever their ACLED event type.
_VIOLENT_SUBTYPES = {"Mob violence", "Looting/property destruction", "Excessive force against protesters"}


def family(event_type: str, sub_event_type: str) -> str:
    """The coarse kind two mentions must share to be one event."""
    if event_type in _VIOLENT_TYPES or sub_event_type in _VIOLENT_SUBTYPES:
        return _VIOLENT_FAMILY
    if event_type in _DEMO_TYPES:
        return "demonstration"
    return sub_event_type


@dataclass
class Mention:
    """One event as one article reported it: the unit the merger compares."""

    article_id: str
    event_id: str
    event_type: str
    sub_event_type: str
    modality: str = "asserted"
    date: str | None = None
    time_precision: int | None = None
    published: str | None = None
    location: str | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    admin1: str | None = None
    geo_precision: int | None = None
    actor1: str | None = None
    actor1_type: str | None = None
    actor2: str | None = None
    actor2_type: str | None = None
    fatalities: int | None = None
    injured: int | None = None
    confidence: float = 0.5
    source: str | None = None
    story_id: str | None = None

    @property
    def family(self) -> str:
        return family(self.event_type, self.sub_event_type)

    def interval(self) -> tuple[Day, Day] | None:
        return date_interval(self.date, self.time_precision, self.published)


@dataclass
class MergedFields:
    """What a merged event says: shared by the merge's working record and the store's public view."""

    id: str
    event_type: str
    sub_event_type: str
    modality: str
    date: str | None
    time_precision: int | None
    location: str | None
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    geo_precision: int | None
    actor1: str | None
    actor1_type: str | None
    actor2: str | None
    actor2_type: str | None
    fatalities: int | None
    fatalities_high: int | None
    injured: int | None
    confidence: float
    n_mentions: int
    n_articles: int
    n_sources: int
    first_report: str | None
    last_report: str | None


@dataclass
class Merged(MergedFields):
    """The merged event's representative fields, recomputed from its mentions, plus what matching needs."""

    family: str
    date_lo: str | None
    date_hi: str | None
    mentions: list[Mention] = field(default_factory=list, repr=False)
    stories: frozenset[str] = frozenset()


def merged_id(first: Mention) -> str:
    """Stable: depends only on the mention that founded the merged event."""
    return "m" + hashlib.sha256(f"{first.article_id}/{first.event_id}".encode()).hexdigest()[:15]


# --- dates -----------------------------------------------------------------------------------


def _parse_day(text: str) -> Day | None:
    try:
        return Day.fromisoformat(text[:10])
    except ValueError:
        return None


def date_interval(value: str | None, precision: int | None, published: str | None) -> tuple[Day, Day] | None:
    """The span of days a reported date may mean."""
    if value:
        if re.fullmatch(r"\d{4}", value):
            year = int(value)
            return Day(year, 1, 1), Day(year, 12, 31)
        if re.fullmatch(r"\d{4}-\d{2}", value):
            year, month = int(value[:4]), int(value[5:7])
            if not 1 <= month <= 12:
                return None
            last = (Day(year + month // 12, month % 12 + 1, 1) - timedelta(days=1))
            return Day(year, month, 1), last
        day = _parse_day(value)
        if day is None:
            return None
        slack = {1: 0, 2: 3}.get(precision or 1, 15)
        return day - timedelta(days=slack), day + timedelta(days=slack)
    if published:
        day = _parse_day(published)
        if day is not None:
            return day - timedelta(days=7), day
    return None


def _overlap(a: tuple[Day, Day] | None, b: tuple[Day, Day] | None, slack: timedelta = SLACK) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return a[0] <= b[1] + slack and b[0] <= a[1] + slack


# --- places ----------------------------------------------------------------------------------



@lru_cache(maxsize=4096)
def _fold(text: str | None) -> str:
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


def place_distance(a: Mention | Merged, b: Mention | Merged, same_subtype: bool) -> float | None:
    """A distance-like score in km when the places agree, None when they do not."""
    if a.country is None and b.country is None and a.lat is None and b.lat is None:
        return 0.0 if _fold(a.location) == _fold(b.location) else None
    if a.country and b.country and a.country != b.country:
        return None
    if a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None:
        d = km(a.lat, a.lon, b.lat, b.lon)
        if d <= MAX_KM:
            return d
        # "Near X" (precision 2) is looser, but only for the same kind of event.
        if same_subtype and max(a.geo_precision or 1, b.geo_precision or 1) >= 2 and d <= 2 * MAX_KM:
            return d
    # Only the region is known (precision 3): the same admin1 is as close as the report lets us tell.
    regional = max(a.geo_precision or 1, b.geo_precision or 1) >= 3
    if regional and a.admin1 and b.admin1 and _fold(a.admin1) == _fold(b.admin1):
        return MAX_KM
    country_only_a = (a.geo_precision or 1) >= 3 and not a.admin1
    country_only_b = (b.geo_precision or 1) >= 3 and not b.admin1
    if (country_only_a or country_only_b) and a.country and a.country == b.country and same_subtype:
        return 2 * MAX_KM
    return None


# --- actors ----------------------------------------------------------------------------------

_STOP = {"the", "a", "an", "of", "and", "in", "on", "for", "to", "at", "by", "forces", "force", "group", "s"}


@lru_cache(maxsize=4096)
def _words(name: str | None) -> frozenset[str]:
    return frozenset({w for w in re.findall(r"\w+", _fold(name)) if w not in _STOP and len(w) > 1})


def _actor_agrees(name_a: str | None, type_a: str | None, name_b: str | None, type_b: str | None) -> bool:
    if not name_a or not name_b:
        return True
    if _words(name_a) & _words(name_b):
        return True
    return not (type_a and type_b and type_a != type_b)


def _positive(name_a: str | None, type_a: str | None, name_b: str | None, type_b: str | None) -> bool:
    return bool(name_a and name_b and (_words(name_a) & _words(name_b) or (type_a and type_a == type_b)))


def actors_match(a: Mention | Merged, b: Mention | Merged) -> bool:
    """Some actor is named on both sides and matches (the word or the actor type)."""
    names = [(a.actor1, a.actor1_type), (a.actor2, a.actor2_type)]
    others = [(b.actor1, b.actor1_type), (b.actor2, b.actor2_type)]
    return any(_positive(n1, t1, n2, t2) for n1, t1 in names for n2, t2 in others)


def actors_agree(a: Mention | Merged, b: Mention | Merged) -> bool:
    """No actor conflict as reported, or none once actor1/actor2 are swapped and a swapped pair matches."""
    if _actor_agrees(a.actor1, a.actor1_type, b.actor1, b.actor1_type) and _actor_agrees(
            a.actor2, a.actor2_type, b.actor2, b.actor2_type):
        return True
    swapped = _actor_agrees(a.actor1, a.actor1_type, b.actor2, b.actor2_type) and _actor_agrees(
        a.actor2, a.actor2_type, b.actor1, b.actor1_type)
    return swapped and (_positive(a.actor1, a.actor1_type, b.actor2, b.actor2_type)
                        or _positive(a.actor2, a.actor2_type, b.actor1, b.actor1_type))


# --- matching and combining ------------------------------------------------------------------


def match_score(mention: Mention, merged: Merged) -> float | None:
    """How well a mention fits a merged event (lower is better), or None when it must not join."""
    if mention.family != merged.family or mention.modality != merged.modality:
        return None
    lo_hi = None
    if merged.date_lo and merged.date_hi:
        lo, hi = _parse_day(merged.date_lo), _parse_day(merged.date_hi)
        lo_hi = (lo, hi) if lo and hi else None
    same_subtype = mention.sub_event_type == merged.sub_event_type
    # Different sub-types of one family (a "clash" and an "attack") must agree on the very day.
    if not _overlap(mention.interval(), lo_hi, SLACK if same_subtype else timedelta(0)):
        return None
    distance = place_distance(mention, merged, same_subtype)
    if distance is None or not actors_agree(mention, merged):
        return None
    # Articles about different stories rarely report one event: ask for the same kind and a named actor.
    other_story = bool(mention.story_id and merged.stories and mention.story_id not in merged.stories)
    if other_story and not (same_subtype and actors_match(mention, merged)):
        return None
    return distance + (0.0 if same_subtype else 10.0)


def _most_common(values: Sequence[str | None]) -> str | None:
    counted = Counter(v for v in values if v)
    return counted.most_common(1)[0][0] if counted else None


def conservative_fatalities(figures: Sequence[int | None]) -> tuple[int | None, int | None]:
    """(the figure to report, the highest reported): see the module docstring."""
    known = [f for f in figures if f is not None]
    if not known:
        return None, None
    positive = [f for f in known if f > 0]
    return (min(positive) if positive else 0), max(known)


def combine(mid: str, mentions: Sequence[Mention]) -> Merged:
    """The merged event of these mentions (the first founded it)."""
    first = mentions[0]
    # Most precise place, then the one most mentions name.
    place_votes = Counter(_fold(m.location) for m in mentions if m.location)
    placed = [m for m in mentions if m.location] or list(mentions)
    where = min(placed, key=lambda m: (m.geo_precision or 9, m.lat is None, -place_votes[_fold(m.location)]))
    dated = [m for m in mentions if m.date]
    when = min(dated, key=lambda m: (m.time_precision or 9, m.date or "")) if dated else None
    spans = [s for s in (m.interval() for m in mentions) if s]
    # The merged span is where the mentions agree (their intersection); when they disagree, the span
    # of the most precise date, so that conflicting dates never widen what later mentions may join.
    lo = max((s[0] for s in spans), default=None)
    hi = min((s[1] for s in spans), default=None)
    if lo is not None and hi is not None and lo > hi:
        best = (when.interval() if when else None) or spans[0]
        lo, hi = best
    sub = Counter(m.sub_event_type for m in mentions).most_common()
    top = max(n for _, n in sub)
    sub_event_type = next(s for s, n in sub if n == top)  # ties: the earliest reported
    event_type = SUB_EVENT_TYPES[sub_event_type][0] if sub_event_type in SUB_EVENT_TYPES else first.event_type
    actor1 = _most_common([m.actor1 for m in mentions])
    actor2 = _most_common([m.actor2 for m in mentions])
    fatalities, high = conservative_fatalities([m.fatalities for m in mentions])
    injured = [m.injured for m in mentions if m.injured is not None]
    miss = 1.0
    for m in mentions:
        miss *= 1.0 - min(max(m.confidence, 0.0), 0.99)
    articles = {m.article_id for m in mentions}
    sources = {m.source or m.article_id for m in mentions}
    reports = sorted(m.published for m in mentions if m.published)
    return Merged(
        id=mid, family=first.family, event_type=event_type, sub_event_type=sub_event_type,
        modality=first.modality,
        date=when.date if when else None, time_precision=when.time_precision if when else None,
        date_lo=lo.isoformat() if lo else None, date_hi=hi.isoformat() if hi else None,
        location=where.location, lat=where.lat, lon=where.lon, country=where.country or first.country,
        admin1=where.admin1, geo_precision=where.geo_precision,
        actor1=actor1, actor1_type=next((m.actor1_type for m in mentions if m.actor1 == actor1), None),
        actor2=actor2, actor2_type=next((m.actor2_type for m in mentions if m.actor2 == actor2), None),
        fatalities=fatalities, fatalities_high=high, injured=min(injured) if injured else None,
        confidence=round(1.0 - miss, 4), n_mentions=len(mentions), n_articles=len(articles),
        n_sources=len(sources), first_report=reports[0] if reports else None,
        last_report=reports[-1] if reports else None, mentions=list(mentions),
        stories=frozenset(m.story_id for m in mentions if m.story_id),
    )


def best_match(mention: Mention, candidates: Sequence[Merged]) -> Merged | None:
    scored = [(s, c.id, c) for c in candidates if (s := match_score(mention, c)) is not None]
    return min(scored, key=lambda t: (t[0], t[1]))[2] if scored else None


def merge_all(mentions: Sequence[Mention]) -> list[Merged]:
    """Merge a whole set in order, in memory (what the store does one article at a time)."""
    groups: dict[str, list[Mention]] = {}
    merged: dict[str, Merged] = {}
    for mention in mentions:
        found = best_match(mention, list(merged.values()))
        mid = found.id if found else merged_id(mention)
        groups.setdefault(mid, []).append(mention)
        merged[mid] = combine(mid, groups[mid])
    return list(merged.values())
