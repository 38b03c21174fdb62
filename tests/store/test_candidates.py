"""candidates(): the stored events that newly extracted mentions might belong to."""

from __future__ import annotations

import pytest

from eventfuse.model import Article, Event, Mention, Place
from eventfuse.store import Store

KHARKIV = Place(name="Kharkiv", country_code="UA", precision="place")
ALEPPO = Place(name="Aleppo", country_code="SY", precision="place")


@pytest.fixture
def stored(store: Store) -> Store:
    """Five events, each with one mention: dated ones in Ukraine and Syria, an undated
    one, a multi-day one, and one with no known place."""
    examples = {
        "ua-oct-03": dict(date="2024-10-03", location=KHARKIV),
        "ua-oct-20": dict(date="2024-10-20", location=KHARKIV),
        "ua-sep-28-to-oct-02": dict(date="2024-09-28", date_end="2024-10-02", location=KHARKIV),
        "sy-oct-03": dict(date="2024-10-03", location=ALEPPO),
        "undated-sy": dict(date=None, location=ALEPPO),
        "nowhere-oct-04": dict(date="2024-10-04", location=None),
    }
    with store.transaction() as tx:
        for event_id, fields in examples.items():
            tx.add_article(Article(id=f"art-{event_id}", text=f"Report on {event_id}."))
            mention = Mention(
                article=f"art-{event_id}",
                index=0,
                event_type="ASSAULT",
                span=(0, 10),
                date=fields["date"],
                location=fields["location"],
            )
            tx.add_mentions([mention])
            tx.save_event(Event(id=event_id, event_type="ASSAULT", mentions=[mention.id], **fields))
    return store


def candidate_ids(store: Store, *args, **kwargs) -> list[str]:
    with store.transaction() as tx:
        return sorted(tx.candidates(*args, **kwargs))


def test_a_window_finds_events_that_overlap_it_and_undated_ones(stored):
    assert candidate_ids(stored, "2024-10-01", "2024-10-05") == [
        "nowhere-oct-04", "sy-oct-03", "ua-oct-03", "ua-sep-28-to-oct-02", "undated-sy",
    ]


def test_a_multi_day_event_counts_until_its_last_day(stored):
    assert "ua-sep-28-to-oct-02" in candidate_ids(stored, "2024-10-02", "2024-10-02")
    assert "ua-sep-28-to-oct-02" not in candidate_ids(stored, "2024-10-03", "2024-10-03")


def test_an_open_bound_leaves_that_side_of_the_window_open(stored):
    assert candidate_ids(stored, "2024-10-10", None) == ["ua-oct-20", "undated-sy"]
    assert candidate_ids(stored, None, "2024-09-30") == ["ua-sep-28-to-oct-02", "undated-sy"]
    assert len(candidate_ids(stored, None, None)) == 6


def test_countries_limit_candidates_to_events_there_or_of_unknown_place(stored):
    assert candidate_ids(stored, "2024-10-01", "2024-10-05", {"ua"}) == [
        "nowhere-oct-04", "ua-oct-03", "ua-sep-28-to-oct-02",
    ]
    assert candidate_ids(stored, None, None, {"SY"}) == ["nowhere-oct-04", "sy-oct-03", "undated-sy"]


def test_candidates_come_with_their_member_mentions(stored):
    with stored.transaction() as tx:
        found = tx.candidates("2024-10-20", "2024-10-20", {"UA"})
    assert list(found) == ["ua-oct-20"]
    [mention] = found["ua-oct-20"]
    assert mention.id == "art-ua-oct-20#0"
    assert mention.location == KHARKIV
