"""Event detection on short texts written for these tests (fictional events, real places)."""

from dateline.events.numbers import find_count
from dateline.events.taxonomy import EVENT_TYPES, SUB_EVENT_TYPES
from dateline.events.triggers import NOT_EVENT, TERRITORY, TRIGGERS

ATTACK = """KADUNA, Nigeria -- Gunmen attacked a crowded market in Kaduna on Tuesday, \
killing at least 12 people and wounding 20 others, police said.

The group's leader later urged followers to carry out attacks in Abuja.

The army said it would launch an offensive in the area next week.

The town fell to the rebels in June 2019."""


def test_taxonomy_is_total_and_triggers_use_it() -> None:
    assert len(SUB_EVENT_TYPES) == 25 and len(EVENT_TYPES) == 6
    assert all(plover for _, plover, _ in SUB_EVENT_TYPES.values())
    # TERRITORY is resolved to a regains/overtakes sub-type by who took the ground.
    # NOT_EVENT claims look-alike words ("bomb disposal squad") so that no trigger fires on them.
    assert {t.sub_event_type for t in TRIGGERS} <= set(SUB_EVENT_TYPES) | {TERRITORY, NOT_EVENT}


def test_counts() -> None:
    def killed(s: str) -> tuple[int, int] | None:
        c = find_count(s, "killed")
        return (c.low, c.high) if c else None

    assert killed("killed at least 80 people") == (80, 80)
    assert killed("more than 5,000 civilians were killed") == (5000, 5000)
    assert killed("dozens of fighters were killed") == (12, 12)
    assert killed("between them 10 to 15 people died") == (10, 15)
    assert killed("blew up the car, killing the attacker") == (1, 1)
    assert killed("two soldiers were killed") == (2, 2)
    assert killed("No casualties were reported.") == (0, 0)
    assert killed("The talks were held in Doha.") is None
    injured = find_count("wounding 20 others", "injured")
    assert injured is not None and injured.low == 20


def test_attack_with_casualties_place_date_and_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    article = nlp(ATTACK, published="2025-03-13")
    asserted = [e for e in article.events if e.modality == "asserted"]
    assert len(asserted) == 1
    event = asserted[0]
    assert event.event_type == "Violence against civilians"
    assert (event.date, event.time_precision, event.date_text) == ("2025-03-11", 1, "Tuesday")
    assert (event.fatalities, event.injured) == (12, 20)
    assert event.location is not None and event.location.name == "Kaduna"
    assert event.location.country == "NG"
    assert event.actor1 is not None and event.actor1.name == "Gunmen"
    assert event.evidence[0].text.startswith("KADUNA, Nigeria -- Gunmen attacked")
    assert article.text[event.evidence[0].start : event.evidence[0].end] == event.evidence[0].text


def test_calls_plans_and_background_are_not_asserted_now(nlp) -> None:  # type: ignore[no-untyped-def]
    article = nlp(ATTACK, published="2025-03-13")
    by_modality = {e.modality: e for e in article.events}
    assert "call" in by_modality  # "urged followers to carry out attacks in Abuja"
    assert by_modality["call"].location is None or by_modality["call"].location.name == "Abuja"
    historical = by_modality["historical"]
    assert historical.date == "2019-06" and historical.time_precision == 3
    assert not any(e.date == "2025-03-13" and e.modality == "asserted" for e in article.events)


def test_one_event_described_in_two_sentences_has_two_evidence_spans(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("MOGADISHU, Somalia -- A suicide car bomber struck a checkpoint in Mogadishu on "
            "Sunday. The blast killed seven people, including four soldiers.")
    article = nlp(text, published="2025-04-07")
    (event,) = article.events
    assert event.sub_event_type == "Suicide bomb"
    assert event.plover == "ASSAULT" and event.plover_mode == "suicide-attack"
    assert len(event.evidence) == 2 and event.fatalities == 7
    assert event.date == "2025-04-06"


def test_protest_dispersed_with_arrests(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("NAIROBI, Kenya -- Police fired tear gas to disperse hundreds of protesters in "
            "Nairobi on Thursday and arrested 35 demonstrators.")
    (event,) = nlp(text, published="2025-06-06").events
    assert event.sub_event_type == "Protest with intervention"
    assert event.event_type == "Protests" and event.date == "2025-06-05"
