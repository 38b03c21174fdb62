"""The tables eventfuse keeps, as SQLAlchemy Core metadata.

This module describes the schema at the current migration head; the migrations in
`migrations/versions/` are what actually create and change it, and a test checks that the
two agree. Only portable types are used so that one schema serves SQLite and PostgreSQL.

Conventions:
- Ids are the pipeline's own strings (article ids from ingest, "<article>#<index>" for
  mentions, event ids from fuse), so re-running the pipeline hits the same rows.
- Spans are two integer columns, `span_start` / `span_end`, end-exclusive.
- Nested values that are only ever read whole (places, actors, subgroups, ...) are JSON;
  values that queries filter or sort on are columns with an index.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    Table,
    Text,
    false,
)

# Explicit constraint names keep migrations reproducible across backends (SQLite and
# PostgreSQL otherwise invent different ones, and batch migrations need a name to drop).
metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_name)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)


def _json() -> JSON:
    # none_as_null: Python None becomes SQL NULL rather than the JSON text 'null', so
    # "IS NULL" means "absent" on both backends.
    return JSON(none_as_null=True)


articles = Table(
    "articles",
    metadata,
    Column("id", Text, primary_key=True),
    Column("outlet", Text),
    Column("url", Text),
    # `published` keeps the ISO 8601 text exactly as the Article had it (offset included,
    # or none for a naive time); `published_utc` is the same instant in UTC, for sorting.
    Column("published", Text),
    # Indexed in migration 0004: the reports waiting to be attached are looked up by date window.
    Column("published_utc", DateTime(timezone=True), index=True),
    Column("language", Text),
    Column("title", Text),
    Column("text", Text, nullable=False),
    Column("source", Text),
    # A soft reference: the original may have been ingested in another run or not at all.
    Column("copy_of", Text, index=True),
    Column("fingerprint", LargeBinary),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    # Added in migration 0004: for a report in which extraction found no news mention, the event fusion
    # attached it to by its text (Tx.attach_reports); NULL for every other article. A soft reference, like
    # copy_of: the Store clears it when the event goes and moves it when the event is merged into another.
    Column("event_id", Text, index=True),
)

events = Table(
    "events",
    metadata,
    Column("id", Text, primary_key=True),
    Column("event_type", Text, nullable=False),
    Column("mode", Text),
    Column("sub_event_type", Text),
    Column("date", Text, index=True),
    Column("date_end", Text),
    Column("date_precision", Text),
    # The location as columns so that exports, maps and the country filter of fusion can
    # use them directly; `location_name` is NULL exactly when the event has no location.
    Column("location_name", Text),
    Column("location_admin1", Text),
    Column("country_code", Text, index=True),
    Column("lat", Float),
    Column("lon", Float),
    Column("geonames_id", Integer),
    Column("location_precision", Text),
    Column("location_feature_code", Text),
    Column("location_population", Integer),
    # has_killed/has_injured tell "no count" (None) from a count whose bounds are all
    # unknown (Count(None, None, None)), which the three NULL columns cannot.
    Column("has_killed", Boolean, nullable=False),
    Column("killed_low", Integer),
    Column("killed_best", Integer),
    Column("killed_high", Integer),
    Column("has_injured", Boolean, nullable=False),
    Column("injured_low", Integer),
    Column("injured_best", Integer),
    Column("injured_high", Integer),
    Column("actors", _json(), nullable=False),
    Column("subgroups", _json(), nullable=False),
    Column("disagreements", _json(), nullable=False),
    Column("articles", _json(), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", Text, primary_key=True),
    Column("article", Text, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("index", Integer, nullable=False),
    # Set by save_event; `event_position` keeps the order of Event.mentions.
    Column("event_id", Text, ForeignKey("events.id", ondelete="SET NULL"), index=True),
    Column("event_position", Integer),
    Column("event_type", Text, nullable=False),
    Column("mode", Text),
    Column("sub_event_type", Text),
    Column("is_main", Boolean, nullable=False),
    # Added in migration 0002; rows from before it were news, hence the false default.
    Column("background", Boolean, nullable=False, server_default=false()),
    Column("trigger", Text, nullable=False),
    Column("date", Text),
    Column("date_precision", Text),
    Column("date_reason", Text),
    Column("span_start", Integer, nullable=False),
    Column("span_end", Integer, nullable=False),
    Column("hedged", Boolean, nullable=False),
    Column("text", Text, nullable=False),
    Column("places", _json(), nullable=False),
    Column("actors", _json(), nullable=False),
    Column("location", _json()),
)

# A claim belongs either to a mention (what one article states) or to an event (the
# claims fusion chose to show for the reconciled record); `position` keeps list order.
claims = Table(
    "claims",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("mention", Text, ForeignKey("mentions.id", ondelete="CASCADE"), index=True),
    Column("event", Text, ForeignKey("events.id", ondelete="CASCADE"), index=True),
    Column("position", Integer, nullable=False),
    Column("field", Text, nullable=False),
    Column("value", Text, nullable=False),
    Column("article", Text, nullable=False),
    Column("span_start", Integer, nullable=False),
    Column("span_end", Integer, nullable=False),
    Column("attribution", _json(), nullable=False),
    Column("attribution_countries", _json(), nullable=False),
    Column("hedged", Boolean, nullable=False),
    Column("low", Integer),
    Column("high", Integer),
    Column("who", Text),
    Column("who_country", Text),
    Column("normalized", Text),
    # Added in migration 0003: for an event's claims, the key of the origin behind it (fuse.origins).
    Column("origin", Text),
    CheckConstraint("(mention IS NULL) <> (event IS NULL)", name="one_owner"),
)

origins = Table(
    "origins",
    metadata,
    Column("event", Text, ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("key", Text, nullable=False),
    Column("via", _json(), nullable=False),
    Column("articles", _json(), nullable=False),
)

# An event merged into another (migration 0003): its id keeps resolving to the survivor.
event_aliases = Table(
    "event_aliases",
    metadata,
    Column("alias", Text, primary_key=True),
    Column("event", Text, ForeignKey("events.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("merged_at", DateTime(timezone=True), nullable=False),
)

# Rows per table, in the order `Store.counts()` reports them (aliases are bookkeeping, not records).
TABLES = (articles, mentions, claims, events, origins)

