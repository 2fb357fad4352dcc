"""Background, statistics, court cases and names that must not become asserted events (fictional texts)."""

from dateline.model import Event


def asserted(nlp, text: str, published: str = "2025-03-13") -> list[Event]:  # type: ignore[no-untyped-def]
    return [e for e in nlp(text, published=published).events if e.modality == "asserted"]


def test_statistics_and_court_cases_are_no_events(nlp) -> None:  # type: ignore[no-untyped-def]
    stats = "Aid workers in Kordavia said they had treated 240 survivors of sexual violence last year."
    assert not any(e.event_type == "Violence against civilians" for e in asserted(nlp, stats))
    court = "Brenn, 41, told the court in Valmora that he pleaded guilty to attempted murder and conspiracy."
    assert asserted(nlp, court) == []


def test_an_ongoing_war_in_the_background_is_no_dated_battle(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Northern Front has been fighting the army of Kordavia, and both sides stand accused of abuses."
    assert not any(e.event_type == "Battles" for e in asserted(nlp, text))


def test_an_anniversary_commemorates_and_names_are_not_triggers(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The envoy spoke in Valmora on Friday, the tenth anniversary of the start of pro-democracy protests."
    assert not any(e.event_type == "Protests" for e in asserted(nlp, text))
    named = "Two of the travellers spoke to reporters about the Delta Liberation Army in Valmora on Friday."
    assert asserted(nlp, named) == []


def test_clashes_decide_riot_or_battle_by_the_crowd(nlp) -> None:  # type: ignore[no-untyped-def]
    riot = "Hundreds of protesters rallied in Valmora on Saturday and clashed with police outside the parliament."
    assert [e.sub_event_type for e in asserted(nlp, riot)] == ["Violent demonstration"]
    battle = "Militants clashed with security forces in Dorvik on Friday, killing four soldiers, police said."
    assert [e.sub_event_type for e in asserted(nlp, battle)] == ["Armed clash"]


def test_occupied_buildings_are_no_territory(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Security forces in Valmora have occupied at least 12 hospitals and schools, a rights group said."
    assert not any(e.event_type == "Battles" for e in asserted(nlp, text))


def test_claims_and_blame_refer_to_an_event_reported_elsewhere(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Northern Front claimed responsibility for a car bomb in Dorvik, its news agency said."
    assert asserted(nlp, text) == []
    fled = "Some 3,000 villagers have fled Dorvik because of Northern Front attacks, an aid agency said."
    assert asserted(nlp, fled) == []


def test_an_announced_fact_is_asserted_and_hyphenated_names_fit_the_gaps(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The army announced on Tuesday that 40 fighters of the Northern Front had surrendered in Dorvik."
    assert [e.modality for e in asserted(nlp, text)] == ["asserted"]
    pushed = "Government troops pushed al-Nour fighters out of three villages near Dorvik on Monday."
    assert [e.sub_event_type for e in asserted(nlp, pushed)] == ["Government regains territory"]


def test_heavy_weapons_used_in_an_attack_make_shelling(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Militants attacked an army post near Dorvik on Monday using mortars and heavy machine guns."
    assert [e.sub_event_type for e in asserted(nlp, text)] == ["Shelling/artillery/missile attack"]
    cannon = "Police in Valmora used water cannons to disperse hundreds of protesters on Monday."
    assert [e.sub_event_type for e in asserted(nlp, cannon)] == ["Protest with intervention"]


def test_one_protest_takes_the_most_serious_type_its_sentences_report(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Thousands of students marched through Valmora on Monday against the new law. "
            "Some of the protesters smashed shop windows and threw stones at the police.")
    assert {e.sub_event_type for e in asserted(nlp, text)} == {"Violent demonstration"}


def test_an_opinion_about_the_attack_and_a_bomb_search_are_no_new_events(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The governor of Dorvik said the Friday attack shows that the militants have no religion."
    assert asserted(nlp, text) == []
    search = "A bomb disposal squad searched the market in Dorvik on Monday, police said."
    assert asserted(nlp, search) == []


def test_protest_violence_and_force_decide_the_protest_type(nlp) -> None:  # type: ignore[no-untyped-def]
    blocked = "Hundreds of protesters blocked roads and railways across Valmora on Monday against the new tax."
    assert [e.sub_event_type for e in asserted(nlp, blocked)] == ["Violent demonstration"]
    police = "Police in Valmora blocked roads to the stadium on Monday ahead of the final."
    assert not any(e.event_type in ("Riots", "Protests") for e in asserted(nlp, police))
    killed = ("Three people were killed in Valmora on Monday when police opened fire on a march against "
              "the new tax, witnesses said.")
    assert [e.sub_event_type for e in asserted(nlp, killed)] == ["Excessive force against protesters"]
    blaze = "Thousands marched through Valmora on Sunday and some protesters smashed store windows and lit a blaze."
    assert [e.sub_event_type for e in asserted(nlp, blaze)] == ["Violent demonstration"]


def test_a_repelled_assault_is_a_battle_not_territory_taken(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Soldiers repelled the Northern Front near Dorvik on Monday after hours of heavy gunfire."
    assert [e.event_type for e in asserted(nlp, text)] == ["Battles"]
    assert not any("territory" in e.sub_event_type for e in asserted(nlp, text))


def test_a_vehicle_entering_a_town_takes_no_territory(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Police said the truck had been followed since it entered the city of Valmora on Friday."
    assert not any("territory" in e.sub_event_type for e in asserted(nlp, text))
    fighters = "Rebel fighters entered the town of Dorvik on Friday after the army withdrew, residents said."
    assert any("territory" in e.sub_event_type for e in asserted(nlp, fighters))
