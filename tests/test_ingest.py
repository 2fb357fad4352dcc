import io
import json
import sys
from pathlib import Path

from dateline.ingest import InputProblem, read_inputs
from dateline.model import Article
from dateline.options import Options


def items(*paths: str | Path, **options: object) -> list[Article | InputProblem]:
    return list(read_inputs([str(p) for p in paths], Options(**options)))  # type: ignore[arg-type]


def test_text_html_and_jsonl(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Headline\n\nBody text here.")
    (tmp_path / "b.html").write_text("<html><body><p>Body</p></body></html>")
    (tmp_path / "c.jsonl").write_text(
        json.dumps({"id": "x1", "text": "One.", "url": "http://e.org/1", "published": "2024-05-01"})
        + "\n\n" + json.dumps({"html": "<p>Two</p>", "clean": False}) + "\n"
    )
    out = items(tmp_path)
    assert all(isinstance(a, Article) for a in out)
    by_origin = {a.raw.origin: a for a in out if isinstance(a, Article) and a.raw}
    assert by_origin[str(tmp_path / "a.txt")].text.startswith("Headline")
    assert by_origin[str(tmp_path / "b.html")].raw.html is not None  # type: ignore[union-attr]
    first = by_origin[f"{tmp_path / 'c.jsonl'}:1"]
    assert (first.id, first.url, first.published) == ("x1", "http://e.org/1", "2024-05-01")
    assert by_origin[f"{tmp_path / 'c.jsonl'}:3"].raw.clean is False  # type: ignore[union-attr]


def test_bad_inputs_get_one_clear_message_each_and_the_rest_goes_on(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("   \n")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 50)
    (tmp_path / "big.txt").write_text("word " * 400)
    (tmp_path / "data.pdf").write_text("%PDF")
    (tmp_path / "latin.txt").write_bytes("Caf\xe9 in Bogot\xe1 was closed.".encode("cp1252"))
    (tmp_path / "bad.jsonl").write_text('{"text": "ok line"}\nnot json\n[1, 2]\n')
    (tmp_path / "good.txt").write_text("A good article.")
    names = ["empty.txt", "binary.txt", "big.txt", "data.pdf", "latin.txt", "bad.jsonl", "good.txt",
             "missing.txt"]
    out = items(*[tmp_path / n for n in names], max_input_bytes=1000)
    problems = {Path(p.origin.split(":")[0]).name + (":" + p.origin.split(":")[1] if ":" in p.origin else ""): p
                for p in out if isinstance(p, InputProblem)}
    assert "empty" in problems["empty.txt"].message
    assert "binary" in problems["binary.txt"].message
    assert "over the limit" in problems["big.txt"].message
    assert "unknown file type '.pdf'" in problems["data.pdf"].message
    assert "no such file" in problems["missing.txt"].message
    assert problems["latin.txt"].fatal is False and "cp1252" in problems["latin.txt"].message
    assert "not valid JSON" in problems["bad.jsonl:2"].message
    assert "JSON object" in problems["bad.jsonl:3"].message
    texts = [a.text for a in out if isinstance(a, Article)]
    assert texts == ["Café in Bogotá was closed.", "ok line", "A good article."]


def test_glob_and_stdin(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    for n in range(3):
        (tmp_path / f"s{n}.txt").write_text(f"Story {n}.")
    assert len(items(str(tmp_path / "s*.txt"))) == 3
    assert isinstance(items(str(tmp_path / "nothing*.txt"))[0], InputProblem)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"From stdin.")))
    (article,) = items("-")
    assert isinstance(article, Article) and article.text == "From stdin."


def test_gzipped_files_and_stdin_formats_are_recognised(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import gzip

    page = "<!DOCTYPE html><html><body><p>Rain fell in Lumbra on Monday, officials said.</p></body></html>"
    (tmp_path / "page.html.gz").write_bytes(gzip.compress(page.encode()))
    (tmp_path / "api.jsonl.gz").write_bytes(gzip.compress(
        json.dumps({"text": "Body.", "author": "Ana Lind", "title": "T"}).encode()))
    (tmp_path / "notes.md").write_text("not a news format")
    out = items(tmp_path)  # the folder walk skips what no reader knows (notes.md)
    assert [type(a).__name__ for a in out] == ["Article", "Article"]
    assert out[0].author == "Ana Lind"  # type: ignore[union-attr]
    assert out[1].raw.html == page  # type: ignore[union-attr]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(page.encode())))
    (article,) = items("-")
    assert isinstance(article, Article) and article.raw is not None and article.raw.format == "html"


def test_empty_path_and_hidden_folders(tmp_path: Path) -> None:
    """An unset shell variable ("") is no licence to read the current folder; a folder walk skips .venv, .git."""
    (problem,) = items("")
    assert isinstance(problem, InputProblem) and "empty path" in problem.message
    (tmp_path / "story.txt").write_text("A story.")
    (tmp_path / ".venv" / "lib").mkdir(parents=True)
    (tmp_path / ".venv" / "lib" / "LICENSE.txt").write_text("Not an article.")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "description.txt").write_text("Not an article either.")
    assert [a.text for a in items(tmp_path) if isinstance(a, Article)] == ["A story."]
