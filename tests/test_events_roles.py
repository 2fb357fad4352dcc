"""Who did what to whom decides the type, and what a sentence only explains is no event (fictional texts)."""

from dateline.model import Event


def asserted(nlp, text: str, published: str = "2025-03-13") -> list[Event]:  # type: ignore[no-untyped-def]
    return [e for e in nlp(text, published=published).events if e.modality == "asserted"]


def types(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.sub_event_type for e in asserted(nlp, text)]


def test_arrests_ahead_of_a_protest_are_arrests(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Police in Harare on Tuesday arrested six activists ahead of a rally against fuel prices."
    assert types(nlp, text) == ["Arrests"]
    met = "Police in Harare arrested six protesters who marched on parliament on Tuesday."
    assert types(nlp, met) == ["Protest with intervention"]


def test_a_clash_that_took_a_few_positions_is_a_battle(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Government troops clashed with rebels near Kadugli on Monday and took control of three hilltops."
    assert types(nlp, text) == ["Armed clash"]
    town = "Government troops clashed with rebels and took control of the town of Kadugli on Monday."
    assert types(nlp, town) == ["Government regains territory"]


def test_withdrawals_moving_elsewhere_or_handing_over(nlp) -> None:  # type: ignore[no-untyped-def]
    moved = "Rebel forces pulled back from villages near Kadugli on Monday, heading to their bases in the hills."
    assert types(nlp, moved) == ["Change to group/activity"]
    handed = "Rebel fighters entered the town of Kadugli on Monday after army units pulled out."
    assert types(nlp, handed) == ["Non-violent transfer of territory"]
    pact = "The government of Norland withdrew from a border treaty with Southland on Monday."
    assert types(nlp, pact) == ["Agreement"]


def test_deaths_in_a_claimed_attack_are_the_claim(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The Red Dawn group claimed responsibility for a bombing in Kadugli on Monday that killed "
            "nine people, its news agency said.")
    assert asserted(nlp, text) == []


def test_an_actor_named_by_an_explained_trigger(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Tensions rose in Kadugli, where rebels launched an attack late last month that resulted in "
            "gun battles that killed at least 30 people.")
    (event,) = asserted(nlp, text)
    assert event.sub_event_type == "Armed clash" and event.actor1 is not None
    assert event.actor1.name == "rebels" and event.fatalities == 30


def test_a_description_of_an_actor_is_no_event(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The envoy met officials of Norland, which has deployed troops to the border, in Kadugli on Monday."
    assert asserted(nlp, text) == []


def test_the_target_of_came_under_attack(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "An army convoy was passing through Kadugli on Monday when it came under attack."
    (event,) = asserted(nlp, text)
    assert event.sub_event_type == "Armed clash" and event.actor2 is not None and event.actor2.name.endswith("convoy")


def test_armed_passengers_make_a_military_target(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Rebels ambushed a bus transporting police recruits near Kadugli on Monday, killing 12 of them."
    assert types(nlp, text) == ["Armed clash"]
    civilians = "Rebels ambushed a bus carrying market traders near Kadugli on Monday, killing 12 of them."
    assert types(nlp, civilians) == ["Attack"]


def test_bombers_killed_before_they_struck_are_no_bombing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Officials in Kadugli said snipers killed two suicide bombers on Monday before they reached the gate."
    assert "Suicide bomb" not in types(nlp, text)


def test_a_past_arrest_takes_no_date_from_a_court_date(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Police in Kadugli said three men were arrested and would appear in court on Monday."
    (event,) = asserted(nlp, text)  # 2025-03-13 is a Thursday; the hearing is on 2025-03-17
    assert event.sub_event_type == "Arrests" and event.date == "2025-03-13"


def test_police_at_an_accident_make_it_no_attack(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A boiler exploded at a textile factory in Kadugli on Monday, killing two workers, police said."
    assert asserted(nlp, text) == []


def test_passive_and_nominal_property_destruction(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Dozens of shops have been torched in Kadugli since Monday, traders said."
    assert types(nlp, text) == ["Looting/property destruction"]


def test_a_lynching_stays_mob_violence_whatever_the_victim_was_accused_of(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A mob lynches a man accused of cattle smuggling in Kadugli on Monday."
    assert types(nlp, text) == ["Mob violence"]


def test_a_vow_after_a_killing_leaves_the_killing_asserted(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The governor vowed a full inquiry after vigilantes murdered four men in Kadugli on Monday."
    assert types(nlp, text) == ["Mob violence"]
