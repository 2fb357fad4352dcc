import io
from pathlib import Path

from rich.console import Console

from dateline.model import Article, StageError
from dateline.progress import ProgressBar, estimate_total


def test_counts_articles_and_errors_as_they_pass(tmp_path: Path) -> None:
    screen = io.StringIO()
    bar = ProgressBar(3, console=Console(file=screen, force_terminal=True, width=120))
    bad = Article(text="x", errors=[StageError("clean", "no article text found")])
    seen = []
    for article in bar.track([Article(text="a"), bad, Article(text="b")]):
        seen.append(article.text)
        if article is bad:
            bar.error()  # an unreadable input reported meanwhile
    assert seen == ["a", "x", "b"]
    assert (bar.done, bar.errors) == (3, 2)
    assert "3/3" in screen.getvalue() and "2 error(s)" in screen.getvalue()


def test_not_drawn_when_stderr_is_not_a_terminal() -> None:
    screen = io.StringIO()
    bar = ProgressBar(1, console=Console(file=screen))
    assert list(bar.track([Article(text="a")])) and bar.done == 1
    assert screen.getvalue() == ""


def test_estimate_total_counts_files_and_jsonl_lines(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("one")
    (tmp_path / "b.html").write_text("<p>two</p>")
    (tmp_path / "c.jsonl").write_text('{"text": "x"}\n\n{"text": "y"}\n')
    (tmp_path / "notes.docx").write_text("skipped")
    assert estimate_total([str(tmp_path)]) == 4
    assert estimate_total([str(tmp_path / "*.txt")]) == 1
    assert estimate_total(["-"]) is None
