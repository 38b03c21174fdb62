"""Throughput and memory of the whole pipeline on this machine, written to docs/BENCHMARKS.md.

    make bench            # or: .venv/bin/python bench/pipeline.py

Ingests the sample corpus (and the seed reports when ../shared is beside the repository) into a
fresh SQLite file, several times over with fresh ids so the store grows, and reports articles per
second for the analysis stages (extract + geo) alone and for the full ingest, plus peak memory.
"""

from __future__ import annotations

import json
import os
import platform
import resource
import sys
import tempfile
import time
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from eventfuse.extract.nlp import pipeline as nlp_pipeline  # noqa: E402
from eventfuse.geo.gazetteer import gazetteer  # noqa: E402
from eventfuse.ingest import read_paths  # noqa: E402
from eventfuse.pipeline import analyse_all, ingest_paths  # noqa: E402
from eventfuse.store import Store  # noqa: E402

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "20"))


def corpus() -> list:
    paths = [ROOT / "corpus"]
    seeds = ROOT.parent / "shared" / "seeds" / "seeds.jsonl"
    if seeds.is_file():
        paths.append(seeds)
    return [a for batch in read_paths(paths) for a in batch.articles]


def main() -> None:
    started = time.perf_counter()
    nlp_pipeline("en")
    gazetteer()
    load_s = time.perf_counter() - started
    articles = corpus()
    words = sum(len(a.text.split()) for a in articles)

    analyse_all(articles)  # warm the caches (date parsing, gazetteer pages) before timing
    started = time.perf_counter()
    analyse_all(articles * ROUNDS)
    analyse_s = time.perf_counter() - started

    with tempfile.TemporaryDirectory() as tmp:
        # Every round re-dates and re-ids the corpus so fusion works against a growing store.
        lines = []
        for n in range(ROUNDS):
            for a in articles:
                # Whole years of weeks, so "on Tuesday" stays the same weekday in every round.
                published = (a.published or datetime(2025, 1, 1, tzinfo=timezone.utc)) - timedelta(weeks=52 * (n + 1))
                row = replace(a, id=f"{a.id}-r{n}", published=published)
                lines.append(json.dumps({"id": row.id, "outlet": row.outlet, "published": row.published.isoformat(),
                                         "language": row.language, "title": row.title, "text": row.text}))
        source = Path(tmp) / "bench.jsonl"
        source.write_text("\n".join(lines) + "\n", encoding="utf-8")
        with Store.open(Path(tmp) / "bench.db") as store:
            started = time.perf_counter()
            report = ingest_paths(store, [source])
            ingest_s = time.perf_counter() - started
            events = store.counts()["events"]

    n = len(articles) * ROUNDS
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rows = [
        ("machine", f"{os.cpu_count()} cores, {platform.machine()}, Python {platform.python_version()}"),
        ("articles (corpus + seeds) x rounds", f"{len(articles)} x {ROUNDS} = {n} ({words * ROUNDS:,} words)"),
        ("model + gazetteer load", f"{load_s:.1f} s"),
        ("extract + geo", f"{n / analyse_s:.1f} articles/s ({words * ROUNDS / analyse_s:,.0f} words/s)"),
        ("full ingest into SQLite (read, copies, extract, geo, fuse, store)", f"{n / ingest_s:.1f} articles/s"),
        # Per round: the corpus's 3 events and the seed event; the .txt report's dateline names its year,
        # so its copies stay in 2025 and make one more event per round.
        ("events stored (expected 5 per round)", f"{events} ({len(report.problems)} problems)"),
        ("peak memory (max RSS of the process)", f"{peak_mb:.0f} MB"),
    ]
    width = max(len(k) for k, _ in rows)
    for key, value in rows:
        print(f"{key:<{width}}  {value}")
    doc = ROOT / "docs" / "BENCHMARKS.md"
    doc.parent.mkdir(exist_ok=True)
    table = "\n".join(f"| {k} | {v} |" for k, v in rows)
    doc.write_text(
        "# Benchmarks\n\nMeasured by `make bench` (`.venv/bin/python bench/pipeline.py`, "
        f"`BENCH_ROUNDS={ROUNDS}`), single process, on the machine named below. Figures vary by about ±25% between runs.\n\n"
        f"| measure | value |\n|---|---|\n{table}\n",
        encoding="utf-8",
    )
    print(f"wrote {doc.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
