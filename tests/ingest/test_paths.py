"""Walking folders and naming every file that cannot be read, without raising."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from eventfuse.ingest import Problem, read_file, read_paths

TEXT = "Border guards exchanged fire with smugglers near the Tolmin crossing on Sunday; nobody was hurt."


def make(path: Path, content: str = TEXT) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content)
    return path


def test_folders_are_walked_in_sorted_order_taking_known_extensions_only(tmp_path):
    make(tmp_path / "b.txt")
    make(tmp_path / "a" / "z.jsonl", json.dumps({"text": TEXT}) + "\n")
    make(tmp_path / "a" / "deeper" / "page.html", f"<html><body><article><p>{TEXT}</p></article></body></html>")
    make(tmp_path / "a" / "notes.md")
    make(tmp_path / "a" / "photo.jpg")
    make(tmp_path / ".git" / "config.txt")
    make(tmp_path / ".hidden.txt")
    make(tmp_path / "C.TXT")
    batches = list(read_paths([tmp_path]))
    assert [b.path.relative_to(tmp_path).as_posix() for b in batches] == [
        "C.TXT",
        "a/deeper/page.html",
        "a/z.jsonl",
        "b.txt",
    ]
    assert all(b.problems == [] and len(b.articles) == 1 for b in batches)


def test_files_and_folders_mix_and_a_single_path_is_accepted(tmp_path):
    one = make(tmp_path / "one.txt")
    make(tmp_path / "more" / "two.txt")
    assert [b.path.name for b in read_paths([one, str(tmp_path / "more")])] == ["one.txt", "two.txt"]
    assert [b.path.name for b in read_paths(str(one))] == ["one.txt"]


def test_a_missing_file_is_a_batch_with_one_problem(tmp_path):
    missing = tmp_path / "reports.jsonl"
    [batch] = read_paths([missing])
    assert batch.articles == []
    assert [str(p) for p in batch.problems] == [f"{missing}: no such file; check the path"]


def test_an_unknown_extension_is_a_problem_naming_the_known_ones(tmp_path):
    [batch] = read_paths([make(tmp_path / "report.pdf")])
    [problem] = batch.problems
    assert problem.message.startswith("unknown file type '.pdf'; eventfuse reads .jsonl, .ndjson, .txt")


def test_a_folder_given_as_a_file_is_a_problem(tmp_path):
    folder = tmp_path / "reports.jsonl"
    folder.mkdir()
    batch = read_file(folder)
    assert batch.articles == []
    assert "is a folder, not a file" in batch.problems[0].message


def test_a_folder_with_nothing_to_read_says_so(tmp_path):
    make(tmp_path / "notes.md")
    [batch] = read_paths([tmp_path])
    assert batch.path == tmp_path
    assert batch.problems[0].message.startswith("no files to read in this folder")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read files whatever their permissions")
def test_an_unreadable_file_is_a_problem(tmp_path):
    path = make(tmp_path / "secret.txt")
    path.chmod(0)
    try:
        [batch] = read_paths([path])
    finally:
        path.chmod(0o644)
    assert batch.problems[0].message.startswith("permission denied")


def test_an_error_inside_a_reader_becomes_a_problem(tmp_path, monkeypatch):
    # Stands in for an OS error half-way through a file (a disk or network share failing).
    path = make(tmp_path / "report.txt")

    def failing_read(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", failing_read)
    batch = read_file(path)
    assert batch.articles == []
    assert [p.message for p in batch.problems] == ["permission denied; make the file readable by this user"]


def test_problems_read_as_file_line_message():
    assert str(Problem(Path("reports.jsonl"), 17, "invalid JSON (x); line skipped")) == (
        "reports.jsonl:17: invalid JSON (x); line skipped"
    )
    assert str(Problem(Path("page.html"), None, "no main text")) == "page.html: no main text"


def test_a_bad_limit_in_the_environment_is_explained(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTFUSE_MAX_TEXT_BYTES", "5MB")
    with pytest.raises(ValueError, match="EVENTFUSE_MAX_TEXT_BYTES='5MB' is not a positive whole number"):
        list(read_paths([make(tmp_path / "a.txt")]))
