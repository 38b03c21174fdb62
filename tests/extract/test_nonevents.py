"""No event, with a reason: disasters, accidents and ordinary crime are not conflict events."""

from __future__ import annotations

import pytest

from eventfuse.extract import extract, why_no_event
from eventfuse.model import Article


def mentions(text: str):
    return extract(Article(id="t", text=text, language="en"))


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("A magnitude 6.4 earthquake killed at least 30 people in the hills on Tuesday.", "natural-disaster"),
        ("Floods after days of heavy rain have left 14 dead and thousands homeless.", "natural-disaster"),
        ("A fire at a chemical factory killed eight workers.", "accident"),
        ("Twenty passengers died when a bus plunged into a gorge.", "accident"),
        ("Police arrested 15 people suspected of drug trafficking.", "crime"),
    ],
)
def test_disasters_accidents_and_crime_are_no_event_with_a_reason(text, reason):
    assert [m for m in mentions(text) if not m.background] == []
    assert why_no_event(text) == reason


def test_an_attack_stays_an_event_whatever_else_burns():
    found = mentions("Militants set fire to a factory and killed two guards.")
    assert found and found[0].event_type == "ASSAULT"
    assert why_no_event("Militants set fire to a factory and killed two guards.") is None


def test_seized_weapons_are_a_conflict_event_not_crime():
    found = mentions("The army foiled an attempt to smuggle rifles across the border.")
    assert found[0].sub_event_type == "Disrupted weapons use"


def test_firefighters_battling_a_blaze_and_a_heart_attack_are_not_attacks():
    assert mentions("Firefighters battled the blaze for six hours before the warehouse collapsed.") == []
    assert all(m.event_type != "ASSAULT" for m in mentions("The minister died of a heart attack on Sunday."))


def test_industrial_blasts_with_rescuers_are_accidents():
    assert why_no_event("A blast at a fireworks factory killed 14 workers, rescuers said.") == "accident"
    assert mentions("A blast at a fireworks factory killed 14 workers, rescuers said.") == []


def test_fire_exchanged_between_forces_is_no_accident():
    from eventfuse.extract.nonevents import not_an_event

    text = "Pakistani forces exchanged fire with Afghan border guards."
    assert not not_an_event(text, text, "ASSAULT", "exchanged fire")


def test_tankers_pipelines_and_toxic_alcohol_are_accidents_unless_someone_attacked():
    from eventfuse.extract.nonevents import why_no_event

    for text in ("A gas tanker exploded on the highway, killing 25 people.", "An oil pipeline exploded, killing 18 villagers.",
                 "At least 40 people died after drinking toxic alcohol."):
        assert why_no_event(text) == "accident", text
    assert why_no_event("A fuel tanker exploded after it was hit by a drone, killing four.") is None


@pytest.mark.parametrize(
    "text",
    [
        "Police found the bodies of six men with gunshot wounds in a ravine outside the town.",
        "The bodies of four farmers, their hands bound, were dumped by the road near the market.",
    ],
)
def test_bodies_found_with_the_marks_of_a_killing_are_an_attack(text):
    (mention,) = [m for m in mentions(text) if not m.background]
    assert mention.event_type == "ASSAULT"
    assert [c.low for c in mention.claims if c.field == "killed"] in ([6], [4])


def test_bodies_found_with_no_mark_of_a_killing_are_no_event():
    text = "The bodies of two hikers were found at the foot of the cliff after a week of searching."
    assert [m for m in mentions(text) if not m.background] == []


def test_bodies_from_the_rubble_of_a_bombed_building_are_an_attack_not_an_accident():
    (mention,) = [m for m in mentions("Eleven bodies were recovered from the rubble of the bombed building in Kramatorsk on Friday.")
                  if not m.background]
    assert mention.event_type == "ASSAULT"
    assert [(c.low, c.high) for c in mention.claims if c.field == "killed"] == [(11, 11)]
