"""How likely each reading of a place name is, before and after context.

Scores are additive and on a log-population scale: a populated place starts at
log10(population) (a city of a million scores 6), a first-level unit at 8, a country at
10. Context found in the article then adds to the readings it supports.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field

from .gazetteer import ALTERNATE, DERIVED, PRIMARY, Candidate
from .names import is_region_phrase

COUNTRY_PRIOR = 10.0
ADMIN1_PRIOR = 8.0
# A unit named like a large city of its own country ("Donetsk", "Kyiv", "Aleppo"): a bare
# name means the city, so the unit drops just below a city of this size.
CITY_NAMESAKE_POPULATION = 50_000
NAMESAKE_ADMIN1_PRIOR = math.log10(CITY_NAMESAKE_POPULATION) - 0.1
# A city this large, and larger than all the places of a unit together, makes its name
# mean the city even across borders: "Gaza" is the Palestinian city before it is
# Mozambique's Gaza province, while "Victoria" stays the Australian state.
WORLD_NAMESAKE_POPULATION = 300_000

# Bonuses for readings that the rest of the article supports. They are kept small next to
# population gaps: an article that names Russia still means the Ukrainian city of 900,000
# by "Donetsk", not the Russian town of 50,000; they decide between readings of like size.
NAMED_COUNTRY_BONUS = 1.0  # the article names the candidate's country (or a unit in it)
IMPLIED_COUNTRY_BONUS = 0.5  # other places in the article lie in the candidate's country
# A unit competes with a country of the same name ("Georgia") from 2 points behind; when
# the article names the unit's country, the unit should win.
NAMED_COUNTRY_BONUS_ADMIN1 = 2.5
IMPLIED_COUNTRY_BONUS_ADMIN1 = 1.0
NAMED_ADMIN1_BONUS = 1.5  # the article names the candidate's first-level unit
QUALIFIER_BONUS = 4.0  # "Paris, Texas": the next name contains the candidate, or vice versa
REGION_HINT_BONUS = 6.0  # the text said "the X region / oblast / province"


def prior(candidate: Candidate, namesakes: dict[str, int] | None = None) -> float:
    """The score of a reading with no context. `namesakes` maps a country code to the
    population of the largest populated place in it with the same name."""
    place = candidate.place
    if place.precision == "country":
        score = COUNTRY_PRIOR
    elif place.precision == "admin1":
        score = ADMIN1_PRIOR
        namesakes = namesakes or {}
        if is_region_phrase(candidate.key):
            score += 0.5
        elif (
            namesakes.get(place.country_code or "", 0) >= CITY_NAMESAKE_POPULATION
            or namesakes.get(_WORLD, 0) >= max(WORLD_NAMESAKE_POPULATION, candidate.weight)
        ):
            score = NAMESAKE_ADMIN1_PRIOR
        if place.lat is None:  # a unit we cannot put on a map is a poor answer
            score -= 2.0
    else:
        score = min(max(math.log10(max(candidate.weight, 1)), 2.0), 7.5)
        if place.feature_code == "PPLC":
            score += 0.5
    if candidate.kind == PRIMARY:
        score += 0.3
    elif candidate.kind == ALTERNATE and place.precision == "place":
        # Villages' own names beat big cities' historic or foreign names ("Aleksandrovka"
        # is an old name of Donetsk and the own name of hundreds of villages).
        score -= 1.0
    elif candidate.kind == DERIVED:
        score -= 0.1
    return score


_WORLD = "*"


def namesakes_of(candidates: Iterable[Candidate]) -> dict[str, int]:
    """Per country, the population of the largest populated place among `candidates`;
    under "*", the largest anywhere that goes by the name as its own (so not Hong Kong,
    which GeoNames also calls "Victoria")."""
    out: dict[str, int] = {}
    for c in candidates:
        if c.place.precision == "place" and c.kind != DERIVED:
            cc = c.place.country_code or ""
            out[cc] = max(out.get(cc, 0), c.weight)
            if c.kind == PRIMARY:
                out[_WORLD] = max(out.get(_WORLD, 0), c.weight)
    return out


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
    implied_countries: set[str] = field(default_factory=set)  # countries of other places
    named_admin1: set[str] = field(default_factory=set)  # GeoNames admin1 codes ("UA.05")
    # Readings of the names right after this one in "X, Y" (Paris, Texas).
    qualifiers: list[Candidate] = field(default_factory=list)
    region_hint: bool = False


def contains(outer: Candidate, inner: Candidate) -> bool:
    """True when `inner` lies in `outer` (a unit or country), by codes, not geometry."""
    o, i = outer.place, inner.place
    if o.precision == "country":
        return i.precision != "country" and i.country_code == o.country_code
    if o.precision == "admin1":
        return i.precision == "place" and inner.admin1_code == outer.admin1_code
    return False


def score(candidate: Candidate, namesakes: dict[str, int], context: Context | None = None) -> float:
    """The prior of `candidate` plus whatever `context` adds to it."""
    s = prior(candidate, namesakes)
    if context is None:
        return s
    place = candidate.place
    cc = place.country_code or ""
    if place.precision != "country":
        unit = place.precision == "admin1"
        if cc in context.named_countries:
            s += NAMED_COUNTRY_BONUS_ADMIN1 if unit else NAMED_COUNTRY_BONUS
        elif cc in context.implied_countries:
            s += IMPLIED_COUNTRY_BONUS_ADMIN1 if unit else IMPLIED_COUNTRY_BONUS
    if place.precision == "place" and candidate.admin1_code in context.named_admin1:
        s += NAMED_ADMIN1_BONUS
    if any(contains(q, candidate) or contains(candidate, q) for q in context.qualifiers):
        s += QUALIFIER_BONUS
    if context.region_hint:
        if place.precision == "admin1":
            s += REGION_HINT_BONUS
        elif place.precision == "place":
            s -= REGION_HINT_BONUS
    return s


def rank(candidates: Iterable[Candidate], context: Context | None = None) -> list[Candidate]:
    """`candidates` best first, one per place.

    A name that can mean a country never ends up meaning a populated place: "France"
    stays the country even where a village called France lies in the named country.
    """
    pool = _dedupe(candidates)
    if not pool:
        return []
    namesakes = namesakes_of(pool)
    scored = sorted(pool, key=lambda c: (-score(c, namesakes, context), -c.weight))
    if scored[0].place.precision == "place":
        countries = [c for c in scored if c.place.precision == "country" and c.kind != DERIVED]
        if countries:
            scored.remove(countries[0])
            scored.insert(0, countries[0])
    return scored
