"""How the data model's dataclasses become table rows and back.

Every conversion between `eventfuse.model` and the tables in `schema.py` lives here, so
that a field added to the model has one place to be stored. The rule is exactness: what
`*_from_row` returns compares equal to what `*_row` was given, tuples stay tuples and
datetimes keep their UTC offset.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Mapping

from eventfuse.model import (
    Actor,
    Article,
    Claim,
    Count,
    Disagreement,
    Event,
    Mention,
    Origin,
    Place,
    PlaceName,
    Subgroup,
)

Row = Mapping[str, Any]


# -- articles ---------------------------------------------------------------------------


def article_row(article: Article, fingerprint: bytes | None, ingested_at: datetime) -> dict[str, Any]:
    published = article.published
    return {
        "id": article.id,
        "outlet": article.outlet,
        "url": article.url,
        "published": published.isoformat() if published is not None else None,
        "published_utc": _as_utc(published) if published is not None else None,
        "language": article.language,
        "title": article.title,
        "text": article.text,
        "source": article.source,
        "copy_of": article.copy_of,
        "fingerprint": fingerprint,
        "ingested_at": ingested_at,
    }


def article_from_row(row: Row) -> Article:
    return Article(
        id=row["id"],
        text=row["text"],
        outlet=row["outlet"],
        url=row["url"],
        published=datetime.fromisoformat(row["published"]) if row["published"] is not None else None,
        language=row["language"],
        title=row["title"],
        source=row["source"],
        copy_of=row["copy_of"],
    )


def _as_utc(moment: datetime) -> datetime:
    # A naive time says nothing about its zone; reading it as UTC at least sorts it
    # consistently, and the exact text is kept in `published` anyway.
    if moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


# -- mentions and claims ----------------------------------------------------------------


def mention_row(mention: Mention) -> dict[str, Any]:
    """The mentions row, without `event_id`/`event_position`: those belong to save_event."""
    return {
        "id": mention.id,
        "article": mention.article,
        "index": mention.index,
        "event_type": mention.event_type,
        "mode": mention.mode,
        "sub_event_type": mention.sub_event_type,
        "is_main": mention.is_main,
        "background": mention.background,
        "trigger": mention.trigger,
        "date": mention.date,
        "date_precision": mention.date_precision,
        "date_reason": mention.date_reason,
        "span_start": mention.span[0],
        "span_end": mention.span[1],
        "hedged": mention.hedged,
        "text": mention.text,
        "places": [_place_name_json(name) for name in mention.places],
        "actors": [_actor_json(actor) for actor in mention.actors],
        "location": _place_json(mention.location),
    }


def mention_from_row(row: Row, claims: list[Claim]) -> Mention:
    return Mention(
        article=row["article"],
        index=row["index"],
        event_type=row["event_type"],
        span=(row["span_start"], row["span_end"]),
        trigger=row["trigger"],
        mode=row["mode"],
        sub_event_type=row["sub_event_type"],
        is_main=row["is_main"],
        background=row["background"],
        date=row["date"],
        date_precision=row["date_precision"],
        date_reason=row["date_reason"],
        places=[_place_name_from_json(item) for item in row["places"]],
        actors=[_actor_from_json(item) for item in row["actors"]],
        claims=claims,
        hedged=row["hedged"],
        text=row["text"],
        location=_place_from_json(row["location"]),
    )


def claim_row(claim: Claim, position: int, *, mention: str | None = None, event: str | None = None) -> dict[str, Any]:
    """A claims row owned by exactly one of `mention` or `event`."""
    return {
        "mention": mention,
        "event": event,
        "position": position,
        "field": claim.field,
        "value": claim.value,
        "article": claim.article,
        "span_start": claim.span[0],
        "span_end": claim.span[1],
        "attribution": list(claim.attribution),
        "attribution_countries": list(claim.attribution_countries),
        "hedged": claim.hedged,
        "low": claim.low,
        "high": claim.high,
        "who": claim.who,
        "who_country": claim.who_country,
        "normalized": claim.normalized,
        "origin": claim.origin,
    }


def claim_from_row(row: Row) -> Claim:
    return Claim(
        field=row["field"],
        value=row["value"],
        article=row["article"],
        span=(row["span_start"], row["span_end"]),
        attribution=tuple(row["attribution"]),
        attribution_countries=tuple(row["attribution_countries"]),
        hedged=row["hedged"],
        low=row["low"],
        high=row["high"],
        who=row["who"],
        who_country=row["who_country"],
        normalized=row["normalized"],
        origin=row["origin"],
    )


# -- events and origins -----------------------------------------------------------------


def event_row(event: Event, now: datetime) -> dict[str, Any]:
    """The events row; `created_at` is only written when the row is new."""
    place = event.location
    return {
        "id": event.id,
        "event_type": event.event_type,
        "mode": event.mode,
        "sub_event_type": event.sub_event_type,
        "date": event.date,
        "date_end": event.date_end,
        "date_precision": event.date_precision,
        "location_name": place.name if place else None,
        "location_admin1": place.admin1 if place else None,
        "country_code": place.country_code if place else None,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "geonames_id": place.geonames_id if place else None,
        "location_precision": place.precision if place else None,
        "location_feature_code": place.feature_code if place else None,
        "location_population": place.population if place else None,
        **_count_columns("killed", event.killed),
        **_count_columns("injured", event.injured),
        "actors": [_actor_json(actor) for actor in event.actors],
        "subgroups": [_subgroup_json(group) for group in event.subgroups],
        "disagreements": [_disagreement_json(item) for item in event.disagreements],
        "articles": list(event.articles),
        "created_at": now,
        "updated_at": now,
    }


def event_from_row(
    row: Row, *, claims: list[Claim], origins: list[Origin], mentions: list[str], aliases: list[str] | None = None
) -> Event:
    location = None
    if row["location_name"] is not None:
        location = Place(
            name=row["location_name"],
            country_code=row["country_code"],
            admin1=row["location_admin1"],
            lat=row["lat"],
            lon=row["lon"],
            geonames_id=row["geonames_id"],
            precision=row["location_precision"],
            feature_code=row["location_feature_code"],
            population=row["location_population"],
        )
    return Event(
        id=row["id"],
        event_type=row["event_type"],
        mode=row["mode"],
        sub_event_type=row["sub_event_type"],
        date=row["date"],
        date_end=row["date_end"],
        date_precision=row["date_precision"],
        location=location,
        actors=[_actor_from_json(item) for item in row["actors"]],
        killed=_count_from_columns("killed", row),
        injured=_count_from_columns("injured", row),
        subgroups=[_subgroup_from_json(item) for item in row["subgroups"]],
        articles=list(row["articles"]),
        origins=origins,
        disagreements=[_disagreement_from_json(item) for item in row["disagreements"]],
        claims=claims,
        mentions=mentions,
        aliases=list(aliases or []),
    )


def origin_row(event_id: str, position: int, origin: Origin) -> dict[str, Any]:
    return {
        "event": event_id,
        "position": position,
        "name": origin.name,
        "key": origin.key,
        "via": list(origin.via),
        "articles": list(origin.articles),
    }


def origin_from_row(row: Row) -> Origin:
    return Origin(name=row["name"], via=tuple(row["via"]), articles=tuple(row["articles"]), key=row["key"])


def _count_columns(prefix: str, count: Count | None) -> dict[str, Any]:
    return {
        f"has_{prefix}": count is not None,
        f"{prefix}_low": count.low if count else None,
        f"{prefix}_best": count.best if count else None,
        f"{prefix}_high": count.high if count else None,
    }


def _count_from_columns(prefix: str, row: Row) -> Count | None:
    if not row[f"has_{prefix}"]:
        return None
    return Count(low=row[f"{prefix}_low"], best=row[f"{prefix}_best"], high=row[f"{prefix}_high"])


# -- values kept as JSON ----------------------------------------------------------------
# JSON has lists, not tuples: every reader below turns spans and sequences back into the
# tuples the frozen dataclasses hold, or equality with the original would fail.


def _place_json(place: Place | None) -> dict[str, Any] | None:
    if place is None:
        return None
    return {
        "name": place.name,
        "country_code": place.country_code,
        "admin1": place.admin1,
        "lat": place.lat,
        "lon": place.lon,
        "geonames_id": place.geonames_id,
        "precision": place.precision,
        "feature_code": place.feature_code,
        "population": place.population,
    }


def _place_from_json(data: Mapping[str, Any] | None) -> Place | None:
    if data is None:
        return None
    return Place(**data)


def _place_name_json(name: PlaceName) -> dict[str, Any]:
    return {
        "text": name.text,
        "span": list(name.span),
        "place": _place_json(name.place),
        "is_event_location": name.is_event_location,
        "kind_hint": name.kind_hint,
    }


def _place_name_from_json(data: Mapping[str, Any]) -> PlaceName:
    return PlaceName(
        text=data["text"],
        span=tuple(data["span"]),
        place=_place_from_json(data["place"]),
        is_event_location=data["is_event_location"],
        kind_hint=data["kind_hint"],
    )


def _actor_json(actor: Actor) -> dict[str, Any]:
    return {
        "name": actor.name,
        "country_code": actor.country_code,
        "sector": actor.sector,
        "role": actor.role,
        "span": list(actor.span) if actor.span is not None else None,
        "country_from_place": actor.country_from_place,
    }


def _actor_from_json(data: Mapping[str, Any]) -> Actor:
    return Actor(
        name=data["name"],
        country_code=data["country_code"],
        sector=data["sector"],
        role=data["role"],
        span=tuple(data["span"]) if data["span"] is not None else None,
        country_from_place=bool(data.get("country_from_place", False)),
    )


def _count_json(count: Count | None) -> dict[str, Any] | None:
    if count is None:
        return None
    return {"low": count.low, "best": count.best, "high": count.high}


def _count_from_json(data: Mapping[str, Any] | None) -> Count | None:
    return Count(**data) if data is not None else None


def _subgroup_json(group: Subgroup) -> dict[str, Any]:
    return {
        "who": group.who,
        "country_code": group.country_code,
        "killed": _count_json(group.killed),
        "injured": _count_json(group.injured),
    }


def _subgroup_from_json(data: Mapping[str, Any]) -> Subgroup:
    return Subgroup(
        who=data["who"],
        country_code=data["country_code"],
        killed=_count_from_json(data["killed"]),
        injured=_count_from_json(data["injured"]),
    )


def _disagreement_json(item: Disagreement) -> dict[str, Any]:
    # The same shape as the export contract: {"field", "values": [{"value", "articles", "origins"}]}.
    values: list[dict[str, Any]] = [{"value": value, "articles": list(articles)} for value, articles in item.values]
    if item.origins:
        for entry, names in zip(values, item.origins):
            entry["origins"] = list(names)
    return {"field": item.field, "values": values}


def _disagreement_from_json(data: Mapping[str, Any]) -> Disagreement:
    kept = any("origins" in entry for entry in data["values"])
    return Disagreement(
        field=data["field"],
        values=tuple((entry["value"], tuple(entry["articles"])) for entry in data["values"]),
        # Rows written before origins were kept have none.
        origins=tuple(tuple(entry.get("origins") or ()) for entry in data["values"]) if kept else (),
    )
