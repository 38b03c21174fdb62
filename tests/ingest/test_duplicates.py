"""Copies: syndicated wire copy is found; the same event in other words is not a copy."""

from __future__ import annotations

import hashlib

import pytest
from example_reports import (
    BRIEF,
    BRIEF_INDEPENDENT,
    BRIEF_SYNDICATED,
    INDEPENDENT,
    INDEPENDENT_SHORT,
    SAME_TEMPLATE,
    WIRE,
    WIRE_SYNDICATED,
)

from eventfuse.ingest import DuplicateIndex, fingerprint, mark_copies
from eventfuse.model import Article


def article(id: str, text: str, **fields) -> Article:
    return Article(id=id, text=text, **fields)


def test_a_syndicated_copy_points_at_the_wire_story():
    marked = mark_copies(
        [article("wire", WIRE), article("partner", WIRE_SYNDICATED, title="Drones hit Varenka port")],
        DuplicateIndex(),
    )
    assert [(a.id, a.copy_of) for a in marked] == [("wire", None), ("partner", "wire")]
    assert marked[1].title == "Drones hit Varenka port"  # everything else is kept


def test_a_short_item_with_light_edits_and_a_credit_line_is_a_copy():
    marked = mark_copies([article("brief", BRIEF), article("repost", BRIEF_SYNDICATED)], DuplicateIndex())
    assert marked[1].copy_of == "brief"


def test_an_exact_copy_differing_in_spacing_and_case_is_a_copy():
    respaced = "\n\n".join(WIRE.upper().split("\n"))
    marked = mark_copies([article("wire", WIRE), article("shouty", respaced)], DuplicateIndex())
    assert marked[1].copy_of == "wire"
    assert fingerprint(WIRE) == fingerprint(respaced)


def test_independent_reports_of_one_event_are_not_copies():
    reports = [
        article("wire", WIRE),
        article("other-outlet", INDEPENDENT),
        article("third-outlet", INDEPENDENT_SHORT),
        article("brief", BRIEF),
        article("brief-other", BRIEF_INDEPENDENT),
    ]
    assert [a.copy_of for a in mark_copies(reports, DuplicateIndex())] == [None] * 5


def test_another_event_in_the_same_house_style_is_not_a_copy():
    marked = mark_copies([article("varenka", WIRE), article("ostravets", SAME_TEMPLATE)], DuplicateIndex())
    assert marked[1].copy_of is None


def test_the_earliest_matching_article_is_the_original():
    index = DuplicateIndex()
    marked = mark_copies(
        [article("wire", WIRE), article("partner-1", WIRE_SYNDICATED), article("partner-2", WIRE_SYNDICATED)],
        index,
    )
    assert [a.copy_of for a in marked] == [None, "wire", "wire"]
    assert len(index) == 3 and "partner-2" in index


def test_stored_fingerprints_find_copies_of_articles_read_in_an_earlier_run():
    stored = [("wire", fingerprint(WIRE)), ("brief", fingerprint(BRIEF)), ("other", fingerprint(INDEPENDENT))]
    index = DuplicateIndex.from_fingerprints(stored)
    assert index.find(fingerprint(WIRE_SYNDICATED)) == "wire"
    assert index.find(fingerprint(BRIEF_SYNDICATED)) == "brief"
    assert index.find(fingerprint(INDEPENDENT_SHORT)) is None
    assert index.find(fingerprint(SAME_TEMPLATE)) is None
    marked = mark_copies([article("partner", WIRE_SYNDICATED)], index)
    assert marked[0].copy_of == "wire"


def test_reading_the_same_input_again_marks_nothing_new():
    index = DuplicateIndex()
    first_run = mark_copies([article("wire", WIRE), article("partner", WIRE_SYNDICATED)], index)
    second_run = mark_copies([article("wire", WIRE), article("partner", WIRE_SYNDICATED)], index)
    assert [a.copy_of for a in second_run] == [a.copy_of for a in first_run] == [None, "wire"]
    assert len(index) == 2


def test_fingerprints_are_small_and_stable():
    fp = fingerprint(WIRE)
    assert len(fp) == 513
    # Pinned: fingerprints are stored, so a library upgrade that changed them would
    # silently stop new copies from matching old articles.
    assert hashlib.sha1(fingerprint("Four workers were killed in the strike on Tuesday.")).hexdigest()[:12] == (
        PINNED_FINGERPRINT_SHA1
    )


def test_a_fingerprint_from_another_version_is_refused_with_a_way_out():
    with pytest.raises(ValueError, match="recompute it with eventfuse.ingest.fingerprint"):
        DuplicateIndex.from_fingerprints([("old", b"\x00" * 256)])


PINNED_FINGERPRINT_SHA1 = "5392d6c7ca81"


def test_mark_copies_uses_fingerprints_it_is_given():
    from eventfuse.ingest import DuplicateIndex, fingerprint, mark_copies
    from eventfuse.model import Article

    text = "Heavy rain flooded the lower town on Sunday and two bridges were closed until further notice."
    original, copy = Article(id="o", text=text), Article(id="c", text=text + " Source: wire.")
    given = {"o": fingerprint(original.text), "c": fingerprint(copy.text)}
    marked = mark_copies([original, copy], DuplicateIndex(), given)
    assert [a.copy_of for a in marked] == [None, "o"]
    # A fingerprint that does not match its text is taken as given: nothing is hashed again.
    unrelated = {"o": fingerprint(original.text), "c": fingerprint("Entirely different words about a harvest festival and its music.")}
    assert [a.copy_of for a in mark_copies([original, copy], DuplicateIndex(), unrelated)] == [None, None]
