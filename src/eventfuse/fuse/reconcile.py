"""Reconciliation: one event's fields from the claims of its mentions.

The rules, in UCDP GED's terms (see docs/RECONCILIATION.md):
- killed / injured: `low` is the lowest credible total, `high` the highest (an open-ended "over 20"
  counts as 21). `best` comes from neutral claims when there are any (a party's own defence ministry
  or military sources are kept, flagged partisan, but not preferred); among them the latest figure
  of a civil authority (governor, emergency service, health ministry...) supersedes earlier counts;
  without one, the exact figure backed by the most independent origins (ties: the later report,
  since tolls are revised upwards as bodies are found). A total is never below a stated sub-group.
  Vague figures ("several") only bound the range when no exact figure exists. A stated count of none
  ("nobody was hurt") is the total while no report gives a figure, and is left out of the range once one does.
- sub-groups ("six North Korean officers") are reconciled the same way, per nationality.
- date: the day backed by the most independent origins; other days are listed as disagreements.
- place: the finest location consistent with the others; conflicting ones are disagreements.
- perpetrator: every side named as the actor, with the articles and the origins behind each.
- every event claim carries the key of its origin (`Claim.origin`), circular reporting resolved.
- type, mode, sub-event type: the majority among mentions, main mentions weighing double.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace

from eventfuse.fuse.origins import claim_origins, is_official, is_partisan, origin_of, origins
from eventfuse.model import Actor, Article, Claim, Count, Disagreement, Event, Mention, Place, Subgroup

_PRECISION_RANK = {"place": 0, "near-place": 1, "admin2": 2, "admin1": 3, "country": 4}


def _support(claims: Iterable[Claim], articles: dict[str, Article]) -> int:
    """Independent origins behind a set of claims (their `origin` when set, else worked out)."""
    keys = set()
    for c in claims:
        if c.origin:
            keys.add(c.origin)
            continue
        article = articles.get(c.article)
        original = articles.get(article.copy_of) if article and article.copy_of else None
        keys.add(origin_of(c, article, original).key)
    return len(keys)


def _published(claim: Claim, articles: dict[str, Article]) -> str:
    article = articles.get(claim.article)
    return article.published.isoformat() if article and article.published else ""


def reconcile_count(
    claims: list[Claim], articles: dict[str, Article], floor: int = 0, parties: frozenset[str] = frozenset()
) -> Count | None:
    """low / best / high from count claims; `floor` is the largest sub-group the total must cover,
    `parties` the alpha-3 countries fighting (whose own military claims are partisan)."""
    if not claims and not floor:
        return None
    if any(c.low or c.high for c in claims):
        # "Nobody was hurt" stands only while no report gives a figure: an early count of none is superseded by
        # the bodies found later, never the lowest credible total beside them (it stays among the claims).
        claims = [c for c in claims if c.low or c.high]
    exact = [c for c in claims if c.low is not None and c.low == c.high]
    bounded = [c for c in claims if c not in exact]
    if exact:
        # Partisan figures stay in the range and the claims, but a neutral figure is preferred for best.
        neutral = [c for c in exact if not is_partisan(c.origin, set(parties))] or exact
        official = [c for c in neutral if is_official(c.origin)]
        if official:
            # Later official totals supersede early counts: the last figure a civil authority gave.
            best = max(official, key=lambda c: (_published(c, articles), c.low))
            best = best.low
        else:
            by_value: dict[int, list[Claim]] = defaultdict(list)
            for c in neutral:
                by_value[c.low].append(c)  # type: ignore[index]
            best = max(by_value, key=lambda v: (_support(by_value[v], articles), max(_published(c, articles) for c in by_value[v]), v))
        # "at least seven" beside "nine": the lowest credible total is seven.
        low = min([c.low for c in exact] + [c.low for c in bounded if c.low is not None and _is_figure(c)])  # type: ignore[type-var]
        # An open "over 20" raises the high to 21; a closed "up to 30" raises it to 30.
        stated = [c.low for c in exact] + [c.low for c in bounded if c.low is not None and _is_figure(c)]
        stated += [c.high for c in bounded if c.high is not None and _is_figure(c)]
        high = max(stated)  # type: ignore[type-var]
    elif claims:
        figures = [c for c in claims if _is_figure(c)] or claims
        low = max((c.low for c in figures if c.low is not None), default=0)
        best = low
        high = max([c.high if c.high is not None else c.low for c in figures if (c.high or c.low) is not None], default=low)
    else:
        low = best = high = 0
    if floor > (best or 0):
        best = floor
    low = max(low or 0, floor) if floor else low
    high = max(high or 0, best or 0)
    return Count(low=low, best=best, high=high)


def _is_figure(claim: Claim) -> bool:
    """A stated figure ("over 20"), as opposed to a vague word ("several")."""
    return any(ch.isdigit() for ch in claim.value) or claim.value.split()[-1].lower() not in {
        "several", "some", "many", "few", "dozens", "hundreds", "numerous", "scores", "mehrere", "plusieurs", "varios",
    }


def _subgroups(claims: list[Claim], articles: dict[str, Article], parties: frozenset[str] = frozenset()) -> list[Subgroup]:
    groups: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.who:
            groups[c.who_country or c.who.lower()].append(c)
    result = []
    for _, members in groups.items():
        label = Counter(c.who for c in members).most_common(1)[0][0]
        killed = reconcile_count([c for c in members if c.field == "killed"], articles, parties=parties)
        injured = reconcile_count([c for c in members if c.field == "injured"], articles, parties=parties)
        result.append(Subgroup(who=label or "", country_code=members[0].who_country, killed=killed, injured=injured))
    return sorted(result, key=lambda s: s.who)


def _contains(outer: Place, inner: Place) -> bool:
    if outer.country_code and inner.country_code and outer.country_code != inner.country_code:
        return False
    if outer.precision == "country":
        return True
    if outer.precision == "admin1":
        return bool(inner.admin1) and inner.admin1 == outer.admin1
    return outer.geonames_id == inner.geonames_id if outer.geonames_id else outer.name == inner.name


def _location(mentions: list[Mention]) -> tuple[Place | None, list[Disagreement]]:
    places = [(m, m.location) for m in mentions if m.location is not None]
    if not places:
        return None, []
    # The place most others agree with (contain or equal), finest first; the rest disagree.
    best = max(places, key=lambda mp: (sum(1 for _, o in places if _contains(o, mp[1]) or o == mp[1]),
                                       -_PRECISION_RANK.get(mp[1].precision, 5)))[1]
    conflicting: dict[str, set[str]] = defaultdict(set)
    for m, place in places:
        if not (_contains(place, best) or _contains(best, place)):
            conflicting[_place_label(place)].add(m.article)
    disagreements = []
    if conflicting:
        agreeing = {m.article for m, p in places if _contains(p, best) or _contains(best, p)}
        values = [(_place_label(best), tuple(sorted(agreeing)))] + [(k, tuple(sorted(v))) for k, v in sorted(conflicting.items())]
        disagreements.append(Disagreement("place", tuple(values)))
    return best, disagreements


def _place_label(place: Place) -> str:
    return ", ".join(x for x in (place.name, place.admin1 if place.admin1 != place.name else None, place.country_code) if x)


def _dates(claims: list[Claim], mentions: list[Mention], articles: dict[str, Article]) -> tuple[str | None, str | None, list[Disagreement]]:
    days = [c for c in claims if c.field == "date" and c.normalized]
    by_day: dict[str, list[Claim]] = defaultdict(list)
    for c in days:
        by_day[c.normalized].append(c)  # type: ignore[index]
    if not by_day:
        dated = [m for m in mentions if m.date]
        if not dated:
            return None, None, []
        m = min(dated, key=lambda m: m.date)  # type: ignore[arg-type, return-value]
        return m.date, m.date_precision, []
    day = max(by_day, key=lambda d: (_support(by_day[d], articles), len(by_day[d]), d))
    precision = next((m.date_precision for m in mentions if m.date == day), "day")
    disagreements = []
    if len(by_day) > 1:
        values = tuple((d, tuple(sorted({c.article for c in by_day[d]}))) for d in sorted(by_day, key=lambda d: d != day))
        disagreements.append(Disagreement("date", values))
    return day, precision, disagreements


def _count_disagreement(field: str, claims: list[Claim]) -> list[Disagreement]:
    totals = [c for c in claims if c.field == field and not c.who and _is_figure(c)]
    values: dict[str, set[str]] = defaultdict(set)
    for c in totals:
        values[_range_label(c)].add(c.article)
    if len(values) < 2:
        return []
    return [Disagreement(field, tuple((v, tuple(sorted(a))) for v, a in sorted(values.items())))]


def _range_label(c: Claim) -> str:
    if c.low == c.high:
        return str(c.low)
    if c.high is None:
        return f"{c.low} or more"
    if c.low is None:
        return f"up to {c.high}"
    return f"{c.low}-{c.high}"


def _actors(mentions: list[Mention]) -> tuple[list[Actor], list[Disagreement]]:
    seen: dict[tuple, list[Actor]] = defaultdict(list)
    for m in mentions:
        for a in m.actors:
            seen[(a.country_code, a.sector, a.role)].append(a)
    actors = [Counter(a.name for a in group).most_common(1)[0][0] for group in seen.values()]
    merged = [Actor(name, key[0], key[1], key[2], country_from_place=all(a.country_from_place for a in group))
              for name, key, group in zip(actors, seen.keys(), seen.values())]
    # Drop a vaguer duplicate: a recipient without country when a coded one has the same sector.
    merged = [a for a in merged if a.country_code or not any(b.country_code and b.sector == a.sector and b.role == a.role for b in merged)]
    perpetrators: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        for a in m.actors:
            if a.role == "actor" and a.country_code:
                perpetrators[a.country_code].add(m.article)
    disagreements = []
    if len(perpetrators) > 1:
        disagreements.append(Disagreement("perpetrator", tuple((k, tuple(sorted(v))) for k, v in sorted(perpetrators.items()))))
    merged.sort(key=lambda a: (a.role != "actor", a.name))
    return merged, disagreements


def reconcile(event_id: str, mentions: list[Mention], articles: dict[str, Article]) -> Event:
    """The fused event for `mentions`, every field traced to its claims."""
    raw = [c for m in mentions for c in m.claims]
    refs = claim_origins(raw, articles)
    claims = [replace(c, origin=ref.key) for c, ref in zip(raw, refs)]
    weights: Counter[str] = Counter()
    for m in mentions:
        weights[m.event_type] += 2 if m.is_main else 1
    event_type = weights.most_common(1)[0][0]
    typed = [m for m in mentions if m.event_type == event_type]
    mode = _majority(m.mode for m in typed)
    sub_event_type = _majority(m.sub_event_type for m in typed)
    day, precision, date_disagreements = _dates(claims, mentions, articles)
    location, place_disagreements = _location(mentions)
    actors, actor_disagreements = _actors(mentions)
    parties = frozenset(a.country_code for a in actors if a.country_code)
    counts = [c for c in claims if c.field in {"killed", "injured"}]
    subgroups = _subgroups(counts, articles, parties)
    totals: dict[str, Count | None] = {}
    for field in ("killed", "injured"):
        # A total covers its sub-groups, but a party's own figure for a sub-group ("40 Ukrainian soldiers",
        # says Russia's defence ministry) only raises the high when neutral sources give figures too.
        stated = [c for c in counts if c.field == field]
        neutral = [c for c in stated if not is_partisan(c.origin, set(parties))]
        trusted = _subgroups(neutral, articles, parties) if neutral and len(neutral) < len(stated) else subgroups
        floor = max((getattr(s, field).best or 0 for s in trusted if getattr(s, field)), default=0)
        unqualified = [c for c in stated if not c.who]
        total = reconcile_count(unqualified, articles, floor, parties)
        ceiling = max((getattr(s, field).high or 0 for s in subgroups if getattr(s, field)), default=0)
        if total is not None and ceiling > (total.high or 0):
            total = Count(total.low, total.best, ceiling)
        totals[field] = total
    disagreements = (date_disagreements + place_disagreements + _count_disagreement("killed", claims)
                     + _count_disagreement("injured", claims) + actor_disagreements)
    event_origins = origins(raw, articles, refs)
    return Event(
        id=event_id,
        event_type=event_type,
        mode=mode,
        sub_event_type=sub_event_type,
        date=day,
        date_end=day,
        date_precision=precision,  # type: ignore[arg-type]
        location=location,
        actors=actors,
        killed=totals["killed"],
        injured=totals["injured"],
        subgroups=subgroups,
        articles=sorted({m.article for m in mentions}),
        origins=event_origins,
        disagreements=[_with_origins(d, claims, {o.key: o.name for o in event_origins}) for d in disagreements],
        claims=claims,
        mentions=[m.id for m in mentions],
    )


def _with_origins(d: Disagreement, claims: list[Claim], names: dict[str, str]) -> Disagreement:
    """The origins behind each side of a disagreement: those of the claims of the field that state it,
    or, for a side known only by its articles (a perpetrator, a place), of those articles' claims."""
    sides = []
    for value, article_ids in d.values:
        stating = [c for c in claims if c.field == d.field and c.article in article_ids and _states(c, d.field, value)]
        behind = stating or [c for c in claims if c.article in article_ids]
        keys = list(dict.fromkeys(c.origin for c in behind if c.origin))
        sides.append(tuple(names.get(k, k) for k in keys))
    return replace(d, origins=tuple(sides))


def _states(claim: Claim, field: str, value: str) -> bool:
    if field == "date":
        return claim.normalized == value
    if field in ("killed", "injured"):
        return not claim.who and _range_label(claim) == value
    return False


def _majority(values: Iterable[str | None]) -> str | None:
    counted = Counter(v for v in values if v)
    return counted.most_common(1)[0][0] if counted else None
