"""The JSON export: fused events as the `eventfuse.events/1` document.

This is the contract every consumer reads (tests, benchmarks, notebooks), so the
mapping from the data model lives here once and the document is checked against
`events.schema.json`, which ships beside this module. Typical use:
`write_json(events, "out/events.json")`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import IO, Any

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import best_match

from eventfuse.fuse.origins import citations, is_partisan, support
from eventfuse.model import Actor, Claim, Count, Disagreement, Event, Origin, Place, Subgroup

SCHEMA_NAME = "eventfuse.events/1"
SCHEMA_FILE = "events.schema.json"


class ExportSchemaError(ValueError):
    """An export document that breaks `events.schema.json`; `path` is the JSON path of the fault."""

    def __init__(self, message: str, path: str) -> None:
        super().__init__(message)
        self.path = path


def to_document(events: Iterable[Event]) -> dict[str, Any]:
    """Map fused events to the export document, ordered by date (undated last), then id.

    >>> to_document([Event(id="e1", event_type="ASSAULT")])["events"][0]["killed"] is None
    True
    """
    ordered = sorted(events, key=lambda e: (e.date is None, e.date or "", e.id))
    return {"schema": SCHEMA_NAME, "events": [_event(e) for e in ordered]}


def validate(document: Any) -> None:
    """Raise `ExportSchemaError` naming the JSON path of the worst fault, if `document` breaks the schema.

    >>> validate({"schema": "eventfuse.events/1", "events": []})
    """
    errors = list(_validator().iter_errors(document))
    if not errors:
        return
    worst = best_match(errors)
    more = f" ({len(errors) - 1} more problem(s) in the document)" if len(errors) > 1 else ""
    raise ExportSchemaError(
        f"export document breaks {SCHEMA_NAME} at {worst.json_path}: {worst.message}{more}",
        worst.json_path,
    )


def write_json(events: Iterable[Event], path_or_file: str | os.PathLike[str] | IO[str]) -> dict[str, Any]:
    """Validate and write events as UTF-8 JSON (indent 2, non-ASCII kept as is); return the document.

    `path_or_file` is a file path or a text file object opened for writing.
    """
    document = to_document(events)
    # Validate before touching the file, so a bad run never leaves a half-right export behind.
    validate(document)
    if isinstance(path_or_file, (str, os.PathLike)):
        with open(path_or_file, "w", encoding="utf-8") as out:
            _dump(document, out)
    else:
        _dump(document, path_or_file)
    return document


def _dump(document: dict[str, Any], out: IO[str]) -> None:
    json.dump(document, out, ensure_ascii=False, indent=2)
    out.write("\n")


@cache
def schema() -> dict[str, Any]:
    """The export's JSON Schema, read once from the package data."""
    text = resources.files(__package__).joinpath(SCHEMA_FILE).read_text(encoding="utf-8")
    return json.loads(text)


@cache
def _validator() -> Draft202012Validator:
    # FormatChecker makes "format": "date" reject impossible dates such as 2024-02-30.
    return Draft202012Validator(schema(), format_checker=FormatChecker())


def _event(event: Event) -> dict[str, Any]:
    names = {o.key: o.name for o in event.origins}
    parties = {a.country_code for a in event.actors if a.country_code}
    return {
        "id": event.id,
        "event_type": event.event_type,
        "mode": event.mode,
        "sub_event_type": event.sub_event_type,
        "date": event.date,
        "date_end": event.date_end,
        "date_precision": event.date_precision,
        "location": place_record(event.location),
        "actors": [_actor(a) for a in event.actors],
        "killed": _count(event.killed),
        "injured": _count(event.injured),
        "subgroups": [_subgroup(s) for s in event.subgroups],
        "articles": list(event.articles),
        "origins": [_origin(o, parties) for o in event.origins],
        "disagreements": [_disagreement(d) for d in event.disagreements],
        "claims": [_claim(c, names, n, parties) for c, n in zip(event.claims, support(event.claims))],
        # Added fields (eventfuse.events/1 allows them): see events.schema.json.
        "aliases": list(event.aliases),
        "citations": [{"carrier": a, "source": b, "articles": list(arts)} for a, b, arts in citations(event.claims)],
    }


def _count(count: Count | None) -> dict[str, int | None] | None:
    if count is None:
        return None
    return {"low": count.low, "best": count.best, "high": count.high}


def place_record(place: Place | None) -> dict[str, Any] | None:
    """A `Place` as the contract's location object (None stays None)."""
    if place is None:
        return None
    return {
        "name": place.name,
        "admin1": place.admin1,
        "country_code": place.country_code,
        "lat": place.lat,
        "lon": place.lon,
        "geonames_id": place.geonames_id,
        "precision": place.precision,
    }


def _actor(actor: Actor) -> dict[str, Any]:
    return {"name": actor.name, "country_code": actor.country_code, "sector": actor.sector, "role": actor.role}


def _subgroup(subgroup: Subgroup) -> dict[str, Any]:
    return {
        "who": subgroup.who,
        "country_code": subgroup.country_code,
        "killed": _count(subgroup.killed),
        "injured": _count(subgroup.injured),
    }


def _origin(origin: Origin, parties: set[str]) -> dict[str, Any]:
    return {"name": origin.name, "via": list(origin.via), "articles": list(origin.articles),
            "circular": origin.key.startswith("circular:"), "partisan": is_partisan(origin.key, parties)}


def _disagreement(disagreement: Disagreement) -> dict[str, Any]:
    origins = list(disagreement.origins) + [()] * (len(disagreement.values) - len(disagreement.origins))
    return {
        "field": disagreement.field,
        "values": [{"value": value, "articles": list(articles), "origins": list(names)}
                   for (value, articles), names in zip(disagreement.values, origins)],
    }


def _claim(claim: Claim, names: dict[str, str], independent: int, parties: set[str]) -> dict[str, Any]:
    return {
        "origin": names.get(claim.origin) if claim.origin else None,
        "independent_origins": independent,
        "partisan": is_partisan(claim.origin, parties),
        "field": claim.field,
        "value": claim.value,
        "low": claim.low,
        "high": claim.high,
        "hedged": claim.hedged,
        "article": claim.article,
        "span": list(claim.span),
        "attribution": list(claim.attribution),
        "who": claim.who,
    }
