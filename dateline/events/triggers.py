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


# Territory changes hands: who took it decides the sub-type (``detect.py``), so these carry this tag.
TERRITORY = "territory"
# Words that look like triggers and name no event ("a bomb disposal squad"): they claim their span, then drop.
NOT_EVENT = "not an event"

_WEAPONS = (r"(?:weapons?|arms|ammunitions?|ammo|firearms?|guns?|rifles?|pistols?|kalashnikovs?|"
            r"explosives?|IEDs?|VBIEDs?|improvised explosive devices?|explosive devices?|bombs?|mines?|"
            r"landmines?|grenades?|mortars?|rockets?|missiles?|RPGs?|launchers?|bullets|cartridges|"
            r"rounds of ammunition|rounds|magazines|caches?|stash(?:es)?|arsenals?|projectiles)")
WEAPONS = _WEAPONS
_FOUND = (r"(?:seiz(?:e|ed|ing|ure)|f(?:ou|i)nd(?:ing)?|found|discover(?:ed|y|ing)?|recover(?:ed|ing)?|"
          r"confiscat(?:ed|ing|ion)|defus(?:ed|ing|e)|dismantl(?:ed|ing|e)|destroy(?:ed|ing)?|clear(?:ed|ing)|"
          r"uncover(?:ed|ing)?|unearth(?:ed|ing)?|impound(?:ed|ing)?|detonat(?:ed|ing) (?:safely|in a controlled)|"
          r"captured|identified|neutrali[sz](?:ed|ing))")
_PROTESTERS = r"(?:protesters?|demonstrators?|marchers|rioters|crowds?|students|youths|mobs?|supporters)"
_MILITARY = (r"(?:army|military|troops|soldiers|forces|police|base|post|checkpoints?|positions?|convoy|patrol|"
             r"camp|outpost|barracks|garrison|gendarmes?|militia|militants|fighters|rebels|insurgents)")
_PLACE_NOUN = (r"(?:towns?|city|cities|villages?|localit(?:y|ies)|hilltops?|oil ?fields?|base|district|area|areas|"
               r"region|neighbou?rhood|hill|heights|"
               r"airport|port|crossing|province|island|territory|oilfield|camp|positions?|posts?|highway|"
               r"road|bridge|castle|strategic|key|outskirts)")

TRIGGERS: list[Trigger] = [
    _t(NOT_EVENT, r"\bbomb[- ](?:disposal|squads?|experts?|technicians?|sniffer)(?: (?:squads?|units?|teams?|"
       r"experts?|dogs?))?\b", 1.0),
    # Weapons found, seized or defused come first: the weapon words inside them name no attack.
    _t("Disrupted weapons use", r"\b" + _FOUND + r"\s+(?:[\w,'-]+\s+){0,12}?" + _WEAPONS + r"\b"
       r"(?:(?:,|\s+and|\s+as well as)?\s+(?:[\w,'-]+\s+){0,4}?" + _WEAPONS + r"\b)*", 0.85),
    _t("Disrupted weapons use", r"\b" + _WEAPONS + r"\b(?:[\s\w,'-]{0,120}?)\s(?:(?:was|were|have been|has been|had "
       r"been|being|are|is)\s+(?:\w+\s+)?)?(?:seized|found|discovered|recovered|confiscated|defused|dismantled|"
       r"destroyed|uncovered|unearthed|impounded|captured|identified)\b", 0.85),
    _t("Disrupted weapons use", r"\b(?:defus(?:ed|ing)|intercept(?:ed|ing|s)?|shot down|(?:foiled|thwarted|averted) "
       r"(?:[\w'-]+ ){0,3}(?:attack|plot|attempt|bombing)s?)\b", 0.8),
    _t("Chemical weapon", r"\b(?:chemical (?:weapons?|attacks?|agents?|substances?|munitions|bombs?)|chlorine|"
       r"sarin|nerve (?:agent|gas)|toxic (?:gas(?:es)?|chemicals?|substances?)|mustard|poison(?:ous)? gas(?:es)?|"
       r"white phosphorus|phosphorus (?:bombs?|munitions|shells)|suffocat\w+)\b", 0.9),
    _t("Suicide bomb", r"\bsuicide (?:car |truck )?(?:bomb(?:ing|er|ers|s)?|attack(?:er|ers|s)?|blast|vest|"
       r"explosion|mission)|\bsuicide[- ]bomb|\bblew (?:himself|herself|themselves) up\b|\bvehicle-borne\b|"
       r"\bSVBIEDs?\b|\bexplosive (?:vest|belt)s?|\bdetonated (?:his|her|their) (?:explosive|suicide)|"
       r"\bself-detonat\w+|\bkamikaze\b", 0.9),
    _t("Air/drone strike", r"\b(?:air ?-?strikes?|drone (?:strikes?|attacks?)|air raids?|airstrike|aerial "
       r"(?:bombardment|attacks?|bombing|strikes?)|warplanes?|war ?jets?|fighter jets?|fighter planes?|"
       r"(?:helicopter )?gunships?|bombed from the air|explosives-laden drones?|drones? aircraft|armed drones?|"
       r"(?:jets?|aircraft|planes?|helicopters?|drones?) (?:[\w'-]+ ){0,2}(?:bombed|struck|pounded|hit|"
       r"targeted|destroyed|"
       r"attacked|fired|dropped|carried out|launched|shelled|raided)|(?:bombed|pounded|struck|targeted) by "
       r"(?:[\w'-]+ ){0,2}(?:jets|aircraft|planes|drones|warplanes)|air force (?:bombed|struck|pounded)|"
       r"barrel bombs?|UAV)\b", 0.9),
    _t("Grenade", r"\b(?:(?:hand[- ])?grenades?(?: (?:attack|blast|explosion)s?)?|hurled a grenade|threw a "
       r"grenade|lobbed a grenade)\b(?! launcher)", 0.8),
    # Weapon nouns alone ("deployed troops and artillery") name no attack: they need fire, a hit or a target.
    _t("Shelling/artillery/missile attack", r"\b(?:shell(?:ing|ed)|shells? (?:hit|struck|landed|fell|slammed)|"
       r"(?:artillery|mortar|rocket|missile|tank|howitzer|katyusha) (?:fire|attacks?|strikes?|shells?|rounds?|"
       r"barrages?|bombardment|shelling)|(?:rockets?|missiles?|mortars?|projectiles?) (?:[\w'-]+ ){0,2}(?:hit|"
       r"struck|slammed|landed|fell|exploded|targeted|were fired|was fired)|(?:fired|launched|lobbed|firing|"
       r"launching|fire|shot) (?:[\w'-]+ ){0,3}(?:rockets|missiles?|mortars?|shells|projectiles|artillery|"
       r"(?<!live )rounds)|ballistic missiles?|rocket-propelled grenades?|barrage|bombard(?:ed|ment|ing)|"
       r"(?:with|by) (?:[\w'-]+ ){0,3}(?:shells?|mortars?|rockets?|missiles?|artillery)|"
       # "attacked the base using mortars", "a tank attack", "artillery units pounded": heavy weapons fired.
       r"(?:using|used) (?:[\w'-]+ ){0,4}(?:mortars?|artillery|rockets?|missiles?|"
       r"(?<!water )cannons?|howitzers?|tanks?)|"
       r"tanks? attack(?:s|ed)?|(?:artillery|missile|rocket|mortar|tank) (?:units?|batteries) (?:[\w'-]+ ){0,3}"
       r"(?:pounded|shelled|targeted|struck|hit|fired))\b", 0.8),
    _t("Remote explosive/landmine/IED", r"\b(?:car bomb(?:ing)?s?|roadside bombs?|improvised explosive(?: devices?)?|"
       r"IEDs?|landmines?|land ?mines?|mines?(?= (?:explo|blast|went off|detonat))|explosive devices?|"
       r"bomb (?:blast|attack|explosion)s?|bomb(?:ing)?s?|explosions?|blasts?|explosives?|detonat(?:ed|ion)|"
       r"explosives-laden (?:vehicle|car|truck)|booby[- ]trap(?:ped)? (?:car|vehicle|bomb)|"
       r"sticky bombs?|magnetic bombs?|bomb went off|went off|exploded|blew up|blown up)\b", 0.75),
    _t("Sexual violence", r"\b(?:rap(?:ed|ing|es|e)|rapists?|gang-?raped?|sexual(?:ly)? (?:violence|assault(?:ed)?|"
       r"abuse(?:d)?|harass\w*|exploit\w*|slavery)|molest(?:ed|ing|ation)?|sexually)\b", 0.85),
    _t("Abduction/forced disappearance", r"\b(?:abduct(?:ed|ion|ions|ing|s|ors)?|kidnapp?(?:ed|ing|ers|s)?|"
       r"taken hostage|held hostage|hostages?|seized (?:[\w'-]+ ){0,3}hostages?|forced(?:ly)? disappear\w*|"
       r"enforced disappearances?|went missing|taken captive|"
       r"held captive)\b", 0.85),
    _t("Excessive force against protesters", r"\b(?:(?:opened fire|fired (?:live )?(?:bullets|shots|rounds)|shot) "
       r"(?:on|at|into) (?:[\w'-]+ ){0,3}" + _PROTESTERS + r"|" + _PROTESTERS + r" (?:[\w'-]+ ){0,3}(?:were|was) "
       r"(?:shot|killed|shot dead|gunned down|run over)|(?:live (?:ammunition|rounds|bullets|fire)) "
       r"(?:at|on|against|to disperse) (?:[\w'-]+ ){0,3}" + _PROTESTERS + r"|killed (?:[\w'-]+ ){0,3}" + _PROTESTERS +
       r"|" + _PROTESTERS + r" (?:[\w'-]+ ){0,3}(?:died|killed)|"
       r"killing (?:[\w'-]+ ){0,2}(?:protesters?|demonstrators?)|"
       r"violently (?:suppress\w*|disperse\w*|crack\w* down)|(?:deadly|violent|brutal|bloody) crackdown|"
       r"excessive force|live (?:ammunition|rounds|bullets|fire)|(?:beat(?:ing|en|s)?|hit(?:s|ting)?|kick(?:ed|s|ing)?|"
       r"club(?:bed|bing)?) (?:[\w'-]+ ){0,3}(?:protesters?|demonstrators?))\b", 0.9),
    _t("Violent demonstration", r"\b(?:riot(?:s|ed|ing|ers)?\b(?! (?:police|gear|squad|control|shields?|units?|"
       r"officers|act))|" + _PROTESTERS + r" (?:[\w-]+ ){0,4}(?:torched|set fire|set (?:[\w'-]+ ){0,2}on fire|hurled|"
       r"hurling|threw|throwing|throw|pelted|pelting|burned|burnt|burning|stormed|storming|clashed|clashing|"
       r"attacked|attacking|vandali[sz]ed|looted|smashed|damaged|blocked|ransacked|pull(?:ed)? down|removed|"
       r"light fires|lit fires|set ablaze|broke|destroyed|assaulted|fought)|(?:smashed|lit|fire|fired|throwing|"
       r"threw|hurled) (?:[\w'-]+ ){0,2}(?:windows|firecrackers|fireworks|molotov\w*|fires|stones|rocks)|scuffles|"
       r"street violence|(?:protests?|demonstrations?|rall(?:y|ies)) (?:[\w'-]+ ){0,3}(?:turned|turn|turning) "
       r"(?:[\w'-]+ )?violent|broke into|(?:molotov(?: cocktails?)?|petrol "
       r"bombs?|firebombs?|fire ?crackers|fireworks|stones?|rocks|bricks|bottles)\b(?= (?:[\w'-]+ ){0,6}(?:at|on|"
       r"towards)\b)|stone[- ]pelting|stone-throwing|(?:clash(?:ed|es)?|scuffles?|skirmish\w*) (?:[\w'-]+ ){0,4}"
       r"(?:with|between) (?:[\w'-]+ ){0,3}(?:" + _PROTESTERS + r"|police|security forces|riot police)|"
       r"(?<!non-)violent (?:protests?|demonstrations?)|(?:descended|degenerated|erupted|spiral+ed|turned) into "
       r"(?:[\w'-]+ ){0,6}(?:violence|chaos|clashes|riots?)|"
       # Roadblocks count only where a protest is reported (``detect._reconcile``).
       r"(?:blocked|blocking|barricaded|barricading) (?:[\w'-]+ ){0,3}(?:roads?|highways?|streets|thoroughfares|"
       r"railways?|rail lines|bridges?|intersections?))", 0.85),
    _t("Mob violence", r"\b(?:mobs?|lynch(?:ed|ing|ings|es)?|vigilantes?|vigilantism|"
       r"angry (?:crowd|residents|villagers)|"
       r"(?:beaten|beat|hacked|burned|stoned) to death by|communal (?:violence|clash(?:es)?)|"
       r"mob justice|jungle justice)\b", 0.8),
    _t("Protest with intervention", r"\b(?:(?:fired|used|lobbed|firing|using) tear ?gas|tear ?-?gas|water "
       r"cannons?|rubber bullets|pepper[- ]spray\w*|batons?|baton-charged?|lathi[- ]charged?|"
       r"(?:dispersed|broke up|disperse|dispersing|break up) (?:[\w'-]+ ){0,3}(?:protests?|protesters|"
       r"demonstrat\w+|rally|rallies|gatherings?|crowds?|march(?:ers)?|sit-ins?)|"
       r"(?:protesters|demonstrators|activists|marchers) (?:[\w'-]+ ){0,3}(?:were|was) (?:arrested|detained)|"
       r"suppress(?:ed|ing)|crack(?:ed|s)? down|crackdown|chas(?:ed?|ing) (?:[\w'-]+ ){0,2}(?:protesters|"
       r"demonstrators|marchers|crowds?))\b", 0.85),
    _t("Peaceful protest", r"\b(?:protest(?:ed|ers|s|ing)?|"
       r"demonstrat(?:ion|ions|ors|ed|ing)|"
       r"rall(?:y|ies|ied)\b(?! (?:his|her|their|its|support|behind|around|troops|followers|"
       r"fighters|supporters))|marched|marches|march (?:in|to|through|against)|sit-ins?|vigils?|"
       r"took to the streets|strikes? by|went on strike|(?:general|hunger) strikes?|on strike|"
       r"picket(?:ed|ing)?|boycott(?:ed|ing)?|gathered (?:[\w'-]+ ){0,4}(?:to demand|to protest|against|outside)|"
       r"petition(?:ed)?|(?:held|staged) (?:a )?(?:sit-in|rally|march|walkout)|walkout|die-ins?|human chains?|"
       r"took out (?:a )?(?:[\w'-]+ )?(?:procession|march|rally)|processions?|(?:walked|filled|flooded) the streets|"
       r"chant(?:ed|ing)|placards|slogans)\b", 0.75),
    _t("Agreement", r"\b(?:cease-?fires?|truce|peace (?:deal|agreement|accord|treaty|talks|process|pact)|"
       r"signed (?:[\w'-]+ ){0,3}(?:agreement|accord|deal|ceasefire|treaty|memorandum|pact)|prisoner (?:exchange|swap)|"
       r"agreed (?:to|on|upon)|agreement|accord|reached (?:a|an) (?:deal|agreement|understanding)|"
       r"surrender(?:ed|s|ing)?|laid down (?:their|his|its) (?:arms|weapons)|lay down (?:their|his) (?:arms|weapons)|"
       r"reconciliation|negotiat(?:ed|ions)|talks (?:with|between)|(?:swap|exchange) of prisoners|"
       r"(?:release|released|freed|free) (?:[\w'-]+ ){0,4}prisoners|armistice)\b", 0.7),
    _t("Arrests", r"\b(?:arrest(?:ed|s|ing)?|detain(?:ed|s|ing)?|detention|taken into custody|in custody|rounded up|"
       r"apprehended|nabbed|held for questioning|jailed|taken in for questioning|captured alive|"
       r"custody)\b", 0.75),
    _t("Headquarters or base established", r"\b(?:set(?:ting)? up|establish(?:ed|es|ing)?|built|build(?:ing)?|"
       r"construct(?:ed|ing)|open(?:ed|ing)?|install(?:ed|ing)?|erect(?:ed|ing)?)\s+(?:[\w,'-]+\s+){0,6}?"
       r"(?:bases?|posts?|points?|outposts?|headquarters|HQ|camps?|garrisons?|checkpoints?|barracks|"
       r"command cent(?:re|er)s?|positions)\b|\b(?:bases?|posts?|points?|outposts?|headquarters|camps?)\s+"
       r"(?:\w+\s+){0,4}(?:was|were|has been|have been) (?:set up|established|built|opened)\b", 0.8),
    _t("Non-violent transfer of territory", r"\b(?:withdr(?:ew|awn|awing|aw|awal) (?:[\w'-]+ ){0,3}from|"
       r"withdr(?:ew|awn|awal)|pull(?:ed|ing|s)? (?:out|back)|handed over|handover|hand over|"
       r"(?:without|no) (?:any )?(?:resistance|fighting|fight|a shot)|vacat(?:ed|ing)|abandon(?:ed|ing) "
       r"(?:[\w'-]+ ){0,2}(?:positions?|posts?|bases?|town|city|village|area)|evacuat(?:ed|ion) (?:[\w'-]+ ){0,3}under "
       r"(?:[\w'-]+ ){0,2}(?:deal|agreement)|(?:began|begin|started) leaving|left the (?:town|city|area|region)|"
       r"retreat(?:ed|ing)?|relinquish(?:ed)?|ceded)\b", 0.7),
    _t(TERRITORY, r"\b(?:retook|retaken|retake|recaptur(?:ed|e|ing)|"
       r"(?:regain|recover)(?:ed|ing)? (?:[\w'-]+ ){0,2}(?:control|"
       r"territory|ground)|ground was regained|liberat(?:ed|ing|ion)|took back|seiz(?:ed|ing) (?:[\w'-]+ ){0,2}"
       r"control|t(?:ook|aken|aking|ake) (?:the |full |complete |total )?control|(?:gained|gain|gaining|"
       r"establish(?:ed)?|wrest(?:ed)?) (?:full |complete |total )?control|in control of|controlling|"
       r"captur(?:ed|e|ing) (?:[\w'-]+ ){0,4}?" + _PLACE_NOUN +
       r"|captured\b(?! alive| footage| images?| video| by)(?= (?:[\w'-]+ ){0,3}[A-Z])|"
       r"overr?an|overrun|fell to|fallen to|fall of|(?:drove|driven|pushed|expelled|ousted|flushed) (?:[\w'-]+ ){0,4}"
       r"out|(?:drove|driven|pushed|forced) (?:[\w'-]+ ){0,3}back|"
       # Occupying buildings ("occupied 36 hospitals") takes no territory.
       r"occup(?:ied|y|ying)(?! (?:[\w,-]+ ){0,3}(?:hospitals?|schools?|buildings?|homes|houses|offices|universit\w+))|"
       r"advanc(?:ed|es|ing) (?:[\w'-]+ ){0,3}(?:in|into|on|towards?)|"
       r"entered (?:the )?(?:town|city|village|district)|(?:seiz(?:ed|ing)|t(?:ook|aken|aking) over) (?:the |a |an )?"
       r"(?:[\w'-]+ ){0,3}?" + _PLACE_NOUN + r"|conquer(?:ed)?)\b", 0.75),
    _t("Looting/property destruction", r"\b(?:loot(?:ed|ing|ers)?|torch(?:ed|ing)|set (?:[\w'-]+ ){0,3}(?:on fire|"
       r"ablaze)|burn(?:ed|t|ing) down|razed|ransack(?:ed|ing)|vandali[sz](?:ed|ing|m)|demolish(?:ed|ing)|"
       r"destroy(?:ed|ing) (?:[\w'-]+ ){0,3}(?:houses|homes|property|shops|buildings|crops|vehicles|churches|mosques|"
       r"schools|offices)|arson|pillag\w+|plunder\w*|burned (?:[\w'-]+ ){0,3}(?:houses|homes|vehicles|cars|shops)|"
       r"bulldoz(?:ed|ing)|"
       # Passive and nominal reports: "shops have been burned", "the destruction of public property".
       r"(?:houses|homes|shops|stores|businesses|vehicles|cars|buildings|property|properties|offices|churches|"
       r"mosques|temples) (?:[\w'-]+ ){0,2}(?:were|was|have been|has been|had been) (?:burned|burnt|torched|"
       r"looted|set ablaze|set on fire|vandali[sz]ed|ransacked|razed)|(?:destruction|attacks?) (?:of|on) "
       r"(?:[\w'-]+ ){0,3}propert(?:y|ies))\b", 0.75),
    _t("Change to group/activity", r"\b(?:defect(?:ed|ion|ions|ors|s)?|reinforc(?:ed|ements?|ing|e)|"
       r"(?:formed|forms|form|founded|created|launched|set up|established) (?:[\w'-]+ ){0,4}(?:brigade|militia|"
       r"unit|group|force|forces|organi[sz]ation|battalion|wing|alliance|coalition|party|movement|command|"
       r"army)s?|merg(?:ed|er|ing)|split (?:from|with)|disband(?:ed|ing)?|dissolv(?:ed|ing)|"
       r"redeploy(?:ed|ment)?|deploy(?:ed|ment|ing|s)?|relocat(?:ed|ing|ion)|mobili[sz](?:ed|ing|ation)|"
       r"sent (?:[\w'-]+ ){0,3}(?:troops|fighters|forces|reinforcements)|"
       r"dispatched (?:[\w'-]+ ){0,3}(?:troops|fighters|forces|units|reinforcements|soldiers|police)|"
       r"military (?:drills?|exercises?)|"
       r"(?:joined|join) (?:the )?(?:ranks|group|fight)|pledged allegiance|curfew|state of emergency|"
       r"pull(?:ed)? (?:back|out))\b", 0.65),
    _t("Armed clash", r"\b(?:clash(?:es|ed)?|gun ?battles?|gunfights?|firefights?|fighting|fought|battl(?:e|es|ed|ing)|"
       r"exchange of fire|exchanged fire|fire exchange|exchang\w+ (?:[\w'-]+ )?(?:gun)?fire|cross-?fire|"
       r"ambush(?:ed|es)?|storm(?:ed|ing)|stormed into|offensive|counter-?attack(?:ed|s)?|"
       r"assault(?:ed|s)? on|assault|breach(?:ed|ing)|raided|raids?|skirmish(?:es)?|engaged|"
       r"hostilities|mop-up|repel(?:led|s|ling)?|repuls(?:ed|ing)|fended off|beat back|beaten back)\b", 0.7),
    _t("Attack", r"\b(?:massacre[ds]?|shot dead|shot and killed|gunned down|opened fire|executed|executions?|"
       r"beheaded|behead\w*|stabb(?:ed|ing)|hacked to death|beaten to death|beat(?:en)?|tortur(?:ed|e|ing)|"
       r"attack(?:ed|s|ing)?|killed|kill(?:ing|s)?|murder(?:ed|s)?|assassinat(?:ed|ion)|shot|shooting|"
       r"slain|slaughter(?:ed)?|wounded|injured|assaulted)\b", 0.6),
]
