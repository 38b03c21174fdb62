"""The demo's own corpus fuses into the three events corpus/README.md describes."""

from __future__ import annotations

from pathlib import Path

from eventfuse import pipeline
from eventfuse.store import Store

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def test_sample_corpus_gives_three_events(tmp_path):
    with Store.open(tmp_path / "demo.db") as store:
        report = pipeline.ingest_paths(store, [CORPUS])
        assert report.problems == [] and report.copies == 1
        events = {(e.date, e.event_type): e for e in store.events()}
    assert sorted(events) == [("2025-03-11", "ASSAULT"), ("2025-03-14", "ASSAULT"), ("2025-03-15", "PROTEST")]

    strike = events[("2025-03-11", "ASSAULT")]
    assert strike.location.geonames_id == 703656  # Kupiansk
    assert strike.sub_event_type == "Shelling/artillery/missile attack"
    assert len(strike.articles) == 5
    assert (strike.killed.low, strike.killed.best, strike.killed.high) == (7, 9, 9)
    assert (strike.injured.low, strike.injured.best, strike.injured.high) == (21, 23, 23)
    assert any("governor" in o.name for o in strike.origins)
    # The syndicated copy and the German report add articles, not origins.
    assert len(strike.origins) < len(strike.articles)

    later = events[("2025-03-14", "ASSAULT")]
    assert later.location.geonames_id == 703656 and len(later.articles) == 2
    assert (later.killed.best, later.injured.best) == (2, 5)

    march = events[("2025-03-15", "PROTEST")]
    assert march.location.name == "Dakar" and len(march.articles) == 3
    assert march.killed is None and march.injured is None
