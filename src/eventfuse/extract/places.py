"""Place names as written, and whether the text puts the event there.

spaCy's GPE/LOC/FAC entities, plus "the X region / oblast / province" (which the small
English model often misses), plus capitalised words after a locative preposition for
languages without a model. Resolution to the gazetteer is the geo stage's job.
"""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan

from eventfuse.extract.countries import country_code
from eventfuse.model import PlaceName

_REGION_WORDS = r"region|oblast|province|governorate|district|prefecture|county|raion|gebiet|bezirk|provinz|région|département|provincia|regione|область|області|район"
_REGION_AFTER = re.compile(rf"\b((?:[A-ZÀ-ÝА-ЯІЇЄ][\w-]+\s+)?[A-ZÀ-ÝА-ЯІЇЄ][\w-]+)\s+(?:{_REGION_WORDS})\b")
_REGION_BEFORE = re.compile(
    r"\b(?:region|province|provinz|gebiet(?:s|es)?|région|provincia|regione|oblast|область|області)\s+"
    r"(?:of\s+|de\s+|di\s+|d')?([A-ZÀ-ÝА-ЯІЇЄ][\w'’-]+)"
)
_LOCATIVE = {"in", "near", "at", "outside", "around", "on", "over", "across", "inside", "throughout", "off"}
_LOCATIVE_CUE = re.compile(
    r"\b(?:in|im|bei|nahe|nahe bei|auf|Stadt|Ort|Dorf|ville de|village de|ciudad de|città di|город|місто|nördlich von|südlich von|östlich von|westlich von|à|au|aux|près de|dans|en|"
    r"cerca de|nei pressi di|presso|a|в|во|под|возле|у|біля|під|contra|sobre|su|sur|contre|gegen|auf|по|на|над)\s+(?:der\s+|dem\s+|den\s+|la\s+|le\s+|l'|el\s+)?"
    r"([A-ZÀ-ÝА-ЯІЇЄ][\w'’-]+(?:[\s-][A-ZÀ-ÝА-ЯІЇЄ][\w'’-]+)?)"
)
# "eastern Ukrainian town": the small model sometimes tags a demonym as a place.
_DEMONYM = re.compile(r"^[A-Z]\w+(?:ian|ean|ese|ish|ean)s?$")
_ATTACK_VERBS = {"attack", "strike", "hit", "shell", "bomb", "target", "pound", "raid", "storm", "capture", "seize", "shoot", "rocket", "besiege"}
_NOT_PLACES = {"Thursday", "Monday", "Tuesday", "Wednesday", "Friday", "Saturday", "Sunday", "Telegram", "God",
               # German capitalises every noun: common nouns that follow "in der", "auf", "bei".
               "Nacht", "Nähe", "Früh", "Woche", "Region", "Gegend", "Innenstadt", "Hauptstadt", "Stadt", "Morgen", "Abend",
               "Folge", "Mitte", "Angaben", "Zuge", "Rahmen", "Richtung", "Straße", "Straßen", "Grenze", "Front", "Telegram-Kanal",
               "Polizei", "Armee", "Menschen", "Nacht", "Donnerstag", "Freitag", "Samstag", "Sonntag", "Montag", "Dienstag", "Mittwoch"}


def find_places(sentence: SpacySpan, language: str = "en") -> list[PlaceName]:
    """Toponyms in one sentence, with the event-location flag and the region hint set."""
    doc = sentence.doc
    found: dict[tuple[int, int], PlaceName] = {}
    base = sentence.start_char
    text = sentence.text
    for m in _REGION_AFTER.finditer(text):
        start, end = base + m.start(1), base + m.end()
        found[(start, end)] = PlaceName(doc.text[start:end], (start, end), None, _locative_before(doc.text, start), "region")
    for m in _REGION_BEFORE.finditer(text):
        start, end = base + m.start(), base + m.end(1)
        found[(start, end)] = PlaceName(doc.text[start:end], (start, end), None, _locative_before(doc.text, start), "region")
    if doc.has_annotation("ENT_IOB") and language == "en":
        for ent in sentence.ents:
            if ent.label_ not in {"GPE", "LOC", "FAC"} or ent.text in _NOT_PLACES or _DEMONYM.search(ent.text):
                continue
            span = (ent.start_char, ent.end_char)
            if any(s <= span[0] and span[1] <= e for s, e in found):
                continue
            text_ = re.sub(r"^the\s+", "", ent.text, flags=re.I)
            start = ent.end_char - len(text_)
            found[(start, ent.end_char)] = PlaceName(text_, (start, ent.end_char), None, _is_event_location(ent))
    else:
        for m in _LOCATIVE_CUE.finditer(text):
            start, end = base + m.start(1), base + m.end(1)
            if doc.text[start:end] in _NOT_PLACES or any(s <= start < e for s, e in found):
                continue
            found[(start, end)] = PlaceName(doc.text[start:end], (start, end), None, True)
    return sorted(found.values(), key=lambda p: p.span)


def _locative_before(text: str, start: int) -> bool:
    before = text[max(0, start - 45) : start].lower()
    return bool(re.search(r"\b(?:in|near|at|outside|around|on|across|im|bei|à|dans|en|в|у)\b[^.,;]*$", before)) and not re.search(
        r"\b(?:to|from|into)\s+(?:the\s+)?$", before
    )


def _is_event_location(ent: SpacySpan) -> bool:
    """True when the place sits in a locative phrase ("in X", "near X") or names the target ("strike on X")."""
    head = ent.root
    child = head
    for ancestor in head.ancestors:
        if ancestor.dep_ == "prep":
            word = ancestor.lower_
            if word == "of":
                child = ancestor
                continue
            return word in _LOCATIVE
        if ancestor.pos_ in {"VERB", "AUX"}:
            # "shelled Kupiansk", "hit the town of Kupiansk": the target of an attack is where it happened;
            # "Ukraine attacked Russia" names a party, not a place.
            return (
                child.dep_ in {"dobj", "nsubjpass"}
                and ancestor.lemma_.lower() in _ATTACK_VERBS
                and country_code(ent.text) is None
            )
        child = ancestor
    # "a Kharkiv strike", "the Kharkiv region"
    return head.dep_ == "compound" and head.head.pos_ == "NOUN"
