"""The data model every pipeline stage speaks.

ingest makes `Article`s; extract turns an article into `Mention`s made of `Claim`s;
geo resolves place names into `Place`s; fuse groups mentions into `Event`s and
reconciles their claims; store keeps all of it. Offsets are character offsets into
`Article.text`, end-exclusive, so every value can point back at its text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

Span = tuple[int, int]

Precision = Literal["place", "near-place", "admin2", "admin1", "country"]
DatePrecision = Literal["day", "week", "month", "year"]
Role = Literal["actor", "recipient"]


@dataclass(frozen=True)
class Article:
    """One report as published."""

    id: str
    text: str
    outlet: str | None = None
    url: str | None = None
    published: datetime | None = None
    language: str | None = None
    title: str | None = None
    # Where the article was read from, e.g. "reports.jsonl:12"; for error messages and audit.
    source: str | None = None
    # Id of an earlier article this one is an exact or near-duplicate (syndicated) copy of.
    copy_of: str | None = None


@dataclass(frozen=True)
class Place:
    """A resolved gazetteer entry."""

    name: str
    country_code: str | None  # ISO 3166-1 alpha-2
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    precision: Precision = "place"
    feature_code: str | None = None  # GeoNames feature code (PPL, ADM1, PCLI, ...)
    population: int | None = None


@dataclass(frozen=True)
class PlaceName:
    """A toponym as written in the text, with what geo resolved it to (if anything)."""

    text: str
    span: Span
    place: Place | None = None
    # True when the text marks it as where the event happened (locative attached to the trigger).
    is_event_location: bool = False
    # "region" when the text says "the X region / oblast / province", else None.
    kind_hint: str | None = None


@dataclass(frozen=True)
class Actor:
    name: str
    country_code: str | None = None  # ISO 3166-1 alpha-3, as in CAMEO/PLOVER
    sector: str | None = None  # MIL, GOV, REB, CVL, POL, MED, ...
    role: Role = "actor"
    span: Span | None = None
    # True when the text gives the party no country and geo gave it the country where the event happened.
    country_from_place: bool = False


@dataclass(frozen=True)
class Count:
    """A count range in UCDP GED's terms. `high` None means open-ended ("over 20")."""

    low: int | None
    best: int | None
    high: int | None


@dataclass(frozen=True)
class Claim:
    """One value stated in a mention, with who said it and how sure they sounded.

    `field` is one of: killed, injured, arrested, displaced, date, place, event_type, actor.
    For counts, `low`/`high` bound the stated figure and `who` names a sub-group
    ("North Korean officers") when the count is about part of the victims.
    `attribution` runs from the outlet to the first known source:
    ["Newsweek", "Kyiv Post", "unnamed intelligence sources"].
    """

    field: str
    value: str
    article: str
    span: Span
    attribution: tuple[str, ...] = ()
    # Country (alpha-3) the text gives each attribution link, e.g. "the Russian Telegram channel X".
    attribution_countries: tuple[str | None, ...] = ()
    hedged: bool = False
    low: int | None = None
    high: int | None = None
    who: str | None = None
    who_country: str | None = None  # alpha-3 of the sub-group, when it has one
    normalized: str | None = None  # ISO date, PLOVER type, place key, ...
    # On an event's claims: the key of the independent origin behind it (see fuse.origins).
    origin: str | None = None


@dataclass(frozen=True)
class Origin:
    """The first known source of claims; the unit of independent corroboration."""

    name: str
    via: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()
    key: str = ""  # what makes two mentions of one origin the same origin


# Why a mention has the date it has, when its text states none (`Mention.date_reason`): extract writes these,
# and fuse reads them to tell a day the text states from the day the report came out.
PUBLICATION_DAY_REASON = "no date in the report; publication date"
# Ends the reason of a day read from a night ("overnight", "в ніч на суботу"): a night spans two days, and a report may
# date it by either, so fusion takes such a day to agree with the day before and the day after.
NIGHT_REASON = "(a night: the day it began or the day it ended)"
NO_DATE_REASON = "no date in the report and no publication date"


@dataclass
class Mention:
    """One event as one article tells it."""

    article: str
    index: int  # position among the article's mentions
    event_type: str  # PLOVER 2.0 type
    span: Span  # the sentence(s) the mention is built from
    trigger: str = ""
    mode: str | None = None
    sub_event_type: str | None = None
    is_main: bool = False
    # Told as context rather than news ("last year", "in June", undated asides): kept, but fused into no event.
    background: bool = False
    date: str | None = None  # ISO date
    date_precision: DatePrecision | None = None
    date_reason: str | None = None
    places: list[PlaceName] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    hedged: bool = False
    text: str = ""  # the mention's sentences, for similarity
    location: Place | None = None  # where it happened; chosen by geo

    @property
    def id(self) -> str:
        return f"{self.article}#{self.index}"


@dataclass(frozen=True)
class Disagreement:
    field: str
    values: tuple[tuple[str, tuple[str, ...]], ...]  # (value, article ids)
    # Per value, in the same order: the names of the independent origins behind it (may be empty).
    origins: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class Subgroup:
    who: str
    country_code: str | None
    killed: Count | None = None
    injured: Count | None = None


@dataclass
class Event:
    """The fused record; its fields are reconciled from its mentions' claims."""

    id: str
    event_type: str
    mode: str | None = None
    sub_event_type: str | None = None
    date: str | None = None
    date_end: str | None = None
    date_precision: DatePrecision | None = None
    location: Place | None = None
    actors: list[Actor] = field(default_factory=list)
    killed: Count | None = None
    injured: Count | None = None
    subgroups: list[Subgroup] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    origins: list[Origin] = field(default_factory=list)
    disagreements: list[Disagreement] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    mentions: list[str] = field(default_factory=list)  # mention ids
    # Ids of events merged into this one; they stay valid and resolve to this event.
    aliases: list[str] = field(default_factory=list)
