"""fuse stage: mentions from many reports → events, each reconciled from its claims.

`fuse(mentions, candidates, articles)` adds the new mentions to the candidate events (or
founds new ones) and returns every event that changed, reconciled. An event that another
absorbed is not returned; its id is listed in the survivor's `aliases`, for the store to
keep resolving it.
"""

from __future__ import annotations

from dataclasses import replace

from eventfuse.fuse.clusters import Assignment, assign, compare, event_id
from eventfuse.fuse.origins import origins
from eventfuse.fuse.reconcile import reconcile
from eventfuse.model import Article, Event, Mention


def fuse(mentions: list[Mention], candidates: dict[str, list[Mention]], articles: dict[str, Article]) -> list[Event]:
    """Events touched by `mentions`, reconciled from all their members."""
    done = assign(mentions, candidates, articles)
    return [
        replace(reconcile(eid, members, articles), aliases=list(done.aliases.get(eid, [])))
        for eid, members in done.events.items()
    ]


__all__ = ["Assignment", "assign", "compare", "event_id", "fuse", "origins", "reconcile"]
