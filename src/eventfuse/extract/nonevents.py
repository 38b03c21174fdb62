"""Why a report tells no conflict event: a natural disaster, an accident, or ordinary crime.

"No event" is an outcome the extractor states, not a default: deaths in an earthquake, a blast
at a gas depot or a police drug bust are news, but not political violence or protest. Words
that say someone did it on purpose (an attack, a bomber, arson, militants) keep a sentence an
event whatever else it mentions.
"""

from __future__ import annotations

import re

NATURAL = "natural-disaster"
ACCIDENT = "accident"
CRIME = "crime"

_NATURAL = re.compile(
    r"\b(?:earthquakes?|quakes?|tremors?|floods?|flooding|flooded|flash floods?|landslides?|mudslides?|cyclones?|hurricanes?|typhoons?|"
    r"tornado(?:es|s)?|storms?|heavy rain\w*|torrential|downpours?|monsoon|droughts?|famine|wildfires?|forest fires?|bush ?fires?|tsunamis?|"
    r"volcan\w*|erupt(?:ed|ion|ions)|avalanches?|heat ?waves?|cold (?:wave|snap)|lightning|outbreaks?|epidemic|pandemic|covid\w*|coronavirus|"
    r"cholera|ebola|dengue|malaria|measles|infections?|infected|new cases|locust\w*|"
    r"erdbeben|überschwemmung\w*|hochwasser|unwetter|séisme|tremblement de terre|inondation\w*|terremoto|sismo|inundaci\w+|alluvione|"
    r"землетрясени\w*|наводнени\w*|землетрус\w*|повін\w*)\b",
    re.I,
)
_ACCIDENT = re.compile(
    r"\b(?:accident\w*|crash(?:ed|es)?|collided|collision|derail\w*|capsiz\w*|sank|sinking|shipwreck|collaps(?:ed|e|ing)|caved in|"
    r"(?:gas|cylinder|boiler|chemical|industrial|factory|pipeline|tanker|fuel|transformer) (?:leak|explosion|blast|fire)s?|gas leak|short[- ]circuit|"
    r"blaze|fires?|fire broke out|caught fire|burn(?:ed|t|ing) down|fire ?fighters|firemen|"
    r"(?:gas|fuel|oil|petrol|tanker|pipeline|cylinder|boiler|transformer|factory|plant|refinery) (?:\w+ )?(?:exploded|caught fire|burst into flames)|"
    r"toxic (?:alcohol|liquor|brew)|bootleg (?:liquor|alcohol)|tainted (?:alcohol|liquor|food|milk)|methanol poisoning|food poisoning|"
    r"stampede|spill\w*|electrocut\w*|drown\w*|poisoning|toxic fumes|mishap|negligence|plunged|overturned|skidded|gorge|ravine|"
    r"rescu\w*|rubble|debris|trapped|survivors|gutted|fell (?:from|into|off)|"
    r"(?:explosion|blast|fire|blaze|collapse)s? (?:\w+ ){0,3}(?:at|in|inside|near) (?:a |an |the )?(?:\w+ )?(?:factory|plant|refinery|mine|warehouse|depot|"
    r"building|hospital|hotel|club|tanker|pipeline|well|workshop|godown|mill|station)|"
    r"road (?:accident|crash)|fireworks?|refinery|gas (?:explosion|blast|cylinder)|cylinder|boiler|mine (?:collapse|blast|explosion)|"
    r"(?:bus|truck|lorry|car|train|boat|ferry|vessel|plane|minibus|tanker|vehicle) (?:accident|crash|plunged|overturned|fell|collided|capsized|derailed|skidded|caught fire)|"
    r"unfall\w*|unglück\w*|brand|accident\w*|incendie\w*|incidente\w*|naufragio|авари\w*|пожар\w*|аварі\w*|пожеж\w*)\b",
    re.I,
)
_CRIME = re.compile(
    r"\b(?:drugs?|narcotics?|cocaine|heroin|methamphetamine|meth|cannabis|marijuana|opium|hashish|fentanyl|smuggl\w*|traffick\w*|cartels?|"
    r"contraband|counterfeit\w*|money laundering|fraud\w*|embezzl\w*|brib\w*|corruption|robber(?:y|ies)|robbers?|burglar\w*|theft|thieves|"
    r"stolen|extortion|poach\w*|illegal (?:mining|logging|fishing|arms|immigrants|migrants)|organi[sz]ed crime|criminal (?:gangs?|networks?|groups?|organi[sz]ations?)|"
    r"mafia|gangsters?|syndicates?|kingpin|drogen\w*|schmuggel\w*|drogue\w*|trafic|narcotrafic\w*|droga\w*|narcotr\w+|contrabband\w*|"
    r"наркот\w*|контрабанд\w*)\b",
    re.I,
)
# The marks of a killing on bodies found: bullets, bonds, torture (shared with the trigger for bodies found).
KILLING_MARKS = (r"(?:gunshot|bullet|stab) (?:wounds?|holes)|gunshot|bullets?|bullet-riddled|execution-style|"
                 r"hands? (?:bound|tied)|blindfold\w*|mutilat\w*|decapitat\w*|tortur\w*|(?:signs|marks) of torture")
# Someone did it on purpose: an attack, not a disaster or an accident.
_INTENT = re.compile(
    r"\b(?:attack\w*|bomber\w*|bombing|bombed|gunm[ae]n|militants?|militi(?:a|as|am[ae]n)|terror\w*|insurgents?|rebels?|shell(?:ed|ing)|missiles?|air ?strikes?|airstrikes?|"
    r"suicide|ieds?|arson\w*|set (?:fire|ablaze)|torched|assailants|armed men|mobs?|rioters|vigilantes|lynch\w*|(?:unidentified|unknown) (?:men|persons|people|individuals)|deliberate\w*|sabotage\w*|drones?|rockets?|"
    r"opened fire|gunfire|fired (?:at|on|upon|shots)|(?:exchanged|exchange of|returned) (?:\w+ )?fire|crossfire|firing|shot|shooting|gunm[ae]n|stabb\w+|beat(?:en|ing)?|"
    r"raid\w*|ambush\w*|clash\w*|fighters|offensive|assault\w*|"
    + KILLING_MARKS + "|"
    # War communiqués: the enemy, and ships sunk by someone ("sank a landing craft"), not in a storm.
    r"invaders|occupiers|enemy|counter-?attack\w*|liquidat\w*|eliminated|naval drones?|sea drones?|snipers?|sniper fire|"
    r"(?:sank|sunk) (?:a|an|the|two|three|\w+) (?:\w+ ){0,2}?(?:warships?|landing (?:craft|ships?)|cruisers?|corvettes?|frigates?|submarines?|patrol boats?)|"
    # Weapons of war: "artillery fire" is fire from guns, not a blaze.
    r"artillery|mortars?|howitzers?|shells?|shellfire|grenades?|bombard\w*|warplanes?|gunships?|war[- ]crimes?|"
    r"protest\w*|demonstrat\w*|riot\w*|police (?:fired|shot)|shot dead|gunfire|kidnap\w*|abduct\w*|"
    r"anschlag\w*|angriff\w*|attentat\w*|attaque\w*|ataque\w*|atentado\w*|attacc\w*|атак\w*|теракт\w*|обстрел\w*|обстріл\w*)\b",
    re.I,
)
# Seizing weapons is disrupting their use (a conflict event), whoever smuggled them.
_WEAPONS = re.compile(r"\b(?:weapons?|arms|rifles?|guns|ammunition|explosives?|grenades?|rockets?|missiles?|ieds?|bombs?|munitions|waffen|armes|armas|armi|оружи\w*|зброї|зброю)\b", re.I)
# Political targets of an arrest: arrests of these are conflict events whatever the charge.
_POLITICAL = re.compile(
    r"\b(?:protest\w*|demonstrat\w*|activists?|opposition|journalists?|dissidents?|militants?|rebels?|insurgents?|terror\w*|"
    r"jihadist\w*|separatists?|politicians?|lawmakers?|party (?:members|leaders?)|coup|treason|espionage|spy|spies|extremis\w*)\b",
    re.I,
)


def why_no_event(text: str) -> str | None:
    """The reason a text that holds no conflict event tells something else, or None.

    >>> why_no_event("A magnitude 6.1 earthquake killed 12 people in the mountains.")
    'natural-disaster'
    >>> why_no_event("Militants attacked a village.") is None
    True
    """
    if _INTENT.search(text):
        return CRIME if _CRIME.search(text) and not _POLITICAL.search(text) and not _violent(text) else None
    if _NATURAL.search(text):
        return NATURAL
    if _ACCIDENT.search(text):
        return ACCIDENT
    if _CRIME.search(text) and not _WEAPONS.search(text):
        return CRIME
    return None


def _violent(text: str) -> bool:
    return bool(re.search(r"\b(?:killed|shot|attack\w*|bomb\w*|gunfire|kidnap\w*|abduct\w*)\b", text, re.I))


def not_an_event(sentence: str, article: str, event_type: str, trigger: str) -> bool:
    """True when a sentence's trigger tells a disaster, an accident or ordinary crime, not a conflict event.

    Only deaths, injuries, blasts and fires give way to a disaster or accident told in the sentence
    or, when the sentence says nothing of cause, in the article; an arrest or a seizure gives way to
    ordinary crime told in the sentence.
    """
    if event_type == "ASSAULT" and not _INTENT.search(trigger):
        # "killed", "destroyed", "struck", "battled the blaze": what happened, not that anyone attacked.
        if _INTENT.search(sentence):
            return False
        if _NATURAL.search(sentence) or _ACCIDENT.search(sentence):
            return True
        return _CASUALTY.fullmatch(trigger.lower()) is not None and not _INTENT.search(article) and bool(_NATURAL.search(article) or _ACCIDENT.search(article))
    if event_type in {"COERCE", "ACCUSE", "SANCTION"} and _CRIME.search(sentence) and not _POLITICAL.search(sentence) and not _WEAPONS.search(sentence):
        return True
    return False


# ASSAULT triggers that say what happened to people or things, not that anyone attacked.
_CASUALTY = re.compile(
    r"killed|kill(?:s|ing)?|died|dead|deaths?|death toll|injured|wounded|(?:were|was|been) (?:\w+ly )?hurt|went off|casualt(?:y|ies)|explosions?|exploded|blasts?|blew up|"
    r"destroyed|hit by|burn(?:ed|t) (?:down|alive)|"
    r"getötet\w*|tote[n]?|ums leben|starben|verletzt\w*|verwundet\w*|explosion\w*|tué\w*|morts?|blessé\w*|muert[oa]s|murieron|herid[oa]s|"
    r"explosi\w+|mort[ie]|uccis[io]|ferit[ie]|esplosion\w*|погиб\w*|убит\w*|ранен\w*|взрыв\w*|загину\w*|загибл\w*|вбит\w*|поранен\w*|вибух\w*"
)
