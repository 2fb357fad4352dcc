from pathlib import Path

from dateline.store import Store
from dateline.store.merge import Mention, conservative_fatalities, family, merge_all
from tests.test_store import event, report

KAJURU = ("Kajuru", 10.32, 7.68, "NG", "Kaduna", 1)
KAJURU_VILLAGE = ("Kufana", 10.40, 7.60, "NG", "Kaduna", 1)  # ~12 km away
KADUNA_STATE = ("Kaduna State", 10.33, 7.75, "NG", "Kaduna", 3)
ZARIA = ("Zaria", 11.08, 7.71, "NG", "Kaduna", 1)  # ~85 km away
JOS = ("Jos", 9.90, 8.86, "NG", "Plateau", 1)


def test_families() -> None:
    assert family("Battles", "Armed clash") == family("Violence against civilians", "Attack")
    assert family("Protests", "Peaceful protest") == family("Riots", "Violent demonstration")
    assert family("Strategic developments", "Arrests") != family("Strategic developments", "Agreement")
    assert family("Strategic developments", "Looting/property destruction") == "violence"


def test_conservative_fatalities() -> None:
    assert conservative_fatalities([12, 10, None, 15]) == (10, 15)
    assert conservative_fatalities([0, 7]) == (7, 7)  # an early "no deaths" is superseded by counted deaths
    assert conservative_fatalities([0, None]) == (0, 0)
    assert conservative_fatalities([None]) == (None, None)


def _m(aid: str, **kw: object) -> Mention:
    base: dict[str, object] = dict(article_id=aid, event_id="e1", event_type="Violence against civilians",
                                   sub_event_type="Attack", date="2025-03-11", time_precision=1,
                                   location="Kajuru", lat=10.32, lon=7.68, country="NG", admin1="Kaduna",
                                   geo_precision=1, actor1="Gunmen", actor1_type="Political militia",
                                   source=aid)
    base.update(kw)
    return Mention(**base)  # type: ignore[arg-type]


def test_merge_rules() -> None:
    same = [_m("a"), _m("b", sub_event_type="Armed clash", event_type="Battles"), _m("b2", date="2025-03-12"),
            _m("c", location="Kufana", lat=10.40, lon=7.60),
            _m("d", location="Kaduna State", lat=10.33, lon=7.75, geo_precision=3, date=None,
               published="2025-03-13", time_precision=None),
            _m("e", location="Kachia", lat=10.60, lon=7.90, geo_precision=2)]  # "near Kachia", 39 km, same kind
    assert len(merge_all(same)) == 1
    apart = [_m("a"),
             _m("far", location="Zaria", lat=11.08, lon=7.71),           # 85 km, both precise
             _m("late", date="2025-03-20"),                              # a week later
             _m("next day, other kind", sub_event_type="Grenade", event_type="Explosions/Remote violence",
                date="2025-03-12"),
             _m("near, other kind", sub_event_type="Armed clash", event_type="Battles", location="Kachia",
                lat=10.60, lon=7.90, geo_precision=2),                   # ~40 km: only the same kind may merge
             _m("kind", sub_event_type="Arrests", event_type="Strategic developments"),
             _m("mode", modality="threat"),
             _m("actor", actor1="Nigerian army", actor1_type="State forces"),
             _m("other state", location="Jos", lat=9.90, lon=8.86, admin1="Plateau", geo_precision=2)]
    assert len(merge_all(apart)) == len(apart)


def test_actor_order_and_partial_names_agree() -> None:
    a = _m("a", sub_event_type="Armed clash", event_type="Battles", actor1="Nigerian army",
           actor1_type="State forces", actor2="bandits", actor2_type="Political militia")
    b = _m("b", sub_event_type="Armed clash", event_type="Battles", actor1="armed bandits",
           actor1_type="Political militia", actor2="the army", actor2_type="State forces")
    assert len(merge_all([a, b])) == 1


def test_store_merges_incrementally_with_stable_ids(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        store.add(report("Gunmen killed 12 at Kajuru market.", source="Wire A", published="2025-03-11",
                         events=[event("a1", place=KAJURU, fatalities=12)]))
        (first,) = store.events()
        store.add(report("Police say 10 killed in Kajuru attack.", source="Wire B", published="2025-03-12",
                         events=[event("b1", "Armed clash", "Battles", place=KAJURU_VILLAGE, fatalities=10,
                                       date="2025-03-11")]))
        store.add(report("Kaduna state: gunmen storm market.", source="Wire C", published="2025-03-13",
                         events=[event("c1", place=KADUNA_STATE, date=None, fatalities=0)]))
        store.add(report("Separate attack hits Zaria.", source="Wire A", published="2025-03-13",
                         events=[event("d1", place=ZARIA, fatalities=3)]))
        store.add(report("Protest in Jos.", source="Wire D", published="2025-03-11",
                         events=[event("e1", "Peaceful protest", "Protests", place=JOS, actor1="traders",
                                       actor1_type="Protesters")]))
        merged = store.event(first.id)
        assert merged is not None
        assert (merged.n_articles, merged.n_sources, merged.n_mentions) == (3, 3, 3)
        assert (merged.fatalities, merged.fatalities_high) == (10, 12)
        assert (merged.location, merged.geo_precision, merged.date) == ("Kajuru", 1, "2025-03-11")
        assert (merged.first_report, merged.last_report) == ("2025-03-11", "2025-03-13")
        assert merged.sources == ["Wire A", "Wire B", "Wire C"]
        assert [e["source"] for e in merged.evidence] == ["Wire A", "Wire B", "Wire C"]
        assert merged.confidence > 0.9  # three independent reports
        assert store.count_events() == 3
        assert store.stats()["multi_source_events"] == 1


def test_same_outlet_twice_counts_one_source(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        for i, pub in enumerate(("2025-03-11", "2025-03-12")):
            store.add(report(f"Update {i}: gunmen attack Kajuru market.", source="Wire A", published=pub,
                             events=[event(f"u{i}", place=KAJURU)]))
        (merged,) = store.events()
        assert (merged.n_articles, merged.n_sources) == (2, 1)


def test_articles_of_different_stories_need_a_matching_actor(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        store.add(report("Tariff talks stall as trade ministers leave the summit without a deal.", source="Wire A",
                         published="2025-03-13", events=[event("t1", place=KAJURU, actor1=None)]))
        store.add(report("Football club signs a striker from abroad for a record transfer fee.", source="Wire B",
                         published="2025-03-13", events=[event("f1", place=KAJURU, actor1=None)]))
        assert store.count_events() == 2  # same place and day, but nothing ties the stories together
        store.add(report("Village elders describe night of terror as gunmen raided homes.", source="Wire C",
                         published="2025-03-13", events=[event("v1", place=KAJURU, actor1="the gunmen")]))
        store.add(report("Lawmakers demand answers over rising insecurity in the north.", source="Wire D",
                         published="2025-03-13", events=[event("l1", place=KAJURU, actor1="gunmen")]))
        assert sorted(e.n_articles for e in store.events()) == [1, 1, 2]
