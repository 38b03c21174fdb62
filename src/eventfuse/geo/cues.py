"""What the words just before a place name say about its part in the story.

A report names many places: where the event happened ("the strike on Sumy"), where people
spoke about it ("speaking in Kyiv", "a spokesman in Moscow"), and where things are near
("near Bakhmut", "20 km north of Kharkiv"). geo reads these cues in the text itself, so the
event location can be chosen without a parser, in any article:

    >>> text = "Speaking in Kyiv, the minister said the strike on Sumy killed four."
    >>> cues(text, (text.index("Sumy"), text.index("Sumy") + 4)).event
    True
    >>> cues(text, (12, 16)).reporting
    True
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# How far back a cue may stand from the name, in characters, within its clause.
REACH = 70

_EVENT_WORDS = (
    r"strikes?|struck|attacks?|attacked|shell(?:ing|ed|s)?|bomb(?:ing|ed|s)?|raids?|raided|"
    r"explosions?|blasts?|fighting|clash(?:es|ed)?|missiles?|rockets?|drones?|air ?strikes?|"
    r"airstrikes?|killed|killing|hit|hits|targeted|targeting|fired|firing|landed|exploded|"
    r"offensive|assault|battle|ambush(?:ed)?|massacre|protests?|protesters|demonstrat(?:ion|ors|ed)|"
    r"arrested|detained|captured|seized|stormed|besieged|destroyed|damaged|wounded|injured|died|"
    # Other languages inflect: "обстрела Донецка", "обстрілу Харкова", "Angriffe auf", "attaques contre".
    r"Angriff\w*|Beschuss|Anschlag\w*|beschossen|frappes?|attaques?|bombardements?|ataques?|bombardeos?|attacc\w+|"
    r"bombardament\w*|удар\w*|обстр[еі]л\w*|атак\w*|бомбардир\w*|бомбардуван\w*|взрыв\w*|вибух\w*"
)
# A trigger, then at most a few words, then (optionally) a locative preposition, then the name.
_EVENT_BEFORE = re.compile(
    rf"\b(?:{_EVENT_WORDS})\b(?:\s+[\w'’-]+){{0,5}}?\s+"
    r"(?:(?:on|in|at|near|outside|of|into|across|over|against|around|inside|in the \w+ of|auf|in|sur|à|en|по|в|у|на)\s+)?"
    r"(?:the\s+(?:\w+\s+){0,3}?(?:(?:city|town|village|region|province|district|oblast|area)\s+of\s+)?)?$",
    re.IGNORECASE,
)
# Where people spoke from, were based, or went: not where the event happened.
_REPORTING_BEFORE = re.compile(
    r"\b(?:speaking|spoke|said|says|told\s+\w+|told reporters|statement|press conference|briefing|"
    r"officials?|spokes(?:man|woman|person)|ministry|minister|government|authorities|embassy|"
    r"based|headquartered|visit(?:ed|ing)?|visit to|trip to|flew|travel(?:l?ed)? to|returned to|"
    r"talks|summit|meeting|met|conference|reported from|correspondent|reporting from)"
    r"(?:\s+[\w'’-]+){0,2}?\s+(?:in|from|to|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "from Kyiv" / "in Moscow," right after a reporting verb is covered above; a bare "from"
# names an origin, not a location.
_ORIGIN_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
_NEAR_BEFORE = re.compile(
    r"\b(?:near|outside|close to|just outside|on the outskirts of|in the vicinity of|not far from|"
    r"\d+(?:[.,]\d+)?\s*(?:km|kilometres|kilometers|miles|mi)\s+(?:\w+\s+)?(?:of|from)|"
    r"(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Cues:
    """What the text right before a place name says about it."""

    event: bool  # an event word governs it: "the strike on Sumy", "shelled Kramatorsk"
    reporting: bool  # people spoke or sat there: "speaking in Kyiv", "a spokesman in Moscow"
    near: bool  # the event was near it, not in it: "near Bakhmut", "10 km south of Izium"


def _clause_before(text: str, start: int) -> str:
    window = text[max(0, start - REACH) : start]
    # Cues do not reach across a sentence or a clause boundary.
    cut = max(window.rfind(". "), window.rfind("; "), window.rfind("\n"), window.rfind(", "))
    return window[cut + 2 :] if cut >= 0 else window


def cues(text: str, span: tuple[int, int]) -> Cues:
    """The cues before the name at `span` in `text`."""
    before = _clause_before(text, span[0])
    reporting = bool(_REPORTING_BEFORE.search(before) or _ORIGIN_BEFORE.search(before))
    event = bool(_EVENT_BEFORE.search(before)) and not reporting
    near = bool(_NEAR_BEFORE.search(before))
    return Cues(event=event, reporting=reporting, near=near)
