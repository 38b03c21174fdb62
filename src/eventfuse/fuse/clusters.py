"""Clustering: which existing event, if any, a new mention tells.

Candidates come blocked by the caller (the store returns the events whose dates overlap a window
around the new mentions, in their countries). Here each mention meets each candidate in two steps
(docs/RECONCILIATION.md states every rule with its numbers):

1. Hard rules, cheap, from a profile of the event kept up to date as it grows: an article never
   tells one event twice (a mention never joins an event that holds another mention of its article, though
   two events that each hold one may merge); two stated days never merge when both reports put the event in the same
   town; two reports that state no day only when published the same day (daily summaries must not
   chain; long reports of a town's event, within LONG_REPORT_MAX_GAP_DAYS); for a short report (a headline, a brief) also when the days are two or more apart, a report
   that states no day joins only an event of the few days before it, and places that the text marks as the scene and that cannot both be right (different
   countries or first-level regions, towns more than 60 km apart) never merge. A conflict that rests
   on a guess (a place geo chose on its own, days one apart) is a penalty instead; against a long
   report, whose words tell its event better than geo's reading of a town or extraction's of a day,
   place, day and type conflicts weigh nothing beyond the same-town veto. A day written without its year in
   a report with no publication date is a guess: evidence when it agrees, never a veto; a day read from a night
   agrees with the day before and after it; a short report with no
   publication date is held to no rule but the article's, and its place and day are no evidence.
2. A score for the events that pass: the text similarity of the reports (distinctive words, see
   `similarity.py`) plus evidence from structure: the same place, the same stated day, the same
   actors, the same figure. A different event type costs a little: one story is often told as a
   shooting by one outlet and as an arrest by the next. Reports in another language share few
   words, so the same town, day and figure carry them over the threshold on their own.

Each call clusters its new mentions together with the candidates: every new mention starts as an event of
its own (a provisional id), and the two events that score best together merge, again and again, while a pair
scores over THRESHOLD (LONG_THRESHOLD for long reports): average-linkage clustering, the hard rules as
cannot-links, so the order of the reports within a call does not matter. Two events of several reports each
merge only when every member of one passes the hard rules against the other with no conflict, unless their
reports are alike (MERGE_ALIKE). A stored event that a new long report comes near (REOPEN_THRESHOLD; the
REOPEN_NEAREST nearest for each report) is reopened:
its reports start again as events of one report each and are clustered with the new ones, so that a report that
joined an event early can move to the event that later reports show it tells, and the stream ends closer to
where the same reports read at once would. Afterwards each reopened id goes to the event holding most of its
reports (ties: the one holding its founding report); a reopened event whose reports all went elsewhere becomes an
alias of the event holding most of them. Other stored events are not split. A stored event keeps its id over a
new one, then the larger (ties: the smaller id), and a stored id merged away becomes the survivor's alias.
Reports in which no news mention was found take part by their words alone and found no event: each starts as a
group of its own, which may join an event, or other such reports, over REPORT_THRESHOLD; one left in a group with
no news mention joins the event whose reports its text is most alike, over the same threshold, or none.

The weights and thresholds were set on the reports written for tests/fuse/ and on two declared
development splits (ECB+'s non-violence topics, UCDP GED's 2022 events); the held-out rows of
docs/EVALUATION.md (ECB+'s violence topics, UCDP's 2023 events) were not used to set them.
"""

from __future__ import annotations

import hashlib
import heapq
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from eventfuse.fuse.similarity import TextPool, dot, terms
from eventfuse.model import NIGHT_REASON, NO_DATE_REASON, PUBLICATION_DAY_REASON, Article, Mention, Place

# Reports may date an event by their own publication day when the text gives none.
UNDATED_SLACK_DAYS = 3
# Two undated reports further apart than this (from the event's first report) are not one event.
UNDATED_SAME_EVENT_DAYS = 0
MAX_KM = 60.0
NEAR_KM = 15.0
# A shared country or region says little about which event it is: daily summaries name the region.
COUNTRY_EVIDENCE = 0.0
REGION_EVIDENCE = 0.25

# Evidence weights, added to the text similarity (a mean cosine, 0..1).
PLACE_WEIGHT = 0.20
DATE_WEIGHT = 0.15
ACTOR_WEIGHT = 0.06
COUNT_WEIGHT = 0.10
# Reports in another language share few words whatever they tell: their text counts as this much.
CROSS_LANGUAGE_TEXT = 0.10
TYPE_PENALTY = 0.05
# Places that cannot both be right, one of them marked by the text as the scene / neither of them.
PLACE_CONFLICT_PENALTY = 0.30
GUESSED_PLACE_CONFLICT_PENALTY = 0.10
NEAR_DAY_PENALTY = 0.15
# Reports with fewer content words than this (headlines, briefs) have their text similarity discounted.
SHORT_REPORT_WORDS = 40
# Conflicts weigh this much (of their penalty) against a long report: its words tell its event better than
# a place geo resolved or a day read from the text (0.5 was tried on the development split; 0 did better).
LONG_REPORT_CONFLICT = 0.0
# Agreement of place, day, actors and figures counts this much (of its weight) for a long report, whose words
# already tell its event: the full weight let reports of two alike events in one region merge on the development
# split (1.0, 0.5 and 0 were tried; 0.5 did best).
LONG_REPORT_EVIDENCE = 0.5
# Even a long report's stated day, read against its publication date, is trusted this far: reports alike in
# words but of days weeks apart (a template, an anniversary, a repeat) are two events.
LONG_REPORT_MAX_GAP_DAYS = 60
THRESHOLD = 0.25
# A long report (SHORT_REPORT_WORDS or more) joins an event over this score: its cosine is a surer guide. Set again
# on the development split (mean of ten orders) once reports with no news mention took part in the clustering:
# 0.22, 0.23, 0.235 and 0.24 gave B³ F1 0.879, 0.882, 0.881 and 0.878.
LONG_THRESHOLD = 0.23
# Two events whose reports are this alike (cosine of their mean vectors) may merge over a guessed conflict. Set on
# the development split (mean of ten orders), once reports with no news mention took part in the clustering: 0.24,
# 0.255, 0.27, 0.28, 0.30 and 0.33 gave B³ F1 0.859, 0.873, 0.877, 0.878, 0.873 and 0.859.
MERGE_ALIKE = 0.28
# A new report is scored again, after merges, against the events its words come this close to (half of it).
LINK_THRESHOLD = 0.24
# A new long report this near a stored event (cosine to the mean of its reports) reopens it: its reports are clustered
# anew with the file's. Set on the development split (mean of ten orders): 0.12, 0.08 and 0.04 gave B³ F1 0.847,
# 0.851 and 0.852; lower reopens more events, for little more.
REOPEN_THRESHOLD = 0.08
# Each new long report reopens at most this many stored events, the nearest: the events it could move a report
# between. It bounds the work of a file whatever the number of candidate events in its window (on the cost benchmark's
# stream, whose reports share much of their words, a long report came near nearly every event of its window); on the
# development split it scored as reopening every near event did (0.851).
REOPEN_NEAREST = 3
# A report in which no news mention was found joins the event its text is this alike (mean cosine), or none.
REPORT_THRESHOLD = 0.23
# A headline in which no news mention was found says too little to place: a report needs this many content words.
REPORT_MIN_WORDS = 15


def event_id(founder: Mention) -> str:
    """A stable id from the mention that founded the event: same input, same ids."""
    return _stable_id(founder.id)


def _stable_id(key: str) -> str:
    return "ev-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def _km(a: Place, b: Place) -> float | None:
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))  # type: ignore[arg-type]
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def stated_day(m: Mention) -> str | None:
    """The day the text states, or None when the date is the publication-day fallback."""
    if m.date_precision == "day" and m.date_reason and m.date_reason not in (PUBLICATION_DAY_REASON, NO_DATE_REASON):
        return m.date
    return None


def is_night(m: Mention) -> bool:
    """Whether the mention's day was read from a night ("overnight", "в ніч на суботу"), which spans two days."""
    return bool(m.date_reason and m.date_reason.endswith(NIGHT_REASON))


def publication_day(m: Mention) -> str | None:
    """The report's publication day when the text states no date and the mention was dated by it, else None
    (a month or a year the text states is neither a stated day nor the day of the report)."""
    return m.date if m.date_reason == PUBLICATION_DAY_REASON else None


def _days_apart(a: str, b: str) -> int:
    return abs(_ordinal(a) - _ordinal(b))


@lru_cache(maxsize=100_000)
def _ordinal(day: str) -> int:
    """The day number of an ISO date; cached, since fusion compares the same few hundred days millions of times."""
    return date.fromisoformat(day).toordinal()


def place_evidence(a: Place | None, b: Place | None) -> tuple[bool, float]:
    """Whether two places can both be right, and how strongly they say "the same place" (0..1)."""
    if a is None or b is None:
        return True, 0.0
    if a.country_code and b.country_code and a.country_code != b.country_code:
        return False, 0.0
    if a.precision == "country" or b.precision == "country":
        return True, COUNTRY_EVIDENCE
    if a.admin1 and b.admin1 and a.admin1 != b.admin1:
        return False, 0.0
    if a.precision == "admin1" or b.precision == "admin1":
        return True, REGION_EVIDENCE
    if a.geonames_id is not None and a.geonames_id == b.geonames_id:
        return True, 1.0
    km = _km(a, b)
    if km is None:
        return True, 1.0 if a.name == b.name else 0.25
    if km > MAX_KM:
        return False, 0.0
    return True, 0.8 if km < NEAR_KM else 0.4


def _both_towns(a: Place | None, b: Place | None) -> bool:
    return a is not None and b is not None and a.precision == "place" and b.precision == "place"


@dataclass
class Profile:
    """What the hard rules and the evidence need to know about an event, kept as it grows."""

    members: list[Mention] = field(default_factory=list)
    # Reports with no news mention clustered with the event by their words alone (their keys in the text pool).
    reports: list[str] = field(default_factory=list)
    articles: set[str] = field(default_factory=set)
    types: set[str] = field(default_factory=set)
    days: set[str] = field(default_factory=set)  # stated days of reports with a publication date
    night_days: set[str] = field(default_factory=set)  # those of them read from a night ("overnight")
    # Stated days of reports with no publication date: "Thursday" or "December 27" was resolved against
    # nothing, so the day is a guess; evidence when it agrees, never a veto.
    guessed_days: set[str] = field(default_factory=set)
    fallback: set[str] = field(default_factory=set)  # publication days of undated reports
    places: dict[tuple, tuple[Place, bool]] = field(default_factory=dict)  # with: located by the text?
    actors: set[tuple] = field(default_factory=set)
    figures: set[int] = field(default_factory=set)  # exact killed/injured totals stated
    languages: set[str] = field(default_factory=set)
    unanchored: set[str] = field(default_factory=set)  # members whose day is a guess (see `_anchored`)
    undated: set[str] = field(default_factory=set)  # members whose report has no publication date
    # (number of members, their mean number of content words): `_mean_words` is asked millions of times per file.
    mean_words: tuple[int, float] = field(default=(0, 0.0), repr=False, compare=False)

    def add(self, m: Mention, language: str | None = None, anchored: bool = True, dated: bool = True) -> None:
        self.members.append(m)
        if not anchored:
            self.unanchored.add(m.id)
        if not dated:
            self.undated.add(m.id)
        if language:
            self.languages.add(language)
        self.articles.add(m.article)
        self.types.add(m.event_type)
        day = stated_day(m)
        if not anchored:
            if day:
                self.guessed_days.add(day)
        elif day:
            self.days.add(day)
            if is_night(m):
                self.night_days.add(day)
        elif publication_day(m):
            self.fallback.add(m.date)
        if m.location is not None:
            loc = m.location
            key = (loc.geonames_id, loc.name, loc.admin1, loc.country_code, loc.precision)
            by_text = located_by_text(m)
            if by_text or key not in self.places:
                self.places[key] = (loc, by_text)
        self.actors |= _actor_keys(m)
        self.figures |= _figures(m)


def _actor_keys(m: Mention) -> set[tuple]:
    # A country geo gave a party from the event's place says nothing the place does not.
    return {(a.country_code, a.role) for a in m.actors if a.country_code and not a.country_from_place}


def _figures(m: Mention) -> set[int]:
    return {c.low for c in m.claims if c.field in ("killed", "injured") and not c.who and c.low and c.low == c.high}


@dataclass(frozen=True)
class Decision:
    compatible: bool
    score: float
    why: str


def located_by_text(m: Mention) -> bool:
    """Whether the text itself marks the mention's location as where it happened ("a strike on Odesa"),
    rather than geo falling back on some place name the report happens to contain."""
    loc = m.location
    if loc is None:
        return False
    name = loc.name.casefold()
    for p in m.places:
        if not p.is_event_location:
            continue
        if p.place is not None and p.place.geonames_id is not None and p.place.geonames_id == loc.geonames_id:
            return True
        text = p.text.casefold()
        if text and (text in name or name in text):
            return True
    return False


def rules(
    mention: Mention, event: Profile, anchored: bool = True, words: int | None = None, trusted: bool | None = None,
    merging: bool = False, dated: bool = True,
) -> tuple[bool, float, float, float, str]:
    """The hard rules: (compatible, place evidence, date evidence, penalty, why not).

    Place and date conflicts that rest on a guess are a penalty rather than a veto: places that geo chose
    without the text marking both as the scene (often a person's name read as a town), and a stated day
    one off from the event's (datelines, time zones, "late on Tuesday"), unless both reports put the
    event at the same town, which is exactly the case of two strikes on one town on two days.
    `trusted` is `located_by_text(mention)`, when the caller has it already.

    An article never tells one event twice: its mention never joins an event that holds another of its mentions.
    When two events merge (`merging`), an article with a mention in each is no veto: extraction split one story
    into two mentions, the main one and another, each found its event, and the rest of the evidence shows the two
    to be one; the veto would keep them apart for good.
    """
    if mention.article in event.articles and not merging:
        return False, 0, 0, 0, "the article already tells this event; its other mentions are other events"
    if not dated and not _long(words):
        # A short report with no publication date is judged by its words alone: nothing places it in time, and a
        # place or a day read from a few words with no date to hold them to is the least sure reading there is.
        return True, 0.0, 0.0, 0.0, ""
    day = stated_day(mention) if anchored else None
    gap = min(_days_apart(day, d) for d in event.days) if day and event.days and day not in event.days else 0
    if gap == 1 and (is_night(mention) or any(_days_apart(day, d) == 1 for d in event.night_days)):
        gap = 0  # a night spans two days: one report dates it by its eve, another by its morning
    # The day vetoes that hold wherever the event took place, checked before the places: most candidates stop here.
    if (gap > 1 and not _long(words)) or gap > LONG_REPORT_MAX_GAP_DAYS:
        return False, 0, 0, 0, f"stated day {day} vs {sorted(event.days)}"
    penalty = 0.0
    place_score = 0.0
    same_town = False
    if trusted is None:
        trusted = located_by_text(mention)
    for place, by_text in event.places.values():
        ok, evidence = place_evidence(mention.location, place)
        if not ok:
            if trusted and by_text and not _long(words):
                return False, 0, 0, 0, f"place {mention.location and mention.location.name} vs {place.name}"
            penalty = max(penalty, PLACE_CONFLICT_PENALTY if (trusted or by_text) else GUESSED_PLACE_CONFLICT_PENALTY)
        if ok and trusted and by_text and 0 < evidence < 0.8 and _both_towns(mention.location, place):
            # Two towns the text names as the scene, 15-60 km apart: neighbours, not one place.
            penalty = max(penalty, PLACE_CONFLICT_PENALTY)
            evidence = 0.0
        place_score = max(place_score, evidence)
        same_town = same_town or (evidence >= 0.8 and trusted and by_text)
    if not anchored:
        date_score = 0.0
    elif gap:
        if same_town:
            return False, 0, 0, 0, f"stated day {day} vs {sorted(event.days)}"
        penalty += NEAR_DAY_PENALTY if gap == 1 else PLACE_CONFLICT_PENALTY
        date_score = 0.0
    elif day and event.days:
        date_score = 1.0
    elif day or event.days:
        # One side states a day, the other only has publication days: they must be the few days after it.
        known = day or min(event.days)
        published = publication_day(mention)
        reports = event.fallback if day else ({published} if published else set())
        if reports and min(_days_apart(known, d) for d in reports) > UNDATED_SLACK_DAYS:
            if not _long(words):
                return False, 0, 0, 0, "an undated report too far from the stated day"
            reports = set()
        date_score = 0.3 if reports else 0.0
    elif publication_day(mention) and event.fallback:
        # Two reports that state no day tell of their own day or the day before: measured from the
        # event's first report, so that daily summaries ("three civilians killed in a day") published
        # on successive days do not chain into one event.
        gap = _days_apart(publication_day(mention), min(event.fallback))
        if gap > (LONG_REPORT_MAX_GAP_DAYS if _long(words) and not _summary(mention) else UNDATED_SAME_EVENT_DAYS):
            return False, 0, 0, 0, "undated reports on different days"
        date_score = 0.2 if gap == 0 else 0.0
    else:
        date_score = 0.0
    # A day resolved against no publication date is a guess: evidence when it agrees, never a veto.
    guessed = None if anchored else stated_day(mention)
    if (guessed and guessed in event.days | event.guessed_days) or (day and day in event.guessed_days):
        date_score = 1.0
    return True, place_score, date_score, penalty, ""


def _summary(mention: Mention) -> bool:
    """Whether a report may be a summary of a region's or a country's day: it places its event no finer."""
    return mention.location is not None and mention.location.precision in ("admin1", "country")


def _discount(words: float | None) -> float:
    """What a short report's cosine counts for: a headline shares a few words with many others, so its likeness says
    less than an article's (the square root of its share of SHORT_REPORT_WORDS)."""
    if words is None or words >= SHORT_REPORT_WORDS:
        return 1.0
    return math.sqrt(words / SHORT_REPORT_WORDS)


def _long(words: int | None) -> bool:
    """A report long enough for its words to tell its event apart (not a headline or a brief)."""
    return words is not None and words >= SHORT_REPORT_WORDS


def score(
    mention: Mention, event: Profile, text: float, language: str | None = None, words: int | None = None,
    anchored: bool = True, dated: bool = True,
) -> Decision:
    """Rules, then the score, for a mention against an event, given their text similarity (and the
    number of content words of the mention's report, when known)."""
    return _score(mention, event, text, rules(mention, event, anchored, words, dated=dated), language, words)


def _score(
    mention: Mention, event: Profile, text: float, ruled: tuple[bool, float, float, float, str],
    language: str | None, words: int | None, keys: tuple[set[tuple], set[int]] | None = None,
) -> Decision:
    """The score of a mention against an event, given what `rules` said of them (and the mention's actor keys and
    figures, when the caller weighs it against many events)."""
    ok, place, when, conflict, why = ruled
    if not ok:
        return Decision(False, 0.0, why)
    text *= _discount(words)
    if language and event.languages and language not in event.languages:
        text = max(text, CROSS_LANGUAGE_TEXT)
    mine, stated = keys or (_actor_keys(mention), _figures(mention))
    actors = len(mine & event.actors) / len(mine | event.actors) if mine and event.actors else 0.0
    figures = 1.0 if stated & event.figures else 0.0
    if mention.event_type not in event.types:
        conflict += TYPE_PENALTY
    if _long(words):
        # A long report's words tell its event better than a guessed place, a day one off or the type that
        # extraction gave its main mention does.
        conflict *= LONG_REPORT_CONFLICT
    total = _weigh(text, place, when, actors, figures, _long(words)) - conflict
    return Decision(True, total, f"text {text:.2f} place {place:.2f} date {when:.2f} actors {actors:.2f} "
                                 f"figures {figures:.0f} penalty {conflict:.2f}")


def _weigh(text: float, place: float, when: float, actors: float, figures: float, long: bool) -> float:
    """Text similarity plus the evidence of structure, which counts LONG_REPORT_EVIDENCE of its weight for long reports."""
    evidence = PLACE_WEIGHT * place + DATE_WEIGHT * when + ACTOR_WEIGHT * actors + COUNT_WEIGHT * figures
    return text + (LONG_REPORT_EVIDENCE if long else 1.0) * evidence


def report_text(mention: Mention, articles: dict[str, Article]) -> str:
    """The words a mention is compared by: its whole report for an article's main event, else its sentences."""
    article = articles.get(mention.article)
    if mention.is_main and article is not None:
        return _article_text(article)
    return mention.text


def _article_text(article: Article) -> str:
    return f"{article.title or ''}\n{article.text}"


def compare(mention: Mention, members: list[Mention], articles: dict[str, Article] | None = None) -> Decision:
    """Whether `mention` can tell the same event as `members`, and how strongly it looks so."""
    if not members:
        return Decision(False, 0.0, "empty event")
    articles = articles or {}
    profile = Profile()
    for m in members:
        profile.add(m, _language(m, articles), _anchored(m, articles), _dated(m, articles))
    language = _language(mention, articles)
    pool = TextPool({m.id: report_text(m, articles) for m in [mention, *members]},
                    {m.id: _language(m, articles) for m in [mention, *members]})
    words = pool.words(mention.id)
    return score(mention, profile, pool.similarity(mention.id, [m.id for m in members]), language, words,
                 _anchored(mention, articles), _dated(mention, articles))


def _language(mention: Mention, articles: dict[str, Article]) -> str | None:
    article = articles.get(mention.article)
    return article.language if article else None


def _anchored(mention: Mention, articles: dict[str, Article]) -> bool:
    """Whether the mention's date can be trusted to the day: False when its report has no publication date and
    the day comes from a date written without its year ("on December 27"), whose year was then a guess.

    Days counted from a dateline ("Kharkiv, 15 March 2025 — ... on Friday") stay trusted; unknown articles are
    taken to be dated.
    """
    article = articles.get(mention.article)
    if article is None or article.published is not None or not stated_day(mention):
        return True
    reason = mention.date_reason or ""
    return not (reason.startswith("explicit date") and not _YEAR.search(reason))


_YEAR = re.compile(r"\b\d{4}\b")


def _dated(mention: Mention, articles: dict[str, Article]) -> bool:
    """Whether the mention's report has a publication date (unknown articles are taken to have one)."""
    article = articles.get(mention.article)
    return article is None or article.published is not None


@dataclass
class Assignment:
    """What `assign` did: the events that changed, with all their members, and the ids merged away."""

    events: dict[str, list[Mention]]
    aliases: dict[str, list[str]]  # surviving event id -> ids merged into it
    # Reports with no news mention attached by their text: article id -> event id (any event in play).
    reports: dict[str, str] = field(default_factory=dict)


def assign(
    mentions: list[Mention],
    events: dict[str, list[Mention]],
    articles: dict[str, Article] | None = None,
    reports: Sequence[Article] = (),
) -> Assignment:
    """Cluster the news mentions together with the existing events (average linkage, see the module's
    docstring): each joins an event, with others or alone, and events it brings together merge.

    `events` maps existing event ids to their member mentions (the store's candidates). Background
    mentions are left out: they are context, not news. `reports` are articles in which extraction
    found no news mention: they are clustered with the rest by their words alone and found no event
    (nothing says what one tells but its likeness to others); each that ends in an event is attached to it.
    """
    articles = articles or {}
    languages: dict[str, str | None] = {}
    anchored: dict[str, bool] = {}
    dated: dict[str, bool] = {}
    texts: dict[str, str] = {}
    for members in [*events.values(), mentions]:
        for m in members:
            texts[m.id] = report_text(m, articles)
            languages[m.id] = _language(m, articles)
            anchored[m.id] = _anchored(m, articles)
            dated[m.id] = _dated(m, articles)
    # Only reports long enough to be placed take part: the others would change the words' weights for nothing.
    reports = [r for r in reports if len(terms(_article_text(r), r.language)) >= REPORT_MIN_WORDS]
    for report in reports:
        texts[_REPORT + report.id] = _article_text(report)
        languages[_REPORT + report.id] = report.language
    pool = TextPool(texts, languages)
    profiles: dict[str, Profile] = {}
    # (event, over its reports with a news mention only?) -> the mean of its reports' vectors
    centroids: dict[tuple[str, bool], dict[str, float]] = {}
    where: dict[str, str] = {}  # mention id -> event id
    for eid, members in events.items():
        profile = profiles[eid] = Profile()
        for m in members:
            profile.add(m, languages[m.id], anchored[m.id], dated[m.id])
            where[m.id] = eid
    touched: set[str] = set()
    aliases: dict[str, list[str]] = {}

    def centroid(eid: str, told_only: bool = False) -> dict[str, float]:
        """The mean vector of an event's reports (with `told_only`, of those with a news mention only)."""
        key = (eid, told_only and bool(profiles[eid].reports))
        if key not in centroids:
            keys = [m.id for m in profiles[eid].members] + ([] if key[1] else profiles[eid].reports)
            centroids[key] = pool.centroid(keys)
        return centroids[key]

    def forget(eid: str) -> None:
        centroids.pop((eid, False), None)
        centroids.pop((eid, True), None)

    def link(a: str, b: str) -> float:
        """Average linkage of two events: the mean cosine of their reports, discounted as for short reports."""
        value = dot(centroid(a), centroid(b))
        # Reports with no news mention are discounted by their own length, as when one is attached alone.
        sides = [p for p in (profiles[a], profiles[b]) if not p.members] or [profiles[a], profiles[b]]
        return value * _discount(min(_mean_words(p, pool.words) for p in sides))

    def told_link(a: str, b: str) -> float:
        """Average linkage of two events over their reports with a news mention only."""
        return dot(centroid(a, told_only=True), centroid(b, told_only=True))

    # Pairs of events found unable to live together: they stay so as they grow (rules only add constraints).
    apart: set[tuple[str, str, bool]] = set()

    def together(a: str, b: str, alike: bool) -> bool:
        key = (min(a, b), max(a, b), alike)
        if key in apart:
            return False
        if _can_live_together(profiles[a], profiles[b], alike, pool.words):
            return True
        apart.add(key)
        return False

    provisional: set[str] = set()  # ids of events founded in this call: stored only if they survive

    def merge(eid: str, other: str) -> str:
        """Merge two events; a stored event keeps its id over a new one, then the larger (ties: the smaller id),
        and a stored id merged away becomes the survivor's alias."""
        survivor, merged = sorted(
            (eid, other), key=lambda e: (e in provisional, not profiles[e].members, -len(profiles[e].members), e))
        for m in profiles[merged].members:
            profiles[survivor].add(m, languages.get(m.id), anchored.get(m.id, True), dated.get(m.id, True))
            where[m.id] = survivor
        profiles[survivor].reports.extend(profiles[merged].reports)
        del profiles[merged]
        forget(survivor)
        forget(merged)
        touched.discard(merged)
        touched.add(survivor)
        moved = ([] if merged in provisional else [merged]) + aliases.pop(merged, [])
        if moved:
            aliases.setdefault(survivor, []).extend(moved)
        return survivor

    # Every new mention starts as an event of its own (a provisional id, stored only if it survives); then the two
    # events that score best together merge, again and again, while a pair scores over its threshold: average-linkage
    # clustering of the new reports together with the stored events they may join. Stored events that no new long
    # report comes near are not split, and pairs of them that no new report comes close to are not looked at again.
    near: dict[str, set[str]] = {}  # event -> events it was scored with (the only ones it may come to merge with)
    version: dict[str, int] = {}
    heap: list[tuple[float, str, str, int, int]] = []

    def offer(a: str, b: str, value: float | None) -> None:
        near.setdefault(a, set()).add(b)
        near.setdefault(b, set()).add(a)
        if value is not None and value >= _threshold(profiles[a], profiles[b], pool.words):
            heapq.heappush(heap, (-value, min(a, b), max(a, b), version[min(a, b)], version[max(a, b)]))

    # An article's main event first: its other mentions may not join the event it tells (one article,
    # one telling), so a side story met first would keep the main story out of its own event.
    first_seen: dict[str, int] = {}
    for n, m in enumerate(mentions):
        first_seen.setdefault(m.article, n)
    ordered = sorted(mentions, key=lambda m: (first_seen[m.article], not m.is_main, m.index))
    # Stored events that a new long report comes near are opened: their reports start again as events of one report
    # each and are clustered anew with the new ones, so that what a file brings can move a report to the event it
    # now fits best, or part an event that early reports had joined. The others stay as they are.
    fresh = [m for m in ordered if not m.background and m.id not in where]
    opened = _near_events(fresh, events, pool, centroid)
    was: dict[str, str] = {}  # reopened mention id -> the stored event it was in
    for eid in opened:
        for m in profiles.pop(eid).members:
            was[m.id] = eid
            del where[m.id]
        forget(eid)
    for eid in profiles:
        version[eid] = 0
    for mention in [m for eid in opened for m in events[eid]] + ordered:
        if mention.background or mention.id in where:
            continue  # context, not news; or already a member: re-ingesting changes nothing
        unit = pool.unit(mention.id)
        size = pool.words(mention.id)
        mine = event_id(mention) if mention.id not in was else _REOPENED + mention.id
        is_anchored, language, trusted = anchored[mention.id], languages[mention.id], located_by_text(mention)
        keys = (_actor_keys(mention), _figures(mention))
        found: list[tuple[str, float]] = []
        for eid, profile in profiles.items():
            ruled = rules(mention, profile, is_anchored, size, trusted, dated=dated[mention.id])
            if not ruled[0]:
                continue  # cheap, and most candidates stop here
            text = dot(unit, centroid(eid))
            decision = _score(mention, profile, text, ruled, language, size, keys)
            if text >= LINK_THRESHOLD / 2 or decision.score >= THRESHOLD:
                found.append((eid, decision.score))
        profiles[mine] = Profile()
        profiles[mine].add(mention, languages[mention.id], anchored[mention.id], dated[mention.id])
        version[mine] = 0
        where[mention.id] = mine
        provisional.add(mine)
        touched.add(mine)
        for eid, value in found:
            offer(mine, eid, value)
    # Reports with no news mention take part by their words alone: each starts as a group of its own, which joins an
    # event (or another such report, which together may join one) over the threshold, so that a report can carry
    # two events of its story together as average linkage of all the reports would. A group of such reports alone
    # founds no event.
    for report in reports:
        key = _REPORT + report.id
        unit, size = pool.unit(key), pool.words(key)
        found = [(eid, value) for eid in profiles if (value := dot(unit, centroid(eid)) * _discount(size)) >= LINK_THRESHOLD / 2]
        profiles[key] = Profile(reports=[key])
        version[key] = 0
        provisional.add(key)
        for eid, value in found:
            offer(key, eid, value)
    while heap:
        value, a, b, va, vb = heapq.heappop(heap)
        if a not in profiles or b not in profiles or version[a] != va or version[b] != vb:
            continue
        # A single report joins over a conflict, which its score already paid for; two events of several
        # reports each join only with none, unless their reports are alike.
        whole = len(profiles[a].members) > 1 and len(profiles[b].members) > 1
        # Whether their reports are alike is asked of those with a news mention too: reports with none that joined
        # them (by their words alone, and often shorter) must not hold two events of one story apart.
        alike = not whole or link(a, b) >= MERGE_ALIKE or (
            bool(profiles[a].reports or profiles[b].reports) and told_link(a, b) >= MERGE_ALIKE)
        if not together(a, b, alike):
            continue
        neighbours = (near.pop(a, set()) | near.pop(b, set())) - {a, b}
        eid = merge(a, b)
        version[eid] += 1
        for other in sorted(neighbours):
            if other not in profiles:
                continue
            near[other] -= {a, b}
            offer(eid, other, _pair(profiles[eid], profiles[other], link(eid, other), pool.words))
    if opened:
        overlap = _overlap(profiles, was)
        names = _relabel(profiles, was, overlap, {eid: len(events[eid]) for eid in opened}, provisional)
        profiles = {names.get(eid, eid): profile for eid, profile in profiles.items()}
        centroids.clear()
        touched = {names.get(eid, eid) for eid in touched} | {names[eid] for eid in names}
        aliases = {names.get(eid, eid): moved for eid, moved in aliases.items()}
        for eid in opened:
            if eid not in profiles:  # its reports now all lie in other events: its id resolves to the one with most
                homes = [(counts[0], names.get(home, home)) for (home, stored), counts in overlap.items() if stored == eid]
                target = max(homes)[1]
                aliases.setdefault(target, []).append(eid)
                touched.add(target)
            elif eid not in aliases and {m.id for m in profiles[eid].members} == {m.id for m in events[eid]}:
                touched.discard(eid)  # formed anew just as it was: nothing to save
    attached = {key[len(_REPORT):]: eid for eid, profile in profiles.items() if profile.members for key in profile.reports}
    # A report left in a group of such reports alone joins the event whose reports with a news mention it is most alike.
    told = {eid: profile for eid, profile in profiles.items() if profile.members}
    for report in reports:
        if report.id not in attached:
            eid = _attach(report, told, pool, lambda e: centroid(e, told_only=True))
            if eid is not None:
                attached[report.id] = eid
    return Assignment({eid: profiles[eid].members for eid in sorted(touched) if profiles[eid].members}, aliases, attached)


_REOPENED = "reopened:"


def _near_events(
    fresh: list[Mention], events: dict[str, list[Mention]], pool: TextPool, centroid: Callable[[str], dict[str, float]]
) -> list[str]:
    """The stored events (ids, sorted) that some new long report's words come within REOPEN_THRESHOLD of, the
    REOPEN_NEAREST nearest for each report.

    Only long reports reopen: a headline's event rests on its place, day and figures, which more reports do not
    change, while a long report's likeness rests on word weights that change as more reports are weighed."""
    units = [pool.unit(m.id) for m in fresh if _long(pool.words(m.id))]
    if not units:
        return []
    opened: set[str] = set()
    stored = [eid for eid, members in events.items() if members]
    for unit in units:
        near = sorted(((dot(unit, centroid(eid)), eid) for eid in stored), key=lambda n: (-n[0], n[1]))
        opened.update(eid for value, eid in near[:REOPEN_NEAREST] if value >= REOPEN_THRESHOLD)
    return sorted(opened)


def _overlap(profiles: dict[str, Profile], was: dict[str, str]) -> dict[tuple[str, str], list[int]]:
    """(event, reopened id it holds reports of) -> [how many of them, whether the founding report is one]."""
    overlap: dict[tuple[str, str], list[int]] = {}
    for eid, profile in profiles.items():
        for m in profile.members:
            if m.id in was:
                counts = overlap.setdefault((eid, was[m.id]), [0, 0])
                counts[0] += 1
                counts[1] += event_id(m) == was[m.id]
    return overlap


def _relabel(
    profiles: dict[str, Profile], was: dict[str, str], overlap: dict[tuple[str, str], list[int]], sizes: dict[str, int],
    provisional: set[str],
) -> dict[str, str]:
    """Names for the events formed anew from reopened ones (provisional id -> id). Each reopened id goes to the
    event that holds most of its reports (ties: the one holding the report that founded it, then the larger stored
    event, then the smaller id), one event per id, never to an event that kept its stored id; an event that holds
    reopened reports but got no id is named from a new report in it, or, with none, from its reports together."""
    names: dict[str, str] = {}
    used: set[str] = set()
    ranked = sorted(overlap.items(), key=lambda kv: (-kv[1][0], -kv[1][1], -sizes[kv[0][1]], kv[0][1], kv[0][0]))
    for (eid, stored), _ in ranked:
        if eid in provisional and eid not in names and stored not in used:
            names[eid] = stored
            used.add(stored)
    for eid in sorted({eid for eid, _ in overlap} - names.keys()):
        if eid in provisional and eid.startswith(_REOPENED):
            members = profiles[eid].members
            new = [m for m in members if m.id not in was]
            names[eid] = event_id(new[0]) if new else _stable_id("split\n" + "\n".join(sorted(m.id for m in members)))
    return names


def _threshold(a: Profile, b: Profile, words: Callable[[str], int]) -> float:
    """The score two events must reach to merge: LONG_THRESHOLD when the smaller is told by long reports."""
    if not (a.members and b.members):
        return REPORT_THRESHOLD
    small = min((a, b), key=lambda p: len(p.members))
    return LONG_THRESHOLD if _long(round(_mean_words(small, words))) else THRESHOLD


def _mean_words(profile: Profile, words: Callable[[str], int]) -> float:
    """How many content words an event's reports have, on average (kept on the profile until it grows: one call of
    `assign` weighs every profile against one pool's words)."""
    size = len(profile.members) + len(profile.reports)
    if profile.mean_words[0] != size:
        profile.mean_words = (size, (sum(words(m.id) for m in profile.members) + sum(map(words, profile.reports))) / size)
    return profile.mean_words[1]


def _pair(a: Profile, b: Profile, text: float, words: Callable[[str], int]) -> float | None:
    """How strongly two events look like one (text similarity plus the evidence of structure, as `_score` for a
    mention), or None when the hard rules keep them apart. The smaller event's reports meet the larger one by one."""
    small, large = sorted((a, b), key=lambda p: len(p.members))
    place = when = conflict = 0.0
    for m in small.members:  # they passed the rules among themselves when the smaller event formed
        size = words(m.id)
        ok, p, d, c, _ = rules(m, large, m.id not in small.unanchored, size, merging=True, dated=m.id not in small.undated)
        if not ok:
            return None
        place, when = max(place, p), max(when, d)
        conflict = max(conflict, c * (LONG_REPORT_CONFLICT if _long(size) else 1.0))
    if a.languages and b.languages and not a.languages & b.languages:
        text = max(text, CROSS_LANGUAGE_TEXT)
    actors = len(a.actors & b.actors) / len(a.actors | b.actors) if a.actors and b.actors else 0.0
    figures = 1.0 if a.figures & b.figures else 0.0
    long = _long(round(_mean_words(small, words)))
    if a.types and b.types and not a.types & b.types:
        conflict += TYPE_PENALTY * (LONG_REPORT_CONFLICT if long else 1.0)
    return _weigh(text, place, when, actors, figures, long) - conflict


_REPORT = "report:"


def _attach(report: Article, profiles: dict[str, Profile], pool: TextPool, centroid) -> str | None:
    """The event a report with no news mention tells, judged by its text alone; None when none is alike enough.

    The report's text is compared with each event's reports as a mention's is (mean cosine, short reports
    discounted), with no structure to help.
    """
    unit = pool.unit(_REPORT + report.id)
    size = pool.words(_REPORT + report.id)  # REPORT_MIN_WORDS or more: `assign` left the shorter out
    discount = _discount(size)
    scored = sorted(((dot(unit, centroid(eid)) * discount, eid) for eid in profiles), key=lambda s: (-s[0], s[1]))
    if scored and scored[0][0] >= REPORT_THRESHOLD:
        return scored[0][1]
    return None


def _can_live_together(a: Profile, b: Profile, alike: bool, words: Callable[[str], int]) -> bool:
    """Whether every member of `b` passes the hard rules against `a`, and without a conflict (a place one of them
    marks as the scene, a near day) unless the two events' reports are `alike`: a merge joins whole events at once.
    Two places that neither report marks as the scene are geo's guesses on both sides: their conflict costs a single
    report its penalty, and keeps no two events apart."""
    probe = Profile()
    for m in a.members:
        probe.add(m, None, m.id not in a.unanchored, m.id not in a.undated)
    for m in b.members:
        ok, _, _, conflict, _ = rules(m, probe, m.id not in b.unanchored, words(m.id), merging=True, dated=m.id not in b.undated)
        if not ok or (conflict > GUESSED_PLACE_CONFLICT_PENALTY and not alike):
            return False
        probe.add(m, None, m.id not in b.unanchored, m.id not in b.undated)
    return True
