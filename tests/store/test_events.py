"""save_event() upserts; events() lists; delete_event() unassigns mentions; reports attached by their text follow their event."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta, timezone

from eventfuse.model import Article, Event, Mention, Origin
from eventfuse.store import Store


def test_saving_an_event_twice_updates_it_and_replaces_its_origins(store: Store, article, mention, event):
    with store.transaction() as tx:
        tx.add_article(article)
        tx.add_mentions([mention])
        tx.save_event(event)

    revised = dataclasses.replace(
        event,
        date_end=None,
        origins=[Origin(name="the depot's owner", via=("Radio Sumy",), articles=("courier-001",), key="owner")],
        claims=[],
    )
    with store.transaction() as tx:
        tx.save_event(revised)
        tx.save_event(revised)

    assert store.counts() == {"articles": 1, "mentions": 1, "claims": 1, "events": 1, "origins": 1}
    assert store.event(event.id) == revised
    assert store.mentions_of(event.id) == [mention]


def test_membership_follows_the_latest_save(store: Store):
    with store.transaction() as tx:
        tx.add_article(Article(id="a", text="Two clashes were reported."))
        first = Mention(article="a", index=0, event_type="ASSAULT", span=(0, 3))
        second = Mention(article="a", index=1, event_type="ASSAULT", span=(4, 8))
        tx.add_mentions([first, second])
        tx.save_event(Event(id="e1", event_type="ASSAULT", mentions=[second.id, first.id]))

    assert [m.id for m in store.mentions_of("e1")] == ["a#1", "a#0"]  # in the event's order

    # Fusion decides the second mention is a separate event after all.
    with store.transaction() as tx:
        tx.save_event(Event(id="e2", event_type="ASSAULT", mentions=[second.id]))
        tx.save_event(Event(id="e1", event_type="ASSAULT", mentions=[first.id]))

    assert store.event("e1").mentions == ["a#0"]
    assert store.event("e2").mentions == ["a#1"]


def test_deleting_a_merged_event_keeps_its_mentions(store: Store):
    with store.transaction() as tx:
        tx.add_article(Article(id="a", text="A clash."))
        tx.add_mentions([Mention(article="a", index=0, event_type="ASSAULT", span=(0, 8))])
        tx.save_event(Event(id="old", event_type="ASSAULT", mentions=["a#0"], origins=[Origin(name="x")]))
    with store.transaction() as tx:
        assert tx.delete_event("old") is True
        assert tx.delete_event("old") is False

    assert store.events() == []
    assert store.counts() == {"articles": 1, "mentions": 1, "claims": 0, "events": 0, "origins": 0}


def test_events_are_listed_by_date_then_id_with_undated_last(store: Store):
    with store.transaction() as tx:
        for event_id, date in [("b", "2024-10-02"), ("z", None), ("a", "2024-10-02"), ("c", "2024-10-01")]:
            tx.save_event(Event(id=event_id, event_type="ASSAULT", date=date))

    assert [e.id for e in store.events()] == ["c", "a", "b", "z"]
    assert [e.id for e in store.events(limit=2)] == ["c", "a"]


def test_an_attached_report_is_listed_with_the_event_follows_a_merge_and_waits_again_when_the_event_goes(store: Store):
    with store.transaction() as tx:
        tx.add_article(Article(id="told", text="A clash at the depot."))
        tx.add_mentions([Mention(article="told", index=0, event_type="ASSAULT", span=(0, 8))])
        tx.add_article(Article(id="quiet", text="Smoke over the depot."))  # no mention of its own
        tx.save_event(Event(id="small", event_type="ASSAULT", mentions=["told#0"], articles=["told"]))
        assert [a.id for a in tx.waiting_reports(None, None)] == ["quiet"]
        tx.attach_reports({"quiet": "small"})
        assert tx.waiting_reports(None, None) == []
    assert store.event("small").articles == ["told", "quiet"]

    with store.transaction() as tx:
        tx.save_event(Event(id="big", event_type="ASSAULT", mentions=["told#0"], articles=["told"], aliases=["small"]))
    assert store.event("big").articles == ["told", "quiet"]

    with store.transaction() as tx:
        tx.delete_event("big")
        assert [a.id for a in tx.waiting_reports(None, None)] == ["quiet"]


def test_waiting_reports_are_those_published_in_the_window_or_undated(store: Store):
    kyiv = timezone(timedelta(hours=2))
    with store.transaction() as tx:
        tx.add_article(Article(id="early", text="x", published=datetime(2024, 9, 20, 9, tzinfo=kyiv)))
        tx.add_article(Article(id="inside", text="x", published=datetime(2024, 10, 2, 9, tzinfo=kyiv)))
        tx.add_article(Article(id="undated", text="x"))
        tx.add_article(Article(id="background", text="x", published=datetime(2024, 10, 2, 9, tzinfo=kyiv)))
        tx.add_mentions([Mention(article="background", index=0, event_type="ASSAULT", span=(0, 1), background=True)])
        tx.add_article(Article(id="news", text="x", published=datetime(2024, 10, 2, 9, tzinfo=kyiv)))
        tx.add_mentions([Mention(article="news", index=0, event_type="ASSAULT", span=(0, 1))])
        found = [a.id for a in tx.waiting_reports("2024-09-30", "2024-10-04")]
    # An article whose only mentions are background is a report too; one with a news mention is not.
    assert found == ["background", "inside", "undated"]
