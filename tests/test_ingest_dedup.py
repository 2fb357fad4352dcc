from pathlib import Path

from click.testing import CliRunner

from dateline.cli import main
from dateline.ingest import InputProblem, dedupe, read_inputs
from dateline.model import Article, RawInput

STORY = ("LUMBRA, Freedonia -- Heavy rain flooded the lower town of Lumbra on Thursday, officials said, and "
         "hundreds of families left their homes for higher ground near the old market. The river rose two metres "
         "overnight, according to the water authority, which warned that more rain was expected over the weekend "
         "across the whole of the valley. Schools in the lower town will stay closed until Monday, the mayor said, "
         "and the army has sent boats to reach villages cut off by the water.")


def article(text: str, origin: str) -> Article:
    return Article(text=text, raw=RawInput(origin, "text"))


def test_exact_and_near_copies_are_recorded_and_dropped() -> None:
    syndicated = STORY.replace("the mayor said", "the town's mayor told reporters") + " Copyright Wire."
    different = STORY.replace("rain", "snow").replace("flooded", "buried").replace("river", "drift").replace(
        "boats", "ploughs").replace("water", "snow").replace("families", "people").replace("Thursday", "Friday")
    items = [article(STORY, "a.txt"), article("  " + STORY.upper() + "\n", "b.txt"), article(syndicated, "c.txt"),
             article(different, "d.txt")]
    out = list(dedupe(items, keep_duplicates=True))
    kept = [i for i in out if isinstance(i, Article) and not i.duplicate_of]
    notes = [i for i in out if isinstance(i, InputProblem)]
    dups = [i for i in out if isinstance(i, Article) and i.duplicate_of]
    assert [a.raw.origin for a in kept if a.raw] == ["a.txt", "d.txt"]
    first_id = kept[0].id
    assert [d.duplicate_of for d in dups] == [first_id, first_id]
    assert [(n.origin, n.fatal) for n in notes] == [("b.txt", False), ("c.txt", False)]
    assert "a copy of article" in notes[0].message and "(a.txt)" in notes[0].message
    assert "a near-copy" in notes[1].message


def test_short_texts_are_only_compared_exactly() -> None:
    out = list(dedupe([article("Talks resumed in Oskar on Monday.", "a"),
                       article("Talks resumed in Oskar on Tuesday.", "b")]))
    assert all(isinstance(i, Article) for i in out) and len(out) == 2


def test_cli_processes_a_duplicate_once(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text("Flood in Lumbra\n\n" + STORY)
    (tmp_path / "two.txt").write_text("Flood in Lumbra\n\n" + STORY + "\n\nShare this article")
    result = CliRunner().invoke(main, ["extract", str(tmp_path), "--json", "--published", "2025-03-14"])
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 1
    assert f"warning: {tmp_path / 'two.txt'}: a copy of article" in result.stderr
    assert list(read_inputs([str(tmp_path)]))  # the reader alone still yields both
