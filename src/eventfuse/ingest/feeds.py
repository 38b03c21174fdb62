"""RSS and Atom feeds (.xml, .rss, .atom): one article per entry.

The entry's content (or, without content, its summary) is the text, with its HTML
turned into plain lines; link → url, published (or updated) → published in UTC, the
feed's title → outlet, the feed's language → language. Entries get content-hash ids:
feed GUIDs are only unique within their feed.

A malformed feed (feedparser's "bozo" flag) is reported, and the entries parsed
despite it are kept. An .xml file that is no feed at all is a Problem, not an error.
"""

from __future__ import annotations

import calendar
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import feedparser
import lxml.etree
import lxml.html

from eventfuse.ingest.articles import new_article
from eventfuse.ingest.batches import Batch
from eventfuse.ingest.documents import MARKUP_ALLOWANCE
from eventfuse.ingest.limits import text_too_large, too_large

# Elements after which a line ends when HTML is turned into text.
BLOCK_TAGS = (
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "pre", "tr", "table", "section", "article", "figure", "figcaption", "hr",
)


def read_feed(path: Path, max_text_bytes: int) -> Batch:
    """Read an RSS or Atom feed: one Article per entry that has text."""
    batch = Batch(path)
    if message := too_large(path.stat().st_size, max_text_bytes * MARKUP_ALLOWANCE, "feed"):
        batch.problem(message)
        return batch
    # Given bytes, feedparser parses them; given a str it may take it for a URL and fetch it.
    feed = feedparser.parse(path.read_bytes())
    if not feed.get("version") and not feed.entries:
        batch.problem(
            "not an RSS or Atom feed (expected an <rss>, <feed> or <rdf:RDF> root element); "
            "file skipped - give web pages an .html extension"
        )
        return batch
    if feed.get("bozo"):
        reason = _reason(feed.get("bozo_exception"))
        batch.problem(
            f"malformed feed ({reason}); kept the {len(feed.entries)} entries that could be read - "
            "fix the feed's XML to be sure none is missing"
        )
    outlet = _plain(feed.feed.get("title_detail")) or None
    language = feed.feed.get("language") or None
    for number, entry in enumerate(feed.entries, start=1):
        _read_entry(batch, entry, number, outlet, language, max_text_bytes)
    return batch


def _read_entry(
    batch: Batch, entry: Any, number: int, outlet: str | None, language: str | None, max_text_bytes: int
) -> None:
    title = _plain(entry.get("title_detail")) or None
    named = f"entry {number}" + (f" ({title!r})" if title else "")
    text = _entry_text(entry)
    if not text:
        batch.problem(f"{named} has no content or summary; entry skipped")
        return
    if message := text_too_large(text, max_text_bytes):
        batch.problem(f"{named}: {message}")
        return
    batch.articles.append(
        new_article(
            text,
            source=f"{batch.path.name}#{number}",
            title=title,
            outlet=outlet,
            url=entry.get("link"),
            published=_when(entry),
            language=language,
        )
    )


def _entry_text(entry: Any) -> str:
    # Feeds often carry both: the content is the full text, the summary a teaser.
    details = list(entry.get("content") or [])
    texts = [_plain(detail) for detail in details]
    best = max(texts, key=len, default="")
    return best or _plain(entry.get("summary_detail"))


def _plain(detail: Any) -> str:
    """The text of a feedparser text construct, with any HTML in it turned into lines."""
    if not detail:
        return ""
    value = detail.get("value") or ""
    if "html" in (detail.get("type") or ""):
        return html_to_text(value)
    return value.strip()


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment: one line per block element, spaces collapsed.

    >>> html_to_text("<p>Four <b>killed</b>.</p><p>Eleven hurt.</p>")
    'Four killed.\\nEleven hurt.'
    """
    if not fragment.strip():
        return ""
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return fragment.strip()
    for element in root.iter(*BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def _when(entry: Any) -> datetime | None:
    # feedparser gives struct_time already converted to UTC.
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    return datetime.fromtimestamp(calendar.timegm(parsed), tz=timezone.utc)


def _reason(error: object) -> str:
    if error is None:
        return "unknown error"
    getter = getattr(error, "getMessage", None)
    text = getter() if callable(getter) else str(error)
    return text.strip() or type(error).__name__
