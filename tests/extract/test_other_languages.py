"""Reports in German, French, Spanish, Italian, Russian and Ukrainian, on sentences written for these tests:
type, counts, date, place, attribution and parties, with no translation."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from eventfuse.extract import extract
from eventfuse.model import NIGHT_REASON, Article

PUBLISHED = datetime(2025, 6, 14, 10, 0, tzinfo=timezone(timedelta(hours=2)))  # a Saturday


def main(text: str, language: str):
    article = Article(id="t", text=text, language=language, published=PUBLISHED, outlet="Wire")
    return next(m for m in extract(article) if m.is_main)


def counts(mention, field: str) -> list[tuple[int | None, int | None]]:
    return [(c.low, c.high) for c in mention.claims if c.field == field and not c.who]


def source(mention) -> str | None:
    return next((c.attribution[-1] for c in mention.claims if len(c.attribution) > 1), None)


def place(mention) -> list[str]:
    return [p.text for p in mention.places if p.is_event_location]


# (language, text, type, sub-event type, killed, injured, date, place, last source)
REPORTS = [
    ("de", "Bei einem russischen Drohnenangriff auf Charkiw sind in der Nacht zum Freitag mindestens vier Menschen getötet "
           "und zwölf verletzt worden, teilte der Gouverneur auf Telegram mit.",
     "ASSAULT", "Air/drone strike", [(4, None)], [(12, 12)], "2025-06-13", "Charkiw", "Gouverneur"),
    ("fr", "Une frappe de missile a tué trois civils jeudi à Odessa, selon le gouverneur régional.",
     "ASSAULT", "Shelling/artillery/missile attack", [(3, 3)], [], "2025-06-12", "Odessa", "gouverneur régional"),
    ("es", "Al menos cinco personas murieron y otras diez resultaron heridas el viernes en un ataque con drones contra Jersón, "
           "según las autoridades locales.",
     "ASSAULT", "Air/drone strike", [(5, None)], [(10, 10)], "2025-06-13", "Jersón", "autoridades locales"),
    ("it", "Almeno sei persone sono state uccise ieri in un attacco missilistico su Dnipro, ha riferito il sindaco.",
     "ASSAULT", "Shelling/artillery/missile attack", [(6, None)], [], "2025-06-13", "Dnipro", "sindaco"),
    ("ru", "В результате ракетного удара по Харькову в пятницу погибли три человека, еще 15 получили ранения, сообщил губернатор.",
     "ASSAULT", "Shelling/artillery/missile attack", [(3, 3)], [(15, 15)], "2025-06-13", "Харькову", "губернатор"),
    ("uk", "Унаслідок атаки дронів на Одесу в ніч на п'ятницю загинули двоє людей, ще семеро поранені, повідомив голова ОВА.",
     "ASSAULT", "Air/drone strike", [(2, 2)], [(7, 7)], "2025-06-13", "Одесу", "голова ОВА"),
]


@pytest.mark.parametrize(("language", "text", "event_type", "sub_event_type", "killed", "injured", "day", "where", "said_by"), REPORTS,
                         ids=[r[0] for r in REPORTS])
def test_strike_reports(language, text, event_type, sub_event_type, killed, injured, day, where, said_by):
    mention = main(text, language)
    assert (mention.event_type, mention.sub_event_type) == (event_type, sub_event_type)
    assert counts(mention, "killed") == killed
    assert counts(mention, "injured") == injured
    assert mention.date == day and mention.date_precision == "day" and mention.date_reason
    assert where in place(mention)
    assert source(mention) == said_by


@pytest.mark.parametrize(
    ("language", "text", "arrested", "where"),
    [
        ("de", "Die Polizei nahm am Donnerstag in Leipzig 23 Demonstranten fest.", 23, "Leipzig"),
        ("fr", "Jeudi à Lyon, la police a interpellé 17 manifestants.", 17, "Lyon"),
        ("es", "La policía detuvo a 30 manifestantes el jueves en Caracas.", 30, "Caracas"),
        ("it", "Giovedì a Milano la polizia ha fermato 9 manifestanti.", 9, "Milano"),
        ("ru", "В четверг в Москве полиция задержала 40 участников митинга.", 40, "Москве"),
        ("uk", "У четвер у Києві поліція затримала 12 учасників акції протесту.", 12, "Києві"),
    ],
)
def test_arrests_at_protests(language, text, arrested, where):
    mention = main(text, language)
    assert mention.sub_event_type == "Protest with intervention"
    assert counts(mention, "arrested") == [(arrested, arrested)]
    assert mention.date == "2025-06-12"
    assert where in place(mention)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Tausende Menschen demonstrierten am Samstag in Berlin gegen die Rentenreform."),
        ("fr", "Des milliers de manifestants ont défilé samedi à Paris contre la réforme des retraites."),
        ("es", "Miles de personas se manifestaron el sábado en Madrid contra la reforma."),
        ("it", "Migliaia di persone hanno manifestato sabato a Roma contro la guerra."),
        ("ru", "В субботу в Ереване прошел митинг против нового закона."),
        ("uk", "У суботу в Одесі відбувся мітинг проти забудови парку."),
    ],
)
def test_peaceful_protests(language, text):
    mention = main(text, language)
    assert (mention.event_type, mention.sub_event_type, mention.date) == ("PROTEST", "Peaceful protest", "2025-06-14")


def test_french_hedged_round_figure_and_explicit_date():
    mention = main("Selon des informations non confirmées, une vingtaine de soldats auraient été tués dans une embuscade "
                   "près de Gao le 12 juin.", "fr")
    assert mention.hedged
    assert counts(mention, "killed") == [(16, 24)]
    assert mention.date == "2025-06-12" and "12 juin" in mention.date_reason


def test_russian_date_is_not_a_count():
    mention = main("По данным МЧС, при обстреле Донецка 10 июня погибли двое мирных жителей.", "ru")
    assert counts(mention, "killed") == [(2, 2)]
    assert mention.date == "2025-06-10"
    assert source(mention) == "МЧС"


def test_machine_translated_swedish_robot_strike():
    mention = main("The Russian robots struck Sumy on Friday, killing two.", "en")
    assert mention.sub_event_type == "Shelling/artillery/missile attack" and mention.date == "2025-06-13"


# Killing and wounding told in the active voice, with the victims as objects (oblique numerals in Russian and Ukrainian).
@pytest.mark.parametrize(
    ("language", "text", "killed", "injured"),
    [
        ("es", "Un coche bomba mató a nueve personas e hirió a otras 30 en Mogadiscio el lunes.", [(9, 9)], [(30, 30)]),
        ("fr", "Des hommes armés ont ouvert le feu sur un bus près de Gao, tuant six passagers et blessant neuf autres.",
         [(6, 6)], [(9, 9)]),
        ("de", "Ein Angreifer tötete in Hanau drei Menschen und verletzte zwei weitere.", [(3, 3)], [(2, 2)]),
        ("ru", "Снайпер убил двух мирных жителей и ранил троих в Горловке.", [(2, 2)], [(3, 3)]),
        ("uk", "Російський дрон вбив двох людей і поранив чотирьох у Херсоні.", [(2, 2)], [(4, 4)]),
    ],
)
def test_killed_and_wounded_as_objects_of_active_verbs(language, text, killed, injured):
    mention = main(text, language)
    assert mention.event_type == "ASSAULT"
    assert (counts(mention, "killed"), counts(mention, "injured")) == (killed, injured)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Un coche bomba explotó el martes frente a una base militar en Kabul."),
        ("fr", "Mardi, une voiture piégée a explosé devant une base militaire à Kaboul."),
        ("it", "Martedì un'autobomba è esplosa davanti a una base militare a Kabul."),
        ("de", "Am Dienstag explodierte eine Autobombe vor einem Stützpunkt in Kabul."),
        ("ru", "Во вторник у военной базы в Кабуле взорвался заминированный автомобиль."),
        ("uk", "У вівторок біля військової бази в Кабулі вибухнув замінований автомобіль."),
    ],
)
def test_a_car_bomb_in_each_language(language, text):
    mention = main(text, language)
    assert (mention.event_type, mention.sub_event_type, mention.date) == ("ASSAULT", "Remote explosive/landmine/IED", "2025-06-10")


@pytest.mark.parametrize(
    ("language", "text", "event_type", "sub_event_type"),
    [
        ("de", "Bei Ausschreitungen nach dem Spiel in Hamburg wurden 12 Polizisten verletzt.", "PROTEST", "Violent demonstration"),
        ("it", "Migliaia di persone hanno sfilato a Napoli contro la guerra.", "PROTEST", "Peaceful protest"),
        ("it", "La polizia ha caricato i manifestanti davanti al parlamento a Roma.", "PROTEST", "Protest with intervention"),
        ("de", "Die Armee hat die Kontrolle über die Stadt Gao übernommen.", "COERCE", "Government regains territory"),
        ("es", "El ejército recuperó el control de la localidad tras intensos combates.", "COERCE", "Government regains territory"),
        ("uk", "ЗСУ звільнили село Андріївка на Донеччині.", "COERCE", "Government regains territory"),
        # Stones thrown make a protest violent, in each language.
        ("de", "Demonstranten bewarfen die Polizei in Leipzig mit Steinen.", "PROTEST", "Violent demonstration"),
        ("fr", "Des manifestants ont jeté des pierres sur les policiers à Nantes.", "PROTEST", "Violent demonstration"),
        ("es", "Los manifestantes lanzaron piedras contra la policía en Quito.", "PROTEST", "Violent demonstration"),
        ("it", "I manifestanti hanno lanciato pietre contro la polizia a Torino.", "PROTEST", "Violent demonstration"),
        ("ru", "Протестующие забросали полицию камнями в Ереване.", "PROTEST", "Violent demonstration"),
        ("uk", "Протестувальники закидали поліцію камінням у Києві.", "PROTEST", "Violent demonstration"),
        ("ru", "Жители Каменки вышли на акцию протеста против закрытия больницы.", "PROTEST", "Peaceful protest"),
        # Police sent to break up a protest: riot police are no riot, and a rally dissolved is one broken up.
        ("fr", "La police anti-émeute a dispersé les manifestants à Paris avec des gaz lacrymogènes.", "PROTEST", "Protest with intervention"),
        ("de", "Die Bereitschaftspolizei löste die Kundgebung in Berlin auf.", "PROTEST", "Protest with intervention"),
        ("uk", "Поліція розігнала учасників мітингу в Харкові.", "PROTEST", "Protest with intervention"),
    ],
)
def test_riots_marches_and_territory_in_other_languages(language, text, event_type, sub_event_type):
    mention = main(text, language)
    assert (mention.event_type, mention.sub_event_type) == (event_type, sub_event_type)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Das Außenministerium übergab dem Botschafter eine Protestnote."),
        ("fr", "Le ministère a remis une note de protestation à l'ambassadeur."),
        ("es", "El ministerio entregó una nota de protesta al embajador."),
        ("it", "Il ministero ha consegnato una nota di protesta all'ambasciatore."),
        ("ru", "МИД вручил послу ноту протеста."),
        ("uk", "МЗС вручило послу ноту протесту."),
    ],
)
def test_a_protest_note_is_a_governments_disapproval_not_a_demonstration(language, text):
    assert main(text, language).event_type == "ACCUSE"


@pytest.mark.parametrize(
    ("language", "text", "event_type"),
    [
        # People who gather to demand something protest; leaders who gather for talks consult.
        ("de", "Hunderte Anwohner versammelten sich vor dem Rathaus in Bremen, um den Rücktritt des Bürgermeisters zu fordern.", "PROTEST"),
        ("fr", "Des centaines d'habitants se sont rassemblés devant la mairie de Rennes pour exiger la démission du maire.", "PROTEST"),
        ("es", "Cientos de vecinos se congregaron frente al ayuntamiento de Sevilla para exigir la dimisión del alcalde.", "PROTEST"),
        ("it", "Centinaia di residenti si sono radunati davanti al municipio di Bari per chiedere le dimissioni del sindaco.", "PROTEST"),
        ("ru", "Сотни жителей собрались у мэрии Самары, требуя отставки мэра.", "PROTEST"),
        ("uk", "Сотні мешканців зібралися біля мерії Львова, вимагаючи відставки мера.", "PROTEST"),
        ("de", "Die Minister versammelten sich in Brüssel zu Gesprächen.", "CONSULT"),
        ("ru", "Лидеры двух стран собрались в Минске на переговоры.", "CONSULT"),
        # Troops withdrawn, reservists called up, exercises held, troops massed.
        ("de", "Russland zog seine Truppen aus der Region ab.", "RETREAT"),
        ("de", "Israel berief Tausende Reservisten ein.", "MOBILIZE"),
        ("ru", "Россия провела масштабные военные учения у границы.", "MOBILIZE"),
        ("uk", "Росія стягнула війська до кордону.", "MOBILIZE"),
    ],
)
def test_gatherings_withdrawals_and_call_ups_in_other_languages(language, text, event_type):
    assert main(text, language).event_type == event_type


def test_a_meeting_convened_in_german_is_no_call_up():
    mentions = extract(Article(id="t", text="Der Ausschuss wurde zu einer Sondersitzung einberufen.", language="de"))
    assert "MOBILIZE" not in {m.event_type for m in mentions}


# A stated count of none, in each language: the attack's mention carries 0 for the dead, the hurt, or both.
@pytest.mark.parametrize(
    ("language", "text", "killed", "injured"),
    [
        ("de", "Eine Drohne traf am Freitag ein Tanklager in Odessa. Verletzt wurde niemand.", [], [(0, 0)]),
        ("de", "Bei dem Raketenangriff auf Dnipro am Freitag gab es keine Toten, aber drei Verletzte.", [(0, 0)], [(3, 3)]),
        ("fr", "Une frappe de drone a touché un entrepôt à Odessa vendredi, sans faire de victimes.", [(0, 0)], [(0, 0)]),
        ("es", "Un dron atacó un depósito en Odesa el viernes. Nadie resultó herido.", [], [(0, 0)]),
        ("it", "Un drone ha colpito un deposito a Odessa venerdì. Non ci sono stati feriti.", [], [(0, 0)]),
        ("ru", "Беспилотник атаковал нефтебазу в Одессе в пятницу. Никто не пострадал.", [(0, 0)], [(0, 0)]),
        ("uk", "Дрон атакував нафтобазу в Одесі в п'ятницю. Загиблих немає, поранено двох людей.", [(0, 0)], [(2, 2)]),
    ],
)
def test_a_stated_count_of_none_in_each_language(language, text, killed, injured):
    mention = main(text, language)
    assert mention.event_type == "ASSAULT"
    assert (counts(mention, "killed"), counts(mention, "injured")) == (killed, injured)


# Round figures bent by their qualifier, and a person named with an age, in the other languages.
@pytest.mark.parametrize(
    ("language", "text", "killed", "injured"),
    [
        ("fr", "Au moins une douzaine de personnes ont été tuées dans l'attaque contre Goma.", [(12, None)], []),
        ("fr", "Une femme de 70 ans a été tuée et sept personnes blessées dans le bombardement de Kharkiv.", [(1, 1)], [(7, 7)]),
        ("es", "Más de un centenar de personas murieron en el bombardeo de Jartum.", [(101, None)], []),
        ("de", "Mindestens ein Dutzend Menschen wurden bei dem Angriff auf Cherson getötet.", [(12, None)], []),
    ],
)
def test_round_figures_and_a_person_with_an_age(language, text, killed, injured):
    mention = main(text, language)
    assert (counts(mention, "killed"), counts(mention, "injured")) == (killed, injured)


# A weapon that hits a place is an attack, in each language; the verb alone ("traf", "colpito") is no attack.
@pytest.mark.parametrize(
    ("language", "text", "attack"),
    [
        ("de", "In der Nacht zum Samstag griffen russische Drohnen Charkiw an.", True),
        ("de", "Am Mittwochabend wurde Odessa von Raketen getroffen.", True),
        ("de", "Der Minister traf am Mittwoch seinen Amtskollegen in Berlin.", False),
        ("es", "El jueves por la tarde, un misil impactó en Járkov.", True),
        ("it", "Nella notte tra venerdì e sabato droni russi hanno colpito Kharkiv.", True),
        ("it", "La crisi ha colpito duramente le famiglie di Milano.", False),
        ("ru", "В четверг вечером ракета попала в жилой дом в Днепре.", True),
        ("uk", "У середу ввечері ракета влучила в будинок у Дніпрі.", True),
    ],
)
def test_a_weapon_that_hits_is_an_attack(language, text, attack):
    article = Article(id="t", text=text, language=language, published=PUBLISHED, outlet="Wire")
    found = [m for m in extract(article) if m.is_main]
    assert (bool(found) and found[0].event_type == "ASSAULT") == attack


# A night is dated by the day it ends on, in every language that names both or the last: reports of one overnight
# strike in two languages must not state two days (two stated days in one town keep reports apart).
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Dans la nuit de vendredi à samedi, des drones ont frappé Kharkiv."),
        ("it", "Nella notte tra venerdì e sabato droni russi hanno colpito Kharkiv."),
        ("es", "En la noche del viernes al sábado, drones rusos atacaron Járkov."),
        ("de", "In der Nacht zum Samstag griffen russische Drohnen Charkiw an."),
        ("ru", "В ночь на субботу российские дроны атаковали Харьков."),
        ("uk", "У ніч на суботу російські дрони атакували Харків."),
    ],
)
def test_a_night_is_dated_by_the_day_it_ends_on(language, text):
    mention = main(text, language)
    assert (mention.event_type, mention.date, mention.date_precision) == ("ASSAULT", "2025-06-14", "day")


def test_a_source_named_by_title_without_an_article():
    mention = main("Bei einem Raketenangriff auf Charkiw wurden drei Menschen getötet, teilte Gouverneur Oleh Synjehubow auf Telegram mit.", "de")
    assert source(mention) == "Gouverneur Oleh Synjehubow"


@pytest.mark.parametrize(
    "language, text, code",
    [
        ("fr", "Deux personnes ont été tuées lors d'une frappe de drone russe sur Zaporijjia.", "RUS"),
        ("es", "Un ataque ruso con misiles mató a tres personas en Járkov.", "RUS"),
        ("ru", "В результате обстрела Белгорода со стороны ВСУ погибли два человека.", "UKR"),
    ],
)
def test_who_fired_in_the_word_order_of_each_language(language, text, code):
    assert ("actor", code) in [(a.role, a.country_code) for a in main(text, language).actors]


def test_spanish_sources_keep_their_adjectives():
    mention = main("Al menos cuatro civiles murieron en un ataque con drones contra Sumy, informó la administración militar regional.", "es")
    assert source(mention) == "administración militar regional"


@pytest.mark.parametrize(
    "language, text",
    [
        ("it", "Almeno sei persone sono morte in un attacco missilistico su Odessa nella notte."),
        ("fr", "Deux personnes ont été tuées dans la nuit lors d'une frappe sur Kharkiv."),
    ],
)
def test_the_night_before_publication(language, text):
    mention = main(text, language)
    assert mention.date == "2025-06-13" and NIGHT_REASON in mention.date_reason


@pytest.mark.parametrize(
    "language, text, said_by",
    [
        ("it", "La polizia ha fermato 15 manifestanti a Roma, secondo quanto riferito dall'agenzia ANSA.", "agenzia ANSA"),
        ("it", "Tre persone sono morte a Milano, secondo quanto riportato dal Corriere della Sera.", "Corriere della Sera"),
        ("fr", "Selon le ministère de la Santé, dix personnes ont été tuées à Gaza.", "ministère de la Santé"),
    ],
)
def test_sources_with_articles_and_prepositions_in_their_names(language, text, said_by):
    assert source(main(text, language)) == said_by


def test_reportedly_in_italian_names_no_source_and_hedges():
    mention = main("Sei persone sarebbero morte a Odessa, secondo quanto riferito.", "it")
    assert source(mention) is None and mention.hedged


def test_a_region_named_in_a_declined_phrase_is_the_location():
    from eventfuse.geo import locate

    text = "В пятницу российские войска нанесли удар по позициям в Сумской области."
    article = Article(id="t", text=text, language="ru", published=PUBLISHED, outlet="Wire")
    (located,) = [m for m in locate(article, extract(article)) if m.is_main]
    assert located.location.name == "Sumy Oblast"


@pytest.mark.parametrize(
    ("language", "text", "parties"),
    [
        ("de", "Die Polizei nahm am Montag in Leipzig 12 Demonstranten fest.", [("actor", "COP"), ("recipient", "OPP")]),
        ("de", "Fünf Soldaten wurden bei einem Angriff von Rebellen getötet, teilte die Armee mit.",
         [("recipient", "MIL"), ("actor", "REB")]),
        ("fr", "Des hommes armés ont enlevé 15 civils dans le nord du Mali.", [("actor", "REB"), ("recipient", "CVL")]),
        ("fr", "Selon la police, des rebelles ont attaqué un poste de l'armée.", [("actor", "REB"), ("recipient", "MIL")]),
        ("es", "Tres policías fueron asesinados por disidentes en el Cauca, según el Ejército.",
         [("recipient", "COP"), ("actor", "REB")]),
        ("it", "La polizia ha arrestato 12 manifestanti a Roma.", [("actor", "COP"), ("recipient", "OPP")]),
        ("ru", "Боевики атаковали блокпост, убив пятерых солдат.", [("actor", "REB"), ("recipient", "MIL")]),
        ("uk", "За даними поліції, бойовики атакували блокпост.", [("actor", "REB")]),
        ("it", "I manifestanti si sono scontrati con la polizia a Milano.", [("actor", "OPP"), ("recipient", "COP")]),
        ("fr", "Des soldats ont tué trois rebelles, d'après l'armée.", [("actor", "MIL"), ("recipient", "REB")]),
        ("ru", "Пятеро солдат убиты при обстреле.", [("recipient", "MIL")]),
        ("es", "Tres soldados murieron en una emboscada de disidentes.", [("recipient", "MIL"), ("actor", "REB")]),
        ("it", "Due soldati sono stati uccisi in un attacco dei ribelli.", [("recipient", "MIL"), ("actor", "REB")]),
    ],
)
def test_parties_by_what_they_are_and_where_they_stand(language, text, parties):
    # No parse in these languages: the party words, an agent's preposition, a passive, and the event word's position.
    # A party that tells the story ("selon la police", "teilte die Armee mit") is no party to it.
    assert [(a.role, a.sector) for a in main(text, language).actors] == parties


def test_a_nationality_beside_a_party_gives_its_country():
    actors = main("Російські окупанти обстріляли Херсон, поранено двох цивільних.", "uk").actors
    assert [(a.role, a.country_code, a.sector) for a in actors] == [("actor", "RUS", "MIL"), ("recipient", None, "CVL")]
    actors = main("Les forces russes ont bombardé Kherson, tuant trois civils.", "fr").actors
    assert [(a.role, a.country_code, a.sector) for a in actors] == [("actor", "RUS", "MIL"), ("recipient", None, "CVL")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Die ukrainische Luftabwehr hat in der Nacht zwölf russische Drohnen über Kiew abgeschossen."),
        ("fr", "La défense antiaérienne ukrainienne a abattu douze drones russes pendant la nuit au-dessus de Kiev."),
        ("es", "La defensa antiaérea ucraniana derribó doce drones rusos durante la noche sobre Kiev."),
        ("it", "La difesa aerea ucraina ha abbattuto dodici droni russi durante la notte sopra Kiev."),
        ("ru", "Украинская ПВО ночью сбила двенадцать российских беспилотников над Киевом."),
        ("uk", "Українська ППО вночі збила дванадцять російських дронів над Києвом."),
    ],
)
def test_air_defence_that_brings_down_drones_stops_an_attack(language, text):
    # Air defence is a military party, and the side whose drones it brought down is the recipient, not an attacker.
    mention = main(text, language)
    assert (mention.event_type, mention.sub_event_type) == ("COERCE", "Disrupted weapons use")
    assert {(a.role, a.country_code, a.sector) for a in mention.actors} == {("actor", "UKR", "MIL"), ("recipient", "RUS", "MIL")}


@pytest.mark.parametrize(
    ("language", "text", "code"),
    [
        ("es", "Treinta colombianos fueron secuestrados por disidentes en la frontera.", "COL"),
        ("fr", "Trois Maliens ont été enlevés par des hommes armés près de Gao.", "MLI"),
        ("it", "Due siriani sono stati uccisi in un bombardamento vicino a Idlib.", "SYR"),
    ],
)
def test_people_counted_by_their_nationality_are_civilians_of_that_country(language, text, code):
    assert ("recipient", code, "CVL") in {(a.role, a.country_code, a.sector) for a in main(text, language).actors}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Douze manifestants ont été blessés lors d'affrontements avec la police à Dakar."),
        ("es", "Doce manifestantes resultaron heridos en enfrentamientos con la policía en Quito."),
        ("de", "Zwölf Demonstranten wurden bei Zusammenstößen mit der Polizei in Leipzig verletzt."),
    ],
)
def test_a_crowd_hurt_in_a_clash_with_the_police_is_the_crowd_of_a_protest(language, text):
    # The crowd is the side of the protest, the police it clashed with the other, though the crowd's hurt told it.
    roles = [(a.role, a.sector) for a in main(text, language).actors]
    assert ("actor", "OPP") in roles and ("recipient", "COP") in roles and ("recipient", "OPP") not in roles


def test_a_crowd_that_clashes_with_the_police_is_a_violent_demonstration():
    mention = main("I manifestanti si sono scontrati con la polizia a Milano.", "it")
    assert mention.sub_event_type == "Violent demonstration"
    assert [(a.role, a.sector) for a in mention.actors] == [("actor", "OPP"), ("recipient", "COP")]


@pytest.mark.parametrize(
    ("language", "text", "country"),
    [
        ("fr", "Quatre soldats maliens ont été tués par des jihadistes.", "MLI"),
        ("de", "Israelische Soldaten erschossen zwei Männer im Westjordanland.", "ISR"),
        ("it", "Soldati turchi hanno attaccato un villaggio.", "TUR"),
        ("ru", "Израильские военные нанесли удар по базе.", "ISR"),
        ("uk", "Білоруські військові обстріляли прикордонне село.", "BLR"),
    ],
)
def test_the_adjective_of_a_country_in_each_language_gives_the_party_its_country(language, text, country):
    assert main(text, language).actors[0].country_code == country
