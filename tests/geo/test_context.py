"""Context beyond the text's own place names: the outlet's address, names the gazetteer
cannot place, persons' names, one place per name. Sentences written for these tests."""

import pytest

from eventfuse.geo import geoparse
from eventfuse.geo.outlet import home
from eventfuse.model import Article


def parse(text: str, spans=None, url: str | None = None):
    return geoparse(Article(id="t", text=text, url=url), spans)


def spans_of(text: str, *names: str) -> list[tuple[int, int]]:
    return [(text.index(n), text.index(n) + len(n)) for n in names]


def read(text: str, *names: str, url: str | None = None) -> dict[str, tuple]:
    """surface -> (country, precision, name, admin1), on the given spans."""
    places = parse(text, spans_of(text, *names) if names else None, url).places
    return {
        pn.text: (pn.place.country_code, pn.place.precision, pn.place.name, pn.place.admin1) if pn.place else None
        for pn in places
    }


# --- the outlet's address -------------------------------------------------------------


def test_newspaper_words_alone_name_no_town():
    assert home("https://dailytimesonline.com/x").towns == ()


@pytest.mark.parametrize(
    ("address", "country", "town"),
    [
        ("https://www.duluthherald.com/local/2024/story", "", "duluth"),
        ("http://www.example.co.uk/news/1", "GB", None),
        ("news.example.ca", "CA", None),
        ("https://www.example.tv/clip", "", None),  # sold as a generic domain
        ("https://dailytimesonline.com/x", "", None),
        (None, "", None),
        ("Kyiv Post", "", None),  # a name, not an address
    ],
)
def test_what_an_address_says(address, country, town):
    found = home(address)
    assert found.country == country
    if town:
        assert town in found.towns


@pytest.mark.parametrize(
    ("address", "country"),
    [
        (None, "AU"),
        ("https://www.example.ca/news/1", "CA"),
        ("https://www.example.co.uk/news/1", "GB"),
        ("https://www.example.com/news/1", "AU"),  # a generic domain says nothing
    ],
)
def test_the_outlets_country_decides_a_bare_homonym(address, country):
    text = "Police in Perth arrested two men on Friday."
    assert read(text, "Perth", url=address)["Perth"][0] == country


def test_the_outlets_home_town_places_its_neighbours():
    text = "Volunteers cleared the trails at Berea on Saturday."
    assert read(text, "Berea")["Berea"][0] != "US"
    got = read(text, "Berea", url="http://www.richmondregister.com/local/1")["Berea"]
    assert got[:2] == ("US", "place") and got[3] == "Kentucky"


def test_an_outlet_argument_overrides_the_address():
    text = "Police in Perth arrested two men on Friday."
    article = Article(id="t", text=text, url="http://www.example.co.uk/a")
    got = geoparse(article, spans_of(text, "Perth"), outlet_country="CA").places[0].place
    assert got.country_code == "CA"


def test_a_repeated_name_is_no_evidence_for_itself():
    text = "A Delta officer came. Delta police said nothing. The Delta chief then flew back to Vancouver."
    spans = [(i, i + 5) for i in range(len(text)) if text.startswith("Delta", i)] + spans_of(text, "Vancouver")
    places = parse(text, spans).places
    assert {(pn.place.country_code, pn.place.precision) for pn in places if pn.text == "Delta"} == {("CA", "place")}


# --- names the gazetteer cannot place -----------------------------------------------


def test_an_unknown_feature_takes_the_region_the_article_is_about():
    text = (
        "Paddlers on the Zorbluk River left Tyler on Monday, passed Athens and Jacksonville, "
        "and will reach Lufkin, Texas, by the weekend."
    )
    got = read(text, "Zorbluk River", "Tyler", "Athens", "Jacksonville", "Lufkin", "Texas")
    assert got["Zorbluk River"][:3] == ("US", "admin1", "Texas")
    assert got["Athens"][:2] == ("US", "place")


def test_a_small_namesake_abroad_yields_to_the_articles_country():
    text = "Flights into Heathrow and Gatwick were held while London, Manchester and Leeds saw snow."
    got = read(text, "Heathrow", "Gatwick", "London", "Manchester", "Leeds")
    assert got["Heathrow"][0] == "GB" and got["Gatwick"][0] == "GB"
    assert got["Heathrow"][1] != "place"


def test_a_name_read_through_a_foreign_town_inside_it_takes_the_articles_unit():
    text = "Snow closed Pearson International Airport in Toronto, and Ottawa and Hamilton too."
    got = read(text, "Pearson International Airport", "Toronto", "Ottawa", "Hamilton")
    assert got["Pearson International Airport"][:2] == ("CA", "admin1")


def test_a_country_inside_an_institutions_name_stays_that_country():
    text = "The Bank of Japan held rates while Reading and Leeds reported falling prices in England."
    got = read(text, "Bank of Japan", "Reading", "Leeds", "England")
    assert got["Bank of Japan"][:2] == ("JP", "country")


def test_a_stray_found_in_running_text_is_left_out():
    text = "Flights into Heathrow were held while London, Manchester and Leeds saw heavy snow on Sunday."
    assert "Heathrow" not in read(text)


# --- one place per name, and what lists and plurals say --------------------------------


def test_one_place_per_name_in_an_article():
    text = (
        "The bus left Springfield, Ohio, at dawn. Drivers in Springfield said the route to "
        "Washington would reopen, and Springfield schools stayed shut."
    )
    readings = {(pn.place.name, pn.place.admin1) for pn in parse(text).places if pn.text == "Springfield"}
    assert readings == {("Springfield", "Ohio")}


def test_a_list_closed_by_counties_names_counties():
    got = read("Roofs collapsed in Harvey, Harper and Kingman counties on Sunday.")
    assert [got[n][1] for n in ("Harvey", "Harper", "Kingman")] == ["admin2"] * 3
    assert {got[n][3] for n in ("Harvey", "Harper", "Kingman")} == {"Kansas"}


def test_a_list_closed_by_regions_names_regions():
    got = read("Shelling hit the Donetsk and Luhansk regions overnight.")
    assert got["Donetsk"][:3] == ("UA", "admin1", "Donetsk Oblast")
    assert got["Luhansk"][:2] == ("UA", "admin1")


def test_a_town_and_its_county_are_read_together():
    text = "All residents of Paris and Henry County will receive a letter from the rescue squad."
    got = read(text, "Paris", "Henry County")
    assert got["Paris"][:2] == ("US", "place") and got["Paris"][3] == "Tennessee"
    assert got["Henry County"][3] == "Tennessee"


# --- units and their namesake towns --------------------------------------------------


def test_a_unit_mostly_made_of_its_town_yields_to_the_town():
    text = "The mayor of Sligo opened the new library in Ireland's north-west."
    assert read(text, "Sligo", "Ireland")["Sligo"][:2] == ("IE", "place")


def test_a_country_known_only_by_an_alternate_name_does_not_lift_a_unit():
    text = "A Columbia woman was sentenced in the U.S. District Court on Monday."
    got = read(text, "Columbia", "U.S.")
    assert got["Columbia"][:3] == ("US", "place", "Columbia")


# --- persons' names and other words --------------------------------------------------


def test_a_persons_surname_is_that_person_throughout():
    text = (
        "Kevin Baker rode into town on Monday. Baker, a veteran, said he would ride on to Denver. "
        "The trip, Baker said, is for his friends."
    )
    found = [pn.text for pn in parse(text).places]
    assert "Baker" not in found and "Denver" in found


def test_a_title_in_lower_case_marks_a_person():
    text = "The team won again on Friday, said coach Ripley after the match in Denver."
    assert [pn.text for pn in parse(text).places] == ["Denver"]


def test_a_saints_day_is_no_place():
    text = "Police in Boston stepped up patrols for St. Patrick's Day."
    assert [pn.text for pn in parse(text).places] == ["Boston"]


def test_state_abbreviations_after_a_town_or_a_party_letter():
    text = "The plant in Erie, Pa., will close, said Rep. Jane Doe, D-N.Y., while Mass. voters waited."
    got = read(text)
    assert got["Pa."][:3] == ("US", "admin1", "Pennsylvania")
    assert got["N.Y."][:3] == ("US", "admin1", "New York")
    assert "Mass." not in got


def test_demonyms_of_units_and_countries_resolve_when_handed_over():
    text = "A Texan rancher, two Korean students and a Scottish piper met a Georgian diplomat."
    got = read(text, "Texan", "Korean", "Scottish", "Georgian")
    assert got["Texan"][:3] == ("US", "admin1", "Texas")
    assert got["Korean"][:2] == ("KR", "country")
    assert got["Scottish"][:3] == ("GB", "admin1", "Scotland")
    assert got["Georgian"][:2] == ("GE", "country")  # the country's people, not the state's
    # Found in running text too, when geoparse scans for toponyms.
    assert [pn.text for pn in parse(text).places] == ["Texan", "Korean", "Scottish", "Georgian"]


def test_a_dateline_after_a_headline():
    text = "Plant to close next year. FAIRBANKS, Alaska — The owners said on Monday that work would stop."
    assert [pn.text for pn in parse(text).places][:2] == ["FAIRBANKS", "Alaska"]


def test_a_state_before_its_party_is_still_the_state():
    text = "A longtime figure in Ohio Democratic politics died on Sunday."
    assert read(text)["Ohio"][:2] == ("US", "admin1")


def test_hyphenated_peoples_are_not_places_but_pairs_of_them_are():
    text = "The museum honours Irish-Americans; trade at the Turkish-Syrian border resumed."
    assert [pn.text for pn in parse(text).places] == ["Turkish", "Syrian"]


def test_an_unknown_name_takes_the_leading_country_even_without_a_majority():
    text = "Zorbluk, Kharkiv and Izium were shelled; Moscow, Paris and Berlin condemned it."
    got = read(text, "Zorbluk", "Kharkiv", "Izium", "Moscow", "Paris", "Berlin")
    assert got["Zorbluk"][0] == "UA"


def test_locate_reads_the_outlets_address_too():
    from eventfuse.geo import locate
    from eventfuse.model import Mention, PlaceName

    text = "Police in Perth arrested two men on Friday."
    mention = Mention(
        article="t", index=0, event_type="ASSAULT", span=(0, len(text)),
        places=[PlaceName("Perth", (10, 15), is_event_location=True)],
    )  # fmt: skip
    for url, country in ((None, "AU"), ("https://www.example.co.uk/a", "GB")):
        located = locate(Article(id="t", text=text, url=url), [mention])[0]
        assert located.location.country_code == country


def test_persons_spans_from_a_recogniser_keep_their_names_off_the_map():
    # A large city's name is kept by the scan's own rules, even after a given name...
    text = "Tom Sheffield met voters in Leeds. Sheffield said the count in York was close."
    assert [pn.text for pn in parse(text).places] == ["Sheffield", "Leeds", "Sheffield", "York"]
    # ...but not inside a span a recogniser took for a person, nor as that person's surname alone.
    got = geoparse(Article(id="t", text=text), persons=[(0, len("Tom Sheffield"))]).places
    assert [pn.text for pn in got] == ["Leeds", "York"]


def test_a_bare_dateline_names_a_major_city():
    text = "Senate acts. WASHINGTON — Lawmakers from Connecticut and New York agreed on Monday."
    assert read(text)["WASHINGTON"][:3] == ("US", "place", "Washington")
    assert read(text)["WASHINGTON"][3] == "District of Columbia"


def test_places_inside_institutions_names_are_found_by_geoparse_but_not_persons():
    text = (
        "She was due in Bridgeport Superior Court, and flew out of Vancouver International Airport; "
        "the Ohio Housing Finance Agency paid, and Paris Hilton did not comment."
    )
    found = [pn.text for pn in parse(text).places]
    assert found == ["Bridgeport", "Vancouver", "Ohio"]


def test_the_pipelines_scan_leaves_institutions_names_whole(gaz):
    text = "The Ohio Housing Finance Agency paid for the Kyiv Post report."
    assert gaz.find_in_text(text) == []


def test_georgia_is_the_country_when_its_towns_are_named_beside_a_us_mention():
    text = "A senior U.S. general visits Georgia this week and will travel to Gori and Tbilisi."
    assert read(text)["Georgia"][:2] == ("GE", "country")
    text = "Storms hit Georgia overnight; Atlanta and Savannah lost power, U.S. officials said."
    assert read(text)["Georgia"][:2] == ("US", "admin1")


def test_an_unknown_name_takes_the_leading_unit_even_without_a_majority():
    text = "Crews on the Zorbluk Creek near Austin and Dallas were joined by teams from Tulsa and Denver."
    got = read(text, "Zorbluk Creek", "Austin", "Dallas", "Tulsa", "Denver")
    assert got["Zorbluk Creek"][:3] == ("US", "admin1", "Texas")


# --- names the text places for the others ----------------------------------------------


def test_a_network_station_names_its_market():
    assert "chicago" in home("https://www.nbcchicago.com/news/local/story").towns
    assert "denver" in home("https://foxdenver.com/a").towns
    assert home("https://www.cbsnews.com/x").towns == ()


def test_peoples_names_alone_give_no_focus():
    # "German" says who farmed, not where: the river keeps the state inside its name.
    text = "German settlers farmed the land along the Mississippi River for a century."
    got = read(text, "German", "Mississippi River")
    assert got["Mississippi River"][0] == "US"


def test_a_possessive_places_the_name_inside_its_owner():
    text = "Murals cover the walls of Chicago's Pilsen neighborhood."
    got = read(text, "Chicago", "Pilsen")
    assert got["Pilsen"][0] == "US" and got["Pilsen"][3] == "Illinois"


def test_a_street_named_like_a_town_abroad_lies_where_the_article_is():
    text = "A water main broke at the Lyon/Maple intersection in Springfield, Illinois, on Tuesday."
    got = read(text, "Lyon", "Maple", "Springfield", "Illinois")
    assert got["Lyon"][0] == "US" and got["Lyon"][3] == "Illinois"
    text = "Crews closed Rhine and Danube streets in Lafayette, Louisiana, after the storm."
    assert read(text, "Rhine", "Danube", "Lafayette", "Louisiana")["Rhine"][0] == "US"


def test_a_small_place_abroad_yields_to_two_names_that_agree():
    text = "Snow closed the roads around Heathrow, and trains from London to Manchester were cancelled."
    assert read(text, "Heathrow", "London", "Manchester")["Heathrow"][0] == "GB"


def test_a_party_letter_marks_a_us_home_town():
    text = "Rep. Ann Lowe, D-Cambridge, filed the bill on Monday."
    assert read(text, "Cambridge")["Cambridge"][:2] == ("US", "place")


def test_a_unit_after_a_given_span_qualifies_it_unmarked():
    text = "WINCHESTER, Va. — The council met on Monday."
    got = read(text, "WINCHESTER")
    assert got["WINCHESTER"][0] == "US" and got["WINCHESTER"][3] == "Virginia"


def test_a_unit_gains_where_the_articles_towns_lie_in_it():
    # A town of the U.S. state beside the bare name: the state, not the country.
    text = "Flooding hit Tifton on Monday; Georgia officials opened shelters."
    assert read(text, "Tifton", "Georgia")["Georgia"][:2] == ("US", "admin1")
    text = "The mill in Valdosta closed, and Georgia lawmakers asked why."
    assert read(text, "Valdosta", "Georgia")["Georgia"][:2] == ("US", "admin1")


def test_an_institution_names_its_country():
    text = "Officers of the Cambridge Police Department searched the river on Sunday."
    assert read(text, "Cambridge")["Cambridge"][0] == "US"
    text = "The RCMP said the driver was stopped near Cambridge on Sunday."
    assert read(text, "Cambridge")["Cambridge"][0] == "CA"
    assert read("Boats were searched near Cambridge on Sunday.", "Cambridge")["Cambridge"][0] == "GB"
