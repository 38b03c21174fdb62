"""The pipeline over files: bad input is named and skipped, good input is stored, a failing
file is rolled back whole, and re-running changes nothing."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from eventfuse import pipeline
from eventfuse.cli import app
from eventfuse.ingest import read_paths
from eventfuse.store import Store

runner = CliRunner()

STRIKE = {
    "id": "p-1", "outlet": "Harbour Daily", "published": "2025-06-13T09:00:00+03:00", "language": "en",
    "text": "A drone struck a fuel depot in Mykolaiv on Thursday night, injuring four workers, the city's mayor said.",
}
PROTEST = {
    "id": "p-2", "outlet": "Lagos Courier", "published": "2025-06-14T18:00:00+01:00", "language": "en",
    "text": "Hundreds of students marched in Ibadan on Saturday against a rise in tuition fees, organisers said.",
}


def write_jsonl(path, rows):
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_bad_lines_and_files_are_named_and_the_rest_is_stored(tmp_path):
    good = write_jsonl(tmp_path / "a-good.jsonl", [STRIKE, '{"id": "broken", "text": ', {"id": "empty", "text": "  "}, PROTEST])
    latin1 = tmp_path / "b-latin1.jsonl"
    latin1.write_bytes(json.dumps({"id": "l1", "text": "placeholder"}).replace("placeholder", "caf\\u00e9").encode() + b"\n" + b'{"id": "l2", "text": "Kaf\xe9 bombed"}\n')
    missing = tmp_path / "c-missing.jsonl"
    db = str(tmp_path / "store.db")

    result = runner.invoke(app, ["ingest", "--db", db, str(good), str(latin1), str(missing)])

    assert result.exit_code == 1
    errors = result.stderr
    assert "a-good.jsonl:2" in errors and "invalid JSON" in errors
    assert "a-good.jsonl:3" in errors
    assert "b-latin1.jsonl:2" in errors
    assert "c-missing.jsonl" in errors
    with Store.open(db) as store:
        assert set(store.articles(["p-1", "p-2", "l1", "broken", "empty", "l2"])) == {"p-1", "p-2", "l1"}
        assert len(store.events()) == 2


def test_a_text_over_the_size_limit_is_skipped_with_its_size(tmp_path):
    huge = dict(STRIKE, id="huge", text="word " * (6 * 1024 * 1024 // 5 + 10))
    path = write_jsonl(tmp_path / "big.jsonl", [huge, STRIKE])
    db = str(tmp_path / "store.db")
    result = runner.invoke(app, ["ingest", "--db", db, str(path)])
    assert result.exit_code == 1
    assert "big.jsonl:1" in result.stderr and "limit" in result.stderr
    with Store.open(db) as store:
        assert set(store.articles(["huge", "p-1"])) == {"p-1"}


def test_a_file_that_fails_midway_leaves_the_store_as_before_it(tmp_path, monkeypatch):
    first = write_jsonl(tmp_path / "1.jsonl", [STRIKE])
    second = write_jsonl(tmp_path / "2.jsonl", [PROTEST])
    real_fuse = pipeline.fuse_reports

    def fuse_failing_on_protests(mentions, candidates, articles, reports=()):
        if any(m.event_type == "PROTEST" for m in mentions):
            raise RuntimeError("disk full")  # a crash after the file's articles and mentions were written
        return real_fuse(mentions, candidates, articles, reports)

    monkeypatch.setattr(pipeline, "fuse_reports", fuse_failing_on_protests)
    with Store.open(tmp_path / "store.db") as store:
        report = pipeline.ingest_paths(store, [first, second])
        assert [str(p) for p in report.problems] and "disk full" in str(report.problems[0])
        assert "2.jsonl" in str(report.problems[0])
        counts = store.counts()
        assert counts["articles"] == 1 and counts["events"] == 1
        assert store.article("p-2") is None

    # Once the fault is gone, the same command stores the second file and leaves the first alone.
    monkeypatch.setattr(pipeline, "fuse_reports", real_fuse)
    with Store.open(tmp_path / "store.db") as store:
        report = pipeline.ingest_paths(store, [first, second])
        assert report.problems == [] and report.skipped == 1 and report.articles == 1
        assert store.counts()["events"] == 2


def test_reingesting_changes_nothing(tmp_path):
    path = write_jsonl(tmp_path / "reports.jsonl", [STRIKE, PROTEST])
    with Store.open(tmp_path / "store.db") as store:
        pipeline.ingest_paths(store, [path])
        before = (store.counts(), [e.id for e in store.events()])
        report = pipeline.ingest_paths(store, [path])
        assert report.articles == 0 and report.skipped == 2
        assert (store.counts(), [e.id for e in store.events()]) == before


def test_event_ids_are_the_same_in_a_fresh_store(tmp_path):
    path = write_jsonl(tmp_path / "reports.jsonl", [STRIKE, PROTEST])
    ids = []
    for name in ("one.db", "two.db"):
        with Store.open(tmp_path / name) as store:
            pipeline.ingest_paths(store, [path])
            ids.append(sorted(e.id for e in store.events()))
    assert ids[0] == ids[1]


def test_analysed_articles_stored_file_by_file_make_the_events_ingest_makes(tmp_path):
    path = write_jsonl(tmp_path / "reports.jsonl", [STRIKE, PROTEST])
    with Store.open(tmp_path / "ingested.db") as store:
        pipeline.ingest_paths(store, [path])
        ingested = [(e.id, e.articles) for e in store.events()]
    (batch,) = read_paths([path])
    mentions = pipeline.analyse_all(batch.articles)
    with Store.open(tmp_path / "analysed.db") as store:
        report = pipeline.IngestReport()
        index = pipeline.store_analysed(store, batch.articles[1:], [m for m in mentions if m.article == "p-2"], None, report)
        pipeline.store_analysed(store, batch.articles[:1], [m for m in mentions if m.article == "p-1"], index, report)
        assert sorted((e.id, e.articles) for e in store.events()) == sorted(ingested)
        assert report.articles == 2 and report.mentions == len(mentions)


@pytest.mark.parametrize("language", ["de", "fr"])
def test_reports_in_german_and_french_are_fused_with_english(tmp_path, language):
    foreign = {
        "de": "Bei einem Drohnenangriff auf ein Treibstofflager in Mykolajiw sind am Donnerstag vier Arbeiter verletzt worden, teilte der Bürgermeister mit.",
        "fr": "Une attaque de drone a frappé jeudi un dépôt de carburant à Mykolaïv, blessant quatre ouvriers, selon le maire.",
    }[language]
    other = dict(STRIKE, id=f"p-{language}", outlet="Foreign Desk", language=language, text=foreign)
    path = write_jsonl(tmp_path / "reports.jsonl", [STRIKE, other])
    with Store.open(tmp_path / "store.db") as store:
        pipeline.ingest_paths(store, [path])
        (event,) = store.events()
        assert event.articles == ["p-1", f"p-{language}"]
        assert event.injured.best == 4
