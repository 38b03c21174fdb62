"""The idiom of war communiqués and front-line reports, on sentences written for these tests: enemies
"eliminated" or "liquidated", targets "hit" (and people hit by a weapon), ships "sunk", counterattacks and assaults
on a place are fighting, not "no event"; the same words outside war are left alone, and so is a side's total of
losses, which tells no one event."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from eventfuse.extract import extract
from eventfuse.model import Article

PUBLISHED = datetime(2024, 3, 9, 8, 0, tzinfo=timezone.utc)


def main(text: str):
    mentions = extract(Article(id="w", text=text, language="en", published=PUBLISHED, outlet="Front Wire"))
    return next((m for m in mentions if m.is_main), None)


def killed(mention) -> list[tuple[int | None, int | None]]:
    return [(c.low, c.high) for c in mention.claims if c.field == "killed" and not c.who]


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("Border guards liquidated a sabotage group that crossed into the Sumy region overnight.", "Armed clash"),
        ("Rocket artillery hit an ammunition depot of the occupiers in Melitopol.", "Shelling/artillery/missile attack"),
        ("Sea drones sank a patrol boat of the Black Sea Fleet near Sevastopol.", "Air/drone strike"),
        ("The brigade repelled a counterattack near Klishchiivka.", "Armed clash"),
        ("Army aviation carried out nine strikes on enemy positions in the south.", "Air/drone strike"),
        ("The invaders suffered heavy losses in failed assaults on the town.", "Armed clash"),
        ("Two border guards were hit by sniper fire at a checkpoint.", "Armed clash"),
    ],
)
def test_front_line_reports_are_fighting(text, sub_event_type):
    mention = main(text)
    assert mention is not None, text
    assert (mention.event_type, mention.sub_event_type) == ("ASSAULT", sub_event_type)


def test_eliminated_enemies_are_counted_as_killed():
    mention = main("In the east, defenders eliminated 64 invaders and destroyed eleven armoured vehicles, the general staff said.")
    assert mention.sub_event_type == "Armed clash"
    assert killed(mention) == [(64, 64)]


@pytest.mark.parametrize(
    "text",
    [
        "The champions were eliminated from the cup on penalties.",
        "The finance ministry eliminated the tax on diesel.",
        "The fishing trawler sank in heavy seas and the crew was rescued.",
        "The club lost three players to injury before the final.",
        "Exporters were hit by the strong currency and by new tariffs.",
        "The army has lost about 9,000 soldiers since the war began, the defence minister said.",
    ],
)
def test_the_same_words_outside_war_tell_no_attack(text):
    mention = main(text)
    assert mention is None or mention.event_type != "ASSAULT", text


@pytest.mark.parametrize(
    ("text", "event_type", "sub_event_type"),
    [
        ("Deputy mayor Petrenko liquidated in the occupied city", "ASSAULT", "Attack"),
        ("Artillery hit a column of enemy equipment at the river crossing", "ASSAULT", None),
        ("The army ousted the enemy from more than twenty settlements", "COERCE", "Government regains territory"),
        ("Retreating troops loot from homes and schools", "ASSAULT", "Looting/property destruction"),
    ],
)
def test_more_war_report_idiom(text, event_type, sub_event_type):
    mention = main(text)
    assert mention.event_type == event_type
    if sub_event_type:
        assert mention.sub_event_type == sub_event_type


def test_a_company_liquidated_is_no_killing():
    assert not [m for m in extract(Article(id="t", text="The trading company was liquidated in 2019.", language="en")) if not m.background]
