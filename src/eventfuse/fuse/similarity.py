"""Text similarity of reports: do two reports use the same distinctive words?

A report is a bag of content words: the first LEAD_WORDS (60) words of its title and text, case-folded,
without the stop words of its language; numbers stay (a toll, a year, a house number). The lead states
the event; the rest of a long article adds background that reports of other events share. Each word is weighted
by how rare it is among the reports at hand (inverse document frequency over the pool that fusion
compares: the candidate events' reports and the new ones), so that "killed" or "police", which a
week of conflict news all uses, weigh little while "Sukanya" or "Energodar" weigh much. Term
frequency is dampened (1 + log tf) so that one long report does not drown a short one. The lead's names
and numbers (words written with a capital, other than the first, and figures) count again in a block of
their own, at NAME_WEIGHT of the words' weight: two reports of one kind of event share their common words
("gunman", "shooting", "school") and are told apart by who and where.

A report's similarity to an event is its mean cosine to the event's reports: the cosine to the
mean of their unit vectors, which is what average-linkage clustering compares. The pool is local
(the reports that one call of fusion sees), so nothing here needs the whole corpus or any state.

    pool = TextPool({"a": "Missile hits Odesa port", "b": "Odesa port hit by a missile", "c": "Riot in Lyon"})
    pool.similarity("a", ["b"]) > pool.similarity("a", ["c"])   # True
"""

from __future__ import annotations

import importlib
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import lru_cache

_WORD = re.compile(r"\w+")


@lru_cache(maxsize=None)
def stop_words(language: str | None) -> frozenset[str]:
    """spaCy's stop-word list for a language (English when it has none), plus English's:
    translated reports keep English names and words."""
    words: set[str] = set()
    for code in {language or "en", "en"}:
        try:
            words |= set(importlib.import_module(f"spacy.lang.{code}.stop_words").STOP_WORDS)
        except (ImportError, AttributeError):
            continue
    return frozenset(w.casefold() for w in words)


# A report is weighed by the content words of its lead: its title and first sentences state the event, while
# the rest adds background (earlier events, reactions) that other events' reports share. Set on the development
# split (ECB+'s non-violence topics: average linkage of all reports at its best cut 0.846 over whole reports,
# 0.874 over their first 60 content words; 45 and 80 did 0.865 and 0.864).
LEAD_WORDS = 60
# Set on the same split, in fusion: 0.5, 0.7 and 1.0 were tried, 0.7 did best (B³ F1 0.831, 0.856, 0.838).
NAME_WEIGHT = 0.7
_NAME = "\x00"


def content_words(text: str, language: str | None = None) -> list[str]:
    """The content words of a text in order: case-folded, stop words of its language left out, numbers kept."""
    return [word for word, _ in _content(text, language)]


def _content(text: str, language: str | None) -> list[tuple[str, bool]]:
    """Content words in order, each with whether it names something: written with a capital (not as the
    text's first word) or a number."""
    stop = stop_words(language)
    found = []
    for n, word in enumerate(_WORD.findall(unicodedata.normalize("NFC", text))):
        folded = word.casefold()
        if folded in stop or folded == "_" or (len(folded) < 2 and not folded.isdigit()):
            continue
        found.append((folded, folded.isdigit() or (n > 0 and len(word) > 1 and word[0].isupper())))
    return found


def terms(text: str, language: str | None = None) -> Counter[str]:
    """Content words of a text with their counts.

    >>> sorted(terms("The missile hit the port of Odesa, killing 3."))
    ['3', 'hit', 'killing', 'missile', 'odesa', 'port']
    """
    return Counter(content_words(text, language))


class TextPool:
    """The reports one call of fusion compares, keyed by any id, with their word weights."""

    def __init__(self, texts: Mapping[str, str], languages: Mapping[str, str | None] | None = None):
        languages = languages or {}
        self._terms: dict[str, Counter[str]] = {}
        self._words: dict[str, int] = {}
        for key, text in texts.items():
            found = _content(text, languages.get(key))
            self._words[key] = len({word for word, _ in found})
            lead = found[:LEAD_WORDS]
            counted = Counter(word for word, _ in lead)
            # Names and numbers again, in a block of their own (weighed by NAME_WEIGHT in `unit`).
            counted.update(_NAME + word for word, named in lead if named)
            self._terms[key] = counted
        df: Counter[str] = Counter()
        for counted in self._terms.values():
            df.update(counted.keys())
        n = len(self._terms)
        # scikit-learn's smoothed idf: a word in every report still weighs 1, never 0.
        self._idf = {term: math.log((1 + n) / (1 + count)) + 1.0 for term, count in df.items()}
        self._units: dict[str, dict[str, float]] = {}

    def __contains__(self, key: object) -> bool:
        return key in self._terms

    def words(self, key: str) -> int:
        """How many different content words the whole report has (its length, lead or not)."""
        return self._words.get(key, 0)

    def unit(self, key: str) -> dict[str, float]:
        """The report's weighted word vector, of length 1 (empty for a report with no content words)."""
        found = self._units.get(key)
        if found is None:
            found = {}
            blocks = ({}, {})  # words, names
            for t, c in self._terms.get(key, {}).items():
                blocks[t.startswith(_NAME)][t] = (1.0 + math.log(c)) * self._idf[t]
            for block, weight in zip(blocks, (1.0, NAME_WEIGHT)):
                norm = math.sqrt(sum(w * w for w in block.values()))
                if norm and weight:
                    found.update({t: weight * w / norm for t, w in block.items()})
            norm = math.sqrt(sum(w * w for w in found.values()))
            found = {t: w / norm for t, w in found.items()} if norm else {}
            self._units[key] = found
        return found

    def centroid(self, keys: Iterable[str]) -> dict[str, float]:
        """The mean of the unit vectors of `keys` (the reports of one event)."""
        total: dict[str, float] = {}
        n = 0
        for key in keys:
            n += 1
            for t, w in self.unit(key).items():
                total[t] = total.get(t, 0.0) + w
        return {t: w / n for t, w in total.items()} if n else {}

    def similarity(self, key: str, others: Iterable[str]) -> float:
        """Mean cosine of one report to others (0 when either side has no content words)."""
        return dot(self.unit(key), self.centroid(others))


def dot(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """The dot product of two sparse vectors, over the words they share (fsum: the same whatever their order, so
    the shorter vector's words are looked up in the longer's)."""
    if len(a) > len(b):
        a, b = b, a
    return math.fsum([w * b[t] for t, w in a.items() if t in b])

