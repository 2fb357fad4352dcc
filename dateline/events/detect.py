"""Detect events sentence by sentence and fill in their arguments.

Per sentence: find trigger phrases (``triggers.py``), keep the most specific per stretch of
text, then take actors from the dependency parse, the place and date mentioned nearest the
trigger (falling back to the paragraph, then the dateline and publication date), casualty
counts (``numbers.py``) and the modality from the words that govern the trigger. Mentions of
the same (type, day, place, actor) in one article become one event with several evidence spans.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field

from ..actors import classify_phrase, lookup_actor
from ..model import Actor, Article, DateMention, Event, Evidence, Location, Place, Token
from ..places.pick import best_place_in, event_place, location_of
from ..timex import parse_published
from .calibration import calibrate
from .numbers import find_count
from .taxonomy import VIOLENT_EVENT_TYPES, event_type_of, plover_of
from .triggers import NOT_EVENT, TERRITORY, TRIGGERS, WEAPONS

CALL_LEMMAS = {"urge", "call", "appeal", "encourage", "incite", "exhort", "demand", "ask", "order", "summon",
               "instruct", "command"}
THREAT_LEMMAS = {"threaten", "vow", "warn", "pledge", "promise", "swear"}
FUTURE_LEMMAS = {"plan", "intend", "prepare", "expect", "aim", "seek", "scheme", "plot", "schedule"}
# A noun that governs the trigger and makes it unreal: "calls for a strike", "plans for a march".
NOUN_MODALITY = {"call": "call", "appeal": "call", "plea": "call", "demand": "call", "threat": "threat",
                 "warning": "threat", "plan": "future", "plot": "future", "preparation": "future",
                 "risk": "hypothetical", "fear": "hypothetical", "possibility": "hypothetical",
                 "prospect": "hypothetical", "danger": "hypothetical", "denial": "negated"}
STATE_WORDS = re.compile(r"\b(?:government|army|military|troops|soldiers|forces|police|regime|army's|security|"
                         r"national guard|marines|commandos|gendarmes|troopers|units|guards|command|brigades?|"
                         r"battalions?|divisions?|regiments?)\b", re.I)
_REGAIN_WORDS = re.compile(r"\b(?:re\w+|liberat\w+|took back|regain\w*|drove|driven|pushed|expelled|ousted|"
                           r"flushed)\b", re.I)
_MILITARY_TARGET = re.compile(r"^\W*(?:\w+\W+){0,3}?(?:army|military|troops|soldiers|forces|police|base|bases|post|"
                              r"paramilitar\w+|"
                              r"posts|checkpoints?|positions?|convoy|patrol|outpost|barracks|garrison|"
                              r"gendarmes?|militia|militants|fighters|rebels|insurgents|headquarters)\b", re.I)
# Background, not an event: "has been hit by dozens of car bombings over the past decade".
_GENERIC_PERIOD = re.compile(r"\b(?:over|in|during|for) the (?:past|last) (?:few |several |two |three |\w+ )?"
                             r"(?:decades?|years|months)|\bin recent (?:years|months|decades)|\bfor (?:years|"
                             r"decades)\b|\b(?:frequently|regularly|routinely|repeatedly)\b", re.I)
_GENERIC_SERIES = re.compile(r"\b(?:(?:dozens|hundreds|scores|series|string|spate|wave|number|lots|cases) of|several|"
                             r"many|numerous|recent|repeated|multiple|frequent|ramped up|stepped up|\d{2,}|"
                             r"anniversary of(?: the)?(?: [\w-]+){0,4}|history of) (?:[\w-]+ )?(?=(?:attacks|bombings|"
                             r"strikes|killings|kidnappings|abductions|protests|demonstrations|clashes|blasts|"
                             r"explosions|rape|rapes|raids|arrests|uprising)\b)", re.I)
# Words that make a killing or blast a disaster, accident or crime rather than political violence.
_NON_POLITICAL = re.compile(r"\b(?:earthquakes?|quakes?|tsunamis?|floods?|flooding|flash floods|landslides?|"
                            r"mudslides?|cyclones?|hurricanes?|typhoons?|storms?|tornado\w*|wildfires?|bushfires?|"
                            r"(?:forest|house|building) fires?|blaze|heat ?waves?|droughts?|volcan\w+|eruptions?|"
                            r"avalanches?|heavy (?:rain|snow)\w*|torrential|snowfall|epidemic|pandemic|outbreak|"
                            r"covid\w*|cholera|crash(?:ed|es)?|collisions?|collided|derail\w*|capsiz\w+|sank|"
                            r"accidents?|accidental\w*|(?:gas|chemical|ammonia|chlorine) leak\w*|leakage|"
                            r"boilers?|furnaces?|gas cylinders?|cylinders?|short circuit|(?:gas|propane|oil|"
                            r"fuel|tanker) (?:explosion|tank|containers?|pipeline)|factory|warehouse|plant|"
                            r"mine collapse|collapsed|stampede|drown\w*|firefighters|robb\w+|smuggl\w+|"
                            r"traffick\w+|drugs?|narcotics|hashish|cocaine|heroin|counterfeit|thef(?:t|ts)|"
                            r"stealing|burglar\w*|fraud|cyber ?-?attacks?|hack(?:ers|ed|ing))\b", re.I)
_ARMED = re.compile(r"\b(?:militants?|insurgents?|rebels?|jihadists?|terroris\w+|gunmen|"
                    r"militia\w*|fighters|bomb(?:er|ers|ing|ings)?|IEDs?|shot|gunfire|armed|"
                    r"air ?-?strikes?|airstrike|drones?|warplanes?|jets|shell(?:ing|ed)|missiles?|rockets?|"
                    r"mortars?|artillery|suicide|grenades?|attackers?|gunm[ae]n)\b", re.I)
# Court and charge language: "pleading guilty to attempted murder" reports a case, not a new attack.
_WEAPON_WORD = re.compile(r"\b" + WEAPONS + r"\b", re.I)
_LEGAL = re.compile(r"\b(?:charges|charged with|pleaded|pleading|plead|trial|testimony|testified|jurors?|"
                    r"indict\w*|convict\w*|sentenced|prosecutors?|murder-for-hire|conspiracy|acquitt\w*|"
                    r"attempted murder)\b", re.I)
# Counts of cases or survivors are statistics about many incidents, not one event.
_STATISTICS = re.compile(r"\b(?:cases|survivors|evidence|reports) of\b|\btreated "
                         r"(?:[\w,]+ ){0,2}(?:survivors|victims|patients)\b|\b[\d,.]+ (?:million |thousand )?"
                         r"(?:[\w-]+ )?(?:cases|survivors)\b|\b(?:millions?|thousands) of (?:children|women|people)\b|"
                         r"\b(?:daily|constant|ongoing) (?:threats?|risks?)\b", re.I)
_ATTRIBUTION = re.compile(r"\b(?:claim(?:ed|s|ing)? (?:responsibility|credit) for|responsible for|blamed (?:\w+ )?for|"
                          r"accused of|in the wake of|in retaliation for|in response to)"
                          r"(?: [\w'’-]+){0,6} ?$|\b(?:has|have|had) claimed (?:the )?$", re.I)
# "fled because of Boko Haram attacks": a cause in the plural is a pattern of violence, not one event.
_BECAUSE = re.compile(r"\b(?:because of|due to)(?: [\w'’-]+){0,3} ?$", re.I)
_DEFINITE = re.compile(r"\b(?:the|this|that|these|those)(?: [\w'’-]+)? $", re.I)
_VAC_GENERIC = ("Sexual violence", "Attack", "Abduction/forced disappearance")
# "has been fighting a deadly insurgency": an ongoing conflict told as background, no one day's event.
_ONGOING = re.compile(r"\b(?:has|have|had) been (?:\w+ )?$", re.I)
_ONGOING_TRIGGER = re.compile(r"^(?:fighting|battling|waging|clashing|attacking|killing)$", re.I)
_QUOTED = re.compile(r"\"[^\"\n]{1,600}\"|\u201c[^\u201d\n]{1,600}\u201d")
# "since the attack": a reference back to an event reported elsewhere, not a new report.
_BACK_REFERENCE = re.compile(r"\b(?:since|after|following|before|during|in|of|for) (?:the|that|this|these|those) "
                             r"(?:\w+ )?$|\b(?:those|the) $|\b\w+day['’]s (?:\w+ )?$", re.I)
_CIVILIAN_TARGET = re.compile(r"\b(?:markets?|villages?|villagers|civilians|residents|church(?:es)?|mosques?|"
                              r"schools?|hospitals?|homes?|houses?|bus(?:es)?|weddings?|funerals?|worshippers|"
                              r"farmers|students|passengers|shoppers|traders|people|families|camps? for)\b", re.I)
# Things, not actors: "fired tear gas and water cannon", "hit by shrapnel", "the situation".
_INANIMATE = {"gas", "cannon", "cannons", "stone", "stones", "rock", "rocks", "bullet", "bullets", "shrapnel",
              "situation", "rocket", "rockets", "missile", "missiles", "shell", "shells", "bomb", "bombs",
              "explosion", "blast", "fire", "grenade", "grenades", "mortar", "mortars", "device", "devices",
              "vehicle", "car", "truck", "ammunition", "weapons", "weapon", "canister", "canisters", "tyre",
              "tyres", "attack", "attacks", "violence", "incident", "area", "city", "town", "fighting"}
_VEHICLES = {"vehicle", "car", "truck", "bus", "boat", "ship", "train", "plane", "aircraft"}
PREVENT_LEMMAS = {"prevent", "avoid", "deter", "forestall", "stop", "avert", "thwart", "foil"}
DENY_LEMMAS = {"deny", "refute", "dismiss"}
REPORT_LEMMAS = {"say", "announce", "tell", "state", "add", "declare", "confirm", "report"}
_ARMED_KILLED = re.compile(r"\bkill(?:ed|ing)(?: and (?:wounded|injured))? (?:[\w-]+ ){0,3}(?:terrorists|militants|"
                           r"insurgents|rebels|fighters|"
                           r"soldiers|troops|policemen|police officers|security personnel|attackers|gunmen|"
                           r"(?:suicide )?bombers)\b|"
                           r"\b(?:terrorists|militants|insurgents|rebels|fighters|soldiers|troops|policemen|"
                           r"attackers|gunmen|personnel|officers|guards) (?:were|was) (?:also |later )?killed\b",
                           re.I)
_AGENT_NOUN = re.compile(r"(?:bomber|attacker|gunm[ae]n|assailant|militant|insurgent|sniper)s?$", re.I)
_DESTROYED = re.compile(r"destroy", re.I)
_RAID = re.compile(r"raid", re.I)
_NEXT_DAY = re.compile(r"\b(?:next|coming|this coming|upcoming)\s+(?:monday|tuesday|wednesday|thursday|friday|"
                       r"saturday|sunday|week|month|year)\b", re.I)
FACT_MARKS = {"after", "because"}
HYPOTHETICAL_WORDS = {"could", "might", "may", "if", "would", "unless", "whether"}
FUTURE_AUX = {"will", "shall", "'ll"}
NEGATIONS = {"not", "n't", "never", "no"}
HISTORICAL_DAYS = 365  # background this much older than the report is "historical"
_CASUALTY_WORD = re.compile(r"kill(?:ed|ing|s)?|shot dead|died|dead", re.I)


@dataclass
class Candidate:
    sub_event_type: str
    strength: float
    sentence: int
    trigger_start: int
    trigger_end: int
    evidence: list[Evidence] = field(default_factory=list)
    text: str = ""
    before: str = ""  # the sentence's words just before and after the trigger, for the rules in _reconcile
    after: str = ""
    others: list[tuple[int, int]] = field(default_factory=list)  # the sentence's other violent triggers


class EventStage:
    name = "events"
    requires: tuple[str, ...] = ("nlp", "places", "dates", "entities")
    assigns: tuple[str, ...] = ("events",)

    def __call__(self, article: Article) -> Article:
        assert article.nlp is not None
        published = parse_published(article.published)
        events: list[Event] = []
        previous: Event | None = None
        previous_sentence = -2
        quoted = [m.span() for m in _QUOTED.finditer(article.text) if len(m.group(0).split()) >= 4]
        for index, (s_start, s_end) in enumerate(article.nlp.sentences):
            sentence = article.text[s_start:s_end]
            # The sentence before, in the same paragraph, tells an accident from an attack too.
            before = article.text[article.nlp.sentences[index - 1][0] : s_start] if index else ""
            context = sentence if "\n\n" in before else before + sentence
            candidates = _candidates(sentence, s_start, index, quoted, context)
            if not candidates:
                continue
            if (
                previous is not None
                and previous_sentence == index - 1
                and _continues(article, previous, candidates, s_start, s_end)
            ):
                _continue_event(previous, sentence, s_start, s_end, article.text)
                previous_sentence = index
                continue
            for cand in candidates:
                event = _build_event(article, cand, s_start, s_end, published)
                if event is not None:
                    events.append(event)
                    previous, previous_sentence = event, index
        article.events = _merge_within_article(events)
        return article


def _candidates(
    sentence: str, offset: int, index: int, quoted: list[tuple[int, int]] | None = None, context: str = ""
) -> list[Candidate]:
    taken: list[tuple[int, int]] = []
    found: list[Candidate] = []
    generic_period = bool(_GENERIC_PERIOD.search(sentence)) and not find_count(sentence, "killed")
    series = [m.end() for m in _GENERIC_SERIES.finditer(sentence)]
    attributed = -1  # where a claim or blame for an event told elsewhere starts ("claimed the bombing")
    for trigger in TRIGGERS:
        for m in trigger.pattern.finditer(sentence):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append(m.span())
            if trigger.sub_event_type == NOT_EVENT:
                continue
            start, end = offset + m.start(), offset + m.end()
            # A habitual or summary mention ("dozens of car bombings over the past decade") is no one event.
            if m.start() in series or (generic_period and m.group(0).lower().endswith("s")):
                continue
            if quoted and any(q0 < start and end < q1 for q0, q1 in quoted):
                continue  # words in a direct quote ("an attack on democracy") are the speaker's, not a report
            if trigger.sub_event_type in ("Attack", "Armed clash", "Arrests") and _BACK_REFERENCE.search(
                sentence[max(0, m.start() - 40) : m.start()]
            ):
                continue
            if m.group(0).lower() in ("attack", "attacks") and _DEFINITE.search(sentence[: m.start()]) and not (
                find_count(sentence, "killed") or find_count(sentence, "injured")
            ):
                continue  # "said the Ramadan attack shows ...": an opinion about an event told elsewhere
            if _ATTRIBUTION.search(sentence[max(0, m.start() - 60) : m.start()]) or (
                m.group(0).lower().endswith("s") and _BECAUSE.search(sentence[max(0, m.start() - 50) : m.start()])
            ):
                attributed = attributed if attributed >= 0 else m.start()
                continue  # "claimed responsibility for the attack", "blamed for": who did it, not a new report
            if trigger.sub_event_type == "Suicide bomb" and _NEUTRALISED.search(sentence[max(0, m.start() - 40) :
                                                                                          m.start()]):
                continue  # "snipers killed suicide bombers": the bombers were stopped; the killing is the event
            if _in_name(sentence, m.start(), m.end()):
                continue  # "Oromo Liberation Army", "Popular Mobilization Forces": a name, not an event
            found.append(Candidate(trigger.sub_event_type, trigger.strength, index, start, end, text=m.group(0),
                                   before=sentence[max(0, m.start() - 60) : m.start()],
                                   after=sentence[m.end() : m.end() + 60]))
    if attributed >= 0:
        # "claimed responsibility for a car bomb ... that killed eight": the deaths are the claimed event's.
        found = [c for c in found if not (_CASUALTY_WORD.fullmatch(c.text) or _GENERIC_VIOLENCE.fullmatch(c.text))
                 or c.trigger_start - offset < attributed]
    context = context or sentence
    if found and _NON_POLITICAL.search(context) and not _ARMED.search(context):
        # Disasters, accidents and ordinary crime kill and explode too; ACLED codes none of them.
        # A protest stays one, whatever burned ("sparked a dumpster blaze").
        # Seized weapons stay an event; "intercepted a trafficker" or "thwarted an attempt to smuggle" does not.
        found = [c for c in found if (c.sub_event_type in ("Peaceful protest", "Agreement", "Disrupted weapons use",
                                                           "Looting/property destruction", "Mob violence")
                 and c.strength >= 0.75
                 and (c.sub_event_type != "Disrupted weapons use" or _WEAPON_WORD.search(c.text)))
                 or (c.sub_event_type in ("Violent demonstration", "Protest with intervention")
                                             and _CROWD.search(sentence))]
    if found and _LEGAL.search(sentence):
        # Court cases mention killings and rapes without reporting one new event.
        found = [c for c in found if c.sub_event_type not in _VAC_GENERIC]
    for stat in _STATISTICS.finditer(sentence):
        # Statistics ("treated 385 survivors", "221 rape cases") count many incidents, not one event.
        low, high = offset + stat.start() - 25, offset + stat.end() + 60
        found = [c for c in found if c.sub_event_type not in _VAC_GENERIC or not low <= c.trigger_start <= high]
    spans = [(c.trigger_start, c.trigger_end) for c in found if _family(c.sub_event_type) in VIOLENT_EVENT_TYPES]
    kept = _reconcile(found, sentence)
    for c in kept:
        c.others = [sp for sp in spans if sp[0] != c.trigger_start]
    return kept


_CAPITALISED = re.compile(r"[A-Z][\w'-]*")


def _in_name(sentence: str, start: int, end: int) -> bool:
    """A capitalised trigger word inside a run of capitalised words, mid-sentence: part of a name."""
    if start == 0 or not sentence[start].isupper():
        return False
    words = sentence.split()
    if sum(bool(_CAPITALISED.match(w)) for w in words) > 0.6 * len(words):
        return False  # a title-case headline capitalises everything
    before = sentence[:start].split()[-1:]
    after = sentence[end:].split()[:1]
    if before and before[-1][-1:] in ".:;!?\"'":
        return False
    return any(_CAPITALISED.fullmatch(w.strip(",.;:'\"()")) for w in before + after)


def _family(sub_event_type: str) -> str:
    return "Battles" if sub_event_type == TERRITORY else event_type_of(sub_event_type)


def _continues(
    article: Article, previous: Event, candidates: list[Candidate], s_start: int, s_end: int
) -> bool:
    """Does this sentence go on about the previous sentence's event ("The blast killed seven")?

    Only in the same paragraph, with no date or other place of its own, and naming nothing but
    casualties or more of the same kind of event.
    """
    if "\n\n" in article.text[previous.evidence[-1].end : s_start]:
        return False
    if any(s_start <= d.start < s_end for d in article.dates):
        return False
    places_here = {p.id for p in article.places for s, _ in p.mentions if s_start <= s < s_end}
    if places_here - {previous.place_id}:
        return False
    text = article.text
    return all(
        _family(c.sub_event_type) == previous.event_type
        or _CASUALTY_WORD.fullmatch(text[c.trigger_start : c.trigger_end])
        # "A car bomb went off in X. The attack killed seven": the generic word names the same event.
        or (c.sub_event_type in ("Attack", "Armed clash") and previous.event_type in VIOLENT_EVENT_TYPES
            and _GENERIC_VIOLENCE.fullmatch(text[c.trigger_start : c.trigger_end]))
        for c in candidates
    )


_GENERIC_VIOLENCE = re.compile(r"attack(?:ed|s)?|assault(?:ed)?|wounded|injured|shooting|violence|incident", re.I)


_ARRESTED = re.compile(r"\b(?:arrest|detain)", re.I)
_PROTEST_PRETEXT = re.compile(r"\b(?:before|ahead of|prior to|anticipation of|organi[sz]\w*|participat\w*|"
                              r"(?:took|taking|"
                              r"take) part in|joining|join|planned|upcoming|(?:related|linked) to|for)\b"
                              r"(?: [\w'’.-]+){0,4} ?$", re.I)
_MINOR_GROUND = re.compile(r"^\W*(?:[\w'-]+ ){0,4}?(?:positions?|posts?|hilltops?|hills?|heights|checkpoints?|"
                           r"outposts?|points?|trenches|buildings?)\b", re.I)
_WITHDRAWAL = re.compile(r"withdr|pull|retreat|vacat|abandon|left|began|begin|started", re.I)
_HANDOVER = re.compile(r"\b(?:handed over|handover|hand over|without (?:any )?(?:resistance|fighting|a fight|a shot)|"
                       r"entered|took over|taken over|moved in)\b", re.I)
# Forces moving elsewhere ("pulled back ... heading to the capital") rather than giving ground up.
_REDEPLOY = re.compile(r"\b(?:pull(?:ed|ing|s)? back|head(?:ed|ing) (?:to|towards?|for|back)|redeploy\w*|"
                       r"reposition\w*|regroup\w*|relocat\w+|rift|split)\b", re.I)
_FIGHTING = re.compile(r"clash|fight|fought|battl|gun|fire|engag|skirmish|repel|fended|exchang", re.I)
_PACT = re.compile(r"^\W*(?:[\w'-]+ ){0,5}?(?:pacts?|treat(?:y|ies)|deals?|agreements?|accords?|conventions?|"
                   r"protocols?)\b", re.I)
_NEUTRALISED = re.compile(r"\b(?:killed|shot|shot dead|gunned down|neutrali[sz]ed|intercepted|stopped|arrested|"
                          r"captured|detained|killing|shooting) (?:[\w'-]+ ){0,3}$", re.I)
_BACKGROUND_CLAUSE = re.compile(r",\s*(?:which|who)\s+(?:has|have|had)\s+(?:long\s+|already\s+|also\s+)?$", re.I)
# "a bus transporting a paramilitary force": armed men on board make the target military.
_ARMED_CARGO = re.compile(r"^\W*(?:[\w'-]+ ){0,3}?(?:carrying|transporting|ferrying|with|full of|packed with) "
                          r"(?:[\w'-]+ ){0,3}(?:soldiers|troops|paramilitar\w+|police\w*|officers|fighters|"
                          r"militia\w*|personnel|guards|gendarmes|security forces|recruits|forces?)\b", re.I)
_FORCES = re.compile(r"\b(?:police|policemen|security forces|troops|soldiers|army|military|gendarmes)\b", re.I)
_BLOCK = re.compile(r"(?:blocked|blocking|barricad)", re.I)
_CLASH = re.compile(r"\b(?:clash|scuffle|skirmish)", re.I)
_CROWD = re.compile(r"\b(?:protest\w*|demonstrat\w+|marchers|rioters|crowds?|mobs?|students|youths|rally|rallies|"
                    r"activists)\b", re.I)


def _reconcile(found: list[Candidate], sentence: str = "") -> list[Candidate]:
    """One event per kind of thing a sentence reports: the specific type explains the generic."""
    protest_words = bool(_CROWD.search(sentence))
    types = {c.sub_event_type for c in found}
    protest = types & {"Peaceful protest", "Protest with intervention", "Excessive force against protesters",
                       "Violent demonstration"}
    # Protesters who turn violent make a riot whatever the police did; lethal force on peaceful
    # protesters outranks tear gas, which outranks a peaceful protest.
    for rank in ("Violent demonstration", "Excessive force against protesters", "Protest with intervention"):
        if rank in types:
            found = [c for c in found if c.sub_event_type == rank or c.sub_event_type not in protest]
            break
    arrests = [c for c in found if c.sub_event_type == "Arrests" or (
        c.sub_event_type == "Protest with intervention" and _ARRESTED.search(c.text))]
    pretexts = [c for c in found if c.sub_event_type in protest and c not in arrests]
    if arrests and pretexts and all(_PROTEST_PRETEXT.search(c.before) for c in pretexts):
        # "arrested activists ahead of a rally", "for organising a protest": the arrests are the event;
        # the protest is their reason or a later plan, met by no one on the day.
        for c in arrests:
            c.sub_event_type = "Arrests"
        found = [c for c in found if c not in pretexts]
        types = {c.sub_event_type for c in found}
        protest = set()
    if "Peaceful protest" in types and "Arrests" in types and len(protest) == 1:
        for c in found:
            if c.sub_event_type == "Peaceful protest":
                c.sub_event_type = "Protest with intervention"
    clash = [c for c in found if c.sub_event_type == "Armed clash" and _CLASH.match(c.text)]
    if protest and clash and not types & {"Violent demonstration", "Excessive force against protesters"}:
        # Protesters who clash with the police riot: ACLED codes a violent demonstration.
        clash[0].sub_event_type = "Violent demonstration"
        found = [c for c in found if c.sub_event_type not in protest]
        protest = {"Violent demonstration"}
    if not protest_words:
        found = [c for c in found if not (c.sub_event_type == "Violent demonstration" and _BLOCK.match(c.text))]
    killed = [c for c in found if c.sub_event_type == "Attack" and _CASUALTY_WORD.fullmatch(c.text)]
    if protest and killed and _FORCES.search(sentence) and not types & {"Violent demonstration",
                                                                         "Excessive force against protesters"}:
        # People killed at a protest the police broke up: lethal force against protesters.
        killed[0].sub_event_type = "Excessive force against protesters"
        found = [c for c in found if c.sub_event_type not in protest]
        protest = {"Excessive force against protesters"}
    if not protest_words and types == {"Violent demonstration"} | (types & {"Armed clash", "Attack"}):
        # "militants clashed with security forces": no crowd in sight, so a battle, not a riot.
        for c in found:
            if c.sub_event_type == "Violent demonstration" and _CLASH.search(c.text):
                c.sub_event_type = "Armed clash"
        protest = set()
    if protest:
        # In a protest report, "clashes", "attacked" and arrests are part of the protest event.
        found = [c for c in found if c.sub_event_type not in ("Armed clash", "Attack", "Arrests", "Mob violence")]
    if any(_family(c.sub_event_type) in VIOLENT_EVENT_TYPES for c in found):
        # Destruction or "destroyed" weapons in an attack are the attack's doing, not events of their own.
        found = [c for c in found if c.sub_event_type != "Looting/property destruction" and not (
            c.sub_event_type == "Disrupted weapons use" and _DESTROYED.search(c.text))]
        types = {c.sub_event_type for c in found}
    if "Disrupted weapons use" in types:
        # The weapons named were found or seized, not used.
        found = [c for c in found if c.sub_event_type not in (
            "Remote explosive/landmine/IED", "Grenade", "Shelling/artillery/missile attack", "Attack",
            "Chemical weapon", "Change to group/activity")
            and not (c.sub_event_type == "Armed clash" and _RAID.match(c.text))]
    if "Headquarters or base established" in types:
        found = [c for c in found if c.sub_event_type not in ("Change to group/activity", TERRITORY)]
    if "Chemical weapon" in types:
        # The agent is what defines it, whatever delivered it.
        found = [c for c in found if c.sub_event_type not in (
            "Shelling/artillery/missile attack", "Air/drone strike", "Attack", "Remote explosive/landmine/IED")]
    violent = [c for c in found if _family(c.sub_event_type) in VIOLENT_EVENT_TYPES]
    specific = [c for c in violent if c.sub_event_type not in ("Attack", "Armed clash", TERRITORY)]
    if any(c.sub_event_type == "Armed clash" and _FIGHTING.search(c.text) for c in violent) and any(
        c.sub_event_type == TERRITORY and _MINOR_GROUND.match(c.after) for c in violent
    ):
        # Fighting that took (or tried to take) a few positions or hilltops is a battle:
        # ACLED keeps territory changes for places held, not for positions traded in a clash.
        found = [c for c in found if c.sub_event_type != TERRITORY]
        violent = [c for c in found if _family(c.sub_event_type) in VIOLENT_EVENT_TYPES]
    withdrawal = [c for c in found if c.sub_event_type == "Non-violent transfer of territory"
                  and _WITHDRAWAL.match(c.text)]
    if withdrawal and not {c.sub_event_type for c in violent} - {TERRITORY}:
        if any(c.sub_event_type == TERRITORY for c in violent):
            # "entered the town after the YPG pulled out": ground handed over without a fight.
            found = [c for c in found if c.sub_event_type != TERRITORY]
            violent = []
        else:
            moved = not _HANDOVER.search(sentence) and (
                "Change to group/activity" in {c.sub_event_type for c in found} or bool(_REDEPLOY.search(sentence)))
            for c in withdrawal:
                # Leaving a pact is the end of an agreement; forces pulling back to go elsewhere, with no one
                # taking over, are a change in the group's activity (TAXONOMY.md), not ground changing hands.
                if _PACT.match(c.after):
                    c.sub_event_type = "Agreement"
                elif moved:
                    c.sub_event_type = "Change to group/activity"
    if any(c.sub_event_type == TERRITORY for c in violent):
        # Territory taken in fighting: the capture is the event; the fighting is part of it.
        found = [c for c in found if c.sub_event_type not in ("Attack", "Armed clash",
                                                              "Non-violent transfer of territory")
                 or (c.sub_event_type == "Non-violent transfer of territory" and not specific)]
        violent = [c for c in found if _family(c.sub_event_type) in VIOLENT_EVENT_TYPES]
        specific = [c for c in violent if c.sub_event_type not in ("Attack", "Armed clash", TERRITORY)]
    if specific:
        found = [c for c in found if c not in violent or c in specific]
    elif any(c.sub_event_type == "Armed clash" for c in violent):
        found = [c for c in found if c.sub_event_type != "Attack"]
    # Several matches of one type in one sentence are one event.
    seen: dict[str, Candidate] = {}
    for c in found:
        if c.sub_event_type not in seen or c.strength > seen[c.sub_event_type].strength:
            seen[c.sub_event_type] = c
    return sorted(seen.values(), key=lambda c: c.trigger_start)


def _continue_event(event: Event, sentence: str, start: int, end: int, text: str) -> None:
    event.evidence.append(Evidence(start, end, text[start:end]))
    _add_counts(event, sentence)


def _add_counts(event: Event, sentence: str) -> None:
    killed = find_count(sentence, "killed")
    if killed is not None and (event.fatalities is None or killed.low > event.fatalities):
        event.fatalities, event.fatalities_low, event.fatalities_high = (
            killed.low, killed.low, killed.high)
    injured = find_count(sentence, "injured")
    if injured is not None and (event.injured is None or injured.low > event.injured):
        event.injured = injured.low


def _build_event(
    article: Article, cand: Candidate, s_start: int, s_end: int, published: dt.date | None
) -> Event | None:
    assert article.nlp is not None
    tokens = article.nlp.tokens
    t_from, t_to = article.nlp.sentence_tokens[cand.sentence]
    trigger = next((i for i in range(t_from, t_to) if tokens[i].end > cand.trigger_start), t_from)
    sentence = article.text[s_start:s_end]
    sub_type = cand.sub_event_type
    actor1, actor2 = _actors(article, trigger, t_from, t_to)
    if actor1 is None and _family(sub_type) in VIOLENT_EVENT_TYPES:
        # "ISIS launched an attack that resulted in gun battles": the words this event's trigger
        # explained away still name who did it.
        for o_start, _ in sorted(cand.others, key=lambda sp: abs(sp[0] - cand.trigger_start)):
            other = next((i for i in range(t_from, t_to) if tokens[i].end > o_start), None)
            o_actor1, o_actor2 = _actors(article, other, t_from, t_to) if other is not None else (None, None)
            if o_actor1 is not None:
                actor1, actor2 = o_actor1, actor2 or o_actor2
                break
    if _BACKGROUND_CLAUSE.search(article.text[max(s_start, cand.trigger_start - 60) : cand.trigger_start]):
        return None  # "Turkey, which has deployed troops": a description of an actor, not a new event
    if sub_type == TERRITORY and _moved_by_a_thing(tokens, trigger, t_from, t_to):
        return None  # "the car had been tracked since it entered the city": a vehicle takes no territory
    if sub_type == TERRITORY:
        sub_type = _territory_type(actor1, article.text[cand.trigger_start : cand.trigger_end],
                                   article.text[s_start : cand.trigger_start])
    # An armed actor "attacking" another armed actor is a battle, not violence against civilians.
    if sub_type == "Attack" and (
        (actor2 and actor2.actor_type not in (None, "Civilians", "Protesters"))
        or (actor2 is None and _MILITARY_TARGET.match(article.text[cand.trigger_end : s_end]))
        or (actor2 is not None and actor2.actor_type is None and _MILITARY_TARGET.match(actor2.name))
    ):
        sub_type = "Armed clash"
    elif sub_type == "Attack" and _ARMED_KILLED.search(sentence):
        sub_type = "Armed clash"  # armed men killed on the other side: a fight, not one-sided violence
    elif sub_type == "Armed clash" and actor2 is not None and (
        actor2.actor_type == "Civilians" or (actor2.actor_type is None and _CIVILIAN_TARGET.search(actor2.name))
    ) and not _ARMED_CARGO.search(article.text[cand.trigger_end : min(s_end, cand.trigger_end + 100)]    ):
        sub_type = "Attack"  # "stormed a crowded market": one-sided violence against civilians
    if sub_type in ("Suicide bomb", "Remote explosive/landmine/IED") and _driven_car_bomb(
        article.text, s_start, s_end
    ):
        sub_type = "Suicide bomb"
    modality = _modality(tokens, trigger, t_from, t_to, sentence)
    prev_start = article.nlp.sentences[cand.sentence - 1][0] if cand.sentence else s_start
    dates = article.dates
    if published is not None and modality == "asserted" and tokens[trigger].tag in ("VBD", "VBN"):
        # "was arrested and will appear in court on Monday": a past event takes no date from the future.
        dates = [d for d in dates if d.date[:10] <= published.isoformat()]
    date = _pick_date(dates, cand, s_start, s_end, article.text, prev_start)
    own_date = date is not None and s_start <= date.start < s_end
    if not own_date and _ONGOING_TRIGGER.match(cand.text) and _ONGOING.search(
        article.text[max(s_start, cand.trigger_start - 30) : cand.trigger_start]
    ):
        return None  # "has been fighting the army": the conflict's background, not a dated event
    if date is not None:
        date_value, date_text, precision = date.date, date.text, date.precision
    elif published is not None:
        date_value, date_text, precision = published.isoformat(), None, 2
    else:
        date_value, date_text, precision = None, None, None
    if modality == "asserted" and published and date_value and _is_old(date_value, published):
        modality = "historical"
    if modality == "asserted" and published and date_value and date_value[:10] > published.isoformat() and len(
        date_value
    ) == 10:
        modality = "future"  # dated after the report ("next Tuesday"): it has not happened yet
    place, in_sentence = _pick_place(article, cand, s_start, s_end)
    event_type = event_type_of(sub_type)
    plover, mode = plover_of(sub_type)
    event = Event(
        id="",
        event_type=event_type,
        sub_event_type=sub_type,
        plover=plover,
        plover_mode=mode,
        actor1=actor1,
        actor2=actor2,
        date=date_value,
        date_text=date_text,
        time_precision=precision,
        place_id=place.id if place else None,
        location=_location(article, place),
        modality=modality,
        evidence=[Evidence(s_start, s_end, sentence)],
    )
    _add_counts(event, sentence)
    event.confidence = _confidence(cand.strength, event, in_sentence, date is not None)
    return event


_NON_STATE = re.compile(r"\b(?:rebels?|militants?|insurgents?|jihadists?|terrorists?|militias?|militiamen|fighters|"
                        r"separatists?|gunmen|opposition|Taliban|ISIS|ISIL|Islamic State|Daesh|Shabaa?b|Houthis?|"
                        r"Boko Haram|Nusra|Qaeda|YPG|SDF|PKK|Hezbollah|tribesmen|bandits)\b", re.I)


def _territory_type(actor1: Actor | None, trigger_text: str, before: str = "") -> str:
    """Who took the ground decides: state forces regain it, anyone else overtakes it."""
    if actor1 is not None:
        if actor1.actor_type in ("State forces", "External/Other forces"):
            return "Government regains territory"
        if actor1.actor_type is not None:
            return "Non-state actor overtakes territory"
        if STATE_WORDS.search(actor1.name):
            return "Government regains territory"
    if _REGAIN_WORDS.search(trigger_text):
        return "Government regains territory"
    if STATE_WORDS.search(before) and not _NON_STATE.search(before):
        return "Government regains territory"  # "Joint units of the Syrian army ... took control"
    return "Non-state actor overtakes territory"


def _moved_by_a_thing(tokens: list[Token], trigger: int, t_from: int, t_to: int) -> bool:
    """Is the trigger's subject a vehicle ("the truck entered the town"), or "it" after one in the sentence?"""
    for i in range(t_from, t_to):
        if tokens[i].head == trigger and tokens[i].dep == "nsubj":
            word = tokens[i].text.lower()  # not "the town fell": places are the ground taken
            return word in _VEHICLES or (word == "it" and any(
                tokens[j].text.lower() in _VEHICLES for j in range(t_from, i)))
    return False


def _driven_car_bomb(text: str, s_start: int, s_end: int) -> bool:
    """A car bomb driven at its target (SVBIED) is a suicide bombing (TAXONOMY.md)."""
    window = text[s_start : min(len(text), s_end + 400)]
    return bool(re.search(r"explosives-laden vehicle|car bomb|truck bomb", window, re.I)) and bool(
        re.search(r"\b(?:suicide|attacker|drove|rammed|sped|driver)\b", window, re.I))


def _is_old(date_value: str, published: dt.date) -> bool:
    parts = [int(p) for p in date_value.split("-")]
    end = dt.date(parts[0], parts[1] if len(parts) > 1 else 12, parts[2] if len(parts) > 2 else 28)
    return (published - end).days > HISTORICAL_DAYS


def _confidence(strength: float, event: Event, place_in_sentence: bool, dated: bool) -> float:
    score = 0.45 * strength + 0.15 * (event.actor1 is not None) + 0.1 * place_in_sentence
    score += 0.1 * dated + 0.05 * (event.actor2 is not None)
    if event.modality != "asserted":
        score *= 0.8
    return calibrate(min(score + 0.1, 0.95))


# --- actors -----------------------------------------------------------------------------------


def _actors(article: Article, trigger: int, t_from: int, t_to: int) -> tuple[Actor | None, Actor | None]:
    assert article.nlp is not None
    tokens = article.nlp.tokens
    children: dict[int, list[int]] = {}
    for i in range(t_from, t_to):
        if tokens[i].head != i:
            children.setdefault(tokens[i].head, []).append(i)

    def kids(i: int, *deps: str) -> list[int]:
        return [c for c in children.get(i, []) if tokens[c].dep in deps]

    agent: int | None = None
    patient: int | None = None
    tok = tokens[trigger]
    if tok.pos in ("VERB", "AUX"):
        verb = trigger
        # "... attacked X", "X was attacked by Y"; for "killing" participles climb to the main verb.
        subjects = [k for k in kids(verb, "nsubj") if k < verb]
        agent = subjects[-1] if subjects else None  # the nearest: datelines parse as subjects too
        patient = next(iter(kids(verb, "dobj", "nsubjpass")), None)
        for by in kids(verb, "agent"):
            agent = next(iter(kids(by, "pobj")), agent)
        if agent is None and tok.dep in ("advcl", "xcomp", "conj", "relcl") and tok.head != verb:
            agent = next(iter(kids(tok.head, "nsubj")), None)
    else:
        # "suicide bomber": the trigger starts on a modifier; its head noun carries the syntax.
        while tok.dep in ("compound", "amod") and t_from <= tok.head < t_to and tok.head > trigger:
            trigger = tok.head
            tok = tokens[trigger]
        noun = trigger
        # "ISIS attack", "militants' attack", "attack on X by Y", "Y launched an attack"
        for mod in kids(noun, "compound", "amod", "poss", "nmod"):
            if tokens[mod].ent or tokens[mod].pos == "PROPN":
                agent = mod
        for prep in kids(noun, "prep"):
            word = tokens[prep].text.lower()
            obj = next(iter(kids(prep, "pobj")), None)
            if word in ("on", "against", "targeting") and obj is not None:
                patient = obj
            elif word == "by" and obj is not None:
                agent = obj
        head = tok.head
        if agent is None and tok.dep == "nsubj" and _AGENT_NOUN.search(tok.text):
            agent = trigger  # "a female suicide bomber detonated ...": the trigger names the attacker
        if agent is None and tok.dep in ("dobj", "nsubjpass", "attr") and tokens[head].pos == "VERB":
            agent = next(iter(kids(head, "nsubj")), None)
        if tok.dep == "pobj" and tokens[head].text.lower() == "under" and tokens[tokens[head].head].pos in (
            "VERB", "AUX"
        ):
            # "the convoy came under attack": the subject is the target, or, for "it", the clause's it stands for.
            verb = tokens[head].head
            target = next(iter(kids(verb, "nsubj")), None)
            if target is not None and tokens[target].pos == "PRON" and tokens[verb].dep in ("advcl", "conj"):
                target = next(iter(kids(tokens[verb].head, "nsubj", "nsubjpass")), target)
            patient = patient or target
        if agent is None and tok.dep == "nsubj":
            patient = patient or next(iter(kids(head, "dobj")), None)
    return _actor(article, agent, children), _actor(article, patient, children)


def _actor(article: Article, index: int | None, children: dict[int, list[int]]) -> Actor | None:
    if index is None:
        return None
    assert article.nlp is not None
    tokens = article.nlp.tokens
    tok = tokens[index]
    if tok.pos == "PRON":
        return None  # pronoun actors need coreference; better none than a wrong one
    if tok.text.lower() in _INANIMATE or tok.pos not in ("NOUN", "PROPN"):
        return None  # things, numbers and ordinals ("a second attacker" parsed on "second") are no actor
    line = article.dateline
    if line is not None and line.start is not None and line.end is not None and line.start <= tok.start < line.end:
        return None  # "KADUNA, Nigeria -- Gunmen ..." parses the dateline as a subject
    left = index
    for c in sorted(children.get(index, [])):
        if c < index and tokens[c].dep in ("compound", "amod", "nmod", "poss", "nummod"):
            left = min(left, c)
    while left < index and tokens[left].dep == "poss" and tokens[left].text.lower() in ("their", "its"):
        left += 1
    start, end = tokens[left].start, tok.end
    name = re.sub(r"[’']s$", "", article.text[start:end]).strip()
    entity = next(
        (e for e in article.entities if any(s < end and start < e2 for s, e2 in e.mentions)), None
    )
    actor_type = entity.actor_type if entity else None
    if actor_type is None:
        kind = lookup_actor(name) or classify_phrase(name)
        actor_type = kind[0] if kind else None
    if entity is not None and entity.label in ("ORG", "NORP") and len(entity.name) >= len(name):
        name = entity.name
    return Actor(name=name, entity_id=entity.id if entity else None, actor_type=actor_type)


# --- modality ---------------------------------------------------------------------------------


def _modality(tokens: list[Token], trigger: int, t_from: int, t_to: int, sentence: str) -> str:
    seen = set()
    i = trigger
    chain = [i]
    while tokens[i].head != i and len(chain) < 8 and i not in seen:
        seen.add(i)
        i = tokens[i].head
        chain.append(i)
    for k, node in enumerate(chain[:-1]):
        # "vowed an inquiry after seven people were murdered": a clause of time or cause states a fact.
        if tokens[node].dep == "advcl" and any(
            tokens[j].head == node and tokens[j].dep == "mark" and tokens[j].text.lower() in FACT_MARKS
            for j in range(t_from, t_to)
        ):
            chain = chain[: k + 1]
            break
    heads = [h for h in chain[1:] if tokens[h].pos == "VERB"]
    if any(tokens[h].lemma.lower() in CALL_LEMMAS for h in heads):
        return "call"
    if any(tokens[h].lemma.lower() in THREAT_LEMMAS for h in heads):
        return "threat"
    if any(tokens[h].lemma.lower() in DENY_LEMMAS for h in heads[:3]):
        return "negated"  # "police denied using live ammunition"
    if any(tokens[h].lemma.lower() in PREVENT_LEMMAS for h in heads[:3]):
        return "hypothetical"  # "to prevent reprisal attacks": it has not happened
    for k in range(1, min(6, len(chain))):
        # "calls for a general strike", "plans to march", "the threat of attacks": the noun must
        # govern the trigger through for/of/to, not merely sit above it in a parse.
        h, below = chain[k], tokens[chain[k - 1]]
        linked = below.text.lower() in ("for", "of", "to") or below.dep in ("acl", "xcomp", "relcl")
        if tokens[h].pos == "NOUN" and tokens[h].lemma.lower() in NOUN_MODALITY and linked:
            return NOUN_MODALITY[tokens[h].lemma.lower()]
    tok = tokens[trigger]
    if tok.tag == "VB" and any(tokens[j].head == trigger and tokens[j].text.lower() == "to"
                               for j in range(max(t_from, trigger - 3), trigger)):
        # "the battle to retake the city": a purpose, not yet a fact.
        governor = tokens[tok.head]
        if governor.lemma.lower() not in ("manage", "succeed", "help", "continue", "begin", "start", "fail"):
            return "future"
    governed = {j for j in range(t_from, t_to) if tokens[j].head in chain}
    words = {tokens[j].text.lower() for j in governed if tokens[j].dep in ("aux", "neg", "mark")}
    if words & NEGATIONS:
        return "negated"
    if words & FUTURE_AUX or any(tokens[h].lemma.lower() in FUTURE_LEMMAS for h in chain):
        return "future"
    if "would" in words and any(tokens[h].lemma.lower() in REPORT_LEMMAS for h in heads):
        return "future"  # "said they would march": the future seen from the past, not a condition
    if words & HYPOTHETICAL_WORDS:
        return "hypothetical"
    if re.search(r"\b(?:next week|next month|tomorrow|planned|upcoming)\b", sentence, re.I) and re.search(
        r"\b(?:will|would|plans?|planned|to hold|to stage)\b", sentence, re.I
    ):
        return "future"
    return "asserted"


# --- date and place ---------------------------------------------------------------------------


def _pick_date(
    dates: list[DateMention], cand: Candidate, s_start: int, s_end: int, text: str, prev_start: int | None = None
) -> DateMention | None:
    prev_start = s_start if prev_start is None else prev_start
    inside = [d for d in dates if s_start <= d.start < s_end]
    if inside:
        return min(inside, key=lambda d: abs(d.start - cand.trigger_start))
    # A sentence with no date of its own goes on in the day the sentence just before it named.
    para_start = max(0, text.rfind("\n", 0, s_start), prev_start)
    earlier = [d for d in dates if para_start <= d.start < s_start and d.precision == 1]
    return max(earlier, key=lambda d: d.start) if earlier else None


def _pick_place(article: Article, cand: Candidate, s_start: int, s_end: int) -> tuple[Place | None, bool]:
    """The place in the event's sentence, then the paragraph's, then the dateline's."""
    return event_place(article, cand.trigger_start, s_start, s_end)


def _best_place_in(article: Article, anchor: int, start: int, end: int) -> Place | None:
    return best_place_in(article, anchor, start, end)


def _location(article: Article, place: Place | None) -> Location | None:
    return location_of(article, place)


# --- one event per (type, day, place, actor) --------------------------------------------------


_PROTEST_RANK = ["Peaceful protest", "Protest with intervention", "Excessive force against protesters",
                 "Violent demonstration"]


def _protest_rank(events: list[Event]) -> None:
    """One protest a day and place: if any sentence saw it turn violent or met force, the whole protest did."""
    for event in events:
        if event.sub_event_type not in _PROTEST_RANK:
            continue
        same = [e for e in events if e.sub_event_type in _PROTEST_RANK and e.date == event.date
                and e.place_id == event.place_id and e.modality == event.modality]
        top = max(_PROTEST_RANK.index(e.sub_event_type) for e in same)
        for e in same:
            e.sub_event_type = _PROTEST_RANK[top]
            e.event_type = event_type_of(e.sub_event_type)


def _merge_within_article(events: list[Event]) -> list[Event]:
    merged: list[Event] = []
    _protest_rank(events)
    for event in events:
        same = next((m for m in merged if _same_event(m, event)), None)
        if same is None:
            merged.append(event)
            continue
        same.evidence.extend(event.evidence)
        same.confidence = max(same.confidence, event.confidence)
        if same.sub_event_type != event.sub_event_type and event.sub_event_type == "Suicide bomb":
            same.sub_event_type = event.sub_event_type
        if event.fatalities is not None and (same.fatalities is None or event.fatalities > same.fatalities):
            same.fatalities = event.fatalities
            same.fatalities_low, same.fatalities_high = event.fatalities_low, event.fatalities_high
        if event.injured is not None and (same.injured is None or event.injured > same.injured):
            same.injured = event.injured
        same.actor1 = same.actor1 or event.actor1
        same.actor2 = same.actor2 or event.actor2
    seen: set[str] = set()
    for event in merged:
        event.event_type = event_type_of(event.sub_event_type)
        event.plover, event.plover_mode = plover_of(event.sub_event_type)
        key = f"{event.sub_event_type}|{event.date}|{event.place_id}|{event.evidence[0].start}"
        while (event_id := hashlib.sha1(key.encode()).hexdigest()[:12]) in seen:
            key += "+"  # two events of one type in one sentence: still distinct, still stable
        seen.add(event_id)
        event.id = event_id
    return merged


def _same_event(a: Event, b: Event) -> bool:
    if a.modality != b.modality or a.date != b.date:
        return False
    if a.event_type != b.event_type:
        return False
    if a.place_id != b.place_id:
        return False
    names = {x.name.lower() for x in (a.actor1, b.actor1) if x}
    return len(names) <= 1 or a.sub_event_type == b.sub_event_type


