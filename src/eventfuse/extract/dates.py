"""Date expressions resolved against the article's publication time.

"on Thursday" in a report published on Saturday 5 October 2024 is 3 October; "yesterday"
and "last night" are the day before; "3 October" without a year is the latest such day not
after publication; "in June" has month precision; "last year" year precision. Weekdays and
day words are handled here for every supported language (dateparser misreads some of
them with a preposition in front); explicit dates go to dateparser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from eventfuse.extract.numbers import word_value
from eventfuse.model import NIGHT_REASON

_WEEKDAYS = {
    "en": "monday tuesday wednesday thursday friday saturday sunday",
    "de": "montag dienstag mittwoch donnerstag freitag samstag sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "ru": "понедельник вторник среду четверг пятницу субботу воскресенье",
    "uk": "понеділок вівторок середу четвер п'ятницю суботу неділю",
}
WEEKDAY: dict[str, int] = {}
for _words in _WEEKDAYS.values():
    for _n, _w in enumerate(_words.split()):
        WEEKDAY[_w] = _n
WEEKDAY.update({"sonnabend": 5, "среда": 2, "пятница": 4, "суббота": 5, "середа": 2, "п'ятниця": 4, "субота": 5, "неділя": 6})
# Other cases of the Slavic names ("в ночь с пятницы", "минулої неділі", "до понедельника").
WEEKDAY.update({"понедельника": 0, "вторника": 1, "среды": 2, "четверга": 3, "пятницы": 4, "субботы": 5, "воскресенья": 6,
                "понеділка": 0, "вівторка": 1, "середи": 2, "п'ятниці": 4, "суботи": 5, "неділі": 6})
# German joins the part of the day to the weekday: "am Montagabend", "in der Nacht zum Freitagmorgen".
for _n, _w in enumerate(_WEEKDAYS["de"].split()):
    for _part in ("abend", "morgen", "nacht", "nachmittag", "vormittag", "mittag"):
        WEEKDAY[_w + _part] = _n

# Day offsets relative to publication, per language ("hier" is yesterday in French, "here" in German).
_DAY_WORDS = {
    "en": {"today": 0, "this morning": 0, "this afternoon": 0, "tonight": 0, "earlier today": 0,
           "yesterday": -1, "last night": -1, "overnight": -1, "the previous day": -1, "the day before": -1},
    "de": {"heute": 0, "gestern": -1, "vorgestern": -2, "in der nacht": -1, "letzte nacht": -1, "heute nacht": -1, "am vortag": -1},
    "fr": {"aujourd'hui": 0, "hier": -1, "avant-hier": -2, "la nuit dernière": -1, "cette nuit": -1, "dans la nuit": -1, "la veille": -1},
    "es": {"hoy": 0, "ayer": -1, "anoche": -1, "anteayer": -2, "el día anterior": -1, "esta madrugada": 0, "durante la noche": -1},
    "it": {"oggi": 0, "ieri": -1, "stanotte": -1, "nella notte": -1, "ieri sera": -1, "l'altro ieri": -2, "il giorno prima": -1},
    "ru": {"сегодня": 0, "вчера": -1, "позавчера": -2, "ночью": -1, "накануне": -1, "этой ночью": -1},
    "uk": {"сьогодні": 0, "вчора": -1, "учора": -1, "позавчора": -2, "вночі": -1, "напередодні": -1, "цієї ночі": -1},
}
_NIGHT_WORDS = {"overnight", "last night", "tonight", "in der nacht", "letzte nacht", "heute nacht", "la nuit dernière",
                "cette nuit", "dans la nuit", "anoche", "durante la noche", "stanotte", "nella notte", "ночью", "этой ночью", "вночі", "цієї ночі"}
_YEAR_WORDS = {"last year": -1, "this year": 0, "letztes jahr": -1, "l'année dernière": -1, "el año pasado": -1,
               "l'anno scorso": -1, "в прошлом году": -1, "минулого року": -1}
_VAGUE_PAST = re.compile(
    r"\b(?:this|last|during the|in the) (?:summer|winter|spring|autumn|fall)|"
    r"recent (?:weeks|months)|since|over the past|in recent\b",
    re.I,
)
_MONTHS = ("january february march april may june july august september october november december "
           "januar februar märz april mai juni juli august september oktober november dezember "
           "janvier février mars avril mai juin juillet août septembre octobre novembre décembre "
           "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre "
           "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre "
           "января февраля марта апреля мая июня июля августа сентября октября ноября декабря январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь "
           "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня січень лютий березень квітень травень червень липень серпень вересень жовтень листопад грудень")
_MONTH_RE = "|".join(sorted({m for m in _MONTHS.split()}, key=len, reverse=True))
_EXPLICIT = re.compile(
    rf"\b(?:\d{{1,2}}\s+de\s+(?:{_MONTH_RE})(?:\s+(?:de\s+)?\d{{4}})?|\d{{1,2}}(?:er)?\.?\s+(?:{_MONTH_RE})(?:\s+\d{{4}})?|(?:{_MONTH_RE})\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|"
    rf"(?:in|im|en|a|in|nel|di|в|у)\s+(?:{_MONTH_RE})(?:\s+\d{{4}})?|\d{{4}}-\d{{2}}-\d{{2}}|(?:{_MONTH_RE})\s+\d{{4}})\b",
    re.I,
)
_WEEKDAY_RE = re.compile(r"\b(" + "|".join(sorted(WEEKDAY, key=len, reverse=True)) + r")\b", re.I)


@lru_cache(maxsize=None)
def _day_re(language: str) -> tuple[dict[str, int], re.Pattern[str]]:
    words = dict(_DAY_WORDS["en"])
    words.update(_DAY_WORDS.get(language, {}))
    pattern = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return words, re.compile(rf"\b({pattern})\b", re.I)


# "two days ago", "vor drei Tagen", "il y a deux jours": an offset back from publication. "for three days" is a
# duration and matches none of these.
_AGO = re.compile(
    r"\b(?:(?P<n1>[\w'-]+) (?P<u1>days?|weeks?) ago|vor (?P<n2>[\w'-]+) (?P<u2>tagen|wochen)|il y a (?P<n3>[\w'-]+) (?P<u3>jours?|semaines?)|"
    r"hace (?P<n4>[\w'-]+) (?P<u4>días?|semanas?)|(?P<n5>[\w'-]+) (?P<u5>giorni|settimane) fa|"
    r"(?P<n6>[\w'-]+) (?P<u6>дня|дней|день|недели|недель|неделю) назад|(?P<n7>[\w'-]+) (?P<u7>дні|днів|день|тижні|тижнів|тиждень) тому)\b",
    re.I,
)
# "last week", "last month", "letzte Woche", "le mois dernier": the period before the one of publication.
_LAST_PERIOD = re.compile(
    r"\b(?:last (?P<e>week|month)|letzte[nr]? (?P<d>woche|monat)|(?:la semaine|le mois) derni(?:er|ère)|"
    r"(?:la semana|el mes) pasad[oa]|(?:la settimana|il mese) scors[oa]|на прошлой неделе|в прошлом месяце|минулого тижня|минулого місяця)\b",
    re.I,
)

# "dans la nuit de vendredi à samedi", "nella notte tra venerdì e sabato", "la noche del viernes al sábado": the
# night is dated by the day it ends on, as are "in der Nacht zum Samstag" and "в ночь на субботу".
_NIGHT_SPAN = re.compile(
    r"\b(?:overnight (?:into|to)|(?:the )?night (?:to|into)|la nuit (?:de|du) [\w']+ (?:à|au)|notte (?:tra|fra) [\w']+ e|noche del? [\w']+ al?|in der nacht (?:zum|zu|auf den|auf)|"
    r"(?:в|у|во) ночь на|(?:в|у) ніч на)\s+([\w']+)", re.I
)

# "earlier this month", "Anfang dieses Monats", "en début de mois": some day of the period of publication, before it.
_EARLIER_THIS = re.compile(
    r"\b(?:earlier (?:this|in the) (?P<e>week|month|year)|(?:anfang|früher in) (?:dieses|des) (?P<d>monats|jahres)|"
    r"(?:plus tôt|au début de) (?:ce|cette) (?P<f>semaine|mois|année)(?:-ci)?|en début de (?P<f2>mois|semaine|année)|"
    r"a (?:principios|comienzos) de (?:este |esta )?(?P<s>mes|semana|año)|all'inizio (?:di questo|del|di quest') ?(?P<i>mese|settimana|anno)|"
    r"в начале (?:этого |этой |текущего )?(?P<r>месяца|недели|года)|на початку (?:цього |поточного )?(?P<u>місяця|тижня|року))\b",
    re.I,
)
_PERIOD_OF = {"week": "week", "semaine": "week", "semana": "week", "settimana": "week", "недели": "week", "тижня": "week",
              "month": "month", "monats": "month", "mois": "month", "mes": "month", "mese": "month", "месяца": "month", "місяця": "month",
              "year": "year", "jahres": "year", "année": "year", "año": "year", "anno": "year", "года": "year", "року": "year"}

# "this week", "over the weekend", "last weekend": a week, not a day.
_THIS_WEEK = re.compile(r"\b(?:this week|(?:over |on |at |during )?the (?P<weekend>weekend)|last weekend|this weekend)\b", re.I)

_YEAR_RE = re.compile(r"\b(" + "|".join(sorted((re.escape(w) for w in _YEAR_WORDS), key=len, reverse=True)) + r")\b", re.I)


@dataclass(frozen=True)
class DateExpr:
    text: str
    start: int
    end: int
    date: str | None  # ISO date, None when it names a time but cannot be placed
    precision: str | None
    reason: str


def find_dates(text: str, offset: int, published: datetime | None, language: str = "en") -> list[DateExpr]:
    """Date expressions in `text` (a sentence starting at `offset` in the article)."""
    base = published.date() if published else None
    found: list[DateExpr] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match[str], value: str | None, precision: str | None, reason: str) -> None:
        if any(m.start() < e and s < m.end() for s, e in taken):
            return
        taken.append((m.start(), m.end()))
        found.append(DateExpr(m.group(0), offset + m.start(), offset + m.end(), value, precision, reason))

    for m in _EXPLICIT.finditer(text):
        value, precision = _explicit(m.group(0), published, language)
        add(m, value, precision, f"explicit date '{m.group(0)}'")
    for m in _NIGHT_SPAN.finditer(text):
        day = m.group(1).lower()
        if day not in WEEKDAY:
            continue
        if base is None:
            add(m, None, None, f"night ending on '{m.group(1)}' with no publication date")
            continue
        delta = (base.weekday() - WEEKDAY[day]) % 7
        add(m, (base - timedelta(days=delta)).isoformat(), "day",
            f"night ending on the latest {m.group(1)} on or before publication {NIGHT_REASON}")
    day_words, day_re = _day_re(language)
    for m in day_re.finditer(text):
        delta = day_words[m.group(1).lower()]
        value = (base + timedelta(days=delta)).isoformat() if base else None
        night = f" {NIGHT_REASON}" if m.group(1).lower() in _NIGHT_WORDS else ""
        add(m, value, "day", f"'{m.group(0)}' relative to publication{night}")
    for m in _WEEKDAY_RE.finditer(text):
        if base is None:
            add(m, None, None, f"weekday '{m.group(0)}' with no publication date")
            continue
        delta = (base.weekday() - WEEKDAY[m.group(1).lower()]) % 7
        # "on Tuesday night": a night, which a report of the next morning may date by the day it ends on.
        night = f" {NIGHT_REASON}" if re.match(r"\s+(?:night|evening into|overnight)\b", text[m.end() :], re.I) else ""
        add(m, (base - timedelta(days=delta)).isoformat(), "day", f"latest {m.group(1)} on or before publication{night}")
    for m in _YEAR_RE.finditer(text):
        value = date(base.year + _YEAR_WORDS[m.group(1).lower()], 1, 1).isoformat() if base else None
        add(m, value, "year", f"'{m.group(0)}' relative to publication")
    for m in _AGO.finditer(text):
        n = next(m.group(f"n{k}") for k in range(1, 8) if m.group(f"n{k}"))
        unit = next(m.group(f"u{k}") for k in range(1, 8) if m.group(f"u{k}")).lower()
        amount = 1 if n.lower() in {"a", "one", "einem", "un", "una", "uno"} else word_value(n)
        if amount is None:
            continue
        weeks = unit.startswith(("week", "woch", "semain", "seman", "settim", "недел", "тиж"))
        value = (base - timedelta(days=amount * (7 if weeks else 1))).isoformat() if base else None
        add(m, value, "week" if weeks else "day", f"'{m.group(0)}' counted back from publication")
    for m in _LAST_PERIOD.finditer(text):
        if base is None:
            add(m, None, None, f"'{m.group(0)}' with no publication date")
            continue
        if re.search(r"month|monat|mois|mes|mese|месяц|місяц", m.group(0), re.I):
            add(m, _start_of(_start_of(base, "month") - timedelta(days=1), "month").isoformat(), "month", f"'{m.group(0)}': the month before publication")
        else:
            monday = _start_of(base, "week") - timedelta(days=7)
            add(m, monday.isoformat(), "week", f"'{m.group(0)}': the week before publication, from its Monday")
    for m in _EARLIER_THIS.finditer(text):
        period = _PERIOD_OF[next(g for g in m.groups() if g).lower()]
        if base is None:
            add(m, None, None, f"'{m.group(0)}' with no publication date")
            continue
        add(m, _start_of(base, period).isoformat(), period, f"'{m.group(0)}': the {period} of publication, before it")
    for m in _THIS_WEEK.finditer(text):
        if base is None:
            add(m, None, None, f"'{m.group(0)}' with no publication date")
            continue
        monday = _start_of(base, "week")
        if m.group(0).lower().startswith("last") or (m.group("weekend") and base.weekday() < 5):
            monday -= timedelta(days=7)  # "last weekend"; "the weekend" read from Monday to Friday is the one before
        add(m, monday.isoformat(), "week", f"'{m.group(0)}': the week it falls in, from its Monday")
    for m in _VAGUE_PAST.finditer(text):
        add(m, None, None, f"'{m.group(0)}' names a past period, not a day")
    found.sort(key=lambda d: d.start)
    return found


def _start_of(day: date, period: str) -> date:
    """The first day of the week (its Monday), month or year that holds `day`."""
    if period == "week":
        return day - timedelta(days=day.weekday())
    return day.replace(day=1) if period == "month" else day.replace(month=1, day=1)


@lru_cache(maxsize=4096)
def _explicit(expr: str, published: datetime | None, language: str) -> tuple[str | None, str | None]:
    import dateparser

    cleaned = re.sub(r"^(?:in|im|en|a|nel|di|в|у)\s+", "", expr.strip(), flags=re.I)
    settings = {"PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": True}
    if published:
        settings["RELATIVE_BASE"] = published.replace(tzinfo=None)
    parser = dateparser.date.DateDataParser(languages=[language] if language in _WEEKDAYS else None, settings=settings)
    data = parser.get_date_data(cleaned)
    if data is None or data.date_obj is None:
        return None, None
    precision = data.period if data.period in {"day", "month", "year", "week"} else "day"
    value = data.date_obj.date()
    if precision == "month":
        value = value.replace(day=1)
    elif precision == "year":
        value = value.replace(month=1, day=1)
    return value.isoformat(), precision
