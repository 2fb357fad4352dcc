import json
import sqlite3
from pathlib import Path

from click.testing import CliRunner

from dateline import __version__, schema
from dateline.cli import main

STORY = ("Rebels clash with army near Goma\n\nGOMA, Democratic Republic of the Congo -- Rebels "
         "and soldiers clashed near Goma on Monday, killing at least nine fighters, the army said.\n")


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_version() -> None:
    code, out, _ = run("--version")
    assert code == 0 and __version__ in out


def test_extract_json_is_schema_valid(tmp_path: Path) -> None:
    path = tmp_path / "goma.txt"
    path.write_text(STORY)
    code, out, _ = run("extract", str(path), "--json", "--published", "2025-02-05")
    assert code == 0
    (line,) = out.splitlines()
    record = json.loads(line)
    schema.validate(record)
    assert record["title"] == "Rebels clash with army near Goma"
    (event,) = record["events"]
    assert (event["sub_event_type"], event["date"], event["fatalities"]) == ("Armed clash", "2025-02-03", 9)


def test_extract_table_and_bad_inputs(tmp_path: Path) -> None:
    good = tmp_path / "goma.txt"
    good.write_text(STORY)
    (tmp_path / "empty.txt").write_text("")
    code, out, err = run("extract", str(good), str(tmp_path / "empty.txt"), str(tmp_path / "nope.txt"),
                         "--published", "2025-02-05")
    assert code == 0, "some input was processed"
    assert "Armed clash" in out and "2025-02-03" in out
    assert f"{tmp_path / 'empty.txt'}: empty input" in err
    assert f"{tmp_path / 'nope.txt'}: no such file" in err


def test_nothing_processed_is_an_error(tmp_path: Path) -> None:
    code, _, err = run("extract", str(tmp_path / "nope.txt"))
    assert code == 1 and "no such file" in err
    code, _, err = run("extract", str(tmp_path), "--published", "yesterday")
    assert code == 2 and "not a date" in err


def test_ingest_is_idempotent(tmp_path: Path) -> None:
    story = tmp_path / "goma.txt"
    story.write_text(STORY)
    db = tmp_path / "t.db"
    code, _, err = run("ingest", str(story), "--db", str(db), "--published", "2025-02-05")
    assert code == 0 and "1 new article(s)" in err
    code, _, err = run("ingest", str(story), "--db", str(db), "--published", "2025-02-05")
    assert code == 0 and "0 new article(s), 1 already stored" in err
    with sqlite3.connect(db) as con:
        assert con.execute("select count(*) from articles").fetchone() == (1,)
        assert con.execute("select sub_event_type, fatalities from events").fetchall() == [("Armed clash", 9)]


def test_user_places_extend_the_gazetteer(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("DATELINE_GAZETTEER", str(tmp_path / "gaz.sqlite"))
    places = tmp_path / "places.csv"
    places.write_text("name,alternates,lat,lon,country,admin1,parent\nZorblat,Zorblatt,12.5,7.25,NG,Kaduna,\n")
    story = tmp_path / "zorblat.txt"
    story.write_text("Gunmen attack Zorblat\n\nZORBLAT, Nigeria -- Gunmen attacked the village of Zorblat on "
                     "Monday, killing four farmers, residents said.\n")
    code, out, _ = run("extract", str(story), "--json", "--published", "2025-02-05", "--user-places", str(places))
    assert code == 0
    place = next(p for p in json.loads(out)["places"] if p["name"] == "Zorblat")
    assert (place["lat"], place["lon"], place["country"]) == (12.5, 7.25, "NG")
    assert list(tmp_path.glob("gaz-user-*.sqlite")), "the user's places get their own index"
