"""Single documents: plain text (.txt) and web pages (.html, .htm), one article a file.

Plain text is decoded as UTF-8 when it is UTF-8, else in the encoding charset-normalizer
finds (Windows-1251, KOI8-R, UTF-16, Latin-1 ... are all common in news archives).

Title rule for plain text: the first line is the title when it is short (at most
MAX_TITLE_CHARS characters), is followed by a blank line, and text follows it. The
article text is then what comes after the blank line. Otherwise the file has no title
and all of it is the text.

Web pages go through trafilatura, which keeps the main text without menus, footers
and comments, and reads the title, date (day only: `published` is midnight of that day,
without a time zone), site name (the outlet) and canonical URL from the page's metadata;
the language is the page's `<html lang>` when it has one.

Both give the article a content-hash id: the file name is no id, since the same report
saved twice under two names is one report.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from pathlib import Path

import charset_normalizer

from eventfuse.ingest.articles import new_article
from eventfuse.ingest.batches import Batch
from eventfuse.ingest.limits import text_too_large, too_large

MAX_TITLE_CHARS = 200
# A page carries markup, scripts and styles around its text: allow the file this many
# times the text limit before refusing to parse it.
MARKUP_ALLOWANCE = 4
# Share of control characters above which a decoded file is taken for binary, not text.
MAX_CONTROL_SHARE = 0.01
BINARY_SAMPLE_CHARS = 64 * 1024

_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_TRAILING_SPACE = re.compile(r"[ \t]+\n")


def read_text(path: Path, max_text_bytes: int) -> Batch:
    """Read a plain-text file as one Article (see the module docstring for the title rule)."""
    batch = Batch(path)
    if message := too_large(path.stat().st_size, max_text_bytes, "file"):
        batch.problem(message)
        return batch
    data = path.read_bytes()
    text = decode(data)
    if text is None:
        batch.problem(
            "does not look like text in any encoding (binary data?); file skipped - "
            "save it as UTF-8 text or give it its proper extension"
        )
        return batch
    text = _TRAILING_SPACE.sub("\n", text.replace("\r\n", "\n").replace("\r", "\n")).strip()
    if not text:
        batch.problem("file is empty; nothing to read")
        return batch
    title, text = split_title(text)
    batch.articles.append(new_article(text, source=path.name, title=title))
    return batch


def read_html(path: Path, max_text_bytes: int) -> Batch:
    """Read a web page as one Article: its main text and metadata, without boilerplate."""
    # Imported here: trafilatura takes a second to import and is only needed for pages.
    import trafilatura

    batch = Batch(path)
    if message := too_large(path.stat().st_size, max_text_bytes * MARKUP_ALLOWANCE, "page"):
        batch.problem(message)
        return batch
    # trafilatura decodes the bytes itself, honouring the page's declared charset.
    tree = trafilatura.load_html(path.read_bytes())
    page = None
    declared_language = None
    if tree is not None:
        # Read before extraction, which prunes the tree; trafilatura's metadata skips <html lang>.
        declared_language = (tree.get("lang") or "").strip() or None
        page = trafilatura.bare_extraction(
            tree, with_metadata=True, include_comments=False, include_images=False
        )
    text = (page.text or "").strip() if page is not None else ""
    if page is None or not text:
        batch.problem(
            "no main text found in the page (an index, a login wall or a page built by "
            "JavaScript?); file skipped - save the article's own page, or its text as .txt"
        )
        return batch
    title = (page.title or "").strip() or None
    text = _without_heading(text, title)
    if message := text_too_large(text, max_text_bytes):
        batch.problem(message)
        return batch
    batch.articles.append(
        new_article(
            text,
            source=path.name,
            title=title,
            outlet=page.sitename,
            url=page.url,
            published=_day(page.date),
            language=page.language or declared_language,
        )
    )
    return batch


def decode(data: bytes) -> str | None:
    """The bytes as text: UTF-8 if they are, else the encoding detected; None when not text."""
    encoding = "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"
    try:
        text: str | None = data.decode(encoding)
    except UnicodeDecodeError:
        text = None
    # UTF-16 without a byte-order mark is valid UTF-8 full of NULs: let detection decide.
    if text is not None and "\x00" not in text:
        return None if _looks_binary(text) else text
    match = charset_normalizer.from_bytes(data).best()
    if match is None:
        return None
    text = str(match)
    return None if _looks_binary(text) else text


def split_title(text: str) -> tuple[str | None, str]:
    """(title, body) by the plain-text title rule; (None, text) when the rule does not apply.

    >>> split_title("Strike on depot\\n\\nA missile hit a depot on Friday.")
    ('Strike on depot', 'A missile hit a depot on Friday.')
    """
    parts = _BLANK_LINE.split(text, maxsplit=1)
    if len(parts) < 2:
        return None, text
    first, rest = parts[0].strip(), parts[1].strip()
    if "\n" in first or len(first) > MAX_TITLE_CHARS or not rest:
        return None, text
    return first, rest


def _without_heading(text: str, title: str | None) -> str:
    """The page text without its first line when that line repeats the title.

    Pages print the headline above the article; it belongs in `title`, not in the text,
    so that a copy under a new headline reads the same as its original.
    """
    if not title:
        return text
    first, _, rest = text.partition("\n")
    if first.strip().casefold() == title.casefold() and rest.strip():
        return rest.strip()
    return text


def _day(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _looks_binary(text: str) -> bool:
    sample = text[:BINARY_SAMPLE_CHARS]
    if not sample:
        return False
    control = sum(
        1 for ch in sample if unicodedata.category(ch) in ("Cc", "Cs", "Co") and ch not in "\n\r\t\f"
    )
    return control / len(sample) > MAX_CONTROL_SHARE
