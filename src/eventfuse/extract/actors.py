"""Who acted and against whom, coded with a country (alpha-3) and a CAMEO/PLOVER sector.

The perpetrator is the subject of an active trigger verb ("Ukraine attacked"), the agent of
a passive one ("attacked by militiamen"), or the nationality on the weapon ("the Ukrainian
missile"); recipients are the objects and the victims counted ("North Korean officers").
"""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from eventfuse.extract.attribution import Attribution
from eventfuse.extract.countries import country_code, demonym, named_party
from eventfuse.extract.numbers import word_value
from eventfuse.extract.subevents import SHOT_DOWN, method
from eventfuse.extract.triggers import find_triggers
from eventfuse.model import Actor

_REGIONAL_BODIES = (r"united nations|un|nato|security council|european union|eu|african union|arab league|league of arab states|"
                    r"organi[sz]ation of (?:american states|african unity|the islamic conference|islamic cooperation)|opec|"
                    r"council of europe|gulf cooperation council|ecowas|asean|osce")
# Head noun → sector. CAMEO/PLOVER codes: MIL military, COP police, IGO bodies of many states, GOV government, REB rebels,
# CVL civilians, OPP opposition, REF refugees, MED media, EDU education, CRM criminals, PTY party, BUS business,
# LAB labour, ELI leaders.
_SECTORS: list[tuple[str, str]] = [
    ("MIL", r"soldiers?|troops?|officers?|military|army|armed forces|forces|personnel|servicem[ae]n|servicepeople|"
     r"marines?|navy|air force|battalion|brigade|regiment|units?|commanders?|generals?|conscripts?|mercenar(?:y|ies)|"
     r"soldaten|armee|streitkräfte|soldats|armée|forces armées|soldados|ejército|soldati|esercito|"
     r"военн\w*|солдат\w*|військов\w*|армі\w*"),
    ("COP", r"police(?:men|man|women)?|officers? of the police|gendarmes?|polizei|polizisten|policiers?|policía|polizia|полици\w*|поліці\w*"),
    ("REB", r"rebels?|insurgents?|militants?|militias?|militiamen|jihadists?|gunmen|armed men|assailants|attackers|bandits|separatists?|guerrillas?|fighters|"
     r"rebellen|rebelles|rebeldes|ribelli|боевик\w*|бойовик\w*"),
    ("IGO", _REGIONAL_BODIES),
    ("GOV", r"government|ministry|minister|ministers|president|prime minister|officials?|authorities|administration|regierung|"
     r"cabinet|parliament|legislature|lawmakers|embassy|ambassadors?|diplomats?|envoys?|spokes(?:man|woman|person)|king|queen|chancellor|"
     r"gouvernement|gobierno|governo|правительств\w*|уряд\w*"),
    ("REF", r"refugees?|displaced|migrants?|flüchtlinge|réfugiés|refugiados|rifugiati"),
    ("MED", r"journalists?|reporters?|media workers?"),
    ("EDU", r"students?|pupils|schoolchildren|(?:school )?teachers?|lecturers?|professors?|universit(?:y|ies)|studenten|étudiants|estudiantes|studenti|студент\w*"),
    ("OPP", r"opposition|dissidents?|activists?|protesters?|demonstrators?|demonstranten|manifestants|manifestantes|manifestanti"),
    ("LAB", r"workers|strikers|(?:trade|labou?r|teachers'?|workers'?) unions?|gewerkschaft\w*|syndicats?"),
    ("CVL", r"civilians?|residents?|people|children|women|villagers|passengers|families|inhabitants|"
     r"doctors?|nurses?|medics?|health workers?|aid workers?|farmers?|herders?|traders?|shopkeepers?|worshippers?|pilgrims?|"
     r"wedding (?:party|parties|guests)|mourners|funeral|guests|"
     r"zivilisten|menschen|einwohner|civils|habitants|personnes|enfants|civiles|personas|civili|persone|"
     r"мирн\w*|жител\w*|людей|цивільн\w*|мешканц\w*"),
    # Parties CAMEO codes by role rather than by arms or office: parties, business, suspects, leaders.
    ("PTY", r"(?:political |ruling |opposition |communist )?(?<!wedding )(?<!birthday )(?<!search )(?<!rescue )(?<!dinner )(?<!house )(?<!boarding )part(?:y|ies)"),
    ("BUS", r"businessm[ae]n|businesses|compan(?:y|ies)|firms?|corporations?|investors?"),
    ("CRM", r"suspects?|criminals?|hijackers?|smugglers?|traffickers?|gangs?|kidnappers?|prisoners?|detainees?|inmates?"),
    ("ELI", r"leaders?|chiefs?|delegations?|delegates?"),
]
_SECTOR_RE = [(code, re.compile(rf"\b(?:{pattern})\b", re.I)) for code, pattern in _SECTORS]


def sector_of(phrase: str) -> str | None:
    """The sector a noun phrase names, else None."""
    for code, pattern in _SECTOR_RE:
        if pattern.search(phrase):
            return code
    return None


def _nationality(tokens: list[Token] | SpacySpan) -> str | None:
    text = " ".join(t.text for t in tokens)
    for size in (3, 2, 1):
        words = text.split()
        for i in range(len(words) - size + 1):
            code = country_code(" ".join(words[i : i + size]))
            if code:
                return code
    return None


def _phrase_tokens(token: Token) -> list[Token]:
    """The head noun with its adjectives and compounds: "North Korean officers", not the figures."""
    out = [token]
    for left in token.lefts:
        # "Israel's cabinet", "Russia's foreign minister": the possessor names the country too.
        if left.dep_ in {"amod", "compound"} or (left.dep_ == "poss" and left.pos_ != "PRON"):
            out.extend(t for t in left.subtree if t.dep_ not in {"nummod", "quantmod", "det", "punct", "case"})
    return sorted(out, key=lambda t: t.i)


# Prepositions whose object is on the receiving end of the event: "attack on", "talks with", "aid to".
_RECIPIENT_PREPS = {"on", "against", "with", "to", "at", "into", "toward", "towards", "upon", "for", "between"}
_VIOLENT = {"ASSAULT", "COERCE"}
# Events that a speaker reports rather than performs by speaking.
_WITNESSED = {"ASSAULT", "COERCE", "PROTEST", "MOBILIZE"}


def actors_in(
    sentence: SpacySpan, trigger_start: int | None, language: str = "en", event_type: str | None = None,
    told: Attribution | None = None,
) -> list[Actor]:
    """Actors and recipients of the event told in one sentence.

    With a parse: the trigger's subject, agent, possessor or nationality is the actor and its object,
    the object of "on/against/with/to", or its passive subject the recipient; coordinated names
    ("the United States and Jordan", "Russian and North Korean soldiers") each give one. Where the
    parse names no country, the first country named before the trigger is the actor's and the first
    after it the recipient's, as CAMEO-style sentences put them.
    """
    found: list[Actor] = []
    intercepted = bool(_INTERCEPTED.search(sentence.text))
    if language == "en" and sentence.doc.has_annotation("DEP"):
        trigger = next((t for t in sentence if trigger_start is not None and t.idx <= trigger_start < t.idx + len(t.text) + 1), None)
        military = event_type in _VIOLENT or event_type is None
        # A trigger that starts with a modifier ("joint drills", "suicide bombing") is told by its noun.
        while trigger is not None and trigger.dep_ in {"amod", "compound"} and trigger.head.pos_ in {"NOUN", "PROPN"} and trigger.head.i > trigger.i:
            trigger = trigger.head
        if trigger is not None:
            _from_trigger(found, trigger, military)
        for tok in sentence:
            # "the Ukrainian robot struck", "a Russian missile strike": the nationality on the weapon or attack.
            # A weapon that was shot down is told by its object ("shot down 12 Russian drones"): its side is the recipient.
            if tok.ent_type_ == "NORP" and tok.dep_ == "amod" and not intercepted and re.search(
                r"attack|strike|missile|robot|rocket|drone|shell|bomb|artillery|airstrike|raid", tok.head.lower_
            ):
                code = country_code(tok.text) or _nationality([tok])
                if code:
                    found.append(Actor(f"{demonym(code)} military", code, "MIL", "actor", (tok.idx, tok.idx + len(tok.text))))
            # Counted victims with a nationality: "six North Korean officers were killed".
            if tok.dep_ in {"nsubjpass"} and tok.head.lemma_ in {"kill", "injure", "wound", "die", "hurt"}:
                _add(found, tok, "recipient")
            if tok.dep_ == "nsubj" and tok.head.lemma_ in {"die"}:
                _add(found, tok, "recipient")
        if trigger is not None:
            _by_position(found, sentence, trigger, military, witnessed=event_type in _WITNESSED)
            _reciprocal(found, event_type)
            _domestic(found, sentence, witnessed=event_type in _WITNESSED)
    else:
        # Without a parse: a nationality on a weapon or attack word is the attacker ("russischen
        # Raketenangriff"); one on a group of people is a recipient ("ukrainische Soldaten"). French, Spanish and
        # Italian put it after the weapon ("une frappe de drone russe", "un ataque ruso", "missili russi").
        after_noun = language in {"fr", "es", "it"}
        for m in re.finditer(r"\b(?=([\w'’-]+)\s+([\w'’-]+))", sentence.text):
            for adjective, noun, only_weapons in ((1, 2, False), (2, 1, True)):
                code = country_code(m.group(adjective))
                # Romance languages put a nationality after its noun: "la defensa antiaérea ucraniana derribó" is no
                # Ukrainian "derribó".
                if not code or only_weapons != after_noun:
                    continue
                start = sentence.start_char + m.start(adjective)
                span = (start, start + len(m.group(adjective)))
                word = m.group(noun)
                if (find_triggers(word, language) or method(word)) and not named_party(m.group(adjective)):
                    # "abattu douze drones russes": the side whose weapons were brought down is the recipient.
                    found.append(Actor(f"{demonym(code)} military", code, "MIL", "recipient" if intercepted else "actor", span))
        _by_word_order(found, sentence, trigger_start, language, event_type, told)
        # "со стороны ВСУ", "з боку РФ", "seitens der russischen Armee": whoever fired.
        for m in _BY_SIDE.finditer(sentence.text):
            code = next((c for c in (country_code(w) for w in m.group(1).split()) if c), None)
            if code:
                start = sentence.start_char + m.start(1)
                found.append(Actor(f"{demonym(code)} military", code, "MIL", "actor", (start, start + len(m.group(1)))))
    return _dedupe(found)


# Any word of bringing a weapon down, here, where it only decides whose side the weapon's nationality names: "downed"
# alone, "interceptors", "to shoot down" (a disrupted attack itself needs a weapon after "downed").
_INTERCEPTED = re.compile(rf"\b(?:{SHOT_DOWN}|intercept\w*|shoots? down|downed)\b", re.I)


# Parties named by what they are, in the languages read without a parse: case and number endings follow the stems.
# French "militants" are activists, so the word is no armed group there.
_WORDS: list[tuple[str, str]] = [
    ("REB", r"rebell\w*|miliz\w*|bewaffnete\w*|kämpfer\w*|extremist\w*|terrorist\w*|dschihadist\w*|islamist\w*|aufständisch\w*|"
     r"rebelles?|hommes armés|individus armés|djihadistes?|jihadistes?|terroristes?|miliciens?|insurgés|assaillants|"
     r"rebeldes?|guerriller[oa]s?|guerrillas?|hombres armados|milician[oa]s?|terroristas?|disidentes|sicarios|"
     r"ribelli|miliziani|uomini armati|jihadisti|terroristi|insorti|"
     r"боевик\w*|повстан\w*|террорист\w*|вооруж\w+ люд\w*|бойовик\w*|терорист\w*|озброєн\w+ люд\w*"),
    ("COP", r"polizei\w*|polizist\w*|policiers?|police|gendarm\w*|policías?|polizia|poliziott\w*|carabinier\w*|"
     r"полици\w*|полицейск\w*|поліці\w*|поліцейськ\w*"),
    ("MIL", r"soldat\w*|armee\w*|truppen|streitkräfte\w*|militär\w*|armée|troupes|militaires|forces|soldados?|ejército|tropas|militares|"
     r"fuerzas|esercito|truppe|militari|forze|военн\w*|солдат\w*|арми\w*|войск\w*|оккупант\w*|військов\w*|армі\w*|військ\w*|"
     r"окупант\w*|загарбник\w*|зсу|всу|"
     # Air defence and the other arms of a military.
     r"luftabwehr|flugabwehr|luftwaffe|défense (?:anti)?aérienne|défenses (?:anti)?aériennes|defensa (?:anti)?aérea|"
     r"difesa (?:anti)?aerea|contraerea|пво|ппо|протиповітрян\w+ оборон\w*|противовоздушн\w+ оборон\w*"),
    ("GOV", r"regierung\w*|behörden|gouvernement|autorités|gobierno|autoridades|governo|autorità|"
     r"правительств\w*|власт\w*|уряд\w*|влад[аиіу]"),
    ("MED", r"journalist\w*|periodistas?|giornalist\w*|журналист\w*|журналіст\w*"),
    ("EDU", r"student\w*|étudiants?|estudiantes?|studenti|студент\w*"),
    ("REF", r"flüchtling\w*|réfugiés|refugiados|rifugiati|беженц\w*|біженц\w*"),
    ("OPP", r"demonstrant\w*|protestierend\w*|aktivist\w*|manifestants?|opposants|manifestantes?|activistas?|opositores|"
     r"manifestanti|attivisti|протестующ\w*|демонстрант\w*|активист\w*|протестувальник\w*|учасник\w* акці\w*|активіст\w*"),
    ("CVL", r"zivilist\w*|dorfbewohner\w*|bewohner\w*|einwohner\w*|menschen|civils|habitants|villageois|personnes|civiles|campesinos|"
     r"habitantes|pobladores|personas|civili|abitanti|persone|мирн\w+ жител\w*|мирн\w+ мешканц\w*|жител\w*|мирн\w+|"
     r"гражданск\w+|людей|цивільн\w*|мешканц\w*"),
]
_WORD_RE = re.compile("|".join(rf"(?P<{code}>\b(?:{pattern})\b)" for code, pattern in _WORDS), re.I)
# Words before a party that make it the one who acted ("getötet von Rebellen", "tués par des rebelles").
_AGENT_BEFORE = re.compile(r"\b(?:von|vom|durch|par|por|da|dal|dai|dagli|dalla|dalle|dallo)\s+(?:(?:der|den|des|les|la|le|los|las|el|gli|i)\s+)?$", re.I)
# An attack named with its authors: "una emboscada de disidentes", "un attacco dei ribelli", "ein Angriff der Rebellen".
_ATTACK_OF_BEFORE = re.compile(
    r"\b(?:emboscada|ataque|atentado|attaque|embuscade|attentat|attacco|agguato|imboscata|angriff|anschlag|hinterhalt)s?\s+"
    r"(?:de|del|de los|de las|des|du|de la|di|dei|degli|delle|della|der|von)\s+(?:\w+\s+)?$", re.I)
# Whom a protest is against ("una protesta contro il governo"), and whoever fired "со стороны ВСУ" (read by _BY_SIDE).
_AGAINST_BEFORE = re.compile(r"\b(?:gegen|contre|contra|contro|против|проти)\s+(?:(?:die|den|der|das|le|la|les|l'|el|los|las|il|lo|i|gli)\s+)?$", re.I)
# Whom a crowd clashed with: "si sono scontrati con la polizia", "se heurtaient avec la police".
_WITH_BEFORE = re.compile(r"\b(?:mit|avec|con|с|з)\s+(?:(?:der|den|dem|la|le|les|l'|el|los|las|il|lo|i|gli)\s+)?$", re.I)
_SIDE = r"со стороны|з боку|seitens(?: der| des)?"
_SIDE_BEFORE = re.compile(rf"\b(?:{_SIDE})\s+$", re.I)
# A party told in the passive or as dying: "fünf Soldaten wurden getötet", "quatre soldats ont été tués".
_PASSIVE_AFTER = re.compile(
    r"^\s*(?:[\w'’-]+\s+){0,2}?(?:wurden|wurde|worden|ont été|a été|sont morts|fueron|fue|murieron|resultaron|sono stati|sono state|"
    r"è stato|è stata|sono morti|были|был|была|погибл\w*|погиб|було|були|загинул\w*|загинув)\b", re.I)
# What befell the party that is named before it: the dead and hurt are not the ones who acted.
_SUFFERED = re.compile(
    # Dying, and the Slavic passive participles ("убиты", "поранені"): the active forms ("ont tué", "töteten",
    # "убили") are the killers', and the passives of the other languages carry an auxiliary (_PASSIVE_AFTER).
    r"starben|gestorben|ums leben|morts?|mortes|muert[oa]s|murieron|mort[ie]|погиб\w*|убит\w*|ранен\w*|загину\w*|загибл\w*|"
    r"вбит\w*|поранен\w*", re.I)
_UNARMED = {"CVL", "OPP", "MED", "EDU", "REF"}


def _by_word_order(
    found: list[Actor], sentence: SpacySpan, trigger_start: int | None, language: str, event_type: str | None,
    told: Attribution | None = None,
) -> None:
    """Parties in a sentence read without a parse, by what they are and where they stand.

    A party after "von", "par", "por", "da" acted; in a protest the crowd acts; unarmed parties receive a violent act;
    others before the event word acted and those after it received it, except the dead and hurt named before the word
    that tells their fate. A party that `told` names as the sentence's source ("selon la police", "teilte die Armee
    mit") is no party to it;
    one after "against" is whom a protest is against, and no party to any other event told beside the protest.
    """
    text = sentence.text
    after_noun = language in {"fr", "es", "it"}
    trigger_at = (trigger_start - sentence.start_char) if trigger_start is not None else None
    # Where the sources that attribution read stand in the sentence.
    sources = [(at, at + len(src.name)) for src in (told.chain if told else []) if (at := text.find(src.name)) >= 0]
    # A crowd in a clash with the police ("manifestants blessés lors d'affrontements avec la police") is told as its
    # protest is, whatever word told the event: the crowd acts, the police it clashed with receive.
    parties = list(_WORD_RE.finditer(text))
    protest = event_type == "PROTEST" or (
        event_type in _VIOLENT and any(m.lastgroup == "OPP" for m in parties)
        and any(m.lastgroup in {"COP", "MIL"} and _WITH_BEFORE.search(text[: m.start()]) for m in parties))

    def role_of(start: int, end: int, sector: str) -> str | None:
        before, after = text[:start], text[end:]
        if any(s <= start < e for s, e in sources) or _SIDE_BEFORE.search(before):
            return None
        if _AGAINST_BEFORE.search(before):
            # the grievance of a protest told beside the event is no party to that event
            return "recipient" if event_type == "PROTEST" else None
        if protest:
            if sector in {"COP", "MIL"} and _WITH_BEFORE.search(before):
                return "recipient"  # the police a crowd clashed with
            return "actor" if sector in _UNARMED else None
        if _AGENT_BEFORE.search(before) or _ATTACK_OF_BEFORE.search(before):
            return "actor"
        if event_type in _VIOLENT and sector in _UNARMED:
            return "recipient"
        if trigger_at is None:
            return None
        if start < trigger_at:
            return "recipient" if _SUFFERED.match(text[trigger_at:]) or _PASSIVE_AFTER.match(after) else "actor"
        return "recipient"

    taken: list[tuple[int, int]] = []
    for m in parties:
        sector = m.lastgroup
        role = role_of(m.start(), m.end(), sector)  # type: ignore[arg-type]
        if role is None:
            continue
        before, after = text[: m.start()], text[m.end():]
        # A nationality beside the noun: before it in German and the Slavic languages, after it in the Romance ones.
        near = re.search(r"([\w'’-]+)\s*$", before) if not after_noun else re.match(r"\s*([\w'’-]+)", after)
        code = country_code(near.group(1)) if near and not named_party(near.group(1)) else None
        start, end = m.start(), m.end()
        if code and near:
            start, end = (near.start(1), end) if not after_noun else (start, m.end() + near.end(1))
        taken.append((start, end))
        name = text[start:end]
        found.append(Actor(name, code, sector, role, (sentence.start_char + start, sentence.start_char + end)))  # type: ignore[arg-type]
    # People counted by their nationality alone ("treinta colombianos", "trois Maliens"): civilians of that country. In
    # the Romance languages only, where a nationality after a number is a noun; elsewhere it is an adjective of the
    # next word ("дванадцять російських дронів").
    for m in re.finditer(r"\b(?=([\w'’-]+)\s+([\w'’-]+))", text) if after_noun else ():
        start, end = m.start(2), m.end(2)
        if word_value(m.group(1)) is None or any(s <= start < e for s, e in taken) or named_party(m.group(2)):
            continue
        code = country_code(m.group(2))
        role = role_of(start, end, "CVL") if code else None
        if role is not None:
            taken.append((start, end))
            found.append(Actor(m.group(2), code, "CVL", role, (sentence.start_char + start, sentence.start_char + end)))


_BY_SIDE = re.compile(rf"(?i:{_SIDE})\s+((?:[\w'’-]+\s+){{0,2}}[\w'’-]+)")


def _conjoined(token: Token) -> list[Token]:
    return [token, *token.conjuncts]


def _from_trigger(found: list[Actor], trigger: Token, military: bool) -> None:
    """Actor and recipient from the trigger's own dependents, and from the verb that carries a noun trigger."""
    verb = trigger
    if trigger.pos_ in {"NOUN", "PROPN"} and _received(found, trigger, military):
        return
    if trigger.pos_ in {"NOUN", "PROPN"}:
        # "Israel's attack on Gaza", "an attack by militiamen", "talks with Iran".
        for child in trigger.children:
            if child.dep_ == "poss":
                for t in _conjoined(child):
                    _add(found, t, "actor", military)
            elif child.dep_ == "prep" and child.lower_ == "by":
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    for t in _conjoined(pobj):
                        _add(found, t, "actor", military)
            elif child.dep_ == "prep" and child.lower_ in _RECIPIENT_PREPS:
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    for t in _conjoined(pobj):
                        _add(found, t, "recipient", military)
        # "launched an attack", "held talks", "signed an agreement": the light verb's subject acts; "Turkish drones
        # hit Kurdish positions": a weapon's verb tells whom it struck.
        if trigger.dep_ in {"dobj", "attr", "pobj", "nsubjpass", "nsubj"} and trigger.head.pos_ in {"VERB", "AUX"}:
            verb = trigger.head
        else:
            return
    intransitive = verb.lemma_.lower() in {"die", "perish", "succumb"}
    subject_verb = verb
    # "..., killing five", "agreed to withdraw": a clause with no subject of its own takes its head's.
    while not any(c.dep_ in {"nsubj", "nsubjpass"} for c in subject_verb.children) and subject_verb.dep_ in {"xcomp", "advcl", "conj", "acl", "ccomp"} and subject_verb.head.i != subject_verb.i:
        subject_verb = subject_verb.head
    for child in subject_verb.children:
        if child.dep_ == "nsubj":
            # "Ukraine's military said it shot down ...": the pronoun stands for whoever said so.
            if child.pos_ == "PRON" and child.lower_ in {"it", "they"} and subject_verb.dep_ == "ccomp" and subject_verb.head.lemma_ in _SAYING:
                child = next((c for c in subject_verb.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), child)
            # "Two civilians died": the subject of dying is a victim, not an attacker.
            for t in _conjoined(child):
                _add(found, t, "recipient" if intransitive else "actor", military and not intransitive)
        elif child.dep_ == "nsubjpass" and subject_verb is verb:
            for t in _conjoined(child):
                _add(found, t, "recipient", military)
        elif child.dep_ == "nsubjpass" and subject_verb.lemma_.lower() in _RAISING and verb.dep_ == "xcomp":
            # "Militants are said to have abducted 14 villagers": the one said to have done it did it
            # ("Villagers are believed to have been abducted": the one it was done to).
            passive = any(c.dep_ == "auxpass" for c in verb.children)
            for t in _conjoined(child):
                _add(found, t, "recipient" if passive or intransitive else "actor", military and not passive)
    # "killed on the frontline", "injured at a checkpoint": for what befell people, a preposition says where.
    recipient_preps = _RECIPIENT_PREPS - {"on", "at"} if verb.lemma_.lower() in _CASUALTY_VERBS else _RECIPIENT_PREPS
    for child in verb.children:
        if child.dep_ in {"dobj", "dative"} and child is not trigger:
            for t in _conjoined(child):
                _add(found, t, "recipient", military)
        elif child.dep_ == "agent":
            for pobj in child.children:
                for t in _conjoined(pobj):
                    _add(found, t, "actor", military)
        elif child.dep_ == "prep" and child.lower_ in recipient_preps:
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                for t in _conjoined(pobj):
                    _add(found, t, "recipient", military)


# Bodies of many states and regions whose names hold a country word: "the Organization of American States"
# acts for no one country, and "Latin American leaders" are not American ones. CAMEO codes such bodies IGO.
_REGIONAL = re.compile(
    r"\b(?:Organi[sz]ation of (?:American States|African Unity|the Islamic Conference|Islamic Cooperation|"
    r"the Petroleum Exporting Countries)|(?:Latin|South|Central|North|Pan|Inter)[- ]American(?: \w+ Bank)?|"
    r"(?:League of )?Arab (?:League|States)|African Union|European (?:Union|Commission|Council)|Council of Europe|"
    r"(?:Asian|African) Development Bank|Gulf Cooperation Council|Economic Community of West African States|"
    r"United Nations|UN Security Council|Security Council|North Atlantic Treaty Organi[sz]ation)\b"
)


def _regional(token: Token) -> bool:
    """Whether a token is part of the name of a body of many states or of a region."""
    sentence = token.sent
    offset = token.idx - sentence.start_char
    return any(m.start() <= offset < m.end() for m in _REGIONAL.finditer(sentence.text))


# Verbs whose subject undergoes the act their noun names: "came under criticism from", "drew condemnation
# from", "received aid from", "won the support of".
_RECEIVING = {"receive", "face", "draw", "come", "get", "win", "earn", "attract", "suffer", "obtain", "secure", "incur"}


def _received(found: list[Actor], trigger: Token, military: bool) -> bool:
    """A noun trigger that its verb's subject receives: the subject is the recipient and whoever the noun is
    "from" (or "of", "by") is the actor. False when the trigger is not so placed."""
    light = trigger.head
    if trigger.dep_ == "pobj" and light.dep_ == "prep" and light.lower_ == "under":
        light = light.head  # "came under attack from militants"
    elif trigger.dep_ != "dobj":
        return False
    if light.pos_ not in {"VERB", "AUX"} or light.lemma_.lower() not in _RECEIVING:
        return False
    sources = [p for p in (*trigger.children, *light.children) if p.dep_ in {"prep", "agent"} and p.lower_ in {"from", "by"}]
    sources += [p for p in trigger.children if p.dep_ == "prep" and p.lower_ == "of"]
    actors = [t for p in sources for o in p.children if o.dep_ == "pobj" for t in _conjoined(o)]
    if not actors:
        return False
    for t in actors:
        _add(found, t, "actor", military)
    for child in light.children:
        if child.dep_ == "nsubj":
            for t in _conjoined(child):
                _add(found, t, "recipient", military)
    return True


_UNIT_WORDS = {"state", "province", "region", "governorate", "oblast", "district", "county", "department", "prefecture", "division"}


def _country_tokens(sentence: SpacySpan) -> list[tuple[Token, str]]:
    """Tokens that name a country (or its people, capital or government), with the country's code."""
    out: list[tuple[Token, str]] = []
    skip_to = -1
    tokens = list(sentence)
    for i, tok in enumerate(tokens):
        if i <= skip_to or not (tok.text[:1].isupper() or tok.lower_ in {"u.s.", "us"}) or _regional(tok):
            continue
        for size in (3, 2, 1):
            words = tokens[i : i + size]
            if len(words) < size:
                continue
            code = country_code(" ".join(t.text for t in words))
            # "Niger state", "Georgia province": a unit named like a country is no country.
            unit = i + size < len(tokens) and tokens[i + size].lower_ in _UNIT_WORDS
            if code and not unit and not (size == 1 and tok.lower_ == "us" and tok.text != "US"):
                out.append((tok, code))
                skip_to = i + size - 1
                break
    return out


_PLACE_NOUNS = re.compile(
    r"^(?:front ?lines?|fronts?|villages?|towns?|cit(?:y|ies)|regions?|areas?|borders?|territor(?:y|ies)|"
    r"provinces?|districts?|streets?|roads?|soil|side|positions?|coast|waters|airspace|"
    r"targets?|bases?|facilit(?:y|ies)|installations?|depots?|outposts?|checkpoints?)$",
    re.I,
)
# Verbs by which a party reports what it did: the pronoun subject of the clause they govern is that party.
_SAYING = {"say", "claim", "announce", "report", "state", "confirm", "declare", "add"}
# Verbs that raise the subject of the act they report: "X is said / believed / reported to have attacked".
_RAISING = {"say", "report", "believe", "think", "allege", "suspect", "understand", "know", "fear", "claim", "rumour", "rumor"}
_CASUALTY_VERBS = {"kill", "injure", "wound", "die", "hurt", "perish", "maim"}
_WHERE = {"in", "near", "at", "outside", "inside", "across", "around", "throughout", "through"}


def _by_position(found: list[Actor], sentence: SpacySpan, trigger: Token, military: bool, witnessed: bool = False) -> None:
    """The first country named before the trigger acts; the first after it receives, when the parse said nothing.

    Not for what happened to people ("Three North Korean soldiers were injured", "killed on the Russian
    frontline"): there the country before the verb names the victims and the one after names a place.
    """
    # Passive or intransitive: "were injured", "died" (an active "Troops killed three" still names its actor first).
    casualty = trigger.lemma_.lower() in {"die", "perish"} or any(c.dep_ in {"nsubjpass", "auxpass"} for c in trigger.children)
    countries = [(t, c) for t, c in _country_tokens(sentence) if not _in_attribution(t, witnessed)]
    if not casualty and not any(a.role == "actor" and a.country_code for a in found):
        # "Police in Minsk detained ...": a capital named as the place is where, not who (the police take its country).
        before = next(((t, c) for t, c in countries if t.i < trigger.i and not _under_preposition(_phrase_head(t), _WHERE)), None)
        if before:
            _add(found, _phrase_head(before[0]), "actor", military, code=before[1])
    if not any(a.role == "recipient" and a.country_code for a in found):
        actor_codes = {a.country_code for a in found if a.role == "actor"}
        # "in Minsk", "near Kyiv", "on the frontline": where it happened, not who received it.
        where = _WHERE | ({"on"} if casualty else set())
        after = next(((t, c) for t, c in countries if t.i > trigger.i and c not in actor_codes
                      and not _under_preposition(_phrase_head(t), where)), None)
        if after:
            _add(found, _phrase_head(after[0]), "recipient", military, code=after[1])


# Events told of two parties alike: "Pakistan and India agreed", "Iran and Iraq held talks".
_RECIPROCAL = {"AGREE", "CONSULT", "COOPERATE"}


def _reciprocal(found: list[Actor], event_type: str | None) -> None:
    """In a two-sided event with two acting countries and none receiving, each receives the other's act, as
    CAMEO codes "A and B agreed" (A → B, B → A): both stay actors, and the second is the first recipient."""
    if event_type not in _RECIPROCAL or any(a.role == "recipient" and a.country_code for a in found):
        return
    first = next((a for a in found if a.role == "actor" and a.country_code), None)
    other = next((a for a in found if a.role == "actor" and a.country_code and first and a.country_code != first.country_code), None)
    if first is not None and other is not None:
        found.extend(Actor(a.name, a.country_code, a.sector, "recipient", a.span) for a in (other, first))


def _domestic(found: list[Actor], sentence: SpacySpan, witnessed: bool = False) -> None:
    """Parties named by what they are ("police", "the opposition", "residents") are the country's own where
    the sentence happens, as CAMEO codes domestic actors: the one country named as a place ("in Minsk"),
    else the one country named at all ("Egyptian police arrested members of the opposition"). Armed groups
    ("jihadists", "gunmen") often come from across a border: they take a country from a place only; bodies
    of many states take none."""
    if not any(a.country_code is None and a.sector != "IGO" for a in found):
        return
    tokens = [(t, c) for t, c in _country_tokens(sentence) if not _in_attribution(t, witnessed)]
    places = {c for t, c in tokens if _under_preposition(t, _WHERE)}
    named = {c for _, c in tokens} | {a.country_code for a in found if a.country_code}
    if len(places) == 1:
        code, armed_too = next(iter(places)), True
    elif not places and len(named) == 1:
        code, armed_too = next(iter(named)), False
    else:
        return
    # "Civilians were killed when Russian artillery shelled Kherson": an army's country is no clue to where its
    # victims live; geo gives them the country of the place the event happened (`geo.locate`).
    invader = not places and any(a.role == "actor" and a.country_code == code and a.sector == "MIL" for a in found)
    for n, a in enumerate(found):
        if invader and a.role == "recipient":
            continue
        if a.country_code is None and a.sector != "IGO" and (armed_too or a.sector != "REB"):
            found[n] = Actor(a.name, code, a.sector, a.role, a.span)


def _under_preposition(token: Token, prepositions: set[str]) -> bool:
    # "in the Libyan capital Tripoli": a name in apposition stands where its head does.
    head = token.head if token.dep_ in {"pobj", "compound", "amod", "appos"} else token
    if head.dep_ == "pobj":
        head = head.head
    return head.dep_ == "prep" and head.lower_ in prepositions


def _phrase_head(token: Token) -> Token:
    """The noun a nationality word modifies ("Israeli" in "Israeli officials", "North" in "North Korean
    officers"), else the word itself."""
    head = token
    while head.dep_ in {"amod", "compound", "poss", "nmod"} and head.head.i != head.i and head.head.pos_ in {"NOUN", "PROPN", "ADJ"}:
        head = head.head
    return head if head.pos_ in {"NOUN", "PROPN"} else token


def _in_attribution(token: Token, witnessed: bool = False) -> bool:
    """ "according to Israeli officials", "Iranian state media reported": a source, not a party.
    A state that says something ("Israel said it would not negotiate") is the actor, as CAMEO codes it."""
    for anc in token.ancestors:
        if anc.lower_ == "according":
            return True
        if anc.lemma_ in {"say", "report", "tell", "announce", "quote", "cite", "state"}:
            # "told Kyiv Post and Interfax-Ukraine that ...": whoever was told carried the story.
            if any(c.dep_ in {"dobj", "dative"} and token in c.subtree for c in anc.children):
                return True
            if any(c.dep_ == "prep" and c.lower_ in {"to", "for"} and token in c.subtree for c in anc.children):
                return True
            subject = next((c for c in anc.children if c.dep_ == "nsubj" and token in c.subtree), None)
            if subject is None:
                return False
            words = " ".join(t.text for t in subject.subtree)
            # "..., Amnesty Kenya said": of a shooting or a protest, a body named after a country tells what it saw;
            # it speaks for itself, not for the country. Of a statement, the speaker is the actor.
            return bool(_MEDIA.search(words)) or witnessed and (subject.ent_type_ in {"ORG", "PERSON"} and not country_code(re.sub(r"^the\s+", "", words, flags=re.I)))
    return False


_MEDIA = re.compile(r"\b(?:media|agency|news|reports?|television|tv|radio|newspapers?|channel|outlet|press|daily|broadcaster)\b", re.I)


# What a weapon is aimed at: "fired rockets at an Israeli base" (not "killed in a Ukrainian village").
_AIMED_AT = {"at", "on", "against", "into", "upon", "toward", "towards"}


def _add(found: list[Actor], head: Token, role: str, military_act: bool = False, code: str | None = None) -> None:
    if head.pos_ == "PRON" and code is None:
        return
    tokens = _phrase_tokens(head)
    # "officers from North Korea", "the foreign ministers of Brazil", "Mubarak, Egypt's president"
    for child in head.children:
        if child.dep_ == "appos":
            tokens += [t for t in child.subtree if t.dep_ not in {"punct", "case"}]
        if child.dep_ == "prep" and child.lower_ in {"from", "of"}:
            # The whole phrase, preposition included: the name of a body ("the Organization of American States")
            # is read whole, so that its country word is seen as part of the body's name.
            tokens += list(child.subtree)
    phrase = " ".join(t.text for t in sorted(tokens, key=lambda t: t.i))
    codes = _nationalities([t for t in tokens if not _regional(t)]) if code is None else [code]
    at = len(found)
    if len(codes) > 1:
        # "Russian and North Korean soldiers": one actor per nationality, in the order named.
        for extra in codes[1:]:
            _add(found, head, role, military_act, code=extra)
    code = codes[0] if codes else None
    sector = sector_of(phrase)
    # "Downing Street", "the Kremlin": a seat of government named for the government is a party, not a place.
    if sector is None and _PLACE_NOUNS.match(head.text) and not (code and country_code(re.sub(r"^the\s+", "", phrase, flags=re.I))):
        if not (military_act and role == "recipient" and (head.dep_ == "dobj" or (head.dep_ == "pobj" and head.head.lower_ in _AIMED_AT))):
            return  # "the Russian frontline", "killed in a Ukrainian village": a place, not a party
        # "shelled Eritrean positions", "attacked a village in Rwanda": whoever holds or lives there receives it.
        code = code or next((c for c in (country_code(t.text) for p in [*head.children, *head.head.children]
                                         if p.dep_ == "prep" and p.lower_ in _WHERE for t in p.children if t.dep_ == "pobj") if c), None)
        if code is None:
            return
        sector = "MIL" if re.match(r"positions?|front|(?:air)?bases?|outposts?|checkpoints?|barracks|garrisons?|airfields?", head.text, re.I) else "CVL"
    if code is None and sector is None and not (role == "recipient" and head.ent_type_ in {"PERSON", "ORG"}):
        return  # a named person or body that receives the act may still take the sentence's one country
    if sector is None and military_act and role == "actor" and code:
        sector = "MIL"  # "the Ukrainian robot struck": a state's weapon, so its military
        phrase = f"{demonym(code)} military"
    if head.ent_type_ == "GPE" and code:
        # A state named as the attacker of an armed attack acts through its military.
        sector = sector or ("MIL" if military_act else "GOV")
        phrase = f"{demonym(code)} military" if sector == "MIL" else phrase
    elif code and sector and (role == "recipient" or len(_nationalities([t for t in tokens if not _regional(t)])) > 1):
        # "Russian and North Korean soldiers" → "Russian soldiers" and "North Korean soldiers"
        noun = re.sub(r"^(?:the|a|an|more|\w+ty|\d+)\s+", "", phrase.split(" from ")[0], flags=re.I)
        phrase = f"{demonym(code)} {_strip_nationality(noun)}"
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    found.insert(at, Actor(re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.I), code, sector, role, (start, end)))  # type: ignore[arg-type]


def _nationalities(tokens: list[Token]) -> list[str]:
    """Every country a phrase names, in order, longest names first ("North Korean", not "Korean")."""
    words = [t.text for t in tokens]
    codes: list[str] = []
    i = 0
    while i < len(words):
        for size in (3, 2, 1):
            code = country_code(" ".join(words[i : i + size])) if i + size <= len(words) else None
            if code and not (size == 1 and words[i].lower() == "us" and words[i] != "US"):
                if code not in codes:
                    codes.append(code)
                i += size
                break
        else:
            i += 1
    return codes


def _strip_nationality(phrase: str) -> str:
    """The noun without the nationalities before it: "Russian and North Korean soldiers" → "soldiers"."""
    words = phrase.split()
    while len(words) > 1 and (country_code(words[0]) or country_code(" ".join(words[:2])) or words[0].lower() in {"and", ","}):
        words = words[2:] if country_code(" ".join(words[:2])) and not country_code(words[0]) else words[1:]
    return " ".join(words)


def _dedupe(actors: list[Actor]) -> list[Actor]:
    seen: dict[tuple[str | None, str | None, str], Actor] = {}
    for actor in actors:
        key = (actor.country_code, actor.sector, actor.role)
        if key not in seen:
            seen[key] = actor
    return list(seen.values())
