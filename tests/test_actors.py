"""The curated actor table and the general rules (no model needed)."""

from __future__ import annotations

import pytest

from dateline.actors import (
    ACTOR_TABLE,
    CIVILIANS,
    EXTERNAL,
    REBEL,
    STATE,
    classify_actor,
    classify_phrase,
    country_of,
    lookup_actor,
    noun_sector,
    role_sector,
)

ACTOR_TYPES = {"State forces", "Rebel group", "Political militia", "Identity militia", "Rioters", "Protesters",
               "Civilians", "External/Other forces"}
SECTORS = set("GOV JUD LEG MIL COP OPP PTY REB PRM SPY UAF CVL ELI BUS EDU MED LAB AGR JRN REF REL SOC CRM".split())


def test_table_rows_use_the_taxonomy() -> None:
    assert len(ACTOR_TABLE) > 50
    for names, actor_type, sector, country in ACTOR_TABLE:
        assert names and all(n.strip() == n and n for n in names)
        assert actor_type in ACTOR_TYPES, names
        assert sector is None or sector in SECTORS, names
        assert country is None or (len(country) == 3 and country.isupper()), names


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("ISIS", (REBEL, "REB", "IRQ")),
        ("the Islamic State", (REBEL, "REB", "IRQ")),
        ("Iraqi special forces", (STATE, "MIL", "IRQ")),
        ("Egyptian police", (STATE, "COP", "EGY")),
        ("Sudanese rebels", (REBEL, "REB", "SDN")),
        ("Afghan rebel leaders", (REBEL, "REB", "AFG")),
        ("United Nations peacekeepers", (EXTERNAL, "MIL", "IGO")),
        ("rebel Kurdistan Workers' Party", (REBEL, "REB", "TUR")),
        ("Serbian President Milan Petrovic", (STATE, "GOV", "SRB")),
        ("Zarland's new President Ora Vell", None),  # an unknown country names no state
        ("students throughout Indonesia", (CIVILIANS, "EDU", "IDN")),
        ("Iran", (STATE, "GOV", "IRN")),
        ("U.S. officials", (STATE, "GOV", "USA")),
        ("gunmen", None),  # common nouns alone are classify_phrase's job
    ],
)
def test_lookup_actor(name: str, expected: tuple[str, str, str] | None) -> None:
    assert lookup_actor(name) == expected


def test_common_nouns_and_people() -> None:
    assert classify_phrase("gunmen") == (REBEL, "REB", None)
    assert classify_phrase("the police") == (STATE, "COP", None)
    assert classify_phrase("thousands of protesters")[0] == "Protesters"  # type: ignore[index]
    assert classify_actor("Amina Yusuf", [], "PERSON") is None  # a name alone says nothing about a person
    assert classify_actor("Libyans", [], "NORP") == (CIVILIANS, "CVL", "LBY")
    assert classify_actor("President Obama") == (STATE, "GOV", None)


def test_countries_sectors_and_roles() -> None:
    assert country_of("Bogota") == country_of("Bogotá") == "COL"
    assert country_of("Ivory Coast") == "CIV"
    assert country_of("Kenyan") == "KEN"
    assert noun_sector("refugees") == "REF"
    assert noun_sector("Secretary-General") == "GOV"
    assert role_sector("brigadier general") == "MIL"
    assert role_sector("police spokesman") == "COP"
    assert role_sector("deputy director") is None
