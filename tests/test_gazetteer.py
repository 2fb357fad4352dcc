"""The gazetteer index: built once per module from the packaged data into a temporary folder."""

from __future__ import annotations

import math
import shutil
import sqlite3
from pathlib import Path

import pytest

from dateline.places import aliases
from dateline.places import gazetteer as gz
from dateline.places.gazetteer import GazEntry, Gazetteer, default_path, name_keys, normalise_name

USER_CSV = """name,alternates,lat,lon,country,admin1,parent
Zorblat,Zorblat Camp;Zurblat,,,IQ,,Mosul
Qaraqosh,Bakhdida,36.2668,43.3779,IQ,Nineveh,
Blorptown,,,,IQ,,
"""


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    (lat1, lon1), (lat2, lon2) = (map(math.radians, p) for p in (a, b))
    h = math.sin((lat2 - lat1) / 2) ** 2
    h += math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(h))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("gaz")
    csv_path = root / "places.csv"
    csv_path.write_text(USER_CSV, encoding="utf-8")
    path = root / "gazetteer.sqlite"
    Gazetteer.open(path, user_csv=csv_path).close()
    return path, csv_path


@pytest.fixture(scope="module")
def gaz(built: tuple[Path, Path]) -> Gazetteer:
    path, csv_path = built
    return Gazetteer.open(path, user_csv=csv_path)


def first(gaz: Gazetteer, name: str, country: str | None = None) -> GazEntry:
    found = gaz.lookup(name, country=country)
    assert found, f"{name!r} not found"
    return found[0]


# --- names --------------------------------------------------------------------------------


def test_normalise_name_folds_transliteration_marks() -> None:
    assert normalise_name("Ma‘arrat an Nu‘mān") == normalise_name("Maarrat an Numan")
    assert normalise_name("  Deir ez-Zor ") == "deir ez zor"
    assert normalise_name("The Hague") == "hague"
    assert normalise_name("Şanlıurfa") == "sanliurfa"


def test_name_keys_strip_arabic_article_only_before_long_enough_rest() -> None:
    assert name_keys("Al-Bab") == ["al bab", "bab"]
    assert name_keys("Ar Raqqah") == ["ar raqqah", "raqqah"]
    assert name_keys("Al Ku") == ["al ku"]
    assert name_keys("") == []


# --- lookup -------------------------------------------------------------------------------


def test_mosul_is_the_iraqi_city(gaz: Gazetteer) -> None:
    mosul = first(gaz, "Mosul")
    assert (mosul.country, mosul.feature, mosul.admin1) == ("IQ", "city", "Nineveh")
    assert km((mosul.lat, mosul.lon), (36.34, 43.13)) < 30
    assert mosul.geonameid == 99072


@pytest.mark.parametrize("spelling", ["Irbil", "Erbil", "ERBIL", "Arbil", "Hawler"])
def test_erbil_spellings(gaz: Gazetteer, spelling: str) -> None:
    erbil = first(gaz, spelling)
    assert (erbil.name, erbil.country, erbil.feature) == ("Erbil", "IQ", "city")


@pytest.mark.parametrize(
    ("name", "country"),
    [("Raqqa", "SY"), ("Kirkuk", "IQ"), ("Hodeidah", "YE"), ("Maarat al-Numan", "SY"),
     ("Maarrat an Numan", "SY"), ("Aleppo", "SY"), ("Halab", "SY"), ("Deir ez-Zor", "SY"),
     ("Kyiv", "UA"), ("Kiev", "UA"), ("Odessa", "UA"), ("Beledweyne", "SO"), ("Quetta", "PK"),
     ("Sanaa", "YE"), ("Mogadishu", "SO"), ("Khartoum", "SD"), ("Tripoli", "LY"), ("Gaza", "PS")],
)
def test_news_spellings_resolve_to_the_right_country(
    gaz: Gazetteer, name: str, country: str
) -> None:
    entry = first(gaz, name)
    assert entry.country == country
    assert entry.feature == "city"


def test_countries_come_first(gaz: Gazetteer) -> None:
    turkey = first(gaz, "Turkey")
    assert (turkey.feature, turkey.country) == ("country", "TR")
    assert first(gaz, "Türkiye").country == "TR"
    georgia = gaz.lookup("Georgia")
    assert georgia[0].feature == "country" and georgia[0].country == "GE"
    assert any(e.country == "US" and e.feature == "admin1" for e in georgia)
    assert first(gaz, "Georgia", country="US").feature == "admin1"


def test_population_orders_namesakes(gaz: Gazetteer) -> None:
    paris = gaz.lookup("Paris")
    assert paris[0].country == "FR"
    assert len(paris) > 3
    assert [e.country for e in gaz.lookup("Tripoli")[:2]] == ["LY", "LB"]


def test_country_restriction(gaz: Gazetteer) -> None:
    springfields = gaz.lookup("Springfield", country="US", limit=50)
    assert len(springfields) >= 5
    assert {e.country for e in springfields} == {"US"}
    assert all(e.name == "Springfield" for e in springfields[:5])
    assert {e.country for e in gaz.lookup("Paris", country="US")} == {"US"}
    assert gaz.lookup("Mosul", country="SY") == []


def test_subdivisions_and_regions(gaz: Gazetteer) -> None:
    balochistan = first(gaz, "Balochistan")
    assert (balochistan.feature, balochistan.country) == ("admin1", "PK")
    assert first(gaz, "Baluchistan") == balochistan
    assert first(gaz, "Nineveh Governorate").name == "Nineveh"
    kurdistan = first(gaz, "Kurdistan Region")
    assert kurdistan.country == "IQ" and km((kurdistan.lat, kurdistan.lon), (36.19, 44.01)) < 200
    assert first(gaz, "West Bank").country == "PS"
    # plain "Kirkuk" is the city; the governorate needs its suffix
    assert [e.feature for e in gaz.lookup("Kirkuk")] == ["city"]
    assert first(gaz, "Kirkuk Governorate").feature == "admin1"
    assert first(gaz, "California").admin1 == "California"


def test_common_words_are_not_places_to_match(gaz: Gazetteer) -> None:
    # "Centre" is a Burkina Faso region, but only "Centre Region" is indexed
    assert all(e.feature != "admin1" for e in gaz.lookup("Centre"))
    assert gz.is_common_word("Mobile") and gz.is_common_word("of")
    assert not gz.is_common_word("Mosul")


# --- fuzzy, countries ---------------------------------------------------------------------


def test_fuzzy_finds_transliteration_variants(gaz: Gazetteer) -> None:
    found = gaz.fuzzy("Hawija", "IQ")
    assert found and "hawijah" in normalise_name(found[0].name)
    assert all(e.country == "IQ" for e in found)
    assert any(normalise_name(e.name) == "qamishli" or "qamishli" in normalise_name(e.name)
               for e in gaz.fuzzy("Qamishly", "SY"))
    assert gaz.fuzzy("Xqzwv", "IQ") == []


def test_fuzzy_cache_is_bounded(gaz: Gazetteer, monkeypatch: pytest.MonkeyPatch) -> None:
    gaz._fuzzy_cache.clear()
    gaz.fuzzy("Nowhereville", "IQ")
    gaz.fuzzy("Nowhereville", "FR")
    budget = len(gaz._fuzzy_cache["IQ"][0]) + len(gaz._fuzzy_cache["FR"][0])
    monkeypatch.setattr(gz, "FUZZY_CACHE_NAMES", budget)
    for cc in ("SY", "IQ", "FR"):  # SY pushes out IQ, IQ pushes out FR, ...: least recently used out
        gaz.fuzzy("Nowhereville", cc)
    assert "SY" not in gaz._fuzzy_cache and list(gaz._fuzzy_cache)[-1] == "FR"
    assert sum(len(names) for names, _ in gaz._fuzzy_cache.values()) <= budget
    assert gaz.fuzzy("Hawija", "IQ")  # still answers from the cached list


def test_country_by_code_or_name(gaz: Gazetteer) -> None:
    iraq = gaz.country("IRQ")
    assert iraq is not None and iraq.name == "Iraq" and iraq.feature == "country"
    assert gaz.country("IQ") == iraq == gaz.country("Iraq") == gaz.country("iq")
    turkey = gaz.country("Turkey")
    assert turkey is not None and turkey.country == "TR"
    drc = gaz.country("DRC")
    assert drc is not None and drc.country == "CD"
    assert gaz.country("Atlantis") is None
    assert gaz.country_alpha3("IQ") == "IRQ"
    assert gaz.country_alpha3("zz") is None
    # the centroid is snapped to a city of the country
    assert km((iraq.lat, iraq.lon), (33.3, 44.4)) < 400


# --- user CSV -----------------------------------------------------------------------------


def test_user_entry_inherits_from_parent(gaz: Gazetteer) -> None:
    mosul = first(gaz, "Mosul")
    for name in ("Zorblat", "Zurblat", "zorblat camp"):
        zorblat = first(gaz, name)
        assert zorblat.name == "Zorblat"
        assert (zorblat.lat, zorblat.lon) == (mosul.lat, mosul.lon)
        assert (zorblat.country, zorblat.admin1, zorblat.feature) == ("IQ", "Nineveh", "city")
        assert zorblat.geonameid is None and zorblat.population == 0


def test_user_entry_outranks_packaged_namesake(gaz: Gazetteer) -> None:
    found = gaz.lookup("Qaraqosh")
    assert found[0].geonameid is None and found[0].name == "Qaraqosh"
    assert any(e.geonameid == 92430 for e in found[1:])  # GeoNames' Al-Hamdaniya


def test_user_row_without_place_is_skipped(gaz: Gazetteer) -> None:
    assert gaz.lookup("Blorptown") == []


# --- matcher names ------------------------------------------------------------------------


def test_matcher_names(gaz: Gazetteer) -> None:
    names = set(gaz.matcher_names())
    assert {"Mosul", "Iraq", "Erbil", "Irbil", "Kirkuk", "Tal Afar", "Zorblat"} <= names
    assert {"Nineveh", "Balochistan", "UK"} <= names
    assert not {"Of", "Mobile", "Split", "Nice", "Reading", "Police", "US", "IQ"} & names
    assert all(len(n) >= 4 or n in aliases.SHORT_MATCHER_NAMES for n in names)
    assert "Al Mawsil al Jadidah" in names  # unaccented forms are there too
    assert len(gaz.matcher_names(min_population=100_000)) < len(names)


# --- the file -----------------------------------------------------------------------------


def test_info_and_size(gaz: Gazetteer) -> None:
    info = gaz.info()
    assert info["version"] == gz.VERSION
    assert info["counts"]["country"] > 200
    assert info["counts"]["admin1"] > 1000
    assert info["counts"]["city"] > 200_000
    assert info["size_bytes"] < 60 * 1024 * 1024
    assert info["unresolved_aliases"] == []
    assert len(aliases.ALIASES) + len(aliases.COUNTRY_ALIASES) >= 80


def test_index_is_opened_read_only(gaz: Gazetteer) -> None:
    with pytest.raises(sqlite3.OperationalError):
        gaz._query("DELETE FROM places")


def test_fresh_index_is_not_rebuilt(
    built: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise AssertionError("rebuilt an up-to-date index")

    monkeypatch.setattr(gz, "build", fail)
    path, csv_path = built
    Gazetteer.open(path, user_csv=csv_path).close()


def test_stale_stamp_triggers_rebuild(
    built: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = built
    stale = tmp_path / "stale.sqlite"
    shutil.copy(path, stale)
    con = sqlite3.connect(stale)
    with con:
        con.execute("UPDATE meta SET value = 'v0' WHERE key = 'stamp'")
    con.close()
    calls: list[Path] = []
    real_build = gz.build

    def spy(p: Path, user_csv: Path | None = None) -> None:
        calls.append(p)
        real_build(p, user_csv)

    monkeypatch.setattr(gz, "build", spy)
    g = Gazetteer.open(stale)  # no user CSV either: a different stamp
    assert calls == [stale]
    assert g.info()["stamp"] == gz._stamp(None)
    assert first(g, "Mosul").country == "IQ"
    assert g.lookup("Zorblat") == []  # the user CSV is not part of this build
    assert not list(tmp_path.glob("*.tmp"))  # the temporary file was renamed into place
    g.close()


def test_default_path_honours_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("DATELINE_GAZETTEER", str(tmp_path / "g.sqlite"))
    assert default_path() == tmp_path / "g.sqlite"
    monkeypatch.delenv("DATELINE_GAZETTEER")
    assert default_path().name == f"gazetteer-v{gz.VERSION}.sqlite"


# --- world regions, country points, unit centres ------------------------------------------------


def test_world_regions_rank_above_namesake_towns(gaz: Gazetteer) -> None:
    middle_east = first(gaz, "Middle East")
    assert (middle_east.feature, middle_east.country) == ("region", None)
    assert first(gaz, "Gaza Strip").country == "PS"
    assert first(gaz, "Atlantic").feature == "region"


def test_country_points_are_conventional_centres(gaz: Gazetteer) -> None:
    turkey = gaz.country("TR")
    assert turkey is not None and km((turkey.lat, turkey.lon), (39.0, 35.0)) < 1
    usa = gaz.country("US")
    assert usa is not None and km((usa.lat, usa.lon), (39.76, -98.5)) < 1  # Lebanon, Kansas


def test_subdivision_point_is_central_not_its_biggest_city(gaz: Gazetteer) -> None:
    california = first(gaz, "California", "US")
    assert california.feature == "admin1"
    los_angeles = first(gaz, "Los Angeles", "US")
    # central California (the Sierra foothills), well away from Los Angeles
    assert km((california.lat, california.lon), (37.2, -119.5)) < 200
    assert km((california.lat, california.lon), (los_angeles.lat, los_angeles.lon)) > 150


def test_subdivision_centre_is_the_middle_of_its_extent_without_far_islands() -> None:
    town = lambda lat, lon: {"latitude": lat, "longitude": lon}  # noqa: E731
    # most people in the south-west corner, the territory reaching far north and east
    towns = [town(49.0, -123.0)] * 8 + [town(52.0, -120.0), town(55.0, -118.0), town(58.0, -122.0), town(54.0, -125.0)]
    assert gz._centroid(towns) == (52.0, -120.0)  # the town nearest the middle (53.5, -121.5) of the extent
    # an island 3,500 km offshore does not drag the middle out to sea
    coast = [town(-33.0 + i * 0.1, -71.5 + (i % 3) * 0.2) for i in range(20)]
    lat, lon = gz._centroid([*coast, town(-27.1, -109.4)])
    assert -72.0 < lon < -71.0 and -33.1 < lat < -30.9


def test_a_state_keeps_its_bare_name_beside_its_city(gaz: Gazetteer) -> None:
    # Oklahoma City lists "Oklahoma" among its alternate names; alone, "Oklahoma" is the state
    oklahoma = first(gaz, "Oklahoma", "US")
    assert (oklahoma.name, oklahoma.feature) == ("Oklahoma", "admin1")
    assert first(gaz, "Kirkuk").feature == "city"  # a unit named after its city stays behind it


def test_canadian_and_australian_abbreviations(gaz: Gazetteer) -> None:
    assert first(gaz, "B.C.").name == "British Columbia"
    assert first(gaz, "NSW").name == "New South Wales"
    # "SA": both countries, South Africa first by size; context decides between them
    assert [e.country for e in gaz.lookup("SA")[:2]] == ["ZA", "SA"]


def test_lookup_weighted_tells_alternate_names(gaz: Gazetteer) -> None:
    weights = {(e.name, e.country): w for e, w in gaz.lookup_weighted("Franklin", "US", limit=20)}
    own = [w for (name, _), w in weights.items() if name == "Franklin"]
    assert own and min(own) >= 1.0
    assert any(w < 0.5 for (name, _), w in weights.items() if name != "Franklin")
    assert gaz.lookup_weighted("Irbil")[0][1] >= 10  # a curated alias


# --- rank2 ------------------------------------------------------------------------------------


def test_ontario_regional_municipalities(gaz: Gazetteer) -> None:
    peel = first(gaz, "Peel")
    assert (peel.name, peel.country, peel.feature) == ("Peel Region", "CA", "admin2")
    assert first(gaz, "Region of Waterloo").feature == "admin2"
    assert first(gaz, "Waterloo").feature == "city"  # alone, the city


def test_landmarks_lie_at_their_town(gaz: Gazetteer) -> None:
    cornell = first(gaz, "Cornell University")
    ithaca = first(gaz, "Ithaca", "US")
    assert cornell.feature == "landmark" and cornell.country == "US" and cornell.admin1 == "New York"
    assert (cornell.lat, cornell.lon) == (ithaca.lat, ithaca.lon)
    # an abbreviation is a lookup key; a bare short name outranks the small towns that share it
    assert first(gaz, "UCLA").name == "University of California, Los Angeles"
    harvard = gaz.lookup("Harvard")
    assert harvard[0].feature == "landmark" and any(e.feature == "city" for e in harvard[1:])
    # several-word alternates are matched in text, abbreviations are not
    names = set(gaz.matcher_names())
    assert {"Trump Tower", "Disney World", "Cornell University"} <= names and "UCLA" not in names
    # an island GeoNames' towns lack is at its main town
    maui = first(gaz, "Maui")
    assert maui.admin1 == "Hawaii" and km((maui.lat, maui.lon), (20.8, -156.3)) < 40
    assert gz.Gazetteer.info(gaz)["unresolved_aliases"] == []


def test_an_upgrade_removes_the_indexes_older_versions_left_in_the_cache(tmp_path: Path) -> None:
    version, remove = gz.VERSION, gz._remove_older_versions
    old = [f"gazetteer-v{version - 1}.sqlite", f"gazetteer-v{version - 1}.sqlite.lock",
           f"gazetteer-v{version - 2}-user-0123456789ab.sqlite"]
    kept = [f"gazetteer-v{version}.sqlite", f"gazetteer-v{version + 1}.sqlite", "gazetteer.sqlite", "notes.txt"]
    for name in old + kept:
        (tmp_path / name).write_text("x")
    remove(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(kept)
