"""The JSON export: model → contract document, checked against events.schema.json."""

from __future__ import annotations

import io
import json

import pytest
from jsonschema import Draft202012Validator

from eventfuse.export import ExportSchemaError, schema, to_document, validate, write_json
from eventfuse.model import Actor, Claim, Count, Disagreement, Event, Origin, Place, Subgroup


def shelling_event() -> Event:
    """A made-up shelling with every part of the model filled in."""
    return Event(
        id="ev-kupiansk-0412",
        event_type="ASSAULT",
        mode="heavy-weapons",
        sub_event_type="Shelling/artillery/missile attack",
        date="2025-04-12",
        date_end="2025-04-12",
        date_precision="day",
        location=Place(
            name="Kupiansk",
            country_code="UA",
            admin1="Kharkiv Oblast",
            lat=49.71,
            lon=37.61,
            geonames_id=704202,
            precision="place",
        ),
        actors=[
            Actor("Russian forces", "RUS", "MIL", "actor"),
            Actor("residents of Kupiansk", "UKR", "CVL", "recipient"),
        ],
        killed=Count(4, 5, None),
        injured=Count(11, 12, 12),
        subgroups=[Subgroup("children", "UKR", killed=Count(1, 1, 1))],
        articles=["a1", "a2", "a3"],
        origins=[
            Origin("regional governor (Telegram)", via=("City Wire",), articles=("a1", "a2")),
            Origin("police spokesperson", articles=("a3",)),
        ],
        disagreements=[Disagreement("killed", (("5", ("a1", "a2")), ("more than 4", ("a3",))))],
        claims=[
            Claim(
                field="killed",
                value="more than four",
                article="a3",
                span=(40, 54),
                attribution=("Daily Post", "police spokesperson"),
                hedged=True,
                low=5,
                high=None,
            ),
            Claim(field="killed", value="a child", article="a1", span=(90, 97), low=1, high=1, who="children"),
        ],
    )


def protest_event() -> Event:
    """A made-up protest with no casualties and no coordinates: the nullable fields stay null."""
    return Event(
        id="ev-protest-0301",
        event_type="PROTEST",
        mode="demo",
        sub_event_type="Peaceful protest",
        date="2025-03-01",
        date_end="2025-03-01",
        date_precision="day",
        location=Place(name="Thiès", country_code="SN", precision="place"),
        articles=["b1"],
    )


def test_exported_events_validate_and_keep_their_values() -> None:
    document = to_document([shelling_event(), protest_event()])
    validate(document)

    assert document["schema"] == "eventfuse.events/1"
    strike = next(e for e in document["events"] if e["id"] == "ev-kupiansk-0412")
    assert strike["location"] == {
        "name": "Kupiansk",
        "admin1": "Kharkiv Oblast",
        "country_code": "UA",
        "lat": 49.71,
        "lon": 37.61,
        "geonames_id": 704202,
        "precision": "place",
    }
    assert strike["killed"] == {"low": 4, "best": 5, "high": None}
    assert strike["actors"][1] == {
        "name": "residents of Kupiansk",
        "country_code": "UKR",
        "sector": "CVL",
        "role": "recipient",
    }
    assert strike["subgroups"] == [
        {"who": "children", "country_code": "UKR", "killed": {"low": 1, "best": 1, "high": 1}, "injured": None}
    ]
    assert strike["origins"][0] == {
        "name": "regional governor (Telegram)",
        "via": ["City Wire"],
        "articles": ["a1", "a2"],
        "circular": False,  # added fields
        "partisan": False,
    }
    assert strike["disagreements"] == [
        {
            "field": "killed",
            "values": [{"value": "5", "articles": ["a1", "a2"], "origins": []},
                       {"value": "more than 4", "articles": ["a3"], "origins": []}],
        }
    ]
    assert strike["claims"][0] == {
        "field": "killed",
        "value": "more than four",
        "low": 5,
        "high": None,
        "hedged": True,
        "article": "a3",
        "span": [40, 54],
        "attribution": ["Daily Post", "police spokesperson"],
        "who": None,
        "origin": None,  # added fields: set by fusion, absent from this hand-made event
        "independent_origins": 1,
        "partisan": False,
    }

    protest = next(e for e in document["events"] if e["id"] == "ev-protest-0301")
    assert protest["killed"] is None and protest["injured"] is None
    assert protest["location"]["lat"] is None and protest["location"]["geonames_id"] is None
    assert protest["origins"] == [] and protest["claims"] == []


def test_events_are_ordered_by_date_then_id_with_undated_last() -> None:
    undated = Event(id="ev-0", event_type="COERCE")
    same_day = Event(id="ev-a", event_type="ASSAULT", date="2025-04-12")
    document = to_document([undated, shelling_event(), same_day, protest_event()])
    assert [e["id"] for e in document["events"]] == ["ev-protest-0301", "ev-a", "ev-kupiansk-0412", "ev-0"]
    validate(document)


def test_missing_required_key_is_named_with_its_path() -> None:
    document = to_document([shelling_event()])
    del document["events"][0]["killed"]
    with pytest.raises(ExportSchemaError) as caught:
        validate(document)
    assert caught.value.path == "$.events[0]"
    assert "'killed' is a required property" in str(caught.value)
    assert "$.events[0]" in str(caught.value)


def test_wrong_type_is_named_with_its_path() -> None:
    document = to_document([shelling_event()])
    document["events"][0]["killed"]["best"] = "five"
    with pytest.raises(ExportSchemaError) as caught:
        validate(document)
    assert caught.value.path == "$.events[0].killed.best"
    assert "'five' is not of type" in str(caught.value)


@pytest.mark.parametrize(
    ("where", "bad", "path"),
    [
        (("location", "precision"), "region", "$.events[0].location.precision"),
        (("actors", 0, "role"), "attacker", "$.events[0].actors[0].role"),
        (("date_precision",), "day-ish", "$.events[0].date_precision"),
        (("date",), "12 April 2025", "$.events[0].date"),
        (("date",), "2025-02-30", "$.events[0].date"),
        (("claims", 0, "span"), [40, 54, 60], "$.events[0].claims[0].span"),
        (("claims", 0, "span", 0), -1, "$.events[0].claims[0].span[0]"),
        (("claims", 0, "attribution"), "Daily Post", "$.events[0].claims[0].attribution"),
        (("claims", 0, "hedged"), "no", "$.events[0].claims[0].hedged"),
        (("origins", 0, "via"), None, "$.events[0].origins[0].via"),
        (("event_type",), "BOMBING", "$.events[0].event_type"),
    ],
)
def test_each_documented_field_is_type_checked(where: tuple, bad: object, path: str) -> None:
    document = to_document([shelling_event()])
    target = document["events"][0]
    for key in where[:-1]:
        target = target[key]
    target[where[-1]] = bad
    with pytest.raises(ExportSchemaError) as caught:
        validate(document)
    assert caught.value.path == path


def test_wrong_schema_name_fails() -> None:
    with pytest.raises(ExportSchemaError, match=r"\$\.schema"):
        validate({"schema": "eventfuse.events/2", "events": []})


def test_added_fields_are_allowed() -> None:
    document = to_document([shelling_event()])
    document["generated_by"] = "eventfuse 0.1"
    document["events"][0]["notes"] = "checked by an analyst"
    validate(document)


def test_design_example_validates() -> None:
    # The contract's own example, typed out by hand; if this fails the schema, not the example, is wrong.
    example = {
        "schema": "eventfuse.events/1",
        "events": [
            {
                "id": "stable across re-runs of the same input",
                "event_type": "ASSAULT",
                "mode": "heavy-weapons",
                "sub_event_type": "Shelling/artillery/missile attack",
                "date": "2024-10-03",
                "date_end": "2024-10-03",
                "date_precision": "day",
                "location": {
                    "name": "Donetsk",
                    "admin1": "Donetsk Oblast",
                    "country_code": "UA",
                    "lat": 48.0,
                    "lon": 37.8,
                    "geonames_id": 709717,
                    "precision": "admin1",
                },
                "actors": [
                    {"name": "Ukrainian armed forces", "country_code": "UKR", "sector": "MIL", "role": "actor"},
                    {"name": "North Korean officers", "country_code": "PRK", "sector": "MIL", "role": "recipient"},
                ],
                "killed": {"low": 20, "best": 20, "high": 21},
                "injured": {"low": 3, "best": 3, "high": 3},
                "subgroups": [{"who": "North Korean officers", "killed": {"low": 6, "best": 6, "high": 6}}],
                "articles": ["seed-000", "seed-002"],
                "origins": [
                    {
                        "name": "Ukrainian military intelligence (unnamed)",
                        "via": ["Kyiv Post", "Interfax-Ukraine"],
                        "articles": ["seed-000", "seed-002"],
                    }
                ],
                "disagreements": [
                    {
                        "field": "date",
                        "values": [
                            {"value": "2024-10-03", "articles": ["..."]},
                            {"value": "2024-09-30", "articles": ["..."]},
                        ],
                    }
                ],
                "claims": [
                    {
                        "field": "killed",
                        "value": "over 20",
                        "low": 21,
                        "high": None,
                        "hedged": False,
                        "article": "seed-002",
                        "span": [123, 170],
                        "attribution": ["Newsweek", "Kyiv Post", "unnamed intelligence sources"],
                    }
                ],
            }
        ],
    }
    validate(example)


def test_unicode_place_names_survive_a_file_round_trip(tmp_path) -> None:
    event = shelling_event()
    event.location = Place(name="Запоріжжя", country_code="UA", admin1="Запорізька область", precision="place")
    event.actors = [Actor("forces russes", "RUS", "MIL"), Actor("habitants de Zaporijjia", "UKR", "CVL", "recipient")]
    path = tmp_path / "events.json"

    write_json([event, protest_event()], path)

    raw = path.read_text(encoding="utf-8")
    # ensure_ascii=False: names are readable in the file, not \u escapes.
    assert "Запоріжжя" in raw and "Thiès" in raw and "\\u" not in raw
    assert raw.startswith('{\n  "schema": "eventfuse.events/1"')
    loaded = json.loads(raw)
    validate(loaded)
    assert loaded["events"][1]["location"]["name"] == "Запоріжжя"
    assert loaded["events"][1]["location"]["admin1"] == "Запорізька область"
    assert loaded["events"][0]["location"]["name"] == "Thiès"


def test_write_json_accepts_an_open_file_and_is_deterministic() -> None:
    first, second = io.StringIO(), io.StringIO()
    write_json([shelling_event(), protest_event()], first)
    write_json([protest_event(), shelling_event()], second)
    assert first.getvalue() == second.getvalue()
    assert json.loads(first.getvalue()) == to_document([shelling_event(), protest_event()])


def test_write_json_refuses_an_invalid_event_and_leaves_no_file(tmp_path) -> None:
    event = shelling_event()
    event.event_type = "BOMBING"  # not a PLOVER type
    path = tmp_path / "events.json"
    with pytest.raises(ExportSchemaError, match="BOMBING"):
        write_json([event], path)
    assert not path.exists()


def test_schema_is_valid_and_documents_every_property() -> None:
    document_schema = schema()
    Draft202012Validator.check_schema(document_schema)

    undocumented = []

    def walk(node: object, where: str) -> None:
        if isinstance(node, dict):
            for name, sub in node.get("properties", {}).items():
                if "description" not in sub:
                    undocumented.append(f"{where}.{name}")
            for key, sub in node.items():
                walk(sub, f"{where}.{key}")
        elif isinstance(node, list):
            for i, sub in enumerate(node):
                walk(sub, f"{where}[{i}]")

    walk(document_schema, "$")
    assert undocumented == []


def test_every_contract_field_is_required_in_the_schema() -> None:
    event = schema()["$defs"]["event"]
    exported = to_document([shelling_event()])["events"][0]
    # Everything the contract names is required; "who" on claims and "country_code" on subgroups are additions,
    # and so are fusion's aliases, citation graph and per-claim origins.
    assert set(event["required"]) == set(exported) - {"aliases", "citations"}
    assert set(schema()["$defs"]["claim"]["required"]) == set(exported["claims"][0]) - {
        "who", "origin", "independent_origins", "partisan"}
