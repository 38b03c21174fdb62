"""Rewrite one marked section of a document, leaving the rest as it is.

Each evaluation script owns the part of docs/EVALUATION.md between its own start and end
markers, so the scripts can run in any order without touching each other's figures.
"""

from __future__ import annotations

from pathlib import Path


def write_section(doc: Path, start: str, end: str, lines: list[str]) -> None:
    """Replace what lies between `start` and `end` in `doc` with `lines`."""
    text = doc.read_text(encoding="utf-8")
    if start not in text or end not in text:
        raise SystemExit(f"{doc}: the markers {start} and {end} are missing; add them where the section belongs.")
    head, rest = text.split(start, 1)
    _, tail = rest.split(end, 1)
    body = "\n".join(lines).rstrip() + "\n"
    doc.write_text(f"{head}{start}\n{body}{end}{tail}", encoding="utf-8")
