from dateline.model import Actor, Article, Entity, Event, Evidence, Location, Place, Quote


def full_article() -> Article:
    return Article(
        text="KADUNA, Nigeria -- Gunmen killed 12 people.",
        published="2025-03-11",
        entities=[Entity(id="e1", name="Gunmen", label="GROUP", mentions=[(19, 25)])],
        places=[Place(id="p1", name="Kaduna", mentions=[(0, 6)], lat=10.5, lon=7.4, country="NG")],
        events=[
            Event(
                id="x1", event_type="Violence against civilians", sub_event_type="Attack",
                actor1=Actor("Gunmen", "e1", "Rebel group"),
                location=Location("Kaduna", 10.5, 7.4, "NG", None, 1),
                fatalities=12, evidence=[Evidence(19, 44, "Gunmen killed 12 people.")],
            )
        ],
        quotes=[Quote(text="We are afraid", start=0, end=5, speaker="A resident")],
    )


def test_round_trip_keeps_every_field() -> None:
    article = full_article()
    again = Article.from_dict(article.to_dict())
    assert again == article
    assert again.entities[0].mentions == [(19, 25)]
    assert isinstance(again.events[0].actor1, Actor)


def test_id_is_stable_and_depends_on_text() -> None:
    a, b = Article(text="Same  text."), Article(text="same text.")
    assert a.id == b.id and len(a.id) == 16
    assert Article(text="Other text.").id != a.id


def test_to_dict_leaves_out_working_state() -> None:
    data = full_article().to_dict()
    assert "nlp" not in data and "raw" not in data
    assert data["schema_version"] == 1
