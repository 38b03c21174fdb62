"""Event aliases (an event merged into another keeps resolving) and the origin of each event claim.

Revision: 0003, after 0002.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "event_aliases",
        sa.Column("alias", sa.Text(), nullable=False),
        sa.Column("event", sa.Text(), nullable=False),
        sa.Column("merged_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("alias", name="pk_event_aliases"),
        sa.ForeignKeyConstraint(["event"], ["events.id"], name="fk_event_aliases_event_events", ondelete="CASCADE"),
    )
    op.create_index("ix_event_aliases_event", "event_aliases", ["event"])
    # Rows from before this revision have no origin recorded; reconciling the event again fills it.
    with op.batch_alter_table("claims") as batch:
        batch.add_column(sa.Column("origin", sa.Text()))


def downgrade() -> None:
    with op.batch_alter_table("claims") as batch:
        batch.drop_column("origin")
    op.drop_index("ix_event_aliases_event", table_name="event_aliases")
    op.drop_table("event_aliases")
