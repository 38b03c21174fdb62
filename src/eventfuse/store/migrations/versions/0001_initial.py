"""Initial schema: articles, mentions, claims, events, origins.

Revision: 0001, the first.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _json() -> sa.JSON:
    return sa.JSON(none_as_null=True)


def _utc() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("outlet", sa.Text()),
        sa.Column("url", sa.Text()),
        sa.Column("published", sa.Text()),
        sa.Column("published_utc", _utc()),
        sa.Column("language", sa.Text()),
        sa.Column("title", sa.Text()),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("source", sa.Text()),
        sa.Column("copy_of", sa.Text()),
        sa.Column("fingerprint", sa.LargeBinary()),
        sa.Column("ingested_at", _utc(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_articles"),
    )
    op.create_index("ix_articles_copy_of", "articles", ["copy_of"])

    op.create_table(
        "events",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("event_type", sa.Text(), nullable=False),
        sa.Column("mode", sa.Text()),
        sa.Column("sub_event_type", sa.Text()),
        sa.Column("date", sa.Text()),
        sa.Column("date_end", sa.Text()),
        sa.Column("date_precision", sa.Text()),
        sa.Column("location_name", sa.Text()),
        sa.Column("location_admin1", sa.Text()),
        sa.Column("country_code", sa.Text()),
        sa.Column("lat", sa.Float()),
        sa.Column("lon", sa.Float()),
        sa.Column("geonames_id", sa.Integer()),
        sa.Column("location_precision", sa.Text()),
        sa.Column("location_feature_code", sa.Text()),
        sa.Column("location_population", sa.Integer()),
        sa.Column("has_killed", sa.Boolean(), nullable=False),
        sa.Column("killed_low", sa.Integer()),
        sa.Column("killed_best", sa.Integer()),
        sa.Column("killed_high", sa.Integer()),
        sa.Column("has_injured", sa.Boolean(), nullable=False),
        sa.Column("injured_low", sa.Integer()),
        sa.Column("injured_best", sa.Integer()),
        sa.Column("injured_high", sa.Integer()),
        sa.Column("actors", _json(), nullable=False),
        sa.Column("subgroups", _json(), nullable=False),
        sa.Column("disagreements", _json(), nullable=False),
        sa.Column("articles", _json(), nullable=False),
        sa.Column("created_at", _utc(), nullable=False),
        sa.Column("updated_at", _utc(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_events"),
    )
    op.create_index("ix_events_date", "events", ["date"])
    op.create_index("ix_events_country_code", "events", ["country_code"])

    op.create_table(
        "mentions",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("article", sa.Text(), nullable=False),
        sa.Column("index", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Text()),
        sa.Column("event_position", sa.Integer()),
        sa.Column("event_type", sa.Text(), nullable=False),
        sa.Column("mode", sa.Text()),
        sa.Column("sub_event_type", sa.Text()),
        sa.Column("is_main", sa.Boolean(), nullable=False),
        sa.Column("trigger", sa.Text(), nullable=False),
        sa.Column("date", sa.Text()),
        sa.Column("date_precision", sa.Text()),
        sa.Column("date_reason", sa.Text()),
        sa.Column("span_start", sa.Integer(), nullable=False),
        sa.Column("span_end", sa.Integer(), nullable=False),
        sa.Column("hedged", sa.Boolean(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("places", _json(), nullable=False),
        sa.Column("actors", _json(), nullable=False),
        sa.Column("location", _json()),
        sa.PrimaryKeyConstraint("id", name="pk_mentions"),
        sa.ForeignKeyConstraint(
            ["article"], ["articles.id"], name="fk_mentions_article_articles", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name="fk_mentions_event_id_events", ondelete="SET NULL"
        ),
    )
    op.create_index("ix_mentions_article", "mentions", ["article"])
    op.create_index("ix_mentions_event_id", "mentions", ["event_id"])

    op.create_table(
        "claims",
        sa.Column("id", sa.Integer(), nullable=False, autoincrement=True),
        sa.Column("mention", sa.Text()),
        sa.Column("event", sa.Text()),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("field", sa.Text(), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("article", sa.Text(), nullable=False),
        sa.Column("span_start", sa.Integer(), nullable=False),
        sa.Column("span_end", sa.Integer(), nullable=False),
        sa.Column("attribution", _json(), nullable=False),
        sa.Column("attribution_countries", _json(), nullable=False),
        sa.Column("hedged", sa.Boolean(), nullable=False),
        sa.Column("low", sa.Integer()),
        sa.Column("high", sa.Integer()),
        sa.Column("who", sa.Text()),
        sa.Column("who_country", sa.Text()),
        sa.Column("normalized", sa.Text()),
        sa.PrimaryKeyConstraint("id", name="pk_claims"),
        sa.ForeignKeyConstraint(
            ["mention"], ["mentions.id"], name="fk_claims_mention_mentions", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["event"], ["events.id"], name="fk_claims_event_events", ondelete="CASCADE"),
        sa.CheckConstraint("(mention IS NULL) <> (event IS NULL)", name="ck_claims_one_owner"),
    )
    op.create_index("ix_claims_mention", "claims", ["mention"])
    op.create_index("ix_claims_event", "claims", ["event"])

    op.create_table(
        "origins",
        sa.Column("event", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("via", _json(), nullable=False),
        sa.Column("articles", _json(), nullable=False),
        sa.PrimaryKeyConstraint("event", "position", name="pk_origins"),
        sa.ForeignKeyConstraint(["event"], ["events.id"], name="fk_origins_event_events", ondelete="CASCADE"),
    )


def downgrade() -> None:
    # Children first, so that no foreign key points at a dropped table.
    for table in ("origins", "claims", "mentions", "events", "articles"):
        op.drop_table(table)
