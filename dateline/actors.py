"""The curated actor table and the general rules that classify an actor.

Each row: canonical name, aliases, ACLED actor type (TAXONOMY.md), PLOVER sector, country
(ISO alpha-3, or IGO/NGO). Sources: ACLED's actor lists and codebook (actor types), the PLOVER
codebook (sectors), the groups' own names and common press spellings.
"""

from __future__ import annotations

import re

ActorKind = tuple[str, str | None, str | None]  # (actor_type, sector, country)

STATE = "State forces"
REBEL = "Rebel group"
POLITICAL_MILITIA = "Political militia"
IDENTITY_MILITIA = "Identity militia"
RIOTERS = "Rioters"
PROTESTERS = "Protesters"
CIVILIANS = "Civilians"
EXTERNAL = "External/Other forces"

# (names, actor_type, sector, country)
ACTOR_TABLE: list[tuple[tuple[str, ...], str, str | None, str | None]] = [
    (("Islamic State", "ISIS", "ISIL", "IS", "Daesh", "Islamic State of Iraq and Syria",
      "Islamic State of Iraq and the Levant"), REBEL, "REB", "IRQ"),
    (("al-Shabaab", "al-Shabab", "Al Shabaab", "Shabaab", "Harakat al-Shabaab al-Mujahideen"),
     REBEL, "REB", "SOM"),
    (("Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad"), REBEL, "REB", "NGA"),
    (("ISWAP", "Islamic State West Africa Province"), REBEL, "REB", "NGA"),
    (("JNIM", "Jama'at Nasr al-Islam wal Muslimin"), REBEL, "REB", "MLI"),
    (("Taliban", "Afghan Taliban"), REBEL, "REB", "AFG"),
    (("Tehreek-e-Taliban Pakistan", "TTP", "Pakistani Taliban"), REBEL, "REB", "PAK"),
    (("Balochistan Liberation Army", "BLA"), REBEL, "REB", "PAK"),
    (("Houthis", "Houthi", "Ansar Allah", "Houthi rebels"), REBEL, "REB", "YEM"),
    (("Hamas",), REBEL, "REB", "PSE"),
    (("Hezbollah", "Hizbollah"), POLITICAL_MILITIA, "PRM", "LBN"),
    (("Hayat Tahrir al-Sham", "HTS"), REBEL, "REB", "SYR"),
    (("Syrian Democratic Forces", "SDF"), REBEL, "REB", "SYR"),
    (("PKK", "Kurdistan Workers' Party"), REBEL, "REB", "TUR"),
    (("Peshmerga", "Kurdish Peshmerga"), STATE, "MIL", "IRQ"),
    (("Popular Mobilization Forces", "PMF", "Hashd al-Shaabi"), POLITICAL_MILITIA, "PRM", "IRQ"),
    (("Rapid Support Forces", "RSF"), POLITICAL_MILITIA, "PRM", "SDN"),
    (("M23", "March 23 Movement"), REBEL, "REB", "COD"),
    (("Allied Democratic Forces", "ADF"), REBEL, "REB", "COD"),
    (("FARC", "Revolutionary Armed Forces of Colombia"), REBEL, "REB", "COL"),
    (("ELN", "National Liberation Army"), REBEL, "REB", "COL"),
    (("Wagner Group", "Wagner", "Africa Corps"), EXTERNAL, "MIL", "RUS"),
    (("al-Qaeda", "al-Qaida", "Al Qaeda"), REBEL, "REB", None),
    (("AQAP", "al-Qaeda in the Arabian Peninsula"), REBEL, "REB", "YEM"),
    (("U.S.-led coalition", "US-led coalition", "the coalition"), EXTERNAL, "MIL", "IMG"),
    (("NATO",), EXTERNAL, "MIL", "IGO"),
    (("United Nations", "UN", "U.N.", "UNICEF", "UNHCR", "World Food Programme", "WFP",
      "Security Council"), EXTERNAL, None, "IGO"),
    (("African Union", "AU", "AMISOM", "ATMIS"), EXTERNAL, "MIL", "IGO"),
    (("Human Rights Watch", "HRW", "Amnesty International", "Amnesty", "Red Cross", "ICRC",
      "Doctors Without Borders", "MSF", "SITE Intelligence Group"), CIVILIANS, "NGO", "NGO"),
]

# Demonym -> ISO alpha-3. Used by the "<demonym> forces" rule and for NORP entities.
DEMONYMS: dict[str, str] = {
    "iraqi": "IRQ", "syrian": "SYR", "turkish": "TUR", "iranian": "IRN", "israeli": "ISR",
    "palestinian": "PSE", "lebanese": "LBN", "jordanian": "JOR", "saudi": "SAU", "yemeni": "YEM",
    "egyptian": "EGY", "libyan": "LBY", "sudanese": "SDN", "somali": "SOM", "kenyan": "KEN",
    "ethiopian": "ETH", "nigerian": "NGA", "malian": "MLI", "burkinabe": "BFA", "nigerien": "NER",
    "chadian": "TCD", "cameroonian": "CMR", "congolese": "COD", "ugandan": "UGA",
    "rwandan": "RWA", "afghan": "AFG", "pakistani": "PAK", "indian": "IND", "bangladeshi": "BGD",
    "burmese": "MMR", "myanmar": "MMR", "ukrainian": "UKR", "russian": "RUS", "american": "USA",
    "u.s.": "USA", "us": "USA", "british": "GBR", "french": "FRA", "german": "DEU",
    "chinese": "CHN", "colombian": "COL", "mexican": "MEX", "venezuelan": "VEN",
    "kurdish": "IRQ", "mozambican": "MOZ", "ghanaian": "GHA", "senegalese": "SEN",
    "ivorian": "CIV", "algerian": "DZA", "tunisian": "TUN", "moroccan": "MAR", "haitian": "HTI",
    "filipino": "PHL", "philippine": "PHL", "indonesian": "IDN", "thai": "THA",
}

_SECURITY_NOUNS = (r"(?:special\s+)?(?:forces|troops|army|military|police|soldiers|security forces|"
                   r"navy|air force|border guards?|gendarmes?|gendarmerie|commandos|coast guard|"
                   r"counterterrorism service|government|authorities)")
_STATE_RULE = re.compile(r"^(?:the\s+)?(?P<demonym>[\w.]+)\s+" + _SECURITY_NOUNS + r"$", re.I)
_PROTESTERS = re.compile(r"\b(protesters|demonstrators|marchers|activists)\b", re.I)
_RIOTERS = re.compile(r"\b(rioters|mob)\b", re.I)
_CIVILIANS = re.compile(r"\b(civilians|residents|villagers|worshippers|students|farmers|"
                        r"aid workers|journalists?|children|women|people|passengers)\b", re.I)
_GENERIC_STATE = re.compile(r"^(?:the\s+)?" + _SECURITY_NOUNS + r"$", re.I)
_GENERIC_REBEL = re.compile(r"\b(militants?|insurgents?|rebels?|jihadists?|gunmen|fighters|"
                            r"extremists?|separatists?)\b", re.I)

_INDEX: dict[str, ActorKind] = {}
for _names, _type, _sector, _country in ACTOR_TABLE:
    for _name in _names:
        _INDEX[_name.lower()] = (_type, _sector, _country)


def lookup_actor(name: str) -> ActorKind | None:
    """Only the curated table and the '<demonym> forces' rule."""
    key = re.sub(r"^the\s+", "", name.strip(), flags=re.I).lower()
    if key in _INDEX:
        return _INDEX[key]
    match = _STATE_RULE.match(name.strip())
    if match and match["demonym"].lower() in DEMONYMS:
        sector = "COP" if "police" in name.lower() else "GOV" if re.search(
            r"government|authorities", name, re.I) else "MIL"
        return (STATE, sector, DEMONYMS[match["demonym"].lower()])
    return None


def classify_actor(name: str, aliases: list[str] | None = None, label: str = "") -> ActorKind | None:
    """Actor type, sector and country of a name, or None when nothing general applies."""
    for candidate in [name, *(aliases or [])]:
        kind = lookup_actor(candidate)
        if kind:
            return kind
    if label == "PERSON":
        return None  # a person's type comes from the group they speak for, not their name
    return classify_phrase(name)


def classify_phrase(phrase: str) -> ActorKind | None:
    """General rules for common-noun actors ('protesters', 'gunmen', 'police')."""
    if _GENERIC_STATE.match(phrase.strip()):
        return (STATE, "MIL", None)
    if _PROTESTERS.search(phrase):
        return (PROTESTERS, "OPP", None)
    if _RIOTERS.search(phrase):
        return (RIOTERS, None, None)
    if _GENERIC_REBEL.search(phrase):
        return (REBEL, "REB", None)
    if _CIVILIANS.search(phrase):
        return (CIVILIANS, "CVL", None)
    return None
