"""Plain text and web pages: encodings, the title rule, boilerplate left out."""

from __future__ import annotations

from datetime import datetime

from eventfuse.ingest import read_file

# Written for this test: a short report in Russian, to be saved in legacy encodings.
RUSSIAN = (
    "Губернатор области сообщил, что в результате удара беспилотников по зерновому терминалу "
    "в порту Варенка погибли четыре работника, ещё одиннадцать человек получили ранения. "
    "Пожар на складах удалось потушить только к утру. По словам портовых властей, сгорело "
    "около двух тысяч тонн пшеницы, предназначенной на экспорт. Погрузка судов приостановлена."
)
ENGLISH = (
    "A drone strike on a grain terminal in the port town of Varenka killed four workers and "
    "injured eleven on Tuesday night, the regional governor said. The fire burned until dawn."
)


def test_title_is_a_short_first_line_followed_by_a_blank_line(tmp_path):
    path = tmp_path / "varenka.txt"
    path.write_text(f"Four killed in strike on Varenka terminal\n\n{ENGLISH}\n\nSecond paragraph.\n")
    [article] = read_file(path).articles
    assert article.title == "Four killed in strike on Varenka terminal"
    assert article.text == f"{ENGLISH}\n\nSecond paragraph."
    assert article.source == "varenka.txt"
    assert article.id.startswith("a-")


def test_no_title_without_a_blank_line_after_the_first_line(tmp_path):
    path = tmp_path / "varenka.txt"
    path.write_text(f"Four killed in strike on Varenka terminal\n{ENGLISH}\n")
    [article] = read_file(path).articles
    assert article.title is None
    assert article.text.startswith("Four killed")


def test_a_long_first_paragraph_is_no_title(tmp_path):
    path = tmp_path / "varenka.txt"
    path.write_text(f"{ENGLISH} {ENGLISH}\n\nSecond paragraph.\n")
    [article] = read_file(path).articles
    assert article.title is None


def test_windows_line_endings_become_newlines(tmp_path):
    path = tmp_path / "varenka.txt"
    path.write_bytes(f"Headline\r\n\r\n{ENGLISH}\r\nMore.\r\n".encode())
    [article] = read_file(path).articles
    assert article.title == "Headline"
    assert article.text == f"{ENGLISH}\nMore."


def test_legacy_cyrillic_encodings_are_detected(tmp_path):
    for encoding in ("cp1251", "koi8_r", "utf-16"):
        path = tmp_path / f"report-{encoding}.txt"
        path.write_bytes(RUSSIAN.encode(encoding))
        batch = read_file(path)
        assert batch.problems == [], encoding
        assert batch.articles[0].text == RUSSIAN, encoding


def test_binary_data_is_a_problem_not_an_article(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(bytes(range(256)) * 40)
    batch = read_file(path)
    assert batch.articles == []
    [problem] = batch.problems
    assert "does not look like text in any encoding" in problem.message


def test_an_empty_file_is_a_problem(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("  \n\n")
    batch = read_file(path)
    assert batch.articles == []
    assert [p.message for p in batch.problems] == ["file is empty; nothing to read"]


def test_a_6_mb_text_file_is_over_the_default_limit(tmp_path, monkeypatch):
    monkeypatch.delenv("EVENTFUSE_MAX_TEXT_BYTES", raising=False)
    path = tmp_path / "book.txt"
    path.write_bytes(b"All work and no play. " * (6 * 1024 * 1024 // 22 + 1))
    batch = read_file(path)
    assert batch.articles == []
    [problem] = batch.problems
    assert f"file is {path.stat().st_size:,} bytes, over the 5,242,880-byte limit" in problem.message


PAGE = """<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Four killed in strike on Varenka terminal | Daily Planet</title>
  <meta property="og:title" content="Four killed in strike on Varenka terminal">
  <meta property="og:site_name" content="Daily Planet">
  <meta property="og:url" content="https://WWW.DailyPlanet.example/world/varenka-strike?utm_source=twitter&amp;utm_medium=social">
  <meta property="article:published_time" content="2024-03-12T08:30:00+02:00">
</head>
<body>
  <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
  <article>
    <h1>Four killed in strike on Varenka terminal</h1>
    <p>A drone strike on a grain terminal in the port town of Varenka killed four workers and injured
    eleven on Tuesday night, the regional governor said.</p>
    <p>Governor Ilona Marsh wrote on her official channel that the drones hit two storage silos shortly
    before midnight, starting a fire that burned until dawn. Three of the injured were in serious condition.</p>
    <p>Port officials said about 2,000 tonnes of wheat bound for export had been destroyed.</p>
  </article>
  <aside><h3>Most read</h3><ul><li><a href="/a">Celebrity chef opens bakery</a></li></ul></aside>
  <footer><p>Copyright 2024 Daily Planet. All rights reserved. Subscribe to our newsletter.</p></footer>
</body>
</html>
"""


def test_a_web_page_gives_its_main_text_and_metadata(tmp_path):
    path = tmp_path / "varenka.html"
    path.write_text(PAGE)
    batch = read_file(path)
    assert batch.problems == []
    [article] = batch.articles
    assert article.title == "Four killed in strike on Varenka terminal"
    assert article.text.startswith("A drone strike on a grain terminal")  # headline moved to title
    assert "2,000 tonnes of wheat" in article.text
    for boilerplate in ("All rights reserved", "Celebrity chef", "Sport"):
        assert boilerplate not in article.text
    assert article.outlet == "Daily Planet"
    assert article.url == "https://www.dailyplanet.example/world/varenka-strike"
    assert article.published == datetime(2024, 3, 12)
    assert article.language == "en-GB"
    assert article.source == "varenka.html"


def test_a_page_in_a_legacy_encoding_is_decoded(tmp_path):
    path = tmp_path / "report.htm"
    page = (
        '<html><head><meta charset="windows-1251"><title>Удар по терминалу</title></head>'
        f"<body><article><p>{RUSSIAN}</p></article></body></html>"
    )
    path.write_bytes(page.encode("cp1251"))
    [article] = read_file(path).articles
    assert article.text == RUSSIAN


def test_a_page_without_main_text_is_a_problem(tmp_path):
    path = tmp_path / "app.html"
    path.write_text('<html><body><div id="root"></div><script src="app.js"></script></body></html>')
    batch = read_file(path)
    assert batch.articles == []
    [problem] = batch.problems
    assert problem.message.startswith("no main text found in the page")
