from eventfuse.geo import country_of, locate
from eventfuse.model import Article, Mention, Place, PlaceName


def place_name(text: str, name: str, **kwargs) -> PlaceName:
    start = text.index(name)
    return PlaceName(text=name, span=(start, start + len(name)), **kwargs)


def locate_one(text: str, *places: PlaceName) -> Mention:
    article = Article(id="t1", text=text)
    mention = Mention(article="t1", index=0, event_type="ASSAULT", span=(0, len(text)), places=list(places))
    (located,) = locate(article, [mention])
    return located


def test_the_donetsk_region_is_the_admin1_unit():
    text = "A missile hit a base in the occupied part of the Donetsk region on Thursday night."
    located = locate_one(text, place_name(text, "Donetsk", is_event_location=True, kind_hint="region"))
    assert located.location.precision == "admin1"
    assert (located.location.geonames_id, located.location.country_code) == (709716, "UA")


def test_the_region_is_found_even_when_extract_missed_it():
    text = "A missile hit a base in the occupied part of the Donetsk region on Thursday night."
    located = locate_one(text)
    assert located.location.geonames_id == 709716
    assert [pn.text for pn in located.places] == ["Donetsk region"]
    assert not located.places[0].is_event_location


def test_in_donetsk_is_the_ukrainian_city():
    text = "Six officers died in Donetsk, a spokesman in Moscow said."
    located = locate_one(text, place_name(text, "Donetsk", is_event_location=True), place_name(text, "Moscow"))
    assert located.location.geonames_id == 709717
    assert located.location.country_code == "UA"


def test_finest_place_consistent_with_the_others():
    text = "Rockets fell on Kramatorsk in the Donetsk region of Ukraine."
    located = locate_one(text)
    assert located.location.geonames_id == 704508  # Kramatorsk
    assert {pn.place.precision for pn in located.places} == {"place", "admin1", "country"}


def test_a_country_name_never_becomes_a_village():
    text = "Troops crossed into France at dawn."
    located = locate_one(text, place_name(text, "France", is_event_location=True))
    assert (located.location.precision, located.location.country_code) == ("country", "FR")


def test_georgia_without_and_with_a_us_context():
    text = "Troops crossed into Georgia at dawn."
    assert locate_one(text).location.country_code == "GE"
    text = "Storms hit Georgia and Alabama in the United States overnight."
    located = locate_one(text, place_name(text, "Georgia", is_event_location=True))
    assert (located.location.country_code, located.location.precision) == ("US", "admin1")
    text = "Police cleared a protest camp in Atlanta, Georgia, on Sunday."
    located = locate_one(text)
    georgia = next(pn for pn in located.places if pn.text == "Georgia")
    assert georgia.place.country_code == "US"


def test_paris_texas_and_paris():
    text = "A tornado struck Paris, Texas, late on Friday."
    located = locate_one(text, place_name(text, "Paris", is_event_location=True))
    assert (located.location.name, located.location.country_code, located.location.admin1) == ("Paris", "US", "Texas")
    text = "A tornado struck Paris late on Friday."
    located = locate_one(text, place_name(text, "Paris", is_event_location=True))
    assert located.location.country_code == "FR"


def test_an_unknown_name_leaves_the_known_one_alone():
    text = "Shelling hit Zorbluk and Kramatorsk overnight."
    located = locate_one(
        text,
        place_name(text, "Zorbluk", is_event_location=True),
        place_name(text, "Kramatorsk", is_event_location=True),
    )
    assert located.location.geonames_id == 704508
    zorbluk = next(pn for pn in located.places if pn.text == "Zorbluk")
    assert zorbluk.place is None


def test_nothing_resolvable_leaves_no_location():
    text = "Shelling hit Zorbluk overnight."
    assert locate_one(text, place_name(text, "Zorbluk", is_event_location=True)).location is None


def test_non_english_article():
    text = "Eine Rakete traf am Donnerstag Donezk, meldete eine Zeitung aus Charkiw."
    located = locate_one(text)
    assert located.location.geonames_id in (709717, 706483)
    assert {pn.place.geonames_id for pn in located.places} == {709717, 706483}


def test_mentions_only_get_names_inside_their_span():
    text = "Drones hit Kramatorsk. Separately, officials in Paris met."
    article = Article(id="t2", text=text)
    first = Mention(article="t2", index=0, event_type="ASSAULT", span=(0, 22))
    second = Mention(article="t2", index=1, event_type="CONSULT", span=(23, len(text)))
    located = locate(article, [first, second])
    assert located[0].location.geonames_id == 704508
    assert located[1].location.country_code == "FR"
    assert [pn.text for pn in located[0].places] == ["Kramatorsk"]
    # The inputs are left as they were.
    assert first.places == [] and first.location is None


def test_a_place_set_before_geo_is_kept():
    text = "Shelling hit Donetsk overnight."
    fixed = Place(name="Donetsk", country_code="RU", geonames_id=565348, precision="place")
    located = locate_one(text, place_name(text, "Donetsk", is_event_location=True, place=fixed))
    assert located.location == fixed


def test_country_of():
    assert country_of("UA").country_code == "UA"
    assert country_of("UKR").country_code == "UA"
    assert country_of("Україна").country_code == "UA"
    assert country_of("Deutschland").country_code == "DE"
    assert country_of("the Netherlands").country_code == "NL"
    assert country_of("UK").country_code == "GB"
    assert country_of("Ivory Coast").country_code == "CI"
    assert country_of("Donetsk") is None
    assert country_of("") is None


def test_a_speakers_place_flagged_by_extract_does_not_hide_the_scene_extract_missed():
    # extract read "in Kyiv" as a locative; it is where the minister spoke, and Sumy, which extract did not
    # find, is where the strike was.
    text = "Speaking in Kyiv, the minister said the strike on Sumy killed four people."
    located = locate_one(text, place_name(text, "Kyiv", is_event_location=True))
    assert {pn.text: pn.is_event_location for pn in located.places} == {"Kyiv": False, "Sumy": True}
    assert located.location.name == "Sumy"


def test_inflected_attack_words_mark_the_scene_in_russian_and_ukrainian():
    for text, name in (("В результате обстрела Донецка в среду погибли пять человек.", "Донецка"),
                       ("Унаслідок обстрілу Харкова загинули четверо людей.", "Харкова")):
        located = locate_one(text)
        assert {pn.text: pn.is_event_location for pn in located.places} == {name: True}


def test_parties_with_no_country_take_the_country_where_the_event_happened():
    from eventfuse.model import Actor

    text = "Two civilians were killed when Russian artillery shelled Kherson."
    article = Article(id="t1", text=text)
    mention = Mention(article="t1", index=0, event_type="ASSAULT", span=(0, len(text)),
                      places=[place_name(text, "Kherson", is_event_location=True)],
                      actors=[Actor("civilians", None, "CVL", "recipient"), Actor("Russian military", "RUS", "MIL", "actor"),
                              Actor("gunmen", None, "REB", "actor")])
    (located,) = locate(article, [mention])
    assert [(a.name, a.country_code) for a in located.actors] == [("civilians", "UKR"), ("Russian military", "RUS"), ("gunmen", None)]
