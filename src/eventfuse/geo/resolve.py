"""The geo stage: which place each place name means, and where each event happened.

`locate` takes the mentions extract made from an article, resolves every place name in
them against the gazetteer using the rest of the article as context, and sets each
mention's `location`:

    >>> from eventfuse.model import Article, Mention, PlaceName
    >>> article = Article(id="a1", text="A drone hit the Donetsk region of Ukraine.")
    >>> mention = Mention(article="a1", index=0, event_type="ASSAULT", span=(0, 42),
    ...                   places=[PlaceName("Donetsk", (16, 23), is_event_location=True)])
    >>> locate(article, [mention])[0].location.precision
    'admin1'
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache

import pycountry

from eventfuse.model import Actor, Article, Mention, Place, PlaceName

from .cues import cues
from .gazetteer import Candidate, gazetteer
from .gazetteer import ALTERNATE, PRIMARY
from .names import is_region_phrase, name_key, words
from .outlet import home
from .ranking import Context, contains, rank

# How many readings of a neighbouring name count when judging "X, Y" pairs.
QUALIFIER_READINGS = 5
# Rounds of re-reading every name with the others' current readings as context.
ROUNDS = 2

_REGION_AFTER = re.compile(r"^[\s\-]+(?:region|oblast|province|governorate|state|district|prefecture)\b", re.I)
_REGION_BEFORE = re.compile(r"\b(?:region|oblast|province|governorate|state|prefecture) of\s+$", re.I)
_QUALIFIER_GAP = re.compile(r"\s*[,(]\s*")
# "Cairo's Abbasiya district": the second name lies in the first.
_POSSESSIVE_GAP = re.compile(r"['’]s\s+")
_COUNTY_AFTER = re.compile(r"^[\s\-]+(?:county|parish|borough|raion|rayon|district)\b", re.I)
# The first names of a list that a plural type word closes: "Harvey, Harper and Kingman
# counties", "the Donetsk and Luhansk regions".
_LIST_ITEM = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?"
_COUNTIES_AFTER = re.compile(rf"^(?:{_LIST_ITEM}){{0,6}}\s+(?:counties|parishes|boroughs|raions|districts)\b")
_REGIONS_AFTER = re.compile(
    rf"^(?:{_LIST_ITEM}){{0,6}}\s+(?:regions|oblasts|provinces|governorates|states|prefectures)\b"
)
# A name with more readings than this says too little about which county the article is in.
LINK_MAX_READINGS = 60
# A capital is where governments speak from, so it says less about where a story happens.
CAPITAL_WEIGHT = 0.3


@dataclass
class _Toponym:
    """A place name somewhere in the article and its current reading."""

    span: tuple[int, int]
    text: str
    region_hint: bool
    candidates: list[Candidate]
    best: Candidate | None = None
    county_hint: bool = False
    # A dateline with no state or country after it ("WASHINGTON —"): wire copy names only
    # major cities so.
    dateline: bool = False
    # The candidates are those of a shorter name inside the span ("Pearson" of "Pearson
    # International Airport"), not of the span itself.
    inner: bool = False
    # Not in the text: the outlet's country or home town, read from its address. Context
    # for the others, never reported.
    context_only: bool = False
    # Given the article's unit by `_fall_back`: no evidence for the others.
    fallback: bool = False
    # The name before a possessive ("Cairo" of "Cairo's Abbasiya district"): where this
    # one lies.
    owner: _Toponym | None = None
    # The text names it as a street ("the Elm/Oak intersection", "Elm and Oak streets").
    street: bool = False
    # A unit after a name and a comma that the given spans left out ("Athens, Ga."):
    # context and a qualifier for that name, never reported.
    unmarked: bool = False

    def __post_init__(self) -> None:
        # One piece of evidence per distinct name; the outlet's home counts apart from a
        # name of the text spelt like it.
        self.key = ("outlet " if self.context_only and not self.unmarked else "") + name_key(self.text)
        # The name of a people ("German settlers") says who, not where.
        self.people = _is_people(self.key)


@lru_cache(maxsize=8192)
def _is_people(key: str) -> bool:
    return gazetteer().is_demonym(key)


def _region_hint(text: str, span: tuple[int, int], hint: str | None) -> bool:
    if hint == "region":
        return True
    start, end = span
    return bool(
        _REGION_AFTER.match(text[end : end + 20])
        or _REGION_BEFORE.search(text[max(0, start - 30) : start])
        or _REGIONS_AFTER.match(text[end : end + 160])
    )


def _contributions(t: _Toponym) -> tuple[set[str], set[str], set[str]]:
    """What one reading says about the article: countries named, countries implied, units named."""
    best = t.best
    if best is None:
        return set(), set(), set()
    cc = best.place.country_code or ""
    if best.place.precision == "country":
        return {cc}, set(), set()
    if best.place.precision == "admin1":
        return {cc}, set(), {best.admin1_code or ""}
    return set(), {cc}, set()


def _resolve_all(text: str, toponyms: list[_Toponym]) -> None:
    """Read every toponym, then re-read each in the light of the others' readings."""
    for t in toponyms:
        ranked = rank(t.candidates, Context(region_hint=t.region_hint))
        t.best = ranked[0] if ranked else None
    ordered = sorted((t for t in toponyms if not t.context_only or t.unmarked), key=lambda t: t.span)
    neighbours: dict[int, list[_Toponym]] = {id(t): [] for t in toponyms}
    for a, b in zip(ordered, ordered[1:], strict=False):
        gap = text[a.span[1] : b.span[0]]
        if _QUALIFIER_GAP.fullmatch(gap):
            neighbours[id(a)].append(b)
            neighbours[id(b)].append(a)
        elif _POSSESSIVE_GAP.fullmatch(gap):
            neighbours[id(b)].append(a)
            b.owner = a
    for t in ordered:
        after = text[t.span[1] : t.span[1] + 160]
        t.county_hint = bool(_COUNTY_AFTER.match(after[:12]) or _COUNTIES_AFTER.match(after))
        t.dateline = _is_bare_dateline(text, t.span)
    # A name read through a shorter name inside it ("Grand" of "Grand Avenue") is too weak
    # to be evidence for the others.
    evidence = [t for t in toponyms if not t.inner]
    # Second-level units each distinct name could lie in or be: a town and a county of the
    # same article that fit together ("Paris and Henry County", both in Tennessee) are read
    # together, even when each alone would go to a larger namesake.
    counties: dict[str, set[str]] = {}
    for t in evidence:
        if len(t.candidates) <= LINK_MAX_READINGS:
            codes = {c.admin2_code for c in t.candidates if c.admin2_code}
            counties.setdefault(t.key, set()).update(codes)
    for _ in range(ROUNDS):
        named, implied, units = Counter(), Counter(), Counter()
        # Per distinct name, where its current reading lies: a name repeated ten times is
        # still one piece of evidence.
        where: dict[str, tuple[str, str, float]] = {}
        points: dict[str, tuple[float, float]] = {}
        for t in evidence:
            best = t.best
            if best is not None and best.place.precision in ("place", "admin2") and best.place.lat is not None:
                points[t.key] = (best.place.lat, best.place.lon)
            if t.best is not None and t.best.place.country_code:
                weight = CAPITAL_WEIGHT if t.best.place.feature_code == "PPLC" else 1.0
                where[t.key] = (t.best.place.country_code, t.best.admin1_code or "", weight)
        # Per distinct name too: "Delta" three times is not three names of Nigeria's Delta.
        own = {id(t): (set(), set(), set()) for t in toponyms}
        distinct: dict[str, tuple[set[str], set[str], set[str]]] = {}
        for t in evidence:
            own[id(t)] = _contributions(t)
            distinct[t.key] = own[id(t)]
        for mine in distinct.values():
            named.update(mine[0])
            implied.update(mine[1])
            units.update(mine[2])
        readings = []
        for t in toponyms:
            mine_named, mine_implied, mine_units = own[id(t)]
            # A name is no evidence for itself: leave out what its own reading contributed.
            context = Context(
                named_countries={c for c, n in named.items() if n - (c in mine_named) > 0},
                named_admin1={u for u, n in units.items() if n - (u in mine_units) > 0},
                implied_countries={c for c, n in implied.items() if n - (c in mine_implied) > 0},
                qualifiers=[
                    c
                    for other in neighbours[id(t)]
                    for c in rank(other.candidates, Context(region_hint=other.region_hint))[:QUALIFIER_READINGS]
                ],
                region_hint=t.region_hint,
                county_hint=t.county_hint,
                dateline=t.dateline,
            )
            context.linked_admin2 = set().union(*(v for k, v in counties.items() if k != t.key))
            others = [v for k, v in where.items() if k != t.key]
            context.points = [v for k, v in points.items() if k != t.key]
            total = sum(w for _, _, w in others) + 1.0  # +1: a lone other name is weak evidence
            for cc, a1, w in others:
                context.country_share[cc] = context.country_share.get(cc, 0.0) + w / total
                if a1:
                    context.admin1_share[a1] = context.admin1_share.get(a1, 0.0) + w / total
            ranked = rank(t.candidates, context)
            readings.append(ranked[0] if ranked else None)
        for t, best in zip(toponyms, readings, strict=True):
            t.best = best
    _one_sense(toponyms, neighbours)


def _one_sense(toponyms: list[_Toponym], neighbours: dict[int, list[_Toponym]]) -> None:
    """One place per name per article: the mentions of a name that the text words alike
    (all bare, or all "the X region") take one reading, that of a mention with a
    qualifier ("Springfield, Ohio") if there is one, else the most common."""
    groups: dict[tuple, list[_Toponym]] = {}
    for t in toponyms:
        if t.best is not None and not t.context_only:
            groups.setdefault((t.key, t.region_hint, t.county_hint), []).append(t)
    for group in groups.values():
        if len({_ident(t.best) for t in group}) < 2:
            continue
        pinned = [t.best for t in group if neighbours[id(t)]]
        choice = pinned[0] if pinned else Counter(_ident(t.best) for t in group).most_common(1)[0][0]
        if pinned:
            for t in group:
                t.best = choice
        else:
            chosen = next(t.best for t in group if _ident(t.best) == choice)
            for t in group:
                t.best = chosen


def _ident(c: Candidate) -> tuple:
    return (c.place.geonames_id, c.place.precision, c.place.name, c.place.country_code)


_DASH_AFTER = re.compile(r"^\s*(?:—|–|--)")


def _is_bare_dateline(text: str, span: tuple[int, int]) -> bool:
    """A name in capitals opening the text, a line or a sentence, and followed by a dash
    ("WASHINGTON — "), not by a state ("FAIRFIELD, Conn. —")."""
    surface = text[span[0] : span[1]]
    if not surface.isupper() or len(surface) < 3:
        return False
    before = text[: span[0]].rstrip(" \t")
    return (not before or before[-1] in "\n.") and bool(_DASH_AFTER.match(text[span[1] : span[1] + 6]))


_FINENESS = {"country": 0, "admin1": 1, "admin2": 2, "near-place": 3, "place": 4}


def _agrees(a: Candidate, b: Candidate) -> int:
    """+1 when one place lies in the other (or they are one), -1 when they cannot both
    hold (other countries, or other units of one country), 0 otherwise."""
    pa, pb = a.place, b.place
    if (pa.geonames_id, pa.name, pa.precision) == (pb.geonames_id, pb.name, pb.precision):
        return 1
    if contains(a, b) or contains(b, a):
        return 1
    if pa.country_code != pb.country_code:
        return -1
    if pa.precision != "country" and pb.precision != "country" and a.admin1_code and b.admin1_code:
        return 1 if a.admin1_code == b.admin1_code else -1
    return 0


def _event_location(resolved: list[tuple[PlaceName, Candidate]], text: str) -> Place | None:
    """The finest place that agrees with the others, among those the text marks as where
    the event happened (or, when none is marked, among those not named as where people
    spoke from, or among all of them). Precision "near-place" when the text puts the event
    near the place rather than in it."""
    if not resolved:
        return None
    flagged = [(pn, c) for pn, c in resolved if pn.is_event_location]
    plain = [(pn, c) for pn, c in resolved if not cues(text, pn.span).reporting]
    pool = flagged or plain or resolved

    def merit(item: tuple[PlaceName, Candidate]) -> tuple:
        pn, c = item
        agreement = sum(_agrees(c, other) for p2, other in resolved if p2 is not pn)
        return (agreement, _FINENESS.get(c.place.precision, 0), -pn.span[0])

    pn, best = max(pool, key=merit)
    if best.place.precision == "country":
        # "in Kebbi state in northwestern Nigeria": the text marked the country, and names a unit of it beside it.
        inside = [(p2, c) for p2, c in plain if contains(best, c) and _one_sentence(text, p2.span, pn.span)]
        if inside:
            pn, best = max(inside, key=merit)
    if best.place.precision == "place" and cues(text, pn.span).near:
        return replace(best.place, precision="near-place")
    return best.place


def _one_sentence(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two spans stand in one sentence (nothing that ends one lies between them)."""
    start, end = min(a[1], b[1]), max(a[0], b[0])
    return not re.search(r"[.;!?\n]\s", text[start:end] + " ")


def _as_candidate(place: Place) -> Candidate:
    """A place set before geo ran (by an analyst, say), in the form the ranking uses."""
    known = gazetteer().entry(place.geonames_id) if place.geonames_id is not None else None
    admin1_code = known.admin1_code if known is not None else None
    return Candidate(
        place=place, key=name_key(place.name), kind=0, admin1_code=admin1_code, weight=place.population or 0
    )


def locate(
    article: Article,
    mentions: list[Mention],
    *,
    outlet_country: str | None = None,
    persons: list[tuple[int, int]] | None = None,
) -> list[Mention]:
    """Resolve the place names of `mentions` and set each one's event location.

    The outlet's country (`outlet_country`, or the country-code domain of `article.url`)
    and the home town its address names count as context, as in `geoparse`; `persons`,
    the spans a recogniser took for persons' names, keep names found in the text from
    being read as places (see `_not_persons`).

    Adds the gazetteer names found inside each mention's span that extract missed (as
    PlaceNames not marked as the event location), resolves every name with the rest of
    the article as context (countries and regions it names, the other places, "X, Y"
    pairs such as "Paris, Texas", and "the X region" wording), and sets `location` to the
    finest resolved place that agrees with the others, preferring names marked
    `is_event_location`. Names the gazetteer does not know stay unresolved and leave the
    others alone. Returns new Mention objects; the inputs are not changed.
    """
    gaz = gazetteer()
    text = article.text
    toponyms: dict[tuple[int, int], _Toponym] = {}

    def toponym(span: tuple[int, int], surface: str, hint: str | None) -> _Toponym:
        found = toponyms.get(span)
        if found is None:
            found = _Toponym(
                span, surface, _region_hint(text, span, hint), _party_home(text, span, gaz.candidates(surface))
            )
            toponyms[span] = found
        elif hint == "region":
            found.region_hint = True
        return found

    scanned = _not_persons(gaz.find_in_text(text), text, persons)
    # "в Сумской области": a name extract cut short ("Сумской") takes the longer name the gazetteer knows around it.
    mentions = [replace(m, places=[_widened(pn, scanned) for pn in m.places]) for m in mentions]
    for mention in mentions:
        for pn in mention.places:
            toponym(pn.span, pn.text, pn.kind_hint)
    taken = sorted(toponyms)
    extras: list[tuple[tuple[int, int], str]] = []
    for span, surface in scanned:
        if not any(span[0] < e and s < span[1] for s, e in taken):
            toponym(span, surface, "region" if is_region_phrase(name_key(surface)) else None)
            extras.append((span, surface))
    found = list(toponyms.values())
    _resolve_all(
        text, found + _drop_named_home(outlet_toponyms(article, outlet_country), found) + _institution_countries(text)
    )

    located = []
    for mention in mentions:
        start, end = mention.span
        # "speaking in Kyiv": a locative, but of the speaker, not of the event; the flag is taken back first, so that
        # it does not keep the text's cues from marking the scene extract missed.
        places = [
            replace(pn, is_event_location=False) if pn.is_event_location and cues(text, pn.span).reporting else pn
            for pn in mention.places
        ]
        own_spans = [pn.span for pn in places]
        flagged_by_extract = any(pn.is_event_location for pn in places)
        for span, surface in extras:
            inside = start <= span[0] and span[1] <= end
            if inside and not any(span[0] < e and s < span[1] for s, e in own_spans):
                hint = "region" if toponyms[span].region_hint else None
                # The text's own cues mark a name extract missed, unless extract already
                # marked where this mention happened.
                event = not flagged_by_extract and cues(text, span).event
                places.append(PlaceName(text=surface, span=span, kind_hint=hint, is_event_location=event))
        places.sort(key=lambda pn: pn.span)
        resolved: list[tuple[PlaceName, Candidate]] = []
        updated = []
        for pn in places:
            if pn.place is not None:
                best = _as_candidate(pn.place)
            else:
                best = toponyms[pn.span].best
                if best is not None:
                    pn = replace(pn, place=best.place)
            if best is not None:
                resolved.append((pn, best))
            updated.append(pn)
        location = _event_location(resolved, text) or mention.location
        located.append(replace(mention, places=updated, location=location, actors=_at_home(mention.actors, location)))
    return located


def _widened(pn: PlaceName, scanned: list[tuple[tuple[int, int], str]]) -> PlaceName:
    """`pn` over the longer gazetteer name that holds it, if one does (and it is not resolved already)."""
    if pn.place is not None:
        return pn
    for span, surface in scanned:
        if span[0] <= pn.span[0] and pn.span[1] <= span[1] and span != pn.span:
            hint = "region" if is_region_phrase(name_key(surface)) else pn.kind_hint
            return replace(pn, text=surface, span=span, kind_hint=hint)
    return pn


# Parties named by what they are, not by arms: civilians, police, officials, protesters, journalists.
_HOME_SECTORS = {"CVL", "COP", "OPP", "REF", "MED", "EDU", "LAB", "BUS", "GOV", "PTY", "ELI", "CRM"}


def _at_home(actors: list[Actor], location: Place | None) -> list[Actor]:
    """Parties that the text gives no country take the country where the event happened, as CAMEO and ACLED code
    domestic actors ("villagers" killed in Niger State are Nigerian). Armed groups and soldiers often act across
    a border, so they take none this way."""
    if location is None or not location.country_code or not any(a.country_code is None and a.sector in _HOME_SECTORS for a in actors):
        return actors
    country = pycountry.countries.get(alpha_2=location.country_code)
    if country is None:
        return actors
    return [replace(a, country_code=country.alpha_3, country_from_place=True) if a.country_code is None and a.sector in _HOME_SECTORS else a for a in actors]


@dataclass(frozen=True)
class Geoparse:
    """Every toponym of an article with what it resolved to, and where the event happened."""

    places: list[PlaceName]
    location: Place | None


def geoparse(
    article: Article,
    spans: list[tuple[int, int]] | None = None,
    *,
    outlet_country: str | None = None,
    persons: list[tuple[int, int]] | None = None,
) -> Geoparse:
    """Find the place names in `article` and resolve each, with the others as context.

    With `spans`, those stretches of the text are the toponyms (a gold standard's, or a
    recogniser's) and nothing else is looked for.

    The outlet's country (`outlet_country`, ISO alpha-2, or else the country-code domain
    of `article.url`) and the home town its address names count as one more mention each.
    A name the gazetteer does not know, or knows only as a small place abroad in an
    article whose places lie in one country, takes the first-level unit or the country
    that the article's other places agree on (see `_focus`); with nothing to agree on it
    comes back with `place` None.

    `persons`, the spans a named-entity recogniser took for persons' names, are used when
    the toponyms are looked for in the text: a name inside one, or a person's surname
    standing alone elsewhere, is not taken for a place (see `_not_persons`).

    >>> [pn.place.country_code for pn in geoparse(Article(id="a", text="Shelling hit Kharkiv.")).places]
    ['UA']
    """
    gaz = gazetteer()
    text = article.text
    if spans is None:
        found = _not_persons(gaz.find_in_text(text, demonyms=True, embedded=True), text, persons)
    else:
        found = [(s, text[s[0] : s[1]]) for s in spans]
    toponyms = []
    for span, surface in found:
        hint = "region" if is_region_phrase(name_key(surface)) else None
        candidates = _party_home(text, span, gaz.candidates(surface))
        inner = False
        if not candidates and spans is not None:
            candidates, inner = _inner_name(surface), True
        toponyms.append(
            _Toponym(span, surface, _region_hint(text, span, hint), candidates, inner=inner, street=_is_street(text, span))
        )
    outlet = _drop_named_home(outlet_toponyms(article, outlet_country), toponyms)
    if spans is not None:
        outlet += _unmarked_units(text, spans)
    outlet += _institution_countries(text)
    _resolve_all(text, toponyms + outlet)
    strays = _fall_back(toponyms, outlet)
    if spans is None:
        # Found by scanning the text, a stray is more likely a word or a person's name
        # ("Holroyd said") than a place: it is left out.
        toponyms = [t for t in toponyms if id(t) not in strays]
    places = [
        PlaceName(
            text=t.text,
            span=t.span,
            place=t.best.place if t.best else None,
            kind_hint="region" if t.region_hint else None,
            is_event_location=cues(text, t.span).event,
        )
        for t in toponyms
    ]
    # A people's name ("Russian troops") names a side, not where the event happened.
    resolved = [
        (pn, t.best)
        for pn, t in zip(places, toponyms, strict=True)
        if t.best is not None and not gaz.is_demonym(t.text)
    ]
    return Geoparse(places=places, location=_event_location(resolved, text))


_NAME = r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?"
# A name among others that a street word closes ("Elm and Oak streets", "the Elm/Oak
# intersection"), or after "the corner of" ("the corner of Elm and Oak").
_STREETS_AFTER = re.compile(
    rf"^(?:{_LIST_ITEM}|\s*/\s*{_NAME}){{0,6}}\s+(?:streets|avenues|roads|boulevards|intersection|corner)\b"
)
_STREETS_BEFORE = re.compile(rf"\b(?:corner|intersection)s?\s+of\s+(?:{_NAME}\s+(?:and|&)\s+)?$")


def _is_street(text: str, span: tuple[int, int]) -> bool:
    """Whether the text names `span` as a street: "the Elm/Oak intersection", "Elm and Oak
    streets", "the corner of Elm and Oak"."""
    start, end = span
    return bool(_STREETS_AFTER.match(text[end : end + 160]) or _STREETS_BEFORE.search(text[max(0, start - 80) : start]))


# "Sen. Jane Roe, R-Plymouth": a party letter before a name marks a U.S. lawmaker's home.
_PARTY_BEFORE = re.compile(r"(?:^|[\s(,])[DRI]-$")


def _party_home(text: str, span: tuple[int, int], candidates: list[Candidate]) -> list[Candidate]:
    """The U.S. readings of a name after a party letter ("D-Plymouth"), when it has any."""
    if not _PARTY_BEFORE.search(text[max(0, span[0] - 3) : span[0]]):
        return candidates
    return [c for c in candidates if c.place.country_code == "US"] or candidates


# A unit's name or press abbreviation after a name and a comma: "Athens, Ga.", "Delta, B.C.".
_UNIT_AFTER = re.compile(r"\s*,\s*([A-Z][A-Za-z]*\.(?:[A-Z]\.)*|[A-Z][a-z]+(?: [A-Z][a-z]+)?)")


def _unmarked_units(text: str, spans: list[tuple[int, int]]) -> list[_Toponym]:
    """First-level units and countries named right after a given span and a comma, where no
    given span covers them: wire copy qualifies a town so ("LONDON, Ky.") without every
    annotator marking the qualifier."""
    gaz = gazetteer()
    out = []
    for _, end in spans:
        m = _UNIT_AFTER.match(text, end)
        if not m:
            continue
        span = m.span(1)
        if any(span[0] < e and s < span[1] for s, e in spans):
            continue
        units = [c for c in gaz.candidates(m.group(1)) if c.place.precision in ("admin1", "country")]
        if units:
            out.append(_Toponym(span, m.group(1), False, units, context_only=True, unmarked=True))
    return out


# Institutions and words that only one country's news uses: a "Police Department", a
# sheriff's office or a township is American, the RCMP Canadian, the Garda Irish, a crore
# Indian. Each counts as one mention of its country, as a country-code domain does.
_INSTITUTIONS = {
    "US": re.compile(
        r"\b(?:FBI|Sheriff's (?:Office|Department)|sheriff's deputies|Medicaid|Congress(?:wo)?man|[Tt]ownship"
        r"|ZIP code|Interstate \d+|I-\d+|Police Department|state Legislature)\b"
    ),
    "CA": re.compile(r"\b(?:RCMP|Mounties|MPP)\b"),
    "GB": re.compile(r"\b(?:NHS|Scotland Yard|Metropolitan Police|Home Office)\b"),
    "IE": re.compile(r"\b(?:Garda|Gardaí|Taoiseach)\b"),
    "IN": re.compile(r"\b(?:crore|lakh|Lok Sabha|Rajya Sabha)\b"),
}


def _institution_countries(text: str) -> list[_Toponym]:
    """The countries whose own institutions the text names, as context-only toponyms."""
    gaz = gazetteer()
    out = []
    for cc, pattern in _INSTITUTIONS.items():
        country = gaz.country(cc) if pattern.search(text) else None
        if country is not None:
            out.append(_Toponym((-1, -1), f"institutions of {cc}", False, [country], context_only=True))
    return out


def _not_persons(
    found: list[tuple[tuple[int, int], str]], text: str, persons: list[tuple[int, int]] | None
) -> list[tuple[tuple[int, int], str]]:
    """`found` less the names inside a person's span ("Tom Davis") and, elsewhere, a
    person's surname alone ("Davis said"), unless it names a country or a first-level unit."""
    if not persons:
        return found
    surnames = set()
    for s, e in persons:
        toks = words(text[s:e])
        if len(toks) >= 2:
            surnames.add(toks[-1][2])
    gaz = gazetteer()
    out = []
    for span, surface in found:
        if any(span[0] < e and s < span[1] for s, e in persons):
            continue
        key = name_key(surface)
        if key in surnames and not any(c.place.precision in ("country", "admin1") for c in gaz.candidates(surface)):
            continue
        out.append((span, surface))
    return out


def outlet_toponyms(article: Article, outlet_country: str | None = None) -> list[_Toponym]:
    """The outlet's country and home town as context-only toponyms: `outlet_country`, or
    the country-code domain of the article's URL (or of its outlet, when that is written
    as a domain), and the longest place name its address is made of."""
    gaz = gazetteer()
    address = article.url or (article.outlet if article.outlet and "." in article.outlet else None)
    found = home(address)
    country = (outlet_country or found.country or "").upper()
    out = []
    if country:
        candidate = gaz.country(country)
        if candidate is not None:
            out.append(_Toponym((-1, -1), candidate.place.name, False, [candidate], context_only=True))
    for town in found.towns:
        readings = _home_town_readings(town, country)
        if readings:
            out.append(_Toponym((-1, -1), town, False, readings, context_only=True))
            break
    return out


def _drop_named_home(home_toponyms: list[_Toponym], toponyms: list[_Toponym]) -> list[_Toponym]:
    """The outlet's home town adds nothing when the text names a place its name could be:
    the text's own mention, read with the article's context, speaks for it."""
    named = {c.place.geonames_id for t in toponyms for c in t.candidates}
    return [
        h
        for h in home_toponyms
        if h.candidates[0].place.precision == "country" or not named & {c.place.geonames_id for c in h.candidates}
    ]


# An outlet's home town is a town or district of some size, by its own or alternate name.
HOME_TOWN_MIN_POPULATION = 1000


def _home_town_readings(key: str, country: str) -> list[Candidate]:
    gaz = gazetteer()
    tries = [key] + [f"{key[:i]} {key[i:]}" for i in range(3, len(key) - 2)]  # "kansascity"
    for attempt in tries:
        found = [
            c
            for c in gaz.candidates(attempt)
            if c.place.precision in ("place", "admin1", "admin2")
            and c.kind in (PRIMARY, ALTERNATE)
            and c.weight >= HOME_TOWN_MIN_POPULATION
            and (not country or c.place.country_code == country)
        ]
        if found:
            return found
    return []


# The article's places "agree" on a country when at least this share of its distinct
# names lie there, and on a first-level unit when this share of those with a unit do.
FOCUS_SHARE = 0.5
# A small place abroad is read as a stray homonym only in an article this focused on
# one country, with at least this many other names there. In an article less focused
# (half its names, or only two) it still takes the article's unit, but found by scanning
# it is kept: the evidence against it is too thin to drop it.
STRAY_SHARE = 0.6
STRAY_NAMES = 3
LOOSE_STRAY_SHARE = 0.5
LOOSE_STRAY_NAMES = 2
# A reading this small, alone in its country among the article's places, is no evidence
# against the article's country.
STRAY_POPULATION = 20_000


def _focus(
    toponyms: list[_Toponym], leave_out: _Toponym | None = None, people_ok: bool = False
) -> tuple[str, float, int, str | None, str | None]:
    """(country, its share of the distinct names, how many, the admin1 code half of them
    with a unit share or None, the admin1 code most of them share or None), over the
    readings of whole names (not inner ones, nor fallbacks), leaving out `leave_out`'s.
    No country at all when the leading one is only that of peoples' names, unless
    `people_ok`."""
    readings: dict[str, tuple[str, str | None]] = {}
    placed: set[str] = set()  # countries that some name other than a people's lies in
    skip = leave_out.key if leave_out is not None else None
    for t in toponyms:
        best = t.best
        if best is None or t.inner or t.fallback or not best.place.country_code or t.key == skip:
            continue
        unit = best.admin1_code if best.place.precision != "country" else None
        readings[t.key] = (best.place.country_code, unit)
        if not t.people:
            placed.add(best.place.country_code)
    if not readings:
        return "", 0.0, 0, None, None
    (cc, k), *_ = Counter(c for c, _ in readings.values()).most_common(1)
    if cc not in placed and not people_ok:
        # Only peoples' names ("German", "Greek") lie there: they say who took part, not
        # where the places of the article are.
        return "", 0.0, 0, None, None
    units = Counter(u for c, u in readings.values() if c == cc and u)
    unit = lead = None
    if units:
        (lead, m), *_ = units.most_common(1)
        if m / sum(units.values()) >= FOCUS_SHARE:
            unit = lead
    return cc, k / len(readings), k, unit, lead


def _fall_back(toponyms: list[_Toponym], outlet: list[_Toponym] = ()) -> set[int]:
    """Give names the gazetteer cannot place well the unit the article agrees on.

    A name it does not know at all ("Neches River", "Gatwick"), a name read only through a
    shorter name inside it that lies outside the article's country ("Pearson" of
    "Pearson International Airport" in a Toronto story), and a small place abroad that
    is the only reading of a name in an article about one country (the Florida hamlet
    "Heathrow" in a London story) take the article's first-level unit, or its country,
    when the other names (and the outlet's address) agree on one; otherwise they stay as
    they are, except that a name with no reading at all takes the country, and the unit
    in it, that more of them lie in than any other. A name after a possessive ("Cairo's
    Abbasiya") that has no reading in its owner's country takes the owner's unit, and a
    name the text calls a street takes the article's unit unless it reads as a place of
    the article's country. The countries of peoples' names alone ("German") make no focus.
    Returns the ids of the small places abroad so replaced in articles focused enough
    (`STRAY_SHARE`, `STRAY_NAMES`) to drop them when found by scanning.
    """
    gaz = gazetteer()
    strays = set()
    for t in toponyms:
        if t.context_only:
            continue
        best = t.best
        owner = t.owner.best if t.owner is not None and not t.owner.fallback else None
        if owner is not None and owner.place.country_code and (
            best is None or best.place.country_code != owner.place.country_code
        ):
            # "Cairo's Abbasiya": no reading of the name lies in the place that owns it, so
            # it is a part of that place the gazetteer does not hold.
            t.best, t.fallback = _unit_of(owner), True
            continue
        # A name with no reading takes even the country of peoples' names: some answer
        # beats none.
        cc, share, k, unit, lead = _focus([*toponyms, *outlet], leave_out=t, people_ok=best is None)
        if t.street and cc and (best is None or best.place.country_code != cc):
            # A street named like a town abroad ("the Chartres/Franklin intersection"):
            # it lies where the article's places are.
            t.best = (gaz.admin1_unit(lead) if lead else None) or gaz.country(cc) or best
            t.fallback = t.best is not best
            continue
        # A name with no reading at all takes the article's leading country and unit even
        # without a majority: some answer beats none. Overriding a reading needs a majority.
        if not cc or (share < FOCUS_SHARE and best is not None):
            continue
        if best is None:
            unit = lead
        elif t.inner:
            # A country inside a name stands for it ("Bank of Japan", "US Federal Reserve").
            if best.place.country_code == cc or best.place.precision == "country":
                continue
        elif not (
            best.place.precision in ("place", "admin2")
            and best.weight < STRAY_POPULATION
            and best.place.country_code != cc
            and share >= LOOSE_STRAY_SHARE
            and k >= LOOSE_STRAY_NAMES
            and not any(c.place.country_code == cc for c in t.candidates)
        ):
            continue
        elif share >= STRAY_SHARE and k >= STRAY_NAMES:
            strays.add(id(t))
        fallback = (gaz.admin1_unit(unit) if unit else None) or gaz.country(cc)
        if fallback is not None:
            t.best, t.fallback = fallback, True
    return strays


# Words for kinds of features: alone inside a longer name ("Zorbluk Creek", "St. Mark's
# Cathedral") they name no place of their own, whatever village goes by them.
_FEATURE_WORDS = frozenset(
    """
    creek river lake lakes park street avenue road boulevard church cathedral chapel mosque temple
    inn center centre hospital school college university airport bridge square mall hotel stadium
    station hall tower museum bay sea ocean gulf island islands mountain mountains valley forest
    canal falls beach harbour harbor port market cottage house court
    """.split()
)


def _unit_of(owner: Candidate) -> Candidate:
    """The first-level unit a reading lies in (itself when it is one), or its country."""
    gaz = gazetteer()
    if owner.place.precision == "admin1":
        return owner
    unit = gaz.admin1_unit(owner.admin1_code) if owner.admin1_code and owner.place.precision != "country" else None
    return unit or gaz.country(owner.place.country_code) or owner


def _inner_name(surface: str) -> list[Candidate]:
    """Readings of the longest place name inside a span the gazetteer does not know whole:
    a recogniser's "Bank of England", "Robinson College Cambridge" or "Norwich City" is
    about England, Cambridge and Norwich. Among names of one length, the likeliest wins."""
    from .gazetteer import SHORT
    from .names import COMMON_CAPITALISED
    from .ranking import NameFacts, prior

    gaz = gazetteer()
    toks = words(surface)
    for size in range(len(toks) - 1, 0, -1):
        best: tuple[float, list[Candidate]] | None = None
        for i in range(len(toks) - size + 1):
            first = surface[toks[i][0]]
            if not first.isupper() or (size == 1 and toks[i][2] in COMMON_CAPITALISED | _FEATURE_WORDS):
                continue
            key = " ".join(t[2] for t in toks[i : i + size])
            # A demonym stands for its country or continent ("European Commission"); other
            # short forms (postal codes) are too easily ordinary words inside a name.
            found = [c for c in gaz.candidates(key) if c.kind != SHORT or c.place.precision == "country"]
            if not found:
                continue
            facts = NameFacts.of(found)
            top = max(prior(c, facts) for c in found)
            if best is None or top > best[0]:
                best = (top, found)
        if best is not None:
            return best[1]
    return []


def country_of(name_or_code: str) -> Place | None:
    """The country a name or code stands for, in any language the gazetteer knows.

    Accepts ISO 3166-1 alpha-2 and alpha-3 codes in capitals ("UA", "UKR") and country
    names and common aliases ("Ukraine", "Україна", "the Netherlands", "USA", "UK").
    Returns None for anything that is not a country, such as "Donetsk".

    >>> country_of("Deutschland").country_code
    'DE'
    """
    gaz = gazetteer()
    value = name_or_code.strip()
    if 2 <= len(value) <= 3 and value.isalpha() and value.isupper():
        found = gaz.country(value)
        if found is not None:
            return found.place
    countries = [c for c in gaz.candidates(value) if c.place.precision == "country"]
    ranked = rank(countries)
    return ranked[0].place if ranked else None
