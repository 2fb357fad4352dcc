import sqlite3
from pathlib import Path
from typing import Any

import pytest

from dateline.errors import StoreError
from dateline.model import Actor, Article, Event, Evidence, Location, Quote
from dateline.store import Store
from tests.test_model import full_article


def report(text: str, *, source: str, published: str, events: list[Event], title: str | None = None,
           quotes: list[Quote] | None = None) -> Article:
    """An article with hand-made events: store tests need no model."""
    return Article(text=text, title=title or text[:40], source=source, published=published,
                   url=f"https://{source.lower().replace(' ', '')}.example/{abs(hash(text))}",
                   events=events, quotes=quotes or [])


def event(eid: str, sub: str = "Attack", etype: str = "Violence against civilians", *, date: str | None = "2025-03-11",
          place: tuple[str, float, float, str, str | None, int] = ("Kajuru", 10.32, 7.68, "NG", "Kaduna", 1),
          actor1: str | None = "Gunmen", actor1_type: str | None = "Political militia",
          fatalities: int | None = None, modality: str = "asserted", confidence: float = 0.6,
          evidence: str = "Gunmen attacked the market.", actor2: str | None = None, actor2_type: str | None = None,
          **more: Any) -> Event:
    name, lat, lon, country, admin1, precision = place
    return Event(id=eid, event_type=etype, sub_event_type=sub, date=date, time_precision=1 if date else None,
                 actor1=Actor(actor1, None, actor1_type) if actor1 else None,
                 actor2=Actor(actor2, None, actor2_type) if actor2 else None,
                 location=Location(name, lat, lon, country, admin1, precision), fatalities=fatalities,
                 modality=modality, confidence=confidence, evidence=[Evidence(0, len(evidence), evidence)], **more)


def test_add_is_idempotent_and_round_trips(tmp_path: Path) -> None:
    article = full_article()
    with Store(tmp_path / "s.db") as store:
        assert store.add(article) is True
        assert store.add(article) is False
        assert store.counts() == {"articles": 1, "events": 1, "quotes": 1}
        assert store.stats()["merged_events"] == 1
        (back,) = store.articles()
    article.nlp = None
    article.raw = None
    assert back == article


def test_foreign_and_corrupt_files_are_refused(tmp_path: Path) -> None:
    foreign = tmp_path / "foreign.db"
    with sqlite3.connect(foreign) as con:
        con.execute("create table customers (id int)")
    with pytest.raises(StoreError, match="not dateline's"):
        Store(foreign)
    with sqlite3.connect(foreign) as con:  # the refusal wrote nothing
        assert [r[0] for r in con.execute("select name from sqlite_master")] == ["customers"]
    corrupt = tmp_path / "corrupt.db"
    corrupt.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StoreError, match="not a dateline database"):
        Store(corrupt)
    assert corrupt.read_bytes() == b"this is not a database at all" * 100


def test_wal_fts_and_indexes_exist(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        names = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master")}
        assert {"articles_fts", "merged_events", "stories", "events_date", "events_type", "events_country",
                "events_location", "merged_newest", "merged_location"} <= names
        assert store.stats()["schema_version"] == 3


def test_missing_folder_and_read_only_location_give_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        Store(tmp_path / "nope" / "s.db")
    # /proc refuses new files even to root, unlike a chmod'ed folder.
    with pytest.raises(StoreError, match=r"cannot open|read-only"):
        Store("/proc/self/dateline-test.db")
    with pytest.raises(StoreError, match="no such database"):
        Store(tmp_path / "absent.db", readonly=True)


def test_readonly_store_reads_and_refuses_writes(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with Store(path) as store:
        store.add(full_article())
    with Store(path, readonly=True) as store:
        assert store.counts()["articles"] == 1
        with pytest.raises(StoreError, match="read-only"):
            store.add(Article(text="Another story entirely."))


def test_full_disk_rolls_back_the_whole_article(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        store.add(full_article())
        before = store.stats()
        pages = store.db.execute("PRAGMA page_count").fetchone()[0]
        store.db.execute(f"PRAGMA max_page_count = {pages + 2}")  # the disk is about full
        big = report("Gunmen attacked the market. " + "x " * 200_000, source="Big Wire", published="2025-03-12",
                     events=[event("b1"), event("b2", "Armed clash", "Battles")],
                     quotes=[Quote("We ran", 0, 6, speaker="A trader")])
        with pytest.raises(StoreError, match="full"):
            store.add(big)
        assert store.stats() == before
        assert not store.has(big.id)
        assert store.db.execute("SELECT count(*) FROM merged_events").fetchone()[0] == before["merged_events"]


def test_migrates_a_version_1_database_and_merges_what_it_held(tmp_path: Path) -> None:
    from dateline.store.sqlite import _MIGRATIONS

    path = tmp_path / "old.db"
    con = sqlite3.connect(path)
    con.executescript(_MIGRATIONS[0] + "\nPRAGMA user_version = 1;")
    con.close()
    a = report("Gunmen attacked a market in Kajuru.", source="Wire A", published="2025-03-11",
               events=[event("x1", fatalities=12)])
    b = report("Ten killed in Kajuru market raid.", source="Wire B", published="2025-03-12",
               events=[event("y1", fatalities=10)])
    # Write the two articles as version 1 did (no merge, no story).
    with Store(tmp_path / "scratch.db") as scratch:
        for art in (a, b):
            scratch.add(art)
        rows = scratch.db.execute("SELECT id, url, source, title, published, language, text, record, n_errors,"
                                  " ingested_at FROM articles").fetchall()
        events = scratch.db.execute("SELECT * FROM events").fetchall()
    con = sqlite3.connect(path)
    con.executemany("INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    con.executemany(f"INSERT INTO events VALUES ({','.join('?' * 23)})", [r[:23] for r in events])
    con.commit()
    con.close()
    with Store(path) as store:
        (merged,) = store.events()
        assert (merged.n_articles, merged.n_sources, merged.fatalities) == (2, 2, 10)
        assert store.events(text="Kajuru")


def test_query_api_filters(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        store.add(report("Gunmen attacked the Kajuru market, killing 12.", source="Wire A", published="2025-03-11",
                         events=[event("a1", fatalities=12)], title="Market attack in Kajuru"))
        store.add(report("Police fired tear gas at protesters in Nairobi.", source="Wire B", published="2025-06-06",
                         events=[event("b1", "Protest with intervention", "Protests", date="2025-06-05",
                                       place=("Nairobi", -1.29, 36.82, "KE", "Nairobi", 1), actor1="Kenyan police",
                                       actor1_type="State forces", confidence=0.9),
                                 event("b2", "Peaceful protest", "Protests", date="2025-06-10", modality="future",
                                       place=("Nairobi", -1.29, 36.82, "KE", "Nairobi", 1), actor1=None)],
                         quotes=[Quote("We want bread", 0, 13, speaker="Grace Odhiambo")]))
        assert store.count_events() == 3
        assert [e.location for e in store.events(bbox=(30, -5, 40, 5))] == ["Nairobi", "Nairobi"]
        assert [e.location for e in store.events(start="2025-03-01", end="2025-03-31")] == ["Kajuru"]
        assert [e.sub_event_type for e in store.events(types=["Protests"], modality="asserted")] == [
            "Protest with intervention"]
        assert [e.plover for e in store.events(types="PROTEST")] == ["PROTEST", "PROTEST"]
        assert [e.location for e in store.events(actor="police")] == ["Nairobi"]
        assert [e.location for e in store.events(country="NGA")] == ["Kajuru"]
        assert [e.location for e in store.events(country="Kenya", min_confidence=0.8)] == ["Nairobi"]
        assert [e.location for e in store.events(text="tear gas")] == ["Nairobi", "Nairobi"]
        assert store.events(text='market" OR "gas') == []  # FTS operators in user text are inert
        assert len(store.events(limit=1)) == 1 and len(store.events(limit=1, offset=1)) == 1
        first = store.events(text="Kajuru")[0]
        assert store.event(first.id) == first and store.event("nope") is None
        assert first.evidence[0]["text"] == "Gunmen attacked the market." and first.sources == ["Wire A"]
        record = store.article(first.article_ids[0])
        assert record is not None and record["merged_ids"] == {"a1": first.id} and record["story_id"]
        assert store.quotes(speaker="grace")[0]["text"] == "We want bread"
        stats = store.stats()
        assert (stats["articles"], stats["merged_events"], stats["by_modality"]) == (2, 3, {"asserted": 2,
                                                                                           "future": 1})
        with pytest.raises(StoreError, match="not a date"):
            store.events(start="last week")


def test_bbox_across_the_antimeridian_and_paging(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        for i, (name, lon) in enumerate([("Suva", 178.44), ("Apia", -171.76), ("Honolulu", -157.86)]):
            store.add(report(f"Storm protest number {i} in {name}.", source=f"Wire {i}", published="2025-03-11",
                             events=[event(f"p{i}", "Peaceful protest", "Protests", actor1=None,
                                           place=(name, -14.0 if i < 2 else 21.3, lon, f"X{i}", None, 1))]))
        assert sorted(e.location for e in store.events(bbox=(170, -20, -165, 0))) == ["Apia", "Suva"]
        assert [e.id for e in store.iter_events(batch=1)] == [e.id for e in store.events(limit=None)]
        assert store.count_events(types=["Protests"]) == 3


def test_serve_queries_points_timeline_articles_and_quotes(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        store.add(report("Gunmen attacked the Kajuru market, killing 12.", source="Wire A", published="2025-03-11",
                         events=[event("a1", fatalities=12)], title="Market attack in Kajuru"))
        store.add(report("Gunmen stormed a market in Kajuru and killed twelve.", source="Wire B",
                         published="2025-03-12", events=[event("c1", fatalities=12)]))
        store.add(report("Protesters marched in Nairobi in June.", source="Wire B", published="2025-06-06",
                         events=[event("b1", "Peaceful protest", "Protests", date="2025-06", actor1=None,
                                       place=("Nairobi", -1.29, 36.82, "KE", "Nairobi", 1))],
                         quotes=[Quote("We want bread", 0, 13, speaker="Grace Odhiambo", direct=True),
                                 Quote("prices must fall", 20, 36, speaker="Grace Odhiambo", direct=False)]))
        points = store.points()
        assert [(p["location"], p["n_articles"], p["n_sources"]) for p in points] == [
            ("Nairobi", 1, 1), ("Kajuru", 2, 2)]
        assert store.points(country=["ke", "NGA"], limit=1)[0]["location"] == "Nairobi"
        # The vague June date counts on its first day; the merged attack counts once.
        assert store.timeline() == [{"date": "2025-03-11", "count": 1}, {"date": "2025-06-01", "count": 1}]
        assert store.timeline(types=["Protests"]) == [{"date": "2025-06-01", "count": 1}]
        assert store.count_events(text="%") == 0 and store.events(text="--") == []  # no words: nothing matches
        summaries = store.article_summaries(source="Wire B")
        assert [a["n_events"] for a in summaries] == [1, 1] and summaries[0]["published"] == "2025-06-06"
        assert summaries[0]["n_quotes"] == 2 and "text" not in summaries[0]
        assert store.count_articles(text="market Kajuru") == 2 and store.count_articles(text="'") == 0
        assert store.count_articles(start="2025-03-12", end="2025-03-31") == 1
        assert [q["text"] for q in store.quotes(speaker="grace", direct=False)] == ["prices must fall"]
        assert store.count_quotes(speaker="grace") == 2 and store.count_quotes(text="%") == 0
        stats = store.stats()
        assert stats["by_country"] == {"KE": 1, "NG": 1} and stats["located_events"] == 2
        assert stats["by_sub_event_type"] == {"Attack": 1, "Peaceful protest": 1}
        with pytest.raises(StoreError, match="not a date"):
            store.article_summaries(start="2025-02-30")


def test_broad_and_narrow_text_searches_agree_with_counts_and_generation(tmp_path: Path) -> None:
    # 30 articles, each with one event in its own town and month; "ferry" occurs in all but three (a broad
    # search walks the newest-first index), "lighthouse" in three (a narrow one collects its matches).
    with Store(tmp_path / "t.db") as store:
        before = store.generation()
        for i in range(30):
            word = "lighthouse" if i % 10 == 0 else "ferry"
            text = f"Gunmen attacked the {word} pier in town {i}."
            store.add(report(text, source=f"Wire {i}",
                             published=f"2024-{i % 12 + 1:02d}-{i % 27 + 1:02d}",
                             events=[event("e0", date=f"2024-{i % 12 + 1:02d}-{i % 27 + 1:02d}",
                                           place=(f"Town {i}", i * 1.5, i * 1.5, "NG", None, 1), evidence=text)]))
        assert store.generation() > before
    with Store(tmp_path / "t.db", readonly=True, cache_mb=8) as store:
        everything = store.events(limit=None)
        for word, expected in (("ferry", 27), ("lighthouse", 3)):
            wanted = [e.id for e in everything if any(word in ev["text"] for ev in e.evidence)]
            assert len(wanted) == expected and store.count_events(text=word) == expected
            assert [e.id for e in store.events(text=word, limit=None)] == wanted
            pages = [e.id for off in range(0, 30, 4) for e in store.events(text=word, limit=4, offset=off)]
            assert pages == wanted  # paging through the walk gives the same order as one query
        assert [e.id for e in store.events(text="ferry", country="KE")] == []


def test_cached_evidence_follows_merges_and_is_back_filled(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    first = report("Gunmen attacked the market in Kajuru.", source="Wire A", published="2025-03-11",
                   events=[event("e0", evidence="Gunmen attacked the market in Kajuru.")])
    second = report("Kajuru market attack: gunmen struck on Tuesday.", source="Wire B", published="2025-03-12",
                    events=[event("e0", evidence="gunmen struck on Tuesday")])
    with Store(path) as store:
        store.add(first)
        (only,) = store.events()
        assert [e["text"] for e in only.evidence] == ["Gunmen attacked the market in Kajuru."]
        store.add(second)  # joins the same merged event: its cached evidence must now hold both reports
        (both,) = store.events()
        assert both.id == only.id and [e["article_id"] for e in both.evidence] == [first.id, second.id]
        # As a schema-2 file would hold it: no cached evidence. Reads build it; opening for writing back-fills it.
        store.db.execute("DELETE FROM merged_evidence")
        store.db.commit()
    with Store(path, readonly=True) as reader:
        assert reader.events()[0].evidence == both.evidence
    with Store(path) as store:
        cached = store.db.execute("SELECT evidence FROM merged_evidence").fetchone()
        assert cached is not None and store.event(both.id).evidence == both.evidence  # type: ignore[union-attr]
