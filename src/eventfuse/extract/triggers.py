"""Event triggers: words that say what happened, per language, as PLOVER types and modes.

A trigger gives the PLOVER event type (and for some, a mode); subevents.py refines the mode and
adds the ACLED-style sub-event type from the words around it. Patterns are matched
case-insensitively; where a sentence holds several triggers, `governing` picks the one the
sentence is about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from eventfuse.extract.nonevents import KILLING_MARKS


@dataclass(frozen=True)
class Trigger:
    event_type: str
    start: int
    end: int
    text: str
    mode: str | None = None


# Weapons that are found, seized or defused (disrupted weapons use), and mines cleared: shared with the
# sub-event cues of subevents.py, which must recognise the same finds.
WEAPONS = (r"(?:weapons|weaponry|arms|ammunition|ammo|explosives?|rifles?|guns?|pistols?|firearms|grenades?|rockets|landmines|"
           r"mines|ieds?|bombs?|cache|munitions|rounds|cartridges|detonators|shells|launchers|rpgs?|ak-?47s?|kalashnikovs?|"
           r"machine ?guns|suicide vests?|explosive devices?|devices?|drones?|missiles?)")
# "Riot police", "riot gear": sent to a riot, not one.
NOT_RIOT_GEAR = r"(?!\s+(?:police|gear|squad|control|shields?|officers|units?))"
MINES_CLEARED = r"clear(?:ed|ing) (?:[\w-]+ ){0,2}(?:of )?(?:landmines|mines|ieds|explosives|unexploded \w+)"
# Weapons found or made safe, told in the passive: "an explosive device attached to a car was dismantled".
WEAPONS_FOUND = (WEAPONS + r"(?: (?:planted|attached|hidden|placed|left|buried|stored|laid)(?: [\w-]+){0,4})? "
                 r"(?:was |were |have been |has been |had been )(?:found|recovered|seized|discovered|defused|detected|spotted|"
                 r"neutrali[sz]ed|confiscated|unearthed|intercepted|shot down|dismantled|disarmed|cleared|made safe)")

# (event type, mode or None, pattern). Order matters inside one type: the first match wins the mode.
# Patterns use \b word boundaries; inflections are spelled out or stemmed with \w*.
# An armed group making a place its base in words other than "set up a base" (ACLED's "Headquarters or base
# established"): read here as the group's activity, and by `subevents` as that sub-event type.
_BASE = r"(?:base|bases|headquarters|hq|camps?|hideouts?|strongholds?|barracks|command (?:post|centre|center)|enclaves?|outposts?)"
BASE_MADE = (
    r"(?:installed|based|settled|entrenched|ensconced) (?:themselves|itself) in|"
    r"(?:using|used|uses|use) (?:it|them|(?:the|a|an) [\w-]+(?: [\w-]+)?) as (?:a |an |their |its )?(?:military )?" + _BASE + "|"
    r"(?:made|making|turned|turning|converted|converting) (?:[\w'’-]+ ){1,4}(?:a |an |their |its )(?:military |new |main )?" + _BASE + "|"
    r"(?:camping|camped|encamped) (?:in|on|at|near|around)|relocat\w+ (?:its|their) (?:headquarters|base|command)|"
    r"(?:has|have|had) settled in (?:\w+ ){0,2}(?:villages?|towns?|areas?|forests?|hills|regions?|districts?|communes?|localities)"
)


_TRIGGERS: dict[str, list[tuple[str, str | None, str]]] = {
    "en": [
        ("PROTEST", "hunger", r"hunger strik(?:e|es|ers|ing)"),
        ("PROTEST", "strike", r"(?:general|labou?r|workers'?|nationwide|teachers'?|doctors'?|national) strikes?|went on strike|"
         r"(?:are|were|is|was) on strike|walk(?:ed)?outs?|walked out|downed tools|striking (?:workers|teachers|doctors|miners)"),
        ("PROTEST", "riot", r"rioters (?:torched|burned|set fire to|looted|smashed|attacked|clashed)|"
         r"(?:pelted|stoned) (?:[\w'’-]+ ){0,4}with (?:stones|rocks|bricks|bottles|eggs|projectiles|petrol bombs)|"
         r"(?:hurled|threw|pelted) (?:stones|rocks|bricks|bottles|projectiles) (?:at|on)|"
         rf"riot(?:s|ed|ing|ers)?{NOT_RIOT_GEAR}|looting mobs?|rampag(?:e|ed|ing)"),
        ("PROTEST", "obstruct", r"blocked (?:the |a |several |main )?(?:main )?(?:roads?|highways?|streets?|traffic|railway|entrance)|road ?blocks? (?:by|set up by) protesters|barricad(?:e|es|ed)"),
        ("PROTEST", "demo", r"dispers(?:ed|e|ing) (?:a |the )?(?:\w+ )?(?:crowds?|protesters|demonstrators|rall(?:y|ies)|protests?|gatherings?|marchers)(?: of \w+)?|"
         # A protest lodged with an embassy is a government's disapproval (ACCUSE), not a crowd.
         r"(?<!lodged a )(?<!lodged an )(?<!formal )(?<!diplomatic )(?<!official )(?<!strong )protest(?:s|ed|ers|ing|ors)?(?! notes?)|demonstrat(?:ion|ions|ors|ed|ing)|rall(?:y|ies|ied)|sit-ins?|"
         r"march(?:ed|ing|es)?|marchers|took to the streets|picket(?:s|ed|ing)?|vigils?|"
         r"gather(?:ed|ing)? to (?:protest|demand|denounce|condemn)|(?:gathered|gathering|assembled|converged|massed)(?: [\w'’-]+){0,6} (?:to (?:protest|demand|denounce|condemn|call for|press for)|in protest|chanting|"
         r"(?:carrying|waving|holding) (?:placards|banners|signs|flags))"),
        ("PROTEST", "boycott", r"boycott(?:s|ed|ing)?"),
        ("ASSAULT", "abduct", r"kidnapp?(?:ed|ing|ings|ers?)?|hijack(?:ed|ing|ings|ers?)?|human shields?|abduct(?:ed|ion|ions|ing|ors?)?|taken hostage|took (?:\w+ )?hostages?|held hostage"),
        ("ASSAULT", "sexual", r"rap(?:ed|e|es|ing)|gang-?rap\w*|sexual(?:ly)? (?:assault|violence|abuse|exploitation)\w*|sexually assaulted|molest(?:ed|ation|ing)?"),
        ("ASSAULT", "assassinate", r"assassinat\w*"),
        ("ASSAULT", "massacre", r"massacre[sd]?"),
        ("ASSAULT", "cleansing", r"ethnic cleansing|(?:drove|driven|forced) (?:[\w,]+ ){0,4}(?:from|out of) their (?:homes|villages|land)|forcibly (?:displaced|expelled)"),
        ("ASSAULT", "torture", r"tortur(?:ed|e|ing)"),
        ("ASSAULT", "beat", r"beat(?:en|ing|ings)? (?:up|to death|with|by)|beat(?:en)? (?:him|her|them|the|a|two|three|several)|beat (?:\w+ ){1,3}with (?:batons|sticks|clubs|truncheons|rifle butts|whips)|lynch(?:ed|ing|ings)?|assault(?:ed|ing)"),
        ("ASSAULT", "execute", r"execut(?:ed|ion|ions|ing)|beheaded|behead(?:ing|ings)"),
        # Bodies found are an event only with the marks of a killing on them (ACLED codes these as attacks).
        ("ASSAULT", None, r"bod(?:y|ies)\b[^.;]{0,60}?\b(?:" + KILLING_MARKS + ")"),
        ("ASSAULT", None, r"attack(?:s|ed|ing|ers)?|air ?strikes?|(?:missile|drone|rocket|artillery|military|aerial|cruise missile) strikes?|"
         r"strikes? (?:on|against|at|in|near)|struck|shell(?:ed|ing|s)|bomb(?:ed|ing|ings)|bombardments?|bombard(?:ed|ing)|"
         r"explosions?|exploded|blasts?|blew up|blew (?:himself|herself|themselves) up|detonat\w+|ambush(?:ed|es)?|raid(?:s|ed)?|opened fire|fired (?:on|at|upon|rockets?|missiles?|mortars?|shells?)|"
         r"shot dead|shot and killed|gunned down|shootings?|gunfire|firefights?|gun ?battles?|exchanged (?:heavy |small-arms |artillery |gun)?fire|"
         r"(?:fired|launched|lobbed) (?:[\w-]+ ){0,3}(?:rockets?|missiles?|mortars?|shells?|drones?|projectiles?) (?:at|on|toward|towards|against|into)|"
         r"dropped (?:[\w-]+ ){0,3}(?:bombs?|munitions|explosives|grenades) (?:on|over)|"
         r"clash(?:es|ed)?|fighting|fought|battles?|battled|offensive|invasion|invaded|killed|killings?|kill(?:s|ing)?|murder(?:ed|s)?|"
         r"died|dead|deaths?|death toll|(?:claimed|took) the lives? of|injured|maimed|wounded|(?:were|was|been) (?:\w+ly )?hurt|went off|casualt(?:y|ies)|stabb(?:ed|ing|ings)|hacked to death|(?:hacked|stabbed|beat|burned|clubbed|stoned) (?:[\w-]+ ){1,3}to death|"
         r"burn(?:ed|t) (?:down|alive)|torched|set (?:fire to|ablaze|on fire)|destroyed|came under fire|pounded|targeted|"
         r"(?:hurled|threw|lobbed|tossed) (?:a |an |two |several |\w+ ){0,2}(?:hand )?(?:grenades?|bombs?|explosives?|petrol bombs?)|"
         # Machine-translated Scandinavian news calls a missile a "robot" and a missile attack a "robotattack".
         r"(?:drones?|missiles?|rockets?|shells?|bombs?|air ?strikes?|projectiles?|robots?|robot(?:er|ar|erne|arna)) (?:hit|hits|slammed into|landed (?:on|in|near))|"
         r"robot(?:attack|angrep|angreb|anfall)\w*|"
         # "Hit by" a weapon, not by inflation or sanctions.
         r"hit by (?:[\w-]+ ){0,3}?(?:missiles?|drones?|rockets?|shells?|shelling|strikes?|air ?strikes?|bombs?|bombing|artillery|mortars?|"
         r"gunfire|bullets?|shrapnel|explosions?|blasts?|grenades?|fire|ieds?|(?:land ?)?mines?|projectiles?|munitions?|attacks?)|"
         r"loot(?:ed|ing)|loot from|vandali[sz](?:ed|ing)|ransack(?:ed|ing)|demolish(?:ed|ing)|"
         r"(?:used|using|use of|deployed|dropped|fired) (?:\w+ ){0,2}(?:chemical weapons?|chemical agents?|chemical munitions|sarin|chlorine|mustard gas|nerve agents?|toxic gas|poison gas)|"
         r"gassed|gas attacks?|chemical attacks?|poison(?:ed|ing) (?:of )?(?:civilians|residents|people)|"
         # War communiqués: "eliminated 80 occupiers", "hit a command post", "sank a landing craft", "heavy losses".
         r"(?:eliminat|liquidat|neutrali[sz])(?:ed|es|ing) (?:[\w,-]+ ){0,4}?(?:invaders?|occupiers?|militants?|fighters?|soldiers?|troops|"
         r"servicem[ae]n|terrorists?|insurgents?|mercenar(?:y|ies)|personnel|nationalists|militiam[ae]n|gunm[ae]n|saboteurs?|sabotage (?:and reconnaissance )?groups?|enemy)|"
         # Headlines put a targeted killing in the passive: "Deputy Saldo liquidated in Kherson".
         r"(?:deputy (?:[\w-]+ ){0,1}[\w-]+|collaborators?|commanders?|officials?|governors?|mayors?) (?:were |was |have been |has been )?(?:liquidated|eliminated)|"
         r"hit (?:[\w,-]+ ){0,4}?(?:command posts?|columns?|convoys?|crossings?|(?:firing )?positions?|locations?|(?:ammunition |fuel )?depots?|concentrations?|areas? of concentration|"
         r"headquarters|bases?|warehouses?|air defen[cs]e|launchers?|radars?|(?:military )?equipment|manpower|strongholds?|airfields?)|"
         r"(?:sank|sunk|sinking) (?:[\w,-]+ ){0,3}?(?:ships?|vessels?|barges?|boats?|landing (?:craft|ships?)|cruisers?|corvettes?|tugs?|submarines?|frigates?)|"
         # Not "lost 9,000 defenders" or "suffered heavy losses": a side's losses are most often a total over days or
         # a war, not an event (on UCDP GED's 2022 headlines, reading them as clashes lowered fusion's B³ F1).
         r"assaults? (?:on|against)|counter-?attack(?:s|ed|ing)?|counter-?offensives?"),
        ("COERCE", "seize", r"ousted (?:[\w-]+ ){1,3}from|(?:took|taken) over (?:the |a |an |several |two |three )?(?:[\w-]+ )?"
         r"(?:town|city|village|villages|district|area|areas|region|territory|base|positions?|checkpoints?|airport|outpost|capital|province|stronghold|county)\b|(?:drove|driven|pushed|forced) (?:[\w-]+ ){1,3}out of (?:the )?(?:[\w-]+ )?(?:town|city|village|district|area|region|province|base|positions?)|(?:seized|captured|took|taken|take|taking|seize|capture|seizing|capturing|wrested|regained|retook|retaken|recaptured|"
         r"recapture|liberated|reclaimed) (?:full |complete |back )?control|"
         # "Restored government control over", "took back the hill from", "freed the city from ISIS".
         r"restored (?:government |state |full |its |their )?(?:control|authority)\b|"
         r"(?:took back|taken back|freed) (?:the |a |an )?(?:[\w-]+ )?(?:town|city|village|villages|district|area|region|territory|base|"
         r"positions?|hill|province|stronghold|neighbou?rhoods?|county|island|bridge|crossing)s? from|"
         r"(?:seized|captured|overran|overrun|recaptured|retook|retaken|liberated|regained|reclaimed|stormed) (?:the |a |an |several |two |three |\w+ )?"
         r"(?:town|city|village|villages|district|area|areas|region|territory|base|positions?|checkpoints?|airport|port|hill|outpost|capital|"
         r"province|stronghold|neighbou?rhoods?|county|island|bridge|crossing|[A-Z][\w'-]+)|"
         r"fell to|fallen to|under (?:the )?control of|seized|confiscat(?:ed|ion)|searched (?:the )?(?:homes?|house|offices?|premises)"),
        ("COERCE", "seize", r"defus(?:ed|ing)|(?:dismantled|disarmed|neutrali[sz]ed) (?:an? |the |two |three |\w+ )?(?:[\w-]+ )?(?:explosive devices?|bombs?|ieds?|landmines?|mines|car bombs?)|intercept(?:ed|ing|s)|shot down|downed (?:an? |\w+ |two |several )?(?:drones?|missiles?|aircraft|jets?|helicopters?|rockets?|uavs?)|"
         rf"(?:seized|recovered|confiscated|found|discovered|uncovered|unearthed|impounded|detected|spotted) (?:a |an |large |huge |[\w-]+ ){{0,4}}{WEAPONS}|"
         rf"{WEAPONS_FOUND}|"
         rf"(?:weapons|arms) (?:cache|depot|haul)s?|foiled|thwarted|bomb disposal|{MINES_CLEARED}|"
         r"neutrali[sz]ed (?:an? |the )?(?:ied|bomb|explosive|device)|safely detonated|controlled explosion|disarmed (?:a |an |the )?(?:bomb|ied|device|mine|explosive)"),
        ("COERCE", "seize", r"(?:police|authorities|agents|investigators|inspectors|officials|prosecutors|security (?:forces|agents|services)|officers) (?:\w+ )?(?:raided|raid|searched)|"
         r"(?<!the )occupied(?= (?:the |a |an |parts? of |several |two ))"),
        ("COERCE", "arrest", r"arrest(?:s|ed|ing)?|took (?:[\w-]+ ){0,3}into custody|detain(?:s|ed|ing)?|detention|taken into custody|rounded up|apprehended|nabbed|held in custody|picked up by (?:police|security)"),
        ("COERCE", "curfew", r"curfews?|state of emergency|martial law|emergency rule|lockdown"),
        ("COERCE", "censor", r"censor(?:ed|ship|ing)?|blocked access|shut down (?:the )?(?:internet|newspaper|website|station|channel)|internet (?:shutdown|blackout)"),
        ("COERCE", "deport", r"deport(?:ed|ation|ations|ing)?|forcibly (?:returned|expelled)"),
        ("COERCE", "ban", r"banned|outlawed|prohibited|proscribed|ban on"),
        ("COERCE", "restrict", r"(?:shut|closed) down (?:[\w-]+ ){0,3}(?:newspapers?|media|outlets?|radio stations?|tv stations?|broadcasters?|websites?|the internet|parties|ngos|charities)|blockade[sd]?|restrict(?:ed|ions) on|restrict(?:ed|s|ing) (?:access|movement|travel|the use)|imposed restrictions|closed (?:the|its) (?:border|crossing)|sealed off|cordoned off"),
        ("COERCE", "cyber", r"cyber ?-?attacks?|hack(?:ed|ers|ing)"),
        ("MOBILIZE", "troops", r"deploy(?:ed|ment|ments|s|ing)?|called up (?:[\w,]+ ){0,3}(?:reservists|conscripts|troops|soldiers|reserves)|(?:puts?|putting) (?:its |their |the )?(?:[\w-]+ )?(?:troops|forces|army|military|units) on (?:high |full |combat )?alert|(?:high|full|combat) readiness|mobili[sz](?:ed|ation|ing|e)|(?:sent|sends?|sending|dispatch(?:ed|es)|massed|masses|massing|moved|moves) (?:more |additional |\w+ |dozens of |scores of |hundreds of |thousands of )?(?:troops|soldiers|forces|warships|tanks|units|reinforcements|warplanes|fighter jets|bombers|aircraft)|"
         r"reinforcements|troop build-?up|(?:on|to|at) (?:high|full|combat|maximum) alert|(?<!joint )(?:military|naval|army|air force|live-fire|artillery|missile|war) (?:exercises|maneuvers|manoeuvres|drills)|raised (?:the|its) (?:alert|readiness)|show of force|military parade|war games|test-?fired|"
         r"(?:increased|stepped up|beefed up|tightened|heightened|reinforced|boosted) (?:\w+ )?(?:security|police presence|military presence|patrols|troops)|massed|"
         r"(?:set up|established|setting up|establishing|opened|built|erected|moved|stationed|installed|took up|fortified) [^.;]{0,40}?"
         r"(?:base|bases|headquarters|hq|camp|camps|outposts?|checkpoints?|garrison|command (?:post|centre|center)|positions?)|"
         r"(?:base|bases|headquarters|camps?|outposts?|checkpoints?|posts?|garrison|offices?|positions?) (?:\w+ ){0,2}(?:was|were|has been|have been|had been) "
         r"(?:set up|established|opened|built|erected|installed|stationed)|new (?:military |army |police |rebel |militant )?(?:base|outpost|headquarters|checkpoint|camp)s?"),
        ("MOBILIZE", "militia", BASE_MADE + r"|turned (?:[\w'’-]+ ){1,3}into (?:a |an |their |its )?(?:military )?(?:base|headquarters|stronghold|camp|outpost|barracks)|recruit(?:ed|ing|ment|s)?|merg(?:ed|er|e|ing)(?= with| into)|merger|split (?:from|with)|disband(?:ed|ing)?|dissolv(?:ed|ing) (?:the|its) (?:group|militia|brigade)|"
         r"pledged allegiance|swore allegiance|new leader|named (?:a |its )?(?:new )?(?:leader|commander|chief)|defect(?:ed|ion|ions|ors)|rebrand(?:ed|ing)?|relocat(?:ed|ing)|"
         r"(?:arrived|arrival of|arriving) (?:\w+ ){0,3}(?:troops|reinforcements|fighters|soldiers|forces|units|convoys?)|graduat(?:ed|ion) (?:of )?(?:\w+ )?(?:recruits|fighters|cadets)|"
         r"joined (?:the )?(?:ranks|group|militia|movement|alliance|fight)|changed (?:its|their) name|announced (?:its|their) (?:dissolution|formation|creation)|formed a new (?:group|militia|brigade|alliance)"),
        ("AGREE", None, r"brokered (?:a |an |the )?(?:[\w-]+ ){0,2}(?:ceasefire|cease-fire|truce|deal|agreement|accord|peace)|signed|agreed|agree(?:s)?|agreements?|pact|accords?|treaty|treaties|deal|truce|peace plan|"
         r"promised|pledged|vowed to (?:cooperate|work|support|help|rebuild|respect)|accepted|offered to|reached (?:a |an )?(?:deal|agreement|understanding|settlement|compromise)|"
         r"settle(?:d|ment)|ceasefire agreement|memorandum of understanding|prisoner (?:swap|exchange)|exchanged (?:prisoners|captives|bodies)|swap(?:ped)? (?:of )?prisoners|"
         r"expressed (?:its |his |her |their )?(?:willingness|readiness|intent|intention|desire|hope)|(?:is|are|was|were) (?:ready|willing|prepared) to|offer(?:ed|s|ing)?|"
         r"intends? to|(?:plans?|planned) to (?:cooperate|help|provide|hold|resume|open|lift|ease|release|send)|consented|assured"),
        ("CONSULT", "visit", r"visit(?:s|ed|ing)?|(?<!shells )(?<!rockets )(?<!missiles )(?<!bombs )(?<!mortars )(?<!drones )(?<!shell )(?<!rocket )(?<!missile )(?<!bomb )(?<!drone )(?:arrived|landed) in|travel(?:l?ed|s|ling|ing)? to|hosted|hosts|welcomed .{0,30} to|"
         r"received (?:the |an? )?(?:[\w-]+ ){0,2}(?:envoys?|delegations?|president|ministers?|ambassadors?|prime minister|king|leaders?)"),
        ("CONSULT", "phone", r"(?:tele)?phone(?:d| call| calls| conversation)|spoke by (?:tele)?phone|called (?:his|her) (?:counterpart|\w+ counterpart)"),
        ("CONSULT", "third-party", r"mediat(?:e|ed|ion|ing|ors?)|brokered|facilitated talks"),
        ("CONSULT", None, r"met|meet(?:s|ing|ings)?|talks|summit|discuss(?:ed|es|ing|ions?)|consult(?:ed|ations?|ing)|negotiat(?:e|ed|ion|ions|ing|ors)|conferred|held a conference|convened"),
        ("AID", None, r"(?:humanitarian|food|medical|military|economic|financial|emergency|foreign|development|relief) (?:aid|assistance|supplies|support)|"
         r"(?:to give|gives?|gave) \$[\d.,]+|fl(?:ies|ew|own) (?:[\w-]+ ){0,2}(?:aid|medicine|medicines|supplies|food|relief)|"
         r"(?:aid|relief|emergency|assistance|rescue|humanitarian) packages?|(?:provided|delivered|sent|shipped) (?:[\w-]+ ){0,2}(?:fuel|medicine|vaccines) (?:shipments? )?to|"
         r"(?:gave|give|gives|giving|provided|provide|provides|providing|sent|send|delivered|extended|granted|approved|allocated|airlifted|dispatched) (?:[\w$,.]+ ){0,5}(?:aid|assistance|loans?|grants?|funds|funding|credits?|relief|food|supplies|peacekeepers)|"
         r"aid (?:convoy|shipment|package|delivery|deliveries)|delivered aid|escorted (?:the |an? )?(?:\w+ )?convoys?|(?:delivered|distributed) (?:\w+ ){0,2}(?:grain|water|fuel|medical supplies|rations|tents|blankets|food|medicine)|sent aid|provided aid|(?:sent|delivered|provided|shipped|airlifted) (?:\w+ )?(?:food|medicine|supplies|tents|blankets|assistance|relief|vaccines|weapons|arms)|"
         r"donat(?:ed|ion|ions)|granted asylum|asylum to|loans? (?:to|of)|grants? (?:to|of)|pledged \$|gave .{0,40} as gifts|evacuat(?:ed|ion) of (?:civilians|the wounded)"),
        ("ACCUSE", "allege", r"(?:said|says|saying|stated|announced) (?:that )?(?:it|they|its (?:\w+ )?(?:fighters|militants|members|men|forces)|their (?:\w+ )?(?:fighters|militants|members|men|forces)) (?:was |were |had been )?(?:responsible for|behind)|summoned (?:the |an? )?(?:[\w-]+ ){0,2}(?:ambassador|envoy|charg[ée] d'affaires|diplomats?)|accus(?:ed|es|e|ing|ation|ations)|blam(?:ed|es|ing)|alleg(?:ed|es|ing|ation|ations)|"
         r"claimed responsibility|claim(?:ed|s)? (?:of )?responsibility|took responsibility|responsibility for|held .{0,30} responsible|charged (?:that|with)|"
         r"claim(?:ed|s|ing)? (?:the |this |that |\w+'s )?(?:attack|bombing|killing|assault|blast|explosion|strike|kidnapping|abduction|ambush|operation)s?|"
         r"(?:was|were|is|are) behind|said (?:it|they) (?:was|were) behind|attributed (?:[\w-]+ ){0,6}to|b(?:ore|ears|ear) (?:all )?the hallmarks of|blamed on|pointed the finger|suspected of (?:carrying out|being behind|involvement)"),
        ("ACCUSE", "disapprove", r"lodged (?:a |an )?(?:\w+ )?protest|filed (?:a |an )?(?:[\w-]+ ){0,2}(?:case|lawsuit|suit|complaint) against|(?:formal|diplomatic|official|strong) protests?|protest notes?|lashed out at|slammed|rebuked|castigated|berated|condemn(?:ed|s|ing|ation)?|criticis(?:ed|es|ing|e)|criticiz(?:ed|es|ing|e)|critici[sz]m|denounc(?:ed|es|ing|e)|"
         r"attack(?:ed|s|ing) (?:the |his |her |their |its )?(?:[\w-]+'s )?(?:\w+ )?(?:polic(?:y|ies)|decision|remarks|plans?|proposals?|statements?|comments|"
         r"stance|record|handling|position|leadership|budget|law|bill|reforms?)|rebuk(?:ed|es)|censur(?:ed|es)|questioned (?:the|his|her|its)|"
         r"deplor(?:ed|es)|decried|slammed|lambasted|protested (?:the|a|an|to|over|at) (?:[\w'’-]+ ){0,3}(?:decision|move|plans?|remarks|statements?|arrests?|detentions?|"
         r"treatment|visit|polic(?:y|ies)|killings?|violations?|incursions?|presence|deployment|sale|handling|resolution|ruling|vote|expulsion)|complain(?:ed|s|t|ts)|sued|lawsuit|filed (?:a )?(?:suit|complaint|case)|rallied opposition|protested (?:to|against the decision)|objected|regrett?ed|disapprov(?:ed|al)|voiced concern|expressed (?:concern|dismay|outrage|regret)"),
        ("ACCUSE", "investigate", r"found (?:\w+ ){0,3}liable|investigat(?:ion|ions|ing|ed|e|es)|inquiry|inquiries|probe[sd]?|probing|inquest|looking into"),
        ("THREATEN", None, r"threaten(?:ed|s|ing)?|threats? (?:to|of|against)|ultimatum|warned|warns|warning (?:of|that|to)|vowed (?:to )?(?:retaliat\w+|revenge|respond)|"
         r"would (?:retaliate|respond (?:with force|militarily))|menac(?:ed|ing)|(?:not hesitate|ready|prepared) to (?:use force|strike|attack|retaliate|respond|act)|vow(?:ed|s) to (?:crush|destroy|punish|defeat|eliminate|wipe out|avenge|fight|hit back)|"
         r"all options (?:are|were|remain|remained) on the table"),
        ("REQUEST", None, r"call(?:ed|s|ing)? (?:on|for|upon)|urg(?:ed|es|ing)|demand(?:ed|s|ing)?|appeal(?:ed|s|ing)? (?:to|for)|asked|asks|request(?:ed|s)?|"
         r"sought|seeks|seeking|plead(?:ed|s)?|pressed (?:for|\w+ to)|pressing for|insisted|petition(?:ed)?|appeal(?:ed|s)|invited|invitation"),
        ("REJECT", None, r"reject(?:ed|s|ing|ion)?|refus(?:ed|es|al|ing)|den(?:ied|ies|y|ying)|dismiss(?:ed|es)|turned down|vetoed|veto|"
         r"ruled out|declined|defied|defying|spurned|rebuffed|voted (?:down|against)"),
        ("SANCTION", "convict", r"sentenced|convicted|found guilty|jailed|imprisoned"),
        ("SANCTION", "expel", r"expel(?:led|s|ling)?|expulsion|declared .{0,30} persona non grata|suspended (?:[\w-]+ ){0,3}from|suspended its membership|ordered (?:[\w-]+ ){1,4}to leave (?:the )?(?:country|region|area)"),
        ("SANCTION", "discontinue", r"sanction(?:s|ed|ing)?|embargo(?:es|ed)?|blacklist(?:s|ed|ing)?|"
         r"ban(?:s|ned|ning)? (?:the )?(?:imports?|exports?) of|(?:import|export) bans?|sever(?:ed|s) (?:diplomatic |all )?(?:ties|relations)|"
         r"(?:broke|cut) (?:off )?(?:diplomatic )?(?:ties|relations)|recalled (?:its |their |the )?ambassador|froze (?:\w+ )?assets|"
         r"(?:suspended|suspending|downgraded|downgrading) (?:\w+ )?(?:aid|talks|relations|cooperation|negotiations|imports|exports|flights|trade|contacts|ties|participation|membership)|halted (?:aid|talks|imports|exports|trade|deliveries)|"
         r"(?:cancelled|canceled|called off) (?:a |the |his |her |its )?(?:visit|talks|meeting|summit|trip)|halted (?:the |its )?(?:\w+ )?(?:talks|negotiations|mediation)|tariffs? on|imposed (?:tariffs|duties)|"
         r"(?:cut|cuts|cutting|stopped|halted|withheld|froze|reduced|suspended) (?:off )?(?:\w+ ){0,2}(?:aid|assistance|funding|loans|credits|subsidies|supplies)|"
         r"broke off (?:\w+ )?(?:talks|negotiations|relations|contacts)|walked out of (?:the )?(?:talks|negotiations)|pulled out of (?:the )?(?:talks|negotiations)|"
         r"(?:reduced|downgraded|scaled down) (?:\w+ )?(?:relations|ties|diplomatic presence|embassy)|closed (?:its |the )?embassy|"
         r"froze (?:the )?(?:[\w-]+ ){0,2}(?:accounts|funds)"),
        ("SANCTION", "withdraw", r"withdr(?:ew|awn|aws|awal) (?:from|its membership)(?= (?:the )?(?:treaty|agreement|pact|accord|deal|organi[sz]ation|union|council|alliance|talks))"),
        ("RETREAT", "release", r"released|releas(?:e|ing) (?:of )?(?:\w+ )?(?:prisoners|hostages|detainees|captives|soldiers)|freed|set free|pardon(?:ed|s)?|amnesty"),
        ("RETREAT", "withdraw", r"withdr(?:ew|awn|awal|aw|aws|awing)|pull(?:ed|ing) (?:out|back)|abandon(?:ed|ing) (?:their|its) (?:positions|posts|bases?|trenches)|"
         r"pull(?:ed|ing|s)? (?:its|their|the|all) (?:[\w-]+ )?(?:troops|forces|soldiers|units|contingent|peacekeepers) (?:out|back)|pullout|retreat(?:ed|ing|s)?|evacuated (?:its|their) (?:troops|forces|positions)|"
         r"handed over|hand(?:ed|ing)? (?:over )?control|lifted (?:the )?siege|ended (?:the|its) (?:occupation|siege)"),
        ("RETREAT", "access", r"allow(?:ed|s|ing)? (?:\w+ ){0,3}(?:aid|inspectors|observers|access|peacekeepers|convoys|monitors|journalists|deliveries|in)|granted access|"
         r"opened (?:the |a |its )?(?:border|crossing|corridor|humanitarian corridor|airspace)|let in|let (?:[\w-]+ ){1,3}into|received (?:[\w-]+ ){0,4}(?:inspectors|peacekeepers|observers|monitors)|de-?escalat\w*|scaled back"),
        ("RETREAT", "ceasefire", r"ceasefire took effect|(?:observed|observing|respected|implemented|declared|announced) (?:a |the )?(?:ceasefire|truce)|cease-?fire|truce held"),
        ("RETREAT", "disarm", r"disarm(?:ed|ament|ing)?|demobili[sz](?:ed|ation)|laid down (?:their|its) (?:arms|weapons)|surrender(?:ed|s)?|handed in (?:their )?weapons"),
        ("RETREAT", "resign", r"resign(?:ed|s|ation)|stepped down|step down|quit (?:his|her|as)"),
        ("RETREAT", "return", r"returned (?:the )?(?:seized |confiscated |stolen |occupied )?(?:property|land|farmland|bodies|remains|artefacts|territory)(?: to)?"),
        ("CONCEDE", None, r"conced(?:ed|es|e)|apologi[sz](?:ed|es|e)|apology|eased|eas(?:es|ing) (?:restrictions|sanctions)|lifted (?:the |its |a )?(?:ban|sanctions|curfew|restrictions|blockade|state of emergency|embargo)|"
         r"relax(?:ed|es) (?:restrictions|rules|controls)|back(?:ed|s|ing)? down|gave in|yielded|bowed to|admitted|compensat(?:ed|ion)|reversed (?:its|the) decision|reinstated|acceded|"
         r"(?:accepted|met|agreed to|gave in to|bowed to) (?:[\w'’]+ ){0,2}(?:demands?|conditions)|granted (?:[\w-]+ ){0,3}(?:autonomy|rights|amnesty|concessions)|restored (?:the |its |the country's )?(?:constitution|parliament|civilian rule|democracy|freedoms)|concessions?"),
        ("COOPERATE", None, r"team(?:ed|s)? up|cooperat(?:ion|e|ed|ing|es)|co-operat\w+|collaborat(?:e|ed|ion|ing)|joint (?:\w+ )?(?:exercises?|patrols?|operations?|investigation|drills?|maneuvers|manoeuvres|venture|training)|"
         r"shared intelligence|(?:established|restored|normali[sz]ed) (?:diplomatic )?(?:relations|ties)|partnership|alliance with|extradit(?:ed|ion)|"
         r"exchanged (?:information|intelligence)|work(?:ed)? together"),
        ("SUPPORT", None, r"prais(?:ed|es|ing)|welcom(?:ed|es|ing)|endors(?:ed|es|ing|ement)|back(?:ed|s|ing)(?! down)|support(?:ed|s|ing)|applaud(?:ed|s)|commend(?:ed|s)|hail(?:ed|s)|"
         r"rall(?:ied|y) (?:support|behind)|(?:spoke|speaks|spoken) (?:out )?in favou?r of|forgave|forgive|defended (?:the|his|her|its|their) (?:decision|policy|record|right)|"
         r"recogni[sz](?:ed|es) (?:the )?(?:independence|government|sovereignty|state)|recogni[sz](?:ed|es) (?:[\w'’-]+ ){1,4}as (?:the )?(?:legitimate|sole|rightful|lawful|official)|diplomatic recognition|(?:voiced|expressed|declared|reaffirmed|offered|announced|pledged) (?:its |his |her |their |strong |full |firm )*(?:support|solidarity|backing)|support for|"
         r"congratulat(?:ed|es)|defended|lauded|thanked|approved"),
    ],
    "de": [
        ("PROTEST", "strike", r"streik\w*|arbeitsniederlegung\w*"),
        ("PROTEST", "riot", r"krawall\w*|ausschreitung\w*|randale\w*|unruhen"),
        ("PROTEST", "demo", r"protest(?!note)\w*|demonstr(?:ierten|ierte|ieren|ation|ationen|anten|antinnen)\w*|kundgebung\w*|mahnwache\w*|gingen auf die straße|"
         r"versammelt\w* sich(?= .{0,120}\b(?:zu fordern|zu protestieren|aus protest|gegen)\b)"),
        ("ASSAULT", "abduct", r"entführ\w*|verschlepp\w*|geisel\w*"),
        ("ASSAULT", None, r"\w*angriff\w*|angegriffen|\w*anschlag\w*|beschoss\w*|beschossen|beschuss|bombardier\w*|explosion\w*|explodiert\w*|"
         r"getötet|tötete[n]?|tote[n]?|ums leben|starben|verletzt\w*|verwundet\w*|\w*einschlag\w*|gefecht\w*|kämpfe\w*|erschossen|"
         r"schüsse|ermordet|massaker|zerstört|attackiert\w*|griff(?:en)?\s+(?:[\w-]+\s+){0,8}an|"
         # A weapon that hits: "wurde Odessa von Raketen getroffen", "Drohnen trafen ein Wohnhaus".
         r"(?:rakete\w*|drohne\w*|granate\w*|geschoss\w*|bombe\w*)\s+(?:[\w-]+\s+){0,6}?(?:traf|trafen|getroffen)|"
         r"(?:getroffen|traf|trafen)\s+(?:[\w-]+\s+){0,4}?(?:rakete\w*|drohne\w*|granate\w*|geschoss\w*|bombe\w*)"),
        ("COERCE", "arrest", r"festgenommen|verhaftet|festnahme\w*|nahm\w*\s+(?:[\w-]+\s+){0,8}fest|inhaftiert"),
        ("COERCE", "curfew", r"ausgangssperre\w*|ausnahmezustand|kriegsrecht"),
        ("COERCE", "seize", r"(?:eingenommen|erobert)|unter (?:ihre|seine|die) kontrolle|kontrolle über [^.;]{0,40}?(?:übernommen|erlangt)|entschärft\w*|abgefangen|abgeschossen"),
        ("AGREE", None, r"vereinbart\w*|vereinbarung\w*|abkommen|unterzeichne\w*|einigten|einigung|waffenstillstandsabkommen"),
        ("CONSULT", None, r"besuch\w*|trafen sich|treffen|gespräch\w*|verhandlung\w*|gipfel\w*"),
        ("ACCUSE", None, r"protestnote\w*|verurteilte\w*|kritisiert\w*|warf\w* .{0,40} vor|beschuldig\w*|bekannte sich|ermittlung\w*"),
        ("THREATEN", None, r"droht\w*|drohung\w*|warnte\w*"),
        ("REQUEST", None, r"forderte\w*|forderung\w*|rief\w* .{0,40} auf"),
        ("SANCTION", None, r"sanktion\w*|ausgewiesen|verurteilt zu"),
        ("RETREAT", None, r"zog\w* sich .{0,30} zurück|zog\w* (?:[\w-]+ ){0,3}(?:truppen|soldaten|streitkräfte|einheiten)\b.{0,60}\bab\b|abzug|rückzug|freigelassen|waffenruhe"),
        ("MOBILIZE", "troops", r"verlegt\w*|stationiert\w*|mobilisier\w*|truppen .{0,20} entsandt|(?:reservisten|wehrpflichtige\w*) (?:[\w-]+ ){0,3}einberufen|einberufung (?:von )?(?:[\w-]+ )?(?:reservisten|wehrpflichtigen)|"
         r"(?:berief|beriefen|beruft) (?:[\w-]+ ){0,4}(?:reservisten|wehrpflichtige|soldaten) ein|manöver\w*|militärübung\w*"),
        ("AID", None, r"hilfslieferung\w*|humanitäre hilfe|hilfsgüter"),
    ],
    "fr": [
        ("PROTEST", "strike", r"grève\w*|grévistes"),
        ("PROTEST", "riot", r"(?<!anti-)(?<!anti)émeute\w*|casseurs|heurts"),
        ("PROTEST", "demo", r"manifest(?:ation|ations|ants|ante|antes|é|ée|és|er|aient|ent)|(?<!note de )protest\w*|rassemblement\w*|défil(?:é|és|ent|aient|er)|"
         r"rassembl(?:és|ées|é|ée|aient)(?= .{0,120}\b(?:pour (?:exiger|réclamer|dénoncer|protester)|contre)\b)|"
         r"march(?:e|é|èrent|aient)|sit-in"),
        ("ASSAULT", "abduct", r"enlev(?:é|és|ée|ées|ement|ements)|kidnapp\w*|otages?|pris en otage"),
        ("ASSAULT", None, r"attaqu\w+|attentat\w*|frappes?|frappé\w*|bombard\w+|explosion\w*|tué\w*|morts?|tu(?:é|és|ée|ées)|"
         r"blessé\w*|tuant|blessant|(?:a |ont )?explosé|voitures? piégées?|tirs?|combats?|affrontement\w*|pilonn\w*|embuscade\w*|abattu\w*|assassin\w*|massacre\w*|décès|péri"),
        ("COERCE", "arrest", r"arrêté\w*|interpellé\w*|arrestation\w*|interpellation\w*|placé\w* en garde à vue|détenu\w*"),
        ("COERCE", "curfew", r"couvre-feu|état d'urgence|loi martiale"),
        ("COERCE", "seize", r"pris le contrôle|s'est emparé\w*|se sont emparés|désamorc\w+|intercepté\w*|"
         # Drones and missiles brought down are stopped, not killed.
         r"abattu\w* (?:[\w-]+ ){0,3}(?:drones?|missiles?|roquettes?|avions?|hélicoptères?|appareils?|engins?)|"
         r"(?:drones?|missiles?|roquettes?|engins?) (?:[\w-]+ ){0,3}(?:ont été |a été )?abattu\w*"),
        ("AGREE", None, r"accord\w*|signé\w*|traité|cessez-le-feu conclu|se sont entendus"),
        ("CONSULT", None, r"visite\w*|rencontr\w+|entretien\w*|pourparlers|négociation\w*|sommet"),
        ("ACCUSE", None, r"notes? de protestation|condamn\w+|accus\w+|dénonc\w+|critiqu\w+|revendiqu\w+|enquête\w*"),
        ("THREATEN", None, r"menac\w+|ultimatum"),
        ("REQUEST", None, r"appel(?:é|le|lent) à|exig\w+|réclam\w+|demand(?:é|e|ent|ait) (?:à|la|le|des)"),
        ("SANCTION", None, r"sanction\w*|expuls\w+|condamné\w* à"),
        ("RETREAT", None, r"retir(?:é|és|ée|ées|ent|ait)|retrait|libér(?:é|és|ée|ées|ation)|trêve"),
        ("MOBILIZE", "troops", r"déploi\w*|déploy\w+|mobilis\w+|renforts"),
        ("AID", None, r"aide humanitaire|convoi humanitaire"),
    ],
    "es": [
        ("PROTEST", "strike", r"huelga\w*|paro nacional"),
        ("PROTEST", "riot", r"disturbios|saqueos?"),
        ("PROTEST", "demo", r"manifesta(?:ción|ciones|ntes|ron|ba|ban)|(?<!nota de )protest\w*|marcha(?:ron|s)?|concentración|cacerolazo|"
         r"(?:congregaron|concentraron|reunieron)(?= .{0,120}\b(?:para (?:exigir|reclamar|denunciar|protestar)|contra)\b)"),
        ("ASSAULT", "abduct", r"secuestr\w+|rehenes"),
        ("ASSAULT", None, r"ataque\w*|atac(?:ó|aron|ado|ada|ados)|atentado\w*|bombarde\w+|explosi\w+|muert[oa]s|murieron|murió|herid[oa]s|"
         r"enfrentamiento\w*|combates?|asesinad[oa]s|asesin(?:ó|aron|ato)|mat(?:ó|aron|ad[oa]s)|hiri(?:ó|eron)|(?:coche|carro) bomba|explot(?:ó|aron)|emboscada|tiroteo\w*|disparos|fallecid[oa]s|masacre|"
         # A weapon that strikes: "un misil impactó en Járkov", "drones alcanzaron una refinería".
         r"(?:misil\w*|dron\w*|cohete\w*|proyectil\w*|bomba\w*|obús|obuses)\s+(?:[\w-]+\s+){0,4}?(?:impact(?:ó|aron)|alcanz(?:ó|aron)|golpe(?:ó|aron)|cay(?:ó|eron))"),
        ("COERCE", "arrest", r"detenid[oa]s|detuvo|detuvieron|arrestad[oa]s|arrest(?:ó|aron)|capturad[oa]s"),
        ("COERCE", "curfew", r"toque de queda|estado de (?:emergencia|excepción)|ley marcial"),
        ("COERCE", "seize", r"tomaron el control|tomó el control|recuper(?:ó|aron) el control|incaut(?:ó|aron|ad[oa]s)|desactiv(?:ó|aron|ad[oa])|interceptad[oa]s|derribad[oa]s|derrib(?:ó|aron)|intercept(?:ó|aron)"),
        ("AGREE", None, r"acuerdo\w*|firmaron|firmó|pacto|tratado|alto el fuego"),
        ("CONSULT", None, r"visit(?:ó|a|aron)|reuni(?:ó|eron|ón)|conversaciones|negociacion\w*|cumbre"),
        ("ACCUSE", None, r"notas? de protesta|conden(?:ó|aron)|acus(?:ó|aron|a)|denunci\w+|critic(?:ó|aron)|reivindic\w+|investigación"),
        ("THREATEN", None, r"amenaz\w+|ultimátum"),
        ("REQUEST", None, r"exig(?:ió|ieron|e)|pidi(?:ó|eron)|reclam(?:ó|aron)|instó|llamó a"),
        ("SANCTION", None, r"sancion\w*|expuls\w+|condenad[oa]s? a"),
        ("RETREAT", None, r"retir(?:ó|aron|ada)|liberad[oa]s|liberó|liberaron|tregua"),
        ("MOBILIZE", "troops", r"despleg\w+|despliegue|moviliz\w+|refuerzos"),
        ("AID", None, r"ayuda humanitaria|convoy humanitario"),
    ],
    "it": [
        ("PROTEST", "strike", r"sciopero|scioperi"),
        ("PROTEST", "riot", r"disordini|tafferugli|guerriglia urbana"),
        ("PROTEST", "demo", r"manifesta(?:zione|zioni|nti|to|rono|vano)|(?<!nota di )(?<!note di )protest\w*|corteo|cortei|presidio|sfilat[oiae]|sfilano|"
         r"radunat[ie](?= .{0,120}\b(?:per (?:chiedere|protestare|denunciare|esigere)|contro)\b)"),
        ("ASSAULT", "abduct", r"rapit\w+|sequestr\w+|ostaggi"),
        ("ASSAULT", None, r"attacc\w+|attentat\w+|bombard\w+|esplosion\w*|esplos[oa]|mort[ie]|uccis[io]|ucciso|uccisa|ferit[ie]|"
         r"scontri|combattimenti|imboscata|sparatoria|colpi d'arma|raid|deceduti|strage|"
         # A weapon that hits: "droni russi hanno colpito Kharkiv", "colpito da un missile".
         r"(?:missil\w*|dron\w*|razz\w*|bomb\w*|proiettil\w*)\s+(?:[\w'-]+\s+){0,4}?(?:hanno |ha )?colpit\w*|"
         r"colpit\w*\s+(?:[\w'-]+\s+){0,4}?da\s+(?:[\w'-]+\s+)?(?:missil\w*|dron\w*|razz\w*|bomb\w*)"),
        ("COERCE", "arrest", r"arrestat[ie]|fermat[ie]|arresti|arrestato|fermato"),
        ("COERCE", "curfew", r"coprifuoco|stato di emergenza|legge marziale"),
        ("COERCE", "seize", r"preso il controllo|conquistat[oa]|sequestrat[ie] (?:armi|esplosivi)|disinnesc\w+|intercettat\w+|abbattut\w+"),
        ("AGREE", None, r"accordo|accordi|firmato|firmarono|trattato|tregua concordata|cessate il fuoco"),
        ("CONSULT", None, r"visit\w+|incontr\w+|colloqui\w*|negoziat\w+|vertice"),
        ("ACCUSE", None, r"not[ae] di protesta|condann(?:ato|ano|a)|accus\w+|denunci\w+|critic\w+|rivendicat\w+|indagine"),
        ("THREATEN", None, r"minacci\w+|ultimatum"),
        ("REQUEST", None, r"chies(?:to|ero)|chiede|esort\w+|sollecit\w+|reclam\w+"),
        ("SANCTION", None, r"sanzion\w+|espuls\w+|condannat[oa] a"),
        ("RETREAT", None, r"ritir\w+|liberat[ie]|rilasciat[ie]|tregua"),
        ("MOBILIZE", "troops", r"dispiegat\w+|schierat\w+|mobilitat\w+|rinforzi"),
        ("AID", None, r"aiuti umanitari|convoglio umanitario"),
    ],
    "ru": [
        ("PROTEST", "strike", r"забастов\w*"),
        ("PROTEST", "demo", r"(?<!нота )(?<!ноту )(?<!ноты )(?<!нотой )протест\w*|митинг\w*|демонстрац\w*|шестви\w*|пикет\w*|акци\w+ протеста|собрал\w*(?= .{0,120}(?:требу\w+|протест\w*|против))"),
        ("ASSAULT", "abduct", r"похищ\w+|похитил\w*|заложник\w*"),
        ("ASSAULT", None, r"атак\w*|удар\w*|обстрел\w*|обстрелял\w*|взрыв\w*|погиб\w*|убит\w*|убил\w*|взорвал\w*|подорвал\w*|ранен\w*|ранил\w*|ранения|бомбардир\w*|бо[йи]|"
         r"столкновени\w*|нападени\w*|напал\w*|теракт\w*|жертв\w*|расстрел\w*|подрыв\w*|"
         # A weapon that hits: "ракета попала в жилой дом", "дрон поразил подстанцию".
         r"(?:ракет\w*|дрон\w*|беспилотник\w*|снаряд\w*|бомб\w*)\s+(?:[\w-]+\s+){0,3}?(?:попал\w*|поразил\w*|угодил\w*)"),
        ("COERCE", "arrest", r"задержан\w*|задержал\w*|арестован\w*|арестовал\w*|задержани\w*|арест\w*"),
        ("COERCE", "curfew", r"комендантск\w+ час\w*|чрезвычайн\w+ положени\w*|военн\w+ положени\w*"),
        ("COERCE", "seize", r"заняли|занял\w*|захватил\w*|взяли под контроль|установили контроль|сбил\w*|сбит\w*|перехвачен\w*|обезврежен\w*"),
        ("AGREE", None, r"соглашени\w*|договор\w*|подписал\w*|договорились|перемири\w*"),
        ("CONSULT", None, r"визит\w*|встреч\w+|переговор\w*|саммит\w*"),
        ("ACCUSE", None, r"нот\w{1,2} протеста|осудил\w*|обвинил\w*|обвиняет|раскритиковал\w*|расследовани\w*|взял\w* на себя ответственность"),
        ("THREATEN", None, r"пригрозил\w*|угрожа\w*|ультиматум\w*"),
        ("REQUEST", None, r"потребовал\w*|призвал\w*|требовани\w*"),
        ("SANCTION", None, r"санкци\w*|выслал\w*|высылк\w*|приговорил\w*"),
        ("RETREAT", None, r"отступил\w*|отвел\w*|отвод\w*|освобожден\w*|освободил\w*|обмен\w* пленными"),
        ("MOBILIZE", "troops", r"мобилизац\w*|переброс\w*|развернул\w*|стянул\w*|(?:военн\w+|масштабн\w+|совместн\w+) учени\w+"),
        ("AID", None, r"гуманитарн\w+ помощ\w*|гуманитарн\w+ груз\w*"),
    ],
    "uk": [
        ("PROTEST", "strike", r"страйк\w*"),
        ("PROTEST", "demo", r"(?<!нота )(?<!ноту )(?<!ноти )(?<!нотою )протест\w*|мітинг\w*|демонстрац\w*|пікет\w*|акці\w+ протесту|зібрал\w*(?= .{0,120}(?:вимага\w+|протест\w*|проти))"),
        ("ASSAULT", "abduct", r"викрад\w+|заручник\w*"),
        ("ASSAULT", None, r"атак\w*|удар\w*|обстріл\w*|обстріляли|вибух\w*|загину\w*|загибл\w*|вбит\w*|вбил\w*|вбив|вибухнул\w*|вибухнув|підірвал\w*|поранен\w*|поранил\w*|поранив|поранення|бо[йї]|"
         r"зіткнен\w*|напад\w*|теракт\w*|жертв\w*|бомбардуван\w*|"
         # A weapon that hits: "ракета влучила в будинок", "дрон уразив підстанцію".
         r"(?:ракет\w*|дрон\w*|безпілотник\w*|снаряд\w*|бомб\w*)\s+(?:[\w-]+\s+){0,3}?(?:влучил\w*|влучив|поцілил\w*|поцілив|уразил\w*|уразив)"),
        ("COERCE", "arrest", r"затриман\w*|затримали|затримала|заарештован\w*|арешт\w*"),
        ("COERCE", "curfew", r"комендантськ\w+ годин\w*|надзвичайн\w+ стан\w*|воєнн\w+ стан\w*"),
        ("COERCE", "seize", r"захопил\w*|зайняли|взяли під контроль|звільнил\w* (?:село|селище|місто|населений пункт)|збил\w*|збит\w*|знешкодил\w*|знешкоджен\w*"),
        ("AGREE", None, r"угод\w+|домовилис\w*|підписал\w*|підписав|перемир\w+"),
        ("CONSULT", None, r"візит\w*|зустріч\w*|переговор\w*|саміт\w*"),
        ("ACCUSE", None, r"нот\w{1,3} протесту|засудил\w*|засудив|звинуват\w+|розслідуван\w*|взяли на себе відповідальність"),
        ("THREATEN", None, r"погрожу\w*|пригрозил\w*|пригрозив|ультиматум\w*"),
        ("REQUEST", None, r"вимага\w+|закликал\w*|закликав|вимог\w+"),
        ("SANCTION", None, r"санкці\w*|вислал\w*|вислав|засудив до"),
        ("RETREAT", None, r"відступил\w*|відвел\w*|звільнен\w*|звільнил\w*|обмін\w* полоненими"),
        ("MOBILIZE", "troops", r"мобілізац\w*|перекину\w*|розгорну\w*|стягну\w*|(?:військов\w+|масштабн\w+|спільн\w+) навчан\w+"),
        ("AID", None, r"гуманітарн\w+ допомог\w*|гуманітарн\w+ вантаж\w*"),
    ],
}


@lru_cache(maxsize=None)
def _compiled(language: str) -> list[tuple[str, str | None, re.Pattern[str]]]:
    rules = _TRIGGERS.get(language, []) + ([] if language == "en" else _TRIGGERS["en"])
    return [(t, m, re.compile(rf"\b(?:{p})\b", re.I)) for t, m, p in rules]


# Strength of each type when a sentence matches several and none governs another: violence and
# protest outrank talk, and the specific outranks the general.
PRIORITY = ["ASSAULT", "PROTEST", "COERCE", "MOBILIZE", "SANCTION", "THREATEN", "RETREAT", "AGREE",
            "AID", "CONCEDE", "ACCUSE", "REJECT", "REQUEST", "CONSULT", "COOPERATE", "SUPPORT"]

# Types said of another event: "threatened to attack", "condemned the bombing", "agreed to withdraw".
# When such a trigger governs another in the parse, the sentence tells the saying, as PLOVER codes it.
GOVERNING = {"THREATEN", "REQUEST", "REJECT", "ACCUSE", "AGREE", "SUPPORT", "CONCEDE", "CONSULT", "AID", "SANCTION", "COOPERATE"}

# Words that say someone was killed or hurt: enough on their own to make a sentence violent.
CASUALTY_TYPES = {"ASSAULT"}


def find_triggers(text: str, language: str = "en") -> list[Trigger]:
    """All trigger matches in a sentence, strongest type first, then by position.

    Where two matches overlap, the longer one stands ("air strikes", not "strikes"; "withdrew from
    the treaty", not "withdrew").
    """
    found: list[Trigger] = []
    for event_type, mode, pattern in _compiled(language if language in _TRIGGERS else "en"):
        for m in pattern.finditer(text):
            if _negated(text, m):
                # "would not meet", "did not agree to release": declining to cooperate is a rejection.
                if event_type in _COOPERATIVE and "responsib" not in m.group(0).lower():
                    found.append(Trigger("REJECT", m.start(), m.end(), m.group(0), None))
                continue
            if _is_false_trigger(text, m):
                continue
            found.append(Trigger(event_type, m.start(), m.end(), m.group(0), mode))
    found = [t for t in found if not any(o is not t and o.start <= t.start and t.end <= o.end and (o.end - o.start) > (t.end - t.start) for o in found)]
    found.sort(key=lambda t: (PRIORITY.index(t.event_type), t.start))
    return found


_CONDITIONAL = re.compile(r"\b(?:if|unless|should (?:it|they|he|she))\b", re.I)
_COERCIVE = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"}

# Words that put what follows them in the background: "a curfew after the riots", "amid protests".
_BACKGROUND = {"after", "following", "before", "since", "amid", "amidst", "despite", "during", "over", "until", "ahead", "though", "although"}


def token_at(sentence, trigger: Trigger):
    """The token of `sentence` (a spaCy span) that a trigger with offsets into its text starts in, else None."""
    at = sentence.start_char + trigger.start
    return next((tok for tok in sentence if tok.idx <= at < tok.idx + len(tok.text)), None)


# A truce or deal that the sentence says was broken: "a ceasefire agreed last month was violated when ...".
_BROKEN = re.compile(r"[^.;]{0,80}?\b(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?(?:violated|broken|breached|shattered)\b", re.I)


def governing(triggers: list[Trigger], sentence) -> Trigger | None:
    """The trigger the sentence is about, from its dependency parse when it has one.

    A trigger inside a phrase that sets the scene ("after the riots", "amid protests", "a protest
    over the killing") gives way to one outside it; then the trigger highest in the parse wins:
    "Russia threatened to attack" is THREATEN, "police detained 40 protesters" an arrest, "a
    protest against the killing" a protest. Ties go to the order of `find_triggers`.
    `sentence` is a spaCy span whose text the trigger offsets index.
    """
    if not triggers:
        return None
    # "would impose sanctions if ...", "will use force unless ...": a coercive act held over someone is a threat.
    if _CONDITIONAL.search(sentence.text):
        for t in triggers:
            if t.event_type in _COERCIVE and re.search(r"\b(?:would|will|could|might)\b[^.;]{0,40}$", sentence.text[: t.start]):
                return Trigger("THREATEN", t.start, t.end, t.text, None)
    if len(triggers) == 1:
        return triggers[0]
    if not sentence.doc.has_annotation("DEP"):
        # Without a parse, "police detained 30 protesters": the protesters are whom the arrest is done to.
        arrest = next((t for t in triggers if t.event_type == "COERCE" and t.mode == "arrest"), None)
        if arrest and triggers[0].event_type == "PROTEST":
            return arrest
        # "Bei Ausschreitungen ... wurden 12 Polizisten verletzt": the hurt are counted, the riot is what happened;
        # "recuperó el control ... tras intensos combates": the territory changed hands after the fighting.
        if all(t.event_type != "ASSAULT" or _CASUALTY_WORD.fullmatch(t.text) for t in triggers):
            protest = next((t for t in triggers if t.event_type == "PROTEST"), None)
            if protest and triggers[0].event_type == "ASSAULT":
                return protest
        seize = next((t for t in triggers if t.event_type == "COERCE" and t.mode == "seize"), None)
        if seize and triggers[0].event_type == "ASSAULT" and not any(_CASUALTY_WORD.fullmatch(t.text) for t in triggers):
            return seize
        return triggers[0]
    heads = {id(t): token_at(sentence, t) for t in triggers}

    def depth(t: Trigger) -> int:
        tok = heads[id(t)]
        return sum(1 for _ in tok.ancestors) if tok is not None else 99

    def backgrounded(t: Trigger) -> bool:
        tok = heads[id(t)]
        if tok is None:
            return False
        own = {heads[id(t)]}
        return any(a.lower_ in _BACKGROUND and a.dep_ in {"prep", "mark"} or
                   any(c.dep_ == "mark" and c.lower_ in _BACKGROUND for c in a.children if a.dep_ == "advcl")
                   for a in [tok, *tok.ancestors] if a not in own or a.dep_ == "advcl")

    front = [t for t in triggers if not backgrounded(t)] or triggers
    # "thousands of protesters demanding lower taxes": what a crowd demands tells its protest, not a request of its own.
    if any(t.event_type == "PROTEST" for t in front):
        front = [t for t in front if not (t.event_type == "REQUEST" and heads[id(t)] is not None and heads[id(t)].dep_ == "acl")] or front
    # "A ceasefire agreed last month was violated when forces shelled ...": the violation is the news, not the truce.
    broken = [t for t in front if t.event_type in {"AGREE", "RETREAT"} and t.start < len(sentence.text)
              and _BROKEN.match(sentence.text, t.start)]
    if broken and any(t.event_type == "ASSAULT" for t in front):
        front = [t for t in front if t not in broken]
    # Talks that end in an agreement: the agreement is the news.
    if any(t.event_type == "AGREE" for t in front):
        front = [t for t in front if t.event_type != "CONSULT"]
    order = {id(t): n for n, t in enumerate(triggers)}
    chosen = min(front, key=lambda t: (depth(t), order[id(t)]))
    if chosen.event_type == "ASSAULT" and _CASUALTY_WORD.fullmatch(chosen.text):
        # "injured in riots", "killed during protests": the dead or hurt are counted; the protest is what happened.
        head = heads[id(chosen)]
        for t in front:
            tok = heads[id(t)]
            if t.event_type == "PROTEST" and tok is not None and head in tok.ancestors:
                return t
    return chosen


# Triggers that only count the dead or hurt, and say nothing of what happened.
_CASUALTY_WORD = re.compile(
    r"(?i:killed|dead|died|deaths?|injured|wounded|hurt|(?:were|was|been) hurt|casualt(?:y|ies)|"
    r"getötet|tote[n]?|verletzt\w*|tué\w*|morts?|blessé\w*|muert[oa]s|murieron|herid[oa]s|mort[ie]|uccis[io]|ferit[ie]|"
    r"погиб\w*|ранен\w*|загину\w*|загибл\w*|поранен\w*)"
)


# Types whose negation is a refusal: "will not negotiate", "did not agree", "refuses to release" aside.
_COOPERATIVE = {"AGREE", "CONSULT", "COOPERATE", "AID", "RETREAT", "CONCEDE", "SUPPORT"}


def _negated(text: str, m: re.Match[str]) -> bool:
    """ "there were no arrests", "did not attack", "without injuries", "nicht", "sans", "не"."""
    before = text[max(0, m.start() - 30) : m.start()].lower()
    return bool(re.search(r"\b(?:no|not|never|without|nor|n't|kein\w*|nicht|pas de|sans|ningún|ninguna|sin|nessun\w*|senza|без|не)\s+(?:\w+\s+)?$", before))


def _is_false_trigger(text: str, m: re.Match[str]) -> bool:
    word = m.group(0)
    lower = word.lower()
    before = text[max(0, m.start() - 30) : m.start()].lower()
    after = text[m.end() : m.end() + 30].lower()
    # "March" the month is not a protest march; "deal" the verb in "deal with" is not an agreement.
    if lower.startswith("march") and word[0].isupper():
        return True
    # "No group has yet claimed responsibility": nobody claimed it.
    if "responsib" in lower and re.search(r"\b(?:no|none|nobody|no one|not)\b[^.;]{0,25}$", before):
        return True
    if lower == "deal" and after.startswith(" with"):
        return True
    # "attack and defense techniques": a noun used as a modifier, not an event.
    if lower == "attack" and re.match(r"\s+and\s+defen[cs]e", after):
        return True
    # "died of a heart attack", "died after a long illness": not violence.
    if lower in {"died", "dies", "dead", "death", "deaths"} and re.match(
        r"\s+(?:of|from|after)\s+(?:a\s+|an\s+)?(?:long\s+|short\s+|sudden\s+)?(?:heart attack|stroke|illness|disease|cancer|natural causes|covid\w*|coronavirus|"
        r"complications|old age|pneumonia|cardiac arrest|age|virus|infection)", after):
        return True
    # "a heart attack", "panic attacks": illness, not violence.
    if lower.startswith("attack") and re.search(r"\b(?:heart|panic|asthma)\s+$", before):
        return True
    # Hypotheticals: "if one member state is attacked"; "it is an attack on all".
    if re.search(r"\b(?:if|should|would|could)\b[^.]{0,25}$", before) and lower.startswith("attack"):
        return True
    if lower in {"dead", "deaths", "death"} and re.search(r"\b(?:dead ?line|dead end)", before + lower + after):
        return True
    # Reporting and hospital phrases that look like events.
    if lower == "released" and re.match(r"\s+(?:a|an|the|its|their|his|her|new|further)?\s*(?:\w+\s+)?(?:statement|video|footage|report|figures|data|images|photos?|pictures|list|details|results|recording|communiqu)", after):
        return True
    if lower in {"asked", "requested", "asks", "ask"} and re.match(r"\s+(?:not to be|for anonymity|that (?:his|her|their) name)", after):
        return True
    if lower in {"declined", "refused", "declines", "refuses", "decline", "refuse"} and re.match(r"\s+(?:to\s+)?(?:comment|be named|be identified|give (?:his|her|their) name)", after):
        return True
    if lower == "admitted" and re.match(r"\s+(?:to|into)\s+(?:the\s+|a\s+|\w+\s+)?hospital", after):
        return True
    # "demonstrated attack techniques", "demonstrated that ...": showing something, not a protest.
    if lower.startswith("demonstrat") and not lower.startswith("demonstrator") and re.match(r"\s+(?:that|how|its|their|his|her|the|a|an|new|some|great|strong|\w+ and \w+ techniques)\b", after):
        return True
    if lower.startswith("back") and before.endswith("-"):
        return True  # "Russian-backed separatists": who backs them, not an act of support
    if lower in {"fell to", "fallen to"} and re.match(r"\s*(?:\d|about|around|nearly|its|a|an)\b", after):
        return True
    return False


# The main verb's lemma, for English sentences no pattern matched: "Jordan pledges ...", "Cairo rebuffs ...".
_VERBS: dict[str, tuple[str, str | None]] = {}
for _type, _mode, _lemmas in [
    ("AGREE", None, "agree sign pledge promise offer accept consent assure commit guarantee settle conclude ratify"),
    ("CONSULT", None, "meet visit discuss negotiate consult host confer telephone mediate convene"),
    ("SUPPORT", None, "praise welcome endorse back support applaud commend hail congratulate defend laud thank approve "
                      "recognize recognise forgive sympathize sympathise"),
    ("CONCEDE", None, "concede apologize apologise ease lift relax yield admit compensate reverse reinstate accede retract"),
    ("COOPERATE", None, "cooperate collaborate coordinate partner extradite"),
    ("AID", None, "donate supply fund finance airlift shelter"),
    ("RETREAT", None, "withdraw retreat free resign surrender disarm demobilize demobilise disband"),
    ("REQUEST", None, "urge demand ask request appeal seek plead press petition invite insist implore beg"),
    ("ACCUSE", "allege", "accuse blame allege charge"),
    ("ACCUSE", "disapprove", "condemn criticize criticise denounce deplore decry slam complain object regret lament rebuke censure sue"),
    ("ACCUSE", "investigate", "investigate probe"),
    ("THREATEN", None, "threaten warn menace intimidate"),
    ("REJECT", None, "reject refuse deny dismiss veto decline defy rebuff spurn oppose resist"),
    ("SANCTION", None, "sanction expel embargo suspend freeze sever halt cancel recall sentence convict jail punish downgrade"),
    ("MOBILIZE", "troops", "mobilize mobilise deploy dispatch mass station reinforce"),
    ("COERCE", None, "arrest detain seize confiscate ban deport censor occupy blockade besiege restrict curb outlaw"),
    ("PROTEST", "demo", "protest demonstrate march rally picket boycott"),
    ("ASSAULT", None, "attack kill bomb shell shoot ambush assassinate massacre torture abduct kidnap wound injure invade storm "
                      "execute stab rape loot burn destroy"),
]:
    for _lemma in _lemmas.split():
        _VERBS[_lemma] = (_type, _mode)


def main_verb_trigger(sentence) -> Trigger | None:
    """A trigger from the lemma of the sentence's main verb (or a verb joined to it), when a parse is there.

    The patterns above name events in many words; this catches the plain verbs they miss in an inflection
    or a construction ("Cairo rebuffs the offer"). `sentence` is a spaCy span; offsets are within its text.
    """
    if not sentence.doc.has_annotation("DEP"):
        return None
    root = sentence.root
    for verb in [root, *(c for c in root.children if c.dep_ in {"conj", "xcomp"})]:
        if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
            continue
        found = _VERBS.get(verb.lemma_.lower())
        if found:
            start = verb.idx - sentence.start_char
            m = re.compile(re.escape(verb.text)).match(sentence.text, start)
            if m is None or _negated(sentence.text, m) or _is_false_trigger(sentence.text, m):
                continue
            return Trigger(found[0], start, start + len(verb.text), verb.text, found[1])
    return None

