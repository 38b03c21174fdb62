"""Long reports are grouped by their words, and a report in which no news mention was found still joins
the event its text tells, now or when that event arrives, and founds none."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from eventfuse.extract import extract
from eventfuse.fuse import compare, fuse, fuse_reports
from eventfuse.model import Article, Mention, Place, PlaceName
from eventfuse.pipeline import fuse_and_store
from eventfuse.store import Store

KYIV = timezone(timedelta(hours=2))
FRIDAY = datetime(2025, 6, 13, 9, 0, tzinfo=KYIV)
ODESA = Place("Odesa", "UA", "Odesa Oblast", 46.48, 30.73, 698740, "place")
ODESSA_TEXAS = Place("Odesa", "US", "Texas", 31.85, -102.37, 5527554, "place")

STRIKE = ("A missile strike on the port of Odesa on Thursday destroyed the Vostok grain terminal and killed five dock "
          "workers, the regional governor said. Firefighters from the harbour brigade fought the blaze among the silos "
          "until dawn, and the terminal's owner, the Chornomorsk Grain Company, said that loading of wheat for Egypt and "
          "Tunisia would stop for weeks. Crane operators and stevedores gathered at the gates to mourn their colleagues, "
          "and the harbour master closed two berths while divers searched the basin for debris.")
AFTERMATH = ("Stevedores and crane operators gathered again at the gates of the ruined Vostok grain terminal. The "
             "Chornomorsk Grain Company said wheat shipments to Egypt and Tunisia stay suspended while firefighters of "
             "the harbour brigade cool the silos, and the families of the five dock workers received help from the port. Divers "
             "cleared debris from the basin, and the harbour master reopened one of the two berths.")
LIBRARY = ("The city council of Lyon approved a budget for new tram lines, bicycle lanes and a renovated municipal "
           "library on Monday. The mayor said construction of the tram depot would begin next spring, and architects "
           "presented drawings of the reading rooms, the children's wing and a rooftop garden to residents. "
           "Opponents asked for a referendum on the cost of the project.")


def _scene(report: tuple[Article, list[Mention]], place: Place) -> tuple[Article, list[Mention]]:
    """The report as geo leaves it when the text marks `place` as the scene ("a strike on the port of Odesa")."""
    article, mentions = report
    start = article.text.find("Odesa")
    for m in mentions:
        m.location = place
        m.places = [PlaceName("Odesa", (start, start + 5), place, is_event_location=True)]
    return article, mentions


def _quiet(id_: str, text: str) -> Article:
    """An article stored with no mention at all, as when extraction finds no event in it."""
    return Article(id=id_, text=text, outlet="Harbour Daily", published=FRIDAY + timedelta(days=1), language="en")


def test_a_report_with_no_news_mention_joins_the_event_its_text_tells_and_founds_none(report_of, tmp_path):
    strike = report_of("s1", STRIKE, "Coast Wire", FRIDAY)
    with Store.open(tmp_path / "events.db") as store:
        with store.transaction() as tx:
            headline = _quiet("q3", "Vostok grain terminal: dock workers mourn five colleagues")
            fuse_and_store(tx, [strike[0], _quiet("q1", AFTERMATH), _quiet("q2", LIBRARY), headline], strike[1])
        (event,) = store.events()
    # The council budget is attached to nothing, and is no event; a bare headline says too little to place.
    assert event.articles == ["s1", "q1"]


def test_a_report_that_comes_before_its_event_waits_for_it(report_of, tmp_path):
    strike = report_of("s1", STRIKE, "Coast Wire", FRIDAY)
    with Store.open(tmp_path / "events.db") as store:
        with store.transaction() as tx:
            assert fuse_and_store(tx, [_quiet("q1", AFTERMATH)], []) == []
        assert store.events() == []
        with store.transaction() as tx:
            fuse_and_store(tx, [strike[0]], strike[1])
        (event,) = store.events()
    assert event.articles == ["s1", "q1"]


def test_long_alike_reports_are_one_event_though_geo_placed_them_apart(report_of):
    # Geo read the second report's "Odesa" as the town in Texas: against words this alike, a place that
    # cannot be right beside the first is geo's error, not a second event. Short reports keep the veto.
    first = _scene(report_of("s1", STRIKE, "Coast Wire", FRIDAY), ODESA)
    second = _scene(report_of("s2", STRIKE.replace("Crane operators", "Dockers"), "Harbour Daily", FRIDAY), ODESSA_TEXAS)
    articles = {a.id: a for a in (first[0], second[0])}
    assert compare(second[1][0], first[1], articles).score > 0.5
    short = _scene(report_of("s3", "A missile strike on the port of Odesa on Thursday killed five dock workers.", "Wire",
                             FRIDAY), ODESSA_TEXAS)
    assert not compare(short[1][0], first[1], {**articles, "s3": short[0]}).compatible


def test_long_reports_of_one_town_on_different_days_stay_apart(report_of):
    first = _scene(report_of("s1", STRIKE, "Coast Wire", FRIDAY), ODESA)
    later = _scene(report_of("s2", STRIKE.replace("on Thursday", "on Tuesday"), "Coast Wire", FRIDAY + timedelta(days=5)), ODESA)
    articles = {a.id: a for a in (first[0], later[0])}
    decision = compare(later[1][0], first[1], articles)
    assert not decision.compatible and "stated day" in decision.why


def test_long_alike_reports_of_days_months_apart_stay_apart(report_of):
    # Geo may misread the town, so long reports cross a place conflict; a trusted day months off they do not.
    first = _scene(report_of("s1", STRIKE, "Coast Wire", FRIDAY), ODESA)
    later = _scene(report_of("s2", STRIKE, "Coast Wire", FRIDAY + timedelta(weeks=52)), ODESSA_TEXAS)
    articles = {a.id: a for a in (first[0], later[0])}
    decision = compare(later[1][0], first[1], articles)
    assert not decision.compatible and "stated day" in decision.why


def test_long_alike_reports_whose_days_are_weeks_apart_may_be_one_event(report_of):
    # "On Thursday" in a report published three weeks later resolves to another Thursday: a misread weekday, not a
    # second event, when the words are this alike and the text does not put both in the same town.
    first = report_of("s1", STRIKE, "Coast Wire", FRIDAY)
    later = report_of("s2", STRIKE.replace("Crane operators", "Dockers"), "Harbour Daily", FRIDAY + timedelta(weeks=3))
    assert {m.date for m in first[1] + later[1] if m.is_main} == {"2025-06-12", "2025-07-03"}
    articles = {a.id: a for a in (first[0], later[0])}
    assert compare(later[1][0], first[1], articles).compatible


def test_long_reports_that_state_no_day_join_across_days_unless_they_place_only_a_region(report_of):
    # A town's event is followed by reports on the days after; a region's summary of its day is not.
    region = Place("Odesa Oblast", "UA", "Odesa Oblast", 46.5, 30.7, 698738, "admin1")
    undated = STRIKE.replace(" on Thursday", "")
    for place, joined in ((ODESA, True), (region, False)):
        first = report_of("a1", undated, "Coast Wire", FRIDAY, place=place)
        later = report_of("a2", undated.replace("Crane operators", "Dockers"), "Harbour Daily", FRIDAY + timedelta(days=2),
                          place=place)
        assert all(m.date_reason.startswith("no date") for m in first[1] + later[1] if m.is_main)
        articles = {a.id: a for a in (first[0], later[0])}
        (main,) = [m for m in later[1] if m.is_main]
        assert compare(main, first[1], articles).compatible is joined


def test_a_day_written_without_its_year_in_an_undated_report_is_no_veto(report_of):
    dated = report_of("s1", STRIKE, "Coast Wire", FRIDAY)
    text = STRIKE.replace("on Thursday", "on June 12")
    undated = report_of("s2", text, "Harbour Daily", None)
    (main,) = [m for m in undated[1] if m.is_main]
    assert main.date and main.date_reason.startswith("explicit date")  # its year is a guess from the clock
    articles = {a.id: a for a in (dated[0], undated[0])}
    assert compare(main, dated[1], articles).compatible


SUMMARY = ("During the past day, Russian forces shelled {a} and {b} in the Donetsk region, killing {k} civilians and "
           "wounding {w} more, the head of the regional military administration said on Telegram. Artillery and multiple "
           "rocket launchers damaged {h} houses, a school, a power line and a gas pipeline; emergency crews restored "
           "electricity to part of the district by evening, and evacuation of residents from frontline villages continues.")


def test_long_daily_summaries_on_successive_days_stay_apart(report_of):
    # Long enough for their words to decide, and alike as one template: still one day each, not one event.
    region = Place("Donetsk Oblast", "UA", "Donetsk Oblast", 48.0, 37.8, 709716, "admin1")
    days = [("Bakhmut", "Toretsk", "three", "seven", "twelve"), ("Avdiivka", "Marinka", "two", "five", "nine")]
    reports = [report_of(f"d{n}", SUMMARY.format(a=a, b=b, k=k, w=w, h=h), "Wire", FRIDAY + timedelta(days=n), place=region)
               for n, (a, b, k, w, h) in enumerate(days)]
    events = fuse([m for _, ms in reports for m in ms if not m.background], {}, {a.id: a for a, _ in reports})
    assert sorted(e.articles for e in events) == [["d0"], ["d1"]]


def test_long_reports_of_strikes_on_two_towns_the_same_day_stay_apart(report_of):
    # Written from one template, as wire reports of a night of strikes are: the towns and the figures tell them apart.
    kharkiv = Place("Kharkiv", "UA", "Kharkiv Oblast", 49.99, 36.23, 706483, "place")
    text = ("A Russian missile strike on {t} on Thursday hit an apartment building and a warehouse, killing {k} civilians "
            "and wounding {w} more, the regional governor said on Telegram. Rescuers searched the rubble through the "
            "night, windows were blown out in nearby houses, and the city's emergency service said power and water "
            "supplies were damaged in the district; air defence units shot down several other missiles over the region.")
    reports = []
    for n, (town, place, killed, wounded) in enumerate([("Odesa", ODESA, "three", "seven"), ("Kharkiv", kharkiv, "two", "five")]):
        article, mentions = report_of(f"t{n}", text.format(t=town, k=killed, w=wounded), "Wire", FRIDAY)
        start = article.text.find(town)
        for m in mentions:
            m.location = place
            m.places = [PlaceName(town, (start, start + len(town)), place, is_event_location=True)]
        reports.append((article, mentions))
    events = fuse([m for _, ms in reports for m in ms if not m.background], {}, {a.id: a for a, _ in reports})
    assert sorted(e.articles for e in events) == [["t0"], ["t1"]]


def test_a_month_the_text_states_is_not_the_day_of_its_report(report_of):
    # "in May" dates the blockade to a month; it says nothing about the day the report came out, so the rule
    # for two reports that state no day (published on different days: two daily summaries) does not apply.
    from eventfuse.fuse.clusters import Profile, publication_day, rules

    (told,) = report_of("m1", "Farmers blocked the road to the port of Odesa in May, the regional governor said.",
                        "Coast Wire", FRIDAY)[1]
    (bare,) = report_of("m2", "Farmers blocked the road to the port of Odesa, the regional governor said.",
                        "Harbour Daily", FRIDAY)[1]
    assert told.date_precision == "month" and publication_day(told) is None
    assert publication_day(bare) == FRIDAY.date().isoformat()
    event = Profile()
    event.add(bare)
    assert rules(told, event, words=12)[0]
    assert not event.days and event.fallback == {FRIDAY.date().isoformat()}


DOCKS = ("A missile strike on the port of Odesa on Thursday destroyed the Vostok grain terminal and killed five dock "
         "workers, the regional governor said. Firefighters of the harbour brigade fought the blaze among the silos until "
         "dawn, and the terminal's owner said that loading of wheat for Egypt would stop for weeks. The harbour master "
         "closed two berths while divers searched the basin for debris.")
FREIGHTER = ("Russian forces struck a freighter moored in Odesa on Thursday: the bulk carrier Marisol, flying the flag of "
             "Panama, burned at its berth after the attack and its Filipino crew of nineteen was evacuated by tugboats, "
             "the shipping agency Black Sea Lines said. Insurers in London raised war-risk premiums for calls at Ukrainian "
             "ports, and the agency said the vessel had been due to sail for Alexandria with maize.")
WRECK = ("Stevedores gathered at the gates of the ruined Vostok grain terminal, where the silos still smouldered beside the "
         "burned-out hull of the Marisol. Divers of the harbour brigade cleared debris from the basin, the Filipino crew "
         "flew home from Chisinau, and Black Sea Lines said the wreck would be towed from its berth once insurers in "
         "London had inspected it. Grain traders expect the loading of wheat and maize for Egypt to wait for weeks.")


def test_a_report_with_no_news_mention_can_carry_two_tellings_of_its_story_together(report_of):
    # The terminal and the freighter are one strike told by two outlets in words they barely share; the report of
    # the wreck tells no event of its own but shares words with both, and in the clustering it carries them together.
    docks = report_of("a", DOCKS, "Coast Wire", FRIDAY)
    freighter = report_of("b", FREIGHTER, "Sea Post", FRIDAY, place=None)
    wreck = _quiet("r", WRECK)
    assert extract(wreck) == []
    articles = {a.id: a for a in (docks[0], freighter[0], wreck)}
    news = [m for m in docks[1] + freighter[1] if not m.background]
    assert len(fuse_reports(news, {}, articles).events) == 2
    fused = fuse_reports(news, {}, articles, [wreck])
    (event,) = fused.events
    assert sorted(event.articles) == ["a", "b"] and fused.reports == {"r": event.id}


def test_an_attached_report_is_weighed_again_when_its_event_is_in_play(report_of, tmp_path):
    # The report of the wreck joined the terminal's event in the first file; the freighter's report arrives in the
    # second. Weighed again beside it, the wreck's words carry the two tellings of the strike together, as they do
    # when all three come in one file.
    docks = report_of("a", DOCKS, "Coast Wire", FRIDAY)
    freighter = report_of("b", FREIGHTER, "Sea Post", FRIDAY, place=None)
    with Store.open(tmp_path / "events.db") as store:
        with store.transaction() as tx:
            fuse_and_store(tx, [docks[0], _quiet("r", WRECK), _quiet("q", LIBRARY)], docks[1])
        (first,) = store.events()
        assert sorted(first.articles) == ["a", "r"]
        with store.transaction() as tx:
            fuse_and_store(tx, [freighter[0]], freighter[1])
        (event,) = store.events()
    assert sorted(event.articles) == ["a", "b", "r"]
