"""Which reports tell one event: across languages, across days, and when a later report bridges two
events that then merge, leaving the absorbed id as an alias that still resolves."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

from typer.testing import CliRunner

from eventfuse.cli import app
from eventfuse.fuse import assign, fuse
from eventfuse.model import Place
from eventfuse.pipeline import fuse_and_store
from eventfuse.store import Store

KYIV = timezone(timedelta(hours=2))
ODESA = Place("Odesa", "UA", "Odesa Oblast", 46.48, 30.73, 698740, "place")
DONETSK_OBLAST = Place("Donetsk Oblast", "UA", "Donetsk Oblast", 48.0, 37.8, 709716, "admin1")
FRIDAY = datetime(2025, 6, 13, 9, 0, tzinfo=KYIV)


def run(*reports):
    return fuse([m for _, ms in reports for m in ms], {}, {a.id: a for a, _ in reports})


def test_a_german_report_joins_the_english_one(report_of):
    english = report_of("x1", "A missile strike on Odesa on Thursday killed four civilians, the regional governor said.",
                        "Harbour Daily", FRIDAY)
    german = report_of("x2", "Bei einem Raketenangriff auf Odessa sind am Donnerstag vier Zivilisten getötet worden, "
                       "teilte der Gouverneur mit.", "Rhein Post", FRIDAY, language="de")
    (event,) = run(english, german)
    assert event.articles == ["x1", "x2"]
    assert event.killed.best == 4
    assert len(event.origins) == 1  # the governor, in two languages


def test_daily_summaries_on_successive_days_stay_apart(report_of):
    days = [FRIDAY + timedelta(days=n) for n in range(3)]
    reports = [
        report_of(f"s{n}", "During the day, the invaders killed three civilians in the Donetsk region.", "Wire",
                  day, place=DONETSK_OBLAST)
        for n, day in enumerate(days)
    ]
    assert len(run(*reports)) == 3


def _bridge(report_of):
    port = report_of("m1", "Explosions shook the port district of Odesa overnight; emergency crews worked at the "
                     "scene until morning.", "Harbour Daily", FRIDAY)
    toll = report_of("m2", "A missile strike on Thursday killed five dock workers, the regional governor said.",
                     "Black Sea Courier", FRIDAY, place=None)
    both = report_of("m3", "A missile strike on the port of Odesa on Thursday killed five dock workers; explosions "
                     "shook the port district, the regional governor said.", "Coast Wire", FRIDAY)
    return port, toll, both


def test_a_report_that_bridges_two_events_merges_them_and_the_old_id_resolves(report_of, tmp_path):
    port, toll, both = _bridge(report_of)
    with Store.open(tmp_path / "events.db") as store:
        with store.transaction() as tx:
            first = fuse_and_store(tx, [port[0], toll[0]], port[1] + toll[1])
        assert len(first) == 2
        with store.transaction() as tx:
            (merged,) = fuse_and_store(tx, [both[0]], both[1])
        (gone,) = merged.aliases
        assert {gone, merged.id} == {e.id for e in first}
        assert [e.id for e in store.events()] == [merged.id]
        assert store.event(gone).id == merged.id
        assert store.event(merged.id).aliases == [gone]
        assert merged.articles == ["m1", "m2", "m3"]
    shown = CliRunner().invoke(app, ["show", gone, "--db", str(tmp_path / "events.db")])
    assert shown.exit_code == 0, shown.output
    assert f"was merged into {merged.id}" in shown.output


def test_the_survivor_keeps_its_id_as_the_event_grows(report_of, tmp_path):
    port, toll, both = _bridge(report_of)
    with Store.open(tmp_path / "events.db") as store:
        with store.transaction() as tx:
            fuse_and_store(tx, [port[0], toll[0], both[0]], port[1] + toll[1] + both[1])
        ids = [e.id for e in store.events()]
        with store.transaction() as tx:
            fuse_and_store(tx, [both[0]], both[1])  # the same report again changes nothing
        assert [e.id for e in store.events()] == ids


def test_reports_of_one_file_join_a_stored_event_under_its_id(report_of, tmp_path):
    # The new reports are clustered together with the stored event; the event they join keeps its id, and the
    # new reports' own provisional ids are never stored, not even as aliases.
    port, toll, both = _bridge(report_of)
    with Store.open(tmp_path / "events.db") as store:
        with store.transaction() as tx:
            (stored,) = fuse_and_store(tx, [both[0]], both[1])
        with store.transaction() as tx:
            (grown,) = fuse_and_store(tx, [toll[0], port[0]], toll[1] + port[1])
        assert grown.id == stored.id
        assert grown.aliases == []
        assert grown.articles == ["m1", "m2", "m3"]


def test_the_order_of_reports_in_a_file_does_not_change_the_events(report_of):
    port, toll, both = _bridge(report_of)
    forward = run(port, toll, both)
    backward = run(both, toll, port)
    assert sorted(e.articles for e in forward) == sorted(e.articles for e in backward) == [["m1", "m2", "m3"]]


def news(mentions):
    return [m for m in mentions if not m.background]


def _split_story(report_of):
    """An article whose one story extraction told as two mentions (its main one and a second), each already in an
    event of its own, and a new report that tells that story."""
    first = report_of("k1", "A missile strike on the port of Odesa on Thursday killed five dock workers, the regional "
                      "governor said.", "Harbour Daily", FRIDAY)
    (main,) = news(first[1])
    second = replace(main, index=main.index + 1, is_main=False,
                     text="The strike set fire to grain warehouses at the port of Odesa, and five dock workers died.")
    other = report_of("k2", "Five dock workers died when a missile strike set fire to grain warehouses at the port of "
                      "Odesa on Thursday.", "Black Sea Courier", FRIDAY)
    new = report_of("k3", "A missile strike on Thursday set fire to grain warehouses at the port of Odesa, killing "
                    "five dock workers, the regional governor said.", "Coast Wire", FRIDAY)
    articles = {a.id: a for a, _ in (first, other, new)}
    return main, second, news(other[1]), news(new[1]), articles


def test_an_article_never_tells_one_event_twice(report_of):
    main, second, _, _, articles = _split_story(report_of)
    done = assign([second], {"ev-stored": [main]}, articles)
    assert "ev-stored" not in done.events  # the second mention founded an event of its own


def test_events_holding_two_mentions_of_one_article_still_merge(report_of):
    # Two mentions of one article in two events do not keep the events apart for good: when a new report shows
    # them to be one, they merge, and the stored id that is merged away becomes an alias.
    main, second, other, new, articles = _split_story(report_of)
    done = assign(new, {"ev-a": [main], "ev-b": [second, *other]}, articles)
    (survivor,) = done.events
    assert {m.article for m in done.events[survivor]} == {"k1", "k2", "k3"}
    assert done.aliases[survivor] == ["ev-a" if survivor == "ev-b" else "ev-b"]
