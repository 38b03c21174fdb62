"""The `eventfuse` command: a thin layer that parses arguments, calls the library and prints."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from eventfuse.model import Count, Event

app = typer.Typer(help="News reports in, deduplicated and source-attributed events out.", no_args_is_help=True)
gazetteer_app = typer.Typer(help="The offline gazetteer index.", no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")

# Piped or captured output (logs, CI) gets a wide table rather than the 80 columns rich assumes.
out = Console(width=None if sys.stdout.isatty() else 150)
err = Console(stderr=True, soft_wrap=True)

DbOption = Annotated[
    str,
    typer.Option("--db", envvar="EVENTFUSE_DB", help="SQLite file or SQLAlchemy URL (PostgreSQL for a shared server)."),
]
DEFAULT_DB = "eventfuse.db"


def _open(db: str):
    from eventfuse.store import Store

    return Store.open(db)


def _count(count: Count | None) -> str:
    if count is None:
        return "-"
    return "/".join("?" if v is None else str(v) for v in (count.low, count.best, count.high))


def _place(event: Event) -> str:
    loc = event.location
    if loc is None:
        return "-"
    parts = [loc.name]
    if loc.admin1 and loc.admin1 != loc.name:
        parts.append(loc.admin1)
    if loc.country_code:
        parts.append(loc.country_code)
    return ", ".join(parts) + f" ({loc.precision})"


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="JSON Lines, .txt, .html, RSS/Atom files, or folders of them.")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Read reports, extract and fuse their events, and store them (one transaction per file)."""
    from eventfuse.pipeline import ingest_paths

    store = _open(db)
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True) as bar:
        tasks: dict[str, int] = {}

        def progress(name: str, done: int, total: int) -> None:
            if name not in tasks:
                tasks[name] = bar.add_task(escape(name), total=total)
            bar.update(tasks[name], completed=done)

        report = ingest_paths(store, paths, progress)
    for problem in report.problems:
        err.print(f"[red]error[/red] {escape(str(problem))}")
    out.print(
        f"{report.files} file(s): {report.articles} new article(s) ({report.copies} copies), "
        f"{report.skipped} already stored, {report.mentions} mention(s), {len(report.events)} event(s) updated; "
        f"{len(report.problems)} problem(s)"
    )
    store.close()
    if report.problems:
        raise typer.Exit(code=1)


@app.command()
def events(db: DbOption = DEFAULT_DB, limit: Annotated[int | None, typer.Option(help="Show at most this many.")] = None) -> None:
    """The fused events as a table."""
    store = _open(db)
    table = Table(title="events")
    table.add_column("id", no_wrap=True)
    table.add_column("date", no_wrap=True)
    for name in ("place", "type", "sub-event type", "killed l/b/h", "injured l/b/h", "articles", "origins"):
        table.add_column(name, overflow="fold")
    for event in store.events(limit=limit):
        table.add_row(
            event.id, event.date or "-", escape(_place(event)), event.event_type, event.sub_event_type or "-",
            _count(event.killed), _count(event.injured), str(len(event.articles)), str(len(event.origins)),
        )
    out.print(table)
    store.close()


@app.command()
def show(event_id: str, db: DbOption = DEFAULT_DB) -> None:
    """Every field of one event with the claims behind it, its origins and its disagreements."""
    store = _open(db)
    event = store.event(event_id)
    if event is None:
        err.print(f"[red]error[/red] no event {escape(event_id)} in {escape(db)}; `eventfuse events` lists them")
        raise typer.Exit(code=1)
    from eventfuse.fuse.origins import is_partisan, support

    if event.id != event_id:
        out.print(f"{escape(event_id)} was merged into {event.id}")
    out.print(f"[bold]{event.id}[/bold]  {event.event_type} / {event.mode or '-'} / {event.sub_event_type or '-'}")
    if event.aliases:
        out.print(f"aliases   {', '.join(event.aliases)}")
    out.print(f"date      {event.date} ({event.date_precision})")
    out.print(f"place     {escape(_place(event))}")
    for actor in event.actors:
        out.print(f"{actor.role:<9} {escape(actor.name)} [{actor.country_code or '?'} {actor.sector or '?'}]")
    out.print(f"killed    {_count(event.killed)}   injured {_count(event.injured)}")
    for group in event.subgroups:
        out.print(f"  of whom {escape(group.who)}: killed {_count(group.killed)}, injured {_count(group.injured)}")
    out.print(f"articles  {', '.join(event.articles)}")
    parties = {a.country_code for a in event.actors if a.country_code}
    names = {o.key: o.name for o in event.origins}
    out.print(f"\n[bold]origins[/bold] ({len(event.origins)} independent)")
    for origin in event.origins:
        via = f" via {', '.join(origin.via)}" if origin.via else ""
        marks = "".join(
            f" [{m}]" for m, on in (("circular", origin.key.startswith("circular:")), ("partisan", is_partisan(origin.key, parties))) if on
        )
        out.print(f"  {escape(origin.name)}{escape(via)}{marks}  [{', '.join(origin.articles)}]")
    if event.disagreements:
        out.print("\n[bold]disagreements[/bold]")
        for d in event.disagreements:
            behind = list(d.origins) + [()] * (len(d.values) - len(d.origins))
            values = "; ".join(
                f"{v} ({', '.join(a)}{'; from ' + ', '.join(o) if o else ''})" for (v, a), o in zip(d.values, behind)
            )
            out.print(f"  {d.field}: {escape(values)}")
    table = Table(title="claims")
    for name in ("field", "value", "range", "article", "span", "attribution", "hedged", "origin", "independent origins"):
        table.add_column(name, overflow="fold")
    for claim, independent in zip(event.claims, support(event.claims)):
        rng = "" if claim.low is None and claim.high is None else f"{claim.low if claim.low is not None else '?'}-{claim.high if claim.high is not None else '+'}"
        value = claim.value + (f" ({claim.who})" if claim.who else "")
        table.add_row(
            claim.field, escape(value), rng, claim.article, f"{claim.span[0]}-{claim.span[1]}",
            escape(" ← ".join(claim.attribution)), "yes" if claim.hedged else "",
            escape(names.get(claim.origin, "-") if claim.origin else "-") + (" (partisan)" if is_partisan(claim.origin, parties) else ""),
            str(independent),
        )
    out.print(table)
    store.close()


@app.command()
def export(
    db: DbOption = DEFAULT_DB,
    format: Annotated[str, typer.Option("--format", help="json (the eventfuse.events/1 document).")] = "json",
    output: Annotated[Path | None, typer.Option("-o", "--output", help="File to write; standard output if omitted.")] = None,
) -> None:
    """Write all events in the export contract's format."""
    from eventfuse.export import to_document, validate, write_json

    if format != "json":
        err.print(f"[red]error[/red] unknown format {escape(format)!r}; supported: json")
        raise typer.Exit(code=2)
    store = _open(db)
    events_ = store.events()
    validate(to_document(events_))
    write_json(events_, output if output else sys.stdout)
    if output:
        err.print(f"wrote {len(events_)} event(s) to {output}")
    store.close()


PathsArgument = Annotated[list[Path], typer.Argument(help="JSON Lines, .txt, .html, RSS/Atom files, or folders of them.")]
JsonlFormat = Annotated[str, typer.Option("--format", help="jsonl: one line per article.")]
OutputOption = Annotated[Path | None, typer.Option("-o", "--output", help="File to write; standard output if omitted.")]


def _write_jsonl(paths: list[Path], format: str, output: Path | None, records) -> None:
    """Read `paths`, write `records(batch_articles)` as JSON lines, name every input problem, exit 1 if any."""
    import json

    from eventfuse.ingest import read_paths

    if format != "jsonl":
        err.print(f"[red]error[/red] unknown format {escape(format)!r}; supported: jsonl")
        raise typer.Exit(code=2)
    problems = 0
    sink = output.open("w", encoding="utf-8") if output else sys.stdout
    try:
        for batch in read_paths(paths):
            for problem in batch.problems:
                problems += 1
                err.print(f"[red]error[/red] {escape(str(problem))}")
            for record in records(batch.articles):
                sink.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        if output:
            sink.close()
    if problems:
        raise typer.Exit(code=1)


@app.command("extract")
def extract_command(paths: PathsArgument, format: JsonlFormat = "jsonl", output: OutputOption = None) -> None:
    """Extract (and geo-resolve) the event mentions of each article, with no store: one JSON line per article."""
    from eventfuse.export.records import article_record
    from eventfuse.pipeline import analyse_all

    def records(articles):
        by_article: dict[str, list] = {a.id: [] for a in articles}
        for mention in analyse_all(articles):
            by_article[mention.article].append(mention)
        return [article_record(article_id, found) for article_id, found in by_article.items()]

    _write_jsonl(paths, format, output, records)


@app.command("geoparse")
def geoparse_command(paths: PathsArgument, format: JsonlFormat = "jsonl", output: OutputOption = None) -> None:
    """Find and resolve the place names of each article, and where its event happened: one JSON line per article."""
    from eventfuse.export.records import geoparse_record
    from eventfuse.geo import geoparse

    def records(articles):
        for article in articles:
            found = geoparse(article)
            yield geoparse_record(article.id, found.places, found.location)

    _write_jsonl(paths, format, output, records)


@gazetteer_app.command("build")
def gazetteer_build(force: Annotated[bool, typer.Option(help="Rebuild even if the index exists.")] = False) -> None:
    """Build the offline gazetteer index from the installed GeoNames and ISO data."""
    from eventfuse.geo.gazetteer import build

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True) as bar:
        task = bar.add_task("gazetteer", total=None)

        def progress(done: int, total: int, what: str) -> None:
            bar.update(task, completed=done, total=total, description=escape(what))

        path = build(progress=progress, force=force)
    out.print(f"gazetteer ready: {path}")


if __name__ == "__main__":
    app()
