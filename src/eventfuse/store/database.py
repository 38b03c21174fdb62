"""The Store: the only code in eventfuse that opens database connections.

    store = Store.open("out/demo.db")            # or "postgresql://user@host/eventfuse"
    with store.transaction() as tx:              # one database transaction
        if tx.add_article(article):
            tx.add_mentions(mentions)
        for event in fuse(mentions, tx.candidates("2024-10-01", "2024-10-05")):
            tx.save_event(event)
    store.events()

Writes go through a `Tx`, which lives exactly as long as one database transaction: if
anything inside the `with` block raises, nothing it wrote is kept. Reads on the Store each
run in a short transaction of their own, so one call sees one consistent state.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Sequence

from sqlalchemy import (
    Connection,
    Engine,
    and_,
    bindparam,
    create_engine,
    delete,
    event as sa_event,
    func,
    or_,
    select,
    true,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import StaticPool

from eventfuse.model import Article, Claim, Event, Mention, Origin
from eventfuse.store import migrate, rows
from eventfuse.store.schema import TABLES, articles, claims, event_aliases, events, mentions, origins

# Bound parameters per IN (...) list; well under SQLite's and PostgreSQL's limits.
_CHUNK = 500
_DAY = timedelta(days=1)


class Store:
    """An eventfuse database: SQLite file by default, PostgreSQL for a shared server."""

    def __init__(self, engine: Engine):
        """Wrap an engine whose database is already migrated; use `Store.open` instead."""
        self._engine = engine
        # Writers ask SQLite for the write lock up front (BEGIN IMMEDIATE): two processes
        # that both read, then both try to write, would otherwise deadlock into "database
        # is locked" instead of one waiting for the other.
        self._writer = engine.execution_options(eventfuse_write=True)

    @classmethod
    def open(cls, target: str | Path) -> Store:
        """Open (creating if needed) the database at `target` and migrate it to head.

        `target` is a file path for SQLite, or a SQLAlchemy URL such as
        "sqlite:///events.db" or "postgresql://user@host/eventfuse" (a bare postgresql://
        URL uses the psycopg 3 driver, from the `postgres` extra). Opening an existing
        database only applies the migrations it lacks; its data stays as it was.
        """
        engine = _engine_for(_url_for(target))
        try:
            with engine.execution_options(eventfuse_write=True).begin() as connection:
                migrate.upgrade(connection)
        except BaseException:
            engine.dispose()
            raise
        return cls(engine)

    @property
    def url(self) -> str:
        """The database URL, with any password hidden."""
        return self._engine.url.render_as_string(hide_password=True)

    @contextmanager
    def transaction(self) -> Iterator[Tx]:
        """One database transaction: committed when the block ends, rolled back entirely if it raises."""
        with self._writer.begin() as connection:
            tx = Tx(connection)
            try:
                yield tx
            finally:
                tx._connection = None

    def events(self, *, limit: int | None = None) -> list[Event]:
        """All events (or the first `limit`), ordered by date, undated last, then by id."""
        query = select(events).order_by(events.c.date.asc().nulls_last(), events.c.id).limit(limit)
        with self._engine.begin() as connection:
            return _load_events(connection, query)

    def event(self, event_id: str) -> Event | None:
        """The event with this id, with its claims, origins and mention ids; None if there is none.

        The id of an event that was merged into another (an alias) gives the surviving event.
        """
        with self._engine.begin() as connection:
            found = _load_events(connection, select(events).where(events.c.id == _resolve(connection, event_id)))
        return found[0] if found else None

    def resolve(self, event_id: str) -> str | None:
        """The id under which an event is stored now: itself, or the event an alias was merged into."""
        with self._engine.begin() as connection:
            resolved = _resolve(connection, event_id)
            return resolved if connection.execute(select(events.c.id).where(events.c.id == resolved)).first() else None

    def mentions_of(self, event_id: str) -> list[Mention]:
        """The mentions fused into this event, in the order of `Event.mentions`."""
        with self._engine.begin() as connection:
            return _mentions_of_events(connection, [event_id]).get(event_id, [])

    def article(self, article_id: str) -> Article | None:
        """The article with this id, or None."""
        return self.articles([article_id]).get(article_id)

    def articles(self, ids: Iterable[str]) -> dict[str, Article]:
        """The stored articles among `ids`, by id; ids not in the store are left out."""
        with self._engine.begin() as connection:
            return _load_articles(connection, ids)

    def counts(self) -> dict[str, int]:
        """Rows per table, e.g. {"articles": 2, "mentions": 3, "claims": 9, "events": 1, "origins": 2}."""
        with self._engine.begin() as connection:
            return {
                table.name: connection.execute(select(func.count()).select_from(table)).scalar_one()
                for table in TABLES
            }

    def close(self) -> None:
        """Close every pooled connection. The Store must not be used afterwards."""
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.url!r})"


class Tx:
    """Reads and writes inside one transaction of a Store; get one from `Store.transaction()`."""

    def __init__(self, connection: Connection):
        self._connection: Connection | None = connection

    @property
    def _db(self) -> Connection:
        if self._connection is None:
            raise RuntimeError("this Tx belongs to a transaction that has ended; open a new Store.transaction()")
        return self._connection

    # -- articles -------------------------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        """Whether an article with this id is stored."""
        return self._db.execute(select(articles.c.id).where(articles.c.id == article_id)).first() is not None

    def add_article(self, article: Article, fingerprint: bytes | None = None) -> bool:
        """Store an article with its near-duplicate fingerprint.

        Returns False, changing nothing, when an article with this id is already stored,
        so that ingesting the same input twice is harmless.
        """
        row = rows.article_row(article, fingerprint, _now())
        # RETURNING tells whether the row went in: drivers need not report a rowcount for INSERT.
        statement = (
            _insert(self._db, articles)
            .values(row)
            .on_conflict_do_nothing(index_elements=["id"])
            .returning(articles.c.id)
        )
        return self._db.execute(statement).first() is not None

    def fingerprints(self) -> Iterator[tuple[str, bytes]]:
        """(article id, fingerprint) for every article that has one, streamed in id order."""
        query = (
            select(articles.c.id, articles.c.fingerprint)
            .where(articles.c.fingerprint.is_not(None))
            .order_by(articles.c.id)
        )
        for article_id, fingerprint in self._db.execute(query, execution_options={"yield_per": 1000}):
            yield article_id, bytes(fingerprint)

    def articles(self, ids: Iterable[str]) -> dict[str, Article]:
        """The stored articles among `ids`, by id; ids not in the store are left out."""
        return _load_articles(self._db, ids)

    # -- mentions -------------------------------------------------------------------------

    def add_mentions(self, mentions_to_add: list[Mention]) -> None:
        """Store mentions with their claims, places, actors and location.

        A mention whose id ("<article>#<index>") is already stored is replaced, claims
        included, but keeps the event it was fused into: re-extracting an article updates
        its mentions in place. Raises LookupError if a mention's article is not stored.
        """
        if not mentions_to_add:
            return
        ids = [mention.id for mention in mentions_to_add]
        if len(set(ids)) != len(ids):
            repeated = sorted({mention_id for mention_id in ids if ids.count(mention_id) > 1})
            raise ValueError(f"add_mentions got the same mention more than once: {', '.join(repeated)}")
        wanted = {mention.article for mention in mentions_to_add}
        missing = wanted - set(_existing(self._db, articles.c.id, wanted))
        if missing:
            raise LookupError(
                f"mentions refer to articles that are not stored: {', '.join(sorted(missing))}; "
                "add the articles (Tx.add_article) before their mentions"
            )

        statement = _insert(self._db, mentions)
        # Everything but the key and the event membership, which belongs to save_event.
        content = [c.name for c in mentions.columns if c.name not in ("id", "event_id", "event_position")]
        statement = statement.on_conflict_do_update(
            index_elements=["id"], set_={name: statement.excluded[name] for name in content}
        )
        self._db.execute(statement, [rows.mention_row(mention) for mention in mentions_to_add])

        for chunk in _chunks(ids):
            self._db.execute(delete(claims).where(claims.c.mention.in_(chunk)))
        claim_rows = [
            rows.claim_row(claim, position, mention=mention.id)
            for mention in mentions_to_add
            for position, claim in enumerate(mention.claims)
        ]
        if claim_rows:
            self._db.execute(claims.insert(), claim_rows)

    def candidates(
        self,
        date_from: str | None,
        date_to: str | None,
        country_codes: set[str] | None = None,
    ) -> dict[str, list[Mention]]:
        """The mentions of stored events that new mentions dated `date_from`..`date_to` might join.

        An event is a candidate when its dates (`date` to `date_end`, or the one day
        `date`) overlap the ISO-date window, or when it has no date at all; a None bound
        leaves that side open. With `country_codes` (ISO alpha-2), only events located in
        those countries, or whose country is unknown, are candidates. Returns the member
        mentions of each candidate event (an empty list for an event with none), keyed by
        event id, in `Event.mentions` order.

            tx.candidates("2024-09-30", "2024-10-04", {"UA"})  # -> {"evt-1": [Mention, ...]}
        """
        event_end = func.coalesce(events.c.date_end, events.c.date)
        window = []
        if date_to is not None:
            window.append(events.c.date <= date_to)
        if date_from is not None:
            window.append(event_end >= date_from)
        condition = or_(events.c.date.is_(None), and_(true(), *window))
        if country_codes is not None:
            codes = sorted({code.upper() for code in country_codes})
            condition = and_(condition, or_(events.c.country_code.is_(None), events.c.country_code.in_(codes)))

        event_ids = list(self._db.execute(select(events.c.id).where(condition).order_by(events.c.id)).scalars())
        members = _mentions_of_events(self._db, event_ids)
        return {event_id: members.get(event_id, []) for event_id in event_ids}

    # -- reports with no news mention -----------------------------------------------------

    def attach_reports(self, attached: dict[str, str], released: Iterable[str] = ()) -> None:
        """Attach reports (article id -> event id) in which extraction found no news mention to the event
        fusion matched them with by their text; they are listed among the event's articles from then on.
        `released` reports (weighed again and matched with no event this time) wait again."""
        free = sorted(set(released) - attached.keys())
        if free:
            self._db.execute(
                update(articles).where(articles.c.id == bindparam("report")).values(event_id=None),
                [{"report": report} for report in free],
            )
        if attached:
            self._db.execute(
                update(articles).where(articles.c.id == bindparam("report")).values(event_id=bindparam("event")),
                [{"report": report, "event": event_id} for report, event_id in sorted(attached.items())],
            )

    def waiting_reports(self, date_from: str | None, date_to: str | None, attached_to: Collection[str] = ()) -> list[Article]:
        """Stored reports that have no news mention and are attached to no event yet, or to one of the events
        `attached_to` (the events in play, whose reports fusion weighs again), published in the ISO-date window
        (a None bound leaves that side open) or undated; in id order.

            tx.waiting_reports("2024-09-30", "2024-10-04")  # -> [Article, ...]
        """
        # By the UTC instant, which an index serves (a day's margin either side covers any offset); then undated.
        window = []
        if date_from is not None:
            window.append(articles.c.published_utc >= datetime.fromisoformat(date_from).replace(tzinfo=timezone.utc) - _DAY)
        if date_to is not None:
            window.append(articles.c.published_utc < datetime.fromisoformat(date_to).replace(tzinfo=timezone.utc) + 2 * _DAY)
        news = select(mentions.c.id).where(mentions.c.article == articles.c.id, mentions.c.background.is_(False))
        free = articles.c.event_id.is_(None)
        if attached_to:
            free = or_(free, articles.c.event_id.in_(sorted(attached_to)))
        waiting = and_(free, ~news.exists())
        found: dict[str, Article] = {}
        for when in (and_(articles.c.published_utc.is_not(None), *window), articles.c.published_utc.is_(None)):
            for row in self._db.execute(select(articles).where(when, waiting)).mappings():
                found[row["id"]] = rows.article_from_row(row)
        return [found[article_id] for article_id in sorted(found)]

    # -- events ---------------------------------------------------------------------------

    def save_event(self, event_to_save: Event) -> None:
        """Insert or update a reconciled event, and make `event.mentions` exactly its members.

        The event's claims and origins replace those stored before. Mentions listed in
        `event.mentions` get this event's id (leaving whatever event they were in), and
        mentions no longer listed lose it. Raises LookupError if a listed mention is not
        stored.
        """
        event_id = event_to_save.id
        member_ids = list(event_to_save.mentions)
        if len(set(member_ids)) != len(member_ids):
            raise ValueError(f"event {event_id} lists a mention more than once: {member_ids}")
        missing = set(member_ids) - set(_existing(self._db, mentions.c.id, member_ids))
        if missing:
            raise LookupError(
                f"event {event_id} lists mentions that are not stored: {', '.join(sorted(missing))}; "
                "add them (Tx.add_mentions) before saving the event"
            )

        row = rows.event_row(event_to_save, _now())
        statement = _insert(self._db, events).values(row)
        statement = statement.on_conflict_do_update(
            index_elements=["id"],
            set_={name: statement.excluded[name] for name in row if name not in ("id", "created_at")},
        )
        self._db.execute(statement)

        self._db.execute(delete(claims).where(claims.c.event == event_id))
        if event_to_save.claims:
            self._db.execute(
                claims.insert(),
                [rows.claim_row(claim, n, event=event_id) for n, claim in enumerate(event_to_save.claims)],
            )
        self._db.execute(delete(origins).where(origins.c.event == event_id))
        if event_to_save.origins:
            self._db.execute(
                origins.insert(),
                [rows.origin_row(event_id, position, origin) for position, origin in enumerate(event_to_save.origins)],
            )

        self._db.execute(
            update(mentions).where(mentions.c.event_id == event_id).values(event_id=None, event_position=None)
        )
        if member_ids:
            self._db.execute(
                update(mentions)
                .where(mentions.c.id == bindparam("member"))
                .values(event_id=event_id, event_position=bindparam("position")),
                [{"member": member, "position": position} for position, member in enumerate(member_ids)],
            )

        # Events merged into this one: their mentions moved above; their ids (and the ids that were
        # already their aliases) now resolve here, and their rows go.
        for alias in event_to_save.aliases:
            if alias == event_id:
                continue
            self._db.execute(update(event_aliases).where(event_aliases.c.event == alias).values(event=event_id))
            self._db.execute(update(articles).where(articles.c.event_id == alias).values(event_id=event_id))
            self.delete_event(alias)
            statement = _insert(self._db, event_aliases).values(alias=alias, event=event_id, merged_at=_now())
            self._db.execute(
                statement.on_conflict_do_update(index_elements=["alias"], set_={"event": event_id, "merged_at": _now()})
            )

    def delete_event(self, event_id: str) -> bool:
        """Remove an event (e.g. one fusion merged into another); its mentions stay, unassigned.

        Returns False when there was no such event.
        """
        # Spelled out rather than left to ON DELETE rules, which SQLite only honours on
        # connections that enabled foreign keys.
        self._db.execute(
            update(mentions).where(mentions.c.event_id == event_id).values(event_id=None, event_position=None)
        )
        self._db.execute(update(articles).where(articles.c.event_id == event_id).values(event_id=None))
        self._db.execute(delete(claims).where(claims.c.event == event_id))
        self._db.execute(delete(origins).where(origins.c.event == event_id))
        self._db.execute(delete(event_aliases).where(event_aliases.c.event == event_id))
        return self._db.execute(delete(events).where(events.c.id == event_id)).rowcount == 1


# -- reading ------------------------------------------------------------------------------


def _load_articles(connection: Connection, ids: Iterable[str]) -> dict[str, Article]:
    found: dict[str, Article] = {}
    for chunk in _chunks(list(dict.fromkeys(ids))):
        for row in connection.execute(select(articles).where(articles.c.id.in_(chunk))).mappings():
            found[row["id"]] = rows.article_from_row(row)
    return found


def _load_events(connection: Connection, query: Any) -> list[Event]:
    """Events for `query` (a select of whole events rows), with claims, origins and mention ids."""
    event_rows = list(connection.execute(query).mappings())
    ids = [row["id"] for row in event_rows]
    event_claims: dict[str, list[Claim]] = {event_id: [] for event_id in ids}
    event_origins: dict[str, list[Origin]] = {event_id: [] for event_id in ids}
    members: dict[str, list[str]] = {event_id: [] for event_id in ids}
    aliases: dict[str, list[str]] = {event_id: [] for event_id in ids}
    # Reports with no news mention that fusion attached to the event by their text (Tx.attach_reports).
    reports: dict[str, list[str]] = {event_id: [] for event_id in ids}
    for chunk in _chunks(ids):
        for alias, event_id in connection.execute(
            select(event_aliases.c.alias, event_aliases.c.event)
            .where(event_aliases.c.event.in_(chunk))
            .order_by(event_aliases.c.event, event_aliases.c.alias)
        ):
            aliases[event_id].append(alias)
        for row in connection.execute(
            select(claims).where(claims.c.event.in_(chunk)).order_by(claims.c.event, claims.c.position)
        ).mappings():
            event_claims[row["event"]].append(rows.claim_from_row(row))
        for row in connection.execute(
            select(origins).where(origins.c.event.in_(chunk)).order_by(origins.c.event, origins.c.position)
        ).mappings():
            event_origins[row["event"]].append(rows.origin_from_row(row))
        for mention_id, event_id in connection.execute(
            select(mentions.c.id, mentions.c.event_id)
            .where(mentions.c.event_id.in_(chunk))
            .order_by(mentions.c.event_id, mentions.c.event_position)
        ):
            members[event_id].append(mention_id)
        for article_id, event_id in connection.execute(
            select(articles.c.id, articles.c.event_id).where(articles.c.event_id.in_(chunk)).order_by(articles.c.id)
        ):
            reports[event_id].append(article_id)
    found = []
    for row in event_rows:
        event = rows.event_from_row(
            row, claims=event_claims[row["id"]], origins=event_origins[row["id"]], mentions=members[row["id"]],
            aliases=aliases[row["id"]],
        )
        event.articles += [report for report in reports[row["id"]] if report not in event.articles]
        found.append(event)
    return found


def _resolve(connection: Connection, event_id: str) -> str:
    """The event an alias points to, or the id itself (aliases are re-pointed on merge, so one hop is enough)."""
    target = connection.execute(select(event_aliases.c.event).where(event_aliases.c.alias == event_id)).scalar()
    return target or event_id


def _mentions_of_events(connection: Connection, event_ids: Sequence[str]) -> dict[str, list[Mention]]:
    """Member mentions, with claims, of each of `event_ids` that has any; in event order."""
    by_event: dict[str, list[Mention]] = {}
    for chunk in _chunks(list(event_ids)):
        mention_rows = list(
            connection.execute(
                select(mentions)
                .where(mentions.c.event_id.in_(chunk))
                .order_by(mentions.c.event_id, mentions.c.event_position)
            ).mappings()
        )
        mention_claims: dict[str, list[Claim]] = {row["id"]: [] for row in mention_rows}
        for claim_chunk in _chunks(list(mention_claims)):
            for row in connection.execute(
                select(claims).where(claims.c.mention.in_(claim_chunk)).order_by(claims.c.mention, claims.c.position)
            ).mappings():
                mention_claims[row["mention"]].append(rows.claim_from_row(row))
        for row in mention_rows:
            by_event.setdefault(row["event_id"], []).append(rows.mention_from_row(row, mention_claims[row["id"]]))
    return by_event


def _existing(connection: Connection, id_column: Any, ids: Iterable[str]) -> list[str]:
    """Those of `ids` that are present in `id_column`."""
    present: list[str] = []
    for chunk in _chunks(list(set(ids))):
        present.extend(connection.execute(select(id_column).where(id_column.in_(chunk))).scalars())
    return present


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


# -- connecting ---------------------------------------------------------------------------


def _insert(connection: Connection, table: Any) -> Any:
    """An INSERT that supports ON CONFLICT for this connection's backend."""
    # Both backends spell upserts the same way (ON CONFLICT ... DO ...), and doing it in
    # one statement keeps concurrent writers from racing between a SELECT and an INSERT.
    if connection.dialect.name == "postgresql":
        return postgresql.insert(table)
    return sqlite.insert(table)


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _url_for(target: str | Path) -> URL:
    """The SQLAlchemy URL for a path or URL given by a person."""
    text = str(target)
    if isinstance(target, Path) or "://" not in text:
        if text == ":memory:":
            return URL.create("sqlite")
        path = Path(text).expanduser()
        path.parent.mkdir(parents=True, exist_ok=True)
        return URL.create("sqlite", database=str(path.resolve()))
    url = make_url(text)
    backend = url.get_backend_name()
    if backend not in ("sqlite", "postgresql"):
        raise ValueError(f"eventfuse stores events in SQLite or PostgreSQL, not {backend!r} (from {url!r})")
    if url.drivername == "postgresql":
        # SQLAlchemy's default PostgreSQL driver is psycopg2; eventfuse ships psycopg 3.
        url = url.set(drivername="postgresql+psycopg")
    return url


def _engine_for(url: URL) -> Engine:
    if url.get_backend_name() != "sqlite":
        try:
            return create_engine(url)
        except ModuleNotFoundError as error:
            raise ModuleNotFoundError(
                f"{error}: PostgreSQL needs its driver, installed with pip install 'eventfuse[postgres]'"
            ) from error
    in_memory = url.database in (None, "", ":memory:")
    engine = create_engine(
        url,
        # An in-memory database lives as long as its one connection, so everyone shares it.
        poolclass=StaticPool if in_memory else None,
        connect_args={"check_same_thread": False, "timeout": 30},
    )

    @sa_event.listens_for(engine, "connect")
    def _configure(dbapi_connection: Any, _record: Any) -> None:
        # Hand transaction control to the "begin" hook below: pysqlite's own handling
        # starts transactions late and commits before DDL, which would break rollbacks.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        if not in_memory:
            # Readers (the API, an export) keep working while a pipeline run writes.
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.close()

    @sa_event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        writing = connection.get_execution_options().get("eventfuse_write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")

    return engine
