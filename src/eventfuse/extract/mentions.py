"""The extract stage: one article in, its event mentions out.

Each sentence is read for triggers, counts, dates, places, actors and attribution. Sentences
that tell the same event (same type family, no conflicting date or place) are grouped into one
`Mention`; the first one the headline agrees with is the main event. Mentions dated well
before publication, or undated asides after the main event, are marked as background.
Every claim keeps its character span and its attribution chain, outlet first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from spacy.tokens import Span as SpacySpan

from eventfuse.extract.actors import actors_in
from eventfuse.extract.attribution import Attribution, Source, attribution
from eventfuse.extract.classifier import typed_main_verb, typed_sub_event
from eventfuse.extract.counts import CountClaim, find_counts
from eventfuse.extract.countries import country_code
from eventfuse.extract.dates import DateExpr, find_dates
from eventfuse.extract.nlp import language_of, pipeline
from eventfuse.extract.places import find_places
from eventfuse.extract.nonevents import not_an_event, why_no_event
from eventfuse.extract.subevents import classify
from eventfuse.extract.triggers import PRIORITY, Trigger, find_triggers, governing, main_verb_trigger, token_at
from eventfuse.model import NO_DATE_REASON, PUBLICATION_DAY_REASON, Actor, Article, Claim, Mention, PlaceName

# Sectors of people who do not fight: civilians, teachers and students, medics, workers, business, refugees.
_UNARMED = {"CVL", "EDU", "MED", "LAB", "BUS", "REF"}
# Victims who do not fight: an attack on them is violence against civilians, not a clash.
_CIVILIANS = re.compile(
    r"\b(?:civilians?|residents?|people|persons|children|child|women|woman|men|man|villagers|worshippers|farmers|herders|students|pupils|"
    r"teen(?:ager)?s?|youths?|minors?|protesters|demonstrators|mourners|"
    r"passengers|shoppers|travell?ers|pilgrims|families|family|teachers?|doctors?|nurses|aid workers?|journalists?|reporters?|"
    r"traders|shopkeepers|workers|miners|fishermen|boys?|girls?|infants?|babies|elderly|refugees|displaced|detainees|prisoners|"
    r"menschen|zivilist\w*|einwohner|civils|personnes|habitants|enfants|civiles|personas|niños|persone|civili|bambini|"
    r"мирн\w*|жител\w*|людей|людини|цивільн\w*|мешканц\w*|дет\w*|діт\w*)\b",
    re.I,
)

# Who is at a protest, or breaks it up: a violent or coercive sentence naming them tells the same protest.
_AT_A_PROTEST = re.compile(
    r"\b(?:protest\w*|demonstrat\w*|marchers|crowds?|rall(?:y|ies)|police|riot|security forces|tear ?gas|water cannon|"
    r"demonstrant\w*|polizei|manifestant\w*|police|policía|polizia|полици\w*|поліці\w*|митинг\w*|мітинг\w*)\b",
    re.I,
)

# Sentence types that tell of an attack that has not happened: "threatened to strike", "called for an end to the
# shelling", "agreed to stop attacks", "denied attacking".
_SAID_OF_NOTHING_YET = {"THREATEN", "REQUEST", "AGREE", "REJECT", "CONCEDE"}

# A dated mention this long before publication is context, not news.
BACKGROUND_DAYS = 30
_VIOLENT = {"ASSAULT", "PROTEST"}


@dataclass
class _Sentence:
    span: SpacySpan
    trigger: Trigger | None
    counts: list[CountClaim]
    dates: list[DateExpr]
    places: list[PlaceName]
    attribution: Attribution
    actors: list[Actor]
    # A second reading of a sentence about something else that also tells a killing:
    # "police arrested three men after the bombing that killed 12" is an arrest and a bombing.
    secondary: bool = False
    # Further words of the same type in the sentence ("shelling ... killed ... wounded"): claims too.
    also: list[Trigger] = field(default_factory=list)

    @property
    def event_type(self) -> str | None:
        return self.trigger.event_type if self.trigger else None

    @property
    def day(self) -> str | None:
        return next((d.date for d in self.dates if d.date and d.precision == "day"), None)

    @property
    def dated(self) -> DateExpr | None:
        return next((d for d in self.dates if d.date), None)

    @property
    def vague_past(self) -> bool:
        return any(d.date is None for d in self.dates) or any(d.precision in {"month", "year"} for d in self.dates)

    @property
    def located(self) -> set[str]:
        return {_place_key(p.text) for p in self.places if p.is_event_location and not country_code(p.text)}


@dataclass
class _Group:
    event_type: str
    sentences: list[_Sentence] = field(default_factory=list)
    # Typed by the classifier where the rules found no trigger.
    typed: bool = False

    @property
    def day(self) -> str | None:
        return next((s.day for s in self.sentences if s.day), None)

    @property
    def located(self) -> set[str]:
        return set().union(*(s.located for s in self.sentences)) if self.sentences else set()


def _place_key(text: str) -> str:
    return re.sub(r"\s+(?:region|oblast|province|governorate|district|gebiet|région|область)$", "", text.lower()).strip()


def _compatible(group: _Group, sentence: _Sentence) -> bool:
    same_family = group.event_type == sentence.event_type or (
        group.event_type in _VIOLENT and sentence.event_type == "ASSAULT" and bool(sentence.counts)
    ) or (
        # "Protesters marched on parliament. Police fired tear gas and arrested 20": one protest, broken up.
        group.event_type == "PROTEST" and sentence.event_type in {"ASSAULT", "COERCE"} and bool(_AT_A_PROTEST.search(sentence.span.text))
    )
    if not same_family:
        return False
    if sentence.day and group.day and sentence.day != group.day:
        return False
    if sentence.vague_past and not sentence.day and group.day:
        return False
    places, mine = group.located, sentence.located
    if places and mine and not any(a in b or b in a for a in places for b in mine):
        return False
    return True


def _analyse(span: SpacySpan, article: Article, language: str, typed: Trigger | None = None) -> list[_Sentence]:
    """One reading of a sentence, or two when it is about something else and also counts the dead or hurt
    of an attack it tells: the attack gets the counts, the sentence's own event the rest. `typed` is a
    trigger the classifier gave a sentence in which the rules found none."""
    triggers = [t for t in find_triggers(span.text, language) if not not_an_event(span.text, article.text, t.event_type, t.text)]
    if typed is not None:
        triggers = [typed]
    elif language == "en" and (triggers or why_no_event(span.text) is None):
        # The main verb, when no pattern caught it ("Cairo rebuffs the offer"): it competes like any trigger.
        verb = main_verb_trigger(span)
        if verb and not any(t.start <= verb.start < t.end for t in triggers) and not not_an_event(span.text, article.text, verb.event_type, verb.text):
            triggers = sorted([*triggers, verb], key=lambda t: (PRIORITY.index(t.event_type), t.start))
    chosen = governing(triggers, span)
    counts = find_counts(span)
    dates = find_dates(span.text, span.start_char, article.published, language)
    places = find_places(span, language)
    told = attribution(span, language)

    def locate(t: Trigger) -> Trigger:
        return Trigger(t.event_type, span.start_char + t.start, span.start_char + t.end, t.text, t.mode)

    def reading(trigger: Trigger | None, counts: list[CountClaim], secondary: bool = False) -> _Sentence:
        located = locate(trigger) if trigger else None
        return _Sentence(
            span=span,
            trigger=located,
            counts=counts,
            dates=dates,
            places=places,
            attribution=told,
            actors=actors_in(span, located.start if located else None, language, located.event_type if located else None, told),
            secondary=secondary,
            also=[locate(t) for t in triggers if trigger and t is not trigger and t.event_type == trigger.event_type],
        )

    attack = next((t for t in triggers if t.event_type == "ASSAULT"), None)
    casualties = [c for c in counts if c.field in {"killed", "injured"}]
    # "Militants overran a base, killing 20 soldiers": the dead of a seizure by force are its own, not another event's.
    taken_by_force = chosen is not None and chosen.mode == "seize" and attack is not None and bool(
        re.fullmatch(r"(?i:killing|killed|wounding|wounded|injuring|injured|leaving)", attack.text)) and bool(
        re.search(r"(?i:town|city|village|district|area|region|territory|base|position|checkpoint|airport|outpost|"
                  r"capital|province|stronghold|county|military|garrison|barracks|hill|island|bridge|crossing|control)", chosen.text)
    ) and _governed_by(span, attack, chosen)
    if chosen and attack and chosen.event_type not in _SAID_OF_NOTHING_YET | {"ASSAULT"} and not taken_by_force:
        return [reading(chosen, [c for c in counts if c not in casualties]), reading(attack, casualties, secondary=True)]
    return [reading(chosen, counts)]


def _governed_by(span, inner: Trigger, outer: Trigger) -> bool:
    """Whether, in the parse, the word of `inner` hangs on the verb of `outer` ("overran a base, killing 20")."""
    a, b = token_at(span, inner), token_at(span, outer)
    return a is not None and b is not None and a.head.i == b.i and a.dep_ in {"advcl", "conj", "xcomp"}


_CLAIMED = re.compile(r"(?i:claim(?:ed|s)? (?:of )?responsibility|took responsibility)")


def _key(name: str) -> str:
    return re.sub(r"^(?:the|unnamed|anonymous)\s+", "", name.lower()).strip()


class _Chains:
    """Attribution chains for the sentences of one article, extended through its citation links.

    A later short reference ("the service", "the governor") is the source named in full before
    it ("Ukraine's State Emergency Service", "the regional governor").
    """

    def __init__(self, sentences: list[_Sentence]):
        self.cites: dict[str, Source] = {}
        self.named: list[Source] = []
        for s in sentences:
            for source in s.attribution.chain:
                self._resolve(source)
            for carrier, source in s.attribution.cites:
                self.cites.setdefault(_key(self._resolve(carrier).name), self._resolve(source))

    def _resolve(self, source: Source) -> Source:
        key = _key(source.name)
        head = key.split()[-1] if key else key
        for known in self.named:
            known_key = _key(known.name)
            if known_key == key or (len(key.split()) == 1 and known_key.split()[-1] == head):
                return known
        if not source.generic:
            self.named.append(source)
        return source

    def extend(self, chain: list[Source]) -> list[Source]:
        chain = [self._resolve(s) for s in chain]
        seen = {_key(s.name) for s in chain}
        while chain and _key(chain[-1].name) in self.cites:
            nxt = self.cites[_key(chain[-1].name)]
            if _key(nxt.name) in seen:
                break  # circular citation: stop where it closes
            seen.add(_key(nxt.name))
            chain.append(nxt)
        return chain


def _chain_for(sentence: _Sentence, group: _Group, chains: _Chains) -> list[Source]:
    """A sentence's chain: its own, else the nearest one stated in its mention (lede attribution)."""
    own = [s for s in sentence.attribution.chain]
    specific = [s.attribution.chain for s in group.sentences if s.attribution.chain and not s.attribution.chain[-1].generic]
    if own and own[-1].generic:
        # "according to Ukrainian news reports": the reports are the named carriers the mention cites.
        own = specific[0] if specific else own
    if not own:
        index = group.sentences.index(sentence)
        ordered = group.sentences[index::-1] + group.sentences[index + 1 :]
        own = next((s.attribution.chain for s in ordered if s.attribution.chain and not s.attribution.chain[-1].generic), [])
    return chains.extend(own)


# A date right after a word of saying dates the saying ("the service said in a statement on Wednesday"), unless what
# stands between names what was said ("said a missile strike on Tuesday killed ...": the strike's day).
_REPORTING_BEFORE = re.compile(
    r"\b(?:said|says|told|reported|announced|added|wrote|stated|statement|briefing|sagte|teilte|erklärte|mitteilte|"
    r"a déclaré|a indiqué|dijo|informó|ha detto|заявил\w*|сообщил\w*|повідомил\w*)\b"
    r"(?:[\s,]+(?:in|on|at|late|early|earlier|later|a|an|the|its|his|her|their|this|statement|briefing|post|message|"
    r"interview|conference|press|news|televised|address|online|separately|reporters|journalists|us|him|them|"
    r"am|mit|einer|einem|le|dans|un|une|communiqué|el|en|comunicado|il|comunicato|во|в|у|заявлении|"
    r"сообщении|заяві|повідомленні))*[\s,]*$",
    re.I,
)


def _event_date(sentence: _Sentence, text: str) -> DateExpr | None:
    """The date a sentence gives its event: the first dated expression that does not date the reporting
    ("..., the service said in a statement on Wednesday")."""
    for d in sentence.dates:
        if d.date and not _REPORTING_BEFORE.search(text[max(0, d.start - 60) : d.start]) and not _is_dateline(d, text):
            return d
    return None


def _is_dateline(d: DateExpr, text: str) -> bool:
    """ "Kharkiv, 15 March 2025 — ...", or a line holding only a date ("UPDATED: Friday, May 3, 2013, 9:56 AM"):
    the dateline or time stamp dates the report, not the event."""
    if d.start < 60 and "\n" not in text[: d.start] and re.match(r"\s*[—–-]", text[d.end : d.end + 3]):
        return True
    line_start = text.rfind("\n", 0, d.start) + 1
    line_end = text.find("\n", d.end)
    rest = (text[line_start : d.start] + " " + text[d.end : line_end if line_end >= 0 else len(text)]).lower()
    rest = re.sub(r"\b(?:published|updated|posted|last|modified|on|at|am|pm|a\.m\.|p\.m\.|edt|est|gmt|utc|bst|cet|"
                  r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|st|nd|rd|th)\b|[\d:.,|/()-]", " ", rest)
    return not rest.split()


def _claim(field_: str, value: str, span: tuple[int, int], article: Article, chain: list[Source], hedged: bool, **extra) -> Claim:
    outlet = article.outlet or article.id
    return Claim(
        field=field_,
        value=value,
        article=article.id,
        span=span,
        attribution=(outlet, *(s.name for s in chain)),
        attribution_countries=(None, *(s.country for s in chain)),
        hedged=hedged,
        **extra,
    )


def _build(
    index: int, group: _Group, article: Article, chains: _Chains, language: str, is_main: bool, lede: list[_Sentence]
) -> Mention:
    sentences = group.sentences
    first = sentences[0]
    text = " ".join(s.span.text.strip() for s in sentences)
    claims: list[Claim] = []
    hedges = []
    for s in sentences:
        chain = _chain_for(s, group, chains)
        hedged = s.attribution.hedged
        hedges.append(hedged)
        if s.trigger and s.event_type == group.event_type:
            for t in sorted([s.trigger, *s.also], key=lambda t: t.start):
                claims.append(_claim("event_type", t.text, (t.start, t.end), article, chain, hedged, normalized=group.event_type))
        event_date = _event_date(s, article.text)
        if event_date:
            claims.append(_claim("date", event_date.text, (event_date.start, event_date.end), article, chain, hedged, normalized=event_date.date))
        for p in s.places:
            if p.is_event_location:
                claims.append(_claim("place", p.text, p.span, article, chain, hedged))
        for c in s.counts:
            # Two sides in one sentence: a figure is the claim of the side whose reported clause holds it.
            own = s.attribution.source_of(c.start)
            claims.append(
                _claim(c.field, c.figure.text, (c.start, c.end), article, chains.extend([own]) if own else chain, hedged,
                       low=c.figure.low, high=c.figure.high, who=c.who if c.subgroup or c.who_country else None,
                       who_country=c.who_country if c.subgroup or c.who_country else None)
            )
    event_dates = [d for d in (_event_date(s, article.text) for s in sentences) if d]
    dated = next((d for d in event_dates if d.precision == "day"), None) or next(iter(event_dates), None)
    if dated is None and is_main:
        # The lede often dates the event in a sentence with no trigger: "Thousands, on Saturday, ...".
        dated = next((d for d in (_event_date(s, article.text) for s in lede) if d and d.precision == "day"), None)
    if dated:
        when, precision, reason = dated.date, dated.precision, dated.reason
    elif article.published:
        when, precision, reason = article.published.date().isoformat(), "day", PUBLICATION_DAY_REASON
    else:
        when, precision, reason = None, None, NO_DATE_REASON
    trigger = next((s.trigger for s in sentences if s.trigger and s.event_type == group.event_type), first.trigger)
    civilian = any(a.sector in _UNARMED and a.role == "recipient" for s in sentences for a in s.actors) or any(
        _CIVILIANS.search(c.who or c.figure.text + " " + s.span.text)
        for s in sentences for c in s.counts
    )
    actors: list[Actor] = []
    for s in sentences:
        for a in s.actors:
            if not any((a.country_code, a.sector, a.role) == (b.country_code, b.sector, b.role) for b in actors):
                actors.append(a)
    mode, sub_event_type = classify(group.event_type, trigger.mode if trigger else None, text, civilian, actors)
    if group.typed:
        sub_event_type = typed_sub_event(group.event_type, text) or sub_event_type
    background = False
    if article.published and when and dated:
        age = (article.published.date() - date.fromisoformat(when)).days
        background = age > BACKGROUND_DAYS or (precision in {"month", "year"} and age > 0 and not is_main)
    if not is_main and not dated:
        background = True
    if not is_main and any(s.vague_past and not s.day for s in sentences):
        background = True
    return Mention(
        article=article.id,
        index=index,
        event_type=group.event_type,
        span=(first.span.start_char, sentences[-1].span.end_char),
        trigger=trigger.text if trigger else "",
        mode=mode,
        sub_event_type=sub_event_type,
        is_main=is_main,
        background=background,
        date=when,
        date_precision=precision,  # type: ignore[arg-type]
        date_reason=reason,
        places=[p for s in sentences for p in s.places],
        actors=actors,
        claims=claims,
        hedged=any(hedges),
        text=text,
    )


def _with_dateline(article: Article, language: str) -> Article:
    """An undated report is read as of its dateline ("Kharkiv, 15 March 2025 — ..."), when it has one."""
    from dataclasses import replace
    from datetime import datetime, timezone

    head = article.text[:160]
    for d in find_dates(head, 0, None, language):
        if d.date and d.precision == "day" and re.search(r"\d{4}", d.text):
            return replace(article, published=datetime.fromisoformat(d.date).replace(hour=12, tzinfo=timezone.utc))
    return article


def extract(article: Article) -> list[Mention]:
    """The event mentions one article tells, main event marked.

    >>> [(m.event_type, m.sub_event_type) for m in extract(Article(id="a", text="Police arrested 12 protesters in Dakar."))]
    [('COERCE', 'Protest with intervention')]
    """
    return _mentions(article, pipeline(language_of(article.language))(article.text))


def extract_all(articles: list[Article], batch_size: int = 32) -> list[list[Mention]]:
    """`extract` over many articles, parsing them in batches (several times faster than one by one)."""
    results: list[list[Mention] | None] = [None] * len(articles)
    by_language: dict[str, list[int]] = {}
    for i, article in enumerate(articles):
        by_language.setdefault(language_of(article.language), []).append(i)
    for language, indexes in by_language.items():
        docs = pipeline(language).pipe((articles[i].text for i in indexes), batch_size=batch_size)
        for i, doc in zip(indexes, docs):
            results[i] = _mentions(articles[i], doc)
    return results  # type: ignore[return-value]


def _mentions(article: Article, doc) -> list[Mention]:
    language = language_of(article.language)
    if article.published is None:
        article = _with_dateline(article, language)
    sentences = [reading for s in doc.sents if s.text.strip() for reading in _analyse(s, article, language)]
    chains = _Chains(sentences)
    groups: list[_Group] = []
    claimed: dict[int, _Group] = {}  # sentence start -> the attack its claim of responsibility joined
    for s in sentences:
        if s.event_type is None:
            # "Eleven others suffered gunshot wounds": a count of the dead or hurt with no event word of its
            # own belongs to the violent event told last, when its day and place do not say otherwise.
            casualties = [c for c in s.counts if c.field in {"killed", "injured"}]
            violent = next((g for g in reversed(groups) if g.event_type in _VIOLENT), None)
            if casualties and violent is not None and _compatible(violent, replace(s, trigger=Trigger("ASSAULT", 0, 0, ""), counts=casualties)):
                violent.sentences.append(replace(s, counts=casualties))
            continue
        if s.event_type == "ACCUSE" and s.trigger is not None and _CLAIMED.search(s.trigger.text):
            # "Al-Shabaab claimed responsibility for the attack": who claims it is the attack's perpetrator, as ACLED
            # records it, not an accusation of its own. The claim adds its actors and its source, no day or place.
            violent = next((g for g in reversed(groups) if g.event_type in _VIOLENT), None)
            if violent is not None:
                violent.sentences.append(replace(s, trigger=None, also=[], counts=[], dates=[], places=[]))
                claimed[s.span.start_char] = violent
                continue
        if s.secondary and s.span.start_char in claimed:
            # "the attack" a claim names is the one it is folded into: its word joins it, not its day or place.
            claimed[s.span.start_char].sentences.append(replace(s, dates=[], places=[]))
            continue
        target = next((g for g in reversed(groups) if _compatible(g, s)), None)
        if target is None:
            target = _Group(s.event_type)
            groups.append(target)
        target.sentences.append(s)
    if not groups and language == "en" and why_no_event(article.text) is None:
        # No trigger anywhere and no reason for "no event": the classifier may type the lede's main verb.
        lede_span = next((s for s in doc.sents if s.text.strip()), None)
        typed = typed_main_verb(lede_span) if lede_span is not None else None
        if typed is not None:
            sentences = [*_analyse(lede_span, article, language, typed), *(s for s in sentences if s.span.start_char != lede_span.start_char)]
            chains = _Chains(sentences)
            groups = [_Group(typed.event_type, [sentences[0]], typed=True)]
    if not groups:
        return []
    headline = find_triggers(article.title or "", language)
    wanted = headline[0].event_type if headline else None
    main = next((g for g in groups if g.event_type == wanted), None) if wanted else None
    if main is None:
        main = min(groups, key=lambda g: (PRIORITY.index(g.event_type) > 1, g.sentences[0].span.start))
        # A sentence is about what its governing trigger says: its second reading is not the main event.
        if main.sentences[0].secondary:
            main = next((g for g in groups if g.sentences[0].span.start == main.sentences[0].span.start and not g.sentences[0].secondary), main)
    lede = [s for s in sentences if s.span.start_char <= main.sentences[0].span.start_char][:3]
    return [_build(i, g, article, chains, language, g is main, lede) for i, g in enumerate(groups)]
