"""Exact and near-duplicate copies: syndicated wire stories, re-posts, light edits.

Two reports are copies when one is the other's words, give or take a headline, a
trimmed sentence, a few edited words or a credit line ("Source: ..."). Two outlets
telling the same event in their own words are NOT copies: they are two reports, and
later stages count them as such. Copies matter because reconcile must count one wire
story run by twenty sites as one origin, not twenty.

How:
1. Each text becomes the set of its word 3-grams (lower-cased words, punctuation
   dropped), summarised by a 128-value MinHash: the `fingerprint`, 513 bytes, which the
   store keeps so that later runs can match against articles read long ago.
2. MinHash LSH proposes candidates whose 3-gram Jaccard similarity is likely over
   CANDIDATE_JACCARD, without comparing against every stored article.
3. A candidate must have an estimated Jaccard of at least MIN_JACCARD, and, when both
   texts are at hand, rapidfuzz confirms it: the longest common word sequence must
   cover MIN_CONTAINMENT of the shorter text.

Thresholds, from the example reports in tests/ingest/example_reports.py (3-gram Jaccard /
word coverage): a wire story and its copy with a new headline, a sentence cut, two
small edits and a "Source:" line: 0.83 / 0.97; a 50-word brief and its lightly edited
copy: 0.72 / 0.90. The same event in another outlet's words: at most 0.04 / 0.50; another
strike written from the same agency template: 0.19 / 0.70. Jaccard 0.5 and coverage
0.8 sit in the gaps with room on both sides. Excerpts shorter than about half of
the original fall under the Jaccard threshold and are not caught.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections.abc import Iterable, Mapping
from dataclasses import replace
from functools import lru_cache

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH
from rapidfuzz.distance import LCSseq

from eventfuse.model import Article

NUM_PERM = 128
SEED = 1
# datasketch >= 2 hashes with 32-bit affine permutations; named so a future default can't change stored fingerprints.
SCHEME = "affine32"
SHINGLE_WORDS = 3
FORMAT = 1  # first byte of every fingerprint; bump when any setting above changes
FINGERPRINT_BYTES = 1 + 4 * NUM_PERM

CANDIDATE_JACCARD = 0.5
MIN_JACCARD = 0.5
MIN_CONTAINMENT = 0.8

_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    """The text's words as compared for copies: NFC, case-folded, without punctuation."""
    return _WORD.findall(unicodedata.normalize("NFC", text).casefold())


def fingerprint(text: str) -> bytes:
    """A small (513-byte) MinHash signature of the text's word 3-grams, for the store to keep.

    Equal texts, up to spacing, case and punctuation, have equal fingerprints.

    >>> len(fingerprint("Four workers were killed in the strike."))
    513
    """
    tokens = words(text)
    if len(tokens) >= SHINGLE_WORDS:
        shingles = [" ".join(tokens[i : i + SHINGLE_WORDS]) for i in range(len(tokens) - SHINGLE_WORDS + 1)]
    else:
        # Too short for 3-grams (or no words at all): the whole of it is the one shingle.
        shingles = [" ".join(tokens) or text.strip()]
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, permutations=_permutations(), scheme=SCHEME)
    minhash.update_batch([shingle.encode("utf-8", "surrogatepass") for shingle in shingles])
    return bytes([FORMAT]) + minhash.hashvalues.astype("<u4").tobytes()


class DuplicateIndex:
    """The fingerprints of articles seen so far, in memory, to find copies among them.

        index = DuplicateIndex.from_fingerprints(store_rows)   # (article id, fingerprint) pairs
        index.find(fingerprint(text))                          # id of the earliest copy, or None

    Articles count as earlier in the order they were added.
    """

    def __init__(self) -> None:
        self._lsh = MinHashLSH(threshold=CANDIDATE_JACCARD, num_perm=NUM_PERM)
        # Every id added, in the order added; only originals get a signature and LSH entry.
        self._order: dict[str, int] = {}
        self._signatures: dict[str, np.ndarray] = {}
        # Word hashes of the texts added with one, for rapidfuzz to verify candidates.
        self._words: dict[str, array] = {}

    @classmethod
    def from_fingerprints(cls, pairs: Iterable[tuple[str, bytes]]) -> DuplicateIndex:
        """An index of stored articles, from (article id, fingerprint) pairs, earliest first.

        Articles that are copies (copy_of set) may be left out: their originals match in
        their place, and lookups stay fast.
        """
        index = cls()
        for article_id, fp in pairs:
            index.add(article_id, fp)
        return index

    def __len__(self) -> int:
        return len(self._order)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._order

    def add(self, article_id: str, fp: bytes, text: str | None = None, copy_of: str | None = None) -> None:
        """Remember an article's fingerprint (and text, to verify matches); an id seen before is kept as it was.

        A copy (`copy_of` set) is remembered but not offered as a candidate: its original
        matches whatever it would, and a story syndicated a thousand times would otherwise
        make every later lookup sift through a thousand candidates.
        """
        if article_id in self._order:
            return
        signature = _signature(fp, article_id)  # checked even for copies: a bad fingerprint is a bug upstream
        self._order[article_id] = len(self._order)
        if copy_of is not None:
            return
        self._signatures[article_id] = signature
        self._lsh.insert(article_id, _lean(signature), check_duplication=False)
        if text is not None:
            self._words[article_id] = _word_hashes(text)

    def find(self, fp: bytes, text: str | None = None) -> str | None:
        """The id of the earliest article the fingerprinted text is a copy of, or None.

        Give `text` too when you have it: candidates whose text the index holds are then
        verified word by word, which rules out look-alike reports the fingerprint alone
        would let through.
        """
        signature = _signature(fp, "the article looked up")
        candidates = sorted(self._lsh.query(_lean(signature)), key=self._order.__getitem__)
        mine: array | None = None
        for candidate in candidates:
            if float(np.mean(self._signatures[candidate] == signature)) < MIN_JACCARD:
                continue
            theirs = self._words.get(candidate)
            if text is not None and theirs is not None:
                mine = _word_hashes(text) if mine is None else mine
                if containment(mine, theirs) < MIN_CONTAINMENT:
                    continue
            return candidate
        return None


def mark_copies(
    articles: list[Article], index: DuplicateIndex, fingerprints: Mapping[str, bytes] | None = None
) -> list[Article]:
    """The articles, with `copy_of` set on each that copies an earlier one; all are added to the index.

    Earlier means already in the index, or before it in `articles`. An article that is
    itself the earliest match is an original, so re-reading an input gives the same marks
    as the first time.
    """
    marked = []
    for article in articles:
        # Callers that also store the fingerprints pass them in, so each text is hashed once.
        fp = fingerprints[article.id] if fingerprints and article.id in fingerprints else fingerprint(article.text)
        original = index.find(fp, article.text)
        if original is not None and original != article.id and article.copy_of is None:
            article = replace(article, copy_of=original)
        index.add(article.id, fp, article.text, copy_of=article.copy_of)
        marked.append(article)
    return marked


def containment(a: array | list, b: array | list) -> float:
    """Share of the shorter word sequence found, in order, in the longer one (0 to 1)."""
    shorter = min(len(a), len(b))
    if shorter == 0:
        return 1.0 if len(a) == len(b) else 0.0
    return LCSseq.similarity(list(a), list(b)) / shorter


def _word_hashes(text: str) -> array:
    # Hashes take an eighth of the memory of the words and compare the same within a process.
    return array("q", map(hash, words(text)))


def _signature(fp: bytes, article_id: str) -> np.ndarray:
    if len(fp) != FINGERPRINT_BYTES or fp[0] != FORMAT:
        raise ValueError(
            f"fingerprint of {article_id} is not a format-{FORMAT} fingerprint of {FINGERPRINT_BYTES} bytes "
            f"(got {len(fp)} bytes, format {fp[0] if fp else None}); it was made by another version of "
            "eventfuse - recompute it with eventfuse.ingest.fingerprint(article.text)"
        )
    return np.frombuffer(fp, dtype="<u4", offset=1)


def _lean(signature: np.ndarray) -> LeanMinHash:
    return LeanMinHash(seed=SEED, hashvalues=signature, scheme=SCHEME)


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    # Drawing the permutations is the slow part of making a MinHash; they depend only on the seed.
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations
