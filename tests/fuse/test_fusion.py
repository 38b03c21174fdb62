"""Fusion across outlets and days, with reconciliation and origins."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from eventfuse.fuse import fuse

from eventfuse.model import Place

KYIV = timezone(timedelta(hours=2))
IZMAIL = Place("Izmail", "UA", "Odesa Oblast", 45.35, 28.84, 707308, "place")

THURSDAY_NOON = datetime(2025, 6, 12, 12, 0, tzinfo=KYIV)  # a Thursday
FRIDAY = datetime(2025, 6, 13, 9, 0, tzinfo=KYIV)
SUNDAY = datetime(2025, 6, 15, 9, 0, tzinfo=KYIV)


def run(*reports):
    articles = {a.id: a for a, _ in reports}
    mentions = [m for _, ms in reports for m in ms]
    return fuse(mentions, {}, articles)


def test_two_outlets_one_strike_become_one_event_with_a_range(report_of):
    a = report_of("r1", "A Russian missile struck the port of Odesa on Thursday morning, killing at least five people, "
               "the regional governor said on Telegram.", "Black Sea Courier", THURSDAY_NOON)
    b = report_of("r2", "Seven people were killed when a missile hit the port in Odesa on Thursday, the State Emergency "
               "Service said in a statement.", "Harbour Daily", FRIDAY)
    (event,) = run(a, b)
    assert event.articles == ["r1", "r2"]
    assert event.date == "2025-06-12"
    assert event.sub_event_type == "Shelling/artillery/missile attack"
    assert (event.killed.low, event.killed.best, event.killed.high) == (5, 7, 7)
    assert len(event.origins) == 2
    assert {d.field for d in event.disagreements} >= {"killed"}


def test_same_town_different_days_stay_apart(report_of):
    a = report_of("d1", "Shelling hit a school in Odesa on Thursday, killing two teachers.", "Black Sea Courier", THURSDAY_NOON)
    b = report_of("d2", "On Saturday, shelling hit a market in Odesa, killing four people.", "Black Sea Courier", SUNDAY)
    events = run(a, b)
    assert len(events) == 2
    assert sorted(e.date for e in events) == ["2025-06-12", "2025-06-14"]


def test_different_towns_same_day_stay_apart(report_of):
    a = report_of("t1", "A drone attack on Odesa on Thursday injured three people.", "Black Sea Courier", THURSDAY_NOON)
    b = report_of("t2", "A drone attack on Izmail on Thursday injured six people.", "Danube News", FRIDAY, place=IZMAIL)
    assert len(run(a, b)) == 2


def test_a_later_toll_joins_the_earlier_report_and_raises_best(report_of):
    a = report_of("g1", "A missile strike on Odesa on Thursday killed three people, officials said.", "Black Sea Courier", THURSDAY_NOON)
    b = report_of("g2", "The death toll from Thursday's missile strike on Odesa has risen to eleven, officials said.",
               "Black Sea Courier", SUNDAY)
    (event,) = run(a, b)
    assert (event.killed.low, event.killed.best, event.killed.high) == (3, 11, 11)


def test_nobody_hurt_is_a_count_of_none_until_a_later_report_gives_a_figure(report_of):
    a = report_of("z1", "A drone hit a fuel depot in Odesa on Thursday. Nobody was killed or injured, the regional "
                  "governor said.", "Black Sea Courier", THURSDAY_NOON)
    (event,) = run(a)
    assert (event.killed.low, event.killed.best, event.killed.high) == (0, 0, 0)
    assert (event.injured.low, event.injured.best, event.injured.high) == (0, 0, 0)
    b = report_of("z2", "Two firefighters were injured on Friday while putting out the blaze at the Odesa fuel depot "
                  "hit by a drone on Thursday, the regional governor said.", "Black Sea Courier", FRIDAY)
    (event,) = run(a, b)
    assert (event.injured.low, event.injured.best, event.injured.high) == (2, 2, 2)
    assert (event.killed.low, event.killed.best, event.killed.high) == (0, 0, 0)
    assert sorted(c.low for c in event.claims if c.field == "injured") == [0, 2]  # the early count stays a claim


def test_a_syndicated_copy_adds_an_article_but_not_an_origin(report_of):
    text = "A missile struck a warehouse in Odesa on Thursday. Two workers were injured, the city council said."
    original = report_of("s1", text, "Coast Wire", THURSDAY_NOON)
    copy = report_of("s2", text, "Valley Gazette", FRIDAY, copy_of="s1")
    (event,) = run(original, copy)
    assert event.articles == ["s1", "s2"]
    assert [o.name for o in event.origins] == ["city council"]


def test_first_hand_reports_of_a_copy_count_once(report_of):
    text = "Our reporter saw smoke over the port of Odesa after a missile strike on Thursday; three people were injured."
    original = report_of("f1", text, "Coast Wire", THURSDAY_NOON)
    copy = report_of("f2", text, "Valley Gazette", FRIDAY, copy_of="f1")
    (event,) = run(original, copy)
    assert [o.name for o in event.origins] == ["Coast Wire"]


def test_background_mentions_do_not_become_events(report_of):
    a = report_of("b1", "A missile strike on Odesa on Thursday injured four people. Last year, a similar attack "
               "on the city's port killed dozens.", "Black Sea Courier", THURSDAY_NOON)
    (event,) = run(a)
    assert event.injured.best == 4
    assert event.killed is None


def test_event_ids_are_stable_across_runs(report_of):
    a = report_of("i1", "Shelling hit Odesa on Thursday, injuring nine people.", "Black Sea Courier", THURSDAY_NOON)
    assert [e.id for e in run(a)] == [e.id for e in run(a)]
