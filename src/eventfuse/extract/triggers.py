"""Event triggers and weapon cues: words that say what happened, per language.

A trigger gives the PLOVER event type (and for some, a mode); weapon and method cues
anywhere in the mention refine ASSAULT and PROTEST into a PLOVER mode and an
ACLED-style sub-event type. Patterns are matched on the lower-cased sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Trigger:
    event_type: str
    start: int
    end: int
    text: str
    mode: str | None = None


# (event type, mode or None, pattern). Order matters inside one type: the first match wins the mode.
# Patterns use \b word boundaries; inflections are spelled out or stemmed with \w*.
_TRIGGERS: dict[str, list[tuple[str, str | None, str]]] = {
    "en": [
        ("PROTEST", "hunger", r"hunger strikes?"),
        ("PROTEST", "strike", r"(?:general|labou?r|workers'?|nationwide) strikes?|went on strike|walked out"),
        ("PROTEST", "riot", r"riot(?:s|ed|ing|ers)?|looting mobs?"),
        ("PROTEST", "demo", r"protest(?:s|ed|ers|ing)?|demonstrat(?:ion|ions|ors|ed|ing)|rall(?:y|ies|ied)|sit-ins?|march(?:ed|ing|es)?"),
        ("PROTEST", "boycott", r"boycott(?:s|ed|ing)?"),
        ("ASSAULT", "abduct", r"kidnapp?(?:ed|ing|ings)?|abduct(?:ed|ion|ions|ing)?|taken hostage"),
        ("ASSAULT", "sexual", r"rap(?:ed|e|es)|sexual(?:ly)? (?:assault|violence|abuse)\w*"),
        ("ASSAULT", "assassinate", r"assassinat\w*"),
        ("ASSAULT", "massacre", r"massacre[sd]?"),
        ("ASSAULT", None, r"attack(?:s|ed|ing)?|air ?strikes?|(?:missile|drone|rocket|artillery|military) strikes?|"
         r"strikes? on|struck|shell(?:ed|ing|s)|bomb(?:ed|ing|ings)|bombardments?|explosions?|exploded|blasts?|"
         r"detonat\w+|ambush(?:ed|es)?|raid(?:s|ed)?|opened fire|shot dead|gunned down|shootings?|"
         r"clash(?:es|ed)?|fighting|fought|battles?|offensive|invasion|invaded|killed|killings?|"
         r"died|dead|deaths?|death toll|injured|wounded|casualt(?:y|ies)|stabb(?:ed|ing)|beheaded|"
         r"tortur(?:ed|e)|burn(?:ed|t) down|torched|set fire|destroyed|hit by|came under fire"),
        ("COERCE", "arrest", r"arrest(?:s|ed|ing)?|detain(?:s|ed|ing)?|taken into custody"),
        ("COERCE", "curfew", r"curfews?|state of emergency|martial law"),
        ("COERCE", "censor", r"censor(?:ed|ship)|blocked access"),
        ("COERCE", "deport", r"deport(?:ed|ation|ations)"),
        ("COERCE", "ban", r"banned|outlawed"),
        ("MOBILIZE", "troops", r"deploy(?:ed|ment|s)?|mobili[sz](?:ed|ation)|(?:sent|send|sending) (?:troops|soldiers|forces)|reinforcements"),
        ("AGREE", None, r"signed|agreed|agreements?|pact|accord|treaty|deal"),
        ("CONSULT", "visit", r"visit(?:s|ed|ing)?|met with|meeting|talks|summit"),
        ("AID", None, r"humanitarian aid|delivered aid|aid convoy|donat(?:ed|ion)|gave .{0,40} as gifts"),
        ("ACCUSE", "allege", r"accus(?:ed|es|e|ing)|blamed"),
        ("ACCUSE", "disapprove", r"condemn(?:ed|s)?|criticis(?:ed|es)|criticiz(?:ed|es)|denounc(?:ed|es)"),
        ("ACCUSE", "investigate", r"investigat(?:ion|ing|ed|e)|inquiry|probe"),
        ("THREATEN", None, r"threaten(?:ed|s|ing)?|ultimatum|warned"),
        ("REQUEST", None, r"called (?:on|for)|urged|demanded|appealed"),
        ("REJECT", None, r"rejected|refused|denied"),
        ("SANCTION", None, r"sanction(?:s|ed)|expelled|sentenced|convicted|severed ties"),
        ("RETREAT", None, r"withdr(?:ew|awn|awal)|retreat(?:ed)?|released|resigned|ceasefire took effect"),
        ("CONCEDE", None, r"conceded|apologi[sz]ed|eased restrictions"),
        ("COOPERATE", None, r"cooperat(?:ion|e|ed)|joint exercises?"),
        ("SUPPORT", None, r"praised|welcomed|endorsed|backed"),
    ],
    "de": [
        ("PROTEST", "demo", r"protest\w*|demonstr\w+|kundgebung\w*"),
        ("ASSAULT", None, r"\w*angriff\w*|angegriffen|beschoss\w*|beschuss|bombardier\w*|explosion\w*|"
         r"getötet|tote[n]?|ums leben|starben|verletzt\w*|verwundet\w*|\w*einschlag\w*|gefecht\w*|kämpfe\w*"),
        ("COERCE", "arrest", r"festgenommen|verhaftet|festnahme\w*"),
    ],
    "fr": [
        ("PROTEST", "demo", r"manifest\w+|protest\w*|rassemblement\w*|défil\w+|march(?:e|é|èrent|aient)"),
        ("ASSAULT", None, r"attaque\w*|frappes?|frappé\w*|bombard\w+|explosion\w*|tué\w*|morts?|"
         r"blessé\w*|tirs?|combats?|affrontement\w*|pilonn\w*"),
        ("COERCE", "arrest", r"arrêté\w*|interpellé\w*|arrestation\w*"),
    ],
    "es": [
        ("PROTEST", "demo", r"manifesta\w+|protest\w*"),
        ("ASSAULT", None, r"ataque\w*|atac\w+|bombarde\w+|explosi\w+|muert[oa]s|murieron|herid[oa]s|"
         r"enfrentamiento\w*|combates?"),
        ("COERCE", "arrest", r"detenid[oa]s|arrestad[oa]s"),
    ],
    "it": [
        ("PROTEST", "demo", r"manifesta\w+|protest\w*"),
        ("ASSAULT", None, r"attacc\w+|bombard\w+|esplosion\w*|mort[ie]|uccis[io]|ferit[ie]|scontri"),
        ("COERCE", "arrest", r"arrestat[ie]"),
    ],
    "ru": [
        ("PROTEST", "demo", r"протест\w*|митинг\w*|демонстрац\w*"),
        ("ASSAULT", None, r"атак\w*|удар\w*|обстрел\w*|взрыв\w*|погиб\w*|убит\w*|ранен\w*|бомбардир\w*|бо[йи]"),
        ("COERCE", "arrest", r"задержан\w*|арестован\w*"),
    ],
    "uk": [
        ("PROTEST", "demo", r"протест\w*|мітинг\w*|демонстрац\w*"),
        ("ASSAULT", None, r"атак\w*|удар\w*|обстріл\w*|вибух\w*|загину\w*|загибл\w*|вбит\w*|поранен\w*|бо[йї]"),
        ("COERCE", "arrest", r"затриман\w*|заарештован\w*"),
    ],
}

# Weapon and method cues → (PLOVER mode, ACLED sub-event type). First match in this order wins,
# so specific weapons come before generic ones. Machine-translation false friends are listed with
# their meaning: Swedish/Danish/Norwegian "robot(er)" is a missile, "robotattack" a missile attack.
_METHODS: list[tuple[str, str, str]] = [
    ("unconventional", "Chemical weapon", r"chemical (?:weapon|attack)\w*|sarin|chlorine gas|nerve agent|chemiewaffe\w*|arme chimique"),
    ("suicide-attack", "Suicide bomb", r"suicide (?:bomb\w*|attack\w*|vest)|blew (?:himself|herself) up|selbstmordanschlag\w*|attentat-suicide"),
    ("drone", "Air/drone strike", r"drones?|uavs?|shahed\w*|quadcopters?|kamikaze drones?|drohne\w*|дрон\w*|беспилотник\w*|безпілотник\w*"),
    ("aerial", "Air/drone strike", r"air ?strikes?|air raids?|warplanes?|fighter jets?|jets|aircraft|helicopters?|"
     r"aerial bombardment|luftangriff\w*|frappes? aériennes?|bombardement aérien|авиаудар\w*|авіаудар\w*"),
    ("heavy-weapons", "Shelling/artillery/missile attack", r"missiles?|rockets?|artillery|shell(?:ed|ing|s)?|mortars?|"
     r"howitzers?|mlrs|grad|himars|iskander|ballistic|cruise|robot(?:s|er|ar|ene|attack\w*)?|rakete\w*|"
     r"artillerie|granate\w*|beschuss|missiles?|roquettes?|obus|tirs? d'artillerie|misil\w*|cohete\w*|"
     r"missil\w*|razzi|ракет\w*|артиллер\w*|артилер\w*|обстрел\w*|обстріл\w*"),
    ("explosives", "Grenade", r"grenades?|hand grenade\w*|handgranate\w*"),
    ("explosives", "Remote explosive/landmine/IED", r"ieds?|improvised explosive|roadside bomb|landmines?|mines?|car bomb|"
     r"explosive device|booby.trap\w*|bombs?|sprengsatz|engin explosif|mine"),
    ("abduct", "Abduction/forced disappearance", r"kidnapp?\w*|abduct\w*|hostages?|entführ\w*|enlev\w*|secuestr\w*"),
    ("sexual", "Sexual violence", r"rap(?:ed|e|es)|sexual (?:assault|violence|abuse)\w*"),
    ("crowd-control", "Excessive force against protesters", r"tear ?gas|water cannons?|rubber bullets|tränengas|gaz lacrymogène\w*"),
    ("destroy", "Looting/property destruction", r"loot(?:ed|ing)|torched|set fire|burn(?:ed|t) down|vandali[sz]ed"),
    ("firearms", "Armed clash", r"clash(?:es|ed)?|gun ?battle|exchanged fire|firefights?|fighting between|gefecht\w*|affrontement\w*|combats?|enfrentamiento\w*|scontri"),
    ("firearms", "Attack", r"gunmen|gunman|shot|shooting|gunfire|opened fire|rifles?|firearms?|pistols?|bewaffnete|hommes armés|pistoleros"),
    ("primitive", "Attack", r"machetes?|knives|knife|stabb(?:ed|ing)|hacked|clubs|stones|rocks"),
    ("massacre", "Attack", r"massacre[sd]?"),
]


@lru_cache(maxsize=None)
def _compiled(language: str) -> list[tuple[str, str | None, re.Pattern[str]]]:
    rules = _TRIGGERS.get(language, []) + ([] if language == "en" else _TRIGGERS["en"])
    return [(t, m, re.compile(rf"\b(?:{p})\b", re.I)) for t, m, p in rules]


@lru_cache(maxsize=1)
def _methods() -> list[tuple[str, str, re.Pattern[str]]]:
    return [(m, s, re.compile(rf"\b(?:{p})\b", re.I)) for m, s, p in _METHODS]


# Strength of each type when a sentence matches several: violence and protest outrank talk.
PRIORITY = ["ASSAULT", "PROTEST", "COERCE", "MOBILIZE", "SANCTION", "THREATEN", "RETREAT", "AGREE",
            "CONSULT", "AID", "ACCUSE", "REQUEST", "REJECT", "CONCEDE", "COOPERATE", "SUPPORT"]

# Words that say someone was killed or hurt: enough on their own to make a sentence violent.
CASUALTY_TYPES = {"ASSAULT"}


def find_triggers(text: str, language: str = "en") -> list[Trigger]:
    """All trigger matches in a sentence, strongest type first, then by position."""
    found: list[Trigger] = []
    for event_type, mode, pattern in _compiled(language if language in _TRIGGERS else "en"):
        for m in pattern.finditer(text):
            if _is_false_trigger(text, m):
                continue
            found.append(Trigger(event_type, m.start(), m.end(), m.group(0), mode))
    found.sort(key=lambda t: (PRIORITY.index(t.event_type), t.start))
    return found


def _is_false_trigger(text: str, m: re.Match[str]) -> bool:
    word = m.group(0)
    lower = word.lower()
    before = text[max(0, m.start() - 30) : m.start()].lower()
    after = text[m.end() : m.end() + 30].lower()
    # "March" the month is not a protest march; "deal" the verb in "deal with" is not an agreement.
    if lower.startswith("march") and word[0].isupper():
        return True
    # Negated: "there were no arrests", "police did not intervene", "without injuries".
    if re.search(r"\b(?:no|not|never|without|nor|n't|kein\w*|nicht|pas de|sans|ningún|ninguna|sin|nessun\w*|senza|без|не)\s+(?:\w+\s+)?$", before):
        return True
    if lower == "deal" and after.startswith(" with"):
        return True
    # "attack and defense techniques": a noun used as a modifier, not an event.
    if lower == "attack" and re.match(r"\s+and\s+defen[cs]e", after):
        return True
    # Hypotheticals: "if one member state is attacked"; "it is an attack on all".
    if re.search(r"\b(?:if|should|would|could)\b[^.]{0,25}$", before) and lower.startswith("attack"):
        return True
    if lower in {"dead", "deaths", "death"} and re.search(r"\b(?:dead ?line|dead end)", before + lower + after):
        return True
    return False


def method(text: str) -> tuple[str, str] | None:
    """The first weapon or method cue in `text`: (PLOVER mode, ACLED sub-event type)."""
    best: tuple[int, int, str, str] | None = None
    for rank, (mode, sub_event_type, pattern) in enumerate(_methods()):
        m = pattern.search(text)
        if m and (best is None or rank < best[0]):
            best = (rank, m.start(), mode, sub_event_type)
    return (best[2], best[3]) if best else None


# ACLED-style sub-event types for non-violent PLOVER types and protest modes.
_SUB_EVENT = {
    ("PROTEST", "demo"): "Peaceful protest",
    ("PROTEST", "strike"): "Peaceful protest",
    ("PROTEST", "hunger"): "Peaceful protest",
    ("PROTEST", "boycott"): "Peaceful protest",
    ("PROTEST", "riot"): "Violent demonstration",
    ("COERCE", "arrest"): "Arrests",
    ("AGREE", None): "Agreement",
    ("ASSAULT", "abduct"): "Abduction/forced disappearance",
    ("ASSAULT", "sexual"): "Sexual violence",
    ("ASSAULT", "assassinate"): "Attack",
    ("ASSAULT", "massacre"): "Attack",
}

_VIOLENT_TYPES = {"ASSAULT", "PROTEST"}


def classify(event_type: str, trigger_mode: str | None, text: str, civilian_victims: bool) -> tuple[str | None, str | None]:
    """PLOVER mode and ACLED sub-event type for a mention of `event_type` told in `text`."""
    if event_type not in _VIOLENT_TYPES:
        return trigger_mode, _SUB_EVENT.get((event_type, trigger_mode))
    if event_type == "PROTEST":
        cue = method(text)
        if trigger_mode == "demo" and cue and cue[0] == "crowd-control":
            return "demo", "Excessive force against protesters"
        return trigger_mode or "demo", _SUB_EVENT.get(("PROTEST", trigger_mode or "demo"))
    if trigger_mode in {"abduct", "sexual", "assassinate", "massacre"}:
        return trigger_mode, _SUB_EVENT[("ASSAULT", trigger_mode)]
    cue = method(text)
    if cue is None:
        return None, "Attack" if civilian_victims else "Armed clash"
    mode, sub_event_type = cue
    if sub_event_type == "Armed clash" and civilian_victims:
        sub_event_type = "Attack"
    if mode == "firearms" and sub_event_type == "Attack" and not civilian_victims:
        sub_event_type = "Armed clash"
    return mode, sub_event_type
