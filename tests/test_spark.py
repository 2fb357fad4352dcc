"""The Spark job on local[2] (loopback only): JSONL, WARC and Parquet in; three Parquet tables out."""

from __future__ import annotations

import importlib.util
import io
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from dateline.cli import main
from dateline.ingest.jsonl import article_from_record
from dateline.spark import plan_inputs, warc_records

HAVE_SPARK = importlib.util.find_spec("pyspark") is not None and shutil.which("java") is not None
needs_spark = pytest.mark.skipif(not HAVE_SPARK, reason="needs the spark extra (pip install '.[spark]') and Java 17")

# Fictional stories, written for these tests.
STORIES = [
    {"id": "a1", "published": "2025-05-06", "title": "Clash near Tessalit",
     "text": "TESSALIT, Mali -- Soldiers and rebels clashed near Tessalit on Monday, killing four fighters, "
             "the army said."},
    {"id": "a2", "published": "2025-05-07", "title": "Protest in Accra",
     "text": "ACCRA, Ghana -- Hundreds of teachers marched in Accra on Tuesday to demand unpaid wages. "
             "\"We have waited long enough,\" said Kofi Mensah, a union leader."},
]
PAGE = ("<html><head><title>Police arrest traders in Kumasi</title></head><body><article><h1>Police arrest "
        "traders in Kumasi</h1><p>KUMASI, Ghana -- Police arrested 20 traders in Kumasi on Wednesday after a "
        "dispute over market fees turned violent, officials said.</p><p>The traders were released on bail "
        "later in the day, a police spokesperson told reporters in the city.</p></article></body></html>")


def write_warc(path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        record = writer.create_warc_record("https://news.example/kumasi", "response",
                                           payload=io.BytesIO(PAGE.encode()), http_headers=headers,
                                           warc_headers_dict={"WARC-Date": "2025-05-08T10:00:00Z"})
        writer.write_record(record)


def test_records_and_formats_without_spark() -> None:
    article = article_from_record({"id": "x", "html": "<p>hi</p>", "url": "https://e.example/x"}, "r1")
    assert not isinstance(article, str) and article.raw is not None and article.raw.html == "<p>hi</p>"
    assert str(article_from_record({"title": "no body"}, "r2")) == "r2: needs a 'text' or 'html' string"
    assert plan_inputs(["a.jsonl", "b.warc.gz", "c.parquet"]) == {
        "jsonl": ["a.jsonl"], "warc": ["b.warc.gz"], "parquet": ["c.parquet"]}
    code = CliRunner().invoke(main, ["spark", "--input", "notes.docx", "--output", "out"])
    assert code.exit_code == 1 and "cannot tell its format" in code.output
    assert list(warc_records(b"not a warc at all", "bad.warc")) == ["bad.warc: unreadable WARC (no records found)"]


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    if not HAVE_SPARK:
        pytest.skip("needs the spark extra (pip install '.[spark]') and Java 17")
    from dateline.spark import spark_session

    session = spark_session("local[2]", app_name="dateline-test")
    yield session
    session.stop()


@needs_spark
def test_job_on_local_spark(spark: Any, tmp_path: Path) -> None:
    jsonl = tmp_path / "stories.jsonl"
    jsonl.write_text("\n".join(json.dumps(s) for s in STORIES) + "\n{not json\n")
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc)
    parquet = tmp_path / "more.parquet"
    more = [{"id": "p1", "text": "Rebels seized the town of Kidal on Friday, residents said.", "url": None,
             "published": "2025-05-09", "title": "Kidal", "source": "Wire", "html": None}]
    spark.createDataFrame(more, "id string, text string, url string, published string, title string, "
                                "source string, html string").write.parquet(str(parquet))
    out = tmp_path / "out"

    result = CliRunner().invoke(main, ["spark", "--input", str(jsonl), "--input", str(warc), "--input",
                                       str(parquet), "--output", str(out), "--master", "local[2]"])
    assert result.exit_code == 0, result.output
    assert "4 article(s)" in result.stderr and "1 bad record(s)" in result.stderr
    assert "not valid JSON" in result.stderr

    articles = {r["id"]: r for r in (row.asDict() for row in spark.read.parquet(str(out / "articles")).collect())}
    assert {"a1", "a2", "p1"} <= set(articles) and len(articles) == 4
    assert str(articles["a1"]["date"]) == "2025-05-06" and articles["a1"]["title"] == "Clash near Tessalit"
    (kumasi,) = [r for r in articles.values() if r["url"] == "https://news.example/kumasi"]
    assert str(kumasi["date"]) == "2025-05-08" and "Kumasi" in json.loads(kumasi["record"])["text"]
    assert (out / "articles" / "date=2025-05-06").is_dir()  # partitioned by date

    events = [row.asDict() for row in spark.read.parquet(str(out / "events")).collect()]
    clash = [e for e in events if e["article_id"] == "a1"]
    assert clash and clash[0]["sub_event_type"] == "Armed clash" and str(clash[0]["date"]) == "2025-05-05"
    assert any(e["article_id"] == kumasi["id"] for e in events)
    quotes = [row.asDict() for row in spark.read.parquet(str(out / "quotes")).collect()]
    assert any(q["speaker"] == "Kofi Mensah" and str(q["date"]) == "2025-05-07" for q in quotes)

    again = CliRunner().invoke(main, ["spark", "--input", str(jsonl), "--output", str(out), "--master", "local[2]"])
    assert again.exit_code == 1 and "--overwrite" in again.output
