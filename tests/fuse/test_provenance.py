"""Who said what: partisan counter-claims, official tolls that supersede early counts, circular
citation, and the origins behind each claim. The reports are written for these tests and read by
the real extract stage; places are set by hand (see conftest.py)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from eventfuse.export import to_document, validate
from eventfuse.fuse import fuse
from eventfuse.fuse.origins import circular, is_partisan, support
from eventfuse.model import Place

KYIV = timezone(timedelta(hours=2))
IZIUM = Place("Izium", "UA", "Kharkiv Oblast", 49.21, 37.25, 707753, "place")
FRIDAY = datetime(2025, 6, 13, 9, 0, tzinfo=KYIV)
SATURDAY = datetime(2025, 6, 14, 9, 0, tzinfo=KYIV)


def run(*reports):
    return fuse([m for _, ms in reports for m in ms], {}, {a.id: a for a, _ in reports})


def test_a_partisan_counter_claim_is_kept_flagged_and_not_taken_as_best(report_of):
    governor = report_of("p1", "A Russian missile hit a school in Izium on Thursday, killing four civilians, the regional "
                         "governor said.", "Kharkiv Daily", FRIDAY, place=IZIUM)
    ministry = report_of("p2", "Russia's defence ministry said its missiles struck a Ukrainian army depot in Izium on "
                         "Thursday, killing 40 Ukrainian soldiers.", "Moscow Herald", FRIDAY, place=IZIUM)
    (event,) = run(governor, ministry)
    assert (event.killed.low, event.killed.best, event.killed.high) == (4, 4, 40)
    parties = {a.country_code for a in event.actors if a.country_code}
    flagged = {c.article for c in event.claims if c.field == "killed" and is_partisan(c.origin, parties)}
    assert flagged == {"p2"}
    (exported,) = to_document([event])["events"]
    assert [o["partisan"] for o in exported["origins"]].count(True) == 1
    (claim,) = [c for c in exported["claims"] if c["partisan"] and c["field"] == "killed"]
    assert (claim["value"], claim["origin"]) == ("40", "Russia's defence ministry")


def test_a_later_official_total_supersedes_an_early_larger_count(report_of):
    early = report_of("o1", "Residents said 25 people were killed when a missile hit a market in Izium on Thursday.",
                      "Kharkiv Daily", FRIDAY, place=IZIUM)
    official = report_of("o2", "The missile strike on an Izium market on Thursday killed 18 people, the regional "
                         "governor said on Saturday.", "Kharkiv Daily", SATURDAY, place=IZIUM)
    (event,) = run(early, official)
    assert event.killed.best == 18
    assert (event.killed.low, event.killed.high) == (18, 25)


def test_outlets_citing_each_other_in_a_loop_are_one_circular_origin(report_of):
    a = report_of("c1", "A missile strike hit Izium on Thursday, killing four people, the Morning Ledger reported, "
                  "citing the Evening Courier.", "Morning Ledger", FRIDAY, place=IZIUM)
    b = report_of("c2", "A missile strike hit Izium on Thursday, killing four people, the Evening Courier reported, "
                  "citing the Morning Ledger.", "Evening Courier", FRIDAY, place=IZIUM)
    (event,) = run(a, b)
    assert circular(event.claims) == [("Evening Courier", "Morning Ledger")]
    (origin,) = event.origins
    assert origin.key.startswith("circular:") and "circular reporting" in origin.name
    assert origin.articles == ("c1", "c2")
    killed = [n for c, n in zip(event.claims, support(event.claims)) if c.field == "killed"]
    assert killed == [1, 1]  # "four" twice, but from one loop: one independent origin


def test_two_origins_for_one_figure_are_counted_per_claim(report_of):
    a = report_of("n1", "A missile strike on Izium on Thursday killed four people, the regional governor said.",
                  "Kharkiv Daily", FRIDAY, place=IZIUM)
    b = report_of("n2", "Four people died in Thursday's missile strike on Izium, police said.", "Slobidska Gazette",
                  FRIDAY, place=IZIUM)
    c = report_of("n3", "A missile strike on Izium on Thursday killed four people, the regional governor said.",
                  "Valley Gazette", SATURDAY, place=IZIUM, copy_of="n1")
    (event,) = run(a, b, c)
    assert event.articles == ["n1", "n2", "n3"]
    assert sorted(o.name for o in event.origins) == ["police", "regional governor"]
    document = to_document([event])
    validate(document)
    killed = [c for c in document["events"][0]["claims"] if c["field"] == "killed"]
    assert {c["independent_origins"] for c in killed} == {2}
    assert {c["origin"] for c in killed} == {"police", "regional governor"}
