"""How likely each reading of a place name is, before and after context.

Scores are additive and on a log-population scale: a populated place starts at
log10(population) (a city of a million scores 6), a first-level unit at 8, a country at
10. Context found in the article then adds to the readings it supports.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field

from .gazetteer import ALTERNATE, DERIVED, PRIMARY, SHORT, Candidate
from .names import is_region_phrase

COUNTRY_PRIOR = 10.0
ADMIN1_PRIOR = 8.0
ADMIN1_MIN_PRIOR = 6.0
# A unit named like a large city of its own country ("Donetsk", "Kyiv", "Aleppo"): a bare
# name means the city, so the unit drops just below a city of this size.
CITY_NAMESAKE_POPULATION = 50_000
NAMESAKE_ADMIN1_PRIOR = math.log10(CITY_NAMESAKE_POPULATION) - 0.1
# A city this large, and larger than all the places of a unit together, makes its name
# mean the city even across borders: "Gaza" is the Palestinian city before it is
# Mozambique's Gaza province, while "Victoria" stays the Australian state.
WORLD_NAMESAKE_POPULATION = 300_000
# A unit whose namesake town holds this share of the people in its towns is mostly that
# town: the bare name means the town ("Sligo") even when it is small.
TOWN_SHARE_OF_UNIT = 0.5

# Bonuses for readings that the rest of the article supports. They are kept small next to
# population gaps: an article that names Russia still means the Ukrainian city of 900,000
# by "Donetsk", not the Russian town of 50,000; they decide between readings of like size.
NAMED_COUNTRY_BONUS = 1.0  # the article names the candidate's country (or a unit in it)
# A unit competes with a country of the same name ("Georgia") from 2 points behind; when
# the article names the unit's country, the unit should win.
NAMED_COUNTRY_BONUS_ADMIN1 = 2.5
NAMED_ADMIN1_BONUS = 1.5  # the article names the candidate's first-level unit
# Where the article's other places are: a reading gains up to this much by the share of
# them that lie in its country, and in its first-level unit. Local news names its own
# county's towns, and a town's namesake abroad should not win by population alone
# ("Alexandria" among Louisiana parishes).
# Near the article's other towns: up to this much for a reading within a few km of one,
# falling to nothing at PROXIMITY_KM. Tells apart namesakes in one country (the Gainesville
# a story about Duluth and Atlanta means) where no region is named.
PROXIMITY_WEIGHT = 2.5
PROXIMITY_KM = 300.0
COUNTRY_SHARE_WEIGHT = 3.5
ADMIN1_SHARE_WEIGHT = 2.5
# A town this large that goes by a name as its own keeps it from meaning a country that
# merely has it as an alternate name.
OWN_NAME_OVER_COUNTRY = 100_000
# Another name of the article can be read as this reading's county, or as a town in it.
LINK_BONUS = 2.0
QUALIFIER_BONUS = 4.0  # "Paris, Texas": the next name contains the candidate, or vice versa
REGION_HINT_BONUS = 6.0
# A bare dateline ("WASHINGTON —") names a city at least this large.
DATELINE_CITY = 100_000  # the text said "the X region / oblast / province"


@dataclass(frozen=True)
class NameFacts:
    """What all the readings of one name say about each other."""

    # Per country, the population of the largest populated place the name matches.
    largest_place: dict[str, int]
    # The population of the largest place anywhere that goes by the name as its own
    # (not Hong Kong, which GeoNames also calls "Victoria").
    largest_own_name: int
    # Countries with a populated place that goes by the name as its own.
    own_name_countries: frozenset[str]
    # Whether the name can mean a country ("Georgia"): only then does a unit of a named
    # country need more than a town's bonus to beat it.
    names_a_country: bool = False

    @classmethod
    def of(cls, candidates: Iterable[Candidate]) -> NameFacts:
        candidates = list(candidates)
        largest: dict[str, int] = {}
        largest_own = 0
        own_countries = set()
        country = False
        for c in candidates:
            country = country or (
                c.place.precision == "country" and c.place.country_code is not None and c.kind in (PRIMARY, ALTERNATE)
            )
            if c.place.precision != "place" or c.kind >= DERIVED:
                continue
            cc = c.place.country_code or ""
            largest[cc] = max(largest.get(cc, 0), c.weight)
            if c.kind == PRIMARY:
                largest_own = max(largest_own, c.weight)
                own_countries.add(cc)
        # A country known by the name only as an alternate one ("Columbia") does not
        # compete where a sizeable town has the name as its own (see `rank`).
        if country and largest_own >= OWN_NAME_OVER_COUNTRY:
            country = any(c.place.precision == "country" and c.kind == PRIMARY for c in candidates)
        return cls(largest, largest_own, frozenset(own_countries), country)


NO_FACTS = NameFacts({}, 0, frozenset())


def prior(candidate: Candidate, facts: NameFacts = NO_FACTS) -> float:
    """The score of a reading with no context; `facts` describe the name's other readings."""
    place = candidate.place
    cc = place.country_code or ""
    if place.precision == "country":
        score = COUNTRY_PRIOR
        if candidate.kind == ALTERNATE and facts.largest_own_name >= OWN_NAME_OVER_COUNTRY:
            score = math.log10(OWN_NAME_OVER_COUNTRY)  # "Norfolk", "Columbia": the town's own name first
    elif place.precision == "admin2":
        # A county or district is named by its type word ("Clarke County"); bare, its name
        # more often means a town of the same name.
        score = min(max(math.log10(max(candidate.weight, 1)), 2.0), 7.0)
        score += 0.5 if is_region_phrase(candidate.key) else -3.0
    elif place.precision == "admin1":
        # Populous units (Texas, Ontario) outrank towns named like them; a small one abroad
        # (Lesotho's Berea district) does not outrank a town by much.
        score = min(ADMIN1_PRIOR, max(ADMIN1_MIN_PRIOR, math.log10(max(candidate.weight, 1)) + 2.5))
        if is_region_phrase(candidate.key):
            score += 0.5
        elif (
            facts.largest_place.get(cc, 0) >= min(CITY_NAMESAKE_POPULATION, TOWN_SHARE_OF_UNIT * candidate.weight)
            or facts.largest_own_name >= max(WORLD_NAMESAKE_POPULATION, candidate.weight)
        ):
            # Just below the town, however small it is.
            town = max(facts.largest_place.get(cc, 0), 1)
            score = min(NAMESAKE_ADMIN1_PRIOR, math.log10(town) - 0.1)
        if place.lat is None:  # a unit we cannot put on a map is a poor answer
            score -= 2.0
    else:
        score = min(max(math.log10(max(candidate.weight, 1)), 2.0), 7.5)
        if place.feature_code == "PPLC":
            score += 0.5
    if candidate.kind == PRIMARY:
        score += 0.3
    elif candidate.kind == ALTERNATE and place.precision == "place":
        if cc in facts.own_name_countries:
            # Where places of the country go by this name as their own, a big city's old
            # name is not what is meant: "Oleksandrivka" is a former name of Donetsk and
            # the own name of dozens of Ukrainian villages.
            score -= 3.0
        else:
            # Exonyms and transliterations ("Odessa", "Kiev", "Charkiw") are fine, but a
            # town's own name beats them when sizes are alike.
            score -= 0.5
    elif candidate.kind == DERIVED:
        score -= 0.1
    elif candidate.kind == SHORT:
        score -= 0.2
    elif candidate.kind > DERIVED:  # BARE_DERIVED
        score -= 0.3
    return score


def _dedupe(candidates: Iterable[Candidate]) -> list[Candidate]:
    """One candidate per place: the best way its name matched."""
    best: dict[tuple, Candidate] = {}
    for c in candidates:
        ident = (c.place.geonames_id, c.place.precision, c.place.name, c.place.country_code)
        if ident not in best or c.kind < best[ident].kind:
            best[ident] = c
    return list(best.values())


@dataclass
class Context:
    """What the rest of the article says about where things are."""

    named_countries: set[str] = field(default_factory=set)  # alpha-2 codes named outright
    named_admin1: set[str] = field(default_factory=set)  # GeoNames admin1 codes ("UA.05")
    # Countries the article's towns lie in ("Gori" for Georgia), without naming them.
    implied_countries: set[str] = field(default_factory=set)
    # Readings of the names right after this one in "X, Y" (Paris, Texas).
    qualifiers: list[Candidate] = field(default_factory=list)
    region_hint: bool = False
    # "Clarke County", "Rapides Parish": the text calls it a second-level unit.
    county_hint: bool = False
    # A dateline with nothing after it but a dash: a major city.
    dateline: bool = False
    # Share of the article's other place names (0 to 1) read as lying in each country and
    # in each first-level unit.
    country_share: dict[str, float] = field(default_factory=dict)
    admin1_share: dict[str, float] = field(default_factory=dict)
    # Where the article's other towns and districts are, as (lat, lon).
    points: list[tuple[float, float]] = field(default_factory=list)
    # Second-level units (admin2 codes) that some reading of another name of the article
    # is, or lies in.
    linked_admin2: set[str] = field(default_factory=set)


def contains(outer: Candidate, inner: Candidate) -> bool:
    """True when `inner` lies in `outer` (a unit or country), by codes, not geometry."""
    o, i = outer.place, inner.place
    if o.precision == "country":
        return o.country_code is not None and i.precision != "country" and i.country_code == o.country_code
    if o.precision == "admin1":
        return i.precision in ("place", "admin2") and inner.admin1_code == outer.admin1_code
    if o.precision == "admin2":
        return i.precision == "place" and inner.admin2_code is not None and inner.admin2_code == outer.admin2_code
    return False


def score(candidate: Candidate, facts: NameFacts, context: Context | None = None) -> float:
    """The prior of `candidate` plus whatever `context` adds to it."""
    s = prior(candidate, facts)
    if context is None:
        return s
    place = candidate.place
    cc = place.country_code or ""
    if place.precision != "country":
        unit = place.precision == "admin1"
        if cc in context.named_countries:
            s += NAMED_COUNTRY_BONUS_ADMIN1 if unit and facts.names_a_country else NAMED_COUNTRY_BONUS
    if place.precision in ("place", "admin2") and candidate.admin1_code in context.named_admin1:
        s += NAMED_ADMIN1_BONUS
    if place.precision == "country" and cc and facts.names_a_country and candidate.kind == PRIMARY:
        # The other side of "Georgia": the country, where the article's places lie in it
        # (by its own name only: "England" is no name of the United Kingdom's own).
        s += COUNTRY_SHARE_WEIGHT * context.country_share.get(cc, 0.0)
        if cc in context.implied_countries:
            s += NAMED_COUNTRY_BONUS_ADMIN1
    if place.precision != "country":
        # A unit gains as its towns do where the article's other places lie in it: "Georgia"
        # beside a Georgia town is the state, "New York" beside Brooklyn the state too.
        s += COUNTRY_SHARE_WEIGHT * context.country_share.get(cc, 0.0)
        s += ADMIN1_SHARE_WEIGHT * context.admin1_share.get(candidate.admin1_code or "", 0.0)
    if any(contains(q, candidate) or contains(candidate, q) for q in context.qualifiers):
        s += QUALIFIER_BONUS
    if place.precision in ("place", "admin2") and candidate.admin2_code in context.linked_admin2:
        s += LINK_BONUS
    if context.points and place.precision in ("place", "admin2") and place.lat is not None:
        km = min(_km(place.lat, place.lon, lat, lon) for lat, lon in context.points)
        s += PROXIMITY_WEIGHT * max(0.0, 1.0 - km / PROXIMITY_KM)
    if context.region_hint:
        if place.precision == "admin1":
            s += REGION_HINT_BONUS
        elif place.precision == "place":
            s -= REGION_HINT_BONUS
    if context.dateline and place.precision == "place" and candidate.weight < DATELINE_CITY:
        s -= REGION_HINT_BONUS / 2
    if context.county_hint:
        if place.precision == "admin2":
            s += REGION_HINT_BONUS
        elif place.precision == "place":
            s -= REGION_HINT_BONUS
    return s


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Distance in km, equirectangular: exact enough within a few hundred km, and cheap."""
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    y = math.radians(lat2 - lat1)
    return 6371.0 * math.hypot(x, y)


def rank(candidates: Iterable[Candidate], context: Context | None = None) -> list[Candidate]:
    """`candidates` best first, one per place.

    A name that can mean a country never ends up meaning a populated place: "France"
    stays the country even where a village called France lies in the named country.
    """
    pool = _dedupe(candidates)
    if not pool:
        return []
    facts = NameFacts.of(pool)
    scored = sorted(pool, key=lambda c: (-score(c, facts, context), -c.weight))
    if scored[0].place.precision == "place":
        # By an alternate name, only where no sizeable town goes by the name as its own:
        # "Columbia" is a spelling of Colombia but means a South Carolina capital first, and
        # "Norfolk" Virginia before Norfolk Island.
        countries = [
            c
            for c in scored
            if c.place.precision == "country"
            and (c.kind == PRIMARY or (c.kind == ALTERNATE and facts.largest_own_name < OWN_NAME_OVER_COUNTRY))
        ]
        if countries:
            scored.remove(countries[0])
            scored.insert(0, countries[0])
    return scored
