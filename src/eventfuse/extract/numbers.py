"""Numbers as news reports write them: digits, spelled-out words, vague quantities.

A figure becomes a closed or open range: "20" → (20, 20), "over 20" → (21, None),
"at least 7" → (7, None), "up to 30" → (None, 30), "dozens" → (24, None).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_UNITS = {
    "en": "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen",
    "de": "null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn "
    "sechzehn siebzehn achtzehn neunzehn",
    "fr": "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize "
    "dix-sept dix-huit dix-neuf",
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis "
    "diecisiete dieciocho diecinueve",
    "it": "zero uno due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici "
    "sedici diciassette diciotto diciannove",
    "ru": "ноль один два три четыре пять шесть семь восемь девять десять одиннадцать двенадцать тринадцать "
    "четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать",
    "uk": "нуль один два три чотири п'ять шість сім вісім дев'ять десять одинадцять дванадцять тринадцять "
    "чотирнадцять п'ятнадцять шістнадцять сімнадцять вісімнадцять дев'ятнадцять",
}
_TENS = {
    "en": "twenty thirty forty fifty sixty seventy eighty ninety",
    "de": "zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig",
    "fr": "vingt trente quarante cinquante soixante soixante-dix quatre-vingt quatre-vingt-dix",
    "es": "veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa",
    "it": "venti trenta quaranta cinquanta sessanta settanta ottanta novanta",
    "ru": "двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто",
    "uk": "двадцять тридцять сорок п'ятдесят шістдесят сімдесят вісімдесят дев'яносто",
}
_EXTRA_WORDS = {
    "single": 1,
    "hundred": 100, "hundert": 100, "cent": 100, "cien": 100, "cento": 100, "сто": 100,
    "thousand": 1000, "tausend": 1000, "mille": 1000, "mil": 1000, "тысяча": 1000, "тисяча": 1000,
    "dozen": 12, "dutzend": 12, "douzaine": 12, "docena": 12, "dozzina": 12,
    "одна": 1, "одного": 1, "двое": 2, "трое": 3, "двоє": 2, "троє": 3, "двух": 2, "трех": 3, "трёх": 3,
    "двох": 2, "трьох": 3, "пятеро": 5, "п'ятеро": 5, "шестеро": 6, "четверо": 4, "семеро": 7, "восьмеро": 8,
    "девятеро": 9, "дев'ятеро": 9, "десятеро": 10, "двое": 2, "трое": 3, "двоє": 2, "троє": 3, "одна": 1,
    "dos": 2, "tres": 3, "due": 2, "tre": 3, "zwei": 2, "drei": 3,
    # Oblique cases, as objects of "killed" and "wounded": "ранил троих", "поранив чотирьох".
    "двоих": 2, "троих": 3, "четверых": 4, "пятерых": 5, "шестерых": 6, "семерых": 7, "четырех": 4, "четырёх": 4,
    "пяти": 5, "шести": 6, "семи": 7, "восьми": 8, "девяти": 9, "десяти": 10,
    "чотирьох": 4, "п'ятьох": 5, "шістьох": 6, "сімох": 7, "вісьмох": 8, "дев'ятьох": 9, "десятьох": 10,
}

WORDS: dict[str, int] = {}
for _lang, _words in _UNITS.items():
    for _value, _word in enumerate(_words.split()):
        WORDS.setdefault(_word, _value)
for _lang, _words in _TENS.items():
    for _index, _word in enumerate(_words.split()):
        WORDS.setdefault(_word, 20 + 10 * _index)
WORDS["quatre-vingts"] = 80
WORDS.update(_EXTRA_WORDS)

# Vague quantities: (low, high). "several" is at least three in UCDP's coding practice of "a few".
VAGUE: dict[str, tuple[int, int | None]] = {
    "several": (3, None), "a few": (2, None), "a number of": (2, None), "some": (2, None),
    "dozens": (24, None), "scores": (40, None), "hundreds": (200, None), "thousands": (2000, None),
    "many": (3, None), "numerous": (3, None),
    "mehrere": (3, None), "einige": (2, None), "dutzende": (24, None), "hunderte": (200, None),
    "plusieurs": (3, None), "quelques": (2, None), "des dizaines": (24, None), "des centaines": (200, None),
    "dizaines": (24, None), "centaines": (200, None),
    "varios": (3, None), "varias": (3, None), "decenas": (24, None), "cientos": (200, None),
    "diversi": (3, None), "alcuni": (2, None), "decine": (24, None), "centinaia": (200, None),
    "несколько": (3, None), "десятки": (24, None), "сотни": (200, None), "кілька": (3, None),
    # Round approximations: "une vingtaine" is about twenty.
    "une dizaine": (8, 12), "une quinzaine": (13, 17), "une vingtaine": (16, 24), "une trentaine": (25, 35),
    "une quarantaine": (35, 45), "une cinquantaine": (45, 55), "une centaine": (80, 120),
    "una decena": (8, 12), "una veintena": (16, 24), "una treintena": (25, 35), "un centenar": (80, 120),
    "una decina": (8, 12), "una ventina": (16, 24), "una trentina": (25, 35), "un centinaio": (80, 120),
    "ein dutzend": (12, 12), "a dozen": (12, 12), "dozens of": (24, None), "hundreds of": (200, None), "thousands of": (2000, None),
    "десяток": (10, None), "десятка": (10, None), "decine di": (24, None), "decenas de": (24, None), "des dizaines de": (24, None),
    "десятки": (24, None), "сотні": (200, None),
}

# Qualifiers before a figure, and how they bend it into a range.
_QUALIFIERS: list[tuple[str, str]] = [
    (r"more than|over|in excess of|upwards of|mehr als|über|plus de|más de|oltre|più di|более|больше|понад|більше", "over"),
    (r"at least|no fewer than|a minimum of|mindestens|wenigstens|au moins|al menos|por lo menos|almeno|не менее|как минимум|щонайменше|не менше", "at-least"),
    (r"up to|as many as|at most|bis zu|höchstens|jusqu'à|hasta|fino a|до", "up-to"),
    (r"nearly|almost|close to|fast|knapp|près de|presque|casi|quasi|почти|майже|близько", "nearly"),
    (r"about|around|approximately|roughly|some|an estimated|estimated|etwa|rund|ungefähr|environ|une vingtaine de|alrededor de|unos|unas|circa|около|примерно|приблизно", "about"),
    (r"a total of|insgesamt|au total|en total|in totale|всего|загалом", "total"),
]
QUALIFIER_RE = re.compile(r"(?:" + "|".join(f"(?P<q{i}>{p})" for i, (p, _) in enumerate(_QUALIFIERS)) + r")\s*$", re.I)


@dataclass(frozen=True)
class Figure:
    """A parsed figure: the stated words, the range they allow, and the qualifier used."""

    text: str
    low: int | None
    high: int | None
    qualifier: str | None = None
    lead: int = 0  # characters of qualifier before the figure ("over " in "over 20")

    @property
    def exact(self) -> int | None:
        return self.low if self.low is not None and self.low == self.high else None


def word_value(token: str) -> int | None:
    """Value of one number token: digits ("1,200", "20") or a spelled-out number ("twenty-one")."""
    t = token.casefold().strip()
    if re.fullmatch(r"\d{1,3}(?:[,.\u202f ]\d{3})+|\d+", t):
        return int(re.sub(r"\D", "", t))
    if t in WORDS:
        return WORDS[t]
    # "twenty-one", "vingt-deux", "dreiundzwanzig"
    parts = re.split(r"[-\s]", t)
    if len(parts) == 2 and parts[0] in WORDS and parts[1] in WORDS:
        return WORDS[parts[0]] + WORDS[parts[1]]
    m = re.fullmatch(r"(\w+?)und(\w+)", t)
    if m and m.group(1) in WORDS and m.group(2) in WORDS:
        return WORDS[m.group(1)] + WORDS[m.group(2)]
    return None


def qualify(value: int, qualifier: str | None) -> tuple[int | None, int | None]:
    """The range a qualified figure allows."""
    if qualifier == "over":
        return value + 1, None
    if qualifier == "at-least":
        return value, None
    if qualifier == "up-to":
        return None, value
    if qualifier == "nearly":
        return max(value - max(1, value // 10), 0), value
    if qualifier == "about":
        spread = max(1, round(value * 0.1))
        return max(value - spread, 0), value + spread
    return value, value


def qualifier_before(text_before: str) -> tuple[str | None, int]:
    """The qualifier that ends `text_before` and its length ("... at least " → ("at-least", 9))."""
    m = QUALIFIER_RE.search(text_before)
    if not m:
        return None, 0
    for i, (_, name) in enumerate(_QUALIFIERS):
        if m.group(f"q{i}"):
            return name, len(text_before) - m.start()
    return None, 0
