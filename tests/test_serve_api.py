"""The HTTP API over a database filled by the real pipeline from small fictional articles."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from dateline.model import Actor, Article, Entity, Event, Evidence, Location, Place, Quote
from dateline.serve import ServeConfig, create_app
from dateline.store import Store

# Fictional reports written for these tests.
ARTICLES: list[dict[str, Any]] = [
    {
        "title": "Gunmen kill nine in attack on market near Maiduguri",
        "published": "2025-03-14",
        "source": "example-wire.test",
        "text": (
            "Gunmen kill nine in attack on market near Maiduguri\n\n"
            "MAIDUGURI, Nigeria -- Gunmen on motorcycles attacked a crowded market near Maiduguri on Thursday, "
            "killing nine traders and wounding at least twelve others, police said.\n\n"
            "Police spokesman Musa Adamu said the attackers opened fire on stalls before fleeing into the bush. "
            "\"We have deployed more officers to the area,\" Adamu told reporters on Friday.\n"
        ),
    },
    {
        "title": "Protesters clash with police in Nairobi over bread prices",
        "published": "2025-06-06",
        "source": "example-news.test",
        "text": (
            "Protesters clash with police in Nairobi over bread prices\n\n"
            "NAIROBI, Kenya -- Police fired tear gas at hundreds of protesters who marched through central Nairobi "
            "on Thursday against a rise in bread prices, witnesses said.\n\n"
            "\"We only want to feed our children,\" said protester Achieng Otieno outside the city hall.\n"
        ),
    },
    {
        "title": "Airstrike hits warehouse in Hodeidah",
        "published": "2025-09-02",
        "source": "example-wire.test",
        "text": (
            "Airstrike hits warehouse in Hodeidah\n\n"
            "HODEIDAH, Yemen -- An airstrike destroyed a grain warehouse in the port city of Hodeidah on Monday, "
            "killing four workers, local officials said.\n"
        ),
    },
    {  # a second outlet on the same airstrike: merged with the report above into one event
        "title": "Four killed as airstrike flattens Hodeidah grain store",
        "published": "2025-09-02",
        "source": "example-daily.test",
        "text": (
            "Four killed as airstrike flattens Hodeidah grain store\n\n"
            "HODEIDAH, Yemen -- An airstrike hit a grain warehouse in Hodeidah on Monday, killing four workers, "
            "a port official said.\n"
        ),
    },
]

XSS_TITLE = "<script>window.__xss = 'title'</script>Aid convoy attacked"
XSS_TEXT = (
    "GAO, Mali -- Armed men attacked an aid convoy near Gao on Tuesday, killing two drivers. "
    "<img src=x onerror=\"window.__xss = 'img'\"> <script>window.__xss = 'text'</script> "
    "The convoy carried food, officials said."
)


def xss_article() -> Article:
    """Built directly, so annotations deliberately cover the markup-looking text."""
    img = XSS_TEXT.index("<img")
    script_end = XSS_TEXT.index("</script>") + len("</script>")
    evidence_end = XSS_TEXT.index("drivers.") + len("drivers.")
    return Article(
        text=XSS_TEXT, title=XSS_TITLE, published="2025-05-20", source="<b>bold source</b>",
        url="javascript:alert(1)",
        entities=[Entity(id="e1", name="<img src=x onerror=alert(1)>", label="ORG", mentions=[(img, script_end)])],
        places=[Place(id="p1", name="Gao", mentions=[(0, 3), (XSS_TEXT.index("Gao on"), XSS_TEXT.index("Gao on") + 3)],
                      lat=16.27, lon=-0.04, country="ML", feature="city")],
        events=[Event(
            id="0123456789ab", event_type="Violence against civilians", sub_event_type="Attack",
            actor1=Actor(name="<script>alert(1)</script>armed men"), date="2025-05-19", time_precision=1,
            place_id="p1", location=Location(name="Gao", lat=16.27, lon=-0.04, country="ML", geo_precision=1),
            fatalities=2, modality="asserted", confidence=0.7,
            evidence=[Evidence(0, evidence_end, XSS_TEXT[:evidence_end]),
                      Evidence(img, script_end, XSS_TEXT[img:script_end])],
        )],
        quotes=[Quote(text="<script>window.__xss = 'quote'</script>", start=XSS_TEXT.index("<script>"),
                      end=script_end, direct=True, speaker="<i>officials</i>")],
    )


def build_db(path: Path, nlp: Any) -> Path:
    with Store(path) as store:
        for item in ARTICLES:
            store.add(nlp(Article(text=item["text"], title=item["title"], source=item["source"]),
                          published=item["published"]))
        store.add(xss_article())
    return path


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, nlp: Any) -> Path:
    return build_db(tmp_path_factory.mktemp("serve") / "events.db", nlp)


@pytest.fixture(scope="module")
def client(db: Path, nlp: Any) -> TestClient:
    app = create_app(db, ServeConfig(token="s3cret", max_body_bytes=4096), pipeline_factory=lambda: nlp)
    return TestClient(app)


def test_events_are_merged_across_articles(client: TestClient) -> None:
    (strike,) = client.get("/events", params={"country": "YE"}).json()["items"]
    assert (strike["n_articles"], strike["n_sources"]) == (2, 2)
    assert strike["first_report"] <= strike["last_report"]
    assert sorted(strike["sources"]) == ["example-daily.test", "example-wire.test"]
    assert len({e["article_id"] for e in strike["evidence"]}) == 2  # a sentence from each report
    assert {e["title"] for e in strike["evidence"]} == {
        "Airstrike hits warehouse in Hodeidah", "Four killed as airstrike flattens Hodeidah grain store"}
    assert strike["article_id"] == strike["evidence"][0]["article_id"]
    stats = client.get("/stats").json()
    assert (stats["articles"], stats["events"], stats["merged_events"], stats["multi_source_events"]) == (5, 5, 4, 1)


def test_events_list_filters_and_pages(client: TestClient) -> None:
    everything = client.get("/events").json()
    assert everything["total"] == 4  # five mentions, two of them one airstrike
    dates = [e["date"] for e in everything["items"] if e["date"]]
    assert dates == sorted(dates, reverse=True)
    assert {e["location"]["country"] for e in everything["items"] if e["location"]} >= {"NG", "KE", "YE", "ML"}

    june = client.get("/events", params={"start": "2025-06-01", "end": "2025-06-30"}).json()
    assert june["total"] >= 1 and all(e["date"].startswith("2025-06") for e in june["items"])

    kenya = client.get("/events", params={"country": "ke"}).json()
    assert kenya["total"] >= 1 and all(e["location"]["country"] == "KE" for e in kenya["items"])

    # Around Yemen only (west,south,east,north).
    box = client.get("/events", params={"bbox": "42,12,47,17"}).json()
    assert box["total"] >= 1 and all(e["location"]["country"] == "YE" for e in box["items"])
    # A box across the antimeridian holds none of these events.
    assert client.get("/events", params={"bbox": "170,-60,-170,60"}).json()["total"] == 0

    assert client.get("/events", params={"type": "Violence against civilians"}).json()["total"] >= 1
    assert client.get("/events", params={"type": "Attack,Air/drone strike"}).json()["total"] >= 1
    assert client.get("/events", params={"actor": "ARMED MEN"}).json()["total"] == 1
    assert client.get("/events", params={"text": "warehouse"}).json()["total"] >= 1
    assert client.get("/events", params={"min_confidence": 1.0}).json()["total"] == 0
    assert client.get("/events", params={"modality": "asserted"}).json()["total"] >= 4

    first, second = (client.get("/events", params={"limit": 2, "offset": o}).json() for o in (0, 2))
    assert len(first["items"]) == 2 and first["total"] == everything["total"]
    assert not {e["id"] for e in first["items"]} & {e["id"] for e in second["items"]}


def test_bad_filters_are_refused_clearly(client: TestClient) -> None:
    for params in ({"bbox": "1,2,3"}, {"bbox": "0,50,10,40"}, {"start": "last week"}, {"min_confidence": 2},
                   {"limit": 0}, {"limit": 100000}, {"country": "Kenya"}, {"end": "2025-13-01"}):
        response = client.get("/events", params=params)
        assert response.status_code == 422, params
        assert response.json()["detail"]


def test_sql_looking_filter_values_are_harmless(client: TestClient, db: Path) -> None:
    before = client.get("/stats").json()
    for value in ("' OR 1=1 --", "x'); DROP TABLE events; --", "%", "\\", "\" OR \"\"=\""):
        for name in ("text", "actor", "type", "modality"):
            response = client.get("/events", params={name: value})
            assert response.status_code == 200, (name, value)
            assert response.json()["total"] == 0, (name, value)
        assert client.get("/quotes", params={"speaker": value}).json()["total"] == 0
        assert client.get("/articles", params={"text": value}).json()["total"] == 0
        assert client.get(f"/articles/{value}").status_code == 404
    assert client.get("/stats").json() == before
    # Text search is FTS5 over words: punctuation alone matches nothing, operators are plain words.
    assert client.get("/events", params={"text": "_"}).json()["total"] == 0
    assert client.get("/events", params={"text": "window xss"}).json()["total"] == 1
    assert client.get("/events", params={"text": "warehouse OR Nairobi"}).json()["total"] == 0
    assert client.get("/articles", params={"text": "grain warehouse"}).json()["total"] == 2


def test_event_detail_has_evidence_and_source_articles(client: TestClient) -> None:
    (listed,) = client.get("/events", params={"text": "warehouse"}).json()["items"]
    event = client.get(f"/events/{listed['id']}").json()
    assert {k: v for k, v in event.items() if k != "articles"} == listed
    assert [a["title"] for a in event["articles"]] == [
        "Airstrike hits warehouse in Hodeidah", "Four killed as airstrike flattens Hodeidah grain store"]
    texts = {a["id"]: client.get(f"/articles/{a['id']}").json()["text"] for a in event["articles"]}
    for evidence in event["evidence"]:
        assert texts[evidence["article_id"]][evidence["start"]:evidence["end"]] == evidence["text"]
    assert event["sub_event_type"] == "Air/drone strike" and event["fatalities"] == 4
    assert client.get("/events/nope").status_code == 404
    assert client.get("/events/mffffffffffffff").status_code == 404


def test_articles_and_annotations(client: TestClient) -> None:
    page = client.get("/articles").json()
    assert page["total"] == 5
    by_title = {a["title"]: a for a in page["items"]}
    nairobi = by_title["Protesters clash with police in Nairobi over bread prices"]
    assert nairobi["n_events"] >= 1 and nairobi["source"] == "example-news.test"
    record = client.get(f"/articles/{nairobi['id']}").json()
    text = record["text"]
    places = {p["name"] for p in record["places"]}
    assert "Nairobi" in places
    for place in record["places"]:
        for start, end in place["mentions"]:
            assert text[start:end]
    for event in record["events"]:  # each of the article's events links to the merged event holding it
        merged = client.get(f"/events/{event['ref']}").json()
        assert record["id"] in {a["id"] for a in merged["articles"]}
    assert any("feed our children" in q["text"] for q in record["quotes"])
    assert client.get("/articles", params={"source": "example-wire.test"}).json()["total"] == 2
    assert client.get("/articles", params={"start": "2025-06-01"}).json()["total"] == 3
    assert client.get("/articles", params={"start": "2025-02-30"}).status_code == 422


def test_quotes_and_stats(client: TestClient) -> None:
    quotes = client.get("/quotes", params={"speaker": "adamu"}).json()
    assert quotes["total"] == 2 and {q["direct"] for q in quotes["items"]} == {True, False}
    direct = client.get("/quotes", params={"speaker": "adamu", "direct": True}).json()["items"]
    assert [q["text"] for q in direct] == ["We have deployed more officers to the area,"]
    stats = client.get("/stats").json()
    assert stats["articles"] == 5 and stats["merged_events"] == 4 and stats["located_events"] == 4
    assert stats["by_country"]["ML"] == 1 and stats["by_sub_event_type"]["Air/drone strike"] == 1
    assert stats["first_event"] <= "2025-03-14" and stats["last_event"] >= "2025-09-01"


def test_timeline_and_points(client: TestClient) -> None:
    timeline = client.get("/events/timeline").json()
    assert sum(d["count"] for d in timeline) == client.get("/events").json()["total"]
    assert [d["date"] for d in timeline] == sorted(d["date"] for d in timeline)
    points = client.get("/events/points", params={"country": "ML"}).json()
    assert points == [{"id": points[0]["id"], "lat": 16.27, "lon": -0.04, "date": "2025-05-19",
                       "event_type": "Violence against civilians", "sub_event_type": "Attack", "location": "Gao",
                       "fatalities": 2, "n_articles": 1, "n_sources": 1}]
    assert len(client.get("/events/points").json()) == 4 and len(timeline) >= 4


def test_post_needs_a_token(client: TestClient) -> None:
    body = {"text": "BAMAKO, Mali -- Soldiers clashed with gunmen near Bamako on Sunday.", "published": "2025-07-01"}
    assert client.post("/articles", json=body).status_code == 401
    assert client.post("/articles", json=body, headers={"Authorization": "Bearer wrong"}).status_code == 403
    assert client.post("/articles", json=body, headers={"Authorization": "Basic s3cret"}).status_code == 403


def test_post_oversized_gets_413(client: TestClient) -> None:
    headers = {"Authorization": "Bearer s3cret"}
    body = {"text": "x " * 5000}
    assert client.post("/articles", json=body, headers=headers).status_code == 413

    def chunks():  # type: ignore[no-untyped-def]
        # No Content-Length: the limit must hold on the stream too.
        for _ in range(10):
            yield b"{" + b" " * 1000

    response = client.post("/articles", content=chunks(), headers={**headers, "Content-Type": "application/json"})
    assert response.status_code == 413


def test_post_ingests_and_is_idempotent(tmp_path: Path, nlp: Any) -> None:
    app = create_app(tmp_path / "new.db", ServeConfig(token="t0ken"), pipeline_factory=lambda: nlp)
    client = TestClient(app)
    headers = {"Authorization": "Bearer t0ken"}
    body = {"text": "KANO, Nigeria -- Gunmen attacked a village near Kano on Sunday, killing five farmers.",
            "published": "2025-07-07", "title": "Five farmers killed near Kano", "source": "example.test"}
    first = client.post("/articles", json=body, headers=headers)
    assert first.status_code == 201, first.text
    assert first.json()["events"] >= 1
    again = client.post("/articles", json=body, headers=headers)
    assert again.status_code == 200 and again.json()["stored"] is False
    assert client.get("/stats").json()["articles"] == 1
    assert client.get("/events").json()["items"][0]["n_articles"] == 1
    events = client.get("/events").json()["items"]
    assert events and events[0]["article_title"] == "Five farmers killed near Kano"
    page = {"html": "<html><head><title>Clash near Jos</title></head><body><article><p>JOS, Nigeria -- "
                    "Soldiers clashed with armed men near Jos on Tuesday, killing three, the army said.</p>"
                    "</article></body></html>",
            "published": "2025-07-09"}
    from_html = client.post("/articles", json=page, headers=headers)
    assert from_html.status_code == 201, from_html.text
    stored = client.get(f"/articles/{from_html.json()['id']}").json()
    assert "Soldiers clashed" in stored["text"] and "<p>" not in stored["text"]
    for bad in ({"text": ""}, {"text": "a", "html": "<p>b</p>"}, {"text": "a", "published": "soon"},
                {"text": "a", "colour": "red"}):
        assert client.post("/articles", json=bad, headers=headers).status_code == 422, bad
    assert client.post("/articles", content=b"not json", headers=headers).status_code == 422


def test_post_is_off_without_a_configured_token(tmp_path: Path) -> None:
    client = TestClient(create_app(tmp_path / "x.db", ServeConfig()))
    response = client.post("/articles", json={"text": "hello"}, headers={"Authorization": "Bearer anything"})
    assert response.status_code == 403 and "DATELINE_TOKEN" in response.json()["detail"]


def test_token_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATELINE_TOKEN", "from-env")
    assert ServeConfig.from_env().token == "from-env"
    assert ServeConfig.from_env(token="given").token == "given"
    monkeypatch.delenv("DATELINE_TOKEN")
    assert ServeConfig.from_env().token is None


def test_page_docs_and_security_headers(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "dateline" in page.text
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("style-src")[0]
    assert page.headers["x-content-type-options"] == "nosniff"
    assert client.get("/static/app.js").status_code == 200
    outlines = client.get("/static/vendor/world-atlas/countries-110m.json").json()
    assert len(outlines["objects"]["countries"]["geometries"]) > 150
    openapi = client.get("/openapi.json").json()
    assert {"/events", "/events/{event_id}", "/articles", "/articles/{article_id}", "/quotes", "/stats"} <= set(
        openapi["paths"])
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/docs-assets/swagger-ui-bundle.js" in docs.text
    assert "http" not in docs.text.replace("http-equiv", "")  # nothing from a CDN
    assert client.get("/docs-assets/swagger-ui-bundle.js").status_code == 200


def test_markup_in_records_comes_back_as_plain_json_strings(client: TestClient) -> None:
    article = next(a for a in client.get("/articles").json()["items"] if a["title"] == XSS_TITLE)
    response = client.get(f"/articles/{article['id']}")
    assert response.headers["content-type"] == "application/json"
    assert json.loads(response.text)["text"] == XSS_TEXT


def test_tile_url_is_allowed_by_the_csp(tmp_path: Path) -> None:
    config = ServeConfig(tile_url="https://tiles.example.org/{z}/{x}/{y}.png", tile_attribution="© Example")
    client = TestClient(create_app(tmp_path / "t.db", config))
    assert "https://tiles.example.org" in client.get("/").headers["content-security-policy"]
    assert client.get("/config").json()["tile_url"] == config.tile_url


def test_cached_totals_follow_new_articles(tmp_path: Path) -> None:
    from dateline.serve.queries import Queries

    def wire(i: int) -> Article:
        text = f"Police dispersed a crowd at the depot in town {i}."
        return Article(text=text, title=f"Depot report {i}", source=f"wire{i}.test", published=f"2025-0{i}-01",
                       events=[Event(id="e0", event_type="Protests", sub_event_type="Peaceful protest",
                                     date=f"2025-0{i}-01", time_precision=1, evidence=[Evidence(0, len(text), text)],
                                     location=Location(f"Town {i}", 1.0 + i, 30.0 + i, "KE", geo_precision=1))])

    path = tmp_path / "counts.db"
    with Store(path) as store:
        for i in (1, 2, 3):
            store.add(wire(i))
    queries = Queries(path)
    assert queries.events(limit=1, offset=1, text="depot").total == 3  # a second page: the total is counted
    with Store(path) as store:  # another writer (e.g. `dateline ingest`) adds one more
        store.add(wire(4))
    assert queries.events(limit=1, offset=1, text="depot").total == 4


def test_event_query_checks_and_docs_without_fastapi_validation(client: TestClient) -> None:
    # /events parses its query by hand; the checks and the documented parameters must match the annotations.
    for query, name in (("limit=abc", "limit"), ("min_confidence=nan", "min_confidence"), ("offset=-1", "offset"),
                        ("limit=1001", "limit"), ("text=" + "x" * 201, "text"), ("start=" + "2" * 11, "start")):
        response = client.get("/events?" + query)
        assert response.status_code == 422, query
        assert response.json()["detail"][0]["loc"] == ["query", name]
    assert client.get("/events/points?limit=20001").status_code == 422
    assert client.get("/events/timeline?limit=0").status_code == 200  # not a timeline parameter: ignored
    page = client.get("/events?limit=1&offset=1&type=Protests,Battles&country=KE&country=YE").json()
    assert page["limit"] == 1 and page["offset"] == 1 and len(page["items"]) <= 1
    parameters = client.get("/openapi.json").json()["paths"]["/events"]["get"]["parameters"]
    assert [p["name"] for p in parameters] == ["bbox", "start", "end", "type", "actor", "country", "text",
                                               "modality", "min_confidence", "limit", "offset"]


def test_queries_pool_serves_many_threads_with_few_connections(client: TestClient, db: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from dateline.serve.queries import Queries

    queries = Queries(db, readers=2)
    expected = queries.events(limit=5).to_dict()
    with ThreadPoolExecutor(8) as pool:
        pages = list(pool.map(lambda _: queries.events(limit=5).to_dict(), range(64)))
    assert all(page == expected for page in pages)
    assert len(queries._idle) <= 2  # extra connections opened under contention are closed, not kept
    queries.close()
    assert not queries._idle


def test_list_pages_splice_stored_evidence_exactly_as_the_detail_encodes_it(tmp_path: Path) -> None:
    """/events passes each event's stored evidence JSON on without decoding it; the bytes must not differ from
    encoding the decoded evidence (escapes, non-ASCII, quotes, backslashes, control characters, no evidence)."""
    sentences = ['Police said "calm" returned to Café Zürich.', "Rebels \\ raided\tthe 東京 depot\x01 at dawn.",
                 "Militia fighters 😀 left C:\\users\\ behind\u2028.", "Soldiers clashed near Gao."]
    path = tmp_path / "splice.db"
    with Store(path) as store:
        for i, sentence in enumerate(sentences):
            store.add(Article(
                text=sentence, title=["Rapport « spécial »", 'The "big" day', None, "Plain"][i],
                published=f"2025-0{i + 1}-02", source=["Le Monde", None, "ünï.test", "wire.test"][i], events=[Event(
                    id="e0", event_type="Battles", sub_event_type="Armed clash", actor1=Actor("Jóvenes armados"),
                    date=f"2025-0{i + 1}-01", time_precision=1, confidence=0.61 + i / 7,
                    location=Location("Gao", 16.27 + i / 3, -0.04, "ML", geo_precision=1),
                    evidence=[] if i == 3 else [Evidence(0, len(sentence), sentence)])]))
    client = TestClient(create_app(path))
    for params in ({}, {"limit": 2, "offset": 1}, {"text": "depot"}):
        response = client.get("/events", params=params)
        page = response.json()
        assert page["items"]
        # The canonical compact encoding, byte for byte (no stored "\u00e9" escapes or ", " separators leak).
        assert response.text == json.dumps(page, ensure_ascii=False, separators=(",", ":"))
        for item in page["items"]:
            detail = client.get(f"/events/{item['id']}").json()
            del detail["articles"]
            assert item == detail
            assert list(item) == list(detail)  # same key order, evidence last
    evidence = [e["text"] for item in client.get("/events").json()["items"] for e in item["evidence"]]
    assert set(evidence) == {*sentences[:3], ""}  # the event without evidence keeps its empty placeholder
