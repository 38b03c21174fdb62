"""Alembic's entry point for eventfuse's migrations.

`eventfuse.store.migrate.upgrade` runs these in code, handing over its own connection in
`config.attributes["connection"]` so the migration shares the store's transaction and
SQLite settings. Given only a URL instead (`migrate.alembic_config(url=...)`), for
example to autogenerate a new revision against a scratch database, env.py connects itself:

    from alembic import command
    from eventfuse.store.migrate import alembic_config
    command.revision(alembic_config(url="sqlite:///scratch.db"), autogenerate=True, message="...")
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from eventfuse.store.schema import metadata


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        # SQLite cannot ALTER most things in place; batch mode copies the table instead.
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


config = context.config
connection = config.attributes.get("connection")
if context.is_offline_mode():
    context.configure(url=config.get_main_option("sqlalchemy.url"), target_metadata=metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
elif connection is not None:
    _run(connection)
else:
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    try:
        with engine.begin() as own_connection:
            _run(own_connection)
    finally:
        engine.dispose()
