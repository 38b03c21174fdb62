"""The whole pipeline on real input: the two seed reports of one missile strike.

Reads ../shared/seeds/seeds.jsonl at run time (skipped with a message where it is absent),
runs the real CLI against a real SQLite file, and checks the fused event the design brief
describes, through the export contract.
"""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from eventfuse.cli import app
from eventfuse.export import validate

runner = CliRunner()


@pytest.fixture(scope="module")
def seed_export(tmp_path_factory, seeds_path):
    seeds = seeds_path
    work = tmp_path_factory.mktemp("seeds")
    db = str(work / "seeds.db")
    result = runner.invoke(app, ["ingest", "--db", db, str(seeds)])
    assert result.exit_code == 0, result.output
    out = work / "events.json"
    result = runner.invoke(app, ["export", "--db", db, "--format", "json", "-o", str(out)])
    assert result.exit_code == 0, result.output
    return db, json.loads(out.read_text(encoding="utf-8"))


def test_export_validates_against_the_schema(seed_export):
    _, document = seed_export
    validate(document)
    assert document["schema"] == "eventfuse.events/1"


def test_both_seed_reports_fuse_into_one_missile_strike(seed_export):
    _, document = seed_export
    (event,) = [e for e in document["events"] if set(e["articles"]) == {"seed-000", "seed-002"}]
    assert event["date"] == "2024-10-03"
    assert event["event_type"] == "ASSAULT"
    assert event["sub_event_type"] == "Shelling/artillery/missile attack"
    location = event["location"]
    assert location["country_code"] == "UA"
    assert "Donetsk" in location["admin1"]
    assert location["precision"] == "admin1"


def test_killed_range_and_the_north_korean_subgroup(seed_export):
    _, document = seed_export
    (event,) = [e for e in document["events"] if "seed-000" in e["articles"]]
    assert event["killed"]["best"] == 20
    assert event["killed"]["high"] > 20
    assert event["injured"]["best"] == 3
    (korean,) = [g for g in event["subgroups"] if "North Korean" in g["who"]]
    assert korean["killed"]["best"] == 6
    assert korean["injured"]["best"] == 3


def test_exactly_two_independent_origins(seed_export):
    _, document = seed_export
    (event,) = [e for e in document["events"] if "seed-000" in e["articles"]]
    origins = event["origins"]
    assert len(origins) == 2, origins
    intelligence = next(o for o in origins if re.search("intelligence", o["name"], re.I))
    assert "Ukrainian" in intelligence["name"]
    assert {"Kyiv Post", "Interfax-Ukraine"} <= set(intelligence["via"])
    assert set(intelligence["articles"]) == {"seed-000", "seed-002"}
    military = next(o for o in origins if o is not intelligence)
    assert re.search("Russian military source", military["name"])
    assert military["via"] == ["Kremlin Snuffbox"]
    # The outlets carry the story; they are not origins.
    names = " ".join(o["name"] for o in origins)
    assert "Newsweek" not in names and "Scandinavian" not in names


def test_every_claim_points_at_its_text(seed_export, seeds_path):
    _, document = seed_export
    texts = {json.loads(line)["id"]: json.loads(line)["text"] for line in seeds_path.read_text(encoding="utf-8").splitlines()}
    (event,) = [e for e in document["events"] if "seed-000" in e["articles"]]
    for claim in event["claims"]:
        start, end = claim["span"]
        assert texts[claim["article"]][start:end] == claim["value"], claim


def test_ingesting_again_changes_nothing(seed_export, seeds_path):
    db, document = seed_export
    result = runner.invoke(app, ["ingest", "--db", db, str(seeds_path)])
    assert result.exit_code == 0, result.output
    assert "0 new article(s)" in result.output
    result = runner.invoke(app, ["export", "--db", db, "--format", "json"])
    again = json.loads(result.stdout)
    assert [e["id"] for e in again["events"]] == [e["id"] for e in document["events"]]


def test_events_and_show_print_the_event(seed_export):
    db, document = seed_export
    (event,) = [e for e in document["events"] if "seed-000" in e["articles"]]
    listing = runner.invoke(app, ["events", "--db", db])
    assert listing.exit_code == 0 and event["id"] in listing.output
    shown = runner.invoke(app, ["show", event["id"], "--db", db])
    assert shown.exit_code == 0
    assert "Kremlin Snuffbox" in shown.output and "disagreements" in shown.output


def test_actors_are_ukraine_against_russian_and_north_korean_military(seed_export):
    _, document = seed_export
    (event,) = [e for e in document["events"] if "seed-000" in e["articles"]]
    roles = {(a["role"], a["country_code"], a["sector"]) for a in event["actors"]}
    assert ("actor", "UKR", "MIL") in roles
    assert {("recipient", "PRK", "MIL"), ("recipient", "RUS", "MIL")} <= roles
    assert not any(role == "actor" and code in {"PRK", "RUS"} for role, code, _ in roles)
    assert "perpetrator" not in {d["field"] for d in event["disagreements"]}
