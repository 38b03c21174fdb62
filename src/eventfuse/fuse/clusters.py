"""Clustering: which existing event, if any, a new mention tells.

Candidates are blocked by date window and country by the caller (the store returns the
events that overlap); here each pair is scored. Hard rules come first: a different event
type, two different stated days, or places that cannot both be right (different countries,
different first-level regions, towns more than 60 km apart) never merge. Among the
compatible events the best score wins: agreement on the day, on the place, on actors, on
counts and on the words used. Mentions are processed one at a time, so an event grows as
reports arrive, without re-clustering the corpus.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass

from rapidfuzz import fuzz

from eventfuse.model import Article, Mention, Place

# Reports may date an event by their own publication day when the text gives none.
_UNDATED_SLACK_DAYS = 3
_MAX_KM = 60.0
_THRESHOLD = 0.45


def event_id(founder: Mention) -> str:
    """A stable id from the mention that founded the event: same input, same ids."""
    return "ev-" + hashlib.sha1(founder.id.encode("utf-8")).hexdigest()[:12]


def _km(a: Place, b: Place) -> float | None:
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))  # type: ignore[arg-type]
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def _stated_day(m: Mention) -> str | None:
    """The day the text states, or None when the date is the publication-day fallback."""
    if m.date_precision == "day" and m.date_reason and not m.date_reason.startswith("no date"):
        return m.date
    return None


def _days_apart(a: str, b: str) -> int:
    from datetime import date

    return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)


@dataclass(frozen=True)
class Decision:
    compatible: bool
    score: float
    why: str


def _place_score(a: Place | None, b: Place | None) -> tuple[bool, float]:
    if a is None or b is None:
        return True, 0.3
    if a.country_code and b.country_code and a.country_code != b.country_code:
        return False, 0.0
    if a.precision == "country" or b.precision == "country":
        return True, 0.4
    if a.admin1 and b.admin1 and a.admin1 != b.admin1:
        return False, 0.0
    if a.precision == "admin1" or b.precision == "admin1":
        return True, 0.6
    if a.geonames_id is not None and a.geonames_id == b.geonames_id:
        return True, 1.0
    km = _km(a, b)
    if km is not None and km > _MAX_KM:
        return False, 0.0
    return True, 0.8 if km is not None and km < 15 else 0.5


def compare(mention: Mention, members: list[Mention]) -> Decision:
    """Whether `mention` can tell the same event as `members`, and how strongly it looks so."""
    if not members:
        return Decision(False, 0.0, "empty event")
    if any(m.article == mention.article for m in members):
        return Decision(False, 0.0, "the article already tells this event; its other mentions are other events")
    types = {m.event_type for m in members}
    if mention.event_type not in types:
        return Decision(False, 0.0, f"type {mention.event_type} vs {sorted(types)}")
    day = _stated_day(mention)
    days = {d for d in (_stated_day(m) for m in members) if d}
    if day and days and day not in days:
        return Decision(False, 0.0, f"stated day {day} vs {sorted(days)}")
    if day is None and days and mention.date:
        # An undated report can only join an event from the few days before it.
        if min(_days_apart(mention.date, d) for d in days) > _UNDATED_SLACK_DAYS:
            return Decision(False, 0.0, "undated report too far from the event's day")
    if day and not days:
        fallback = {m.date for m in members if m.date}
        if fallback and min(_days_apart(day, d) for d in fallback) > _UNDATED_SLACK_DAYS:  # type: ignore[arg-type]
            return Decision(False, 0.0, "event's reports are too far from this day")
    place_scores = []
    for m in members:
        ok, score = _place_score(mention.location, m.location)
        if not ok:
            return Decision(False, 0.0, f"place {mention.location and mention.location.name} vs {m.location and m.location.name}")
        place_scores.append(score)
    date_score = 1.0 if day and day in days else 0.5
    text = max(fuzz.token_set_ratio(mention.text, m.text) for m in members) / 100.0
    mine = {(a.country_code, a.role) for a in mention.actors if a.country_code}
    theirs = {(a.country_code, a.role) for m in members for a in m.actors if a.country_code}
    actor_score = len(mine & theirs) / len(mine | theirs) if mine and theirs else 0.3
    score = 0.35 * max(place_scores) + 0.3 * date_score + 0.2 * text + 0.15 * actor_score
    return Decision(True, score, f"place {max(place_scores):.2f} date {date_score:.2f} text {text:.2f} actors {actor_score:.2f}")


def assign(
    mentions: list[Mention], events: dict[str, list[Mention]], articles: dict[str, Article] | None = None
) -> dict[str, list[Mention]]:
    """Add each news mention to the best compatible event, or found a new one.

    `events` maps existing event ids to their member mentions (the store's candidates);
    returns every event that gained a mention, with all its members. Background mentions
    are left out: they are context, not news.
    """
    events = {k: list(v) for k, v in events.items()}
    touched: dict[str, list[Mention]] = {}
    for mention in mentions:
        if mention.background:
            continue
        best: tuple[float, str] | None = None
        for eid, members in events.items():
            if any(m.id == mention.id for m in members):
                best = (2.0, eid)  # already a member: re-ingesting changes nothing
                break
            decision = compare(mention, members)
            if decision.compatible and decision.score >= _THRESHOLD and (best is None or decision.score > best[0]):
                best = (decision.score, eid)
        if best is None:
            eid = event_id(mention)
            events[eid] = [mention]
        else:
            eid = best[1]
            if all(m.id != mention.id for m in events[eid]):
                events[eid].append(mention)
        touched[eid] = events[eid]
    return touched
