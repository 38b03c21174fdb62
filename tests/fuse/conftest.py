"""Reports written for these tests, analysed by the real extract stage; places are set by hand
so that fuse is tested on its own."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from eventfuse.extract import extract
from eventfuse.model import Article, Mention, Place

KYIV = timezone(timedelta(hours=2))
ODESA = Place("Odesa", "UA", "Odesa Oblast", 46.48, 30.73, 698740, "place")
IZMAIL = Place("Izmail", "UA", "Odesa Oblast", 45.35, 28.84, 707308, "place")


def report(id_: str, text: str, outlet: str, published: datetime, place: Place | None = ODESA, language: str = "en", copy_of=None):
    article = Article(id=id_, text=text, outlet=outlet, published=published, language=language, copy_of=copy_of)
    mentions = extract(article)
    for m in mentions:
        m.location = place
    return article, mentions


def news(mentions: list[Mention]) -> list[Mention]:
    return [m for m in mentions if not m.background]


@pytest.fixture
def report_of():
    """Build an article from text and run the real extract stage on it."""
    return report
