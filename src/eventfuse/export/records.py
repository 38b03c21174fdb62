"""Per-article records, in the vocabulary of the export contract, for commands that work
without a store (`eventfuse extract`)."""

from __future__ import annotations

from typing import Any

from eventfuse.export.document import place_record as _place
from eventfuse.model import Actor, Claim, Mention, Place, PlaceName


def _toponym(name: PlaceName) -> dict[str, Any]:
    return {"text": name.text, "span": list(name.span), "event_location": name.is_event_location, "place": _place(name.place)}


def _actor(actor: Actor) -> dict[str, Any]:
    return {"name": actor.name, "country_code": actor.country_code, "sector": actor.sector, "role": actor.role,
            "span": list(actor.span) if actor.span else None, "country_from_place": actor.country_from_place}


def _count(claims: list[Claim], field: str, subgroup: bool) -> list[dict[str, Any]]:
    return [
        {"value": c.value, "low": c.low, "high": c.high, "span": list(c.span), "who": c.who, "hedged": c.hedged,
         "attribution": list(c.attribution)}
        for c in claims if c.field == field and bool(c.who) == subgroup
    ]


def mention_record(mention: Mention) -> dict[str, Any]:
    """One mention as a JSON-ready dict: type, date, places, actors, counts, attribution, span."""
    chain = next((c.attribution for c in mention.claims if len(c.attribution) > 1), None)
    return {
        "event_type": mention.event_type,
        "mode": mention.mode,
        "sub_event_type": mention.sub_event_type,
        "main": mention.is_main,
        "background": mention.background,
        "trigger": mention.trigger,
        "date": mention.date,
        "date_precision": mention.date_precision,
        "date_reason": mention.date_reason,
        "location": _place(mention.location),
        "places": [_toponym(p) for p in mention.places],
        "actors": [_actor(a) for a in mention.actors],
        # A mention that states no total, only figures of named groups ("killing three Palestinians"), lists those:
        # they are all it says was killed (fusion floors the total by them the same way).
        "killed": _count(mention.claims, "killed", subgroup=False) or _count(mention.claims, "killed", subgroup=True),
        "injured": _count(mention.claims, "injured", subgroup=False) or _count(mention.claims, "injured", subgroup=True),
        "subgroups": _count(mention.claims, "killed", subgroup=True) + _count(mention.claims, "injured", subgroup=True),
        "arrested": _count(mention.claims, "arrested", subgroup=False),
        "displaced": _count(mention.claims, "displaced", subgroup=False),
        "attribution": list(chain) if chain else [],
        "hedged": mention.hedged,
        "span": list(mention.span),
    }


def article_record(article_id: str, mentions: list[Mention]) -> dict[str, Any]:
    """`{"id": ..., "mentions": [...]}` for one article, main mention first."""
    ordered = sorted(mentions, key=lambda m: (not m.is_main, m.index))
    return {"id": article_id, "mentions": [mention_record(m) for m in ordered]}


def geoparse_record(article_id: str, places: list[PlaceName], location: Place | None) -> dict[str, Any]:
    """`{"id", "toponyms": [...], "location": ...}` for one article, as `eventfuse geoparse` writes it:
    every toponym with its span and what it resolved to, and where the event happened."""
    return {"id": article_id, "toponyms": [_toponym(p) for p in places], "location": _place(location)}
