from eventfuse.geo.names import (
    core_names,
    fold,
    inflection_variants,
    is_region_phrase,
    name_key,
    region_phrase_variants,
    words,
)


def test_keys_ignore_case_accents_apostrophes_and_hyphens():
    assert name_key("Donets'k") == name_key("DONETSK") == name_key("Donétsk") == "donetsk"
    assert name_key("Rostov-na-Donu") == "rostov na donu"
    assert name_key("Côte d’Ivoire") == name_key("Cote d'Ivoire") == "cote ivoire"


def test_arabic_spellings_fold_together():
    assert name_key("إدلب") == name_key("ادلب")
    assert name_key("دُونِيتْسْك") == name_key("دونيتسك")


def test_words_keep_offsets_into_the_text():
    text = "Kharkiv's mayor spoke in L'viv and l'Ukraine."
    found = words(text)
    assert [w for _, _, w in found] == ["kharkiv", "mayor", "spoke", "in", "lviv", "and", "ukraine"]
    start, end, _ = found[0]
    assert text[start:end] == "Kharkiv"
    start, end, _ = found[-1]
    assert text[start:end] == "Ukraine"


def test_core_names_drop_the_unit_type():
    assert core_names("Donetsk Oblast") == {"donetsk"}
    assert core_names("محافظة حلب") == {"حلب"}
    assert core_names("Donetsk") == set()


def test_region_phrases():
    assert is_region_phrase("donetsk region")
    assert not is_region_phrase("region")
    assert not is_region_phrase("donetsk")


def test_declined_cyrillic_names_have_dictionary_forms():
    assert "донецк" in inflection_variants(fold("Донецке"))
    assert fold("Харків") in inflection_variants(fold("Харкові"))
    assert fold("Донецька область") in region_phrase_variants(fold("Донецькій"), fold("області"))
    assert inflection_variants("paris") == []
