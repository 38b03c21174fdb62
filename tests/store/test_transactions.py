"""A transaction keeps all of its writes or none of them; re-ingesting changes nothing."""

from __future__ import annotations

import dataclasses

import pytest

from eventfuse.model import Article, Event, Mention
from eventfuse.store import Store


def test_adding_the_same_article_twice_keeps_one_row(store: Store, article: Article):
    with store.transaction() as tx:
        assert tx.add_article(article, fingerprint=b"first") is True
        assert tx.has_article(article.id)
    with store.transaction() as tx:
        edited = dataclasses.replace(article, title="A different title")
        assert tx.add_article(edited, fingerprint=b"second") is False
        assert list(tx.fingerprints()) == [(article.id, b"first")]

    assert store.counts()["articles"] == 1
    assert store.article(article.id) == article


def test_an_error_midway_rolls_back_everything_in_the_transaction(store, article, mention, event):
    with store.transaction() as tx:
        tx.add_article(Article(id="kept", text="Written before the failing run."))
    before = store.counts()

    with pytest.raises(RuntimeError, match="geocoder fell over"):
        with store.transaction() as tx:
            tx.add_article(article)
            tx.add_mentions([mention])
            tx.save_event(event)
            raise RuntimeError("geocoder fell over")

    assert store.counts() == before
    assert store.article(article.id) is None
    assert store.events() == []
    with store.transaction() as tx:
        assert not tx.has_article(article.id)
        assert tx.candidates(None, None) == {}


def test_a_database_error_midway_rolls_back_too(store, article, mention):
    orphan = Mention(article="never-ingested", index=0, event_type="ASSAULT", span=(0, 1))
    with pytest.raises(LookupError, match="never-ingested"):
        with store.transaction() as tx:
            tx.add_article(article)
            tx.add_mentions([mention, orphan])

    assert store.counts() == {"articles": 0, "mentions": 0, "claims": 0, "events": 0, "origins": 0}


def test_writes_are_visible_inside_the_transaction_that_made_them(store, article, mention, event):
    with store.transaction() as tx:
        tx.add_article(article)
        tx.add_mentions([mention])
        tx.save_event(event)
        assert tx.articles([article.id]) == {article.id: article}
        assert tx.candidates(None, None) == {event.id: [mention]}


def test_a_tx_cannot_be_used_after_its_transaction(store, article):
    with store.transaction() as tx:
        pass
    with pytest.raises(RuntimeError, match="transaction that has ended"):
        tx.add_article(article)


def test_re_extracting_an_article_replaces_its_mentions_but_keeps_their_event(store, article, mention, event):
    with store.transaction() as tx:
        tx.add_article(article)
        tx.add_mentions([mention])
        tx.save_event(event)

    better = dataclasses.replace(mention, trigger="hit", claims=mention.claims[:0])
    with store.transaction() as tx:
        tx.add_mentions([better])

    assert store.mentions_of(event.id) == [better]
    assert store.counts()["mentions"] == 1
    assert store.counts()["claims"] == 1  # only the event's own claim is left


def test_mentions_need_their_article_first(store):
    lone = Mention(article="missing", index=0, event_type="ASSAULT", span=(0, 1))
    with pytest.raises(LookupError, match="add the articles"):
        with store.transaction() as tx:
            tx.add_mentions([lone])


def test_an_event_needs_its_mentions_first(store):
    with pytest.raises(LookupError, match="missing#0"):
        with store.transaction() as tx:
            tx.save_event(Event(id="e", event_type="ASSAULT", mentions=["missing#0"]))
    assert store.events() == []


def test_readers_are_not_blocked_by_a_writer_on_the_same_file(tmp_path, article):
    # The API may read while a pipeline run writes: a reader sees the last commit.
    path = tmp_path / "events.db"
    with Store.open(path) as writer, Store.open(path) as reader:
        with writer.transaction() as tx:
            tx.add_article(article)
            assert reader.counts()["articles"] == 0
        assert reader.article(article.id) == article
