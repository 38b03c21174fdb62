"""RSS and Atom feeds: one article per entry, HTML stripped, broken feeds reported."""

from __future__ import annotations

from datetime import datetime, timezone

from eventfuse.ingest import read_file

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
  <title>Coastline News Agency</title>
  <link>https://coastline.example/</link>
  <language>en-us</language>
  <item>
    <title>Grenade thrown into Halden Cross cafe</title>
    <link>https://Coastline.example/news/halden-cafe?utm_source=rss&amp;utm_medium=feed</link>
    <guid>halden-1</guid>
    <pubDate>Sat, 16 Mar 2024 21:40:00 +0100</pubDate>
    <description>&lt;p&gt;Police in Halden Cross said two people were wounded when a &lt;b&gt;grenade&lt;/b&gt; was thrown into a cafe on Market Street.&lt;/p&gt;&lt;p&gt;The attacker fled on a motorbike.&lt;/p&gt;</description>
  </item>
  <item>
    <title>Border guards exchange fire near Tolmin</title>
    <link>https://coastline.example/news/tolmin#top</link>
    <pubDate>Sun, 17 Mar 2024 06:05:00 GMT</pubDate>
    <description>Border guards exchanged fire with smugglers near the Tolmin crossing; nobody was hurt.</description>
  </item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Northwire</title>
  <id>urn:northwire:feed</id>
  <updated>2024-03-13T05:00:00Z</updated>
  <entry>
    <title>Drone strike kills four at Varenka grain terminal</title>
    <id>urn:northwire:varenka-1</id>
    <link href="https://northwire.example/varenka"/>
    <published>2024-03-13T04:10:00+02:00</published>
    <updated>2024-03-13T05:00:00Z</updated>
    <summary>Four workers killed at Varenka.</summary>
    <content type="html">&lt;p&gt;A drone strike on a grain terminal in the port town of Varenka killed four workers and injured eleven on Tuesday night, the regional governor said.&lt;/p&gt;&lt;p&gt;The fire burned until dawn.&lt;/p&gt;</content>
  </entry>
</feed>
"""


def test_each_rss_item_is_an_article(tmp_path):
    path = tmp_path / "coastline.rss"
    path.write_text(RSS)
    batch = read_file(path)
    assert batch.problems == []
    first, second = batch.articles
    assert first.title == "Grenade thrown into Halden Cross cafe"
    assert first.text == (
        "Police in Halden Cross said two people were wounded when a grenade was thrown into a cafe "
        "on Market Street.\nThe attacker fled on a motorbike."
    )
    assert first.url == "https://coastline.example/news/halden-cafe"
    assert first.published == datetime(2024, 3, 16, 20, 40, tzinfo=timezone.utc)
    assert first.outlet == "Coastline News Agency"
    assert first.language == "en-us"
    assert first.source == "coastline.rss#1"
    assert first.id.startswith("a-")
    assert second.url == "https://coastline.example/news/tolmin"
    assert second.text.startswith("Border guards exchanged fire")


def test_atom_content_is_preferred_to_its_summary(tmp_path):
    path = tmp_path / "northwire.atom"
    path.write_text(ATOM)
    [article] = read_file(path).articles
    assert article.text.startswith("A drone strike on a grain terminal")
    assert article.text.endswith("\nThe fire burned until dawn.")
    assert article.outlet == "Northwire"
    assert article.url == "https://northwire.example/varenka"
    assert article.published == datetime(2024, 3, 13, 2, 10, tzinfo=timezone.utc)


def test_a_feed_is_recognised_by_its_content_whatever_the_extension(tmp_path):
    path = tmp_path / "export.xml"
    path.write_text(ATOM)
    assert len(read_file(path).articles) == 1


def test_a_malformed_feed_is_reported_and_what_was_read_is_kept(tmp_path):
    path = tmp_path / "broken.rss"
    broken = RSS.replace("<title>Border guards exchange fire near Tolmin</title>", "<title>Border guards</titel>")
    path.write_text(broken)
    batch = read_file(path)
    assert batch.articles, "entries parsed despite the error are kept"
    assert batch.articles[0].title == "Grenade thrown into Halden Cross cafe"
    # The broken entry itself may come out empty: that is a second, entry-level problem.
    assert batch.problems[0].message.startswith("malformed feed (mismatched tag); kept the 2 entries")


def test_xml_that_is_no_feed_is_a_problem(tmp_path):
    path = tmp_path / "sitemap.xml"
    path.write_text('<?xml version="1.0"?><urlset><url><loc>https://example.org/</loc></url></urlset>')
    batch = read_file(path)
    assert batch.articles == []
    [problem] = batch.problems
    assert problem.message.startswith("not an RSS or Atom feed")


def test_an_entry_without_text_is_skipped_with_a_problem(tmp_path):
    path = tmp_path / "headlines.rss"
    path.write_text(
        '<rss version="2.0"><channel><title>Wire</title>'
        "<item><title>Headline only</title><link>https://wire.example/1</link></item>"
        "<item><title>With text</title><description>Police said two people were hurt in the blast.</description></item>"
        "</channel></rss>"
    )
    batch = read_file(path)
    assert [a.title for a in batch.articles] == ["With text"]
    assert [p.message for p in batch.problems] == ["entry 1 ('Headline only') has no content or summary; entry skipped"]
