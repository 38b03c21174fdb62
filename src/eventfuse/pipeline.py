"""The whole pipeline over files: ingest → extract → geo → fuse → store.

Each input file is stored in one transaction: if anything fails while a file is processed,
the store is left as it was before that file, and the files before it stay stored. Articles
already in the store are skipped, so ingesting the same input twice changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from eventfuse.extract import extract, extract_all
from eventfuse.fuse import fuse_reports
from eventfuse.geo import locate
from eventfuse.ingest import Problem, read_paths
from eventfuse.ingest.duplicates import DuplicateIndex, fingerprint, mark_copies
from eventfuse.model import Article, Event, Mention
from eventfuse.store import Store, Tx

# Candidate events are looked up this many days around the new mentions' dates.
WINDOW_DAYS = 7

Progress = Callable[[str, int, int], None]  # (what, done, total)


@dataclass
class IngestReport:
    files: int = 0
    articles: int = 0
    skipped: int = 0  # already stored
    copies: int = 0
    mentions: int = 0
    events: set[str] = field(default_factory=set)
    problems: list[Problem] = field(default_factory=list)


def analyse(article: Article) -> list[Mention]:
    """extract then geo for one article: pure, so it can run anywhere."""
    return locate(article, extract(article))


def analyse_all(articles: list[Article], progress: Callable[[int], None] | None = None, batch: int = 32) -> list[Mention]:
    """extract then geo for many articles, parsed in batches."""
    mentions: list[Mention] = []
    for start in range(0, len(articles), batch):
        chunk = articles[start : start + batch]
        for article, found in zip(chunk, extract_all(chunk)):
            mentions.extend(locate(article, found))
        if progress:
            progress(start + len(chunk))
    return mentions


def _window(mentions: list[Mention], reports: Sequence[Article] = ()) -> tuple[str | None, str | None]:
    days = [date.fromisoformat(m.date) for m in mentions if m.date]
    days += [a.published.date() for a in reports if a.published]
    if not days or len(days) < len(mentions) + len(reports):
        # A mention with no date (no date in the text, no publication date) may join an event of any day.
        return None, None
    return (min(days) - timedelta(days=WINDOW_DAYS)).isoformat(), (max(days) + timedelta(days=WINDOW_DAYS)).isoformat()


def _countries(mentions: list[Mention]) -> set[str] | None:
    codes = {m.location.country_code for m in mentions if m.location and m.location.country_code}
    # A mention with no place may join an event anywhere: do not filter by country then.
    return codes if codes and all(m.location for m in mentions) else None


def ingest_paths(store: Store, paths: Iterable[str | Path], progress: Progress | None = None) -> IngestReport:
    """Read, analyse, fuse and store every file under `paths`; return what happened."""
    report = IngestReport()
    index: DuplicateIndex | None = None
    for batch in read_paths(paths):
        report.files += 1
        report.problems.extend(batch.problems)
        if not batch.articles:
            continue
        try:
            index = _store_file(store, batch.path.name, batch.articles, index, report, progress)
        except Exception as exc:  # one bad file must not lose the others; its own writes are rolled back
            index = None  # it may hold articles that were rolled back; rebuild it from the store
            report.problems.append(Problem(batch.path, None, f"not stored, nothing from this file was kept: {type(exc).__name__}: {exc}"))
    return report


def fuse_and_store(tx: Tx, articles: list[Article], mentions: list[Mention], fingerprints: dict[str, bytes] | None = None) -> list[Event]:
    """Store analysed articles (copies already marked) and their mentions, fuse the news mentions
    with the stored events they may join, and save every event that changed; returns those events.

    The fuse and store half of ingesting a file, apart from reading and analysis, so that the cost
    of fusion can be measured on its own (bench/fusion_cost.py).
    """
    for article in articles:
        tx.add_article(article, (fingerprints or {}).get(article.id))
    tx.add_mentions(mentions)
    news = [m for m in mentions if not m.background]
    told = {m.article for m in news}
    # Reports in which extraction found no news mention are still reports of something: fusion clusters them
    # with the news by their text and attaches each to the event it joins. Earlier ones still waiting get another
    # try, and those attached to the events in play are weighed again, as the events' own reports are.
    fresh_reports = [a for a in articles if a.id not in told]
    date_from, date_to = _window(news, fresh_reports)
    countries = _countries(news)
    candidates = tx.candidates(date_from, date_to, countries) if news or fresh_reports else {}
    reports = tx.waiting_reports(date_from, date_to, attached_to=candidates.keys()) if fresh_reports or news else []
    needed = {m.article for ms in candidates.values() for m in ms}
    needed |= {a.copy_of for a in articles if a.copy_of}
    known = tx.articles(needed)
    known.update({a.id: a for a in articles})
    fused = fuse_reports(news, candidates, known, reports)
    for event in fused.events:
        tx.save_event(event)
    tx.attach_reports(fused.reports, released=[r.id for r in reports])
    return fused.events


def _store_file(
    store: Store, name: str, batch: list[Article], index: DuplicateIndex | None, report: IngestReport, progress: Progress | None
) -> DuplicateIndex:
    with store.transaction() as tx:
        if index is None:
            index = DuplicateIndex.from_fingerprints(tx.fingerprints())
        fresh: list[Article] = []
        seen: set[str] = set()
        for article in batch:
            if article.id in seen or tx.has_article(article.id):
                report.skipped += 1
            else:
                seen.add(article.id)
                fresh.append(article)
    if not fresh:
        return index
    mentions = analyse_all(fresh, (lambda done: progress(name, done, len(fresh))) if progress else None)
    return store_analysed(store, fresh, mentions, index, report)


def store_analysed(
    store: Store, articles: list[Article], mentions: list[Mention], index: DuplicateIndex | None = None,
    report: IngestReport | None = None,
) -> DuplicateIndex:
    """Store one file's articles, already analysed (`analyse_all`) and new to the store, in one transaction: mark
    the copies, fuse, save. The second half of ingesting a file; returns the copy index, to pass to the next file.

    Fusing the same analysed articles again, in another order or in other files, needs no second extraction:
    bench/eval_fusion.py measures how much the order of a stream changes the events this way.
    """
    report = report if report is not None else IngestReport()
    with store.transaction() as tx:
        if index is None:
            index = DuplicateIndex.from_fingerprints(tx.fingerprints())
        fingerprints = {a.id: fingerprint(a.text) for a in articles}
        marked = mark_copies(articles, index, fingerprints)
        touched = fuse_and_store(tx, marked, mentions, fingerprints)
    report.articles += len(marked)
    report.copies += sum(1 for a in marked if a.copy_of)
    report.mentions += len(mentions)
    report.events.update(e.id for e in touched)
    return index
