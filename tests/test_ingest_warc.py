import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dateline.clean import CleanStage
from dateline.ingest import InputProblem, read_inputs
from dateline.model import Article
from dateline.options import Options

PAGE = """<html><head><title>Dam opens in Lumbra</title></head><body><article><h1>Dam opens in Lumbra</h1>
<p>LUMBRA, Freedonia -- Engineers opened the sluice gates of the new dam on Friday, officials said,
ending a drought that had emptied the reservoirs of three provinces over the summer months.</p>
<p>Farmers downstream said the water reached their fields within hours, and the ministry said the
dam would also supply electricity to forty villages that have never been connected to the grid.</p>
</article></body></html>"""


def write_warc(path: Path, records: list[tuple[str, str, bytes]]) -> None:
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=path.suffix == ".gz")
        for url, content_type, body in records:
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers,
                                               warc_headers_dict={"WARC-Date": "2025-03-14T08:30:00Z"})
            writer.write_record(record)


def test_warc_gz_yields_html_responses_with_url_and_date(tmp_path: Path) -> None:
    crawl = tmp_path / "crawl.warc.gz"
    write_warc(crawl, [
        ("https://news.example/dam", "text/html; charset=utf-8", PAGE.encode()),
        ("https://news.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(200)),
        ("https://news.example/feed.css", "text/css", b"body { color: red }"),
    ])
    out = list(read_inputs([str(crawl)]))
    (article,) = out
    assert isinstance(article, Article) and article.raw is not None
    assert article.url == "https://news.example/dam"
    assert article.raw.format == "warc" and article.raw.fetched == "2025-03-14T08:30:00Z"
    cleaned = CleanStage()(article)
    assert "sluice gates" in cleaned.text and "forty villages" in cleaned.text
    assert cleaned.published is not None and cleaned.published.startswith("2025-03-14")  # no page date: crawl date


def test_truncated_warc_keeps_the_records_before_the_damage(tmp_path: Path) -> None:
    crawl = tmp_path / "crawl.warc.gz"
    second = PAGE.replace("Lumbra", "Oskar").replace("dam", "bridge").encode()
    write_warc(crawl, [("https://news.example/a", "text/html", PAGE.encode()),
                       ("https://news.example/b", "text/html", second * 20)])
    data = crawl.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) - 200])
    good = tmp_path / "good.txt"
    good.write_text("A story that follows the broken crawl in the batch.")
    out = list(read_inputs([str(cut), str(good)]))
    articles = [a for a in out if isinstance(a, Article)]
    problems = [p for p in out if isinstance(p, InputProblem)]
    assert [a.url for a in articles if a.raw and a.raw.format == "warc"] == ["https://news.example/a"]
    assert articles[-1].text.startswith("A story that follows")
    (problem,) = problems
    assert problem.origin == str(cut) and "truncated or corrupt WARC after 1" in problem.message


def test_warc_record_over_the_size_limit(tmp_path: Path) -> None:
    crawl = tmp_path / "big.warc"
    write_warc(crawl, [("https://news.example/huge", "text/html", b"<p>" + b"word " * 2000 + b"</p>"),
                       ("https://news.example/dam", "text/html", PAGE.encode())])
    out = list(read_inputs([str(crawl)], Options(max_input_bytes=5000)))
    assert isinstance(out[0], InputProblem) and "over the limit of 5,000 bytes" in out[0].message
    assert out[0].origin.endswith("#https://news.example/huge")
    assert isinstance(out[1], Article) and out[1].url == "https://news.example/dam"


def test_warc_cut_before_its_first_record(tmp_path: Path) -> None:
    crawl = tmp_path / "crawl.warc.gz"
    write_warc(crawl, [("https://news.example/a", "text/html", PAGE.encode())])
    (tmp_path / "stub.warc.gz").write_bytes(crawl.read_bytes()[:30])
    (problem,) = read_inputs([str(tmp_path / "stub.warc.gz")])
    assert isinstance(problem, InputProblem) and problem.fatal and "no WARC records found" in problem.message
