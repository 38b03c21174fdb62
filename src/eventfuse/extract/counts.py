"""Killed, injured, arrested and displaced counts, with their qualifiers and sub-groups.

Works on the tokens of one sentence in any supported language: a figure ("20", "twenty",
"over 20", "dozens") is a casualty count when a casualty word ("killed", "dead", "getötet",
"blessés") stands close to it without another figure in between. A figure introduced by
"including", "of whom", "among them", a partitive ("six of them") or one that names a
nationality ("six North Korean officers") is a sub-group.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from eventfuse.extract.countries import country_code, demonym
from eventfuse.extract.numbers import VAGUE, Figure, qualifier_before, qualify, word_value

_KILLED = re.compile(
    r"^(?:killed|kill|killing|dead|died|die|dies|deaths?|slain|perished|fatalities|fatally|bodies|lives|toll|"
    r"life|executed|executing|murdered|murdering|massacred|massacre|slaughtered|beheaded|assassinated|"
    r"eliminated|liquidated|neutrali[sz]ed|"
    r"getötet\w*|tötete[n]?|tote[n]?|tot|starben|gestorben|leben|"
    r"tué\w*|tuant|morts?|morte?s|décédé\w*|péri(?:s|es?)?|périrent|perecieron|pereció|perirono|perit[ie]|"
    r"muert[oa]s|murieron|fallecid[oa]s|asesinad[oa]s|mató|mataron|matad[oa]s|"
    r"mort[ie]|uccis[ieoa]|"
    r"погиб\w*|убит\w*|убил\w*|жертв\w*|загину\w*|загибл\w*|вбит\w*|вбил\w*|вбив)$",
    re.I,
)
_INJURED = re.compile(
    r"^(?:injured|injuring|wounded|wounding|wounds|hurt|injuries|hospitali[sz]ed|maimed|maiming|"
    r"verletzt\w*|verwundet\w*|blessé\w*|blessant|herid[oa]s?|hiri(?:ó|eron)|lesionad[oa]s|ferit[ieoa]|ранен\w*|ранил\w*|"
    r"пострада\w*|поранен\w*|поранил\w*|поранив|травм\w*)$",
    re.I,
)
_ARRESTED = re.compile(
    r"^(?:arrested|arrests|detained|detentions|detainees|apprehended|festgenommen\w*|verhaftet\w*|festnahmen|fest|arrêté\w*|interpellé\w*|"
    r"detuvo|detuvieron|arrestó|arrestaron|arrestato|fermato|задержал\w*|затримал\w*|"
    r"interpellations|arrestations|detenid[oa]s|arrestad[oa]s|detenciones|arrestat[ie]|fermat[ie]|arresti|задержан\w*|арестован\w*|"
    r"затриман\w*|заарештован\w*)$",
    re.I,
)
_DISPLACED = re.compile(
    r"^(?:displaced|fled|evacuated|homeless|uprooted|vertrieben\w*|geflohen\w*|flohen|flüchteten|evakuiert\w*|obdachlos\w*|déplacé\w*|évacué\w*|"
    r"fui|fuient|fuyant|huyeron|huido|huyendo|fuggit[ie]|fuggono|бежал[аи]?|бежавших|втекл[аои]|втекли|"
    r"desplazad[oa]s|evacuad[oa]s|sfollat[ie]|evacuat[ie]|переселенц\w*|эвакуирован\w*|беженц\w*|евакуйован\w*|переселен\w*)$",
    re.I,
)
# Nouns a casualty figure never counts: time, distance, objects.
_NOT_PEOPLE = re.compile(
    r"^(?:years?|months?|weeks?|days?|hours?|minutes?|km|kilomet\w+|miles?|metres?|meters?|percent|%|"
    r"missiles?|drones?|rockets?|shells?|houses?|homes?|buildings?|times|villages?|towns?|cars?|vehicles?|hospitals?|clinics?|"
    r"tons?|tonnes?|dollars?|euros?|containers?|millions?|billions?|jahre[n]?|ans|años|anni|лет|років|"
    r"am|pm|a\.m\.|p\.m\.|article|o'clock|uhr|heures?)$",
    re.I,
)
_SUBGROUP_CUE = re.compile(r"(?:including|among them|among whom|of whom|of them|darunter|dont|entre ellos|tra cui|в том числе|серед них|у тому числі)\s*(?:the\s+|die\s+|les\s+)?$", re.I)
_MONTHS = re.compile(
    r"^(?:jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|"
    r"januar|februar|märz|mai|juni|juli|august|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|"
    r"septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|січень|лютий|березень|квітень|травень|червень|липень|серпень|вересень|жовтень|листопад|грудень|"
    r"гг?\.?|года?|році|року)$",
    re.I,
)
_REVISION = re.compile(
    r"\b(?:risen|rose|climbed|increased|grown|jumped|reached|stands at|stood at|gestiegen|stieg|passé|s'élève|ascendió|salito)\s+(?:to\s+|auf\s+|à\s+|a\s+)?$|"
    # "recovered three more bodies, bringing the toll to 14"
    r"\b(?:bringing|brought|raising|raised|taking|pushing|pushed) the (?:death |overall |total )?(?:toll|number of (?:dead|deaths|victims|fatalities)) to\s+$",
    re.I,
)
# German puts the verb last: "die Zahl der Toten ist auf zwölf gestiegen".
_REVISED_TO = re.compile(r"\bauf\s+$", re.I)
_REVISED = re.compile(r"\s*(?:an)?gestiegen|\s*erhöht", re.I)
# A single person named by what they are: "a soldier", "one policeman", "ein Soldat", "un civil".
_ONE_PERSON = re.compile(
    r"^(?:person|man|woman|child|boy|girl|civilian|soldier|policeman|policewoman|officer|guard|journalist|student|teacher|farmer|"
    r"worker|driver|resident|villager|passenger|militant|rebel|fighter|commander|member|protester|demonstrator|doctor|nurse|"
    r"baby|toddler|teenager|teen|youth|pilgrim|worshipper|official|diplomat|serviceman|conscript|volunteer|policeman|"
    r"mother|father|grandmother|grandfather|pensioner|priest|imam|paramedic|medic|firefighter|rescuer|photographer|reporter|"
    r"cameraman|pilot|shepherd|fisherman|chief|elder|leader|mayor|councillor|councilor|lawmaker|politician|judge|lawyer|activist|trader|herder|"
    r"mensch|mann|frau|kind|soldat|polizist|zivilist|personne|homme|femme|enfant|soldat|policier|civil|persona|hombre|mujer|"
    r"niño|soldado|policía|civil|uomo|donna|bambino|soldato|poliziotto|civile|человек|мужчина|женщина|ребенок|военный|"
    r"людина|чоловік|жінка|дитина|військовий)$",
    re.I,
)
_ARTICLES = {"a", "an", "one", "single", "ein", "eine", "einem", "einer", "eines", "einen", "un", "une", "uno", "una", "один", "одна", "одного"}
_INCREMENT = {"more", "further", "additional", "weitere", "autres", "más"}
# Words for people killed or hurt alike: a figure they follow is neither field on its own.
_EITHER = {"casualties", "casualty", "victims", "opfer", "victimes", "víctimas", "vittime"}
_COORDINATION = {"and", "und", "et", "y", "e", "и", "і", "та", ","}
_WINDOW_RIGHT = 14
_WINDOW_LEFT = 5

# "Nobody was hurt", "keine Verletzten", "aucune victime", "жертв нет": a count of none, stated. Each pattern's
# word says which field it zeroes: the dead, the hurt, or both ("casualties", "victims", "пострадал"). "No
# immediate reports of casualties" is no such statement (nothing is known yet), and none of these patterns takes it.
_NONE_WORD = (
    r"(?P<word>killed|died|dead|deaths?|fatalities|hurt|injured|injuries|wounded|harmed|casualties|victims|"
    r"tote[n]?|todesopfer|getötet|verletzte[n]?|verletzt|verwundete[n]?|opfer|"
    r"victimes?|blessée?s?|morts?|décès|tuée?s?|"
    r"víctimas?|heridos?|heridas?|muertos?|muertas?|fallecidos?|"
    r"vittim[ae]|feriti|ferito|morti|morto|"
    r"жертв|погибших|погиб|раненых|ранен|пострадавших|пострадал[аио]?|загиблих|загинув|загинула|поранених|постраждалих|"
    r"постраждав(?:ла|ли)?)"
)
# "Nobody was killed or injured": the second word zeroes its field too.
_NONE_OR = r"(?:\s+(?:or|nor|and|oder|noch|ou|ni|o|né|или|ни|або|чи)\s+(?:\w+\s+)?" + _NONE_WORD.replace("?P<word>", "?P<other>") + ")?"
_NONE = [
    re.compile(p + _NONE_WORD + _NONE_OR + r"\b", re.I)
    for p in (
        r"\b(?:no one|no-one|nobody|none)\s+(?:of\s+(?:the|them|those)\s+(?:\w+\s+)?)?"
        r"(?:was|were|is|are|has been|have been|had been|got)\s+(?:\w+ly\s+)?",
        r"\b(?:no one|no-one|nobody)\s+",
        # "no civilians were hurt": none of a group, a sub-group of none (the total may be more).
        r"\bno\s+(?P<who>(?:\w+\s+)?\w+)\s+(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?",
        r"\b(?:no|without)\s+(?:(?:other|further|serious|civilian)\s+)?(?=(?:casualties|deaths|fatalities|injuries|victims)\b)",
        r"\b(?:keine|ohne)\s+(?:weiteren\s+)?",
        r"\bniemand\s+(?:wurde|ist|sei|wurden)\s+(?:\w+\s+)?",
        r"\b(?:aucune?|pas de|pas eu de|sans faire de|sans)\s+",
        r"\bpersonne n'a été\s+",
        r"\b(?:no (?:hubo|hay|se registraron|se reportaron|causó|dejó)|sin|ningún|ninguna)\s+",
        r"\bnadie\s+(?:resultó|fue|ha resultado)\s+",
        r"\b(?:nessun[ao]?|senza|non ci sono(?: stat[ie])?|non si registrano)\s+",
        r"(?:^|\s)(?:без|нет|немає|нема|никто не|ніхто не)\s+",
    )
] + [re.compile(r"(?:^|\s)" + _NONE_WORD + r"\s+(?:нет|немає|нема|(?:wurde|wurden|ist|sind)\s+niemand)\b", re.I)]
# Every pattern above holds one of these words: a sentence with none of them is not scanned further.
_NONE_CUE = re.compile(
    r"\b(?:no|no-one|nobody|none|without|keine|ohne|niemand|aucune?|pas|sans|personne|nadie|sin|ningún|ninguna|nessun[ao]?|"
    r"senza|non|без|нет|немає|нема|никто|ніхто)\b", re.I
)
_NONE_BOTH = re.compile(r"^(?:casualties|victims|harmed|opfer|victimes?|víctimas?|vittim[ae]|жертв|пострада\w*|постраждал\w*|постраждав\w*)$", re.I)


@dataclass(frozen=True)
class CountClaim:
    """A casualty figure as stated: which field, its range, and whom it counts."""

    field: str  # killed | injured | arrested | displaced
    figure: Figure
    start: int  # character offsets in the document
    end: int
    who: str | None = None
    who_country: str | None = None
    subgroup: bool = False


def _figure_at(tokens: list[Token], i: int) -> tuple[Figure, int] | None:
    """Parse a figure starting at token i; return it and the index after it."""
    tok = tokens[i]
    lower = tok.lower_
    if tok.ent_type_ in {"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"} and not _spelled_count(tokens, i):
        return None
    # Vague quantities, possibly two words ("a few", "des dizaines").
    if i + 2 < len(tokens) and f"{lower} {tokens[i + 1].lower_} {tokens[i + 2].lower_}" in VAGUE:
        low, high = VAGUE[f"{lower} {tokens[i + 1].lower_} {tokens[i + 2].lower_}"]
        return Figure(tokens[i].doc[tok.i : tokens[i + 2].i + 1].text, low, high, "vague"), i + 3
    if i + 1 < len(tokens) and f"{lower} {tokens[i + 1].lower_}" in VAGUE:
        low, high = VAGUE[f"{lower} {tokens[i + 1].lower_}"]
        if low is not None and high is not None:
            # "at least a dozen", "más de un centenar": a round figure, bent by its qualifier like any other.
            qualifier, lead = qualifier_before(tok.doc.text[max(0, tok.idx - 40) : tok.idx])
            if qualifier:
                low, high = qualify((low + high) // 2, qualifier)
                text = tok.doc.text[tok.idx - lead : tokens[i + 1].idx + len(tokens[i + 1].text)]
                return Figure(text, low, high, qualifier, lead), i + 2
        return Figure(tokens[i].doc[tok.i : tokens[i + 1].i + 1].text, low, high, "vague"), i + 2
    if lower in VAGUE and lower not in {"some", "many"}:
        low, high = VAGUE[lower]
        return Figure(tok.text, low, high, "vague"), i + 1
    if lower == "one" and i > 0 and tokens[i - 1].lower_ == "no":
        return None  # "no one was killed": nobody (a count of none, see `_none`)
    if lower == "one" and i + 2 < len(tokens) and tokens[i + 1].lower_ in {"was", "is", "has", "had"} and any(
        _casualty_field(t) in {"killed", "injured"} for t in tokens[i + 2 : i + 4]
    ):
        # "Three people were killed and one was injured": "one" standing for a person.
        return Figure(tok.text, 1, 1, None), i + 1
    if lower in _ARTICLES:
        # "one soldier was killed", "a policeman died": one person. Otherwise articles are not counts and
        # "one" alone is too often a pronoun.
        # Up to two modifiers may stand between: "a Palestinian teenager", "one young Syrian soldier", and an age
        # ("a 72-year-old man").
        after = i + 1
        age = re.match(r"\d+\s*-?\s*years?\s*-?\s*old\b", tok.doc.text[tokens[after].idx :]) if after < len(tokens) else None
        while age and after < len(tokens) and tokens[after].idx < tokens[i + 1].idx + age.end():
            after += 1
        for k in range(after, min(len(tokens), after + 3)):
            if _ONE_PERSON.match(tokens[k].text):
                # "a militant group", "a police officer": the person word modifies a noun after it.
                if k + 1 < len(tokens) and tokens[k + 1].pos_ in {"NOUN", "PROPN"}:
                    break
                return Figure(tok.doc[tok.i : tok.i + 1].text, 1, 1, None), i + 1
            # "a village elder", "a local chief": a noun that qualifies the person word may stand between too.
            if tokens[k].is_punct or tokens[k].like_num or not (tokens[k].text[:1].isupper() or tokens[k].pos_ == "ADJ" or tokens[k].dep_ == "compound"):
                break
        return None
    value = word_value(tok.text)
    if value is None:
        return None
    j = i + 1
    # "3 000", "1 500": thousands set apart by a space (French, Russian, Ukrainian), one group at a time.
    while (
        tok.is_digit and j < len(tokens) and re.fullmatch(r"\d{3}", tokens[j].text) and value < 1_000_000
        and tokens[j].idx - (tokens[j - 1].idx + len(tokens[j - 1].text)) == 1 and len(tokens[j - 1].text) <= 3
    ):
        value = value * 1000 + int(tokens[j].text)
        j += 1
    # "twenty-one" (three tokens), "twenty one", "1 200"; "a dozen"
    if j + 1 < len(tokens) and tokens[j].text == "-" and value >= 20 and value % 10 == 0:
        unit = word_value(tokens[j + 1].text)
        if unit is not None and unit < 10:
            value += unit
            j += 2
    if j < len(tokens):
        nxt = word_value(tokens[j].text)
        if nxt is not None and value >= 20 and value % 10 == 0 and nxt < 10:
            value += nxt
            j += 1
        elif tokens[j].lower_ in {"hundred", "thousand", "hundert", "tausend", "cent", "mille"}:
            value *= word_value(tokens[j].text) or 1
            j += 1
    # "A mother of three": her children, not the victims.
    if i > 1 and tokens[i - 1].lower_ == "of" and re.fullmatch(r"(?:mother|father|parent|grandmother|grandfather)s?", tokens[i - 2].lower_):
        return None
    # An age is not a count: "a 10-year-old girl", "aged 25 years old", "two children aged 4 and 9".
    back = i - 1
    while back >= 0 and (tokens[back].like_num or tokens[back].lower_ in {"and", ",", "between", "to", "from"}):
        back -= 1
    if back >= 0 and tokens[back].lower_ in {"aged", "age", "ages", "ageing"}:
        return None
    if j + 1 < len(tokens) and (tokens[j].lower_ in {"year", "years"} or (tokens[j].text == "-" and tokens[j + 1].lower_ in {"year", "years"})):
        rest = " ".join(t.lower_ for t in tokens[j : j + 4])
        if re.search(r"years?\s*-?\s*old", rest):
            return None
    # A year or a date is not a count: "2022", "3 October".
    if re.fullmatch(r"1[89]\d\d|20\d\d", tok.text) or (j < len(tokens) and _MONTHS.match(tokens[j].text)):
        return None
    if i > 0 and _MONTHS.match(tokens[i - 1].text):
        return None
    before = tok.doc.text[max(0, tok.idx - 40) : tok.idx]
    article = re.search(r"\b(?:a|an|ein|eine|une?|una?)\s+$", before, re.I) if value in (12, 100, 1000, 1_000_000) and tok.is_alpha else None
    if article:
        before = before[: article.start()]  # "over a hundred": the qualifier stands before the article
    qualifier, lead = qualifier_before(before)
    if qualifier and article:
        lead += len(article.group(0))
    low, high = qualify(value, qualifier)
    text = tok.doc.text[tok.idx - lead : tokens[j - 1].idx + len(tokens[j - 1].text)]
    return Figure(text, low, high, qualifier, lead), j


_TIME_WORDS = re.compile(r"^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|ago|decades?|centur(?:y|ies)|o'clock|"
                         r"jahre[n]?|tage[n]?|ans|jours|años|días|anni|giorni|лет|дней|років|днів)$", re.I)


def _spelled_count(tokens: list[Token], i: int) -> bool:
    """ "Eighteen were wounded", "the injured, numbering 40": a number the tagger took for a date or time
    still counts, unless a time word follows it ("eighteen months", "two days ago") or it reads as a year."""
    tok = tokens[i]
    if not (tok.is_alpha or tok.is_digit) or word_value(tok.text) is None or tok.ent_type_ not in {"DATE", "TIME"}:
        return False
    return not (i + 1 < len(tokens) and (_TIME_WORDS.match(tokens[i + 1].text) or _MONTHS.match(tokens[i + 1].text)))


def _victim_phrase(tokens: list[Token], j: int) -> tuple[str | None, str | None, int]:
    """The noun phrase right after a figure: ("North Korean soldiers", "PRK", index after it)."""
    words: list[str] = []
    country: str | None = None
    k = j
    while k < len(tokens) and len(words) < 5:
        tok = tokens[k]
        if tok.lower_ in {"more", "other", "further", "weitere", "autres", "of", "the", "them", "whom"} and not words:
            k += 1
            continue
        if tok.is_punct or tok.like_num or _KILLED.match(tok.text) or _INJURED.match(tok.text):
            break
        if tok.pos_ in {"VERB", "AUX", "ADP", "CCONJ", "SCONJ", "DET", "PRON", "PART", "ADV"} and tok.pos_:
            break
        if not tok.pos_ and tok.is_stop:
            break
        code = country_code(tok.text) or (
            country_code(f"{tok.text} {tokens[k + 1].text}") if k + 1 < len(tokens) else None
        )
        if code and not country:
            country = code
        words.append(tok.text)
        k += 1
    # "officers from North Korea"
    if k + 1 < len(tokens) and tokens[k].lower_ in {"from", "aus", "de", "из", "з"}:
        end = k + 1
        while end < len(tokens) and (tokens[end].ent_type_ in {"GPE", "NORP"} or tokens[end].text[:1].isupper()):
            end += 1
        place = " ".join(t.text for t in tokens[k + 1 : end])
        code = country_code(place) if place else None
        if code:
            country = country or code
            words = [demonym(code) or place, *words]
            k = end
    if not words or _NOT_PEOPLE.match(words[-1]):
        return None, None, k
    return " ".join(words), country, k


def _casualty_field(tok: Token) -> str | None:
    if tok.lower_ in {"stabbed", "stabbing", "knifed"}:
        # "stabbed three people": hurt, unless "to death" follows (then "death" counts them as killed).
        after = " ".join(t.lower_ for t in tok.doc[tok.i + 1 : tok.i + 6])
        return None if re.search(r"\bto death\b", after) else "injured"
    if _KILLED.match(tok.text):
        if tok.lower_ in {"life", "lives", "leben"}:  # "lost his life", "claimed the lives of"
            ctx = tok.doc[max(0, tok.i - 3) : tok.i].text.lower()
            return "killed" if re.search(r"lost|their|ums|kamen|claimed|took", ctx) else None
        if tok.lower_ == "toll":
            return "killed" if tok.i > 0 and tok.doc[tok.i - 1].lower_ == "death" else None
        return "killed"
    if _INJURED.match(tok.text):
        return "injured"
    if tok.lower_ in {"himself", "herself", "themselves"} and tok.i > 0 and tok.doc[tok.i - 1].lower_ in {"blew", "blown", "blow", "blowing"}:
        return "killed"  # "the two bombers blew themselves up"
    if tok.lower_ in {"hospital", "hospitals", "krankenhaus", "hôpital", "ospedale", "больницу", "лікарню"}:
        # "Seven people were taken to hospital", "rushed to a hospital": the hurt, counted by where they went.
        ctx = tok.doc[max(0, tok.i - 4) : tok.i].text.lower()
        return "injured" if re.search(r"\b(?:taken|rushed|brought|admitted|airlifted|sent|transported|ferried|carried)\b", ctx) else None
    if tok.lower_ in {"help", "treatment", "care", "attention"} and re.search(
        r"\b(?:sought|seeking|needed|needing|required|requiring|received|receiving)\s+(?:\w+\s+)?$", tok.doc[max(0, tok.i - 3) : tok.i].text + " ", re.I
    ):
        return "injured"  # "more than 30 people sought medical help"
    if tok.lower_ == "burns" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in {"suffered", "sustained", "severe", "serious"}:
        return "injured"  # "eleven people suffered burns"
    if _ARRESTED.match(tok.text):
        return "arrested"
    if _DISPLACED.match(tok.text):
        return "displaced"
    return None


def find_counts(sentence: SpacySpan) -> list[CountClaim]:
    """Casualty counts in one sentence, with sub-groups marked."""
    tokens = list(sentence)
    figures: list[tuple[int, int, Figure]] = []
    phrases: dict[int, tuple[str | None, str | None]] = {}  # figure start -> the victims it names, and their country
    i = 0
    while i < len(tokens):
        parsed = _figure_at(tokens, i)
        if parsed is None:
            i += 1
            continue
        figure, j = parsed
        who, who_country, after = _victim_phrase(tokens, j)
        things = after < len(tokens) and _NOT_PEOPLE.match(tokens[after].text) or j < after <= len(tokens) and _NOT_PEOPLE.match(tokens[after - 1].text)
        if not (who is None and things):
            # A figure that counts things or time ("70 ans", "two days", "taken to two hospitals") is no count, and no
            # bound to the reach of the figures around it ("Une femme de 70 ans a été tuée": the woman is the one killed).
            figures.append((i, j, figure))
            phrases[i] = (who, who_country)
        i = j
    counted = {tokens[k].i for i, j, _ in figures for k in range(i, j)}  # document indices of the figures' tokens
    claims: list[CountClaim] = []
    by_figure: dict[int, CountClaim] = {}
    waiting: list[int] = []
    previous: CountClaim | None = None
    either = False  # the figure before counts casualties: a group "including" it is a count of its own
    for n, (i, j, figure) in enumerate(figures):
        counted_either, either = either, False
        who, who_country = phrases[i]
        # Nearest casualty word: right side up to the next figure, then left side.
        next_start = figures[n + 1][0] if n + 1 < len(figures) else len(tokens)
        prev_end = figures[n - 1][1] if n > 0 else 0
        text_before = sentence.doc.text[max(sentence.start_char, tokens[i].idx - 40) : tokens[i].idx]
        is_subgroup = bool(_SUBGROUP_CUE.search(text_before)) or (
            j + 1 < len(tokens) and tokens[j].lower_ in {"of", "von", "d'entre"} and tokens[j + 1].lower_ in {"them", "whom", "ihnen", "eux"}
        )
        # "recovered two more bodies, bringing the toll to 14": an increment beside a total, not a total
        # ("killed nine and injured 20 more" is a count of its own).
        increment = j < len(tokens) and tokens[j].lower_ in _INCREMENT and len(figures) > 1
        # "Two of the injured are in serious condition": a subset named by its state, not a new count.
        if j + 2 < len(tokens) and tokens[j].lower_ == "of" and _casualty_field(tokens[j + 2] if tokens[j + 1].lower_ == "the" else tokens[j + 1]):
            continue
        # The nearest casualty word wins: "killed 4 people and injured 17 others".
        right: tuple[int, str] | None = None
        # A sub-group told between the figure and its verb ("Five members of one family, including two children aged
        # 4 and 9, were killed") lengthens the reach by its own words.
        reach = _WINDOW_RIGHT + (6 if n + 1 < len(figures) and _subgroup_figure_at(figures, n + 1, sentence) else 0)
        for k in range(j, min(len(tokens), j + reach)):
            if k >= next_start and not _subgroup_figure_at(figures, n + 1, sentence):
                break
            if tokens[k].lower_ in _EITHER:
                # "left five victims dead": the word after the victims says which; otherwise, as in "40 casualties,
                # including 12 dead", the figure counts the dead and hurt alike, not all dead.
                said = _casualty_field(tokens[k + 1]) if k + 1 < len(tokens) else None
                if said in {"killed", "injured"}:
                    right = (k - j + 2, said)
                    break
                either = k < next_start
                break
            found_field = _casualty_field(tokens[k])
            if found_field:
                if not _doers(tokens[i], tokens[k], counted):
                    right = (k - j + 1, found_field)
                break
        left: tuple[int, str] | None = None
        first = i
        while first > prev_end and tokens[first - 1].idx >= tokens[i].idx - figure.lead:
            first -= 1  # the qualifier's tokens ("at least") belong to the figure
        for k in range(first - 1, max(prev_end, first - _WINDOW_LEFT) - 1, -1):
            found_field = _casualty_field(tokens[k])
            if found_field:
                left = (first - k, found_field)
                break
        if right and left and any(t.lower_ in _COORDINATION for t in tokens[j : j + right[0]]):
            right = None  # "killing seven people and injuring 20": the verb before it is this figure's
        elif right and left and any(t.lower_ in _COORDINATION - {","} for t in tokens[first - left[0] + 1 : first]):
            left = None  # "8 were killed and 20 others were wounded": the verb after it is this figure's
        if is_subgroup and previous is not None and (right is None or any(t.lower_ in _COORDINATION for t in tokens[j : j + right[0]])) and left is None:
            right = None  # "killed 9, including four children, and injured 31": the children are of the 9
        options = [o for o in (right, left) if o]
        field = min(options)[1] if options else None
        if field == "injured" and right and min(options) == right:
            hurt = tokens[j + right[0] - 1]
            if hurt.dep_ == "acl" and re.search(r"\b(?:died|dies|succumbed)\b", sentence.doc.text[hurt.idx : sentence.end_char]):
                field = "killed"  # "a rescuer injured in a night attack died in hospital": hurt, then dead
        text_after = sentence.doc.text[tokens[j - 1].idx + len(tokens[j - 1].text) : sentence.end_char]
        if field is None and (_REVISION.search(text_before) or (_REVISED_TO.search(text_before) and _REVISED.match(text_after))):
            # "the death toll ... has risen to eleven": a revised total.
            field = "injured" if re.search(r"injur|wound|verletz|bless", sentence.text, re.I) and not re.search(r"death toll|killed|dead", sentence.text, re.I) else "killed"
        if field is None and is_subgroup and previous is not None:
            field = previous.field
        if field is None:
            waiting.append(n)  # "Eight soldiers and two civilians were killed": the verb after the next figure may be its too
            continue
        if increment and (any(c.field == field for c in claims) or re.search(r"\b(?:toll|total)\b", sentence.doc.text[tokens[j].idx : sentence.end_char], re.I)):
            continue
        # "six of them were officers from North Korea": the group is named after the verb.
        if who is None and is_subgroup:
            for k in range(j, min(len(tokens), j + 6)):
                if tokens[k].lower_ in {"were", "was", "are", "waren", "étaient"}:
                    who, who_country, _ = _victim_phrase(tokens, k + 1)
                    break
        subgroup = (is_subgroup and not counted_either) or (who_country is not None and previous is not None and previous.field == field)
        claim = CountClaim(
            field=field,
            figure=figure,
            start=tokens[i].idx - figure.lead,
            end=tokens[j - 1].idx + len(tokens[j - 1].text),
            who=(_group_label(who, who_country) or "part of the total") if subgroup else (_group_label(who, who_country) if who_country else who),
            who_country=who_country,
            subgroup=subgroup,
        )
        claims.append(claim)
        by_figure[n] = claim
        if not claim.subgroup:
            previous = claim
    for n in waiting:
        # Coordinated groups share one verb, after them or before them: "eight soldiers and two civilians were
        # killed", "killed a commander and four of his bodyguards".
        counted = by_figure.get(n + 1)
        if counted is None and n > 0 and n - 1 not in waiting:
            counted = by_figure.get(n - 1)
        if counted is not None:
            _add_up(claims, counted, figures[n], tokens, sentence)
    claims.extend(_none(sentence, {c.field for c in claims}))
    claims.sort(key=lambda c: c.start)
    return claims


def _none(sentence: SpacySpan, stated: set[str]) -> list[CountClaim]:
    """Counts of none that the sentence states ("nobody was hurt"), for the fields it gives no figure of; none of a
    group ("no civilians were hurt") is a sub-group, whatever the total."""
    found: dict[tuple[str, str | None], CountClaim] = {}
    if not _NONE_CUE.search(sentence.text):
        return []
    for pattern in _NONE:
        for match in pattern.finditer(sentence.text):
            words = [w for w in (match.group("word"), match.groupdict().get("other")) if w]
            fields = [f for w in words for f in (("killed", "injured") if _NONE_BOTH.match(w) else (_casualty_word(w),))]
            start = sentence.start_char + match.start() + (len(match.group(0)) - len(match.group(0).lstrip()))
            who = match.groupdict().get("who")
            if who and who.casefold() in {"one", "body"}:
                who = None  # "no one was killed": nobody at all
            for field in fields:
                if field and (who or field not in stated) and (field, who) not in found and (field, None) not in found:
                    text = match.group(0).strip()
                    found[field, who] = CountClaim(field, Figure(text, 0, 0), start, sentence.start_char + match.end(),
                                                   who=who, subgroup=bool(who))
    return list(found.values())


def _casualty_word(word: str) -> str | None:
    """Which field a word of death or hurt names ("deaths": killed, "Verletzten": injured)."""
    return "injured" if _INJURED.match(word) else "killed"


# Dependency labels of an active subject and of a direct object in the English parse.
_SUBJECT = {"nsubj"}
_OBJECT = {"dobj"}


def _doers(figure: Token, verb: Token, counted: set[int]) -> bool:
    """Whether a figure counts those who did what the verb says to others: "three gunmen killed two villagers",
    "a man stabbed four people". The verb's active subject holds the figure, and right after the verb comes its
    object with a figure of its own: the figure counts the attackers, and the object the dead or hurt. Headlines
    parse loosely ("Over 50 killed, over 120 wounded soldiers", "a man died - the mayor"), so an object set off by a
    mark, or with no figure of its own, leaves the figure a count of casualties."""
    doc = verb.doc
    if not doc.has_annotation("DEP"):
        return _doers_by_surface(figure, verb, counted)
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    victims = any(
        c.dep_ in _OBJECT and c.left_edge.i > verb.i and not any(t.is_punct for t in doc[verb.i + 1 : c.left_edge.i])
        and any(t.i in counted for t in c.subtree)
        for c in verb.children
    )
    return victims and any(c.dep_ in _SUBJECT and c.left_edge.i <= figure.i <= c.right_edge.i for c in verb.children)


# Active forms of killing and wounding, where no parse tells subject from object: "töteten", "ont tué", "mataron",
# "hanno ucciso", "убили", "вбили". French and Italian participles count only after "avoir"/"avere" ("ont été tués"
# is passive).
_ACTIVE = re.compile(r"^(?:tötete[n]?|erschossen|erschoss(?:en)?|mataron|mató|asesinaron|asesinó|hirieron|hirió|"
                     r"убил[иа]?|ранил[иа]?|вбил[иа]?|вбив|поранил[иа]?|поранив)$", re.I)
_PARTICIPLE = re.compile(r"^(?:tué|blessé|abattu|ucciso|ferito)$", re.I)
_HAVE = {"a", "ont", "avait", "avaient", "ha", "hanno", "aveva", "avevano"}


def _doers_by_surface(figure: Token, verb: Token, counted: set[int]) -> bool:
    """`_doers` for languages with no parser here: the figure comes before an active form of killing or wounding,
    and another figure follows that verb at once ("Drei Bewaffnete töteten zwei Dorfbewohner")."""
    doc = verb.doc
    if figure.i >= verb.i:
        return False
    active = _ACTIVE.match(verb.text) or (
        _PARTICIPLE.match(verb.text) and verb.i > 0 and doc[verb.i - 1].lower_ in _HAVE
    )
    return bool(active) and any(k in counted for k in range(verb.i + 1, min(len(doc), verb.i + 3)))


_AND = re.compile(r"\s*(?:[\w'’-]+\s+){0,3}?(?:and|as well as|und|et|y|e|и|і|та)(?:\s+(?:her|his|their|its|the))?\s*", re.I)


def _add_up(claims: list[CountClaim], counted: CountClaim, figure_at: tuple[int, int, Figure], tokens: list[Token],
            sentence: SpacySpan) -> None:
    """A figure with no verb of its own, joined by "and" to a counted one beside it, counts with the same verb: the
    two are parts of one total, stated as such (8 soldiers and 2 civilians: 10 killed), and both become sub-groups."""
    i, j, figure = figure_at
    start, end = tokens[i].idx - figure.lead, tokens[j - 1].idx + len(tokens[j - 1].text)
    before = start < counted.start
    between = sentence.doc.text[end : counted.start] if before else sentence.doc.text[counted.end : start]
    if counted.subgroup or counted not in claims or not _AND.fullmatch(between):
        return
    who, who_country, _ = _victim_phrase(tokens, j)
    part = CountClaim(field=counted.field, figure=figure, start=start, end=end,
                      who=_group_label(who, who_country) or "part of the total", who_country=who_country, subgroup=True)
    low, high = min(start, counted.start), max(end, counted.end)
    total = CountClaim(field=counted.field, figure=_sum(sentence.doc.text[low:high], figure, counted.figure), start=low, end=high)
    claims.remove(counted)
    claims += [total, part, replace(counted, subgroup=True, who=counted.who or "part of the total")]


def _sum(text: str, a: Figure, b: Figure) -> Figure:
    """Two figures added up: an open bound stays open ("8 and over 2" is over 10, with no upper bound)."""
    low = None if a.low is None and b.low is None else (a.low or 0) + (b.low or 0)
    high = None if a.high is None or b.high is None else a.high + b.high
    return Figure(text, low, high, None)


def _subgroup_figure_at(figures: list[tuple[int, int, Figure]], n: int, sentence: SpacySpan) -> bool:
    if n >= len(figures):
        return False
    i = figures[n][0]
    tok = sentence[i] if i < len(sentence) else None
    if tok is None:
        return False
    before = sentence.doc.text[max(sentence.start_char, tok.idx - 40) : tok.idx]
    # "Three people, two of them children, were killed": a partitive after the figure marks it too.
    j = figures[n][1]
    partitive = j + 1 < len(sentence) and sentence[j].lower_ in {"of", "von", "d'entre"} and sentence[j + 1].lower_ in {"them", "whom", "ihnen", "eux"}
    return bool(_SUBGROUP_CUE.search(before)) or partitive


def _group_label(who: str | None, country: str | None) -> str | None:
    """A readable name for a sub-group: "North Korean officers" from "officers from North Korea"."""
    if who is None:
        return demonym(country) if country else None
    return re.sub(r"\s+", " ", who).strip()
