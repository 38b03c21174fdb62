"""URL normalisation: tracking parameters and fragments out, host lower-cased."""

from __future__ import annotations

import pytest

from eventfuse.ingest import normalise_url


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("https://News.Example.COM/World/Story?utm_source=tw&utm_medium=social", "https://news.example.com/World/Story"),
        ("https://example.com/a?id=7&fbclid=IwAR0x&gclid=Cj0K&page=2", "https://example.com/a?id=7&page=2"),
        ("https://example.com/a?UTM_Campaign=x&msclkid=1&mc_eid=2#comments", "https://example.com/a"),
        ("HTTP://Example.com:80", "http://example.com/"),
        ("https://example.com:8443/a", "https://example.com:8443/a"),
        ("https://example.com/search?q=drone+strike%2C+Varenka&lang=en", "https://example.com/search?q=drone+strike%2C+Varenka&lang=en"),
        ("  https://example.com/a  ", "https://example.com/a"),
    ],
)
def test_urls_are_normalised(given, expected):
    assert normalise_url(given) == expected


def test_what_is_not_a_web_url_is_kept_as_written():
    assert normalise_url("urn:northwire:varenka-1") == "urn:northwire:varenka-1"
    assert normalise_url("") is None
    assert normalise_url(None) is None
