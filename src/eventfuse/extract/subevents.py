"""PLOVER modes and ACLED-style sub-event types: what the words around a mention say about
weapons, targets, crowds and territory.

The PLOVER type comes from the trigger (triggers.py); this module refines it. Weapon and method
cues give ASSAULT its mode and the remote-violence sub-types; who holds a protest and who uses
force there separates a peaceful protest from one broken up, one met with lethal force, and a
riot; who takes a town separates a government regaining territory from a non-state group
overtaking it. Patterns are matched case-insensitively on the mention's text, in every supported
language where a cue has a common form.
"""

from __future__ import annotations

import re
from functools import lru_cache

from eventfuse.extract.triggers import BASE_MADE, MINES_CLEARED, NOT_RIOT_GEAR, WEAPONS, WEAPONS_FOUND
from eventfuse.model import Actor

# Weapon and method cues → (PLOVER mode, ACLED sub-event type). The first cue in this order wins,
# so specific weapons come before generic ones. Machine-translation false friends are listed with
# their meaning: Swedish/Danish/Norwegian "robot(er)" is a missile, "robotattack" a missile attack.
_METHODS: list[tuple[str, str, str]] = [
    ("unconventional", "Chemical weapon", r"chemical (?:weapon|attack|agent|munition)\w*|sarin|chlorine(?: gas)?|mustard (?:gas|agent)|nerve (?:agent|gas)|gas attacks?|"
     r"toxic gas|poison gas|chemiewaffe\w*|giftgas|arme\w* chimique\w*|armas? químicas?|armi chimiche|химическ\w+ оруж\w+|хімічн\w+ зброї"),
    ("suicide-attack", "Suicide bomb", r"suicide (?:bomb\w*|attack\w*|vest|car|truck|blast|explosion)|blew (?:himself|herself|themselves) up|"
     r"detonated (?:his|her|their) (?:explosive )?(?:vest|belt)|self-immolat\w+ bomb|selbstmord\w+|attentat-suicide|kamikaze attack|"
     r"attentat\w* suicid\w*|atentado suicida|suicid\w+ bomb\w*|kamikaze (?:bomber|attacker)|смертник\w*|терорист-смертник\w*"),
    ("drone", "Air/drone strike", r"drones?|uavs?|unmanned aerial|shahed\w*|quadcopters?|kamikaze drones?|loitering munitions?|"
     r"drohne\w*|drones?|drone|droni|дрон\w*|беспилотник\w*|безпілотник\w*|бпла"),
    ("aerial", "Air/drone strike", r"air ?strikes?|air ?raids?|airstrikes?|air attacks?|aerial (?:bombardment|attack|strike)s?|warplanes?|war planes?|"
     r"fighter (?:jets?|planes?)|jets|aircraft|helicopters?|gunships?|bombers|dropped bombs|barrel bombs?|air force|(?:military |army )?aviation|"
     r"luftangriff\w*|luftschl\w+|kampfjet\w*|frappes? aériennes?|bombardement\w* aérien\w*|avions? de chasse|ataques? aéreos?|bombardeos? aéreos?|"
     r"raid aere\w*|attacchi aerei|bombardamenti aerei|авиаудар\w*|авіаудар\w*|авиаци\w+|авіаці\w+"),
    ("heavy-weapons", "Shelling/artillery/missile attack", r"missiles?|rockets?|rocket fire|artillery|shell(?:ed|ing|s)?|mortars?|"
     r"howitzers?|mlrs|grad|himars|iskander|kalibr|ballistic|cruise|tank fire|robot(?:s|er|ar|ene|attack\w*)?|rakete\w*|raketen\w*|"
     r"artillerie\w*|granat(?:e|en)|beschuss|beschossen|missiles?|roquettes?|obus|tirs? d'artillerie|pilonn\w+|misil\w*|cohete\w*|artiller[ií]a|"
     r"missil\w*|razzi|artiglieria|ракет\w*|артиллер\w*|артилер\w*|обстрел\w*|обстріл\w*|снаряд\w*|мином[её]т\w*|"
     r"multiple rocket"),
    ("explosives", "Grenade", r"(?:hand[- ])?grenades?|handgranate\w*|grenade\w*|granada\w*|bombe a mano|гранат\w*"),
    ("explosives", "Remote explosive/landmine/IED", r"ieds?|improvised explosive|roadside (?:bomb|blast|explosion)s?|landmines?|land mines?|mines?|"
     r"car bombs?|vehicle-borne|vbieds?|explosive devices?|booby.trap\w*|bombs?|bomb blast|explosives?|planted|sticky bomb|magnetic bomb|"
     r"sprengsatz\w*|sprengfalle\w*|landmine\w*|engins? explosifs?|mines? antipersonnel|artefactos? explosivos?|minas? antipersona|"
     r"ordigni?|mine antiuomo|мин[аы]\w*|взрывн\w+ устройств\w*|саморобн\w+ вибухов\w+|фугас\w*|"
     r"autobombe\w*|voitures? piégées?|coches? bombas?|carros? bombas?|autobomba|заминированн\w+ (?:автомобил\w*|машин\w*)|"
     r"замінован\w+ (?:автомобіл\w*|машин\w*)"),
]

# Cues that pick a sub-event type before, or instead of, the weapon.
# Weapons brought down or stopped in flight, in each language read: a disrupted attack, and the nationality on the
# weapons is the side whose attack it was (`actors`).
SHOT_DOWN = (
    r"intercept(?:ed|ing|s|ion)?|intercepté\w*|interceptad\w+|intercept[óo]\w*|intercettat\w+|shot down|downed (?:an? |\w+ |two |several )?(?:drones?|missiles?|aircraft|jets?|helicopters?|rockets?|uavs?)|"
    r"abgeschossen|abgefangen|abschuss|abfangen|abattu\w*|derrib\w+|abbatt\w+|сбил\w*|сбит\w*|перехвач\w*|збил\w*|збит\w*|перехоп\w+"
)
_DISRUPTED = re.compile(
    r"\b(?:defus(?:ed|ing|e)|" + SHOT_DOWN + "|"
    r"air defen[cs]es?|anti-aircraft|weapons? (?:cache|depot|stockpile|haul)s?|arms (?:cache|depot|haul|stockpile)s?|"
    rf"(?:seized|recovered|confiscated|found|discovered|uncovered|unearthed|detected|spotted|impounded|destroyed) (?:a |an |large |huge |[\w-]+ ){{0,4}}{WEAPONS}|"
    rf"{WEAPONS_FOUND}|{WEAPONS} (?:was |were |have been |has been |had been )destroyed|"
    rf"bomb disposal|bomb squad|foiled|thwarted|averted|{MINES_CLEARED}|"
    r"neutrali[sz]ed (?:an? |the )?(?:ied|bomb|explosive|device)|safely detonated|controlled explosion|"
    r"(?:disarmed|dismantled) (?:a |an |the |two |three )?(?:[\w-]+ )?(?:bombs?|ieds?|devices?|mines?|explosives?)|demin\w+|mine clearance|"
    r"entschärft\w*|désamorc\w+|desactiv\w+|disinnesc\w+|обезвре\w+|знешкод\w+)\b",
    re.I,
)
# "arrested at his home, a day after a rally turned violent": a protest of another day is the background of an arrest.
_ANOTHER_DAY = re.compile(r"\b(?:(?:a|one|two|three|several|the) (?:days?|weeks?|months?) (?:after|before)|days after|weeks after|since|ahead of)\s+(?:[\w'’-]+\s+){0,3}$", re.I)
_PROTESTERS = re.compile(
    r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ies)|marchers|marched|strikers|picket\w*|sit-in|rioting|rioters|"
    # "during a march", not the month: "in March".
    r"(?:a|the|their|during) (?:peaceful |silent |protest |opposition |student )?march(?:es)?\b(?!\s+\d)|"
    # A crowd that fights the police is protesting, whoever it is: "students clashed with police".
    r"(?:students|youths|supporters|fans|workers|residents|traders|vendors|farmers|miners|locals) clashed with (?:the |riot )?"
    r"(?:police|security forces|gendarmes|law enforcement|(?:municipal|council|city|county) (?:officers|officials|guards|police|workers))|"
    r"demonstrant\w*|kundgebung\w*|manifest\w+|протест\w*|митинг\w*|мітинг\w*|демонстрант\w*)\b",
    re.I,
)
_BY_PROTESTERS = re.compile(
    r"\b(?:(?:threw|hurled|pelted|throwing|hurling|pelting) (?:\w+ ){0,3}(?:stones?|rocks?|bricks?|petrol bombs?|molotov\w*|projectiles|bottles|firecrackers|fireworks)|"
    r"stone[- ]?pelting|set (?:fire|ablaze)|torched|burn(?:ed|t|ing) (?:\w+ )?(?:tyres|tires|cars|vehicles|buildings|police|buses|effig\w+ and)|"
    rf"vandali[sz]\w*|smash(?:ed|ing)|loot\w*|riot\w*{NOT_RIOT_GEAR}|rioters|clash(?:ed|es|ing)?|scuffl\w+|"
    r"burn(?:ed|t|ing)(?! (?:\w+ )?effig)|set on fire|violen(?:t|ce)|unrest|angry (?:protesters|demonstrators|crowds?|mobs?)|"
    r"stoned|destroyed|broke (?:windows|into)|overturned|fought (?:with )?(?:the )?police|beat up|assaulted|armed with (?:sticks|stones|machetes|clubs|rods)|"
    r"injur(?:ed|ing) (?:\w+ )?(?:police|officers|policemen)|"
    r"(?:protesters|demonstrators|crowds?|rioters|youths|students|marchers)\b[^.;]{0,40}\battack(?:ed|ing)|violent(?:ly)? (?:protest|demonstrat)\w*|turned violent|ransack\w*|stormed|"
    r"damag(?:ed|ing) (?:\w+ ){0,2}(?:property|vehicles|shops|buildings)|krawall\w*|randal\w*|ausschreitung\w*|(?<!anti-)(?<!anti)émeute\w*|casseurs|disturbios|"
    # Stones, bricks and fire bombs thrown, in the other languages read.
    r"steine\w*|steinwürf\w*|pflasterstein\w*|bewarfen|beworfen|brandsätze\w*|molotow\w*|pierres|caillass\w+|molotov|"
    r"piedras|pedradas|pietre|sassi|камн(?:ями|и|ей)|камен(?:ь|ья|ьями)|камін(?:ням|ня|ці)|забросал\w*|закидал\w*|"
    r"saque\w*|scontri|guerriglia|беспоряд\w*|заворуш\w*|погром\w*|"
    # A crowd that clashes with the police: "si sono scontrati con la polizia", "Zusammenstöße mit der Polizei".
    r"scontrat[ie]|affrontements|se sont affrontés|enfrentamientos|se enfrentaron|zusammenstö\w+|столкновени\w*|сутичк\w*)\b",
    re.I,
)
_STATE_KILLS = re.compile(
    r"\b(?:police(?:men)?|security forces|soldiers|troops|army|gendarmes|riot police) (?:\w+ ){0,2}?(?:killed|shot dead|shot and killed|"
    r"opened fire on|fired live (?:ammunition|rounds|bullets) (?:on|at|into))\b",
    re.I,
)
_FORCE = re.compile(
    r"\b(?:live (?:ammunition|rounds|fire|bullets)|opened fire|fired (?:live|on|at|into)|shot (?:dead|and killed|at)|killed|killing|"
    r"dead|died|deaths?|beat(?:en|ing)?|bludgeon\w*|brutal(?:ly)?|wounded|injured|injuring|hospitali[sz]ed|"
    r"getötet|erschossen|verletzt\w*|tués?|blessés?|muert[oa]s|herid[oa]s|mort[ie]|ferit[ie]|погиб\w*|ранен\w*|поранен\w*|загину\w*)\b",
    re.I,
)
_INTERVENTION = re.compile(
    r"\b(?:tear ?-?gas|teargas|water ?cannons?|rubber (?:bullets|pellets)|pellet guns?|dispers(?:ed|e|ing|al)|baton\w*|lathi\w*|"
    r"broke up|break up|stun grenades?|pepper spray|police (?:intervened|charged)|cracked down|crackdown|intervened|"
    r"prevented|stopped|blocked (?:the )?(?:protesters|demonstrators|marchers|march|rally)|barred|forcibly|removed|cleared|evicted|cordoned|kettled|"
    r"warning shots|fired (?:shots )?in the air|"
    r"(?:arrested|detained|rounded up)|tränengas|wasserwerfer\w*|aufgelöst|gaz lacrymog\w+|canons? à eau|dispers\w+|"
    r"gases? lacrim\w+|gas lacrimog\w+|idranti|caricat[oiae] (?:i|gli|le) (?:manifestanti|dimostranti|studenti)|cariche della polizia|разогна\w+|розігна\w+|слезоточив\w+|сльозогінн\w+|водомет\w*|задержа\w*|затрима\w*|"
    r"löst\w* (?:[\w-]+ ){0,4}auf|nahm\w* .{0,60} fest|festgenommen|festnahm\w*|detuvo|detuvieron|detenid\w+|arrêté\w*|interpell\w+|arrestat\w*|fermat[ie])\b",
    re.I,
)
_MOB = re.compile(
    r"\b(?:mobs?|lynch\w*|vigilante\w*|mob justice|jungle justice|angry (?:crowd|villagers|residents|youths|locals)|"
    r"communal (?:violence|clashes)|sectarian clashes|(?:villagers|residents|locals|a crowd|crowd) (?:attacked|beat|killed|lynched|set|stoned|burned|torched)|"
    r"ethnic clashes|inter-?communal|attacked each other|rival (?:supporters|fans|clans|communities)|(?:supporters|fans) of rival|selbstjustiz|lynchage|linchamiento|linciaggio|самосуд\w*)\b",
    re.I,
)
_DESTROY = re.compile(
    r"\b(?:loot(?:ed|ing|ers)?|torch(?:ed|ing)|set (?:fire to|ablaze|on fire)|burn(?:ed|t|ing) (?:down|\w+ houses|homes|shops)|arson|"
    r"vandali[sz](?:ed|ing|m)|ransack\w*|demolish\w*|raz(?:ed|ing)|"
    r"(?:destroy(?:ed|ing)|blew up|blown up|blowing up) (?:\w+ ){0,3}(?:property|houses?|homes?|shops?|crops|buildings?|churche?s?|mosques?|schools?|offices?|masts?|towers?|pylons?|bridges?|"
    r"pipelines?|power lines?|railway (?:lines?|tracks?)|rail (?:lines?|tracks?)|substations?)|"
    r"pillag\w*|plunder\w*|geplündert|plünder\w*|brandstift\w*|pillé\w*|incendi\w+|saque\w*|saccheggi\w*|мародер\w*|поджог\w*|підпал\w*)\b",
    re.I,
)
_CLASH = re.compile(
    r"\b(?:clash(?:es|ed)?|gun ?battles?|exchanged fire|exchange of fire|firefights?|fighting between|fought|battles?|battled|skirmish\w*|"
    r"heavy fighting|fierce fighting|combat|repelled|repulsed|counter-?attack\w*|offensive|assaults? (?:on|against)|gefecht\w*|kämpfe\w*|affrontement\w*|combats?|"
    r"enfrentamiento\w*|combates?|scontri|combattimenti|бо[йи]\w*|столкновени\w*|сутичк\w*)\b",
    re.I,
)
_FIREBOMB = re.compile(r"\b(?:petrol|fire|gasoline|incendiary)[ -]?bombs?|firebombs?|molotov cocktails?|molotovs?\b", re.I)
# Shots fired, not merely armed men: "gunmen looted shops" destroyed property, "gunmen opened fire" attacked people.
_SHOTS = r"shot|shooting|shootings|gunfire|opened fire|bullets?|sniper\w*|erschossen|abattu\w*|стрельб\w*|стрілян\w*|застрелен\w*"
_SHOOTING = re.compile(rf"\b(?:{_SHOTS}|fired)\b", re.I)
_FIREARMS = re.compile(
    rf"\b(?:{_SHOTS}|gunm[ae]n|rifles?|firearms?|pistols?|guns?|ak-?47s?|"
    r"bewaffnete\w*|hommes armés|pistoleros|hombres armados|uomini armati)\b",
    re.I,
)
_PRIMITIVE = re.compile(r"\b(?:machetes?|knives|knife|stabb(?:ed|ing)|hacked|clubs|sticks|stones|rocks|axes?|spears?|bows? and arrows|messer\w*|couteau\w*|cuchill\w*|coltell\w*|нож\w*)\b", re.I)
_TERRITORY = re.compile(
    r"\b(?:town|city|village|villages|district|area|areas|region|territory|territories|base|positions?|checkpoints?|airport|port|hill|outpost|"
    r"(?:border|frontier|police|army|military) posts?|"
    r"capital|province|stronghold|neighbou?rhoods?|county|island|bridge|crossing|control|state authority|front ?line|settlements?|localit\w+|"
    r"stadt|dorf|ortschaft|ville|village|localité|ciudad|pueblo|localidad|città|villaggio|город\w*|сел\w+|посел\w+|місто|міста)\b",
    re.I,
)
# Taking ground: "seized the town", "took control of", "overran a base", "recaptured the village".
_TAKEOVER = re.compile(
    r"\b(?:(?:seized|captured|took|taken|seize|capture|seizing|capturing|wrested|regained|retook|retaken|recaptured|recapture|liberated|reclaimed) "
    r"(?:full |complete |back |effective )?control|(?:seized|captured|overran|overrun|recaptured|retook|retaken|liberated|regained|reclaimed|"
    r"took over|taken over|took back|taken back|freed|entered|advanced (?:into|on)|cleared|drove (?:\w+ )?out of|pushed (?:\w+ )?out of) (?:the |a |an |several |two |three |\w+ )?(?:\w+ )?"
    r"(?:town|city|village|villages|district|areas?|region|territory|base|positions?|checkpoints?|airport|port|hill|outpost|capital|province|stronghold|"
    r"neighbou?rhoods?|county|island|settlements?|localit\w+)|fell to|fallen to|under (?:the |their |its )?control|restored (?:\w+ )?control|"
    r"eingenommen|erobert|pris le contrôle|s'est emparé\w*|tomaron el control|tomado|conquistat\w*|preso il controllo|"
    r"захват\w*|занял\w*|взял\w* под контроль|захопил\w*|зайняли|взяли під контроль)\b",
    re.I,
)
# Victims who can fight back: soldiers, police, armed groups.
_ARMED_VICTIMS = re.compile(
    r"\b(?:soldiers?|troops|servicem[ae]n|policem[ae]n|police ?officers?|police|security (?:forces|personnel|officers|guards)|militants?|"
    r"invaders|occupiers|mercenar(?:y|ies)|saboteurs|sabotage (?:and reconnaissance )?groups?|personnel|brigades?|battalions?|enemy|"
    r"navy|fleet|warships?|landing (?:craft|ships?)|"
    r"rebels?|fighters|insurgents?|jihadists?|militiam[ae]n|militias?|army|military|convoy|checkpoint|base|gendarmes?|guards?|"
    r"soldaten|polizisten|soldats|policiers|soldados|policías|soldati|militari|военн\w*|солдат\w*|військов\w*|бойов\w*)\b",
    re.I,
)
_RECAPTURE = re.compile(r"\b(?:recaptur\w+|retook|retake|retaken|regain\w*|reclaim\w*|liberat\w+|won back|took back|taken back|freed|restored (?:government |state )?(?:control|authority)|back under (?:government|state|army) control|"
                        r"zurückerober\w*|befreit|repris\w*|reconquis\w*|libér\w+|recuper\w+|riconquist\w*|liberat\w+|освобо\w+|отбил\w*|звільн\w+|відбил\w*)\b", re.I)
_PEACEFUL_TRANSFER = re.compile(r"\b(?:handed over|hand(?:ed|ing|s)? over (?:control|the)|transferred control|without (?:a )?(?:fight|fighting|resistance|a shot)|peacefully|"
                                r"withdr(?:ew|awn|awal) from|pulled out of|evacuated (?:the|its|their) (?:positions|base)|took over (?:from|control from))\b", re.I)
_HQ = re.compile(
    r"\b(?:" + BASE_MADE + r"|(?:set up|established|setting up|establishing|opened|built|building|erected|stationed|installed|took up|taken up|fortif\w+|dug|"
    r"moved (?:its|their) (?:headquarters|base))\b[^.;]{0,40}\b(?:base|bases|headquarters|hq|camp|camps|outposts?|checkpoints?|garrison|"
    r"command (?:post|centre|center)|positions?|training (?:camp|centre|center)|office)|"
    r"turned (?:[\w'’-]+ ){1,3}into (?:a |an |their |its )?(?:military )?(?:base|headquarters|stronghold|camp|outpost|barracks)|"
    r"moved into (?:the |a |an )?(?:[\w-]+ ){0,2}(?:base|camp|barracks|garrison)|"
    r"(?:base|bases|headquarters|camps?|outposts?|checkpoints?|posts?|garrison|offices?|positions?) (?:\w+ ){0,2}(?:was|were|has been|have been|had been) "
    r"(?:set up|established|opened|built|erected|installed|stationed)|new (?:military |army |police |rebel |militant )?(?:base|outpost|headquarters|checkpoint|camp)s?)\b",
    re.I,
)
_NON_STATE = re.compile(
    r"\b(?:militants?|rebels?|insurgents?|jihadists?|islamists?|islamic state|isis|isil|daesh|is fighters|taliban|al-?shabaab|al-?shabab|boko haram|"
    r"al-?qaeda|aqim|jnim|houthis?|ansar allah|separatists?|guerrillas?|militias?|militiamen|fighters|armed groups?|gunmen|bandits|"
    r"hezbollah|hamas|pkk|ypg|sdf|farc|eln|m23|adf|rsf|al-nusra|hts|hayat tahrir|wagner|opposition forces|rebellen|rebelles|djihadistes|"
    r"rebeldes|ribelli|jihadisti|боевик\w*|бойовик\w*|сепаратист\w*)\b",
    re.I,
)
_STATE = re.compile(
    r"\b(?:army|armed forces|government forces|government troops|regime forces|troops|soldiers|military|security forces|police|"
    r"national guard|gendarmerie|defen[cs]e forces|forces|bundeswehr|armee|streitkräfte|armée|forces armées|ejército|fuerzas armadas|esercito|"
    r"армия|войска|зсу|військ\w*|армі\w*)\b",
    re.I,
)


@lru_cache(maxsize=1)
def _methods() -> list[tuple[str, str, re.Pattern[str]]]:
    return [(m, s, re.compile(rf"\b(?:{p})\b", re.I)) for m, s, p in _METHODS]


def method(text: str) -> tuple[str, str] | None:
    """The first weapon cue in `text`, by rank: (PLOVER mode, ACLED sub-event type).

    >>> method("Warplanes struck the village")
    ('aerial', 'Air/drone strike')
    """
    for mode, sub_event_type, pattern in _methods():
        if pattern.search(text):
            return mode, sub_event_type
    return None


# ACLED-style sub-event types of the non-violent PLOVER types and their modes.
_NON_VIOLENT = {
    ("AGREE", None): "Agreement",
    ("RETREAT", "ceasefire"): "Agreement",
    ("RETREAT", "release"): "Agreement",
    ("COERCE", "arrest"): "Arrests",
    ("COERCE", "curfew"): "Other",
    ("COERCE", "ban"): "Other",
    ("COERCE", "censor"): "Other",
    ("COERCE", "restrict"): "Other",
    ("COERCE", "deport"): "Other",
    ("MOBILIZE", "troops"): "Change to group/activity",
    ("MOBILIZE", "militia"): "Change to group/activity",
    ("MOBILIZE", None): "Change to group/activity",
}


def _actor_side(text: str, actors: list[Actor] | None) -> str | None:
    """ "state" or "non-state" for whoever acts in `text`: the perpetrator's sector first, then the words."""
    for actor in actors or []:
        if actor.role == "actor" and actor.sector in {"REB"}:
            return "non-state"
        if actor.role == "actor" and actor.sector in {"MIL", "GOV", "COP"}:
            return "state"
    non_state, state = _NON_STATE.search(text), _STATE.search(text)
    if non_state and (not state or non_state.start() < state.start()):
        return "non-state"
    if state:
        return "state"
    return None


# What a protest is about: "protesting the killing of a student" names no force used at the protest.
_GRIEVANCE = re.compile(
    r"\b(over|against|for|after|following|about|denounc\w+|condemn\w+|protest\w*|demand\w*(?: justice for)?)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?"
    r"(?:\w+\s+){0,2}(?:death|deaths|killing|killings|murder|murders|shooting|assassination)s?(?:\s+of\s+(?:\w+\s+){0,4})?",
    re.I,
)


def _protest(text: str, mode: str | None) -> tuple[str, str]:
    # The grievance goes, the word that introduces it stays: "torched buses to protest the killing of a student" is a protest.
    text = _GRIEVANCE.sub(lambda m: f" {m.group(1)} ", text)
    if _MOB.search(text) and not _PROTESTERS.search(text):
        return "riot", "Mob violence"
    if _STATE_KILLS.search(text):
        # "Police killed two protesters during clashes": lethal force by the state outweighs the crowd's violence.
        return mode or "demo", "Excessive force against protesters"
    if mode == "riot" or _BY_PROTESTERS.search(text):
        return "riot", "Violent demonstration"
    if _FORCE.search(text):
        return mode or "demo", "Excessive force against protesters"
    if _INTERVENTION.search(text):
        return mode or "demo", "Protest with intervention"
    return mode or "demo", "Peaceful protest"


def classify(
    event_type: str, trigger_mode: str | None, text: str, civilian_victims: bool, actors: list[Actor] | None = None
) -> tuple[str | None, str | None]:
    """PLOVER mode and ACLED-style sub-event type for a mention of `event_type` told in `text`.

    >>> classify("PROTEST", "demo", "Police fired tear gas to disperse the protesters.", False)
    ('demo', 'Protest with intervention')
    """
    if event_type == "PROTEST":
        return _protest(text, trigger_mode)
    if event_type == "COERCE" and trigger_mode == "seize":
        if _DISRUPTED.search(text):
            return "seize", "Disrupted weapons use"
        if _TERRITORY.search(text):
            if _PEACEFUL_TRANSFER.search(text):
                return "seize", "Non-violent transfer of territory"
            side = _actor_side(text, actors)
            if _RECAPTURE.search(text) and side != "non-state":
                return "seize", "Government regains territory"
            return "seize", "Government regains territory" if side == "state" else "Non-state actor overtakes territory"
        if _PROTESTERS.search(text):
            # Demonstrators who storm a building take no territory: it is how their protest went.
            return _protest(text, None)
        return "seize", None
    if event_type == "RETREAT" and trigger_mode == "withdraw":
        return "withdraw", "Non-violent transfer of territory"
    if event_type == "RETREAT" and trigger_mode == "ceasefire" and re.search(r"\bunilateral(?:ly)?\b", text, re.I):
        # A ceasefire one side declares alone is a change in what that group does, not an agreement (ACLED).
        return "ceasefire", "Change to group/activity"
    if event_type == "MOBILIZE" and _HQ.search(text):
        return trigger_mode, "Headquarters or base established"
    if event_type == "COERCE" and trigger_mode == "arrest" and any(
        not _ANOTHER_DAY.search(text[max(0, m.start() - 40) : m.start()]) for m in _PROTESTERS.finditer(text)
    ):
        return "arrest", "Protest with intervention"
    if event_type != "ASSAULT":
        return trigger_mode, _NON_VIOLENT.get((event_type, trigger_mode))
    return _assault(trigger_mode, text, civilian_victims, actors)


def _assault(trigger_mode: str | None, text: str, civilian_victims: bool, actors: list[Actor] | None) -> tuple[str | None, str | None]:
    if trigger_mode == "abduct":
        return "abduct", "Abduction/forced disappearance"
    if trigger_mode == "sexual":
        return "sexual", "Sexual violence"
    # Petrol bombs and Molotov cocktails are thrown by hand, not planted: no weapon cue of their own.
    cue = method(_FIREBOMB.sub("", text))
    if cue and cue[1] in {"Chemical weapon", "Suicide bomb"}:
        return cue
    if _DISRUPTED.search(text):
        return cue[0] if cue else None, "Disrupted weapons use"
    if _TAKEOVER.search(text):
        return classify("COERCE", "seize", text, civilian_victims, actors)
    if _PROTESTERS.search(text) and not cue:
        mode, sub = _protest(text, None)
        return ("crowd-control" if sub in {"Excessive force against protesters", "Protest with intervention"} else mode), sub
    if cue:
        return cue
    if _MOB.search(text):
        return trigger_mode or "beat", "Mob violence"
    if trigger_mode in {"assassinate", "massacre", "torture", "beat", "execute"}:
        return trigger_mode, "Attack"
    if trigger_mode == "destroy" or (_DESTROY.search(text) and not (_SHOOTING.search(text) or _CLASH.search(text) or _PRIMITIVE.search(text))):
        if not re.search(r"\b(?:killed|dead|died|injured|wounded)\b", text, re.I):
            return "destroy", "Looting/property destruction"
    mode = "firearms" if _FIREARMS.search(text) or _CLASH.search(text) else ("primitive" if _PRIMITIVE.search(text) else None)
    # Fighting between armed sides is a clash; violence against people who do not fight back an attack.
    if _CLASH.search(text) and not (civilian_victims and not _ARMED_VICTIMS.search(text)):
        return mode, "Armed clash"
    if civilian_victims:
        return mode, "Attack"
    if _ARMED_VICTIMS.search(text):
        return mode, "Armed clash"
    return mode, "Attack"
