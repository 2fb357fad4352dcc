"""What must not become an asserted event, and how the type follows the arguments (fictional texts)."""

from dateline.model import Event


def asserted(nlp, text: str, published: str = "2025-03-13") -> list[Event]:  # type: ignore[no-untyped-def]
    return [e for e in nlp(text, published=published).events if e.modality == "asserted"]


def test_words_inside_a_direct_quote_are_not_events(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ('The minister spoke in Nairobi on Monday. "This ruling is an attack on democracy and on every '
            'voter in this country," she said.')
    assert asserted(nlp, text) == []


def test_riot_police_alone_is_no_riot(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Riot police were stationed outside the parliament in Nairobi on Monday as lawmakers debated the bill."
    assert not any(e.event_type == "Riots" for e in asserted(nlp, text))


def test_background_summary_is_not_one_event(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The capital has been hit by dozens of car bombings over the past decade, officials in Kabul said."
    assert asserted(nlp, text) == []


def test_disasters_and_accidents_are_not_political_violence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("A gas cylinder exploded in a restaurant in Lagos on Tuesday, killing three people, "
            "and floods killed nine more in the north.")
    assert asserted(nlp, text) == []
    strike = "An airstrike destroyed a grain warehouse in Hodeidah on Monday, killing four workers."
    assert [e.sub_event_type for e in asserted(nlp, strike)] == ["Air/drone strike"]


def test_weapons_seized_are_disrupted_weapons_use_not_explosions(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Police seized 12 rifles, two grenades and 300 rounds of ammunition in a raid in Mombasa on Monday."
    (event,) = asserted(nlp, text)
    assert event.sub_event_type == "Disrupted weapons use"


def test_who_takes_the_town_decides_the_sub_type(nlp) -> None:  # type: ignore[no-untyped-def]
    state = asserted(nlp, "Nigerian troops recaptured the town of Gwoza from the militants on Sunday.")
    rebels = asserted(nlp, "Boko Haram militants seized control of the town of Gwoza on Sunday.")
    assert [e.sub_event_type for e in state] == ["Government regains territory"]
    assert [e.sub_event_type for e in rebels] == ["Non-state actor overtakes territory"]


def test_attack_on_a_base_is_a_battle_and_on_a_market_violence_against_civilians(nlp) -> None:  # type: ignore[no-untyped-def]
    base = asserted(nlp, "Al-Shabaab fighters attacked a military base near Kismayo on Friday.")
    market = asserted(nlp, "Gunmen stormed a busy market near Kismayo on Friday, killing six people.")
    assert [e.sub_event_type for e in base] == ["Armed clash"]
    assert [e.sub_event_type for e in market] == ["Attack"]


def test_dateline_is_not_an_actor_and_weapons_are_not_targets(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("NAIROBI, Kenya -- Kenyan police fired tear gas and water cannon on Thursday to disperse "
            "hundreds of protesters in Nairobi.")
    (event,) = asserted(nlp, text, "2025-06-06")
    assert event.sub_event_type == "Protest with intervention"
    assert event.actor1 is not None and event.actor1.name == "Kenyan police"
    assert event.actor2 is None or "cannon" not in event.actor2.name


def test_calls_plans_denials_and_future_dates(nlp) -> None:  # type: ignore[no-untyped-def]
    article = nlp("The union called for a general strike in Lagos. Organisers said they would hold a rally "
                  "next Tuesday. Police denied using live ammunition against the crowd.", published="2025-03-13")
    by_sentence = {e.evidence[0].text.split()[1]: e for e in article.events}
    assert by_sentence["union"].modality == "call"
    assert by_sentence["said"].modality == "future" and by_sentence["said"].date == "2025-03-18"
    assert not any(e.modality == "asserted" for e in article.events)
