"""Bad input: each document gets one clear error or warning, and the rest of the batch is processed."""

import gzip
from pathlib import Path

from click.testing import CliRunner

from dateline.clean import CleanStage
from dateline.cli import main
from dateline.ingest import InputProblem, read_inputs
from dateline.model import Article, RawInput
from dateline.options import MAX_INPUT_BYTES

BODY = ("<p>KADUNA, Nigeria -- Gunmen attacked a village market on Tuesday, killing at least twelve people, "
        "officials in the fictional district of Amberly said in a statement.</p>")
GOOD = "Market raid\n\nKADUNA, Nigeria -- Gunmen attacked a village market on Tuesday, officials said."


def read(*paths: Path) -> list[Article | InputProblem]:
    return list(read_inputs([str(p) for p in paths]))


def problems(out: list[Article | InputProblem]) -> dict[str, InputProblem]:
    return {Path(p.origin).name: p for p in out if isinstance(p, InputProblem)}


def test_truncated_and_corrupt_gzip(tmp_path: Path) -> None:
    packed = gzip.compress(("<html><body>" + BODY * 50 + "</body></html>").encode())
    (tmp_path / "whole.html.gz").write_bytes(packed)
    (tmp_path / "cut.html.gz").write_bytes(packed[: len(packed) // 2])
    (tmp_path / "junk.txt.gz").write_bytes(b"\x1f\x8b" + b"not really gzip at all" * 3)
    (tmp_path / "good.txt").write_text(GOOD)
    out = read(tmp_path / "whole.html.gz", tmp_path / "cut.html.gz", tmp_path / "junk.txt.gz", tmp_path / "good.txt")
    found = problems(out)
    assert "truncated gzip" in found["cut.html.gz"].message
    assert "corrupt gzip" in found["junk.txt.gz"].message
    articles = [a for a in out if isinstance(a, Article)]
    assert len(articles) == 2 and articles[0].raw and articles[0].raw.html and "KADUNA" in articles[0].raw.html


def test_malformed_and_deeply_nested_html_still_give_their_text() -> None:
    nested = "<html><body>" + "<div>" * 20_000 + BODY + "</div>" * 20_000 + "</body></html>"
    broken = "<html><body><p>unclosed <b>bold <table><tr><td>" + BODY * 3 + "</html></html>><<>"
    for html in (nested, broken):
        article = CleanStage()(Article(text="", raw=RawInput("x", "html", html)))
        assert "Gunmen attacked a village market" in article.text
        assert not article.errors


def test_encodings(tmp_path: Path) -> None:
    text = "Café talks in Bogotá\n\nBOGOTÁ, Colombia -- Negotiators met at a café on Monday, officials said."
    files = {
        "cp1252.txt": (text + " “Progress”, said one.").encode("cp1252"),
        "latin1.txt": text.encode("latin-1"),
        "utf16bom.txt": text.encode("utf-16"),
        "utf16le.txt": text.encode("utf-16-le"),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    out = read(*(tmp_path / n for n in files))
    articles = [a for a in out if isinstance(a, Article)]
    assert [a.text[:20] for a in articles] == ["Café talks in Bogotá"] * 4
    assert "“Progress”" in articles[0].text
    notes = problems(out)
    assert {n: (p.fatal, p.message) for n, p in notes.items()} == {
        "cp1252.txt": (False, "not UTF-8; read as cp1252"),
        "latin1.txt": (False, "not UTF-8; read as cp1252"),
        "utf16bom.txt": (False, "not UTF-8; read as utf-16"),
        "utf16le.txt": (False, "not UTF-8; read as utf-16-le"),
    }


def test_a_50_mb_page_is_refused_with_the_size_limit(tmp_path: Path) -> None:
    big = tmp_path / "huge.html"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB without writing them
    (tmp_path / "good.txt").write_text(GOOD)
    out = read(big, tmp_path / "good.txt")
    found = problems(out)
    assert found["huge.html"].message == f"file is 52,428,800 bytes, over the limit of {MAX_INPUT_BYTES:,}"
    assert isinstance(out[-1], Article)


def test_a_page_with_no_article_text(tmp_path: Path) -> None:
    (tmp_path / "menu.html").write_text(
        "<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav>"
        "<footer>(c) 2025 Freedonia Herald</footer></body></html>")
    (tmp_path / "good.txt").write_text(GOOD)
    result = CliRunner().invoke(main, ["ingest", str(tmp_path), "--db", str(tmp_path / "t.db"),
                                       "--published", "2025-03-12"])
    assert result.exit_code == 0
    assert f"{tmp_path / 'menu.html'}: clean: no article text found" in result.stderr
    assert "2 new article(s)" in result.stderr
