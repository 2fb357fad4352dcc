"""The places stage: find toponyms and resolve them to coordinates.

Recognition: spaCy GPE/LOC/FAC spans, plus capitalised words the gazetteer knows that spaCy
missed or mislabelled, plus the dateline. Demonyms ("Iraqi forces", "a Somali official") are not
place mentions; they, and the countries and big cities the article names, give country context.

Resolution scores each gazetteer candidate of a name by population and feature type, the
article's country and first-level-unit context, an explicit hint ("Kirkuk, Iraq"; "Parkland,
Fla.") and proximity to the other places of the article (a second pass). A name the gazetteer
does not know, in a containment phrase ("the eastern district of Gogjali", "Mosul's Samah
district", "X, a village near Y"), or a landmark ("Press Street", "Al-Shifa Hospital"), resolves
to the containing place with ``resolved_via: parent``.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..clean import find_dateline
from ..model import Article, Place
from ..names import junk_before_name
from . import aliases
from .gazetteer import GazEntry, Gazetteer, is_common_word, normalise_name
from .geo import km

PLACE_LABELS = {"GPE", "LOC", "FAC"}
# spaCy labels that a gazetteer match may override when the name is a known place
OVERRIDABLE = {"", "PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART"}
_CAPITALISED = re.compile(r"\b[A-Z][\w’'-]+(?:\s+(?:al-|el-|de\s+|du\s+|of\s+)?[A-Z][\w’'-]+){0,3}")
_CONTAINED_BEFORE = re.compile(
    r"(?:district|neighbou?rhood|suburb|quarter|village|area|camp|town|locality|hamlet)s?"
    r"\s+(?:of\s+)?$", re.I)
_CONTAINED_AFTER = re.compile(
    r"^\s+(?:district|neighbou?rhood|suburb|quarter|area|camp)\b|^,\s+an?\s+(?:\w+\s+){0,2}(?:village|"
    r"town|district|suburb|neighbou?rhood|area|camp|locality|hamlet)\s+(?:near|in|outside|of|north|south|"
    r"east|west)\b", re.I)
# The head words of a local feature: a name ending in one is inside some town of the article.
_LANDMARK = re.compile(
    r"\b(?:street|st\.?|road|rd\.?|avenue|ave\.?|boulevard|blvd\.?|lane|highway|square|bridge|"
    r"hospital|school|university|college|church|mosque|cathedral|temple|synagogue|market|bazaar|"
    r"airport|airbase|air base|base|station|stadium|park|prison|palace|hotel|mall|plaza|port|"
    r"harbou?r|camp|checkpoint|crossing|district|neighbou?rhood|quarter|village|compound|center|"
    r"centre|building|tower|library|museum|court(?:house)?|hall)$", re.I)
_STATE_ABBR = re.compile(
    "|".join(re.escape(a) for a in sorted(aliases.US_STATE_ABBREVIATIONS, key=len, reverse=True)))
_SPECIFIC = {"city", "district", "locality", "landmark"}
# Courts are named after their building but act in the news ("the Supreme Court ruled")
_ACTOR_BUILDING = re.compile(r"\bcourt$", re.I)
# ... and so do research and policy centres ("Pew Research Center", "a Justice Center report")
_ACTOR_CENTRE = re.compile(r"\b(?:research|policy|studies|strategic|study|law|media|information|data|democracy|"
                           r"peace|security|progress|justice|rights)\s+cent(?:er|re)$", re.I)
# "X, a village near Y"; "Northwestern Memorial Hospital in Chicago", "Le Bernardin, New York": the
# place right after holds it
_NEAR_PLACE_AFTER = re.compile(r",\s+an?\s+(?:\w+\s+){0,2}\w+\s+(?:near|in|outside|of)\s+")
_IN_PLACE_AFTER = re.compile(r"(?:,\s+|\s+(?:in|at|near|outside)\s+(?:the\s+)?(?:downtown\s+|central\s+)?)")
_STATE_WORD = re.compile(r" state\b")
# Schools that carry a place's or a people's name abroad ("Liverpool Academy" in Cairo)
_BRANCH_SCHOOL = re.compile(r"\b(?:international\s+school|academy)$", re.I)
_SCHOOL = re.compile(r"\b(?:school|college|academy|lyc[eé]e)$", re.I)
# "Beledweyne District", "Hiran Region": a unit named after its main town or its region. Not "County"
# or "State": "Ohio County" and "McLean County" lie far from Ohio and McLean, "Colorado State" is a school.
_UNIT_NAME = re.compile(r"^(.+?)\s+(?:District|Province|Region|Governorate|Prefecture|Oblast)$")
# "the towns of Bocaranga and Bazoum": what follows names places
_PLACES_OF = re.compile(
    r"\b(?:towns|cities|villages|provinces|regions|states|districts|counties|countries|areas|communities)"
    r"\s+(?:of\s+)?(?:the\s+)?$")
# "in Beledweyne", "the town of Beledweyne": a name spaCy calls a person, used as a place
_LOCATIVE_BEFORE_PERSON = re.compile(
    r"(?:\b(?:in|at|near|outside|from)|\b(?:town|city|village|port|capital|district|province|region) of)\s+$")
# "Chibok in Borno State", "Bazoum, Central African Republic": a place and the unit holding it
_HINT_AFTER = re.compile(r"(?:,\s+|\s+in\s+(?:the\s+)?)([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})")
# "(AP Photo/Ron Schwane)", "(Image: Gareth Copley/Getty)", "(Zen Trinidad/PNA)": names in a photo credit
_PHOTO_CREDIT = re.compile(
    r"\((?:[^()/]{0,30}\b(?:Photo|Image|Picture)s?\b[^()]{0,50}|[^()/]{1,40}/\s*(?:[A-Z]{2,6}|Getty(?: Images)?|"
    r"Reuters|Shutterstock|Alamy))\)")
# "Western", "Central": a unit's name that is only a direction
_COMPASS_UNIT = re.compile(r"(?:North|South|East|West|Central|(?:North|South)-?(?:east|west))(?:ern)?", re.I)
# "Minister of Armed Forces Florence Parly": a title, then (a few words on) a person's name
_TITLE_BEFORE = re.compile(
    r"\b(?:Minister|President|Secretary|Ambassador|Governor|Senator|Mayor|General|Director|Chairman|Chairwoman|"
    r"Commissioner|Spokesman|Spokeswoman|Spokesperson|Chancellor|Premier|Envoy|Judge|Justice|Lt\.|Col\.|Gen\.|"
    r"Sgt\.|Dr\.|Mr\.|Mrs\.|Ms\.)(?:\s+[\w-]+){0,4}\s+$")
# "the Hilton hotel": a hotel's own name (not "a Kabul hotel", a hotel in Kabul)
_HOTEL_NAME = re.compile(r"[Tt]he [\w\s'’.-]+ hotel")
# a lone generic noun NER calls a place: "City" for Manchester City, "State" for the State Department
_GENERIC = re.compile(r"(?:City|Town|Village|State|County|Province|Region|District|Capital)")
_SEAS_AFTER = re.compile(r"\s+seas?\b")
# "the real estate agency, Yuzawa,": a name in apposition to a firm is the firm's, not a place
_ORGANISATION_BEFORE = re.compile(
    r"\b(?:agency|company|firm|group|brand|chain|restaurant|store|shop|start-?up|publication|newspaper|"
    r"magazine|website|label|charity|foundation|organi[sz]ation|NGO|nonprofit),\s+$")
# the rest of a capitalised name: "California" + " Polytechnic State University"
_NAME_GOES_ON = re.compile(r"(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'&.-]*)+")
_DOTTED = re.compile(r"(?<![\w.&])(?:(?:[A-Z]\.){2,}|[A-Z]&[A-Z](?![\w&]))")
# "State and Hubbard streets", "Hubbard street": a name before a lower-case street word is a street's
_STREET_AFTER = re.compile(
    r"(?:\s+and\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)?\s+(?:streets?|avenues?|roads?|boulevards?)\b")
# A town outside every country the article names must be a big one: "Delft" in a report from Cape
# Town is its township, not the Dutch city; unknown, it resolves through its parent.
_FAR_TOWN_MIN_POPULATION = 200_000
# A city this big makes its namesakes a twentieth its size need an explicit hint.
_BIG_NAMESAKE = 300_000
# A town smaller than this, further than this from all the other places of an article, is some
# other place of the same name (a golf club, a hall), resolved through its parent.
_ISOLATED_MAX_POPULATION, _ISOLATED_KM = 50_000, 800
_FUZZY_MIN_LETTERS = 6
# How many places of a name are read at first ("Franklin" has more)
_LOOKUP_LIMIT = 12
# What the capital of a country the article names gains against its namesakes.
_NAMED_CAPITAL = 1.5
# A town this big of the story's countries holds a name the gazetteer lacks before a namesake abroad.
_HOME_TOWN_MIN_POPULATION = 10_000
# What a unit abroad loses against a town of the article's own countries.
_FOREIGN_UNIT_PENALTY = 1.5
# The head words of streets and of counties, shared by the rules below.
_STREET_WORDS = r"street|st\.?|road|rd\.?|avenue|ave\.?|boulevard|blvd\.?"
_COUNTY_WORDS = r"county|township|parish|borough"
_COUNTY_END = re.compile(rf"\b(?:{_COUNTY_WORDS})$", re.I)
_STREET_OR_COUNTY = re.compile(rf"(?:{_STREET_WORDS}|{_COUNTY_WORDS})$", re.I)
# "Montgomery County Democrats": a body of a county the gazetteer lacks, in the article's town there
_IN_COUNTY = re.compile(r"\w\s+(?:County|Township|Parish|Borough)\s+\w")
# A clock time in an American time zone: "7 a.m. CT", "11:59pm PDT"
_US_TIME = re.compile(r"\b\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?\s+\(?(?:[ECMP][SD]?T)\b")
_MISSION_WORDS = r"embassy|consulate|high commission"
_EMBASSY = re.compile(rf"\b(?:{_MISSION_WORDS})\b", re.I)
# The seats of a state's power: in the capital, not at the country's centre.
_STATE_BODY = re.compile(
    r"\b(?:bank|ministry|parliament|senate|congress|cabinet|government|presidency|assembly|duma|knesset|"
    r"treasury|foreign office|supreme court|constitutional court|high court|central committee|"
    r"national (?:museum|library|theatre|gallery))\b", re.I)
_ABROAD = re.compile(rf"\b(?:{_MISSION_WORDS}|mission|delegation|community|diaspora)\b", re.I)
# Names whose head says the place is a street: "Washington Street" is not in Washington.
# Nor for a unit of another level: "Montgomery County" is not the city of Montgomery; nor for the
# sea: the "Gulf of Guinea" is not in Guinea (a strait, river or lake lies by its namesake).
_NOT_INSIDE_NAMESAKE = re.compile(
    rf"\b(?:{_STREET_WORDS}|lane|drive|highway|way|{_COUNTY_WORDS}|district|province|state|region|"
    r"sea|ocean|gulf|bay)$|^(?:gulf|bay|sea)\s+of\b", re.I)


@dataclass
class _Mention:
    start: int
    end: int
    text: str
    from_ner: bool
    label: str = ""


@dataclass
class _Context:
    countries: Counter[str] = field(default_factory=Counter)
    admin1: set[tuple[str | None, str]] = field(default_factory=set)
    # units named as a hint ("Camp Murray, Wash."): the article's bare "Washington" is likely that one
    hinted_admin1: set[tuple[str | None, str]] = field(default_factory=set)
    named: int = 0  # how much of the country context comes from places (not demonyms)
    # what each group's own first reading added, as a place or as another name's hint ("Ramor
    # Theatre, Virginia"): a name does not vouch for itself
    own: dict[str, Counter[str]] = field(default_factory=dict)
    own_hints: dict[str, set[tuple[str | None, str]]] = field(default_factory=dict)
    # counties the article names ("Suffolk County"), by the name they carry alone ("suffolk")
    counties: dict[str, GazEntry] = field(default_factory=dict)
    # common words met only after a lower-case "the" ("the Valley", "the West")
    after_the: set[str] = field(default_factory=set)

    def share(self, country: str | None) -> float:
        total = sum(self.countries.values())
        return self.countries[country] / total if country and total else 0.0

    def without(self, key: str) -> _Context:
        """The context less what the group ``key`` added to it itself."""
        if key not in self.own:
            return self
        own = self.own[key]
        hinted = self.hinted_admin1 - self.own_hints.get(key, set())
        return replace(self, countries=self.countries - own, hinted_admin1=hinted, named=self.named - own.total())


@dataclass
class _Group:
    key: str
    mentions: list[_Mention]
    candidates: list[GazEntry] = field(default_factory=list)
    hint: tuple[str, str | None] | None = None
    choice: GazEntry | None = None
    street: bool = False  # every mention is a street's name: "at State and Hubbard streets"
    embedded: bool = False  # candidates are those of a known part of the name ("Cavan Town Hall")
    # candidates that carry the name only among GeoNames' alternate names ("Franklin" for Columbus)
    alternate_only: set[GazEntry] = field(default_factory=set)
    # every mention is the head of an organisation's or a work's name ("the Venice Commission")
    in_name: bool = False


class PlaceStage:
    name = "places"
    requires: tuple[str, ...] = ("nlp", "dateline")
    assigns: tuple[str, ...] = ("places",)

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        # Names worth matching without spaCy's say-so: places of some size, no common words.
        self.known_names = frozenset(gazetteer.matcher_names())
        self._weighted = lru_cache(maxsize=20_000)(self._lookup_uncached)
        self._fuzzy = lru_cache(maxsize=20_000)(self._fuzzy_uncached)
        self._capital = lru_cache(maxsize=512)(gazetteer.capital)
        self._own_in_country = lru_cache(maxsize=20_000)(self._own_in_country_uncached)

    def _fuzzy_uncached(self, name: str, country: str) -> tuple[GazEntry, ...]:
        # names under six letters are too short to misspell safely ("Qiang" is no Qitang)
        return tuple(self.gazetteer.fuzzy(name, country)) if len(normalise_name(name)) >= _FUZZY_MIN_LETTERS else ()

    def _lookup_uncached(self, name: str) -> tuple[tuple[GazEntry, float], ...]:
        return tuple(self.gazetteer.lookup_weighted(name, limit=_LOOKUP_LIMIT))

    def _lookup(self, name: str) -> list[GazEntry]:
        return [e for e, _ in self._weighted(name)]

    def _own_names(self, name: str) -> list[GazEntry]:
        """Places that carry ``name`` as their own name or a curated alias, not only as an alternate."""
        return [e for e, w in self._weighted(name) if w >= 0.5]

    # --- the stage ------------------------------------------------------------------------------

    def __call__(self, article: Article) -> Article:
        assert article.nlp is not None
        mentions, people = self._mentions(article)
        article.places = self._places(article, mentions, guess=False)
        _add_repeated_mentions(article.text, article.places, people)
        if article.dateline is not None:
            d = article.dateline
            article.dateline.place_id = next(
                (p.id for p in article.places for s, _ in p.mentions
                 if d.start is not None and d.start <= s < (d.end or 0)),
                None,
            )
        return article

    def resolve_spans(self, article: Article, spans: Sequence[tuple[int, int]]) -> list[Place | None]:
        """Resolve given toponym spans (gold names, a user's selection): one place per span.

        Every span gets a guess: an adjective of nationality its country, a name the gazetteer
        does not know the article's main place near it.
        """
        text = article.text
        mentions = [_Mention(s, e, text[s:e], True) for s, e in spans]
        places = self._places(article, mentions, guess=True)
        by_span = {span: p for p in places for span in p.mentions}
        return [by_span.get((s, e)) for s, e in spans]

    # --- recognition ----------------------------------------------------------------------------

    def _mentions(self, article: Article) -> tuple[list[_Mention], list[tuple[int, int]]]:
        """The place mentions, and the spans of people's names read on the way."""
        assert article.nlp is not None
        text = article.text
        found: list[_Mention] = []
        taken: list[tuple[int, int]] = []
        blocking: list[tuple[int, int]] = []
        # "Beledweyne District", "Bocaranga and Bazoum" tagged a person or an organisation: places
        # all the same, their names left to the gazetteer matcher below
        misread = {(ent.start, ent.end) for ent in article.nlp.ents
                   if ent.label in ("PERSON", "ORG") and self._misread_places(text, ent.start, ent.end)}
        people = [(s, e) for s, e in _people(article) if not any(ms <= s and e <= me for ms, me in misread)]
        credits = [m.span() for m in _PHOTO_CREDIT.finditer(text)]  # "(Zen Trinidad/PNA)": a photographer
        blocking += credits
        # "Khalil" alone after "Mahmoud Khalil", "Aden" after "Shamsa Mohamed Aden": a surname the
        # article already gave a person
        surnames = {w for s, e in people for w in text[s:e].split()[1:]}
        # ... unless spaCy reads it alone as a place, again and again and as nothing else ("Erdogan
        # Ankara" in a run-on heading, "Ankara" eleven times a place)
        alone: dict[str, Counter[str]] = {}
        for ent in article.nlp.ents:
            alone.setdefault(text[ent.start : ent.end], Counter())[ent.label] += 1
        surnames = {w for w in surnames if not (
            sum(alone.get(w, Counter()).values()) >= 3 and set(alone[w]) <= PLACE_LABELS)}
        for ent in article.nlp.ents:
            if (ent.start, ent.end) in misread or any(cs <= ent.start and ent.end <= ce for cs, ce in credits):
                continue
            if (ent.label == "ORG" and _is_landmark(ent.text) and not _ACTOR_BUILDING.search(ent.text)
                    and not _ACTOR_CENTRE.search(ent.text)):
                # "Al-Shifa Hospital", "Carnegie Library": a building spaCy calls an organisation
                s, e = _strip_the(text, ent.start, ent.end)
                found.append(_Mention(s, e, text[s:e], True, "FAC"))
                taken.append((s, e))
            elif ent.label in PLACE_LABELS:
                s, e = _strip_the(text, ent.start, ent.end)
                e = self._mended_end(text, s, e, surnames)
                if not text[s:e][:1].isupper() or _GENERIC.fullmatch(text[s:e]) or self._someone_else_s(text, s, e):
                    continue  # "veranda": no name at all; "City" alone
                if _continues_a_name(text, s, people) or self._surname(text[s:e], surnames):
                    blocking.append((s, e))  # "Ursula von der" + "Leyen"; "Khalil" after "Mahmoud Khalil"
                    continue
                if self._part_of_compound(text, s, e):
                    continue  # "Guinea" of "Guinea-Bissau" (matched whole below) or of "Guinea-Lanta"
                unit = _UNIT_NAME.match(text[s:e])
                if unit and not self._lookup(text[s:e]) and _as_written(unit.group(1)) in self.known_names:
                    e = s + unit.end(1)  # "Beledweyne District", which the gazetteer lacks: Beledweyne
                state = _STATE_WORD.match(text, e)
                if state and self._admin1s(f"{text[s:e]} State"):
                    e = state.end()  # "Washington state": the state, while "Washington" alone is the capital
                if demonym_country(text[s:e]) is not None or _is_modifier_use(text, e):
                    blocking.append((s, e))  # "Somali", "U.S.-led": who, not where
                    continue
                sea = _SEAS_AFTER.match(text, e)
                if sea and f"{text[s:e]} Sea" in self.known_names:  # "the South and East China seas"
                    found.append(_Mention(s, sea.end(), f"{text[s:e]} Sea", True, ent.label))
                    taken.append((s, sea.end()))
                    continue
                found.append(_Mention(s, e, text[s:e], True, ent.label))
                taken.append((s, e))
            elif (ent.label not in OVERRIDABLE and not _misread_date(ent.label, ent.text)) or (
                    len(ent.text.split()) > 1 and not self._is_unit(ent.text)
                    and not ent.text.isupper()  # NER guesses on capitals
                    and not (ent.label == "PERSON" and ent.text in self.known_names)):
                blocking.append((ent.start, ent.end))  # "Kansas City Chiefs", but not "Tamil Nadu" as NORP
        datelines = [(article.dateline.start, article.dateline.text, True)] if (
            article.dateline is not None and article.dateline.start is not None) else []
        # a page of several stories: "\n\nTORONTO — The family of ..." starts another one
        for line in re.finditer(r"\n[ \t]*(?=[A-Z])", text):
            found_dateline = find_dateline(text[line.end() : line.end() + 200])
            if found_dateline is not None and found_dateline.start is not None:
                datelines.append((line.end() + found_dateline.start, found_dateline.text, False))
        for start, written, own in datelines:
            for part in re.finditer(r"[^,/]+", written):  # "ISLAMABAD/PENTAGON": both
                s = start + part.start() + (len(part.group()) - len(part.group().lstrip()))
                e = start + part.end()
                if not own and _as_written(text[s:e]) not in self.known_names:
                    continue  # "NOTE: ..." inside the text is no dateline
                if not any(s < te and ts < e for ts, te in taken):
                    # as sure a place as spaCy's: kept when it lies outside the countries the text names
                    found.append(_Mention(s, e, text[s:e], True, "DATELINE"))
                    taken.append((s, e))
        for m in _CAPITALISED.finditer(text):
            # the whole run of capitalised words, else its parts, longest first
            # ("China-funded Gwadar" -> "Gwadar")
            words = [(w.start() + m.start(), w.end() + m.start()) for w in re.finditer(r"\S+", m.group())]
            for size in range(len(words), 0, -1):
                for i in range(len(words) - size + 1):
                    s, e = words[i][0], words[i + size - 1][1]
                    name = _as_written(text[s:e])
                    known = name in self.known_names and not self._surname(name, surnames)
                    if known or (size == len(words) and self._hinted_small_place(text, s, e)):
                        self._consider(text, s, e, taken, blocking, people, surnames, found)
        for m in _DOTTED.finditer(text):  # "C.A.R.", "T&T", which the run above cannot start
            if m.group() in self.known_names:
                self._consider(text, m.start(), m.end(), taken, blocking, people, surnames, found)
        return sorted(found, key=lambda m: m.start), people

    def _mended_end(self, text: str, start: int, end: int, surnames: set[str]) -> int:
        """Where a name spaCy cut or ran on really ends: "Bosnia and" + "Herzegovina" whole, a bare
        trailing "and" dropped; "Africa Erdogan" (a run-on heading) without the person's surname."""
        name = text[start:end]
        conj = re.search(r"\s+(?:and|or|&)$", name)
        if conj:
            more = re.match(r"\s+[A-Z][\w-]*", text[end:])
            if more and _as_written(name + more.group()) in self.known_names:
                return end + more.end()
            return start + conj.start()
        words = name.split()
        if len(words) > 1 and words[-1] in surnames and _as_written(" ".join(words[:-1])) in self.known_names:
            return start + name.rindex(words[-1]) - 1
        return end

    def _someone_else_s(self, text: str, start: int, end: int) -> bool:
        """A place's name used as the name of a firm ("the agency, Yuzawa,"), a hotel ("the Hilton
        hotel") or a person after a title ("Minister of Armed Forces Florence Parly")."""
        return bool(_ORGANISATION_BEFORE.search(text, max(0, start - 40), start)
                    or _HOTEL_NAME.fullmatch(text, max(0, start - 4), end + 6)
                    or self._titled_person(text, start, end))

    def _titled_person(self, text: str, start: int, end: int) -> bool:
        """A town's name that begins a person's name after a title: "Minister of Armed Forces Florence
        Parly" (not "the Mayor of London Sadiq Khan", where the town follows "of")."""
        after = re.match(r"\s+([A-Z][a-z][\w'’-]*)", text[end : end + 30])
        return bool(after and _TITLE_BEFORE.search(text, max(0, start - 60), start)
                    and not re.search(r"\b(?:of|in|from|for|at|to)\s+$", text[max(0, start - 6) : start])
                    and after.group(1) not in self.known_names and not self._names_unit(text[start:end]))

    def _misread_places(self, text: str, start: int, end: int) -> bool:
        """A person or organisation span that is places: "<known place> District" (a unit named
        after its town, which the gazetteer lacks), or "A and B" after "the towns of" with a known
        place among them."""
        name = text[start:end]
        unit = _UNIT_NAME.match(name)
        if unit:
            return _as_written(unit.group(1)) in self.known_names
        if " and " in name and _PLACES_OF.search(text, max(0, start - 40), start):
            return any(_as_written(part) in self.known_names for part in name.split(" and "))
        return False

    def _hinted_small_place(self, text: str, start: int, end: int) -> bool:
        """A name too small for the matcher that the text places in a unit the gazetteer holds it
        in: "from Chibok in Borno State", "Bazoum, Central African Republic"."""
        hint = _HINT_AFTER.match(text, end)
        if hint is None or text[start:end] in self.known_names or is_common_word(text[start:end]):
            return False
        unit = self._lookup(_as_written(hint.group(1)))[:1] if _as_written(hint.group(1)) in self.known_names else []
        if not unit or unit[0].feature not in ("country", "admin1"):
            return False
        u = unit[0]
        return any(e.feature == "city" and e.country == u.country and (u.feature == "country" or e.admin1 == u.admin1)
                   and normalise_name(e.name) == normalise_name(text[start:end])
                   for e in self._lookup(text[start:end]))

    def _consider(self, text: str, s: int, e: int, taken: list[tuple[int, int]], blocking: list[tuple[int, int]],
                  people: list[tuple[int, int]], surnames: set[str], found: list[_Mention]) -> None:
        """Add a gazetteer name found in the text unless it overlaps a taken or blocking span, is a
        common word, a sentence's first word, a demonym, an actor's modifier or spaCy's person."""
        name = text[s:e]
        inner = [m for m in found if s <= m.start and m.end <= e and (m.start, m.end) != (s, e)]
        if " " in name and inner and all(m.from_ner for m in inner) and not any(
                s < be and bs < e for bs, be in blocking):
            # "Port of Spain", of which spaCy took only "Spain": the longer known name wins
            for m in inner:
                found.remove(m)
                taken.remove((m.start, m.end))
        if any(s < te and ts < e for ts, te in taken + blocking):
            return
        person = next(((ps, pe) for ps, pe in people if s < pe and ps < e), None)
        # "in Beledweyne": a name spaCy calls a person that this sentence uses as a place
        # ... or listed with places: "in Žilina, Nitra, Prešov and Košice", "from Gloucester and Cheltenham"
        # (not "In Washington, Kerry said": a comma before is no list)
        listed = any(_listed_next(text, (m.start, m.end), (s, e), comma_before=False)
                     for m in found if m.from_ner)
        # ... or a hashtag: "district #Ghazni"
        locative = ((_LOCATIVE_BEFORE_PERSON.search(text, max(0, s - 30), s) is not None or listed
                     or text[s - 1 : s] == "#") and not text.startswith(("'s", "’s"), e))
        if person is not None and (person != (s, e) or not (self._prominent(name) or " " in name or locative)
                                   or (name in surnames and not locative)):
            # "Austin Rivers": part of a person's name; "Salah", "Nelson": a lone name spaCy calls a
            # person and no place of note; "Miranda" after "Lin-Manuel Miranda", a state's name all the
            # same. "Klamath Falls" or "Kosice" alone are the places.
            return
        if (not is_common_word(name) and _is_proper_use(text, s) and demonym_country(name) is None
                and not _is_modifier_use(text, e) and not self._someone_else_s(text, s, e)):
            found.append(_Mention(s, e, name, False))
            taken.append((s, e))

    def _is_unit(self, name: str) -> bool:
        """A country, first-level unit or region by that very name ("Tamil Nadu"), among the names
        worth matching."""
        return name in self.known_names and self._names_unit(name)

    def _part_of_compound(self, text: str, start: int, end: int) -> bool:
        """A name followed by "-Capitalised" is the first part of another name ("Guinea-Bissau",
        "Kosice-Presov"), unless what follows is a place of its own ("Iran-Iraq war") or the name
        is a country or unit ("US-Taliban talks")."""
        after = re.match(r"-([A-Z][\w’']+)(\s+[a-z])?", text[end : end + 40])
        if after is None:
            return False
        whole = f"{text[start:end]}-{after.group(1)}"
        if whole in self.known_names:
            return True
        # a country stays a place beside a non-place before the thing they share: "US-Taliban talks";
        # not in a name of its own ("Guinea-Lanta, an NGO")
        return _as_written(after.group(1)) not in self.known_names and not (
            self._names_unit(text[start:end]) and after.group(2))

    def _surname(self, name: str, surnames: set[str]) -> bool:
        """A person's surname used alone, unless it names a country or unit ("Jordan", "Kerry")."""
        return name in surnames and not self._names_unit(name)

    def _names_unit(self, name: str) -> bool:
        """The name's first reading is a country, unit or region ("US", "Jordan", "Kerry")."""
        top = self._lookup(name)[:1]
        return bool(top) and top[0].feature in ("country", "admin1", "region")

    def _prominent(self, name: str) -> bool:
        return any(e.feature != "city" or e.population >= 500_000 for e in self._lookup(name)[:3])

    # --- resolution -----------------------------------------------------------------------------

    def _places(self, article: Article, mentions: list[_Mention], guess: bool) -> list[Place]:
        text = article.text
        sentences = article.nlp.sentences if article.nlp is not None else []
        groups: dict[str, _Group] = {}
        for m in mentions:
            key = normalise_name(m.text)
            if guess and m.text in aliases.DEMONYM_REGIONS:  # before the country: "English" is England
                key = normalise_name(aliases.DEMONYM_REGIONS[m.text])
            elif guess and (cc := demonym_country(m.text)):
                key = f"country:{cc}"
            groups.setdefault(key, _Group(key, [])).mentions.append(m)
        for g in groups.values():
            # "at State and Hubbard streets": streets, not the towns of those names
            g.street = all(_STREET_AFTER.match(text, m.end) for m in g.mentions)
            g.candidates = [] if g.street else self._candidates(g)
            g.hint = next((h for m in g.mentions if (h := self._explicit_hint(text, m))), None)
            g.in_name = all(self._in_name(article, m) for m in g.mentions)
        context = self._context(article, groups.values())
        for g in groups.values():
            if g.candidates and not g.hint and len(self._weighted(g.mentions[0].text)) >= _LOOKUP_LIMIT:
                self._add_namesakes_in_named_units(g, context)
            for cc, unit in context.hinted_admin1:
                # "Camp Murray, Wash." ... "Washington": the state the article hinted is a candidate
                if cc and g.key == normalise_name(unit) and g.hint is None:
                    unit_entries = self._admin1(cc, unit)
                    g.candidates = unit_entries + [e for e in g.candidates if e not in unit_entries]
            region = aliases.REGION_IN_CONTEXT.get(g.mentions[0].text)
            if region and region[1] & set(context.countries):  # "a US ally in the Gulf, Qatar"
                g.candidates = [e for e in self._lookup(region[0]) if e.feature == "region"][:1] + g.candidates
            if g.candidates:
                g.candidates = self._plausible(g, context, guess)
            elif not g.street and context.countries and len(g.mentions[0].text.split()) <= 2 and (
                    guess or any(m.label in ("GPE", "LOC", "DATELINE") for m in g.mentions)):
                # a spelling the gazetteer lacks ("Hawija", "Al Hawijah"), among the article's countries'
                # names; not for longer names ("Glenrock State Conservation Area"), which are no spellings
                for cc, _ in context.countries.most_common(2):
                    g.candidates = list(self._fuzzy(g.mentions[0].text, cc))
                    g.candidates = [e for e in g.candidates if _near_spelling(g.mentions[0].text, e.name)]
                    if g.candidates:
                        break
        for g in groups.values():
            if not g.candidates and not g.street:
                g.candidates = self._embedded(g.mentions[0].text, context, groups)
                g.embedded = bool(g.candidates)
        # Pass 1 without, pass 2 with the other places' positions and the kinds of the places listed
        # with it ("from Alabama and Georgia": the state).
        for g in groups.values():
            g.choice = self._choose(g, context, [])
        listed = _listed_with(text, groups.values())
        for g in groups.values():
            anchors = [(o.choice.lat, o.choice.lon) for o in groups.values()
                       if o is not g and o.choice is not None and o.choice.feature in _SPECIFIC and not o.embedded]
            kinds = frozenset((o.choice.feature, o.choice.country) for o in listed.get(g.key, ())
                              if o.choice is not None and o.choice.feature in ("country", "admin1"))
            if anchors or kinds:
                g.choice = self._choose(g, context, anchors, kinds)
                # ... unless it lies in a unit the article names ("towns across Alberta ... Hinton")
                if (g.choice is not None and not g.hint and _isolated(g.choice, anchors)
                        and (g.choice.country, g.choice.admin1) not in context.admin1):
                    g.choice = None

        places: list[Place] = []
        unresolved: list[_Group] = []
        embedded: list[_Group] = []
        by_entry: dict[GazEntry, Place] = {}  # "U.S.", "United States" and "America": one place
        for g in sorted(groups.values(), key=lambda g: g.mentions[0].start):
            if g.choice is None:
                unresolved.append(g)
            elif g.embedded:
                embedded.append(g)
            elif g.choice in by_entry:
                same = by_entry[g.choice]
                same.mentions = sorted(same.mentions + [(m.start, m.end) for m in g.mentions])
            else:
                places.append(_place(f"p{len(places) + 1}", g.choice, g.mentions))
                by_entry[g.choice] = places[-1]
        for p in places:  # a known landmark lies in its town, when the article names it
            if p.feature == "landmark" and p.geonameid is None:
                p.parent = next((q.id for q in places if q.feature == "city" and (q.lat, q.lon) == (p.lat, p.lon)),
                                None)
        home = _home(places, article.dateline.start if article.dateline else None)
        for g in embedded:  # inside the place its name contains: "Cavan Town Hall" in Cavan
            assert g.choice is not None
            m = g.mentions[0]
            if home and g.choice.country != home.country and _branch_school(m.text):
                # "the Liverpool Academy" or "the British International School" in a report from Cairo:
                # a branch there
                places.append(_inside(f"p{len(places) + 1}", text, g.mentions, home, home.id))
                continue
            after = _named_after(text, m, _hosts(places, m))  # "University of California, Los Angeles"
            # ... but not a unit holding the town it is named after: "the Tijuana River in Baja California"
            if after is not None and not (after.feature in ("admin1", "country") and g.choice.feature in _SPECIFIC
                                          and g.choice.country == after.country):
                unresolved.append(g)
                continue
            known = next((p for p in places if p.geonameid is not None and p.geonameid == g.choice.geonameid), None)
            places.append(_inside(f"p{len(places) + 1}", text, g.mentions, g.choice, known.id if known else None))
        for g in unresolved:
            parent = self._container(text, g, places, guess, sentences,
                                     article.dateline.start if article.dateline else None)
            if parent is not None:
                # an embassy in a country stands in its capital: "the Russian Embassy" in a report from the US
                # (not the "British Embassy" put in Britain for want of its host)
                name = g.mentions[0].text
                capital = (self._capital(parent.country) if parent.feature == "country" and parent.country
                           and _EMBASSY.search(name) and parent.country not in {
                               demonym_country(w) for w in name.split()} else None)
                places.append(_inside(f"p{len(places) + 1}", text, g.mentions, capital or parent, parent.id))
        return places

    def _candidates(self, g: _Group) -> list[GazEntry]:
        if g.key.startswith("country:"):
            entry = self.gazetteer.country(g.key.partition(":")[2])
            return [entry] if entry else []
        name = g.mentions[0].text
        if g.key != normalise_name(name):  # an adjective standing for its region
            name = g.key
        state = aliases.US_STATE_ABBREVIATIONS.get(name)
        if state and "." in name:  # "Wash.", "Mont.": the state, not a town spelt alike
            found = self._admin1("US", state)
            if found:
                return found
        found = self._lookup(name)
        if not found and name.endswith(("'s", "’s")):
            name = name[:-2]
            found = self._lookup(name)
        own = self._own_names(name)
        g.alternate_only = {e for e in found if e not in own}
        # "AI" is no alternate name of a Tennessee town, nor "MoD" (the Ministry of Defence) one of Maud
        if len(name) <= 3 and (name.isupper() or any(c.isupper() for c in name[1:])):
            # ... nor is "CHU" (a hospital) the Vietnamese town Chũ: an acronym is a country's or unit's code
            found = [e for e in found if e not in g.alternate_only and not (
                e.feature == "city" and normalise_name(e.name) == normalise_name(name) and e.name != name)]
        if state and any(m.label in ("GPE", "DATELINE") or (m.from_ner and not m.label) for m in g.mentions):
            # "WA" tagged a place, given as one or in a dateline ("HORRY COUNTY, SC (WMBF) -"):
            # Washington, beside Western Australia; the context chooses
            found = found + [e for e in self._admin1("US", state) if e not in found]
        return list(found)

    def _embedded(self, name: str, ctx: _Context, groups: dict[str, _Group]) -> list[GazEntry]:
        """The places a name the gazetteer lacks lies in (``_embedded_in``); a body of a country's
        state sits in its capital: "Bank of Japan" in Tokyo, "Russian Foreign Ministry" in Moscow."""
        found = self._embedded_in(name, ctx, groups)
        # ("Bank of America" is a company in Charlotte)
        if (found and found[0].feature in ("country", "admin1") and found[0].country and _STATE_BODY.search(name)
                and "America" not in name.split()):
            capital = self._capital(found[0].country)
            # a unit's body too when the unit holds the capital: "Bank of England" in London
            if capital and (found[0].feature == "country" or capital.admin1 == found[0].name):
                return [capital]
        return found

    def _embedded_in(self, name: str, ctx: _Context, groups: dict[str, _Group]) -> list[GazEntry]:
        """A name the gazetteer lacks that starts or ends with one it knows: "Cavan Town Hall",
        "Bank of Mexico", "Birmingham City", "West Surrey". The known part is taken when it is a
        country, unit or region, or a town in the article's countries that is big or named on its
        own elsewhere in the article. Not for streets or units of another level ("Jackson County").
        Failing that, a name led by a demonym lies in that country ("Mexican Senate"), unless it
        is a mission abroad ("Russian Embassy")."""
        words = name.split()
        if len(words) < 2 or _NOT_INSIDE_NAMESAKE.search(name):
            return []
        named = set(groups) | {normalise_name(o.candidates[0].name) for o in groups.values()
                               if o.candidates and not o.embedded}
        for size in range(len(words) - 1, 0, -1):
            for part in (" ".join(words[:size]), " ".join(words[-size:])):
                if demonym_country(part) is not None or is_common_word(part):
                    continue
                found = self._own_names(part)
                # a town named on its own in the article is the one its name holds ("Norwich City ... Norwich")
                if part == " ".join(words[:size]) and _STREET_OR_COUNTY.match(words[size]):
                    continue  # "Montgomery County History Center" is not in Montgomery
                if part == " ".join(words[-size:]) and words[-size - 1] == "of":
                    # "Mall of Asia", "Bank of Africa": a continent after "of" is a reach, not a place
                    found = [e for e in found if e.feature != "region"]
                kept = [e for e in found if e.feature in ("country", "admin1", "region", "admin2")
                        or normalise_name(part) in named
                        or (e.country in ctx.countries and e.population >= 100_000)]
                # a town of the name in the story's own country before a unit abroad: "Mwanza District
                # Hospital" in a report from Malawi is not in Tanzania's Mwanza region
                home = [e for e in found if e.country in ctx.countries
                        and (e in kept or e.population >= _HOME_TOWN_MIN_POPULATION)]
                if home and any(e.country not in ctx.countries for e in kept):
                    kept = home
                if _EMBASSY.search(name):  # "Embassy of the Republic of Armenia" stands anywhere but there
                    kept = [e for e in kept if e.feature != "country"]
                if kept and any(e.feature == "region" for e in kept):
                    # "Asia Society Texas Center": a continent leading a name is its reach; a unit inside
                    # the name says where it is
                    inner = [e for i in range(1, len(words) - 1) for e in self._own_names(words[i])
                             if e.feature in ("admin1", "country") and not is_common_word(words[i])]
                    return inner[:1] or kept
                if kept:
                    return kept
        # "European Commission", "African Union", "Scottish Parliament": in the region the adjective names
        for size in (2, 1):
            region = aliases.DEMONYM_REGIONS.get(" ".join(words[:size]))
            if region and len(words) > size and not _ABROAD.search(name):
                found = [e for e in self._own_names(region) if e.feature in ("region", "country", "admin1")]
                if found:
                    return found[:1]
        # "Mexican Senate", "Russian Higher School of Economics": in that country (an embassy is not)
        cc = demonym_country(words[0])
        if cc and not _ABROAD.search(name):
            entry = self.gazetteer.country(cc)
            return [entry] if entry else []
        return []

    def _in_name(self, article: Article, m: _Mention) -> bool:
        """A place name that leads the name of an organisation, a work or an event ("Cambridge
        Analytica", "the Venice Commission"): given where the body began, most often the best-known
        namesake, whatever country the article is about (nearby places and named units still count)."""
        text = article.text
        after = re.match(r" ([A-Z][\w'’.-]*)", text[m.end : m.end + 40])
        if after is None:
            return False
        if article.nlp is not None and any(ent.label in _NAME_LABELS and ent.start <= m.start and m.end < ent.end
                                           for ent in article.nlp.ents):
            return True
        word = after.group(1).rstrip(".")
        return not (_PLACE_HEAD.match(word) or _as_written(word) in self.known_names
                    or _as_written(f"{m.text} {word}") in self.known_names or demonym_country(word) is not None
                    or word in aliases.US_STATE_ABBREVIATIONS or f"{word}." in aliases.US_STATE_ABBREVIATIONS)

    def _add_namesakes_in_named_units(self, g: _Group, ctx: _Context) -> None:
        """A name with more namesakes than the lookup returns ("Franklin", "Newport") also gets its
        towns in the units the article names ("Louisiana") and, failing any in its main countries,
        the biggest there (Newport in a report from Tipperary), placed among the others by population."""
        wanted: list[tuple[str, str | None]] = sorted((cc, u) for cc, u in ctx.admin1 if cc)
        wanted += [(cc, None) for cc, _ in ctx.countries.most_common(2) if cc]
        for cc, unit in wanted:
            if any(e.country == cc and (unit is None or e.admin1 == unit) for e in g.candidates):
                continue
            found = [e for e in self._own_in_country(g.mentions[0].text, cc)
                     if (unit is None or e.admin1 == unit) and e.feature == "city" and e not in g.candidates]
            for e in found if unit else found[:1]:
                at = next((i for i, c in enumerate(g.candidates) if c.population < e.population), len(g.candidates))
                g.candidates.insert(at, e)

    def _own_in_country_uncached(self, name: str, country: str) -> tuple[GazEntry, ...]:
        return tuple(e for e, w in self.gazetteer.lookup_weighted(name, country, limit=60) if w >= 0.5)

    def _admin1s(self, name: str) -> list[GazEntry]:
        """First-level units of that name in any country ("Borno State", "Washington State")."""
        return [e for e in self._lookup(name) if e.feature == "admin1"]

    def _admin1(self, country: str, name: str) -> list[GazEntry]:
        """The first-level unit of that name ("Washington" the state, indexed as "Washington State")."""
        for query in (name, f"{name} State"):
            found = [e for e in self._lookup(query) if e.country == country and e.feature == "admin1"]
            if found:
                return found[:1]
        return []

    def _explicit_hint(self, text: str, m: _Mention) -> tuple[str, str | None] | None:
        """'Kirkuk, Iraq' -> ('IQ', None); 'Parkland, Fla.' -> ('US', 'Florida')."""
        after = text[m.end : m.end + 40]
        abbr = re.match(r",\s*(" + _STATE_ABBR.pattern + r")(?=[\s,.;:)\-–—]|$)", after)
        if abbr:
            return "US", aliases.US_STATE_ABBREVIATIONS[abbr.group(1)]
        hinted_name = re.match(r",\s*([A-Z][\w.'’ -]{2,30}?)(?=[,.;:)\s]|$)", after)
        if not hinted_name or demonym_country(hinted_name.group(1)) is not None:
            return None
        longer = _NAME_GOES_ON.match(text, m.end + hinted_name.end(), m.end + 120)
        if longer and _is_landmark(hinted_name.group(1) + longer.group()):
            return None  # a list: "Florida Atlantic University, California Polytechnic State University"
        hinted = self._lookup(hinted_name.group(1))
        own = self._lookup(m.text)[:1]
        if own and (own[0].feature == "country" or (own[0].feature == "admin1" and hinted
                                                    and hinted[0].feature == "admin1")):
            # a list, not a qualifier: "Iraq, Iran, Syria"; "Michigan, Minnesota" (but "Punjab, Pakistan")
            return None
        if hinted and hinted[0].feature == "country":
            return hinted[0].country or "", None
        if hinted and hinted[0].feature == "admin1":
            return hinted[0].country or "", hinted[0].name
        return None

    def _context(self, article: Article, groups: Iterable[_Group]) -> _Context:
        """Countries the article is about: named countries, demonyms, big unambiguous cities,
        the dateline; and first-level units it names ("Florida")."""
        ctx = _Context()
        dateline_start = article.dateline.start if article.dateline else None
        groups = list(groups)
        keys = {g.key for g in groups}
        ctx.after_the = {g.key for g in groups if is_common_word(g.mentions[0].text) and all(
            article.text[max(0, m.start - 4) : m.start] == "the " for m in g.mentions)}
        for g in groups:
            if g.hint:  # even for a name the gazetteer lacks: "Camp Murray, Wash."
                ctx.countries[g.hint[0]] += 1
                if g.hint[1]:
                    ctx.admin1.add((g.hint[0], g.hint[1]))
                    ctx.hinted_admin1.add((g.hint[0], g.hint[1]))
                    unit = normalise_name(g.hint[1])
                    if unit in keys:  # "X, Virginia": the unit's own reading, no evidence for it
                        ctx.own.setdefault(unit, Counter())[g.hint[0]] += 1
                        ctx.own_hints.setdefault(unit, set()).add((g.hint[0], g.hint[1]))
            for state in self._unit_after_its_town(article.text, g, groups):
                ctx.countries[state.country or ""] += 1
                ctx.admin1.add((state.country, state.name))
                ctx.hinted_admin1.add((state.country, state.name))
            top = g.candidates[0] if g.candidates else None
            if top is None or not top.country:
                continue
            if top.feature == "admin2" and g.key.endswith(" county"):
                ctx.counties[g.key.removesuffix(" county")] = top
            weight = len(g.mentions) + (3 if any(m.start == dateline_start for m in g.mentions) else 0)
            # "Calif." names California as surely as "California" does
            own_name = normalise_name(top.name) == g.key or g.mentions[0].text in aliases.US_STATE_ABBREVIATIONS
            if top.feature == "country":
                ctx.countries[top.country] += weight
                if any(e.feature == "admin1" for e in g.candidates):  # "Georgia": the country does not vouch for itself
                    ctx.own.setdefault(g.key, Counter())[top.country] += weight
            elif (top.feature == "admin1" and own_name) or (g.hint and g.hint[1]):
                ctx.countries[top.country] += weight
                if top.feature == "admin1":  # (a hinted town's unit is the hint's, added above)
                    ctx.admin1.add((top.country, top.name))
                if not g.hint:
                    ctx.own.setdefault(g.key, Counter())[top.country] += weight
            elif (top.feature == "city" and top.population >= 100_000 and own_name
                  and len({e.country for e in g.candidates[:3]}) == 1):
                ctx.countries[top.country] += weight
        ctx.named = sum(ctx.countries.values())
        for cc, n in demonym_counts(article.text).items():
            ctx.countries[cc] += min(n, 2)
        if _US_TIME.search(article.text):  # "7 a.m. CT": written for American readers
            ctx.countries["US"] += 1
        return ctx

    def _unit_after_its_town(self, text: str, g: _Group, groups: list[_Group]) -> list[GazEntry]:
        """The state the index knows by its long name, named after a town of it: "Tacoma, Washington"
        (whose first reading is the capital, so the town takes it as no hint)."""
        units = [e for e in self._admin1s(f"{g.mentions[0].text} State") if e not in g.candidates]
        if not units:
            return []
        ends = {e for m in g.mentions if (before := re.search(r"(?<=\w),\s*$", text[max(0, m.start - 4) : m.start]))
                for e in [m.start - len(before.group())]}
        towns = [c for o in groups if o is not g and any(m.end in ends for m in o.mentions)
                 for c in o.candidates if c.feature == "city"]
        return [u for u in units if any(c.country == u.country and c.admin1 == u.name for c in towns)][:1]

    def _plausible(self, g: _Group, ctx: _Context, guess: bool) -> list[GazEntry]:
        """The candidates worth keeping. A name only the gazetteer saw, or a building or common
        word spaCy called a place, must be a country or region or lie in the article's countries:
        "Brig." or "Arab" are not places in a report from Iraq, nor "Metro" a town in Indonesia. A short
        form that names a country in news about it or its neighbour comes first ("the Republic")."""
        if not guess and " " not in g.mentions[0].text:
            # "UConn", "Notre Dame-UConn game": a university's short name alone is mostly its team
            g.candidates = [e for e in g.candidates if e.feature != "landmark" or normalise_name(e.name) == g.key]
            if not g.candidates:
                return []
        county = ctx.counties.get(g.key)
        if county is not None:  # "Suffolk" in a report that names Suffolk County, New York
            return [county, *(e for e in g.candidates if e != county)]
        if _COMPASS_UNIT.fullmatch(g.mentions[0].text):
            # "Western" is Uganda's or Kenya's Western Region only in news about that country
            others = ctx.without(g.key).countries
            return [e for e in g.candidates if e.feature != "admin1" or e.country in others]
        meant = aliases.COUNTRY_IN_CONTEXT.get(g.mentions[0].text)
        if meant and meant[1] & set(ctx.countries) and (entry := self.gazetteer.country(meant[0])):
            return [entry, *g.candidates]  # "the Republic" in a report from Derry
        if g.key in ctx.after_the:  # "small businesses in the Valley": a stretch of land, not Valley, Alabama
            return [e for e in g.candidates if e.feature != "city"]
        # "Trinidad" in a report that names Trinidad and Tobago: that country, not a namesake town
        first_of = [entry for cc in ctx.countries if (entry := self.gazetteer.country(cc)) is not None
                    and entry.name.startswith(f"{g.mentions[0].text} and ")]
        if first_of:
            return first_of + g.candidates
        weak = all(m.label == "FAC" for m in g.mentions) or is_common_word(g.mentions[0].text)
        if guess or not ctx.countries or (any(m.from_ner for m in g.mentions) and not weak):
            return g.candidates
        if weak:  # (a landmark the index knows stands anywhere: "Cornell University" in a report from Beijing)
            return [e for e in g.candidates
                    if e.feature in ("country", "region", "landmark") or e.country in ctx.countries]
        kept = [e for e in g.candidates if e.feature != "city" or e.country in ctx.countries]
        return (g.candidates if any(e in kept for e in g.candidates[:5]) else [])

    def _choose(self, g: _Group, ctx: _Context, anchors: list[tuple[float, float]],
                listed: frozenset[tuple[str, str | None]] = frozenset()) -> GazEntry | None:
        candidates = g.candidates
        # "Charlevoix, Quebec": a name that qualifies a town is the unit rather than the namesake city
        # inside it (though it is no evidence against a namesake abroad: "Ramor Theatre, Virginia")
        qualifier = {unit for unit in ctx.own_hints.get(g.key, set())
                     if any(e.feature == "city" and (e.country, e.admin1) == unit for e in candidates)}
        ctx = ctx.without(g.key)
        for kind, cc in listed:
            # "California or Washington": the state, which the index knows as "Washington State"
            if kind == "admin1" and cc and not any(e.feature == "admin1" and e.country == cc for e in candidates):
                # (not a unit named after its own town: "Puducherry" may be either)
                state = [e for e in self._admin1s(f"{g.mentions[0].text} State") if e.country == cc
                         and not any(c.country == cc and c.admin1 == e.name for c in candidates)]
                candidates = state[:1] + candidates
        if g.hint:
            cc, admin1 = g.hint
            hinted = [e for e in candidates if e.country == cc and e.feature != "country"]
            if not hinted:
                hinted = self.gazetteer.lookup(g.mentions[0].text, country=cc, limit=10)
            if admin1:
                hinted = [e for e in hinted if e.admin1 == admin1]
                if not hinted:
                    return None  # "Charlevoix, Quebec" is no town of Michigan or Ontario: it lies in the unit named
            candidates = hinted or candidates  # "Saipan, Guam, Hawaii": a list, not a hint
        if not candidates:
            return None
        if not g.hint:
            # A bare "Portland" or "Louisville" is the big city, not a town a twentieth its size
            # that happens to lie in a state the article names; "Portland, Maine" says otherwise.
            big = max((e.population for e in candidates
                       if e.feature == "city" and e not in g.alternate_only), default=0)
            if big >= _BIG_NAMESAKE:
                candidates = [e for e in candidates if e.feature != "city" or e.population * 20 >= big]
        own_best = max((e.population for e in candidates
                        if e.feature == "city" and e not in g.alternate_only), default=0)
        if own_best:
            # A town's own name beats a city that only lists it among alternate names ("Franklin" is
            # not Columbus, Ohio), unless that city is a world city ("Bombay").
            candidates = [e for e in candidates if e.feature != "city" or e not in g.alternate_only
                          or e.population >= max(1_000_000, 10 * own_best)]
        if ctx.countries and not any(e.country in ctx.countries for e in candidates):
            # Far from everything else in the article: only a name's own place will do, not a
            # place that merely lists it among alternate spellings ("Samah" -> Sanya, China).
            own = [e for e in candidates if e not in g.alternate_only or e.feature != "city"]
            if ctx.named >= 2:
                own = [e for e in own if e.feature != "city" or e.population >= _FAR_TOWN_MIN_POPULATION or g.hint]
            if not own:
                return None
            candidates = own

        # A unit counts a tenth of its people against a town of its name inside it (Kirkuk the city,
        # not the governorate), but in full against towns elsewhere (Wyoming the state, not Wyoming,
        # Michigan).
        capitals = {(e.country, e.admin1) for e in candidates if e.feature == "city"}
        # A unit of a country the article never names weighs less against a town of the article's
        # own countries: "Virginia" in a report from County Cavan is its town, not the US state.
        local_town = any(e.feature == "city" and e.country in ctx.countries for e in candidates)
        # the capital of a country the article names is what its bare name means there: "Washington"
        # in a report on the United States, not its namesake in England that a London dateline favours
        # (against a namesake in another named country only: the state the article hints may still win)
        # towns of that name alone (a state's or country's body is the article's: "Georgia National Guard")
        in_name = g.in_name and all(e.feature == "city" for e in candidates)
        capitals_named = {e for e in candidates if e.feature == "city" and e.country in ctx.countries
                          and any(c.country != e.country and c.country in ctx.countries for c in candidates)
                          and e == self._capital(e.country)}

        def score(item: tuple[int, GazEntry]) -> float:
            rank, e = item
            population = e.population
            if e.feature == "admin1" and (e.country, e.name) in capitals:
                population //= 10
            # (past the third, a place's rank in the lookup says no more than its population does: a
            # town added from a named unit is not ranked last among the namesakes)
            s = 0.9 * math.log10(population + 10) - 0.2 * min(rank, 3)
            if population >= 1_000_000:
                s += 0.7  # world cities are what a bare name usually means
            if e in g.alternate_only:
                s -= 1.2  # only one of its alternate names ("Franklin" for Columbus)
            if e.feature == "country":
                s += 3.0
            elif e.feature == "region":
                s += 6.0  # as strong as a country of some size: "Middle East", "Atlantic"
            elif e.geonameid is None and e.feature not in ("admin1", "admin2"):
                s += 3.0  # the user's own entries
            if e.country and e.country in ctx.countries and not in_name:
                s += 0.8 + 1.5 * ctx.share(e.country)
            elif e.feature in ("admin1", "admin2") and ctx.named and local_town:
                s -= _FOREIGN_UNIT_PENALTY
            if e in capitals_named:
                s += _NAMED_CAPITAL
            if e.feature != "admin1" and (e.country, e.admin1) in ctx.admin1:
                s += 1.5
            elif e.feature == "admin1" and ((e.country, e.name) in ctx.hinted_admin1
                                            or (e.country, e.name) in qualifier):
                s += 2.0
            elif (e.feature == "admin1" and (e.country, e.name) not in capitals
                  and sum(cc == e.country and unit != e.name for cc, unit in ctx.admin1) >= 3):
                # among other states of its country: "Georgia" beside Florida, Nevada and Alaska (but
                # "New York" may still be its city)
                s += 1.5
            if (e.feature == "admin1" and ("admin1", e.country) in listed) or (
                    e.feature == "country" and any(kind == "country" for kind, _ in listed)):
                s += 3.5  # listed with units of the same kind: "Alabama and Georgia", "Georgia and Armenia"
            if anchors and e.feature in _SPECIFIC:
                near = min(km(e.lat, e.lon, lat, lon) for lat, lon in anchors)
                s += 1.5 if near < 50 else 1.0 if near < 200 else 0.4 if near < 600 and not in_name else 0.0
            elif anchors and e.feature == "admin1":  # a unit's point is far from its edges
                near = min(km(e.lat, e.lon, lat, lon) for lat, lon in anchors)
                s += 1.0 if near < 300 else 0.0
            return s



        return max(enumerate(candidates), key=score)[1]

    def _container(self, text: str, g: _Group, places: list[Place], guess: bool,
                   sentences: Sequence[tuple[int, int]] = (), dateline: int | None = None) -> Place | None:
        """The resolved place a name the gazetteer lacks sits in, for a containment phrase, a
        landmark, a street or a county's body: the place just after it ("X, a village near Y"),
        else the nearest town in its sentence, else the nearest town named before it in its
        paragraph, else the article's main town; when guessing, that for any name, and failing
        every town and unit, the article's main country."""
        local = _local(places)
        for m in g.mentions:
            contained = _contained(text, m)
            if not (guess or contained or g.embedded or g.street or g.hint or _is_landmark(m.text)
                    or _IN_COUNTY.search(m.text)):
                continue
            after = _named_after(text, m, _hosts(places, m)) or _listed_town(text, m, local)
            if after is not None and after.feature == "admin1" and _COUNTY_END.search(m.text):
                # "HORRY COUNTY, SC": a county lies nearer the state's towns the article names than its middle
                towns = [p for p in local
                         if p.feature == "city" and (p.country, p.admin1) == (after.country, after.admin1)]
                return towns[0] if towns else after
            if after is not None:
                return after
            same = _nearest_town_in_sentence(text, m, local, sentences, contained)
            if same is not None:
                return same
            before = [(s, p) for p in local for s, _ in p.mentions
                      if s < m.start and "\n\n" not in text[s : m.start] and m.start - s < 600]
            # the nearest town before it, else the nearest state or province ("Parkland, Florida ... X High School")
            for kinds in (("city", "district"), ("city", "district", "admin1")):
                cities = [(s, p) for s, p in before if p.feature in kinds]
                if cities and (contained or m.start - max(cities, key=lambda c: c[0])[0] < 150):
                    return max(cities, key=lambda c: c[0])[1]
            focus = _focus(local, m.start, dateline) if (guess or contained or g.street or m.label == "FAC") else None
            if focus is not None:
                return focus
            if guess:  # a guess asked for: the article names no town or unit, so its main country
                countries = [p for p in places if p.feature == "country" and p.resolved_via != "parent"]
                by_country = Counter(p.country for p in countries for _ in p.mentions)
                if by_country:
                    top = by_country.most_common(1)[0][0]
                    return next(p for p in countries if p.country == top)
        return None


_LIST_JOINT = re.compile(r"(?:,\s*|\s+|,\s+)(?:and|or)\s+|,\s*|\s*/\s*")
_AND_JOINT = re.compile(r"(?:,\s*|\s+)(?:and|or)\s+")


def _listed_next(text: str, other: tuple[int, int], span: tuple[int, int], comma_before: bool = True) -> bool:
    """Is ``span`` listed right after or right before ``other`` ("Rehab and New Cairo")? With
    ``comma_before`` off, a bare comma after ``other`` is no list ("In Washington, Kerry said")."""
    if other[1] <= span[0]:
        return (_LIST_JOINT if comma_before else _AND_JOINT).fullmatch(text[other[1] : span[0]]) is not None
    return span[1] <= other[0] and _LIST_JOINT.fullmatch(text[span[1] : other[0]]) is not None


def _listed_with(text: str, groups: Iterable[_Group]) -> dict[str, list[_Group]]:
    """Groups named next to each other in a list ("Michigan, Minnesota and New York"): by key,
    the groups each is listed with."""
    spans = sorted(((m.start, m.end, g) for g in groups for m in g.mentions), key=lambda t: t[:2])
    out: dict[str, list[_Group]] = {}
    for (_, end, a), (start, _, b) in itertools.pairwise(spans):
        if a is not b and _LIST_JOINT.fullmatch(text[end:start]):
            out.setdefault(a.key, []).append(b)
            out.setdefault(b.key, []).append(a)
    return out


_NAME_LABELS = {"ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"}
# The words after a town's name that make a longer place name or a unit ("Kansas City", "Orange County")
_PLACE_HEAD = re.compile(
    rf"(?:{_STREET_WORDS}|{_COUNTY_WORDS}|city|town|village|county|state|province|district|region|park|bay|river|"
    r"island|islands|valley|beach|heights|falls|springs?|lake|mountains?|hills?|harbou?r|port|square|bridge|"
    r"north|south|east|west|central|upper|lower|metro|area)$", re.I)


def _local(places: list[Place]) -> list[Place]:
    """The places a name the gazetteer lacks may lie in: towns, units, regions, not other guesses."""
    return [p for p in places if p.feature in ("city", "admin1", "admin2", "region", "district")
            and p.resolved_via != "parent"]


def _home(places: list[Place], dateline: int | None) -> Place | None:
    """The town an article reports from: its dateline's, else its main town."""
    local = _local(places)
    for p in local:
        if dateline is not None and p.feature == "city" and any(s == dateline for s, _ in p.mentions):
            return p
    focus = _focus(local)
    return focus if focus is not None and focus.feature == "city" else None


def _branch_school(name: str) -> bool:
    """A school named after a place or a people, which such schools carry abroad: "Liverpool
    Academy", "British International School", "American School"; not "London Business School"."""
    words = name.split()
    return bool(_BRANCH_SCHOOL.search(name)) or (
        len(words) > 1 and demonym_country(words[0]) is not None and _SCHOOL.search(name) is not None)


def _listed_town(text: str, m: _Mention, local: list[Place]) -> Place | None:
    """The town a name is listed with: "branches in Rehab and New Cairo" lie near New Cairo."""
    for p in local:
        if p.feature not in ("city", "district"):
            continue
        if any(_listed_next(text, span, (m.start, m.end)) for span in p.mentions):
            return p
    return None


def _hosts(places: list[Place], m: _Mention) -> list[Place]:
    """The places that may hold a mention: an embassy is also in the country named after it."""
    # a landmark the index knows holds what is "at" or "in" it: "St George's Chapel at Windsor Castle"
    local = _local(places) + [p for p in places if p.feature == "landmark" and p.resolved_via == "gazetteer"]
    if _EMBASSY.search(m.text):
        local += [p for p in places if p.feature == "country" and p.resolved_via != "parent"]
    return local


def _named_after(text: str, m: _Mention, local: list[Place]) -> Place | None:
    """The place named right after a mention that holds it: "X, a village near Y", "X in Y", "X, Y"."""
    after = _NEAR_PLACE_AFTER.match(text, m.end, m.end + 60) or _IN_PLACE_AFTER.match(text, m.end)
    if after is None:
        return None
    return next((p for p in local if any(s == after.end() for s, _ in p.mentions)), None)


def _people(article: Article) -> list[tuple[int, int]]:
    """The spans of people's names: spaCy's PERSON spans without a preposition glued to the front
    ("Inside Gogjali"), less names spaCy also tags a place elsewhere in the article ("Douma")."""
    assert article.nlp is not None
    text = article.text
    places = {text[e.start : e.end] for e in article.nlp.ents if e.label in PLACE_LABELS}
    spans = [(e.start + junk_before_name(text[e.start : e.end]), e.end) for e in article.nlp.ents
             if e.label == "PERSON"]
    # a comma inside is a run-on heading, not one name: "Trump, Erdogan Ankara will ..."
    return [(s, e) for s, e in spans if text[s:e] not in places and "," not in text[s:e]]


_CALENDAR = re.compile(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|year|day|week|month|"
    r"centur|decade|season|today|yesterday|tomorrow|tonight|night|morning|evening|noon|spring|summer|autumn|fall|"
    r"winter|christmas|easter|ramadan|eid|holiday|era|ago|weekend|annual|period|quarter|hour|minute|age|time)",
    re.I)


def _misread_date(label: str, name: str) -> bool:
    """A 'date' with no number or calendar word in it is spaCy's misreading: "in Manbij"."""
    return label in ("DATE", "TIME") and _CALENDAR.search(name) is None


def _continues_a_name(text: str, start: int, people: list[tuple[int, int]]) -> bool:
    """A span right after a person's name is its tail: "Ursula von der" + "Leyen"."""
    return any(pe <= start and start - pe <= 1 and not text[pe:start].strip() for _, pe in people)


_LOCATIVE_BEFORE = re.compile(r"\b(?:in|near|outside)\s+$")
_SENTENCE_END = re.compile(r"(?<![A-Z])[.!?][\"”’)]*\s+(?=[\"“‘(]?[A-Z])|\n")


def _sentence(text: str, pos: int, sentences: Sequence[tuple[int, int]]) -> tuple[int, int]:
    """The sentence around ``pos``: the parser's, else up to the nearest sentence ends."""
    for s, e in sentences:
        if s <= pos < e:
            return s, e
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, pos)), default=0)
    end = next((m.start() for m in _SENTENCE_END.finditer(text, pos)), len(text))
    return start, end


def _nearest_town_in_sentence(text: str, m: _Mention, local: list[Place],
                              sentences: Sequence[tuple[int, int]], contained: bool = False) -> Place | None:
    """The town named closest to a mention in its own sentence: before it, or after it as where
    things are ("Doctors at X Hospital, where the boy is treated in Leeds"), not where they go; any
    town after a name in a containment phrase ("Sado Khelo area of Deh Yak district #Ghazni")."""
    start, end = _sentence(text, m.start, sentences)
    found = [(m.start - e if e <= m.start else s - m.end, p) for p in local if p.feature in ("city", "district")
             for s, e in p.mentions if start <= s and e <= end
             and (e <= m.start or (s >= m.end and (_LOCATIVE_BEFORE.search(text, max(0, s - 12), s) or (
                 contained and s - m.end < 40 and "," not in text[m.end : s]))))]
    return min(found, key=lambda f: f[0])[1] if found else None


def _as_written(name: str) -> str:
    """'SAN ANTONIO' in a capitalised headline or dateline as gazetteers write it; 'UAE' stays."""
    return name.title() if name.isupper() and (len(name) > 5 or " " in name) else name


def _isolated(e: GazEntry, anchors: list[tuple[float, float]]) -> bool:
    """A small town far from every other place of an article that names several close together:
    "Stonewall" (a golf club) among Manassas and Haymarket is not a hamlet in Louisiana."""
    if e.feature != "city" or e.population >= _ISOLATED_MAX_POPULATION or len(anchors) < 2:
        return False
    return min(km(e.lat, e.lon, lat, lon) for lat, lon in anchors) > _ISOLATED_KM


def _near_spelling(name: str, found: str) -> bool:
    """A fuzzy hit must look like the name itself: same first letter and a length within two
    letters of it ("Hawija" ~ "Al Hawijah" once the article is dropped); not "Anfield" -> "Tanfield",
    nor a town that only lists a near spelling among its alternate names."""
    a = normalise_name(name)
    b = re.sub(r"^(?:al|el|ad|an|ar|as|at|az)\s+", "", normalise_name(found))
    a = re.sub(r"^(?:al|el|ad|an|ar|as|at|az)\s+", "", a)
    return bool(a and b and a[0] == b[0] and abs(len(a) - len(b)) <= 2)


def _is_landmark(name: str) -> bool:
    """'Press Street', 'Al-Shifa Hospital'; not a bare 'Centre'."""
    return len(name.split()) > 1 and _LANDMARK.search(name) is not None


def _focus(places: list[Place], at: int = 0, dateline: int | None = None) -> Place | None:
    """The article's main town: the city with the most mentions of places around it (itself
    included), else the most-mentioned unit; between equals, the dateline's, else the one named
    last before ``at``."""
    cities = [p for p in places if p.feature == "city" and p.lat is not None and p.lon is not None]
    if cities:
        def weight(p: Place) -> tuple[int, int, bool, int]:
            assert p.lat is not None and p.lon is not None
            near = 0
            for q in places:
                if (q.feature in ("city", "district") and q.lat is not None and q.lon is not None
                        and km(p.lat, p.lon, q.lat, q.lon) < 40):
                    near += len(q.mentions)
            return (near, len(p.mentions), any(s == dateline for s, _ in p.mentions),
                    max((s for s, _ in p.mentions if s < at), default=-1))
        return max(cities, key=weight)
    for features in (("admin1",), ("admin2",), ("region", "district")):
        found = [p for p in places if p.feature in features]
        if found:
            return max(found, key=lambda p: (len(p.mentions), -p.mentions[0][0]))
    return None


def _contained(text: str, m: _Mention) -> bool:
    before = text[max(0, m.start - 40) : m.start]
    after = text[m.end : m.end + 60]
    possessive = re.search(r"['’]s\s+$", before) and re.match(r"\s+(?:district|neighbou?rhood|area|quarter)", after)
    return bool(_CONTAINED_BEFORE.search(before) or _CONTAINED_AFTER.search(after) or possessive)


@lru_cache(maxsize=4096)
def demonym_country(name: str) -> str | None:
    """'Iraqi' -> 'IQ', 'Kurdish' -> '' (a people, no one country), 'Mosul' -> None."""
    s = name.strip()
    if s.isupper() and len(s) > 4:  # "KAZAKH" in a headline; not "US" or "UAE"
        s = s.title()
    for form in (s, s[:-1] if s.endswith("s") else s, s[:-2] if s.endswith("es") else s):
        if form in aliases.DEMONYMS:
            return aliases.DEMONYMS[form]
    return None


_DEMONYM_RE = re.compile(
    r"\b(" + "|".join(re.escape(d) for d in sorted(aliases.DEMONYMS, key=len, reverse=True) if aliases.DEMONYMS[d])
    + r")s?\b")


def demonym_counts(text: str) -> Counter[str]:
    """Countries named by demonym in a text: 'Iraqi forces ... Turkish troops' -> IQ, TR."""
    return Counter(aliases.DEMONYMS[m.group(1)] for m in _DEMONYM_RE.finditer(text))


def _is_modifier_use(text: str, end: int) -> bool:
    """'U.S.-led', 'Iran-backed': the name modifies an actor, it is no place here. 'London-based',
    'Lagos-born' name a place all the same (the events stage knows it is no event's place)."""
    return _MODIFIER_USE.match(text, end) is not None


_MODIFIER_USE = re.compile(
    r"-(?:led|backed|funded|supported|allied|aligned|proposed|designated|brokered|sponsored)\b")


def _add_repeated_mentions(text: str, places: list[Place], people: list[tuple[int, int]]) -> None:
    """One sense per article: every other occurrence of a resolved name is the same place, except
    inside a person's longer name ("Aden" in "Aden Barre Duale")."""
    taken = {span for p in places for span in p.mentions}
    for place in places:
        for surface in {text[s:e] for s, e in place.mentions}:
            for m in re.finditer(r"\b" + re.escape(surface) + r"\b", text):
                in_name = any(s <= m.start() and m.end() <= e and (s, e) != m.span() for s, e in people)
                if (not in_name and not any(m.start() < e and s < m.end() for s, e in taken)
                        and not _is_modifier_use(text, m.end())):
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


def _inside(place_id: str, text: str, mentions: list[_Mention], where: GazEntry | Place, parent: str | None) -> Place:
    """A place the gazetteer lacks, at the point of the place holding it (``resolved_via: parent``)."""
    m = mentions[0]
    landmark = not _contained(text, m) and _is_landmark(m.text)
    return Place(
        id=place_id, name=m.text, mentions=[(x.start, x.end) for x in mentions],
        lat=where.lat, lon=where.lon, country=where.country, admin1=where.admin1,
        feature="landmark" if landmark else "district", resolved_via="parent", parent=parent,
    )


def _place(place_id: str, entry: GazEntry, mentions: list[_Mention]) -> Place:
    return Place(
        id=place_id,
        name=entry.name,
        mentions=[(m.start, m.end) for m in mentions],
        geonameid=entry.geonameid,
        lat=entry.lat,
        lon=entry.lon,
        country=entry.country,
        admin1=entry.admin1,
        feature=entry.feature,
        resolved_via="country" if entry.feature == "country" else "gazetteer",
    )
