"""JSON Lines: every field read, every bad line a Problem naming its line, the rest kept."""

from __future__ import annotations

import json
import re
import tracemalloc
from datetime import datetime, timedelta, timezone
from pathlib import Path

from eventfuse.ingest import content_id, read_file

STRIKE = "A drone strike on a grain terminal in Varenka killed four workers on Tuesday night, the governor said."
CLASH = "Border guards exchanged fire with smugglers near the Tolmin crossing on Sunday; nobody was hurt."
PROTEST = "Several hundred people marched through Halden Cross on Saturday to demand the release of detained students."


def write_lines(path: Path, *lines: str | bytes) -> Path:
    with path.open("wb") as out:
        for line in lines:
            out.write((line.encode() if isinstance(line, str) else line) + b"\n")
    return path


def record(text: str, **fields: object) -> str:
    return json.dumps({"text": text, **fields}, ensure_ascii=False)


def test_every_field_is_read(tmp_path):
    path = write_lines(
        tmp_path / "reports.jsonl",
        record(
            STRIKE,
            id="r-1",
            outlet="Daily Planet",
            url="https://News.Example.com/world/varenka?utm_source=feed&fbclid=abc",
            published="2024-10-03T09:00:00+02:00",
            language="en",
            title="Four killed in strike on Varenka terminal",
        ),
    )
    batch = read_file(path)
    assert batch.problems == []
    [article] = batch.articles
    assert article.id == "r-1"
    assert article.text == STRIKE
    assert article.outlet == "Daily Planet"
    assert article.url == "https://news.example.com/world/varenka"
    assert article.published == datetime(2024, 10, 3, 9, 0, tzinfo=timezone(timedelta(hours=2)))
    assert article.language == "en"
    assert article.title == "Four killed in strike on Varenka terminal"
    assert article.source == "reports.jsonl:1"
    assert article.copy_of is None


def test_invalid_json_on_line_3_keeps_lines_1_2_and_4(tmp_path):
    path = write_lines(
        tmp_path / "reports.jsonl",
        record(STRIKE),
        record(CLASH),
        '{"text": "A missing comma" "title": "x"}',
        record(PROTEST),
    )
    batch = read_file(path)
    assert [a.source for a in batch.articles] == ["reports.jsonl:1", "reports.jsonl:2", "reports.jsonl:4"]
    [problem] = batch.problems
    assert problem.line == 3
    assert str(problem) == f"{path}:3: invalid JSON (Expecting ',' delimiter at column 28); line skipped"


def test_a_line_that_is_not_utf8_is_skipped_and_named(tmp_path):
    latin1 = record("Les secours sont arrivés à l'aube.").encode("latin-1")
    path = write_lines(tmp_path / "reports.jsonl", record(STRIKE), latin1, record(CLASH))
    batch = read_file(path)
    assert [a.text for a in batch.articles] == [STRIKE, CLASH]
    [problem] = batch.problems
    assert problem.line == 2
    assert "not UTF-8 (byte 0xE9" in problem.message
    assert "save the file as UTF-8" in problem.message


def test_lines_without_usable_text_are_problems(tmp_path):
    path = write_lines(
        tmp_path / "reports.jsonl",
        record(""),
        record("   \n "),
        json.dumps({"title": "Headline only"}),
        json.dumps({"text": 42}),
        json.dumps(["a", "list"]),
        record(STRIKE),
    )
    batch = read_file(path)
    assert [a.source for a in batch.articles] == ["reports.jsonl:6"]
    messages = {p.line: p.message for p in batch.problems}
    assert messages == {
        1: '"text" is empty; line skipped',
        2: '"text" is empty; line skipped',
        3: 'no "text" field; every article needs its text; line skipped',
        4: '"text" should be a string, got a number; line skipped',
        5: 'expected a JSON object like {"text": "..."}, got a list; line skipped',
    }


def test_blank_lines_are_skipped_silently_and_still_counted(tmp_path):
    path = write_lines(tmp_path / "reports.ndjson", "", record(STRIKE), "   ", "", record(CLASH))
    batch = read_file(path)
    assert batch.problems == []
    assert [a.source for a in batch.articles] == ["reports.ndjson:2", "reports.ndjson:5"]


def test_a_missing_id_is_a_stable_content_hash(tmp_path):
    first = read_file(write_lines(tmp_path / "a.jsonl", record(STRIKE))).articles[0]
    # The same words, spaced differently, in another file and another run.
    respaced = STRIKE.replace(" ", "  ", 3) + "\n"
    second = read_file(write_lines(tmp_path / "b.jsonl", record(respaced))).articles[0]
    assert re.fullmatch(r"a-[0-9a-f]{16}", first.id)
    assert first.id == second.id == content_id(STRIKE)
    # Pinned: ids end up in stores and exports, so the hash must never change quietly.
    assert content_id("Four workers were killed.") == "a-d1c6ad20840863d1"
    assert content_id(CLASH) != first.id


def test_numeric_ids_become_strings(tmp_path):
    batch = read_file(write_lines(tmp_path / "r.jsonl", record(STRIKE, id=17)))
    assert batch.articles[0].id == "17"


def test_a_bad_date_keeps_the_article_without_one(tmp_path):
    path = write_lines(tmp_path / "reports.jsonl", record(STRIKE, published="last Tuesday"))
    batch = read_file(path)
    [article] = batch.articles
    assert article.published is None
    [problem] = batch.problems
    assert problem.line == 1
    assert '"published" is not an ISO 8601 date ("last Tuesday"); article kept without a date' in problem.message


def test_dates_without_an_offset_stay_naive_and_z_means_utc(tmp_path):
    path = write_lines(
        tmp_path / "reports.jsonl",
        record(STRIKE, published="2024-10-03"),
        record(CLASH, published="2024-10-03T07:15:00Z"),
    )
    first, second = read_file(path).articles
    assert first.published == datetime(2024, 10, 3)
    assert first.published.tzinfo is None
    assert second.published == datetime(2024, 10, 3, 7, 15, tzinfo=timezone.utc)


def test_a_field_of_the_wrong_type_is_ignored_with_a_problem(tmp_path):
    path = write_lines(tmp_path / "reports.jsonl", record(STRIKE, outlet=["Daily", "Planet"]))
    batch = read_file(path)
    assert batch.articles[0].outlet is None
    assert [p.message for p in batch.problems] == ['"outlet" should be a string, got a list; field ignored']


def test_a_byte_order_mark_is_not_an_error(tmp_path):
    path = write_lines(tmp_path / "reports.jsonl", b"\xef\xbb\xbf" + record(STRIKE).encode())
    batch = read_file(path)
    assert batch.problems == []
    assert batch.articles[0].text == STRIKE


def test_a_6_mb_text_is_over_the_default_limit(tmp_path, monkeypatch):
    monkeypatch.delenv("EVENTFUSE_MAX_TEXT_BYTES", raising=False)
    huge = "Lorem ipsum dolor sit amet. " * (6 * 1024 * 1024 // 28 + 1)
    path = write_lines(tmp_path / "reports.jsonl", record(STRIKE), record(huge), record(CLASH))
    batch = read_file(path)
    assert [a.text for a in batch.articles] == [STRIKE, CLASH]
    [problem] = batch.problems
    assert problem.line == 2
    size = len(huge.encode())
    assert problem.message == (
        f'"text" is {size:,} bytes, over the 5,242,880-byte limit; skipped '
        "(raise EVENTFUSE_MAX_TEXT_BYTES to read it)"
    )


def test_the_limit_comes_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTFUSE_MAX_TEXT_BYTES", "50")
    path = write_lines(tmp_path / "reports.jsonl", record("Short report of a clash."), record(STRIKE))
    batch = read_file(path)
    assert [a.text for a in batch.articles] == ["Short report of a clash."]
    assert "over the 50-byte limit" in batch.problems[0].message


def test_a_huge_line_is_skipped_without_holding_it_in_memory(tmp_path):
    # 20 MB on one line, with a 1 MB text limit: the reader must pass over it in chunks.
    path = tmp_path / "dump.jsonl"
    with path.open("wb") as out:
        out.write(record(STRIKE).encode() + b"\n")
        out.write(b'{"text": "' + b"x" * (20 * 1024 * 1024) + b'"}\n')
        out.write(record(CLASH).encode() + b"\n")
    tracemalloc.start()
    try:
        batch = read_file(path, max_text_bytes=1024 * 1024)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [a.source for a in batch.articles] == ["dump.jsonl:1", "dump.jsonl:3"]
    [problem] = batch.problems
    assert problem.line == 2
    assert problem.message.startswith(
        "line is 20,971,533 bytes, too long to hold a text under the 1,048,576-byte limit"
    )
    assert peak < 12 * 1024 * 1024


def test_a_read_error_half_way_keeps_the_lines_before_it(tmp_path, monkeypatch):
    path = write_lines(tmp_path / "reports.jsonl", record(STRIKE), record(CLASH), record(PROTEST))
    real_open = Path.open

    class FailingAfterTwoLines:
        def __init__(self, stream):
            self.stream, self.lines = stream, 0

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.stream.close()

        def readline(self, size=-1):
            self.lines += 1
            if self.lines > 2:
                raise OSError(5, "Input/output error")
            return self.stream.readline(size)

    monkeypatch.setattr(Path, "open", lambda self, *a, **k: FailingAfterTwoLines(real_open(self, *a, **k)))
    batch = read_file(path)
    assert [a.text for a in batch.articles] == [STRIKE, CLASH]
    assert [str(p) for p in batch.problems] == [
        f"{path}:3: reading stopped here (Input/output error); this line and the ones after it were not read"
    ]
