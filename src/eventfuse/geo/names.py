"""How place names are written and compared.

Everything that turns a place name, or a stretch of article text, into the lookup keys of
the gazetteer lives here, so that the index built from GeoNames and the words scanned in an
article are normalised by exactly the same code.

A key is the name's words, case-folded, with accents and other combining marks removed,
apostrophes dropped and hyphens, commas and full stops read as word breaks:
``name_key("Donets'k") == name_key("DONETSK") == "donetsk"`` and
``name_key("Rostov-na-Donu") == "rostov na donu"``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Apostrophe-like characters seen inside transliterated names (Kam'yanets', Sana’a, L'viv).
APOSTROPHES = "'’ʼ`´ʻʹ"

# Arabic letters written several ways in the wild: fold them so "أدلب" finds "ادلب".
_ARABIC_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ة": "ه",
        "ى": "ي",
        "ی": "ي",
        "ک": "ك",
        "ـ": None,  # tatweel, a stretching stroke with no meaning
    }
)

# English words for a first-level administrative unit. "the Donetsk region" and
# "Donetsk Oblast" both name the unit whose core name is "Donetsk".
REGION_WORDS = (
    "region",
    "oblast",
    "province",
    "governorate",
    "state",
    "district",
    "department",
    "prefecture",
    "county",
    "parish",
    "borough",
    "krai",
    "kray",
    "republic",
    "emirate",
    "territory",
    "municipality",
    "canton",
    "voivodeship",
    "division",
    "autonomous okrug",
    "autonomous region",
    "autonomous republic",
    "okrug",
)

# The suffixes news writers put after a core name, whatever the unit's official type is.
# Every first-level unit is reachable as "<core> <suffix>".
REGION_SUFFIXES = ("region", "oblast", "province", "governorate")

# Type words in the names' own languages: "Donetska oblast'", "Донецкая область",
# "محافظة حلب", "Respublika Krym". Stripping them yields a core name.
_NATIVE_TYPE_WORDS = (
    "oblast",
    "oblasti",
    "oblasc",
    "oblysy",
    "voblasc",
    "voblasts",
    "respublika",
    "respublikasy",
    "respublikasi",
    "kray",
    "kraj",
    "okrug",
    "avtonomnyy",
    "avtonomna",
    "avtonomnaya",
    "область",
    "обл",
    "край",
    "республика",
    "республіка",
    "автономна",
    "автономная",
    "округ",
    "محافظه",
    "ولايه",
    "ولايت",
    "منطقه",
    "مقاطعه",
    "estado",
    "departamento",
    "provincia",
    "province",
    "provinz",
    "région",
    "region",
    "wilaya",
    "gobolka",
    "mkoa",
    "wa",
    "of",
    "de",
    "del",
    "la",
    "the",
)

# Capitalised words that start sentences or name institutions far more often than they
# name the small places that carry them ("Police" is a Polish town, "Mission" a Texan one).
# Single-word matches of these are not taken from running text.
COMMON_CAPITALISED = frozenset(
    """
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
    police army mission president minister general colonel major captain governor mayor
    north south east west northern southern eastern western central
    union university hospital church school court parliament government ministry
    liberty independence freedom victory friendship unity hope progress justice
    mount lake river sea ocean island islands bay gulf valley
    city town village district region province state county oblast
    reading energy ocean media post times news street square station airport
    said says will can also however meanwhile according earlier later after before
    capital centre center national federal coast lakes plateau rivers delta
    bank council commission college cottage complex quarter square hall park bridge
    congress commerce metro act unite mart man red my
    مدينه محافظه منطقه ولايه قريه بلده شمال جنوب شرق غرب وسط
    """.split()
) | frozenset(
    # Peoples, faiths and communities that are no country's demonym: "Jewish leaders", "Arab tribes" name people,
    # not the Jewish Autonomous Oblast or Arab, Alabama (a longer name that holds one is still read).
    """
    jewish jews arab arabs kurdish kurds muslim muslims christian christians hindu hindus sikh sikhs buddhist buddhists
    shia shiite shiites sunni sunnis druze alawite alawites yazidi yazidis tamil tamils pashtun pashtuns baloch hazara
    hazaras uighur uighurs uyghur uyghurs tutsi tutsis hutu hutus fulani berber berbers bedouin bedouins roma catholic
    catholics protestant protestants orthodox latino latinos hispanic hispanics maori aboriginal rohingya
    """.split()
) | frozenset(
    # Armed groups and movements that some language's name for a town spells alike ("Hamas" is a name of Hamm,
    # "Wagner" a Brazilian town): in the news they are parties.
    """
    hamas hezbollah hizbollah fatah taliban wagner houthi houthis shabaab janjaweed seleka wazalendo
    """.split()
)


def _combining_marks() -> str:
    """A regex character class body covering every combining mark (category M*)."""
    ranges: list[tuple[int, int]] = []
    # Past U+1FFFF only variation selectors are marks; stopping there keeps import quick.
    for cp in [*range(0x300, 0x20000), *range(0xE0100, 0xE01F0)]:
        if unicodedata.category(chr(cp))[0] == "M":
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1] = (ranges[-1][0], cp)
            else:
                ranges.append((cp, cp))
    return "".join(f"{chr(a)}-{chr(b)}" if a != b else chr(a) for a, b in ranges)


@lru_cache(maxsize=1)
def _word_re() -> re.Pattern[str]:
    # Python's \w leaves out combining marks, which would cut "دُونِيتْسْك" or a decomposed
    # "Donéck" into pieces; a word here is letters, digits and marks, with apostrophes inside.
    letter = rf"(?:[^\W_]|[{_combining_marks()}])"
    return re.compile(rf"{letter}+(?:[{APOSTROPHES}]{letter}+)*[{APOSTROPHES}]?")


_POSSESSIVE = re.compile(rf"[{APOSTROPHES}]s$")
_ELISION = re.compile(rf"^[ldLD][{APOSTROPHES}](?=[aeiouyhAEIOUYHÀ-ÖØ-öø-ÿ])")
_APOSTROPHE_TABLE = str.maketrans({c: None for c in APOSTROPHES})


def fold(word: str) -> str:
    """One word, case-folded, without accents, marks or apostrophes: ``fold("Donéck") == "doneck"``."""
    word = unicodedata.normalize("NFKD", word)
    word = "".join(c for c in word if not unicodedata.combining(c))
    return word.casefold().translate(_APOSTROPHE_TABLE).translate(_ARABIC_FOLD)


def words(text: str) -> list[tuple[int, int, str]]:
    """The words of `text` as ``(start, end, folded)``, with character offsets into `text`.

    A possessive "'s" is left out of the word ("Kharkiv's" gives "kharkiv"), and so is a
    French or Italian elided article before a vowel ("l'Ukraine" gives "ukraine").

    >>> words("Kharkiv's mayor")
    [(0, 7, 'kharkiv'), (10, 15, 'mayor')]
    """
    out: list[tuple[int, int, str]] = []
    for m in _word_re().finditer(text):
        start, end = m.span()
        token = m.group()
        if token[-1] in APOSTROPHES:  # a trailing quote mark, not part of the name
            end -= 1
            token = token[:-1]
        possessive = _POSSESSIVE.search(token)
        if possessive and len(token) > 3:
            end -= 2
            token = token[:-2]
        elision = _ELISION.match(token)
        if elision and len(token) > 4:
            start += 2
            token = token[2:]
        folded = fold(token)
        if folded:
            out.append((start, end, folded))
    return out


def name_key(name: str) -> str:
    """The lookup key of a name: its folded words joined by single spaces.

    >>> name_key("Rostov-na-Donu")
    'rostov na donu'
    >>> name_key("the Donetsk  Oblast'")
    'the donetsk oblast'
    """
    return " ".join(w for _, _, w in words(name))


def is_latin(name: str) -> bool:
    """True when every letter of `name` is Latin (accents allowed)."""
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in name)


_TYPE_WORDS_FOLDED = frozenset(fold(w) for w in _NATIVE_TYPE_WORDS) | frozenset(
    w for phrase in REGION_WORDS for w in phrase.split()
)


def core_names(name: str) -> set[str]:
    """Keys of `name` without the words that say what kind of unit it is.

    >>> sorted(core_names("Donetsk Oblast"))
    ['donetsk']
    >>> sorted(core_names("محافظة حلب"))
    ['حلب']
    """
    key_words = name_key(name).split()
    kept = [w for w in key_words if w not in _TYPE_WORDS_FOLDED]
    if not kept or len(kept) == len(key_words):
        return set()
    return {" ".join(kept)}


_COMPASS = re.compile(r"\b(north|south) (east|west)\b")
# A compass point alone is no unit's name in running text ("the Northwest", "Southwest Airlines").
COMPASS_POINTS = frozenset({"northeast", "northwest", "southeast", "southwest"})
_ARABIC_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an"})


def spelling_variants(key: str) -> set[str]:
    """Other spellings that news uses for a unit's key: compass words joined ("north west" as "northwest") and an
    Arabic name without its article ("al hasakah" as "hasakah").

    >>> sorted(spelling_variants("north west"))
    ['northwest']
    >>> sorted(spelling_variants("al hasakah"))
    ['hasakah']
    """
    found = set()
    joined = _COMPASS.sub(r"\1\2", key)
    if joined != key:
        found.add(joined)
    first, _, rest = key.partition(" ")
    if first in _ARABIC_ARTICLES and len(rest) >= 4:
        found.add(rest)
    return found


def region_aliases(core: str) -> set[str]:
    """Keys a news report may use for a first-level unit with core key `core`.

    >>> sorted(region_aliases("donetsk"))[:2]
    ['donetsk governorate', 'donetsk oblast']
    """
    return {f"{core} {suffix}" for suffix in REGION_SUFFIXES}


def is_region_phrase(key: str) -> bool:
    """True when the key ends with a word for a first-level unit ("donetsk region")."""
    parts = key.split()
    return len(parts) > 1 and any(" ".join(parts[-len(w.split()) :]) == w for w in REGION_WORDS)


# Russian and Ukrainian decline place names ("в Донецке", "у Харкові", "Донецької
# області"). Reports in those languages would otherwise lose most of their toponyms, so a
# Cyrillic word is also tried in its likely dictionary forms. Endings are folded the way
# `fold` folds words (й becomes и, ї becomes і).
_NOUN_ENDINGS = tuple(
    sorted({fold(e) for e in "ом ем ём ою ею ой ей ах ях ам ям і у ю е а я и ові еві".split()}, key=len, reverse=True)
)
_ADJECTIVE_ENDINGS = tuple(
    sorted({fold(e) for e in "ой ей ую юю ій ої ою ому ім ого ая ая ої ій ую ою".split()}, key=len, reverse=True)
)
# Neuter names end in -о or -е ("Дніпро", "Иваново": "по Дніпру", "из Иванова").
_NOUN_NOMINATIVES = ("", "а", "я", "ь", "о", "е")
_ADJECTIVE_NOMINATIVES = tuple(fold(e) for e in ("ая", "а", "ий", "ій", "ка"))
_OBLAST = fold("область")


def _is_cyrillic(word: str) -> bool:
    return any("CYRILLIC" in unicodedata.name(c, "") for c in word[:2])


def inflection_variants(word: str) -> list[str]:
    """Likely dictionary forms of a folded Cyrillic word: ``"донецке"`` gives ``"донецк"``
    among others; ``"харкові"`` gives ``"харків"``. Empty for other scripts."""
    if len(word) < 4 or not _is_cyrillic(word):
        return []
    out: list[str] = []
    for ending in _NOUN_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[: -len(ending)]
            out.extend(stem + n for n in _NOUN_NOMINATIVES)
            # Ukrainian closes a final о/е to і in the nominative: Харкова -> Харків.
            if len(stem) >= 3 and stem[-2] in "оеє":
                out.append(stem[:-2] + "і" + stem[-1])
    return [v for v in dict.fromkeys(out) if v != word]


def region_phrase_variants(first: str, second: str) -> list[str]:
    """Dictionary forms of a declined "<adjective> область" pair ("донецкои области")."""
    if not (_is_cyrillic(first) and second.startswith(_OBLAST[:5])):
        return []
    out = []
    for ending in _ADJECTIVE_ENDINGS:
        if first.endswith(ending) and len(first) - len(ending) >= 3:
            stem = first[: -len(ending)]
            out.extend(f"{stem}{n} {_OBLAST}" for n in _ADJECTIVE_NOMINATIVES)
    return list(dict.fromkeys(out))
