"""Which reports tell one event: across languages, across days, and when a later report bridges two
events that then merge, leaving the absorbed id as an alias that still resolves."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

from typer.testing import CliRunner

from eventfuse.cli import app
from eventfuse.fuse import assign, clusters, event_id, fuse
from eventfuse.model import Place, PlaceName
from eventfuse.pipeline import fuse_and_store
from eventfuse.store import Store

KYIV = timezone(timedelta(hours=2))
ODESA = Place("Odesa", "UA", "Odesa Oblast", 46.48, 30.73, 698740, "place")
IZMAIL = Place("Izmail", "UA", "Odesa Oblast", 45.35, 28.84, 707308, "place")
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


def _two_ports(report_of):
    """Reports of two strikes, all long (40 content words or more) but r3: Odesa's sea port on Wednesday, and Izmail's river
    port on Thursday. The first Izmail report shares enough words with the Odesa one to join it when they are the
    only reports; the later Izmail reports show where it belongs."""
    odesa = report_of(
        "p1", "Russian missiles struck the port of Odesa early on Wednesday, setting a grain terminal ablaze and killing "
        "five dock workers, the regional governor Oleh Kiper said. Cranes and two cargo ships moored at the quay were "
        "damaged, and prosecutors opened a war crimes case over the attack on the civilian port, the third on the "
        "city's harbour since spring. The navy said air defences downed four other missiles over the sea.",
        "Harbour Daily", FRIDAY)
    izmail = [
        report_of(
            "r1", "Russian drones struck the Danube river port of Izmail early on Thursday, setting a grain elevator "
            "ablaze and wounding two truck drivers, the regional governor Oleh Kiper said. Barges moored near the "
            "Romanian shore were damaged, and the ferry crossing to Orlivka was closed until engineers inspect the "
            "piers. Kyiv said the attack aimed at grain exports along the Danube, and the city council opened shelters "
            "for families from the damaged riverside streets.", "Black Sea Courier", FRIDAY, place=IZMAIL),
        report_of(
            "r2", "Drones hit the Danube port of Izmail overnight into Thursday, burning a grain elevator and barges and "
            "wounding two truck drivers. The river port, across the water from Romania, has become the main route for "
            "Ukrainian grain exports, and the ferry to Orlivka stopped running. Insurers raised premiums for barges "
            "calling at Izmail and Reni, shipping agents said, and farmers from Bessarabia wait with lorries full of "
            "wheat and sunflower seed to ship the harvest.", "Coast Wire", FRIDAY, place=IZMAIL),
        report_of(
            "r3", "Two truck drivers were wounded when drones attacked the Izmail river port on the Danube on Thursday; "
            "a grain elevator and several barges burned. Romania, whose shore lies a few hundred metres from Izmail, "
            "said no drone entered its airspace. The ferry to Orlivka was halted, grain exports along the Danube "
            "stopped for the day, and repairs to the elevator will take weeks, the port authority said, while "
            "volunteers cleared glass from shops along the embankment.", "Danube News", FRIDAY, place=IZMAIL),
    ]
    return odesa, izmail


def _ingest(store, *files):
    for reports in files:
        with store.transaction() as tx:
            fuse_and_store(tx, [a for a, _ in reports], [m for _, ms in reports for m in ms])
    return sorted((e.articles, e.id) for e in store.events())


def test_a_report_moves_to_the_event_that_later_reports_show_it_tells(report_of, tmp_path):
    # Alone with the Odesa report, the first Izmail report joins it. The next file's Izmail reports come near that
    # event, so it is opened: its reports are clustered anew with theirs, and the first Izmail report moves to them.
    # The Odesa event keeps its id; the stream ends as the same reports ingested in one file do.
    odesa, (r1, r2, r3) = _two_ports(report_of)
    with Store.open(tmp_path / "stream.db") as store:
        assert _ingest(store, [odesa], [r1]) == [(["p1", "r1"], event_id(news(odesa[1])[0]))]
        streamed = _ingest(store, [r2, r3])
        assert [articles for articles, _ in streamed] == [["p1"], ["r1", "r2", "r3"]]
        assert streamed[0][1] == event_id(news(odesa[1])[0])
        with store.transaction() as tx:
            fuse_and_store(tx, [r3[0]], r3[1])  # the same report again changes nothing
        assert sorted((e.articles, e.id) for e in store.events()) == streamed
    with Store.open(tmp_path / "one-file.db") as store:
        assert _ingest(store, [odesa, r1, r2, r3]) == streamed


def test_without_reopening_the_stream_would_keep_the_early_join(report_of, monkeypatch, tmp_path):
    # What the test above guards against: with stored events closed, the first Izmail report stays with Odesa.
    monkeypatch.setattr(clusters, "REOPEN_THRESHOLD", 2.0)
    odesa, (r1, r2, r3) = _two_ports(report_of)
    with Store.open(tmp_path / "stream.db") as store:
        assert [articles for articles, _ in _ingest(store, [odesa], [r1], [r2, r3])] == [["p1", "r1"], ["r2", "r3"]]


def test_reopened_events_that_form_one_event_leave_one_id_and_an_alias(report_of):
    _, (r1, r2, r3) = _two_ports(report_of)
    articles = {a.id: a for a, _ in (r1, r2, r3)}
    # r2 is long and comes near both stored events; opened, the three reports form one event, which takes the id
    # of the stored event holding most of them (a tie: the smaller id), and the other id resolves to it.
    done = assign(news(r2[1]), {"ev-a": news(r1[1]), "ev-b": news(r3[1])}, articles)
    assert {eid: sorted(m.article for m in members) for eid, members in done.events.items()} == {"ev-a": ["r1", "r2", "r3"]}
    assert done.aliases == {"ev-a": ["ev-b"]}


def test_a_short_report_reopens_nothing(report_of):
    # Headlines are placed by their structure (place, day, figures), which later reports do not change: only a long
    # report's words, weighed anew among more reports, reopen an event.
    # r3 is a brief (under 40 content words): the Odesa event that the first Izmail report joined stays whole.
    odesa, (r1, _, r3) = _two_ports(report_of)
    articles = {a.id: a for a, _ in (odesa, r1, r3)}
    done = assign(news(r3[1]), {"ev-a": news(odesa[1]) + news(r1[1])}, articles)
    assert "ev-a" not in done.events  # unchanged (opened, r1 would have left it for r3)
    assert [sorted(m.article for m in members) for members in done.events.values()] == [["r3"]]


def test_a_short_report_with_no_publication_date_is_judged_by_its_words(report_of):
    first = "Gunmen stormed a wedding hall in Odesa, killing nine guests and wounding the groom, police said."
    second = "Police said gunmen who stormed a wedding hall in Odesa killed nine guests and wounded the groom."
    # Geo read the second report's scene as another town, 180 km away: with publication dates, a short report's
    # scene in another town keeps it apart; with none, nothing holds the place read from a few words, and the
    # words tell one event.
    dated = run(report_of("w1", first, "Coast Wire", FRIDAY), report_of("w2", second, "Harbour Daily", FRIDAY, place=IZMAIL))
    assert len(dated) == 2
    undated = run(report_of("w1", first, "Coast Wire", None), report_of("w2", second, "Harbour Daily", None, place=IZMAIL))
    (event,) = undated
    assert event.articles == ["w1", "w2"]


def test_places_geo_guessed_on_both_sides_keep_no_two_events_apart(report_of):
    def profile(ids, text, place):
        built = clusters.Profile()
        for id_ in ids:
            _, mentions = report_of(id_, text, "Wire", FRIDAY, place=place)
            for m in mentions:
                built.add(m, "en")
        return built

    def words(_: str) -> int:
        return 20  # short reports

    # The texts name no town: geo's places are guesses on both sides, a penalty for a single report, no bar to a merge.
    guessed_a = profile(["g1", "g2"], "Gunmen attacked a convoy near the border crossing, killing four guards.", ODESA)
    guessed_b = profile(["g3", "g4"], "Four guards were killed when gunmen attacked a convoy near the crossing.", IZMAIL)
    assert clusters._can_live_together(guessed_a, guessed_b, False, words)
    # A town the text marks as the scene on one side is a conflict that keeps the two events apart, unless alike.
    marked = profile(["g5", "g6"], "Four guards were killed when gunmen attacked a convoy in Izmail.", IZMAIL)
    assert not clusters._can_live_together(guessed_a, marked, False, words)
    assert clusters._can_live_together(guessed_a, marked, True, words)


def test_one_night_dated_by_its_eve_and_by_its_morning_is_one_event(report_of):
    # Published on a Friday morning: "overnight" counts back to Thursday, "в ніч на п'ятницю" names Friday. One night.
    english = report_of("n1", "Russian drones struck the port of Odesa overnight, killing three dock workers, the "
                        "regional governor said.", "Harbour Daily", FRIDAY)
    ukrainian = report_of("n2", "У ніч на п'ятницю російські дрони атакували порт Одеси, загинули троє портовиків, "
                          "повідомив голова обласної адміністрації.", "Pivden News", FRIDAY, language="uk")
    for (_, mentions), name in ((english, "Odesa"), (ukrainian, "Одеси")):
        for m in mentions:  # geo's reading, as the pipeline gives it: the text marks the port of Odesa as the scene
            m.places = [PlaceName(name, (0, len(name)), ODESA, is_event_location=True)]
    assert {m.date for _, ms in (english, ukrainian) for m in ms if m.is_main} == {"2025-06-12", "2025-06-13"}
    (event,) = run(english, ukrainian)
    assert event.articles == ["n1", "n2"]
    # Two days apart is no longer one night: a strike on Wednesday stays apart.
    wednesday = report_of("n3", "Russian drones struck the port of Odesa on Wednesday, killing three dock workers.",
                          "Coast Wire", FRIDAY)
    for m in wednesday[1]:
        m.places = [PlaceName("Odesa", (0, 5), ODESA, is_event_location=True)]
    assert len(run(wednesday, ukrainian)) == 2
