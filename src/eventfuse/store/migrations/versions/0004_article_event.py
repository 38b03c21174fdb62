"""Articles.event_id: the event a report was attached to by its text, when no news mention was found in it;
an index on articles.published_utc, to find the reports still waiting in a date window.

Revision: 0004, after 0003.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Rows from before this revision are attached to nothing; ingesting more reports attaches the waiting ones.
    # A plain ADD COLUMN with no foreign key (the Store clears it when an event goes): adding a constraint on
    # SQLite means a batch copy of the table, and dropping the old articles table would cascade to every mention.
    op.add_column("articles", sa.Column("event_id", sa.Text()))
    op.create_index("ix_articles_event_id", "articles", ["event_id"])
    op.create_index("ix_articles_published_utc", "articles", ["published_utc"])


def downgrade() -> None:
    op.drop_index("ix_articles_published_utc", table_name="articles")
    op.drop_index("ix_articles_event_id", table_name="articles")
    op.drop_column("articles", "event_id")
