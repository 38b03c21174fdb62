"""Opening a database creates it, migrates it to head, and never harms what is there."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from eventfuse.model import Article, Event
from eventfuse.store import SchemaError, Store
from eventfuse.store.migrate import alembic_config, head_revision
from eventfuse.store.schema import metadata


def test_opening_a_new_file_creates_every_table_at_head(tmp_path: Path):
    path = tmp_path / "nested" / "folder" / "events.db"

    with Store.open(path) as store:
        assert store.counts() == {"articles": 0, "mentions": 0, "claims": 0, "events": 0, "origins": 0}

    with sqlite3.connect(path) as raw:
        tables = {name for (name,) in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        (version,) = raw.execute("SELECT version_num FROM alembic_version").fetchone()
    assert tables == {"alembic_version", "articles", "mentions", "claims", "events", "origins", "event_aliases"}
    assert version == head_revision()


def test_the_migrations_build_exactly_the_schema_in_schema_py(target):
    # A change to schema.py without a migration (or the reverse) shows up here.
    Store.open(target).close()
    url = target if "://" in str(target) else f"sqlite:///{target}"
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            assert compare_metadata(MigrationContext.configure(connection), metadata) == []
    finally:
        engine.dispose()


def test_the_indexes_fusion_filters_on_exist(target):
    Store.open(target).close()
    url = target if "://" in str(target) else f"sqlite:///{target}"
    engine = create_engine(url)
    try:
        schema = inspect(engine)
        indexed = {(table, tuple(index["column_names"])) for table in ("events", "mentions", "articles")
                   for index in schema.get_indexes(table)}
    finally:
        engine.dispose()
    assert {("events", ("date",)), ("mentions", ("event_id",)), ("articles", ("copy_of",))} <= indexed


def test_reopening_keeps_the_data_and_runs_no_migration_again(tmp_path: Path, article: Article):
    path = tmp_path / "events.db"
    with Store.open(path) as store:
        with store.transaction() as tx:
            tx.add_article(article)

    for _ in range(3):
        with Store.open(path) as store:
            assert store.counts()["articles"] == 1
            assert store.article(article.id) == article

    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchall() == [(head_revision(),)]


def test_a_database_from_an_older_revision_is_upgraded_with_its_rows(tmp_path: Path):
    path = tmp_path / "old.db"
    # Build the database as the first release of the schema left it, with one mention.
    command.upgrade(alembic_config(url=f"sqlite:///{path}"), "0001")
    with sqlite3.connect(path) as raw:
        raw.execute("INSERT INTO articles (id, text, ingested_at) VALUES ('old-1', 'Old text', '2024-01-01 00:00:00')")
        raw.execute(
            "INSERT INTO mentions (id, article, \"index\", event_type, is_main, \"trigger\", span_start, span_end,"
            " hedged, text, places, actors) VALUES ('old-1#0', 'old-1', 0, 'PROTEST', 0, 'rallied', 0, 8, 0,"
            " 'Old text', '[]', '[]')"
        )

    with Store.open(path) as store:
        with store.transaction() as tx:
            tx.save_event(Event(id="e", event_type="PROTEST", mentions=["old-1#0"]))
        [mention] = store.mentions_of("e")
    assert mention.trigger == "rallied"
    assert mention.background is False  # the default migration 0002 gave existing rows


def test_a_database_from_a_newer_eventfuse_is_refused_with_an_explanation(tmp_path: Path):
    path = tmp_path / "future.db"
    Store.open(path).close()
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999'")

    with pytest.raises(SchemaError, match="newer eventfuse"):
        Store.open(path)


def test_in_memory_store_for_quick_experiments():
    with Store.open(":memory:") as store:
        with store.transaction() as tx:
            tx.add_article(Article(id="a", text="t"))
        assert store.counts()["articles"] == 1


def test_only_sqlite_and_postgresql_are_accepted():
    with pytest.raises(ValueError, match="SQLite or PostgreSQL"):
        Store.open("mysql://someone@somewhere/events")


def test_a_database_from_before_attached_reports_keeps_its_mentions_and_its_reports_wait(tmp_path: Path):
    path = tmp_path / "old.db"
    command.upgrade(alembic_config(url=f"sqlite:///{path}"), "0003")
    with sqlite3.connect(path) as raw:
        for article_id in ("told", "quiet"):
            raw.execute(f"INSERT INTO articles (id, text, ingested_at) VALUES ('{article_id}', 'x', '2024-01-01 00:00:00')")
        raw.execute(
            "INSERT INTO mentions (id, article, \"index\", event_type, is_main, \"trigger\", span_start, span_end,"
            " hedged, text, places, actors) VALUES ('told#0', 'told', 0, 'ASSAULT', 1, 'shelled', 0, 1, 0, 'x', '[]', '[]')"
        )

    with Store.open(path) as store:
        with store.transaction() as tx:
            assert [a.id for a in tx.waiting_reports(None, None)] == ["quiet"]
        assert store.counts()["mentions"] == 1  # adding the column must not rebuild articles (and cascade)
