"""Bringing a database to the current schema with the Alembic migrations shipped here.

No alembic.ini is needed: the configuration is built in code and points at the
`migrations/` folder inside the package, so an installed eventfuse can migrate any
database it is given.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Connection

MIGRATIONS = Path(__file__).resolve().with_name("migrations")
# Any constant will do, as long as nothing else on the server uses it as an advisory lock.
_MIGRATION_LOCK = 0x6576_656E_7466  # "eventf"


class SchemaError(RuntimeError):
    """The database's schema is not one this eventfuse can bring to its head revision."""


def alembic_config(connection: Connection | None = None, url: str | None = None) -> Config:
    """An Alembic configuration for eventfuse's migrations, over a connection or a URL."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    # Only "os" keeps paths with spaces or colons whole; the default would split them.
    config.set_main_option("path_separator", "os")
    if url is not None:
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The revision the shipped migrations end at."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, f"no migrations in {MIGRATIONS}"
    return head


def current_revision(connection: Connection) -> str | None:
    """The revision the database is at, or None when it has never been migrated."""
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Connection) -> None:
    """Migrate the database behind `connection` to head, inside the caller's transaction.

    Already-applied revisions are skipped, so this is safe to run on every open.
    """
    if connection.dialect.name == "postgresql":
        # Two processes opening a new database at once would both CREATE TABLE; the
        # second waits here for the first to commit (SQLite gets this from BEGIN IMMEDIATE).
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_MIGRATION_LOCK})")
    known = current_revision(connection)
    if known == head_revision():
        return
    try:
        command.upgrade(alembic_config(connection), "head")
    except CommandError as error:
        raise SchemaError(
            f"cannot migrate {connection.engine.url.render_as_string(hide_password=True)}: its schema is at "
            f"revision {known!r}, which these migrations ({MIGRATIONS}) do not know ({error}). "
            "It was probably written by a newer eventfuse: upgrade eventfuse, or use a new database file."
        ) from error
