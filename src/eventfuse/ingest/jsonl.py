"""JSON Lines input: one article a line, the format of DESIGN.md.

    {"id": "r-1", "outlet": "Daily Planet", "url": "https://...", "published": "2024-10-03T09:00:00+02:00",
     "language": "en", "title": "...", "text": "..."}

Only `text` is required. The file is streamed line by line, so its size does not matter;
only one line is held in memory at a time. A bad line costs that line alone: it becomes a
Problem naming the line and the other lines are read as usual.

A `published` that is not ISO 8601 keeps the article, without a date, and is reported:
the text is what the later stages need, and they find dates in the text as well.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from eventfuse.ingest.articles import new_article
from eventfuse.ingest.batches import Batch
from eventfuse.ingest.limits import ENV_MAX_TEXT_BYTES, text_too_large

# A JSON line carries the text escaped: a non-ASCII character written as \uXXXX takes up to
# 6 bytes (12 outside the BMP) for 2 to 4 in UTF-8. Lines longer than this cannot hold a
# text under the limit, so they are skipped without being read into memory whole.
ESCAPE_ALLOWANCE = 4
LINE_SLACK = 64 * 1024
CHUNK = 1024 * 1024

OPTIONAL_FIELDS = ("outlet", "url", "language", "title")


def read_jsonl(path: Path, max_text_bytes: int) -> Batch:
    """Read a .jsonl / .ndjson file: one Article per good line, one Problem per bad one."""
    batch = Batch(path)
    max_line = max_text_bytes * ESCAPE_ALLOWANCE + LINE_SLACK
    number = 0
    with path.open("rb") as stream:
        try:
            while True:
                raw = stream.readline(max_line)
                if not raw:
                    break
                number += 1
                if len(raw) == max_line and not raw.endswith(b"\n"):
                    size = len(raw) + _skip_rest_of_line(stream)
                    batch.problem(
                        f"line is {size:,} bytes, too long to hold a text under the {max_text_bytes:,}-byte "
                        f"limit; skipped (raise {ENV_MAX_TEXT_BYTES} to read it)",
                        number,
                    )
                    continue
                if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                    raw = raw[3:]  # a byte-order mark, as some Windows editors write
                if not raw.strip():
                    continue
                _read_line(batch, raw, number, max_text_bytes)
        except OSError as error:
            # A disk or network share failing half-way: the lines read before it are kept.
            batch.problem(
                f"reading stopped here ({error.strerror or error}); this line and the ones after it were not read",
                number + 1,
            )
    return batch


def _skip_rest_of_line(stream: IO[bytes]) -> int:
    """Read past the end of an over-long line in bounded chunks; return how many bytes it had."""
    skipped = 0
    while True:
        chunk = stream.readline(CHUNK)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return skipped


def _read_line(batch: Batch, raw: bytes, number: int, max_text_bytes: int) -> None:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        bad = raw[error.start : error.start + 1].hex().upper()
        batch.problem(
            f"not UTF-8 (byte 0x{bad} at byte {error.start + 1} of the line); "
            "line skipped - save the file as UTF-8",
            number,
        )
        return
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        batch.problem(f"invalid JSON ({error.msg} at column {error.colno}); line skipped", number)
        return
    if not isinstance(record, dict):
        batch.problem(
            f'expected a JSON object like {{"text": "..."}}, got {_json_type(record)}; line skipped',
            number,
        )
        return

    text = record.get("text")
    if text is None:
        batch.problem('no "text" field; every article needs its text; line skipped', number)
        return
    if not isinstance(text, str):
        batch.problem(f'"text" should be a string, got {_json_type(text)}; line skipped', number)
        return
    if not text.strip():
        batch.problem('"text" is empty; line skipped', number)
        return
    if _has_lone_surrogate(text):
        batch.problem(
            '"text" holds a \\uD800-\\uDFFF escape that is half of a character pair; '
            "line skipped - fix the program that wrote the file",
            number,
        )
        return
    if message := text_too_large(text, max_text_bytes):
        batch.problem(message.replace("text is", '"text" is', 1), number)
        return

    fields = {name: _string(batch, record, name, number) for name in OPTIONAL_FIELDS}
    batch.articles.append(
        new_article(
            text,
            source=f"{batch.path.name}:{number}",
            id=_id(batch, record, number),
            published=_published(batch, record, number),
            **fields,
        )
    )


def _id(batch: Batch, record: dict[str, Any], number: int) -> str | None:
    value = record.get("id")
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    batch.problem(f'"id" should be a string, got {_json_type(value)}; used a content hash instead', number)
    return None


def _string(batch: Batch, record: dict[str, Any], name: str, number: int) -> str | None:
    value = record.get(name)
    if value is None or isinstance(value, str):
        return value.strip() if value else None
    batch.problem(f'"{name}" should be a string, got {_json_type(value)}; field ignored', number)
    return None


def _published(batch: Batch, record: dict[str, Any], number: int) -> datetime | None:
    value = record.get("published")
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            # Offsets ("+02:00", "Z") give an aware datetime; without one it stays naive.
            return datetime.fromisoformat(value.strip())
        except ValueError:
            pass
    shown = json.dumps(value, ensure_ascii=False)
    if len(shown) > 60:
        shown = shown[:57] + "..."
    batch.problem(
        f'"published" is not an ISO 8601 date ({shown}); article kept without a date - '
        'write it like "2024-10-03" or "2024-10-03T09:00:00+02:00"',
        number,
    )
    return None


def _has_lone_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    return "an object"
