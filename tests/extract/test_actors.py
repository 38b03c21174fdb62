"""Actors and recipients with countries and sectors; compound actors give one each."""

from __future__ import annotations

from eventfuse.extract import extract
from eventfuse.model import Article


def actors(text: str):
    main = next(m for m in extract(Article(id="t", text=text, language="en")) if m.is_main)
    return [(a.role, a.country_code, a.sector) for a in main.actors]


def test_compound_actor_gives_one_actor_per_country():
    found = actors("Senior Polish and Lithuanian officials agreed to share border surveillance data.")
    assert ("actor", "POL", "GOV") in found and ("actor", "LTU", "GOV") in found


def test_coordinated_states():
    found = actors("Iraq and Syria signed a security pact.")
    assert [c for r, c, _ in found if r == "actor"] == ["IRQ", "SYR"]


def test_object_is_the_recipient():
    found = actors("Egypt rejected the Israeli proposal.")
    assert found[0][:2] == ("actor", "EGY") and ("recipient", "ISR") in [(r, c) for r, c, _ in found]


def test_passive_agent_is_the_actor():
    found = actors("A convoy of Malian soldiers was ambushed by jihadists.")
    assert ("actor", None, "REB") in found and ("recipient", "MLI", "MIL") in found


def test_russian_and_north_korean_soldiers():
    found = actors("Russian and North Korean soldiers were killed in the strike.")
    assert ("recipient", "RUS", "MIL") in found and ("recipient", "PRK", "MIL") in found


def test_a_place_after_the_trigger_is_not_a_recipient():
    assert all(c != "BLR" for _, c, _ in actors("Police detained 40 protesters in Minsk."))


def test_institutions_and_leaders_stand_for_their_country():
    assert actors("The Kremlin rejected the proposal.")[0][:2] == ("actor", "RUS")
    assert actors("Hamas fighters attacked an army post.")[0][:2] == ("actor", "PSE")


def test_capitals_and_regular_demonyms():
    assert actors("Belgrade expelled two diplomats.")[0][:2] == ("actor", "SRB")
    assert ("actor", "LTU") in [a[:2] for a in actors("Lithuanian officials condemned the incursion.")]


def test_possessor_and_apposition_name_the_country():
    assert actors("Israel's cabinet approved the plan on Sunday.")[0] == ("actor", "ISR", "GOV")
    assert actors("Hosni Mubarak, Egypt's president, urged both sides to show restraint.")[0][:2] == ("actor", "EGY")


def test_victims_named_before_a_casualty_verb_are_not_the_attackers():
    found = actors("Three Georgian soldiers were wounded on the Russian frontline.")
    assert ("recipient", "GEO") in [(r, c) for r, c, _ in found]
    assert all(r != "actor" for r, _, _ in found)
    assert all(c != "RUS" for _, c, _ in found)


def test_carriers_told_a_story_are_not_parties():
    found = actors("Officials told Interfax-Ukraine that a drone attack killed two soldiers.")
    assert all(c != "UKR" for _, c, _ in found)
