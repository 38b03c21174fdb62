"""Who told whom: attribution chains and hedging in one sentence.

"Unnamed intelligence sources told Kyiv Post and Interfax-Ukraine that ..." gives the chain
Kyiv Post, Interfax-Ukraine ← unnamed intelligence sources; "the Kremlin Snuffbox cited an
anonymous military source" is a link the article states once and every later claim from that
channel inherits. A chain here runs from the nearest carrier to the farthest source; the
outlet publishing the article is put in front by the caller.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from eventfuse.extract.countries import country_code


@dataclass(frozen=True)
class Source:
    name: str
    country: str | None = None  # alpha-3, when the text says ("the Russian Telegram channel ...")
    generic: bool = False  # "news reports", "local media": a pointer to carriers, not a source


@dataclass
class Attribution:
    """What one sentence says about where its claims come from."""

    chain: list[Source] = field(default_factory=list)  # nearest carrier first, farthest source last
    cites: list[tuple[Source, Source]] = field(default_factory=list)  # (carrier, its source) links
    hedged: bool = False
    # "Israel's military said it struck a command centre, while the health ministry said the strike killed 22": each
    # reported clause (character offsets in the document) with the source that reports it, where a sentence holds two.
    clauses: list[tuple[int, int, Source]] = field(default_factory=list)

    def source_of(self, offset: int) -> Source | None:
        """The source of the innermost reported clause that holds `offset`, when the sentence reports several."""
        holding = [(end - start, src) for start, end, src in self.clauses if start <= offset < end]
        return min(holding, key=lambda h: h[0])[1] if len(self.clauses) > 1 and holding else None


_REPORT_VERBS = {
    "say", "report", "tell", "state", "claim", "announce", "confirm", "write", "post", "add", "note",
    "allege", "insist", "warn", "estimate", "cite", "quote", "publish", "disclose", "reveal",
}
_TELL_VERBS = {"tell", "state", "inform", "brief", "say"}  # "X told Y", "X states for Y" (machine-translated)
_SOURCE_NOUNS = re.compile(
    r"\b(?:sources?|officials?|ministry|ministries|military|army|spokes(?:man|woman|person|people)|governors?|police|"
    r"witnesses?|residents?|authorities|agency|agencies|channels?|media|reports?|intelligence|command|offices?|statement|"
    r"government|administrations?|services?|newspapers?|outlets?|broadcasters?|correspondents?|journalists?|observers?|"
    r"monitors?|council|mayors?|head|chief|commanders?|directorate|bloggers?|analysts?|hospitals?|doctors?|medics?|"
    r"rescuers?|prosecutors?|presidency|department|committee|commission|mission|groups?|organi[sz]ations?|watchdog|"
    r"charity|ngo|activists?|lawyers?|relatives|part(?:y|ies)|family|employer|(?:general )?staff|forces|headquarters|coroner|emergency workers)\b",
    re.I,
)
_GENERIC = re.compile(r"^(?:(?:\w+\s+)?(?:news|media|press)\s+reports?|reports?|(?:local|state|\w+)\s+media|the press)$", re.I)
_HEDGES = re.compile(
    r"\b(?:(?:is|are|was|were) said to|reportedly|allegedly|purportedly|supposedly|apparently|"
    r"could not (?:be )?(?:independently )?(?:verif|confirm)\w*|unconfirmed|unverified|claimed(?! (?:\w+ )?responsibility)|claims?(?! (?:of )?responsibility)|"
    r"according to (?:unconfirmed|preliminary)|it is believed|believed to (?:have|be)|"
    r"soll(?:en)? .{0,40}(?:haben|sein)|angeblich|mutmaßlich|unbestätigt\w*|"
    r"aurai(?:en)?t|selon des informations non confirmées|présumé\w*|"
    r"presuntamente|supuestamente|al parecer|presumibilmente|secondo quanto riferito(?!\s+(?:da|dal|dalla|dall['’]|dai|dagli|dalle)\b)|"
    r"sarebbe(?:ro)?|avrebbe(?:ro)?|pare che|sembra che|habría(?:n)?|"
    r"якобы|предположительно|по неподтвержд[её]нным|вероятно|возможно|нібито|за неперевіреною|імовірно|ймовірно|можливо)\b",
    re.I,
)
# Machine-translated and plain "X told Y that", where the parse often fails: "Intelligence sources states for Kyiv Post".
_TOLD = re.compile(
    r"(?P<src>(?:[A-Z][\w-]*\s+)*(?:[Ii]ntelligence\s+)?(?:sources?|officials?|witnesses|residents))\s+"
    r"(?:states?|stated|told|tells|said to|informed)\s+(?:for|to)?\s*(?:the\s+)?"
    r"(?P<car>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)"
)
# Lower-case adjectives that belong to a source's name in Romance and Slavic languages ("autoridades locales",
# "gouverneur régional", "военные источники").
_ADJECTIVE = r"(?i:[\w'’-]+(?:al|ales|ale|ali|aux|ique|iques|ien|ienne|iens|ais|aise|el|elle|ionale?|ano|ana|anos|anas|ani|ico|ica|icos|"
_ADJECTIVE += r"ar|ares|aire|aires|are|ari|"
_ADJECTIVE += r"ici|iche|ischen|ische|ischer|ный|ная|ные|ских|ский|ська|ський|ські|ьких|ний|на|ні)(?![\w'’-]))"
# Cue phrases for languages without a dependency parse here: the source follows the cue.
_CUES = re.compile(
    r"(?i:\b(?:according to|citing|laut|nach angaben (?:der|des|von)|zufolge|selon|d'après|de source|según|"
    r"de acuerdo con|secondo quanto (?:riferito|riportato|dichiarato|reso noto|comunicato) (?:da|dal|dalla|dai|dagli|dalle)|"
    r"secondo quanto (?:riferito|riportato|dichiarato|reso noto|comunicato) dall['’]|secondo(?!\s+quanto)|stando a|по (?:данным|словам|информации)|как сообщил[аи]?|за (?:даними|словами|інформацією)|"
    r"як повідомил[аи]?))(?:\s+|(?<=['’]))(?P<src>(?i:(?:the|der|die|des|dem|la|le|les|el|los|las|il|lo|gli|i|del|della|dello|degli)\s+|l['’])?"
    r"[\w'’.-]+(?:\s+(?:[A-ZÄÖÜÀ-ÝА-ЯІЇЄ][\w'’.-]*|of|(?:della|dello|degli|dei|del|des|du|de|der|la|le|les)(?![\w'’])|für|channel|sources?|officials?|media|reports?|" + _ADJECTIVE + r"|"
    # Russian and Ukrainian name a source in a chain of genitives ("по данным Воздушных сил ВСУ", "за даними обласної
    # адміністрації"), which a comma closes; prepositions and conjunctions do not belong to it.
    r"(?!(?:в|во|на|у|з|із|с|со|по|от|від|до|и|і|й|та|что|що|как|як)(?![\w'’-]))[а-яіїєґё][\w'’.-]*)){0,5})"
)
# "según fuentes militares citadas por Reuters", "selon des sources citées par l'AFP": the name after it carried the source.
_CITED_BY = re.compile(
    r"^\s*,?\s*(?i:citad[oa]s?|citée?s?|citat[oiae]|zitiert|цитируем\w*)\s+(?i:por|par|da|dal|dalla|von|vom)\s+"
    r"(?:(?i:la|le|les|el|los|las|il|lo|der|die|das|dem|den)\s+|l['’])?(?P<car>[\w'’.-]+(?:\s+[A-ZÄÖÜÀ-ÝА-ЯІЇЄ][\w'’.-]*)*)"
)
# German and French put the source inside a clause: "wie der Gouverneur auf Telegram mitteilte", "a indiqué le préfet".
_AS_SAID = re.compile(
    r"(?i:\bwie\s+)(?P<src>(?:der|die|das|den)\s+[\w'’.-]+(?:\s+(?:des|der|von)\s+[\w'’.-]+)*(?:\s+[\w'’.-]+)?)"
    r"\s+(?:\w+\s+){0,3}(?i:mitteilte|sagte|berichtete|erklärte|meldete|schrieb|bestätigte)"
    r"|(?i:a|ont)\s+(?i:indiqué|déclaré|annoncé|affirmé|précisé|expliqué)\s+(?P<src2>(?:le|la|les|l')\s*[\w'’.-]+(?:\s+" + _ADJECTIVE + r")?"
    r"(?:\s+(?:de|du|des)\s+[\w'’.-]+)*)"
    # Italian, Spanish, Russian and Ukrainian put the source after the verb: "ha riferito il sindaco", "informó el alcalde",
    # "сообщил губернатор", "повідомив голова ОВА".
    r"|(?:(?i:ha|hanno)\s+(?i:riferito|detto|dichiarato|annunciato|comunicato|reso noto|fatto sapere)|"
    r"(?i:riferisce|riferiscono|comunica|comunicano|annuncia|dichiara|afferma|fa sapere))\s+"
    r"(?P<src3>(?:il|la|lo|l'|i|le|gli)\s*[\w'’.-]+(?:\s+" + _ADJECTIVE + r")?(?:\s+[A-Z][\w'’.-]*)*(?:\s+(?:di|del|della|dei)\s+[\w'’.-]+)*)"
    r"|(?i:dijo|dijeron|informó|informaron|afirmó|señaló|indicó|declaró|anunció|aseguró)\s+(?P<src4>(?:el|la|los|las)\s+[\w'’.-]+(?:\s+" + _ADJECTIVE + r")*(?:\s+(?:de|del)\s+[\w'’.-]+(?:\s+" + _ADJECTIVE + r")*)*)"
    r"|(?i:teilte|teilten|sagte|sagten|erklärte|erklärten|berichtete|berichteten|meldete|meldeten|bestätigte|bestätigten)\s+"
    r"(?P<src6>(?:(?:der|die|das|den)\s+[\w'’.-]+|[A-ZÄÖÜ][\w'’.-]+(?:\s+[A-ZÄÖÜ][\w'’.-]+){1,3}(?=\s+(?:auf|in|im|am|bei|mit|\w+\s+mit)\b))"
    r"(?:\s+(?:des|der|von)\s+[\w'’.-]+)*)"
    r"|(?i:сообщил[аио]?|заявил[аио]?|рассказал[аио]?|повідомил[аио]?|повідомив|заявив|розповів|розповіла|сказав|сказал)\s+(?P<src5>[\w'’.-]+(?:\s+[А-ЯІЇЄA-Z][\w'’.-]*)*)"
)
# "the Telegram channel Frontline Notes": the proper name after a kind of outlet is the source's name.
_NAMED_OUTLET = re.compile(r"\b(?:channel|agency|newspaper|outlet|broadcaster|website|daily|magazine|television|radio|portal)\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)$")


def hedged(text: str) -> bool:
    """True when the sentence distances itself from what it reports."""
    return bool(_HEDGES.search(text))


_CUT = {"relcl", "acl", "conj", "cc", "appos", "prep"}


def _phrase(token: Token) -> str:
    """The noun phrase a token heads, without relative clauses, conjuncts and trailing punctuation."""
    words = _phrase_tokens(token)
    text = token.doc[words[0].i : words[-1].i + 1].text
    text = re.sub(r"\s+", " ", text)
    return re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.I).strip(" ,")


def _phrase_tokens(token: Token) -> list[Token]:
    words = [token]
    stack = [c for c in token.children if c.dep_ not in _CUT]
    while stack:
        t = stack.pop()
        words.append(t)
        stack.extend(c for c in t.children if c.dep_ not in _CUT)
    # One contiguous run around the head, so "Interfax-Ukraine" keeps its hyphen.
    return sorted(words, key=lambda t: t.i)


def _source(token: Token, any_noun: bool = False) -> Source | None:
    """A Source from the noun phrase `token` heads, or None when it is not a plausible source (with `any_noun`,
    any noun phrase that is no pronoun is one)."""
    if token.pos_ == "PRON":
        return None
    # "the Russian Telegram channel Kremlin Snuffbox": the proper name is the appositive.
    name_tok = next(
        (c for c in token.children if c.dep_ == "appos" and (c.pos_ == "PROPN" or c.ent_type_ or c.text[:1].isupper())), None
    )
    country = None
    for t in _phrase_tokens(token):
        if t.ent_type_ in {"NORP", "GPE"} and t.dep_ in {"amod", "compound", "poss", "nmod"}:
            country = country or country_code(t.text) or country_code(_ent_text(t))
    if name_tok is not None:
        name = _phrase(name_tok)
    else:
        name = _phrase(token)
        named = _NAMED_OUTLET.search(name)
        if named:
            name_tok, name = token, named.group(1)
    if not name or any(t.ent_type_ in {"DATE", "TIME"} or t.text in {"—", "–"} for t in _phrase_tokens(token)):
        return None  # a parse that ran into a dateline or a date is not a source
    is_named = name_tok is not None or token.ent_type_ in {"ORG", "PERSON", "GPE", "NORP"} or token.pos_ == "PROPN"
    if not is_named and not any_noun and not _SOURCE_NOUNS.search(_phrase(token)):
        return None
    return Source(name=name, country=country, generic=bool(_GENERIC.match(_strip_nationality(name))))


def _ent_text(token: Token) -> str:
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return ent.text
    return token.text


def _strip_nationality(name: str) -> str:
    words = name.split()
    while words and country_code(words[0]):
        words = words[1:]
    return " ".join(words) or name


def _conjuncts(token: Token) -> list[Token]:
    return [token, *[c for c in token.conjuncts if c.i > token.i]]


def attribution(sentence: SpacySpan, language: str = "en") -> Attribution:
    """The attribution chain, citation links and hedging of one sentence."""
    result = Attribution(hedged=hedged(sentence.text))
    if language == "en" and sentence.doc.has_annotation("DEP"):
        _from_parse(sentence, result)
        _reported_clauses(sentence, result)
    if not result.chain:
        m = _TOLD.search(sentence.text)
        if m:
            src = Source(m.group("src"), _country_in(m.group("src")))
            carrier = Source(m.group("car"), _country_in(m.group("car")))
            result.chain = [carrier, src]
            result.cites.append((carrier, src))
    if not result.chain:
        m = _AS_SAID.search(sentence.text)
        if m:
            said = next(g for g in (m.group(k) for k in ("src", "src2", "src3", "src4", "src5", "src6")) if g)
            name = re.sub(r"^(?:der|die|das|den|le|la|les|l'|il|lo|i|gli|el|los|las)\s*", "", said, flags=re.I).strip(" .,;:")
            name = re.sub(r"\s+auf\s+\w+$", "", name)
            result.chain.append(Source(name=name, country=_country_in(name)))
    if not result.chain:
        for m in _CUES.finditer(sentence.text):
            name = re.sub(r"^(?:(?:the|der|die|des|dem|la|le|les|el|los|las|il|lo|gli|i|del|della)\s+|l['’])", "", m.group("src"), flags=re.I)
            name = name.strip(" ,.")
            if name:
                source = Source(name=name, country=_country_in(name), generic=bool(_GENERIC.match(_strip_nationality(name))))
                cited = _CITED_BY.match(sentence.text[m.end() :])
                if cited:
                    carrier = Source(name=cited.group("car"), country=_country_in(cited.group("car")))
                    result.chain.append(carrier)
                    result.cites.append((carrier, source))
                result.chain.append(source)
                break
    return result


def _country_in(text: str) -> str | None:
    for word in text.split():
        code = country_code(word.strip(",."))
        if code:
            return code
    return None


def _from_parse(sentence: SpacySpan, result: Attribution) -> None:
    # Citations first: in "X reported, citing Y" the chain runs on to Y.
    for tok in sentence:
        if tok.lemma_.lower() in {"cite", "quote"} and _cites(tok, result):
            return
    for tok in sentence:
        lemma = tok.lemma_.lower()
        # "according to X"
        if tok.lower_ == "according" and tok.i + 1 < sentence.end and tok.nbor().lower_ == "to":
            obj = next((c for c in tok.nbor().children if c.dep_ == "pobj"), None)
            src = _source(obj) if obj is not None else None
            if src:
                result.chain = [src]
                return
        if lemma in _REPORT_VERBS and tok.pos_ in {"VERB", "AUX"}:
            src = _said_by(tok)
            if src is None and lemma == "tell" and any(c.dep_ in {"dobj", "dative"} and (c.ent_type_ == "ORG" or c.pos_ == "PROPN") for c in tok.children):
                # "a local lawmaker told Reuters": whoever tells an outlet is a source, whatever the noun.
                src = _said_by(tok, any_noun=True)
            if src is None and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
                # "... in Kherson, the city's military administration said": the parse hung the source on the place.
                before = tok.doc[tok.i - 1] if tok.i > sentence.start else None
                if before is not None and before.pos_ in {"NOUN", "PROPN"} and before.dep_ in {"appos", "conj", "npadvmod"}:
                    src = _source(before)
            if src is None:
                continue
            # "X told Y (that) ...", "X states for Y that ...": Y carried what X said.
            told: list[Source] = []
            if lemma in _TELL_VERBS:
                for child in tok.children:
                    target = None
                    if child.dep_ in {"dobj", "dative"}:
                        target = child
                    elif child.dep_ == "prep" and child.lower_ in {"for", "to"}:
                        target = next((c for c in child.children if c.dep_ == "pobj"), None)
                    if target is not None:
                        for conj in _conjuncts(target):
                            carrier = _source(conj)
                            if carrier:
                                told.append(carrier)
            result.chain = [*told, src]
            result.cites.extend((carrier, src) for carrier in told)
            return


def _cites(tok: Token, result: Attribution) -> bool:
    """ "X cited Y" / "X reported, citing Y": a link from a carrier to its source."""
    obj = next((c for c in tok.children if c.dep_ in {"dobj", "pobj"}), None)
    subj = next((c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None and tok.dep_ in {"advcl", "xcomp", "acl", "conj"}:
        subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    carrier = _source(subj) if subj is not None else None
    cited = _source(obj) if obj is not None else None
    if carrier and cited:
        result.cites.append((carrier, cited))
        result.chain = [carrier, cited]
        # "citing the Kyiv Post, which cited unnamed intelligence sources": the chain runs on.
        while obj is not None:
            clause = next((c for c in obj.children if c.dep_ == "relcl" and c.lemma_.lower() in {"cite", "quote"}), None)
            obj = next((c for c in clause.children if c.dep_ in {"dobj", "pobj"}), None) if clause is not None else None
            further = _source(obj) if obj is not None else None
            if further is None or further in result.chain:
                break
            result.cites.append((result.chain[-1], further))
            result.chain.append(further)
        return True
    return False


def _said_by(verb: Token, any_noun: bool = False) -> Source | None:
    """The source a reporting verb's subject names. The parse may give a verb two subjects when a dateline opens
    the sentence: the first real source is taken."""
    return next((s for s in (_source(c, any_noun) for c in verb.children if c.dep_ == "nsubj") if s), None)


def _reported_clauses(sentence: SpacySpan, result: Attribution) -> None:
    """Each clause a reporting verb governs, with that verb's source."""
    for tok in sentence:
        if tok.lemma_.lower() not in _REPORT_VERBS or tok.pos_ not in {"VERB", "AUX"}:
            continue
        src = _said_by(tok)
        clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
        if src is None or clause is None:
            continue
        words = list(clause.subtree)
        result.clauses.append((words[0].idx, words[-1].idx + len(words[-1].text), src))
