"""The real gazetteer, built once (cached under $EVENTFUSE_CACHE or ~/.cache/eventfuse)."""

from __future__ import annotations

import pytest

from eventfuse.geo.gazetteer import Gazetteer, gazetteer


@pytest.fixture(scope="session")
def gaz() -> Gazetteer:
    return gazetteer()
