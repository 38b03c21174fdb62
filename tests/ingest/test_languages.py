"""Language: kept when the input gives it, detected offline when it does not."""

from __future__ import annotations

import json

import pytest

from eventfuse.ingest import detect_language, read_file

pytest.importorskip("py3langid", reason="py3langid is not installed: languages stay unknown without it")

# Written for this test; one sentence each about the same invented strike.
SAMPLES = {
    "en": "A drone strike on the grain terminal killed four workers overnight, the governor said.",
    "ru": "Удар беспилотников по зерновому терминалу унёс жизни четырёх рабочих, сообщил губернатор.",
    "uk": "Удар безпілотників по зерновому терміналу забрав життя чотирьох робітників, повідомив губернатор.",
    "fr": "Une frappe de drones sur le terminal céréalier a tué quatre ouvriers, selon le gouverneur.",
    "de": "Ein Drohnenangriff auf das Getreideterminal hat in der Nacht vier Arbeiter getötet, sagte der Gouverneur.",
    "ar": "قال المحافظ إن غارة بطائرات مسيرة على محطة الحبوب أسفرت عن مقتل أربعة عمال.",
}


@pytest.mark.parametrize("language", sorted(SAMPLES))
def test_languages_are_detected(language):
    assert detect_language(SAMPLES[language]) == language


def test_too_little_text_gives_no_guess():
    assert detect_language("OK 12:30") is None
    assert detect_language("https://x.example/1") is None


def test_a_given_language_is_kept_and_a_missing_one_detected(tmp_path):
    path = tmp_path / "reports.jsonl"
    path.write_text(
        json.dumps({"text": SAMPLES["ru"], "language": "ru-RU"}, ensure_ascii=False)
        + "\n"
        + json.dumps({"text": SAMPLES["uk"]}, ensure_ascii=False)
        + "\n"
    )
    given, detected = read_file(path).articles
    assert given.language == "ru-RU"
    assert detected.language == "uk"
