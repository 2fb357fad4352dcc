"""The entity stage: repaired mentions, alias chains, roles, affiliation and actor kinds.

The NER layer is built by hand (the spans a model would give, mistakes included), so no model is needed.
"""

from __future__ import annotations

from dateline.entities import EntityStage
from dateline.model import Article, Entity, NamedSpan, NlpLayer

TEXT = (
    "VELMORA, Zarland -- The leader of the Liberation Front of Zarda and Velm, or LFZV, Karim al-Zahabi, "
    "released a message on Monday through the militant group’s al-Nasr media arm. Al-Zahabi spoke for an hour. "
    "Zahabi's whereabouts are unknown.\n\n"
    "Zarland Foreign Ministry spokesman Jonas Abeli said talks would go on. Brig. Gen. Amos Kiptoo said "
    "Kenyan special forces had entered the eastern district of Kolweto. Residents in Kolweto fled.\n\n"
    "Human Rights Watch warned of reprisals. “Families are being forced out,” said Mara Linde, the group's "
    "deputy Africa director."
)


def _spans(*items: tuple[str, str, int]) -> list[NamedSpan]:
    """(text, label, occurrence) -> the NER span of that occurrence of the text."""
    out = []
    for needle, label, nth in items:
        at = -1
        for _ in range(nth + 1):
            at = TEXT.index(needle, at + 1)
        out.append(NamedSpan(at, at + len(needle), label, needle))
    return out


def run() -> Article:
    ents = _spans(
        ("VELMORA", "ORG", 0),
        ("Liberation Front of Zarda", "ORG", 0),  # NER stops before "and Velm"
        ("LFZV", "ORG", 0),
        ("Karim al-Zahabi", "PERSON", 0),
        ("’s al-Nasr", "PERSON", 0),  # a possessive glued to the front, and an organisation read as a person
        ("Al-Zahabi", "PERSON", 0),
        ("Zahabi's", "PERSON", 0),
        ("Zarland Foreign Ministry", "ORG", 0),
        ("Jonas Abeli", "PERSON", 0),
        ("Brig", "PERSON", 0),  # the rank abbreviation
        ("Amos Kiptoo", "PERSON", 0),
        ("Kenyan", "NORP", 0),
        ("Kolweto", "PERSON", 0),  # a place read as a person
        ("Kolweto", "PERSON", 1),
        ("Mara Linde", "PERSON", 0),
    )  # "Human Rights Watch" is missed by NER: the curated table finds it
    return EntityStage()(Article(text=TEXT, nlp=NlpLayer(model="test", ents=ents)))


def by_name(article: Article, name: str) -> Entity:
    return next(e for e in article.entities if e.name == name)


def test_mentions_are_repaired() -> None:
    names = {e.name for e in run().entities}
    assert "Brig" not in names and "VELMORA" not in names
    assert "Kolweto" not in names  # the places stage resolves it
    assert "al-Nasr" in names and "’s al-Nasr" not in names
    assert "Human Rights Watch" in names


def test_alias_chains() -> None:
    article = run()
    front = by_name(article, "Liberation Front of Zarda and Velm")
    assert front.aliases == ["LFZV"]
    assert len(front.mentions) >= 3  # the expansion, the acronym and "the militant group"
    zahabi = by_name(article, "Karim al-Zahabi")
    assert zahabi.aliases == ["al-Zahabi", "Zahabi"]
    assert len(zahabi.mentions) == 3
    assert [e for e in article.entities if e.label == "PERSON" and "Zahabi" in e.name] == [zahabi]


def test_roles_and_affiliation() -> None:
    article = run()
    ministry = by_name(article, "Zarland Foreign Ministry")
    abeli = by_name(article, "Jonas Abeli")
    assert abeli.role == "spokesman"
    assert abeli.affiliation == ministry.id
    kiptoo = by_name(article, "Amos Kiptoo")
    assert kiptoo.role == "brigadier general"
    assert (kiptoo.actor_type, kiptoo.sector) == ("State forces", "MIL")
    linde = by_name(article, "Mara Linde")
    assert linde.role == "deputy Africa director"
    hrw = by_name(article, "Human Rights Watch")
    assert linde.affiliation == hrw.id  # "the group's": the organisation that spoke last
    assert (linde.country, hrw.country) == ("NGO", "NGO")
    nasr = by_name(article, "al-Nasr")
    assert nasr.label == "ORG"
    assert nasr.affiliation == by_name(article, "Liberation Front of Zarda and Velm").id


def test_groups_of_a_people() -> None:
    article = run()
    forces = by_name(article, "Kenyan special forces")
    assert forces.label == "GROUP"
    assert (forces.actor_type, forces.sector, forces.country) == ("State forces", "MIL", "KEN")
    assert not [e for e in article.entities if e.name == "Kenyan"]  # its one mention moved to the group
