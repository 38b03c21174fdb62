"""Who acted and against whom, coded with a country (alpha-3) and a CAMEO/PLOVER sector.

The perpetrator is the subject of an active trigger verb ("Ukraine attacked"), the agent of
a passive one ("attacked by militiamen"), or the nationality on the weapon ("the Ukrainian
missile"); recipients are the objects and the victims counted ("North Korean officers").
"""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from eventfuse.extract.countries import country_code, demonym
from eventfuse.extract.subevents import method
from eventfuse.extract.triggers import find_triggers
from eventfuse.model import Actor

# Head noun → sector. CAMEO/PLOVER codes: MIL military, COP police, GOV government, REB rebels,
# CVL civilians, OPP opposition, REF refugees, MED media, CRM criminals, PTY party, LAB labour.
_SECTORS: list[tuple[str, str]] = [
    ("MIL", r"soldiers?|troops?|officers?|military|army|armed forces|forces|personnel|servicem[ae]n|servicepeople|"
     r"marines?|navy|air force|battalion|brigade|regiment|units?|commanders?|generals?|conscripts?|mercenar(?:y|ies)|"
     r"soldaten|armee|streitkräfte|soldats|armée|forces armées|soldados|ejército|soldati|esercito|"
     r"военн\w*|солдат\w*|військов\w*|армі\w*"),
    ("COP", r"police(?:men|man|women)?|officers? of the police|gendarmes?|polizei|polizisten|policiers?|policía|polizia|полици\w*|поліці\w*"),
    ("REB", r"rebels?|insurgents?|militants?|militias?|militiamen|jihadists?|gunmen|separatists?|guerrillas?|fighters|"
     r"rebellen|rebelles|rebeldes|ribelli|боевик\w*|бойовик\w*"),
    ("GOV", r"government|ministry|minister|president|prime minister|officials?|authorities|administration|regierung|"
     r"gouvernement|gobierno|governo|правительств\w*|уряд\w*"),
    ("REF", r"refugees?|displaced|migrants?|flüchtlinge|réfugiés|refugiados|rifugiati"),
    ("MED", r"journalists?|reporters?|media workers?"),
    ("OPP", r"opposition|activists?|protesters?|demonstrators?|demonstranten|manifestants|manifestantes|manifestanti"),
    ("LAB", r"workers|strikers|unions?|gewerkschaft\w*|syndicats?"),
    ("CVL", r"civilians?|residents?|people|children|women|villagers|passengers|families|inhabitants|"
     r"zivilisten|menschen|einwohner|civils|habitants|personnes|enfants|civiles|personas|civili|persone|"
     r"мирн\w*|жител\w*|людей|цивільн\w*|мешканц\w*"),
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
        if left.dep_ in {"amod", "compound"}:
            out.extend(t for t in left.subtree if t.dep_ not in {"nummod", "quantmod", "det", "punct"})
    return sorted(out, key=lambda t: t.i)


def actors_in(sentence: SpacySpan, trigger_start: int | None, language: str = "en") -> list[Actor]:
    """Actors and recipients of the event told in one sentence."""
    found: list[Actor] = []
    if language == "en" and sentence.doc.has_annotation("DEP"):
        trigger = next((t for t in sentence if trigger_start is not None and t.idx <= trigger_start < t.idx + len(t.text) + 1), None)
        if trigger is not None and trigger.pos_ == "VERB":
            intransitive = trigger.lemma_.lower() in {"die", "perish", "succumb"}
            for child in trigger.children:
                if child.dep_ == "nsubj":
                    # "Two civilians died": the subject of dying is a victim, not an attacker.
                    _add(found, child, "recipient" if intransitive else "actor", military_act=not intransitive)
                elif child.dep_ in {"dobj", "nsubjpass"}:
                    _add(found, child, "recipient", military_act=True)
                elif child.dep_ == "agent":
                    for pobj in child.children:
                        _add(found, pobj, "actor", military_act=True)
        for tok in sentence:
            # "the Ukrainian robot struck", "a Russian missile strike": the nationality on the weapon or attack.
            if tok.ent_type_ == "NORP" and tok.dep_ == "amod" and re.search(
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
    else:
        # Without a parse: a nationality on a weapon or attack word is the attacker ("russischen
        # Raketenangriff"); one on a group of people is a recipient ("ukrainische Soldaten").
        for m in re.finditer(r"\b([\w'’-]+)\s+([\w'’-]+)", sentence.text):
            code = country_code(m.group(1))
            if not code:
                continue
            start = sentence.start_char + m.start(1)
            span = (start, start + len(m.group(1)))
            if find_triggers(m.group(2), language) or method(m.group(2)):
                found.append(Actor(f"{demonym(code)} military", code, "MIL", "actor", span))
            elif sector_of(m.group(2)):
                found.append(Actor(f"{demonym(code)} {m.group(2)}", code, sector_of(m.group(2)), "recipient", span))
    return _dedupe(found)


def _add(found: list[Actor], head: Token, role: str, military_act: bool = False) -> None:
    tokens = _phrase_tokens(head)
    # "officers from North Korea"
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "from":
            tokens += [t for t in child.subtree if t != child]
    phrase = " ".join(t.text for t in sorted(tokens, key=lambda t: t.i))
    code = _nationality(tokens)
    sector = sector_of(phrase)
    if code is None and sector is None:
        return
    if sector is None and military_act and role == "actor" and code:
        sector = "MIL"  # "the Ukrainian robot struck": a state's weapon, so its military
        phrase = f"{demonym(code)} military"
    if head.ent_type_ == "GPE" and code:
        # A state named as the attacker of an armed attack acts through its military.
        sector = sector or ("MIL" if military_act else "GOV")
        phrase = f"{demonym(code)} military" if sector == "MIL" else phrase
    elif code and sector and role == "recipient":
        noun = re.sub(r"^(?:the|a|an|more|\w+ty|\d+)\s+", "", phrase.split(" from ")[0], flags=re.I)
        phrase = f"{demonym(code)} {_strip_nationality(noun)}"
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    found.append(Actor(re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.I), code, sector, role, (start, end)))  # type: ignore[arg-type]


def _strip_nationality(phrase: str) -> str:
    words = phrase.split()
    while len(words) > 1 and (country_code(words[0]) or country_code(" ".join(words[:2]))):
        words = words[2:] if country_code(" ".join(words[:2])) and not country_code(words[0]) else words[1:]
    return " ".join(words)


def _dedupe(actors: list[Actor]) -> list[Actor]:
    seen: dict[tuple[str | None, str | None, str], Actor] = {}
    for actor in actors:
        key = (actor.country_code, actor.sector, actor.role)
        if key not in seen:
            seen[key] = actor
    return list(seen.values())
