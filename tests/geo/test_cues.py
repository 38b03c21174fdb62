from eventfuse.geo.cues import cues


def cue(text: str, name: str):
    start = text.index(name)
    return cues(text, (start, start + len(name)))


def test_event_words_before_a_name():
    assert cue("The strike on Sumy killed four.", "Sumy").event
    assert cue("Russian forces shelled Kramatorsk overnight.", "Kramatorsk").event
    assert cue("Fighting in the town of Vuhledar went on.", "Vuhledar").event
    assert not cue("The mayor of Sumy spoke.", "Sumy").event


def test_where_people_spoke_from_is_not_where_it_happened():
    text = "Speaking in Kyiv, the minister condemned it; a spokesman in Moscow denied it."
    for name in ("Kyiv", "Moscow"):
        assert cue(text, name).reporting and not cue(text, name).event
    assert cue("Troops withdrew from Kherson.", "Kherson").reporting


def test_near_cues():
    assert cue("Shelling near Bakhmut wounded two.", "Bakhmut").near
    assert cue("A village 10 km south of Izium was hit.", "Izium").near
    assert cue("Clashes on the outskirts of Aleppo.", "Aleppo").near
    assert not cue("Clashes in Aleppo.", "Aleppo").near


def test_cues_stop_at_a_clause_boundary():
    assert not cue("The strike was condemned. Sumy officials met.", "Sumy").event


def test_event_words_inflect_in_other_languages():
    assert cue("Nach dem Angriffen auf Charkiw blieb der Strom aus.", "Charkiw").event
    assert cue("Les attaques contre Gao ont repris.", "Gao").event
    assert cue("В результате обстрела Донецка погибли пять человек.", "Донецка").event
    assert cue("Унаслідок обстрілу Харкова загинули четверо.", "Харкова").event
