"""Attribution chains and hedging."""

from __future__ import annotations

from eventfuse.extract.attribution import attribution, hedged
from eventfuse.extract.nlp import pipeline


def chain(text: str, language: str = "en"):
    sentence = next(iter(pipeline(language)(text).sents))
    result = attribution(sentence, language)
    return [s.name for s in result.chain], result


def test_according_to_names_the_source():
    names, _ = chain("According to the regional governor, five people were hurt.")
    assert names == ["regional governor"]


def test_told_puts_the_carriers_before_the_source():
    names, result = chain("Two police officials told Reuters and the BBC that the bomb went off at noon.")
    assert names[-1] == "Two police officials" or names[-1].endswith("police officials")
    assert "Reuters" in names and "BBC" in names
    assert all(source.name.endswith("officials") for _, source in result.cites)


def test_cited_links_a_carrier_to_its_source():
    names, result = chain("The Daily Herald cited a hospital source who asked not to be named.")
    assert names == ["Daily Herald", "hospital source"]
    assert result.cites[0][0].name == "Daily Herald"


def test_nationality_of_a_channel_is_kept():
    _, result = chain("According to the Ukrainian Telegram channel Frontline Notes, the depot burned.")
    assert result.chain[0].name == "Frontline Notes" and result.chain[0].country == "UKR"


def test_generic_media_reports_are_marked_generic():
    _, result = chain("Three people died, according to local media reports.")
    assert result.chain[0].generic


def test_hedges():
    assert hedged("The commander is said to have fled.")
    assert hedged("The claim could not be independently verified.")
    assert hedged("Dabei sollen drei Menschen ums Leben gekommen sein.")
    assert not hedged("The commander fled on Monday.")


def test_cue_phrases_in_other_languages():
    names, _ = chain("Selon la préfecture, deux personnes ont été blessées.", "fr")
    assert names == ["préfecture"]
    names, _ = chain("Laut Polizei wurden drei Menschen verletzt.", "de")
    assert names == ["Polizei"]


def test_hedges_in_other_languages():
    assert hedged("Selon des informations non confirmées, dix soldats auraient été tués.")
    assert hedged("Según fuentes locales, supuestamente murieron tres personas.")
    assert hedged("По неподтвержденным данным, погибли двое.")
    assert hedged("Нібито загинули троє військових.")


def test_source_after_the_verb_in_romance_and_slavic_languages():
    assert chain("Almeno sei persone sono state uccise, ha riferito il sindaco.", "it")[0] == ["sindaco"]
    assert chain("Murieron tres personas, informó el alcalde.", "es")[0] == ["alcalde"]
    assert chain("Погибли три человека, сообщил губернатор.", "ru")[0] == ["губернатор"]
    assert chain("Загинули двоє людей, повідомив голова ОВА.", "uk")[0] == ["голова ОВА"]
    assert chain("Drei Menschen wurden getötet, teilte der Gouverneur mit.", "de")[0] == ["Gouverneur"]


def test_whole_source_names_in_other_languages():
    # A chain of genitives in Russian and Ukrainian, an adjective after the noun in French, a present tense in Italian.
    cases = [
        ("ru", "Ночью дроны атаковали Одессу, по данным Воздушных сил ВСУ.", "Воздушных сил ВСУ"),
        ("uk", "Уночі ворог атакував Запоріжжя, за даними обласної адміністрації.", "обласної адміністрації"),
        ("fr", "Une explosion a secoué le port, a indiqué l'agence officielle.", "agence officielle"),
        ("it", "Un'esplosione ha colpito una caserma, riferisce l'agenzia Ansa.", "agenzia Ansa"),
    ]
    for language, text, source in cases:
        assert chain(text, language)[0] == [source], (language, text)


def test_hedges_in_italian_spanish_russian_and_ukrainian():
    for text in ("Tre persone sarebbero morte nell'attacco.", "Tres personas habrían muerto en el ataque.",
                 "По неподтверждённым данным, в Белгороде прогремели взрывы.", "Імовірно, внаслідок вибуху загинули двоє людей."):
        assert hedged(text), text


def test_a_source_cited_by_an_agency_in_other_languages():
    for text, language, expected in [
        ("Según fuentes militares citadas por Reuters, tres soldados murieron.", "es", ["Reuters", "fuentes militares"]),
        ("Selon des sources militaires citées par l'AFP, deux soldats ont été tués.", "fr", ["AFP", "sources militaires"]),
        ("Secondo fonti militari citate dalla Reuters, due soldati sono morti.", "it", ["Reuters", "fonti militari"]),
    ]:
        doc = pipeline(language)(text)
        found = attribution(next(iter(doc.sents)), language)
        assert [s.name for s in found.chain] == expected
        assert [(a.name, b.name) for a, b in found.cites] == [tuple(expected)]


def test_a_chain_of_citations_runs_to_the_farthest_source():
    names, result = chain("Two officers were killed in the strike, Newsweek reported, citing the Kyiv Post, which cited unnamed intelligence sources.")
    assert names == ["Newsweek", "Kyiv Post", "unnamed intelligence sources"]
    assert [(a.name, b.name) for a, b in result.cites] == [("Newsweek", "Kyiv Post"), ("Kyiv Post", "unnamed intelligence sources")]


def test_sources_named_by_plural_or_group_nouns():
    assert chain("The toll rose to 45, including six children, emergency services said on Monday.")[0] == ["emergency services"]
    assert chain("Security forces arrested 14 journalists in Istanbul, a press freedom group said.")[0] == ["press freedom group"]


def test_a_source_the_parse_hangs_on_the_place_before_it():
    names, _ = chain("Two people were wounded when a drone struck a market in Kherson, the city's military administration said.")
    assert names == ["city's military administration"]


def test_each_side_of_a_sentence_keeps_its_own_figure():
    from eventfuse.extract import extract
    from eventfuse.model import Article

    text = ("Israel's military said it struck a Hamas command centre in Gaza City, while the Gaza health ministry said "
            "the strike hit a school sheltering displaced families, killing 22 people, including 13 children.")
    (main,) = [m for m in extract(Article(id="t", text=text, language="en", outlet="Wire")) if m.is_main]
    killed = [c for c in main.claims if c.field == "killed" and not c.who]
    assert [c.attribution for c in killed] == [("Wire", "Gaza health ministry")]
    typed = [c for c in main.claims if c.field == "event_type"]
    assert typed[0].attribution == ("Wire", "Israel's military")


def test_a_claim_of_responsibility_is_no_hedge():
    assert not hedged("Al-Shabaab claimed responsibility for the attack in a statement.")
    assert hedged("Russia claimed its forces had shot down 40 drones.")


def test_whoever_tells_an_outlet_is_a_source():
    names, _ = chain("Gunmen killed at least 22 people at a church in Owo on Sunday, a local lawmaker told Reuters.")
    assert names == ["Reuters", "local lawmaker"]
