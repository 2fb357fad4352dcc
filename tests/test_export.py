import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.cli import main
from dateline.export import ACLED_COLUMNS, ExportError, export, to_string
from dateline.model import Quote
from dateline.store import Store
from tests.test_store import event, report

KAJURU = ("Kajuru", 10.32, 7.68, "NG", "Kaduna", 1)
NAIROBI = ("Nairobi", -1.29, 36.82, "KE", "Nairobi", 1)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "s.db"
    with Store(path) as store:
        store.add(report("Gunmen killed 12 at Kajuru market.", source="Wire A", published="2025-03-11",
                         events=[event("a1", place=KAJURU, fatalities=12, actor2="traders", actor2_type="Civilians",
                                       evidence="=HYPERLINK(\"http://evil\") Gunmen killed 12 traders.")]))
        store.add(report("Police say 10 killed in Kajuru.", source="Wire B", published="2025-03-12",
                         events=[event("b1", place=KAJURU, fatalities=10)]))
        store.add(report("Tear gas at Nairobi protest; a march is planned.", source="Wire C", published="2025-06-06",
                         events=[event("c1", "Protest with intervention", "Protests", date="2025-06-05",
                                       place=NAIROBI, actor1="police", actor1_type="State forces"),
                                 event("c2", "Peaceful protest", "Protests", date="2025-06-10", modality="future",
                                       place=("Mombasa", -4.05, 39.67, "KE", "Mombasa", 1), actor1=None),
                                 event("c3", "Arrests", "Strategic developments", date=None,
                                       place=("Kenya", None, None, "KE", None, 3), actor1=None)],  # type: ignore[arg-type]
                         quotes=[Quote("Enough", 0, 6, speaker="A marcher")]))
    return path


def rows(db: Path, **filters: object) -> list[dict[str, str]]:
    with Store(db, readonly=True) as store:
        return list(csv.DictReader(io.StringIO(to_string(store, "acled-csv", **filters))))


def test_acled_csv_one_row_per_merged_event_in_acled_order(db: Path) -> None:
    with Store(db, readonly=True) as store:
        text = to_string(store, "acled-csv", modality="asserted")
    header = text.splitlines()[0].split(",")
    assert tuple(header) == ACLED_COLUMNS and header[:3] == ["event_id_cnty", "event_date", "year"]
    got = list(csv.DictReader(io.StringIO(text)))
    assert len(got) == 3  # the two Kajuru reports are one row; the future march is left out
    kajuru = next(r for r in got if r["location"] == "Kajuru")
    assert (kajuru["fatalities"], kajuru["source"], kajuru["country"], kajuru["iso"]) == ("10", "Wire A; Wire B",
                                                                                        "Nigeria", "566")
    assert kajuru["event_id_cnty"].startswith("NGA-") and kajuru["event_date"] == "2025-03-11"
    assert (kajuru["disorder_type"], kajuru["inter1"], kajuru["civilian_targeting"]) == (
        "Political violence", "Political militia", "Civilian targeting")
    assert kajuru["interaction"] == "Political militia-Civilians"
    assert "fatalities reported 10-12" in kajuru["tags"] and "n_sources=2" in kajuru["tags"]
    assert kajuru["notes"].startswith("'=HYPERLINK")  # a formula in article text stays text
    arrests = next(r for r in got if r["sub_event_type"] == "Arrests")
    assert (arrests["latitude"], arrests["event_date"], arrests["fatalities"]) == ("", "", "0")


def test_filters(db: Path) -> None:
    assert [r["location"] for r in rows(db, country="KE", modality="asserted", types=["Protests"])] == ["Nairobi"]
    assert [r["location"] for r in rows(db, start="2025-03-01", end="2025-03-31", modality="asserted")] == [
        "Kajuru"]
    assert {r["location"] for r in rows(db, modality=None)} == {"Kajuru", "Nairobi", "Mombasa", "Kenya"}


def test_geojson_plover_and_jsonl(db: Path) -> None:
    with Store(db, readonly=True) as store:
        geo = json.loads(to_string(store, "geojson", modality="asserted"))
        plover = json.loads(to_string(store, "plover-json", modality="asserted"))
        articles = [json.loads(line) for line in to_string(store, "jsonl").splitlines()]
    assert geo["type"] == "FeatureCollection" and len(geo["features"]) == 2  # Kenya-only arrests has no point
    point = next(f for f in geo["features"] if f["properties"]["location"] == "Kajuru")
    assert point["geometry"] == {"type": "Point", "coordinates": [7.68, 10.32]}
    assert point["properties"]["n_articles"] == 2
    kajuru = next(p for p in plover if p["location"]["name"] == "Kajuru")
    assert (kajuru["event"], kajuru["mode"], kajuru["country"], len(kajuru["evidence"])) == ("ASSAULT", "firearms",
                                                                                             "NGA", 2)
    assert len(articles) == 3 and {"events", "quotes", "text"} <= set(articles[0])


def test_parquet_is_queried_by_duckdb(db: Path, tmp_path: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    out = tmp_path / "events.parquet"
    with Store(db, readonly=True) as store:
        assert export(store, "parquet", out, modality="asserted") == 3
    con = duckdb.connect()
    got = con.execute(f"SELECT location, fatalities, n_sources, len(article_ids), event_date FROM '{out}'"
                      " WHERE country = 'NG'").fetchall()
    assert [tuple(map(str, r)) for r in got] == [("Kajuru", "10", "2", "2", "2025-03-11")]
    total = con.execute(f"SELECT count(*), sum(fatalities) FROM read_parquet('{out}')").fetchone()
    assert total == (3, 10)


def test_cli_export(db: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "e.csv"
    result = runner.invoke(main, ["export", "--db", str(db), "--format", "acled-csv", "-o", str(out),
                                  "--country", "Kenya", "--modality", "all"])
    assert result.exit_code == 0, result.output
    assert "exported 3 event(s)" in result.stderr
    assert len(out.read_text().splitlines()) == 4
    result = runner.invoke(main, ["export", "--db", str(db), "--format", "geojson", "--type", "Battles",
                                  "--min-confidence", "0.5"])
    assert result.exit_code == 0 and json.loads(result.stdout)["features"] == []
    bad = runner.invoke(main, ["export", "--db", str(db), "--format", "acled-csv", "--since", "yesterday"])
    assert bad.exit_code != 0 and "not a date" in bad.output
    missing = runner.invoke(main, ["export", "--db", str(tmp_path / "none.db"), "--format", "jsonl"])
    assert missing.exit_code != 0 and "no such database" in missing.output
    assert runner.invoke(main, ["export", "--db", str(db), "--format", "parquet"]).exit_code != 0


def test_unwritable_output_leaves_nothing(db: Path, tmp_path: Path) -> None:
    with Store(db, readonly=True) as store:
        with pytest.raises(ExportError, match="unknown export format"):
            export(store, "xlsx", tmp_path / "x")
        with pytest.raises(ExportError, match="cannot write"):
            export(store, "acled-csv", tmp_path / "no" / "such" / "e.csv")
        with pytest.raises(ExportError, match="cannot write"):
            export(store, "parquet", "/proc/self/e.parquet")
    assert not list(tmp_path.glob("**/*.partial"))
