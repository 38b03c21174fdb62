"""The examples in the fuse modules' docstrings run and give what they show."""

from __future__ import annotations

import doctest
import importlib

import pytest


@pytest.mark.parametrize("name", ["similarity", "origins"])
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(f"eventfuse.fuse.{name}"))
    assert result.failed == 0 and result.attempted > 0
