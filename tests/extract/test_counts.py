"""Casualty counts: qualifiers, spelled-out numbers, sub-groups, and numbers that are not counts."""

from __future__ import annotations

import pytest

from eventfuse.extract.counts import find_counts
from eventfuse.extract.nlp import pipeline


def counts(text: str, language: str = "en"):
    doc = pipeline(language)(text)
    return [c for s in doc.sents for c in find_counts(s)]


def test_plain_figure_before_a_passive_verb():
    (claim,) = counts("Nine villagers were killed when the market was shelled.")
    assert (claim.field, claim.figure.low, claim.figure.high) == ("killed", 9, 9)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("More than 30 people died in the blast.", 31, None),
        ("At least 14 civilians were killed overnight.", 14, None),
        ("Up to 40 people may have been wounded.", None, 40),
        ("Twenty-one soldiers were killed near the bridge.", 21, 21),
        ("Dozens of people were injured in the attack.", 24, None),
    ],
)
def test_qualifiers_bend_the_figure_into_a_range(text, low, high):
    claim = counts(text)[0]
    assert (claim.figure.low, claim.figure.high) == (low, high)


def test_killed_and_injured_in_one_sentence_are_kept_apart():
    found = counts("The strike killed 4 people and injured 17 others.")
    assert [(c.field, c.figure.low) for c in found] == [("killed", 4), ("injured", 17)]


def test_a_verb_before_the_figure_counts_too():
    (claim,) = counts("Gunmen attacked the convoy, killing at least 11 passengers.")
    assert (claim.field, claim.figure.low, claim.figure.high) == ("killed", 11, None)


def test_including_marks_a_subgroup_with_its_nationality():
    found = counts("Officials said 15 people, including four Turkish engineers, were killed in the raid.")
    total, group = found
    assert (total.figure.low, total.subgroup) == (15, False)
    assert (group.figure.low, group.subgroup, group.who_country) == (4, True, "TUR")


def test_partitive_subgroup_takes_its_group_from_the_predicate():
    found = counts("Twelve fighters died in the ambush - three of them were commanders from Syria.")
    assert found[1].subgroup and found[1].figure.low == 3 and found[1].who_country == "SYR"
    assert found[1].who == "Syrian commanders"


def test_years_dates_and_distances_are_not_counts():
    assert counts("In 2022, a strike 30 kilometres away on 3 October killed nobody we know of.") == []


def test_vague_quantity_is_an_open_range():
    (claim,) = counts("Several houses burned and several residents were injured.")
    assert claim.field == "injured" and claim.figure.low == 3 and claim.figure.high is None


def test_german_spelled_out_number():
    (claim,) = counts("Bei dem Angriff wurden sieben Menschen getötet.", "de")
    assert (claim.field, claim.figure.low) == ("killed", 7)


def test_french_injured_with_qualifier():
    (claim,) = counts("Au moins douze personnes ont été blessées.", "fr")
    assert (claim.field, claim.figure.low, claim.figure.high) == ("injured", 12, None)


def test_a_verb_after_the_figure_wins_over_one_before_a_conjunction():
    found = counts("At least 8 people were killed and 20 others were wounded in the blast.")
    assert [(c.field, c.figure.low) for c in found] == [("killed", 8), ("injured", 20)]


def test_subgroup_between_two_totals_belongs_to_the_first():
    found = counts("The attack killed 9, including four children, and injured 31.")
    assert [(c.field, c.figure.low, c.subgroup) for c in found] == [("killed", 9, False), ("killed", 4, True), ("injured", 31, False)]


def test_partitive_without_a_name_is_still_a_subgroup():
    found = counts("The blast injured 17 people, three of them seriously.")
    assert found[1].subgroup and found[1].who


def test_arrested_and_displaced():
    found = counts("Police arrested 35 people and some 2,000 residents were displaced by the fighting.")
    assert [(c.field, c.figure.low, c.figure.high) for c in found] == [("arrested", 35, 35), ("displaced", 1800, 2200)]


def test_one_named_person_is_one():
    (claim,) = counts("Troops shot dead a Palestinian teenager at a checkpoint.")
    assert (claim.field, claim.figure.low, claim.figure.high) == ("killed", 1, 1)


def test_revised_toll():
    (claim,) = counts("The death toll from the bombing has risen to 45.")
    assert (claim.field, claim.figure.low) == ("killed", 45)


@pytest.mark.parametrize(
    ("text", "language", "low", "high"),
    [
        ("Une vingtaine de personnes ont été tuées.", "fr", 16, 24),
        ("Decenas de personas resultaron heridas.", "es", 24, None),
        ("Погибли семеро военных.", "ru", 7, 7),
        ("Загинули щонайменше п'ятеро людей.", "uk", 5, None),
        ("Sono morte almeno dodici persone.", "it", 12, None),
    ],
)
def test_spelled_out_and_round_figures_in_other_languages(text, language, low, high):
    claim = counts(text, language)[0]
    assert (claim.figure.low, claim.figure.high) == (low, high)


@pytest.mark.parametrize(
    ("text", "field", "low"),
    [
        ("Eighteen were wounded when the roof of the depot collapsed.", "injured", 18),
        ("The injured, numbering 40, were rushed to hospitals across the town.", "injured", 40),
        ("Seven pupils were taken to hospital after the shooting.", "injured", 7),
        ("At least 8 others suffered gunshot wounds.", "injured", 8),
    ],
)
def test_injured_phrasings(text, field, low):
    claim = counts(text)[0]
    assert (claim.field, claim.figure.low) == (field, low)


def test_a_number_of_hospitals_is_not_a_count_of_people():
    assert [c.figure.low for c in counts("The wounded, 17 in all, were taken to two hospitals.")] == [17]


def test_time_words_still_rule_out_a_spelled_out_number():
    # "nobody was hurt" is a count of none; "Eighteen" counts months, not the hurt.
    assert [(c.field, c.figure.low) for c in counts("Eighteen months ago the clinic was shelled and nobody was hurt.")] == [("injured", 0)]


def test_a_partitive_after_the_next_figure_leaves_the_total_standing():
    found = counts("Three people, two of them children, were killed.")
    assert [(c.figure.low, c.subgroup) for c in found] == [(3, False), (2, True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The militants executed 12 hostages.", [("killed", 12)]),
        ("The massacre of 17 farmers was reported a week later.", [("killed", 17)]),
        ("The two bombers blew themselves up at the gate.", [("killed", 2)]),
        ("Three people were killed and one was injured.", [("killed", 3), ("injured", 1)]),
        ("The shelling killed nine people and injured 20 more.", [("killed", 9), ("injured", 20)]),
    ],
)
def test_more_ways_to_tell_the_dead_and_hurt(text, expected):
    assert [(c.field, c.figure.low) for c in counts(text)] == expected


def test_an_increment_beside_a_total_is_still_left_out():
    found = counts("Rescuers recovered two more bodies, bringing the death toll to 14.")
    assert [c.figure.low for c in found] == [14]


def test_casualties_are_dead_or_hurt_so_the_dead_among_them_are_a_count_of_their_own():
    (claim,) = counts("The car bomb left at least 40 casualties, including 12 dead, outside the market.")
    assert (claim.field, claim.figure.low, claim.figure.high, claim.subgroup) == ("killed", 12, 12, False)
    # A total of the dead keeps its sub-group.
    total, children = counts("The car bomb killed 9 people, including four children, outside the market.")
    assert (total.field, total.figure.low, children.subgroup) == ("killed", 9, True)


@pytest.mark.parametrize(
    ("text", "language", "field", "low", "high"),
    [
        ("Plus de 12 500 personnes ont été évacuées.", "fr", "displaced", 12501, None),
        ("Près de 3 000 habitants ont fui les combats.", "fr", "displaced", 2700, 3000),
        ("Более 1 500 человек были эвакуированы.", "ru", "displaced", 1501, None),
        ("In 2022 300 people were evacuated.", "en", "displaced", 300, 300),
    ],
)
def test_thousands_set_apart_by_a_space(text, language, field, low, high):
    (claim,) = counts(text, language)
    assert (claim.field, claim.figure.low, claim.figure.high) == (field, low, high)


def test_burns_and_maiming_count_the_hurt():
    (burned,) = counts("Eleven people suffered burns in the blast.")
    (maimed,) = counts("The bomb maimed 14 villagers.")
    assert (burned.field, burned.figure.low, maimed.field, maimed.figure.low) == ("injured", 11, "injured", 14)


def test_coordinated_groups_add_up_to_a_total_with_both_as_subgroups():
    claims = counts("Eight soldiers and two civilians were killed in the ambush.")
    total = [c for c in claims if not c.subgroup]
    parts = sorted((c.who, c.figure.low) for c in claims if c.subgroup)
    assert [(c.field, c.figure.low, c.figure.high) for c in total] == [("killed", 10, 10)]
    assert parts == [("civilians", 2), ("soldiers", 8)]


def test_a_group_after_the_verb_and_and_shares_the_verb():
    claims = counts("The strike killed a commander and four of his bodyguards.")
    assert [(c.field, c.figure.low, c.figure.high) for c in claims if not c.subgroup] == [("killed", 5, 5)]
    assert sorted(c.figure.low for c in claims if c.subgroup) == [1, 4]
    assert [c.figure.low for c in counts("The strike killed a commander and his four bodyguards.") if not c.subgroup] == [5]
    # A second verb gives the second figure a count of its own.
    claims = counts("Gunmen killed two guards and wounded four passengers.")
    assert sorted((c.field, c.figure.low) for c in claims) == [("injured", 4), ("killed", 2)]


def test_people_slightly_hurt_are_hurt():
    assert [(c.field, c.figure.low) for c in counts("Three officers were slightly hurt in the scuffle.")] == [("injured", 3)]


def test_an_age_is_not_a_count():
    # The girl is one person killed; her age counts nobody.
    assert [(c.field, c.figure.low, c.figure.high) for c in counts("The strike killed a 10-year-old girl.")] == [("killed", 1, 1)]


def test_a_mother_of_three_is_one_person():
    assert [c.figure.low for c in counts("A mother of three was killed in the strike.")] == [1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The subject of an active verb with an object of its own did it: the attackers are not the dead or hurt.
        ("Three gunmen killed two villagers near the well.", [("killed", 2)]),
        ("A man killed four people at the bus station before police shot him.", [("killed", 4)]),
        ("Five attackers wounded six guards at the gate.", [("injured", 6)]),
        # The passive subject is still the one it happened to.
        ("Two soldiers were killed by a sniper.", [("killed", 2)]),
    ],
)
def test_those_who_did_it_are_not_counted_among_the_dead_or_hurt(text, expected):
    assert [(c.field, c.figure.low) for c in counts(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man stabbed three people outside the mosque on Friday.", [("injured", 3)]),
        ("Two guards were stabbed to death at the prison gate.", [("killed", 2)]),
        ("One person lost his life and six others sustained injuries in the shelling.", [("killed", 1), ("injured", 6)]),
        ("The attack left five victims dead near the market.", [("killed", 5)]),
        ("Two journalists were hospitalised after the raid.", [("injured", 2)]),
    ],
)
def test_stabbings_lives_lost_and_victims_named_by_their_state(text, expected):
    assert [(c.field, c.figure.low) for c in counts(text)] == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Drei Bewaffnete töteten zwei Dorfbewohner am Brunnen.", "de", [("killed", 2)]),
        ("Trois hommes armés ont tué deux villageois près du puits.", "fr", [("killed", 2)]),
        ("Tres pistoleros mataron a dos aldeanos junto al pozo.", "es", [("killed", 2)]),
        ("Tre uomini armati hanno ucciso due agenti al posto di blocco.", "it", [("killed", 2)]),
        ("Трое боевиков убили двух жителей у колодца.", "ru", [("killed", 2)]),
        ("Двоє бойовиків вбили трьох цивільних біля криниці.", "uk", [("killed", 3)]),
        # Passive: the figure is the dead.
        ("Deux soldats ont été tués près du puits.", "fr", [("killed", 2)]),
        ("Zwei Soldaten wurden am Brunnen getötet.", "de", [("killed", 2)]),
    ],
)
def test_with_no_parse_the_attackers_before_an_active_verb_are_not_counted(text, language, expected):
    assert [(c.field, c.figure.low) for c in counts(text, language)] == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Die Zahl der Toten nach dem Angriff vom Mittwoch ist auf zwölf gestiegen.", "de", [("killed", 12)]),
        ("Die Zahl der Verletzten ist inzwischen auf 30 gestiegen.", "de", [("injured", 30)]),
        ("Quatre soldats ont péri dans l'explosion, selon l'armée.", "fr", [("killed", 4)]),
        ("Cinco pescadores perecieron cuando la mina estalló bajo su barca.", "es", [("killed", 5)]),
    ],
)
def test_a_german_toll_that_rose_and_the_words_for_perishing(text, language, expected):
    assert [(c.field, c.figure.low) for c in counts(text, language)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("No one was killed in the attack.", [("killed", 0)]),
        ("Nobody was hurt when the shell hit the school.", [("injured", 0)]),
        ("There were no casualties, the mayor said.", [("killed", 0), ("injured", 0)]),
        ("None of the passengers were seriously injured.", [("injured", 0)]),
        ("The blast caused no injuries.", [("injured", 0)]),
        ("Three soldiers were killed and no civilians were hurt.", [("killed", 3), ("injured", 0)]),
        # Nothing known yet is not a count of none.
        ("There were no immediate reports of casualties.", []),
        ("Were there any casualties?", []),
    ],
)
def test_a_stated_count_of_none(text, expected):
    assert [(c.field, c.figure.low) for c in counts(text)] == expected
    assert all(c.figure.high == 0 for c in counts(text) if c.figure.low == 0)


def test_none_of_a_group_is_a_subgroup_not_the_total():
    found = counts("Three soldiers were killed and no civilians were hurt or killed.")
    assert [(c.field, c.figure.low, c.who, c.subgroup) for c in found] == [
        ("killed", 3, "soldiers", False), ("injured", 0, "civilians", True), ("killed", 0, "civilians", True)]
    (nobody,) = counts("No one was killed in the attack.")
    assert (nobody.who, nobody.subgroup) == (None, False)


def test_more_bodies_bringing_the_toll_to_a_total_give_the_total():
    found = counts("Emergency workers recovered three more bodies from the building struck by a drone, bringing the toll to 14.")
    assert [(c.field, c.figure.low, c.figure.high) for c in found] == [("killed", 14, 14)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A round figure after its qualifier and an article.
        ("At least a dozen people were wounded in the blast.", [("injured", 12, None)]),
        ("Over a hundred people are feared dead after the airstrike.", [("killed", 101, None)]),
        # One person named with an age; ages themselves are no counts.
        ("A 72-year-old man was killed when a shell hit his house.", [("killed", 1, 1)]),
        ("Five members of one family, including two children aged 4 and 9, were killed.", [("killed", 5, 5), ("killed", 2, 2)]),
        # The hurt counted by the help they sought.
        ("More than 30 people sought medical help after the attack.", [("injured", 31, None)]),
    ],
)
def test_round_figures_ages_and_people_who_sought_help(text, expected):
    assert [(c.field, c.figure.low, c.figure.high) for c in counts(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A rescuer injured in a night attack by Russian forces died in a Khmelnytskyi hospital.", [("killed", 1)]),
        ("Two soldiers wounded in Tuesday's ambush have died of their wounds, the army said.", [("killed", 2)]),
        ("Three people injured in the blast were taken to hospital.", [("injured", 3)]),
    ],
)
def test_people_hurt_who_then_died_are_dead(text, expected):
    assert [(c.field, c.figure.low) for c in counts(text)] == expected


def test_one_person_named_with_a_qualifying_noun():
    def killed(text):
        return [(c.figure.low, c.figure.high) for c in counts(text) if c.field == "killed"]

    assert killed("A village elder was killed by suspected herders.") == [(1, 1)]
    assert killed("Unidentified gunmen shot dead a local chief on Friday.") == [(1, 1)]
    assert counts("A militant group attacked the town.") == []


def test_the_dead_of_a_seizure_by_force_are_its_own():
    from eventfuse.extract import extract
    from eventfuse.model import Article

    text = "Militants overran a military base in the region, killing at least 20 soldiers, a military official said."
    found = extract(Article(id="t", text=text, language="en"))
    assert [(m.event_type, m.mode) for m in found] == [("COERCE", "seize")]
    assert [(c.field, c.low) for c in found[0].claims if c.field == "killed"] == [("killed", 20)]
