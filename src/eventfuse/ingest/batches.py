"""What reading one input file gives: its articles and the problems met on the way."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from eventfuse.model import Article


@dataclass(frozen=True)
class Problem:
    """Something wrong with one input file, or one line of it, told for a person to fix.

    >>> str(Problem(Path("reports.jsonl"), 17, "invalid JSON (Expecting ',' delimiter at column 33); line skipped"))
    "reports.jsonl:17: invalid JSON (Expecting ',' delimiter at column 33); line skipped"
    """

    path: Path
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else str(self.path)
        return f"{where}: {self.message}"


@dataclass
class Batch:
    """The articles read from one file, and the problems found in it.

    A file that cannot be read at all gives a batch with no articles and one problem;
    a file with some bad entries gives the good ones and a problem for each bad one.
    """

    path: Path
    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def problem(self, message: str, line: int | None = None) -> None:
        """Record a problem in this batch's file."""
        self.problems.append(Problem(self.path, line, message))
