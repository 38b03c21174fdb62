"""The examples in the ingest modules' docstrings run and give what they show."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["articles", "batches", "documents", "duplicates", "feeds", "languages", "urls"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    if name == "languages":
        pytest.importorskip("py3langid", reason="py3langid is not installed")
    module = importlib.import_module(f"eventfuse.ingest.{name}")
    result = doctest.testmod(module)
    assert result.failed == 0
