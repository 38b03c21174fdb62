"""The language of an article that does not say what it is written in.

py3langid ships its model inside the wheel, so detection works offline. It is loaded
once per process, on first use. Without py3langid installed, languages stay unknown
(None) rather than failing the whole ingest.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

# langid reads character n-grams; a thousand characters decide as well as the whole text,
# and its time grows with the length read.
SAMPLE_CHARS = 1000
# Under this many letters ("OK", "12:30", a URL) any guess is noise.
MIN_LETTERS = 20
# langid spreads probability over close languages (Russian, Ukrainian, Bulgarian...):
# a clear Russian sentence can score 0.45, while a guess on noise scores under 0.1.
MIN_PROBABILITY = 0.3


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the text's language, or None when it cannot tell.

    >>> detect_language("A missile struck a fuel depot outside the town early on Friday.")
    'en'
    """
    sample = text[:SAMPLE_CHARS]
    if not _has_letters(sample, MIN_LETTERS):
        return None
    identifier = _identifier()
    if identifier is None:
        return None
    language, probability = identifier.classify(sample)
    # "zxx" is langid's label for "no linguistic content".
    if language == "zxx" or probability < MIN_PROBABILITY:
        return None
    return str(language)


def _has_letters(text: str, wanted: int) -> bool:
    # Stops at the wanted count: most texts reach it in their first few words.
    for ch in text:
        if ch.isalpha():
            wanted -= 1
            if wanted == 0:
                return True
    return False


@lru_cache(maxsize=1)
def _identifier() -> Any:
    try:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier
    except ImportError:
        return None
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
