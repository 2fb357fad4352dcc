"""Event triggers: verbal and nominal phrases that name an event, typed into ACLED sub-event types.

Order matters: the first, most specific pattern that matches a stretch of text wins it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Trigger:
    sub_event_type: str
    pattern: re.Pattern[str]
    strength: float  # how surely the words alone name an event of this type


def _t(sub_event_type: str, pattern: str, strength: float = 0.8) -> Trigger:
    return Trigger(sub_event_type, re.compile(pattern, re.I), strength)


TRIGGERS: list[Trigger] = [
    _t("Chemical weapon", r"\b(?:chemical (?:weapons?|attack)|chlorine (?:gas|attack)|sarin|nerve agent)\b"),
    _t("Suicide bomb", r"\bsuicide (?:car |truck )?(?:bomb(?:ing|er|s)?|attack(?:er|s)?|blast|vest)|"
       r"\bsuicide[- ]bomb|\bblew (?:himself|herself|themselves) up\b|\bvehicle-borne\b|\bSVBIED\b", 0.9),
    _t("Air/drone strike", r"\b(?:air ?strikes?|drone (?:strikes?|attacks?)|air raids?|aerial "
       r"(?:bombardment|attacks?)|warplanes?|fighter jets?|helicopter gunships?|bombed from the air|"
       r"explosives-laden drones?|drones? aircraft|armed drones?)\b", 0.85),
    _t("Shelling/artillery/missile attack", r"\b(?:shell(?:ing|ed|s)|artillery (?:fire|strikes?|attacks?)|"
       r"mortars?(?: (?:fire|rounds?|shells?|attacks?))?|rockets? (?:fire|attacks?|hit|struck|slammed)|"
       r"missiles? (?:attacks?|strikes?|hit|struck|slammed)|ballistic missiles?|rocket-propelled grenades?|"
       r"fired (?:rockets|missiles|mortars)|barrage)\b", 0.85),
    _t("Grenade", r"\b(?:grenade (?:attack|blast|explosion)|hurled a grenade|threw a grenade|grenades? "
       r"(?:was|were) (?:thrown|hurled))\b", 0.85),
    _t("Remote explosive/landmine/IED", r"\b(?:car bomb(?:ing)?s?|roadside bombs?|improvised explosive|"
       r"IEDs?|landmines?|land mines?|explosive devices?|bomb (?:blast|attack|explosion)s?|bombings?|"
       r"explosives-laden (?:vehicle|car|truck)|booby[- ]trap(?:ped)? (?:car|vehicle|bomb)|"
       r"(?:blast|explosion) (?:killed|tore|ripped|hit|struck))\b", 0.8),
    _t("Sexual violence", r"\b(?:rap(?:ed|ing)|sexual(?:ly)? (?:violence|assault(?:ed)?|abuse(?:d)?))\b", 0.8),
    _t("Abduction/forced disappearance", r"\b(?:abduct(?:ed|ion|ing|s)?|kidnapp?(?:ed|ing|ers|s)?|"
       r"taken hostage|held hostage|seized (?:\w+ ){0,3}hostages?|forced disappearances?|went missing)\b", 0.85),
    _t("Excessive force against protesters", r"\b(?:opened fire on (?:\w+ ){0,2}(?:protesters|demonstrators|"
       r"crowds?)|(?:protesters|demonstrators) (?:were|was) (?:shot|killed)|live (?:ammunition|rounds) "
       r"(?:at|on|against) (?:\w+ ){0,2}(?:protesters|demonstrators))\b", 0.9),
    _t("Violent demonstration", r"\b(?:riot(?:s|ed|ing|ers)?|(?:protesters|demonstrators) (?:\w+ ){0,3}"
       r"(?:torched|set fire|hurled stones|threw stones|threw rocks|burned|stormed|clashed|attacked|"
       r"vandali[sz]ed|looted))\b", 0.8),
    _t("Mob violence", r"\b(?:mob (?:attack|violence|lynch\w*|killed|beat)|lynch(?:ed|ing)|"
       r"vigilantes?)\b", 0.75),
    _t("Protest with intervention", r"\b(?:(?:fired|used|lobbed) tear ?gas|tear ?gas|water cannons?|"
       r"rubber bullets|(?:dispersed|broke up|disperse) (?:\w+ ){0,3}(?:protest|protesters|"
       r"demonstrat\w+|rally|crowds?|march(?:ers)?))\b", 0.85),
    _t("Peaceful protest", r"\b(?:protest(?:ed|ers|s|ing)?|"
       r"demonstrat(?:ion|ions|ors|ed|ing)|"
       r"rall(?:y|ies) (?:in|at|against|outside|near)|held (?:a )?rall(?:y|ies)|marched|sit-ins?|"
       r"took to the streets|strikes? by|went on strike)\b", 0.7),
    _t("Agreement", r"\b(?:cease-?fire (?:agreement|deal)?|truce|peace (?:deal|agreement|accord|treaty)|"
       r"signed (?:\w+ ){0,3}(?:agreement|accord|deal|ceasefire)|prisoner (?:exchange|swap)|"
       r"agreed (?:to|on) (?:a )?(?:ceasefire|truce|peace))\b", 0.8),
    _t("Arrests", r"\b(?:arrest(?:ed|s|ing)?|detain(?:ed|s|ing)|taken into custody|rounded up|"
       r"apprehended)\b", 0.75),
    _t("Disrupted weapons use", r"\b(?:defus(?:ed|ing)|intercept(?:ed|ing)|shot down|(?:foiled|thwarted) "
       r"(?:\w+ ){0,2}(?:attack|plot|attempt)|weapons (?:cache|were seized)|seized (?:\w+ ){0,2}"
       r"(?:weapons|explosives|ammunition|arms))\b", 0.75),
    _t("Government regains territory", r"\b(?:retook|retaken|recaptur(?:ed|e)|regain(?:ed)? control|"
       r"liberat(?:ed|ing)|took back)\b", 0.7),
    _t("Non-state actor overtakes territory", r"\b(?:overran|overrun|seized control|took control|"
       r"captured (?:the )?(?:town|city|village|base|district)|fell to)\b", 0.7),
    _t("Looting/property destruction", r"\b(?:loot(?:ed|ing)|torch(?:ed|ing)|set (?:\w+ ){0,2}on fire|"
       r"burn(?:ed|t) down|razed|ransack(?:ed|ing)|vandali[sz]ed)\b", 0.7),
    _t("Non-violent transfer of territory", r"\b(?:withdrew from|handed over (?:control|the town|the city)|"
       r"pulled out of|abandoned (?:their )?positions)\b", 0.65),
    _t("Armed clash", r"\b(?:clash(?:es|ed)?|gun ?battles?|firefights?|fighting|fought|battl(?:e|es|ed|ing)|"
       r"exchange of fire|exchanged fire|ambush(?:ed)?|storm(?:ed|ing)|stormed into|offensive on|"
       r"assault(?:ed)? on|breach(?:ed|ing)|raided|raid on)\b", 0.7),
    _t("Attack", r"\b(?:massacre[ds]?|shot dead|shot and killed|opened fire|executed|beheaded|"
       r"stabb(?:ed|ing)|hacked to death|attack(?:ed|s|ing)?|killed|kill(?:ing)?|murder(?:ed)?|"
       r"assassinat(?:ed|ion))\b", 0.6),
]
