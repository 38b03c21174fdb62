"""The two real seed reports: read cleanly, and not taken for copies of each other.

They tell one event in two outlets' words, which is exactly what copy detection must
leave apart. The file is read at run time from shared/; the test skips without it.
"""

from __future__ import annotations

from eventfuse.ingest import DuplicateIndex, mark_copies, read_paths


def test_the_seed_reports_are_read_and_are_not_copies(seeds_path):
    [batch] = read_paths([seeds_path])
    assert batch.problems == []
    assert len(batch.articles) >= 2
    for article in batch.articles:
        assert article.id and article.text.strip()
        assert article.source.startswith("seeds.jsonl:")
        assert article.published is None or article.published.tzinfo is not None
    marked = mark_copies(batch.articles, DuplicateIndex())
    assert [a.copy_of for a in marked] == [None] * len(marked)
