"""fuse stage: mentions from many reports → events, each reconciled from its claims.

`fuse(mentions, candidates, articles)` adds the new mentions to the candidate events (or
founds new ones) and returns every event that changed, reconciled; `fuse_reports` also attaches
reports in which no news mention was found to the event their text tells. An event that another
absorbed is not returned; its id is listed in the survivor's `aliases`, for the store to
keep resolving it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from eventfuse.fuse.clusters import Assignment, assign, compare, event_id
from eventfuse.fuse.origins import origins
from eventfuse.fuse.reconcile import reconcile
from eventfuse.model import Article, Event, Mention


@dataclass
class Fused:
    """What one call of fusion did: the events that changed, reconciled, and the reports (articles with no
    news mention) it attached by their text, article id -> event id."""

    events: list[Event]
    reports: dict[str, str] = field(default_factory=dict)


def fuse(mentions: list[Mention], candidates: dict[str, list[Mention]], articles: dict[str, Article]) -> list[Event]:
    """Events touched by `mentions`, reconciled from all their members."""
    return fuse_reports(mentions, candidates, articles).events


def fuse_reports(
    mentions: list[Mention], candidates: dict[str, list[Mention]], articles: dict[str, Article], reports: Sequence[Article] = ()
) -> Fused:
    """As `fuse`, and attach each of `reports` (articles in which no news mention was found) to the event its
    text tells, if one is alike enough (`clusters.REPORT_THRESHOLD`), clustered with the rest by its words."""
    done = assign(mentions, candidates, articles, reports)
    events = [
        replace(reconcile(eid, members, articles), aliases=list(done.aliases.get(eid, [])))
        for eid, members in done.events.items()
    ]
    return Fused(events, done.reports)


__all__ = ["Assignment", "Fused", "assign", "compare", "event_id", "fuse", "fuse_reports", "origins", "reconcile"]
