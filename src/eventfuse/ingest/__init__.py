"""ingest stage: input files in, `Article`s out, with copies of earlier articles marked.

Reads JSON Lines (.jsonl, .ndjson), plain text (.txt), web pages (.html, .htm) and
RSS/Atom feeds (.xml, .rss, .atom). Every file gives a `Batch` of articles and of
`Problem`s worded for the person who has to fix the input; no bad file raises.

    from eventfuse.ingest import DuplicateIndex, mark_copies, read_paths

    index = DuplicateIndex()
    for batch in read_paths(["reports.jsonl", "pages/"]):
        for problem in batch.problems:
            print(problem)                # reports.jsonl:17: invalid JSON (...); line skipped
        articles = mark_copies(batch.articles, index)
"""

from eventfuse.ingest.articles import content_id
from eventfuse.ingest.batches import Batch, Problem
from eventfuse.ingest.duplicates import DuplicateIndex, fingerprint, mark_copies
from eventfuse.ingest.languages import detect_language
from eventfuse.ingest.limits import DEFAULT_MAX_TEXT_BYTES, ENV_MAX_TEXT_BYTES
from eventfuse.ingest.paths import READERS, read_file, read_paths
from eventfuse.ingest.urls import normalise_url

__all__ = [
    "Batch",
    "Problem",
    "read_paths",
    "read_file",
    "READERS",
    "DuplicateIndex",
    "fingerprint",
    "mark_copies",
    "content_id",
    "detect_language",
    "normalise_url",
    "DEFAULT_MAX_TEXT_BYTES",
    "ENV_MAX_TEXT_BYTES",
]
