"""Making an `Article` the same way whatever file it came from."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime

from eventfuse.ingest.languages import detect_language
from eventfuse.ingest.urls import normalise_url
from eventfuse.model import Article

_SPACE = re.compile(r"\s+")


def normalise_text(text: str) -> str:
    """The text as compared for exact copies: Unicode NFC, runs of white space as one space.

    Line breaks, non-breaking spaces and composed or decomposed accents vary between
    copies of one report without changing a word of it.
    """
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def content_id(text: str) -> str:
    """A stable id for an article that has none: "a-" and 16 hex digits of the text's SHA-1.

    The same text, however it is spaced, always gets the same id, so re-reading an
    input gives the same articles.

    >>> content_id("Four  killed.") == content_id("Four killed.\\n")
    True
    """
    digest = hashlib.sha1(normalise_text(text).encode("utf-8", "surrogatepass")).hexdigest()
    return f"a-{digest[:16]}"


def new_article(
    text: str,
    *,
    source: str,
    id: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    published: datetime | None = None,
    language: str | None = None,
    title: str | None = None,
) -> Article:
    """An `Article` with the ingest rules applied.

    A missing id becomes the content hash, the URL is normalised, and a missing
    language is detected from the text.
    """
    return Article(
        id=id or content_id(text),
        text=text,
        outlet=outlet or None,
        url=normalise_url(url),
        published=published,
        language=language or detect_language(text),
        title=title or None,
        source=source,
    )
