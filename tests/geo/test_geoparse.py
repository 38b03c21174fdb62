"""geoparse: toponyms found and resolved in whole articles, written for these tests."""

import json

import pytest
from typer.testing import CliRunner

from eventfuse.cli import app
from eventfuse.geo import geoparse
from eventfuse.model import Article

DONETSK_CITY, DONETSK_OBLAST = 709717, 709716


def parse(text: str, spans=None):
    return geoparse(Article(id="t", text=text), spans)


def resolved(text: str, spans=None) -> dict[str, tuple]:
    """surface text -> (country, precision, name) of what it resolved to."""
    return {
        pn.text: (pn.place.country_code, pn.place.precision, pn.place.name) if pn.place else None
        for pn in parse(text, spans).places
    }


def spans_of(text: str, *names: str) -> list[tuple[int, int]]:
    return [(text.index(n), text.index(n) + len(n)) for n in names]


# --- the seed event -------------------------------------------------------------------


def test_the_occupied_part_of_the_donetsk_region_is_the_oblast_not_the_city():
    text = (
        "Six North Korean officers were among those killed when a missile struck a training ground "
        "in the occupied part of the Donetsk region on Thursday, Ukrainian intelligence sources said."
    )
    found = parse(text)
    assert found.location.geonames_id == DONETSK_OBLAST
    assert (found.location.precision, found.location.country_code) == ("admin1", "UA")


# --- country-name traps -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "country", "precision"),
    [
        ("Protesters marched through Paris as France braced for a strike.", "France", "FR", "country"),
        ("The USA imposed sanctions on Monday.", "USA", "US", "country"),
        ("Russian troops entered Georgia, and shelling was reported near Tbilisi.", "Georgia", "GE", "country"),
        ("A tornado tore through Atlanta, Georgia, late on Friday.", "Georgia", "US", "admin1"),
        ("Storms hit Georgia and Alabama overnight, officials in Texas said.", "Georgia", "US", "admin1"),
        ("Colombia and Venezuela closed the border.", "Colombia", "CO", "country"),
    ],
)
def test_country_names_and_their_namesakes(text, name, country, precision):
    got = resolved(text)[name]
    assert got[:2] == (country, precision)


def test_a_country_never_becomes_a_village_and_a_town_is_not_a_country_by_an_odd_spelling():
    # France is also a village name; Columbia is a spelling of Colombia in some languages
    # and the capital of South Carolina.
    assert resolved("France sent aid.")["France"][:2] == ("FR", "country")
    text = "Police in Columbia arrested two men after a chase through Lexington and Charleston in South Carolina."
    assert resolved(text)["Columbia"][:2] == ("US", "place")


# --- same name, different countries ---------------------------------------------------


def test_the_articles_other_places_choose_among_namesakes():
    text = "An Alexandria woman was arrested after a fire near Pineville and Ball in Rapides Parish."
    assert resolved(text, spans_of(text, "Alexandria", "Pineville", "Ball", "Rapides Parish"))["Alexandria"] == (
        "US",
        "place",
        "Alexandria",
    )
    text = "Ferries from Alexandria to Port Said were cancelled as Cairo shut its airport."
    assert resolved(text)["Alexandria"][:2] == ("EG", "place")


def test_tripoli_in_lebanon_or_libya():
    text = "Clashes in Tripoli spread to Beirut and the Bekaa valley, Lebanese officials said."
    assert resolved(text)["Tripoli"][0] == "LB"
    text = "Militias fought in Tripoli while Benghazi and Misrata stayed calm."
    assert resolved(text)["Tripoli"][0] == "LY"


def test_donetsk_stays_the_ukrainian_city_when_moscow_speaks_about_it():
    text = "Six officers died in Donetsk, a spokesman in Moscow said."
    found = parse(text)
    assert found.location.geonames_id == DONETSK_CITY


# --- many languages and spellings ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "geonames_id"),
    [
        ("Eine Rakete traf am Donnerstag Donezk.", "Donezk", DONETSK_CITY),
        ("Ракета влучила в Донецьк.", "Донецьк", DONETSK_CITY),
        ("Взрывы прогремели в Донецке.", "Донецке", DONETSK_CITY),
        ("Drohnen griffen Charkiw an.", "Charkiw", 706483),
        ("قصفت طائرات مسيرة مدينة حلب", "حلب", 170063),
        ("Shelling hit Kiev overnight.", "Kiev", 703448),
    ],
)
def test_names_in_other_languages_and_old_spellings(text, name, geonames_id):
    found = {pn.text: pn.place for pn in parse(text).places}
    assert found[name].geonames_id == geonames_id


# --- event location against places merely mentioned ---------------------------------


def test_the_event_is_where_the_strike_was_not_where_the_minister_spoke():
    text = "Speaking in Kyiv, the minister said the strike on Sumy killed four people."
    found = parse(text)
    assert found.location.name == "Sumy"
    flags = {pn.text: pn.is_event_location for pn in found.places}
    assert flags == {"Kyiv": False, "Sumy": True}


def test_near_a_town_is_near_place_precision():
    found = parse("Shelling near Bakhmut wounded two soldiers, officials in Kramatorsk said.")
    assert (found.location.name, found.location.precision) == ("Bakhmut", "near-place")


def test_a_report_that_gives_only_a_region_is_located_at_the_region():
    found = parse("Drones attacked energy sites in the Kharkiv region overnight, the governor said.")
    assert (found.location.name, found.location.precision) == ("Kharkiv Oblast", "admin1")


def test_a_report_that_gives_only_a_country_is_located_at_the_country():
    found = parse("Heavy fighting was reported in Sudan on Tuesday.")
    assert (found.location.country_code, found.location.precision) == ("SD", "country")


# --- what a recogniser hands over ----------------------------------------------------


def test_given_spans_resolve_abbreviations_demonyms_counties_and_names_inside_names():
    text = "Officials in Springfield, Ill., and Kenyan diplomats met at the Bank of England in Clarke County."
    got = resolved(text, spans_of(text, "Ill.", "Kenyan", "Bank of England", "Clarke County"))
    assert got["Ill."] == ("US", "admin1", "Illinois")
    assert got["Kenyan"][:2] == ("KE", "country")
    assert got["Bank of England"][0] == "GB"
    assert got["Clarke County"][:2] == ("US", "admin2")


def test_abbreviations_are_never_taken_from_running_text():
    text = "IN THE NEWS: Mass. rallies and Russian officials, OR so they said."
    assert [pn.text for pn in parse(text).places] == ["Russian"]


def test_demonyms_are_found_but_never_where_the_event_happened(gaz):
    text = "Russian missiles struck Kharkiv overnight."
    found = parse(text)
    assert [(pn.text, pn.place.country_code) for pn in found.places] == [("Russian", "RU"), ("Kharkiv", "UA")]
    assert found.location.name == "Kharkiv"
    assert [s for _, s in gaz.find_in_text(text)] == ["Kharkiv"]  # the pipeline's scan leaves them out


def test_an_unknown_name_takes_the_unit_the_others_agree_on():
    text = "Shelling hit Zorbluk and Kramatorsk overnight."
    got = resolved(text, spans_of(text, "Zorbluk", "Kramatorsk"))
    assert got["Zorbluk"] == ("UA", "admin1", "Donetsk Oblast")
    assert got["Kramatorsk"] == ("UA", "place", "Kramatorsk")
    assert parse(text, spans_of(text, "Zorbluk", "Kramatorsk")).location.name == "Kramatorsk"


def test_an_unknown_name_with_nothing_to_agree_on_stays_unresolved():
    text = "Shelling hit Zorbluk overnight."
    assert resolved(text, spans_of(text, "Zorbluk")) == {"Zorbluk": None}


def test_continents():
    text = "Migrants crossing from Africa to Europe drowned off Libya."
    got = resolved(text)
    assert got["Africa"][1:] == ("country", "Africa")
    assert got["Libya"][:2] == ("LY", "country")


# --- the command ---------------------------------------------------------------------


def test_eventfuse_geoparse_writes_one_line_per_article(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"id": "a1", "text": "Speaking in Kyiv, the minister said the strike on Sumy killed four."}) + "\n"
        + json.dumps({"id": "a2", "text": "Nothing happened anywhere."}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["geoparse", str(source), "--format", "jsonl", "-o", str(out)])
    assert result.exit_code == 0, result.output
    first, second = (json.loads(line) for line in out.read_text(encoding="utf-8").splitlines())
    assert first["id"] == "a1" and first["location"]["name"] == "Sumy"
    assert [t["text"] for t in first["toponyms"]] == ["Kyiv", "Sumy"]
    assert first["toponyms"][1]["span"] == [50, 54] and first["toponyms"][1]["place"]["geonames_id"] == 692194
    assert second == {"id": "a2", "toponyms": [], "location": None}


def test_namesakes_in_one_country_are_told_apart_by_the_towns_around_them():
    text = "Storms closed schools in Gainesville, Lawrenceville and Buford on Monday."
    got = {pn.text: pn.place for pn in parse(text).places}
    assert (got["Gainesville"].country_code, got["Gainesville"].admin1) == ("US", "Georgia")
    text = "Storms closed schools in Gainesville, Ocala and Alachua on Monday."
    got = {pn.text: pn.place for pn in parse(text).places}
    assert got["Gainesville"].admin1 == "Florida"


def test_peoples_and_faiths_are_not_places():
    found = parse("Jewish leaders met Arab officials in Haifa on Monday.")
    assert [pn.text for pn in found.places] == ["Haifa"]
    # A longer name that holds one still is.
    found = parse("The Jewish Autonomous Oblast lies in the Russian Far East.")
    assert found.places[0].place.name == "Jewish Autonomous Oblast"


def test_words_capitalised_for_other_reasons_are_not_looked_up_alone():
    found = parse("Congress passed the bill after the Commerce Department backed it. My view: Man of the Year goes to Lagos.")
    assert [pn.text for pn in found.places] == ["Lagos"]
    # A name that holds one is still a place, and so is a span handed over as one.
    assert [pn.place.name for pn in parse("Fighting was reported near Red Deer, Alberta.").places][:1] == ["Red Deer"]


def test_a_surname_that_is_only_a_foreign_name_of_a_country_is_a_person():
    text = "Drones struck the port of Odesa overnight, Governor Oleh Kiper wrote on Telegram."
    assert "Kiper" not in resolved(text)
    # A country's own name after a given name is still the country.
    assert resolved("Michael Jordan flew to Amman.")["Jordan"][0] == "JO"


def test_an_armed_group_named_like_a_town_is_no_place():
    assert "Hamas" not in resolved("Israel's military said it struck a Hamas command centre in Gaza City.")


def test_a_unit_named_beside_its_country_is_where_it_happened():
    text = "Armed men kidnapped 37 students from a school in Kebbi state in northwestern Nigeria late on Sunday."
    location = parse(text).location
    assert (location.name, location.precision) == ("Kebbi", "admin1")


def test_declined_neuter_names():
    found = resolved("Ракети вдарили по Запоріжжю та Дніпру, обстріл Дніпра тривав усю ніч.")
    assert found["Дніпру"][2] == "Dnipro" and found["Дніпра"][2] == "Dnipro" and found["Запоріжжю"][2] == "Zaporizhzhya"
