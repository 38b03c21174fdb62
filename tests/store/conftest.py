"""Fixtures for the store tests: made-up reports, and real databases to keep them in.

The example is invented: a drone strike on a grain depot in the fictional town of
Velyki Sady, reported by two made-up outlets. Every field of every dataclass is set to
something other than its default, so a round trip that drops a field fails.

`store` is parametrized over backends: every test that uses it runs against a SQLite
file in tmp_path and against a fresh schema on a throwaway PostgreSQL server started for the session
(skipped, with the reason, when the server binaries or psycopg are missing). Set
EVENTFUSE_TEST_POSTGRES_URL to an existing server's admin URL to use that instead.
"""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from eventfuse.model import (
    Actor,
    Article,
    Claim,
    Count,
    Disagreement,
    Event,
    Mention,
    Origin,
    Place,
    PlaceName,
    Subgroup,
)
from eventfuse.store import Store

# -- the made-up example --------------------------------------------------------------------

KYIV_TIME = timezone(timedelta(hours=3))

DEPOT_TEXT = (
    "Drones struck a grain depot in Velyki Sady on Tuesday, killing four to nine workers, "
    "regional officials told the Lakeside Courier."
)

VELYKI_SADY = Place(
    name="Velyki Sady",
    country_code="UA",
    admin1="Sumy Oblast",
    lat=50.9125,
    lon=34.8031,
    geonames_id=9_900_001,
    precision="near-place",
    feature_code="PPL",
    population=4_200,
)


@pytest.fixture
def article() -> Article:
    return Article(
        id="courier-001",
        text=DEPOT_TEXT,
        outlet="The Lakeside Courier",
        url="https://courier.example/depot",
        published=datetime(2024, 10, 8, 21, 15, 30, 250_000, tzinfo=KYIV_TIME),
        language="en",
        title="Drones hit grain depot — Велики Сади",
        source="reports.jsonl:1",
        copy_of="wire-777",
    )


@pytest.fixture
def claim() -> Claim:
    return Claim(
        field="killed",
        value="four to nine workers",
        article="courier-001",
        span=(65, 86),
        attribution=("The Lakeside Courier", "regional officials"),
        attribution_countries=(None, "UKR"),
        hedged=True,
        low=4,
        high=9,
        who="workers",
        who_country="UKR",
        normalized="4+",
        origin="ua-sumy-regional-administration",
    )


@pytest.fixture
def mention(claim: Claim) -> Mention:
    return Mention(
        article="courier-001",
        index=0,
        event_type="ASSAULT",
        span=(0, 86),
        trigger="struck",
        mode="drone",
        sub_event_type="Air/drone strike",
        is_main=True,
        background=True,
        date="2024-10-08",
        date_precision="day",
        date_reason="Tuesday before publication",
        places=[
            PlaceName(
                text="Velyki Sady",
                span=(35, 46),
                place=VELYKI_SADY,
                is_event_location=True,
                kind_hint="region",
            )
        ],
        actors=[
            Actor(name="drones", country_code="RUS", sector="MIL", role="actor", span=(0, 6)),
            Actor(name="workers", country_code="UKR", sector="CVL", role="recipient", span=(80, 86), country_from_place=True),
        ],
        claims=[claim],
        hedged=True,
        text=DEPOT_TEXT,
        location=VELYKI_SADY,
    )


@pytest.fixture
def event(mention: Mention, claim: Claim) -> Event:
    return Event(
        id="evt-velyki-sady-2024-10-08",
        event_type="ASSAULT",
        mode="drone",
        sub_event_type="Air/drone strike",
        date="2024-10-08",
        date_end="2024-10-09",
        date_precision="day",
        location=VELYKI_SADY,
        actors=list(mention.actors),
        killed=Count(low=4, best=4, high=None),
        injured=Count(low=1, best=2, high=3),
        subgroups=[
            Subgroup(
                who="depot workers",
                country_code="UKR",
                killed=Count(low=4, best=4, high=4),
                injured=Count(low=0, best=1, high=1),
            )
        ],
        articles=["courier-001"],
        origins=[
            Origin(
                name="regional officials",
                via=("The Lakeside Courier", "Radio Sumy"),
                articles=("courier-001",),
                key="ua-sumy-regional-administration",
            )
        ],
        disagreements=[
            Disagreement(
                field="date",
                values=(("2024-10-08", ("courier-001",)), ("2024-10-07", ("other-009", "other-010"))),
                origins=(("regional officials",), ()),
            )
        ],
        claims=[claim],
        mentions=[mention.id],
        aliases=["evt-merged-into-this-one"],
    )


# -- databases ------------------------------------------------------------------------------


@pytest.fixture(params=["sqlite", "postgresql"])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> str | Path:
    """Where a test's store lives: a fresh SQLite file, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return tmp_path / "events.db"
    return request.getfixturevalue("postgres_database")


@pytest.fixture
def store(target: str | Path) -> Iterator[Store]:
    opened = Store.open(target)
    yield opened
    opened.close()


_database_numbers = itertools.count(1)


@pytest.fixture
def postgres_database(postgres_admin_url: str) -> Iterator[str]:
    """The URL of a new, empty PostgreSQL schema on the test server; dropped after the test.

    A schema (selected through the connection's search_path) stands in for a database:
    CREATE SCHEMA takes milliseconds where CREATE DATABASE takes a quarter of a second.
    """
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"eventfuse_test_{os.getpid()}_{next(_database_numbers)}"
    admin = create_engine(postgres_admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE SCHEMA "{name}"'))
        url = make_url(postgres_admin_url).update_query_dict({"options": f"-csearch_path={name}"})
        yield url.render_as_string(hide_password=False)
        with admin.connect() as connection:
            connection.execute(text(f'DROP SCHEMA IF EXISTS "{name}" CASCADE'))
    finally:
        admin.dispose()


@pytest.fixture(scope="session")
def postgres_admin_url() -> Iterator[str]:
    """An admin URL on a PostgreSQL server that tests may create databases on."""
    pytest.importorskip("psycopg", reason="psycopg is not installed: pip install -e '.[postgres]'")
    given = os.environ.get("EVENTFUSE_TEST_POSTGRES_URL")
    if given:
        yield given
        return
    bindir = _postgres_bindir()
    if bindir is None:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) are not installed: apt-get install postgresql")
    with _ThrowawayPostgres(bindir) as url:
        yield url


def _postgres_bindir() -> Path | None:
    """The folder holding initdb and pg_ctl, if this machine has them."""
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    # Debian and Ubuntu keep the server binaries off PATH; pg_config knows where.
    pg_config = shutil.which("pg_config")
    if pg_config:
        bindir = Path(subprocess.run([pg_config, "--bindir"], capture_output=True, text=True).stdout.strip())
        if (bindir / "initdb").exists():
            return bindir
    return None


class _ThrowawayPostgres:
    """A PostgreSQL cluster in a temporary folder, listening on a free loopback port."""

    def __init__(self, bindir: Path):
        self.bindir = bindir
        # initdb refuses to run as root; as root, run the server as the postgres user.
        self.user = "postgres" if os.geteuid() == 0 else None
        if self.user:
            try:
                pwd.getpwnam(self.user)
            except KeyError:
                pytest.skip("running as root and there is no 'postgres' user to run a test server as")
        self.root = Path(tempfile.mkdtemp(prefix="eventfuse-pg-"))

    def __enter__(self) -> str:
        if self.user:
            shutil.chown(self.root, user=self.user)
        data = self.root / "data"
        self._run(
            "initdb", "-D", data, "-U", "eventfuse", "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync"
        )
        port = _free_port()
        # Durability is pointless for a server that lives for one test session.
        options = f"-p {port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off"
        self._run("pg_ctl", "-D", data, "-l", self.root / "server.log", "-w", "-t", "30", "-o", options, "start")
        return f"postgresql+psycopg://eventfuse@127.0.0.1:{port}/postgres"

    def __exit__(self, *exc_info: object) -> None:
        try:
            self._run("pg_ctl", "-D", self.root / "data", "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def _run(self, program: str, *args: object) -> None:
        command = [str(self.bindir / program), *map(str, args)]
        result = subprocess.run(command, capture_output=True, text=True, user=self.user, cwd=self.root)
        if result.returncode != 0:
            log = self.root / "server.log"
            raise RuntimeError(
                f"{' '.join(command)} failed ({result.returncode}):\n{result.stdout}{result.stderr}"
                + (log.read_text() if log.exists() else "")
            )


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
