"""Every example in a module's docstrings runs and gives what it shows."""

from __future__ import annotations

import doctest
import importlib
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
MODULES = sorted(
    ".".join(path.relative_to(SRC).with_suffix("").parts)
    for path in (SRC / "eventfuse").rglob("*.py")
    if ">>> " in path.read_text(encoding="utf-8") and "migrations" not in path.parts
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    if name == "eventfuse.ingest.languages":
        pytest.importorskip("py3langid", reason="py3langid is not installed")
    result = doctest.testmod(importlib.import_module(name))
    assert result.failed == 0 and result.attempted > 0
