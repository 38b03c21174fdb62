"""Dates resolved against publication, with precision and a reason."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from eventfuse.extract.dates import find_dates

# Saturday 12 April 2025, 08:00 at UTC+3
PUBLISHED = datetime(2025, 4, 12, 8, 0, tzinfo=timezone(timedelta(hours=3)))


def first(text: str, language: str = "en"):
    return find_dates(text, 0, PUBLISHED, language)[0]


def test_weekday_is_the_latest_such_day_on_or_before_publication():
    d = first("The shelling began on Wednesday evening.")
    assert (d.date, d.precision) == ("2025-04-09", "day")
    assert "Wednesday" in d.reason


def test_same_weekday_as_publication_is_that_day():
    assert first("Crowds gathered on Saturday.").date == "2025-04-12"


def test_yesterday_and_last_night():
    assert first("The blast happened yesterday.").date == "2025-04-11"
    assert first("Drones struck last night.").date == "2025-04-11"


def test_day_and_month_without_a_year_is_not_in_the_future():
    assert first("The convoy was hit on 9 April.").date == "2025-04-09"


def test_month_has_month_precision():
    d = first("The talks collapsed in February.")
    assert (d.date, d.precision) == ("2025-02-01", "month")


def test_vague_period_has_no_day():
    d = first("Attacks increased during the summer.")
    assert d.date is None


def test_other_languages_weekdays_and_day_words():
    assert first("Am Donnerstag wurde die Stadt beschossen.", "de").date == "2025-04-10"
    assert first("Le marché a été frappé hier.", "fr").date == "2025-04-11"
    assert first("El ataque ocurrió el martes.", "es").date == "2025-04-08"
    # "hier" means "here" in German, not yesterday
    assert find_dates("Hier wohnen viele Menschen.", 0, PUBLISHED, "de") == []


def test_every_date_says_why():
    for text in ("The shelling began on Wednesday evening.", "The convoy was hit on 9 April.", "Drones struck last night."):
        assert first(text).reason


def test_dates_in_italian_russian_and_ukrainian_months():
    assert first("L'attacco è avvenuto il 3 aprile.", "it").date == "2025-04-03"
    assert first("Обстрел произошел 10 апреля.", "ru").date == "2025-04-10"
    assert first("Удар завдали 2 квітня.", "uk").date == "2025-04-02"


def test_the_previous_day_in_other_languages():
    assert first("Накануне в городе прошел митинг.", "ru").date == "2025-04-11"
    assert first("La veille, des tirs ont été entendus.", "fr").date == "2025-04-11"


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        ("The attack happened two days ago.", "en", "2025-04-10"),
        ("Der Angriff war vor drei Tagen.", "de", "2025-04-09"),
        ("L'attaque a eu lieu il y a deux jours.", "fr", "2025-04-10"),
        ("El ataque ocurrió hace dos días.", "es", "2025-04-10"),
        ("L'attacco è avvenuto tre giorni fa.", "it", "2025-04-09"),
        ("Атака произошла три дня назад.", "ru", "2025-04-09"),
        ("Атака сталася два дні тому.", "uk", "2025-04-10"),
    ],
)
def test_days_ago_count_back_from_publication(text, language, day):
    assert (first(text, language).date, first(text, language).precision) == (day, "day")


def test_a_duration_is_not_an_offset():
    assert find_dates("Fighting lasted for three days.", 0, PUBLISHED) == []


def test_last_week_and_last_month_have_their_precision():
    assert (first("The strike came last week.").date, first("The strike came last week.").precision) == ("2025-03-31", "week")
    assert (first("Le mois dernier, la ville a été bombardée.", "fr").precision) == "month"


@pytest.mark.parametrize(
    ("text", "language", "iso"),
    [
        # Spanish "de" dates, the French first of the month, German weekdays joined to the part of the day,
        # Russian and Ukrainian weekdays in the genitive.
        ("Ocurrió el 3 de marzo, según la fiscalía.", "es", "2025-03-03"),
        ("Ocurrió el 12 de junio de 2024 en la capital.", "es", "2024-06-12"),
        ("Le 1er mars, la préfecture a confirmé.", "fr", "2025-03-01"),
        ("Der Angriff geschah am Montagabend.", "de", "2025-04-07"),
        ("Вибухи пролунали минулої неділі.", "uk", "2025-04-06"),
        ("Удар был нанесён в ночь с четверга на пятницу.", "ru", "2025-04-10"),
    ],
)
def test_day_names_and_dates_in_other_languages(text, language, iso):
    found = first(text, language)
    assert (found.date, found.precision) == (iso, "day")


def test_earlier_this_month_is_the_month_of_publication():
    d = first("Earlier this month, a strike on the market killed five.")
    assert (d.date, d.precision) == ("2025-04-01", "month")
    assert (first("Earlier this week police arrested two men.").date, first("Earlier this week police arrested two men.").precision) == ("2025-04-07", "week")
    assert first("Anfang dieses Monats wurden fünf Menschen getötet.", "de").date == "2025-04-01"
    assert first("Au début de ce mois, cinq personnes ont été tuées.", "fr").precision == "month"


def test_weeks_and_weekends_are_weeks():
    # Published on a Saturday: "this week" and "over the weekend" are its own week, "last weekend" the one before.
    assert (first("Clashes erupted this week.").date, first("Clashes erupted this week.").precision) == ("2025-04-07", "week")
    assert first("Fighting broke out over the weekend.").date == "2025-04-07"
    assert first("Last weekend, police arrested 20 people.").date == "2025-03-31"


def test_a_weekday_night_says_it_is_a_night():
    from eventfuse.model import NIGHT_REASON

    d = first("On Tuesday night, rockets hit the city.")
    assert d.date == "2025-04-08" and NIGHT_REASON in d.reason
    assert NIGHT_REASON not in first("On Tuesday, rockets hit the city.").reason
