"""ACLED-style sub-event types and PLOVER modes of whole mentions, on sentences written for these tests."""

from __future__ import annotations

import pytest

from eventfuse.extract import extract
from eventfuse.model import Article


def main(text: str, language: str = "en"):
    return next(m for m in extract(Article(id="t", text=text, language=language)) if m.is_main)


@pytest.mark.parametrize(
    ("text", "event_type", "sub_event_type"),
    [
        ("Warplanes pounded the outskirts of the town overnight, killing five civilians.", "ASSAULT", "Air/drone strike"),
        ("A drone hit a fuel depot on the edge of the city.", "ASSAULT", "Air/drone strike"),
        ("Artillery shells struck a residential block, wounding nine.", "ASSAULT", "Shelling/artillery/missile attack"),
        ("A roadside bomb exploded under a police pickup, killing two officers.", "ASSAULT", "Remote explosive/landmine/IED"),
        ("A man threw a hand grenade into a crowded bar on Saturday night.", "ASSAULT", "Grenade"),
        ("A suicide bomber blew himself up at a checkpoint, killing six policemen.", "ASSAULT", "Suicide bomb"),
        ("Residents reported a chlorine gas attack on the besieged district.", "ASSAULT", "Chemical weapon"),
        ("Gunmen on motorbikes killed 12 villagers in a raid on a market.", "ASSAULT", "Attack"),
        ("Militants attacked an army checkpoint, killing three soldiers.", "ASSAULT", "Armed clash"),
        ("Rebels and government troops clashed for hours near the airport.", "ASSAULT", "Armed clash"),
        ("Armed men abducted four aid workers on the road to the camp.", "ASSAULT", "Abduction/forced disappearance"),
        ("Soldiers raped two women during the search of the village.", "ASSAULT", "Sexual violence"),
        ("A mob lynched a man accused of stealing a motorbike.", "ASSAULT", "Mob violence"),
        ("Hundreds of homes were torched and shops looted by armed men in the village.", "ASSAULT", "Looting/property destruction"),
        ("Thousands of protesters marched peacefully through the capital.", "PROTEST", "Peaceful protest"),
        ("Police used tear gas and water cannon to disperse hundreds of demonstrators.", "PROTEST", "Protest with intervention"),
        ("Security forces opened fire on protesters, killing four people.", "ASSAULT", "Excessive force against protesters"),
        ("Protesters threw stones at police and set cars on fire.", "PROTEST", "Violent demonstration"),
        ("Police detained 40 protesters outside parliament.", "COERCE", "Protest with intervention"),
        ("Al-Shabaab fighters seized control of the town after government troops withdrew.", "COERCE", "Non-state actor overtakes territory"),
        ("The army recaptured the village from rebels on Sunday.", "COERCE", "Government regains territory"),
        ("The militia handed over control of the port to the coast guard without a fight.", "RETREAT", "Non-violent transfer of territory"),
        ("Troops set up a new military base near the border village.", "MOBILIZE", "Headquarters or base established"),
        ("The group named a new commander after the old one was captured.", "MOBILIZE", "Change to group/activity"),
        ("Police defused a bomb planted near a school.", "COERCE", "Disrupted weapons use"),
        ("Air defences shot down twelve drones overnight.", "COERCE", "Disrupted weapons use"),
        ("A large cache of weapons was found in an abandoned house.", "COERCE", "Disrupted weapons use"),
        ("Security forces arrested the opposition leader at his home.", "COERCE", "Arrests"),
        ("The two sides signed a ceasefire agreement in the capital.", "AGREE", "Agreement"),
        ("A new checkpoint was set up by the militia at the entrance to the town.", "MOBILIZE", "Headquarters or base established"),
        ("Government forces used chlorine in the assault on the suburb.", "ASSAULT", "Chemical weapon"),
        ("Hundreds of fresh recruits graduated from the rebel training camp.", "MOBILIZE", "Change to group/activity"),
        ("Troops cleared the district of militants after a week of fighting.", "ASSAULT", "Government regains territory"),
        ("Riot police blocked the march and forcibly removed the organisers.", "PROTEST", "Protest with intervention"),
    ],
)
def test_sub_event_types(text, event_type, sub_event_type):
    mention = main(text)
    assert (mention.event_type, mention.sub_event_type) == (event_type, sub_event_type)


def test_machine_translated_robot_attack_is_shelling():
    assert main("The Ukrainian robotattack hit a depot, killing three.").sub_event_type == "Shelling/artillery/missile attack"


def test_riot_police_do_not_make_a_protest_violent():
    assert main("Riot police watched as thousands marched against the new tax.").sub_event_type == "Peaceful protest"


def test_a_protest_broken_up_in_the_next_sentence_is_one_protest_with_intervention():
    mention = main("Protesters marched on parliament on Monday. Police fired tear gas and arrested 20 of them.")
    assert (mention.event_type, mention.sub_event_type) == ("PROTEST", "Protest with intervention")


def test_a_march_that_turns_into_clashes_and_looting_is_a_violent_demonstration():
    mention = main("Thousands marched through the city. Later, clashes broke out with police and several shops were looted.")
    assert mention.sub_event_type == "Violent demonstration"


def test_who_attacks_whom_at_a_protest():
    assert main("Police attacked protesters with batons, injuring dozens.").sub_event_type == "Excessive force against protesters"
    assert main("Angry protesters attacked a police station and set it on fire.").sub_event_type == "Violent demonstration"


def test_a_protest_over_a_killing_is_still_peaceful():
    mention = main("Hundreds of students marched peacefully on Friday to protest the killing of a classmate by an unknown gunman.")
    assert (mention.event_type, mention.sub_event_type) == ("PROTEST", "Peaceful protest")


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # Sentences written from ACLED's sub-event definitions.
        ("A suicide bomber blew himself up at a checkpoint.", "Suicide bomb"),
        ("Islamic State militants fired mortar rounds containing mustard agent at Kurdish fighters.", "Chemical weapon"),
        ("Several children died of asphyxiation after a gas attack on the neighbourhood, rescuers said.", "Chemical weapon"),
        ("Pro-government forces took back the strategic hill from the Houthis.", "Government regains territory"),
        ("Tribal elders brokered a ceasefire after a week of clashes over grazing land.", "Agreement"),
        ("Police opened fire on a peaceful march, wounding 12 people.", "Excessive force against protesters"),
        ("Demonstrators stormed the municipal building and smashed windows.", "Violent demonstration"),
        ("The insurgents abandoned their positions, and troops moved in without a fight.", "Non-violent transfer of territory"),
        ("A church was burnt down by a mob in the town.", "Mob violence"),
        ("Afghan forces cleared the district of Taliban fighters and restored government control.", "Government regains territory"),
        ("Iraqi forces have fully freed the city from ISIS, the prime minister announced.", "Government regains territory"),
        ("Militants shot dead a school teacher.", "Attack"),
        ("The rebel group announced it would merge with another faction.", "Change to group/activity"),
        ("Militiamen burned down houses in the village.", "Looting/property destruction"),
        ("Police used tear gas to disperse a crowd of students.", "Protest with intervention"),
        ("Rival supporters attacked each other with sticks and stones after the match.", "Mob violence"),
        ("Gunmen looted shops and set houses ablaze in the village.", "Looting/property destruction"),
        ("Armed men destroyed a telecommunication mast.", "Looting/property destruction"),
        ("Gunmen opened fire on a bus, killing seven passengers.", "Attack"),
        ("The rebel group announced a unilateral ceasefire.", "Change to group/activity"),
        ("Both sides agreed to a truce.", "Agreement"),
        ("Unknown assailants hacked a village chief to death.", "Attack"),
        ("The insurgents turned a school into their base.", "Headquarters or base established"),
        ("Demonstrators threw petrol bombs at the police station.", "Violent demonstration"),
        ("The army drove the militants out of the district.", "Government regains territory"),
        ("A rocket fired from Gaza was intercepted by air defences.", "Disrupted weapons use"),
        ("Police killed two protesters during clashes in the city centre.", "Excessive force against protesters"),
        ("Students clashed with police and threw petrol bombs near the university.", "Violent demonstration"),
        ("The bomb squad dismantled an explosive device outside the bank.", "Disrupted weapons use"),
        # Crowds, with no word for a protest: their acts say it.
        ("Rioting students set fire to the administration block of the university.", "Violent demonstration"),
        ("Opposition supporters pelted the governor's convoy with rocks.", "Violent demonstration"),
        ("Angry traders clashed with municipal officers who came to demolish their stalls.", "Violent demonstration"),
        ("Residents gathered outside the court to demand justice for the murdered journalist.", "Peaceful protest"),
        ("Riot police used water cannon to scatter protesters gathered in front of the presidential palace.", "Protest with intervention"),
        ("Police arrested 15 activists during a march against the mining project.", "Protest with intervention"),
        ("The insurgents took over the district headquarters.", "Non-state actor overtakes territory"),
        ("Army engineers cleared mines from the road leading to the village.", "Disrupted weapons use"),
        ("A grenade was found in a bag left at the bus station.", "Disrupted weapons use"),
        ("Soldiers discovered a pistol and a grenade hidden in the mosque.", "Disrupted weapons use"),
        ("Security forces retook the border post that rebels had held since March.", "Government regains territory"),
        # Property blown up or burned down on purpose, with nobody hurt.
        ("Militants blew up an oil pipeline in the delta.", "Looting/property destruction"),
        ("Unidentified men burned down a primary school in the village overnight.", "Looting/property destruction"),
        ("Attackers razed a police post but no one was hurt.", "Looting/property destruction"),
        ("Supporters of rival football clubs fought outside the stadium, injuring ten.", "Mob violence"),
        ("Wagner mercenaries moved into the military camp left by French troops.", "Headquarters or base established"),
        ("Protesters carrying Molotov cocktails marched on the ministry.", "Violent demonstration"),
        # Shells that land in a town pay it no visit.
        ("Artillery shells landed in a residential area, wounding eight civilians.", "Shelling/artillery/missile attack"),
        # A group making a place its base, in words other than "set up a base".
        ("Gunmen have made an abandoned quarry their hideout, villagers said.", "Headquarters or base established"),
        ("Members of the militia installed themselves in the old customs office on Monday.", "Headquarters or base established"),
        ("Insurgents moved into a disused warehouse and turned it into a command centre.", "Headquarters or base established"),
        ("The rebel movement has relocated its headquarters to a town near the border.", "Headquarters or base established"),
        ("Fighters of the group have been camping in the valley since Sunday, elders said.", "Headquarters or base established"),
        ("The armed group has settled in several villages of the district.", "Headquarters or base established"),
        # The grievance a crowd protests names no violence of its own, but the word "protest" still makes it a crowd.
        ("Angry residents blocked the road and torched two buses to protest the killing of a student.", "Violent demonstration"),
        ("The army said it had cleared the forest of jihadist fighters and restored state authority there.", "Government regains territory"),
        # Weapons made safe, told in the passive with what was done to them before.
        ("An explosive device attached to a lorry was dismantled by police experts.", "Disrupted weapons use"),
        ("Four mines laid along the track were cleared by a demining unit.", "Disrupted weapons use"),
    ],
)
def test_acled_definitions(text, sub_event_type):
    assert main(text).sub_event_type == sub_event_type


def test_a_minister_who_landed_in_a_capital_is_on_a_visit_and_a_march_in_march_is_no_march():
    assert main("The foreign minister landed in Nairobi on Tuesday for talks.").event_type == "CONSULT"
    assert main("Security forces detained the union leader at the March 8 meeting.").sub_event_type == "Arrests"



def test_an_arrest_the_day_after_a_rally_is_an_arrest():
    assert main("Security forces arrested the opposition leader at his home on Sunday, a day after a rally turned violent.").sub_event_type == "Arrests"
    assert main("Police arrested 40 protesters at a rally in Dhaka.").sub_event_type == "Protest with intervention"
