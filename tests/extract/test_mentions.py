"""Mentions of one article: the main event, background asides, types and the false friend "robot"."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from eventfuse.extract import extract
from eventfuse.model import Article

PUBLISHED = datetime(2025, 6, 14, 10, 0, tzinfo=timezone(timedelta(hours=2)))  # a Saturday


def mentions(text: str, title: str | None = None, language: str = "en"):
    return extract(Article(id="t", text=text, title=title, published=PUBLISHED, outlet="Test Wire", language=language))


def test_machine_translated_robot_is_a_missile():
    (main,) = [m for m in mentions("On Friday a Russian robot struck a warehouse in Dnipro, killing two guards.") if m.is_main]
    assert main.event_type == "ASSAULT"
    assert (main.mode, main.sub_event_type) == ("heavy-weapons", "Shelling/artillery/missile attack")
    assert main.date == "2025-06-13"


def test_background_is_marked_and_the_headline_picks_the_main_event():
    found = mentions(
        "Protesters marched through Tbilisi on Friday evening against a new media law.\n"
        "Last year, police used water cannon against a similar rally.\n"
        "The two governments signed a trade pact in 2019.",
        title="Thousands march in Tbilisi",
    )
    main = [m for m in found if m.is_main]
    assert [m.event_type for m in main] == ["PROTEST"]
    assert main[0].sub_event_type == "Peaceful protest"
    assert all(m.background for m in found if not m.is_main)


def test_every_claim_span_points_at_its_text():
    text = "Officials said at least 12 people were killed and 30 injured when shells hit a bus station in Kherson on Thursday."
    for mention in mentions(text):
        for claim in mention.claims:
            assert text[claim.span[0] : claim.span[1]] == claim.value


def test_hedged_chain_reaches_the_first_source():
    text = ("Six soldiers were reportedly killed in an ambush near Gao on Thursday, Sahel Monitor reported, citing a local "
            "security source.")
    (main,) = [m for m in mentions(text) if m.is_main]
    killed = next(c for c in main.claims if c.field == "killed")
    assert killed.hedged
    assert killed.attribution == ("Test Wire", "Sahel Monitor", "local security source")


def test_negated_event_is_no_event():
    assert mentions("There were no arrests and no injuries at the rally, police said.")[0].event_type == "PROTEST"
    assert all(m.event_type != "COERCE" for m in mentions("There were no arrests, police said."))


def test_german_report_gives_type_count_date_and_attribution():
    text = "Bei einem russischen Raketenangriff auf Saporischschja sind am Donnerstag drei Menschen getötet worden, teilte der Gouverneur mit."
    (main,) = [m for m in mentions(text, language="de") if m.is_main]
    assert (main.event_type, main.sub_event_type, main.date) == ("ASSAULT", "Shelling/artillery/missile attack", "2025-06-12")
    killed = next(c for c in main.claims if c.field == "killed")
    assert (killed.low, killed.high) == (3, 3)
    assert any(a.country_code == "RUS" and a.role == "actor" for a in main.actors)


def test_counts_of_other_events_in_the_article_are_not_taken():
    text = ("A Russian missile struck a market in Kostiantynivka on Friday, killing 9 people and wounding 20, the regional "
            "governor said. Last year, a similar strike on the same market killed 16. Separately, police in Kyiv arrested "
            "two men suspected of spying.")
    found = mentions(text)
    (main,) = [m for m in found if m.is_main]
    assert [(c.field, c.low) for c in main.claims if c.field in {"killed", "injured", "arrested"}] == [("killed", 9), ("injured", 20)]
    assert main.date == "2025-06-13"
    others = [m for m in found if not m.is_main]
    assert any(m.background and any(c.field == "killed" and c.low == 16 for c in m.claims) for m in others)
    assert any(m.event_type == "COERCE" and any(c.field == "arrested" and c.low == 2 for c in m.claims) for m in others)


def test_a_claim_of_responsibility_keeps_the_attack_and_its_dead():
    found = mentions("A militant group claimed responsibility for the bombing that killed 20 people in the market on Friday.")
    main = next(m for m in found if m.is_main)
    assert main.event_type == "ACCUSE"
    attack = next(m for m in found if m.event_type == "ASSAULT")
    assert [(c.field, c.low) for c in attack.claims if c.field == "killed"] == [("killed", 20)]


def test_a_time_stamp_line_dates_the_report_not_the_event():
    text = "Gunmen storm a bank in Lagos\nUPDATED: Friday, June 13, 2025, 9:56 AM\nGunmen stormed a bank in Lagos on Thursday, killing two guards."
    (main,) = [m for m in mentions(text) if m.is_main]
    assert main.date == "2025-06-12"
    assert all(c.value != "June 13, 2025" for c in main.claims if c.field == "date")


def test_artillery_fire_is_an_attack_not_a_blaze():
    text = "Two farmers died when artillery fire hit a village near Huliaipole on Friday, officials said."
    (main,) = [m for m in mentions(text) if m.is_main]
    assert main.event_type == "ASSAULT"
    assert next(c for c in main.claims if c.field == "killed").low == 2


def test_a_count_with_no_event_word_joins_the_attack_told_before_it():
    found = mentions("A gunman opened fire in a shopping arcade on Friday, killing two guards. Nine shoppers suffered gunshot wounds.")
    (main,) = [m for m in found if m.is_main]
    assert [(c.field, c.low) for c in main.claims if c.field in {"killed", "injured"}] == [("killed", 2), ("injured", 9)]


def test_a_count_with_no_event_word_skips_a_non_violent_event_told_between():
    found = mentions("A bomb exploded at the fish market on Friday. Police arrested two men nearby. Fourteen shoppers suffered shrapnel wounds.")
    attack = next(m for m in found if m.event_type == "ASSAULT")
    assert ("injured", 14) in [(c.field, c.low) for c in attack.claims]


def test_the_day_of_the_saying_is_not_the_day_of_the_event():
    # PUBLISHED is a Saturday: Wednesday is the 11th, Tuesday the 10th.
    (main,) = [m for m in mentions("Two civilians were killed in the shelling, the emergency service said in a statement on Wednesday.") if m.is_main]
    assert main.date == "2025-06-14" and main.date_precision == "day"  # no day of its own: the publication day
    # What was said stands between the saying and the day: the day is the strike's.
    (main,) = [m for m in mentions("The Kyiv Independent, citing military sources, said a missile strike on Tuesday killed 14 soldiers.") if m.is_main]
    assert main.date == "2025-06-10"
    # "As the governor reported, on Tuesday ...": the day after the source's name is the event's.
    (main,) = [m for m in mentions("Как сообщил губернатор, во вторник в результате обстрела погибли два человека.", language="ru") if m.is_main]
    assert main.date == "2025-06-10"


def test_a_robot_that_hits_and_a_robotattack_are_missile_attacks():
    for text in ("A robot hit an apartment block in Kharkiv on Tuesday night.", "The robotattack on the port was the third this week."):
        (main,) = [m for m in mentions(text) if m.is_main]
        assert (main.event_type, main.sub_event_type) == ("ASSAULT", "Shelling/artillery/missile attack")
    assert mentions("A robot vacuum cleaner hit the market shelves in June.") == []


def test_what_a_crowd_demands_tells_its_protest():
    (main,) = [m for m in mentions("Police fired tear gas at thousands of protesters demanding lower taxes in Nairobi on Tuesday.") if m.is_main]
    assert main.event_type == "PROTEST"


def test_who_claims_an_attack_is_its_perpetrator_not_an_accuser():
    text = ("At least eight people were killed when a car bomb exploded near a checkpoint in Mogadishu on Friday, police said. "
            "Al-Shabaab claimed responsibility for the attack in a statement on Saturday.")
    (main,) = mentions(text)
    assert main.event_type == "ASSAULT" and main.date == "2025-06-13"
    assert ("Al Shabaab", "actor") in [(a.name, a.role) for a in main.actors]
    assert not main.hedged
