"""fuse stage: mentions from many reports → events, each reconciled from its claims.

`fuse(mentions, candidates, articles)` adds the new mentions to the candidate events (or
founds new ones) and returns every event that changed, reconciled.
"""

from __future__ import annotations

from eventfuse.fuse.clusters import assign, compare, event_id
from eventfuse.fuse.origins import origins
from eventfuse.fuse.reconcile import reconcile
from eventfuse.model import Article, Event, Mention


def fuse(mentions: list[Mention], candidates: dict[str, list[Mention]], articles: dict[str, Article]) -> list[Event]:
    """Events touched by `mentions`, reconciled from all their members."""
    touched = assign(mentions, candidates, articles)
    return [reconcile(eid, members, articles) for eid, members in touched.items()]


__all__ = ["assign", "compare", "event_id", "fuse", "origins", "reconcile"]
