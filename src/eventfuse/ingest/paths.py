"""From paths on the command line to batches of articles: walking folders, picking readers."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from eventfuse.ingest.batches import Batch
from eventfuse.ingest.documents import read_html, read_text
from eventfuse.ingest.feeds import read_feed
from eventfuse.ingest.jsonl import read_jsonl
from eventfuse.ingest.limits import max_text_bytes as text_limit

Reader = Callable[[Path, int], Batch]

READERS: dict[str, Reader] = {
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".txt": read_text,
    ".html": read_html,
    ".htm": read_html,
    ".xml": read_feed,
    ".rss": read_feed,
    ".atom": read_feed,
}
KNOWN = ", ".join(READERS)


def read_paths(paths: Iterable[str | Path], *, max_text_bytes: int | None = None) -> Iterator[Batch]:
    """Read files and folders, yielding one Batch per file.

    Folders are walked recursively in sorted order, taking files with a known extension
    (.jsonl .ndjson .txt .html .htm .xml .rss .atom) and skipping hidden files and folders.
    Nothing raises for a bad file: it comes back as a Batch with a Problem.

        for batch in read_paths(["reports.jsonl", "pages/"]):
            for problem in batch.problems:
                print(problem)
            store(batch.articles)

    `max_text_bytes` overrides $EVENTFUSE_MAX_TEXT_BYTES (default 5 MiB).
    """
    limit = text_limit(max_text_bytes)
    if isinstance(paths, (str, Path)):
        paths = [paths]  # one path, not an iterable of its characters
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from _read_folder(path, limit)
        else:
            yield read_file(path, max_text_bytes=limit)


def read_file(path: str | Path, *, max_text_bytes: int | None = None) -> Batch:
    """Read one file with the reader for its extension; never raises for a bad file."""
    path = Path(path)
    limit = text_limit(max_text_bytes)
    reader = READERS.get(path.suffix.lower())
    batch = Batch(path)
    if not path.exists():
        batch.problem("no such file; check the path")
    elif path.is_dir():
        batch.problem("is a folder, not a file; give it to read_paths to read the files inside")
    elif reader is None:
        kind = f"'{path.suffix}'" if path.suffix else "with no extension"
        batch.problem(f"unknown file type {kind}; eventfuse reads {KNOWN} - rename the file or convert it")
    else:
        try:
            return reader(path, limit)
        except PermissionError:
            batch.problem("permission denied; make the file readable by this user")
        except OSError as error:
            batch.problem(f"could not be read ({error.strerror or error}); file skipped")
        except Exception as error:  # noqa: BLE001 - one odd file must not stop a run over thousands
            batch.problem(
                f"could not be read ({type(error).__name__}: {error}); file skipped - "
                "this is a bug in eventfuse, please report it with the file"
            )
    return batch


def _read_folder(folder: Path, limit: int) -> Iterator[Batch]:
    found = False
    unreadable: list[OSError] = []
    for path in _files(folder, unreadable):
        found = True
        yield read_file(path, max_text_bytes=limit)
    for error in unreadable:
        batch = Batch(Path(error.filename or folder))
        batch.problem(f"folder could not be read ({error.strerror or error}); its files were skipped")
        yield batch
    if not found and not unreadable:
        batch = Batch(folder)
        batch.problem(f"no files to read in this folder (looked for {KNOWN}; hidden files are skipped)")
        yield batch


def _files(folder: Path, unreadable: list[OSError]) -> Iterator[Path]:
    """Files with a known extension under `folder`, in sorted path order, hidden ones left out."""
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as error:
        unreadable.append(error)
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        # Links to folders are not followed: they can loop back to a parent.
        if entry.is_dir(follow_symlinks=False):
            yield from _files(Path(entry.path), unreadable)
        elif Path(entry.name).suffix.lower() in READERS:
            yield Path(entry.path)
