"""Round trips: what the store is given is what it gives back, field for field."""

from __future__ import annotations

import dataclasses
from datetime import datetime

from eventfuse.model import Article, Count, Event, Mention
from eventfuse.store import Store


def test_the_examples_set_every_field(article, mention, event):
    # If the data model gains a field, this fails first: store it in rows.py and
    # schema.py (with a migration), then give it a value in conftest.py.
    seen: set[str] = set()
    set_somewhere: set[str] = set()

    def walk(obj):
        for field in dataclasses.fields(obj):
            name = f"{type(obj).__name__}.{field.name}"
            value = getattr(obj, field.name)
            default = field.default_factory() if field.default_factory is not dataclasses.MISSING else field.default
            seen.add(name)
            if value != default:
                set_somewhere.add(name)
            for item in value if isinstance(value, (list, tuple)) else [value]:
                if dataclasses.is_dataclass(item):
                    walk(item)

    for example in (article, mention, event):
        walk(example)
    assert sorted(seen - set_somewhere) == []


def test_article_round_trip_keeps_its_utc_offset(store: Store, article: Article):
    with store.transaction() as tx:
        tx.add_article(article)

    stored = store.article("courier-001")
    assert stored == article
    assert stored.published.utcoffset() == article.published.utcoffset()
    assert stored.published.isoformat() == "2024-10-08T21:15:30.250000+03:00"


def test_article_with_a_naive_time_and_no_metadata(store: Store):
    bare = Article(id="bare", text="Только текст. نص فقط.", published=datetime(2024, 1, 2, 3, 4, 5))
    with store.transaction() as tx:
        tx.add_article(bare)

    assert store.article("bare") == bare
    assert store.article("bare").published.tzinfo is None


def test_mention_round_trip_with_claims_places_actors_and_location(store, article, mention, event):
    with store.transaction() as tx:
        tx.add_article(article)
        tx.add_mentions([mention])
        tx.save_event(event)

    [stored] = store.mentions_of(event.id)
    assert stored == mention
    assert isinstance(stored.span, tuple)
    assert isinstance(stored.places[0].span, tuple)
    assert isinstance(stored.actors[0].span, tuple)


def test_claim_keeps_tuples(store, article, mention, event, claim):
    with store.transaction() as tx:
        tx.add_article(article)
        tx.add_mentions([mention])
        tx.save_event(event)

    [stored] = store.mentions_of(event.id)[0].claims
    assert stored == claim
    assert stored.attribution == ("The Lakeside Courier", "regional officials")
    assert stored.attribution_countries == (None, "UKR")
    assert stored.span == (65, 86)


def test_event_round_trip_with_claims_origins_and_mentions(store, article, mention, event):
    with store.transaction() as tx:
        tx.add_article(article)
        tx.add_mentions([mention])
        tx.save_event(event)

    stored = store.event(event.id)
    assert stored == event
    assert stored.origins[0].via == ("The Lakeside Courier", "Radio Sumy")
    assert stored.disagreements[0].values[1] == ("2024-10-07", ("other-009", "other-010"))
    assert store.events() == [event]


def test_a_count_with_unknown_bounds_is_not_the_same_as_no_count(store):
    unknown = Event(id="evt-unknown", event_type="ASSAULT", killed=Count(None, None, None), injured=None)
    with store.transaction() as tx:
        tx.save_event(unknown)

    stored = store.event("evt-unknown")
    assert stored.killed == Count(None, None, None)
    assert stored.injured is None
    assert stored == unknown


def test_a_minimal_mention_and_event_round_trip(store):
    bare_mention = Mention(article="bare", index=3, event_type="PROTEST", span=(0, 4))
    bare_event = Event(id="evt-bare", event_type="PROTEST", mentions=[bare_mention.id])
    with store.transaction() as tx:
        tx.add_article(Article(id="bare", text="Rally"))
        tx.add_mentions([bare_mention])
        tx.save_event(bare_event)

    assert store.mentions_of("evt-bare") == [bare_mention]
    assert store.event("evt-bare") == bare_event


def test_articles_by_id_leaves_out_unknown_ids(store, article):
    with store.transaction() as tx:
        tx.add_article(article)
        assert tx.articles(["courier-001", "nope"]) == {"courier-001": article}

    assert store.articles(["nope", "courier-001"]) == {"courier-001": article}
    assert store.article("nope") is None
    assert store.event("nope") is None
    assert store.mentions_of("nope") == []


def test_fingerprints_are_stored_as_given(store, article):
    with store.transaction() as tx:
        tx.add_article(article, fingerprint=bytes(range(256)))
        tx.add_article(Article(id="no-print", text="x"))
        assert list(tx.fingerprints()) == [("courier-001", bytes(range(256)))]
