"""PLOVER types of single sentences: the trigger the sentence is about wins."""

from __future__ import annotations

import pytest

from eventfuse.extract.nlp import pipeline
from eventfuse.extract.triggers import find_triggers, governing


def sentence_type(text: str) -> tuple[str | None, str | None]:
    sentence = next(iter(pipeline("en")(text).sents))
    chosen = governing(find_triggers(sentence.text), sentence)
    return (chosen.event_type, chosen.mode) if chosen else (None, None)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Turkey and Greece agreed to cooperate against people smuggling.", "AGREE"),
        ("The foreign ministers met in Geneva on Monday.", "CONSULT"),
        ("The prime minister praised the efforts of the mediators.", "SUPPORT"),
        ("The government eased restrictions on foreign journalists.", "CONCEDE"),
        ("The two navies held joint exercises in the gulf.", "COOPERATE"),
        ("The agency delivered food and medicine to the camps.", "AID"),
        ("The rebels freed 14 hostages after weeks of talks.", "RETREAT"),
        ("The opposition demanded new elections.", "REQUEST"),
        ("Russia accused Ukraine of shelling a border village.", "ACCUSE"),
        ("The ministry rejected the proposal outright.", "REJECT"),
        ("North Korea threatened to strike back at any attack.", "THREATEN"),
        ("Thousands protested against the pension reform.", "PROTEST"),
        ("The United States imposed sanctions on three banks.", "SANCTION"),
        ("Pakistan mobilized thousands of troops along the border.", "MOBILIZE"),
        ("Police detained 40 protesters in the square.", "COERCE"),
        ("Gunmen killed five people at a wedding.", "ASSAULT"),
    ],
)
def test_each_plover_type(text, event_type):
    assert sentence_type(text)[0] == event_type


def test_a_scene_setting_phrase_gives_way():
    assert sentence_type("The government imposed a curfew on the city after the riots.") == ("COERCE", "curfew")


def test_reporting_phrases_are_not_events():
    assert sentence_type("The ministry released a statement on Monday.") == (None, None)
    assert sentence_type("A police officer, who asked not to be named, declined to comment.") == (None, None)
    assert sentence_type("Nine people were admitted to hospital.") == (None, None)


def test_backers_are_not_support():
    assert sentence_type("Russian-backed separatists shelled the town.")[0] == "ASSAULT"


def test_nobody_claiming_responsibility_is_no_claim():
    assert sentence_type("No group has claimed responsibility for the bombing.")[0] == "ASSAULT"


def test_declining_to_cooperate_is_a_rejection():
    assert sentence_type("Israel said it would not negotiate with the group.")[0] == "REJECT"
    assert sentence_type("The government has not agreed to release the prisoners.")[0] == "REJECT"


def test_a_negated_attack_is_no_attack():
    assert sentence_type("Police did not attack the marchers.")[0] == "PROTEST"


def test_a_diplomatic_protest_is_an_accusation():
    assert sentence_type("China protested the sale of fighter jets to the island.") == ("ACCUSE", "disapprove")
    assert sentence_type("The foreign ministry lodged a protest with the embassy.") == ("ACCUSE", "disapprove")
    assert sentence_type("The ministry handed the envoy a protest note.")[0] == "ACCUSE"


def test_a_coercive_act_held_over_someone_is_a_threat():
    assert sentence_type("The European Union said it would impose sanctions if the elections were rigged.")[0] == "THREATEN"


def test_a_verbal_attack_is_an_accusation():
    assert sentence_type("The senator attacked the government's budget plans.") == ("ACCUSE", "disapprove")


def test_the_main_verb_competes_when_no_pattern_caught_it():
    from eventfuse.extract import extract
    from eventfuse.model import Article

    (mention,) = extract(Article(id="t", text="Cairo rebuffs the offer from its neighbour.", language="en"))
    assert mention.event_type == "REJECT"


def test_a_bomb_that_claimed_lives_is_an_attack():
    assert sentence_type("The car bomb claimed the lives of 20 people outside the ministry.")[0] == "ASSAULT"


def test_people_hurt_in_riots_are_a_riot_and_hurt_in_clashes_an_attack():
    assert sentence_type("Dozens of people were injured in riots in the capital, police said.") == ("PROTEST", "riot")
    assert sentence_type("Two protesters were killed during demonstrations in the capital.")[0] == "PROTEST"
    assert sentence_type("Five people were killed in clashes in the capital.")[0] == "ASSAULT"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # CAMEO codes as CAMEO2PLOVER maps them, in sentences written for these tests: diplomatic recognition is
        # support (054), mobilising armed forces MOBILIZE (154), reducing relations a sanction (16), a vote against a
        # rejection (12), aid delivered AID (07), and so on.
        ("Washington recognised the transitional council as the legitimate government.", "SUPPORT"),
        ("The government called up 10,000 reservists.", "MOBILIZE"),
        ("The army put its troops on high alert.", "MOBILIZE"),
        ("Moscow suspended its participation in the grain deal.", "SANCTION"),
        ("Parliament voted down the budget.", "REJECT"),
        ("The World Food Programme delivered grain to the besieged town.", "AID"),
        ("UN peacekeepers escorted the convoy through the valley.", "AID"),
        ("The government returned the seized farmland to its owners.", "RETREAT"),
        ("The country received a team of nuclear inspectors.", "RETREAT"),
        ("The court found the company liable for the spill.", "ACCUSE"),
        ("Rioters torched cars in the suburbs.", "PROTEST"),
        ("The mediators halted the peace talks.", "SANCTION"),
        ("The regulator restricted access to social media.", "COERCE"),
        ("Pirates hijacked a tanker off the coast.", "ASSAULT"),
        ("Soldiers beat protesters with batons.", "ASSAULT"),
        ("Two reporters were beaten by riot police outside parliament.", "ASSAULT"),
        ("The militants used villagers as human shields.", "ASSAULT"),
        ("The militia drove thousands of villagers from their homes.", "ASSAULT"),
        ("The senator spoke in favour of the peace plan.", "SUPPORT"),
        ("The government granted the region greater autonomy.", "CONCEDE"),
        ("The junta restored the country's constitution.", "CONCEDE"),
        ("The government ordered the aid agencies to leave the region.", "SANCTION"),
        ("The federation suspended the country from all competitions.", "SANCTION"),
        ("The bank froze the accounts of the ousted ruler.", "SANCTION"),
        ("The government shut down three independent newspapers.", "COERCE"),
        ("Security forces took the activist into custody.", "COERCE"),
        ("The president lashed out at foreign media.", "ACCUSE"),
        ("The government let aid workers into the area.", "RETREAT"),
        ("Taxi drivers blocked the main roads into the city.", "PROTEST"),
        ("The president received the Qatari envoy.", "CONSULT"),
        ("The Red Crescent distributed tents to the displaced.", "AID"),
        ("Israel called up thousands of reservists ahead of the operation.", "MOBILIZE"),
        ("North Korea held large-scale artillery drills near the maritime border.", "MOBILIZE"),
        ("The two navies held joint exercises in the Arabian Sea.", "COOPERATE"),
        ("Ethiopia pulled its troops out of Somalia.", "RETREAT"),
        ("Washington said all options were on the table regarding the crisis.", "THREATEN"),
        ("The EU announced an emergency package of 20 million euros for flood victims.", "AID"),
        ("Qatar has provided fuel shipments to the Gaza power plant.", "AID"),
        ("President Ruto will travel to Washington next week.", "CONSULT"),
        ("Security forces raided the offices of the independent newspaper.", "COERCE"),
        ("Beijing sent dozens of warplanes towards the island on Sunday.", "MOBILIZE"),
        ("Pretoria filed a genocide case against Israel at the world court.", "ACCUSE"),
        # Headlines, in the present tense.
        ("Iran puts armed forces on alert after drone incident", "MOBILIZE"),
        ("India moves warships to the Indian Ocean amid tensions", "MOBILIZE"),
        ("Kuwait to give $100 million to help Syrian refugees", "AID"),
        ("Red Cross flies medicine into besieged town", "AID"),
        ("Interpol and Nigerian police team up to fight cybercrime", "COOPERATE"),
        ("Government backs down on fuel price hike after protests", "CONCEDE"),
        ("EU bans imports of Russian steel", "SANCTION"),
        ("US blacklists Chinese tech firms", "SANCTION"),
    ],
)
def test_cameo_codes(text, event_type):
    assert sentence_type(text)[0] == event_type


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah fighters launched rockets at the border town.",
        "The air force dropped barrel bombs on the rebel-held district.",
        "Pakistani forces exchanged fire with Afghan border guards.",
    ],
)
def test_weapons_fired_launched_or_dropped_at_a_target_and_fire_exchanged(text):
    assert sentence_type(text)[0] == "ASSAULT"


def test_summoning_an_ambassador_is_an_official_complaint():
    assert sentence_type("The British government summoned the Russian ambassador.")[0] == "ACCUSE"


def test_a_claim_of_responsibility_is_an_allegation_but_a_claim_of_the_act_is_the_act():
    from eventfuse.extract.triggers import find_triggers as _find

    sentence = "Al-Shabaab said it was responsible for the blast."
    assert any(t.event_type == "ACCUSE" and t.mode == "allege" for t in _find(sentence))
    assert sentence_type("The army said it carried out air strikes on rebel positions.")[0] == "ASSAULT"


def test_a_denial_in_a_concessive_clause_is_not_the_news():
    from eventfuse.extract import extract
    from eventfuse.model import Article

    text = "Islamist militants are said to have abducted around 50 women in Borno state, residents told AFP, though the army denied the report."
    (main,) = [m for m in extract(Article(id="t", text=text, language="en")) if m.is_main]
    assert (main.event_type, main.mode) == ("ASSAULT", "abduct")


def test_a_broken_truce_is_told_by_the_violence_that_broke_it():
    from eventfuse.extract import extract
    from eventfuse.model import Article

    text = ("A ceasefire agreed last month between Armenia and Azerbaijan was violated on Wednesday when Azerbaijani "
            "forces shelled Armenian positions near Jermuk, killing two soldiers.")
    (main,) = [m for m in extract(Article(id="t", text=text, language="en")) if m.is_main]
    assert (main.event_type, main.sub_event_type) == ("ASSAULT", "Shelling/artillery/missile attack")
    (agreed,) = extract(Article(id="t", text="The two sides agreed a ceasefire on Monday.", language="en"))
    assert agreed.event_type == "AGREE"


@pytest.mark.parametrize(
    "text",
    [
        "Investigators attributed the cyberattack on the water utility to a group tied to a foreign spy agency.",
        "Officials said the car bombing bore the hallmarks of the insurgent group.",
    ],
)
def test_laying_an_attack_at_a_group_door_is_an_allegation(text):
    assert sentence_type(text) == ("ACCUSE", "allege")
