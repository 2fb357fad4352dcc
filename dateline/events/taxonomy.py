"""ACLED event and sub-event types and their PLOVER type and mode (TAXONOMY.md), in one table."""

from __future__ import annotations

BATTLES = "Battles"
REMOTE = "Explosions/Remote violence"
VAC = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
STRATEGIC = "Strategic developments"

# sub_event_type -> (event_type, PLOVER type, PLOVER mode)
SUB_EVENT_TYPES: dict[str, tuple[str, str, str | None]] = {
    "Armed clash": (BATTLES, "ASSAULT", "firearms"),
    "Government regains territory": (BATTLES, "ASSAULT", "heavy-weapons"),
    "Non-state actor overtakes territory": (BATTLES, "ASSAULT", "heavy-weapons"),
    "Chemical weapon": (REMOTE, "ASSAULT", "unconventional"),
    "Air/drone strike": (REMOTE, "ASSAULT", "aerial"),
    "Suicide bomb": (REMOTE, "ASSAULT", "suicide-attack"),
    "Shelling/artillery/missile attack": (REMOTE, "ASSAULT", "heavy-weapons"),
    "Remote explosive/landmine/IED": (REMOTE, "ASSAULT", "explosives"),
    "Grenade": (REMOTE, "ASSAULT", "explosives"),
    "Sexual violence": (VAC, "ASSAULT", "sexual"),
    "Attack": (VAC, "ASSAULT", "firearms"),
    "Abduction/forced disappearance": (VAC, "ASSAULT", "abduct"),
    "Peaceful protest": (PROTESTS, "PROTEST", "demo"),
    "Protest with intervention": (PROTESTS, "PROTEST", "demo"),
    "Excessive force against protesters": (PROTESTS, "ASSAULT", "crowd-control"),
    "Violent demonstration": (RIOTS, "PROTEST", "riot"),
    "Mob violence": (RIOTS, "ASSAULT", "primitive"),
    "Agreement": (STRATEGIC, "AGREE", None),
    "Arrests": (STRATEGIC, "COERCE", "arrest"),
    "Change to group/activity": (STRATEGIC, "MOBILIZE", None),
    "Disrupted weapons use": (STRATEGIC, "COERCE", "seize"),
    "Headquarters or base established": (STRATEGIC, "MOBILIZE", "troops"),
    "Looting/property destruction": (STRATEGIC, "ASSAULT", "destroy"),
    "Non-violent transfer of territory": (STRATEGIC, "RETREAT", "withdraw"),
    "Other": (STRATEGIC, "MOBILIZE", None),
}

EVENT_TYPES = sorted({event_type for event_type, _, _ in SUB_EVENT_TYPES.values()})
VIOLENT_EVENT_TYPES = frozenset({BATTLES, REMOTE, VAC, RIOTS})


def event_type_of(sub_event_type: str) -> str:
    return SUB_EVENT_TYPES[sub_event_type][0]


def plover_of(sub_event_type: str) -> tuple[str, str | None]:
    _, plover, mode = SUB_EVENT_TYPES[sub_event_type]
    return plover, mode
