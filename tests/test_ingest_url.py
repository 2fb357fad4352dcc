import http.server
import threading
from collections.abc import Iterator

import pytest

from dateline.ingest import InputProblem, read_inputs
from dateline.model import Article
from dateline.options import Options

PAGE = b"""<html><head><title>Bridge reopens</title></head><body><article>
<p>OSKAR, Freedonia -- The old bridge over the Vell reopened to traffic on Monday after a year of repairs,
the city council said, restoring the shortest route between the two halves of the town.</p>
<p>Residents crossed on foot within minutes of the ribbon being cut, and buses resumed their old routes.</p>
</article></body></html>"""


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/story":
            self._send(200, PAGE, "text/html; charset=utf-8")
        elif self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/story")
            self.end_headers()
        elif self.path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
        elif self.path == "/huge":
            self._send(200, b"<p>" + b"word " * 50_000 + b"</p>", "text/html")
        elif self.path == "/notes.txt":
            self._send(200, b"Headline here\n\nA plain text story from the wire.", "text/plain")
        else:
            self._send(404, b"not found", "text/plain")

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:  # keep test output quiet
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def fetch(*urls: str, **options: object) -> list[Article | InputProblem]:
    return list(read_inputs(list(urls), Options(**options)))  # type: ignore[arg-type]


def test_loopback_is_refused_without_the_flag(server: str) -> None:
    (problem,) = fetch(f"{server}/story")
    assert isinstance(problem, InputProblem)
    assert "loopback" in problem.message and "--allow-private" in problem.message
    (problem,) = fetch("http://169.254.169.254/latest/meta-data/")  # link-local: refused before connecting
    assert isinstance(problem, InputProblem) and "169.254.169.254" in problem.message


def test_fetch_with_the_flag_follows_redirects(server: str) -> None:
    (article,) = fetch(f"{server}/moved", allow_private=True)
    assert isinstance(article, Article) and article.raw is not None
    assert article.url == f"{server}/story" and article.raw.format == "url"
    assert article.raw.html is not None and b"old bridge" in article.raw.html.encode()
    (text,) = fetch(f"{server}/notes.txt", allow_private=True)
    assert isinstance(text, Article) and text.text.endswith("story from the wire.")


def test_fetch_limits(server: str) -> None:
    loop, huge, missing, good = fetch(f"{server}/loop", f"{server}/huge", f"{server}/gone", f"{server}/story",
                                      allow_private=True, max_redirects=3, max_input_bytes=100_000)
    assert isinstance(loop, InputProblem) and "more than 3 redirects" in loop.message
    assert isinstance(huge, InputProblem) and "over the limit of 100,000" in huge.message
    assert isinstance(missing, InputProblem) and "404" in missing.message
    assert isinstance(good, Article)


def test_cli_flag(server: str) -> None:
    from click.testing import CliRunner

    from dateline.cli import main

    result = CliRunner().invoke(main, ["extract", f"{server}/story", "--json"])
    assert result.exit_code == 1 and "--allow-private" in result.stderr
    result = CliRunner().invoke(main, ["extract", f"{server}/story", "--json", "--allow-private"])
    assert result.exit_code == 0, result.stderr
    assert '"url": "' + server + '/story"' in result.stdout and "old bridge" in result.stdout
