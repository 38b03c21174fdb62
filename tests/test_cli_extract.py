"""`eventfuse extract`: one JSON line per article, no store."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from eventfuse.cli import app


def test_extract_writes_one_line_per_article_with_spans(tmp_path):
    text = "Shelling killed three people in Kherson on Monday, the regional governor said."
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "x1", "published": "2025-06-11T10:00:00+03:00", "text": text}) + "\n"
                      + json.dumps({"id": "x2", "text": "The weather was mild."}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["extract", str(source), "--format", "jsonl", "-o", str(out)])
    assert result.exit_code == 0, result.output
    first, second = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert second == {"id": "x2", "mentions": []}
    (mention,) = first["mentions"]
    assert (mention["event_type"], mention["date"], mention["main"]) == ("ASSAULT", "2025-06-09", True)
    (killed,) = mention["killed"]
    assert text[killed["span"][0] : killed["span"][1]] == killed["value"] == "three"
    assert mention["location"]["name"] == "Kherson" and mention["location"]["country_code"] == "UA"
    assert mention["attribution"][-1] == "regional governor"


def test_figures_given_only_for_a_group_are_what_was_killed(tmp_path):
    from eventfuse.export.records import mention_record
    from eventfuse.extract import extract
    from eventfuse.model import Article

    text = "Israeli troops raided a refugee camp in Jenin at dawn on Sunday, killing three Palestinians."
    (main,) = [m for m in extract(Article(id="t", text=text, language="en")) if m.is_main]
    record = mention_record(main)
    assert [(k["low"], k["who"]) for k in record["killed"]] == [(3, "Palestinians")]
